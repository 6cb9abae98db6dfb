/*
 * cmd_classify_judge.c - `refusal classify --detector judge:TARGET`: an LLM
 * judge over a stored run (--run) or over JSONL/text input.
 *
 * With --run the verdicts go into the store beside the run's other detectors
 * (rf_judge_run). With input lines, the lines are loaded as a run into the
 * store given by --db (a persistent judge cache) or into a private in-memory
 * store, judged, and written out as the input object plus verdict, score,
 * detector and judge (the template's own label or the rubric vector). A judge
 * that fails or answers unreadably gives verdict "unjudged", never a guess.
 */
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "refusal/judge.h"

#define JUDGE_MAX_LINE (16u << 20)

static volatile sig_atomic_t judge_cancel;

static void on_sigint(int sig)
{
    (void)sig;
    if (judge_cancel < 2)
        judge_cancel++;
}

typedef struct judge_cli {
    rf_judge_template tmpl;
    rf_target *t;
    rf_engine_opts eo;
    char detector[512];
} judge_cli;

static int judge_setup(const cli_args *a, judge_cli *j)
{
    const char *spec = cli_str(a, OPT_classify_detector, "") + 6;
    const char *tn = cli_str(a, OPT_classify_judge_template, "xstest");
    rf_target_opts to;
    char err[RF_ERR_LEN] = "";
    int64_t v;
    rf_status st;
    memset(&to, 0, sizeof to);
    rf_engine_opts_default(&j->eo);
    if (rf_judge_template_parse(tn, &j->tmpl) != RF_OK)
        return cli_usage_error(a,
                               "--judge-template: unknown template '%s' (xstest, orbench, "
                               "coconot, mossbench, rmcbench, fortress)",
                               tn);
    if (cli_int(a, OPT_classify_concurrency, 1, RF_ENGINE_MAX_CONCURRENCY, 8, &v))
        return RF_EXIT_USAGE;
    j->eo.concurrency = (int)v;
    if (cli_int(a, OPT_classify_retries, 0, 100, 4, &v) ||
        cli_double(a, OPT_classify_timeout, 0.001, 86400, 120, &j->eo.timeout_s))
        return RF_EXIT_USAGE;
    j->eo.retries = (int)v;
    if (j->eo.grace_s > j->eo.timeout_s)
        j->eo.grace_s = j->eo.timeout_s;
    j->eo.cancel = &judge_cancel;
    to.base_url = cli_str(a, OPT_classify_base_url, NULL);
    to.temperature = 0;
    to.has_temperature = 1;
    to.max_tokens = 512;
    if ((st = rf_target_open(spec, &to, &j->t, err)) != RF_OK) {
        cli_status_error(st, err);
        return st == RF_EINVAL ? RF_EXIT_USAGE : RF_EXIT_ERRORS;
    }
    if (rf_target_kind_of(j->t) == RF_TARGET_KEYWORD ||
        rf_target_kind_of(j->t) == RF_TARGET_OPENAI_IMAGES) {
        rf_target_close(j->t);
        j->t = NULL;
        return cli_usage_error(a, "judge:%s: a judge must be a chat model (openai: or anthropic:)",
                               spec);
    }
    rf_judge_detector_name(spec, j->tmpl, j->detector, sizeof j->detector);
    return 0;
}

static int judge_exec(judge_cli *j, rf_store *st, int64_t run_id, const char *what)
{
    struct sigaction sa, old;
    rf_judge_stats s;
    char err[RF_ERR_LEN] = "";
    rf_status rc;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, &old);
    rc = rf_judge_run(st, run_id, j->t, j->tmpl, &j->eo, &s, err);
    sigaction(SIGINT, &old, NULL);
    if (rc != RF_OK) {
        cli_status_error(rc, err);
        return RF_EXIT_ERRORS;
    }
    fprintf(stderr,
            "refusal: %s: %lld responses judged by %s: %lld verdicts, %lld unjudged; %lld judge "
            "calls (%lld cached, %lld sent, %lld failed)%s\n",
            what, (long long)s.items, j->detector, (long long)s.judged, (long long)s.unjudged,
            (long long)s.calls, (long long)s.cached, (long long)s.sent, (long long)s.errors,
            s.skipped ? "; items without a rubric skipped" : "");
    if (s.interrupted)
        return RF_EXIT_INTR;
    return s.errors ? RF_EXIT_ERRORS : RF_EXIT_OK;
}

static int judge_stored_run(const cli_args *a, judge_cli *j)
{
    const char *db = cli_db_path(a, OPT_classify_db), *name = cli_str(a, OPT_classify_run, "");
    char err[RF_ERR_LEN] = "";
    rf_store *st = NULL;
    rf_run_info ri;
    rf_status s;
    int rc;
    memset(&ri, 0, sizeof ri);
    if ((s = rf_store_open(db, 0, &st, err)) != RF_OK) {
        cli_status_error(s, err);
        return RF_EXIT_ERRORS;
    }
    if ((s = rf_store_run_get(st, name, &ri)) != RF_OK) {
        cli_error("%s: no run '%s'", db, name);
        rf_store_close(st);
        return RF_EXIT_INPUT;
    }
    rc = judge_exec(j, st, ri.id, name);
    rf_run_info_clear(&ri);
    rf_store_close(st);
    return rc;
}

typedef struct judge_lines {
    json_t **obj; /* the input objects, in order (NULL for skipped lines) */
    size_t n, cap;
    int bad;
} judge_lines;

static json_t *line_object(const cli_args *a, const char *p, size_t n, const char *where,
                           long lineno)
{
    json_error_t je;
    json_t *o;
    const char *field = cli_str(a, OPT_classify_field, "response");
    if (cli_has(a, OPT_classify_text))
        return json_pack("{s:s%}", field, p, n);
    o = json_loadb(p, n, JSON_REJECT_DUPLICATES, &je);
    if (!o) {
        cli_error("%s:%ld: invalid JSON at column %d: %s", where, lineno, je.column, je.text);
        return NULL;
    }
    if (!json_is_object(o) || !json_is_string(json_object_get(o, field))) {
        cli_error("%s:%ld: expected an object with a string \"%s\"", where, lineno, field);
        json_decref(o);
        return NULL;
    }
    return o;
}

static int read_lines(const cli_args *a, FILE *in, const char *where, judge_lines *l)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long lineno = 0;
    while ((got = getline(&line, &cap, in)) >= 0) {
        size_t n = (size_t)got;
        json_t *o;
        lineno++;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (n == 0)
            continue;
        if (n > JUDGE_MAX_LINE) {
            cli_error("%s:%ld: line longer than %u bytes", where, lineno, JUDGE_MAX_LINE);
            l->bad++;
            continue;
        }
        if (!(o = line_object(a, line, n, where, lineno))) {
            l->bad++;
            continue;
        }
        if (l->n == l->cap) {
            size_t nc = l->cap ? l->cap * 2 : 64;
            json_t **no = rf_realloc(l->obj, nc * sizeof *no);
            if (!no) {
                json_decref(o);
                free(line);
                return -1;
            }
            l->obj = no;
            l->cap = nc;
        }
        l->obj[l->n++] = o;
    }
    free(line);
    return ferror(in) ? -1 : 0;
}

static const char *opt_string(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Load the lines as a run of items with ok responses. */
static rf_status load_run(const cli_args *a, rf_store *st, const judge_lines *l, int64_t *run_id,
                          char *err)
{
    rf_run_info ri;
    char name[96], now[32];
    const char *field = cli_str(a, OPT_classify_field, "response");
    size_t i;
    rf_status s;
    memset(&ri, 0, sizeof ri);
    rf_iso_time(now, sizeof now);
    snprintf(name, sizeof name, "classify-judge-%s-%ld", now, (long)getpid());
    ri.name = name;
    ri.target = "input";
    ri.suite_name = "classify";
    if ((s = rf_store_begin(st)) != RF_OK || (s = rf_store_run_create(st, &ri, run_id)) != RF_OK)
        return s;
    for (i = 0; i < l->n && s == RF_OK; i++) {
        rf_item *it = rf_item_new();
        rf_response r;
        char id[32];
        json_t *rub = json_object_get(l->obj[i], "rubric");
        if (!it)
            return RF_ENOMEM;
        snprintf(id, sizeof id, "line%zu", i + 1);
        it->id = rf_strdup(id);
        it->prompt =
            rf_strdup(opt_string(l->obj[i], "prompt") ? opt_string(l->obj[i], "prompt") : "");
        if (opt_string(l->obj[i], "category"))
            it->category = rf_strdup(opt_string(l->obj[i], "category"));
        if (json_is_array(rub))
            it->rubric = json_dumps(rub, JSON_COMPACT);
        it->n_turns = 1;
        s = (!it->id || !it->prompt) ? RF_ENOMEM : rf_item_canonicalize(it, err);
        if (s == RF_OK)
            s = rf_store_item_add(st, *run_id, (int64_t)i, it);
        memset(&r, 0, sizeof r);
        r.item_id = id;
        r.status = "ok";
        r.text = opt_string(l->obj[i], field);
        r.prompt_tokens = r.completion_tokens = -1;
        r.latency_ms = r.ttft_ms = -1;
        if (s == RF_OK)
            s = rf_store_response_put(st, *run_id, &r);
        rf_item_free(it);
    }
    if (s == RF_OK)
        return rf_store_commit(st);
    if (rf_store_rollback(st) != RF_OK) { /* the first error is the one reported */
    }
    return s;
}

typedef struct judge_out {
    const judge_lines *l;
    FILE *out;
    int tsv;
    int failed;
} judge_out;

static int write_row(const rf_row *row, void *ctx)
{
    judge_out *w = ctx;
    json_t *o = w->l->obj[row->idx], *ex;
    char *s;
    const char *verdict = row->verdict.verdict ? row->verdict.verdict : "unjudged";
    if (w->tsv) {
        fprintf(w->out, "%s\t%.3f\n", verdict, row->verdict.score);
        return 0;
    }
    json_object_set_new(o, "verdict", json_string(verdict));
    json_object_set_new(o, "score",
                        row->verdict.score >= 0 ? json_real(row->verdict.score) : json_null());
    json_object_set_new(o, "detector",
                        json_string(row->verdict.detector ? row->verdict.detector : ""));
    ex = row->verdict.explain ? json_loads(row->verdict.explain, 0, NULL) : NULL;
    if (ex)
        json_object_set_new(o, "judge", ex);
    s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!s) {
        w->failed = 1;
        return 1;
    }
    fprintf(w->out, "%s\n", s);
    free(s);
    return 0;
}

static int judge_input(const cli_args *a, judge_cli *j)
{
    const char *in_path = a->n_pos > 0 ? a->pos[0] : "-";
    const char *db = cli_str(a, OPT_classify_db, ":memory:"), *out_path;
    const char *where = strcmp(in_path, "-") ? in_path : "<stdin>";
    FILE *in = strcmp(in_path, "-") ? fopen(in_path, "r") : stdin;
    judge_lines l;
    judge_out w;
    rf_store *st = NULL;
    int64_t run_id = 0;
    char err[RF_ERR_LEN] = "";
    rf_status s;
    size_t i;
    int rc = RF_EXIT_ERRORS;
    memset(&l, 0, sizeof l);
    memset(&w, 0, sizeof w);
    if (!in) {
        cli_error("%s: cannot open", in_path);
        return RF_EXIT_INPUT;
    }
    if (read_lines(a, in, where, &l) != 0) {
        cli_error("%s: read error", where);
        goto out;
    }
    if ((s = rf_store_open(db, 0, &st, err)) != RF_OK || (s = load_run(a, st, &l, &run_id, err))) {
        cli_status_error(s, err[0] ? err : st ? rf_store_errmsg(st) : "store");
        goto out;
    }
    rc = judge_exec(j, st, run_id, where);
    if (rc != RF_EXIT_OK && rc != RF_EXIT_ERRORS)
        goto out;
    out_path = cli_str(a, OPT_classify_output, NULL);
    w.l = &l;
    w.tsv = !strcmp(cli_str(a, OPT_classify_format, "jsonl"), "tsv");
    if (!(w.out = cli_open_out(out_path)))
        goto out;
    s = rf_store_rows(st, run_id, j->detector, write_row, &w);
    if (cli_close_out(w.out, out_path) != 0 || s != RF_OK || w.failed)
        rc = RF_EXIT_ERRORS;
    if (l.bad && rc == RF_EXIT_OK)
        rc = RF_EXIT_INPUT;
out:
    if (in != stdin)
        fclose(in);
    for (i = 0; i < l.n; i++)
        json_decref(l.obj[i]);
    rf_free(l.obj);
    rf_store_close(st);
    return rc;
}

int classify_judge(const cli_args *a)
{
    judge_cli j;
    int rc;
    memset(&j, 0, sizeof j);
    if (a->n_pos > 1)
        return cli_usage_error(a, "one input file at most");
    if (cli_has(a, OPT_classify_run) && (a->n_pos || cli_has(a, OPT_classify_text)))
        return cli_usage_error(a, "--run takes no input file or --text");
    if ((rc = judge_setup(a, &j)) != 0)
        return rc;
    if (cli_has(a, OPT_classify_run))
        rc = judge_stored_run(a, &j);
    else
        rc = judge_input(a, &j);
    rf_target_close(j.t);
    return rc;
}
