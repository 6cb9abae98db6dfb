#!/usr/bin/env bash
# Fails when a banned C function is used in our sources (see STYLE: strcpy,
# strcat, sprintf, strtok, atoi, atol, gets), or a library file prints/exits.
set -u
cd "$(dirname "$0")/.."
status=0
if git ls-files '*.c' '*.h' | grep -v '^tests/' | xargs grep -nE '\b(strcpy|strcat|sprintf|vsprintf|strtok|atoi|atol|gets)\s*\(' ; then
  echo "lint: banned function used (see above)" >&2
  status=1
fi
if git ls-files 'src/lib/*.c' | xargs grep -nE '\b(printf|puts|exit)\s*\(|fprintf\s*\(\s*std(out|err)' ; then
  echo "lint: library code must not print or exit (see above)" >&2
  status=1
fi
[ $status -eq 0 ] && echo "lint: ok"
exit $status
