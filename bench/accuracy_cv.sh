#!/usr/bin/env bash
# bench/accuracy_cv.sh - k-fold cross-validation of `refusal train` on one
# labelled set (default: chatgpt-refusals), to choose model changes without
# fitting one fixed test split.
#
#   bench/accuracy_cv.sh [BUILD_DIR] [FILE.jsonl] [K] [-- TRAIN OPTIONS...]
#
# The rows are dealt into K folds by a stable hash of their group (every row
# of a group in one fold; jq computes the hash). For each fold: a model is
# trained on the other K-1 folds (85/15 train/dev split by group, the dev
# part tunes the threshold) and scored with `linear` on the whole fold
# (`--eval`). Prints the accuracy per fold and the mean and the sample
# standard deviation over folds, plus the pooled accuracy over all rows.
# Options after `--` go to `refusal train` (e.g. -- --epochs 8;
# -- --prompt-features for a model that reads the rows' prompts, plus
# --eval-no-prompt to score the folds without them).
# Needs jq. Deterministic.
set -eu
B=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
F=${2:-}
K=${3:-5}
shift $(($# < 3 ? $# : 3))
[ "${1:-}" = "--" ] && shift
if [ -z "$F" ]; then
    F=$here/../shared/data/chatgpt-refusals/responses.jsonl
    [ -f "$F" ] || F=$here/../../shared/data/chatgpt-refusals/responses.jsonl
fi
if [ ! -f "$F" ]; then
    echo "skip: no data file $F" >&2
    exit 77
fi
command -v jq >/dev/null || {
    echo "skip: needs jq" >&2
    exit 77
}
R=$B/refusal
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# fold = (sum over the group's bytes of byte * 31^i) mod 1000003, mod K
jq -c --argjson k "$K" '. + {_fold: ((.group // .id) | explode
    | reduce .[] as $c (7; (. * 31 + $c) % 1000003) | . % $k)}' "$F" >"$T/all.jsonl"
for ((i = 0; i < K; i++)); do
    mkdir -p "$T/$i"
    jq -c --argjson i "$i" 'select(._fold != $i) | del(._fold)' "$T/all.jsonl" >"$T/$i/train.jsonl"
    jq -c --argjson i "$i" 'select(._fold == $i) | del(._fold)' "$T/all.jsonl" >"$T/$i/fold.jsonl"
    "$R" train --split 85/15/0 "$@" --out "$T/$i/m.bin" --eval "$T/$i/fold.jsonl" \
        "$T/$i/train.jsonl" 2>/dev/null |
        awk -v i="$i" '$1 == "eval" && $2 == "linear" && $3 == "all" { print i, $4, $5 }'
done | awk '{ n[NR] = $2; a[NR] = $3; printf "fold %d: n %d accuracy %.4f\n", $1, $2, $3 }
    END { for (j = 1; j <= NR; j++) { s += a[j]; ok += a[j] * n[j]; tot += n[j] }
          m = s / NR; for (j = 1; j <= NR; j++) v += (a[j] - m) ^ 2
          sd = NR > 1 ? sqrt(v / (NR - 1)) : 0
          printf "mean %.4f sd %.4f (K %d); pooled %.4f over %d rows\n", m, sd, NR, ok / tot, tot }'
