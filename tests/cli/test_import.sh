#!/usr/bin/env bash
# `refusal import` and `refusal suites` end to end over the fixtures in
# tests/data/import (written by us): -o output is valid JSONL with the expected
# counts, malformed input exits 3 with "file:line: reason" and writes nothing,
# misuse exits 2, `suites show NAME` prints exactly the embedded lines.
set -u
D="$RF_SRCDIR/tests/data/import"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
ok() { :; }
bad() { echo "FAIL: $*"; fail=1; }

# validate FILE N: every line a JSON object with id, prompt, label; N lines
validate() {
  local f=$1 n=$2 got
  got=$(wc -l <"$f")
  [ "$got" -eq "$n" ] || { bad "$f: $got lines, want $n"; return; }
  if command -v python3 >/dev/null; then
    python3 - "$f" <<'PY' || bad "$f: invalid suite JSONL"
import json, sys
ids = set()
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    o = json.loads(line)
    assert isinstance(o, dict), i
    assert o.get("id") and o["id"] not in ids, (i, o.get("id"))
    ids.add(o["id"])
    assert o.get("prompt") or o.get("messages"), i
    assert o.get("label") in ("benign", "harmful"), i
PY
  else
    grep -vq '^{"id":' "$f" && bad "$f: line without id"
  fi
}

check() { # check FORMAT FILE LINES BENIGN
  local fmt=$1 file=$2 n=$3 nb=$4 out="$T/out.jsonl"
  rm -f "$out"
  "$REFUSAL" import "$fmt" "$D/$file" -o "$out" 2>"$T/err" || { bad "import $fmt $file: $(cat "$T/err")"; return; }
  validate "$out" "$n"
  [ "$(grep -c '"label":"benign"' "$out")" -eq "$nb" ] || bad "$fmt $file: benign count"
  grep -q "^refusal import: $n items ($nb benign" "$T/err" || bad "$fmt $file: summary: $(cat "$T/err")"
}

check xstest xstest.csv 4 2
check orbench or-bench-hard-1k.csv 3 3
check orbench or-bench-toxic.csv 2 0
check coconot coconot_eval.jsonl 2 0
check coconot coconot_contrast_eval.jsonl 1 1
check fortress fortress.json 3 1
check fortress fortress.jsonl 2 1
check fortress fortress.csv 2 1
check rmcbench rmcbench.json 3 0
check mossbench mossbench/images_information/information.json 2 2
check overt overt_mini.csv 1 1
check overt overt_unsafe.csv 1 0
check evorefuse evorefuse.jsonl 2 2
check harmbench harmbench.csv 2 0
check do-not-answer do_not_answer.csv 2 0
check multijail multijail.csv 20 0
check sorry-bench sorry_bench.jsonl 3 0

# several files into one suite; to stdout
"$REFUSAL" import coconot "$D/coconot_eval.jsonl" "$D/coconot_contrast_eval.jsonl" >"$T/two.jsonl" 2>/dev/null \
  || bad "two files"
validate "$T/two.jsonl" 3
# the same ids twice: refused, nothing written
"$REFUSAL" import xstest "$D/xstest.csv" "$D/xstest.csv" -o "$T/dup.jsonl" 2>"$T/err"
[ $? -eq 3 ] || bad "duplicate ids across files must exit 3"
[ -e "$T/dup.jsonl" ] && bad "duplicate ids across files wrote output"
grep -q "appears in more than one file" "$T/err" || bad "duplicate message: $(cat "$T/err")"

# a failed write is an error (devices are written directly, never replaced)
if [ -c /dev/full ]; then
  "$REFUSAL" import xstest "$D/xstest.csv" -o /dev/full 2>/dev/null; [ $? -eq 1 ] || bad "write to /dev/full must exit 1"
  [ -c /dev/full ] || bad "/dev/full replaced"
fi

# malformed input: exit 3, file:line: reason, no output file
while read -r fmt file want; do
  rm -f "$T/bad.jsonl"
  "$REFUSAL" import "$fmt" "$D/bad/$file" -o "$T/bad.jsonl" 2>"$T/err"
  rc=$?
  [ $rc -eq 3 ] || bad "$file: exit $rc, want 3"
  [ -e "$T/bad.jsonl" ] && bad "$file: output written"
  grep -qF "$D/bad/$file$want" "$T/err" || bad "$file: message '$(cat "$T/err")', want '$want'"
done <<'LIST'
xstest xstest_ragged.csv :3: expected 6 fields, got 4
xstest xstest_nocol.csv :1: missing column 'prompt'
xstest xstest_dup.csv :4: duplicate id '1'
xstest xstest_quote.csv :3: unterminated quoted field
xstest xstest_utf8.csv :3: invalid UTF-8 in field 2
coconot coconot_badjson.jsonl :2: invalid JSON
fortress fortress_rubric.json :8: rubric is not a list
rmcbench rmcbench_level.json :3: level must be 1, 2 or 3
multijail multijail_tags.csv :3: tags:
sorry-bench sorry_turns.jsonl :2: turns must be a list of one string
LIST
"$REFUSAL" import xstest "$D/bad/no_such.csv" 2>/dev/null; [ $? -eq 3 ] || bad "missing file must exit 3"

# misuse
"$REFUSAL" import no-such-format "$D/xstest.csv" 2>/dev/null; [ $? -eq 2 ] || bad "unknown format must exit 2"
"$REFUSAL" import xstest 2>/dev/null; [ $? -eq 2 ] || bad "missing FILE must exit 2"
[ "$("$REFUSAL" import --list-formats | wc -l)" -ge 12 ] || bad "--list-formats"
"$REFUSAL" import --list-formats | grep -qx multijail || bad "--list-formats lacks multijail"

# suites
"$REFUSAL" suites >"$T/suites" || bad "suites failed"
for f in "$RF_SRCDIR"/data/suites/*.jsonl; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .jsonl)
  n=$(grep -c . "$f")
  grep -Eq "^$name +$n " "$T/suites" || bad "suites: no row '$name $n'"
  "$REFUSAL" suites show "$name" --format jsonl >"$T/show" || bad "suites show $name"
  cmp -s "$f" "$T/show" || bad "suites show $name: not exactly the suite's lines"
  "$REFUSAL" suites show "$name" --format table >"$T/table" || bad "suites show $name --format table"
  head -1 "$T/table" | grep -q '^id .*label .*category .*language .*prompt$' || bad "table header"
  [ "$(wc -l <"$T/table")" -eq $((n + 1)) ] || bad "table rows for $name"
done
# show also takes FORMAT:FILE (canonical JSON per item, or a table)
"$REFUSAL" suites show "xstest:$D/xstest.csv" >"$T/sx" || bad "suites show xstest:FILE"
validate "$T/sx" 4
[ "$("$REFUSAL" suites show "xstest:$D/xstest.csv" --format table | wc -l)" -eq 5 ] || bad "table of xstest:FILE"
"$REFUSAL" suites show no-such-suite 2>/dev/null; [ $? -eq 3 ] || bad "unknown suite must exit 3"
"$REFUSAL" suites show core --format xml 2>/dev/null; [ $? -eq 2 ] || bad "bad --format must exit 2"
"$REFUSAL" suites frobnicate 2>/dev/null; [ $? -eq 2 ] || bad "bad subcommand must exit 2"

[ $fail -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
