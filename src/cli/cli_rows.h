/*
 * cli_rows.h - labelled rows held out for evaluation, shared by `refusal
 * train` (answers) and `refusal predict --train` (prompts): the dev and test
 * parts of a group split, the --split option, and the dev-tuned threshold.
 */
#ifndef RF_CLI_ROWS_H
#define RF_CLI_ROWS_H

#include "cli.h"

/* One labelled text (label 1 = refusal). lang and source are "" when the
 * caller has none. */
typedef struct cli_row {
    char *text;
    size_t len;
    int label;
    char lang[16];
    char source[48];
    char *prompt; /* the row's prompt (cli_rowset_set_prompt), or NULL */
} cli_row;

typedef struct cli_rowset {
    cli_row *rows;
    size_t n, cap;
} cli_rowset;

/* Append a copy of text[0..len); lang and source may be NULL. RF_ENOMEM. */
rf_status cli_rowset_add(cli_rowset *s, const char *text, size_t len, int label, const char *lang,
                         const char *source) RF_MUST_CHECK;
void cli_rowset_free(cli_rowset *s);
/* Give the last row added a copy of prompt (NULL: none). RF_ENOMEM. */
rf_status cli_rowset_set_prompt(cli_rowset *s, const char *prompt) RF_MUST_CHECK;

/* Option id: "T/D/E" percentages summing to 100 (default 70/15/15) into *t
 * and *d. 0, or the usage error's exit code. */
int cli_split(const cli_args *a, int id, int *t, int *d);

/* rf_model_best_threshold of p against the labels of rows, searched in
 * [lo_pct, hi_pct] percent; 0.5 when out of memory. */
double cli_best_threshold(const double *p, const cli_rowset *rows, int lo_pct, int hi_pct);
/* rf_model_low_threshold (middle 0) or rf_model_mid_threshold (middle 1) of
 * p against the labels of rows; 0.5 when out of memory. */
double cli_plateau_threshold(const double *p, const cli_rowset *rows, int lo_pct, int hi_pct,
                             double tol, int middle);

/* rf_model_soft_threshold of p against the labels of rows; 0.5 when out of
 * memory. */
double cli_soft_threshold(const double *p, const cli_rowset *rows, int lo_pct, int hi_pct,
                          double tau);

/* The training options train and predict share: --epochs, --hash-bits and
 * --seed (option ids given) into o, whose defaults stay where an option is
 * absent. 0, or -1 after the range error is printed. */
struct rf_train_opts;
int cli_train_basics(const cli_args *a, int id_epochs, int id_bits, int id_seed,
                     struct rf_train_opts *o);

#endif
