/*
 * test_model_threshold.c - rf_model_best_threshold: the dev-split threshold
 * search of `refusal train` and `refusal predict --train`. Balanced
 * accuracy (so an unbalanced dev set does not pull the threshold), ties
 * toward 0.5, and 0.5 for no rows or an empty range.
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

int main(void)
{
    TEST_RUN(test_empty_and_bad_range);
    TEST_RUN(test_separable);
    TEST_RUN(test_unbalanced);
    return TEST_DONE();
}
