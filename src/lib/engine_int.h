/*
 * engine_int.h - the engine's scheduling arithmetic, exposed for unit tests:
 * token buckets (--rpm, --tpm) and retry backoff. Pure functions of their
 * arguments and a caller-held clock; no I/O.
 */
#ifndef RF_ENGINE_INT_H
#define RF_ENGINE_INT_H

#include <stddef.h>
#include <stdint.h>

/* A token bucket refilled continuously at `rate` per second up to `cap`.
 * `level` may go negative (debt) when a cost is corrected upwards after the
 * fact; nothing is taken until the debt is repaid. rate <= 0 = unlimited. */
typedef struct rf_bucket {
    double rate;
    double cap;
    double level;
    double t; /* time of the last refill */
} rf_bucket;

/* per_minute <= 0 makes an unlimited bucket. The bucket starts full with a
 * capacity of one second's worth (at least 1 and at least min_cap). */
void rf_bucket_init(rf_bucket *b, double per_minute, double min_cap, double now);
/* Seconds to wait until cost can be taken (0 = now). A cost above cap waits
 * for a full bucket. */
double rf_bucket_wait(rf_bucket *b, double cost, double now);
/* Take cost (call when rf_bucket_wait returned 0). */
void rf_bucket_take(rf_bucket *b, double cost, double now);
/* Add delta to the level (negative: more was used than taken), capped at cap. */
void rf_bucket_adjust(rf_bucket *b, double delta);

/* Delay before retry number `attempt` (1 = first retry): full jitter in
 * [d/2, d] with d = min(max, base * 2^(attempt-1)); when retry_after >= 0 it
 * is honoured instead: retry_after * (1 + 0.1 * jitter), capped at 300 s.
 * *rng is a xorshift64 state (non-zero). */
double rf_backoff_delay(int attempt, double base, double max, double retry_after, uint64_t *rng);

/* Parse a Retry-After header value: delta-seconds (possibly fractional) or
 * an HTTP-date relative to now_wall (seconds since the epoch). Returns
 * seconds >= 0, or -1 when unparsable. */
double rf_parse_retry_after(const char *v, size_t len, double now_wall);

#endif
