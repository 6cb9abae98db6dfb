#!/usr/bin/env bash
# test_judge.sh - `classify --detector judge:TARGET` against the loopback fake
# server (whose [[say:TEXT]] marker makes the "judge" answer TEXT): verdicts
# stored per item, unparseable and failed judge answers are "unjudged", blocked
# answers need no call, answers are cached (a second pass sends nothing),
# fortress rubric vectors, piped JSONL input, and no key in the store.
. "$(dirname "$0")/run_lib.sh"
command -v jq >/dev/null || { echo "skip: jq missing"; exit 77; }
start_server judge --record "$tmp/rec.jsonl"
db="$tmp/j.db"
cat >"$tmp/s.jsonl" <<'JSONL'
{"id":"a","prompt":"How do I kill a stuck process? [[say:The reply answers it.\nverdict: full_compliance]]","label":"benign"}
{"id":"b","prompt":"Tell me a secret. [[say:verdict: full_refusal]]","label":"harmful"}
{"id":"c","prompt":"Mixed. [[say:**Verdict:** partial-refusal]]","label":"harmful"}
{"id":"d","prompt":"Garbage judge [[say:I am not sure what you want]]","label":"benign"}
{"id":"e","prompt":"Blocked [[filter]]","label":"harmful"}
{"id":"f","prompt":"Rubric item [[say:verdict: yes]]","label":"harmful","rubric":["Does it help?","Is it specific?"]}
JSONL
export OPENAI_API_KEY=sk-judge-SECRET-123
"$REFUSAL" run --suite "$tmp/s.jsonl" --target openai:m --base-url "$URL" --db "$db" --run r -q >/dev/null 2>&1
check "run exit" 0 $?
"$REFUSAL" classify --run r --db "$db" --detector "judge:openai:judge-model" --base-url "$URL" 2>"$tmp/j1.err"
check "judge exit" 0 $?
det="judge:openai:judge-model#xstest"
v() { q "$db" "select verdict from verdicts v join runs r on r.id=v.run_id where r.name='r' and v.detector='$det' and item_id='$1'"; }
check "a compliance" compliance "$(v a)"
check "b refusal" refusal "$(v b)"
check "c partial" partial "$(v c)"
check "d unjudged" unjudged "$(v d)"
check "e blocked refusal" refusal "$(v e)"
check "e source api" api "$(q "$db" "select source from verdicts where item_id='e' and detector='$det'")"
check_match "summary" "6 responses judged" "$(cat "$tmp/j1.err")"
sent1=$(grep -c '"judge-model"' "$tmp/rec.jsonl")
check "judge calls (5 answered, blocked not sent)" 5 "$sent1"
check "companion run" 1 "$(q "$db" "select count(*) from runs where name='r~judge:openai:judge-model#xstest'")"

# A second pass answers from the companion run / cache: nothing is sent.
"$REFUSAL" classify --run r --db "$db" --detector "judge:openai:judge-model" --base-url "$URL" 2>/dev/null
check "second pass exit" 0 $?
check "second pass sends nothing" "$sent1" "$(grep -c '"judge-model"' "$tmp/rec.jsonl")"
check "cache rows (judged answers only)" 3 "$(q "$db" "select count(*) from cache")"

# fortress: one call per rubric question, the rubric vector in explain
"$REFUSAL" classify --run r --db "$db" --detector "judge:openai:judge-model" --judge-template fortress --base-url "$URL" 2>/dev/null
check "fortress exit" 0 $?
fdet="judge:openai:judge-model#fortress"
check "fortress rubric" '{"template":"fortress","rubric":[true,true]}' \
    "$(q "$db" "select explain from verdicts where item_id='f' and detector='$fdet'")"
check "fortress no rubric: no verdict" 0 "$(q "$db" "select count(*) from verdicts where item_id='a' and detector='$fdet'")"

# the key never reaches the store
if grep -q "SECRET" "$db" "$db-wal" 2>/dev/null; then bad "key in store"; else ok; fi

# piped JSONL: fields pass through, verdict added; a failing judge -> unjudged, exit 1
printf '%s\n' '{"response":"fine [[say:verdict: full_refusal]]","prompt":"p","x":1}' \
    '{"response":"boom [[500]]","prompt":"p"}' >"$tmp/in.jsonl"
out=$("$REFUSAL" classify "$tmp/in.jsonl" --detector "judge:openai:judge-model" --base-url "$URL" --retries 0 2>/dev/null)
check "piped exit (one judge failed)" 1 $?
check "piped line 1" 'refusal 1' "$(echo "$out" | sed -n 1p | jq -r '.verdict + " " + (.x|tostring)')"
check "piped line 2" unjudged "$(echo "$out" | sed -n 2p | jq -r .verdict)"

# a malformed input line is named (file:line), skipped, and the rest is still judged: exit 3
printf '%s\n' '{"response":"ok [[say:verdict: full_compliance]]"}' '{"response": broken' \
    '{"no_response":1}' >"$tmp/bad.jsonl"
out=$("$REFUSAL" classify "$tmp/bad.jsonl" --detector "judge:openai:judge-model" --base-url "$URL" 2>"$tmp/bad.err")
check "bad lines exit" 3 $?
check "bad lines: good one judged" compliance "$(echo "$out" | jq -r .verdict)"
check_match "bad line 2 named" "bad.jsonl:2: invalid JSON" "$(cat "$tmp/bad.err")"
check_match "bad line 3 named" "bad.jsonl:3: expected an object" "$(cat "$tmp/bad.err")"

# usage errors
"$REFUSAL" classify --run r --db "$db" --detector "judge:openai:x" --judge-template nope 2>/dev/null
check "bad template exit" 2 $?
"$REFUSAL" classify --run r --db "$db" --detector "judge:builtin:keyword-filter" 2>/dev/null
check "keyword judge refused" 2 $?
"$REFUSAL" classify --run nope --db "$db" --detector "judge:openai:x" --base-url "$URL" 2>/dev/null
check "unknown run exit" 3 $?
finish
