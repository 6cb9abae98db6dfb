/*
 * test_http_parse.c - unit tests of the fake server's HTTP request parser
 * (tests/fakeserver/http_parse.c, compiled in: it is not part of the library).
 */
#include "../fakeserver/http_parse.c"

#include "testhelp.h"

static hp_result parse(const char *s, http_request *r)
{
    return http_parse_request(s, strlen(s), r);
}

static int slice_is(hp_slice s, const char *lit)
{
    return s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

static void test_simple_get(void)
{
    http_request r;
    const char *s = "GET /health?x=1 HTTP/1.1\r\nHost: a\r\n\r\nEXTRA";
    CHECK(parse(s, &r) == HP_OK);
    CHECK(slice_is(r.method, "GET"));
    CHECK(slice_is(r.target, "/health?x=1"));
    CHECK(slice_is(r.path, "/health"));
    CHECK(r.minor == 1 && r.keep_alive == 1);
    CHECK(r.n_headers == 1 && slice_is(http_header_get(&r, "HOST"), "a"));
    CHECK(r.total_len == strlen(s) - 5);
    CHECK(http_header_get(&r, "missing").ptr == NULL);
}

static void test_post_body(void)
{
    http_request r;
    const char *s = "POST /v1/messages HTTP/1.1\r\ncontent-length:  4 \r\nX-Api-Key: k\r\n"
                    "Authorization: Bearer s\r\nAnthropic-Version: 2023-06-01\r\n\r\n{}{}";
    CHECK(parse(s, &r) == HP_OK);
    CHECK(r.content_length == 4 && slice_is(r.body, "{}{}"));
    CHECK(r.has_auth && r.has_x_api_key);
    CHECK(slice_is(r.anthropic_version, "2023-06-01"));
    CHECK(r.total_len == strlen(s));
}

static void test_partial(void)
{
    http_request r;
    CHECK(parse("", &r) == HP_PARTIAL);
    CHECK(parse("GET / HTTP/1.1\r\nHost: a\r\n", &r) == HP_PARTIAL && r.head_len == 0);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\nabc", &r) ==
          HP_PARTIAL);
    CHECK(r.head_len > 0 && r.expect_continue && r.total_len == r.head_len + 10);
}

static void test_connection(void)
{
    http_request r;
    CHECK(parse("GET / HTTP/1.0\r\n\r\n", &r) == HP_OK && r.keep_alive == 0);
    CHECK(parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", &r) == HP_OK && r.keep_alive);
    CHECK(parse("GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n", &r) == HP_OK && !r.keep_alive);
    CHECK(parse("GET / HTTP/1.1\n\n", &r) == HP_OK && r.keep_alive); /* bare LF */
    CHECK(parse("\r\nGET / HTTP/1.1\r\n\r\n", &r) == HP_OK);         /* leading CRLF */
}

static void test_rejects(void)
{
    http_request r;
    CHECK(parse("GARBAGE\r\n\r\n", &r) == HP_EBAD && r.error);
    CHECK(parse("get / HTTP/1.1\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("GET x HTTP/1.1\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("GET / HTTP/2.0\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("GET / HTTP/1.1 \r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", &r) ==
          HP_EBAD);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab", &r) ==
          HP_OK);
    CHECK(parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("POST / HTTP/1.1\r\nExpect: magic\r\n\r\n", &r) == HP_EBAD);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", &r) == HP_ETOOLARGE);
    CHECK(r.head_len > 0);
}

static void test_limits(void)
{
    http_request r;
    char *big = malloc(HP_MAX_HEADER_BYTES + 64);
    size_t n = 0;
    int i;
    /* 64 headers are fine, 65 are not */
    n = (size_t)snprintf(big, 64, "GET / HTTP/1.1\r\n");
    for (i = 0; i < HP_MAX_HEADERS; i++)
        n += (size_t)snprintf(big + n, 32, "H%d: v\r\n", i);
    memcpy(big + n, "\r\n", 3);
    CHECK(parse(big, &r) == HP_OK && r.n_headers == HP_MAX_HEADERS);
    n += (size_t)snprintf(big + n, 32, "X: v\r\n\r\n");
    CHECK(parse(big, &r) == HP_EBAD);
    /* a head that never ends is refused once it reaches the byte limit */
    memset(big, 'a', HP_MAX_HEADER_BYTES + 10);
    memcpy(big, "GET / HTTP/1.1\r\nA: ", 19);
    CHECK(http_parse_request(big, HP_MAX_HEADER_BYTES - 1, &r) == HP_PARTIAL);
    CHECK(http_parse_request(big, HP_MAX_HEADER_BYTES + 10, &r) == HP_EBAD);
    free(big);
}

int main(void)
{
    TEST_RUN(test_simple_get);
    TEST_RUN(test_post_body);
    TEST_RUN(test_partial);
    TEST_RUN(test_connection);
    TEST_RUN(test_rejects);
    TEST_RUN(test_limits);
    return TEST_DONE();
}
