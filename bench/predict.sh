#!/usr/bin/env bash
# bench/predict.sh - predicting refusal from the prompt alone (`refusal
# predict`, the setting of Reuter & Schulze 2023): a prompt model trained on
# the chatgpt-refusals prompts (the gpt-3.5-turbo verdicts are the labels),
# split 70/15/15 by group (train / dev for the threshold / test), and its
# held-out accuracy, precision, recall and F1 against the majority-class
# baseline (always predicting the training majority, compliance).
#
#   bench/predict.sh [BUILD_DIR] [DATA_DIR]
#
# DATA_DIR defaults to ../shared/data (also ../../shared/data from a git
# worktree under wt/). Exit 77 when the data is absent. Deterministic.
set -eu
B=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
D=${2:-$here/../shared/data}
[ -d "$D" ] || [ $# -ge 2 ] || D=$here/../../shared/data # from a worktree under wt/
R=$B/refusal
F=$D/chatgpt-refusals/responses.jsonl
if [ ! -f "$F" ]; then
    echo "skip: no $F" >&2
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

echo "## chatgpt-refusals: prompt -> will gpt-3.5-turbo refuse? (70/15/15 by group)"
echo
start=$(date +%s.%N)
"$R" predict --train --data "$F" --split 70/15/15 --out "$T/prompt.bin" --top 10 --min-count 5 >"$T/out" 2>"$T/err"
end=$(date +%s.%N)
sed -n '1,/^threshold/p' "$T/out"
awk '$1=="test"{printf "\nheld-out test accuracy %.4f vs majority-class baseline %.4f (%+.1f points), F1 %.4f\n", $3, $8, 100*($3-$8), $6}' "$T/out"
echo
sed -e 's/^refusal predict: //' -e 's/ -> .*//' "$T/err"
printf 'training and evaluation took %.2f s\n' "$(echo "$end - $start" | bc)"
echo
echo "## most predictive word n-grams seen 5+ times (weight: whole-text + opening weights, a word with its character 3-grams)"
sed -n '/^predicts/,$p' "$T/out"

echo
echo "## seeds 1-5 (shuffling order), test accuracy"
for s in 1 2 3 4 5; do
    "$R" predict --train --data "$F" --split 70/15/15 --seed "$s" --out "$T/s.bin" 2>/dev/null |
        awk -v s="$s" '$1=="test"{printf "seed %s: accuracy %.4f f1 %.4f\n", s, $3, $6}'
done
