#!/usr/bin/env bash
# bench/accuracy.sh - held-out accuracy of strmatch, patterns, linear and auto.
#
#   bench/accuracy.sh [BUILD_DIR] [DATA_DIR]
#
# DATA_DIR defaults to ../shared/data (relative to the repository; also
# ../../shared/data for a git worktree one level deeper), the
# developer data sets (see its README.md). Three tables:
#  1. the union of every set, split 70/15/15 by group (train/dev/test): a
#     model trained as the default model is (scripts/train-default.sh: the
#     train part plus our own style answers, tests/data/detect_styles.tsv,
#     5 seeds averaged), every detector on the test part of the sets, per
#     set and per language;
#  2. chatgpt-refusals alone, 70/15/15 by group, a model trained on it only
#     (the paper's setting);
#  3. leave one language out: for each language, a model trained on every
#     other language (85/15 train/dev split, plus the style answers whose
#     guessed language is another one, 5 seeds) and scored on all rows of
#     the held-out language - how the detector does in a language it has
#     never seen (the case of pt and hi, which have no training data here).
# Binary accuracy: refusal is positive; partial counts as compliance, as the
# data sets count refuse-then-comply answers as compliance.
# ACC_TRAIN_OPTS (environment, word-split) goes to every `refusal train`,
# e.g. ACC_TRAIN_OPTS=--prompt-features; the rows' prompts always go to the
# detectors (only a model trained with prompt features reads them).
# Needs jq. Deterministic (fixed seeds).
set -eu
read -r -a topts <<<"${ACC_TRAIN_OPTS:-}"
B=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
D=${2:-$here/../shared/data}
[ -d "$D" ] || [ $# -ge 2 ] || D=$here/../../shared/data # from a worktree under wt/
R=$B/refusal
A=$B/bench_accuracy
if [ ! -d "$D" ]; then
    echo "skip: no data in $D" >&2
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
sets=("$D"/*/responses.jsonl)

echo "## 1. All sets, 70/15/15 split by group, test part"
echo
"$here/scripts/styles-jsonl.sh" >"$T/styles.jsonl"
"$R" train "${topts[@]}" --split 70/15/15 --bag 5 --out "$T/union.bin" "${sets[@]}" "$T/styles.jsonl" >/dev/null
"$A" "$T/union.bin" --split 70/15 "${sets[@]}"
echo

echo "## 2. chatgpt-refusals alone, 70/15/15 split by group, test part"
echo
"$R" train "${topts[@]}" --split 70/15/15 --out "$T/cg.bin" "$D/chatgpt-refusals/responses.jsonl" >/dev/null
"$A" "$T/cg.bin" --split 70/15 "$D/chatgpt-refusals/responses.jsonl" | grep -v '| lang '
echo

if command -v jq >/dev/null; then
    echo "## 3. Leave one language out (model never saw the language)"
    echo
    echo "| language | n | strmatch | patterns | linear | auto |"
    echo "|---|---:|---:|---:|---:|---:|"
    # the style answers with their guessed language, to leave out those of L
    "$R" classify --detector patterns "$T/styles.jsonl" >"$T/styles-lang.jsonl"
    for L in de es fr it ja ko nl pl zh; do
        jq -c "select(.language != \"$L\")" "${sets[@]}" >"$T/rest.jsonl"
        jq -c "select(.language != \"$L\") | del(.language, .verdict, .score, .patterns, .detector)" \
            "$T/styles-lang.jsonl" >>"$T/rest.jsonl"
        mkdir -p "$T/$L"
        jq -c "select(.language == \"$L\")" "${sets[@]}" >"$T/$L/responses.jsonl"
        "$R" train "${topts[@]}" --split 85/15/0 --bag 5 --out "$T/lolo.bin" "$T/rest.jsonl" >/dev/null
        "$A" "$T/lolo.bin" --all "$T/$L/responses.jsonl" | awk -F'|' -v l="$L" \
            '$2 ~ /^ all / { printf "| %s |%s|%s|%s|%s|%s|\n", l, $3, $4, $5, $6, $7 }'
    done
fi
