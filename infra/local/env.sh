# shellcheck shell=bash
# Common settings and helpers for the native local stack (PostgreSQL, Kafka, Keycloak, mail).
# Sourced by the other scripts in infra/local/; not meant to be executed directly.
#
# Everything lives under $ROOT/.local (git-ignored):
#   .local/<part>/      data and binaries of each part (postgres, kafka, keycloak, mail)
#   .local/logs/        logs of every server
#   .local/downloads/   downloaded archives
#
# Ports can be overridden from the environment.

set -euo pipefail

INFRA_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$INFRA_LOCAL_DIR/../.." && pwd -P)"
STATE_DIR="$ROOT/.local"
LOG_DIR="$STATE_DIR/logs"
DOWNLOAD_DIR="$STATE_DIR/downloads"

PG_PORT="${PG_PORT:-55432}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9000}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"

mkdir -p "$STATE_DIR" "$LOG_DIR" "$DOWNLOAD_DIR"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# show_log FILE [LINES]: print the end of a log file to stderr (if it exists).
show_log() {
  local file="$1" lines="${2:-40}"
  if [ -n "$file" ] && [ -f "$file" ]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2 || true
    printf -- '----- end of %s -----\n' "$file" >&2
  fi
}

# port_open PORT [HOST]: true if something accepts TCP connections there.
port_open() {
  local port="$1" host="${2:-127.0.0.1}"
  timeout 2 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null
}

# pid_alive PID: true if the process exists.
pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# read_pid PIDFILE PATTERN: print the pid stored in PIDFILE if that process is alive and its
# command line contains PATTERN (guards against a stale pid reused by another process).
# Removes a stale pid file. Returns non-zero when no such process runs.
read_pid() {
  local pidfile="$1" pattern="$2" pid
  [ -f "$pidfile" ] || return 1
  pid="$(tr -dc '0-9' <"$pidfile" 2>/dev/null || true)"
  if [ -n "$pid" ] && pid_alive "$pid" &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern"; then
    printf '%s\n' "$pid"
    return 0
  fi
  rm -f "$pidfile"
  return 1
}

# wait_for COMMAND TIMEOUT_SECONDS NAME LOGFILE [PID]
# Polls COMMAND (a string run with eval) until it succeeds. Fails - with a clear message and the
# end of LOGFILE - when TIMEOUT_SECONDS pass, or at once if PID is given and that process dies.
wait_for() {
  local cmd="$1" timeout="$2" name="$3" logfile="${4:-}" pid="${5:-}"
  local start now deadline
  start="$(date +%s)"
  deadline=$((start + timeout))
  while :; do
    if eval "$cmd" >/dev/null 2>&1; then
      now="$(date +%s)"
      log "$name is ready (after $((now - start)) s)"
      return 0
    fi
    if [ -n "$pid" ] && ! pid_alive "$pid"; then
      printf '[%s] ERROR: %s: the process (pid %s) exited before becoming ready\n' \
        "$(date +%H:%M:%S)" "$name" "$pid" >&2
      show_log "$logfile" 40
      exit 1
    fi
    now="$(date +%s)"
    if [ "$now" -ge "$deadline" ]; then
      printf '[%s] ERROR: %s not ready after %s s (check: %s)\n' \
        "$(date +%H:%M:%S)" "$name" "$timeout" "$cmd" >&2
      show_log "$logfile" 40
      exit 1
    fi
    sleep 0.5
  done
}

# ensure_port_free PORT NAME: fail clearly if something else already listens on PORT.
ensure_port_free() {
  local port="$1" name="$2"
  if port_open "$port"; then
    die "$name: port $port is already in use by another process (override the port variable, e.g. PG_PORT/KAFKA_PORT/KEYCLOAK_PORT/MAIL_SMTP_PORT, or stop that process)"
  fi
}

# java_bin: the java executable (JAVA_HOME wins, else the one on PATH).
java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "java not found: install a JDK 17+ (apt-get install -y openjdk-17-jdk-headless) or set JAVA_HOME"
  fi
}

# run_mvnw ARGS...: the project's Maven wrapper, serialised with a lock so that parallel starts
# (up.sh) never run two Maven downloads into the same local repository at once.
run_mvnw() {
  [ -x "$ROOT/mvnw" ] || die "Maven wrapper $ROOT/mvnw not found or not executable"
  (
    cd "$ROOT"
    flock 9
    "$ROOT/mvnw" "$@"
  ) 9>"$STATE_DIR/.mvnw.lock"
}

# start_daemon PIDFILE LOGFILE COMMAND...: start COMMAND detached (own session, stdin from
# /dev/null, stdout/stderr appended to LOGFILE) and write its pid to PIDFILE. Prints the pid.
start_daemon() {
  local pidfile="$1" logfile="$2"
  shift 2
  rm -f "$pidfile"
  # The inner shell writes its own pid and then execs the command, so the pid is the server's.
  # shellcheck disable=SC2016
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 &
  for _ in $(seq 1 100); do
    [ -s "$pidfile" ] && break
    sleep 0.05
  done
  [ -s "$pidfile" ] || die "could not start $1 (no pid file $pidfile); see $logfile"
  tr -dc '0-9' <"$pidfile"
  echo
}

# stop_pid PID NAME [TIMEOUT]: SIGTERM, wait, SIGKILL as a last resort.
stop_pid() {
  local pid="$1" name="$2" timeout="${3:-60}"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((timeout * 4))); do
    pid_alive "$pid" || {
      log "$name stopped"
      return 0
    }
    sleep 0.25
  done
  warn "$name (pid $pid) did not stop within $timeout s after SIGTERM; sending SIGKILL"
  # start_daemon runs servers in their own session: kill the whole process group (pgid = pid).
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
}

# sha256 FILE: the file's SHA-256 hex digest.
sha256() { sha256sum "$1" | cut -d' ' -f1; }
