/*
 * think_checks.h - what the reasoning-cut unit tests share
 * (test_text_think*.c): the raw view (rf_text_strip_debris, the model's)
 * and the normalised view (rf_text_normalize, the rule layer's) must cut
 * a text at the same place. Include after testhelp.h.
 */
#ifndef RF_TEST_THINK_CHECKS_H
#define RF_TEST_THINK_CHECKS_H

#include <string.h>

#include "refusal/buf.h"
#include "refusal/text.h"
#include "text_int.h"

/* normalise(strip(t)) == normalise(t), and both cut as want says (the
 * normalised answer, NULL for no cut). */
static inline void think_same_views(const char *t, const char *want)
{
    size_t n = strlen(t), m;
    char out[4096];
    rf_buf a, b;
    rf_buf_init(&a, 1 << 16);
    rf_buf_init(&b, 1 << 16);
    CHECK(n < sizeof out);
    if (n >= sizeof out)
        return;
    m = rf_text_strip_debris(t, n, out);
    CHECK(rf_text_normalize(t, n, &a) == RF_OK);
    CHECK(rf_text_normalize(out, m, &b) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), rf_buf_ptr(&a));
    if (want) {
        CHECK_STR(rf_buf_ptr(&a), want);
        CHECK(m < n); /* the raw view is cut too */
    } else
        CHECK(m == n);
    rf_buf_free(&a);
    rf_buf_free(&b);
}

#endif
