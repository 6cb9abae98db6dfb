/*
 * cmd_suites.c - `refusal suites`: the built-in suites embedded from
 * data/suites/NAME.jsonl, with item counts per label, category and language
 * (aligned tables); `refusal suites show NAME [--format jsonl|table]` prints
 * one suite: its exact lines, or a table of id, label, category, language and
 * the prompt truncated on a UTF-8 boundary. `show` also takes a suite file or
 * FORMAT:FILE (then jsonl prints each item's canonical JSON).
 *
 * Items are read with rf_suite_open/rf_suite_next, so a broken line is
 * reported as "file:line: reason" (exit 3).
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

/* Calls fn for every item of the suite spec (built-in name, file or
 * FORMAT:FILE, see rf_suite_open); returns an exit code. */
typedef int (*item_fn)(const rf_item *it, void *ud);

static int each_item(const char *spec, item_fn fn, void *ud)
{
    rf_suite_reader *r = NULL;
    char err[RF_ERR_LEN] = "";
    rf_status st = rf_suite_open(spec, &r, err);
    int rc = RF_EXIT_OK;
    if (st) {
        cli_status_error(st, err);
        return st == RF_ENOMEM || st == RF_EIO ? RF_EXIT_ERRORS : RF_EXIT_INPUT;
    }
    for (;;) {
        rf_item *it = NULL;
        err[0] = '\0';
        if ((st = rf_suite_next(r, &it, err)) != RF_OK) {
            cli_status_error(st, err);
            rc = st == RF_ENOMEM || st == RF_EIO ? RF_EXIT_ERRORS : RF_EXIT_INPUT;
            break;
        }
        if (!it)
            break;
        rc = fn(it, ud);
        rf_item_free(it);
        if (rc)
            break;
    }
    rf_suite_close(r);
    return rc;
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
        if ((rc = each_item(name, count_item, &all[n - 1])))
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

static int print_json(const rf_item *it, void *ud)
{
    (void)ud;
    puts(it->json);
    return 0;
}

/* NAME is a built-in suite, a suite file or FORMAT:FILE. */
static int show_suite(const cli_args *a, const char *name)
{
    char path[256];
    const char *fmt = cli_str(a, OPT_suites_format, "jsonl");
    size_t len;
    const char *text = NULL;
    show_ctx s = {2, 5, 8, 8, 0};
    int rc;
    if (strcmp(fmt, "jsonl") != 0 && strcmp(fmt, "table") != 0)
        return cli_usage_error(a, "--format: expected jsonl or table, not '%s'", fmt);
    if (!strchr(name, '/') && strlen(name) < 100) {
        snprintf(path, sizeof path, SUITES_PREFIX "%s.jsonl", name);
        text = rf_data_find(path, &len);
    }
    if (strcmp(fmt, "jsonl") == 0) {
        if (!text) /* not built in: the canonical form of every item */
            rc = each_item(name, print_json, NULL);
        else if (len && fwrite(text, 1, len, stdout) != len)
            rc = RF_EXIT_ERRORS;
        else
            rc = (len && text[len - 1] != '\n' && fputc('\n', stdout) == EOF) ? RF_EXIT_ERRORS
                                                                              : RF_EXIT_OK;
        return rc ? rc : fflush(stdout) ? RF_EXIT_ERRORS : RF_EXIT_OK;
    }
    if ((rc = each_item(name, show_item, &s)))
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
    if ((rc = each_item(name, show_item, &s)))
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
