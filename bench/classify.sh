#!/usr/bin/env bash
# bench/classify.sh - classification throughput and peak memory, one core.
#
#   bench/classify.sh [BUILD_DIR] [N]
#
# Generates N (default 100000) synthetic ~1 KB JSONL responses with
# bench_classify_gen (text written for the benchmark, not a data set), then
# runs `refusal classify` over them, JSONL in and out, with each detector,
# pinned to one CPU when taskset exists. Prints responses/s and peak RSS
# (/usr/bin/time -f %M). Rates use CPU time (user + sys), which a machine
# shared with other jobs distorts less than wall time (also shown). A second pass with ~4 KB responses shows that the
# time per byte stays flat (linear in input size).
set -eu
B=${1:-build}
N=${2:-100000}
R=$B/refusal
G=$B/bench_classify_gen
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
PIN=""
command -v taskset >/dev/null && PIN="taskset -c 0"
"$G" "$N" 1024 >"$T/1k.jsonl"
"$G" $((N / 4)) 4096 >"$T/4k.jsonl"
printf '| detector | input | responses | MB | wall s | CPU s | responses/CPU-s | MB/CPU-s | peak RSS MiB |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|---:|\n'
for f in 1k 4k; do
    n=$(wc -l <"$T/$f.jsonl")
    mb=$(du -m "$T/$f.jsonl" | cut -f1)
    bytes=$(wc -c <"$T/$f.jsonl")
    for d in strmatch patterns linear auto; do
        /usr/bin/time -f '%e %U %S %M' -o "$T/time" $PIN "$R" classify --threads 1 --detector "$d" "$T/$f.jsonl" >/dev/null
        read -r secs usr sys kb <"$T/time"
        awk -v d="$d" -v f="$f" -v n="$n" -v w="$secs" -v u="$usr" -v y="$sys" -v kb="$kb" -v b="$bytes" 'BEGIN {
            s = u + y; if (s <= 0) s = 0.01;
            printf "| %s | ~%s | %d | %.0f | %.2f | %.2f | %.0f | %.1f | %.1f |\n", d, f, n, b / 1e6, w, s, n / s, b / 1e6 / s, kb / 1024 }'
    done
done
