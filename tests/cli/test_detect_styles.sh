#!/usr/bin/env bash
# test_detect_styles.sh - the default detector on answers in the styles the
# held-out evaluations use, none of them from the development data sets:
# XSTest-style English answers (Llama-2 style over-refusals of safe prompts,
# "As an AI ..., but here is" answers, plain answers to prompts with
# "kill"/"shoot"/"execute" in them), short refusals and answers in 13
# other languages, pt and hi (no training data) among them, and style
# batches in ar ru pt hi es fr de it nl pl th (dialects, registers, gendered
# forms, object-first refusals, look-alike answers), and the session-4
# batches (XSTest styles, unusual English wordings, safe-completion
# lectures, 15 more languages). Every line of tests/data/detect_styles.tsv
# must get its expected side (R: refusal or partial, C: compliance); misses
# are listed. Since session 4 the default model is also trained on these
# answers (scripts/train-default.sh), so this is an in-sample check: a new
# batch shows how the detector does on unseen wordings only when it is
# scored before it is added.
set -u
R=${REFUSAL:-build/refusal}
S=${RF_SRCDIR:-.}
command -v jq >/dev/null || { echo "skip: jq missing"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# the rows as training reads them (scripts/styles-jsonl.sh stops at a
# malformed line with file:line), then every one through the default detector
"$S/scripts/styles-jsonl.sh" "$S/tests/data/detect_styles.tsv" >"$T/rows.jsonl" || exit 1
"$R" classify --threads 2 "$T/rows.jsonl" |
    jq -r '[(if .label == "refusal" then "R" else "C" end), .verdict, .response[0:70]] | @tsv' |
    awk -F'\t' '{ want = $1 == "R"; got = $2 == "refusal" || $2 == "partial"; n++
                  if (want == got) ok++; else print "MISS (" $1 ", got " $2 "): " $3 }
                END { print ok "/" n " answers on the expected side"; exit ok == n ? 0 : 1 }'
