#!/usr/bin/env bash
# Starts the native local stack (no Docker): PostgreSQL, Kafka, Keycloak and an SMTP server.
#   infra/local/up.sh                      # all four
#   infra/local/up.sh postgres kafka       # only these
# Parts start in parallel (Maven downloads are serialised by a lock); each part's output is
# prefixed with its name. Idempotent: parts already running are left alone (and re-checked).
# Exit status is non-zero if any part failed; the failing parts are named at the end.
# When all parts start (make up, make test), the browser of the console's browser tests is
# installed first if missing (browser.sh): before the parts, so its apt run never races theirs.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

ALL_PARTS=(postgres kafka keycloak mail)
parts=("$@")
[ "${#parts[@]}" -gt 0 ] || parts=("${ALL_PARTS[@]}")
for p in "${parts[@]}"; do
  case "$p" in
  postgres | kafka | keycloak | mail) ;;
  *) die "unknown part '$p' (expected: ${ALL_PARTS[*]})" ;;
  esac
done

start_ts="$(date +%s)"
if [ "$#" -eq 0 ]; then
  "$INFRA_LOCAL_DIR/browser.sh" install 2>&1 | sed -u "s/^/[browser] /"
fi
declare -A pids=()
for p in "${parts[@]}"; do
  (
    set -o pipefail
    "$INFRA_LOCAL_DIR/$p.sh" start 2>&1 | sed -u "s/^/[$p] /"
  ) &
  pids[$p]=$!
done

failed=()
for p in "${parts[@]}"; do
  wait "${pids[$p]}" || failed+=("$p")
done

elapsed=$(($(date +%s) - start_ts))
if [ "${#failed[@]}" -gt 0 ]; then
  printf '\nlocal stack: FAILED to start: %s (after %s s). Logs: %s\n' "${failed[*]}" "$elapsed" "$LOG_DIR" >&2
  exit 1
fi
printf '\nlocal stack up in %s s: %s\n' "$elapsed" "${parts[*]}"
for p in "${parts[@]}"; do
  case "$p" in
  postgres) echo "  PostgreSQL  127.0.0.1:$PG_PORT  (superuser postgres/postgres; dbs deputies suggestions supervision voting audit notifications, user = password = db)" ;;
  kafka) echo "  Kafka       127.0.0.1:$KAFKA_PORT" ;;
  keycloak) echo "  Keycloak    http://127.0.0.1:$KEYCLOAK_PORT/realms/congress  (health http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready; admin/admin)" ;;
  mail) echo "  Mail (SMTP) 127.0.0.1:$MAIL_SMTP_PORT  (any address; read it: curl -s http://127.0.0.1:$MAIL_API_PORT/api/user/<address>/messages/ ; IMAP 127.0.0.1:$MAIL_IMAP_PORT)" ;;
  esac
done
