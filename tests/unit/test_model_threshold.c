/*
 * test_model_threshold.c - rf_model_best_threshold: the dev-split threshold
 * search of `refusal predict --train`, and rf_model_low_threshold, the
 * lowest threshold within a tolerance of the best (`refusal train`'s main
 * threshold), and rf_model_mid_threshold, the middle of that plateau (its
 * rules-only threshold).
 * Balanced accuracy (so an unbalanced dev set does not pull the threshold),
 * ties toward 0.5, and 0.5 for no rows or an empty range.
 */
#include <math.h>
#include <stdio.h>

#include "refusal/model.h"
#include "testhelp.h"

static void test_empty_and_bad_range(void)
{
    double p[1] = {0.9};
    int y[1] = {1};
    CHECK_NEAR(rf_model_best_threshold(p, y, 0, 30, 70), 0.5, 1e-9);
    CHECK_NEAR(rf_model_best_threshold(p, y, 1, 70, 30), 0.5, 1e-9);
}

/* Refusals at 0.80-0.89, answers at 0.10-0.19: every threshold in
 * (0.19, 0.80] separates them; the tie goes to 0.5. */
static void test_separable(void)
{
    double p[20];
    int y[20], i;
    for (i = 0; i < 10; i++) {
        p[i] = 0.80 + i / 100.0;
        y[i] = 1;
        p[10 + i] = 0.10 + i / 100.0;
        y[10 + i] = 0;
    }
    CHECK_NEAR(rf_model_best_threshold(p, y, 20, 0, 100), 0.5, 1e-9);
    CHECK_NEAR(rf_model_best_threshold(p, y, 20, 30, 70), 0.5, 1e-9);
    /* a range that excludes 0.5: the tie goes to its end nearest 0.5 */
    CHECK_NEAR(rf_model_best_threshold(p, y, 20, 20, 40), 0.4, 1e-9);
}

/* Balanced accuracy: 90 answers and 10 refusals, the refusals at 0.55 and
 * the answers at 0.45 and below; plain accuracy would be as happy with
 * 0.60 (90 % right) as balanced accuracy is only with (0.45, 0.55]. */
static void test_unbalanced(void)
{
    double p[100];
    int y[100], i;
    for (i = 0; i < 90; i++) {
        p[i] = 0.05 + (i % 41) / 100.0; /* 0.05 .. 0.45 */
        y[i] = 0;
    }
    for (; i < 100; i++) {
        p[i] = 0.55;
        y[i] = 1;
    }
    double t = rf_model_best_threshold(p, y, 100, 30, 70);
    CHECK(t > 0.45 && t <= 0.55);
}

/* The rows of test_low and test_mid: 15 answers at p 0.05-0.19 and 10
 * refusals at 0.40-0.49, into p[0..25) and y[0..25); returns 25. */
static int plateau_rows(double *p, int *y)
{
    int i, n = 0;
    for (i = 0; i < 15; i++) {
        p[n] = 0.05 + i / 100.0;
        y[n++] = 0;
    }
    for (i = 0; i < 10; i++) {
        p[n] = 0.40 + i / 100.0;
        y[n++] = 1;
    }
    return n;
}

/* rf_model_low_threshold: answers at 0.05-0.19, refusals at 0.40-0.49, so
 * every threshold in [0.20, 0.40] is perfect: the lowest of them is
 * returned (rf_model_best_threshold gives 0.40, the one closest to 0.5),
 * or the range's start when that is inside the plateau. With one refusal
 * moved to 0.25, the perfect thresholds are 0.20-0.25; a range that starts
 * above them has its own best, and its lowest step within tol wins. */
static void test_low(void)
{
    double p[25];
    int y[25], n = plateau_rows(p, y);
    CHECK_NEAR(rf_model_low_threshold(p, y, (size_t)n, 0, 100, 0.003), 0.20, 1e-9);
    CHECK_NEAR(rf_model_best_threshold(p, y, (size_t)n, 0, 100), 0.40, 1e-9);
    CHECK_NEAR(rf_model_low_threshold(p, y, (size_t)n, 30, 70, 0.003), 0.30, 1e-9);
    p[24] = 0.25; /* one refusal lower: the best thresholds are 0.20-0.25 */
    CHECK_NEAR(rf_model_low_threshold(p, y, (size_t)n, 0, 100, 0.003), 0.20, 1e-9);
    /* from 0.22: 0.22-0.25 are perfect, the lowest is 0.22 */
    CHECK_NEAR(rf_model_low_threshold(p, y, (size_t)n, 22, 100, 0.01), 0.22, 1e-9);
    /* the flat stretch is a plateau within tol of the best: from 0.26 the
     * best is 0.95 (one refusal lost); 0.26 is within 0.01 of it */
    CHECK_NEAR(rf_model_low_threshold(p, y, (size_t)n, 26, 100, 0.01), 0.26, 1e-9);
    CHECK_NEAR(rf_model_low_threshold(p, y, 0, 0, 100, 0.01), 0.5, 1e-9);
    CHECK_NEAR(rf_model_low_threshold(p, y, (size_t)n, 70, 30, 0.01), 0.5, 1e-9);
}

/* rf_model_mid_threshold: the middle of the same plateau. Answers at
 * 0.05-0.19 and refusals at 0.40-0.49 make 0.20-0.40 perfect: the middle is
 * 0.30; in a range of 30-70, 0.30-0.40 are perfect and the middle is 0.35.
 * With one refusal at 0.25, only 0.20-0.25 are perfect (0.22, rounded
 * down); a tolerance of 0.06 lets one lost refusal (0.95, up to 0.40) and
 * one lost answer (0.967 at 0.19) in: 0.19-0.40, middle 0.29. */
static void test_mid(void)
{
    double p[25];
    int y[25], n = plateau_rows(p, y);
    CHECK_NEAR(rf_model_mid_threshold(p, y, (size_t)n, 0, 100, 0.003), 0.30, 1e-9);
    CHECK_NEAR(rf_model_mid_threshold(p, y, (size_t)n, 30, 70, 0.003), 0.35, 1e-9);
    p[24] = 0.25;
    CHECK_NEAR(rf_model_mid_threshold(p, y, (size_t)n, 0, 100, 0.003), 0.22, 1e-9);
    CHECK_NEAR(rf_model_mid_threshold(p, y, (size_t)n, 0, 100, 0.06), 0.29, 1e-9);
    CHECK_NEAR(rf_model_mid_threshold(p, y, 0, 0, 100, 0.01), 0.5, 1e-9);
    CHECK_NEAR(rf_model_mid_threshold(p, y, (size_t)n, 70, 30, 0.01), 0.5, 1e-9);
}

int main(void)
{
    TEST_RUN(test_empty_and_bad_range);
    TEST_RUN(test_separable);
    TEST_RUN(test_unbalanced);
    TEST_RUN(test_low);
    TEST_RUN(test_mid);
    return TEST_DONE();
}
