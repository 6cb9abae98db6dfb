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

static unsigned patterns_of(const rf_lexicon *lx, const char *s)
{
    rf_buf norm;
    rf_scan sc;
    rf_buf_init(&norm, 1 << 16);
    CHECK(rf_lexicon_scan_raw(lx, s, strlen(s), &norm, &sc) == RF_OK);
    rf_buf_free(&norm);
    return sc.patterns;
}

static void check_crowd(int n, int apology_last)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    char *t = crowded_lexicon(n, apology_last);
    CHECK(t != NULL);
    if (!t)
        return;
    CHECK(rf_lexicon_from_text("t.txt", "en", t, strlen(t), &lx, err) == RF_OK);
    free(t);
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

int main(void)
{
    TEST_RUN(test_crowded_openings);
    return TEST_DONE();
}
