/*
 * target.h - target adapters: how one suite item becomes one HTTP request and
 * how the answer becomes text, tokens, a finish reason and a "blocked" flag.
 *
 * Specs accepted by rf_target_open():
 *   openai:MODEL          chat completions of any OpenAI-compatible server
 *                         (base URL: opts->base_url, $OPENAI_BASE_URL, or
 *                         https://api.openai.com/v1; key $OPENAI_API_KEY)
 *   anthropic:MODEL       Messages API (base URL: opts->base_url,
 *                         $ANTHROPIC_BASE_URL, or https://api.anthropic.com/v1;
 *                         key $ANTHROPIC_API_KEY; header anthropic-version)
 *   openai-images:MODEL   text-to-image (/images/generations); a safety
 *                         rejection is a block, an image is a compliance
 *   builtin:keyword-filter an offline baseline guardrail (no network): refuses
 *                         prompts containing a sensitive keyword, answers the
 *                         rest with a fixed neutral text. A baseline, not a model.
 *
 * API keys are read from the environment only, live in the handle, and are
 * exposed solely through rf_target_headers() (for the HTTP layer) and
 * rf_target_scrub() (to remove them from any text before it is stored).
 *
 * The adapter does no I/O except reading local image files named by items.
 * The engine (engine.h) owns the transport; this module is pure data mapping
 * and is therefore unit-tested and fuzzed directly.
 */
#ifndef RF_TARGET_H
#define RF_TARGET_H

#include "refusal/buf.h"
#include "refusal/suite.h"

/* Named limits. */
#define RF_TARGET_MAX_BODY (16u << 20)    /* response body bytes kept */
#define RF_TARGET_MAX_REQUEST (32u << 20) /* request body bytes */
#define RF_TARGET_MAX_IMAGE (20u << 20)   /* one local image file */
#define RF_TARGET_MAX_TEXT (4u << 20)     /* response text bytes */
#define RF_TARGET_MAX_LOGPROB_TOKENS 8    /* first response tokens with logprobs kept */

typedef enum rf_target_kind {
    RF_TARGET_OPENAI = 0,
    RF_TARGET_ANTHROPIC,
    RF_TARGET_OPENAI_IMAGES,
    RF_TARGET_KEYWORD,
    RF_TARGET_REPLAY /* replay:RUN, the answers of a stored run */
} rf_target_kind;

/* Request parameters. Zero-initialise, then set what is wanted. */
typedef struct rf_target_opts {
    const char *base_url; /* NULL: environment, then the default */
    const char *system;   /* system prompt, or NULL */
    double temperature;   /* sent when has_temperature */
    int has_temperature;
    int64_t max_tokens; /* sent when > 0 (anthropic requires one: 1024 by default) */
    int64_t seed;       /* sent when has_seed (OpenAI only) */
    int has_seed;
    int logprobs;           /* top-K log-probabilities (OpenAI chat, 1-20), 0 = off */
    int stream;             /* use SSE streaming (openai, anthropic) */
    const char *store_path; /* replay:RUN: the run database to read it from */
} rf_target_opts;

typedef struct rf_target rf_target;

/* Open an adapter for spec with opts (copied). Reads the base URL and API key
 * from the environment as described above. *out is a new handle, freed with
 * rf_target_close. Errors: RF_EINVAL (unknown adapter, empty model, bad
 * option combination), RF_ENOMEM; message in err (never contains a key). */
rf_status rf_target_open(const char *spec, const rf_target_opts *opts, rf_target **out,
                         char *err) RF_MUST_CHECK;
void rf_target_close(rf_target *t);

rf_target_kind rf_target_kind_of(const rf_target *t);
/* The spec as given ("openai:gpt-4o-mini"), borrowed. Never contains a key. */
const char *rf_target_spec(const rf_target *t);
/* The full endpoint URL, borrowed; "" for builtin targets. */
const char *rf_target_url(const rf_target *t);
/* 1 when the target answers locally (no HTTP), else 0. */
int rf_target_offline(const rf_target *t);
/* 1 when requests stream (SSE). */
int rf_target_streams(const rf_target *t);
/* The request header lines ("Name: value"), NULL-terminated, borrowed. They
 * may contain the API key: hand them to the HTTP layer only, never print them. */
const char *const *rf_target_headers(const rf_target *t);
/* The run parameters as a compact JSON object (new string, rf_free), for the
 * store: model, base URL without credentials, temperature, ... never a key. */
char *rf_target_params_json(const rf_target *t);

/* Append the JSON request body for item to body. Errors: RF_EINVAL (item has
 * neither prompt nor messages, bad messages JSON, unreadable image: message in
 * err), RF_ELIMIT, RF_ENOMEM. */
rf_status rf_target_request(const rf_target *t, const rf_item *item, rf_buf *body,
                            char *err) RF_MUST_CHECK;

/* What an answer contained. Initialise with rf_target_result_init, reuse after
 * rf_target_result_reset, release with rf_target_result_free. */
typedef struct rf_target_result {
    rf_buf text;            /* response text, valid UTF-8 */
    char finish_reason[32]; /* "" when unknown */
    int blocked;            /* the API refused (content filter, safety rejection) */
    int done;               /* streaming: the terminal event was seen */
    int64_t prompt_tokens;  /* -1 when unknown */
    int64_t completion_tokens;
    rf_buf logprobs; /* JSON array, empty when none */
    int n_logprob_tokens;
    int got_text;  /* streaming: at least one content delta arrived */
    char carry[4]; /* streaming: an incomplete UTF-8 sequence held back */
    int n_carry;
} rf_target_result;

void rf_target_result_init(rf_target_result *r);
void rf_target_result_reset(rf_target_result *r);
void rf_target_result_free(rf_target_result *r);

/* Parse a complete (non-streamed) response with HTTP status http_code.
 * Returns RF_OK for an answer (res->blocked set for an API block, which is
 * an answer too); RF_EHTTP for any other non-2xx status (the caller decides
 * whether to retry from the code); RF_EPARSE for a 2xx body that is not the
 * expected JSON; message in err. */
rf_status rf_target_parse(const rf_target *t, long http_code, const char *body, size_t len,
                          rf_target_result *res, char *err) RF_MUST_CHECK;

/* Handle one SSE event of a streamed answer (event name may be NULL, data is
 * the joined data lines). Deltas are joined into res->text without ever
 * splitting a UTF-8 sequence. Returns RF_EPARSE on a malformed event, RF_EHTTP
 * on an in-stream error event. */
rf_status rf_target_stream_event(const rf_target *t, const char *event, const char *data,
                                 size_t len, rf_target_result *res, char *err) RF_MUST_CHECK;
/* End of a stream: flush held-back bytes (an incomplete sequence becomes
 * U+FFFD). */
rf_status rf_target_stream_finish(rf_target_result *res) RF_MUST_CHECK;

/* Answer locally (builtin targets only). */
rf_status rf_target_local(const rf_target *t, const rf_item *item, rf_target_result *res,
                          char *err) RF_MUST_CHECK;

/* Append s[0..len) to out with every occurrence of the API key replaced by
 * "[REDACTED]", then made valid UTF-8, at most max bytes (cut on a code point
 * boundary). Used for every body excerpt that is stored or printed. */
rf_status rf_target_scrub(const rf_target *t, const char *s, size_t len, size_t max,
                          rf_buf *out) RF_MUST_CHECK;

/* The keyword list of builtin:keyword-filter, NULL-terminated, static. */
const char *const *rf_keyword_filter_words(void);

/* --- SSE framing (text/event-stream) -------------------------------------
 * Incremental: feed any byte chunks; the callback gets each complete event
 * (event name or NULL, data lines joined with '\n', NUL-terminated). Lines
 * end with \n, \r\n or \r; comments (":") and unknown fields are ignored. A
 * line or event longer than max is an error (RF_ELIMIT). */
typedef struct rf_sse rf_sse;
typedef int (*rf_sse_cb)(void *ctx, const char *event, const char *data, size_t len);

rf_status rf_sse_create(size_t max, rf_sse **out) RF_MUST_CHECK;
void rf_sse_destroy(rf_sse *s);
void rf_sse_reset(rf_sse *s);
/* Feed bytes; calls cb per complete event. A non-zero cb return stops and is
 * reported as RF_EINTR. */
rf_status rf_sse_feed(rf_sse *s, const char *p, size_t n, rf_sse_cb cb, void *ctx) RF_MUST_CHECK;
/* End of input: dispatch a final event not followed by a blank line. */
rf_status rf_sse_end(rf_sse *s, rf_sse_cb cb, void *ctx) RF_MUST_CHECK;

#endif
