/*
 * cmd_train.c - `refusal train`: train the linear refusal detector.
 *
 *   refusal train --data FILE [--data FILE...] [--eval FILE...] --out MODEL
 *                 [--split 70/15/15] [--epochs N] [--hash-bits N] [--seed N] ...
 *
 * Input: JSONL, one object per line with `response` (string) and `label`
 * (refusal | compliance | partial | unclear); optional `group` (split key;
 * default: the line's `id`, else file:line), `language`, `source` (set name,
 * default: the file's directory name) and `label_quality` (`silver` rows get
 * --silver-weight). `partial` counts as refusal (the positive class: a
 * partial answer still refuses something); `unclear` rows are skipped.
 *
 * --split T/D/E puts every row of a group on the same side (rf_model_split,
 * a stable hash of the group): T% train, D% dev (threshold tuning), E% test.
 * After training, the model is written to --out and reloaded from there, and
 * the held-out test rows (and every --eval row) are scored with the `linear`
 * and `auto` detectors: accuracy, precision, recall and F1 per language
 * (and per set with --per-set) on stdout, as a table.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_rows.h"
#include "refusal/detect.h"
#include "refusal/model.h"
#include "refusal/utf8.h"

#define TRAIN_MAX_LINE ((size_t)16 << 20)
#define TRAIN_MAX_FILES 64
#define TRAIN_MAX_TALLIES 256
/* Thresholds (docs/detect.md, "Thresholds"): the main (n-gram) one is the
 * lowest from TRAIN_THR_LOW whose dev balanced accuracy is within
 * TRAIN_THR_TOL of the best; the rules-only one is the soft middle of its
 * plateau from TRAIN_THR_MIN (rf_model_soft_threshold, temperature
 * TRAIN_THR_TAU: session 8, the hard middle moved 0.38 -> 0.42 when 75 style
 * rows were added); both up to TRAIN_THR_MAX (percent). */
#define TRAIN_THR_MIN 30
#define TRAIN_THR_MAX 70
#define TRAIN_THR_LOW 20
#define TRAIN_THR_TOL 0.003
#define TRAIN_THR_TAU 0.002

typedef struct train_ctx {
    rf_detector *rules; /* "patterns" detector: rule features */
    rf_trainer *tr;
    int pct_train, pct_dev;
    double silver;
    double file_weight; /* --file-weight of the file being read (1 by default) */
    cli_rowset dev, test;
    rf_buf clean, prompt;
    int no_prompt, eval_no_prompt; /* no --prompt-features; --eval-no-prompt */
    size_t n_train, n_skipped;
} train_ctx;

static const char *jstr(json_t *o, const char *key, const char *def)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : def;
}

/* Set name from a path: the parent directory name, else the file name. */
static void source_of(const char *path, char *out, size_t cap)
{
    const char *end = strrchr(path, '/'), *start;
    if (!end) {
        snprintf(out, cap, "%s", path);
        return;
    }
    start = end;
    while (start > path && start[-1] != '/')
        start--;
    if (start == end)
        snprintf(out, cap, "%s", end + 1);
    else
        snprintf(out, cap, "%.*s", (int)(end - start), start);
}

/* Label text -> 1 refusal, 0 compliance, -1 skip (unclear), -2 invalid. */
static int parse_label(const char *s)
{
    if (!s)
        return -2;
    if (strcmp(s, "refusal") == 0 || strcmp(s, "partial") == 0)
        return 1;
    if (strcmp(s, "compliance") == 0)
        return 0;
    return strcmp(s, "unclear") == 0 ? -1 : -2;
}

/* The row's "prompt" as valid UTF-8 in c->prompt, or NULL when it has none
 * (or the model reads none: no --prompt-features; --eval-no-prompt for an
 * --eval row). */
static const char *row_prompt(train_ctx *c, json_t *o, int all_eval)
{
    const char *p = jstr(o, "prompt", NULL);
    if (!p || !*p || c->no_prompt || (all_eval && c->eval_no_prompt))
        return NULL;
    rf_buf_reset(&c->prompt);
    if (rf_utf8_sanitize(&c->prompt, p, strlen(p)) != RF_OK)
        return NULL;
    return rf_buf_ptr(&c->prompt);
}

/* Add a held-out row (with its prompt) to s. 0 ok, -1 out of memory. */
static int hold_row(cli_rowset *s, const char *text, size_t len, int label, const char *lang,
                    const char *src, const char *prompt)
{
    if (cli_rowset_add(s, text, len, label, lang, src) != RF_OK ||
        cli_rowset_set_prompt(s, prompt) != RF_OK)
        return -1;
    return 0;
}

/* One parsed row: route it to train, dev or test. 0 ok, -1 fatal. */
static int take_row(train_ctx *c, json_t *o, const char *path, size_t line, const char *src,
                    int all_eval, cli_rowset *eval)
{
    const char *resp = jstr(o, "response", NULL), *lang = jstr(o, "language", "und");
    const char *group = jstr(o, "group", jstr(o, "id", NULL)), *prompt;
    int label = parse_label(jstr(o, "label", NULL)), part = 0;
    char gbuf[4200];
    rf_rule_feats rf;
    const char *text;
    size_t len;
    if (!resp || label == -2) {
        fprintf(stderr,
                "%s:%zu: need a string \"response\" and a \"label\" (refusal, "
                "compliance, partial or unclear)\n",
                path, line);
        return -1;
    }
    if (label < 0) {
        c->n_skipped++;
        return 0;
    }
    rf_buf_reset(&c->clean);
    if (rf_utf8_sanitize(&c->clean, resp, strlen(resp)) != RF_OK)
        return -1;
    text = rf_buf_ptr(&c->clean);
    len = rf_buf_len(&c->clean);
    prompt = row_prompt(c, o, all_eval);
    if (all_eval)
        return hold_row(eval, text, len, label, lang, src, prompt);
    if (!group) {
        snprintf(gbuf, sizeof gbuf, "%s:%zu", path, line);
        group = gbuf;
    }
    part = rf_model_split(group, c->pct_train, c->pct_dev);
    if (part != 0)
        return hold_row(part == 1 ? &c->dev : &c->test, text, len, label, lang, src, prompt);
    if (rf_detector_rule_feats(c->rules, text, len, &rf) != RF_OK)
        return -1;
    rf.prompt = prompt;
    rf.prompt_len = prompt ? strlen(prompt) : 0;
    if (rf_trainer_add(c->tr, text, len, lang, &rf, label,
                       (float)(c->file_weight * (strcmp(jstr(o, "label_quality", ""), "silver") == 0
                                                     ? c->silver
                                                     : 1.0))) != RF_OK)
        return -1;
    c->n_train++;
    return 0;
}

/* Read one JSONL file. all_eval: every row goes to *eval. 0 ok, else exit code. */
static int read_file(train_ctx *c, const char *path, int all_eval, cli_rowset *eval)
{
    FILE *f = fopen(path, "r");
    char *line = NULL, src[48];
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = RF_EXIT_OK;
    if (!f) {
        cli_error("%s: cannot open", path);
        return RF_EXIT_INPUT;
    }
    source_of(path, src, sizeof src);
    while ((n = getline(&line, &cap, f)) > 0) {
        json_error_t je;
        json_t *o;
        lineno++;
        if ((size_t)n > TRAIN_MAX_LINE) {
            fprintf(stderr, "%s:%zu: line too long\n", path, lineno);
            rc = RF_EXIT_INPUT;
            break;
        }
        if (n == 1 && line[0] == '\n')
            continue;
        o = json_loadb(line, (size_t)n, JSON_REJECT_DUPLICATES, &je);
        if (!json_is_object(o)) {
            fprintf(stderr, "%s:%zu: %s\n", path, lineno, o ? "not a JSON object" : je.text);
            json_decref(o);
            rc = RF_EXIT_INPUT;
            break;
        }
        if (take_row(c, o, path, lineno, src, all_eval, eval) != 0)
            rc = RF_EXIT_INPUT;
        json_decref(o);
        if (rc != RF_EXIT_OK)
            break;
    }
    free(line);
    fclose(f);
    return rc;
}

/* ---- evaluation ---- */

typedef struct tally {
    char key[64];
    long tp, fp, tn, fn;
} tally;

typedef struct tallies {
    tally t[TRAIN_MAX_TALLIES];
    int n;
} tallies;

static void tally_add(tallies *ts, const char *key, int label, int pred)
{
    int i;
    for (i = 0; i < ts->n && strcmp(ts->t[i].key, key) != 0; i++)
        ;
    if (i == ts->n) {
        if (ts->n == TRAIN_MAX_TALLIES)
            return;
        memset(&ts->t[i], 0, sizeof ts->t[i]);
        snprintf(ts->t[i].key, sizeof ts->t[i].key, "%s", key);
        ts->n++;
    }
    if (label && pred)
        ts->t[i].tp++;
    else if (pred)
        ts->t[i].fp++;
    else if (label)
        ts->t[i].fn++;
    else
        ts->t[i].tn++;
}

static void print_tallies(const char *split, const char *det, const tallies *ts)
{
    int i;
    for (i = 0; i < ts->n; i++) {
        const tally *t = &ts->t[i];
        long n = t->tp + t->fp + t->tn + t->fn;
        double acc = n ? (double)(t->tp + t->tn) / (double)n : 0;
        double p = t->tp + t->fp ? (double)t->tp / (double)(t->tp + t->fp) : 0;
        double r = t->tp + t->fn ? (double)t->tp / (double)(t->tp + t->fn) : 0;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        printf("%-6s %-9s %-34s %6ld %8.4f %9.4f %7.4f %7.4f\n", split, det, t->key, n, acc, p, r,
               f1);
    }
}

/* Score rows with detector d: a binary prediction per row (refusal or
 * partial = 0, as the data sets count refuse-then-comply as compliance).
 * probs gets n entries when not NULL. */
static int score_rows(rf_detector *d, const cli_rowset *s, int per_set, tallies *ts, double *probs)
{
    size_t i;
    char key[80];
    for (i = 0; i < s->n; i++) {
        rf_detection det;
        const cli_row *r = &s->rows[i];
        int pred;
        if (rf_detector_classify(d, r->text, r->len, r->prompt, r->lang, &det, NULL) != RF_OK)
            return -1;
        if (probs)
            probs[i] = det.score;
        pred = det.verdict == RF_VERDICT_REFUSAL;
        tally_add(ts, "all", r->label, pred);
        snprintf(key, sizeof key, "lang=%s", r->lang);
        tally_add(ts, key, r->label, pred);
        if (per_set) {
            snprintf(key, sizeof key, "set=%s", r->source);
            tally_add(ts, key, r->label, pred);
        }
    }
    return 0;
}

/* Tune both thresholds on the dev rows: the main one as the `linear`
 * detector scores them (n-grams where trusted), the rules-only one with every
 * row scored without n-grams. 0 ok, -1 out of memory. */
static int tune_thresholds(train_ctx *c, rf_detector *d, rf_model *m)
{
    double *p = calloc(c->dev.n, sizeof *p);
    tallies *ts = calloc(1, sizeof *ts);
    rf_fvec f = {0};
    size_t i;
    int rc = -1;
    if (!p || !ts || score_rows(d, &c->dev, 0, ts, p) != 0)
        goto out;
    rf_model_set_threshold(
        m, cli_plateau_threshold(p, &c->dev, TRAIN_THR_LOW, TRAIN_THR_MAX, TRAIN_THR_TOL, 0));
    for (i = 0; i < c->dev.n; i++) {
        const cli_row *r = &c->dev.rows[i];
        rf_rule_feats rf;
        if (rf_detector_rule_feats(c->rules, r->text, r->len, &rf) != RF_OK)
            goto out;
        rf.prompt = r->prompt;
        rf.prompt_len = r->prompt ? strlen(r->prompt) : 0;
        if (rf_model_features(m, r->text, r->len, &rf, 0, &f) != RF_OK)
            goto out;
        p[i] = rf_model_prob(m, &f);
    }
    rf_model_set_threshold_rules(
        m, cli_soft_threshold(p, &c->dev, TRAIN_THR_MIN, TRAIN_THR_MAX, TRAIN_THR_TAU));
    rc = 0;
out:
    rf_fvec_free(&f);
    free(p);
    free(ts);
    return rc;
}

static int evaluate(rf_model *m, const char *split, const cli_rowset *s, int per_set)
{
    static const char *const dets[] = {"linear", "auto"};
    char err[RF_ERR_LEN] = "";
    int k;
    for (k = 0; k < 2 && s->n; k++) {
        rf_detector *d = NULL;
        tallies *ts = calloc(1, sizeof *ts);
        rf_status st = ts ? rf_detector_open_with(dets[k], m, &d, err) : RF_ENOMEM;
        if (st != RF_OK || score_rows(d, s, per_set, ts, NULL) != 0) {
            cli_status_error(st != RF_OK ? st : RF_ENOMEM, err);
            rf_detector_close(d);
            free(ts);
            return RF_EXIT_ERRORS;
        }
        print_tallies(split, dets[k], ts);
        rf_detector_close(d);
        free(ts);
    }
    return RF_EXIT_OK;
}

/* The --file-weight of files[i] into w[i] (1 when none names it). Every
 * FILE=X must name a training file exactly as given, with X a number in
 * 0.01-10. 0 ok, -1 usage error (printed). */
static int file_weights(const cli_args *a, const char *const *files, int nf, double *w)
{
    const char *fw[TRAIN_MAX_FILES];
    int n = cli_list(a, OPT_train_file_weight, fw, TRAIN_MAX_FILES), i, k;
    for (i = 0; i < nf; i++)
        w[i] = 1.0;
    for (k = 0; k < n; k++) {
        const char *eq = strrchr(fw[k], '=');
        double x = 0;
        int hit = 0;
        if (!eq || eq == fw[k] || rf_parse_double(eq + 1, 0.01, 10, &x) != RF_OK) {
            cli_usage_error(a, "--file-weight \"%s\": want FILE=X with X from 0.01 to 10", fw[k]);
            return -1;
        }
        for (i = 0; i < nf; i++)
            if (strlen(files[i]) == (size_t)(eq - fw[k]) &&
                memcmp(files[i], fw[k], (size_t)(eq - fw[k])) == 0)
                w[i] = x, hit = 1;
        if (!hit) {
            cli_usage_error(a, "--file-weight \"%s\": %.*s is not a training file", fw[k],
                            (int)(eq - fw[k]), fw[k]);
            return -1;
        }
    }
    return 0;
}

/* --order content|position (default content). 0 ok, -1 usage error (printed). */
static int train_order(const cli_args *a, rf_train_opts *o)
{
    const char *s = cli_str(a, OPT_train_order, "content");
    if (strcmp(s, "content") != 0 && strcmp(s, "position") != 0) {
        cli_usage_error(a, "--order must be content or position, not \"%s\"", s);
        return -1;
    }
    o->content_order = strcmp(s, "content") == 0;
    return 0;
}

static int train_opts(const cli_args *a, rf_train_opts *o, double *silver)
{
    int64_t v;
    rf_train_opts_default(o);
    if (cli_train_basics(a, OPT_train_epochs, OPT_train_bits, OPT_train_seed, o) < 0)
        return -1;
    if (cli_int(a, OPT_train_lang_min, 0, 1000000000, o->lang_min, &v) < 0)
        return -1;
    o->lang_min = (int)v;
    if (cli_int(a, OPT_train_blend_min, 0, 1000000000, o->blend_min, &v) < 0)
        return -1;
    o->blend_min = (int)v;
    if (cli_int(a, OPT_train_bag, 1, RF_TRAIN_MAX_BAG, o->bag, &v) < 0)
        return -1;
    o->bag = (int)v;
    if (train_order(a, o) < 0)
        return -1;
    if (cli_double(a, OPT_train_lr, 1e-6, 100, o->lr, &o->lr) < 0 ||
        cli_double(a, OPT_train_l2, 0, 1, o->l2, &o->l2) < 0 ||
        cli_double(a, OPT_train_dropout, 0, 0.99, o->ngram_dropout, &o->ngram_dropout) < 0 ||
        cli_double(a, OPT_train_silver, 0.01, 10, 0.5, silver) < 0 ||
        cli_double(a, OPT_train_prompt_dropout, 0, 1, o->prompt_dropout, &o->prompt_dropout) < 0 ||
        cli_double(a, OPT_train_blend_share, 0, 1, o->blend_share, &o->blend_share) < 0)
        return -1;
    return 0;
}

/* Fit, tune the threshold on dev, save; the model is left in *mout for
 * evaluation (the output path may be a device or a FIFO, never read back). */
static int fit_and_save(train_ctx *c, const cli_args *a, const char *out, rf_model **mout)
{
    char err[RF_ERR_LEN] = "";
    rf_model *m = NULL;
    rf_detector *d = NULL;
    double thr = 0.5, blend_share = 0;
    const char *blended;
    rf_status st = rf_trainer_fit(c->tr, &m, err);
    int rc = RF_EXIT_ERRORS;
    if (st != RF_OK)
        goto out;
    if (cli_has(a, OPT_train_threshold)) {
        if (cli_double(a, OPT_train_threshold, 0, 1, 0.5, &thr) < 0) {
            rc = RF_EXIT_USAGE;
            goto out;
        }
        rf_model_set_threshold(m, thr);
        rf_model_set_threshold_rules(m, thr);
    } else if (c->dev.n) {
        if ((st = rf_detector_open_with("linear", m, &d, err)) != RF_OK)
            goto out;
        if (tune_thresholds(c, d, m) != 0) {
            st = RF_ENOMEM;
            goto out;
        }
    }
    if ((st = rf_model_save(m, out, err)) != RF_OK)
        goto out;
    blended = rf_model_blend_languages(m, &blend_share);
    fprintf(stderr,
            "refusal train: %zu training rows (%zu unclear skipped), %zu dev, %zu test; "
            "thresholds %.2f (rules-only %.3f); n-grams trusted for: %s; blended (%.2f) for: %s; "
            "model %s -> %s\n",
            c->n_train, c->n_skipped, c->dev.n, c->test.n, rf_model_threshold(m),
            rf_model_threshold_rules(m), rf_model_languages(m), blend_share, blended,
            rf_model_id(m), out);
    rc = RF_EXIT_OK;
    *mout = m;
    m = NULL;
out:
    if (rc == RF_EXIT_ERRORS)
        cli_status_error(st, err);
    rf_detector_close(d);
    rf_model_free(m);
    return rc;
}

int cmd_train(const cli_args *a)
{
    const char *files[TRAIN_MAX_FILES], *evals[TRAIN_MAX_FILES];
    double fweight[TRAIN_MAX_FILES];
    const char *out = cli_str(a, OPT_train_out, NULL);
    int nf = cli_list(a, OPT_train_data, files, TRAIN_MAX_FILES), ne, i, rc = RF_EXIT_OK;
    char err[RF_ERR_LEN] = "";
    rf_train_opts o;
    train_ctx c;
    cli_rowset eval = {0};
    rf_model *model = NULL;
    memset(&c, 0, sizeof c);
    for (i = 0; i < a->n_pos && nf < TRAIN_MAX_FILES; i++)
        files[nf++] = a->pos[i];
    ne = cli_list(a, OPT_train_eval, evals, TRAIN_MAX_FILES);
    if (!out)
        return cli_usage_error(a, "--out FILE is required");
    if (nf == 0)
        return cli_usage_error(a, "no training data (--data FILE)");
    if (cli_split(a, OPT_train_split, &c.pct_train, &c.pct_dev) != 0 ||
        train_opts(a, &o, &c.silver) != 0 || file_weights(a, files, nf, fweight) != 0)
        return RF_EXIT_USAGE;
    rf_buf_init(&c.clean, (size_t)64 << 20);
    rf_buf_init(&c.prompt, (size_t)64 << 20);
    o.prompt_features = cli_has(a, OPT_train_prompt_features);
    c.no_prompt = !o.prompt_features;
    c.eval_no_prompt = cli_has(a, OPT_train_eval_no_prompt);
    if (rf_trainer_new(&o, &c.tr) != RF_OK ||
        rf_detector_open("patterns", NULL, &c.rules, err) != RF_OK) {
        cli_status_error(RF_ENOMEM, err);
        rc = RF_EXIT_ERRORS;
        goto out;
    }
    for (i = 0; i < nf && rc == RF_EXIT_OK; i++) {
        c.file_weight = fweight[i];
        rc = read_file(&c, files[i], 0, NULL);
    }
    for (i = 0; i < ne && rc == RF_EXIT_OK; i++)
        rc = read_file(&c, evals[i], 1, &eval);
    if (rc == RF_EXIT_OK)
        rc = fit_and_save(&c, a, out, &model);
    if (rc == RF_EXIT_OK) {
        int per_set = cli_has(a, OPT_train_per_set);
        printf("%-6s %-9s %-34s %6s %8s %9s %7s %7s\n", "split", "detector", "rows", "n",
               "accuracy", "precision", "recall", "f1");
        rc = evaluate(model, "dev", &c.dev, per_set);
        if (rc == RF_EXIT_OK)
            rc = evaluate(model, "test", &c.test, per_set);
        if (rc == RF_EXIT_OK)
            rc = evaluate(model, "eval", &eval, per_set);
    }
out:
    rf_model_free(model);
    rf_detector_close(c.rules);
    rf_trainer_free(c.tr);
    cli_rowset_free(&c.dev);
    cli_rowset_free(&c.test);
    cli_rowset_free(&eval);
    rf_buf_free(&c.clean);
    rf_buf_free(&c.prompt);
    return rc;
}
