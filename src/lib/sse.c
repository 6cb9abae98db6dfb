/*
 * sse.c - incremental text/event-stream (SSE) framing.
 *
 * Bytes arrive in arbitrary chunks (a line, a field name or a UTF-8 sequence
 * may be split anywhere). The parser keeps the current partial line in `line`
 * and the data of the current event in `data`; a blank line dispatches the
 * event. Only the `event` and `data` fields matter to us; `id`, `retry`,
 * comments and unknown fields are ignored, as the WHATWG rules say.
 *
 * Invariants: line.len < max, data.len < max (rf_buf enforces its max and
 * reports RF_ELIMIT). `skip_lf` is set after a '\r' so that a "\r\n" split
 * across two chunks counts as one line end.
 *
 * Callers: the engine (streamed answers), tests/fuzz/fuzz_sse.c.
 */
#include "refusal/target.h"

#include <string.h>

struct rf_sse {
    rf_buf line;
    rf_buf data;
    char event[64];
    int has_data;
    int skip_lf;
};

rf_status rf_sse_create(size_t max, rf_sse **out)
{
    rf_sse *s = rf_calloc(1, sizeof *s);
    *out = NULL;
    if (!s)
        return RF_ENOMEM;
    rf_buf_init(&s->line, max);
    rf_buf_init(&s->data, max);
    *out = s;
    return RF_OK;
}

void rf_sse_reset(rf_sse *s)
{
    rf_buf_reset(&s->line);
    rf_buf_reset(&s->data);
    s->event[0] = '\0';
    s->has_data = 0;
    s->skip_lf = 0;
}

void rf_sse_destroy(rf_sse *s)
{
    if (!s)
        return;
    rf_buf_free(&s->line);
    rf_buf_free(&s->data);
    rf_free(s);
}

static rf_status dispatch(rf_sse *s, rf_sse_cb cb, void *ctx)
{
    int stop = 0;
    if (s->has_data)
        stop = cb(ctx, s->event[0] ? s->event : NULL, rf_buf_ptr(&s->data), rf_buf_len(&s->data));
    rf_buf_reset(&s->data);
    s->event[0] = '\0';
    s->has_data = 0;
    return stop ? RF_EINTR : RF_OK;
}

/* One complete line (without its terminator). */
static rf_status handle_line(rf_sse *s, const char *p, size_t n, rf_sse_cb cb, void *ctx)
{
    const char *colon;
    size_t flen;
    const char *val = "";
    size_t vlen = 0;
    rf_status st;

    if (n == 0)
        return dispatch(s, cb, ctx);
    if (p[0] == ':')
        return RF_OK;
    colon = memchr(p, ':', n);
    flen = colon ? (size_t)(colon - p) : n;
    if (colon) {
        val = colon + 1;
        vlen = n - flen - 1;
        if (vlen && *val == ' ') {
            val++;
            vlen--;
        }
    }
    if (flen == 4 && memcmp(p, "data", 4) == 0) {
        if (s->has_data && (st = rf_buf_addc(&s->data, '\n')) != RF_OK)
            return st;
        s->has_data = 1;
        return rf_buf_add(&s->data, val, vlen);
    }
    if (flen == 5 && memcmp(p, "event", 5) == 0) {
        if (vlen >= sizeof s->event)
            vlen = sizeof s->event - 1;
        memcpy(s->event, val, vlen);
        s->event[vlen] = '\0';
    }
    return RF_OK;
}

rf_status rf_sse_feed(rf_sse *s, const char *p, size_t n, rf_sse_cb cb, void *ctx)
{
    size_t i = 0;
    rf_status st;
    while (i < n) {
        size_t j = i;
        if (s->skip_lf) {
            s->skip_lf = 0;
            if (p[i] == '\n') {
                i++;
                continue;
            }
        }
        while (j < n && p[j] != '\n' && p[j] != '\r')
            j++;
        if (j == n) { /* partial line: keep it */
            return rf_buf_add(&s->line, p + i, n - i);
        }
        if (rf_buf_len(&s->line)) {
            if ((st = rf_buf_add(&s->line, p + i, j - i)) != RF_OK)
                return st;
            st = handle_line(s, rf_buf_ptr(&s->line), rf_buf_len(&s->line), cb, ctx);
            rf_buf_reset(&s->line);
        } else {
            st = handle_line(s, p + i, j - i, cb, ctx);
        }
        if (st != RF_OK)
            return st;
        s->skip_lf = p[j] == '\r';
        i = j + 1;
    }
    return RF_OK;
}

rf_status rf_sse_end(rf_sse *s, rf_sse_cb cb, void *ctx)
{
    rf_status st = RF_OK;
    if (rf_buf_len(&s->line)) {
        st = handle_line(s, rf_buf_ptr(&s->line), rf_buf_len(&s->line), cb, ctx);
        rf_buf_reset(&s->line);
    }
    if (st == RF_OK)
        st = dispatch(s, cb, ctx);
    return st;
}
