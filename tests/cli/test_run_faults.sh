#!/usr/bin/env bash
# test_run_faults.sh - retries and failures: 429 with Retry-After, 500 then
# success, 500 until the retries run out (an error row with status and body
# excerpt, exit 1), malformed JSON, truncated bodies, a hanging server
# (timeout), and a rerun that retries only the failed items.
. "$(dirname "$0")/run_lib.sh"
S="$SRC/tests/data/run_faults.jsonl"
start_server fs --record "$tmp/rec.jsonl"
db="$tmp/f.db"
export OPENAI_API_KEY="sk-test-FAULTKEY-987654321"

t0=$(date +%s.%N)
"$REFUSAL" run --suite "$S" --target openai:m --base-url "$URL" --db "$db" --run f \
    --retries 2 --timeout 5 -q >"$tmp/out" 2>"$tmp/err"
rc=$?
t1=$(date +%s.%N)
check "errors exit 1" 1 $rc
check "429 retried" "ok|3|200" "$(q "$db" "select status, attempts, http_code from responses where item_id='r429'")"
check "429 honoured Retry-After" 1 "$(python3 -c "print(int($t1 - $t0 >= 2.0))")"
check "500 once then ok" "ok|2" "$(q "$db" "select status, attempts from responses where item_id='r500'")"
check "500 exhausted" "error|500|3" "$(q "$db" "select status, http_code, attempts from responses where item_id='e500'")"
check_match "500 body excerpt" "HTTP 500.*body: .*error" "$(q "$db" "select error from responses where item_id='e500'")"
check "500 has no verdict" 0 "$(q "$db" "select count(*) from verdicts where item_id='e500'")"
check "malformed is error" "error|200" "$(q "$db" "select status, http_code from responses where item_id='emal'")"
check_match "malformed message" "malformed JSON" "$(q "$db" "select error from responses where item_id='emal'")"
check "truncate is error" "error|3" "$(q "$db" "select status, attempts from responses where item_id='etru'")"
check "errors counted" 3 "$(q "$db" "select count(*) from responses where status='error'")"
check "run status" errors "$(q "$db" "select status from runs where name='f'")"
check_match "table errors" "errors: 3 items failed after all retries" "$(cat "$tmp/out")"
check "key not stored" 0 "$(cat "$db"* | grep -c FAULTKEY)"
check "key not recorded" 0 "$(grep -c FAULTKEY "$tmp/rec.jsonl")"
n_before=$(grep -c . "$tmp/rec.jsonl")

# a rerun sends only the failed items again (and they fail again)
"$REFUSAL" run --suite "$S" --target openai:m --base-url "$URL" --db "$db" --run f \
    --retries 0 -q >/dev/null 2>"$tmp/err2"
check "rerun exit" 1 $?
check_match "rerun resumes" "resuming run f \(3 of 6 answered, 3 errors\)" "$(cat "$tmp/err2")"
check "rerun sent only errors" 3 "$(($(grep -c . "$tmp/rec.jsonl") - n_before))"
check "no duplicates" 6 "$(q "$db" "select count(*) from responses")"

# a hanging server: the per-request timeout turns into an error row
printf '%s\n' '{"id":"h","prompt":"[[hang]] wait","label":"benign"}' '{"id":"g","prompt":"fine","label":"benign"}' >"$tmp/hang.jsonl"
t0=$(date +%s)
"$REFUSAL" run --suite "$tmp/hang.jsonl" --target openai:m --base-url "$URL" --db "$tmp/h.db" \
    --timeout 1 --retries 1 -q >/dev/null 2>&1
check "hang exit" 1 $?
check "hang bounded" 1 "$(( $(date +%s) - t0 <= 30 ))" # a real hang never ends
check_match "hang is timeout error" "error\|0?\|2\|.*[Tt]imed? ?out" "$(q "$tmp/h.db" "select status, http_code, attempts, error from responses where item_id='h'")"
check "other item fine" ok "$(q "$tmp/h.db" "select status from responses where item_id='g'")"

# connection refused: error after retries, not a verdict
"$REFUSAL" run --suite "$tmp/hang.jsonl" --target openai:m --base-url "http://127.0.0.1:1/v1" \
    --db "$tmp/c.db" --retries 1 -q >/dev/null 2>&1
check "refused exit" 1 $?
check "refused rows" "2|0" "$(q "$tmp/c.db" "select count(*), (select count(*) from verdicts) from responses where status='error'")"
# --rpm: 120/min = 2/s with a burst of 2, so 6 items take at least 2 s (the
# upper bound only catches a pacer that waits far too long: a loaded machine
# under ASan took over 5 s)
python3 -c 'import json
for i in range(6): print(json.dumps({"id": "r%d" % i, "prompt": "rate %d" % i}))' >"$tmp/rpm.jsonl"
t0=$(date +%s.%N)
"$REFUSAL" run --suite "$tmp/rpm.jsonl" --target openai:m --base-url "$URL" --db "$tmp/r.db" --rpm 120 -q >/dev/null 2>&1
check "rpm exit" 0 $?
t1=$(date +%s.%N)
check "rpm paced" 1 "$(python3 -c "print(int(1.9 <= $t1 - $t0 <= 30))")"
finish
