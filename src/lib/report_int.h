/*
 * report_int.h - internals shared by report.c (aggregation), report_text.c
 * (table, Markdown, CSV), report_json.c, report_html.c and report_compare.c.
 *
 * A rep_run holds everything a writer needs about one run: the run info, the
 * overall tally, one rep_dim per breakdown dimension (always all of them;
 * --by only selects what the text writers print), and the benchmark scores.
 * Item texts are not kept: the HTML writer streams them from the store again.
 */
#ifndef RF_REPORT_INT_H
#define RF_REPORT_INT_H

#include <stdio.h>

#include "refusal/buf.h"
#include "refusal/detect.h"
#include "refusal/report.h"

#define REP_NONE "(none)"
/* Output is flushed to the FILE whenever the staging buffer exceeds this. */
#define REP_FLUSH_AT (64 * 1024)
#define REP_BUF_MAX ((size_t)256 * 1024 * 1024)

typedef struct rep_group {
    char *key;
    rf_tally t;
} rep_group;

/* Groups keyed by string, in insertion order until rep_dim_sort(). */
typedef struct rep_dim {
    rep_group *g;
    size_t n, cap;
    size_t *slots; /* open addressing: index + 1, 0 = empty */
    size_t n_slots;
} rep_dim;

typedef struct rep_run {
    rf_run_info info;
    rf_tally all;
    rep_dim dim[RF_DIM_COUNT];
    rep_dim rmc;               /* RMCBench: key "scenario\037level" */
    rep_dim dets;              /* per detector (only when the run has 2+ detectors) */
    rf_tally twins;            /* benign items with a contrast twin (pair) */
    int64_t mt_n, mt_success;  /* X-Boundary: judged multi-turn harmful conversations */
    int64_t rubric_items;      /* FORTRESS: harmful items carrying a rubric */
    int64_t ars_n;             /* ... of which judged by at least one judge */
    double ars_sum;            /* sum of per-item yes shares */
    int n_judges;              /* judge:* detectors seen */
    int64_t n_tokens, n_types; /* lexical diversity of the prompts */
    double msttr, hdd, mtld;
    rf_buf *items_html; /* HTML item rows rendered while loading (opts.html), or NULL */
} rep_run;

struct rf_report {
    rf_store *st;
    rf_report_opts o;
    char *detector;
    rep_run *runs;
    size_t n_runs;
};

/* Find or create the group of key[0..len) in d; NULL on allocation failure. */
rf_tally *rep_dim_get(rep_dim *d, const char *key, size_t len);
/* Sort groups by key (numeric keys by value) and drop the hash index. */
void rep_dim_sort(rep_dim *d);
void rep_dim_free(rep_dim *d);

/* Aggregate run `name` of st into *run (zeroed by the caller). */
rf_status rep_run_load(rf_store *st, const char *name, const char *detector, int html, rep_run *run,
                       char *err);
void rep_run_free(rep_run *run);

/* Bit mask of pattern names in a JSON array text (NULL -> 0). */
unsigned rep_patterns_mask(const char *json);

/* Spearman of safety vs over-refusal over the runs where both are defined;
 * NaN with fewer than 3 such runs. *n_used gets their number. */
double rep_spearman(const rep_run *runs, size_t n, size_t *n_used);

/* Staged output: append to b, flushing to f past REP_FLUSH_AT (never when f
 * is NULL: the buffer then collects everything). */
typedef struct rep_out {
    rf_buf b;
    FILE *f;
    rf_status st;
} rep_out;

void rep_out_init(rep_out *o, FILE *f);
void rep_puts(rep_out *o, const char *s);
void rep_putn(rep_out *o, const char *s, size_t n);
void rep_printf(rep_out *o, const char *fmt, ...) RF_PRINTF(2, 3);
/* Flush, release, and return the first error (RF_EIO, RF_ENOMEM). */
rf_status rep_out_finish(rep_out *o, char *err);

/* Sink escapers. */
void rep_html(rep_out *o, const char *s); /* HTML/SVG text and attributes */
/* HTML text content (not attributes): & < > and controls only; s[0..n). */
void rep_html_text(rep_out *o, const char *s, size_t n);
void rep_csv(rep_out *o, const char *s);                   /* one CSV field, quoted when needed */
void rep_term(rep_out *o, const char *s, size_t max_cols); /* terminal, cut to max_cols */
/* Display columns of a terminal-clean UTF-8 string. */
size_t rep_cols(const char *s);
/* Markdown table cell: terminal-safe, with | and newlines neutralised. */
void rep_md(rep_out *o, const char *s);

/* A JSON string (jansson json_t) from possibly invalid UTF-8, repaired;
 * JSON null for NULL. New reference. */
struct json_t *rep_jstr(const char *s);

/* "12.3%" or "-" (NaN). */
void rep_fmt_pct(char *buf, size_t n, double v);
/* "12.3% [8.1-18.0]" or "-". */
void rep_fmt_rate(char *buf, size_t n, const rf_rate *r);

/* Writers. */
rf_status rep_write_table(rf_report *r, rep_out *o, int md);
rf_status rep_write_csv(rf_report *r, rep_out *o);
rf_status rep_write_json(rf_report *r, rep_out *o, char *err);
rf_status rep_write_html(rf_report *r, rep_out *o, char *err);
/* Byte cap for each prompt/response shown in a run of n_items items. */
size_t rep_html_text_cap(int64_t n_items);
/* One item row of the HTML item table (see report_html.c). */
void rep_html_item(rep_out *o, const rf_row *row, const char *run, size_t cap);

#endif
