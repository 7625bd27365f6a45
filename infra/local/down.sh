#!/usr/bin/env bash
# Stops the native local stack started by up.sh (all parts, or the ones named). Idempotent:
# fine when nothing runs. Data under .local/ is kept; delete .local/ for a clean slate.
#   infra/local/down.sh [postgres|kafka|keycloak|mail ...]
set -euo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

ALL_PARTS=(mail keycloak kafka postgres)
parts=("$@")
[ "${#parts[@]}" -gt 0 ] || parts=("${ALL_PARTS[@]}")

declare -A pids=()
for p in "${parts[@]}"; do
  case "$p" in
  postgres | kafka | keycloak | mail) ;;
  *) die "unknown part '$p' (expected: ${ALL_PARTS[*]})" ;;
  esac
  (
    set -o pipefail
    "$INFRA_LOCAL_DIR/$p.sh" stop 2>&1 | sed -u "s/^/[$p] /"
  ) &
  pids[$p]=$!
done

failed=()
for p in "${parts[@]}"; do
  wait "${pids[$p]}" || failed+=("$p")
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "local stack: failed to stop: ${failed[*]}" >&2
  exit 1
fi
echo "local stack down: ${parts[*]}"
