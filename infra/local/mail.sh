#!/usr/bin/env bash
# A real SMTP server for local development and tests (no Docker): GreenMail standalone, which
# accepts mail for ANY address and keeps it in memory (nothing ever leaves the machine).
#   infra/local/mail.sh start|stop|status|fetch
# SMTP on 127.0.0.1:$MAIL_SMTP_PORT (default 3025), IMAP on $MAIL_IMAP_PORT (3143), and its REST
# API on http://127.0.0.1:$MAIL_API_PORT (8025). No authentication: any login and password work,
# and a recipient's mailbox is created by the first mail to it.
# The jar (com.icegreen:greenmail-standalone, shaded, no other dependency) is fetched once from
# Maven Central into .local/downloads.
#
# Reading what arrived (what tests and demos do):
#   curl -s http://127.0.0.1:8025/api/user/deputy01@example.org/messages/
#       -> JSON array of the recipient's messages, oldest first: uid, subject (already decoded
#          from RFC 2047, so Chinese subjects read as they were written), contentType, and
#          mimeMessage (the raw message). 400 {"message":"User '...' not found"} = nothing ever
#          arrived for that address.
#   curl -s http://127.0.0.1:8025/api/user                  every address that received mail
#   curl -s -X POST http://127.0.0.1:8025/api/mail/purge    delete every message (keeps addresses)
#   curl -s -X POST http://127.0.0.1:8025/api/service/reset delete messages and addresses
# The raw message in the JSON shows 8bit bodies garbled (GreenMail reads them as Latin-1); read
# bodies through IMAP instead (login = the address, any password), e.g. with Python's imaplib.
# Mail is in memory: a restart of this server empties every mailbox.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.5}"
MAIL_JAR="$DOWNLOAD_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"
MAIL_HOME="$STATE_DIR/mail"
MAIL_PIDFILE="$MAIL_HOME/mail.pid"
MAIL_LOG="$LOG_DIR/mail.log"
# GreenMail keeps every message in memory: `make bench` sends thousands (one per deputy per ballot
# round, 3,000 deputies). With 128 MB it ended in a garbage-collection loop that timed out every
# later SMTP connection, and with 512 MB after a write run and three ballot rounds (about 30,000
# mails, some 17 KB of heap each, when the write run still mailed the staff each submission; it now
# goes into their daily digest). 2 GB holds a whole bench; the bench purges the messages once the
# platform has sent them (bench/run.sh).
MAIL_HEAP_OPTS="${MAIL_HEAP_OPTS:--Xmx2g}"
MAIL_START_TIMEOUT="${MAIL_START_TIMEOUT:-60}"
MAIL_API_URL="http://127.0.0.1:$MAIL_API_PORT"

cmd_fetch() {
  [ -s "$MAIL_JAR" ] && return 0
  log "downloading greenmail-standalone $GREENMAIL_VERSION (~10 MB, Maven)"
  # -f: run Maven against the neutral throwaway pom, never the project's reactor.
  if ! run_mvnw -q -B -f "$INFRA_LOCAL_DIR/kafka/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$DOWNLOAD_DIR" >"$LOG_DIR/mail-fetch.log" 2>&1; then
    show_log "$LOG_DIR/mail-fetch.log" 40
    die "downloading GreenMail failed"
  fi
  [ -s "$MAIL_JAR" ] || die "download finished but $MAIL_JAR is missing"
}

# Ready when the API says so and SMTP accepts connections (the API starts last, but SMTP is what
# the services need).
ready() {
  curl -fsS -o /dev/null --max-time 3 "$MAIL_API_URL/api/service/readiness" && port_open "$MAIL_SMTP_PORT"
}

cmd_start() {
  local pid
  if pid="$(read_pid "$MAIL_PIDFILE" greenmail-standalone)"; then
    log "GreenMail already running (pid $pid)"
    wait_for ready "$MAIL_START_TIMEOUT" "GreenMail (pid $pid)" "$MAIL_LOG" "$pid"
    return 0
  fi
  ensure_port_free "$MAIL_SMTP_PORT" "GreenMail SMTP (MAIL_SMTP_PORT)"
  ensure_port_free "$MAIL_IMAP_PORT" "GreenMail IMAP (MAIL_IMAP_PORT)"
  ensure_port_free "$MAIL_API_PORT" "GreenMail API (MAIL_API_PORT)"
  cmd_fetch
  mkdir -p "$MAIL_HOME"
  log "starting GreenMail: SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT, API $MAIL_API_URL (log: $MAIL_LOG)"
  # greenmail.<protocol>.port starts that protocol (api = the REST API); greenmail.hostname binds
  # all of them; greenmail.auth.disabled accepts every address and any password.
  # shellcheck disable=SC2086
  pid="$(start_daemon "$MAIL_PIDFILE" "$MAIL_LOG" "$(java_bin)" $MAIL_HEAP_OPTS \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
    -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
    -Dgreenmail.api.port="$MAIL_API_PORT" \
    -Dgreenmail.auth.disabled \
    -jar "$MAIL_JAR")"
  wait_for ready "$MAIL_START_TIMEOUT" "GreenMail (pid $pid)" "$MAIL_LOG" "$pid"
}

cmd_stop() {
  local pid
  if pid="$(read_pid "$MAIL_PIDFILE" greenmail-standalone)"; then
    log "stopping GreenMail (pid $pid)"
    stop_pid "$pid" GreenMail 30
    rm -f "$MAIL_PIDFILE"
  else
    log "GreenMail not running"
  fi
}

cmd_status() {
  local pid
  if pid="$(read_pid "$MAIL_PIDFILE" greenmail-standalone)"; then
    if ready; then
      log "GreenMail running (pid $pid): SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT, API $MAIL_API_URL"
    else
      log "GreenMail process $pid alive but not ready (see $MAIL_LOG)"
      return 1
    fi
  else
    log "GreenMail stopped"
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
