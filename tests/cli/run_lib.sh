# run_lib.sh - shared helpers for tests/cli/test_run_*.sh (sourced, not a test).
# Provides: $tmp (scratch dir, removed on exit), start_server NAME ARGS...
# (sets PORT, SPID, URL), check NAME EXPECTED ACTUAL, check_match NAME REGEX
# TEXT, q DB SQL (sqlite3 query), finish (prints the tally, exits 0/1).
set -uo pipefail

REFUSAL="${REFUSAL:-build/refusal}"
FS="${RF_BUILDDIR:-build}/fakeserver"
SRC="${RF_SRCDIR:-.}"
[ -x "$REFUSAL" ] || { echo "skip: $REFUSAL not built"; exit 77; }
for tool in sqlite3; do
    command -v "$tool" >/dev/null || { echo "skip: $tool missing"; exit 77; }
done
unset OPENAI_API_KEY ANTHROPIC_API_KEY OPENAI_BASE_URL ANTHROPIC_BASE_URL REFUSAL_DB

tmp=$(mktemp -d)
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
check() { if [ "$2" == "$3" ]; then ok; else bad "$1: expected [$2] got [$3]"; fi; }
check_match() { if [[ "$3" =~ $2 ]]; then ok; else bad "$1: [$3] does not match /$2/"; fi; }
q() { sqlite3 "$1" "$2"; }

need_server() { [ -x "$FS" ] || { echo "skip: $FS not built"; exit 77; }; }

# start_server NAME ARGS... ; sets PORT, SPID and URL
start_server() {
    local name=$1 i
    shift
    need_server
    "$FS" --port 0 --port-file "$tmp/$name.port" --quiet "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
    SPID=$!
    pids+=("$SPID")
    for i in $(seq 200); do
        [ -s "$tmp/$name.port" ] && break
        sleep 0.05
    done
    PORT=$(cat "$tmp/$name.port" 2>/dev/null)
    [ -n "$PORT" ] || { echo "server $name did not start" >&2; cat "$tmp/$name.err" >&2; exit 1; }
    URL="http://127.0.0.1:$PORT/v1"
}

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}
