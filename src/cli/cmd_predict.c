/*
 * cmd_predict.c - `refusal predict`: learn from stored runs (or labelled
 * JSONL) which prompts a model refuses, then predict refusal for new
 * prompts without querying it (the prompt model is predict.h's).
 *
 *   refusal predict --train --run RUN [--run RUN...] [--db FILE] --out MODEL
 *                   [--data FILE...] [--split T/D/E] [--top N] [--min-count N]
 *   refusal predict --model MODEL [FILE|-] [--field KEY | --text] [--explain]
 *   refusal predict --model MODEL --suite SUITE [--explain]
 *
 * Training rows:
 *
 * | source | prompt                               | label                       | group      |
 * |--------|--------------------------------------|-----------------------------|------------|
 * | --run  | item prompt, or its user turns       | the run's primary verdict:  | item id    |
 * |        | joined with newlines                 | refusal/partial 1,          |            |
 * |        |                                      | compliance 0; unclear,      |            |
 * |        |                                      | unjudged, errors and        |            |
 * |        |                                      | unanswered items skipped    |            |
 * | --data | `prompt`                             | `label`: refusal/partial 1, | `group`,   |
 * |        |                                      | compliance 0, unclear skip  | `id`, else |
 * |        |                                      |                             | file:line  |
 *
 * --split puts a whole group on one side (rf_model_split, as `refusal
 * train`). The threshold is tuned on the dev rows (best balanced accuracy),
 * the model saved to --out, and dev and test scored: accuracy, precision,
 * recall, F1 (refusal = positive), the base rate (share refused) and the
 * accuracy of always predicting the majority class of the training rows.
 *
 * Predicting: each JSONL line gets "refusal_probability", "predicted" (and
 * "explain") spliced in (rf_predict_line); --suite writes one object per
 * item {"id","label","category","refusal_probability","predicted"} and a
 * summary line on stderr with the predicted refusal rate per label. A bad
 * line is reported as FILE:LINE: reason, skipped, and the exit code is 3.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "cli_rows.h"
#include "refusal/predict.h"
#include "refusal/store.h"
#include "refusal/suite.h"
#include "refusal/utf8.h"

#define PREDICT_MAX_FILES 64
#define PREDICT_THR_MIN 5 /* threshold search range, in percent */
#define PREDICT_THR_MAX 95

typedef struct ptrain {
    rf_predict_trainer *tr;
    int pct_train, pct_dev;
    cli_rowset dev, test;
    size_t n_unclear, n_errors, n_unanswered;
    rf_buf text;
    rf_status st; /* first failure inside a store callback */
} ptrain;

/* Send one labelled prompt to train, dev or test by its group. */
static rf_status route(ptrain *c, const char *group, const char *text, size_t len, int label)
{
    int part = rf_model_split(group, c->pct_train, c->pct_dev);
    if (part == 1)
        return cli_rowset_add(&c->dev, text, len, label, NULL, NULL);
    if (part == 2)
        return cli_rowset_add(&c->test, text, len, label, NULL, NULL);
    return rf_predict_trainer_add(c->tr, text, len, label);
}

/* Verdict text -> 1 refused, 0 answered, -1 skip (unclear, unjudged). */
static int verdict_label(const char *v)
{
    if (!v)
        return -1;
    if (strcmp(v, "refusal") == 0 || strcmp(v, "partial") == 0)
        return 1;
    return strcmp(v, "compliance") == 0 ? 0 : -1;
}

static int on_run_row(const rf_row *row, void *ctx)
{
    ptrain *c = ctx;
    int label;
    if (!row->resp.status) {
        c->n_unanswered++;
        return 0;
    }
    if (strcmp(row->resp.status, "error") == 0) {
        c->n_errors++;
        return 0;
    }
    label = verdict_label(row->verdict.verdict);
    if (label < 0) {
        c->n_unclear++;
        return 0;
    }
    rf_buf_reset(&c->text);
    c->st = rf_item_user_text(row->item, &c->text);
    if (c->st == RF_OK)
        c->st = route(c, row->item->id, rf_buf_ptr(&c->text), rf_buf_len(&c->text), label);
    return c->st != RF_OK;
}

/* Read the verdicts of every --run. 0 ok, else an exit code. */
static int read_runs(ptrain *c, const cli_args *a)
{
    const char *runs[PREDICT_MAX_FILES];
    int nr = cli_list(a, OPT_predict_run, runs, PREDICT_MAX_FILES), i, rc = RF_EXIT_OK;
    char err[RF_ERR_LEN] = "";
    rf_store *db = NULL;
    rf_status st;
    if (nr == 0)
        return RF_EXIT_OK;
    st = rf_store_open(cli_db_path(a, OPT_predict_db), 1, &db, err);
    if (st != RF_OK) {
        cli_status_error(st, err);
        return RF_EXIT_ERRORS;
    }
    for (i = 0; i < nr && rc == RF_EXIT_OK; i++) {
        rf_run_info ri;
        memset(&ri, 0, sizeof ri);
        st = rf_store_run_get(db, runs[i], &ri);
        if (st == RF_ENOTFOUND) {
            cli_error("no run named '%s' in %s", runs[i], cli_db_path(a, OPT_predict_db));
            rc = RF_EXIT_INPUT;
        } else if (st != RF_OK || (st = rf_store_rows(db, ri.id, NULL, on_run_row, c)) != RF_OK ||
                   (st = c->st) != RF_OK) {
            cli_status_error(st, rf_store_errmsg(db));
            rc = RF_EXIT_ERRORS;
        }
        rf_run_info_clear(&ri);
    }
    rf_store_close(db);
    return rc;
}

static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* One --data line. 0 ok, RF_EXIT_INPUT (message printed), RF_EXIT_ERRORS. */
static int data_row(ptrain *c, json_t *o, const char *path, size_t line)
{
    const char *prompt = jstr(o, "prompt"), *lab = jstr(o, "label");
    const char *group = jstr(o, "group") ? jstr(o, "group") : jstr(o, "id");
    char gbuf[4200];
    int label = lab ? verdict_label(lab) : -2;
    if (!prompt || !lab || (label < 0 && strcmp(lab, "unclear") != 0)) {
        fprintf(stderr,
                "%s:%zu: need a string \"prompt\" and a \"label\" (refusal, partial, "
                "compliance or unclear)\n",
                path, line);
        return RF_EXIT_INPUT;
    }
    if (label < 0) {
        c->n_unclear++;
        return RF_EXIT_OK;
    }
    if (!group) {
        snprintf(gbuf, sizeof gbuf, "%s:%zu", path, line);
        group = gbuf;
    }
    rf_buf_reset(&c->text);
    if (rf_utf8_sanitize(&c->text, prompt, json_string_length(json_object_get(o, "prompt"))) !=
            RF_OK ||
        route(c, group, rf_buf_ptr(&c->text), rf_buf_len(&c->text), label) != RF_OK) {
        cli_status_error(RF_ENOMEM, "predict: reading training data");
        return RF_EXIT_ERRORS;
    }
    return RF_EXIT_OK;
}

/* Read one --data file (stops at the first bad line). 0 ok, else exit code. */
static int read_data(ptrain *c, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = RF_EXIT_OK;
    if (!f) {
        cli_error("%s: cannot open", path);
        return RF_EXIT_INPUT;
    }
    while (rc == RF_EXIT_OK && (n = getline(&line, &cap, f)) > 0) {
        json_error_t je;
        json_t *o;
        size_t k = 0;
        lineno++;
        while (k < (size_t)n && rf_isspace((unsigned char)line[k]))
            k++;
        if (k == (size_t)n)
            continue;
        if ((size_t)n > RF_PREDICT_MAX_LINE) {
            fprintf(stderr, "%s:%zu: line too long\n", path, lineno);
            rc = RF_EXIT_INPUT;
            break;
        }
        o = json_loadb(line, (size_t)n, JSON_REJECT_DUPLICATES, &je);
        if (!json_is_object(o)) {
            fprintf(stderr, "%s:%zu: %s\n", path, lineno, o ? "not a JSON object" : je.text);
            rc = RF_EXIT_INPUT;
        } else {
            rc = data_row(c, o, path, lineno);
        }
        json_decref(o);
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

/* ---- evaluation ---- */

typedef struct conf {
    long tp, fp, tn, fn;
} conf;

static rf_status score_rows(const rf_model *m, const cli_rowset *s, double *p)
{
    rf_fvec f = {0};
    size_t i;
    rf_status st = RF_OK;
    for (i = 0; i < s->n && st == RF_OK; i++)
        st = rf_predict_prob(m, s->rows[i].text, s->rows[i].len, &f, &p[i]);
    rf_fvec_free(&f);
    return st;
}

/* Print one line of held-out figures; majority = the training majority
 * label (accuracy of always predicting it). */
static rf_status print_split(const rf_model *m, const char *name, const cli_rowset *s, int majority)
{
    double *p = calloc(s->n ? s->n : 1, sizeof *p), acc, prec, rec, f1, base, maj;
    conf c = {0, 0, 0, 0};
    long n = (long)s->n;
    size_t i;
    rf_status st = p ? score_rows(m, s, p) : RF_ENOMEM;
    if (st != RF_OK || n == 0) {
        free(p);
        return st;
    }
    for (i = 0; i < s->n; i++) {
        int y = s->rows[i].label, pred = rf_predict_is_refusal(m, p[i]);
        c.tp += y && pred;
        c.fp += !y && pred;
        c.fn += y && !pred;
        c.tn += !y && !pred;
    }
    acc = (double)(c.tp + c.tn) / (double)n;
    prec = c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 0;
    rec = c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 0;
    f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
    base = (double)(c.tp + c.fn) / (double)n;
    maj = majority ? base : 1 - base;
    printf("%-6s %6ld %8.4f %9.4f %7.4f %7.4f %9.4f %8.4f\n", name, n, acc, prec, rec, f1, base,
           maj);
    free(p);
    return RF_OK;
}

static void print_ngrams(const rf_ngram *g, size_t n, int64_t top)
{
    size_t k, lim = (size_t)top;
    printf("\n%-10s %4s %8s %6s %7s  %s\n", "predicts", "rank", "weight", "count", "refused",
           "ngram");
    for (k = 0; k < n && k < lim && g[k].weight > 0; k++)
        printf("%-10s %4zu %+8.4f %6zu %7zu  %s\n", "refusal", k + 1, g[k].weight, g[k].count,
               g[k].count_refusal, g[k].text);
    for (k = 0; k < n && k < lim && g[n - 1 - k].weight < 0; k++) {
        const rf_ngram *e = &g[n - 1 - k];
        printf("%-10s %4zu %+8.4f %6zu %7zu  %s\n", "compliance", k + 1, e->weight, e->count,
               e->count_refusal, e->text);
    }
}

static int top_ngrams(const cli_args *a, ptrain *c, const rf_model *m)
{
    rf_ngram *g = NULL;
    size_t n = 0;
    int64_t top, min_count;
    rf_status st;
    if (cli_int(a, OPT_predict_top, 1, 100000, 20, &top) < 0 ||
        cli_int(a, OPT_predict_min_count, 1, 1000000, 2, &min_count) < 0)
        return RF_EXIT_USAGE;
    st = rf_predict_trainer_ngrams(c->tr, m, (size_t)min_count, &g, &n);
    if (st != RF_OK) {
        cli_status_error(st, "predict --top");
        return RF_EXIT_ERRORS;
    }
    print_ngrams(g, n, top);
    rf_predict_ngrams_free(g, n);
    return RF_EXIT_OK;
}

/* Fit, tune the threshold on dev, save, print the held-out figures. */
static int fit_and_report(ptrain *c, const cli_args *a, const char *out)
{
    char err[RF_ERR_LEN] = "";
    rf_model *m = NULL;
    double *p = NULL;
    size_t n1 = rf_predict_trainer_count(c->tr, 1), n0 = rf_predict_trainer_count(c->tr, 0);
    int rc = RF_EXIT_ERRORS, majority = n1 > n0;
    rf_status st = rf_predict_trainer_fit(c->tr, &m, err);
    if (st == RF_EINVAL) {
        cli_error("predict --train: %s (skipped %zu unclear/unjudged, %zu errors, %zu "
                  "unanswered)",
                  err, c->n_unclear, c->n_errors, c->n_unanswered);
        return RF_EXIT_INPUT;
    }
    if (st == RF_OK && c->dev.n) {
        p = calloc(c->dev.n, sizeof *p);
        st = p ? score_rows(m, &c->dev, p) : RF_ENOMEM;
        if (st == RF_OK)
            rf_model_set_threshold(
                m, cli_best_threshold(p, &c->dev, PREDICT_THR_MIN, PREDICT_THR_MAX));
    }
    if (st == RF_OK)
        st = rf_model_save(m, out, err);
    if (st != RF_OK)
        goto out;
    fprintf(stderr,
            "refusal predict: %zu training prompts (%zu refused), %zu dev, %zu test; skipped "
            "%zu unclear/unjudged, %zu errors, %zu unanswered; threshold %.2f; model %s -> %s\n",
            n0 + n1, n1, c->dev.n, c->test.n, c->n_unclear, c->n_errors, c->n_unanswered,
            rf_model_threshold(m), rf_model_id(m), out);
    if (c->dev.n || c->test.n)
        printf("%-6s %6s %8s %9s %7s %7s %9s %8s\n", "split", "n", "accuracy", "precision",
               "recall", "f1", "base_rate", "majority");
    else
        printf("no held-out prompts (--split %s)\n", cli_str(a, OPT_predict_split, "70/15/15"));
    if ((st = print_split(m, "dev", &c->dev, majority)) != RF_OK ||
        (st = print_split(m, "test", &c->test, majority)) != RF_OK)
        goto out;
    printf("threshold %.2f (%s)\n", rf_model_threshold(m), c->dev.n ? "tuned on dev" : "default");
    rc = cli_has(a, OPT_predict_top) ? top_ngrams(a, c, m) : RF_EXIT_OK;
out:
    if (st != RF_OK)
        cli_status_error(st, err);
    free(p);
    rf_model_free(m);
    return rc;
}

static int train_opts(const cli_args *a, rf_train_opts *o)
{
    rf_predict_opts_default(o);
    return cli_train_basics(a, OPT_predict_epochs, OPT_predict_bits, OPT_predict_seed, o);
}

static int cmd_predict_train(const cli_args *a)
{
    const char *files[PREDICT_MAX_FILES], *out = cli_str(a, OPT_predict_out, NULL);
    int nf = cli_list(a, OPT_predict_data, files, PREDICT_MAX_FILES), i, rc = RF_EXIT_OK;
    rf_train_opts o;
    ptrain c;
    memset(&c, 0, sizeof c);
    if (cli_has(a, OPT_predict_model) || cli_has(a, OPT_predict_suite) ||
        cli_has(a, OPT_predict_text) || cli_has(a, OPT_predict_explain) ||
        cli_has(a, OPT_predict_field) || a->n_pos > 0)
        return cli_usage_error(a, "--train takes --run/--data and --out, not input to predict");
    if (!out)
        return cli_usage_error(a, "--train needs --out FILE");
    if (nf == 0 && !cli_has(a, OPT_predict_run))
        return cli_usage_error(a, "--train needs --run NAME or --data FILE");
    if (cli_split(a, OPT_predict_split, &c.pct_train, &c.pct_dev) != 0 || train_opts(a, &o) != 0)
        return RF_EXIT_USAGE;
    if (cli_int(a, OPT_predict_top, 1, 100000, 20, &(int64_t){0}) < 0 ||
        cli_int(a, OPT_predict_min_count, 1, 1000000, 2, &(int64_t){0}) < 0)
        return RF_EXIT_USAGE;
    rf_buf_init(&c.text, RF_PREDICT_MAX_LINE * 2);
    if (rf_predict_trainer_new(&o, &c.tr) != RF_OK) {
        cli_status_error(RF_ENOMEM, "predict --train");
        rc = RF_EXIT_ERRORS;
    }
    if (rc == RF_EXIT_OK)
        rc = read_runs(&c, a);
    for (i = 0; i < nf && rc == RF_EXIT_OK; i++)
        rc = read_data(&c, files[i]);
    if (rc == RF_EXIT_OK)
        rc = fit_and_report(&c, a, out);
    rf_predict_trainer_free(c.tr);
    cli_rowset_free(&c.dev);
    cli_rowset_free(&c.test);
    rf_buf_free(&c.text);
    return rc;
}

/* ---- predicting ---- */

typedef struct ppred {
    rf_model *m;
    rf_predict_line_opts lo;
    rf_fvec f;
    rf_buf out, text;
} ppred;

/* Stream JSONL (or text) lines from in to stdout. */
static int predict_stream(ppred *p, FILE *in, const char *path)
{
    char *line = NULL, err[RF_ERR_LEN];
    size_t cap = 0, lineno = 0;
    long bad = 0;
    ssize_t n;
    struct stat sb;
    int live = !(fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode));
    rf_status st = RF_OK;
    while (st == RF_OK && (n = getline(&line, &cap, in)) > 0) {
        lineno++;
        err[0] = '\0';
        st = rf_predict_line(p->m, &p->lo, line, (size_t)n, &p->f, &p->out, err);
        if (st == RF_EPARSE) {
            fprintf(stderr, "%s:%zu: %s\n", path, lineno, err);
            bad++;
            st = RF_OK;
            continue;
        }
        if (st == RF_OK && rf_buf_len(&p->out) &&
            fwrite(rf_buf_ptr(&p->out), 1, rf_buf_len(&p->out), stdout) != rf_buf_len(&p->out))
            st = RF_EIO;
        if (st == RF_OK && live && fflush(stdout) != 0)
            st = RF_EIO;
    }
    free(line);
    if (st == RF_OK && ferror(in))
        st = RF_EIO;
    if (st != RF_OK) {
        cli_status_error(st, st == RF_EIO ? "predict: read or write failed" : "predict");
        return RF_EXIT_ERRORS;
    }
    return bad ? RF_EXIT_INPUT : RF_EXIT_OK;
}

/* Append s as a JSON string, or null. */
static rf_status add_json_str(rf_buf *b, const char *s)
{
    return s ? rf_buf_add_json(b, s, strlen(s)) : rf_buf_adds(b, "null");
}

typedef struct suite_tally {
    long n[2], refused[2]; /* [0] benign, [1] harmful */
} suite_tally;

/* The output line of one suite item (prompt text in p->text) into p->out. */
static rf_status item_line(ppred *p, const rf_item *it, double prob, int pred)
{
    rf_buf *b = &p->out;
    rf_status st;
    rf_buf_reset(b);
    st = rf_buf_adds(b, "{\"id\":");
    if (st == RF_OK)
        st = add_json_str(b, it->id);
    if (st == RF_OK)
        st = rf_buf_adds(b, ",\"label\":");
    if (st == RF_OK)
        st = add_json_str(b, it->label);
    if (st == RF_OK)
        st = rf_buf_adds(b, ",\"category\":");
    if (st == RF_OK)
        st = add_json_str(b, it->category);
    if (st == RF_OK)
        st = rf_buf_printf(b, ",\"refusal_probability\":%.4f,\"predicted\":\"%s\"", prob,
                           pred ? "refusal" : "compliance");
    if (st == RF_OK && p->lo.explain) {
        st = rf_buf_adds(b, ",\"explain\":");
        if (st == RF_OK)
            st = rf_predict_explain(p->m, rf_buf_ptr(&p->text), rf_buf_len(&p->text), &p->f, b);
    }
    return st == RF_OK ? rf_buf_add(b, "}\n", 2) : st;
}

static rf_status predict_item(ppred *p, const rf_item *it, suite_tally *t)
{
    double prob;
    int pred, k;
    rf_status st;
    rf_buf_reset(&p->text);
    if ((st = rf_item_user_text(it, &p->text)) != RF_OK ||
        (st = rf_predict_prob(p->m, rf_buf_ptr(&p->text), rf_buf_len(&p->text), &p->f, &prob)) !=
            RF_OK)
        return st;
    pred = rf_predict_is_refusal(p->m, prob);
    k = !it->label                          ? -1
        : strcmp(it->label, "benign") == 0  ? 0
        : strcmp(it->label, "harmful") == 0 ? 1
                                            : -1;
    if (k >= 0) {
        t->n[k]++;
        t->refused[k] += pred;
    }
    st = item_line(p, it, prob, pred);
    if (st == RF_OK &&
        fwrite(rf_buf_ptr(&p->out), 1, rf_buf_len(&p->out), stdout) != rf_buf_len(&p->out))
        st = RF_EIO;
    return st;
}

static double pct(long k, long n)
{
    return n ? 100.0 * (double)k / (double)n : 0;
}

static int predict_suite(ppred *p, const char *spec)
{
    char err[RF_ERR_LEN] = "";
    rf_suite_reader *r = NULL;
    suite_tally t;
    long bad = 0, n = 0;
    rf_status st = rf_suite_open(spec, &r, err);
    memset(&t, 0, sizeof t);
    if (st != RF_OK) {
        cli_status_error(st, err);
        return st == RF_ENOTFOUND || st == RF_EUNSUP ? RF_EXIT_INPUT : RF_EXIT_ERRORS;
    }
    for (;;) {
        rf_item *it = NULL;
        err[0] = '\0';
        st = rf_suite_next(r, &it, err);
        if (st == RF_EPARSE) {
            fprintf(stderr, "%s\n", err);
            bad++;
            continue;
        }
        if (st != RF_OK || !it)
            break;
        st = predict_item(p, it, &t);
        rf_item_free(it);
        n++;
        if (st != RF_OK)
            break;
    }
    if (st != RF_OK) {
        cli_status_error(st, err[0] ? err : "predict --suite");
        rf_suite_close(r);
        return RF_EXIT_ERRORS;
    }
    fprintf(stderr,
            "refusal predict: %s: %ld items; predicted refusal rate: benign %ld/%ld (%.1f%%), "
            "harmful %ld/%ld (%.1f%%)\n",
            rf_suite_name(r), n, t.refused[0], t.n[0], pct(t.refused[0], t.n[0]), t.refused[1],
            t.n[1], pct(t.refused[1], t.n[1]));
    rf_suite_close(r);
    return bad ? RF_EXIT_INPUT : RF_EXIT_OK;
}

static int cmd_predict_use(const cli_args *a)
{
    const char *path = cli_str(a, OPT_predict_model, NULL);
    const char *in_path = a->n_pos > 0 ? a->pos[0] : "-";
    char err[RF_ERR_LEN] = "";
    ppred p;
    FILE *in;
    rf_status st;
    int rc;
    static const int train_only[] = {OPT_predict_run,    OPT_predict_data, OPT_predict_out,
                                     OPT_predict_split,  OPT_predict_top,  OPT_predict_min_count,
                                     OPT_predict_epochs, OPT_predict_bits, OPT_predict_seed};
    size_t k;
    for (k = 0; k < sizeof train_only / sizeof train_only[0]; k++)
        if (cli_has(a, train_only[k]))
            return cli_usage_error(a, "--%s needs --train", cli_opt_name(train_only[k]));
    if (!path)
        return cli_usage_error(a, "--model FILE is required (make one with --train)");
    if (a->n_pos > 1)
        return cli_usage_error(a, "one input file at most");
    if (cli_has(a, OPT_predict_suite) &&
        (a->n_pos || cli_has(a, OPT_predict_text) || cli_has(a, OPT_predict_field)))
        return cli_usage_error(a, "--suite takes no input file, --text or --field");
    memset(&p, 0, sizeof p);
    st = rf_model_load(path, &p.m, err);
    if (st != RF_OK) {
        cli_status_error(st, err);
        return RF_EXIT_ERRORS;
    }
    if (rf_model_input(p.m) != RF_MODEL_PROMPTS) {
        cli_error("%s: a model of answers (made by refusal train, used by the detectors); "
                  "predict needs a prompt model (refusal predict --train)",
                  path);
        rf_model_free(p.m);
        return RF_EXIT_ERRORS;
    }
    p.lo.field = cli_str(a, OPT_predict_field, "prompt");
    p.lo.text = cli_has(a, OPT_predict_text);
    p.lo.explain = cli_has(a, OPT_predict_explain);
    rf_buf_init(&p.out, RF_PREDICT_MAX_LINE * 8);
    rf_buf_init(&p.text, RF_PREDICT_MAX_LINE * 2);
    if (cli_has(a, OPT_predict_suite)) {
        rc = predict_suite(&p, cli_str(a, OPT_predict_suite, ""));
    } else {
        in = strcmp(in_path, "-") == 0 ? stdin : fopen(in_path, "r");
        if (!in) {
            cli_error("%s: cannot open", in_path);
            rc = RF_EXIT_INPUT;
        } else {
            rc = predict_stream(&p, in, in == stdin ? "<stdin>" : in_path);
            if (in != stdin)
                fclose(in);
        }
    }
    if (fflush(stdout) != 0 && rc == RF_EXIT_OK) {
        cli_error("error writing standard output");
        rc = RF_EXIT_ERRORS;
    }
    rf_buf_free(&p.out);
    rf_buf_free(&p.text);
    rf_fvec_free(&p.f);
    rf_model_free(p.m);
    return rc;
}

int cmd_predict(const cli_args *a)
{
    return cli_has(a, OPT_predict_train) ? cmd_predict_train(a) : cmd_predict_use(a);
}
