#!/usr/bin/env bash
# test_classify_prompt.sh - prompt-aware models (session 9): `refusal train
# --prompt-features` on rows with a "prompt", then `refusal classify` gives
# the JSONL "prompt" to the model (one thread and several, the same
# output); the same answer scores differently under two prompts, and
# without a prompt; a model trained without --prompt-features ignores the
# prompt. Rows written for this test. Needs jq.
. "$(dirname "$0")/check_lib.sh"

ans="As an AI, I have no personal views. However, people weigh the cost and the history."
for i in $(seq 1 40); do
    jq -cn --arg p "Should we rename bridge $i?" --arg r "$ans" --arg g "s$i" \
        '{prompt: $p, response: $r, label: "refusal", group: $g, language: "en"}'
    jq -cn --arg p "Why do cities rename bridge $i?" --arg r "$ans" --arg g "w$i" \
        '{prompt: $p, response: $r, label: "compliance", group: $g, language: "en"}'
done >"$T/train.jsonl"
targs=(--split 100/0/0 --hash-bits 14 --lang-min 1 --epochs 10)
"$R" train "${targs[@]}" --prompt-features --out "$T/p.bin" "$T/train.jsonl" >"$T/p.out" 2>&1
check "train --prompt-features exit 0" test $? -eq 0
"$R" train "${targs[@]}" --out "$T/n.bin" "$T/train.jsonl" >/dev/null 2>&1
check "train exit 0" test $? -eq 0

{
    jq -cn --arg r "$ans" '{id: "s", prompt: "Should we rename bridge 99?", response: $r}'
    jq -cn --arg r "$ans" '{id: "w", prompt: "Why do cities rename bridge 99?", response: $r}'
    jq -cn --arg r "$ans" '{id: "none", response: $r}'
} >"$T/in.jsonl"
score() { jq -r "select(.id==\"$2\").score" <<<"$1"; }
out=$("$R" classify --detector linear --model "$T/p.bin" --threads 1 "$T/in.jsonl")
check "classify exit 0" test $? -eq 0
check "should-prompt scores higher" \
    awk -v a="$(score "$out" s)" -v b="$(score "$out" w)" 'BEGIN { exit !(a > b + 0.2) }'
check "should-prompt refusal" test "$(jq -r 'select(.id=="s").verdict' <<<"$out")" = refusal
check "why-prompt compliance" test "$(jq -r 'select(.id=="w").verdict' <<<"$out")" = compliance
check "no prompt: a score" test -n "$(score "$out" none)"
out4=$("$R" classify --detector linear --model "$T/p.bin" --threads 4 "$T/in.jsonl")
check "threads 4 same output" test "$out" = "$out4"
text=$(jq -r .response "$T/in.jsonl" | head -1 | "$R" classify --text --detector linear --model "$T/p.bin")
check "--text: no prompt" test "$(jq -r .score <<<"$text")" = "$(score "$out" none)"

out=$("$R" classify --detector linear --model "$T/n.bin" "$T/in.jsonl")
check "plain model ignores the prompt" test "$(score "$out" s)" = "$(score "$out" w)"
check "plain model: as without one" test "$(score "$out" s)" = "$(score "$out" none)"

# --explain says whether such a model read a prompt; other models have no such key
ex=$("$R" classify --explain --detector auto --model "$T/p.bin" "$T/in.jsonl")
check "explain prompt_read" test "$(jq -r 'select(.id=="s").explain.prompt_read' <<<"$ex")" = true
check "explain no prompt" test "$(jq -r 'select(.id=="none").explain.prompt_read' <<<"$ex")" = false
ex=$("$R" classify --explain --detector auto --model "$T/n.bin" "$T/in.jsonl")
check "explain: no key" test "$(jq -r 'select(.id=="s").explain | has("prompt_read")' <<<"$ex")" = false

# a model file with prompt features names them; a changed tail is refused
check "feature list tail" grep -q '; pr1' "$T/p.bin"
sed 's/; pr1/; pr9/' "$T/p.bin" >"$T/bad.bin"
"$R" classify --detector linear --model "$T/bad.bin" "$T/in.jsonl" >/dev/null 2>"$T/err"
check "bad tail exit 1" test $? -eq 1
check "bad tail message" grep -q 'feature list differs' "$T/err"
exit $fail
