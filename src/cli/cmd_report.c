/*
 * cmd_report.c - `refusal report [RUN...]`: rates with 95% intervals for one
 * or several stored runs, as a terminal table, Markdown, CSV, JSON or a
 * self-contained HTML page (librefusal report.h does the work).
 *
 * No RUN: every run in the database (the most recent RF_REPORT_MAX_RUNS).
 * Exit status: 0 written, 1 write/database failure, 2 usage, 3 no such
 * database or run.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "cmd_report.h"
#include "refusal/report.h"

void report_term_caps(FILE *f, int *color, int *width)
{
    const char *nc = getenv("NO_COLOR"), *cols = getenv("COLUMNS");
    int tty = isatty(fileno(f));
    struct winsize ws;
    int64_t w;
    *color = tty && !(nc && *nc);
    *width = 0;
    if (tty && ioctl(fileno(f), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        *width = ws.ws_col;
    else if (f == stdout && cols && rf_parse_i64(cols, 20, 10000, &w) == RF_OK)
        *width = (int)w;
}

static int add_all_runs(rf_store *st, rf_report *rep, char *err)
{
    rf_run_info *list = NULL;
    size_t n = 0, i, first;
    rf_status s = rf_store_runs(st, &list, &n);
    if (s != RF_OK) {
        rf_seterr(err, "%s", rf_store_errmsg(st));
        return -1;
    }
    if (n == 0)
        rf_seterr(err, "the database has no runs yet (refusal run ... first)");
    first = n > RF_REPORT_MAX_RUNS ? n - RF_REPORT_MAX_RUNS : 0;
    if (first)
        fprintf(stderr, "refusal report: showing the last %d of %zu runs\n", RF_REPORT_MAX_RUNS, n);
    for (i = first; i < n && s == RF_OK; i++)
        s = rf_report_add_run(rep, list[i].name, err);
    for (i = 0; i < n; i++)
        rf_run_info_clear(&list[i]);
    rf_free(list);
    return s == RF_OK && n > 0 ? 0 : -1;
}

int cmd_report(const cli_args *a)
{
    char err[RF_ERR_LEN] = "";
    const char *db = cli_db_path(a, OPT_report_db), *outp = cli_str(a, OPT_report_output, NULL);
    rf_report_opts o;
    rf_report_format fmt = RF_FMT_TABLE;
    rf_store *st = NULL;
    rf_report *rep = NULL;
    rf_status s;
    FILE *out = NULL;
    int i, rc = RF_EXIT_ERRORS;

    memset(&o, 0, sizeof o);
    if (cli_has(a, OPT_report_format) &&
        rf_report_parse_format(cli_str(a, OPT_report_format, ""), &fmt) != RF_OK)
        return cli_usage_error(a, "--format: '%s' is not one of table, md, csv, json, html",
                               cli_str(a, OPT_report_format, ""));
    if (cli_has(a, OPT_report_by) &&
        rf_report_parse_by(cli_str(a, OPT_report_by, ""), &o.by, err) != RF_OK)
        return cli_usage_error(a, "--by: %s", err);
    o.detector = cli_str(a, OPT_report_detector, NULL);
    o.html = fmt == RF_FMT_HTML;
    s = rf_store_open(db, 1, &st, err);
    if (s != RF_OK) {
        cli_status_error(s, err);
        return RF_EXIT_INPUT;
    }
    s = rf_report_create(st, &o, &rep, err);
    for (i = 0; s == RF_OK && i < a->n_pos; i++)
        s = rf_report_add_run(rep, a->pos[i], err);
    if (s == RF_OK && a->n_pos == 0 && add_all_runs(st, rep, err))
        s = RF_ENOTFOUND;
    if (s != RF_OK) {
        cli_status_error(s, err);
        rc = s == RF_ENOTFOUND ? RF_EXIT_INPUT : RF_EXIT_ERRORS;
        goto out;
    }
    out = cli_open_out(outp);
    if (!out)
        goto out;
    report_term_caps(out, &o.color, &o.width);
    rf_report_set_term(rep, o.color, o.width);
    s = rf_report_write(rep, fmt, out, err);
    if (cli_close_out(out, outp) == 0 && s == RF_OK)
        rc = RF_EXIT_OK;
    else if (s != RF_OK)
        cli_status_error(s, err);
out:
    rf_report_free(rep);
    rf_store_close(st);
    return rc;
}
