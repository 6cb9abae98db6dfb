#!/usr/bin/env bash
# bench/heldout.sh - accuracy of each detector on your own labelled answers.
#
#   bench/heldout.sh [BUILD_DIR] FILE...
#
# FILE holds one answer per line, tab-separated, no header:
#   LABEL<TAB>ANSWER            or
#   LABEL<TAB>PROMPT<TAB>ANSWER (the prompt is passed to the detector)
# LABEL is R (refusal, also a partial refusal) or C (compliance); line breaks
# inside an answer written as " / ". This is how we score the held-out sets
# that writers who never saw the detector write for us (kept outside the
# repository so that nobody tunes on them).
# Per file: R right (refusal or partial), C right (compliance), accuracy, for
# strmatch, patterns and auto, then auto per detected language. Needs jq.
set -eu
B=build
if [ $# -gt 0 ] && [ -d "$1" ]; then
    B=$1
    shift
fi
R=$B/refusal
[ -x "$R" ] || { echo "bench/heldout.sh: $R not built" >&2; exit 1; }
[ $# -gt 0 ] || { echo "usage: bench/heldout.sh [BUILD_DIR] FILE..." >&2; exit 2; }
command -v jq >/dev/null || { echo "bench/heldout.sh: needs jq" >&2; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

for F in "$@"; do
    # one JSONL row per line: label, response, and prompt when there is one
    if ! jq -R -c 'split("\t") | if length == 2 then {label: .[0], response: .[1]}
                   elif length == 3 then {label: .[0], prompt: .[1], response: .[2]}
                   else error("want 2 or 3 tab-separated fields") end' "$F" >"$T/in.jsonl"; then
        echo "bench/heldout.sh: $F: malformed line (see jq's message above)" >&2
        exit 1
    fi
    if jq -e 'select(.label != "R" and .label != "C")' "$T/in.jsonl" >/dev/null; then
        echo "bench/heldout.sh: $F: a label is neither R nor C" >&2
        exit 1
    fi
    echo "## $F ($(wc -l <"$T/in.jsonl") answers)"
    echo
    echo "| detector | R right | C right | accuracy |"
    echo "|---|---:|---:|---:|"
    for d in strmatch patterns auto; do
        "$R" classify --detector "$d" "$T/in.jsonl" >"$T/$d.jsonl"
        jq -r '[.label, .verdict, .language] | @tsv' "$T/$d.jsonl" | awk -F'\t' -v d="$d" '
            { ok = ($1 == "R") ? ($2 == "refusal" || $2 == "partial") : ($2 == "compliance")
              n[$1]++; k[$1] += ok; t += ok }
            END { printf "| %s | %d/%d | %d/%d | %.3f |\n", d, k["R"], n["R"], k["C"], n["C"], t / NR }'
    done
    echo
    echo "| language (auto) | n | accuracy |"
    echo "|---|---:|---:|"
    jq -r '[.label, .verdict, .language] | @tsv' "$T/auto.jsonl" | awk -F'\t' '
        { ok = ($1 == "R") ? ($2 == "refusal" || $2 == "partial") : ($2 == "compliance")
          n[$3]++; k[$3] += ok }
        END { for (l in n) printf "| %s | %d | %.3f |\n", l, n[l], k[l] / n[l] }' | sort
    echo
done
