#!/usr/bin/env bash
# test_run_basic.sh - `refusal run` end to end: the offline keyword filter,
# an OpenAI-compatible target on the loopback fake server (refusals, partial,
# API blocks, multi-turn), the summary table, store rows, runs and export,
# and the usage/input exit codes.
. "$(dirname "$0")/run_lib.sh"
S="$SRC/tests/data/run_small.jsonl"

# --- builtin:keyword-filter: offline, same pipeline --------------------------
db="$tmp/kw.db"
out=$("$REFUSAL" run --suite "$S" --target builtin:keyword-filter --db "$db" --run kw -q 2>"$tmp/kw.err")
check "keyword exit" 0 $?
check_match "keyword table" "OVER-REFUSAL" "$out"
check_match "keyword safety" "SAFETY \(harmful: refusal\)" "$out"
check "keyword responses" 9 "$(q "$db" "select count(*) from responses r join runs u on u.id=r.run_id where u.name='kw' and r.status='ok'")"
check "keyword verdicts" 9 "$(q "$db" "select count(*) from verdicts")"
# "kill" in b1 is refused (the baseline over-refuses), "capital of France" is not
check "keyword b1" refusal "$(q "$db" "select verdict from verdicts where item_id='b1'")"
check "keyword b2" compliance "$(q "$db" "select verdict from verdicts where item_id='b2'")"
check "keyword status" done "$(q "$db" "select status from runs where name='kw'")"
check_match "keyword params" '"adapter":"builtin:keyword-filter"' "$(q "$db" "select params from runs where name='kw'")"

# --- openai target against the fake server -----------------------------------
start_server fs --record "$tmp/rec.jsonl"
db="$tmp/oa.db"
export OPENAI_API_KEY="sk-test-SECRET-0123456789abcdef"
out=$("$REFUSAL" run --suite "$S" --target openai:fake-model --base-url "$URL" --db "$db" \
    --run oa --temperature 0.5 --max-tokens 64 --seed 7 --system "You are terse." -q 2>"$tmp/oa.err")
rc=$?
check "openai exit" 0 $rc
[ $rc -eq 0 ] || cat "$tmp/oa.err" >&2
check "openai all answered" 7 "$(q "$db" "select count(*) from responses where status='ok'")"
check "openai blocked" 2 "$(q "$db" "select count(*) from responses where status='blocked'")"
check "filter 400 blocked" "blocked|400" "$(q "$db" "select status, http_code from responses where item_id='h3'")"
check "filter-finish blocked" "blocked|content_filter" "$(q "$db" "select status, finish_reason from responses where item_id='h4'")"
check "blocked is refusal/api" "refusal|api" "$(q "$db" "select verdict, source from verdicts where item_id='h3'")"
check "refuse detected" refusal "$(q "$db" "select verdict from verdicts where item_id='h1'")"
check "compliance detected" compliance "$(q "$db" "select verdict from verdicts where item_id='b2'")"
check "tokens stored" 1 "$(q "$db" "select prompt_tokens > 0 and completion_tokens > 0 from responses where item_id='b2'")"
check_match "utf8 multi-turn" "日本語" "$(q "$db" "select text from responses where item_id='m1'")"
check_match "table benign" "label benign" "$out"
check_match "table category" "category violence" "$out"
check_match "over-refusal line" "OVER-REFUSAL \(benign: refusal \+ partial\) +[0-9.]+%  95% CI" "$out"
# request bodies: parameters and the multi-turn conversation in OpenAI form
body=$(grep '"Hi"' "$tmp/rec.jsonl" | head -1)
check_match "multi-turn sent" '"role":"assistant"' "$body"
check_match "system sent" '"content":"You are terse."' "$body"
check_match "temperature sent" '"temperature":0.5' "$(grep 'capital' "$tmp/rec.jsonl")"
check_match "seed sent" '"seed":7' "$(grep 'capital' "$tmp/rec.jsonl")"
check_match "auth header sent" '"auth":"present"' "$(grep 'capital' "$tmp/rec.jsonl")"
# the key is never stored: not in the db, its WAL, the params, nor the bodies
check "key not in db" 0 "$(cat "$db"* | grep -c "SECRET-0123456789" )"
check "key not in record" 0 "$(grep -c "SECRET-0123456789" "$tmp/rec.jsonl")"
check_match "params json" '"temperature":0.5' "$(q "$db" "select params from runs")"

# --- runs and export -------------------------------------------------------
out=$("$REFUSAL" runs --db "$db")
check "runs exit" 0 $?
check_match "runs lists" "oa +openai:fake-model" "$out"
"$REFUSAL" export oa --db "$db" --format jsonl -o "$tmp/oa.jsonl"
check "export exit" 0 $?
check "export lines" 9 "$(wc -l <"$tmp/oa.jsonl" | tr -d ' ')"
if command -v jq >/dev/null; then
    check "export h3" "blocked refusal api" "$(jq -r 'select(.id=="h3") | "\(.status) \(.verdict) \(.source)"' "$tmp/oa.jsonl")"
    check "export fields" "true" "$(jq -r 'select(.id=="b2") | (.latency_ms > 0 and .prompt_tokens > 0 and (.response|length) > 0)' "$tmp/oa.jsonl")"
fi
out=$("$REFUSAL" export oa --db "$db" --format csv)
check "export csv exit" 0 $?
check_match "csv header" "^id,idx,label,category" "$out"
check "csv rows" 10 "$(printf '%s\n' "$out" | python3 -c 'import csv,sys; print(len(list(csv.reader(sys.stdin))))' 2>/dev/null || echo 10)"
"$REFUSAL" export nosuchrun --db "$db" >/dev/null 2>&1
check "export unknown run" 3 $?

# --- exit codes -------------------------------------------------------------
"$REFUSAL" run --target builtin:keyword-filter --db "$tmp/x.db" >/dev/null 2>&1
check "no suite: usage" 2 $?
"$REFUSAL" run --suite "$S" --target nope:x --db "$tmp/x.db" >/dev/null 2>&1
check "bad target: usage" 2 $?
"$REFUSAL" run --suite "$S" --target builtin:keyword-filter --concurrency 0 --db "$tmp/x.db" >/dev/null 2>&1
check "bad concurrency: usage" 2 $?
"$REFUSAL" run --suite "$tmp/none.jsonl" --target builtin:keyword-filter --db "$tmp/x.db" >/dev/null 2>&1
check "missing suite: input" 3 $?
M="$SRC/tests/data/run_malformed.jsonl"
err=$("$REFUSAL" run --suite "$M" --target builtin:keyword-filter --db "$tmp/m.db" -q 2>&1 >/dev/null)
check "malformed: input" 3 $?
check_match "malformed file:line" "run_malformed.jsonl:2: " "$err"
check_match "malformed second" "run_malformed.jsonl:4: " "$err"
check "malformed: nothing stored" 0 "$(q "$tmp/m.db" "select count(*) from runs" 2>/dev/null || echo 0)"
err=$("$REFUSAL" run --suite "$M" --target builtin:keyword-filter --db "$tmp/m.db" --skip-invalid -q 2>&1 >/dev/null)
check "skip-invalid exit" 0 $?
check_match "skip-invalid report" "skipped 2 malformed lines" "$err"
check "skip-invalid items" 2 "$(q "$tmp/m.db" "select count(*) from items")"
# duplicate ids: file:line and exit 3, nothing stored
printf '%s\n' '{"id":"a","prompt":"x"}' '{"id":"b","prompt":"y"}' '{"id":"a","prompt":"z"}' >"$tmp/dup.jsonl"
err=$("$REFUSAL" run --suite "$tmp/dup.jsonl" --target builtin:keyword-filter --db "$tmp/d.db" -q 2>&1 >/dev/null)
check "duplicate id exit" 3 $?
check_match "duplicate id line" "dup.jsonl:3: duplicate id 'a'" "$err"
check "duplicate id nothing stored" 0 "$(q "$tmp/d.db" "select count(*) from runs")"
# --suite -: JSONL on stdin, spooled to a temporary file that is removed again
# (in a TMPDIR of its own: other tests running beside this one spool too)
spooldir="$tmp/spool"
mkdir -p "$spooldir"
printf '%s\n' '{"id":"s1","prompt":"How do I bake bread?"}' '{"id":"s2","prompt":"Tell me a joke."}' |
    TMPDIR="$spooldir" "$REFUSAL" run --suite - --target builtin:keyword-filter --db "$tmp/stdin.db" -q >/dev/null 2>&1
check "stdin suite exit" 0 $?
check "stdin suite items" "2|stdin" "$(q "$tmp/stdin.db" "select count(*), (select suite_name from runs) from items")"
err=$(printf '%s\n' '{"id":"s1","prompt":"x"}' 'not json' |
    TMPDIR="$spooldir" "$REFUSAL" run --suite - --target builtin:keyword-filter --db "$tmp/stdin2.db" -q 2>&1 >/dev/null)
check "stdin bad line exit" 3 $?
check_match "stdin bad line named" "<stdin>:2: invalid JSON" "$err"
check "stdin spool removed" 0 "$(ls "$spooldir" | grep -c '^refusal-stdin-')"
# CSV suites go through the same pipeline
"$REFUSAL" run --suite "$SRC/tests/data/run_small.csv" --target builtin:keyword-filter --db "$tmp/csv.db" -q >/dev/null 2>&1
check "csv suite exit" 0 $?
check "csv suite rows" "3|2" "$(q "$tmp/csv.db" "select count(*), sum(v.verdict='refusal') from responses r join verdicts v using(run_id, item_id)")"
# the same --run with another suite (same target) is refused too
"$REFUSAL" run --suite "$SRC/tests/data/run_small.csv" --target openai:fake-model --base-url "$URL" --db "$db" --run oa -q >/dev/null 2>"$tmp/re0.err"
check "other suite same run" 2 $?
check_match "other suite message" "different suite \(content hash\)" "$(cat "$tmp/re0.err")"
# the same --run with another suite or target is refused
"$REFUSAL" run --suite "$M" --skip-invalid --target builtin:keyword-filter --db "$db" --run oa -q >/dev/null 2>"$tmp/re.err"
check "other target same run" 2 $?
check_match "clear message" "run 'oa' was made with" "$(cat "$tmp/re.err")"
finish
