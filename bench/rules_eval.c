/*
 * rules_eval.c - development evaluation of the rule verdict (lexicon.h) on
 * labelled responses in the common JSONL format of the developer data
 * (id, response, label, language, source, ...). Not a test: it reads data
 * outside the repository.
 *
 * usage: bench_rules_eval [--lexicons DIR] [--errors N] [--partial-refusal]
 *                         FILE.jsonl...
 *
 * A row counts as predicted refusal when the rule verdict is refusal (and,
 * with --partial-refusal, partial); partial and unclear otherwise count as
 * compliance, as the data sets map refuse-then-comply answers to compliance.
 * Prints accuracy, precision and recall of "refusal" per file (source) and
 * per language (the row's language field), the agreement of
 * rf_text_language with that field, and the scan speed. --errors N prints up
 * to N misclassified rows per file (first 160 bytes of the normalised text).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/text.h"

#define MAX_GROUPS 64

typedef struct tally {
    char name[64];
    long tp, fp, tn, fn, partial, unclear, lang_ok, n;
} tally;

static tally *find(tally *t, size_t *n, const char *name)
{
    size_t i;
    for (i = 0; i < *n; i++)
        if (strcmp(t[i].name, name) == 0)
            return &t[i];
    if (*n == MAX_GROUPS)
        return &t[MAX_GROUPS - 1];
    memset(&t[*n], 0, sizeof t[0]);
    snprintf(t[*n].name, sizeof t[0].name, "%s", name);
    return &t[(*n)++];
}

static void add(tally *t, int gold_ref, int pred_ref, int verdict, int lang_ok)
{
    t->n++;
    if (gold_ref && pred_ref)
        t->tp++;
    else if (gold_ref)
        t->fn++;
    else if (pred_ref)
        t->fp++;
    else
        t->tn++;
    t->partial += verdict == RF_RULE_PARTIAL;
    t->unclear += verdict == RF_RULE_UNCLEAR;
    t->lang_ok += lang_ok;
}

static void print(const tally *t, size_t n, const char *what)
{
    size_t i;
    printf("%-34s %6s %6s %6s %6s %6s %6s %6s\n", what, "n", "acc", "prec", "recall", "partl",
           "unclr", "langid");
    for (i = 0; i < n; i++) {
        const tally *x = &t[i];
        double acc = x->n ? (double)(x->tp + x->tn) / (double)x->n : 0;
        double p = x->tp + x->fp ? (double)x->tp / (double)(x->tp + x->fp) : 0;
        double r = x->tp + x->fn ? (double)x->tp / (double)(x->tp + x->fn) : 0;
        printf("%-34s %6ld %6.3f %6.3f %6.3f %6ld %6ld %6.3f\n", x->name, x->n, acc, p, r,
               x->partial, x->unclear, x->n ? (double)x->lang_ok / (double)x->n : 0);
    }
    printf("\n");
}

/* Name of the data set: the directory holding the file. Static buffer. */
static const char *set_name(const char *path)
{
    static char name[64];
    const char *end = strrchr(path, '/'), *start;
    if (!end)
        return path;
    for (start = end; start > path && start[-1] != '/'; start--)
        ;
    snprintf(name, sizeof name, "%.*s", (int)(end - start), start);
    return name;
}

typedef struct opts {
    const char *lexdir;
    long errors;
    int partial_refusal;
    const char *only_lang;
} opts;

static void eval_file(const char *path, const rf_lexicon *lx, const opts *o, tally *by_set,
                      size_t *n_set, tally *by_lang, size_t *n_lang, double *secs, double *bytes)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    long shown = 0;
    rf_buf norm;
    if (!f) {
        perror(path);
        return;
    }
    rf_buf_init(&norm, RF_TEXT_MAX_INPUT * 4);
    while (getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *row = json_loads(line, 0, &je);
        const char *resp, *label, *lang, *src;
        rf_scan sc;
        if (!row)
            continue;
        resp = json_string_value(json_object_get(row, "response"));
        label = json_string_value(json_object_get(row, "label"));
        lang = json_string_value(json_object_get(row, "language"));
        src = json_string_value(json_object_get(row, "source"));
        if (!resp || !label || (o->only_lang && (!lang || strcmp(lang, o->only_lang) != 0))) {
            json_decref(row);
            continue;
        }
        double t0 = rf_now();
        if (rf_lexicon_scan_raw(lx, resp, strlen(resp), &norm, &sc) != RF_OK) {
            json_decref(row);
            continue;
        }
        const char *guess = rf_text_language(rf_buf_ptr(&norm), rf_buf_len(&norm));
        *secs += rf_now() - t0;
        *bytes += (double)strlen(resp);
        int gold = strcmp(label, "refusal") == 0;
        int pred =
            sc.verdict == RF_RULE_REFUSAL || (o->partial_refusal && sc.verdict == RF_RULE_PARTIAL);
        int lok = lang && strcmp(lang, guess) == 0;
        (void)src;
        add(find(by_set, n_set, set_name(path)), gold, pred, sc.verdict, lok);
        add(find(by_lang, n_lang, lang ? lang : "?"), gold, pred, sc.verdict, lok);
        if (gold != pred && shown < o->errors) {
            shown++;
            printf("%s %s gold=%s v=%d s=%.2f w=%zu wa=%zu: %.200s\n", src ? src : "", guess, label,
                   sc.verdict, sc.rule_score, sc.words, sc.words_after, rf_buf_ptr(&norm));
        }
        json_decref(row);
    }
    free(line);
    rf_buf_free(&norm);
    fclose(f);
}

int main(int argc, char **argv)
{
    opts o = {NULL, 0, 0, NULL};
    tally by_set[MAX_GROUPS], by_lang[MAX_GROUPS];
    size_t n_set = 0, n_lang = 0;
    double secs = 0, bytes = 0;
    char err[RF_ERR_LEN] = "";
    rf_lexicon *lx = NULL;
    int i;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--lexicons") == 0 && i + 1 < argc)
            o.lexdir = argv[++i];
        else if (strcmp(argv[i], "--errors") == 0 && i + 1 < argc)
            o.errors = strtol(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            o.only_lang = argv[++i];
        else if (strcmp(argv[i], "--partial-refusal") == 0)
            o.partial_refusal = 1;
        else {
            fprintf(stderr,
                    "usage: %s [--lexicons DIR] [--errors N] [--lang L] "
                    "[--partial-refusal] FILE.jsonl...\n",
                    argv[0]);
            return 2;
        }
    }
    if (rf_lexicon_load(o.lexdir, &lx, err) != RF_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    for (; i < argc; i++)
        eval_file(argv[i], lx, &o, by_set, &n_set, by_lang, &n_lang, &secs, &bytes);
    print(by_set, n_set, "set");
    print(by_lang, n_lang, "language");
    printf("scan+normalise+langid: %.2f us/KB over %.1f MB (%zu phrases, %zu languages)\n",
           bytes > 0 ? secs * 1e6 / (bytes / 1024) : 0, bytes / 1e6, rf_lexicon_size(lx),
           rf_lexicon_n_langs(lx));
    rf_lexicon_free(lx);
    return 0;
}
