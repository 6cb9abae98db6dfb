/*
 * cmd_runs.c - `refusal runs`: list the runs of a store, oldest first, with
 * their item, answer and error counts and status.
 */
#include <string.h>

#include "cli.h"
#include "refusal/store.h"
#include "refusal/utf8.h"

static void cell(const char *s, int width)
{
    rf_buf b;
    rf_buf_init(&b, 1024);
    if (!s || rf_utf8_term_escape(&b, s, strlen(s), 0) != RF_OK)
        rf_buf_reset(&b);
    printf("%-*s ", width, rf_buf_len(&b) ? rf_buf_ptr(&b) : "-");
    rf_buf_free(&b);
}

int cmd_runs(const cli_args *a)
{
    rf_store *db = NULL;
    rf_run_info *list = NULL;
    size_t n = 0, i;
    char err[RF_ERR_LEN] = "";
    rf_status st;
    int rc = RF_EXIT_OK;

    if (a->n_pos)
        return cli_usage_error(a, "unexpected argument '%s'", a->pos[0]);
    if ((st = rf_store_open(cli_db_path(a, OPT_runs_db), 1, &db, err)) != RF_OK) {
        cli_status_error(st, err);
        return st == RF_ENOTFOUND ? RF_EXIT_INPUT : RF_EXIT_ERRORS;
    }
    if ((st = rf_store_runs(db, &list, &n)) != RF_OK) {
        cli_status_error(st, rf_store_errmsg(db));
        rf_store_close(db);
        return RF_EXIT_ERRORS;
    }
    printf("%-4s %-44s %-28s %-12s %7s %8s %6s %-11s %s\n", "id", "name", "target", "suite",
           "items", "answered", "errors", "status", "started");
    for (i = 0; i < n; i++) {
        rf_run_info *ri = &list[i];
        printf("%-4lld ", (long long)ri->id);
        cell(ri->name, 44);
        cell(ri->target, 28);
        cell(ri->suite_name, 12);
        printf("%7lld %8lld %6lld ", (long long)ri->n_items, (long long)ri->n_responses,
               (long long)ri->n_errors);
        cell(ri->status, 11);
        printf("%s\n", ri->started_at ? ri->started_at : "-");
        rf_run_info_clear(ri);
    }
    rf_free(list);
    rf_store_close(db);
    if (fflush(stdout) != 0)
        rc = RF_EXIT_ERRORS;
    return rc;
}
