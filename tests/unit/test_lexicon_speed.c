/*
 * test_lexicon_speed.c - the session-6 speed work on the lexicon automaton:
 * the multikey sort of fragment texts (lexicon_sort.c; and session 11's
 * rf_lex_sort_all) against qsort, and
 * scans through the paths the scan encoding added (lexicon_int.h): a
 * report dropped because no partial match ends late enough, one-edge and
 * wide nodes below the resolved rows, and failure back into the rows;
 * word boundaries next to ASCII and other code points; and the list-item
 * count of the rule verdict (eight bytes at a time)
 * against the memchr loop it replaced.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/text.h"
#include "lexicon_int.h"
#include "testhelp.h"
#include "lexicon_checks.h"

#define N_ITEMS 4000

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static int cmp_ref(const void *a, const void *b)
{
    const lex_sort_item *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->p, y->p, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

/* Random texts over a few bytes (some >= 0x80, NUL too) with shared
 * prefixes, duplicates and empty texts: the multikey sort, alone and after
 * the two-byte counting sort, orders them as memcmp-then-length does. */
static void test_sort_matches_qsort(void)
{
    static char buf[N_ITEMS][24];
    static lex_sort_item a[N_ITEMS], b[N_ITEMS], c[N_ITEMS];
    static const unsigned char alpha[] = {' ', 'a', 'b', 'z', 0x00, 0x80, 0xC3, 0xFF};
    size_t i, k, n;
    for (n = 0; n <= N_ITEMS; n = n ? n * 4 : 1) {
        for (i = 0; i < n; i++) {
            size_t len = next_rand() % 20;
            if (i > 0 && next_rand() % 3 == 0) { /* share a prefix with the one before */
                size_t keep = next_rand() % (a[i - 1].len + 1);
                memcpy(buf[i], buf[i - 1], keep);
                for (k = keep; k < len; k++)
                    buf[i][k] = (char)alpha[next_rand() % sizeof alpha];
            } else {
                for (k = 0; k < len; k++)
                    buf[i][k] = (char)alpha[next_rand() % sizeof alpha];
            }
            a[i].p = buf[i];
            a[i].len = (uint32_t)len;
            a[i].idx = (uint32_t)i;
        }
        memcpy(b, a, n * sizeof *a);
        memcpy(c, a, n * sizeof *a);
        rf_lex_sort(a, n, 0);
        CHECK(rf_lex_sort_all(c, n) == RF_OK); /* session 11: two-byte counting sort first */
        qsort(b, n, sizeof *b, cmp_ref);
        for (i = 0; i < n; i++) {
            CHECK(cmp_ref(&a[i], &b[i]) == 0);
            CHECK(cmp_ref(&c[i], &b[i]) == 0);
        }
        for (i = 1; i < n; i++)
            CHECK(cmp_ref(&a[i - 1], &a[i]) <= 0);
    }
}

/* " with that" only continues rules: it reports only where a partial
 * match ends right before it, near or far from other partial matches. */
static void test_later_fragments(void)
{
    static char text[4096];
    size_t i;
    rf_lexicon *lx =
        lexcheck_from_text("direct_refusal\t1\ti {can't|cannot} help{ you|} with that\n"
                           "apology\t0.5\tsorry\n");
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(lexcheck_refusals(lx, "help with that, help you with that") == 0);
    CHECK(lexcheck_refusals(lx, "i can't help with that") == 1);
    CHECK(lexcheck_refusals(lx, "i can't help you with that") == 1);
    CHECK(lexcheck_refusals(lx, "i can't  help with that") == 0);
    CHECK(lexcheck_refusals(lx, "i can't help. help with that") == 0);
    CHECK(lexcheck_refusals(lx, "i cannot help you with that; i can't help with that") == 2);
    /* a partial match far before the later fragments */
    text[0] = 0;
    strcat(text, "i can't help");
    for (i = 0; i < 40; i++)
        strcat(text, " and so on with that");
    CHECK(lexcheck_refusals(lx, text) == 0);
    strcat(text, " i cannot help with that");
    CHECK(lexcheck_refusals(lx, text) == 1);
    rf_lexicon_free(lx);
}

/* Phrases longer than the resolved rows: one-edge chains, a node with more
 * than RF_LEX_WIDE children below them, and mismatches that fail back into
 * the rows or into another deep phrase. */
static void test_deep_nodes(void)
{
    rf_lexicon *lx =
        lexcheck_from_text("direct_refusal\t1\ti am unable to comply with this\n"
                           "direct_refusal\t1\tunable to {assist|answer|act|aid|add|air|"
                           "ask|arm|arc|ape} you\n"
                           "direct_refusal\t1\tto comply\n");
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(lexcheck_refusals(lx, "i am unable to comply with this") == 1);
    CHECK(lexcheck_refusals(lx, "i am unable to comply with that") == 1);   /* "to comply" */
    CHECK(lexcheck_refusals(lx, "i am unable to ask you") == 1);            /* wide node */
    CHECK(lexcheck_refusals(lx, "i am unable to arc you, to comply") == 2); /* two rules */
    CHECK(lexcheck_refusals(lx, "i am unable to aim you") == 0);
    CHECK(lexcheck_refusals(lx, "we are unable to assist you") == 1);
    CHECK(lexcheck_refusals(lx, "i am unable to comply") == 1);
    CHECK(lexcheck_refusals(lx, "i am unable to complying with this") == 0);
    CHECK(lexcheck_refusals(lx, "unable to unable to unable to air you") == 1);
    rf_lexicon_free(lx);
}

/* Number of apology matches in s (already normalised). */
static unsigned apologies(const rf_lexicon *lx, const char *s)
{
    rf_scan sc;
    if (rf_lexicon_scan(lx, s, strlen(s), 0, &sc) != RF_OK)
        return 999;
    return sc.count_later[RF_LEX_APOLOGY] + sc.count_open[RF_LEX_APOLOGY];
}

/* Word boundaries next to ASCII bytes (a short path since session 6) and
 * next to other code points. */
static void test_boundaries(void)
{
    rf_lexicon *lx = lexcheck_from_text("apology\t0.5\tsorry\n");
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(apologies(lx, "sorry") == 1);
    CHECK(apologies(lx, "(sorry), 'sorry'. sorry!") == 3);
    CHECK(apologies(lx, "sorry1 2sorry _sorry sorry_") == 2); /* '_' is no letter */
    CHECK(apologies(lx, "sorryx xsorry") == 0);
    CHECK(apologies(lx, "\xC3\xA9sorry sorry\xC3\xA9") == 0);   /* e acute glues */
    CHECK(apologies(lx, "\xE7\xA7\x81sorry\xE3\x81\xAF") == 1); /* kanji, kana do not */
    CHECK(apologies(lx, "sorry\xCC\x81") == 0);                 /* a combining mark */
    rf_lexicon_free(lx);
}

/* The list-item count as lexicon_rules.c wrote it before session 6: a
 * memchr per space. */
static size_t list_items_ref(const char *s, size_t from, size_t len)
{
    size_t i, n = 0;
    for (i = from; i + 2 < len; i++) {
        const char *sp = memchr(s + i, ' ', len - 2 - i);
        if (!sp)
            break;
        i = (size_t)(sp - s);
        unsigned char a = (unsigned char)s[i + 1], b = (unsigned char)s[i + 2];
        if ((a == '-' || a == '*') && b == ' ')
            n++;
        else if (a >= '0' && a <= '9' && (b == '.' || b == ')') && i + 3 < len && s[i + 3] == ' ')
            n++;
    }
    return n;
}

/* Random texts dense in list markers, spaces and bytes next to them
 * (0x2C, 0x2E, 0x2F, 0x3A, 0xAD, 0xB0 ...), at every start offset. */
static void test_list_items(void)
{
    static const unsigned char alpha[] = {' ', ' ', '-', '*', '.',  ')',  '1',  '9',  '0',  'a',
                                          ',', '/', ':', '+', 0xAD, 0xAA, 0xB0, 0xB9, 0xC3, '\n'};
    char buf[200];
    size_t round, k, from, nth;
    CHECK(rf_lex_list_items("intro: 1. one 2) two - three * four", 0, 35) == 4);
    CHECK(rf_lex_list_items(" - ", 0, 3) == 1 && rf_lex_list_items(" -", 0, 2) == 0);
    CHECK(rf_lex_list_items(" 1.", 0, 3) == 0 && rf_lex_list_items(" 1. x", 1, 5) == 0);
    for (round = 0; round < 3000; round++) {
        size_t len = next_rand() % sizeof buf;
        for (k = 0; k < len; k++)
            buf[k] = (char)alpha[next_rand() % sizeof alpha];
        for (from = 0; from <= len; from += 1 + next_rand() % 7)
            CHECK(rf_lex_list_items(buf, from, len) == list_items_ref(buf, from, len));
        for (nth = 1; nth <= 4; nth++) { /* s16-clean: the least prefix with nth items */
            size_t end = rf_lex_list_item_end(buf, len, nth);
            for (k = 0; k <= len; k += 1 + next_rand() % 5)
                CHECK((list_items_ref(buf, 0, k) >= nth) == (k >= end));
        }
    }
    CHECK(rf_lex_list_item_end(" - a - b", 8, 2) == 7 &&
          rf_lex_list_item_end(" - a", 4, 2) == SIZE_MAX);
}

int main(void)
{
    TEST_RUN(test_sort_matches_qsort);
    TEST_RUN(test_later_fragments);
    TEST_RUN(test_deep_nodes);
    TEST_RUN(test_list_items);
    TEST_RUN(test_boundaries);
    return TEST_DONE();
}
