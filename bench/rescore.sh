#!/usr/bin/env bash
# bench/rescore.sh - re-scoring a stored run: `refusal classify --run`.
#
#   bench/rescore.sh [BUILD_DIR] [N] [THREADS...]
#
# Builds a run database of N (default 1000000) synthetic ~1 KB responses
# (bench_classify_gen, text written for the benchmark) with
# bench_rescore_db, then times `refusal classify --run bench --detector auto`
# with each thread count given (default: 1 and the number of CPUs). Every
# pass writes N verdicts (the second replaces the first's). Prints wall time,
# CPU time, responses per wall-second and peak RSS. The goal: a
# million stored answers re-scored in under a minute.
set -eu
B=${1:-build}
N=${2:-1000000}
shift $(($# > 2 ? 2 : $#))
THREADS=("$@")
[ ${#THREADS[@]} -gt 0 ] || THREADS=(1 "$(nproc)")
R=$B/refusal
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$B/bench_classify_gen" "$N" 1024 | "$B/bench_rescore_db" "$T/r.db"
mb=$(du -m "$T/r.db" | cut -f1)
echo "database: $N responses, $mb MB"
printf '| threads | responses | wall s | CPU s | responses/wall-s | peak RSS MiB |\n'
printf '|---:|---:|---:|---:|---:|---:|\n'
for t in "${THREADS[@]}"; do
    /usr/bin/time -f '%e %U %S %M' -o "$T/time" "$R" classify --run bench --db "$T/r.db" \
        --detector auto --threads "$t" >"$T/out"
    read -r secs usr sys kb <"$T/time"
    n=$(sed -n 's/.*: \([0-9]*\) responses scored.*/\1/p' "$T/out")
    awk -v t="$t" -v n="$n" -v w="$secs" -v u="$usr" -v y="$sys" -v kb="$kb" 'BEGIN {
        printf "| %d | %d | %.2f | %.2f | %.0f | %.1f |\n", t, n, w, u + y, n / (w > 0 ? w : 0.01), kb / 1024 }'
done
