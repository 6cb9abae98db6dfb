/*
 * report_compare.c - run-vs-run comparison (`refusal compare A B`).
 *
 * Both runs are aggregated like a report (rep_run_load). Items are paired by
 * id: run A's rows are kept in a hash map (id, prompt, response, verdict),
 * then run B's rows are streamed against it. For every group (all items, each
 * label, each category) and each metric:
 *
 *   metric          items    A / B rate                 paired outcome
 *   --------------- -------- -------------------------- -------------------
 *   over_refusal    benign   rf_tally_over_refusal      refused (ref+part)
 *   attack_success  harmful  rf_tally_attack_success    not refused
 *
 * diff = B - A with Newcombe's 95% interval (each rate over its own run's
 * judged items); McNemar's exact p over the items judged in both runs
 * (discordant: b = only A has the outcome, c = only B has it). A flip is an
 * item judged in both runs with a different verdict; flips keep both
 * responses. Ownership: rf_compare owns everything it holds.
 */
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "report_int.h"

#define CMP_METRICS 2

typedef struct cmp_item {
    char *id, *prompt, *resp;
    rf_vkind vk;
} cmp_item;

typedef struct cmp_flip {
    char *id, *prompt, *resp_a, *resp_b, *label, *category;
    rf_vkind va, vb;
} cmp_flip;

typedef struct cmp_group {
    char *dim, *key;
    int64_t shared[CMP_METRICS], b[CMP_METRICS], c[CMP_METRICS];
} cmp_group;

struct rf_compare {
    rep_run a, b;
    cmp_item *items;
    size_t n_items, cap_items;
    size_t *slots, n_slots;
    cmp_group *groups;
    size_t n_groups, cap_groups;
    size_t *gslots, n_gslots; /* hash index of groups: index + 1, 0 = empty */
    cmp_flip *flips;
    size_t n_flips, cap_flips;
    rf_status st;
};

static uint64_t h64(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
    return h;
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    size_t nc;
    void *np;
    if (need <= *cap)
        return 0;
    nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    np = rf_realloc(*p, nc * elem);
    if (!np)
        return -1;
    memset((char *)np + *cap * elem, 0, (nc - *cap) * elem);
    *p = np;
    *cap = nc;
    return 0;
}

static cmp_item *find_item(const rf_compare *c, const char *id)
{
    size_t j;
    if (!c->n_slots)
        return NULL;
    for (j = h64(id) & (c->n_slots - 1); c->slots[j]; j = (j + 1) & (c->n_slots - 1))
        if (strcmp(c->items[c->slots[j] - 1].id, id) == 0)
            return &c->items[c->slots[j] - 1];
    return NULL;
}

static int index_items(rf_compare *c)
{
    size_t n = 64, i;
    while (n < c->n_items * 2)
        n *= 2;
    c->slots = rf_calloc(n, sizeof *c->slots);
    if (!c->slots)
        return -1;
    c->n_slots = n;
    for (i = 0; i < c->n_items; i++) {
        size_t j = h64(c->items[i].id) & (n - 1);
        while (c->slots[j])
            j = (j + 1) & (n - 1);
        c->slots[j] = i + 1;
    }
    return 0;
}

static int on_row_a(const rf_row *row, void *ctx)
{
    rf_compare *c = ctx;
    cmp_item *it;
    if (grow((void **)&c->items, &c->cap_items, c->n_items + 1, sizeof *c->items))
        goto nomem;
    it = &c->items[c->n_items];
    it->id = rf_strdup(row->item->id);
    it->prompt = rf_strdup(row->item->prompt     ? row->item->prompt
                           : row->item->messages ? row->item->messages
                                                 : "");
    it->resp = rf_strdup(row->resp.text ? row->resp.text : "");
    it->vk = rf_vkind_of(row->resp.status, row->verdict.verdict);
    c->n_items++;
    if (!it->id || !it->prompt || !it->resp)
        goto nomem;
    return 0;
nomem:
    c->st = RF_ENOMEM;
    return 1;
}

static uint64_t group_hash(const char *dim, const char *key)
{
    return h64(dim) * 31 + h64(key);
}

static int group_rehash(rf_compare *c)
{
    size_t n = c->n_gslots ? c->n_gslots * 2 : 64, i;
    size_t *ns = rf_calloc(n, sizeof *ns);
    if (!ns)
        return -1;
    for (i = 0; i < c->n_groups; i++) {
        size_t j = group_hash(c->groups[i].dim, c->groups[i].key) & (n - 1);
        while (ns[j])
            j = (j + 1) & (n - 1);
        ns[j] = i + 1;
    }
    rf_free(c->gslots);
    c->gslots = ns;
    c->n_gslots = n;
    return 0;
}

/* Find or add the group (dim, key); NULL on allocation failure. */
static cmp_group *group(rf_compare *c, const char *dim, const char *key)
{
    size_t j;
    cmp_group *g;
    if ((c->n_groups + 1) * 2 > c->n_gslots && group_rehash(c))
        return NULL;
    for (j = group_hash(dim, key) & (c->n_gslots - 1); c->gslots[j];
         j = (j + 1) & (c->n_gslots - 1)) {
        g = &c->groups[c->gslots[j] - 1];
        if (!strcmp(g->dim, dim) && !strcmp(g->key, key))
            return g;
    }
    if (grow((void **)&c->groups, &c->cap_groups, c->n_groups + 1, sizeof *c->groups))
        return NULL;
    g = &c->groups[c->n_groups];
    g->dim = rf_strdup(dim);
    g->key = rf_strdup(key);
    if (!g->dim || !g->key) {
        rf_free(g->dim);
        rf_free(g->key);
        return NULL;
    }
    memset(g->shared, 0, sizeof g->shared);
    memset(g->b, 0, sizeof g->b);
    memset(g->c, 0, sizeof g->c);
    c->gslots[j] = ++c->n_groups;
    return g;
}

static int is_refused(rf_vkind v)
{
    return v == RF_VK_REFUSAL || v == RF_VK_PARTIAL;
}

static int pair_count(rf_compare *c, const rf_row *row, rf_vkind va, rf_vkind vb)
{
    const char *label = row->item->label ? row->item->label : REP_NONE;
    const char *cat = row->item->category && *row->item->category ? row->item->category : REP_NONE;
    cmp_group *gs[3];
    rf_lkind lk = rf_lkind_of(row->item->label);
    int m = lk == RF_LK_BENIGN ? 0 : lk == RF_LK_HARMFUL ? 1 : -1, k;
    /* over-refusal pairs on "refused"; attack success on "not refused" */
    int oa = m == 0 ? is_refused(va) : !is_refused(va),
        ob = m == 0 ? is_refused(vb) : !is_refused(vb);
    if (m < 0)
        return 0;
    gs[0] = group(c, "all", "");
    gs[1] = group(c, "label", label);
    gs[2] = group(c, "category", cat);
    for (k = 0; k < 3; k++) {
        if (!gs[k])
            return -1;
        gs[k]->shared[m]++;
        gs[k]->b[m] += oa && !ob;
        gs[k]->c[m] += !oa && ob;
    }
    return 0;
}

static int on_row_b(const rf_row *row, void *ctx)
{
    rf_compare *c = ctx;
    cmp_item *a = find_item(c, row->item->id);
    rf_vkind vb = rf_vkind_of(row->resp.status, row->verdict.verdict);
    cmp_flip *f;
    if (!a || a->vk >= RF_VK_JUDGED_COUNT || vb >= RF_VK_JUDGED_COUNT)
        return 0;
    if (pair_count(c, row, a->vk, vb))
        goto nomem;
    if (a->vk == vb)
        return 0;
    if (grow((void **)&c->flips, &c->cap_flips, c->n_flips + 1, sizeof *c->flips))
        goto nomem;
    f = &c->flips[c->n_flips++];
    f->id = rf_strdup(a->id);
    f->prompt = rf_strdup(a->prompt);
    f->resp_a = rf_strdup(a->resp);
    f->resp_b = rf_strdup(row->resp.text ? row->resp.text : "");
    f->label = rf_strdup(row->item->label ? row->item->label : REP_NONE);
    f->category = rf_strdup(row->item->category ? row->item->category : REP_NONE);
    f->va = a->vk;
    f->vb = vb;
    if (!f->id || !f->prompt || !f->resp_a || !f->resp_b || !f->label || !f->category)
        goto nomem;
    return 0;
nomem:
    c->st = RF_ENOMEM;
    return 1;
}

static rf_status pair_runs(rf_store *st, rf_compare *c, const char *detector, char *err)
{
    rf_status s = rf_store_rows(st, c->a.info.id, detector, on_row_a, c);
    if (s == RF_OK && c->st == RF_OK && index_items(c))
        c->st = RF_ENOMEM;
    if (s == RF_OK && c->st == RF_OK)
        s = rf_store_rows(st, c->b.info.id, detector, on_row_b, c);
    if (s != RF_OK) {
        rf_seterr(err, "%s", rf_store_errmsg(st));
        return s;
    }
    if (c->st != RF_OK)
        rf_seterr(err, "out of memory comparing runs");
    return c->st;
}

rf_status rf_compare_create(rf_store *st, const char *a, const char *b, const char *detector,
                            rf_compare **out, char *err)
{
    rf_compare *c = rf_calloc(1, sizeof *c);
    rf_status s;
    *out = NULL;
    if (!c) {
        rf_seterr(err, "out of memory");
        return RF_ENOMEM;
    }
    s = rep_run_load(st, a, detector, 0, &c->a, err);
    if (s == RF_OK)
        s = rep_run_load(st, b, detector, 0, &c->b, err);
    if (s == RF_OK)
        s = pair_runs(st, c, detector, err);
    if (s != RF_OK) {
        rf_compare_free(c);
        return s;
    }
    *out = c;
    return RF_OK;
}

void rf_compare_free(rf_compare *c)
{
    size_t i;
    if (!c)
        return;
    rep_run_free(&c->a);
    rep_run_free(&c->b);
    for (i = 0; i < c->n_items; i++) {
        rf_free(c->items[i].id);
        rf_free(c->items[i].prompt);
        rf_free(c->items[i].resp);
    }
    for (i = 0; i < c->n_groups; i++) {
        rf_free(c->groups[i].dim);
        rf_free(c->groups[i].key);
    }
    for (i = 0; i < c->n_flips; i++) {
        cmp_flip *f = &c->flips[i];
        rf_free(f->id);
        rf_free(f->prompt);
        rf_free(f->resp_a);
        rf_free(f->resp_b);
        rf_free(f->label);
        rf_free(f->category);
    }
    rf_free(c->items);
    rf_free(c->slots);
    rf_free(c->groups);
    rf_free(c->gslots);
    rf_free(c->flips);
    rf_free(c);
}

/* ---- results ------------------------------------------------------------ */

typedef struct cmp_line {
    const char *dim, *key, *metric;
    rf_rate ra, rb;
    double diff, lo, hi, p;
    int64_t shared, b, c;
} cmp_line;

static const rf_tally *tally_of(const rep_run *r, const char *dim, const char *key)
{
    size_t g;
    rf_dim d = !strcmp(dim, "label") ? RF_DIM_LABEL : RF_DIM_CATEGORY;
    if (!strcmp(dim, "all"))
        return &r->all;
    for (g = 0; g < r->dim[d].n; g++)
        if (!strcmp(r->dim[d].g[g].key, key))
            return &r->dim[d].g[g].t;
    return NULL;
}

/* Fill line for group gi and metric m; 0 when the metric has no data. */
static int make_line(const rf_compare *c, size_t gi, int m, cmp_line *l)
{
    static const rf_tally zero;
    const cmp_group *g = &c->groups[gi];
    const rf_tally *ta = tally_of(&c->a, g->dim, g->key), *tb = tally_of(&c->b, g->dim, g->key);
    if (!ta)
        ta = &zero;
    if (!tb)
        tb = &zero;
    l->dim = g->dim;
    l->key = g->key;
    l->metric = m == 0 ? "over_refusal" : "attack_success";
    l->ra = m == 0 ? rf_tally_over_refusal(ta) : rf_tally_attack_success(ta);
    l->rb = m == 0 ? rf_tally_over_refusal(tb) : rf_tally_attack_success(tb);
    if (l->ra.n <= 0 && l->rb.n <= 0)
        return 0;
    l->diff = l->ra.n > 0 && l->rb.n > 0 ? l->rb.rate - l->ra.rate : NAN;
    rf_newcombe_diff(l->rb.k, l->rb.n, l->ra.k, l->ra.n, &l->lo, &l->hi);
    if (isnan(l->diff))
        l->lo = l->hi = NAN;
    l->shared = g->shared[m];
    l->b = g->b[m];
    l->c = g->c[m];
    l->p = rf_mcnemar_exact(g->b[m], g->c[m]);
    return 1;
}

int rf_compare_worse(const rf_compare *c, double pct, char *why)
{
    size_t gi;
    int m;
    for (gi = 0; gi < c->n_groups; gi++) {
        if (strcmp(c->groups[gi].dim, "all") != 0)
            continue;
        for (m = 0; m < CMP_METRICS; m++) {
            cmp_line l;
            if (!make_line(c, gi, m, &l) || isnan(l.diff))
                continue;
            if (100.0 * l.diff > pct && l.p < 0.05) {
                rf_seterr(why,
                          "%s grew by %.1f points (%.1f%% -> %.1f%%, McNemar p = %.3g), "
                          "more than %.1f",
                          l.metric, 100.0 * l.diff, 100.0 * l.ra.rate, 100.0 * l.rb.rate, l.p, pct);
                return 1;
            }
        }
    }
    return 0;
}

static void fmt_diff(char *buf, size_t n, const cmp_line *l)
{
    if (isnan(l->diff))
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%+.1f [%+.1f, %+.1f]", 100.0 * l->diff, 100.0 * l->lo, 100.0 * l->hi);
}

static void cmp_text(const rf_compare *c, rep_out *o, int md, int color, int width)
{
    size_t gi, i;
    int m;
    size_t cut = width > 60 ? (size_t)width - 40 : 40;
    if (md)
        rep_puts(o, "## Comparison\n\n");
    rep_puts(o, md ? "- A: " : "A: ");
    md ? rep_md(o, c->a.info.name) : rep_term(o, c->a.info.name, 60);
    rep_puts(o, md ? "\n- B: " : "\nB: ");
    md ? rep_md(o, c->b.info.name) : rep_term(o, c->b.info.name, 60);
    rep_puts(o, "\n\n");
    if (md)
        rep_puts(o,
                 "| group | metric | A | B | B-A points [95% CI] | shared | b | c | McNemar p |\n"
                 "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    else
        rep_printf(o, "%s%-28s %-15s %22s %22s %24s %7s %5s %5s %9s%s\n", color ? "\033[1m" : "",
                   "group", "metric", "A", "B", "B-A points [95% CI]", "shared", "b", "c", "p",
                   color ? "\033[0m" : "");
    for (gi = 0; gi < c->n_groups; gi++)
        for (m = 0; m < CMP_METRICS; m++) {
            cmp_line l;
            char ga[64], gb[64], gd[64], key[300];
            if (!make_line(c, gi, m, &l))
                continue;
            rep_fmt_rate(ga, sizeof ga, &l.ra);
            rep_fmt_rate(gb, sizeof gb, &l.rb);
            fmt_diff(gd, sizeof gd, &l);
            snprintf(key, sizeof key, "%s%s%.250s", l.dim, *l.key ? ":" : "", l.key);
            if (md) {
                rep_puts(o, "| ");
                rep_md(o, key);
                rep_printf(o, " | %s | %s | %s | %s | %lld | %lld | %lld | %.3g |\n", l.metric, ga,
                           gb, gd, (long long)l.shared, (long long)l.b, (long long)l.c, l.p);
            } else {
                size_t w = rep_cols(key);
                rep_term(o, key, 28);
                for (; w < 28; w++)
                    rep_puts(o, " ");
                rep_printf(o, " %-15s %22s %22s %24s %7lld %5lld %5lld %9.3g\n", l.metric, ga, gb,
                           gd, (long long)l.shared, (long long)l.b, (long long)l.c, l.p);
            }
        }
    rep_printf(o, "\n%s%zu flipped item%s\n\n", md ? "### " : "", c->n_flips,
               c->n_flips == 1 ? "" : "s");
    for (i = 0; i < c->n_flips; i++) {
        const cmp_flip *f = &c->flips[i];
        if (md) {
            rep_puts(o, "- **");
            rep_md(o, f->id);
            rep_printf(o, "** (%s -> %s)\n  - prompt: ", rf_vkind_name(f->va),
                       rf_vkind_name(f->vb));
            rep_md(o, f->prompt);
            rep_puts(o, "\n  - A: ");
            rep_md(o, f->resp_a);
            rep_puts(o, "\n  - B: ");
            rep_md(o, f->resp_b);
            rep_puts(o, "\n");
        } else {
            rep_term(o, f->id, 40);
            rep_printf(o, ": %s -> %s\n  prompt: ", rf_vkind_name(f->va), rf_vkind_name(f->vb));
            rep_term(o, f->prompt, cut);
            rep_puts(o, "\n  A: ");
            rep_term(o, f->resp_a, cut);
            rep_puts(o, "\n  B: ");
            rep_term(o, f->resp_b, cut);
            rep_puts(o, "\n");
        }
    }
}

static json_t *cjnum(double v)
{
    return isnan(v) ? json_null() : json_real(v);
}

static json_t *jr(rf_rate r)
{
    return json_pack("{sI sI so so so}", "k", (json_int_t)r.k, "n", (json_int_t)r.n, "rate",
                     cjnum(r.rate), "ci_low", cjnum(r.lo), "ci_high", cjnum(r.hi));
}

static int dump_cb(const char *buf, size_t size, void *data)
{
    rep_putn(data, buf, size);
    return ((rep_out *)data)->st == RF_OK ? 0 : -1;
}

static void cmp_json(const rf_compare *c, rep_out *o)
{
    json_t *rows = json_array(), *flips = json_array(), *root;
    size_t gi, i;
    int m;
    for (gi = 0; gi < c->n_groups; gi++)
        for (m = 0; m < CMP_METRICS; m++) {
            cmp_line l;
            if (!make_line(c, gi, m, &l))
                continue;
            json_array_append_new(
                rows, json_pack("{ss so ss so so s{so so so} s{sI sI sI so}}", "by", l.dim, "group",
                                rep_jstr(l.key), "metric", l.metric, "a", jr(l.ra), "b", jr(l.rb),
                                "diff", "value", cjnum(l.diff), "ci_low", cjnum(l.lo), "ci_high",
                                cjnum(l.hi), "mcnemar", "shared", (json_int_t)l.shared, "b",
                                (json_int_t)l.b, "c", (json_int_t)l.c, "p", cjnum(l.p)));
        }
    for (i = 0; i < c->n_flips; i++) {
        const cmp_flip *f = &c->flips[i];
        json_array_append_new(
            flips, json_pack("{so so so so ss ss so so}", "id", rep_jstr(f->id), "label",
                             rep_jstr(f->label), "category", rep_jstr(f->category), "prompt",
                             rep_jstr(f->prompt), "verdict_a", rf_vkind_name(f->va), "verdict_b",
                             rf_vkind_name(f->vb), "response_a", rep_jstr(f->resp_a), "response_b",
                             rep_jstr(f->resp_b)));
    }
    root = json_pack("{ss si so so so so}", "format", "refusal-compare", "version", 1, "a",
                     rep_jstr(c->a.info.name), "b", rep_jstr(c->b.info.name), "rows", rows, "flips",
                     flips);
    if (!root ||
        json_dump_callback(root, dump_cb, (void *)o,
                           JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)) != 0) {
        if (o->st == RF_OK)
            o->st = RF_ENOMEM;
    }
    rep_puts(o, "\n");
    json_decref(root);
}

rf_status rf_compare_write(const rf_compare *c, rf_report_format f, int color, int width, FILE *out,
                           char *err)
{
    rep_out o;
    if (f != RF_FMT_TABLE && f != RF_FMT_MD && f != RF_FMT_JSON) {
        rf_seterr(err, "compare writes table, md or json");
        return RF_EUNSUP;
    }
    rep_out_init(&o, out);
    if (f == RF_FMT_JSON)
        cmp_json(c, &o);
    else
        cmp_text(c, &o, f == RF_FMT_MD, color, width);
    return rep_out_finish(&o, err);
}
