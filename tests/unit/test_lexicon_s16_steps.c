/* Unit tests of session 16, branch s16-steps: the partial matches that
 * end at one offset are all read, however many lexicon lines open alike.
 * Until this branch the walk over them stopped after 96 entries (48 before
 * s16-r16), newest first, so many lines sharing an opening ("{i cannot|
 * cannot} ...") hid a longer chain begun earlier at the same offset, and
 * adding a line could switch off another. The lexicons here are built for
 * the test. */
#include <stdio.h>
#include <string.h>

#include "refusal/buf.h"
#include "refusal/lexicon.h"
#include "testhelp.h"

/* n lines "{i cannot|cannot} {wordN|otherN} now" and an apology
 * "{i cannot|we cannot} {help you|assist you}, he said", first or last: after "i cannot"
 * 2 n + 1 partial matches end at one offset, the apology's among them. */
static char *crowded_lexicon(int n, int apology_last)
{
    size_t cap = (size_t)n * 64 + 128, len;
    char *t = malloc(cap);
    int k;
    if (!t)
        return NULL;
    static const char apology[] =
        "apology\t1\t{i cannot|we cannot} {help you|assist you}, he said\n";
    len = apology_last ? 0 : (size_t)snprintf(t, cap, "%s", apology);
    for (k = 0; k < n; k++)
        len +=
            (size_t)snprintf(t + len, cap - len,
                             "direct_refusal\t1\t{i cannot|cannot} {word%d|other%d} now\n", k, k);
    if (apology_last)
        snprintf(t + len, cap - len, "%s", apology);
    return t;
}

static void scan_of(const rf_lexicon *lx, const char *s, rf_scan *sc)
{
    rf_buf norm;
    rf_buf_init(&norm, 1 << 20);
    CHECK(rf_lexicon_scan_raw(lx, s, strlen(s), &norm, sc) == RF_OK);
    rf_buf_free(&norm);
}

static rf_scan g_sc;

/* The pattern bits of s; no overrun of the pool of partial matches. */
static unsigned patterns_of(const rf_lexicon *lx, const char *s)
{
    scan_of(lx, s, &g_sc);
    CHECK(!g_sc.part_overrun);
    return g_sc.patterns;
}

/* The lexicon of crowded_lexicon(n, apology_last), loaded; NULL (a check
 * failed) when it cannot be built or read. */
static rf_lexicon *crowd_load(int n, int apology_last)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    char *t = crowded_lexicon(n, apology_last);
    CHECK(t != NULL);
    if (!t)
        return NULL;
    CHECK(rf_lexicon_from_text("t.txt", "en", t, strlen(t), &lx, err) == RF_OK);
    free(t);
    return lx;
}

static void check_crowd(int n, int apology_last)
{
    rf_lexicon *lx = crowd_load(n, apology_last);
    if (!lx)
        return;
    /* the crowd's own lines match: the first, a middle and the last */
    CHECK(patterns_of(lx, "I cannot word0 now.") == 1u << RF_LEX_DIRECT_REFUSAL);
    CHECK(patterns_of(lx, "Sorry, cannot other7 now.") & 1u << RF_LEX_DIRECT_REFUSAL);
    /* the apology, read past the crowd's newer entries */
    CHECK(patterns_of(lx, "The old man looked up. I cannot help you, he said, and left.") ==
          1u << RF_LEX_APOLOGY);
    CHECK(patterns_of(lx, "We cannot help you, he said.") == 1u << RF_LEX_APOLOGY);
    CHECK(patterns_of(lx, "I cannot help you now.") == 0);
    rf_lexicon_free(lx);
}

static void test_crowded_openings(void)
{
    int last;
    for (last = 0; last < 2; last++) {
        check_crowd(10, last);
        check_crowd(60, last);  /* 121 entries at one offset: over the old bound of 96 */
        check_crowd(300, last); /* 601 entries, within the pool of 1024 */
    }
}

/* 1,201 entries at one offset: more than the pool holds, which the scan
 * reports (rf_scan.part_overrun) */
static void test_overrun(void)
{
    rf_lexicon *lx = crowd_load(600, 0);
    if (!lx)
        return;
    scan_of(lx, "I cannot help you, he said.", &g_sc);
    CHECK(g_sc.part_overrun);
    scan_of(lx, "We cannot help you, he said.", &g_sc);
    CHECK(!g_sc.part_overrun && g_sc.patterns == 1u << RF_LEX_APOLOGY);
    rf_lexicon_free(lx);
}

/* Text s repeated n times (the caller frees). */
static char *repeated(const char *s, int n)
{
    size_t len = strlen(s);
    char *t = malloc(len * (size_t)n + 1);
    int k;
    if (!t)
        return NULL;
    for (k = 0; k < n; k++)
        memcpy(t + len * (size_t)k, s, len);
    t[len * (size_t)n] = 0;
    return t;
}

/* The shipped lexicons on their busiest openings, repeated until the pool
 * wraps many times: no overrun, and every quoted "I can't give you this"
 * is still masked as speech. */
static void test_shipped(void)
{
    static const char *const k_busy[] = {
        "я не могу не могу я не могу и не могу ",
        "I can't I cannot I can not I won't I'm sorry, but I can't ",
        "no puedo lo siento, pero no puedo no puedo ayudarte ",
        "ich kann nicht ich kann dir nicht leider kann ich nicht ",
        "我不能 我无法 抱歉，我不能 我不能帮你 ",
        "申し訳ありませんが、できません。お手伝いできません。",
        "لا أستطيع لا يمكنني آسف، لا أستطيع ",
    };
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    size_t k;
    char *t;
    CHECK(rf_lexicon_load(NULL, &lx, err) == RF_OK);
    if (!lx)
        return;
    for (k = 0; k < sizeof k_busy / sizeof k_busy[0]; k++) {
        if (!(t = repeated(k_busy[k], 200)))
            continue;
        scan_of(lx, t, &g_sc);
        CHECK(!g_sc.part_overrun);
        free(t);
    }
    t = repeated("«Я не могу тебе это отдать», — тихо сказала бабушка и спрятала кольцо. ", 100);
    if (t) {
        scan_of(lx, t, &g_sc);
        CHECK(!g_sc.part_overrun);
        CHECK(g_sc.n_neutral == 100);
        free(t);
    }
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_crowded_openings);
    TEST_RUN(test_overrun);
    TEST_RUN(test_shipped);
    return TEST_DONE();
}
