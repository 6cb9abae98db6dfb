/* Unit tests for ratelimit.c (engine_int.h): token buckets, backoff with
 * jitter, Retry-After parsing. */
#include "engine_int.h"
#include "testhelp.h"

static void test_bucket_unlimited(void)
{
    rf_bucket b;
    rf_bucket_init(&b, 0, 1, 0);
    CHECK(rf_bucket_wait(&b, 1e9, 0) == 0);
    rf_bucket_take(&b, 1e9, 0);
    CHECK(rf_bucket_wait(&b, 1e9, 0) == 0);
}

static void test_bucket_rpm(void)
{
    rf_bucket b;
    int taken = 0;
    double t;
    rf_bucket_init(&b, 120, 1, 100.0); /* 2/s, capacity 2 */
    for (t = 100.0; t < 110.0; t += 0.01)
        if (rf_bucket_wait(&b, 1, t) == 0) {
            rf_bucket_take(&b, 1, t);
            taken++;
        }
    /* 10 s at 2/s plus the initial burst of 2 */
    CHECK(taken >= 20 && taken <= 22);
    rf_bucket_init(&b, 30, 1, 0); /* 0.5/s, capacity 1 */
    rf_bucket_take(&b, 1, 0);
    CHECK_NEAR(rf_bucket_wait(&b, 1, 0), 2.0, 1e-9);
    CHECK_NEAR(rf_bucket_wait(&b, 1, 1.5), 0.5, 1e-9);
    CHECK(rf_bucket_wait(&b, 1, 2.0) == 0);
}

static void test_bucket_tpm_debt(void)
{
    rf_bucket b;
    rf_bucket_init(&b, 6000, 1, 0); /* 100 tokens/s, capacity 100 */
    CHECK(rf_bucket_wait(&b, 80, 0) == 0);
    rf_bucket_take(&b, 80, 0);
    rf_bucket_adjust(&b, -120);                       /* used 200, not 80 */
    CHECK_NEAR(rf_bucket_wait(&b, 50, 0), 1.5, 1e-9); /* level -100 -> 50 */
    rf_bucket_adjust(&b, 1e9);                        /* refunds never exceed capacity */
    CHECK(b.level <= b.cap);
    CHECK(rf_bucket_wait(&b, 1000, 0) == 0); /* a cost above capacity waits for a full bucket */
}

static void test_backoff(void)
{
    uint64_t rng = 42;
    int i, a;
    for (a = 1; a <= 8; a++)
        for (i = 0; i < 200; i++) {
            double d = rf_backoff_delay(a, 0.5, 30, -1, &rng);
            double full = 0.5 * (1 << (a - 1));
            if (full > 30)
                full = 30;
            CHECK(d >= full / 2 && d <= full);
        }
    for (i = 0; i < 100; i++) {
        double d = rf_backoff_delay(1, 0.5, 30, 3, &rng);
        CHECK(d >= 3 && d <= 3.3);
    }
    CHECK(rf_backoff_delay(1, 0.5, 30, 1e6, &rng) <= 330);
}

static void test_retry_after(void)
{
    CHECK_NEAR(rf_parse_retry_after(" 1\r\n", 4, 0), 1, 0);
    CHECK_NEAR(rf_parse_retry_after("2.5", 3, 0), 2.5, 0);
    CHECK(rf_parse_retry_after("soon", 4, 0) < 0);
    CHECK(rf_parse_retry_after("", 0, 0) < 0);
    CHECK(rf_parse_retry_after("-1", 2, 0) < 0);
    /* Thu, 01 Jan 1970 00:01:40 GMT = 100 s after the epoch */
    CHECK_NEAR(rf_parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", 29, 90), 10, 1e-9);
    CHECK_NEAR(rf_parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", 29, 200), 0, 1e-9);
}

int main(void)
{
    TEST_RUN(test_bucket_unlimited);
    TEST_RUN(test_bucket_rpm);
    TEST_RUN(test_bucket_tpm_debt);
    TEST_RUN(test_backoff);
    TEST_RUN(test_retry_after);
    return TEST_DONE();
}
