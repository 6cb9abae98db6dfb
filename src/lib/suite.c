/*
 * suite.c - suite items and the streaming suite reader (see refusal/suite.h).
 *
 * Sources, chosen by rf_suite_open():
 *   file    a path: JSONL (one object per line, blank lines skipped) or CSV
 *           with a header row when the name ends in .csv; read line by line,
 *           never slurped (lines up to RF_SUITE_MAX_LINE bytes).
 *   builtin a name of an embedded data/suites/NAME.jsonl, read in place.
 *   import  "FORMAT:FILE": the importer's items (import.h), handed out in order.
 *
 * Item JSON fields (DESIGN.md): id (string, or integer turned into a string),
 * prompt | messages, label (benign|harmful), category, subcategory, language,
 * pair, rubric, scenario, level (1-3), images, modality (text|image-generation),
 * meta. Unknown fields are ignored. item->json is the canonical form: the
 * known fields in that order, compact; the suite hash is SHA-256 over the
 * canonical lines each followed by '\n'.
 *
 * CSV suites use the same column names; messages/rubric/images/meta columns
 * hold JSON text, level a number; empty cells are absent.
 */
#include "refusal/suite.h"

#include <errno.h>
#include <stddef.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "refusal/csv.h"
#include "refusal/data.h"
#include "refusal/import.h"
#include "refusal/sha256.h"
#include "refusal/utf8.h"

#define RF_SUITE_MAX_LINE (16u << 20)
#define RF_SUITE_MAX_MESSAGES 256

enum src_kind { SRC_FILE, SRC_MEM, SRC_IMPORT, SRC_CSV };

struct rf_suite_reader {
    enum src_kind kind;
    char name[128];
    char path[512];
    FILE *fp;
    char *line;
    size_t line_cap;
    const char *mem; /* builtin: contents and cursor */
    size_t mem_len, mem_pos;
    rf_item **items; /* import: items and cursor */
    size_t n_items, next_item;
    rf_csv *csv; /* csv: reader and column of each known field (-1 absent) */
    long col[16];
    long lineno;
    rf_sha256 hash;
    char hex[65];
};

static const char *const builtin_names[] = {"core",      "emotional", "code",
                                            "multiturn", "knowledge", NULL};

const char *const *rf_suite_builtins(void)
{
    return builtin_names;
}

rf_item *rf_item_new(void)
{
    rf_item *it = rf_calloc(1, sizeof *it);
    return it;
}

void rf_item_free(rf_item *it)
{
    if (!it)
        return;
    rf_free(it->id);
    rf_free(it->prompt);
    rf_free(it->messages);
    rf_free(it->label);
    rf_free(it->category);
    rf_free(it->subcategory);
    rf_free(it->language);
    rf_free(it->pair);
    rf_free(it->rubric);
    rf_free(it->scenario);
    rf_free(it->images);
    rf_free(it->modality);
    rf_free(it->meta);
    rf_free(it->json);
    rf_free(it);
}

/* ---- parsing one object ------------------------------------------------ */

static const char *take_string(json_t *v, char **dst, const char *what)
{
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_string(v))
        return what;
    *dst = rf_strndup(json_string_value(v), json_string_length(v));
    return *dst ? NULL : "out of memory";
}

static const char *take_json(json_t *v, char **dst)
{
    if (!v || json_is_null(v))
        return NULL;
    *dst = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
    return *dst ? NULL : "out of memory";
}

static const char *check_messages(json_t *msgs, int *n_user)
{
    size_t i;
    json_t *m;
    if (!json_is_array(msgs) || json_array_size(msgs) == 0)
        return "\"messages\" must be a non-empty array";
    if (json_array_size(msgs) > RF_SUITE_MAX_MESSAGES)
        return "\"messages\" has too many turns";
    *n_user = 0;
    json_array_foreach(msgs, i, m)
    {
        json_t *role = json_object_get(m, "role"), *content = json_object_get(m, "content");
        const char *r;
        if (!json_is_object(m))
            return "every message must be an object with role and content";
        if (!json_is_string(role))
            return "a message lacks a string \"role\"";
        r = json_string_value(role);
        if (strcmp(r, "user") && strcmp(r, "assistant") && strcmp(r, "system"))
            return "a message role must be user, assistant or system";
        if (!json_is_string(content) && !json_is_array(content))
            return "a message \"content\" must be a string or an array of parts";
        if (!strcmp(r, "user"))
            (*n_user)++;
    }
    if (strcmp(json_string_value(json_object_get(json_array_get(msgs, i - 1), "role")), "user"))
        return "the last message must have role \"user\"";
    return NULL;
}

static const char *check_string_array(json_t *v, const char *name)
{
    size_t i;
    json_t *e;
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_array(v))
        return name;
    json_array_foreach(v, i, e) if (!json_is_string(e)) return name;
    return NULL;
}

/* Plain string fields: key, where it goes, the message when not a string. */
typedef struct str_field {
    const char *key;
    size_t off;
    const char *msg;
} str_field;

static const str_field str_fields[] = {
    {"label", offsetof(rf_item, label), "\"label\" must be a string"},
    {"category", offsetof(rf_item, category), "\"category\" must be a string"},
    {"subcategory", offsetof(rf_item, subcategory), "\"subcategory\" must be a string"},
    {"language", offsetof(rf_item, language), "\"language\" must be a string"},
    {"pair", offsetof(rf_item, pair), "\"pair\" must be a string"},
    {"scenario", offsetof(rf_item, scenario), "\"scenario\" must be a string"},
    {"modality", offsetof(rf_item, modality), "\"modality\" must be a string"},
    {NULL, 0, NULL}};

static const char *fill_id(rf_item *it, json_t *id)
{
    char num[32];
    if (json_is_integer(id)) {
        snprintf(num, sizeof num, "%lld", (long long)json_integer_value(id));
        it->id = rf_strdup(num);
    } else if (json_is_string(id) && json_string_length(id) > 0) {
        it->id = rf_strdup(json_string_value(id));
    } else {
        return "missing \"id\" (a non-empty string)";
    }
    return it->id ? NULL : "out of memory";
}

static const char *fill_turns(rf_item *it, json_t *o)
{
    const char *e;
    json_t *v = json_object_get(o, "messages");
    if ((e = take_string(json_object_get(o, "prompt"), &it->prompt, "\"prompt\" must be a string")))
        return e;
    if (v && !json_is_null(v)) {
        if ((e = check_messages(v, &it->n_turns)) || (e = take_json(v, &it->messages)))
            return e;
        if (it->prompt)
            return "give either \"prompt\" or \"messages\", not both";
        return NULL;
    }
    if (!it->prompt)
        return "missing \"prompt\" or \"messages\"";
    it->n_turns = 1;
    return NULL;
}

static const char *check_values(const rf_item *it)
{
    if (it->label && strcmp(it->label, "benign") && strcmp(it->label, "harmful"))
        return "\"label\" must be \"benign\" or \"harmful\"";
    if (it->modality && strcmp(it->modality, "text") && strcmp(it->modality, "image-generation"))
        return "\"modality\" must be \"text\" or \"image-generation\"";
    if (it->language && (strlen(it->language) == 0 || strlen(it->language) > 35))
        return "\"language\" must be a BCP-47 tag";
    return NULL;
}

static const char *fill_structured(rf_item *it, json_t *o)
{
    const char *e;
    json_t *v = json_object_get(o, "level"), *meta = json_object_get(o, "meta");
    if (v && !json_is_null(v)) {
        if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 3)
            return "\"level\" must be an integer from 1 to 3";
        it->level = (int)json_integer_value(v);
    }
    if ((e = check_string_array(json_object_get(o, "rubric"),
                                "\"rubric\" must be an array of strings")) ||
        (e = check_string_array(json_object_get(o, "images"),
                                "\"images\" must be an array of strings")))
        return e;
    if (meta && !json_is_null(meta) && !json_is_object(meta))
        return "\"meta\" must be an object";
    if ((e = take_json(json_object_get(o, "rubric"), &it->rubric)) ||
        (e = take_json(json_object_get(o, "images"), &it->images)) ||
        (e = take_json(meta, &it->meta)))
        return e;
    return NULL;
}

static const char *item_fill(rf_item *it, json_t *o)
{
    const char *e;
    const str_field *f;
    if ((e = fill_id(it, json_object_get(o, "id"))) || (e = fill_turns(it, o)))
        return e;
    for (f = str_fields; f->key; f++) {
        char **dst = (char **)(void *)((char *)it + f->off);
        if ((e = take_string(json_object_get(o, f->key), dst, f->msg)))
            return e;
    }
    if ((e = check_values(it)))
        return e;
    return fill_structured(it, o);
}

static int set_str(json_t *o, const char *k, const char *v)
{
    return v ? json_object_set_new(o, k, json_string(v)) : 0;
}

static int set_raw(json_t *o, const char *k, const char *v)
{
    json_t *j;
    if (!v)
        return 0;
    j = json_loads(v, JSON_DECODE_ANY, NULL);
    return j ? json_object_set_new(o, k, j) : -1;
}

rf_status rf_item_canonicalize(rf_item *it, char *err)
{
    json_t *o = json_object();
    int bad = 0;
    if (!o)
        return RF_ENOMEM;
    bad |= set_str(o, "id", it->id);
    bad |= set_str(o, "prompt", it->prompt);
    bad |= set_raw(o, "messages", it->messages);
    bad |= set_str(o, "label", it->label);
    bad |= set_str(o, "category", it->category);
    bad |= set_str(o, "subcategory", it->subcategory);
    bad |= set_str(o, "language", it->language);
    bad |= set_str(o, "pair", it->pair);
    bad |= set_raw(o, "rubric", it->rubric);
    bad |= set_str(o, "scenario", it->scenario);
    if (it->level)
        bad |= json_object_set_new(o, "level", json_integer(it->level));
    bad |= set_raw(o, "images", it->images);
    bad |= set_str(o, "modality", it->modality);
    bad |= set_raw(o, "meta", it->meta);
    rf_free(it->json);
    it->json = bad ? NULL : json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!it->json) {
        rf_seterr(err, "cannot encode item '%s'", it->id ? it->id : "?");
        return bad ? RF_EPARSE : RF_ENOMEM;
    }
    return RF_OK;
}

static rf_status item_from_object(json_t *o, rf_item **out, char *err)
{
    rf_item *it;
    const char *e;
    rf_status st;
    *out = NULL;
    if (!json_is_object(o)) {
        rf_seterr(err, "expected a JSON object");
        return RF_EPARSE;
    }
    if (!(it = rf_item_new()))
        return RF_ENOMEM;
    if ((e = item_fill(it, o)) != NULL) {
        rf_seterr(err, "%s", e);
        rf_item_free(it);
        return strcmp(e, "out of memory") ? RF_EPARSE : RF_ENOMEM;
    }
    if ((st = rf_item_canonicalize(it, err)) != RF_OK) {
        rf_item_free(it);
        return st;
    }
    *out = it;
    return RF_OK;
}

rf_status rf_item_from_json(const char *text, size_t len, rf_item **out, char *err)
{
    json_error_t je;
    json_t *o;
    rf_status st;
    *out = NULL;
    o = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    if (!o) {
        rf_seterr(err, "invalid JSON at column %d: %s", je.column, je.text);
        return RF_EPARSE;
    }
    st = item_from_object(o, out, err);
    json_decref(o);
    return st;
}

/* ---- the reader --------------------------------------------------------- */

static void base_name(char *dst, size_t cap, const char *path)
{
    const char *b = strrchr(path, '/'), *dot;
    size_t n;
    b = b ? b + 1 : path;
    dot = strrchr(b, '.');
    n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, b, n);
    dst[n] = '\0';
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* "FORMAT:FILE" where FORMAT is a known importer name. */
static int import_spec(const char *spec, char *fmt, size_t cap)
{
    const char *colon = strchr(spec, ':');
    const char *const *f;
    size_t n;
    if (!colon || colon == spec || (size_t)(colon - spec) >= cap)
        return 0;
    n = (size_t)(colon - spec);
    memcpy(fmt, spec, n);
    fmt[n] = '\0';
    for (f = rf_import_formats(); *f; f++)
        if (strcmp(*f, fmt) == 0)
            return 1;
    return 0;
}

static rf_status open_import(rf_suite_reader *r, const char *fmt, const char *path, char *err)
{
    rf_status st = rf_import_load(fmt, path, &r->items, &r->n_items, err);
    if (st)
        return st;
    r->kind = SRC_IMPORT;
    base_name(r->name, sizeof r->name, path);
    snprintf(r->path, sizeof r->path, "%s", path);
    return RF_OK;
}

static rf_status open_builtin(rf_suite_reader *r, const char *spec, char *err)
{
    char path[256];
    const char *const *b;
    rf_buf names;
    snprintf(path, sizeof path, "data/suites/%s.jsonl", spec);
    if (strlen(spec) < 64 && !strchr(spec, '/') && (r->mem = rf_data_find(path, &r->mem_len))) {
        r->kind = SRC_MEM;
        snprintf(r->name, sizeof r->name, "%s", spec);
        snprintf(r->path, sizeof r->path, "%s", spec);
        return RF_OK;
    }
    rf_buf_init(&names, 1024);
    for (b = builtin_names; *b; b++) {
        snprintf(path, sizeof path, "data/suites/%s.jsonl", *b);
        if (rf_data_find(path, NULL) && rf_buf_printf(&names, "%s%s", names.len ? ", " : "", *b))
            break;
    }
    rf_seterr(err, "%s: no such file or built-in suite (built-in: %s)", spec,
              names.len ? rf_buf_ptr(&names) : "none");
    rf_buf_free(&names);
    return RF_ENOTFOUND;
}

static void hash_item(rf_suite_reader *r, const rf_item *it)
{
    rf_sha256_update(&r->hash, it->json, strlen(it->json));
    rf_sha256_update(&r->hash, "\n", 1);
}

/* CSV columns, by the JSON field they fill; JSON-valued ones hold JSON text. */
static const char *const csv_fields[] = {
    "id",     "prompt",   "messages", "label",  "category", "subcategory", "language", "pair",
    "rubric", "scenario", "level",    "images", "modality", "meta",        NULL};

static int csv_json_valued(int k)
{
    return k == 2 || k == 8 || k == 11 || k == 13;
}

static rf_status open_csv(rf_suite_reader *r, char *err)
{
    const rf_slice *f;
    size_t n;
    int k;
    rf_status st = rf_csv_open_file(r->fp, r->path, 0, &r->csv, err);
    if (st)
        return st;
    r->kind = SRC_CSV;
    if ((st = rf_csv_next(r->csv, &f, &n, err)) != RF_OK)
        return st;
    if (!f) {
        rf_seterr(err, "%s:1: empty CSV file (a header row is required)", r->path);
        return RF_EPARSE;
    }
    for (k = 0; csv_fields[k]; k++)
        r->col[k] = rf_csv_find(f, n, csv_fields[k]);
    if (r->col[0] < 0 || (r->col[1] < 0 && r->col[2] < 0)) {
        rf_seterr(err, "%s:1: the header must name an \"id\" and a \"prompt\" column", r->path);
        return RF_EPARSE;
    }
    return RF_OK;
}

/* One CSV record into a JSON object of the item's fields. */
static const char *csv_object(rf_suite_reader *r, const rf_slice *f, size_t n, json_t **out)
{
    json_t *o = json_object();
    int k;
    *out = o;
    if (!o)
        return "out of memory";
    for (k = 0; csv_fields[k]; k++) {
        const rf_slice *v;
        json_t *j;
        if (r->col[k] < 0 || (size_t)r->col[k] >= n || f[r->col[k]].len == 0)
            continue;
        v = &f[r->col[k]];
        if (csv_json_valued(k)) {
            j = json_loadb(v->ptr, v->len, JSON_DECODE_ANY, NULL);
            if (!j)
                return "a JSON-valued column (messages, rubric, images, meta) is not valid JSON";
        } else if (k == 10) {
            int64_t lv;
            if (rf_parse_i64(v->ptr, 1, 3, &lv) != RF_OK)
                return "\"level\" must be an integer from 1 to 3";
            j = json_integer(lv);
        } else {
            j = json_stringn(v->ptr, v->len);
        }
        if (!j || json_object_set_new(o, csv_fields[k], j))
            return "out of memory";
    }
    return NULL;
}

static rf_status csv_next_item(rf_suite_reader *r, rf_item **item, char *err)
{
    const rf_slice *f;
    size_t n;
    json_t *o = NULL;
    const char *why;
    char why2[RF_ERR_LEN] = "";
    rf_status st = rf_csv_next(r->csv, &f, &n, err);
    if (st || !f)
        return st;
    r->lineno = rf_csv_line(r->csv);
    why = csv_object(r, f, n, &o);
    if (!why && (st = item_from_object(o, item, why2)) != RF_OK)
        why = why2[0] ? why2 : rf_status_str(st);
    json_decref(o);
    if (why) {
        rf_seterr(err, "%s:%ld: %s", r->path, r->lineno, why);
        return RF_EPARSE;
    }
    hash_item(r, *item);
    return RF_OK;
}

rf_status rf_suite_open(const char *spec, rf_suite_reader **out, char *err)
{
    rf_suite_reader *r;
    char fmt[32];
    rf_status st = RF_OK;

    *out = NULL;
    if (!(r = rf_calloc(1, sizeof *r)))
        return RF_ENOMEM;
    rf_sha256_init(&r->hash);
    if (import_spec(spec, fmt, sizeof fmt)) {
        st = open_import(r, fmt, strchr(spec, ':') + 1, err);
    } else if (strcmp(spec, "-") == 0) {
        r->kind = SRC_FILE;
        r->fp = stdin;
        snprintf(r->name, sizeof r->name, "stdin");
        snprintf(r->path, sizeof r->path, "<stdin>");
    } else if ((r->fp = fopen(spec, "rb")) != NULL) {
        r->kind = SRC_FILE;
        base_name(r->name, sizeof r->name, spec);
        snprintf(r->path, sizeof r->path, "%s", spec);
        if (ends_with(spec, ".csv") || ends_with(spec, ".CSV"))
            st = open_csv(r, err);
    } else if (errno != ENOENT || strchr(spec, '/') || strchr(spec, '.')) {
        rf_seterr(err, "%s: %s", spec, strerror(errno));
        st = errno == ENOENT ? RF_ENOTFOUND : RF_EIO;
    } else {
        st = open_builtin(r, spec, err);
    }
    if (st) {
        rf_suite_close(r);
        return st;
    }
    *out = r;
    return RF_OK;
}

/* Next raw line into (*p, *n); 0 at EOF, -1 on error. */
static int next_line(rf_suite_reader *r, const char **p, size_t *n, char *err)
{
    if (r->kind == SRC_MEM) {
        const char *s = r->mem + r->mem_pos, *nl;
        if (r->mem_pos >= r->mem_len)
            return 0;
        nl = memchr(s, '\n', r->mem_len - r->mem_pos);
        *p = s;
        *n = nl ? (size_t)(nl - s) : r->mem_len - r->mem_pos;
        r->mem_pos += *n + (nl ? 1 : 0);
    } else {
        ssize_t got = getline(&r->line, &r->line_cap, r->fp);
        if (got < 0) {
            if (ferror(r->fp)) {
                rf_seterr(err, "%s:%ld: read error: %s", r->path, r->lineno + 1, strerror(errno));
                return -1;
            }
            return 0;
        }
        *p = r->line;
        *n = (size_t)got;
        if (*n > RF_SUITE_MAX_LINE) {
            r->lineno++;
            rf_seterr(err, "%s:%ld: line longer than %u bytes", r->path, r->lineno,
                      RF_SUITE_MAX_LINE);
            return -2;
        }
    }
    r->lineno++;
    while (*n && ((*p)[*n - 1] == '\n' || (*p)[*n - 1] == '\r'))
        (*n)--;
    return 1;
}

static int blank(const char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!rf_isspace((unsigned char)p[i]))
            return 0;
    return 1;
}

rf_status rf_suite_next(rf_suite_reader *r, rf_item **item, char *err)
{
    const char *p;
    size_t n;
    int got;
    char why[RF_ERR_LEN];
    rf_status st;

    *item = NULL;
    if (r->kind == SRC_CSV)
        return csv_next_item(r, item, err);
    if (r->kind == SRC_IMPORT) {
        if (r->next_item < r->n_items) {
            *item = r->items[r->next_item];
            r->items[r->next_item++] = NULL;
            r->lineno = (long)r->next_item;
            hash_item(r, *item);
        }
        return RF_OK;
    }
    do {
        got = next_line(r, &p, &n, err);
        if (got == -1)
            return RF_EIO;
        if (got == -2)
            return RF_EPARSE;
        if (got == 0)
            return RF_OK;
        if (r->lineno == 1 && n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
            p += 3;
            n -= 3;
        }
    } while (blank(p, n));
    why[0] = '\0';
    st = rf_item_from_json(p, n, item, why);
    if (st) {
        rf_seterr(err, "%s:%ld: %s", r->path, r->lineno, why[0] ? why : rf_status_str(st));
        return st;
    }
    hash_item(r, *item);
    return RF_OK;
}

const char *rf_suite_name(const rf_suite_reader *r)
{
    return r->name;
}

void rf_suite_relabel(rf_suite_reader *r, const char *path, const char *name)
{
    snprintf(r->path, sizeof r->path, "%s", path);
    snprintf(r->name, sizeof r->name, "%s", name);
}

const char *rf_suite_hash(rf_suite_reader *r)
{
    rf_sha256_hex(&r->hash, r->hex);
    return r->hex;
}

long rf_suite_line(const rf_suite_reader *r)
{
    return r->lineno;
}

void rf_suite_close(rf_suite_reader *r)
{
    size_t i;
    if (!r)
        return;
    rf_csv_close(r->csv);
    if (r->fp && r->fp != stdin)
        fclose(r->fp);
    free(r->line); /* allocated by getline() */
    for (i = 0; i < r->n_items; i++)
        rf_item_free(r->items[i]);
    rf_free(r->items);
    rf_free(r);
}
