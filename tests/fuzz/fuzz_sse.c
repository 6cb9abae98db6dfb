/*
 * fuzz_sse.c - libFuzzer target for SSE framing and streamed-event joining:
 * the input is cut into three pieces at offsets taken from its first two
 * bytes, fed to rf_sse_feed, and every event goes through the OpenAI (even
 * first byte) or Anthropic stream mapper. The joined text must be valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/target.h"
#include "refusal/utf8.h"

typedef struct fctx {
    rf_target *t;
    rf_target_result *r;
} fctx;

static int on_event(void *ctx, const char *event, const char *data, size_t len)
{
    fctx *c = ctx;
    char err[RF_ERR_LEN] = "";
    return rf_target_stream_event(c->t, event, data, len, c->r, err) == RF_ENOMEM;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rf_target_opts o;
    rf_target *t = NULL;
    rf_target_result r;
    rf_sse *s = NULL;
    char err[RF_ERR_LEN] = "";
    size_t a, b;
    fctx c;
    if (size < 2)
        return 0;
    memset(&o, 0, sizeof o);
    o.base_url = "http://127.0.0.1:9/v1";
    o.stream = 1;
    if (rf_target_open(data[0] & 1 ? "anthropic:m" : "openai:m", &o, &t, err) != RF_OK)
        return 0;
    a = (size_t)data[0] % (size - 1);
    b = a + (size_t)data[1] % (size - a);
    data += 2;
    size -= 2;
    if (a > size)
        a = size;
    if (b > size)
        b = size;
    rf_target_result_init(&r);
    c.t = t;
    c.r = &r;
    if (rf_sse_create(1u << 16, &s) == RF_OK) {
        if (rf_sse_feed(s, (const char *)data, a, on_event, &c) == RF_OK &&
            rf_sse_feed(s, (const char *)data + a, b - a, on_event, &c) == RF_OK &&
            rf_sse_feed(s, (const char *)data + b, size - b, on_event, &c) == RF_OK &&
            rf_sse_end(s, on_event, &c) != RF_OK)
            rf_target_result_reset(&r);
        if (rf_target_stream_finish(&r) == RF_OK &&
            !rf_utf8_valid(rf_buf_ptr(&r.text), rf_buf_len(&r.text)))
            abort();
    }
    rf_sse_destroy(s);
    rf_target_result_free(&r);
    rf_target_close(t);
    return 0;
}
