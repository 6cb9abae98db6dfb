/*
 * classify_par.c - a batch of responses classified on several threads.
 *
 * Each batch starts p->n - 1 threads and works on the calling thread too;
 * jobs are taken one at a time from a shared atomic counter, so uneven
 * response lengths balance out. A batch of a few thousand responses takes
 * tens of milliseconds, against tens of microseconds to start a thread, so
 * threads are not kept between batches. Handle k (dets[k], explain[k]) is
 * used by one thread only; the model and lexicons behind the clones are
 * shared and only read. Results land in the jobs, in input order.
 * Callers: cmd_classify.c.
 */
#ifdef __linux__
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include <sched.h>
#endif
#include "classify_par.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct par_worker {
    par_pool *p;
    int k; /* handle index */
    par_job *jobs;
    size_t n;
    atomic_size_t *next;
} par_worker;

int par_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
#ifdef __linux__
    cpu_set_t set; /* the CPUs this process may run on (taskset, cgroups) */
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        n = CPU_COUNT(&set);
#endif
    if (n < 1)
        return 1;
    return n > 8 ? 8 : (int)n;
}

rf_status par_open(par_pool *p, rf_detector *det, int n, int explain_on)
{
    int k;
    memset(p, 0, sizeof *p);
    if (n < 1 || n > PAR_MAX_THREADS)
        return RF_EINVAL;
    p->dets = calloc((size_t)n, sizeof *p->dets);
    p->explain = calloc((size_t)n, sizeof *p->explain);
    if (!p->dets || !p->explain) {
        free(p->dets);
        free(p->explain);
        memset(p, 0, sizeof *p);
        return RF_ENOMEM;
    }
    p->explain_on = explain_on;
    p->dets[0] = det;
    p->n = 1;
    rf_buf_init(&p->explain[0], (size_t)1 << 20);
    for (k = 1; k < n; k++) {
        rf_buf_init(&p->explain[k], (size_t)1 << 20);
        if (rf_detector_clone(det, &p->dets[k]) != RF_OK) {
            p->n = k;
            rf_buf_free(&p->explain[k]);
            par_close(p);
            return RF_ENOMEM;
        }
        p->n = k + 1;
    }
    return RF_OK;
}

void par_close(par_pool *p)
{
    int k;
    for (k = 0; k < p->n; k++) {
        if (k > 0)
            rf_detector_close(p->dets[k]);
        rf_buf_free(&p->explain[k]);
    }
    free(p->dets);
    free(p->explain);
    memset(p, 0, sizeof *p);
}

static void run_one(par_pool *p, int k, par_job *j)
{
    rf_buf *ex = p->explain_on ? &p->explain[k] : NULL;
    j->explain = NULL;
    if (ex)
        rf_buf_reset(ex);
    j->st = rf_detector_classify(p->dets[k], j->text, j->len, j->prompt, j->language, &j->d, ex);
    if (j->st == RF_OK && ex) {
        j->explain = strdup(rf_buf_ptr(ex));
        if (!j->explain)
            j->st = RF_ENOMEM;
    }
}

static void *work(void *arg)
{
    par_worker *w = arg;
    size_t i;
    while ((i = atomic_fetch_add(w->next, 1)) < w->n)
        if (!w->jobs[i].skip)
            run_one(w->p, w->k, &w->jobs[i]);
    return NULL;
}

rf_status par_run(par_pool *p, par_job *jobs, size_t n)
{
    par_worker w[PAR_MAX_THREADS];
    pthread_t th[PAR_MAX_THREADS];
    int started[PAR_MAX_THREADS] = {0};
    atomic_size_t next;
    rf_status res = RF_OK;
    int k, want = p->n;
    size_t i;
    if ((size_t)want > n)
        want = n > 0 ? (int)n : 1;
    atomic_init(&next, 0);
    for (k = 0; k < want; k++) {
        w[k].p = p;
        w[k].k = k;
        w[k].jobs = jobs;
        w[k].n = n;
        w[k].next = &next;
    }
    for (k = 1; k < want; k++) /* a thread that cannot start leaves its share to the rest */
        started[k] = pthread_create(&th[k], NULL, work, &w[k]) == 0;
    work(&w[0]);
    for (k = 1; k < want; k++)
        if (started[k])
            pthread_join(th[k], NULL);
    for (i = 0; i < n && res == RF_OK; i++)
        if (jobs[i].st == RF_ENOMEM)
            res = RF_ENOMEM;
    return res;
}
