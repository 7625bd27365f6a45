#!/usr/bin/env bash
# The real browser of the console's browser tests: Debian's Chromium, its ChromeDriver and a CJK
# font, installed with apt when missing (as postgres.sh installs PostgreSQL).
#   infra/local/browser.sh install|status
# The tests find them at /usr/bin/chromium and /usr/bin/chromedriver (CHROMIUM_BINARY and
# CHROMEDRIVER override both, for the tests and for this check).
# Without fonts-noto-cjk every Chinese character renders as an empty box, so screenshots of the
# console would be unreadable while every test still passed: the font is part of the browser here.
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

CHROMIUM_BINARY="${CHROMIUM_BINARY:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
PACKAGES=(chromium chromium-driver fonts-noto-cjk)

font_installed() { dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'; }

installed() { [ -x "$CHROMIUM_BINARY" ] && [ -x "$CHROMEDRIVER" ] && font_installed; }

# major_of COMMAND: the major version a Chromium or ChromeDriver binary reports.
major_of() { "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1 | cut -d. -f1; }

cmd_install() {
  if ! installed; then
    is_root || die "Chromium, ChromeDriver or the CJK font is missing; install them as root: apt-get install -y ${PACKAGES[*]}"
    log "installing ${PACKAGES[*]}"
    # The lock timeout lets this wait for another apt run (postgres.sh installs with apt too).
    local apt=(apt-get -o DPkg::Lock::Timeout=300 install -y "${PACKAGES[@]}")
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" ||
      { apt-get -o DPkg::Lock::Timeout=300 update && DEBIAN_FRONTEND=noninteractive "${apt[@]}"; } ||
      die "could not install ${PACKAGES[*]}"
    installed || die "still no $CHROMIUM_BINARY, $CHROMEDRIVER or fonts-noto-cjk after installing ${PACKAGES[*]}"
  fi
  cmd_status
}

cmd_status() {
  installed || {
    log "browser not installed (${PACKAGES[*]})"
    return 3
  }
  local browser driver
  browser="$(major_of "$CHROMIUM_BINARY")"
  driver="$(major_of "$CHROMEDRIVER")"
  # ChromeDriver drives only the Chromium of its own major version.
  [ -n "$browser" ] && [ "$browser" = "$driver" ] ||
    die "Chromium ($CHROMIUM_BINARY, version ${browser:-?}) and ChromeDriver ($CHROMEDRIVER, version ${driver:-?}) differ: apt-get install -y ${PACKAGES[*]}"
  log "browser ready: Chromium $browser ($CHROMIUM_BINARY), ChromeDriver ($CHROMEDRIVER), fonts-noto-cjk"
}

case "${1:-}" in
install) cmd_install ;;
status) cmd_status ;;
*)
  echo "usage: $0 install|status" >&2
  exit 2
  ;;
esac
