#!/usr/bin/env bash
# test_classify_json.sh - `refusal classify` JSONL reading: the one-pass
# scanner for common lines and the jansson fallback for unusual ones must
# give the same values, the same pass-through bytes and the same errors.
# Lines written for this test. Needs jq.
. "$(dirname "$0")/check_lib.sh"

cat >"$T/in.jsonl" <<'EOF'
{"id":"esc","response":"I can\u2019t help with that.\nSorry \"friend\" \ud83d\ude00 \/"}
{"id":"dup","response":"x","meta":{"a":1,"a":2}}
{"id":"sur","response":"bad \ud800 lone"}
{"id":"big","response":"x","n":123456789012345678901234}
{"id":"key","resp\u006fnse":"I'm sorry, but I cannot assist with that."}
{"id":"num","response":"Sure, here you go.","n":1.5e3,"m":[-0,0.25,true,null,{}]}
{"id":"sp" , "response" : "Sure, here you go." }
{"id":"lang","response":"Sure, here you go.","language":"de"}
{"id":"nul","response":"Sure \u0000 here","prompt":"p\u0000q"}
{"id":"trail","response":"x"} x
{"id":"ctl","response":"tab	raw"}
{"id":"old","response":"x","verdict":"old"}
EOF
printf '{"id":"utf","response":"bad \xff"}\n' >>"$T/in.jsonl"

out=$("$R" classify "$T/in.jsonl" 2>"$T/err")
rc=$?
check "exit 3 (bad lines)" test $rc -eq 3
check "7 good lines" test "$(printf '%s\n' "$out" | wc -l)" -eq 7
check "every line is JSON" test "$(jq -s length <<<"$out")" -eq 7
check "escapes decoded: refusal" test "$(jq -r 'select(.id=="esc").verdict' <<<"$out")" = refusal
check "escapes kept as they were" grep -qF '"response":"I can\u2019t help with that.\nSorry \"friend\" \ud83d\ude00 \/","verdict"' <<<"$out"
check "escaped key via jansson" test "$(jq -r 'select(.id=="key").verdict' <<<"$out")" = refusal
check "numbers pass through" grep -qF '"n":1.5e3,"m":[-0,0.25,true,null,{}],"verdict"' <<<"$out"
check "spaces pass through" grep -qF '{"id":"sp" , "response" : "Sure, here you go." ,"verdict":"compliance"' <<<"$out"
check "given language not repeated" test "$(grep -c '"language"' <<<"$(grep '"id":"lang"' <<<"$out")")" -eq 1
check "NUL escape accepted" test "$(jq -r 'select(.id=="nul").verdict' <<<"$out")" = compliance
check "existing keys replaced" test "$(jq -r 'select(.id=="old").verdict' <<<"$out")" = compliance
check "duplicate key" grep -q ':2: duplicate object key' "$T/err"
check "lone surrogate" grep -q ":3: invalid Unicode '\\\\uD800'" "$T/err"
check "big integer" grep -q ':4: too big integer' "$T/err"
check "trailing garbage" grep -q ':10: end of file expected' "$T/err"
check "raw control character" grep -q ':11: control character' "$T/err"
check "invalid UTF-8" grep -q ':13: unable to decode byte 0xff' "$T/err"
check "6 errors" test "$(wc -l <"$T/err")" -eq 6

tsv=$(printf '{"id":"t\\u0041b","response":"x"}\n' | "$R" classify --format tsv)
check "tsv id decoded" test "$(printf '%s\n' "$tsv" | sed -n 2p | cut -f2)" = tAb

exit $fail
