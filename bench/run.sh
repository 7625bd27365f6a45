#!/usr/bin/env bash
# make bench: measures the running stack (make run first) and writes docs/bench/latest.md.
# Every figure is reported next to a baseline measured in the same run on the same machine,
# because absolute numbers on a shared 2-core machine drift from run to run. The scenarios are in
# bench/bench.py (what is measured how: docs/bench/README.md); this script checks the tools and
# runs the gateway without rate limits for the duration.
set -euo pipefail
# shellcheck source=../infra/local/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/../infra/local/env.sh"

GATEWAY_URL="http://127.0.0.1:${GATEWAY_PORT:-8080}"
SERVICES_SH="$INFRA_LOCAL_DIR/services.sh"

for tool in wrk pgbench psql; do
  command -v "$tool" >/dev/null && continue
  is_root || die "$tool is needed (apt-get install wrk postgresql-client)"
  apt-get install -y wrk postgresql-client >/dev/null
done
declare -A PORT=([deputies]="${DEPUTIES_PORT:-8081}" [suggestions]="${SUGGESTIONS_PORT:-8082}"
  [voting]="${VOTING_PORT:-8084}" [audit]="${AUDIT_PORT:-8085}" [gateway]="${GATEWAY_PORT:-8080}")
for s in deputies suggestions voting audit gateway; do
  curl -fsS "http://127.0.0.1:${PORT[$s]}/q/health/live" >/dev/null ||
    die "$s is not running: make run first"
done

# The gateway's per-user rate limit (600/min) would turn a load test into a 429 test: run it
# without limits for the bench, and put it back as it was afterwards. The bench stops the audit
# service for a while (to measure its ingestion of a backlog): make sure it runs again at the end.
"$SERVICES_SH" stop gateway
GATEWAY_RATE_LIMIT_ENABLED=false "$SERVICES_SH" start gateway
# The bench mails its 3,000 deputies (the ballots' notices): GreenMail keeps every message in
# memory, so they are purged afterwards for the demo's mail to stay readable, once the
# notifications service has sent them (it goes on after the bench's last block; up to 5 min). The
# write load's submissions mail the load congress's staff only in their daily digest (one mail at
# the next digest time, after this purge).
purge_mail() {
  local deadline=$((SECONDS + 300)) pending
  while [ $SECONDS -lt $deadline ]; do
    pending=$(PGPASSWORD=notifications psql -h 127.0.0.1 -p "${PG_PORT:-55432}" -U notifications \
      -d notifications -XAtc "SELECT count(*) FROM outgoing_message WHERE state = 'PENDING'" 2>/dev/null || echo 0)
    [ "${pending:-0}" -eq 0 ] && break
    sleep 5
  done
  curl -fsS -X POST "http://127.0.0.1:${MAIL_API_PORT:-8025}/api/mail/purge" >/dev/null || true
}
trap '"$SERVICES_SH" stop gateway; "$SERVICES_SH" start gateway audit; purge_mail' EXIT
curl -fsS "$GATEWAY_URL/q/health/ready" >/dev/null || die "the gateway is not ready"

python3 "$ROOT/bench/bench.py"
