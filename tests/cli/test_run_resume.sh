#!/usr/bin/env bash
# test_run_resume.sh - interruption and resumption: SIGINT stops sending,
# commits what was answered and exits 130; SIGKILL at any moment loses nothing
# committed and leaves no response without its item; rerunning the same
# command (no --run needed) sends only what is missing, without duplicates.
. "$(dirname "$0")/run_lib.sh"
start_server slow --latency-ms 100 --record "$tmp/rec.jsonl"
python3 - "$tmp/s.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(300):
        f.write(json.dumps({"id": "q%03d" % i, "prompt": "question %d" % i,
                            "label": "benign" if i % 2 else "harmful", "category": "c%d" % (i % 3)}) + "\n")
PY
# Wait until the run has committed some responses (polling, not a fixed
# sleep, so that a loaded machine cannot make the test flaky).
wait_rows() {
    local db=$1 i
    for i in $(seq 300); do
        [ "$(sqlite3 "$db" "select count(*) from responses" 2>/dev/null || echo 0)" -ge 10 ] 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}
args=(run --suite "$tmp/s.jsonl" --target openai:m --base-url "$URL" -j 8 -q)

# --- SIGINT ---------------------------------------------------------------------
db="$tmp/int.db"
"$REFUSAL" "${args[@]}" --db "$db" >"$tmp/int.out" 2>"$tmp/int.err" &
pid=$!
wait_rows "$db"
kill -INT $pid
wait $pid
check "sigint exit 130" 130 $?
n=$(q "$db" "select count(*) from responses")
check "sigint stored some" 1 "$(( n > 0 && n < 300 ))"
check "sigint status" interrupted "$(q "$db" "select status from runs")"
check "sigint no errors" 0 "$(q "$db" "select count(*) from responses where status='error'")"
check_match "sigint table" "not yet answered" "$(cat "$tmp/int.out")"
sent_before=$(grep -c . "$tmp/rec.jsonl")
"$REFUSAL" "${args[@]}" --db "$db" >/dev/null 2>"$tmp/int2.err"
check "resume exit" 0 $?
check_match "resume message" "resuming run" "$(cat "$tmp/int2.err")"
check "resume one run" 1 "$(q "$db" "select count(*) from runs")"
check "resume complete" 300 "$(q "$db" "select count(*) from responses where status='ok'")"
check "resume verdicts" 300 "$(q "$db" "select count(*) from verdicts")"
check "resume status" done "$(q "$db" "select status from runs")"
sent=$(( $(grep -c . "$tmp/rec.jsonl") - sent_before ))
# only the missing items were sent again (plus those in flight at the interrupt)
check "resume sent only missing" 1 "$(( sent >= 300 - n && sent <= 300 - n + 8 ))"

# --- SIGKILL ---------------------------------------------------------------------
db="$tmp/kill.db"
"$REFUSAL" "${args[@]}" --db "$db" --run k >/dev/null 2>&1 &
pid=$!
wait_rows "$db"
kill -KILL $pid
wait $pid 2>/dev/null
n=$(q "$db" "select count(*) from responses")
check "sigkill kept committed rows" 1 "$(( n > 0 && n < 300 ))"
check "sigkill integrity" ok "$(q "$db" "pragma integrity_check")"
check "sigkill items intact" 300 "$(q "$db" "select count(*) from items")"
check "no orphan responses" 0 "$(q "$db" "select count(*) from responses r left join items i using(run_id, item_id) where i.item_id is null")"
check "no orphan verdicts" 0 "$(q "$db" "select count(*) from verdicts v left join responses r using(run_id, item_id) where r.item_id is null")"
check "every response has its verdict" "$n" "$(q "$db" "select count(*) from verdicts")"
"$REFUSAL" "${args[@]}" --db "$db" --run k >/dev/null 2>&1
check "rerun after kill exit" 0 $?
check "rerun after kill complete" "300|300" "$(q "$db" "select count(*), count(distinct item_id) from responses")"
check "rerun after kill verdicts" 300 "$(q "$db" "select count(*) from verdicts")"

# --- SIGKILL while the run is being created ----------------------------------------
python3 - "$tmp/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(50000):
        f.write(json.dumps({"id": "b%d" % i, "prompt": "p %d" % i}) + "\n")
PY
db="$tmp/create.db"
"$REFUSAL" run --suite "$tmp/big.jsonl" --target builtin:keyword-filter --db "$db" --run c -q >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -KILL $pid 2>/dev/null
wait $pid 2>/dev/null
items=$(q "$db" "select count(*) from items" 2>/dev/null || echo 0)
runs=$(q "$db" "select count(*) from runs" 2>/dev/null || echo 0)
# either nothing or the whole run with all its items
check "create is atomic" 1 "$(( (runs == 0 && items == 0) || (runs == 1 && items == 50000) ))"
finish
