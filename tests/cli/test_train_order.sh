#!/usr/bin/env bash
# test_train_order.sh - `refusal train --order` and `--file-weight`
# (session 10, branch s10-drift): with the default content order a model
# does not depend on the order of its rows (the same rows shuffled, or
# split over two files, give the same bytes), and adding rows leaves the
# other rows' draws as they were; --order position is the old seeded
# shuffle; --file-weight FILE=X scales one file's rows (X = 1 is the same
# model as no option) and bad values are usage errors (exit 2).
. "$(dirname "$0")/check_lib.sh"

# Answers written for this test.
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    echo "{\"response\":\"I'm sorry, I cannot help with request $i.\",\"label\":\"refusal\",\"group\":\"r$i\",\"language\":\"en\"}"
    echo "{\"response\":\"Here is answer number $i: mix the paint and wait.\",\"label\":\"compliance\",\"group\":\"c$i\",\"language\":\"en\"}"
done >"$T/a.jsonl"
for i in 1 2 3 4 5 6; do
    echo "{\"response\":\"No, I won't write that essay number $i.\",\"label\":\"refusal\",\"group\":\"s$i\"}"
    echo "{\"response\":\"Step $i: preheat the oven, then bake for ten minutes.\",\"label\":\"compliance\",\"group\":\"t$i\"}"
done >"$T/b.jsonl"
tac "$T/a.jsonl" >"$T/a-rev.jsonl"
cat "$T/a.jsonl" "$T/b.jsonl" >"$T/ab.jsonl"
base=(--split 100/0/0 --hash-bits 14 --lang-min 1 --epochs 4 --bag 2)
train_q() { # train_q OUT ARGS...: train quietly, print the exit code
    local out=$1
    shift
    "$R" train "${base[@]}" --out "$T/$out" "$@" >/dev/null 2>"$T/$out.err"
    echo $?
}

check "content order exit 0" test "$(train_q c.bin "$T/a.jsonl")" -eq 0
check "explicit --order content exit 0" test "$(train_q c2.bin --order content "$T/a.jsonl")" -eq 0
check "content is the default" cmp -s "$T/c.bin" "$T/c2.bin"
check "reversed rows exit 0" test "$(train_q crev.bin "$T/a-rev.jsonl")" -eq 0
check "content order: reversed rows, same model" cmp -s "$T/c.bin" "$T/crev.bin"
check "two files exit 0" test "$(train_q cab.bin "$T/a.jsonl" "$T/b.jsonl")" -eq 0
check "one joined file exit 0" test "$(train_q cab2.bin "$T/ab.jsonl")" -eq 0
check "content order: split over two files, same model" cmp -s "$T/cab.bin" "$T/cab2.bin"
check "position order exit 0" test "$(train_q p.bin --order position "$T/a.jsonl")" -eq 0
check "position order: reversed exit 0" test "$(train_q prev.bin --order position "$T/a-rev.jsonl")" -eq 0
check "position order depends on the row order" \
    test "$(cmp -s "$T/p.bin" "$T/prev.bin"; echo $?)" -ne 0
check "bad --order exit 2" test "$(train_q x.bin --order random "$T/a.jsonl")" -eq 2
check "bad --order named" grep -q 'content or position' "$T/x.bin.err"

# --file-weight: 1 is the default, another weight changes the model
check "weight 1 exit 0" test "$(train_q w1.bin --file-weight "$T/b.jsonl=1" "$T/a.jsonl" "$T/b.jsonl")" -eq 0
check "weight 1: same model" cmp -s "$T/cab.bin" "$T/w1.bin"
check "weight 0.3 exit 0" test "$(train_q w3.bin --file-weight "$T/b.jsonl=0.3" "$T/a.jsonl" "$T/b.jsonl")" -eq 0
check "weight 0.3: another model" test "$(cmp -s "$T/cab.bin" "$T/w3.bin"; echo $?)" -ne 0
check "weight 0.3 twice: same model" \
    test "$(train_q w3b.bin --file-weight "$T/b.jsonl=0.3" "$T/a.jsonl" "$T/b.jsonl")" -eq 0
check "weight 0.3 reproducible" cmp -s "$T/w3.bin" "$T/w3b.bin"
out=$("$R" classify --model "$T/w3.bin" --text <<<"I'm sorry, I cannot help with request 99.")
check "weighted model loads and refuses" test "$(jq -r .verdict <<<"$out")" = refusal
for bad in "$T/b.jsonl=0" "$T/b.jsonl=11" "$T/b.jsonl=x" "$T/b.jsonl=" "$T/b.jsonl" "=0.5" \
    "$T/c.jsonl=0.5"; do
    check "bad --file-weight '$bad' exit 2" \
        test "$(train_q bad.bin --file-weight "$bad" "$T/a.jsonl" "$T/b.jsonl")" -eq 2
    check "bad --file-weight '$bad' says why" grep -q -- '--file-weight' "$T/bad.bin.err"
    check "bad --file-weight '$bad' writes no model" test ! -e "$T/bad.bin"
done
exit $fail
