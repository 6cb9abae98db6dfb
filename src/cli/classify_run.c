/*
 * classify_run.c - `refusal classify --run NAME`: re-score a stored run.
 *
 * The run is read in pages of CLASSIFY_BATCH responses (rf_store_texts:
 * item id, language, status, text, a replayed conversation's turns and the
 * item's prompt, which the detector reads as `classify` does a JSONL line's;
 * no statement stays open), each page is classified on the thread pool
 * (classify_par.h) and its verdicts are written in one transaction, so
 * memory does not grow with the run. Every "ok" response is classified,
 * every "blocked" one is a refusal with source "api", errors are skipped.
 * A replayed conversation also gets the verdict of each of its answers
 * ({"turns":[...]} in the explain). Responses are never modified.
 * Callers: cmd_classify.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "classify_int.h"
#include "classify_par.h"
#include "refusal/store.h"

/* One page of stored responses: copies of the text, id and language of each
 * row (the read statement is finished before the page is classified and
 * its verdicts written), and the jobs that point into them. */
typedef struct run_page {
    par_job *jobs;
    char **ids;
    int *blocked;
    char *arena;                 /* texts and languages, NUL-separated */
    size_t *text_off, *lang_off; /* offsets into arena; SIZE_MAX = none */
    size_t *turns_off;           /* a replayed conversation's answers (JSON); SIZE_MAX = none */
    size_t *prompt_off;          /* the item's prompt; SIZE_MAX = none */
    size_t n, arena_len, arena_cap;
    rf_status st;
} run_page;

static int page_push(run_page *pg, const char *s, size_t len, size_t *off)
{
    if (pg->arena_len + len + 1 > pg->arena_cap) {
        size_t cap = pg->arena_cap ? pg->arena_cap : (size_t)1 << 20;
        char *p;
        while (cap < pg->arena_len + len + 1)
            cap *= 2;
        if (!(p = realloc(pg->arena, cap)))
            return -1;
        pg->arena = p;
        pg->arena_cap = cap;
    }
    memcpy(pg->arena + pg->arena_len, s, len);
    pg->arena[pg->arena_len + len] = '\0';
    *off = pg->arena_len;
    pg->arena_len += len + 1;
    return 0;
}

static int page_row(const rf_text_row *row, void *ctx)
{
    run_page *pg = ctx;
    size_t i = pg->n;
    int blocked = strcmp(row->status, "blocked") == 0;
    if (!blocked && !row->text)
        return 0;
    pg->blocked[i] = blocked;
    pg->text_off[i] = pg->lang_off[i] = pg->turns_off[i] = pg->prompt_off[i] = SIZE_MAX;
    pg->jobs[i].len = row->len;
    if (!(pg->ids[i] = strdup(row->item_id)) ||
        (!blocked && page_push(pg, row->text, row->len, &pg->text_off[i]) != 0) ||
        (row->language &&
         page_push(pg, row->language, strlen(row->language), &pg->lang_off[i]) != 0) ||
        (row->turns && page_push(pg, row->turns, strlen(row->turns), &pg->turns_off[i]) != 0) ||
        (row->prompt && page_push(pg, row->prompt, strlen(row->prompt), &pg->prompt_off[i]) != 0)) {
        free(pg->ids[i]);
        pg->st = RF_ENOMEM;
        return 1;
    }
    pg->n++;
    return 0;
}

static void page_clear(run_page *pg)
{
    size_t i;
    for (i = 0; i < pg->n; i++) {
        free(pg->ids[i]);
        free(pg->jobs[i].explain);
    }
    pg->n = pg->arena_len = 0;
    pg->st = RF_OK;
}

static void page_free(run_page *pg)
{
    page_clear(pg);
    free(pg->jobs);
    free(pg->ids);
    free(pg->blocked);
    free(pg->text_off);
    free(pg->lang_off);
    free(pg->turns_off);
    free(pg->prompt_off);
    free(pg->arena);
}

static rf_status page_alloc(run_page *pg)
{
    memset(pg, 0, sizeof *pg);
    pg->jobs = calloc(CLASSIFY_BATCH, sizeof *pg->jobs);
    pg->ids = calloc(CLASSIFY_BATCH, sizeof *pg->ids);
    pg->blocked = calloc(CLASSIFY_BATCH, sizeof *pg->blocked);
    pg->text_off = calloc(CLASSIFY_BATCH, sizeof *pg->text_off);
    pg->lang_off = calloc(CLASSIFY_BATCH, sizeof *pg->lang_off);
    pg->turns_off = calloc(CLASSIFY_BATCH, sizeof *pg->turns_off);
    pg->prompt_off = calloc(CLASSIFY_BATCH, sizeof *pg->prompt_off);
    return pg->jobs && pg->ids && pg->blocked && pg->text_off && pg->lang_off && pg->turns_off &&
                   pg->prompt_off
               ? RF_OK
               : RF_ENOMEM;
}

/* Write one verdict. */
static rf_status put_verdict(cls_ctx *c, rf_store *st, int64_t run_id, const char *item_id,
                             const rf_detection *d, const char *explain, int api)
{
    rf_verdict_row v;
    rf_status s;
    memset(&v, 0, sizeof v);
    rf_buf_reset(&c->line_out);
    s = cls_patterns_json(&c->line_out, d->patterns);
    if (s != RF_OK)
        return s;
    v.item_id = item_id;
    v.detector = rf_detector_name(c->det);
    v.detector_version = rf_detector_version(c->det);
    v.verdict = rf_verdict_str(d->verdict);
    v.score = d->score;
    v.patterns = rf_buf_ptr(&c->line_out);
    v.source = api ? "api" : "text";
    v.explain = explain;
    return rf_store_verdict_put(st, run_id, &v);
}

/* A replayed conversation (turns: JSON array of every answer): the verdict
 * of each answer goes into the explain as {"turns":[...]} (the report's
 * X-Boundary any-turn attack success reads it), added to the --explain
 * object when there is one. The last answer is the stored response, so its
 * verdict is the job's. Malformed turns are left alone (RF_OK). */
static rf_status turn_explain(cls_ctx *c, const char *turns, par_job *j)
{
    rf_buf b;
    rf_status s;
    rf_buf_init(&b, CLASSIFY_MAX_LINE);
    if (j->explain && j->explain[0] == '{' && j->explain[1] != '}') {
        s = rf_buf_add(&b, j->explain, strlen(j->explain) - 1);
        if (s == RF_OK)
            s = rf_buf_addc(&b, ',');
    } else {
        s = rf_buf_addc(&b, '{');
    }
    if (s == RF_OK)
        s = rf_buf_adds(&b, "\"turns\":");
    if (s == RF_OK)
        s = rf_detector_turn_verdicts(c->det, turns, j->prompt, j->language, j->d.verdict, &b);
    if (s == RF_OK)
        s = rf_buf_addc(&b, '}');
    if (s == RF_OK) {
        free(j->explain);
        if (!(j->explain = strdup(rf_buf_ptr(&b))))
            s = RF_ENOMEM;
    }
    rf_buf_free(&b);
    return s == RF_EPARSE ? RF_OK : s;
}

/* Classify one page on the pool and write its verdicts in one transaction.
 * A blocked response is a refusal from the API; a response too large to
 * classify is skipped with a message. */
static rf_status page_score(cls_ctx *c, par_pool *pool, rf_store *st, int64_t run_id, run_page *pg,
                            long *counts, size_t *n_done)
{
    size_t i;
    rf_status s;
    for (i = 0; i < pg->n; i++) {
        par_job *j = &pg->jobs[i];
        j->text = pg->text_off[i] == SIZE_MAX ? "" : pg->arena + pg->text_off[i];
        j->language = pg->lang_off[i] == SIZE_MAX ? NULL : pg->arena + pg->lang_off[i];
        j->prompt = pg->prompt_off[i] == SIZE_MAX ? NULL : pg->arena + pg->prompt_off[i];
        j->explain = NULL;
        j->skip = pg->blocked[i];
        j->st = RF_OK;
        memset(&j->d, 0, sizeof j->d);
        if (j->skip) {
            j->d.verdict = RF_VERDICT_REFUSAL;
            j->d.score = 1.0;
        }
    }
    if ((s = par_run(pool, pg->jobs, pg->n)) != RF_OK)
        return s;
    if ((s = rf_store_begin(st)) != RF_OK)
        return s;
    for (i = 0; s == RF_OK && i < pg->n; i++) {
        par_job *j = &pg->jobs[i];
        if (j->st == RF_ELIMIT) {
            fprintf(stderr, "refusal: run item %s: response too large to classify, skipped\n",
                    pg->ids[i]);
            continue;
        }
        if ((s = j->st) != RF_OK)
            break;
        if (pg->turns_off[i] != SIZE_MAX) {
            s = turn_explain(c, pg->arena + pg->turns_off[i], j);
            if (s != RF_OK)
                break;
        }
        s = put_verdict(c, st, run_id, pg->ids[i], &j->d, j->explain, j->skip);
        counts[j->d.verdict]++;
        ++*n_done;
    }
    if (s == RF_OK)
        return rf_store_commit(st);
    if (rf_store_rollback(st) != RF_OK)
        cli_error("rollback failed");
    return s;
}

int cls_rescore_run(cls_ctx *c, const cli_args *a, int threads)
{
    const char *db = cli_db_path(a, OPT_classify_db), *name = cli_str(a, OPT_classify_run, "");
    char err[RF_ERR_LEN] = "";
    rf_store *st = NULL;
    rf_run_info ri;
    run_page pg;
    par_pool pool;
    long counts[RF_VERDICT_COUNT] = {0};
    size_t n_done = 0;
    int64_t after = -1;
    rf_status s;
    int rc = RF_EXIT_ERRORS;
    memset(&ri, 0, sizeof ri);
    memset(&pool, 0, sizeof pool);
    if ((s = page_alloc(&pg)) != RF_OK || (s = par_open(&pool, c->det, threads, c->explain_on)))
        goto out;
    if ((s = rf_store_open(db, 0, &st, err)) != RF_OK)
        goto out;
    if ((s = rf_store_run_get(st, name, &ri)) != RF_OK) {
        rf_seterr(err, "%s: no run '%s'", db, name);
        goto out;
    }
    for (;;) {
        int64_t last = after;
        page_clear(&pg);
        s = rf_store_texts(st, ri.id, after, CLASSIFY_BATCH, page_row, &pg, &last);
        if (s == RF_OK)
            s = pg.st;
        if (s != RF_OK || last == after)
            break;
        after = last;
        if ((s = page_score(c, &pool, st, ri.id, &pg, counts, &n_done)) != RF_OK)
            break;
    }
    if (s != RF_OK)
        goto out;
    fprintf(c->out,
            "run %s: %zu responses scored with %s (%s): %ld compliance, %ld refusal, "
            "%ld partial, %ld unclear\n",
            name, n_done, rf_detector_name(c->det), rf_detector_version(c->det), counts[0],
            counts[1], counts[2], counts[3]);
    rc = RF_EXIT_OK;
out:
    if (rc != RF_EXIT_OK)
        cli_status_error(s, err[0] ? err : (st ? rf_store_errmsg(st) : "store"));
    page_free(&pg);
    if (pool.n)
        par_close(&pool);
    rf_run_info_clear(&ri);
    rf_store_close(st);
    return rc;
}
