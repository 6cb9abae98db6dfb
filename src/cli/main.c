/*
 * main.c - entry point of `refusal`: finds the subcommand, parses its options
 * against the table in options.def, prints help, and calls cmd_<name>().
 *
 * Parsing rules: `--long VALUE`, `--long=VALUE`, `-s VALUE`, `-sVALUE`,
 * grouped short flags (`-qv`), and `--` ending options. Options may come
 * before or after positional arguments. Misuse prints one line plus "try
 * --help" to stderr and exits 2; --help prints to stdout and exits 0.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct opt_def {
    const char *cmd;
    const char *lng;
    int shrt;
    const char *arg;
    const char *help;
} opt_def;

static const opt_def opts[OPT__COUNT] = {
#define RF_OPT(cmd, id, lng, shrt, arg, help) {#cmd, lng, shrt, arg, help},
#include "options.def"
#undef RF_OPT
};

typedef struct cmd_def {
    const char *name;
    const char *args;
    const char *summary;
    int (*fn)(const cli_args *a);
} cmd_def;

static const cmd_def cmds[] = {
#define RF_CMD(name, args, summary) {#name, args, summary, cmd_##name},
#include "commands.def"
#undef RF_CMD
    {NULL, NULL, NULL, NULL}};

const char *cli_opt_name(int id)
{
    return opts[id].lng;
}

static int opt_applies(int id, const char *cmd)
{
    return strcmp(opts[id].cmd, "global") == 0 || (cmd && strcmp(opts[id].cmd, cmd) == 0);
}

static void print_opt_table(FILE *f, const char *cmd, int globals)
{
    int i;
    for (i = 0; i < OPT__COUNT; i++) {
        char left[64];
        int is_global = strcmp(opts[i].cmd, "global") == 0;
        if (globals ? !is_global : (is_global || !opt_applies(i, cmd)))
            continue;
        if (opts[i].shrt)
            snprintf(left, sizeof left, "-%c, --%s%s%s", opts[i].shrt, opts[i].lng,
                     opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", opts[i].lng, opts[i].arg ? " " : "",
                     opts[i].arg ? opts[i].arg : "");
        if (strlen(left) > 28)
            fprintf(f, "  %s\n  %-28s  %s\n", left, "", opts[i].help);
        else
            fprintf(f, "  %-28s  %s\n", left, opts[i].help);
    }
}

static void print_main_help(FILE *f)
{
    int i;
    fprintf(f, "usage: refusal COMMAND [options] [arguments]\n\n");
    fprintf(f, "Measure when language models refuse, and whether they should have.\n\n");
    fprintf(f, "commands:\n");
    for (i = 0; cmds[i].name; i++)
        fprintf(f, "  %-10s  %s\n", cmds[i].name, cmds[i].summary);
    fprintf(f, "\noptions:\n");
    print_opt_table(f, NULL, 1);
    fprintf(f, "\nRun 'refusal COMMAND --help' for the options of a command.\n");
    fprintf(f, "Exit status: 0 ok, 1 finished with errors, 2 usage, 3 input error, "
               "130 interrupted.\n");
}

static void print_cmd_help(FILE *f, const cmd_def *c)
{
    fprintf(f, "usage: refusal %s [options]%s%s\n\n%s\n\noptions:\n", c->name,
            c->args[0] ? " " : "", c->args, c->summary);
    print_opt_table(f, c->name, 0);
    print_opt_table(f, c->name, 1);
}

int cli_usage_error(const cli_args *a, const char *fmt, ...)
{
    va_list ap;
    const char *cmd = a && a->cmd ? a->cmd : NULL;
    fprintf(stderr, "refusal%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\ntry 'refusal%s%s --help'\n", cmd ? " " : "", cmd ? cmd : "");
    return RF_EXIT_USAGE;
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "refusal: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_status_error(rf_status st, const char *err)
{
    if (err && err[0])
        cli_error("%s", err);
    else
        cli_error("%s", rf_status_str(st));
}

int cli_list(const cli_args *a, int id, const char **out, int max)
{
    int i, n = 0;
    for (i = 0; i < a->n_occ && n < max; i++)
        if (a->occ_id[i] == id)
            out[n++] = a->occ_val[i];
    return n;
}

int cli_int(const cli_args *a, int id, int64_t min, int64_t max, int64_t def, int64_t *out)
{
    rf_status st;
    if (!a->val[id]) {
        *out = def;
        return 0;
    }
    st = rf_parse_i64(a->val[id], min, max, out);
    if (st == RF_OK)
        return 0;
    if (st == RF_ELIMIT)
        cli_usage_error(a, "--%s: %s is out of range (%lld to %lld)", opts[id].lng, a->val[id],
                        (long long)min, (long long)max);
    else
        cli_usage_error(a, "--%s: '%s' is not a whole number", opts[id].lng, a->val[id]);
    return -1;
}

int cli_double(const cli_args *a, int id, double min, double max, double def, double *out)
{
    rf_status st;
    if (!a->val[id]) {
        *out = def;
        return 0;
    }
    st = rf_parse_double(a->val[id], min, max, out);
    if (st == RF_OK)
        return 0;
    if (st == RF_ELIMIT)
        cli_usage_error(a, "--%s: %s is out of range (%g to %g)", opts[id].lng, a->val[id], min,
                        max);
    else
        cli_usage_error(a, "--%s: '%s' is not a number", opts[id].lng, a->val[id]);
    return -1;
}

FILE *cli_open_out(const char *path)
{
    FILE *f;
    if (!path || strcmp(path, "-") == 0)
        return stdout;
    f = fopen(path, "w");
    if (!f)
        cli_error("cannot write %s: %s", path, strerror(errno));
    return f;
}

int cli_close_out(FILE *f, const char *path)
{
    int bad;
    if (!f)
        return -1;
    bad = ferror(f);
    if (f == stdout)
        bad |= fflush(f) != 0;
    else
        bad |= fclose(f) != 0;
    if (bad) {
        cli_error("error writing %s", path && strcmp(path, "-") ? path : "standard output");
        return -1;
    }
    return 0;
}

const char *cli_db_path(const cli_args *a, int id)
{
    const char *env;
    if (a->val[id])
        return a->val[id];
    env = getenv("REFUSAL_DB");
    return env && *env ? env : "refusal.db";
}

static int find_long(const char *cmd, const char *name, size_t len)
{
    int i;
    for (i = 0; i < OPT__COUNT; i++)
        if (opt_applies(i, cmd) && strlen(opts[i].lng) == len && !strncmp(opts[i].lng, name, len))
            return i;
    return -1;
}

static int find_short(const char *cmd, int c)
{
    int i;
    for (i = 0; i < OPT__COUNT; i++)
        if (opt_applies(i, cmd) && opts[i].shrt == c)
            return i;
    return -1;
}

static int record(cli_args *a, int id, const char *val)
{
    a->val[id] = val;
    a->count[id]++;
    if (a->n_occ >= CLI_MAX_OCC) {
        cli_usage_error(a, "too many options");
        return -1;
    }
    a->occ_id[a->n_occ] = id;
    a->occ_val[a->n_occ++] = val;
    return 0;
}

/* Parse argv[first..argc) into a; positional arguments are compacted into
 * a->pos (which aliases argv). Returns 0 or RF_EXIT_USAGE after a message. */
static int parse_args(cli_args *a, int argc, char **argv, int first)
{
    int i, only_pos = 0;
    a->pos = argv + first;
    for (i = first; i < argc; i++) {
        char *s = argv[i];
        if (only_pos || s[0] != '-' || s[1] == '\0') {
            a->pos[a->n_pos++] = s;
            continue;
        }
        if (strcmp(s, "--") == 0) {
            only_pos = 1;
            continue;
        }
        if (s[1] == '-') {
            const char *name = s + 2, *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            int id = find_long(a->cmd, name, len);
            const char *val = "";
            if (id < 0)
                return cli_usage_error(a, "unknown option --%.*s", (int)len, name);
            if (opts[id].arg) {
                if (eq)
                    val = eq + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    return cli_usage_error(a, "--%s needs an argument (%s)", opts[id].lng,
                                           opts[id].arg);
            } else if (eq) {
                return cli_usage_error(a, "--%s takes no argument", opts[id].lng);
            }
            if (record(a, id, val))
                return RF_EXIT_USAGE;
            continue;
        }
        for (s++; *s; s++) {
            int id = find_short(a->cmd, (unsigned char)*s);
            if (id < 0)
                return cli_usage_error(a, "unknown option -%c", *s);
            if (opts[id].arg) {
                const char *val;
                if (s[1])
                    val = s + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    return cli_usage_error(a, "-%c needs an argument (%s)", opts[id].shrt,
                                           opts[id].arg);
                if (record(a, id, val))
                    return RF_EXIT_USAGE;
                break;
            }
            if (record(a, id, ""))
                return RF_EXIT_USAGE;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    static cli_args a;
    const cmd_def *c = NULL;
    int i, rc;

    if (argc < 2) {
        print_main_help(stderr);
        return RF_EXIT_USAGE;
    }
    if (argv[1][0] != '-') {
        for (i = 0; cmds[i].name; i++)
            if (strcmp(cmds[i].name, argv[1]) == 0)
                c = &cmds[i];
        if (!c)
            return cli_usage_error(NULL, "unknown command '%s'", argv[1]);
        a.cmd = c->name;
    }
    rc = parse_args(&a, argc, argv, c ? 2 : 1);
    if (rc)
        return rc;
    if (cli_has(&a, OPT_version)) {
        printf("refusal %s\n", RF_VERSION);
        return RF_EXIT_OK;
    }
    if (cli_has(&a, OPT_help)) {
        if (c)
            print_cmd_help(stdout, c);
        else
            print_main_help(stdout);
        return fflush(stdout) ? RF_EXIT_ERRORS : RF_EXIT_OK;
    }
    if (!c) {
        if (a.n_pos)
            return cli_usage_error(NULL, "unknown command '%s'", a.pos[0]);
        return cli_usage_error(NULL, "no command given");
    }
    return c->fn(&a);
}
