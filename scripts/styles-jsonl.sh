#!/usr/bin/env bash
# scripts/styles-jsonl.sh - print the answers we wrote ourselves,
# tests/data/detect_styles.tsv (or FILE), as labelled JSONL training rows:
#
#   scripts/styles-jsonl.sh [FILE] > styles.jsonl
#
# One row per "R<TAB>text" (refusal) or "C<TAB>text" (compliance) line;
# comments and other lines are skipped. Each answer is its own group (the
# text itself, so inserting lines does not reshuffle the split). No language
# field: the rows teach the model without counting toward any language's
# trusted n-grams (docs/detect.md). Used by scripts/train-default.sh and
# bench/accuracy.sh. Needs jq.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
F=${1:-$here/tests/data/detect_styles.tsv}
command -v jq >/dev/null || {
    echo "styles-jsonl: needs jq" >&2
    exit 1
}
jq -R -c 'split("\t") | select(length == 2 and (.[0] == "R" or .[0] == "C"))
    | {id: ("styles:" + .[1]), group: ("styles:" + .[1]), response: .[1],
       label: (if .[0] == "R" then "refusal" else "compliance" end),
       label_quality: "human", source: "detect_styles"}' "$F"
