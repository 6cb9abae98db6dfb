/*
 * engine_sink.c - stores the engine's outcomes: response row, detector
 * verdict (blocked answers: refusal, source "api"), batched transactions.
 *
 * Threaded mode: the curl loop pushes outcomes into a bounded ring (`q`,
 * SINK_QUEUE entries) under `mu`; one writer thread pops them in batches,
 * classifies and writes them under `store_mu`, and commits every
 * RF_ENGINE_COMMIT_EVERY outcomes or RF_ENGINE_COMMIT_MS milliseconds. The
 * caller takes `store_mu` to read pending items. Closing drains the ring,
 * commits and joins, so everything handed over is stored (or the failure is
 * reported). A failure is sticky: later puts fail fast.
 *
 * Unthreaded mode (offline targets): put stores at once; rf_sink_tick commits.
 *
 * Ownership: an outcome's item, result buffers and error text belong to the
 * sink from rf_sink_put on. The detector and on_result callback are used by
 * the writer thread only.
 */
#include "engine_int_sink.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#define SINK_QUEUE 4096
#define SINK_BATCH 256

struct rf_sink {
    rf_store *st;
    int64_t run_id;
    const rf_target *t;
    rf_detector *d;
    void (*on_result)(void *ctx, const rf_item *item, const char *status, const char *verdict);
    void *result_ctx;
    int threaded;
    pthread_t writer;
    pthread_mutex_t mu;       /* q, stop, failed, refusals */
    pthread_mutex_t store_mu; /* the store handle */
    pthread_cond_t nonempty, space;
    rf_outcome *q;
    size_t qhead, qlen;
    int stop;
    rf_status failed;
    char err[RF_ERR_LEN];
    int64_t refusals;
    /* page prefetch (under mu): 0 idle, 1 requested, 2 ready */
    int pf_state;
    int pf_retry;
    int64_t pf_after, pf_last;
    size_t pf_page, pf_n;
    rf_item **pf_items;
    rf_status pf_st;
    pthread_cond_t pf_ready;
    /* writer state */
    int in_tx, uncommitted;
    double last_commit;
    rf_buf patterns;
    rf_buf turns; /* explain of a replayed conversation's verdict */
};

void rf_outcome_free(rf_outcome *oc)
{
    rf_item_free(oc->item);
    if (oc->has_res)
        rf_target_result_free(&oc->res);
    rf_free(oc->error);
    rf_free(oc->turns);
    memset(oc, 0, sizeof *oc);
}

/* A copy of the fields the engine and the summary use. */
static rf_item *item_copy(const rf_item *src)
{
    rf_item *it = rf_item_new();
    if (!it)
        return NULL;
#define COPY(f)                                                                                    \
    if (src->f && !(it->f = rf_strdup(src->f)))                                                    \
        goto fail;
    COPY(id)
    COPY(prompt)
    COPY(messages)
    COPY(label)
    COPY(category)
    COPY(language)
    COPY(images)
    COPY(modality)
#undef COPY
    it->level = src->level;
    it->n_turns = src->n_turns;
    return it;
fail:
    rf_item_free(it);
    return NULL;
}

typedef struct page_ctx {
    rf_item **out;
    size_t n;
    rf_status st;
} page_ctx;

static int page_cb(const rf_item *item, int64_t idx, void *ctx)
{
    page_ctx *pc = ctx;
    (void)idx;
    if (!(pc->out[pc->n] = item_copy(item))) {
        pc->st = RF_ENOMEM;
        return 1;
    }
    pc->n++;
    return 0;
}

/* Read one page (store_mu held or unthreaded). */
static rf_status read_page(rf_sink *k, int retry, int64_t *after, size_t page, rf_item **out,
                           size_t *n)
{
    page_ctx pc = {out, 0, RF_OK};
    rf_status st =
        rf_store_pending_page(k->st, k->run_id, retry, *after, (int)page, after, page_cb, &pc);
    if (st == RF_OK)
        st = pc.st;
    if (st != RF_OK) {
        size_t i;
        for (i = 0; i < pc.n; i++)
            rf_item_free(out[i]);
        pc.n = 0;
        rf_seterr(k->err, "store: reading pending items: %s", rf_store_errmsg(k->st));
    }
    *n = pc.n;
    return st;
}

/* Writer: serve a requested page (mu held on entry and exit). */
static void serve_page(rf_sink *k)
{
    int64_t after = k->pf_after;
    size_t page = k->pf_page, n = 0;
    int retry = k->pf_retry;
    rf_status st;
    pthread_mutex_unlock(&k->mu);
    pthread_mutex_lock(&k->store_mu);
    st = read_page(k, retry, &after, page, k->pf_items, &n);
    pthread_mutex_unlock(&k->store_mu);
    pthread_mutex_lock(&k->mu);
    k->pf_n = n;
    k->pf_last = after;
    k->pf_st = st;
    k->pf_state = 2;
    pthread_cond_broadcast(&k->pf_ready);
}

static rf_status patterns_json(unsigned bits, rf_buf *b)
{
    int i, first = 1;
    rf_status st = rf_buf_addc(b, '[');
    for (i = 0; i < RF_PAT_COUNT && st == RF_OK; i++) {
        if (!(bits & (1u << i)))
            continue;
        st = rf_buf_printf(b, "%s\"%s\"", first ? "" : ",", rf_pattern_name(i));
        first = 0;
    }
    return st == RF_OK ? rf_buf_addc(b, ']') : st;
}

static rf_status put_verdict(rf_sink *k, const rf_outcome *oc, const char **verdict, int *refusal)
{
    rf_verdict_row v;
    rf_detection det;
    rf_status st;
    memset(&v, 0, sizeof v);
    memset(&det, 0, sizeof det);
    v.item_id = oc->item->id;
    v.detector = rf_detector_name(k->d);
    v.detector_version = rf_detector_version(k->d);
    rf_buf_reset(&k->patterns);
    if (oc->res.blocked || rf_target_kind_of(k->t) == RF_TARGET_OPENAI_IMAGES) {
        det.verdict = oc->res.blocked ? RF_VERDICT_REFUSAL : RF_VERDICT_COMPLIANCE;
        det.score = oc->res.blocked ? 1.0 : 0.0;
        v.source = "api";
    } else {
        st = rf_detector_classify(k->d, rf_buf_ptr(&oc->res.text), rf_buf_len(&oc->res.text),
                                  oc->item->prompt, oc->item->language, &det, NULL);
        if (st != RF_OK)
            return st;
        v.source = "text";
    }
    if ((st = patterns_json(det.patterns, &k->patterns)) != RF_OK)
        return st;
    if (oc->turns) {
        rf_buf_reset(&k->turns);
        st = rf_buf_adds(&k->turns, "{\"turns\":");
        if (st == RF_OK)
            st = rf_detector_turn_verdicts(k->d, oc->turns, oc->item->prompt, oc->item->language,
                                           det.verdict, &k->turns);
        if (st == RF_OK)
            st = rf_buf_addc(&k->turns, '}');
        if (st != RF_OK)
            return st;
    }
    v.explain = oc->turns ? rf_buf_ptr(&k->turns) : NULL;
    v.verdict = rf_verdict_str(det.verdict);
    v.score = det.score;
    v.patterns = rf_buf_ptr(&k->patterns);
    *verdict = v.verdict;
    *refusal = det.verdict == RF_VERDICT_REFUSAL || det.verdict == RF_VERDICT_PARTIAL;
    return rf_store_verdict_put(k->st, k->run_id, &v);
}

static rf_status sink_commit(rf_sink *k)
{
    rf_status st = RF_OK;
    if (k->in_tx && (st = rf_store_commit(k->st)) != RF_OK)
        rf_seterr(k->err, "store: %s", rf_store_errmsg(k->st));
    k->in_tx = 0;
    k->uncommitted = 0;
    k->last_commit = rf_now();
    return st;
}

/* Store one outcome (store_mu held in threaded mode). *refusal set. */
static rf_status store_one(rf_sink *k, const rf_outcome *oc, int *refusal)
{
    rf_response r;
    const char *verdict = NULL;
    int answered = oc->has_res && strcmp(oc->status, "error") != 0;
    rf_status st;
    *refusal = 0;
    if (!k->in_tx) {
        if ((st = rf_store_begin(k->st)) != RF_OK) {
            rf_seterr(k->err, "store: %s", rf_store_errmsg(k->st));
            return st;
        }
        k->in_tx = 1;
    }
    memset(&r, 0, sizeof r);
    r.item_id = oc->item->id;
    r.status = oc->status;
    r.http_code = (int)oc->code;
    r.prompt_tokens = r.completion_tokens = -1;
    r.latency_ms = oc->latency_s * 1000.0;
    r.ttft_ms = oc->ttft_s >= 0 ? oc->ttft_s * 1000.0 : -1;
    r.attempts = oc->attempts;
    r.error = oc->error;
    if (answered) {
        r.text = rf_buf_ptr(&oc->res.text);
        r.finish_reason = oc->res.finish_reason[0] ? oc->res.finish_reason : NULL;
        r.prompt_tokens = oc->res.prompt_tokens;
        r.completion_tokens = oc->res.completion_tokens;
        r.logprobs = rf_buf_len(&oc->res.logprobs) ? rf_buf_ptr(&oc->res.logprobs) : NULL;
        r.turns = oc->turns;
    }
    st = rf_store_response_put(k->st, k->run_id, &r);
    if (st == RF_OK && k->d && answered)
        st = put_verdict(k, oc, &verdict, refusal);
    if (st != RF_OK) {
        rf_seterr(k->err, "store: %s", rf_store_errmsg(k->st));
        return st;
    }
    k->uncommitted++;
    if (k->on_result)
        k->on_result(k->result_ctx, oc->item, oc->status, verdict);
    return RF_OK;
}

static int commit_due(const rf_sink *k)
{
    return k->uncommitted >= RF_ENGINE_COMMIT_EVERY ||
           (k->uncommitted && rf_now() - k->last_commit >= RF_ENGINE_COMMIT_MS / 1000.0);
}

/* Writer: store a batch taken from the ring. */
static rf_status write_batch(rf_sink *k, rf_outcome *batch, size_t n, int64_t *refusals)
{
    size_t i;
    rf_status st = RF_OK;
    int refusal;
    pthread_mutex_lock(&k->store_mu);
    for (i = 0; i < n && st == RF_OK; i++) {
        st = store_one(k, &batch[i], &refusal);
        *refusals += refusal;
    }
    if (st == RF_OK && commit_due(k))
        st = sink_commit(k);
    pthread_mutex_unlock(&k->store_mu);
    for (i = 0; i < n; i++)
        rf_outcome_free(&batch[i]);
    return st;
}

static void wait_until(rf_sink *k, double secs)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += (time_t)secs;
    ts.tv_nsec += (long)((secs - (double)(time_t)secs) * 1e9);
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(&k->nonempty, &k->mu, &ts);
}

static void *writer_main(void *arg)
{
    rf_sink *k = arg;
    rf_outcome *batch = rf_calloc(SINK_BATCH, sizeof *batch);
    rf_status st = batch ? RF_OK : RF_ENOMEM;
    sigset_t all;
    sigfillset(&all); /* signals (the caller's SIGINT handler) go to the curl thread */
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    pthread_mutex_lock(&k->mu);
    while (st == RF_OK) {
        size_t n = 0;
        int64_t refusals = 0;
        if (k->pf_state == 1) {
            serve_page(k);
            continue;
        }
        while (!k->qlen && !k->stop && k->pf_state != 1) {
            if (k->uncommitted) { /* idle with an open batch: commit when due */
                double left = RF_ENGINE_COMMIT_MS / 1000.0 - (rf_now() - k->last_commit);
                if (left <= 0)
                    break;
                wait_until(k, left);
            } else {
                pthread_cond_wait(&k->nonempty, &k->mu);
            }
        }
        if (k->pf_state == 1)
            continue;
        if (!k->qlen && k->stop)
            break;
        while (k->qlen && n < SINK_BATCH) {
            batch[n++] = k->q[k->qhead];
            k->qhead = (k->qhead + 1) % SINK_QUEUE;
            k->qlen--;
        }
        pthread_cond_broadcast(&k->space);
        pthread_mutex_unlock(&k->mu);
        if (n)
            st = write_batch(k, batch, n, &refusals);
        else { /* commit due while idle */
            pthread_mutex_lock(&k->store_mu);
            st = sink_commit(k);
            pthread_mutex_unlock(&k->store_mu);
        }
        pthread_mutex_lock(&k->mu);
        k->refusals += refusals;
    }
    if (st != RF_OK && k->failed == RF_OK)
        k->failed = st;
    if (k->pf_state == 1) { /* never leave the caller waiting */
        k->pf_n = 0;
        k->pf_st = k->failed != RF_OK ? k->failed : RF_EINTR;
        k->pf_state = 2;
        pthread_cond_broadcast(&k->pf_ready);
    }
    while (k->qlen) { /* after a failure: drop what is left */
        rf_outcome_free(&k->q[k->qhead]);
        k->qhead = (k->qhead + 1) % SINK_QUEUE;
        k->qlen--;
    }
    pthread_cond_broadcast(&k->space);
    pthread_mutex_unlock(&k->mu);
    rf_free(batch);
    return NULL;
}

rf_status rf_sink_open(rf_store *st, int64_t run_id, const rf_target *t, rf_detector *d,
                       int threaded, const rf_engine_opts *o, rf_sink **out, char *err)
{
    rf_sink *k = rf_calloc(1, sizeof *k);
    *out = NULL;
    if (!k)
        return RF_ENOMEM;
    k->st = st;
    k->run_id = run_id;
    k->t = t;
    k->d = d;
    k->on_result = o->on_result;
    k->result_ctx = o->result_ctx;
    k->last_commit = rf_now();
    rf_buf_init(&k->patterns, 1u << 12);
    rf_buf_init(&k->turns, 1u << 20);
    pthread_mutex_init(&k->mu, NULL);
    pthread_mutex_init(&k->store_mu, NULL);
    pthread_cond_init(&k->nonempty, NULL);
    pthread_cond_init(&k->space, NULL);
    pthread_cond_init(&k->pf_ready, NULL);
    if (threaded) {
        if (!(k->q = rf_calloc(SINK_QUEUE, sizeof *k->q)) ||
            pthread_create(&k->writer, NULL, writer_main, k) != 0) {
            rf_seterr(err, "cannot start the writer thread");
            rf_free(k->q);
            k->q = NULL;
            (void)rf_sink_close(k, NULL, NULL);
            return RF_ENOMEM;
        }
        k->threaded = 1;
    }
    *out = k;
    return RF_OK;
}

rf_status rf_sink_put(rf_sink *k, rf_outcome *oc)
{
    rf_status st;
    int refusal = 0;
    if (!k->threaded) {
        st = k->failed != RF_OK ? k->failed : store_one(k, oc, &refusal);
        k->refusals += refusal;
        if (st != RF_OK && k->failed == RF_OK)
            k->failed = st;
        rf_outcome_free(oc);
        return st;
    }
    pthread_mutex_lock(&k->mu);
    while (k->qlen == SINK_QUEUE && k->failed == RF_OK)
        pthread_cond_wait(&k->space, &k->mu);
    st = k->failed;
    if (st == RF_OK) {
        k->q[(k->qhead + k->qlen) % SINK_QUEUE] = *oc;
        k->qlen++;
        memset(oc, 0, sizeof *oc);
        pthread_cond_signal(&k->nonempty);
    }
    pthread_mutex_unlock(&k->mu);
    if (st != RF_OK)
        rf_outcome_free(oc);
    return st;
}

rf_status rf_sink_tick(rf_sink *k)
{
    rf_status st;
    if (k->threaded || !commit_due(k))
        return k->threaded ? RF_OK : k->failed;
    st = sink_commit(k);
    if (st != RF_OK && k->failed == RF_OK)
        k->failed = st;
    return st;
}

rf_status rf_sink_fetch(rf_sink *k, int retry_errors, int64_t *after_idx, size_t page,
                        rf_item **out, size_t *n)
{
    rf_status st;
    *n = 0;
    if (!k->threaded)
        return read_page(k, retry_errors, after_idx, page, out, n);
    pthread_mutex_lock(&k->mu);
    if (!k->pf_items && !(k->pf_items = rf_calloc(page, sizeof *k->pf_items))) {
        pthread_mutex_unlock(&k->mu);
        return RF_ENOMEM;
    }
    if (k->pf_state == 2 && (k->pf_after != *after_idx || k->pf_page != page)) {
        size_t i; /* a stale page (the caller moved on): discard it */
        for (i = 0; i < k->pf_n; i++)
            rf_item_free(k->pf_items[i]);
        k->pf_state = 0;
    }
    if (k->pf_state == 0) {
        k->pf_after = *after_idx;
        k->pf_page = page;
        k->pf_retry = retry_errors;
        k->pf_state = 1;
        pthread_cond_signal(&k->nonempty);
    }
    while (k->pf_state != 2)
        pthread_cond_wait(&k->pf_ready, &k->mu);
    st = k->pf_st;
    memcpy(out, k->pf_items, k->pf_n * sizeof *out);
    *n = k->pf_n;
    *after_idx = k->pf_last;
    k->pf_state = 0;
    if (st == RF_OK && *n == page && k->failed == RF_OK && !k->stop) {
        k->pf_after = k->pf_last; /* prefetch the next page */
        k->pf_state = 1;
        pthread_cond_signal(&k->nonempty);
    }
    pthread_mutex_unlock(&k->mu);
    return st;
}

int64_t rf_sink_refusals(rf_sink *k)
{
    int64_t n;
    pthread_mutex_lock(&k->mu);
    n = k->refusals;
    pthread_mutex_unlock(&k->mu);
    return n;
}

rf_status rf_sink_close(rf_sink *k, int64_t *refusals, char *err)
{
    rf_status st, st2;
    if (!k)
        return RF_OK;
    if (k->threaded) {
        pthread_mutex_lock(&k->mu);
        k->stop = 1;
        pthread_cond_signal(&k->nonempty);
        pthread_mutex_unlock(&k->mu);
        pthread_join(k->writer, NULL);
    }
    st2 = sink_commit(k);
    st = k->failed != RF_OK ? k->failed : st2;
    if (refusals)
        *refusals = k->refusals;
    if (st != RF_OK)
        rf_seterr(err, "%s", k->err[0] ? k->err : rf_status_str(st));
    pthread_mutex_destroy(&k->mu);
    pthread_mutex_destroy(&k->store_mu);
    pthread_cond_destroy(&k->nonempty);
    pthread_cond_destroy(&k->space);
    pthread_cond_destroy(&k->pf_ready);
    if (k->pf_state == 2) {
        size_t i;
        for (i = 0; i < k->pf_n; i++)
            rf_item_free(k->pf_items[i]);
    }
    rf_free(k->pf_items);
    rf_buf_free(&k->patterns);
    rf_buf_free(&k->turns);
    rf_free(k->q);
    rf_free(k);
    return st;
}
