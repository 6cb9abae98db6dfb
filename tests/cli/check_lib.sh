# check_lib.sh - shared preamble of the JSON-checking CLI tests
# (test_classify*.sh, test_predict.sh; sourced, not a test).
# Needs REFUSAL (the binary) and jq (skips with exit 77 without it).
# Provides: $T (scratch dir, removed on exit), $fail (0, or 1 after a failed
# check) and check NAME COMMAND... (runs COMMAND; on failure prints
# "FAIL: NAME" and sets fail=1). A test ends with `exit $fail`.
set -u
R=${REFUSAL:?REFUSAL not set}
command -v jq >/dev/null || { echo "skip: jq not installed"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
check() { # check NAME CONDITION...
    local name=$1
    shift
    if "$@"; then :; else
        echo "FAIL: $name"
        fail=1
    fi
}
