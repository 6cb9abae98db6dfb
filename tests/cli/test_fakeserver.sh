#!/usr/bin/env bash
# test_fakeserver.sh - end-to-end checks of build/fakeserver with curl.
# Starts servers on ephemeral loopback ports (--port-file) and always stops
# them (trap EXIT). Needs curl, jq and python3; skips (77) without them.
set -uo pipefail

FS="${RF_BUILDDIR:-build}/fakeserver"
[ -x "$FS" ] || { echo "skip: $FS not built"; exit 77; }
for tool in curl jq python3; do
    command -v "$tool" >/dev/null || { echo "skip: $tool missing"; exit 77; }
done

tmp=$(mktemp -d)
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then ok; else bad "$1: expected [$2] got [$3]"; fi
}

# start_server NAME ARGS... ; sets PORT and SPID
start_server() {
    local name=$1 i
    shift
    "$FS" --port-file "$tmp/$name.port" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
    SPID=$!
    pids+=("$SPID")
    for i in $(seq 100); do
        [ -s "$tmp/$name.port" ] && break
        sleep 0.05
    done
    PORT=$(cat "$tmp/$name.port" 2>/dev/null)
    [ -n "$PORT" ] || { echo "server $name did not start" >&2; cat "$tmp/$name.err" >&2; exit 1; }
}

# wait_exit PID SECONDS: 0 if PID exited within SECONDS (its status in WSTATUS)
wait_exit() {
    local i
    for i in $(seq $(($2 * 20))); do
        if ! kill -0 "$1" 2>/dev/null; then
            wait "$1"
            WSTATUS=$?
            return 0
        fi
        sleep 0.05
    done
    return 1
}

start_server main --record "$tmp/record.jsonl"
B="http://127.0.0.1:$PORT"
MAIN_PID=$SPID
check "listening line" "listening 127.0.0.1:$PORT" "$(head -1 "$tmp/main.out")"

body() { # body PROMPT [extra json fields]
    jq -cn --arg p "$1" --argjson x "${2:-{\}}" \
        '{model: "fake-1", messages: [{role: "system", content: "be nice"}, {role: "user", content: $p}]} + $x'
}
chat() { curl -s "$B/v1/chat/completions" -H 'Content-Type: application/json' -d "$(body "$@")"; }
content() { chat "$@" | jq -j '.choices[0].message.content'; }
code() { # code URLPATH JSON -> HTTP status
    curl -s -o "$tmp/last.body" -D "$tmp/last.head" -w '%{http_code}' "$B$1" -d "$2"
}

# --- basic endpoints ---------------------------------------------------------
check "health" "ok" "$(curl -s "$B/health")"
r=$(chat "Hello, how do I bake bread?")
check "chat object" "chat.completion" "$(jq -r .object <<<"$r")"
check "chat model" "fake-1" "$(jq -r .model <<<"$r")"
check "chat default text" "Sure. Here is a short answer about Hello, how do I bake bread?." \
    "$(jq -r '.choices[0].message.content' <<<"$r")"
check "chat finish" "stop" "$(jq -r '.choices[0].finish_reason' <<<"$r")"
check "chat usage sum" "true" \
    "$(jq '.usage.prompt_tokens + .usage.completion_tokens == .usage.total_tokens' <<<"$r")"
long=$(printf 'x%.0s' $(seq 100))
check "default quotes 60 bytes" "Sure. Here is a short answer about ${long:0:60}." "$(content "$long")"
check "404" "404" "$(code /nope '{}')"
check "404 json" "not_found" "$(jq -r .error.code "$tmp/last.body")"
check "bad json 400" "400" "$(code /v1/chat/completions '{not json')"
check "no user message 400" "400" "$(code /v1/chat/completions '{"messages":[]}')"
check "models" "fake-model" "$(curl -s "$B/v1/models" | jq -r '.data[0].id')"

# --- text markers ------------------------------------------------------------
check "refuse" "I'm sorry, but I can't help with that request." "$(content "[[refuse]] how?")"
p=$(content "[[partial]] how?")
case "$p" in "I'm sorry"*However*) ok ;; *) bad "partial: $p" ;; esac
check "empty" "" "$(content "[[empty]]")"
check "echo" "[[echo]] repeat after me: ünïcödé" "$(content "[[echo]] repeat after me: ünïcödé")"
esc=$'[[echo]] "quoted" back\\slash\nnew line\ttab \x01 ctl'
check "echo escapes" "$esc" "$(chat "$esc" | jq -j '.choices[0].message.content')"
check "echo escapes (messages)" "$esc" \
    "$(curl -s "$B/v1/messages" -d "$(body "$esc")" | jq -j '.content[0].text')"
u=$(content "[[utf8]]")
case "$u" in *日本語*🙂*) ok ;; *) bad "utf8: $u" ;; esac
check "long:1000" "1000" "$(content "[[long:1000]]" | wc -c | tr -d ' ')"
# A reply much larger than the socket buffer, read slowly: exercises EPOLLOUT.
check "long:3000000 read slowly" "3000000" \
    "$(curl -s --limit-rate 8M "$B/v1/chat/completions" -d "$(body '[[long:3000000]]')" |
        jq -j '.choices[0].message.content' | wc -c | tr -d ' ')"
check "long:0" "0" "$(content "[[long:0]]" | wc -c | tr -d ' ')"
check "content parts" "I'm sorry, but I can't help with that request." \
    "$(curl -s "$B/v1/chat/completions" \
        -d '{"messages":[{"role":"user","content":[{"type":"text","text":"[[refuse]]"}]}]}' |
        jq -r '.choices[0].message.content')"

# --- error markers -----------------------------------------------------------
seq429=""
for i in 1 2 3 4; do seq429="$seq429 $(code /v1/chat/completions "$(body '[[429:2]] count me')")"; done
check "429:2 sequence" " 429 429 200 200" "$seq429"
check "429 other prompt independent" "429" "$(code /v1/chat/completions "$(body '[[429:2]] other')")"
code /v1/chat/completions "$(body '[[429:1]] hdr')" >/dev/null
check "Retry-After" "Retry-After: 1" "$(grep -i '^retry-after' "$tmp/last.head" | tr -d '\r')"
check "429 json" "rate_limit_exceeded" "$(jq -r .error.code "$tmp/last.body")"
seq500=""
for i in 1 2 3; do seq500="$seq500 $(code /v1/chat/completions "$(body '[[500:1]] x')")"; done
check "500:1 sequence" " 500 200 200" "$seq500"
check "500 always" "500 500" \
    "$(code /v1/chat/completions "$(body '[[500]]')") $(code /v1/chat/completions "$(body '[[500]]')")"
check "500 json" "server_error" "$(jq -r .error.type "$tmp/last.body")"
check "malformed status" "200" "$(code /v1/chat/completions "$(body '[[malformed]]')")"
if jq . "$tmp/last.body" >/dev/null 2>&1; then bad "malformed body parsed"; else ok; fi
curl -s -o /dev/null "$B/v1/chat/completions" -d "$(body '[[truncate]]')"
check "truncate -> curl partial file (18)" "18" "$?"
curl -s -o /dev/null --max-time 1 "$B/v1/chat/completions" -d "$(body '[[hang]]')"
check "hang -> curl timeout (28)" "28" "$?"
check "filter chat" "400" "$(code /v1/chat/completions "$(body '[[filter]]')")"
check "filter chat code" "content_policy_violation" "$(jq -r .error.code "$tmp/last.body")"
check "filter images" "400" "$(code /v1/images/generations '{"prompt":"[[filter]] a cat"}')"
check "filter images code" "content_policy_violation" "$(jq -r .error.code "$tmp/last.body")"
r=$(chat "[[filter-finish]]")
check "filter-finish" "content_filter null" \
    "$(jq -r '.choices[0].finish_reason + " " + (.choices[0].message.content | tostring)' <<<"$r")"
t=$(curl -s -o /dev/null -w '%{time_total}' "$B/v1/chat/completions" -d "$(body '[[slow:300]]')")
check "slow:300 >= 0.3 s" "1" "$(awk -v t="$t" 'BEGIN { print (t >= 0.3 && t < 2) }')"

# --- logprobs ----------------------------------------------------------------
r=$(chat "[[refuse]]" '{"logprobs": true, "top_logprobs": 3}')
check "logprobs first token" "I'm" "$(jq -r '.choices[0].logprobs.content[0].token' <<<"$r")"
check "top_logprobs K" "3" "$(jq '.choices[0].logprobs.content[0].top_logprobs | length' <<<"$r")"
check "logprob negative" "true" "$(jq '.choices[0].logprobs.content | all(.logprob < 0)' <<<"$r")"
r2=$(chat "[[refuse]]" '{"logprobs": true, "top_logprobs": 3}')
check "logprobs deterministic" "$(jq -c .choices[0].logprobs <<<"$r")" \
    "$(jq -c .choices[0].logprobs <<<"$r2")"

# --- streaming ---------------------------------------------------------------
stream() { # stream PROMPT [extra] -> raw SSE
    curl -sN "$B/v1/chat/completions" -d "$(body "$1" "${2:-{\}}")"
}
sse_text() { sed -n 's/^data: //p' | grep -v '^\[DONE\]$' | jq -j '.choices[0].delta.content // empty'; }
want=$(content "[[utf8]]")
check "SSE reassembly utf8" "$want" "$(stream '[[utf8]]' '{"stream": true}' | sse_text)"
want=$(content "[[long:5000]]")
check "SSE reassembly long" "$want" "$(stream '[[long:5000]]' '{"stream": true}' | sse_text)"
s=$(stream '[[refuse]]' '{"stream": true, "stream_options": {"include_usage": true}}')
check "SSE ends with DONE" "data: [DONE]" "$(grep '^data:' <<<"$s" | tail -1)"
check "SSE usage chunk" "true" \
    "$(sed -n 's/^data: //p' <<<"$s" | grep -v DONE | jq -s 'map(select(.usage != null)) | length == 1 and (.[0].choices | length) == 0')"
check "SSE finish stop" "stop" \
    "$(sed -n 's/^data: //p' <<<"$s" | grep -v DONE | jq -rs 'map(.choices[0].finish_reason // empty) | last')"
s=$(stream '[[truncate]] [[utf8]]' '{"stream": true}')
check "SSE truncate -> curl partial file (18)" "18" "$?"
if grep -q '\[DONE\]' <<<"$s"; then bad "truncated stream has [DONE]"; else ok; fi
s=$(stream '[[filter-finish]]' '{"stream": true}')
check "SSE filter-finish" "content_filter" \
    "$(sed -n 's/^data: //p' <<<"$s" | grep -v DONE | jq -rs 'map(.choices[0].finish_reason // empty) | last')"
r=$(chat "[[429:1]] stream" '{"stream": true}')
check "SSE request rate-limited with a JSON 429" "rate_limit_exceeded" "$(jq -r .error.code <<<"$r")"
# Raw chunked framing: several chunks, and at least one splits a UTF-8 character.
curl -sN --raw "$B/v1/chat/completions" -d "$(body '[[utf8]]' '{"stream": true}')" >"$tmp/raw"
split=$(python3 - "$tmp/raw" <<'EOF'
import sys
raw = open(sys.argv[1], 'rb').read()
pos, chunks = 0, []
while True:
    nl = raw.index(b'\r\n', pos)
    n = int(raw[pos:nl], 16)
    if n == 0:
        break
    chunks.append(raw[nl + 2:nl + 2 + n])
    pos = nl + 2 + n + 2
mid = sum(1 for c in chunks[1:] if c and (c[0] & 0xC0) == 0x80)
print(len(chunks) >= 4 and mid >= 1)
EOF
)
check "SSE chunks split inside UTF-8 characters" "True" "$split"

# --- Anthropic ---------------------------------------------------------------
abody() { jq -cn --arg p "$1" --argjson x "${2:-{\}}" \
    '{model: "claude-fake", max_tokens: 100, messages: [{role: "user", content: $p}]} + $x'; }
r=$(curl -s "$B/v1/messages" -H 'x-api-key: sk-ant-secret' -H 'anthropic-version: 2023-06-01' \
    -d "$(abody '[[refuse]]')")
check "messages type" "message" "$(jq -r .type <<<"$r")"
check "messages text" "I'm sorry, but I can't help with that request." "$(jq -r '.content[0].text' <<<"$r")"
check "messages stop" "end_turn" "$(jq -r .stop_reason <<<"$r")"
check "messages usage" "true" "$(jq '.usage.input_tokens > 0 and .usage.output_tokens > 0' <<<"$r")"
check "messages 429 format" "429 rate_limit_error" \
    "$(code /v1/messages "$(abody '[[429:1]] a')") $(jq -r .error.type "$tmp/last.body")"
want=$(curl -s "$B/v1/messages" -d "$(abody '[[utf8]]')" | jq -j '.content[0].text')
check "messages SSE reassembly" "$want" \
    "$(curl -sN "$B/v1/messages" -d "$(abody '[[utf8]]' '{"stream": true}')" |
        sed -n 's/^data: //p' | jq -j 'select(.type == "content_block_delta") | .delta.text')"

# --- images ------------------------------------------------------------------
r=$(curl -s "$B/v1/images/generations" -d '{"prompt":"a red square","n":1}')
check "image png" "PNG" "$(jq -r '.data[0].b64_json' <<<"$r" | base64 -d | head -c 4 | tail -c 3)"
check "image refuse = filter" "400" "$(code /v1/images/generations '{"prompt":"[[refuse]]"}')"

# --- HTTP layer --------------------------------------------------------------
check "keep-alive reuses the connection" "1 0" \
    "$(curl -s -o /dev/null -o /dev/null -w '%{num_connects} ' "$B/health" "$B/health" | sed 's/ $//')"
curl -sv -o /dev/null -H 'Expect: 100-continue' "$B/v1/chat/completions" \
    -d "$(body "$(printf 'y%.0s' $(seq 3000))")" 2>"$tmp/expect.trace"
check "Expect: 100-continue answered" "1 1" \
    "$(grep -c '^< HTTP/1.1 100 Continue' "$tmp/expect.trace") $(grep -c '^< HTTP/1.1 200' "$tmp/expect.trace")"
raw() { # raw BYTES [shut] -> full answer (server closes, or 1 s timeout); shut: half-close after sending
    python3 - "$PORT" "$@" <<'EOF'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(sys.argv[2].encode().decode("unicode_escape").encode("latin-1"))
if len(sys.argv) > 3:
    s.shutdown(socket.SHUT_WR)
s.settimeout(1.0)
out = b""
try:
    while True:
        b = s.recv(65536)
        if not b:
            break
        out += b
except socket.timeout:
    pass
sys.stdout.write(out.decode("utf-8", "replace"))
EOF
}
check "garbage -> 400" "HTTP/1.1 400 Bad Request" "$(raw 'GARBAGE\r\n\r\n' | head -1 | tr -d '\r')"
check "huge body -> 413" "HTTP/1.1 413 Payload Too Large" \
    "$(raw 'POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n' | head -1 | tr -d '\r')"
hdrs=""
for i in $(seq 70); do hdrs="${hdrs}X-H$i: v\r\n"; done
check "too many headers -> 400" "HTTP/1.1 400 Bad Request" \
    "$(raw "GET /health HTTP/1.1\r\n${hdrs}\r\n" | head -1 | tr -d '\r')"
check "chunked upload -> 400" "HTTP/1.1 400 Bad Request" \
    "$(raw 'POST /v1/chat/completions HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' | head -1 | tr -d '\r')"
check "pipelined requests" "2" \
    "$(raw 'GET /health HTTP/1.1\r\n\r\nGET /health HTTP/1.1\r\nConnection: close\r\n\r\n' | grep -o 'HTTP/1.1 200' | wc -l | tr -d ' ')"

check "half-closed client still answered" "2" \
    "$(raw 'GET /health HTTP/1.1\r\n\r\nGET /health HTTP/1.1\r\n\r\n' shut | grep -o 'HTTP/1.1 200' | wc -l | tr -d ' ')"
b=$(body '[[slow:100]]')
check "slow reply to half-closed client" "HTTP/1.1 200 OK" \
    "$(raw "POST /v1/chat/completions HTTP/1.1\r\nContent-Length: ${#b}\r\n\r\n$b" shut | head -1 | tr -d '\r')"

# --- record file -------------------------------------------------------------
curl -s -o /dev/null "$B/v1/chat/completions" -H 'Authorization: Bearer sk-test-SECRETKEY' \
    -d "$(body 'record me')"
last=$(grep '"record me"' "$tmp/record.jsonl" | tail -1)
check "record auth" "present absent POST /v1/chat/completions" \
    "$(jq -r '[.auth, .x_api_key, .method, .path] | join(" ")' <<<"$last")"
check "record body" "record me" "$(jq -r '.body.messages[1].content' <<<"$last")"
check "record x_api_key" "present 2023-06-01" \
    "$(grep '"/v1/messages"' "$tmp/record.jsonl" | grep 'claude-fake' | head -1 |
        jq -r '.x_api_key + " " + .anthropic_version')"
if grep -q -e SECRETKEY -e sk-ant-secret "$tmp/record.jsonl"; then bad "record leaks a key"; else ok; fi
check "record one line per request" "true" "$(jq -s 'length > 50' "$tmp/record.jsonl")"

# --- SIGTERM -----------------------------------------------------------------
kill -TERM "$MAIN_PID"
if wait_exit "$MAIN_PID" 5; then check "SIGTERM exit status" "0" "$WSTATUS"; else bad "SIGTERM ignored"; fi

# --- latency timers (not sleep): 20 parallel requests at 1 s -----------------
# Serially this takes >= 20 s; with timers all 20 are answered together. The
# bound is far from both so that a loaded machine cannot make it flake.
start_server lat --latency-ms 1000 --jitter-ms 20 --quiet
B="http://127.0.0.1:$PORT"
b=$(body "parallel")
for i in $(seq 20); do printf 'url = "%s/v1/chat/completions"\ndata = %s\noutput = "/dev/null"\nwrite-out = "%%{time_total}\\n"\nnext\n' \
    "$B" "$(jq -Rn --arg b "$b" '$b')"; done | sed '$d' >"$tmp/par.cfg"
start=$(date +%s.%N)
curl -s --parallel --parallel-max 20 -K "$tmp/par.cfg" >"$tmp/par.times"
el=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
check "20 answers, each >= 1 s" "20" "$(awk '$1 >= 1' "$tmp/par.times" | wc -l | tr -d ' ')"
check "20 parallel at 1 s in < 10 s (got $el)" "1" "$(awk -v t="$el" 'BEGIN { print (t >= 1 && t < 10) }')"
kill -INT "$SPID"
if wait_exit "$SPID" 5; then check "SIGINT exit status" "0" "$WSTATUS"; else bad "SIGINT ignored"; fi

# --- --max-requests ----------------------------------------------------------
start_server max --max-requests 3 --quiet
B="http://127.0.0.1:$PORT"
for i in 1 2 3; do curl -s -o /dev/null "$B/health"; done
if wait_exit "$SPID" 5; then check "max-requests exit status" "0" "$WSTATUS"; else bad "--max-requests did not exit"; fi

# --- bad options -------------------------------------------------------------
"$FS" --port 70000 >/dev/null 2>&1
check "bad --port exit 2" "2" "$?"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
