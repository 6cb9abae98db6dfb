/*
 * target_replay.c - the `replay:RUN` target: the answers of an earlier run,
 * looked up by item id in the same run database, instead of a model's.
 *
 * It makes a new run out of stored answers: to score them with another
 * detector as a run of its own, or to compare a run's answers under another
 * suite's labels and categories. The target is offline (no network): for
 * each item it returns the stored text, finish reason and token counts;
 * a stored "blocked" response is blocked again; an item with no stored
 * response, or whose stored response is an error, is an error of the new run
 * (with the reason). The earlier run is read through a read-only connection
 * of its own (SQLite WAL lets it read while the new run is written).
 * Callers: target.c (open, close, rf_target_local).
 */
#include <stdio.h>
#include <string.h>

#include "refusal/store.h"
#include "target_int.h"

struct tgt_replay {
    rf_store *st;
    int64_t run_id;
    char *run;
};

rf_status tgt_replay_open(rf_target *t, const char *run, const char *store_path, char *err)
{
    tgt_replay *r;
    rf_run_info ri;
    rf_status st;
    if (!store_path || !*store_path) {
        rf_seterr(err, "replay:%s needs the run database (--db)", run);
        return RF_EINVAL;
    }
    if (!(r = rf_calloc(1, sizeof *r)) || !(r->run = rf_strdup(run))) {
        rf_free(r);
        return RF_ENOMEM;
    }
    t->replay = r;
    if ((st = rf_store_open(store_path, 1, &r->st, err)) != RF_OK)
        return st;
    memset(&ri, 0, sizeof ri);
    if ((st = rf_store_run_get(r->st, run, &ri)) != RF_OK) {
        if (st == RF_ENOTFOUND)
            rf_seterr(err, "replay:%s: no such run in %s", run, store_path);
        return st;
    }
    r->run_id = ri.id;
    rf_run_info_clear(&ri);
    return RF_OK;
}

void tgt_replay_close(rf_target *t)
{
    if (!t->replay)
        return;
    rf_store_close(t->replay->st);
    rf_free(t->replay->run);
    rf_free(t->replay);
    t->replay = NULL;
}

typedef struct found {
    rf_target_result *res;
    rf_status st;
    int error; /* the stored response is an error */
    char why[200];
} found;

static void on_response(const rf_response *r, void *ctx)
{
    found *f = ctx;
    if (!r->status || strcmp(r->status, "error") == 0) {
        f->error = 1;
        snprintf(f->why, sizeof f->why, "%s", r->error ? r->error : "no answer");
        return;
    }
    f->res->blocked = strcmp(r->status, "blocked") == 0;
    f->res->prompt_tokens = r->prompt_tokens;
    f->res->completion_tokens = r->completion_tokens;
    tgt_set_finish(f->res, r->finish_reason ? r->finish_reason : "");
    f->st = tgt_set_text(f->res, r->text ? r->text : "", r->text ? strlen(r->text) : 0);
}

rf_status tgt_replay_local(const rf_target *t, const rf_item *item, rf_target_result *res,
                           char *err)
{
    const tgt_replay *r = t->replay;
    found f;
    rf_status st;
    memset(&f, 0, sizeof f);
    f.res = res;
    st = rf_store_response_get(r->st, r->run_id, item->id, on_response, &f);
    if (st == RF_ENOTFOUND) {
        rf_seterr(err, "replay:%s has no response for item %s", r->run, item->id);
        return RF_ENOTFOUND;
    }
    if (st != RF_OK) {
        rf_seterr(err, "replay:%s: %s", r->run, rf_store_errmsg(r->st));
        return st;
    }
    if (f.error) {
        rf_seterr(err, "replay:%s: item %s was an error there: %s", r->run, item->id, f.why);
        return RF_EHTTP;
    }
    return f.st;
}
