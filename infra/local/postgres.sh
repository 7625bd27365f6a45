#!/usr/bin/env bash
# Private PostgreSQL 15 cluster for local development and tests (no Docker).
#   infra/local/postgres.sh start|stop|status
# Listens on 127.0.0.1:$PG_PORT (default 55432), superuser postgres/postgres, and one role and
# database per service (role = database = password): deputies, suggestions, supervision, voting,
# audit, notifications, each with pg_trgm. Uses Debian's /usr/lib/postgresql/15/bin.
#
# initdb/pg_ctl refuse to run as root: as root they run as the `postgres` OS user, which must own
# the cluster. If that user cannot reach .local/postgres (a parent directory not traversable),
# the cluster lives in /var/tmp/congress-local-pg-<hash> and .local/postgres is a symlink to it.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PG_VERSION_MAJOR=15
PG_BIN="${PG_BIN:-/usr/lib/postgresql/$PG_VERSION_MAJOR/bin}"
PG_HOME="$STATE_DIR/postgres"
PG_LOG="$LOG_DIR/postgres.log"
PG_SUPERPASS=postgres
SERVICE_DBS=(deputies suggestions supervision voting audit notifications)

ensure_binaries() {
  [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] && [ -x "$PG_BIN/psql" ] && return 0
  if is_root; then
    log "PostgreSQL $PG_VERSION_MAJOR binaries not found; installing postgresql-$PG_VERSION_MAJOR"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "postgresql-$PG_VERSION_MAJOR" ||
      { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "postgresql-$PG_VERSION_MAJOR"; } ||
      die "could not install postgresql-$PG_VERSION_MAJOR"
  else
    die "PostgreSQL $PG_VERSION_MAJOR binaries not found in $PG_BIN; install them as root: apt-get install -y postgresql-$PG_VERSION_MAJOR"
  fi
  [ -x "$PG_BIN/initdb" ] || die "still no $PG_BIN/initdb after installing postgresql-$PG_VERSION_MAJOR"
}

# as_pg CMD...: run CMD as the OS user that owns the cluster (postgres when we are root).
as_pg() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Makes $PG_HOME a directory the cluster owner can write to (see the header comment).
prepare_home() {
  if ! is_root; then
    mkdir -p "$PG_HOME"
    if [ -e "$PG_HOME/data" ] && [ "$(stat -L -c %u "$PG_HOME/data")" != "$(id -u)" ]; then
      die "$PG_HOME/data belongs to another user ($(stat -L -c %U "$PG_HOME/data")): run this script as that user, or as root"
    fi
    return 0
  fi
  id postgres >/dev/null 2>&1 || die "OS user 'postgres' not found (it comes with the postgresql-$PG_VERSION_MAJOR package)"
  if [ -L "$PG_HOME" ]; then
    local target
    target="$(readlink "$PG_HOME")"
    [ -d "$target" ] || mkdir -p "$target"
    chown postgres:postgres "$target"
    chmod 700 "$target"
    return 0
  fi
  mkdir -p "$PG_HOME"
  chown postgres:postgres "$PG_HOME"
  chmod 700 "$PG_HOME"
  if ! runuser -u postgres -- test -w "$PG_HOME" 2>/dev/null || ! runuser -u postgres -- test -x "$PG_HOME" 2>/dev/null; then
    # A parent directory of the repository is not traversable by 'postgres' (e.g. under /root).
    local alt
    alt="/var/tmp/congress-local-pg-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
    warn "user 'postgres' cannot reach $PG_HOME (a parent directory is not traversable); keeping the cluster in $alt (symlinked from $PG_HOME)"
    mkdir -p "$alt"
    chown postgres:postgres "$alt"
    chmod 700 "$alt"
    rmdir "$PG_HOME" 2>/dev/null || die "$PG_HOME is not empty; move it away and retry"
    ln -s "$alt" "$PG_HOME"
  fi
}

# The unix socket path (dir + /.s.PGSQL.<port>) must stay under ~107 bytes.
socket_dir() {
  local dir="$PG_HOME/run"
  if [ $((${#dir} + 20)) -gt 100 ]; then
    dir="/tmp/congress-pg-$(id -u)-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
  fi
  printf '%s\n' "$dir"
}

# After prepare_home: use the real path, so 'postgres' never has to walk through the repository.
resolve_home() {
  if [ -e "$PG_HOME" ]; then
    PG_HOME="$(readlink -f "$PG_HOME")"
  fi
  PG_DATA="$PG_HOME/data"
}
PG_DATA="$PG_HOME/data"

# The port (55432 by default) lies in Linux's ephemeral range (32768-60999): while PostgreSQL is
# down, as in the fault tests' restart, any outgoing connection of this host may get it as its
# source port, and the server then cannot bind it ("Address already in use"). As root, reserve it
# from that range; where /proc/sys is read-only the start's retries cover it.
reserve_port() {
  local port="$1" file=/proc/sys/net/ipv4/ip_local_reserved_ports current
  is_root && [ -w "$file" ] || return 0
  current="$(cat "$file" 2>/dev/null || true)"
  case ",$current," in *",$port,"*) return 0 ;; esac
  echo "${current:+$current,}$port" >"$file" 2>/dev/null || true
}

pg_running() { [ -f "$PG_DATA/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

psql_super() {
  PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="$PG_SUPERPASS" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(socket_dir)" -p "$PG_PORT" -U postgres "$@"
}

init_cluster() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  log "initialising a new cluster in $PG_DATA"
  local tmp="$PG_HOME/data.initdb" pwfile="$PG_HOME/.pwfile"
  as_pg rm -rf "$tmp"
  (umask 077 && printf '%s\n' "$PG_SUPERPASS" >"$pwfile")
  is_root && chown postgres:postgres "$pwfile"
  if ! as_pg "$PG_BIN/initdb" -D "$tmp" -E UTF8 --locale=C.UTF-8 -A scram-sha-256 \
    --pwfile="$pwfile" -U postgres >>"$PG_LOG" 2>&1; then
    rm -f "$pwfile"
    show_log "$PG_LOG" 40
    die "initdb failed"
  fi
  rm -f "$pwfile"
  as_pg mv "$tmp" "$PG_DATA"
}

setup_databases() {
  local db sql=""
  for db in "${SERVICE_DBS[@]}"; do
    sql+="DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db') THEN CREATE ROLE $db LOGIN; END IF;
END \$\$;
ALTER ROLE $db WITH LOGIN PASSWORD '$db';
SELECT 'CREATE DATABASE $db OWNER $db ENCODING ''UTF8'' LC_COLLATE ''C.UTF-8'' LC_CTYPE ''C.UTF-8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \\gexec
ALTER DATABASE $db OWNER TO $db;
\\connect $db
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\\connect postgres
"
  done
  printf '%s' "$sql" | psql_super -d postgres -f - >>"$PG_LOG" 2>&1 || {
    show_log "$PG_LOG" 40
    die "creating the service roles/databases failed"
  }
  local trgm
  trgm="$(PGPASSWORD=deputies "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U deputies -d deputies \
    -c "select array_length(show_trgm('人大代表建议'), 1)")" || die "cannot query database deputies as role deputies over TCP"
  [ "${trgm:-0}" -gt 0 ] 2>/dev/null || die "show_trgm('人大代表建议') returned no trigrams: the cluster's LC_CTYPE is not UTF-8"
  log "databases ready: ${SERVICE_DBS[*]} (pg_trgm ok: $trgm trigrams for '人大代表建议')"
}

cmd_start() {
  ensure_binaries
  prepare_home
  resolve_home
  if pg_running; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    setup_databases
    return 0
  fi
  ensure_port_free "$PG_PORT" PostgreSQL
  init_cluster
  local sock
  sock="$(socket_dir)"
  mkdir -p "$sock"
  is_root && chown postgres:postgres "$sock"
  chmod 700 "$sock"
  reserve_port "$PG_PORT"
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
  # No -l: the server inherits this (root-opened) log file, so 'postgres' needs no access to .local/logs.
  # shared_buffers: Debian's 128 MB held less than the suggestions table and its indexes with the
  # bench's 100,000 items (~500 MB), so lists and searches read pages back from the OS under load.
  local attempt
  for attempt in 1 2 3 4 5; do
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 \
      -o "-p $PG_PORT -k '$sock' -c listen_addresses=127.0.0.1 -c shared_buffers=${PG_SHARED_BUFFERS:-1GB}" \
      start </dev/null >>"$PG_LOG" 2>&1; then
      break
    fi
    # The port taken as some connection's source port (see reserve_port) is let go within seconds.
    if [ "$attempt" -lt 5 ] && tail -n 20 "$PG_LOG" | grep -q "Address already in use"; then
      log "port $PG_PORT is briefly in use (attempt $attempt); trying again in 3 s"
      sleep 3
      continue
    fi
    show_log "$PG_LOG" 40
    die "PostgreSQL failed to start"
  done
  wait_for "PGPASSWORD=$PG_SUPERPASS '$PG_BIN/pg_isready' -q -h 127.0.0.1 -p $PG_PORT" 30 PostgreSQL "$PG_LOG"
  setup_databases
}

cmd_stop() {
  resolve_home
  if [ ! -x "$PG_BIN/pg_ctl" ] || [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "PostgreSQL not running (no cluster)"
    return 0
  fi
  if pg_running; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 -m fast stop >>"$PG_LOG" 2>&1 || {
      show_log "$PG_LOG" 20
      die "pg_ctl stop failed"
    }
    log "PostgreSQL stopped"
  else
    log "PostgreSQL not running"
  fi
}

cmd_status() {
  resolve_home
  if [ -x "$PG_BIN/pg_ctl" ] && pg_running; then
    log "PostgreSQL running on 127.0.0.1:$PG_PORT (data: $PG_DATA)"
  else
    log "PostgreSQL stopped"
    return 3
  fi
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
*)
  echo "usage: $0 start|stop|status" >&2
  exit 2
  ;;
esac
