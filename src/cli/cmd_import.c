/*
 * cmd_import.c - `refusal import FORMAT FILE... [-o suite.jsonl]`: convert
 * public benchmark files into one suite (JSONL, one canonical item per line).
 *
 * Every file is loaded completely before anything is written, so a malformed
 * file ("file:line: reason", exit 3) or an id repeated across files leaves no
 * partial output. A summary (items per label) goes to stderr.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "refusal/import.h"

typedef struct loaded {
    rf_item **items;
    size_t n;
} loaded;

static void free_loaded(loaded *l, int n)
{
    int i;
    size_t k;
    for (i = 0; i < n; i++) {
        for (k = 0; k < l[i].n; k++)
            rf_item_free(l[i].items[k]);
        rf_free(l[i].items);
    }
    rf_free(l);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The first id that appears twice across all files, or NULL. */
static const char *dup_id(const loaded *l, int n, size_t total, int *nomem)
{
    const char **ids = rf_malloc((total ? total : 1) * sizeof *ids);
    const char *dup = NULL;
    size_t k, j = 0;
    int i;
    *nomem = ids == NULL;
    if (!ids)
        return NULL;
    for (i = 0; i < n; i++)
        for (k = 0; k < l[i].n; k++)
            ids[j++] = l[i].items[k]->id;
    qsort(ids, total, sizeof *ids, cmp_str);
    for (k = 1; k < total && !dup; k++)
        if (strcmp(ids[k - 1], ids[k]) == 0)
            dup = ids[k];
    rf_free(ids);
    return dup;
}

static void list_formats(void)
{
    const char *const *f;
    for (f = rf_import_formats(); *f; f++)
        printf("%s\n", *f);
}

static void put_items(const loaded *l, int n, FILE *out)
{
    int i;
    size_t k;
    for (i = 0; i < n; i++)
        for (k = 0; k < l[i].n; k++) {
            fputs(l[i].items[k]->json, out);
            fputc('\n', out);
        }
}

static int write_direct(const loaded *l, int n, const char *out_path)
{
    FILE *out = cli_open_out(out_path);
    if (!out)
        return RF_EXIT_ERRORS;
    put_items(l, n, out);
    return cli_close_out(out, out_path) ? RF_EXIT_ERRORS : RF_EXIT_OK;
}

/* Write every item; to a regular file through a temporary name renamed at
 * the end, so that a failed write never leaves a partial suite (devices,
 * pipes and standard output are written directly). */
static int write_items(const loaded *l, int n, const char *out_path)
{
    char tmp[4096];
    struct stat sb;
    int to_file = out_path && strcmp(out_path, "-") != 0;
    FILE *out;
    if (to_file && stat(out_path, &sb) == 0 && !S_ISREG(sb.st_mode))
        return write_direct(l, n, out_path);
    if (to_file &&
        (size_t)snprintf(tmp, sizeof tmp, "%s.tmp%ld", out_path, (long)getpid()) >= sizeof tmp) {
        cli_error("output path too long");
        return RF_EXIT_ERRORS;
    }
    if (!(out = cli_open_out(to_file ? tmp : NULL)))
        return RF_EXIT_ERRORS;
    put_items(l, n, out);
    if (cli_close_out(out, to_file ? tmp : NULL)) {
        if (to_file)
            remove(tmp);
        return RF_EXIT_ERRORS;
    }
    if (to_file && rename(tmp, out_path) != 0) {
        cli_error("cannot write %s: %s", out_path, strerror(errno));
        remove(tmp);
        return RF_EXIT_ERRORS;
    }
    return RF_EXIT_OK;
}

int cmd_import(const cli_args *a)
{
    loaded *l;
    int i, nf, rc, nomem;
    size_t total = 0, benign = 0, harmful = 0, k;
    const char *dup;
    if (cli_has(a, OPT_import_list)) {
        list_formats();
        return RF_EXIT_OK;
    }
    if (a->n_pos < 2)
        return cli_usage_error(a, "expected FORMAT and at least one FILE");
    nf = a->n_pos - 1;
    if (!(l = rf_calloc((size_t)nf, sizeof *l))) {
        cli_error("out of memory");
        return RF_EXIT_ERRORS;
    }
    for (i = 0; i < nf; i++) {
        char err[RF_ERR_LEN] = "";
        rf_status st = rf_import_load(a->pos[0], a->pos[i + 1], &l[i].items, &l[i].n, err);
        if (st == RF_EUNSUP) {
            free_loaded(l, nf);
            return cli_usage_error(a, "%s (see --list-formats)", err);
        }
        if (st) {
            cli_status_error(st, err);
            free_loaded(l, nf);
            return st == RF_EPARSE || st == RF_EUTF8 || st == RF_ENOTFOUND || st == RF_ELIMIT
                       ? RF_EXIT_INPUT
                       : RF_EXIT_ERRORS;
        }
        total += l[i].n;
        for (k = 0; k < l[i].n; k++) {
            const char *lab = l[i].items[k]->label;
            benign += lab && strcmp(lab, "benign") == 0;
            harmful += lab && strcmp(lab, "harmful") == 0;
        }
    }
    dup = dup_id(l, nf, total, &nomem);
    if (nomem || dup) {
        if (dup)
            cli_error("id '%s' appears in more than one file; import them separately", dup);
        else
            cli_error("out of memory");
        free_loaded(l, nf);
        return nomem ? RF_EXIT_ERRORS : RF_EXIT_INPUT;
    }
    rc = write_items(l, nf, cli_str(a, OPT_import_output, NULL));
    if (rc == RF_EXIT_OK)
        fprintf(stderr, "refusal import: %zu items (%zu benign, %zu harmful) from %d file%s\n",
                total, benign, harmful, nf, nf == 1 ? "" : "s");
    free_loaded(l, nf);
    return rc;
}
