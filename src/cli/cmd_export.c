/*
 * cmd_export.c - `refusal export RUN`: every item of a run, in suite order,
 * with its response and the most recent verdict, as JSON lines or CSV.
 *
 * Fields (both formats, in this order; absent values are null / empty):
 *   id, idx, label, category, subcategory, language, pair, prompt (or the
 *   messages JSON), status (ok|blocked|error|pending), http_code, response,
 *   finish_reason, verdict, score, patterns, source, detector, latency_ms,
 *   ttft_ms, prompt_tokens, completion_tokens, attempts, error
 * JSONL also carries messages, logprobs and meta as JSON values, and for a
 * conversation replayed turn by turn (run --replay-turns) `turns`: every
 * answer, and `turn_verdicts`: the verdict of each (from the verdict's
 * explain).
 * CSV is RFC 4180 (quoted when needed, CRLF-free: embedded newlines kept
 * inside quotes), with a header row.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "refusal/store.h"

typedef struct export_ctx {
    FILE *f;
    int csv;
    int failed;
} export_ctx;

static const char *const csv_cols[] = {"id",        "idx",           "label",
                                       "category",  "subcategory",   "language",
                                       "pair",      "prompt",        "status",
                                       "http_code", "response",      "finish_reason",
                                       "verdict",   "score",         "patterns",
                                       "source",    "detector",      "latency_ms",
                                       "ttft_ms",   "prompt_tokens", "completion_tokens",
                                       "attempts",  "error",         NULL};

static json_t *jstr(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *jraw(const char *s)
{
    json_t *v = s ? json_loads(s, JSON_DECODE_ANY, NULL) : NULL;
    return v ? v : json_null();
}

/* The row as a JSON object (new reference). */
static json_t *row_json(const rf_row *r)
{
    const rf_item *it = r->item;
    int has_resp = r->resp.status != NULL;
    int answered = has_resp && strcmp(r->resp.status, "error") != 0;
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "id", jstr(it->id));
    json_object_set_new(o, "idx", json_integer(r->idx));
    json_object_set_new(o, "label", jstr(it->label));
    json_object_set_new(o, "category", jstr(it->category));
    json_object_set_new(o, "subcategory", jstr(it->subcategory));
    json_object_set_new(o, "language", jstr(it->language));
    json_object_set_new(o, "pair", jstr(it->pair));
    json_object_set_new(o, "prompt", jstr(it->prompt ? it->prompt : it->messages));
    json_object_set_new(o, "status", json_string(has_resp ? r->resp.status : "pending"));
    json_object_set_new(o, "http_code",
                        has_resp && r->resp.http_code ? json_integer(r->resp.http_code)
                                                      : json_null());
    json_object_set_new(o, "response", jstr(answered ? r->resp.text : NULL));
    json_object_set_new(o, "finish_reason", jstr(has_resp ? r->resp.finish_reason : NULL));
    json_object_set_new(o, "verdict", jstr(r->verdict.verdict));
    json_object_set_new(o, "score",
                        r->verdict.verdict && r->verdict.score >= 0 ? json_real(r->verdict.score)
                                                                    : json_null());
    json_object_set_new(o, "patterns",
                        r->verdict.verdict ? jraw(r->verdict.patterns) : json_null());
    json_object_set_new(o, "source", jstr(r->verdict.verdict ? r->verdict.source : NULL));
    json_object_set_new(o, "detector", jstr(r->verdict.verdict ? r->verdict.detector : NULL));
    json_object_set_new(o, "latency_ms", has_resp ? json_real(r->resp.latency_ms) : json_null());
    json_object_set_new(
        o, "ttft_ms", has_resp && r->resp.ttft_ms >= 0 ? json_real(r->resp.ttft_ms) : json_null());
    json_object_set_new(o, "prompt_tokens",
                        has_resp && r->resp.prompt_tokens >= 0 ? json_integer(r->resp.prompt_tokens)
                                                               : json_null());
    json_object_set_new(o, "completion_tokens",
                        has_resp && r->resp.completion_tokens >= 0
                            ? json_integer(r->resp.completion_tokens)
                            : json_null());
    json_object_set_new(o, "attempts", has_resp ? json_integer(r->resp.attempts) : json_null());
    json_object_set_new(o, "error", jstr(has_resp ? r->resp.error : NULL));
    return o;
}

static void csv_cell(FILE *f, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void csv_row(FILE *f, json_t *o)
{
    int i;
    for (i = 0; csv_cols[i]; i++) {
        json_t *v = json_object_get(o, csv_cols[i]);
        if (i)
            fputc(',', f);
        if (json_is_string(v)) {
            csv_cell(f, json_string_value(v));
        } else if (v && !json_is_null(v)) {
            char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6));
            csv_cell(f, s);
            free(s);
        }
    }
    fputc('\n', f);
}

/* "turn_verdicts" from a verdict explain {"turns":[...]} (replayed
 * conversations); nothing when there is none. */
static void add_turn_verdicts(json_t *o, const char *explain)
{
    json_t *e, *t;
    if (!explain || !strstr(explain, "\"turns\""))
        return;
    e = json_loads(explain, 0, NULL);
    t = json_object_get(e, "turns");
    if (json_is_array(t))
        json_object_set(o, "turn_verdicts", t);
    json_decref(e);
}

static int export_row(const rf_row *r, void *ctx)
{
    export_ctx *x = ctx;
    json_t *o = row_json(r);
    if (!o) {
        x->failed = 1;
        return 1;
    }
    if (x->csv) {
        csv_row(x->f, o);
    } else {
        if (r->item->messages)
            json_object_set_new(o, "messages", jraw(r->item->messages));
        if (r->resp.logprobs)
            json_object_set_new(o, "logprobs", jraw(r->resp.logprobs));
        if (r->item->meta)
            json_object_set_new(o, "meta", jraw(r->item->meta));
        if (r->resp.turns)
            json_object_set_new(o, "turns", jraw(r->resp.turns));
        add_turn_verdicts(o, r->verdict.explain);
        if (json_dumpf(o, x->f, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0)
            x->failed = 1;
        fputc('\n', x->f);
    }
    json_decref(o);
    return ferror(x->f) ? 1 : 0;
}

int cmd_export(const cli_args *a)
{
    rf_store *db = NULL;
    rf_run_info ri;
    export_ctx x;
    const char *fmt = cli_str(a, OPT_export_format, "jsonl");
    const char *out = cli_str(a, OPT_export_output, NULL);
    char err[RF_ERR_LEN] = "";
    rf_status st;
    int rc = RF_EXIT_OK, i;

    memset(&ri, 0, sizeof ri);
    memset(&x, 0, sizeof x);
    if (a->n_pos != 1)
        return cli_usage_error(a,
                               a->n_pos ? "one RUN only" : "RUN is required (see 'refusal runs')");
    if (strcmp(fmt, "jsonl") && strcmp(fmt, "json") && strcmp(fmt, "csv"))
        return cli_usage_error(a, "--format must be jsonl or csv");
    x.csv = !strcmp(fmt, "csv");
    if ((st = rf_store_open(cli_db_path(a, OPT_export_db), 1, &db, err)) != RF_OK) {
        cli_status_error(st, err);
        return st == RF_ENOTFOUND ? RF_EXIT_INPUT : RF_EXIT_ERRORS;
    }
    if ((st = rf_store_run_get(db, a->pos[0], &ri)) != RF_OK) {
        if (st == RF_ENOTFOUND)
            cli_error("no run '%s' in %s (see 'refusal runs')", a->pos[0],
                      cli_db_path(a, OPT_export_db));
        else
            cli_status_error(st, rf_store_errmsg(db));
        rc = st == RF_ENOTFOUND ? RF_EXIT_INPUT : RF_EXIT_ERRORS;
        goto out;
    }
    if (!(x.f = cli_open_out(out))) {
        rc = RF_EXIT_ERRORS;
        goto out;
    }
    if (x.csv) {
        for (i = 0; csv_cols[i]; i++)
            fprintf(x.f, "%s%s", i ? "," : "", csv_cols[i]);
        fputc('\n', x.f);
    }
    st = rf_store_rows(db, ri.id, NULL, export_row, &x);
    if (st != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        rc = RF_EXIT_ERRORS;
    }
    if (x.failed)
        rc = RF_EXIT_ERRORS;
    if (cli_close_out(x.f, out) != 0)
        rc = RF_EXIT_ERRORS;
out:
    rf_run_info_clear(&ri);
    rf_store_close(db);
    return rc;
}
