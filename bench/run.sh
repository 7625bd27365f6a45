#!/usr/bin/env bash
# make bench: measures the running stack (make run first) and writes docs/bench/latest.md.
# Every throughput figure is reported next to a baseline measured in the same run on the same
# machine, because absolute numbers on a shared 2-core machine drift from run to run.
set -euo pipefail
# shellcheck source=../infra/local/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/../infra/local/env.sh"

DURATION="${BENCH_SECONDS:-15}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
REPORT="$ROOT/docs/bench/latest.md"
DEPUTIES_URL="http://127.0.0.1:${DEPUTIES_PORT:-8081}"
GATEWAY_URL="http://127.0.0.1:${GATEWAY_PORT:-8080}"

command -v wrk >/dev/null || { is_root && apt-get install -y wrk >/dev/null; } ||
  die "wrk is needed (apt-get install wrk)"
curl -fsS "$DEPUTIES_URL/q/health/ready" >/dev/null || die "the stack is not running: make run first"

token() {
  curl -fsS -d grant_type=password -d client_id=congress-web -d "username=$1" -d "password=$1-pass" \
    "http://127.0.0.1:$KEYCLOAK_PORT/realms/congress/protocol/openid-connect/token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# wrk_run URL TOKEN -> "requests/s p50_ms p99_ms non2xx"
wrk_run() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $2" "$1" |
    python3 -c '
import re, sys
out = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
p50, p99 = ms("50"), ms("99")
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {bad.group(1) if bad else 0}")'
}

rows=()
staff="$(token staff1)"

# The gateway's per-user rate limit (600/min) would turn a load test into a 429 test: run it
# without limits for the bench, and put it back as it was afterwards.
if curl -fsS "$GATEWAY_URL/q/health/ready" >/dev/null 2>&1; then
  "$INFRA_LOCAL_DIR/services.sh" stop gateway
  GATEWAY_RATE_LIMIT_ENABLED=false "$INFRA_LOCAL_DIR/services.sh" start gateway
  trap '"$INFRA_LOCAL_DIR/services.sh" stop gateway; "$INFRA_LOCAL_DIR/services.sh" start gateway' EXIT
fi
deputy_id="00000000-0000-4000-8000-000000000001"

log "database-backed GET of one deputy, direct to the service ($DURATION s, $CONNECTIONS connections)"
read -r direct_rps direct_p50 direct_p99 direct_bad < <(wrk_run "$DEPUTIES_URL/api/v1/deputies/$deputy_id" "$staff")
rows+=("| GET /api/v1/deputies/{id}, direct | $direct_rps | $direct_p50 | $direct_p99 | $direct_bad | baseline |")
if curl -fsS "$GATEWAY_URL/q/health/ready" >/dev/null 2>&1; then
  log "the same GET through the gateway"
  read -r gw_rps gw_p50 gw_p99 gw_bad < <(wrk_run "$GATEWAY_URL/api/v1/deputies/$deputy_id" "$staff")
  ratio=$(python3 -c "print(f'{$gw_rps / $direct_rps:.0%} of direct (target ≥ 85%); +{$gw_p50 - $direct_p50:.2f} ms p50 (target ≤ 1 ms)')")
  rows+=("| GET /api/v1/deputies/{id}, through the gateway | $gw_rps | $gw_p50 | $gw_p99 | $gw_bad | $ratio |")
else
  rows+=("| GET through the gateway | – | – | – | – | gateway not running |")
fi

log "search by a two-character Chinese name fragment (trigram index cannot help; scan)"
read -r s_rps s_p50 s_p99 s_bad < <(wrk_run "$DEPUTIES_URL/api/v1/deputies?q=%E7%8E%8B&limit=20" "$staff")
rows+=("| GET /api/v1/deputies?q=王 | $s_rps | $s_p50 | $s_p99 | $s_bad | $(python3 -c "print(f'{$s_rps / $direct_rps:.0%} of the GET by id')") |")

startup_rows=()
for s in deputies suggestions supervision voting audit; do
  jar="$ROOT/services/$s/target/quarkus-app/quarkus-run.jar"
  pidfile="$STATE_DIR/run/$s.pid"
  [ -f "$jar" ] && pid="$(read_pid "$pidfile" "$jar")" || continue
  rss_mb=$(($(ps -o rss= -p "$pid") / 1024))
  started=$(grep -oE 'started in [0-9.]+s' "$LOG_DIR/$s.log" | tail -n 1 | grep -oE '[0-9.]+' || echo "?")
  startup_rows+=("| $s | $started | $rss_mb |")
done

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
{
  echo "# Benchmark report"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB;"
  echo "wrk, $CONNECTIONS connections, 2 threads, $DURATION s per row (closed model); tokens fetched before the timed window."
  echo
  echo "| what | requests/s | p50 ms | p99 ms | non-2xx | compared with |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "| service | started in (s, Quarkus log) | RSS after load (MB) |"
  echo "|---|---|---|"
  printf '%s\n' "${startup_rows[@]}"
} >"$REPORT"
cat "$REPORT"
