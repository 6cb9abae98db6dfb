/*
 * buf.c - growable NUL-terminated buffer (see refusal/buf.h).
 *
 * Invariant: either ptr == NULL and len == cap == 0, or ptr points to cap
 * bytes with ptr[len] == '\0' and len < cap <= max. Callers: everywhere.
 */
#include "refusal/buf.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void rf_buf_init(rf_buf *b, size_t max)
{
    b->ptr = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max ? max : 1;
}

void rf_buf_free(rf_buf *b)
{
    rf_free(b->ptr);
    b->ptr = NULL;
    b->len = 0;
    b->cap = 0;
}

void rf_buf_trim(rf_buf *b, size_t keep)
{
    if (b->cap > keep)
        rf_buf_free(b);
}

void rf_buf_reset(rf_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

/* The allocation resized to ncap bytes (> len); on failure the buffer is
 * freed, as every append does. */
static rf_status buf_realloc(rf_buf *b, size_t ncap)
{
    char *p = rf_realloc(b->ptr, ncap);
    if (!p) {
        rf_buf_free(b);
        return RF_ENOMEM;
    }
    if (!b->ptr)
        p[0] = '\0';
    b->ptr = p;
    b->cap = ncap;
    return RF_OK;
}

static rf_status buf_reserve(rf_buf *b, size_t extra)
{
    size_t need, ncap;
    if (extra >= b->max || b->len >= b->max - extra) {
        rf_buf_free(b);
        return RF_ELIMIT;
    }
    need = b->len + extra + 1;
    if (need <= b->cap)
        return RF_OK;
    ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap = (ncap > SIZE_MAX / 2) ? need : ncap * 2;
    if (ncap > b->max)
        ncap = b->max;
    return buf_realloc(b, ncap);
}

rf_status rf_buf_reserve(rf_buf *b, size_t extra)
{
    size_t need;
    if (extra >= b->max || b->len >= b->max - extra)
        return RF_OK;
    need = b->len + extra + 1;
    return need <= b->cap ? RF_OK : buf_realloc(b, need);
}

rf_status rf_buf_add(rf_buf *b, const void *p, size_t n)
{
    rf_status st = buf_reserve(b, n);
    if (st)
        return st;
    if (n)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return RF_OK;
}

rf_status rf_buf_adds(rf_buf *b, const char *s)
{
    return rf_buf_add(b, s, strlen(s));
}

rf_status rf_buf_addc(rf_buf *b, char c)
{
    return rf_buf_add(b, &c, 1);
}

rf_status rf_buf_vprintf(rf_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    int n;
    rf_status st;
    char small[256];

    va_copy(ap2, ap);
    n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return RF_EINVAL;
    if ((size_t)n < sizeof small)
        return rf_buf_add(b, small, (size_t)n);
    st = buf_reserve(b, (size_t)n);
    if (st)
        return st;
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return RF_OK;
}

rf_status rf_buf_printf(rf_buf *b, const char *fmt, ...)
{
    va_list ap;
    rf_status st;
    va_start(ap, fmt);
    st = rf_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return st;
}

void rf_buf_shrink(rf_buf *b, size_t n)
{
    if (n > b->len)
        n = b->len;
    b->len -= n;
    if (b->ptr)
        b->ptr[b->len] = '\0';
}

const char *rf_buf_ptr(const rf_buf *b)
{
    return b->ptr ? b->ptr : "";
}

size_t rf_buf_len(const rf_buf *b)
{
    return b->len;
}

char *rf_buf_take(rf_buf *b, size_t *len)
{
    char *p = b->ptr;
    if (len)
        *len = b->len;
    if (!p)
        p = rf_strdup("");
    b->ptr = NULL;
    b->len = 0;
    b->cap = 0;
    return p;
}

/* x * 10000 carries a rounding error of about an ulp (1e-12 here), which
 * cannot move a value across a rounding tie unless it lies within 1e-6 of
 * one; away from ties, rounding the product to the nearest integer gives
 * printf's digits. */
rf_status rf_buf_add_fixed4(rf_buf *b, double x)
{
    double y = x * 10000.0, fl;
    char s[6];
    long k;
    if (!(x >= 0.0 && x <= 1.0) || signbit(x))
        return rf_buf_printf(b, "%.4f", x);
    fl = floor(y);
    if (fabs(y - fl - 0.5) < 1e-6)
        return rf_buf_printf(b, "%.4f", x); /* near a tie: printf decides */
    k = (long)fl + (y - fl > 0.5);
    s[0] = (char)('0' + k / 10000);
    s[1] = '.';
    s[2] = (char)('0' + k / 1000 % 10);
    s[3] = (char)('0' + k / 100 % 10);
    s[4] = (char)('0' + k / 10 % 10);
    s[5] = (char)('0' + k % 10);
    return rf_buf_add(b, s, sizeof s);
}

rf_slice rf_slice_of(const char *s)
{
    rf_slice sl;
    sl.ptr = s;
    sl.len = s ? strlen(s) : 0;
    return sl;
}

int rf_slice_eq(rf_slice a, const char *s)
{
    size_t n = strlen(s);
    return a.len == n && memcmp(a.ptr, s, n) == 0;
}

rf_status rf_buf_add_json(rf_buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t i, run = 0;
    rf_status st = rf_buf_addc(b, '"');
    for (i = 0; st == RF_OK && i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        size_t n = 2;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        st = rf_buf_add(b, s + run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\')
            esc[1] = (char)c;
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else
            n = 6;
        if (st == RF_OK)
            st = rf_buf_add(b, esc, n);
    }
    if (st == RF_OK)
        st = rf_buf_add(b, s + run, len - run);
    return st == RF_OK ? rf_buf_addc(b, '"') : st;
}
