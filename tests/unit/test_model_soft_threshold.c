/*
 * test_model_soft_threshold.c - rf_model_soft_threshold, the rules-only
 * threshold of `refusal train` since session 8 (branch s8-auto): the mean of
 * the thresholds in a range weighted by exp((balanced accuracy - best) / tau).
 * Checks: the middle of a perfect plateau (like rf_model_mid_threshold), 0.5
 * for no rows, an empty range or tau <= 0, and the point of it: on a flat
 * curve, rows added one at a time move it by under 0.01 each, where the hard
 * middle of the plateau jumps by 0.06 when one threshold falls out of the
 * tolerance.
 */
#include <math.h>
#include <stdio.h>

#include "refusal/model.h"
#include "refusal/common.h"
#include "testhelp.h"

#define FLAT_EACH 2000
#define FLAT_ZONE 25
#define FLAT_ADDED 20
#define FLAT_ROWS (2 * FLAT_EACH + 2 * FLAT_ZONE + FLAT_ADDED)

/* Answers at 0.05-0.19, refusals at 0.40-0.49 (as test_model_threshold.c):
 * every threshold from 0.20 to 0.40 is perfect, any other loses at least one
 * row of ten (a weight of exp(-25) at tau 0.002). */
static int plateau_rows(double *p, int *y)
{
    int i, n = 0;
    for (i = 0; i < 15; i++, n++) {
        p[n] = 0.05 + i * 0.01;
        y[n] = 0;
    }
    for (i = 0; i < 10; i++, n++) {
        p[n] = 0.40 + i * 0.01;
        y[n] = 1;
    }
    return n;
}

static void test_plateau_middle(void)
{
    double p[25];
    int y[25], n = plateau_rows(p, y);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 0, 100, 0.002), 0.30, 1e-6);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 30, 70, 0.002), 0.35, 1e-6);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 45, 45, 0.002), 0.45, 1e-9);
}

static void test_degenerate(void)
{
    double p[25];
    int y[25], n = plateau_rows(p, y);
    CHECK_NEAR(rf_model_soft_threshold(p, y, 0, 0, 100, 0.002), 0.5, 1e-9);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 70, 30, 0.002), 0.5, 1e-9);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, -1, 30, 0.002), 0.5, 1e-9);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 30, 101, 0.002), 0.5, 1e-9);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 30, 70, 0), 0.5, 1e-9);
    CHECK_NEAR(rf_model_soft_threshold(p, y, (size_t)n, 30, 70, -1), 0.5, 1e-9);
}

/* A flat curve: 2,000 answers at 0.10, 2,000 refusals at 0.90, and one
 * answer and one refusal at each of 0.305, 0.315, ..., 0.545: a threshold
 * anywhere in 0.30-0.70 gets 25 of these 50 wrong, so every step of the
 * range scores the same; both middles are 0.50. Then refusals at 0.58 are
 * added one at a time: each costs the thresholds above 0.58 a refusal. */
static void test_flat_curve_moves_little(void)
{
    static double p[FLAT_ROWS];
    static int y[FLAT_ROWS];
    double soft_prev = 0, mid_prev = 0, soft_step = 0, mid_step = 0;
    size_t n = 0;
    int i;
    for (i = 0; i < FLAT_EACH; i++, n += 2) {
        p[n] = 0.10, y[n] = 0;
        p[n + 1] = 0.90, y[n + 1] = 1;
    }
    for (i = 0; i < FLAT_ZONE; i++, n += 2) {
        p[n] = p[n + 1] = 0.305 + i * 0.01;
        y[n] = 0, y[n + 1] = 1;
    }
    for (i = 0; i <= FLAT_ADDED; i++) {
        double s = rf_model_soft_threshold(p, y, n, 30, 70, 0.002);
        double m = rf_model_mid_threshold(p, y, n, 30, 70, 0.003);
        if (i == 0) {
            CHECK_NEAR(s, 0.50, 1e-6);
            CHECK_NEAR(m, 0.50, 1e-9);
        } else {
            soft_step = fmax(soft_step, fabs(s - soft_prev));
            mid_step = fmax(mid_step, fabs(m - mid_prev));
        }
        soft_prev = s, mid_prev = m;
        if (i < FLAT_ADDED) {
            p[n] = 0.58, y[n] = 1;
            n++;
        }
    }
    CHECK(soft_step < 0.01); /* about 0.005 */
    CHECK(mid_step > 0.05);  /* 0.50 -> 0.44 at the 13th row */
    CHECK(soft_prev > 0.44); /* the mass above 0.58 fades, never drops */
    CHECK(soft_prev < 0.50);
}

int main(void)
{
    TEST_RUN(test_plateau_middle);
    TEST_RUN(test_degenerate);
    TEST_RUN(test_flat_curve_moves_little);
    return TEST_DONE();
}
