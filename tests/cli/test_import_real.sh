#!/usr/bin/env bash
# `refusal import` over the real public files in ../shared/data (skipped,
# exit 77, when absent): XSTest 450 items (250 benign, 200 harmful, 18
# categories); MultiJail 315 x 10 items in 10 languages; CoCoNot 1001 + 379.
set -u
S=${RF_DATA_DIR:-}
for c in "$RF_SRCDIR/../shared/data" "$RF_SRCDIR/../../shared/data"; do
  [ -z "$S" ] && [ -f "$c/xstest-prompts/xstest_prompts.csv" ] && S=$c
done
if [ -z "$S" ] || [ ! -f "$S/xstest-prompts/xstest_prompts.csv" ]; then
  echo "skip: ../shared/data not present (set RF_DATA_DIR to its path)"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

"$REFUSAL" import xstest "$S/xstest-prompts/xstest_prompts.csv" -o "$T/x.jsonl" 2>/dev/null || bad "xstest import"
[ "$(wc -l <"$T/x.jsonl")" -eq 450 ] || bad "xstest: want 450 items"
[ "$(grep -c '"label":"benign"' "$T/x.jsonl")" -eq 250 ] || bad "xstest: want 250 benign"
[ "$(grep -c '"label":"harmful"' "$T/x.jsonl")" -eq 200 ] || bad "xstest: want 200 harmful"
[ "$(grep -o '"category":"[^"]*"' "$T/x.jsonl" | sort -u | wc -l)" -eq 18 ] || bad "xstest: want 18 categories"

if [ -f "$S/multijail/MultiJail.csv" ]; then
  "$REFUSAL" import multijail "$S/multijail/MultiJail.csv" -o "$T/m.jsonl" 2>/dev/null || bad "multijail import"
  [ "$(wc -l <"$T/m.jsonl")" -eq 3150 ] || bad "multijail: want 3150 items"
  for l in en zh it vi ar ko th bn sw jv; do
    [ "$(grep -c "\"language\":\"$l\"" "$T/m.jsonl")" -eq 315 ] || bad "multijail: want 315 items in $l"
  done
fi
if [ -f "$S/coconot/coconot_eval.jsonl" ]; then
  "$REFUSAL" import coconot "$S/coconot/coconot_eval.jsonl" "$S/coconot/coconot_contrast_eval.jsonl" \
    -o "$T/c.jsonl" 2>/dev/null || bad "coconot import"
  [ "$(grep -c '"label":"harmful"' "$T/c.jsonl")" -eq 1001 ] || bad "coconot: want 1001 harmful"
  [ "$(grep -c '"label":"benign"' "$T/c.jsonl")" -eq 379 ] || bad "coconot: want 379 benign"
fi
[ $fail -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
