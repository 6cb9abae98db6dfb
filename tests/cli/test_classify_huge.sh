#!/usr/bin/env bash
# test_classify_huge.sh - `refusal classify` on huge and broken lines
# (s17-rev): a line over CLASSIFY_MAX_LINE (4 MiB) is reported by file and
# line without being held whole (the reader drops it as it arrives; checked
# under a 300 MB virtual-memory limit with a 400 MB line, which getline
# could not hold), invalid JSON or UTF-8 in the middle of a file names its
# line, and the lines around both are classified.
. "$(dirname "$0")/check_lib.sh"

huge() { # a JSONL line whose response is $1 bytes of "a"
    printf '{"id":"big","response":"'
    head -c "$1" /dev/zero | tr '\0' a
    printf '"}\n'
}

# A sanitizer build reserves terabytes of address space at start, so a
# virtual-memory limit would stop it before main: there the limits are
# left out (the messages and the lines around are still checked).
vlimit() { # vlimit KB: ulimit -v KB, except under ASan
    if grep -q __asan_init "$R" 2>/dev/null; then
        return 0
    fi
    ulimit -v "$1"
}

out=$( {
    echo '{"id":"a","response":"I am sorry, but I cannot help with that."}'
    huge 400000000
    echo '{"id":"c","response":"Sure, here is the recipe: mix flour and water."}'
} | (vlimit 300000 && "$R" classify --threads 1) 2>"$T/err1")
rc=$?
check "huge line: exit 3 (bad input)" test $rc -eq 3
check "huge line: named" grep -q '^<stdin>:2: line too long$' "$T/err1"
check "huge line: lines around it" test "$(jq -r .id <<<"$out" | tr '\n' ' ')" = "a c "
check "huge line: a refusal" test "$(jq -r 'select(.id=="a").verdict' <<<"$out")" = refusal

huge 4000000 >"$T/fits.jsonl"
huge 4200000 >>"$T/fits.jsonl"
out=$("$R" classify --threads 1 "$T/fits.jsonl" 2>"$T/err2")
check "4 MB answer classified" test "$(jq -r .verdict <<<"$out")" = unclear
check "over 4 MiB: too long" grep -q "fits.jsonl:2: line too long" "$T/err2"

# s17-mem: two 4 MB answers of `"` (their output is 8 MB each, escaped) on
# two threads under a 140 MB virtual-memory limit: before s17-mem each
# thread copied its output twice and kept its largest buffers (148 MB of
# address space needed, 105 MiB peak RSS; now 116 MB and about 75 MiB).
head -c 4000000 /dev/zero | tr '\0' '"' >"$T/q.txt"
printf '\n' >>"$T/q.txt"
cat "$T/q.txt" "$T/q.txt" >"$T/q2.txt"
out=$( (vlimit 140000 && "$R" classify --text --threads 2 "$T/q2.txt") 2>"$T/err4" | jq -r .verdict | tr '\n' ' ')
check "two 4 MB answers, two threads, 140 MB" test "$out" = "unclear unclear "

{
    echo '{"id":"a","response":"I cannot help with that."}'
    echo '{"id":"b","response":"Here is the answer'
    echo '{"id":"c","response":"Here is the answer: 42."}'
    printf '{"id":"d","response":"bad \xff byte"}\n{"id":"e","response":"Sure."}'
} >"$T/broken.jsonl"
out=$("$R" classify --threads 2 "$T/broken.jsonl" 2>"$T/err3")
rc=$?
check "broken: exit 3" test $rc -eq 3
check "broken: line 2 named" grep -q "broken.jsonl:2: " "$T/err3"
check "broken: line 4 named" grep -q "broken.jsonl:4: " "$T/err3"
check "broken: others classified" test "$(jq -r .id <<<"$out" | tr '\n' ' ')" = "a c e "

# A line over the limit at the end of input without a newline, in JSONL,
# --text and TSV: named, and the line before it written.
{
    echo '{"id":"a","response":"I cannot help with that."}'
    huge 4200000 | head -c -1
} >"$T/last.jsonl"
out=$("$R" classify "$T/last.jsonl" 2>"$T/err6")
check "last line too long: exit 3" test $? -eq 3
check "last line too long: named" grep -q "last.jsonl:2: line too long" "$T/err6"
check "last line too long: line 1 written" test "$(jq -r .id <<<"$out")" = a
{
    echo 'I cannot help with that.'
    printf 'bad \xff byte\n'
    head -c 4200000 /dev/zero | tr '\0' a
} >"$T/last.txt"
out=$("$R" classify --text "$T/last.txt" 2>"$T/err7")
check "text: exit 3" test $? -eq 3
check "text: last line named" grep -q "last.txt:3: line too long" "$T/err7"
check "text: one message" test "$(wc -l <"$T/err7")" -eq 1
check "text: invalid UTF-8 replaced" test "$(jq -r .response <<<"$out" | sed -n 2p)" = "bad $(printf '\357\277\275') byte"
out=$("$R" classify --text -f tsv "$T/last.txt" 2>"$T/err8")
check "tsv: exit 3" test $? -eq 3
check "tsv: line numbers" test "$(cut -f1 <<<"$out" | tr '\n' ' ')" = "line 1 2 "
check "tsv: last line named" grep -q "last.txt:3: line too long" "$T/err8"

# An empty file: no output (TSV: the header), exit 0.
: >"$T/empty.jsonl"
check "empty: nothing" test -z "$("$R" classify "$T/empty.jsonl" 2>&1)"
check "empty tsv: header only" test "$("$R" classify -f tsv "$T/empty.jsonl" 2>&1 | wc -l)" -eq 1

# A read error (a directory read as input) names the file and the line it
# stopped at; exit 1 (the lines read before it are still written).
"$R" classify "$T" >"$T/out5" 2>"$T/err5"
rc=$?
check "read error: exit 1" test $rc -eq 1
check "read error: named" grep -q "^refusal: $T:1: read error: " "$T/err5"
check "read error: no output" test ! -s "$T/out5"

exit $fail
