/*
 * classify_int.h - what cmd_classify.c (streams) and classify_run.c
 * (re-scoring a stored run) share.
 */
#ifndef RF_CLASSIFY_INT_H
#define RF_CLASSIFY_INT_H

#include <stdio.h>

#include "cli.h"
#include "refusal/buf.h"
#include "refusal/detect.h"

#define CLASSIFY_MAX_LINE ((size_t)64 << 20)
#define CLASSIFY_BATCH 2048 /* stored responses per page (--run) */

typedef struct cls_ctx {
    rf_detector *det;
    const char *field;
    int tsv, explain_on, text_mode;
    FILE *out;
    rf_buf line_out, explain, clean;
    const char *path;
    size_t lineno;
    long n_bad;
    rf_buf errs; /* bad-line messages of the current batch, in order */
} cls_ctx;

/* Append the JSON array of the pattern names in pats to b. */
rf_status cls_patterns_json(rf_buf *b, unsigned pats) RF_MUST_CHECK;

/* `classify --run NAME`: re-score a stored run on `threads` threads; an
 * exit code. */
int cls_rescore_run(cls_ctx *c, const cli_args *a, int threads);

#endif
