#!/usr/bin/env bash
# `refusal report` and `refusal compare` end to end over the fixture store
# that tests/unit/test_report.c builds through the store API: the CLI table
# (not a terminal, so no colour) equals the golden file, formats and options
# are checked, exit codes follow the documented contract, and
# --fail-if-worse gates.
set -u
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
gold="$RF_SRCDIR/tests/data/report"
"$RF_BUILDDIR/test_report" --make-store "$t/fx.db" || { echo "fixture failed"; exit 1; }
R() { "$REFUSAL" "$@"; }
all=label,category,language,scenario,level,turn,pattern
check() { # name, expected rc, command...
  local name=$1 want=$2; shift 2
  "$@" >"$t/out" 2>"$t/err"; local rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "FAIL $name: exit $rc, want $want"; cat "$t/err"; fail=1
  fi
}

unset COLUMNS
NO_COLOR=1 check table 0 R report base cand --db "$t/fx.db" --by $all
cmp -s "$t/out" "$gold/report.table" || { echo "FAIL table differs from golden"; diff "$gold/report.table" "$t/out" | head; fail=1; }
check md 0 R report base cand --db "$t/fx.db" --by $all -f md
cmp -s "$t/out" "$gold/report.md" || { echo "FAIL md differs from golden"; fail=1; }
check csv 0 R report base cand --db "$t/fx.db" --by $all --format=csv -o "$t/r.csv"
cmp -s "$t/r.csv" "$gold/report.csv" || { echo "FAIL csv differs from golden"; fail=1; }
check json 0 R report base cand --db "$t/fx.db" --by $all -f json
cmp -s "$t/out" "$gold/report.json" || { echo "FAIL json differs from golden"; fail=1; }
jq -e '.runs[0].overall.over_refusal | has("ci_low") and has("ci_high")' "$t/out" >/dev/null ||
  { echo "FAIL json rate lacks ci_low/ci_high"; fail=1; }
REFUSAL_DB="$t/fx.db" check env-db 0 R report base -f json
jq -e '.runs | length == 1' "$t/out" >/dev/null || { echo "FAIL REFUSAL_DB"; fail=1; }
check all-runs 0 R report --db "$t/fx.db" -f json
jq -e '.runs | length == 4' "$t/out" >/dev/null || { echo "FAIL no RUN = every run"; fail=1; }
# gate_a/gate_b have no harmful items: only base and cand have both rates,
# too few for a rank correlation.
jq -e '.across_runs.runs_used == 2 and .across_runs.spearman_safety_over_refusal == null' \
  "$t/out" >/dev/null || { echo "FAIL spearman runs"; fail=1; }

# A narrow terminal drops the intervals instead of wrapping.
COLUMNS=80 check narrow 0 R report base --db "$t/fx.db"
grep -q '\[' "$t/out" && grep -q '^run  ' "$t/out" && grep '^base' "$t/out" | grep -q '\[' &&
  { echo "FAIL narrow table kept intervals"; fail=1; }
awk 'length($0) > 80 && !/benchmark|: / {bad=1} END {exit bad}' "$t/out" ||
  { echo "FAIL narrow table wider than 80"; fail=1; }
# The terminal escaper removes ESC from model text.
check term-esc 0 R compare base cand --db "$t/fx.db"
if grep -q $'\x1b' "$t/out"; then echo "FAIL ESC reached the terminal"; fail=1; fi

# Colour only on a terminal, and never with NO_COLOR.
grep -q $'\x1b' "$t/out" && { echo "FAIL colour when not a terminal"; fail=1; }
if command -v script >/dev/null 2>&1; then
  script -qec "'$REFUSAL' report base --db '$t/fx.db'" /dev/null >"$t/tty" 2>&1
  grep -q $'\x1b\\[1m' "$t/tty" || { echo "FAIL no colour on a terminal"; fail=1; }
  NO_COLOR=1 script -qec "'$REFUSAL' report base --db '$t/fx.db'" /dev/null >"$t/tty" 2>&1
  grep -q $'\x1b' "$t/tty" && { echo "FAIL colour despite NO_COLOR"; fail=1; }
fi

check missing-run 3 R report nope --db "$t/fx.db"
grep -q "nope" "$t/err" || { echo "FAIL missing run not named"; fail=1; }
check missing-db 3 R report --db "$t/none.db"
check bad-by 2 R report base --db "$t/fx.db" --by colour
check bad-format 2 R report base --db "$t/fx.db" -f xml

check compare 0 R compare base cand --db "$t/fx.db"
cmp -s "$t/out" "$gold/compare.table" || { echo "FAIL compare table differs from golden"; fail=1; }
check compare-json 0 R compare base cand --db "$t/fx.db" -f json
jq -e '.flips | length == 5' "$t/out" >/dev/null || { echo "FAIL compare flips"; fail=1; }
check compare-args 2 R compare base --db "$t/fx.db"
check compare-gate-ok 0 R compare base cand --db "$t/fx.db" --fail-if-worse 0
check compare-gate 1 R compare gate_a gate_b --db "$t/fx.db" --fail-if-worse 5
grep -q "over_refusal grew" "$t/err" || { echo "FAIL gate message"; fail=1; }
check compare-nogate 0 R compare gate_a gate_b --db "$t/fx.db"
check compare-gate-better 0 R compare gate_b gate_a --db "$t/fx.db" --fail-if-worse 5
check compare-bad-pct 2 R compare gate_a gate_b --db "$t/fx.db" --fail-if-worse lots

[ $fail -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
