/*
 * common.c - status texts, the error buffer, allocation wrappers with failure
 * injection, strict number parsing and clocks.
 *
 * The allocation counters are the only process-wide state in the library; they
 * exist for tests (rf_alloc_fail_after) and are atomic so that threaded callers
 * stay well defined.
 */
#include "refusal/common.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_long alloc_count;
static atomic_long alloc_fail_at;

static const char *const status_text[RF_STATUS_COUNT] = {
    [RF_OK] = "ok",
    [RF_ENOMEM] = "out of memory",
    [RF_EINVAL] = "invalid argument",
    [RF_EIO] = "I/O error",
    [RF_EPARSE] = "malformed input",
    [RF_EUTF8] = "invalid UTF-8",
    [RF_ENOTFOUND] = "not found",
    [RF_EEXIST] = "already exists",
    [RF_EDB] = "database error",
    [RF_EHTTP] = "HTTP error",
    [RF_ELIMIT] = "limit exceeded",
    [RF_EINTR] = "interrupted",
    [RF_EUNSUP] = "unsupported",
};

const char *rf_status_str(rf_status st)
{
    if ((unsigned)st >= RF_STATUS_COUNT)
        return "unknown error";
    return status_text[st];
}

void rf_seterr(char *err, const char *fmt, ...)
{
    va_list ap;
    size_t n;
    if (!err || err[0])
        return;
    va_start(ap, fmt);
    vsnprintf(err, RF_ERR_LEN, fmt, ap);
    va_end(ap);
    n = strlen(err);
    while (n && (err[n - 1] == '\n' || err[n - 1] == '\r'))
        err[--n] = '\0';
    if (!err[0])
        snprintf(err, RF_ERR_LEN, "error");
}

void rf_errclear(char *err)
{
    if (err)
        err[0] = '\0';
}

static int alloc_should_fail(void)
{
    long n = atomic_fetch_add(&alloc_count, 1) + 1;
    long at = atomic_load(&alloc_fail_at);
    return at > 0 && n >= at;
}

void rf_alloc_fail_after(long n)
{
    atomic_store(&alloc_fail_at, n > 0 ? atomic_load(&alloc_count) + n : 0);
}

long rf_alloc_count(void)
{
    return atomic_load(&alloc_count);
}

void *rf_malloc(size_t n)
{
    if (alloc_should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *rf_calloc(size_t n, size_t size)
{
    if (alloc_should_fail())
        return NULL;
    if (n == 0 || size == 0)
        return calloc(1, 1);
    return calloc(n, size);
}

void *rf_realloc(void *p, size_t n)
{
    if (alloc_should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void rf_free(void *p)
{
    free(p);
}

char *rf_strndup(const char *s, size_t n)
{
    char *d = rf_malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *rf_strdup(const char *s)
{
    return rf_strndup(s, strlen(s));
}

rf_status rf_parse_i64(const char *s, int64_t min, int64_t max, int64_t *out)
{
    const char *p = s;
    int neg = 0;
    uint64_t v = 0, lim;
    if (!s || !*s)
        return RF_EINVAL;
    if (*p == '-' || *p == '+')
        neg = (*p++ == '-');
    if (!*p)
        return RF_EINVAL;
    lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (; *p; p++) {
        if (!rf_isdigit((unsigned char)*p))
            return RF_EINVAL;
        if (v > (lim - (uint64_t)(*p - '0')) / 10)
            return RF_ELIMIT;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    {
        int64_t r = neg ? (v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v) : (int64_t)v;
        if (r < min || r > max)
            return RF_ELIMIT;
        *out = r;
    }
    return RF_OK;
}

rf_status rf_parse_double(const char *s, double min, double max, double *out)
{
    char *end;
    double v;
    if (!s || !*s || rf_isspace((unsigned char)*s))
        return RF_EINVAL;
    errno = 0;
    v = strtod(s, &end);
    if (*end || errno == ERANGE || isnan(v) || isinf(v))
        return RF_EINVAL;
    if (v < min || v > max)
        return RF_ELIMIT;
    *out = v;
    return RF_OK;
}

double rf_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void rf_iso_time(char *buf, size_t len)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
