#!/usr/bin/env bash
# Reports the longest and most complex functions (pmccabe); fails on a
# function over 150 lines or with cyclomatic complexity over 25.
set -u
cd "$(dirname "$0")/.."
command -v pmccabe >/dev/null || { echo "size-report: pmccabe not installed (apt-get install pmccabe)"; exit 1; }
files=$(git ls-files 'src/*.c')
pmccabe $files | sort -k1,1nr | head -15
bad=$(pmccabe $files | awk '$1 > 25 || $5 > 150')
if [ -n "$bad" ]; then
  echo "size-report: functions over the limits (complexity > 25 or > 150 lines):"
  echo "$bad"
  exit 1
fi
echo "size-report: ok"
