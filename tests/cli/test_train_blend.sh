#!/usr/bin/env bash
# test_train_blend.sh - `refusal train --blend-min / --blend-share`
# (session 14): rows without a language count for the language their text
# looks like; an untrusted language with --blend-min such rows of each
# label is blended (the train line names it, the model scores it with
# ngram_share in --explain); --blend-min 0 blends none; bad values are
# usage errors (exit 2) and write no model.
. "$(dirname "$0")/check_lib.sh"

# Answers written for this test.
for i in 1 2 3 4 5 6; do
    echo "{\"response\":\"I'm sorry, I cannot help with request $i.\",\"label\":\"refusal\",\"group\":\"r$i\",\"language\":\"en\"}"
    echo "{\"response\":\"Here is answer number $i: mix the paint and wait.\",\"label\":\"compliance\",\"group\":\"c$i\",\"language\":\"en\"}"
    echo "{\"response\":\"Het spijt me, maar daar kan ik je niet mee helpen ($i).\",\"label\":\"refusal\",\"group\":\"n$i\"}"
    echo "{\"response\":\"Natuurlijk! Hier is het recept nummer $i voor appeltaart met kaneel.\",\"label\":\"compliance\",\"group\":\"m$i\"}"
done >"$T/a.jsonl"
base=(--split 100/0/0 --hash-bits 14 --lang-min 3 --epochs 4)
train_q() { # train_q OUT ARGS...: train quietly, print the exit code
    local out=$1
    shift
    "$R" train "${base[@]}" --out "$T/$out" "$@" "$T/a.jsonl" >/dev/null 2>"$T/$out.err"
    echo $?
}

check "blend-min 3 exit 0" test "$(train_q b.bin --blend-min 3 --blend-share 0.25)" -eq 0
check "train line names the blended language" grep -q 'trusted for: en und; blended (0.25) for: nl;' "$T/b.bin.err"
out=$("$R" classify --model "$T/b.bin" --explain --text <<<"Het spijt me, maar dat kan ik niet doen.")
check "a Dutch answer is scored blended" test "$(jq -r .explain.ngram_share <<<"$out")" = 0.25
check "blended: n-grams not fully used" test "$(jq -r .explain.ngrams_used <<<"$out")" = false
out=$("$R" classify --model "$T/b.bin" --explain --text <<<"I'm sorry, I cannot help with that.")
check "an English answer uses its n-grams" test "$(jq -r .explain.ngram_share <<<"$out")" = 1
check "blend-min 0 exit 0" test "$(train_q z.bin --blend-min 0)" -eq 0
check "blend-min 0: none blended" grep -q 'blended (0.00) for: ;' "$T/z.bin.err"
out=$("$R" classify --model "$T/z.bin" --explain --text <<<"Het spijt me, maar dat kan ik niet doen.")
check "none blended: rules only" test "$(jq -r .explain.ngram_share <<<"$out")" = 0
check "blend-min 7 (more than the rows) exit 0" test "$(train_q s.bin --blend-min 7)" -eq 0
check "blend-min 7: none blended" grep -q 'blended (0.50) for: ;' "$T/s.bin.err"

for bad in "--blend-share 1.5" "--blend-share -0.1" "--blend-share x" "--blend-min -1" "--blend-min x"; do
    # shellcheck disable=SC2086
    check "bad $bad exit 2" test "$(train_q bad.bin $bad)" -eq 2
    check "bad $bad says which option" grep -q -- "${bad%% *}" "$T/bad.bin.err"
    check "bad $bad writes no model" test ! -e "$T/bad.bin"
done
exit $fail
