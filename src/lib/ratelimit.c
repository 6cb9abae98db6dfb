/*
 * ratelimit.c - token buckets and retry backoff for the engine (engine_int.h).
 *
 * Bucket invariant: level <= cap; level < 0 only after rf_bucket_adjust()
 * with a negative delta (tokens used beyond the estimate). Refill is lazy:
 * level += rate * (now - t) whenever the bucket is looked at.
 */
#define _XOPEN_SOURCE 700 /* strptime */
#include "engine_int.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "refusal/common.h"

#define RETRY_AFTER_MAX_S 300.0

void rf_bucket_init(rf_bucket *b, double per_minute, double min_cap, double now)
{
    b->rate = per_minute > 0 ? per_minute / 60.0 : 0;
    b->cap = b->rate > 1 ? b->rate : 1;
    if (b->cap < min_cap)
        b->cap = min_cap;
    b->level = b->cap;
    b->t = now;
}

static void refill(rf_bucket *b, double now)
{
    if (now > b->t) {
        b->level += b->rate * (now - b->t);
        if (b->level > b->cap)
            b->level = b->cap;
    }
    b->t = now;
}

double rf_bucket_wait(rf_bucket *b, double cost, double now)
{
    if (b->rate <= 0)
        return 0;
    refill(b, now);
    if (cost > b->cap)
        cost = b->cap;
    if (b->level >= cost)
        return 0;
    return (cost - b->level) / b->rate;
}

void rf_bucket_take(rf_bucket *b, double cost, double now)
{
    if (b->rate <= 0)
        return;
    refill(b, now);
    b->level -= cost;
}

void rf_bucket_adjust(rf_bucket *b, double delta)
{
    if (b->rate <= 0)
        return;
    b->level += delta;
    if (b->level > b->cap)
        b->level = b->cap;
}

static double rng_unit(uint64_t *s)
{
    uint64_t x = *s ? *s : 0x9E3779B97F4A7C15ull;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return (double)(x >> 11) / 9007199254740992.0; /* [0,1) */
}

double rf_backoff_delay(int attempt, double base, double max, double retry_after, uint64_t *rng)
{
    double d, u = rng_unit(rng);
    if (retry_after >= 0) {
        if (retry_after > RETRY_AFTER_MAX_S)
            retry_after = RETRY_AFTER_MAX_S;
        return retry_after * (1 + 0.1 * u);
    }
    if (attempt < 1)
        attempt = 1;
    d = base * pow(2.0, attempt > 30 ? 30 : attempt - 1);
    if (d > max)
        d = max;
    return d / 2 + u * d / 2;
}

double rf_parse_retry_after(const char *v, size_t len, double now_wall)
{
    char tmp[64];
    double secs;
    struct tm tm;
    const char *end;
    while (len && rf_isspace((unsigned char)*v)) {
        v++;
        len--;
    }
    while (len && rf_isspace((unsigned char)v[len - 1]))
        len--;
    if (len == 0 || len >= sizeof tmp)
        return -1;
    memcpy(tmp, v, len);
    tmp[len] = '\0';
    if (rf_parse_double(tmp, 0, 1e9, &secs) == RF_OK)
        return secs;
    memset(&tm, 0, sizeof tm);
    end = strptime(tmp, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    if (end && !*end) {
        double at = (double)timegm(&tm);
        return at > now_wall ? at - now_wall : 0;
    }
    return -1;
}
