#!/usr/bin/env bash
# Single-node Kafka (KRaft, broker+controller) for local development and tests (no Docker).
#   infra/local/kafka.sh start|stop|status|fetch
# Listens on 127.0.0.1:$KAFKA_PORT (default 19092; controller $KAFKA_CONTROLLER_PORT, 19093).
# Jars come from Maven Central via infra/local/kafka/pom.xml (fetched once into .local/kafka/lib).
# On start, creates the project's topics (3 partitions each, plus a .dlq twin) if missing.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KAFKA_CONF_DIR="$INFRA_LOCAL_DIR/kafka"
KAFKA_HOME="$STATE_DIR/kafka"
KAFKA_LIB="$KAFKA_HOME/lib"
KAFKA_DATA="$KAFKA_HOME/data"
KAFKA_PROPS="$KAFKA_HOME/server.properties"
KAFKA_PIDFILE="$KAFKA_HOME/kafka.pid"
KAFKA_LOG="$LOG_DIR/kafka.log"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

TOPICS=(congress.deputies.v1 congress.suggestions.v1 congress.supervision.v1 congress.voting.v1 congress.gateway.v1)
TOPIC_PARTITIONS=3

cmd_fetch() {
  local marker="$KAFKA_LIB/.fetched" want
  want="$(sha256 "$KAFKA_CONF_DIR/pom.xml")"
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ]; then
    return 0
  fi
  log "fetching Kafka jars into $KAFKA_LIB (Maven)"
  rm -rf "$KAFKA_LIB"
  mkdir -p "$KAFKA_LIB"
  if ! run_mvnw -q -B -f "$KAFKA_CONF_DIR/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIB" >"$LOG_DIR/kafka-fetch.log" 2>&1; then
    show_log "$LOG_DIR/kafka-fetch.log" 40
    rm -rf "$KAFKA_LIB"
    die "fetching the Kafka jars failed"
  fi
  ls "$KAFKA_LIB"/kafka_2.13-*.jar >/dev/null 2>&1 || die "no kafka_2.13 jar in $KAFKA_LIB after fetching"
  printf '%s\n' "$want" >"$marker"
  log "fetched $(find "$KAFKA_LIB" -name '*.jar' | wc -l) jars ($(du -sh "$KAFKA_LIB" | cut -f1))"
}

render_config() {
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$KAFKA_DATA|g" \
    "$KAFKA_CONF_DIR/server.properties" >"$KAFKA_PROPS.tmp"
  mv "$KAFKA_PROPS.tmp" "$KAFKA_PROPS"
}

# Fast-starting JVM for the short-lived command-line tools.
kafka_tool() {
  "$(java_bin)" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$KAFKA_CONF_DIR/tools-log4j2.properties" \
    -cp "$KAFKA_LIB/*" "$@"
}

format_storage() {
  [ -f "$KAFKA_DATA/meta.properties" ] && return 0
  local cluster_id
  # A Kafka cluster id is 16 random bytes, URL-safe base64 without padding. It starts with '-' once
  # in 64 times, so it is passed as --cluster-id=…: a separate argument would be read as an option.
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  log "formatting KRaft storage in $KAFKA_DATA (cluster id $cluster_id)"
  mkdir -p "$KAFKA_DATA"
  kafka_tool kafka.tools.StorageTool format --cluster-id="$cluster_id" -c "$KAFKA_PROPS" >>"$KAFKA_LOG" 2>&1 || {
    show_log "$KAFKA_LOG" 40
    die "formatting the Kafka storage failed"
  }
}

create_topics() {
  local existing t missing=()
  existing="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list 2>>"$KAFKA_LOG")" || {
    show_log "$KAFKA_LOG" 40
    die "listing Kafka topics failed"
  }
  for t in "${TOPICS[@]}"; do
    grep -qxF -- "$t" <<<"$existing" || missing+=("$t")
    grep -qxF -- "$t.dlq" <<<"$existing" || missing+=("$t.dlq")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "topics present: ${TOPICS[*]} (+ .dlq)"
    return 0
  fi
  log "creating topics: ${missing[*]}"
  # Two at a time: each TopicCommand is a JVM start (~1-2 s); more would only fight for 2 cores.
  local pids=() rc=0 p
  for t in "${missing[@]}"; do
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
      --topic "$t" --partitions "$TOPIC_PARTITIONS" --replication-factor 1 >/dev/null 2>>"$KAFKA_LOG" &
    pids+=($!)
    if [ "${#pids[@]}" -ge 2 ]; then
      for p in "${pids[@]}"; do wait "$p" || rc=1; done
      pids=()
    fi
  done
  for p in "${pids[@]}"; do wait "$p" || rc=1; done
  if [ "$rc" -ne 0 ]; then
    show_log "$KAFKA_LOG" 40
    die "creating Kafka topics failed"
  fi
  log "topics ready: ${TOPICS[*]} (+ .dlq), $TOPIC_PARTITIONS partitions each"
}

cmd_start() {
  local pid
  if pid="$(read_pid "$KAFKA_PIDFILE" kafka.Kafka)"; then
    log "Kafka already running (pid $pid) on $BOOTSTRAP"
    create_topics
    return 0
  fi
  ensure_port_free "$KAFKA_PORT" Kafka
  ensure_port_free "$KAFKA_CONTROLLER_PORT" "Kafka controller"
  cmd_fetch
  mkdir -p "$KAFKA_HOME"
  render_config
  format_storage
  log "starting Kafka on $BOOTSTRAP (log: $KAFKA_LOG)"
  # shellcheck disable=SC2086
  pid="$(start_daemon "$KAFKA_PIDFILE" "$KAFKA_LOG" "$(java_bin)" $KAFKA_HEAP_OPTS \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dkafka.logs.dir="$LOG_DIR" \
    -Dlog4j2.configurationFile="$KAFKA_CONF_DIR/log4j2.properties" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_PROPS")"
  wait_for "port_open $KAFKA_PORT" "$KAFKA_START_TIMEOUT" "Kafka (pid $pid)" "$KAFKA_LOG" "$pid"
  create_topics
}

cmd_stop() {
  local pid
  if pid="$(read_pid "$KAFKA_PIDFILE" kafka.Kafka)"; then
    log "stopping Kafka (pid $pid)"
    stop_pid "$pid" Kafka 60
    rm -f "$KAFKA_PIDFILE"
  else
    log "Kafka not running"
  fi
}

cmd_status() {
  local pid
  if pid="$(read_pid "$KAFKA_PIDFILE" kafka.Kafka)"; then
    if port_open "$KAFKA_PORT"; then
      log "Kafka running (pid $pid) on $BOOTSTRAP"
    else
      log "Kafka process $pid alive but port $KAFKA_PORT not open (starting or stuck; see $KAFKA_LOG)"
      return 1
    fi
  else
    log "Kafka stopped"
    return 3
  fi
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
fetch) cmd_fetch ;;
*)
  echo "usage: $0 start|stop|status|fetch" >&2
  exit 2
  ;;
esac
