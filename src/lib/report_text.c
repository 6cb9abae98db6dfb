/*
 * report_text.c - the terminal table, Markdown and CSV report writers.
 *
 * Table/Markdown layout (one block per section, runs side by side as rows):
 *
 *   section          rows                      columns
 *   ---------------- ------------------------- ------------------------------
 *   summary          one per run               run, items, judged, errors,
 *                                              unjudged, benign n, over-refusal,
 *                                              full refusal, harmful n, safety,
 *                                              attack success, partial, unclear
 *   words            one per run               average words per verdict
 *   by DIM (--by)    one per group x run       group, [run,] n, the rates
 *   benchmarks       one line per score        FORTRESS, CoCoNot, SafeEraser,
 *                                              X-Boundary, RMCBench, EvoRefuse,
 *                                              Spearman across runs
 *
 * Every rate is "12.3% [8.1-18.0]" (95% Wilson). When the table is wider than
 * opts.width the intervals are dropped, then the first column is cut with an
 * ellipsis. Colour (bold headers) only when opts.color.
 *
 * CSV: one row per run x breakdown group (by = "all" for the whole run), rates
 * as fractions with ci_low/ci_high columns, empty when undefined.
 */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "report_int.h"

#define TT_MAXCOL 16

typedef struct ttab {
    int ncols;
    const char *hdr[TT_MAXCOL];
    char **cells; /* terminal-clean strings, row-major */
    size_t nrows, cap;
    int oom;
} ttab;

static void tt_init(ttab *t, int ncols, const char *const *hdr)
{
    int i;
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
    for (i = 0; i < ncols; i++)
        t->hdr[i] = hdr[i];
}

static void tt_free(ttab *t)
{
    size_t i;
    for (i = 0; i < t->nrows * (size_t)t->ncols; i++)
        rf_free(t->cells[i]);
    rf_free(t->cells);
}

/* Append a row of ncols strings (copied, terminal-cleaned). */
static void tt_row(ttab *t, const char *const *v)
{
    int i;
    rep_out tmp;
    if (t->oom)
        return;
    if (t->nrows == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 16;
        char **n = rf_realloc(t->cells, nc * (size_t)t->ncols * sizeof *n);
        if (!n) {
            t->oom = 1;
            return;
        }
        t->cells = n;
        t->cap = nc;
    }
    for (i = 0; i < t->ncols; i++) {
        rf_buf_init(&tmp.b, REP_BUF_MAX);
        tmp.st = RF_OK;
        tmp.f = NULL;
        rep_term(&tmp, v[i] ? v[i] : "", 0);
        t->cells[t->nrows * (size_t)t->ncols + (size_t)i] = rf_buf_take(&tmp.b, NULL);
        if (!t->cells[t->nrows * (size_t)t->ncols + (size_t)i])
            t->oom = 1;
    }
    t->nrows++;
}

static size_t tt_widths(const ttab *t, size_t *w)
{
    size_t r, total = 0;
    int c;
    for (c = 0; c < t->ncols; c++) {
        w[c] = rep_cols(t->hdr[c]);
        for (r = 0; r < t->nrows; r++) {
            const char *s = t->cells[r * (size_t)t->ncols + (size_t)c];
            size_t k = s ? rep_cols(s) : 0;
            if (k > w[c])
                w[c] = k;
        }
        total += w[c] + (c ? 2 : 0);
    }
    return total;
}

static void pad(rep_out *o, size_t n)
{
    while (n--)
        rep_putn(o, " ", 1);
}

static void tt_cell(rep_out *o, const char *s, size_t w, int right, int last)
{
    size_t k = rep_cols(s);
    if (k > w) { /* only the first column is ever cut */
        rep_term(o, s, w);
        k = w;
    } else {
        if (right)
            pad(o, w - k);
        rep_puts(o, s);
    }
    if (!right && !last)
        pad(o, w - k);
}

static void tt_print(const ttab *t, rep_out *o, int md, int color, int width)
{
    size_t w[TT_MAXCOL], total = tt_widths(t, w), r;
    int c;
    if (!md && width > 0 && total > (size_t)width && w[0] > 8)
        w[0] = w[0] - (total - (size_t)width) > 8 ? w[0] - (total - (size_t)width) : 8;
    if (md) {
        rep_puts(o, "|");
        for (c = 0; c < t->ncols; c++) {
            rep_puts(o, " ");
            rep_md(o, t->hdr[c]);
            rep_puts(o, " |");
        }
        rep_puts(o, "\n|");
        for (c = 0; c < t->ncols; c++)
            rep_puts(o, c ? "---:|" : "---|");
        rep_puts(o, "\n");
        for (r = 0; r < t->nrows; r++) {
            rep_puts(o, "|");
            for (c = 0; c < t->ncols; c++) {
                rep_puts(o, " ");
                rep_md(o, t->cells[r * (size_t)t->ncols + (size_t)c]);
                rep_puts(o, " |");
            }
            rep_puts(o, "\n");
        }
        rep_puts(o, "\n");
        return;
    }
    if (color)
        rep_puts(o, "\033[1m");
    for (c = 0; c < t->ncols; c++) {
        if (c)
            rep_puts(o, "  ");
        tt_cell(o, t->hdr[c], w[c], c > 0, c == t->ncols - 1);
    }
    rep_puts(o, color ? "\033[0m\n" : "\n");
    for (r = 0; r < t->nrows; r++) {
        for (c = 0; c < t->ncols; c++) {
            if (c)
                rep_puts(o, "  ");
            tt_cell(o, t->cells[r * (size_t)t->ncols + (size_t)c], w[c], c > 0, c == t->ncols - 1);
        }
        rep_puts(o, "\n");
    }
    rep_puts(o, "\n");
}

static void title(rep_out *o, int md, int color, const char *s)
{
    if (md)
        rep_printf(o, "### %s\n\n", s);
    else if (color)
        rep_printf(o, "\033[1;36m%s\033[0m\n", s);
    else
        rep_printf(o, "%s\n", s);
}

/* ---- sections ---------------------------------------------------------- */

typedef struct cellbuf {
    char s[TT_MAXCOL][64];
    const char *v[TT_MAXCOL];
} cellbuf;

static void rate_cell(char *buf, const rf_rate *r, int ci)
{
    if (ci)
        rep_fmt_rate(buf, 64, r);
    else
        rep_fmt_pct(buf, 64, r->n > 0 ? r->rate : NAN);
}

/* Fill cells k.. with: n, over-refusal, full refusal, safety, ASR, partial,
 * unclear, errors, unjudged. Returns the next index. */
static int rate_cells(cellbuf *cb, int k, const rf_tally *t, int ci)
{
    rf_rate r[6];
    int i;
    r[0] = rf_tally_over_refusal(t);
    r[1] = rf_tally_full_refusal(t);
    r[2] = rf_tally_safety(t);
    r[3] = rf_tally_attack_success(t);
    r[4] = rf_tally_kind_rate(t, RF_VK_PARTIAL);
    r[5] = rf_tally_kind_rate(t, RF_VK_UNCLEAR);
    snprintf(cb->s[k++], 64, "%lld", (long long)rf_tally_judged(t, RF_LK_COUNT));
    for (i = 0; i < 6; i++)
        rate_cell(cb->s[k++], &r[i], ci);
    snprintf(cb->s[k++], 64, "%lld", (long long)t->errors);
    snprintf(cb->s[k++], 64, "%lld", (long long)t->unjudged);
    return k;
}

static const char *const rate_hdr[] = {"n",       "over-refusal",   "full refusal",
                                       "safety",  "attack success", "partial",
                                       "unclear", "errors",         "unjudged"};

/* Compact headers for a narrow terminal (intervals dropped too). */
static const char *const rate_hdr_short[] = {"n",       "over-ref", "full-ref", "safety", "ASR",
                                             "partial", "unclear",  "err",      "unj"};

static void cb_link(cellbuf *cb)
{
    int i;
    for (i = 0; i < TT_MAXCOL; i++)
        cb->v[i] = cb->s[i];
}

static void build_summary(const rf_report *r, ttab *t, int ci)
{
    const char *hdr[TT_MAXCOL];
    cellbuf cb;
    size_t i;
    int k;
    hdr[0] = "run";
    for (k = 0; k < 9; k++)
        hdr[1 + k] = ci ? rate_hdr[k] : rate_hdr_short[k];
    hdr[10] = ci ? "pending" : "pend";
    tt_init(t, 11, hdr);
    cb_link(&cb);
    for (i = 0; i < r->n_runs; i++) {
        snprintf(cb.s[0], 64, "%s", r->runs[i].info.name ? r->runs[i].info.name : "?");
        k = rate_cells(&cb, 1, &r->runs[i].all, ci);
        snprintf(cb.s[k], 64, "%lld", (long long)r->runs[i].all.pending);
        tt_row(t, cb.v);
    }
}

static void build_dim(const rf_report *r, ttab *t, rf_dim d, int ci)
{
    const char *hdr[TT_MAXCOL];
    cellbuf cb;
    size_t i, g;
    int k, multi = r->n_runs > 1, nc = 0;
    hdr[nc++] = rf_dim_name(d);
    if (multi)
        hdr[nc++] = "run";
    for (k = 0; k < 9; k++)
        hdr[nc++] = ci ? rate_hdr[k] : rate_hdr_short[k];
    tt_init(t, nc, hdr);
    cb_link(&cb);
    /* groups in the order of the first run that has them: walk every run */
    for (i = 0; i < r->n_runs; i++)
        for (g = 0; g < r->runs[i].dim[d].n; g++) {
            const rep_group *gr = &r->runs[i].dim[d].g[g];
            size_t j, prev;
            int seen = 0;
            for (prev = 0; prev < i && !seen; prev++)
                for (j = 0; j < r->runs[prev].dim[d].n && !seen; j++)
                    seen = strcmp(r->runs[prev].dim[d].g[j].key, gr->key) == 0;
            if (seen)
                continue;
            for (j = i; j < r->n_runs; j++) {
                size_t h;
                const rf_tally *tt = NULL;
                for (h = 0; h < r->runs[j].dim[d].n && !tt; h++)
                    if (strcmp(r->runs[j].dim[d].g[h].key, gr->key) == 0)
                        tt = &r->runs[j].dim[d].g[h].t;
                if (!tt)
                    continue;
                k = 0;
                snprintf(cb.s[k++], 64, "%s", gr->key);
                if (multi)
                    snprintf(cb.s[k++], 64, "%s", r->runs[j].info.name);
                rate_cells(&cb, k, tt, ci);
                tt_row(t, cb.v);
            }
        }
}

static void build_words(const rf_report *r, ttab *t)
{
    static const char *const hdr[] = {"run", "compliance", "refusal", "partial", "unclear"};
    cellbuf cb;
    size_t i;
    int v;
    tt_init(t, 5, hdr);
    cb_link(&cb);
    for (i = 0; i < r->n_runs; i++) {
        snprintf(cb.s[0], 64, "%s", r->runs[i].info.name);
        for (v = 0; v < RF_VK_JUDGED_COUNT; v++) {
            double a = rf_tally_avg_words(&r->runs[i].all, (rf_vkind)v);
            if (isnan(a))
                snprintf(cb.s[1 + v], 64, "-");
            else
                snprintf(cb.s[1 + v], 64, "%.1f", a);
        }
        tt_row(t, cb.v);
    }
}

/* Build with intervals; rebuild without them when too wide for the terminal. */
static void section(const rf_report *r, rep_out *o, int md, const char *name,
                    void (*build)(const rf_report *, ttab *, int), int dim)
{
    ttab t;
    size_t w[TT_MAXCOL];
    const rf_report_opts *op = &r->o;
    title(o, md, op->color, name);
    if (dim >= 0)
        build_dim(r, &t, (rf_dim)dim, 1);
    else
        build(r, &t, 1);
    if (!md && op->width > 0 && tt_widths(&t, w) > (size_t)op->width) {
        tt_free(&t);
        if (dim >= 0)
            build_dim(r, &t, (rf_dim)dim, 0);
        else
            build(r, &t, 0);
    }
    if (t.oom) { /* cells may be missing: print nothing */
        if (o->st == RF_OK)
            o->st = RF_ENOMEM;
    } else {
        tt_print(&t, o, md, op->color, op->width);
    }
    tt_free(&t);
}

static void words_build(const rf_report *r, ttab *t, int ci)
{
    (void)ci;
    build_words(r, t);
}

static void bench_line(rep_out *o, int md, const char *run, const char *fmt, ...) RF_PRINTF(4, 5);

static void bench_line(rep_out *o, int md, const char *run, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    rep_puts(o, md ? "- " : "  ");
    if (md)
        rep_md(o, run);
    else
        rep_term(o, run, 40);
    rep_puts(o, ": ");
    if (md) /* the line holds suite text (scenario, detector names): escape it */
        rep_md(o, line);
    else
        rep_term(o, line, 0);
    rep_puts(o, "\n");
}

static void benchmarks(const rf_report *r, rep_out *o, int md)
{
    size_t i, g, used;
    char a[64], b[64];
    double rho;
    title(o, md, r->o.color, "benchmark scores");
    for (i = 0; i < r->n_runs; i++) {
        const rep_run *run = &r->runs[i];
        const char *nm = run->info.name;
        rf_rate tw = rf_tally_over_refusal(&run->twins);
        if (run->rubric_items > 0)
            bench_line(
                o, md, nm,
                "FORTRESS ARS %s (%lld of %lld rubric prompts judged, %d judges)"
                ", ORS %s",
                run->ars_n
                    ? (snprintf(a, sizeof a, "%.1f", 100.0 * run->ars_sum / (double)run->ars_n), a)
                    : "-",
                (long long)run->ars_n, (long long)run->rubric_items, run->n_judges,
                tw.n ? (snprintf(b, sizeof b, "%.1f", 100.0 * tw.rate), b) : "-");
        if (rf_tally_judged(&run->all, RF_LK_BENIGN) && rf_tally_judged(&run->all, RF_LK_HARMFUL)) {
            const int64_t *h = run->all.cnt[RF_LK_HARMFUL], *bn = run->all.cnt[RF_LK_BENIGN];
            double f1 =
                rf_f1(h[RF_VK_REFUSAL] + h[RF_VK_PARTIAL], bn[RF_VK_REFUSAL] + bn[RF_VK_PARTIAL],
                      h[RF_VK_COMPLIANCE] + h[RF_VK_UNCLEAR]);
            rep_fmt_rate(a, sizeof a, &tw);
            bench_line(o, md, nm,
                       "CoCoNot F1 (should refuse = positive) %.3f, contrast-set "
                       "refusal %s",
                       f1, a);
        }
        if (rf_tally_judged(&run->all, RF_LK_BENIGN)) {
            rf_rate s = rf_tally_sarr(&run->all);
            rep_fmt_rate(a, sizeof a, &s);
            bench_line(o, md, nm, "SafeEraser SARR %s", a);
        }
        if (run->mt_n) {
            rf_rate m = rf_rate_make(run->mt_success, run->mt_n), s = rf_tally_sarr(&run->all);
            rep_fmt_rate(a, sizeof a, &m);
            rep_fmt_rate(b, sizeof b, &s);
            bench_line(o, md, nm,
                       "X-Boundary multi-turn attack success %s, over-refusal "
                       "(refusal+gibberish) %s",
                       a, b);
        }
        for (g = 0; g < run->rmc.n; g++) {
            const char *key = run->rmc.g[g].key, *sep = strchr(key, '\037');
            rf_rate rr = rf_tally_refused(&run->rmc.g[g].t);
            rep_fmt_rate(a, sizeof a, &rr);
            bench_line(o, md, nm, "RMCBench %.*s level %s refusal %s",
                       (int)(sep ? sep - key : (long)strlen(key)), key, sep ? sep + 1 : "?", a);
        }
        for (g = 0; g < run->dets.n; g++) {
            rf_rate dr = rf_tally_refused(&run->dets.g[g].t);
            rep_fmt_rate(a, sizeof a, &dr);
            bench_line(o, md, nm, "detector %.60s: refused %s of %lld judged", run->dets.g[g].key,
                       a, (long long)dr.n);
        }
        if (run->n_tokens > 0)
            bench_line(o, md, nm,
                       "prompt lexical diversity: MSTTR %.3f, HD-D %.3f, MTLD %.1f "
                       "(%lld tokens)",
                       run->msttr, run->hdd, run->mtld, (long long)run->n_tokens);
    }
    rho = rep_spearman(r->runs, r->n_runs, &used);
    if (!isnan(rho))
        rep_printf(o, "%sSpearman(safety, over-refusal) across %zu runs: %.3f\n", md ? "- " : "  ",
                   used, rho);
    rep_puts(o, "\n");
}

rf_status rep_write_table(rf_report *r, rep_out *o, int md)
{
    int d;
    size_t i;
    if (md)
        rep_puts(o, "## Refusal report\n\n");
    for (i = 0; i < r->n_runs; i++) {
        const rf_run_info *ri = &r->runs[i].info;
        rep_puts(o, md ? "- run " : "run ");
        if (md)
            rep_md(o, ri->name);
        else
            rep_term(o, ri->name, 60);
        rep_puts(o, ": target ");
        if (md)
            rep_md(o, ri->target ? ri->target : "?");
        else
            rep_term(o, ri->target ? ri->target : "?", 60);
        rep_puts(o, ", suite ");
        if (md)
            rep_md(o, ri->suite_name ? ri->suite_name : "?");
        else
            rep_term(o, ri->suite_name ? ri->suite_name : "?", 60);
        rep_printf(o, ", %lld items\n", (long long)ri->n_items);
    }
    rep_puts(o, md ? "- detector: " : "detector: ");
    if (!r->detector)
        rep_puts(o, "the run's own detector (else the latest verdict per item)");
    else if (md)
        rep_md(o, r->detector);
    else
        rep_term(o, r->detector, 60);
    rep_puts(o, "\n");
    rep_puts(o, "\n");
    section(r, o, md, "summary (rates with 95% Wilson intervals)", build_summary, -1);
    section(r, o, md, "average response length (words) per verdict", words_build, -1);
    for (d = 0; d < RF_DIM_COUNT; d++)
        if (r->o.by & (1u << d)) {
            char name[64];
            snprintf(name, sizeof name, "by %s", rf_dim_name((rf_dim)d));
            section(r, o, md, name, NULL, d);
        }
    benchmarks(r, o, md);
    return RF_OK;
}

/* ---- CSV ---------------------------------------------------------------- */

static void csv_num(rep_out *o, double v)
{
    if (isnan(v))
        rep_puts(o, ",");
    else
        rep_printf(o, ",%.6f", v);
}

static void csv_rate(rep_out *o, rf_rate r)
{
    csv_num(o, r.rate);
    csv_num(o, r.lo);
    csv_num(o, r.hi);
}

static void csv_group(rep_out *o, const char *run, const char *by, const char *key,
                      const rf_tally *t)
{
    int v;
    rep_csv(o, run);
    rep_puts(o, ",");
    rep_csv(o, by);
    rep_puts(o, ",");
    rep_csv(o, key);
    rep_printf(o, ",%lld,%lld,%lld,%lld,%lld", (long long)rf_tally_rows(t),
               (long long)rf_tally_judged(t, RF_LK_COUNT), (long long)t->errors,
               (long long)t->unjudged, (long long)t->pending);
    for (v = 0; v < RF_VK_JUDGED_COUNT; v++)
        rep_printf(o, ",%lld", (long long)(t->cnt[0][v] + t->cnt[1][v] + t->cnt[2][v]));
    rep_printf(o, ",%lld", (long long)rf_tally_judged(t, RF_LK_BENIGN));
    csv_rate(o, rf_tally_over_refusal(t));
    csv_rate(o, rf_tally_full_refusal(t));
    rep_printf(o, ",%lld", (long long)rf_tally_judged(t, RF_LK_HARMFUL));
    csv_rate(o, rf_tally_safety(t));
    csv_rate(o, rf_tally_attack_success(t));
    csv_rate(o, rf_tally_kind_rate(t, RF_VK_PARTIAL));
    csv_rate(o, rf_tally_kind_rate(t, RF_VK_UNCLEAR));
    for (v = 0; v < RF_VK_JUDGED_COUNT; v++)
        csv_num(o, rf_tally_avg_words(t, (rf_vkind)v));
    rep_puts(o, "\r\n");
}

rf_status rep_write_csv(rf_report *r, rep_out *o)
{
    size_t i, g;
    int d;
    rep_puts(o, "run,by,group,rows,judged,errors,unjudged,pending,compliance,refusal,partial,"
                "unclear,benign_n,over_refusal,over_refusal_ci_low,over_refusal_ci_high,"
                "full_refusal,full_refusal_ci_low,full_refusal_ci_high,harmful_n,safety,"
                "safety_ci_low,safety_ci_high,attack_success,attack_success_ci_low,"
                "attack_success_ci_high,partial_rate,partial_rate_ci_low,partial_rate_ci_high,"
                "unclear_rate,unclear_rate_ci_low,unclear_rate_ci_high,words_compliance,"
                "words_refusal,words_partial,words_unclear\r\n");
    for (i = 0; i < r->n_runs; i++) {
        const rep_run *run = &r->runs[i];
        csv_group(o, run->info.name, "all", "", &run->all);
        for (d = 0; d < RF_DIM_COUNT; d++)
            if (r->o.by & (1u << d))
                for (g = 0; g < run->dim[d].n; g++)
                    csv_group(o, run->info.name, rf_dim_name((rf_dim)d), run->dim[d].g[g].key,
                              &run->dim[d].g[g].t);
    }
    return RF_OK;
}
