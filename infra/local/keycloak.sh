#!/usr/bin/env bash
# Keycloak for local development and tests (no Docker), realm `congress` imported from
# infra/keycloak/congress-realm.json.
#   infra/local/keycloak.sh start|stop|status|fetch
# HTTP on 127.0.0.1:$KEYCLOAK_PORT (default 8180), health on 127.0.0.1:$KEYCLOAK_MGMT_PORT
# (default 9000, /health/ready). Bootstrap admin: admin/admin (master realm).
# The distribution is fetched once from Maven Central and built once (`kc.sh build`, dev-file DB);
# when the realm JSON changes, Keycloak's data directory is wiped so that the realm is re-imported.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_ZIP="$DOWNLOAD_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_BASE="$STATE_DIR/keycloak"
KC_HOME="$KC_BASE/keycloak-$KC_VERSION"
KC_PIDFILE="$KC_BASE/keycloak.pid"
KC_LOG="$LOG_DIR/keycloak.log"
KC_REALM_SRC="$ROOT/infra/keycloak/congress-realm.json"
KC_REALM_SUM="$KC_BASE/realm.sha256"
KC_BUILD_OPTS=(--db=dev-file --health-enabled=true)
KC_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
# Without this Keycloak sizes its heap from total RAM (up to 70 %).
KC_HEAP_OPTS="${KEYCLOAK_HEAP_OPTS:--Xms128m -Xmx768m}"
KC_READY_URL="http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready"

cmd_fetch() {
  if [ ! -s "$KC_ZIP" ]; then
    log "downloading keycloak-quarkus-dist $KC_VERSION (~177 MB, Maven)"
    # -f: run Maven against the neutral throwaway pom, never the project's reactor.
    if ! run_mvnw -q -B -f "$INFRA_LOCAL_DIR/kafka/pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$DOWNLOAD_DIR" >"$LOG_DIR/keycloak-fetch.log" 2>&1; then
      show_log "$LOG_DIR/keycloak-fetch.log" 40
      die "downloading Keycloak failed"
    fi
    [ -s "$KC_ZIP" ] || die "download finished but $KC_ZIP is missing"
  fi
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    log "unpacking Keycloak into $KC_BASE"
    mkdir -p "$KC_BASE"
    rm -rf "$KC_BASE/unzip.tmp" "$KC_HOME"
    unzip -q "$KC_ZIP" -d "$KC_BASE/unzip.tmp" || die "unzip of $KC_ZIP failed (corrupt download? delete it and retry)"
    mv "$KC_BASE/unzip.tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rm -rf "$KC_BASE/unzip.tmp"
  fi
}

cmd_build() {
  local marker="$KC_HOME/.congress-build" want="${KC_BUILD_OPTS[*]}"
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ]; then
    return 0
  fi
  log "building Keycloak once (kc.sh build ${KC_BUILD_OPTS[*]}, ~30 s)"
  # shellcheck disable=SC2086
  if ! JAVA_OPTS_KC_HEAP="$KC_HEAP_OPTS" "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" \
    </dev/null >"$LOG_DIR/keycloak-build.log" 2>&1; then
    show_log "$LOG_DIR/keycloak-build.log" 40
    die "kc.sh build failed"
  fi
  printf '%s\n' "$want" >"$marker"
}

# Copies the realm to data/import; if it differs from what the current data was imported from,
# wipes the data directory (H2 database etc.; the build lives in lib/ and is kept).
sync_realm() {
  [ -f "$KC_REALM_SRC" ] || die "realm file $KC_REALM_SRC not found"
  local want have=""
  want="$(sha256 "$KC_REALM_SRC")"
  [ -f "$KC_REALM_SUM" ] && have="$(cat "$KC_REALM_SUM")"
  if [ "$want" != "$have" ] && [ -d "$KC_HOME/data" ]; then
    [ -n "$have" ] && log "realm JSON changed since the last import: wiping $KC_HOME/data to re-import"
    rm -rf "$KC_HOME/data"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$KC_REALM_SRC" "$KC_HOME/data/import/congress-realm.json"
  printf '%s\n' "$want" >"$KC_REALM_SUM"
}

ready() { curl -fsS -o /dev/null --max-time 3 "$KC_READY_URL"; }

cmd_start() {
  local pid
  if pid="$(read_pid "$KC_PIDFILE" keycloak)"; then
    if [ "$(sha256 "$KC_REALM_SRC")" != "$(cat "$KC_REALM_SUM" 2>/dev/null)" ]; then
      warn "the realm JSON changed since Keycloak was started: run '$0 stop' then '$0 start' to re-import it"
    fi
    log "Keycloak already running (pid $pid)"
    wait_for ready "$KC_START_TIMEOUT" "Keycloak (pid $pid)" "$KC_LOG" "$pid"
    return 0
  fi
  ensure_port_free "$KEYCLOAK_PORT" Keycloak
  ensure_port_free "$KEYCLOAK_MGMT_PORT" "Keycloak management"
  java_bin >/dev/null
  command -v unzip >/dev/null || die "unzip not found (apt-get install -y unzip)"
  cmd_fetch
  cmd_build
  sync_realm
  log "starting Keycloak on http://127.0.0.1:$KEYCLOAK_PORT (log: $KC_LOG)"
  pid="$(
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="$KC_HEAP_OPTS"
    start_daemon "$KC_PIDFILE" "$KC_LOG" "$KC_HOME/bin/kc.sh" start --optimized \
    --http-enabled=true --hostname-strict=false --cache=local \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
    --import-realm
  )"
  wait_for ready "$KC_START_TIMEOUT" "Keycloak (pid $pid)" "$KC_LOG" "$pid"
  curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$KEYCLOAK_PORT/realms/congress/.well-known/openid-configuration" ||
    {
      show_log "$KC_LOG" 40
      die "Keycloak is up but realm 'congress' is missing (import failed?)"
    }
  log "realm congress ready: http://127.0.0.1:$KEYCLOAK_PORT/realms/congress"
}

cmd_stop() {
  local pid
  if pid="$(read_pid "$KC_PIDFILE" keycloak)"; then
    log "stopping Keycloak (pid $pid)"
    stop_pid "$pid" Keycloak 60
    rm -f "$KC_PIDFILE"
  else
    log "Keycloak not running"
  fi
}

cmd_status() {
  local pid
  if pid="$(read_pid "$KC_PIDFILE" keycloak)"; then
    if ready; then
      log "Keycloak running (pid $pid) on http://127.0.0.1:$KEYCLOAK_PORT, ready"
    else
      log "Keycloak process $pid alive but not ready yet (see $KC_LOG)"
      return 1
    fi
  else
    log "Keycloak stopped"
    return 3
  fi
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
fetch)
  cmd_fetch
  cmd_build
  ;;
*)
  echo "usage: $0 start|stop|status|fetch" >&2
  exit 2
  ;;
esac
