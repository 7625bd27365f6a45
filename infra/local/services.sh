#!/usr/bin/env bash
# Starts and stops the platform's own services as packaged jars (build them first: make build).
#   infra/local/services.sh start [service ...]   # default: every service below that is built
#   infra/local/services.sh stop [service ...] | status | banner
#   infra/local/services.sh kill service ...        # SIGKILL, no shutdown (fault tests)
#   infra/local/services.sh pause|resume service ...  # SIGSTOP / SIGCONT (fault tests)
# Each service logs to .local/logs/<service>.log; start returns once every one answers ready.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

declare -A PORTS=(
  [deputies]="${DEPUTIES_PORT:-8081}"
  [suggestions]="${SUGGESTIONS_PORT:-8082}"
  [supervision]="${SUPERVISION_PORT:-8083}"
  [voting]="${VOTING_PORT:-8084}"
  [audit]="${AUDIT_PORT:-8085}"
  [notifications]="${NOTIFICATIONS_PORT:-8086}"
  [console]="${CONSOLE_PORT:-8087}"
  [gateway]="${GATEWAY_PORT:-8080}"
)
# JVM options beyond the heap, per service (VOTING_JVM_OPTS etc. override them).
# Voting runs on the C1 compiler only. Its load comes once or twice a year: thousands of deputies
# cast within seconds on a JVM that has never cast a ballot. With C2 as well, the compiler used
# over a quarter of the service's CPU in each of the first rounds of 3,000 ballots: 13.4-14.5 s
# for the first round, 8.1 s only from the fifth on. C1 alone cast the first rounds in 10.1-10.4 s
# and the later ones in 9.8-10.0 s (docs/adr/007-voting-on-c1-only.md).
# The local stack is a development stack: the notifications service may send webhooks over plain
# http to receivers on this machine (the system tests' and the bench's); production keeps its
# defaults (https, hosts on WEBHOOKS_ALLOWED_HOSTS only, no private addresses).
declare -A JVM_OPTS=(
  [voting]="${VOTING_JVM_OPTS--XX:TieredStopAtLevel=1}"
  [notifications]="${NOTIFICATIONS_JVM_OPTS--Dnotifications.webhooks.allowed-hosts=127.0.0.1,localhost -Dnotifications.webhooks.allow-http=true -Dnotifications.webhooks.allow-private-addresses=true}"
)
# The gateway last: its readiness reports the upstreams (the console among them). Notifications
# after the services whose events it reads, before the console that shows its inbox.
ORDER=(deputies suggestions supervision voting audit notifications console gateway)
RUN_DIR="$STATE_DIR/run"
mkdir -p "$RUN_DIR"

jar_of() {
  if [ "$1" = gateway ]; then
    printf '%s\n' "$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
  else
    printf '%s\n' "$ROOT/services/$1/target/quarkus-app/quarkus-run.jar"
  fi
}

# module_of SERVICE: the service's Maven module directory.
module_of() {
  if [ "$1" = gateway ]; then
    printf '%s\n' "$ROOT/gateway"
  else
    printf '%s\n' "$ROOT/services/$1"
  fi
}

built_services() {
  for s in "${ORDER[@]}"; do
    [ -f "$(jar_of "$s")" ] && printf '%s\n' "$s"
  done
  return 0
}

start_one() {
  local s="$1" port="${PORTS[$1]:-}" jar pid logfile
  [ -n "$port" ] || die "unknown service '$s' (expected: ${ORDER[*]})"
  jar="$(jar_of "$s")"
  logfile="$LOG_DIR/$s.log"
  # A service whose module is not in this checkout yet (make's list names the services to come)
  # is skipped; one whose module is here but not built is an error.
  if [ ! -f "$(module_of "$s")/pom.xml" ]; then
    warn "$s: no module $(module_of "$s") in this checkout; not started"
    return 0
  fi
  [ -f "$jar" ] || die "$s is not built ($jar missing): run 'make build' first"
  if pid="$(read_pid "$RUN_DIR/$s.pid" "$jar")"; then
    log "$s already running (pid $pid) on port $port"
    return 0
  fi
  ensure_port_free "$port" "$s"
  log "starting $s on 127.0.0.1:$port (log: $logfile)"
  # shellcheck disable=SC2086 # the options are words
  pid="$(start_daemon "$RUN_DIR/$s.pid" "$logfile" "$(java_bin)" -Xmx256m ${JVM_OPTS[$s]:-} -jar "$jar")"
  # Audit is ready only once its ledger has caught up, which after a bench can take minutes; it
  # counts as started when live, and the callers that need its entries poll for them.
  local probe=ready
  [ "$s" = audit ] && probe=live
  wait_for "curl -fsS http://127.0.0.1:$port/q/health/$probe" 120 "$s" "$logfile" "$pid"
}

stop_one() {
  local s="$1" pid
  if pid="$(read_pid "$RUN_DIR/$s.pid" "$(jar_of "$s")")"; then
    stop_pid "$pid" "$s" 30
  fi
  rm -f "$RUN_DIR/$s.pid"
}

kill_one() {
  local s="$1" pid
  if pid="$(read_pid "$RUN_DIR/$s.pid" "$(jar_of "$s")")"; then
    log "killing $s (pid $pid) with SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      pid_alive "$pid" || break
      sleep 0.25
    done
  else
    log "$s not running"
  fi
  rm -f "$RUN_DIR/$s.pid"
}

# signal_one SERVICE SIGNAL: send SIGNAL (STOP or CONT) to a running service.
signal_one() {
  local s="$1" sig="$2" pid
  if pid="$(read_pid "$RUN_DIR/$s.pid" "$(jar_of "$s")")"; then
    log "sending SIG$sig to $s (pid $pid)"
    kill "-$sig" "$pid"
  else
    die "$s is not running"
  fi
}

banner() {
  local gateway="http://127.0.0.1:${PORTS[gateway]}"
  cat <<MSG

The platform is running (stop it with: make down)

  Open the web console:  $gateway/
    "登录" (log in) goes to Keycloak's login page; e.g. deputy01 / deputy01-pass (a deputy),
    dept-health / dept-health-pass (a department). Public pages need no login.

  Keycloak           http://127.0.0.1:$KEYCLOAK_PORT  (admin console: admin / admin)
MSG
  for s in "${ORDER[@]}"; do
    if read_pid "$RUN_DIR/$s.pid" "$(jar_of "$s")" >/dev/null; then
      if [ "$s" = console ]; then
        printf '  %-18s http://127.0.0.1:%s  (served to users through the gateway)\n' "$s" "${PORTS[$s]}"
      else
        printf '  %-18s http://127.0.0.1:%s  (OpenAPI: /q/openapi, Swagger UI: /q/swagger-ui)\n' "$s" "${PORTS[$s]}"
      fi
    fi
  done
  cat <<MSG

  Mail (SMTP)        127.0.0.1:$MAIL_SMTP_PORT  (a test server: every mail the platform sends stays in it)
    Read a person's mail: curl -s http://127.0.0.1:$MAIL_API_PORT/api/user/deputy01@example.org/messages/
    (JSON, subjects decoded; every address: /api/user; IMAP 127.0.0.1:$MAIL_IMAP_PORT, login = address,
    any password; infra/local/mail.sh tells more)

Demo logins (password = username + "-pass"): admin1, auditor1, staff1, member01..member07,
deputy01..deputy30, dept-edu, dept-health, dept-transport, dept-housing, staff-zhujing,
deputy-zhujing1, deputy-zhujing2.
Try the API:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=congress-web -d username=deputy01 \\
      -d password=deputy01-pass http://127.0.0.1:$KEYCLOAK_PORT/realms/congress/protocol/openid-connect/token \\
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -s -H "Authorization: Bearer \$TOKEN" $gateway/api/v1/deputies/me
A department's own office system (client credentials; dept-edu-system, dept-health-system,
dept-transport-system, dept-housing-system, secret = client id + "-secret") acts as its department:
  TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=dept-edu-system \\
      -d client_secret=dept-edu-system-secret http://127.0.0.1:$KEYCLOAK_PORT/realms/congress/protocol/openid-connect/token \\
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
MSG
}

cmd="${1:-status}"
shift || true
services=("$@")
if [ "${#services[@]}" -eq 0 ]; then
  mapfile -t services < <(built_services)
fi

case "$cmd" in
start)
  [ "${#services[@]}" -gt 0 ] || die "no service is built: run 'make build' first"
  for s in "${services[@]}"; do start_one "$s"; done
  ;;
stop)
  if [ "$#" -gt 0 ]; then
    for s in "$@"; do stop_one "$s"; done
  else
    for ((i = ${#ORDER[@]} - 1; i >= 0; i--)); do stop_one "${ORDER[$i]}"; done
  fi
  ;;
kill)
  [ "$#" -gt 0 ] || die "usage: $0 kill service ..."
  for s in "$@"; do kill_one "$s"; done
  ;;
pause | resume)
  [ "$#" -gt 0 ] || die "usage: $0 $cmd service ..."
  sig=STOP
  [ "$cmd" = resume ] && sig=CONT
  for s in "$@"; do signal_one "$s" "$sig"; done
  ;;
status)
  for s in "${ORDER[@]}"; do
    if pid="$(read_pid "$RUN_DIR/$s.pid" "$(jar_of "$s")")"; then
      log "$s running (pid $pid) on port ${PORTS[$s]}"
    fi
  done
  ;;
banner) banner ;;
*) die "usage: $0 start|stop|kill|pause|resume|status|banner [service ...]" ;;
esac
