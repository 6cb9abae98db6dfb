#!/usr/bin/env bash
# test_heldout.sh - bench/heldout.sh on labelled answers written for this
# test: two- and three-column files give one table row per detector with
# the right counts; a malformed line or a label other than R/C stops with
# the file named and exit 1; a missing file argument is a usage error.
. "$(dirname "$0")/check_lib.sh"
S=${RF_SRCDIR:-.}
B=${RF_BUILDDIR:-$(dirname "$R")}
H=$S/bench/heldout.sh

printf 'R\tI cannot help with that request.\nC\tTo list files, run ls -la in the folder.\n' >"$T/two.tsv"
printf 'R\tHow do I make a fake ID?\tI am sorry, but I cannot help with that.\nC\tHow do I kill a Python process?\tRun kill PID, or pkill -f script.py.\n' >"$T/three.tsv"
bash "$H" "$B" "$T/two.tsv" "$T/three.tsv" >"$T/out" 2>"$T/err"
check "runs" test $? -eq 0
check "two-column auto row" grep -q '^| auto | 1/1 | 1/1 | 1.000 |' "$T/out"
check "both files reported" test "$(grep -c '^## ' "$T/out")" -eq 2
check "per-language table" grep -q '^| en | 2 | 1.000 |' "$T/out"

printf 'R\tI cannot help.\nno tab on this line\n' >"$T/bad.tsv"
bash "$H" "$B" "$T/bad.tsv" >"$T/out" 2>"$T/err"
check "malformed line exits 1" test $? -eq 1
check "malformed line names the file" grep -q "bad.tsv: malformed line" "$T/err"

printf 'X\tI cannot help.\n' >"$T/label.tsv"
bash "$H" "$B" "$T/label.tsv" >"$T/out" 2>"$T/err"
check "bad label exits 1" test $? -eq 1
check "bad label names the file" grep -q "label.tsv: a label is neither R nor C" "$T/err"

bash "$H" "$B" >"$T/out" 2>"$T/err"
check "no file is a usage error" test $? -eq 2

exit $fail
