/*
 * report.h - reports over stored runs: aggregation from the store and the
 * table / Markdown / CSV / JSON / HTML writers, and run-vs-run comparison.
 *
 * A report reads only: it never writes to the store. The store handle is
 * borrowed and must outlive the report (the HTML writer streams every item
 * from it a second time). Metric definitions: include/refusal/metrics.h and
 * docs/report.md.
 */
#ifndef RF_REPORT_H
#define RF_REPORT_H

#include <stdio.h>

#include "refusal/metrics.h"
#include "refusal/store.h"

typedef enum rf_report_format {
    RF_FMT_TABLE = 0,
    RF_FMT_MD,
    RF_FMT_CSV,
    RF_FMT_JSON,
    RF_FMT_HTML
} rf_report_format;

/* Breakdown dimensions (--by), in output order. */
typedef enum rf_dim {
    RF_DIM_LABEL = 0,
    RF_DIM_CATEGORY,
    RF_DIM_LANGUAGE,
    RF_DIM_SCENARIO,
    RF_DIM_LEVEL,
    RF_DIM_TURN,
    RF_DIM_PATTERN,
    RF_DIM_COUNT
} rf_dim;

typedef struct rf_report_opts {
    unsigned by;          /* bit (1u << rf_dim) per breakdown to print */
    const char *detector; /* verdicts of this detector; NULL = latest per item */
    int color;            /* table: ANSI colours (the caller decides: tty, NO_COLOR) */
    int width;            /* table: terminal width in columns, 0 = unlimited */
    int html;             /* the report will be written as HTML: render the item
                             rows while aggregating (one pass over the store
                             instead of two); other formats work either way */
} rf_report_opts;

typedef struct rf_report rf_report;

/* Parse a format name ("table", "md", "csv", "json", "html"). RF_EINVAL if unknown. */
rf_status rf_report_parse_format(const char *s, rf_report_format *out) RF_MUST_CHECK;
/* Parse a comma-separated list of dimension names into a bit mask.
 * RF_EINVAL with the bad name in err. */
rf_status rf_report_parse_by(const char *list, unsigned *mask, char *err) RF_MUST_CHECK;
/* Name of a dimension ("label", ...). */
const char *rf_dim_name(rf_dim d);

/* New empty report over st (borrowed). o is copied (detector string too).
 * Errors: RF_ENOMEM. */
rf_status rf_report_create(rf_store *st, const rf_report_opts *o, rf_report **out,
                           char *err) RF_MUST_CHECK;
/* Aggregate one run (by name or id). RF_ENOTFOUND when it does not exist,
 * RF_ELIMIT beyond RF_REPORT_MAX_RUNS runs, RF_EDB / RF_ENOMEM otherwise. */
rf_status rf_report_add_run(rf_report *r, const char *run, char *err) RF_MUST_CHECK;
#define RF_REPORT_MAX_RUNS 64
/* Set the table's colour and width (see rf_report_opts) after creation. */
void rf_report_set_term(rf_report *r, int color, int width);
/* Write the report in format f to out. RF_EIO when writing fails. */
rf_status rf_report_write(rf_report *r, rf_report_format f, FILE *out, char *err) RF_MUST_CHECK;
void rf_report_free(rf_report *r);

/* ---- comparison of two runs ------------------------------------------- */

typedef struct rf_compare rf_compare;

/* Aggregate runs a and b of st (borrowed for the call only) and pair their
 * items by id. Errors as rf_report_add_run. */
rf_status rf_compare_create(rf_store *st, const char *a, const char *b, const char *detector,
                            rf_compare **out, char *err) RF_MUST_CHECK;
/* Write the comparison (RF_FMT_TABLE, RF_FMT_MD or RF_FMT_JSON; color and
 * width apply to the table). RF_EUNSUP for other formats, RF_EIO on write. */
rf_status rf_compare_write(const rf_compare *c, rf_report_format f, int color, int width, FILE *out,
                           char *err) RF_MUST_CHECK;
/* CI gate: 1 when B's over-refusal or attack success exceeds A's by more
 * than pct points (0-100) with McNemar p < 0.05 on the shared items, else 0.
 * When why is not NULL a one-line reason is written there (RF_ERR_LEN). */
int rf_compare_worse(const rf_compare *c, double pct, char *why);
void rf_compare_free(rf_compare *c);

#endif
