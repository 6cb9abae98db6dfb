/* Unit tests of session 17, branch s17-rev: worst-case input shapes. The
 * rule tests call the clause and sentence bounds once per hit or head of
 * the opening; over a text with no terminator each call read to the end
 * (or the start), so a refusal repeated without punctuation ("我不能帮助你"
 * x 20,000) cost hits x length: 3,800 instructions a byte instead of ~100.
 * The bounds now read at most RF_LEX_CLAUSE_READ bytes from their start
 * point and never cut a code point; this checks the bound (a step count,
 * not a time), and that ordinary clauses are untouched. */
#include <stdlib.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_int.h"

#define REPEATS 20000

static char *repeated(const char *unit, size_t *len)
{
    size_t n = strlen(unit), k;
    char *t = malloc(n * REPEATS + 1);
    if (!t)
        return NULL;
    for (k = 0; k < REPEATS; k++)
        memcpy(t + k * n, unit, n);
    t[n * REPEATS] = '\0';
    *len = n * REPEATS;
    return t;
}

static int lead(const char *s, size_t i)
{
    return ((unsigned char)s[i] & 0xC0) != 0x80;
}

static void check_bounded(const char *unit)
{
    size_t len = 0, mid, e;
    char *t = repeated(unit, &len);
    CHECK(t != NULL);
    if (!t)
        return;
    mid = len / 2;
    while (!lead(t, mid))
        mid++;
    e = rf_lex_clause_end(t, len, mid);
    CHECK(e > mid && e - mid <= RF_LEX_CLAUSE_READ + 3 && e < len && lead(t, e));
    e = rf_lex_sentence_end_from(t, len, mid);
    CHECK(e > mid && e - mid <= RF_LEX_CLAUSE_READ + 3 && e < len && lead(t, e));
    e = rf_lex_clause_begin(t, mid);
    CHECK(e < mid && mid - e <= RF_LEX_CLAUSE_READ && e > 0 && lead(t, e));
    /* near the ends the text's ends bound them, as before */
    CHECK(rf_lex_clause_end(t, len, len - 10) == len);
    CHECK(rf_lex_clause_begin(t, 10) == 0);
    free(t);
}

static void test_unpunctuated_bounded(void)
{
    check_bounded("我不能帮助你");
    check_bounded("no puedo ayudarte con eso ");
    check_bounded("i can't help with that, ");
    check_bounded("\xd9\x84\xd8\xa7 "); /* ar "لا " */
}

static void test_ordinary_clauses(void)
{
    static const char s[] = "i can't do that; here is why. it is late! ok?";
    size_t len = strlen(s);
    CHECK(rf_lex_clause_end(s, len, 0) == 15);
    CHECK(rf_lex_clause_begin(s, 20) == 16);
    CHECK(rf_lex_sentence_end_from(s, len, 0) == 28);
    CHECK(rf_lex_sentence_end_from(s, len, 29) == 40);
    CHECK(rf_lex_clause_end(s, len, 41) == len - 1);
}

int main(void)
{
    TEST_RUN(test_unpunctuated_bounded);
    TEST_RUN(test_ordinary_clauses);
    return TEST_DONE();
}
