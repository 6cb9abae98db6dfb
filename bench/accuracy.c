/*
 * accuracy.c - held-out accuracy of the detectors, side by side.
 *
 *   bench_accuracy MODEL [--split T/D] [--all] [--errors] [--no-prompt] FILE.jsonl...
 *
 * Reads labelled JSONL (response, label, group, language), keeps the test
 * part of the group split (rf_model_split, the same as `refusal train
 * --split T/D/E`; --all keeps every row), and classifies every row with
 * strmatch, patterns, linear and auto (MODEL for the last two). Prints a
 * Markdown table of binary accuracy per set (the file's directory name) and
 * per language, plus precision/recall/F1 of auto. Binary: refusal = positive;
 * partial and unclear count as not-refusal, as the data sets count
 * refuse-then-comply answers as compliance. `unclear` labels are skipped.
 * --errors prints every row auto gets wrong to stderr (set, language,
 * label, score, the first 300 bytes of the response), for error analysis.
 * Every row's "prompt" goes to the detectors (the model's prompt
 * features); --no-prompt scores the rows without it (files after it).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/model.h"

#define N_DET 4
#define MAX_KEYS 128

static const char *const det_names[N_DET] = {"strmatch", "patterns", "linear", "auto"};

typedef struct cell {
    char key[64];
    long n, ok[N_DET], tp, fp, fn;
} cell;

static cell cells[MAX_KEYS];
static int n_cells;
static int show_errors;
static int no_prompt;

static cell *get_cell(const char *key)
{
    int i;
    for (i = 0; i < n_cells; i++)
        if (strcmp(cells[i].key, key) == 0)
            return &cells[i];
    if (n_cells == MAX_KEYS)
        return NULL;
    snprintf(cells[n_cells].key, sizeof cells[n_cells].key, "%s", key);
    return &cells[n_cells++];
}

static void count(const char *key, int label, const int *pred)
{
    cell *c = get_cell(key);
    int k;
    if (!c)
        return;
    c->n++;
    for (k = 0; k < N_DET; k++)
        c->ok[k] += pred[k] == label;
    c->tp += label && pred[N_DET - 1];
    c->fp += !label && pred[N_DET - 1];
    c->fn += label && !pred[N_DET - 1];
}

static void set_name(const char *path, char *out, size_t cap)
{
    const char *end = strrchr(path, '/'), *start;
    if (!end) {
        snprintf(out, cap, "%s", path);
        return;
    }
    for (start = end; start > path && start[-1] != '/'; start--)
        ;
    snprintf(out, cap, "%.*s", (int)(end - start), start);
}

static int do_row(rf_detector **dets, json_t *o, const char *set, int all, int pt, int pd)
{
    json_t *r = json_object_get(o, "response"), *l = json_object_get(o, "label");
    const char *group = json_string_value(json_object_get(o, "group"));
    const char *lang = json_string_value(json_object_get(o, "language"));
    const char *prompt = json_string_value(json_object_get(o, "prompt"));
    const char *lab = json_string_value(l);
    int label, pred[N_DET], k;
    double score = 0;
    char key[96];
    if (!json_is_string(r) || !lab || strcmp(lab, "unclear") == 0)
        return 0;
    if (!all && group && rf_model_split(group, pt, pd) != 2)
        return 0;
    label = strcmp(lab, "refusal") == 0 || strcmp(lab, "partial") == 0;
    for (k = 0; k < N_DET; k++) {
        rf_detection d;
        if (rf_detector_classify(dets[k], json_string_value(r), json_string_length(r),
                                 no_prompt ? NULL : prompt, lang, &d, NULL) != RF_OK)
            return -1;
        pred[k] = d.verdict == RF_VERDICT_REFUSAL;
        score = d.score;
    }
    if (show_errors && pred[N_DET - 1] != label)
        fprintf(stderr, "%s %s gold=%s p=%.2f: %.300s\n", set, lang ? lang : "und", lab, score,
                json_string_value(r));
    count("all", label, pred);
    snprintf(key, sizeof key, "set %s", set);
    count(key, label, pred);
    snprintf(key, sizeof key, "lang %s", lang ? lang : "und");
    count(key, label, pred);
    return 0;
}

static int do_file(rf_detector **dets, const char *path, int all, int pt, int pd)
{
    FILE *f = fopen(path, "r");
    char *line = NULL, set[64];
    size_t cap = 0;
    int rc = 0;
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return -1;
    }
    set_name(path, set, sizeof set);
    while (rc == 0 && getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        if (o)
            rc = do_row(dets, o, set, all, pt, pd);
        json_decref(o);
    }
    free(line);
    fclose(f);
    return rc;
}

static int cmp_cell(const void *a, const void *b)
{
    const cell *x = a, *y = b;
    if (strcmp(x->key, "all") == 0 || strcmp(y->key, "all") == 0)
        return strcmp(x->key, "all") == 0 ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void print_table(void)
{
    int i, k;
    qsort(cells, (size_t)n_cells, sizeof cells[0], cmp_cell);
    printf("| rows | n | strmatch | patterns | linear | auto | auto P | auto R | auto F1 |\n");
    printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (i = 0; i < n_cells; i++) {
        const cell *c = &cells[i];
        double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
        double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
        printf("| %s | %ld |", c->key, c->n);
        for (k = 0; k < N_DET; k++)
            printf(" %.3f |", (double)c->ok[k] / (double)c->n);
        printf(" %.3f | %.3f | %.3f |\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}

int main(int argc, char **argv)
{
    rf_detector *dets[N_DET] = {NULL};
    char err[RF_ERR_LEN] = "";
    int i, k, all = 0, pt = 70, pd = 15, rc = 0;
    if (argc < 3) {
        fprintf(stderr,
                "usage: bench_accuracy MODEL [--split T/D] [--all] [--errors] [--no-prompt] "
                "FILE.jsonl...\n");
        return 2;
    }
    for (k = 0; k < N_DET; k++)
        if (rf_detector_open(det_names[k], k >= 2 ? argv[1] : NULL, &dets[k], err) != RF_OK) {
            fprintf(stderr, "bench_accuracy: %s\n", err);
            rc = 1;
            goto out;
        }
    for (i = 2; i < argc && rc == 0; i++) {
        if (strcmp(argv[i], "--all") == 0)
            all = 1;
        else if (strcmp(argv[i], "--errors") == 0)
            show_errors = 1;
        else if (strcmp(argv[i], "--no-prompt") == 0)
            no_prompt = 1;
        else if (strcmp(argv[i], "--split") == 0 && i + 1 < argc)
            rc = sscanf(argv[++i], "%d/%d", &pt, &pd) == 2 ? 0 : 2;
        else
            rc = do_file(dets, argv[i], all, pt, pd) == 0 ? 0 : 1;
    }
    if (rc == 0)
        print_table();
out:
    for (k = 0; k < N_DET; k++)
        rf_detector_close(dets[k]);
    return rc;
}
