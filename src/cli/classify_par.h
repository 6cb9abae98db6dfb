/*
 * classify_par.h - classify a batch of responses on several threads, each
 * with its own clone of one detector (rf_detector_clone). Used by
 * `refusal classify` for stored runs and JSONL streams.
 */
#ifndef RF_CLASSIFY_PAR_H
#define RF_CLASSIFY_PAR_H

#include "refusal/buf.h"
#include "refusal/detect.h"

/* One response to classify and what came of it. */
typedef struct par_job {
    const char *text; /* input (borrowed) */
    size_t len;
    const char *language; /* NULL: detect */
    const char *prompt;   /* the question answered (the rules read it), or NULL */
    int skip;             /* set by the caller: leave this job alone */
    rf_detection d;       /* output */
    rf_status st;         /* output: RF_OK or the classifier's error */
    char *explain;        /* output when explain is on: new string (free) */
} par_job;

typedef struct par_pool {
    int n;              /* handles, one per thread; dets[0] is the caller's */
    rf_detector **dets; /* dets[1..n-1] are clones of dets[0] */
    rf_buf *explain;    /* one per handle */
    int explain_on;
} par_pool;

/* Default thread count: the CPUs this process may run on, 1..8. */
int par_default_threads(void);
#define PAR_MAX_THREADS 64

/* Set up n (>= 1) handles on det (borrowed; must outlive the pool).
 * Errors: RF_ENOMEM. */
rf_status par_open(par_pool *p, rf_detector *det, int n, int explain_on) RF_MUST_CHECK;
void par_close(par_pool *p);

/* Classify jobs[0..n) on the pool's threads (the caller's thread is one of
 * them; a thread that cannot be started leaves its share to the others).
 * Every job's st is set; the return value is RF_ENOMEM when some job ran out
 * of memory, else RF_OK (other per-job errors are only in st). */
rf_status par_run(par_pool *p, par_job *jobs, size_t n) RF_MUST_CHECK;

#endif
