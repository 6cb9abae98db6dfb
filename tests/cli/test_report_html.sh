#!/usr/bin/env bash
# The HTML report in headless Chromium: renders without console errors, the
# SVG charts hold the right number of points and bars, a hostile response is
# shown as text and executes nothing, the page is complete with JavaScript
# off, it references nothing external, and a screenshot is kept as a CI
# artifact at build/report-screenshot.png. Skips (77) without chromium.
set -u
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "skip: chromium not installed (scripts/install-deps.sh --with-browser)"
  exit 77
fi
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
"$RF_BUILDDIR/test_report" --make-store "$t/fx.db" || { echo "fixture failed"; exit 1; }
html="$RF_BUILDDIR/report-test.html"
"$REFUSAL" report base cand --db "$t/fx.db" -f html -o "$html" || { echo "report failed"; exit 1; }

chrome() { # extra flags...; a fresh profile each time
  local prof; prof=$(mktemp -d "$t/prof.XXXXXX")
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$prof" "$@"
}
bad() { echo "FAIL $*"; fail=1; }

# Static checks: one file, nothing fetched, hostile text escaped.
grep -Eiq '<(link|img|iframe|object|embed)[ >]|<script[^>]+src=|url\(' "$html" && bad "external reference"
grep -Eo '(src|href)="[^"]*"' "$html" | grep -q . && bad "src/href attribute"
[ "$(grep -c '<script>' "$html")" -eq 1 ] || bad "more than our one script"
grep -q '&lt;script&gt;document.body.setAttribute' "$html" || bad "hostile response not escaped"
grep -q '&lt;/textarea&gt;' "$html" || bad "</textarea> not escaped"
# A conversation is shown by role, its assistant turns one by one.
grep -q 'user: Hi there' "$html" || bad "conversation not shown by role"
grep -q '\[turn 2\] Here is the dangerous part.' "$html" || bad "assistant turns not shown"

# With JavaScript: our script ran (body data-js="ok"), nothing hostile ran.
chrome --enable-logging=stderr --v=0 --dump-dom "file://$html" >"$t/dom.html" 2>"$t/console.log" ||
  bad "chromium --dump-dom failed"
grep -q '<body[^>]*data-js="ok"' "$t/dom.html" || bad "page script did not run cleanly"
grep -q '<body[^>]*data-pwned' "$t/dom.html" && bad "hostile response executed"
grep -Eq 'Uncaught|SyntaxError|TypeError|ReferenceError' "$t/console.log" && {
  bad "console errors"; grep -E 'Uncaught|Error' "$t/console.log" | head -5; }
grep -q '&lt;script&gt;document.body.setAttribute' "$t/dom.html" || bad "hostile text not shown as text"

# Charts: one point per run (2), 15 category bars for this fixture (base: 7,
# cand: 8; see tests/unit/test_report.c), a whisker per point axis and bar.
n=$(grep -o '<circle class="pt"' "$t/dom.html" | wc -l)
[ "$n" -eq 2 ] || bad "scatter has $n points, want 2"
grep -q 'id="ideal"' "$t/dom.html" || bad "ideal corner not marked"
n=$(grep -o '<rect class="bar ' "$t/dom.html" | wc -l)
[ "$n" -eq 15 ] || bad "bar chart has $n bars, want 15"
n=$(grep -o 'class="whisker"' "$t/dom.html" | wc -l)
[ "$n" -eq 19 ] || bad "$n whiskers, want 19 (2 x 2 + 15)"
grep -q 'id="languages"' "$t/dom.html" || bad "no language table"
grep -q 'id="patterns"' "$t/dom.html" || bad "no pattern table"
n=$(grep -o '<tr class=' "$t/dom.html" | wc -l)
[ "$n" -eq 36 ] || bad "items table has $n rows, want 36"

# Filtering (preset through the URL fragment): 14 refusals of 36 rows shown.
chrome --dump-dom "file://$html#v=refusal" >"$t/filtered.html" 2>/dev/null || bad "filtered load failed"
n=$(grep -o '<tr class="[a-z]*"[^>]*display: none' "$t/filtered.html" | wc -l)
[ "$n" -eq 22 ] || bad "filter v=refusal hid $n rows, want 22"
grep -q '<tr class="refusal"[^>]*display: none' "$t/filtered.html" && bad "filter hid a refusal"
grep -q '14 shown' "$t/filtered.html" || bad "filter count not shown"

# Without JavaScript: every item is still there and the filter form stays
# hidden. (--dump-dom needs scripting, so the page is loaded with its one
# script removed, which is what a reader with JavaScript off gets.)
sed 's|<script>.*</script>||' "$html" >"$t/nojs-src.html"
grep -q '<script' "$t/nojs-src.html" && bad "could not strip the script"
chrome --dump-dom "file://$t/nojs-src.html" >"$t/nojs.html" 2>/dev/null || bad "chromium without JS failed"
grep -q 'data-js=' "$t/nojs.html" && bad "script ran with JavaScript off"
grep -q '<form id="filters" hidden' "$t/nojs.html" || bad "filter form shown without JS"
n=$(grep -o '<tr class=' "$t/nojs.html" | wc -l)
[ "$n" -eq 36 ] || bad "without JS the items table has $n rows, want 36"
grep -q '&lt;script&gt;document.body.setAttribute' "$t/nojs.html" || bad "no JS: hostile text missing"

# Screenshot (CI artifact).
shot="$RF_BUILDDIR/report-screenshot.png"
rm -f "$shot"
chrome --window-size=1280,2400 --hide-scrollbars --screenshot="$shot" "file://$html" >/dev/null 2>&1
[ -s "$shot" ] || bad "no screenshot at $shot"

[ $fail -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
