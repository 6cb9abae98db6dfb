/* Unit tests for buf.c, utf8.c and common.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "refusal/buf.h"
#include "refusal/utf8.h"
#include "testhelp.h"

static void test_buf_basic(void)
{
    rf_buf b;
    rf_buf_init(&b, 64);
    CHECK_STR(rf_buf_ptr(&b), "");
    CHECK(rf_buf_adds(&b, "hello") == RF_OK);
    CHECK(rf_buf_printf(&b, " %d", 42) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "hello 42");
    rf_buf_shrink(&b, 3);
    CHECK_STR(rf_buf_ptr(&b), "hello");
    rf_buf_free(&b);
}

static void test_buf_limit(void)
{
    rf_buf b;
    char big[100];
    memset(big, 'x', sizeof big);
    rf_buf_init(&b, 50);
    CHECK(rf_buf_add(&b, big, 49) == RF_OK);
    CHECK(rf_buf_addc(&b, 'y') == RF_ELIMIT);
    CHECK(rf_buf_len(&b) == 0); /* reset on failure */
    CHECK(rf_buf_printf(&b, "%.*s", 60, big) == RF_ELIMIT);
    rf_buf_free(&b);
}

static void test_buf_oom(void)
{
    rf_buf b;
    rf_buf_init(&b, 1000);
    rf_alloc_fail_after(1);
    CHECK(rf_buf_adds(&b, "abc") == RF_ENOMEM);
    rf_alloc_fail_after(0);
    CHECK(rf_buf_adds(&b, "abc") == RF_OK);
    rf_buf_free(&b);
}

/* rf_buf_reserve grows to exactly the room asked, keeps the contents and
 * the NUL, leaves an over-limit request to the append, and frees the
 * contents when the allocation fails (as an append does); rf_buf_trim
 * frees only an allocation over its keep. */
static void test_buf_reserve_trim(void)
{
    rf_buf b;
    rf_buf_init(&b, 1000);
    CHECK(rf_buf_reserve(&b, 99) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "");
    CHECK(rf_buf_adds(&b, "abc") == RF_OK);
    CHECK(rf_buf_reserve(&b, 500) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "abc");
    CHECK(rf_buf_reserve(&b, 5000) == RF_OK); /* over the limit: the add reports it */
    CHECK(rf_buf_add(&b, "x", 1) == RF_OK);
    rf_buf_trim(&b, 1000); /* 504 bytes: kept */
    CHECK_STR(rf_buf_ptr(&b), "abcx");
    rf_buf_trim(&b, 100);
    CHECK(rf_buf_len(&b) == 0);
    CHECK(rf_buf_adds(&b, "abc") == RF_OK);
    rf_alloc_fail_after(1);
    CHECK(rf_buf_reserve(&b, 900) == RF_ENOMEM);
    rf_alloc_fail_after(0);
    CHECK(rf_buf_len(&b) == 0);
    CHECK_STR(rf_buf_ptr(&b), "");
    rf_buf_free(&b);
}

static void test_buf_take(void)
{
    rf_buf b;
    size_t n;
    char *p;
    rf_buf_init(&b, 100);
    CHECK(rf_buf_printf(&b, "a%sc", "b") == RF_OK);
    p = rf_buf_take(&b, &n);
    CHECK_STR(p, "abc");
    CHECK(n == 3);
    CHECK(rf_buf_len(&b) == 0);
    rf_free(p);
}

static void test_utf8_sanitize(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"plain", "plain"},
        {"caf\xc3\xa9", "caf\xc3\xa9"},
        {"a\xff"
         "b",
         "a\xef\xbf\xbd"
         "b"},
        {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},                 /* overlong */
        {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"}, /* surrogate */
        {"\xf4\x90\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
        {"x\xe4\xb8", "x\xef\xbf\xbd"}, /* truncated */
        {"\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rf_buf b;
        rf_buf_init(&b, 1000);
        CHECK(rf_utf8_sanitize(&b, cases[i].in, strlen(cases[i].in)) == RF_OK);
        CHECK_STR(rf_buf_ptr(&b), cases[i].out);
        CHECK(rf_utf8_valid(rf_buf_ptr(&b), rf_buf_len(&b)));
        rf_buf_free(&b);
    }
    CHECK(!rf_utf8_valid("\xc3", 1));
}

static void test_utf8_prefix_trunc(void)
{
    const char *s = "ab\xe4\xb8\xad"; /* ab中 */
    CHECK(rf_utf8_complete_prefix(s, 5) == 5);
    CHECK(rf_utf8_complete_prefix(s, 4) == 2);
    CHECK(rf_utf8_complete_prefix(s, 3) == 2);
    CHECK(rf_utf8_complete_prefix(s, 2) == 2);
    CHECK(rf_utf8_trunc(s, 5, 4) == 2);
    CHECK(rf_utf8_trunc(s, 5, 5) == 5);
    CHECK(rf_utf8_count(s, 5) == 3);
}

static void test_term_escape(void)
{
    rf_buf b;
    const char *s = "red\x1b[31m\x07 text\nnext";
    rf_buf_init(&b, 100);
    CHECK(rf_utf8_term_escape(&b, s, strlen(s), 0) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "red[31m text next");
    rf_buf_free(&b);
}

static void test_parse_numbers(void)
{
    int64_t v;
    double d;
    CHECK(rf_parse_i64("42", 0, 100, &v) == RF_OK && v == 42);
    CHECK(rf_parse_i64("-5", -10, 10, &v) == RF_OK && v == -5);
    CHECK(rf_parse_i64("4x", 0, 100, &v) == RF_EINVAL);
    CHECK(rf_parse_i64("", 0, 100, &v) == RF_EINVAL);
    CHECK(rf_parse_i64(" 4", 0, 100, &v) == RF_EINVAL);
    CHECK(rf_parse_i64("101", 0, 100, &v) == RF_ELIMIT);
    CHECK(rf_parse_i64("99999999999999999999", 0, 100, &v) == RF_ELIMIT);
    CHECK(rf_parse_double("0.5", 0, 1, &d) == RF_OK && d == 0.5);
    CHECK(rf_parse_double("nan", 0, 1, &d) == RF_EINVAL);
    CHECK(rf_parse_double("2", 0, 1, &d) == RF_ELIMIT);
}

static void test_json(void)
{
    rf_buf b;
    static const char in[] = "a\"b\\c\n\t\r\x01 \xc3\xa9/";
    rf_buf_init(&b, 64);
    CHECK(rf_buf_add_json(&b, in, sizeof in - 1) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "\"a\\\"b\\\\c\\n\\t\\r\\u0001 \xc3\xa9/\"");
    rf_buf_reset(&b);
    CHECK(rf_buf_add_json(&b, "", 0) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "\"\"");
    rf_buf_free(&b);
    rf_buf_init(&b, 4); /* over the buffer's limit */
    CHECK(rf_buf_add_json(&b, "abcdef", 6) != RF_OK);
    rf_buf_free(&b);
}

/* rf_buf_add_fixed4 writes the bytes printf's "%.4f" writes: edge values,
 * ties, values next to ties, out-of-range and special values, and a
 * million pseudo-random probabilities (fixed LCG, so reproducible). */
static void check_fixed4(double x)
{
    rf_buf b;
    char want[64];
    rf_buf_init(&b, 64);
    snprintf(want, sizeof want, "%.4f", x);
    CHECK(rf_buf_add_fixed4(&b, x) == RF_OK);
    if (strcmp(rf_buf_ptr(&b), want) != 0) {
        fprintf(stderr, "fixed4(%.17g): got %s, want %s\n", x, rf_buf_ptr(&b), want);
        CHECK(0);
    }
    rf_buf_free(&b);
}

static void test_fixed4(void)
{
    static const double edge[] = {0.0,     1.0,     0.5, 0.00005, 0.00015, 0.99995,
                                  0.12345, 0.12335, 0.2, 0.9998,  1e-300,  0.99999999,
                                  -0.0,    -0.3,    1.5, 1e10,    -1e-9};
    unsigned long long r = 42;
    size_t i;
    int k;
    for (i = 0; i < sizeof edge / sizeof edge[0]; i++)
        check_fixed4(edge[i]);
    check_fixed4(NAN);
    check_fixed4(INFINITY);
    for (k = 0; k <= 20000; k++) { /* every tie k/20000 and its neighbours */
        double t = k / 20000.0;
        check_fixed4(t);
        check_fixed4(nextafter(t, 0.0));
        check_fixed4(nextafter(t, 1.0));
    }
    for (i = 0; i < 1000000; i++) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        check_fixed4((double)(r >> 11) / 9007199254740992.0);
    }
    {
        rf_buf b; /* the size limit is reported, not overrun */
        rf_buf_init(&b, 4);
        CHECK(rf_buf_add_fixed4(&b, 0.25) != RF_OK);
        rf_buf_free(&b);
    }
}

int main(void)
{
    TEST_RUN(test_buf_basic);
    TEST_RUN(test_buf_limit);
    TEST_RUN(test_buf_oom);
    TEST_RUN(test_buf_reserve_trim);
    TEST_RUN(test_buf_take);
    TEST_RUN(test_utf8_sanitize);
    TEST_RUN(test_utf8_prefix_trunc);
    TEST_RUN(test_term_escape);
    TEST_RUN(test_parse_numbers);
    TEST_RUN(test_json);
    TEST_RUN(test_fixed4);
    return TEST_DONE();
}
