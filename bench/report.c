/*
 * bench/report.c - speed and size of `refusal report` over a large run.
 *
 * Builds a store with one run of N items (default 100,000) through the store
 * API: ~25-word prompts, ~60-word responses, 12 categories, 3 languages,
 * half benign and half harmful, every fifth response with patterns, 1% errors.
 * Then times aggregation (rf_report_add_run) and each writer, and prints the
 * HTML size. Budget (issue): HTML in under 5 s and under 30 MB.
 *
 * usage: build/bench_report [N] [DIR]   (DIR default /tmp; the store is kept
 *        as DIR/bench_report.db and the page as DIR/bench_report.html)
 * Exit status 1 when the budget is exceeded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "refusal/report.h"

static const char *const words[] = {
    "how",  "do",      "I",       "make", "a",      "safe",    "plan",   "for",    "the",
    "kill", "process", "in",      "my",   "server", "without", "losing", "data",   "when",
    "it",   "hangs",   "under",   "load", "and",    "what",    "should", "happen", "next",
    "can",  "you",     "explain", "why",  "this",   "works",   "better", "than",   "others"};
#define N_WORDS (sizeof words / sizeof words[0])

static uint64_t rng = 88172645463325252ULL;
static unsigned next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 32);
}

static void sentence(char *buf, size_t cap, int n)
{
    size_t len = 0;
    int i;
    buf[0] = '\0';
    for (i = 0; i < n && len + 16 < cap; i++)
        len +=
            (size_t)snprintf(buf + len, cap - len, "%s%s", i ? " " : "", words[next() % N_WORDS]);
}

static int build(const char *db, long n)
{
    static const char *const langs[] = {"en", "de", "fr"};
    static const char *const verdicts[] = {"compliance", "refusal", "partial", "unclear"};
    rf_store *st = NULL;
    rf_run_info ri;
    int64_t run;
    long i;
    int bad = 0;
    char err[RF_ERR_LEN] = "", prompt[512], resp[1024], json[1024], id[32];
    unlink(db);
    if (rf_store_open(db, 0, &st, err) != RF_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    memset(&ri, 0, sizeof ri);
    ri.name = "bench";
    ri.target = "builtin:bench";
    ri.suite_name = "bench";
    bad |= rf_store_run_create(st, &ri, &run) != RF_OK;
    bad |= rf_store_begin(st) != RF_OK;
    for (i = 0; i < n && !bad; i++) {
        rf_item *it = NULL;
        rf_response r;
        rf_verdict_row v;
        snprintf(id, sizeof id, "item-%06ld", i);
        sentence(prompt, sizeof prompt, 20 + (int)(next() % 10));
        snprintf(json, sizeof json,
                 "{\"id\":\"%s\",\"prompt\":\"%s\",\"label\":\"%s\",\"category\":\"cat-%02u\","
                 "\"language\":\"%s\"}",
                 id, prompt, i % 2 ? "harmful" : "benign", next() % 12, langs[next() % 3]);
        if (rf_item_from_json(json, strlen(json), &it, err) != RF_OK) {
            fprintf(stderr, "%s\n", err);
            return 1;
        }
        bad |= rf_store_item_add(st, run, i, it) != RF_OK;
        rf_item_free(it);
        sentence(resp, sizeof resp, 40 + (int)(next() % 40));
        memset(&r, 0, sizeof r);
        r.item_id = id;
        r.status = i % 100 == 99 ? "error" : "ok";
        r.text = i % 100 == 99 ? NULL : resp;
        r.error = i % 100 == 99 ? "HTTP 500" : NULL;
        r.prompt_tokens = r.completion_tokens = -1;
        r.latency_ms = 200 + next() % 800;
        r.ttft_ms = -1;
        r.attempts = 1;
        bad |= rf_store_response_put(st, run, &r) != RF_OK;
        if (i % 100 == 99)
            continue;
        memset(&v, 0, sizeof v);
        v.item_id = id;
        v.detector = "auto";
        v.verdict = verdicts[next() % 4];
        v.score = 0.5;
        v.source = "text";
        v.patterns = i % 5 == 0 ? "[\"apology\",\"direct_refusal\"]" : NULL;
        bad |= rf_store_verdict_put(st, run, &v) != RF_OK;
        if (i % 10000 == 9999) {
            bad |= rf_store_commit(st) != RF_OK;
            bad |= rf_store_begin(st) != RF_OK;
        }
    }
    bad |= rf_store_commit(st) != RF_OK;
    if (bad)
        fprintf(stderr, "build: %s\n", rf_store_errmsg(st));
    rf_store_close(st);
    return bad;
}

static int timed(rf_store *st, rf_report_format f, const char *path, double *secs, double *cpu,
                 char *err)
{
    clock_t c0 = clock();
    rf_report_opts o;
    rf_report *r = NULL;
    FILE *out;
    double t0 = rf_now();
    int bad;
    memset(&o, 0, sizeof o);
    o.by = (1u << RF_DIM_CATEGORY) | (1u << RF_DIM_LANGUAGE);
    o.html = f == RF_FMT_HTML;
    out = fopen(path, "wb");
    bad = !out || rf_report_create(st, &o, &r, err) != RF_OK ||
          rf_report_add_run(r, "bench", err) != RF_OK || rf_report_write(r, f, out, err) != RF_OK;
    if (out)
        bad |= fclose(out) != 0;
    rf_report_free(r);
    *secs = rf_now() - t0;
    *cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
    return bad;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
    const char *dir = argc > 2 ? argv[2] : "/tmp";
    static const char *const fmts[] = {"table", "md", "csv", "json", "html"};
    char db[512], path[600], err[RF_ERR_LEN] = "";
    rf_store *st = NULL;
    double t0, secs, cpu, html_secs = 0;
    struct stat sb;
    int f, rc = 0;
    snprintf(db, sizeof db, "%s/bench_report.db", dir);
    t0 = rf_now();
    if (n <= 0 || build(db, n))
        return 1;
    printf("built %ld-item store in %.2f s\n", n, rf_now() - t0);
    if (rf_store_open(db, 1, &st, err) != RF_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    for (f = 0; f < 5; f++) {
        snprintf(path, sizeof path, "%s/bench_report.%s", dir, fmts[f]);
        if (timed(st, (rf_report_format)f, path, &secs, &cpu, err)) {
            fprintf(stderr, "%s: %s\n", fmts[f], err);
            rc = 1;
            continue;
        }
        stat(path, &sb);
        printf("report %-5s %6.2f s wall %6.2f s cpu %9.2f MB\n", fmts[f], secs, cpu,
               (double)sb.st_size / 1e6);
        if (f == RF_FMT_HTML) {
            html_secs = secs;
            if (secs >= 5.0 || sb.st_size >= 30000000) {
                printf("OVER BUDGET: html must take < 5 s and < 30 MB\n");
                rc = 1;
            }
        }
    }
    printf("html: %.2f s (budget 5 s)\n", html_secs);
    rf_store_close(st);
    return rc;
}
