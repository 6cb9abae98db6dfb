/*
 * cmd_compare.c - `refusal compare RUN_A RUN_B`: per label and category the
 * rates of both runs, B-A with its 95% interval, McNemar's exact test on the
 * shared items, and the items whose verdict flipped.
 *
 * Exit status: 0 whether or not the runs differ; with --fail-if-worse PCT,
 * 1 when over-refusal or attack success grew by more than PCT points with
 * p < 0.05 (a CI gate). 2 usage, 3 no such database or run.
 */
#include <string.h>

#include "cli.h"
#include "cmd_report.h"
#include "refusal/report.h"

int cmd_compare(const cli_args *a)
{
    char err[RF_ERR_LEN] = "", why[RF_ERR_LEN] = "";
    const char *db = cli_db_path(a, OPT_compare_db), *outp = cli_str(a, OPT_compare_output, NULL);
    rf_report_format fmt = RF_FMT_TABLE;
    rf_store *st = NULL;
    rf_compare *cmp = NULL;
    rf_status s;
    FILE *out;
    double pct = 0;
    int color, width, rc = RF_EXIT_ERRORS;

    if (a->n_pos != 2)
        return cli_usage_error(a, "needs exactly two runs: RUN_A RUN_B");
    if (cli_has(a, OPT_compare_format) &&
        (rf_report_parse_format(cli_str(a, OPT_compare_format, ""), &fmt) != RF_OK ||
         (fmt != RF_FMT_TABLE && fmt != RF_FMT_MD && fmt != RF_FMT_JSON)))
        return cli_usage_error(a, "--format: '%s' is not one of table, md, json",
                               cli_str(a, OPT_compare_format, ""));
    if (cli_double(a, OPT_compare_fail_if_worse, 0, 100, 0, &pct))
        return RF_EXIT_USAGE;
    s = rf_store_open(db, 1, &st, err);
    if (s != RF_OK) {
        cli_status_error(s, err);
        return RF_EXIT_INPUT;
    }
    s = rf_compare_create(st, a->pos[0], a->pos[1], cli_str(a, OPT_compare_detector, NULL), &cmp,
                          err);
    if (s != RF_OK) {
        cli_status_error(s, err);
        rc = s == RF_ENOTFOUND ? RF_EXIT_INPUT : RF_EXIT_ERRORS;
        goto out;
    }
    out = cli_open_out(outp);
    if (!out)
        goto out;
    report_term_caps(out, &color, &width);
    s = rf_compare_write(cmp, fmt, color, width, out, err);
    if (cli_close_out(out, outp) != 0)
        goto out;
    if (s != RF_OK) {
        cli_status_error(s, err);
        goto out;
    }
    rc = RF_EXIT_OK;
    if (cli_has(a, OPT_compare_fail_if_worse) && rf_compare_worse(cmp, pct, why)) {
        fprintf(stderr, "refusal compare: worse: %s\n", why);
        rc = RF_EXIT_ERRORS;
    }
out:
    rf_compare_free(cmp);
    rf_store_close(st);
    return rc;
}
