/*
 * engine.c - the request engine (engine.h): a libcurl multi loop on the
 * calling thread with a fixed pool of slots, one easy handle each (reused, so
 * connections are kept alive and shared through the multi handle's pool).
 * Storing, classifying and reading pending items happen in the sink
 * (engine_sink.c), on a writer thread for network targets.
 *
 * Slot life cycle:
 *   free --(item pulled from the queue, body built)--> waiting(due)
 *   waiting --(due, rate buckets allow)--> in curl
 *   in curl --(done: answer | permanent failure | retries exhausted)--> stored, free
 *   in curl --(transient failure, attempts left)--> waiting(now + backoff)
 * A waiting slot keeps its place, so a server saying "slow down" (429) also
 * slows the admission of new items.
 *
 * Item queue: a ring of `qcap` items refilled a page (qcap / 2) at a time
 * through rf_sink_fetch (rf_store_pending_page in suite order, continuing
 * after the idx of the last item pulled, so an item is pulled at most once
 * per call; the writer keeps the next page ready). Memory is
 * O(concurrency + qcap), not O(suite).
 *
 * Store writes (in the sink): response + verdict per item inside a
 * transaction committed every RF_ENGINE_COMMIT_EVERY results or
 * RF_ENGINE_COMMIT_MS, and at the end. A kill loses at most the open batch;
 * an item's response and verdict are always in the same transaction.
 *
 * Callers: the CLI (`refusal run`), tests/cli/test_run_*.sh.
 */
#include "refusal/engine.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine_int.h"
#include "engine_int_sink.h"
#include "engine_replay.h"
#include "refusal/utf8.h"

#define SSE_MAX (4u << 20)
#define STREAM_EXCERPT (64u << 10)
#define QUEUE_MIN 256
#define QUEUE_MAX 4096

typedef struct slot {
    CURL *h;
    int active;  /* holds an item */
    int in_curl; /* added to the multi handle */
    rf_item *item;
    int attempts;
    double due;
    double t_start, ttft;
    double est_tokens;
    double retry_after;
    rf_buf body; /* request body, kept for retries */
    rf_buf resp; /* response body (or an excerpt when streaming) */
    rf_sse *sse;
    rf_replay *rp; /* turn-by-turn replay of the item, or NULL */
    rf_target_result res;
    rf_status stream_st;
    char err[RF_ERR_LEN];
    char curl_err[CURL_ERROR_SIZE];
    struct engine *e;
} slot;

typedef struct engine {
    rf_store *st;
    int64_t run_id;
    const rf_target *t;
    rf_engine_opts o;
    rf_engine_stats *stats;
    CURLM *multi;
    struct curl_slist *headers;
    slot *slots;
    int n_slots;
    int n_active;
    rf_item **queue; /* ring buffer */
    size_t qcap, qhead, qlen;
    int exhausted;
    int64_t after_idx; /* idx of the last item pulled */
    rf_item **page;    /* one page from the sink, qcap / 2 */
    rf_sink *sink;
    double last_progress, t0;
    rf_bucket rpm, tpm;
    uint64_t rng;
    rf_buf errbuf;
    char *err;
} engine;

void rf_engine_opts_default(rf_engine_opts *o)
{
    memset(o, 0, sizeof *o);
    o->concurrency = 16;
    o->timeout_s = 120;
    o->retries = 4;
    o->backoff_base_s = 0.5;
    o->backoff_max_s = 30;
    o->grace_s = 5;
    o->progress_interval_s = 0.25;
}

/* --- items ------------------------------------------------------------------- */

/* Pull the next page of pending items (idx > after_idx) into the queue. The
 * page size is fixed (qcap / 2), so the sink can keep the next one ready. */
static rf_status refill(engine *e)
{
    size_t page = e->qcap / 2, n = 0, i;
    rf_status st;
    if (e->exhausted || e->qlen > e->qcap - page)
        return RF_OK;
    st = rf_sink_fetch(e->sink, e->o.retry_errors, &e->after_idx, page, e->page, &n);
    if (st != RF_OK) {
        rf_seterr(e->err, "reading pending items failed (%s)", rf_status_str(st));
        return st;
    }
    for (i = 0; i < n; i++) {
        e->queue[(e->qhead + e->qlen) % e->qcap] = e->page[i];
        e->qlen++;
    }
    if (n < page)
        e->exhausted = 1;
    return RF_OK;
}

static rf_item *queue_pop(engine *e)
{
    rf_item *it;
    if (!e->qlen)
        return NULL;
    it = e->queue[e->qhead];
    e->queue[e->qhead] = NULL;
    e->qhead = (e->qhead + 1) % e->qcap;
    e->qlen--;
    return it;
}

/* --- results ------------------------------------------------------------------ */

/* Hand an outcome to the sink; item ownership moves with it (*item = NULL),
 * and so do res's buffers when res is given (res is re-initialised) and the
 * replayed answers' JSON turns (rf_malloc'd or NULL). */
static rf_status emit(engine *e, rf_item **item, const char *status, long code,
                      rf_target_result *res, double latency_s, double ttft_s, int attempts,
                      const char *error, char *turns)
{
    rf_outcome oc;
    memset(&oc, 0, sizeof oc);
    oc.item = *item;
    *item = NULL;
    oc.turns = turns;
    oc.status = status;
    oc.code = code;
    oc.latency_s = latency_s;
    oc.ttft_s = ttft_s;
    oc.attempts = attempts;
    if (error && !(oc.error = rf_strdup(error))) {
        rf_outcome_free(&oc);
        return RF_ENOMEM;
    }
    if (res && strcmp(status, "error") != 0) {
        oc.has_res = 1;
        oc.res = *res;
        rf_target_result_init(res);
        if (oc.res.prompt_tokens > 0)
            e->stats->prompt_tokens += oc.res.prompt_tokens;
        if (oc.res.completion_tokens > 0)
            e->stats->completion_tokens += oc.res.completion_tokens;
    }
    e->stats->done++;
    if (!strcmp(status, "ok"))
        e->stats->ok++;
    else if (!strcmp(status, "blocked"))
        e->stats->blocked++;
    else
        e->stats->errors++;
    return rf_sink_put(e->sink, &oc);
}

/* Error text: message, then " | body: " and a scrubbed excerpt of the body. */
static rf_status store_error(engine *e, slot *s, long code, const char *msg)
{
    rf_buf b;
    rf_status st;
    rf_buf_init(&b, 4096);
    st = rf_target_scrub(e->t, msg, strlen(msg), 1024, &b);
    if (st == RF_OK && rf_buf_len(&s->resp)) {
        st = rf_buf_adds(&b, " | body: ");
        if (st == RF_OK)
            st = rf_target_scrub(e->t, rf_buf_ptr(&s->resp), rf_buf_len(&s->resp),
                                 RF_ENGINE_ERROR_EXCERPT, &b);
    }
    if (st == RF_OK)
        st = emit(e, &s->item, "error", code, NULL, rf_now() - s->t_start, -1, s->attempts,
                  rf_buf_ptr(&b), NULL);
    rf_buf_free(&b);
    return st;
}

/* --- curl callbacks ------------------------------------------------------------ */

static int sse_cb(void *ctx, const char *event, const char *data, size_t len)
{
    slot *s = ctx;
    int had_text = s->res.got_text;
    rf_status st = rf_target_stream_event(s->e->t, event, data, len, &s->res, s->err);
    if (!had_text && s->res.got_text)
        s->ttft = rf_now() - s->t_start;
    if (st != RF_OK) {
        s->stream_st = st;
        return 1;
    }
    return 0;
}

static size_t write_cb(char *p, size_t size, size_t n, void *ud)
{
    slot *s = ud;
    size_t len = size * n;
    long code = 0;
    if (s->sse && (curl_easy_getinfo(s->h, CURLINFO_RESPONSE_CODE, &code), code / 100 == 2)) {
        if (rf_buf_len(&s->resp) < STREAM_EXCERPT) {
            size_t room = STREAM_EXCERPT - rf_buf_len(&s->resp);
            if (rf_buf_add(&s->resp, p, len < room ? len : room) != RF_OK)
                return 0;
        }
        if (rf_sse_feed(s->sse, p, len, sse_cb, s) != RF_OK) {
            if (s->stream_st == RF_OK) {
                s->stream_st = RF_ELIMIT;
                rf_seterr(s->err, "stream event too large");
            }
            return 0;
        }
        return len;
    }
    if (rf_buf_add(&s->resp, p, len) != RF_OK) {
        rf_seterr(s->err, "response body larger than %u bytes", RF_TARGET_MAX_BODY);
        s->stream_st = RF_ELIMIT;
        return 0;
    }
    return len;
}

static size_t header_cb(char *p, size_t size, size_t n, void *ud)
{
    slot *s = ud;
    size_t len = size * n;
    if (len > 5 && memcmp(p, "HTTP/", 5) == 0) {
        s->retry_after = -1; /* a new response (e.g. after 100 Continue) */
    } else if (len > 12 && strncasecmp(p, "retry-after:", 12) == 0) {
        double v = rf_parse_retry_after(p + 12, len - 12, (double)time(NULL));
        if (v >= 0 && s->retry_after < 0)
            s->retry_after = v;
    } else if (len > 15 && strncasecmp(p, "retry-after-ms:", 15) == 0) {
        double v = rf_parse_retry_after(p + 15, len - 15, 0);
        if (v >= 0)
            s->retry_after = v / 1000.0;
    }
    return len;
}

/* --- slots ----------------------------------------------------------------------- */

static rf_status slot_setup(engine *e, slot *s)
{
    long timeout_ms = (long)(e->o.timeout_s * 1000);
    int https = strncmp(rf_target_url(e->t), "https:", 6) == 0;
    const char *ca;
    s->e = e;
    rf_buf_init(&s->body, RF_TARGET_MAX_REQUEST);
    rf_buf_init(&s->resp, RF_TARGET_MAX_BODY);
    rf_target_result_init(&s->res);
    if (rf_target_streams(e->t) && rf_sse_create(SSE_MAX, &s->sse) != RF_OK)
        return RF_ENOMEM;
    if (!(s->h = curl_easy_init()))
        return RF_ENOMEM;
    curl_easy_setopt(s->h, CURLOPT_URL, rf_target_url(e->t));
    curl_easy_setopt(s->h, CURLOPT_HTTPHEADER, e->headers);
    curl_easy_setopt(s->h, CURLOPT_POST, 1L);
    curl_easy_setopt(s->h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(s->h, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(s->h, CURLOPT_WRITEDATA, s);
    curl_easy_setopt(s->h, CURLOPT_HEADERFUNCTION, header_cb);
    curl_easy_setopt(s->h, CURLOPT_HEADERDATA, s);
    curl_easy_setopt(s->h, CURLOPT_PRIVATE, s);
    curl_easy_setopt(s->h, CURLOPT_ERRORBUFFER, s->curl_err);
    curl_easy_setopt(s->h, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl_easy_setopt(s->h, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms < 10000 ? timeout_ms : 10000L);
    curl_easy_setopt(s->h, CURLOPT_USERAGENT, "refusal/" RF_VERSION);
    curl_easy_setopt(s->h, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(s->h, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
    if (https)
        curl_easy_setopt(s->h, CURLOPT_PIPEWAIT, 1L);
    if (https && (ca = e->o.ca_file ? e->o.ca_file : getenv("REFUSAL_CA_BUNDLE")) && *ca)
        curl_easy_setopt(s->h, CURLOPT_CAINFO, ca);
    return RF_OK;
}

static void slot_release(slot *s)
{
    rf_item_free(s->item);
    s->item = NULL;
    rf_replay_free(s->rp);
    s->rp = NULL;
    s->active = 0;
    s->attempts = 0;
    rf_buf_reset(&s->body);
}

static void slot_cleanup(engine *e, slot *s)
{
    if (s->h) {
        if (s->in_curl)
            curl_multi_remove_handle(e->multi, s->h);
        curl_easy_cleanup(s->h);
    }
    rf_item_free(s->item);
    rf_replay_free(s->rp);
    rf_buf_free(&s->body);
    rf_buf_free(&s->resp);
    rf_sse_destroy(s->sse);
    rf_target_result_free(&s->res);
}

/* Give a free slot the next queued item. An item whose request cannot be
 * built is stored as an error at once. */
static rf_status slot_fill(engine *e, slot *s)
{
    rf_status st;
    s->item = queue_pop(e);
    s->active = 1;
    s->attempts = 0;
    s->due = 0;
    s->err[0] = '\0';
    rf_buf_reset(&s->body);
    rf_buf_reset(&s->resp);
    st = e->o.replay_turns ? rf_replay_start(s->item, &s->rp, s->err) : RF_OK;
    if (st == RF_OK)
        st = s->rp ? rf_replay_request(s->rp, e->t, s->item, &s->body, s->err)
                   : rf_target_request(e->t, s->item, &s->body, s->err);
    if (st != RF_OK) {
        if (st == RF_ENOMEM)
            return st;
        s->t_start = rf_now();
        if (!s->err[0])
            rf_seterr(s->err, "cannot build the request: %s", rf_status_str(st));
        st = store_error(e, s, 0, s->err);
        slot_release(s);
        return st;
    }
    s->est_tokens = (double)rf_buf_len(&s->body) / 4.0 + 256;
    e->n_active++;
    return RF_OK;
}

static rf_status slot_start(engine *e, slot *s, double now)
{
    CURLMcode mc;
    s->attempts++;
    s->t_start = now;
    s->ttft = -1;
    s->retry_after = -1;
    s->stream_st = RF_OK;
    s->err[0] = '\0';
    s->curl_err[0] = '\0';
    rf_buf_reset(&s->resp);
    rf_target_result_reset(&s->res);
    if (s->sse)
        rf_sse_reset(s->sse);
    curl_easy_setopt(s->h, CURLOPT_POSTFIELDS, rf_buf_ptr(&s->body));
    curl_easy_setopt(s->h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rf_buf_len(&s->body));
    rf_bucket_take(&e->rpm, 1, now);
    rf_bucket_take(&e->tpm, s->est_tokens, now);
    if ((mc = curl_multi_add_handle(e->multi, s->h)) != CURLM_OK) {
        rf_seterr(e->err, "curl: %s", curl_multi_strerror(mc));
        return RF_EHTTP;
    }
    s->in_curl = 1;
    e->stats->in_flight++;
    return RF_OK;
}

/* --- completion ------------------------------------------------------------------ */

static int retryable_code(long code)
{
    return code == 408 || code == 409 || code == 425 || code == 429 || code >= 500;
}

static int retryable_curl(CURLcode rc)
{
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
        return 1;
    default:
        return 0;
    }
}

/* Classify a finished attempt: 0 = answered (res filled, *status set),
 * 1 = transient failure, 2 = permanent failure (message in s->err). */
static int judge_attempt(engine *e, slot *s, CURLcode rc, long code, const char **status)
{
    rf_status st;
    if (s->stream_st != RF_OK && s->stream_st != RF_EHTTP)
        return 2; /* malformed or oversized stream */
    if (s->stream_st == RF_EHTTP)
        return 1; /* an error event inside the stream (overloaded, ...) */
    if (rc != CURLE_OK) {
        rf_seterr(s->err, "%s", s->curl_err[0] ? s->curl_err : curl_easy_strerror(rc));
        return retryable_curl(rc) ? 1 : 2;
    }
    if (s->sse && code / 100 == 2) {
        if (rf_sse_end(s->sse, sse_cb, s) != RF_OK || s->stream_st != RF_OK)
            return s->stream_st == RF_EHTTP ? 1 : 2;
        if (rf_target_stream_finish(&s->res) != RF_OK)
            return 2;
        if (!s->res.done && !s->res.blocked && !s->res.finish_reason[0]) {
            rf_seterr(s->err, "stream ended before completion");
            return 1;
        }
        *status = s->res.blocked ? "blocked" : "ok";
        return 0;
    }
    st = rf_target_parse(e->t, code, rf_buf_ptr(&s->resp), rf_buf_len(&s->resp), &s->res, s->err);
    if (st == RF_OK) {
        *status = s->res.blocked ? "blocked" : "ok";
        return 0;
    }
    if (st == RF_EHTTP)
        return retryable_code(code) ? 1 : 2;
    return 2;
}

/* A replayed conversation's turn was answered and another user turn
 * follows: append the answer, build the next request and put the slot back
 * in the waiting state (due now; attempts count per turn). */
static rf_status replay_next(engine *e, slot *s, double now)
{
    rf_status st = rf_replay_answer(s->rp, rf_buf_ptr(&s->res.text), rf_buf_len(&s->res.text),
                                    s->res.prompt_tokens, s->res.completion_tokens);
    if (st == RF_OK)
        st = rf_replay_request(s->rp, e->t, s->item, &s->body, s->err);
    if (st == RF_ENOMEM)
        return st;
    if (st != RF_OK) {
        if (!s->err[0])
            rf_seterr(s->err, "cannot build the request: %s", rf_status_str(st));
        st = store_error(e, s, 0, s->err);
        e->n_active--;
        slot_release(s);
        return st;
    }
    s->est_tokens = (double)rf_buf_len(&s->body) / 4.0 + 256;
    s->attempts = 0;
    s->due = now;
    return RF_OK;
}

static rf_status slot_done(engine *e, slot *s, CURLcode rc)
{
    long code = 0;
    const char *status = "error";
    double now = rf_now();
    int verdict;
    rf_status st = RF_OK;

    curl_easy_getinfo(s->h, CURLINFO_RESPONSE_CODE, &code);
    curl_multi_remove_handle(e->multi, s->h);
    s->in_curl = 0;
    e->stats->in_flight--;
    verdict = judge_attempt(e, s, rc, code, &status);
    if (verdict == 0) {
        double used = (double)(s->res.prompt_tokens > 0 ? s->res.prompt_tokens : 0) +
                      (double)(s->res.completion_tokens > 0 ? s->res.completion_tokens : 0);
        char *turns = NULL;
        double latency = now - s->t_start;
        if (used > 0)
            rf_bucket_adjust(&e->tpm, s->est_tokens - used);
        if (s->rp && !s->res.blocked && rf_replay_more(s->rp))
            return replay_next(e, s, now);
        if (s->rp) {
            turns = rf_replay_finish(s->rp, rf_buf_ptr(&s->res.text), rf_buf_len(&s->res.text),
                                     &s->res.prompt_tokens, &s->res.completion_tokens);
            if (!turns)
                return RF_ENOMEM;
            latency = rf_replay_elapsed(s->rp);
        }
        rf_buf_reset(&e->errbuf);
        if (s->res.blocked && s->err[0] &&
            (st = rf_target_scrub(e->t, s->err, strlen(s->err), 1024, &e->errbuf)) != RF_OK) {
            rf_free(turns);
            return st;
        }
        st = emit(e, &s->item, status, code, &s->res, latency, s->sse ? s->ttft : -1, s->attempts,
                  rf_buf_len(&e->errbuf) ? rf_buf_ptr(&e->errbuf) : NULL, turns);
    } else if (verdict == 1 && s->attempts <= e->o.retries) {
        s->due = now + rf_backoff_delay(s->attempts, e->o.backoff_base_s, e->o.backoff_max_s,
                                        s->retry_after, &e->rng);
        e->stats->retries++;
        return RF_OK;
    } else {
        if (!s->err[0])
            rf_seterr(s->err, "HTTP %ld", code);
        st = store_error(e, s, code, s->err);
    }
    e->n_active--;
    slot_release(s);
    return st;
}

/* --- the loop -------------------------------------------------------------------- */

static void maybe_progress(engine *e, double now, int force)
{
    if (!e->o.progress || (!force && now - e->last_progress < e->o.progress_interval_s))
        return;
    e->last_progress = now;
    e->stats->elapsed_s = now - e->t0;
    e->stats->refusals = rf_sink_refusals(e->sink);
    e->o.progress(e->o.progress_ctx, e->stats);
}

/* Fill free slots and start due ones; returns the seconds until the next
 * start is possible (for the poll timeout), or 1 when nothing waits. */
static rf_status admit(engine *e, double now, double *wait)
{
    int i;
    rf_status st;
    *wait = 1.0;
    for (i = 0; i < e->n_slots; i++) {
        slot *s = &e->slots[i];
        double w;
        if (!s->active) {
            if (!e->qlen && (st = refill(e)) != RF_OK)
                return st;
            if (!e->qlen)
                continue;
            if ((st = slot_fill(e, s)) != RF_OK)
                return st;
            if (!s->active)
                continue; /* stored as an error already */
        }
        if (s->in_curl)
            continue;
        if (s->due > now) {
            if (s->due - now < *wait)
                *wait = s->due - now;
            continue;
        }
        w = rf_bucket_wait(&e->rpm, 1, now);
        if (w <= 0)
            w = rf_bucket_wait(&e->tpm, s->est_tokens, now);
        if (w > 0) {
            if (w < *wait)
                *wait = w;
            break; /* first come, first served */
        }
        if ((st = slot_start(e, s, now)) != RF_OK)
            return st;
    }
    if ((st = refill(e)) != RF_OK)
        return st;
    return RF_OK;
}

static rf_status reap(engine *e, int *n_done)
{
    CURLMsg *m;
    int left;
    rf_status st;
    *n_done = 0;
    while ((m = curl_multi_info_read(e->multi, &left)) != NULL) {
        slot *s = NULL;
        if (m->msg != CURLMSG_DONE)
            continue;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&s);
        if (s && (st = slot_done(e, s, m->data.result)) != RF_OK)
            return st;
        ++*n_done;
    }
    return RF_OK;
}

static rf_status run_network(engine *e)
{
    double cancel_at = -1, wait, now;
    int running, i, n_done;
    rf_status st;
    for (;;) {
        int cancel = e->o.cancel ? (int)*e->o.cancel : 0;
        now = rf_now();
        if (cancel && cancel_at < 0) {
            cancel_at = now;
            e->stats->interrupted = 1;
            for (i = 0; i < e->n_slots; i++) /* waiting retries are abandoned */
                if (e->slots[i].active && !e->slots[i].in_curl) {
                    slot_release(&e->slots[i]);
                    e->n_active--;
                }
        }
        if (cancel && (cancel >= 2 || now - cancel_at >= e->o.grace_s || e->n_active == 0))
            break;
        wait = 1.0;
        if (!cancel && (st = admit(e, now, &wait)) != RF_OK)
            return st;
        if (!cancel && e->n_active == 0 && e->qlen == 0 && e->exhausted)
            break;
        curl_multi_perform(e->multi, &running);
        if ((st = reap(e, &n_done)) != RF_OK)
            return st;
        now = rf_now();
        if ((st = rf_sink_tick(e->sink)) != RF_OK)
            return st;
        maybe_progress(e, now, 0);
        if (n_done > 0 && !cancel)
            continue; /* admit the next items before waiting */
        wait = wait < 0.1 ? wait : 0.1;
        curl_multi_poll(e->multi, NULL, 0, (int)(wait * 1000) + 1, NULL);
    }
    return RF_OK;
}

/* Answer one item with the offline target into slots[0].res; replayed turn
 * by turn when asked, with every answer's JSON in *turns (new, or NULL when
 * not replayed). */
static rf_status offline_one(engine *e, rf_item *it, char **turns)
{
    slot *s = &e->slots[0];
    rf_status st;
    rf_target_result_reset(&s->res);
    s->err[0] = '\0';
    *turns = NULL;
    st = e->o.replay_turns ? rf_replay_start(it, &s->rp, s->err) : RF_OK;
    while (st == RF_OK) {
        st = s->rp ? rf_replay_local(s->rp, e->t, it, &s->res, s->err)
                   : rf_target_local(e->t, it, &s->res, s->err);
        if (st != RF_OK || !s->rp || s->res.blocked || !rf_replay_more(s->rp))
            break;
        st = rf_replay_answer(s->rp, rf_buf_ptr(&s->res.text), rf_buf_len(&s->res.text),
                              s->res.prompt_tokens, s->res.completion_tokens);
        rf_target_result_reset(&s->res);
    }
    if (st == RF_OK && s->rp &&
        !(*turns = rf_replay_finish(s->rp, rf_buf_ptr(&s->res.text), rf_buf_len(&s->res.text),
                                    &s->res.prompt_tokens, &s->res.completion_tokens)))
        st = RF_ENOMEM;
    return st;
}

static rf_status run_offline(engine *e)
{
    rf_status st;
    for (;;) {
        rf_item *it;
        char *turns = NULL;
        double now = rf_now();
        if (e->o.cancel && *e->o.cancel) {
            e->stats->interrupted = 1;
            return RF_OK;
        }
        if (!e->qlen && (st = refill(e)) != RF_OK)
            return st;
        if (!(it = queue_pop(e)))
            return RF_OK;
        st = offline_one(e, it, &turns);
        if (st == RF_OK)
            st = emit(e, &it, e->slots[0].res.blocked ? "blocked" : "ok", 0, &e->slots[0].res,
                      rf_now() - now, -1, 1, NULL, turns);
        else if (st != RF_ENOMEM)
            st = emit(e, &it, "error", 0, NULL, 0, -1, 1, e->slots[0].err, NULL);
        rf_replay_free(e->slots[0].rp);
        e->slots[0].rp = NULL;
        rf_item_free(it);
        if (st != RF_OK)
            return st;
        if ((st = rf_sink_tick(e->sink)) != RF_OK)
            return st;
        maybe_progress(e, now, 0);
    }
}

static rf_status engine_init(engine *e, char *err)
{
    const char *const *h;
    int i;
    e->qcap = (size_t)e->o.concurrency * 4;
    e->qcap = e->qcap < QUEUE_MIN ? QUEUE_MIN : e->qcap > QUEUE_MAX ? QUEUE_MAX : e->qcap;
    e->n_slots = rf_target_offline(e->t) ? 1 : e->o.concurrency;
    e->queue = rf_calloc(e->qcap, sizeof *e->queue);
    e->page = rf_calloc(e->qcap / 2, sizeof *e->page);
    e->slots = rf_calloc((size_t)e->n_slots, sizeof *e->slots);
    rf_buf_init(&e->errbuf, 1u << 16);
    if (!e->queue || !e->slots || !e->page)
        return RF_ENOMEM;
    e->rng = (uint64_t)time(NULL) * 2654435761u ^ (uint64_t)(uintptr_t)e;
    rf_bucket_init(&e->rpm, e->o.rpm, 1, rf_now());
    rf_bucket_init(&e->tpm, e->o.tpm, 1, rf_now());
    if (rf_target_offline(e->t)) {
        rf_target_result_init(&e->slots[0].res);
        return RF_OK;
    }
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || !(e->multi = curl_multi_init())) {
        rf_seterr(err, "curl initialisation failed");
        return RF_EHTTP;
    }
    curl_multi_setopt(e->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
    curl_multi_setopt(e->multi, CURLMOPT_MAXCONNECTS, (long)e->n_slots + 4);
    for (h = rf_target_headers(e->t); *h; h++) {
        struct curl_slist *n = curl_slist_append(e->headers, *h);
        if (!n)
            return RF_ENOMEM;
        e->headers = n;
    }
    for (i = 0; i < e->n_slots; i++)
        if (slot_setup(e, &e->slots[i]) != RF_OK)
            return RF_ENOMEM;
    return RF_OK;
}

static void engine_free(engine *e)
{
    int i;
    rf_item *it;
    for (i = 0; e->slots && i < e->n_slots; i++) {
        if (rf_target_offline(e->t))
            rf_target_result_free(&e->slots[i].res);
        else
            slot_cleanup(e, &e->slots[i]);
    }
    while (e->queue && (it = queue_pop(e)) != NULL)
        rf_item_free(it);
    if (e->multi)
        curl_multi_cleanup(e->multi);
    if (e->headers) {
        struct curl_slist *n;
        for (n = e->headers; n; n = n->next) /* headers may hold the key */
            memset(n->data, 0, strlen(n->data));
        curl_slist_free_all(e->headers);
    }
    rf_free(e->slots);
    rf_free(e->queue);
    rf_free(e->page);
    rf_buf_free(&e->errbuf);
}

rf_status rf_engine_run(rf_store *st, int64_t run_id, const rf_target *t, rf_detector *d,
                        const rf_engine_opts *o, rf_engine_stats *stats, char *err)
{
    engine e;
    rf_engine_stats local;
    rf_status s, s2;
    memset(&e, 0, sizeof e);
    if (!stats)
        stats = &local;
    memset(stats, 0, sizeof *stats);
    e.st = st;
    e.run_id = run_id;
    e.t = t;
    e.stats = stats;
    e.err = err;
    if (o)
        e.o = *o;
    else
        rf_engine_opts_default(&e.o);
    if (e.o.concurrency < 1 || e.o.concurrency > RF_ENGINE_MAX_CONCURRENCY) {
        rf_seterr(err, "concurrency must be 1-%d", RF_ENGINE_MAX_CONCURRENCY);
        return RF_EINVAL;
    }
    e.t0 = rf_now();
    e.after_idx = -1;
    if ((s = rf_store_pending_count(st, run_id, e.o.retry_errors, &stats->total)) != RF_OK) {
        rf_seterr(err, "store: %s", rf_store_errmsg(st));
        return s;
    }
    s = rf_sink_open(st, run_id, t, d, !rf_target_offline(t), &e.o, &e.sink, err);
    if (s == RF_OK && (s = engine_init(&e, err)) == RF_OK)
        s = rf_target_offline(t) ? run_offline(&e) : run_network(&e);
    engine_free(&e); /* abandons requests still in flight */
    s2 = rf_sink_close(e.sink, &stats->refusals, err);
    if (s == RF_OK)
        s = s2;
    stats->elapsed_s = rf_now() - e.t0;
    stats->in_flight = 0;
    if (e.o.progress)
        e.o.progress(e.o.progress_ctx, stats);
    if (s == RF_ENOMEM)
        rf_seterr(err, "out of memory");
    return s;
}
