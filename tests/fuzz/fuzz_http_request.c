/*
 * fuzz_http_request.c - libFuzzer target for the fake server's HTTP request
 * parser (tests/fakeserver/http_parse.c, compiled in here because fuzz
 * targets link only with the library).
 *
 * Checks, beyond "no crash": every slice the parser returns lies inside the
 * input, counts respect the named limits, and HP_OK implies the whole request
 * (head + body) is inside the input.
 */
#include <stdint.h>
#include <stdlib.h>

#include "../fakeserver/http_parse.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_slice(hp_slice s, const char *buf, size_t len)
{
    if (s.len == 0)
        return;
    if (s.ptr < buf || s.ptr + s.len > buf + len)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Copy so that reads past the end are caught by ASan. */
    char *buf = malloc(size ? size : 1);
    http_request req;
    hp_result r;
    size_t i;
    if (!buf)
        return 0;
    if (size)
        memcpy(buf, data, size);
    r = http_parse_request(buf, size, &req);
    if (req.n_headers > HP_MAX_HEADERS)
        abort();
    if (r == HP_OK || (r == HP_PARTIAL && req.head_len > 0)) {
        check_slice(req.method, buf, size);
        check_slice(req.target, buf, size);
        check_slice(req.path, buf, size);
        check_slice(req.anthropic_version, buf, size);
        for (i = 0; i < req.n_headers; i++) {
            check_slice(req.headers[i].name, buf, size);
            check_slice(req.headers[i].value, buf, size);
        }
        if (req.head_len > size || req.head_len > HP_MAX_HEADER_BYTES + 4)
            abort();
        (void)http_header_get(&req, "content-type");
    }
    if (r == HP_OK) {
        if (req.total_len > size || req.content_length > HP_MAX_BODY)
            abort();
        check_slice(req.body, buf, size);
    }
    if ((r == HP_EBAD || r == HP_ETOOLARGE) && !req.error)
        abort();
    free(buf);
    return 0;
}
