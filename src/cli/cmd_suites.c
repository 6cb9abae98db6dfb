/*
 * cmd_suites.c - `refusal suites`: the built-in suites embedded from
 * data/suites/NAME.jsonl, with item counts per label, category and language
 * (aligned tables); `refusal suites show NAME [--format jsonl|table]` prints
 * one suite: its exact lines, or a table of id, label, category, language and
 * the prompt truncated on a UTF-8 boundary.
 *
 * Items are parsed with rf_item_from_json, so a broken built-in line is
 * reported as "data/suites/NAME.jsonl:LINE: reason" (exit 3).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "refusal/data.h"
#include "refusal/suite.h"
#include "refusal/utf8.h"

#define SUITES_PREFIX "data/suites/"
#define SHOW_PROMPT_MAX 72 /* bytes of prompt shown per table row */

/* One counted value (a category or a language) of one suite. */
typedef struct tally {
    char *key;
    size_t n, benign, harmful;
} tally;

typedef struct counts {
    size_t n, benign, harmful;
    tally *cat, *lang;
    size_t n_cat, n_lang;
} counts;

static int tally_add(tally **t, size_t *n, const char *key, const char *label)
{
    size_t i;
    tally *nt;
    for (i = 0; i < *n; i++)
        if (strcmp((*t)[i].key, key) == 0)
            break;
    if (i == *n) {
        if (!(nt = rf_realloc(*t, (*n + 1) * sizeof *nt)))
            return -1;
        *t = nt;
        if (!(nt[i].key = rf_strdup(key)))
            return -1;
        nt[i].n = nt[i].benign = nt[i].harmful = 0;
        (*n)++;
    }
    (*t)[i].n++;
    (*t)[i].benign += label && strcmp(label, "benign") == 0;
    (*t)[i].harmful += label && strcmp(label, "harmful") == 0;
    return 0;
}

static void counts_free(counts *c)
{
    size_t i;
    for (i = 0; i < c->n_cat; i++)
        rf_free(c->cat[i].key);
    for (i = 0; i < c->n_lang; i++)
        rf_free(c->lang[i].key);
    rf_free(c->cat);
    rf_free(c->lang);
    memset(c, 0, sizeof *c);
}

/* Calls fn for every item of the embedded suite at path; returns an exit code. */
typedef int (*item_fn)(const rf_item *it, void *ud);

static int each_item(const char *path, item_fn fn, void *ud)
{
    size_t len, pos = 0;
    long line = 0;
    const char *text = rf_data_find(path, &len);
    if (!text) {
        cli_error("no built-in suite %s", path);
        return RF_EXIT_INPUT;
    }
    while (pos < len) {
        const char *p = text + pos, *nl = memchr(p, '\n', len - pos);
        size_t l = nl ? (size_t)(nl - p) : len - pos, k = 0;
        char err[RF_ERR_LEN] = "";
        rf_item *it = NULL;
        rf_status st;
        int rc;
        pos += l + (nl ? 1 : 0);
        line++;
        while (k < l && rf_isspace((unsigned char)p[k]))
            k++;
        if (k == l)
            continue;
        if ((st = rf_item_from_json(p, l, &it, err)) != RF_OK) {
            cli_error("%s:%ld: %s", path, line, err);
            return st == RF_ENOMEM ? RF_EXIT_ERRORS : RF_EXIT_INPUT;
        }
        rc = fn(it, ud);
        rf_item_free(it);
        if (rc)
            return rc;
    }
    return RF_EXIT_OK;
}

static int count_item(const rf_item *it, void *ud)
{
    counts *c = ud;
    const char *lab = it->label;
    c->n++;
    c->benign += lab && strcmp(lab, "benign") == 0;
    c->harmful += lab && strcmp(lab, "harmful") == 0;
    if (tally_add(&c->cat, &c->n_cat, it->category ? it->category : "-", lab) ||
        tally_add(&c->lang, &c->n_lang, it->language ? it->language : "en", lab)) {
        cli_error("out of memory");
        return RF_EXIT_ERRORS;
    }
    return 0;
}

/* Print s padded with spaces to width display columns (code points). */
static void put_pad(FILE *f, const char *s, size_t width, int right)
{
    size_t w = rf_utf8_count(s, strlen(s));
    if (right)
        for (; w < width; w++)
            fputc(' ', f);
    fputs(s, f);
    if (!right)
        for (; w < width; w++)
            fputc(' ', f);
}

static int cmp_tally(const void *a, const void *b)
{
    const tally *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void print_tallies(const char *suite, const char *what, tally *t, size_t n)
{
    size_t i, w = strlen(what);
    char num[3][32];
    qsort(t, n, sizeof *t, cmp_tally);
    for (i = 0; i < n; i++) {
        size_t kw = rf_utf8_count(t[i].key, strlen(t[i].key));
        if (kw > w)
            w = kw;
    }
    printf("\n%s by %s\n", suite, what);
    put_pad(stdout, what, w, 0);
    printf("  %7s  %7s  %7s\n", "items", "benign", "harmful");
    for (i = 0; i < n; i++) {
        snprintf(num[0], sizeof num[0], "%zu", t[i].n);
        snprintf(num[1], sizeof num[1], "%zu", t[i].benign);
        snprintf(num[2], sizeof num[2], "%zu", t[i].harmful);
        put_pad(stdout, t[i].key, w, 0);
        printf("  %7s  %7s  %7s\n", num[0], num[1], num[2]);
    }
}

/* Name of a suite from its path: data/suites/NAME.jsonl -> NAME. */
static int suite_name(const char *path, char *buf, size_t len)
{
    size_t pl = strlen(SUITES_PREFIX), l = strlen(path);
    if (l <= pl + 6 || strcmp(path + l - 6, ".jsonl") != 0)
        return -1;
    snprintf(buf, len, "%.*s", (int)(l - pl - 6), path + pl);
    return 0;
}

static int list_suites(void)
{
    size_t iter = 0, n = 0, i;
    const char *path;
    counts *all = NULL;
    char(*names)[128] = NULL;
    int rc = RF_EXIT_OK;
    while ((path = rf_data_next(SUITES_PREFIX, &iter)) != NULL) {
        char name[128];
        void *na, *nn;
        if (suite_name(path, name, sizeof name))
            continue;
        na = rf_realloc(all, (n + 1) * sizeof *all);
        if (na)
            all = na;
        nn = na ? rf_realloc(names, (n + 1) * sizeof *names) : NULL;
        if (!nn) {
            cli_error("out of memory");
            rc = RF_EXIT_ERRORS;
            break;
        }
        names = nn;
        memset(&all[n], 0, sizeof all[n]);
        memcpy(names[n], name, sizeof name);
        n++;
        if ((rc = each_item(path, count_item, &all[n - 1])))
            break;
    }
    if (!rc && n == 0)
        printf("no built-in suites\n");
    if (!rc && n > 0) {
        size_t w = 5;
        for (i = 0; i < n; i++)
            if (strlen(names[i]) > w)
                w = strlen(names[i]);
        printf("%-*s  %7s  %7s  %7s  %10s  %9s\n", (int)w, "suite", "items", "benign", "harmful",
               "categories", "languages");
        for (i = 0; i < n; i++)
            printf("%-*s  %7zu  %7zu  %7zu  %10zu  %9zu\n", (int)w, names[i], all[i].n,
                   all[i].benign, all[i].harmful, all[i].n_cat, all[i].n_lang);
        for (i = 0; i < n; i++) {
            print_tallies(names[i], "category", all[i].cat, all[i].n_cat);
            print_tallies(names[i], "language", all[i].lang, all[i].n_lang);
        }
    }
    for (i = 0; i < n; i++)
        counts_free(&all[i]);
    rf_free(all);
    rf_free(names);
    if (!rc && fflush(stdout))
        rc = RF_EXIT_ERRORS;
    return rc;
}

/* ---- show ------------------------------------------------------------------ */

typedef struct show_ctx {
    size_t w_id, w_label, w_cat, w_lang;
    int pass; /* 0: measure widths, 1: print */
} show_ctx;

static void show_prompt(const rf_item *it)
{
    rf_buf b;
    char *flat;
    size_t i, cut;
    if (!it->prompt) {
        printf("(conversation, %d user turn%s)\n", it->n_turns, it->n_turns == 1 ? "" : "s");
        return;
    }
    if (!(flat = rf_strdup(it->prompt))) {
        printf("?\n");
        return;
    }
    for (i = 0; flat[i]; i++)
        if (flat[i] == '\n' || flat[i] == '\r' || flat[i] == '\t')
            flat[i] = ' ';
    rf_buf_init(&b, strlen(flat) * 3 + 16);
    if (rf_utf8_term_escape(&b, flat, strlen(flat), 0) == RF_OK) {
        cut = rf_utf8_trunc(rf_buf_ptr(&b), rf_buf_len(&b), SHOW_PROMPT_MAX);
        printf("%.*s%s\n", (int)cut, rf_buf_ptr(&b), cut < rf_buf_len(&b) ? "…" : "");
    } else {
        printf("?\n");
    }
    rf_buf_free(&b);
    rf_free(flat);
}

static size_t width_of(const char *s)
{
    return s ? rf_utf8_count(s, strlen(s)) : 1;
}

static int show_item(const rf_item *it, void *ud)
{
    show_ctx *s = ud;
    const char *lang = it->language ? it->language : "en";
    if (s->pass == 0) {
        size_t w;
        if ((w = width_of(it->id)) > s->w_id)
            s->w_id = w;
        if ((w = width_of(it->label)) > s->w_label)
            s->w_label = w;
        if ((w = width_of(it->category)) > s->w_cat)
            s->w_cat = w;
        if ((w = width_of(lang)) > s->w_lang)
            s->w_lang = w;
        return 0;
    }
    put_pad(stdout, it->id, s->w_id, 0);
    fputs("  ", stdout);
    put_pad(stdout, it->label ? it->label : "-", s->w_label, 0);
    fputs("  ", stdout);
    put_pad(stdout, it->category ? it->category : "-", s->w_cat, 0);
    fputs("  ", stdout);
    put_pad(stdout, lang, s->w_lang, 0);
    fputs("  ", stdout);
    show_prompt(it);
    return 0;
}

static int show_suite(const cli_args *a, const char *name)
{
    char path[256];
    const char *fmt = cli_str(a, OPT_suites_format, "jsonl");
    size_t len;
    const char *text;
    show_ctx s = {2, 5, 8, 8, 0};
    int rc;
    if (strcmp(fmt, "jsonl") != 0 && strcmp(fmt, "table") != 0)
        return cli_usage_error(a, "--format: expected jsonl or table, not '%s'", fmt);
    if (strchr(name, '/') || strlen(name) > 100)
        return cli_usage_error(a, "'%s' is not a built-in suite name", name);
    snprintf(path, sizeof path, SUITES_PREFIX "%s.jsonl", name);
    if (!(text = rf_data_find(path, &len))) {
        cli_error("no built-in suite '%s' (see 'refusal suites')", name);
        return RF_EXIT_INPUT;
    }
    if (strcmp(fmt, "jsonl") == 0) {
        if (len && fwrite(text, 1, len, stdout) != len)
            return RF_EXIT_ERRORS;
        if (len && text[len - 1] != '\n')
            fputc('\n', stdout);
        return fflush(stdout) ? RF_EXIT_ERRORS : RF_EXIT_OK;
    }
    if ((rc = each_item(path, show_item, &s)))
        return rc;
    s.pass = 1;
    put_pad(stdout, "id", s.w_id, 0);
    fputs("  ", stdout);
    put_pad(stdout, "label", s.w_label, 0);
    fputs("  ", stdout);
    put_pad(stdout, "category", s.w_cat, 0);
    fputs("  ", stdout);
    put_pad(stdout, "language", s.w_lang, 0);
    fputs("  prompt\n", stdout);
    if ((rc = each_item(path, show_item, &s)))
        return rc;
    return fflush(stdout) ? RF_EXIT_ERRORS : RF_EXIT_OK;
}

int cmd_suites(const cli_args *a)
{
    if (a->n_pos == 0) {
        if (cli_has(a, OPT_suites_format))
            return cli_usage_error(a, "--format applies to 'suites show NAME'");
        return list_suites();
    }
    if (strcmp(a->pos[0], "show") != 0)
        return cli_usage_error(a, "unknown subcommand '%s' (expected: show NAME)", a->pos[0]);
    if (a->n_pos != 2)
        return cli_usage_error(a, "usage: refusal suites show NAME [--format jsonl|table]");
    return show_suite(a, a->pos[1]);
}
