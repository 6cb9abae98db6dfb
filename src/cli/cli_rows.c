/*
 * cli_rows.c - held-out labelled rows for `refusal train` and `refusal
 * predict --train` (cli_rows.h). Rows are copied (the caller's text is
 * borrowed only for the call) and freed with the set.
 */
#include "cli_rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/model.h"

void cli_rowset_free(cli_rowset *s)
{
    size_t i;
    for (i = 0; i < s->n; i++) {
        free(s->rows[i].text);
        free(s->rows[i].prompt);
    }
    free(s->rows);
    memset(s, 0, sizeof *s);
}

rf_status cli_rowset_set_prompt(cli_rowset *s, const char *prompt)
{
    cli_row *r;
    size_t n;
    if (!prompt || !s->n)
        return RF_OK;
    r = &s->rows[s->n - 1];
    n = strlen(prompt);
    free(r->prompt);
    if (!(r->prompt = malloc(n + 1)))
        return RF_ENOMEM;
    memcpy(r->prompt, prompt, n + 1);
    return RF_OK;
}

rf_status cli_rowset_add(cli_rowset *s, const char *text, size_t len, int label, const char *lang,
                         const char *source)
{
    cli_row *r;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        cli_row *p = realloc(s->rows, cap * sizeof *p);
        if (!p)
            return RF_ENOMEM;
        s->rows = p;
        s->cap = cap;
    }
    r = &s->rows[s->n];
    if (!(r->text = malloc(len + 1)))
        return RF_ENOMEM;
    memcpy(r->text, text, len);
    r->text[len] = '\0';
    r->len = len;
    r->label = label;
    r->prompt = NULL;
    snprintf(r->lang, sizeof r->lang, "%s", lang ? lang : "");
    snprintf(r->source, sizeof r->source, "%s", source ? source : "");
    s->n++;
    return RF_OK;
}

int cli_split(const cli_args *a, int id, int *t, int *d)
{
    const char *s = cli_str(a, id, "70/15/15");
    int e;
    char tail;
    if (sscanf(s, "%d/%d/%d%c", t, d, &e, &tail) != 3 || *t < 1 || *d < 0 || e < 0 ||
        *t + *d + e != 100)
        return cli_usage_error(a, "--split: want T/D/E percentages summing to 100, got '%s'", s);
    return 0;
}

/* The labels of rows as 0/1 (a new array, free; NULL when out of memory). */
static int *row_labels(const cli_rowset *rows)
{
    int *y = calloc(rows->n ? rows->n : 1, sizeof *y);
    size_t i;
    for (i = 0; y && i < rows->n; i++)
        y[i] = rows->rows[i].label == 1;
    return y;
}

double cli_best_threshold(const double *p, const cli_rowset *rows, int lo_pct, int hi_pct)
{
    int *y = row_labels(rows);
    double t = y ? rf_model_best_threshold(p, y, rows->n, lo_pct, hi_pct) : 0.5;
    free(y);
    return t;
}

double cli_plateau_threshold(const double *p, const cli_rowset *rows, int lo_pct, int hi_pct,
                             double tol, int middle)
{
    int *y = row_labels(rows);
    double t = !y       ? 0.5
               : middle ? rf_model_mid_threshold(p, y, rows->n, lo_pct, hi_pct, tol)
                        : rf_model_low_threshold(p, y, rows->n, lo_pct, hi_pct, tol);
    free(y);
    return t;
}

double cli_soft_threshold(const double *p, const cli_rowset *rows, int lo_pct, int hi_pct,
                          double tau)
{
    int *y = row_labels(rows);
    double t = y ? rf_model_soft_threshold(p, y, rows->n, lo_pct, hi_pct, tau) : 0.5;
    free(y);
    return t;
}

int cli_train_basics(const cli_args *a, int id_epochs, int id_bits, int id_seed,
                     struct rf_train_opts *o)
{
    int64_t v;
    if (cli_int(a, id_epochs, 1, 100, o->epochs, &v) < 0)
        return -1;
    o->epochs = (int)v;
    if (cli_int(a, id_bits, RF_MODEL_MIN_BITS, RF_MODEL_MAX_BITS, o->hash_bits, &v) < 0)
        return -1;
    o->hash_bits = (unsigned)v;
    if (cli_int(a, id_seed, 0, INT64_MAX, (int64_t)o->seed, &v) < 0)
        return -1;
    o->seed = (uint64_t)v;
    return 0;
}
