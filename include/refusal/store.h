/*
 * store.h - the SQLite run database (schema and versioning in src/lib/store.c).
 *
 * One file holds many runs. A run is created with its whole item list in one
 * transaction, so a response or verdict never exists without its item.
 * Responses and verdicts are written with INSERT OR REPLACE keyed by
 * (run, item[, detector]), so re-running never duplicates. Writers batch their
 * writes between rf_store_begin()/rf_store_commit(). WAL mode, so a killed
 * process loses only the uncommitted batch.
 *
 * Ownership: strings passed in are copied by SQLite; strings handed to
 * callbacks are borrowed for the duration of the callback only.
 */
#ifndef RF_STORE_H
#define RF_STORE_H

#include "refusal/suite.h"

typedef struct rf_store rf_store;

/* Open (creating and migrating when writable) the database at path.
 * readonly != 0 opens without creating or migrating. *out is a new handle,
 * freed with rf_store_close. Errors: RF_EDB / RF_ENOTFOUND with text in err. */
rf_status rf_store_open(const char *path, int readonly, rf_store **out, char *err) RF_MUST_CHECK;
void rf_store_close(rf_store *st);

/* Text of the last error on this handle (never NULL). */
const char *rf_store_errmsg(const rf_store *st);

/* Batch writes in one transaction. Nested begin is an error. */
rf_status rf_store_begin(rf_store *st) RF_MUST_CHECK;
rf_status rf_store_commit(rf_store *st) RF_MUST_CHECK;
rf_status rf_store_rollback(rf_store *st) RF_MUST_CHECK;

/* A run. As input, fields may be NULL except name and target. As output
 * (rf_store_run_get / rf_store_runs), strings are owned by the struct and
 * freed by rf_run_info_clear. */
typedef struct rf_run_info {
    int64_t id;
    char *name;
    char *target; /* adapter spec, e.g. "openai:gpt-4o-mini" (never a key) */
    char *suite_name;
    char *suite_hash;
    char *params; /* JSON object of run parameters */
    char *tool_version;
    char *started_at;    /* ISO-8601 UTC */
    char *finished_at;   /* NULL while unfinished */
    char *status;        /* "running", "done", "errors", "interrupted" */
    int64_t n_items;     /* output only */
    int64_t n_responses; /* output only: ok + blocked responses */
    int64_t n_errors;    /* output only: responses with status "error" */
    char *detector;      /* output only: the primary detector (rf_store_run_set_detector) */
} rf_run_info;

void rf_run_info_clear(rf_run_info *ri);

/* Create a run and return its id. RF_EEXIST when the name is taken. */
rf_status rf_store_run_create(rf_store *st, const rf_run_info *ri, int64_t *run_id) RF_MUST_CHECK;
/* Look a run up by name (or by numeric id given as text). RF_ENOTFOUND if absent. */
rf_status rf_store_run_get(rf_store *st, const char *name, rf_run_info *out) RF_MUST_CHECK;
/* Set the run's primary detector: rows read without naming a detector take
 * its verdict where it has one (see rf_store_rows). */
rf_status rf_store_run_set_detector(rf_store *st, int64_t run_id,
                                    const char *detector) RF_MUST_CHECK;
/* Set finished_at (now) and status. */
rf_status rf_store_run_finish(rf_store *st, int64_t run_id, const char *status) RF_MUST_CHECK;
/* All runs, oldest first. *list is a new array (free each with
 * rf_run_info_clear, then rf_free the array). */
rf_status rf_store_runs(rf_store *st, rf_run_info **list, size_t *n) RF_MUST_CHECK;

/* Add an item to a run at position idx (0-based). RF_EEXIST on a duplicate id. */
rf_status rf_store_item_add(rf_store *st, int64_t run_id, int64_t idx,
                            const rf_item *item) RF_MUST_CHECK;

/* Call cb for every item of the run that has no response, or whose response
 * is an error when retry_errors is set, in suite order. The item is borrowed
 * for the callback. cb returns 0 to continue, non-zero to stop. */
rf_status rf_store_pending(rf_store *st, int64_t run_id, int retry_errors,
                           int (*cb)(const rf_item *item, void *ctx), void *ctx) RF_MUST_CHECK;

/* The same, one page at a time: only items with idx > after_idx, at most
 * limit of them (limit <= 0: no limit). *last_idx receives the idx of the
 * last item passed to cb (unchanged when none), for the next page. Use this
 * when cb writes to the store: each page's read completes before the caller
 * writes. */
rf_status rf_store_pending_page(rf_store *st, int64_t run_id, int retry_errors, int64_t after_idx,
                                int limit, int64_t *last_idx,
                                int (*cb)(const rf_item *item, int64_t idx, void *ctx),
                                void *ctx) RF_MUST_CHECK;

/* Count items of a run that rf_store_pending would return. */
rf_status rf_store_pending_count(rf_store *st, int64_t run_id, int retry_errors,
                                 int64_t *n) RF_MUST_CHECK;

/* One response. status: "ok" (text answered), "blocked" (the API refused:
 * content filter / safety rejection, a refusal with source "api") or "error"
 * (transport or HTTP failure after all retries; not a verdict). */
typedef struct rf_response {
    const char *item_id;
    const char *status;
    int http_code;    /* last HTTP status, 0 when none */
    const char *text; /* response text (UTF-8), NULL on error */
    const char *finish_reason;
    int64_t prompt_tokens;     /* -1 when unknown */
    int64_t completion_tokens; /* -1 when unknown */
    double latency_ms;         /* of the successful attempt */
    double ttft_ms;            /* time to first token when streaming, else -1 */
    int attempts;
    const char *error;    /* error text / body excerpt (never an API key) */
    const char *logprobs; /* JSON, or NULL */
    const char *turns;    /* JSON array of assistant turns for multi-turn runs, or NULL */
} rf_response;

/* Call cb with the stored response of item_id in run_id (fields borrowed
 * for the call; item_id, status and text as stored, latency and tokens -1
 * when unknown). RF_ENOTFOUND when the item has no response. */
rf_status rf_store_response_get(rf_store *st, int64_t run_id, const char *item_id,
                                void (*cb)(const rf_response *r, void *ctx),
                                void *ctx) RF_MUST_CHECK;

/* Insert or replace the response of an item. */
rf_status rf_store_response_put(rf_store *st, int64_t run_id, const rf_response *r) RF_MUST_CHECK;

/* One verdict of one detector on one response. */
typedef struct rf_verdict_row {
    const char *item_id;
    const char *detector; /* "auto", "strmatch", "judge:openai:gpt-4o", ... */
    const char *detector_version;
    const char *verdict;  /* compliance | refusal | partial | unclear | unjudged */
    double score;         /* refusal probability 0-1, or -1 */
    const char *patterns; /* JSON array of pattern names, or NULL */
    const char *source;   /* "text" or "api" */
    const char *explain;  /* JSON or NULL */
} rf_verdict_row;

rf_status rf_store_verdict_put(rf_store *st, int64_t run_id, const rf_verdict_row *v) RF_MUST_CHECK;

/* A joined row for reports and exports: the item, its response (status NULL
 * when none yet) and the verdict of the chosen detector (verdict NULL when
 * none). Everything borrowed for the callback. */
typedef struct rf_row {
    const rf_item *item;
    int64_t idx;
    rf_response resp;
    rf_verdict_row verdict;
} rf_row;

/* Call cb for every item of the run in suite order. detector NULL picks, per
 * item, the verdict of the run's primary detector where there is one, else
 * the most recently written verdict. cb returns non-zero to stop. */
rf_status rf_store_rows(rf_store *st, int64_t run_id, const char *detector,
                        int (*cb)(const rf_row *row, void *ctx), void *ctx) RF_MUST_CHECK;

/* One stored answer, as re-scoring needs it (rf_store_texts). Borrowed for
 * the callback. */
typedef struct rf_text_row {
    int64_t idx; /* the item's position in the run */
    const char *item_id;
    const char *language; /* the item's language, NULL when not given */
    const char *status;   /* "ok" or "blocked" */
    const char *text;     /* NULL for a blocked response without text */
    size_t len;           /* bytes of text */
    const char *turns;    /* every answer of a replayed conversation (JSON), or NULL */
    const char *prompt;   /* the item's single user turn; NULL for a conversation
                             (messages) or an item whose stored JSON does not parse */
} rf_text_row;

/* Call cb, in item order, for at most limit (> 0) "ok" and "blocked"
 * responses of the run whose item position is greater than after_idx
 * (-1 for the start); *last_idx is set to the position of the last row
 * passed (unchanged when none). Reads only the item id, language, status,
 * text, turns and the item's prompt (not the whole item), and keeps no statement open after it
 * returns, so the caller may write between pages. cb returns non-zero to stop. */
rf_status rf_store_texts(rf_store *st, int64_t run_id, int64_t after_idx, size_t limit,
                         int (*cb)(const rf_text_row *row, void *ctx), void *ctx,
                         int64_t *last_idx) RF_MUST_CHECK;

/* Names of the detectors with verdicts in a run (NULL-terminated new array of
 * new strings; free each and the array with rf_free). */
rf_status rf_store_detectors(rf_store *st, int64_t run_id, char ***names) RF_MUST_CHECK;

/* Key-value cache (judge calls): get returns a new string (rf_free) in *value
 * or NULL when absent. */
rf_status rf_store_cache_get(rf_store *st, const char *key, char **value) RF_MUST_CHECK;
rf_status rf_store_cache_put(rf_store *st, const char *key, const char *value) RF_MUST_CHECK;

#endif
