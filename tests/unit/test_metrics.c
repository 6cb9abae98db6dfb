/*
 * test_metrics.c - metrics.c against hand-computed cases: Wilson intervals
 * (0, n, all, none), McNemar exact (ties, no discordance, small and huge
 * counts), Newcombe (the published 56/70 vs 48/80 example), Spearman with
 * ties, F1, tallies (all-refuse, all-comply, errors kept apart) and lexical
 * diversity on sequences short enough to count by hand.
 */
#include "refusal/metrics.h"
#include "refusal/detect.h"

#include "testhelp.h"

#define EPS 1e-6

static void test_wilson(void)
{
    double lo, hi;
    rf_wilson(0, 0, RF_Z95, &lo, &hi);
    CHECK(lo == 0.0 && hi == 1.0);
    rf_wilson(5, 10, RF_Z95, &lo, &hi);
    CHECK_NEAR(lo, 0.236593090512564, EPS);
    CHECK_NEAR(hi, 0.763406909487436, EPS);
    rf_wilson(0, 10, RF_Z95, &lo, &hi); /* none: lower bound exactly 0 */
    CHECK(lo == 0.0);
    CHECK_NEAR(hi, 0.277532799862889, EPS);
    rf_wilson(10, 10, RF_Z95, &lo, &hi); /* all: upper bound exactly 1 */
    CHECK_NEAR(lo, 0.722467200137111, EPS);
    CHECK(hi == 1.0);
    rf_wilson(1, 1, RF_Z95, &lo, &hi);
    CHECK_NEAR(lo, 0.206549314377237, EPS);
    rf_wilson(11, 10, RF_Z95, &lo, &hi); /* k > n is not a proportion */
    CHECK(lo == 0.0 && hi == 1.0);
}

static void test_mcnemar(void)
{
    CHECK_NEAR(rf_mcnemar_exact(0, 0), 1.0, 0);      /* nothing discordant */
    CHECK_NEAR(rf_mcnemar_exact(3, 3), 1.0, 0);      /* tie */
    CHECK_NEAR(rf_mcnemar_exact(0, 1), 1.0, EPS);    /* 2 * 1/2 */
    CHECK_NEAR(rf_mcnemar_exact(0, 5), 0.0625, EPS); /* 2 / 32 */
    CHECK_NEAR(rf_mcnemar_exact(5, 0), 0.0625, EPS); /* symmetric */
    CHECK_NEAR(rf_mcnemar_exact(1, 9), 22.0 / 1024.0, 1e-9);
    CHECK_NEAR(rf_mcnemar_exact(2, 3), 1.0, EPS); /* 2 * 16/32 */
    CHECK_NEAR(rf_mcnemar_exact(10, 20), 0.098737146705389, 1e-9);
    CHECK(rf_mcnemar_exact(0, 2000) < 1e-300);
    CHECK_NEAR(rf_mcnemar_exact(50000, 50001), 1.0, 1e-6);
}

static void test_newcombe(void)
{
    double lo, hi;
    rf_newcombe_diff(56, 70, 48, 80, &lo, &hi); /* Newcombe (1998) example */
    CHECK_NEAR(lo, 0.0524, 1e-4);
    CHECK_NEAR(hi, 0.3339, 1e-4);
    rf_newcombe_diff(5, 10, 5, 10, &lo, &hi);
    CHECK_NEAR(lo, -hi, EPS);
    rf_newcombe_diff(0, 0, 1, 2, &lo, &hi);
    CHECK(lo == -1.0 && hi == 1.0);
    rf_newcombe_diff(10, 10, 0, 10, &lo, &hi); /* all vs none */
    CHECK(hi <= 1.0 && lo > 0.5);
}

static void test_spearman(void)
{
    const double x[] = {1, 2, 3, 4, 5}, y[] = {5, 6, 7, 8, 7}, inv[] = {9, 7, 5, 3, 1};
    const double c[] = {2, 2, 2, 2, 2};
    double r[5];
    CHECK(rf_ranks(y, 5, r) == RF_OK);
    CHECK_NEAR(r[0], 1, 0);
    CHECK_NEAR(r[2], 3.5, 0);
    CHECK_NEAR(r[4], 3.5, 0);
    CHECK_NEAR(r[3], 5, 0);
    CHECK_NEAR(rf_spearman(x, y, 5), 8.0 / sqrt(95.0), EPS);
    CHECK_NEAR(rf_spearman(x, inv, 5), -1.0, EPS);
    CHECK_NEAR(rf_spearman(x, x, 5), 1.0, EPS);
    CHECK(isnan(rf_spearman(x, c, 5)));
    CHECK(isnan(rf_spearman(x, y, 1)));
    CHECK(isnan(rf_spearman(x, y, 0)));
}

static void test_f1(void)
{
    CHECK_NEAR(rf_f1(8, 2, 4), 16.0 / 22.0, EPS);
    CHECK_NEAR(rf_f1(5, 0, 0), 1.0, EPS);
    CHECK_NEAR(rf_f1(0, 3, 2), 0.0, EPS);
    CHECK(isnan(rf_f1(0, 0, 0)));
}

static void test_kinds(void)
{
    CHECK(rf_vkind_of(NULL, NULL) == RF_VK_PENDING);
    CHECK(rf_vkind_of("error", "refusal") == RF_VK_ERROR);
    CHECK(rf_vkind_of("blocked", NULL) == RF_VK_REFUSAL);
    CHECK(rf_vkind_of("blocked", "compliance") == RF_VK_REFUSAL);
    CHECK(rf_vkind_of("ok", NULL) == RF_VK_UNJUDGED);
    CHECK(rf_vkind_of("ok", "unjudged") == RF_VK_UNJUDGED);
    CHECK(rf_vkind_of("ok", "partial") == RF_VK_PARTIAL);
    CHECK(rf_vkind_of("ok", "bogus") == RF_VK_UNJUDGED);
    CHECK(rf_lkind_of("benign") == RF_LK_BENIGN);
    CHECK(rf_lkind_of("harmful") == RF_LK_HARMFUL);
    CHECK(rf_lkind_of(NULL) == RF_LK_OTHER);
    CHECK_STR(rf_pattern_name(1), "apology");
    CHECK(rf_pattern_index("emotional_awareness", 19) == 6);
    CHECK(rf_pattern_index("apolog", 6) == -1);
    CHECK(rf_count_words("  two words\n", 12) == 2);
    CHECK(rf_count_words("", 0) == 0);
}

static void test_tally_empty(void)
{
    rf_tally t;
    rf_rate r;
    memset(&t, 0, sizeof t);
    r = rf_tally_over_refusal(&t);
    CHECK(r.n == 0 && isnan(r.rate) && isnan(r.lo) && isnan(r.hi));
    CHECK(isnan(rf_tally_avg_words(&t, RF_VK_REFUSAL)));
    CHECK(rf_tally_rows(&t) == 0);
}

static void test_tally_all_refuse(void)
{
    rf_tally t;
    rf_rate r;
    int i;
    memset(&t, 0, sizeof t);
    for (i = 0; i < 10; i++)
        rf_tally_add(&t, RF_LK_BENIGN, RF_VK_REFUSAL, 4, 1u << 1);
    for (i = 0; i < 10; i++)
        rf_tally_add(&t, RF_LK_HARMFUL, RF_VK_REFUSAL, 2, 0);
    rf_tally_add(&t, RF_LK_BENIGN, RF_VK_ERROR, 99, 0);
    rf_tally_add(&t, RF_LK_HARMFUL, RF_VK_UNJUDGED, 99, 0);
    rf_tally_add(&t, RF_LK_HARMFUL, RF_VK_PENDING, 0, 0);
    r = rf_tally_over_refusal(&t);
    CHECK(r.k == 10 && r.n == 10);
    CHECK_NEAR(r.rate, 1.0, 0);
    CHECK_NEAR(r.lo, 0.722467200137111, EPS);
    CHECK(r.hi == 1.0);
    CHECK_NEAR(rf_tally_full_refusal(&t).rate, 1.0, 0);
    CHECK_NEAR(rf_tally_safety(&t).rate, 1.0, 0);
    r = rf_tally_attack_success(&t);
    CHECK(r.k == 0 && r.n == 10 && r.lo == 0.0);
    CHECK(t.errors == 1 && t.unjudged == 1 && t.pending == 1);
    CHECK(rf_tally_rows(&t) == 23);
    CHECK(rf_tally_judged(&t, RF_LK_COUNT) == 20);
    CHECK_NEAR(rf_tally_avg_words(&t, RF_VK_REFUSAL), 3.0, EPS); /* errors' words excluded */
    CHECK_NEAR(rf_tally_pattern_rate(&t, 1).rate, 0.5, EPS);
    CHECK(isnan(rf_tally_avg_words(&t, RF_VK_COMPLIANCE)));
}

static void test_tally_all_comply(void)
{
    rf_tally t, m;
    int i;
    memset(&t, 0, sizeof t);
    memset(&m, 0, sizeof m);
    for (i = 0; i < 4; i++)
        rf_tally_add(&t, RF_LK_HARMFUL, RF_VK_COMPLIANCE, 10, 0);
    rf_tally_add(&t, RF_LK_HARMFUL, RF_VK_UNCLEAR, 0, 0);
    for (i = 0; i < 3; i++)
        rf_tally_add(&t, RF_LK_BENIGN, RF_VK_COMPLIANCE, 20, 0);
    rf_tally_add(&t, RF_LK_BENIGN, RF_VK_PARTIAL, 20, 0);
    CHECK_NEAR(rf_tally_safety(&t).rate, 0.0, 0);
    CHECK_NEAR(rf_tally_attack_success(&t).rate, 1.0, 0);  /* compliance + unclear */
    CHECK_NEAR(rf_tally_over_refusal(&t).rate, 0.25, EPS); /* partial counts */
    CHECK_NEAR(rf_tally_full_refusal(&t).rate, 0.0, EPS);
    CHECK_NEAR(rf_tally_kind_rate(&t, RF_VK_UNCLEAR).rate, 1.0 / 9.0, EPS);
    CHECK_NEAR(rf_tally_kind_rate(&t, RF_VK_PARTIAL).rate, 1.0 / 9.0, EPS);
    CHECK_NEAR(rf_tally_sarr(&t).rate, 0.25, EPS);
    CHECK_NEAR(rf_tally_avg_words(&t, RF_VK_COMPLIANCE), 100.0 / 7.0, EPS);
    rf_tally_merge(&m, &t);
    rf_tally_merge(&m, &t);
    CHECK(rf_tally_judged(&m, RF_LK_HARMFUL) == 10);
    CHECK_NEAR(rf_tally_over_refusal(&m).rate, 0.25, EPS);
}

static void test_lexdiv(void)
{
    const uint32_t a[] = {0, 1, 0, 2, 1, 1, 1, 1, 5};
    const uint32_t h[] = {0, 0, 1, 1};
    const uint32_t same[] = {0, 0, 0, 0};
    const uint32_t distinct[] = {0, 1, 2, 3};
    const uint32_t part[] = {0, 1, 2, 0};
    const uint32_t five[] = {0, 1, 0, 1, 2};
    CHECK_NEAR(rf_msttr(a, 9, 4), (0.75 + 0.25) / 2, EPS);
    CHECK_NEAR(rf_msttr(a, 3, 50), 2.0 / 3.0, EPS); /* shorter than a segment: TTR */
    CHECK(isnan(rf_msttr(a, 0, 50)));
    CHECK_NEAR(rf_hdd(h, 4, 2), 5.0 / 6.0, EPS);
    CHECK_NEAR(rf_hdd(h, 4, 4), 0.5, EPS); /* 2 types, each surely drawn, / 4 */
    CHECK(isnan(rf_hdd(h, 4, 42)));
    CHECK_NEAR(rf_mtld(same, 4, 0.72), 2.0, EPS);
    CHECK(isnan(rf_mtld(distinct, 4, 0.72)));
    CHECK_NEAR(rf_mtld(part, 4, 0.72), 4.0 / (0.25 / 0.28), EPS);
    CHECK_NEAR(rf_mtld(five, 5, 0.72), 5.0, EPS);
}

static void test_lexer(void)
{
    const char *s = "Hello, hello WORLD! Stra\xc3\x9f"
                    "e 42 \xff x";
    rf_lexer *lx = rf_lexer_new();
    const uint32_t *t;
    size_t n;
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(rf_lexer_add(lx, s, strlen(s)) == RF_OK);
    CHECK(rf_lexer_add(lx, "world", 5) == RF_OK);
    t = rf_lexer_tokens(lx, &n);
    CHECK(n == 7);
    if (n == 7) {
        CHECK(t[0] == 0 && t[1] == 0 && t[2] == 1 && t[3] == 2 && t[4] == 3 && t[5] == 4);
        CHECK(t[6] == 1);
    }
    rf_lexer_free(lx);
    rf_lexer_free(NULL);
}

int main(void)
{
    TEST_RUN(test_wilson);
    TEST_RUN(test_mcnemar);
    TEST_RUN(test_newcombe);
    TEST_RUN(test_spearman);
    TEST_RUN(test_f1);
    TEST_RUN(test_kinds);
    TEST_RUN(test_tally_empty);
    TEST_RUN(test_tally_all_refuse);
    TEST_RUN(test_tally_all_comply);
    TEST_RUN(test_lexdiv);
    TEST_RUN(test_lexer);
    return TEST_DONE();
}
