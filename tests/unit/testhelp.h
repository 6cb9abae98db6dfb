/*
 * testhelp.h - the tiny unit-test harness: one executable per module
 * (tests/unit/test_<module>.c), each a main() calling TEST_RUN() per case.
 * Prints one line per failed check and a closing "N passed, N failed" line.
 */
#ifndef RF_TESTHELP_H
#define RF_TESTHELP_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int th_checks, th_failed_checks, th_passed, th_failed, th_skipped;
static int th_case_failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        th_checks++;                                                                               \
        if (!(cond)) {                                                                             \
            th_failed_checks++;                                                                    \
            th_case_failed = 1;                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

#define CHECK_STR(a, b)                                                                            \
    do {                                                                                           \
        const char *th_a = (a), *th_b = (b);                                                       \
        th_checks++;                                                                               \
        if (!th_a || !th_b || strcmp(th_a, th_b) != 0) {                                           \
            th_failed_checks++;                                                                    \
            th_case_failed = 1;                                                                    \
            fprintf(stderr, "%s:%d: %s == %s: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, #a,  \
                    #b, th_a ? th_a : "(null)", th_b ? th_b : "(null)");                           \
        }                                                                                          \
    } while (0)

#define CHECK_NEAR(a, b, eps)                                                                      \
    do {                                                                                           \
        double th_x = (a), th_y = (b);                                                             \
        th_checks++;                                                                               \
        if (!(fabs(th_x - th_y) <= (eps))) {                                                       \
            th_failed_checks++;                                                                    \
            th_case_failed = 1;                                                                    \
            fprintf(stderr, "%s:%d: %s ~ %s: got %.9g, want %.9g\n", __FILE__, __LINE__, #a, #b,   \
                    th_x, th_y);                                                                   \
        }                                                                                          \
    } while (0)

#define TEST_RUN(fn)                                                                               \
    do {                                                                                           \
        th_case_failed = 0;                                                                        \
        fn();                                                                                      \
        if (th_case_failed) {                                                                      \
            th_failed++;                                                                           \
            fprintf(stderr, "FAIL %s\n", #fn);                                                     \
        } else {                                                                                   \
            th_passed++;                                                                           \
        }                                                                                          \
    } while (0)

#define TEST_SKIP(why)                                                                             \
    do {                                                                                           \
        th_skipped++;                                                                              \
        fprintf(stderr, "skip %s: %s\n", __func__, why);                                           \
        return;                                                                                    \
    } while (0)

#define TEST_DONE()                                                                                \
    (printf("%d passed, %d failed, %d skipped (%d checks)\n", th_passed, th_failed, th_skipped,    \
            th_checks),                                                                            \
     th_failed ? 1 : 0)

/* Path of a file in the source tree (RF_SRCDIR set by ctest), static buffer. */
static inline const char *th_src(const char *rel)
{
    static char path[4096];
    const char *d = getenv("RF_SRCDIR");
    snprintf(path, sizeof path, "%s/%s", d ? d : ".", rel);
    return path;
}

#endif
