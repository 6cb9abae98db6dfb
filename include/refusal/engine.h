/*
 * engine.h - the concurrent request engine: sends every pending item of a run
 * to a target, retries transient failures, stores every answer (or error) and
 * classifies it.
 *
 * Model: one thread, libcurl's multi interface, up to `concurrency` requests
 * in flight over reused connections (HTTP/2 multiplexed where the server
 * offers it). Pending items are pulled from the store in batches (never the
 * whole suite in memory); results are written in batched transactions (every
 * RF_ENGINE_COMMIT_EVERY responses or RF_ENGINE_COMMIT_MS milliseconds).
 *
 * Retries: HTTP 408/409/429/5xx, timeouts and connection failures are retried
 * up to `retries` times with exponential backoff and full jitter; a
 * Retry-After (or retry-after-ms) header sets the wait instead. A request that
 * exhausts its retries, or fails permanently (other 4xx, malformed answer), is
 * stored as a response with status "error", the last HTTP status and a body
 * excerpt with any API key removed; it gets no verdict.
 *
 * Cancellation: the library installs no signal handlers. The caller points
 * opts.cancel at a flag (a SIGINT handler sets it): 1 = stop sending, wait up
 * to grace_s for requests in flight, then abandon the rest; 2 = abandon now.
 * What was answered is committed; what was not stays pending for a rerun.
 */
#ifndef RF_ENGINE_H
#define RF_ENGINE_H

#include <signal.h>

#include "refusal/detect.h"
#include "refusal/store.h"
#include "refusal/target.h"

#define RF_ENGINE_MAX_CONCURRENCY 1024
#define RF_ENGINE_COMMIT_EVERY 200
#define RF_ENGINE_COMMIT_MS 100
#define RF_ENGINE_ERROR_EXCERPT 512 /* bytes of an error body kept */

typedef struct rf_engine_stats {
    int64_t total;     /* items pending when the engine started */
    int64_t done;      /* responses stored (ok + blocked + error) */
    int64_t ok;        /* answered with text */
    int64_t blocked;   /* refused by the API */
    int64_t errors;    /* stored as errors */
    int64_t refusals;  /* verdict refusal or partial, blocked included */
    int64_t retries;   /* retry attempts made */
    int64_t in_flight; /* requests in flight now */
    int64_t prompt_tokens, completion_tokens;
    double elapsed_s;
    int interrupted; /* the cancel flag stopped the run early */
} rf_engine_stats;

typedef struct rf_engine_opts {
    int concurrency;  /* requests in flight (default 16) */
    double rpm;       /* requests per minute, 0 = unlimited */
    double tpm;       /* tokens per minute, 0 = unlimited (estimated before, corrected after) */
    double timeout_s; /* per request attempt (default 120) */
    int retries;      /* extra attempts after the first (default 4) */
    double backoff_base_s; /* first backoff (default 0.5) */
    double backoff_max_s;  /* cap (default 30) */
    double grace_s;        /* after cancel = 1, wait this long for requests in flight (default 5) */
    int retry_errors;      /* also resend items whose stored response is an error */
    /* Send a conversation with two or more user turns one user turn at a
     * time, each answer appended as the assistant message before the next
     * turn (scripted assistant messages are left out); the stored response
     * is the last answer, every answer goes to the response's turns (JSON
     * array) and the verdict's explain gets {"turns":[verdict per answer]}.
     * 0 (default): the conversation is sent whole. */
    int replay_turns;
    /* PEM file of the certificate authorities to trust for https targets
     * (a private endpoint's own CA); NULL: $REFUSAL_CA_BUNDLE when set, else
     * the system's. */
    const char *ca_file;
    const volatile sig_atomic_t *cancel; /* see above; NULL = never */
    /* Called about every progress_interval_s seconds and once at the end
     * (borrowed stats). NULL = none. */
    void (*progress)(void *ctx, const rf_engine_stats *s);
    void *progress_ctx;
    double progress_interval_s; /* default 0.25 */
    /* Called after each stored outcome with the item (id, label, category,
     * language set; borrowed), the response status ("ok", "blocked",
     * "error") and the verdict name (NULL for errors or without detector).
     * NULL = none. */
    void (*on_result)(void *ctx, const rf_item *item, const char *status, const char *verdict);
    void *result_ctx;
} rf_engine_opts;

/* Fill o with the defaults above. */
void rf_engine_opts_default(rf_engine_opts *o);

/* Send every pending item of run run_id (see rf_store_pending) to target t,
 * store each response and, when d is not NULL, the verdict of detector d
 * (blocked answers: verdict refusal, source "api"). stats is filled (may be
 * NULL). Returns RF_OK when the engine finished or was cancelled (see
 * stats->interrupted; errors of single items are in stats->errors, not in the
 * status); RF_EDB / RF_ENOMEM / RF_EHTTP (curl could not start) on failures
 * that stop the whole run, message in err. The store must not be inside a
 * transaction. */
rf_status rf_engine_run(rf_store *st, int64_t run_id, const rf_target *t, rf_detector *d,
                        const rf_engine_opts *o, rf_engine_stats *stats, char *err) RF_MUST_CHECK;

#endif
