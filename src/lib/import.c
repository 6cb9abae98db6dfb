/*
 * import.c - importers for public benchmark formats (see refusal/import.h and
 * docs/import.md): format dispatch, the shared helpers of import_int.h, JSON
 * record iteration (array / keyed object / JSON lines, each record with the
 * physical line it starts on) and CSV row iteration over csv.c.
 *
 * | format            | reader            | converter        |
 * |-------------------|-------------------|------------------|
 * | xstest            | CSV               | imp_xstest       |
 * | orbench[-80k|-hard|-toxic] | CSV      | imp_orbench      |
 * | coconot[-contrast]| JSONL             | imp_coconot      |
 * | fortress          | JSON/JSONL/CSV    | imp_fortress     |
 * | rmcbench          | JSON              | imp_rmcbench     |
 * | mossbench[-contrast] | JSON (+ images) | imp_mossbench   |
 * | overt             | CSV               | imp_overt        |
 * | evorefuse         | JSONL/JSON        | imp_evorefuse    |
 * | harmbench         | CSV               | imp_harmbench    |
 * | do-not-answer     | CSV               | imp_donotanswer  |
 * | multijail         | CSV               | imp_multijail    |
 * | sorry-bench       | JSONL/JSON        | imp_sorrybench   |
 *
 * Invariants: rf_import_load returns either every item of the file (ids
 * unique) or nothing. Ownership: items are new and owned by the caller.
 * Callers: rf_suite_open ("FORMAT:FILE"), `refusal import`.
 */
#include "import_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/csv.h"
#include "refusal/utf8.h"

typedef struct imp_format {
    const char *name;
    rf_status (*load)(imp_ctx *c);
    int harmful; /* -1: decide from the file name, else the variant flag */
} imp_format;

static const imp_format imp_formats[] = {
    {"xstest", imp_xstest, 0},
    {"orbench", imp_orbench, -1},
    {"orbench-80k", imp_orbench, 0},
    {"orbench-hard", imp_orbench, 0},
    {"orbench-toxic", imp_orbench, 1},
    {"coconot", imp_coconot, -1},
    {"coconot-contrast", imp_coconot, 0},
    {"fortress", imp_fortress, 1},
    {"rmcbench", imp_rmcbench, 1},
    {"mossbench", imp_mossbench, -1},
    {"mossbench-contrast", imp_mossbench, 1},
    {"overt", imp_overt, 0},
    {"evorefuse", imp_evorefuse, 0},
    {"harmbench", imp_harmbench, 1},
    {"do-not-answer", imp_donotanswer, 1},
    {"multijail", imp_multijail, 1},
    {"sorry-bench", imp_sorrybench, 1},
};

static const char *const imp_names[] = {
    "xstest",        "orbench",   "orbench-80k",        "orbench-hard",
    "orbench-toxic", "coconot",   "coconot-contrast",   "fortress",
    "rmcbench",      "mossbench", "mossbench-contrast", "overt",
    "evorefuse",     "harmbench", "do-not-answer",      "multijail",
    "sorry-bench",   NULL};

const char *const *rf_import_formats(void)
{
    return imp_names;
}

rf_status imp_fail(imp_ctx *c, rf_status st, long line, const char *fmt, ...)
{
    char msg[RF_ERR_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (line > 0)
        rf_seterr(c->err, "%s:%ld: %s", c->path, line, msg);
    else
        rf_seterr(c->err, "%s: %s", c->path, msg);
    return st;
}

int imp_set(char **dst, const char *s)
{
    if (!s || !*s)
        return 0;
    rf_free(*dst);
    *dst = rf_strdup(s);
    return *dst ? 0 : -1;
}

static int imp_blank(const char *s)
{
    if (!s)
        return 1;
    for (; *s; s++)
        if (!rf_isspace((unsigned char)*s))
            return 0;
    return 1;
}

rf_item *imp_item(imp_ctx *c, long line, const char *id, const char *prompt, const char *label)
{
    rf_item *it;
    if (imp_blank(id)) {
        imp_fail(c, RF_EPARSE, line, "missing id");
        return NULL;
    }
    if (imp_blank(prompt)) {
        imp_fail(c, RF_EPARSE, line, "empty prompt for item '%s'", id);
        return NULL;
    }
    it = rf_item_new();
    if (!it || imp_set(&it->id, id) || imp_set(&it->prompt, prompt) || imp_set(&it->label, label)) {
        rf_item_free(it);
        imp_fail(c, RF_ENOMEM, line, "out of memory");
        return NULL;
    }
    it->n_turns = 1;
    return it;
}

int imp_meta_str(json_t *meta, const char *key, const char *s)
{
    if (!s || !*s)
        return 0;
    return json_object_set_new(meta, key, json_string(s));
}

void imp_gen_id(const imp_ctx *c, size_t n, char *buf, size_t len)
{
    snprintf(buf, len, "%s-%zu", c->stem, n);
}

rf_status imp_push(imp_ctx *c, rf_item *it, json_t *meta, long line)
{
    char err[RF_ERR_LEN] = "";
    rf_status st = RF_OK;
    if (meta && json_object_size(meta) > 0) {
        char *s = json_dumps(meta, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (!s || imp_set(&it->meta, s))
            st = RF_ENOMEM;
        free(s);
    }
    json_decref(meta);
    if (!st)
        st = rf_item_canonicalize(it, err);
    if (!st && c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 64;
        rf_item **ni = nc <= IMP_MAX_ITEMS ? rf_realloc(c->items, nc * sizeof *ni) : NULL;
        long *nl = NULL;
        if (ni)
            c->items = ni;
        if (ni)
            nl = rf_realloc(c->lines, nc * sizeof *nl);
        if (!nl)
            st = nc > IMP_MAX_ITEMS ? RF_ELIMIT : RF_ENOMEM;
        else {
            c->lines = nl;
            c->cap = nc;
        }
    }
    if (st) {
        rf_item_free(it);
        return imp_fail(c, st, line, "%s", err[0] ? err : rf_status_str(st));
    }
    c->items[c->n] = it;
    c->lines[c->n] = line;
    c->n++;
    return RF_OK;
}

const char *imp_json_str(json_t *o, const char *key, char *buf, size_t len)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(buf, len, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return buf;
    }
    if (json_is_real(v)) {
        snprintf(buf, len, "%g", json_real_value(v));
        return buf;
    }
    return NULL;
}

/* ---- list literals --------------------------------------------------------- */

/* One quoted Python string at *p (quote ' or "), appended to b. */
static const char *py_string(const char **p, rf_buf *b)
{
    char q = **p;
    const char *s = *p + 1;
    for (; *s && *s != q; s++) {
        char ch = *s;
        if (ch == '\\') {
            s++;
            switch (*s) {
            case 'n':
                ch = '\n';
                break;
            case 't':
                ch = '\t';
                break;
            case 'r':
                ch = '\r';
                break;
            case '\\':
            case '\'':
            case '"':
                ch = *s;
                break;
            default:
                return "unsupported escape in list literal";
            }
        }
        if (rf_buf_addc(b, ch))
            return "out of memory";
    }
    if (*s != q)
        return "unterminated string in list literal";
    *p = s + 1;
    return NULL;
}

static const char *py_list(const char *s, json_t *arr)
{
    rf_buf b;
    const char *e = NULL;
    rf_buf_init(&b, 1u << 24);
    while (rf_isspace((unsigned char)*s))
        s++;
    if (*s++ != '[')
        return "expected a list";
    for (;;) {
        while (rf_isspace((unsigned char)*s))
            s++;
        if (*s == ']' && json_array_size(arr) == 0)
            break;
        if (*s != '\'' && *s != '"') {
            e = "expected a quoted string in list";
            break;
        }
        rf_buf_reset(&b);
        if ((e = py_string(&s, &b)) != NULL)
            break;
        if (!rf_utf8_valid(rf_buf_ptr(&b), rf_buf_len(&b)) ||
            json_array_append_new(arr, json_string(rf_buf_ptr(&b)))) {
            e = "bad string in list";
            break;
        }
        while (rf_isspace((unsigned char)*s))
            s++;
        if (*s == ',') {
            s++;
            continue;
        }
        if (*s != ']')
            e = "expected ',' or ']' in list";
        break;
    }
    if (!e) {
        s++;
        while (rf_isspace((unsigned char)*s))
            s++;
        if (*s)
            e = "trailing characters after list";
    }
    rf_buf_free(&b);
    return e;
}

const char *imp_parse_list(const char *s, json_t **out)
{
    json_t *arr;
    const char *e;
    size_t i;
    *out = NULL;
    arr = json_loads(s, JSON_DECODE_ANY, NULL);
    if (arr) {
        if (!json_is_array(arr)) {
            json_decref(arr);
            return "expected a list";
        }
        for (i = 0; i < json_array_size(arr); i++)
            if (!json_is_string(json_array_get(arr, i))) {
                json_decref(arr);
                return "expected a list of strings";
            }
        *out = arr;
        return NULL;
    }
    if (!(arr = json_array()))
        return "out of memory";
    if ((e = py_list(s, arr)) != NULL) {
        json_decref(arr);
        return e;
    }
    *out = arr;
    return NULL;
}

/* ---- files ---------------------------------------------------------------- */

static rf_status imp_read_file(imp_ctx *c, char **out, size_t *len)
{
    FILE *f = fopen(c->path, "rb");
    rf_buf b;
    char chunk[65536];
    size_t got;
    rf_status st = RF_OK;
    *out = NULL;
    if (!f) {
        int e = errno;
        return imp_fail(c, e == ENOENT ? RF_ENOTFOUND : RF_EIO, 0, "%s", strerror(e));
    }
    rf_buf_init(&b, IMP_MAX_FILE);
    while (!st && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
        st = rf_buf_add(&b, chunk, got);
    if (!st && ferror(f))
        st = RF_EIO;
    fclose(f);
    if (st) {
        rf_buf_free(&b);
        return imp_fail(c, st, 0, "%s", st == RF_ELIMIT ? "file too large" : rf_status_str(st));
    }
    *out = rf_buf_take(&b, len);
    if (!*out)
        return imp_fail(c, RF_ENOMEM, 0, "out of memory");
    return RF_OK;
}

/* Lines where the elements of the top-level array / members of the top-level
 * object start, in order; *n of them (caller frees *lines). */
static rf_status json_top_lines(const char *s, size_t len, long **lines, size_t *n)
{
    size_t i, cap = 0;
    long line = 1;
    int depth = 0, instr = 0, esc = 0, want = 0;
    *lines = NULL;
    *n = 0;
    for (i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == '\n')
            line++;
        if (instr) {
            if (esc)
                esc = 0;
            else if (ch == '\\')
                esc = 1;
            else if (ch == '"')
                instr = 0;
            continue;
        }
        if (depth == 1 && want && !rf_isspace((unsigned char)ch) && ch != ']' && ch != '}') {
            if (*n == cap) {
                size_t nc = cap ? cap * 2 : 256;
                long *nl = rf_realloc(*lines, nc * sizeof *nl);
                if (!nl)
                    return RF_ENOMEM;
                *lines = nl;
                cap = nc;
            }
            (*lines)[(*n)++] = line;
            want = 0;
        }
        if (ch == '"')
            instr = 1;
        else if (ch == '[' || ch == '{')
            want = (++depth == 1);
        else if (ch == ']' || ch == '}')
            depth--;
        else if (ch == ',' && depth == 1)
            want = 1;
    }
    return RF_OK;
}

static rf_status imp_json_whole(imp_ctx *c, const char *text, size_t len, imp_json_cb cb)
{
    json_error_t je;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    long *lines = NULL;
    size_t nl = 0, i = 0;
    rf_status st = RF_OK;
    if (!root)
        return imp_fail(c, RF_EPARSE, je.line, "invalid JSON: %s", je.text);
    if (json_top_lines(text, len, &lines, &nl)) {
        json_decref(root);
        return imp_fail(c, RF_ENOMEM, 0, "out of memory");
    }
    if (json_is_array(root)) {
        json_t *v;
        json_array_foreach(root, i, v)
        {
            if ((st = cb(c, v, NULL, i < nl ? lines[i] : 0)))
                break;
        }
    } else if (json_is_object(root)) {
        const char *k;
        json_t *v;
        json_object_foreach(root, k, v)
        {
            if ((st = cb(c, v, k, i < nl ? lines[i] : 0)))
                break;
            i++;
        }
    } else {
        st = imp_fail(c, RF_EPARSE, 1, "expected a JSON array or object");
    }
    rf_free(lines);
    json_decref(root);
    return st;
}

static rf_status imp_jsonl(imp_ctx *c, const char *text, size_t len, imp_json_cb cb)
{
    size_t pos = 0;
    long line = 0;
    rf_status st = RF_OK;
    while (!st && pos < len) {
        const char *p = text + pos;
        const char *nlp = memchr(p, '\n', len - pos);
        size_t l = nlp ? (size_t)(nlp - p) : len - pos, k = 0;
        json_error_t je;
        json_t *o;
        pos += l + (nlp ? 1 : 0);
        line++;
        while (k < l && rf_isspace((unsigned char)p[k]))
            k++;
        if (k == l)
            continue;
        o = json_loadb(p, l, JSON_REJECT_DUPLICATES, &je);
        if (!o)
            return imp_fail(c, RF_EPARSE, line, "invalid JSON: %s", je.text);
        st = cb(c, o, NULL, line);
        json_decref(o);
    }
    return st;
}

rf_status imp_json_records(imp_ctx *c, imp_json_cb cb)
{
    char *text = NULL;
    size_t len = 0, k = 0;
    rf_status st = imp_read_file(c, &text, &len);
    if (st)
        return st;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        memset(text, ' ', 3);
    }
    if (!rf_utf8_valid(text, len) || strlen(text) != len) {
        rf_free(text);
        return imp_fail(c, RF_EUTF8, 0, "invalid UTF-8 or NUL byte in file");
    }
    while (k < len && rf_isspace((unsigned char)text[k]))
        k++;
    if (k < len && text[k] == '[') {
        st = imp_json_whole(c, text, len, cb);
    } else {
        /* an object of objects (keyed records), one record, or JSON lines */
        json_t *probe = json_loadb(text, len, 0, NULL);
        if (json_is_object(probe) &&
            json_is_object(json_object_iter_value(json_object_iter(probe))))
            st = imp_json_whole(c, text, len, cb);
        else if (json_is_object(probe))
            st = cb(c, probe, NULL, 1);
        else
            st = imp_jsonl(c, text, len, cb);
        json_decref(probe);
    }
    rf_free(text);
    return st;
}

rf_status imp_csv_rows(imp_ctx *c, const char *const *cols, imp_csv_cb cb)
{
    rf_csv *csv = NULL;
    const rf_slice *f;
    size_t n, k, ncols = 0, rowno = 0;
    long ix[32];
    rf_status st = rf_csv_open(c->path, 0, &csv, c->err);
    if (st)
        return st;
    while (cols[ncols] && ncols < 32)
        ncols++;
    if ((st = rf_csv_next(csv, &f, &n, c->err)))
        goto out;
    if (!f) {
        st = imp_fail(c, RF_EPARSE, 1, "empty file (no header row)");
        goto out;
    }
    for (k = 0; k < ncols; k++) {
        const char *name = cols[k][0] == '*' ? cols[k] + 1 : cols[k];
        ix[k] = rf_csv_find(f, n, name);
        if (ix[k] < 0 && cols[k][0] == '*') {
            st = imp_fail(c, RF_EPARSE, rf_csv_line(csv), "missing column '%s'", name);
            goto out;
        }
    }
    for (;;) {
        if ((st = rf_csv_next(csv, &f, &n, c->err)) || !f)
            break;
        if ((st = cb(c, f, ix, rf_csv_line(csv), ++rowno)))
            break;
    }
out:
    rf_csv_close(csv);
    return st;
}

/* ---- dispatch ------------------------------------------------------------- */

typedef struct id_ref {
    const char *id;
    long line;
} id_ref;

static int id_cmp(const void *a, const void *b)
{
    const id_ref *x = a, *y = b;
    int r = strcmp(x->id, y->id);
    if (r)
        return r;
    return (x->line > y->line) - (x->line < y->line);
}

/* Report the duplicate id whose second occurrence comes first in the file. */
static rf_status imp_check_dups(imp_ctx *c)
{
    id_ref *r;
    size_t i;
    long bad_line = -1;
    const char *bad_id = NULL;
    if (c->n < 2)
        return RF_OK;
    if (!(r = rf_malloc(c->n * sizeof *r)))
        return imp_fail(c, RF_ENOMEM, 0, "out of memory");
    for (i = 0; i < c->n; i++) {
        r[i].id = c->items[i]->id;
        r[i].line = c->lines[i];
    }
    qsort(r, c->n, sizeof *r, id_cmp);
    for (i = 1; i < c->n; i++)
        if (strcmp(r[i - 1].id, r[i].id) == 0 && (bad_line < 0 || r[i].line < bad_line)) {
            bad_line = r[i].line;
            bad_id = r[i].id;
        }
    if (bad_id)
        imp_fail(c, RF_EPARSE, bad_line, "duplicate id '%s'", bad_id);
    rf_free(r);
    return bad_id ? RF_EPARSE : RF_OK;
}

static char *imp_stem(const char *path)
{
    const char *b = strrchr(path, '/');
    const char *dot;
    b = b ? b + 1 : path;
    dot = strrchr(b, '.');
    return rf_strndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

static int name_has(const char *path, const char *word)
{
    const char *b = strrchr(path, '/');
    return strstr(b ? b + 1 : path, word) != NULL;
}

rf_status rf_import_load(const char *format, const char *path, rf_item ***items, size_t *n,
                         char *err)
{
    imp_ctx c;
    const imp_format *fm = NULL;
    char *stem = NULL;
    rf_status st;
    size_t i;
    *items = NULL;
    *n = 0;
    for (i = 0; i < sizeof imp_formats / sizeof imp_formats[0]; i++)
        if (strcmp(format, imp_formats[i].name) == 0)
            fm = &imp_formats[i];
    if (!fm) {
        rf_seterr(err, "unknown import format '%s'", format);
        return RF_EUNSUP;
    }
    memset(&c, 0, sizeof c);
    if (!(stem = imp_stem(path))) {
        rf_seterr(err, "out of memory");
        return RF_ENOMEM;
    }
    c.path = path;
    c.format = fm->name;
    c.stem = stem;
    c.err = err;
    c.harmful = fm->harmful;
    if (c.harmful < 0)
        c.harmful = name_has(path, "toxic") ? 1 : name_has(path, "contrast") ? 0 : 1;
    if (fm->load == imp_orbench && fm->harmful < 0)
        c.harmful = name_has(path, "toxic");
    if (fm->load == imp_mossbench && fm->harmful < 0)
        c.harmful = name_has(path, "contrast");
    st = fm->load(&c);
    if (!st && c.n == 0)
        st = imp_fail(&c, RF_EPARSE, 0, "no items found");
    if (!st)
        st = imp_check_dups(&c);
    if (st) {
        for (i = 0; i < c.n; i++)
            rf_item_free(c.items[i]);
        rf_free(c.items);
    } else {
        *items = c.items;
        *n = c.n;
    }
    rf_free(c.lines);
    rf_free(stem);
    return st;
}
