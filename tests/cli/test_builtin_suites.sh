#!/usr/bin/env bash
# Every built-in suite passes the suite checker (ids unique, labels valid,
# contrast pairs point both ways with opposite labels).
set -u
command -v jq >/dev/null || { echo "skip: jq not installed"; exit 77; }
bash "$RF_SRCDIR/scripts/check-suite.sh" "$RF_SRCDIR"/data/suites/*.jsonl || exit 1
echo "1 passed, 0 failed"
