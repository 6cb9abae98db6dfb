/*
 * engine_int_sink.h - the engine's result sink (engine_sink.c): stores each
 * outcome (response + verdict) in batched transactions, optionally on its
 * own writer thread so that SQLite and the detector never stall the curl
 * loop. Internal to the engine.
 */
#ifndef RF_ENGINE_INT_SINK_H
#define RF_ENGINE_INT_SINK_H

#include "refusal/engine.h"

/* One finished item. The sink takes ownership of item, res buffers and error. */
typedef struct rf_outcome {
    rf_item *item;
    const char *status; /* "ok", "blocked", "error" (static strings) */
    long code;
    int has_res;
    rf_target_result res;
    double latency_s, ttft_s; /* ttft_s < 0: none */
    int attempts;
    char *error; /* rf_malloc'd or NULL */
    char *turns; /* replayed conversation: JSON array of every answer (rf_malloc'd), or NULL */
} rf_outcome;

typedef struct rf_sink rf_sink;

/* threaded != 0 starts a writer thread. The store, target and detector are
 * borrowed and used only by the sink (the store also by the caller between
 * rf_sink_lock_store / rf_sink_unlock_store). */
rf_status rf_sink_open(rf_store *st, int64_t run_id, const rf_target *t, rf_detector *d,
                       int threaded, const rf_engine_opts *o, rf_sink **out,
                       char *err) RF_MUST_CHECK;
/* Hand over one outcome (always consumed, even on error). Blocks while the
 * writer's queue is full. Returns the sink's sticky failure status. */
rf_status rf_sink_put(rf_sink *k, rf_outcome *oc) RF_MUST_CHECK;
/* Commit when the batch is due (unthreaded sinks; a no-op when threaded). */
rf_status rf_sink_tick(rf_sink *k) RF_MUST_CHECK;
/* The next page of pending items: at most `page` items with idx > *after_idx
 * in suite order (copies, owned by the caller: rf_item_free each) into
 * out[0..*n); *after_idx advances to the last one. *n < page means the run
 * has no more. In threaded mode the writer reads the pages and keeps the
 * next one ready, so the caller rarely waits. page must stay the same
 * between calls. */
rf_status rf_sink_fetch(rf_sink *k, int retry_errors, int64_t *after_idx, size_t page,
                        rf_item **out, size_t *n) RF_MUST_CHECK;
/* Verdicts refusal/partial (blocked included) stored so far. */
int64_t rf_sink_refusals(rf_sink *k);
/* Drain, commit, stop the writer, free. *refusals receives the final count.
 * Returns the first failure (message in err). k may be NULL. */
rf_status rf_sink_close(rf_sink *k, int64_t *refusals, char *err);

void rf_outcome_free(rf_outcome *oc);

#endif
