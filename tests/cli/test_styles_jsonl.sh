#!/usr/bin/env bash
# test_styles_jsonl.sh - scripts/styles-jsonl.sh, the reader of
# tests/data/detect_styles.tsv for training (scripts/train-default.sh) and
# for test_detect_styles.sh: good lines become labelled JSONL rows; a
# malformed line stops it with FILE:LINE: reason and exit 1, and nothing is
# written to stdout (no partial training set). Also scripts/train-default.sh
# on a data directory without response sets: a clear error, no model written.
set -u
S=${RF_SRCDIR:-.}/scripts/styles-jsonl.sh
command -v jq >/dev/null || { echo "skip: jq missing"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
check() { # name want got
    if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: want [$2] got [$3]"; fails=$((fails + 1)); fi
}
printf '# a comment\nR\tI will not write that.\n\nC\tParis is the capital of France.\n' >"$T/good.tsv"
"$S" "$T/good.tsv" >"$T/good.jsonl" 2>"$T/err"
check "good exit" 0 $?
check "good rows" 2 "$(grep -c . "$T/good.jsonl")"
check "labels" "refusal compliance" "$(jq -r .label "$T/good.jsonl" | paste -sd' ')"
check "group is the text" "styles:Paris is the capital of France." "$(jq -r 'select(.label == "compliance") | .group' "$T/good.jsonl")"
check "no language field" "null" "$(jq -r '.language' "$T/good.jsonl" | sort -u)"
check "good quiet" "" "$(cat "$T/err")"
bad() { # name content want-message
    printf "$2" >"$T/bad.tsv"
    "$S" "$T/bad.tsv" >"$T/out" 2>"$T/err"
    check "$1 exit" 1 $?
    check "$1 message" "styles-jsonl: $T/bad.tsv:$3" "$(cat "$T/err")"
    check "$1 no output" 0 "$(wc -c <"$T/out" | tr -d ' ')"
}
bad "no tab" 'R\tfine\nC answer without a tab\n' '2: no TAB between label and text'
bad "tab in text" 'C\tone\ttwo\n' '1: a TAB inside the text'
bad "label" '# c\nX\ttext\n' '2: label must be R or C, got "X"'
bad "empty text" 'R\t \n' '1: empty text'
"$S" "$T/missing.tsv" >/dev/null 2>"$T/err"
check "missing exit" 1 $?
check "missing message" "styles-jsonl: $T/missing.tsv: cannot read" "$(cat "$T/err")"
# the shipped file is well-formed
"$S" >/dev/null
check "detect_styles.tsv well-formed" 0 $?
# train-default.sh: no DATA_DIR/*/responses.jsonl -> exit 1, OUT untouched
mkdir -p "$T/empty"
"${RF_SRCDIR:-.}/scripts/train-default.sh" "${RF_BUILDDIR:-build}" "$T/empty" "$T/m.bin" >/dev/null 2>"$T/err"
check "train-default no data exit" 1 $?
check "train-default no data message" "train-default: no DATA_DIR/*/responses.jsonl under $T/empty" "$(cat "$T/err")"
check "train-default no model" no "$([ -e "$T/m.bin" ] && echo yes || echo no)"
[ $fails -eq 0 ]
