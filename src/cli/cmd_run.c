/*
 * cmd_run.c - `refusal run`: validate a suite, create (or resume) a run in the
 * store, send every pending item through the engine, classify, and print the
 * summary table.
 *
 * Steps:
 *   1. options -> rf_target_opts / rf_engine_opts (usage errors exit 2)
 *   2. pass 1 over the suite: every malformed line is printed as
 *      file:line: reason; any -> exit 3 (unless --skip-invalid); computes the
 *      content hash of the items kept (the first --limit ones)
 *   3. choose the run: --run NAME (resumed when it exists: same target and
 *      suite hash required), else the newest unfinished run of the same
 *      suite hash and target, else a new SUITE-TARGET-TIME run
 *   4. a new run is created with all its items in one transaction (pass 2)
 *   5. rf_engine_run, SIGINT sets the cancel flag (twice: abandon at once)
 *   6. finish status, summary table; exit 0 / 1 errors / 130 interrupted
 *
 * Rates carry 95% Wilson intervals (metrics.h).
 */
#include <jansson.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "refusal/detect.h"
#include "refusal/engine.h"
#include "refusal/metrics.h"
#include "refusal/store.h"
#include "refusal/suite.h"
#include "refusal/target.h"
#include "refusal/utf8.h"

#define MAX_SHOWN_ERRORS 50

static volatile sig_atomic_t run_cancel;

static void on_sigint(int sig)
{
    (void)sig;
    if (run_cancel < 2)
        run_cancel++;
}

typedef struct run_cfg {
    const char *suite, *target_spec, *db, *run_name, *detector;
    const char *label; /* the suite as messages name it: its spec, or <stdin> */
    char spool[64];    /* --suite -: the temporary copy of stdin, else "" */
    int64_t limit;
    int skip_invalid, progress;
    rf_target_opts topts;
    rf_engine_opts eopts;
} run_cfg;

static int parse_opts(const cli_args *a, run_cfg *c)
{
    int64_t v;
    double dv;
    memset(c, 0, sizeof *c);
    rf_engine_opts_default(&c->eopts);
    c->suite = cli_str(a, OPT_run_suite, NULL);
    c->target_spec = cli_str(a, OPT_run_target, NULL);
    if (a->n_pos)
        return cli_usage_error(a, "unexpected argument '%s'", a->pos[0]);
    if (!c->suite || !*c->suite)
        return cli_usage_error(a, "--suite is required");
    c->label = c->suite;
    if (!c->target_spec || !*c->target_spec)
        return cli_usage_error(a, "--target is required");
    c->db = cli_db_path(a, OPT_run_db);
    c->run_name = cli_str(a, OPT_run_run, NULL);
    c->detector = cli_str(a, OPT_run_detector, NULL);
    c->skip_invalid = cli_has(a, OPT_run_skip_invalid);
    c->eopts.replay_turns = cli_has(a, OPT_run_replay_turns);
    c->eopts.ca_file = cli_str(a, OPT_run_ca_cert, NULL);
    if (c->eopts.ca_file && access(c->eopts.ca_file, R_OK) != 0)
        return cli_usage_error(a, "--ca-cert %s: cannot read the file", c->eopts.ca_file);
    c->progress =
        cli_has(a, OPT_run_progress) || (!cli_has(a, OPT_run_quiet) && isatty(STDERR_FILENO));
    if (cli_int(a, OPT_run_concurrency, 1, RF_ENGINE_MAX_CONCURRENCY, 16, &v))
        return RF_EXIT_USAGE;
    c->eopts.concurrency = (int)v;
    if (cli_double(a, OPT_run_rpm, 0, 1e9, 0, &c->eopts.rpm) ||
        cli_double(a, OPT_run_tpm, 0, 1e12, 0, &c->eopts.tpm) ||
        cli_double(a, OPT_run_timeout, 0.001, 86400, 120, &c->eopts.timeout_s))
        return RF_EXIT_USAGE;
    if (cli_int(a, OPT_run_retries, 0, 100, 4, &v))
        return RF_EXIT_USAGE;
    c->eopts.retries = (int)v;
    if (c->eopts.timeout_s < c->eopts.grace_s)
        c->eopts.grace_s = c->eopts.timeout_s;
    if (cli_int(a, OPT_run_limit, 1, INT64_MAX, 0, &c->limit))
        return RF_EXIT_USAGE;
    c->topts.base_url = cli_str(a, OPT_run_base_url, NULL);
    c->topts.system = cli_str(a, OPT_run_system, NULL);
    c->topts.stream = cli_has(a, OPT_run_stream);
    if (cli_double(a, OPT_run_temperature, 0, 2, 0, &dv))
        return RF_EXIT_USAGE;
    c->topts.temperature = dv;
    c->topts.has_temperature = cli_has(a, OPT_run_temperature);
    if (cli_int(a, OPT_run_max_tokens, 1, 1000000, 0, &c->topts.max_tokens) ||
        cli_int(a, OPT_run_seed, INT64_MIN, INT64_MAX, 0, &c->topts.seed))
        return RF_EXIT_USAGE;
    c->topts.has_seed = cli_has(a, OPT_run_seed);
    if (cli_int(a, OPT_run_logprobs, 1, 20, 0, &v))
        return RF_EXIT_USAGE;
    c->topts.logprobs = (int)v;
    c->topts.store_path = c->db;
    if (!strncmp(c->target_spec, "replay:", 7)) {
        if (c->eopts.replay_turns)
            return cli_usage_error(a, "--replay-turns: a replay: target has no model to talk to");
        if (c->run_name && !strcmp(c->run_name, c->target_spec + 7))
            return cli_usage_error(a, "--run %s: a run cannot replay itself", c->run_name);
    }
    return 0;
}

/* Items kept from pass 1 so that pass 2 need not parse the suite again;
 * abandoned (overflow) beyond ITEM_CACHE_BYTES so memory stays bounded. */
#define ITEM_CACHE_BYTES (24u << 20)

typedef struct item_cache {
    rf_item **items;
    long *lines;
    size_t n, cap, bytes;
    int overflow;
} item_cache;

static void cache_free(item_cache *ic)
{
    size_t i;
    for (i = 0; i < ic->n; i++)
        rf_item_free(ic->items[i]);
    rf_free(ic->items);
    rf_free(ic->lines);
    ic->items = NULL;
    ic->lines = NULL;
    ic->n = ic->cap = ic->bytes = 0;
}

/* Keep it (taking ownership) or free it when the cache is full. */
static void cache_add(item_cache *ic, rf_item *it, long line)
{
    size_t est = (it->json ? strlen(it->json) * 2 : 512) + 512;
    if (!ic->overflow && ic->n == ic->cap) {
        size_t ncap = ic->cap ? ic->cap * 2 : 1024;
        rf_item **ni = rf_realloc(ic->items, ncap * sizeof *ni);
        long *nl = ni ? rf_realloc(ic->lines, ncap * sizeof *nl) : NULL;
        if (ni)
            ic->items = ni;
        if (nl)
            ic->lines = nl;
        if (!ni || !nl)
            ic->overflow = 1;
        else
            ic->cap = ncap;
    }
    if (!ic->overflow && ic->bytes + est > ITEM_CACHE_BYTES)
        ic->overflow = 1;
    if (ic->overflow) {
        cache_free(ic);
        rf_item_free(it);
        return;
    }
    ic->bytes += est;
    ic->lines[ic->n] = line;
    ic->items[ic->n++] = it;
}

/* --suite -: copy stdin to a temporary JSONL file, since the suite is read
 * twice (validated, then stored). The copy is removed when run ends. */
static int spool_stdin(run_cfg *c)
{
    const char *dir = getenv("TMPDIR");
    char buf[1 << 16];
    size_t n;
    int fd, bad = 0;
    FILE *f;
    snprintf(c->spool, sizeof c->spool, "%s/refusal-stdin-XXXXXX.jsonl",
             dir && *dir && strlen(dir) < 32 ? dir : "/tmp");
    if ((fd = mkstemps(c->spool, 6)) < 0 || !(f = fdopen(fd, "w"))) {
        cli_error("--suite -: cannot create a temporary file in %s", dir && *dir ? dir : "/tmp");
        if (fd >= 0) {
            close(fd);
            unlink(c->spool);
        }
        c->spool[0] = '\0';
        return RF_EXIT_ERRORS;
    }
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
        bad |= fwrite(buf, 1, n, f) != n;
    bad |= ferror(stdin) != 0;
    bad |= fclose(f) != 0;
    if (bad) {
        cli_error("--suite -: cannot copy standard input to %s", c->spool);
        return RF_EXIT_ERRORS;
    }
    c->suite = c->spool;
    c->label = "<stdin>";
    return 0;
}

/* Pass 1: validate every line, count and hash the kept items. */
static int validate_suite(const run_cfg *c, int64_t *n_items, char *hash, char *name,
                          size_t name_len, item_cache *ic)
{
    rf_suite_reader *r = NULL;
    rf_item *it = NULL;
    char err[RF_ERR_LEN] = "";
    long bad = 0;
    rf_status st = rf_suite_open(c->suite, &r, err);
    *n_items = 0;
    if (st != RF_OK) {
        cli_status_error(st, err);
        return RF_EXIT_INPUT;
    }
    if (c->spool[0])
        rf_suite_relabel(r, c->label, "stdin");
    snprintf(name, name_len, "%s", rf_suite_name(r));
    for (;;) {
        err[0] = '\0';
        st = rf_suite_next(r, &it, err);
        if (st == RF_EPARSE) {
            if (++bad <= MAX_SHOWN_ERRORS)
                fprintf(stderr, "%s%s\n", err, c->skip_invalid ? " (skipped)" : "");
            continue;
        }
        if (st != RF_OK) {
            cli_status_error(st, err);
            rf_suite_close(r);
            return RF_EXIT_INPUT;
        }
        if (!it)
            break;
        if (!c->limit || *n_items < c->limit) {
            ++*n_items;
            snprintf(hash, 65, "%s", rf_suite_hash(r));
            cache_add(ic, it, rf_suite_line(r));
        } else {
            rf_item_free(it);
        }
    }
    rf_suite_close(r);
    if (bad > MAX_SHOWN_ERRORS)
        fprintf(stderr, "... and %ld more malformed lines\n", bad - MAX_SHOWN_ERRORS);
    if (bad && !c->skip_invalid) {
        cli_error("%s: %ld malformed line%s; nothing was sent (--skip-invalid loads the rest)",
                  c->label, bad, bad == 1 ? "" : "s");
        return RF_EXIT_INPUT;
    }
    if (bad)
        fprintf(stderr, "refusal: skipped %ld malformed line%s of %s\n", bad, bad == 1 ? "" : "s",
                c->label);
    if (*n_items == 0) {
        cli_error("%s: no items", c->label);
        return RF_EXIT_INPUT;
    }
    return 0;
}

/* Insert the cached items (pass 1 kept them all). */
static int insert_cached(const run_cfg *c, rf_store *db, int64_t run_id, const item_cache *ic)
{
    size_t i;
    rf_status st = RF_OK;
    for (i = 0; i < ic->n && st == RF_OK; i++) {
        st = rf_store_item_add(db, run_id, (int64_t)i, ic->items[i]);
        if (st == RF_EEXIST)
            fprintf(stderr, "%s:%ld: duplicate id '%s'\n", c->label, ic->lines[i],
                    ic->items[i]->id);
    }
    if (st == RF_EEXIST)
        return RF_EXIT_INPUT;
    if (st != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        return RF_EXIT_ERRORS;
    }
    return 0;
}

/* Pass 2: insert the kept items of the suite into run_id (inside the caller's
 * transaction), from the cache when pass 1 could keep them. */
static int insert_items(const run_cfg *c, rf_store *db, int64_t run_id, const item_cache *ic)
{
    rf_suite_reader *r = NULL;
    rf_item *it = NULL;
    char err[RF_ERR_LEN] = "";
    int64_t idx = 0;
    rf_status st;
    if (!ic->overflow)
        return insert_cached(c, db, run_id, ic);
    if ((st = rf_suite_open(c->suite, &r, err)) != RF_OK) {
        cli_status_error(st, err);
        return RF_EXIT_INPUT;
    }
    if (c->spool[0])
        rf_suite_relabel(r, c->label, "stdin");
    while (!c->limit || idx < c->limit) {
        err[0] = '\0';
        st = rf_suite_next(r, &it, err);
        if (st == RF_EPARSE)
            continue; /* reported by pass 1 */
        if (st != RF_OK || !it)
            break;
        st = rf_store_item_add(db, run_id, idx++, it);
        if (st == RF_EEXIST)
            fprintf(stderr, "%s:%ld: duplicate id '%s'\n", c->label, rf_suite_line(r), it->id);
        rf_item_free(it);
        if (st != RF_OK)
            break;
    }
    rf_suite_close(r);
    if (st == RF_EEXIST)
        return RF_EXIT_INPUT;
    if (st != RF_OK) {
        cli_status_error(st, err[0] ? err : rf_store_errmsg(db));
        return RF_EXIT_ERRORS;
    }
    return 0;
}

static char *params_json(const run_cfg *c, const rf_target *t)
{
    char *tp = rf_target_params_json(t), *s, *r = NULL;
    json_t *o = tp ? json_loads(tp, 0, NULL) : NULL;
    rf_free(tp);
    if (!o)
        return NULL;
    json_object_set_new(o, "concurrency", json_integer(c->eopts.concurrency));
    if (c->eopts.rpm > 0)
        json_object_set_new(o, "rpm", json_real(c->eopts.rpm));
    if (c->eopts.tpm > 0)
        json_object_set_new(o, "tpm", json_real(c->eopts.tpm));
    json_object_set_new(o, "timeout_s", json_real(c->eopts.timeout_s));
    json_object_set_new(o, "retries", json_integer(c->eopts.retries));
    if (c->limit)
        json_object_set_new(o, "limit", json_integer(c->limit));
    if (c->eopts.replay_turns)
        json_object_set_new(o, "replay_turns", json_true());
    s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
    json_decref(o);
    if (s) {
        r = rf_strdup(s);
        free(s);
    }
    return r;
}

/* 1 when two params objects agree on everything that shapes a request
 * (engine settings such as concurrency may differ). */
static int same_request_params(const char *a, const char *b)
{
    static const char *const engine_keys[] = {"concurrency", "rpm",     "tpm",
                                              "timeout_s",   "retries", NULL};
    json_t *ja = json_loads(a, 0, NULL), *jb = json_loads(b, 0, NULL);
    int i, same;
    for (i = 0; engine_keys[i]; i++) {
        json_object_del(ja, engine_keys[i]);
        json_object_del(jb, engine_keys[i]);
    }
    same = ja && jb && json_equal(ja, jb);
    json_decref(ja);
    json_decref(jb);
    return same;
}

/* Find an unfinished run of the same suite and target (newest first). */
static int find_resumable(rf_store *db, const char *target, const char *hash, char *name,
                          size_t len)
{
    rf_run_info *list = NULL;
    size_t n = 0, i;
    int found = 0;
    if (rf_store_runs(db, &list, &n) != RF_OK)
        return 0;
    for (i = n; i-- > 0;) {
        rf_run_info *ri = &list[i];
        if (!found && ri->target && !strcmp(ri->target, target) && ri->suite_hash &&
            !strcmp(ri->suite_hash, hash) && ri->status &&
            (!strcmp(ri->status, "running") || !strcmp(ri->status, "interrupted"))) {
            snprintf(name, len, "%s", ri->name);
            found = 1;
        }
    }
    for (i = 0; i < n; i++)
        rf_run_info_clear(&list[i]);
    rf_free(list);
    return found;
}

static void default_name(const char *suite, const char *target, char *out, size_t len)
{
    char ts[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(ts, sizeof ts, "%Y%m%dT%H%M%SZ", &tm);
    snprintf(out, len, "%s-%s-%s", suite, target, ts);
}

static void rollback(rf_store *db)
{
    if (rf_store_rollback(db) != RF_OK)
        cli_error("%s", rf_store_errmsg(db));
}

/* Resume the existing run ri (cleared here) after checking it matches. */
static int resume_run(const run_cfg *c, const rf_target *t, const char *hash, rf_run_info *ri,
                      int64_t *run_id)
{
    int same_t = ri->target && !strcmp(ri->target, rf_target_spec(t));
    int same_s = ri->suite_hash && !strcmp(ri->suite_hash, hash);
    char *params;
    if (!same_t || !same_s) {
        cli_error("run '%s' was made with %s %s; this command has %s %s. "
                  "Choose another --run name.",
                  ri->name, same_t ? "suite" : "target",
                  same_t ? (ri->suite_name ? ri->suite_name : "?") : ri->target,
                  same_t ? "a different suite (content hash)" : "target",
                  same_t ? "" : rf_target_spec(t));
        rf_run_info_clear(ri);
        return RF_EXIT_USAGE;
    }
    *run_id = ri->id;
    params = params_json(c, t);
    if (params && ri->params && !same_request_params(params, ri->params))
        fprintf(stderr,
                "refusal: warning: run %s was started with other parameters (%s); "
                "the rest is sent with %s\n",
                ri->name, ri->params, params);
    rf_free(params);
    fprintf(stderr, "refusal: resuming run %s (%lld of %lld answered, %lld errors)\n", ri->name,
            (long long)ri->n_responses, (long long)ri->n_items, (long long)ri->n_errors);
    rf_run_info_clear(ri);
    return 0;
}

/* Open or create the run; *run_id set. Returns 0 or an exit code. */
static int open_run(const run_cfg *c, rf_store *db, const rf_target *t, const char *suite_name,
                    const char *hash, int64_t n_items, int64_t *run_id, char *name, size_t len,
                    int *created, const item_cache *ic)
{
    rf_run_info ri;
    char *params;
    rf_status st;
    int rc, tries;
    memset(&ri, 0, sizeof ri);
    if (c->run_name)
        snprintf(name, len, "%s", c->run_name);
    if (c->run_name || find_resumable(db, rf_target_spec(t), hash, name, len)) {
        st = rf_store_run_get(db, name, &ri);
        if (st == RF_OK)
            return resume_run(c, t, hash, &ri, run_id);
        if (st != RF_ENOTFOUND) {
            cli_status_error(st, rf_store_errmsg(db));
            return RF_EXIT_ERRORS;
        }
    } else {
        default_name(suite_name, rf_target_spec(t), name, len);
    }
    if (!(params = params_json(c, t))) {
        cli_error("out of memory");
        return RF_EXIT_ERRORS;
    }
    memset(&ri, 0, sizeof ri);
    ri.target = rf_strdup(rf_target_spec(t));
    ri.suite_name = rf_strdup(suite_name);
    ri.suite_hash = rf_strdup(hash);
    ri.params = params;
    ri.tool_version = rf_strdup(RF_VERSION);
    ri.name = rf_strdup(name);
    for (tries = 0; tries < 100; tries++) {
        if ((st = rf_store_begin(db)) != RF_OK)
            break;
        st = rf_store_run_create(db, &ri, run_id);
        if (st == RF_EEXIST && !c->run_name) {
            rollback(db);
            default_name(suite_name, rf_target_spec(t), name, len - 8);
            snprintf(name + strlen(name), 8, "-%d", tries + 2);
            rf_free(ri.name);
            ri.name = rf_strdup(name);
            continue;
        }
        break;
    }
    rf_run_info_clear(&ri);
    if (st != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        rollback(db);
        return RF_EXIT_ERRORS;
    }
    if ((rc = insert_items(c, db, *run_id, ic)) != 0) {
        rollback(db);
        return rc;
    }
    if ((st = rf_store_commit(db)) != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        return RF_EXIT_ERRORS;
    }
    fprintf(stderr, "refusal: run %s: %lld items\n", name, (long long)n_items);
    *created = 1;
    return 0;
}

static void show_progress(void *ctx, const rf_engine_stats *s)
{
    double rate = s->elapsed_s > 0 ? (double)s->done / s->elapsed_s : 0;
    double eta = rate > 0 ? (double)(s->total - s->done) / rate : 0;
    (void)ctx;
    fprintf(stderr, "\r%lld/%lld  %.0f req/s  ETA %.0fs  errors %lld  refusals %lld   ",
            (long long)s->done, (long long)s->total, rate, eta, (long long)s->errors,
            (long long)s->refusals);
    fflush(stderr);
}

/* --- summary ----------------------------------------------------------------- */

#define MAX_GROUPS 256

typedef struct group {
    char name[96];
    int64_t n, refusal, partial, compliance, unclear, errors, missing;
} group;

typedef struct summary {
    group g[MAX_GROUPS];
    int n;
} summary;

static group *group_get(summary *s, const char *kind, const char *value)
{
    char name[96];
    int i;
    snprintf(name, sizeof name, "%s%s", kind, value ? value : "(none)");
    for (i = 0; i < s->n; i++)
        if (!strcmp(s->g[i].name, name))
            return &s->g[i];
    if (s->n == MAX_GROUPS)
        return NULL;
    memset(&s->g[s->n], 0, sizeof s->g[0]);
    snprintf(s->g[s->n].name, sizeof s->g[0].name, "%s", name);
    return &s->g[s->n++];
}

static void group_add(group *g, const char *status, const char *v)
{
    if (!g)
        return;
    if (!status) {
        g->missing++;
        return;
    }
    if (!strcmp(status, "error")) {
        g->errors++;
        return;
    }
    g->n++;
    if (!v)
        g->unclear++;
    else if (!strcmp(v, "refusal"))
        g->refusal++;
    else if (!strcmp(v, "partial"))
        g->partial++;
    else if (!strcmp(v, "compliance"))
        g->compliance++;
    else
        g->unclear++;
}

static void summary_add(summary *s, const rf_item *it, const char *status, const char *verdict)
{
    group_add(group_get(s, "all", ""), status, verdict);
    group_add(group_get(s, "label ", it->label), status, verdict);
    group_add(group_get(s, "category ", it->category), status, verdict);
}

static int summary_row(const rf_row *row, void *ctx)
{
    summary_add(ctx, row->item, row->resp.status, row->verdict.verdict);
    return 0;
}

/* Engine callback: tally as results arrive (a run sent whole in this call
 * needs no second read of the store). */
static void summary_result(void *ctx, const rf_item *it, const char *status, const char *verdict)
{
    summary_add(ctx, it, status, verdict);
}

static void print_rate(int64_t k, int64_t n)
{
    double lo, hi;
    if (n <= 0) {
        printf("  %-19s", "-");
        return;
    }
    rf_wilson(k, n, RF_Z95, &lo, &hi);
    printf("  %5.1f%% [%4.1f-%5.1f]", 100.0 * (double)k / (double)n, 100 * lo, 100 * hi);
}

static void print_group(const group *g)
{
    rf_buf name;
    rf_buf_init(&name, 256);
    if (rf_utf8_term_escape(&name, g->name, strlen(g->name), 0) != RF_OK)
        rf_buf_reset(&name);
    printf("%-30.30s %5lld", rf_buf_ptr(&name), (long long)g->n);
    print_rate(g->refusal, g->n);
    print_rate(g->partial, g->n);
    print_rate(g->compliance, g->n);
    printf("  %6lld\n", (long long)g->errors);
    rf_buf_free(&name);
}

static void print_headline(const char *what, int64_t k, int64_t n)
{
    double lo, hi;
    if (n <= 0)
        return;
    rf_wilson(k, n, RF_Z95, &lo, &hi);
    printf("%-48s %5.1f%%  95%% CI [%.1f, %.1f]  (%lld of %lld)\n", what,
           100.0 * (double)k / (double)n, 100 * lo, 100 * hi, (long long)k, (long long)n);
}

/* Print the table of s; when s is NULL, read every row of the run first. */
static int print_summary(rf_store *db, int64_t run_id, const char *name, const char *detector,
                         summary *tally)
{
    summary *s = tally ? tally : rf_calloc(1, sizeof *s);
    static const char *const kinds[3] = {"all", "label ", "category "};
    group *benign, *harmful;
    int i, k;
    rf_status st;
    if (!s)
        return -1;
    if (!tally && (st = rf_store_rows(db, run_id, detector, summary_row, s)) != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        rf_free(s);
        return -1;
    }
    printf("run %s (detector %s)\n\n", name, detector);
    printf("%-30s %5s  %-19s  %-19s  %-19s  %6s\n", "group", "n", "refusal % [95% CI]", "partial %",
           "compliance %", "errors");
    for (k = 0; k < 3; k++) {
        for (i = 0; i < s->n; i++)
            if (!strncmp(s->g[i].name, kinds[k], strlen(kinds[k])))
                print_group(&s->g[i]);
        if (k < 2)
            putchar('\n');
    }
    benign = group_get(s, "label ", "benign");
    harmful = group_get(s, "label ", "harmful");
    putchar('\n');
    if (benign)
        print_headline("OVER-REFUSAL (benign: refusal + partial)",
                       benign->refusal + benign->partial, benign->n);
    if (harmful)
        print_headline("SAFETY (harmful: refusal)", harmful->refusal, harmful->n);
    if (s->g[0].errors)
        printf("errors: %lld item%s failed after all retries (not counted as verdicts); "
               "rerun the same command to retry them\n",
               (long long)s->g[0].errors, s->g[0].errors == 1 ? "" : "s");
    if (s->g[0].missing)
        printf("not yet answered: %lld (rerun the same command to finish)\n",
               (long long)s->g[0].missing);
    if (!tally)
        rf_free(s);
    return 0;
}

static rf_detector *open_detector(const char *name)
{
    rf_detector *d = NULL;
    char err[RF_ERR_LEN] = "";
    rf_status st;
    if (name) {
        if ((st = rf_detector_open(name, NULL, &d, err)) != RF_OK)
            cli_status_error(st, err);
        return d;
    }
    if (rf_detector_open("auto", NULL, &d, err) == RF_OK)
        return d;
    err[0] = '\0';
    if ((st = rf_detector_open("strmatch", NULL, &d, err)) != RF_OK)
        cli_status_error(st, err);
    return d;
}

/* Mark the run finished, print the totals and the table; the exit code. */
static int finish_run(rf_store *db, int64_t run_id, const char *name, const rf_detector *d,
                      const rf_engine_stats *s, summary *tally)
{
    rf_run_info ri;
    rf_status st;
    int rc;
    memset(&ri, 0, sizeof ri);
    if ((st = rf_store_run_get(db, name, &ri)) != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        return RF_EXIT_ERRORS;
    }
    rc = s->interrupted ? RF_EXIT_INTR : ri.n_errors ? RF_EXIT_ERRORS : RF_EXIT_OK;
    rf_run_info_clear(&ri);
    if ((st = rf_store_run_finish(db, run_id,
                                  rc == RF_EXIT_INTR     ? "interrupted"
                                  : rc == RF_EXIT_ERRORS ? "errors"
                                                         : "done")) != RF_OK)
        cli_status_error(st, rf_store_errmsg(db));
    fprintf(stderr,
            "refusal: %lld sent in %.2fs (%.0f req/s): %lld ok, %lld blocked, %lld errors, "
            "%lld retries%s\n",
            (long long)s->done, s->elapsed_s,
            s->elapsed_s > 0 ? (double)s->done / s->elapsed_s : 0.0, (long long)s->ok,
            (long long)s->blocked, (long long)s->errors, (long long)s->retries,
            s->interrupted ? "; interrupted" : "");
    if (print_summary(db, run_id, name, rf_detector_name(d), tally) != 0 && rc == RF_EXIT_OK)
        rc = RF_EXIT_ERRORS;
    if (fflush(stdout) != 0 && rc == RF_EXIT_OK)
        rc = RF_EXIT_ERRORS;
    return rc;
}

int cmd_run(const cli_args *a)
{
    run_cfg c;
    rf_target *t = NULL;
    rf_store *db = NULL;
    rf_detector *d = NULL;
    rf_engine_stats stats;
    struct sigaction sa, old_sa;
    char err[RF_ERR_LEN] = "", hash[65] = "", suite_name[256] = "", name[512] = "";
    int64_t n_items = 0, run_id = 0;
    summary *tally = NULL;
    item_cache ic;
    int rc, created = 0;
    rf_status st;

    memset(&ic, 0, sizeof ic);
    if ((rc = parse_opts(a, &c)) != 0)
        return rc;
    if (!strcmp(c.suite, "-") && (rc = spool_stdin(&c)) != 0)
        goto out;
    if ((st = rf_target_open(c.target_spec, &c.topts, &t, err)) != RF_OK) {
        rc = cli_usage_error(a, "--target %s: %s", c.target_spec, err);
        goto out;
    }
    if ((rc = validate_suite(&c, &n_items, hash, suite_name, sizeof suite_name, &ic)) != 0)
        goto out;
    if (!(d = open_detector(c.detector))) {
        rc = c.detector ? RF_EXIT_USAGE : RF_EXIT_ERRORS;
        goto out;
    }
    if ((st = rf_store_open(c.db, 0, &db, err)) != RF_OK) {
        cli_status_error(st, err);
        rc = RF_EXIT_ERRORS;
        goto out;
    }
    if ((rc = open_run(&c, db, t, suite_name, hash, n_items, &run_id, name, sizeof name, &created,
                       &ic)) != 0)
        goto out;
    cache_free(&ic);
    if ((st = rf_store_run_set_detector(db, run_id, rf_detector_name(d))) != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        rc = RF_EXIT_ERRORS;
        goto out;
    }
    if (created && (tally = rf_calloc(1, sizeof *tally)) != NULL) {
        c.eopts.on_result = summary_result;
        c.eopts.result_ctx = tally;
    }

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_sa);
    c.eopts.cancel = &run_cancel;
    c.eopts.retry_errors = 1;
    if (c.progress)
        c.eopts.progress = show_progress;
    st = rf_engine_run(db, run_id, t, d, &c.eopts, &stats, err);
    sigaction(SIGINT, &old_sa, NULL);
    if (c.progress)
        fputc('\n', stderr);
    if (st != RF_OK) {
        cli_status_error(st, err);
        rc = RF_EXIT_ERRORS;
        if (rf_store_run_finish(db, run_id, "interrupted") != RF_OK)
            cli_error("%s", rf_store_errmsg(db));
        goto out;
    }
    rc = finish_run(db, run_id, name, d, &stats, stats.interrupted ? NULL : tally);
out:
    cache_free(&ic);
    rf_free(tally);
    rf_detector_close(d);
    rf_store_close(db);
    rf_target_close(t);
    if (c.spool[0])
        unlink(c.spool);
    return rc;
}
