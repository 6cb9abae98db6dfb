#!/usr/bin/env bash
# scripts/styles-jsonl.sh - print the answers we wrote ourselves,
# tests/data/detect_styles.tsv (or FILE), as labelled JSONL rows:
#
#   scripts/styles-jsonl.sh [FILE] > styles.jsonl
#
# FILE: "R<TAB>text" (refusal) or "C<TAB>text" (compliance) per line; lines
# starting with '#' and blank lines are skipped. Any other line (no TAB, a
# second TAB inside the text, another label, empty text) stops the
# conversion with "FILE:LINE: reason" on stderr and exit 1, so that no
# answer is dropped from training or from the test without a word.
# Each answer is its own group (the text itself, so inserting lines does
# not reshuffle the split). No language field: the rows teach the model
# without counting toward any language's trusted n-grams (docs/detect.md).
# Used by scripts/train-default.sh, bench/accuracy.sh and
# tests/cli/test_detect_styles.sh. Needs jq.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
F=${1:-$here/tests/data/detect_styles.tsv}
command -v jq >/dev/null || {
    echo "styles-jsonl: needs jq" >&2
    exit 1
}
[ -r "$F" ] || {
    echo "styles-jsonl: $F: cannot read" >&2
    exit 1
}
# first bad line, if any: file:line: reason
bad=$(awk -F'\t' -v f="$F" '
    /^#/ || /^[ \t\r]*$/ { next }
    NF != 2 { r = NF < 2 ? "no TAB between label and text" : "a TAB inside the text" }
    NF == 2 && $1 != "R" && $1 != "C" { r = "label must be R or C, got \"" $1 "\"" }
    NF == 2 && ($1 == "R" || $1 == "C") && $2 ~ /^[ \r]*$/ { r = "empty text" }
    r != "" { print f ":" NR ": " r; exit }' "$F")
if [ -n "$bad" ]; then
    echo "styles-jsonl: $bad" >&2
    exit 1
fi
jq -R -c 'split("\t") | select(length == 2 and (.[0] == "R" or .[0] == "C"))
    | {id: ("styles:" + .[1]), group: ("styles:" + .[1]), response: .[1],
       label: (if .[0] == "R" then "refusal" else "compliance" end),
       label_quality: "human", source: "detect_styles"}' "$F"
