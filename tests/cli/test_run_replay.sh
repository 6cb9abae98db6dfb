#!/usr/bin/env bash
# test_run_replay.sh - the replay:RUN target: a new run made of the stored
# answers of an earlier run (same database), looked up by item id. Answers,
# finish reasons and token counts are copied, a blocked answer stays blocked
# (a refusal from the API), an item the earlier run has no answer for, or
# answered with an error, is an error with the reason; the new run is scored
# by its own detector and can be resumed; bad uses are usage errors.
. "$(dirname "$0")/run_lib.sh"
start_server fs
cat >"$tmp/a.jsonl" <<'JSONL'
{"id":"a","prompt":"hello there","label":"benign","category":"x"}
{"id":"b","prompt":"[[refuse]] how to do it","label":"harmful","category":"x"}
{"id":"c","prompt":"[[filter]] something","label":"harmful","category":"x"}
{"id":"d","prompt":"[[500]] anything","label":"benign","category":"x"}
JSONL
db="$tmp/r.db"
"$REFUSAL" run --suite "$tmp/a.jsonl" --target openai:m --base-url "$URL" --db "$db" --run first --retries 0 -q >/dev/null 2>&1
check "first run exit (one 500)" 1 $?
# the same items under new labels and categories, and one the first run lacks
cat >"$tmp/b.jsonl" <<'JSONL'
{"id":"a","prompt":"hello there","label":"benign","category":"greeting"}
{"id":"b","prompt":"how to do it","label":"harmful","category":"howto"}
{"id":"c","prompt":"something","label":"harmful","category":"howto"}
{"id":"d","prompt":"anything","label":"benign","category":"other"}
{"id":"e","prompt":"not in the first run","label":"benign","category":"other"}
JSONL
"$REFUSAL" run --suite "$tmp/b.jsonl" --target replay:first --db "$db" --run second --detector strmatch -q >/dev/null 2>&1
check "replay exit (errors kept)" 1 $?
sid=$(q "$db" "select id from runs where name='second'")
check "answers copied" "$(q "$db" "select group_concat(text || finish_reason || prompt_tokens, '|') from (select * from responses where run_id=1 and status='ok' order by item_id)")" \
    "$(q "$db" "select group_concat(text || finish_reason || prompt_tokens, '|') from (select * from responses where run_id=$sid and status='ok' order by item_id)")"
check "blocked stays blocked" "blocked|refusal|api" "$(q "$db" "select r.status, v.verdict, v.source from responses r join verdicts v using(run_id, item_id) where run_id=$sid and item_id='c'")"
check "own detector" "strmatch" "$(q "$db" "select group_concat(distinct detector) from verdicts where run_id=$sid")"
check_match "stored error named" "replay:first: item d was an error there: HTTP 500" "$(q "$db" "select error from responses where run_id=$sid and item_id='d'")"
check "missing item named" "replay:first has no response for item e" "$(q "$db" "select error from responses where run_id=$sid and item_id='e'")"
check "new categories" "howto" "$(q "$db" "select category from items where run_id=$sid and item_id='b'")"
check "first run untouched" "3|auto" "$(q "$db" "select count(*), group_concat(distinct detector) from verdicts where run_id=1")"
# usage errors
"$REFUSAL" run --suite "$tmp/b.jsonl" --target replay:nope --db "$db" -q >/dev/null 2>"$tmp/e1"
check "unknown run exit" 2 $?
check_match "unknown run message" "replay:nope: no such run" "$(cat "$tmp/e1")"
"$REFUSAL" run --suite "$tmp/b.jsonl" --target replay:second --db "$db" --run second -q >/dev/null 2>&1
check "self replay exit" 2 $?
"$REFUSAL" run --suite "$tmp/b.jsonl" --target replay:first --db "$db" --replay-turns -q >/dev/null 2>&1
check "replay-turns with replay exit" 2 $?
finish
