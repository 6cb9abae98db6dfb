/*
 * cli.h - shared pieces of the `refusal` command-line tool: the option table
 * (options.def), the parsed arguments, exit codes and message helpers.
 * Used by main.c and every cmd_<name>.c; uses only the public librefusal API.
 */
#ifndef RF_CLI_H
#define RF_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "refusal/common.h"

/* Documented exit codes. */
enum {
    RF_EXIT_OK = 0,
    RF_EXIT_ERRORS = 1, /* finished, but with errors (or a runtime failure) */
    RF_EXIT_USAGE = 2,  /* bad command line */
    RF_EXIT_INPUT = 3,  /* bad input file */
    RF_EXIT_INTR = 130  /* interrupted by SIGINT */
};

enum cli_opt_id {
#define RF_OPT(cmd, id, lng, shrt, arg, help) OPT_##id,
#include "options.def"
#undef RF_OPT
    OPT__COUNT
};

#define CLI_MAX_OCC 256

typedef struct cli_args {
    const char *cmd; /* command name */
    int n_pos;       /* positional arguments */
    char **pos;
    const char *val[OPT__COUNT]; /* last value given (or "" for flags), NULL if absent */
    int count[OPT__COUNT];       /* times given */
    int n_occ;                   /* every occurrence in order, for repeatable options */
    int occ_id[CLI_MAX_OCC];
    const char *occ_val[CLI_MAX_OCC];
} cli_args;

/* Option accessors. */
static inline int cli_has(const cli_args *a, int id)
{
    return a->count[id] > 0;
}
static inline const char *cli_str(const cli_args *a, int id, const char *def)
{
    return a->val[id] ? a->val[id] : def;
}
/* All values of a repeatable option (also splits none): fills out[] up to max;
 * returns the count. */
int cli_list(const cli_args *a, int id, const char **out, int max);
/* Range-checked numbers: when absent, *out = def. On a bad value prints
 * "refusal CMD: --name: ..." and returns -1 (caller exits RF_EXIT_USAGE). */
int cli_int(const cli_args *a, int id, int64_t min, int64_t max, int64_t def, int64_t *out);
int cli_double(const cli_args *a, int id, double min, double max, double def, double *out);

/* Print "refusal CMD: msg" and "try 'refusal CMD --help'" to stderr; returns
 * RF_EXIT_USAGE. */
int cli_usage_error(const cli_args *a, const char *fmt, ...) RF_PRINTF(2, 3);
/* Print "refusal: msg" to stderr. */
void cli_error(const char *fmt, ...) RF_PRINTF(1, 2);
/* Print an error with its status text: "refusal: err (status)". */
void cli_status_error(rf_status st, const char *err);
/* 1 when the user asked for quiet, else 0. */

/* The long name of an option (for messages). */
const char *cli_opt_name(int id);

/* Open -o FILE (or stdout when absent or "-"); on error prints and returns NULL. */
FILE *cli_open_out(const char *path);
/* Close what cli_open_out returned; returns 0 or prints an error and returns -1. */
int cli_close_out(FILE *f, const char *path);

/* Default database path: --db value, else $REFUSAL_DB, else "refusal.db". */
const char *cli_db_path(const cli_args *a, int id);

/* `classify --detector judge:TARGET` (cmd_classify_judge.c). */
int classify_judge(const cli_args *a);

#define RF_CMD(name, args, summary) int cmd_##name(const cli_args *a);
#include "commands.def"
#undef RF_CMD

#endif
