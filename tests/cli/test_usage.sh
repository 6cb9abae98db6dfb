#!/usr/bin/env bash
# The README usage block must equal what `refusal --help` prints, and the
# help/usage conventions hold: --help on stdout with exit 0, misuse exit 2.
set -u
fail=0
"$RF_SRCDIR/tools/gen_usage" "$REFUSAL" "$RF_SRCDIR/README.md" --check || fail=1
out=$("$REFUSAL" --help) && [ -n "$out" ] || { echo "--help failed"; fail=1; }
"$REFUSAL" --version | grep -q '^refusal ' || { echo "--version failed"; fail=1; }
"$REFUSAL" --no-such-option 2>/dev/null; [ $? -eq 2 ] || { echo "bad option must exit 2"; fail=1; }
"$REFUSAL" no-such-command 2>/dev/null; [ $? -eq 2 ] || { echo "bad command must exit 2"; fail=1; }
err=$("$REFUSAL" no-such-command 2>&1 >/dev/null)
echo "$err" | grep -q "try 'refusal --help'" || { echo "misuse must say try --help"; fail=1; }
for cmd in $("$REFUSAL" --help | awk '/^commands:/{f=1;next} /^$/{f=0} f{print $1}'); do
  "$REFUSAL" "$cmd" --help >/dev/null || { echo "$cmd --help failed"; fail=1; }
  "$REFUSAL" "$cmd" --no-such-option 2>/dev/null; [ $? -eq 2 ] || { echo "$cmd: bad option must exit 2"; fail=1; }
done
[ $fail -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
