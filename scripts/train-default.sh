#!/usr/bin/env bash
# scripts/train-default.sh - reproduce the committed default model,
# data/models/default.bin, byte for byte.
#
#   scripts/train-default.sh [BUILD_DIR] [DATA_DIR] [OUT]
#
# Defaults: build, ../shared/data (beside the checkout), data/models/default.bin.
# The model is trained (85 % of the groups; the other 15 % tune the
# thresholds; 5 seeds averaged; each row's order and dropout drawn from a
# hash of its text, so adding style answers does not redraw the other
# rows: docs/detect.md, "Session 10: training stability") on
#   - every DATA_DIR/*/responses.jsonl (the development sets), and
#   - the answers we wrote ourselves in tests/data/detect_styles.tsv
#     (R = refusal, C = compliance; each answer is its own group). They carry
#     no language field, so they teach the n-grams and the rule weights
#     without making any language "trusted" (docs/detect.md): a language's
#     n-grams are still used only when the development sets have enough rows
#     of it.
# The lexicon scan is a model input: run `make` first so that BUILD_DIR's
# binary embeds the current data/lexicons/, re-run this script whenever the
# lexicons or the style answers change, then `make` again to embed the new
# model. Needs jq.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-$here/build}
D=${2:-$here/../shared/data}
OUT=${3:-$here/data/models/default.bin}
[ -d "$D" ] || [ $# -ge 2 ] || D=$here/../../shared/data # from a worktree under wt/
if ! ls "$D"/*/responses.jsonl >/dev/null 2>&1; then
    echo "train-default: no DATA_DIR/*/responses.jsonl under $D" >&2
    exit 1
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$here/scripts/styles-jsonl.sh" >"$T/styles.jsonl"
"$B/refusal" train --split 85/15/0 --bag 5 --order content --out "$OUT" "$D"/*/responses.jsonl "$T/styles.jsonl"
