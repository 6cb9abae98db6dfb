#!/usr/bin/env bash
# bench/engine.sh - throughput, CPU, latency and memory of the `refusal run`
# engine against build/fakeserver, with `curl --parallel` as the yardstick.
# Reports figures; not run by ctest. See bench/README.md.
#
# usage: bench/engine.sh [--quick]
#   --quick   1/10 of every size (smoke test of the script itself)
# env: BUILD (default build), N (20000), CONC (64), LAT_N (2000),
#      LAT_CONC (100), LAT_MS (100), MEM_N (100000), REPEAT (3)
#
# Parts:
# (a) and (b) run REPEAT times, interleaved, and the fastest of each counts
# (the machine may be shared; CPU-s per 1000 requests is the steadier figure).
#   (a) curl --parallel --parallel-max CONC: N POSTs to /v1/chat/completions
#       from one config file (keep-alive) -> requests/s, client CPU-s per 1000
#   (b) refusal run over an N-item suite at --concurrency CONC, same figures
#       plus max RSS, and the ratio to (a)
#   (c) latency: fakeserver --latency-ms LAT_MS, LAT_N items at --concurrency
#       LAT_CONC: wall time vs the ideal LAT_N / LAT_CONC * LAT_MS; the same
#       requests from curl --parallel-max LAT_CONC as a yardstick
#   (d) memory: MEM_N-item suite, peak RSS of refusal run
#   (e) the server alone under wrk (if installed): its own capacity
# Every part runs its own server and checks that it answered the expected
# number of requests.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
FS="$BUILD/fakeserver"
REFUSAL="$BUILD/refusal"
N=${N:-20000}
CONC=${CONC:-64}
LAT_N=${LAT_N:-2000}
LAT_CONC=${LAT_CONC:-100}
LAT_MS=${LAT_MS:-100}
MEM_N=${MEM_N:-100000}
REPEAT=${REPEAT:-3}
if [ "${1:-}" = "--quick" ]; then
    N=$((N / 10)) LAT_N=$((LAT_N / 10)) MEM_N=$((MEM_N / 10))
fi

[ -x "$FS" ] || { echo "bench: $FS not built (run make)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench: curl missing" >&2; exit 1; }
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
    echo "bench: /usr/bin/time missing (Debian package 'time'); CPU from bash, RSS n/a" >&2
    TIME=
fi

tmp=$(mktemp -d)
SPID=
cleanup() {
    [ -n "$SPID" ] && kill "$SPID" 2>/dev/null && wait "$SPID" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

# start_server ARGS... -> PORT, SPID
start_server() {
    local i
    rm -f "$tmp/port"
    "$FS" --port-file "$tmp/port" "$@" >/dev/null 2>"$tmp/server.err" &
    SPID=$!
    for i in $(seq 100); do
        [ -s "$tmp/port" ] && break
        sleep 0.05
    done
    PORT=$(cat "$tmp/port")
}

# stop_server -> SERVED (requests the server answered), SCPU (server CPU-s)
stop_server() {
    local ticks hz
    hz=$(getconf CLK_TCK)
    ticks=$(awk '{ print $14 + $15 }' "/proc/$SPID/stat" 2>/dev/null || echo 0)
    SCPU=$(awk -v t="$ticks" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }')
    kill "$SPID" 2>/dev/null
    wait "$SPID" 2>/dev/null
    SPID=
    SERVED=$(sed -n 's/^fakeserver: \([0-9]*\) requests.*/\1/p' "$tmp/server.err")
    CONNS=$(sed -n "s/^fakeserver: [0-9]* requests, \([0-9]*\) connections.*/\1/p" "$tmp/server.err")
}

# measure CMD... -> WALL, CPU (user+sys), RSS_KB, STATUS
measure() {
    local t0 t1
    t0=$(date +%s.%N)
    if [ -n "$TIME" ]; then
        "$TIME" -f '%U %S %M' -o "$tmp/time" "$@" >"$tmp/cmd.out" 2>"$tmp/cmd.err"
        STATUS=$?
        t1=$(date +%s.%N)
        read -r u s RSS_KB < <(tail -1 "$tmp/time")
        CPU=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    else
        local before after
        before=$(times | tail -1)
        "$@" >"$tmp/cmd.out" 2>"$tmp/cmd.err"
        STATUS=$?
        t1=$(date +%s.%N)
        after=$(times | tail -1)
        CPU=$(awk -v b="$before" -v a="$after" 'function sec(x, m) { split(x, m, "m"); return m[1] * 60 + m[2] }
            BEGIN { split(b, B, " "); split(a, A, " "); printf "%.2f", sec(A[1]) + sec(A[2]) - sec(B[1]) - sec(B[2]) }')
        RSS_KB=0
    fi
    WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
}

gen_suite() { # gen_suite N FILE
    awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
        printf "{\"id\":\"b%d\",\"prompt\":\"Benchmark prompt %d: how do tides work and why are there two a day?\",\"label\":\"benign\"}\n", i, i }' >"$2"
}

gen_curl_config() { # gen_curl_config N PORT FILE
    awk -v n="$1" -v port="$2" 'BEGIN { for (i = 1; i <= n; i++) {
        if (i > 1) print "next"
        printf "url = \"http://127.0.0.1:%s/v1/chat/completions\"\n", port
        print "header = \"Content-Type: application/json\""
        printf "data = \"{\\\"model\\\":\\\"fake\\\",\\\"messages\\\":[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"Benchmark prompt %d: how do tides work and why are there two a day?\\\"}]}\"\n", i
        print "output = \"/dev/null\"" } }' >"$3"
}

rate() { awk -v n="$1" -v w="$2" 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }'; }
per1k() { awk -v c="$1" -v n="$2" 'BEGIN { printf "%.3f", c * 1000 / n }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo "engine benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m)"
echo "  $(curl --version | head -1 | cut -d' ' -f1-2); refusal $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

have_run=1
if ! [ -x "$REFUSAL" ] || ! "$REFUSAL" run --help >/dev/null 2>&1; then
    have_run=0
fi

run_refusal() { # run_refusal SUITE CONC DB
    measure "$REFUSAL" run --suite "$1" --target openai:fake --base-url "http://127.0.0.1:$PORT/v1" \
        --concurrency "$2" --db "$3" --quiet
}

# keep_best PREFIX: remember this measurement if its wall time is the best so far
keep_best() {
    local best_var="${1}_WALL"
    if [ -z "${!best_var:-}" ] || awk -v a="$WALL" -v b="${!best_var}" 'BEGIN { exit !(a < b) }'; then
        printf -v "${1}_WALL" '%s' "$WALL"
        printf -v "${1}_CPU" '%s' "$CPU"
        printf -v "${1}_RSS" '%s' "$RSS_KB"
        printf -v "${1}_SCPU" '%s' "$SCPU"
        printf -v "${1}_SERVED" '%s' "${SERVED:-?}"
        printf -v "${1}_CONNS" '%s' "${CONNS:-?}"
        printf -v "${1}_STATUS" '%s' "$STATUS"
    fi
}

# --- (a) and (b), interleaved, best of REPEAT -----------------------------------
gen_curl_config "$N" 0 "$tmp/curl.cfg.in"
gen_suite "$N" "$tmp/suite.jsonl"
for r in $(seq "$REPEAT"); do
    start_server
    sed "s/127.0.0.1:0/127.0.0.1:$PORT/" "$tmp/curl.cfg.in" >"$tmp/curl.cfg"
    measure curl -s --no-progress-meter --parallel --parallel-max "$CONC" -K "$tmp/curl.cfg"
    stop_server
    keep_best A
    if [ $have_run -eq 1 ]; then
        start_server
        run_refusal "$tmp/suite.jsonl" "$CONC" "$tmp/b$r.db"
        stop_server
        keep_best B
        [ "$STATUS" -eq 0 ] || { echo "    refusal run failed:"; tail -5 "$tmp/cmd.err" | sed 's/^/    /'; }
        rm -f "$tmp/b$r.db"*
    fi
done
C_RATE=$(rate "$N" "$A_WALL")
C_CPU=$(per1k "$A_CPU" "$N")
printf '(a) curl --parallel-max %s: %s requests in %s s = %s req/s; client %s CPU-s/1000; max RSS %s MiB; server %s CPU-s/1000 (served %s on %s connections, curl exit %s)\n' \
    "$CONC" "$N" "$A_WALL" "$C_RATE" "$C_CPU" "$(mib "$A_RSS")" "$(per1k "$A_SCPU" "$N")" "$A_SERVED" "$A_CONNS" "$A_STATUS"

# --- (e) the server alone, with wrk (optional) --------------------------------
if command -v wrk >/dev/null; then
    cat >"$tmp/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"model":"fake","messages":[{"role":"user","content":"Benchmark prompt: how do tides work and why are there two a day?"}]}'
wrk.headers["Content-Type"] = "application/json"
LUA
    start_server
    wrk -t1 -c"$CONC" -d"${WRK_SECONDS:-5}"s -s "$tmp/post.lua" "http://127.0.0.1:$PORT/v1/chat/completions" >"$tmp/wrk.out" 2>&1
    stop_server
    W_RATE=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$tmp/wrk.out")
    W_N=$(awk '/requests in/ { print $1 }' "$tmp/wrk.out")
    E_LINE=$(printf '(e) server alone (wrk -t1 -c%s, %s s): %s req/s; server %s CPU-s/1000 (served %s on %s connections)' \
        "$CONC" "${WRK_SECONDS:-5}" "${W_RATE:-?}" "$(per1k "$SCPU" "${W_N:-1}")" "${SERVED:-?}" "${CONNS:-?}")
else
    E_LINE="(e) server alone: wrk not installed (Debian package wrk), skipped"
fi

if [ $have_run -eq 0 ]; then
    echo "(b) refusal run not available"
    echo "(c) refusal run not available"
    echo "(d) refusal run not available"
    echo "$E_LINE"
    exit 0
fi
R_RATE=$(rate "$N" "$B_WALL")
R_CPU=$(per1k "$B_CPU" "$N")
printf '(b) refusal run --concurrency %s: %s items in %s s = %s req/s; client %s CPU-s/1000; max RSS %s MiB; server %s CPU-s/1000 (served %s on %s connections, exit %s)\n' \
    "$CONC" "$N" "$B_WALL" "$R_RATE" "$R_CPU" "$(mib "$B_RSS")" "$(per1k "$B_SCPU" "$N")" "$B_SERVED" "$B_CONNS" "$B_STATUS"
awk -v r="$R_RATE" -v c="$C_RATE" -v cpu="$R_CPU" 'BEGIN {
    pct = c > 0 ? 100 * r / c : 0
    printf "    ratio refusal/curl: %.0f%% of curl'"'"'s rate (target >= 40%%: %s); %.3f CPU-s/1000 (target < 0.15: %s)\n",
        pct, (pct >= 40 ? "PASS" : "FAIL"), cpu, (cpu < 0.15 ? "PASS" : "FAIL") }'

# (c) latency
gen_suite "$LAT_N" "$tmp/lat.jsonl"
start_server --latency-ms "$LAT_MS"
run_refusal "$tmp/lat.jsonl" "$LAT_CONC" "$tmp/c.db"
stop_server
awk -v w="$WALL" -v n="$LAT_N" -v c="$LAT_CONC" -v ms="$LAT_MS" -v st="$STATUS" -v sv="${SERVED:-?}" 'BEGIN {
    ideal = n / c * ms / 1000; over = 100 * (w - ideal) / ideal
    printf "(c) latency %d ms, %d items, --concurrency %d: wall %.2f s vs ideal %.2f s (%+.1f%%; target within 10%%: %s) (served %s, exit %s)\n",
        ms, n, c, w, ideal, over, (over <= 10 ? "PASS" : "FAIL"), sv, st }'
# the same load from curl, to tell the machine's and server's share from the engine's
gen_curl_config "$LAT_N" 0 "$tmp/lat.cfg.in"
start_server --latency-ms "$LAT_MS"
sed "s/127.0.0.1:0/127.0.0.1:$PORT/" "$tmp/lat.cfg.in" >"$tmp/lat.cfg"
measure curl -s --no-progress-meter --parallel --parallel-max "$LAT_CONC" -K "$tmp/lat.cfg"
stop_server
awk -v w="$WALL" -v n="$LAT_N" -v c="$LAT_CONC" -v ms="$LAT_MS" 'BEGIN {
    ideal = n / c * ms / 1000
    printf "    yardstick: curl --parallel-max %d, same %d requests: wall %.2f s (%+.1f%%)\n", c, n, w, 100 * (w - ideal) / ideal }'

# (d) memory
gen_suite "$MEM_N" "$tmp/mem.jsonl"
start_server
run_refusal "$tmp/mem.jsonl" "$CONC" "$tmp/d.db"
stop_server
awk -v k="$RSS_KB" -v n="$MEM_N" -v w="$WALL" -v st="$STATUS" -v sv="${SERVED:-?}" 'BEGIN {
    printf "(d) memory: %d items in %.1f s, peak RSS %.1f MiB (target < 64 MiB: %s) (served %s, exit %s)\n",
        n, w, k / 1024, (k > 0 && k < 65536 ? "PASS" : "FAIL"), sv, st }'
echo "$E_LINE"
