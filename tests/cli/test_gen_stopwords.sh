#!/usr/bin/env bash
# test_gen_stopwords.sh - src/lib/text_lang_stopwords.h is what
# scripts/gen-stopwords.py generates (then clang-format, as the script's
# usage says): a word added to the script but not regenerated, or a hand
# edit of the generated table, fails here. Skips without python3 or
# clang-format.
set -u
D=${RF_SRCDIR:-.}
command -v python3 >/dev/null || { echo "skip: python3 missing"; exit 77; }
command -v clang-format >/dev/null || { echo "skip: clang-format missing"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp "$D/src/lib/text_lang_stopwords.h" "$T/text_lang_stopwords.h"
cp "$D/.clang-format" "$T/.clang-format"
if ! python3 "$D/scripts/gen-stopwords.py" "$T/text_lang_stopwords.h" 2>"$T/notes"; then
    echo "FAIL gen-stopwords.py exited non-zero:"
    cat "$T/notes"
    exit 1
fi
clang-format -i "$T/text_lang_stopwords.h"
if cmp -s "$T/text_lang_stopwords.h" "$D/src/lib/text_lang_stopwords.h"; then
    echo "ok   the stopword table matches scripts/gen-stopwords.py"
    exit 0
fi
echo "FAIL src/lib/text_lang_stopwords.h differs from scripts/gen-stopwords.py's output;"
echo "     run scripts/gen-stopwords.py && clang-format -i src/lib/text_lang_stopwords.h"
diff "$T/text_lang_stopwords.h" "$D/src/lib/text_lang_stopwords.h" | head -20
exit 1
