#!/usr/bin/env bash
# test_run_http2.sh - an https endpoint speaking HTTP/2: nghttpx (TLS, h2)
# in front of the fake server. Every request of a concurrent run is
# multiplexed over HTTP/2 on a handful of connections, plain and streamed;
# a private CA is trusted only through --ca-cert or $REFUSAL_CA_BUNDLE, and
# without it every item fails with a clear certificate error (exit 1).
# Needs nghttpx (Debian nghttp2-proxy) and openssl; skips without them.
. "$(dirname "$0")/run_lib.sh"
for tool in nghttpx openssl python3; do
    command -v "$tool" >/dev/null || { echo "skip: $tool missing (scripts/install-deps.sh installs it)"; exit 77; }
done
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" -out "$tmp/cert.pem" -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1 ||
    { echo "skip: openssl cannot make a test certificate"; exit 77; }
start_server back
BACK=$PORT
# nghttpx wants a fixed port: take one the kernel hands out and release it
for attempt in 1 2 3; do
    FRONT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    nghttpx --conf=/dev/null --no-ocsp --workers=1 -f"127.0.0.1,$FRONT" -b"127.0.0.1,$BACK" \
        --accesslog-file="$tmp/access.log" --accesslog-format='$alpn $status $remote_port' \
        --errorlog-file="$tmp/nghttpx.err" "$tmp/key.pem" "$tmp/cert.pem" 2>>"$tmp/nghttpx.err" &
    NPID=$!
    pids+=("$NPID")
    for i in $(seq 100); do
        curl -s -o /dev/null --cacert "$tmp/cert.pem" "https://127.0.0.1:$FRONT/" && break
        kill -0 "$NPID" 2>/dev/null || break
        sleep 0.05
    done
    kill -0 "$NPID" 2>/dev/null && break
done
kill -0 "$NPID" 2>/dev/null || { echo "nghttpx did not start" >&2; cat "$tmp/nghttpx.err" >&2; exit 1; }
: >"$tmp/access.log"
H2="https://127.0.0.1:$FRONT/v1"
for i in $(seq 1 300); do
    if [ $((i % 3)) -eq 0 ]; then p="[[refuse]] question $i"; else p="question $i"; fi
    echo "{\"id\":\"q$i\",\"prompt\":\"$p\",\"label\":\"benign\",\"category\":\"x\"}"
done >"$tmp/s.jsonl"

"$REFUSAL" run --suite "$tmp/s.jsonl" --target openai:m --base-url "$H2" --db "$tmp/a.db" \
    --ca-cert "$tmp/cert.pem" --concurrency 32 -q >/dev/null 2>"$tmp/a.err"
check "h2 run exit" 0 $?
check "h2 all answered" "300|100" "$(q "$tmp/a.db" "select count(*), sum(v.verdict='refusal') from responses r join verdicts v using(run_id, item_id) where r.status='ok'")"
sleep 0.2 # the access log is written after each response
check "every request over h2" "300" "$(grep -c '^h2 200 ' "$tmp/access.log")"
conns=$(awk '{print $3}' "$tmp/access.log" | sort -u | wc -l)
check "multiplexed (few connections)" 1 "$([ "$conns" -le 4 ] && echo 1 || echo "0 ($conns connections)")"

: >"$tmp/access.log"
REFUSAL_CA_BUNDLE="$tmp/cert.pem" "$REFUSAL" run --suite "$tmp/s.jsonl" --target openai:m \
    --base-url "$H2" --db "$tmp/b.db" --stream --concurrency 16 --limit 60 -q >/dev/null 2>&1
check "h2 stream exit (CA from the environment)" 0 $?
check "h2 stream answered" 60 "$(q "$tmp/b.db" "select count(*) from responses where status='ok' and ttft_ms >= 0")"
sleep 0.2
check "stream over h2" 60 "$(grep -c '^h2 200 ' "$tmp/access.log")"

"$REFUSAL" run --suite "$tmp/s.jsonl" --target openai:m --base-url "$H2" --db "$tmp/c.db" \
    --limit 5 --retries 0 -q >/dev/null 2>&1
check "untrusted CA exit" 1 $?
check_match "certificate error stored" "certificate" "$(q "$tmp/c.db" "select error from responses limit 1")"
check "untrusted CA: no answers" 0 "$(q "$tmp/c.db" "select count(*) from responses where status='ok'")"
"$REFUSAL" run --suite "$tmp/s.jsonl" --target openai:m --base-url "$H2" --db "$tmp/d.db" \
    --ca-cert "$tmp/nope.pem" -q >/dev/null 2>&1
check "missing --ca-cert file" 2 $?
finish
