#!/usr/bin/env bash
# bench/run.sh - `make bench`: run every bench/*.sh (except this one) in name
# order and print their figures. Arguments are passed to each script.
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
rc=0
for s in "$dir"/*.sh; do
    [ "$(basename "$s")" = run.sh ] && continue
    echo "== $(basename "$s")"
    bash "$s" "$@" || rc=1
    echo
done
exit $rc
