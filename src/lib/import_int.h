/*
 * import_int.h - internals shared by import.c (dispatch, helpers, JSON record
 * iteration) and import_fmt.c (one converter per public benchmark format).
 *
 * An imp_ctx collects the items of one file. Converters build an item with
 * imp_item(), fill it, and hand it to imp_push() together with the physical
 * line it came from; on any error the converter returns a status with
 * "file:line: reason" in c->err and rf_import_load() frees everything
 * collected so far (nothing is half-imported).
 */
#ifndef RF_IMPORT_INT_H
#define RF_IMPORT_INT_H

#include <jansson.h>

#include "refusal/buf.h"
#include "refusal/import.h"

/* Limits: size of a JSON/JSONL file read whole, items in one import. */
#define IMP_MAX_FILE (512u * 1024u * 1024u)
#define IMP_MAX_ITEMS 10000000u

typedef struct imp_ctx {
    const char *path;   /* file being read (messages) */
    const char *format; /* canonical format name */
    const char *stem;   /* base name of path without extension (generated ids) */
    int harmful;        /* variant flag chosen by dispatch (orbench, coconot, mossbench) */
    rf_item **items;
    long *lines;
    size_t n, cap;
    char *err;
} imp_ctx;

/* Fail with "path:line: fmt..."; returns st. */
rf_status imp_fail(imp_ctx *c, rf_status st, long line, const char *fmt, ...) RF_PRINTF(4, 5);

/* A new item with id, prompt and label copied (prompt must be non-empty after
 * spaces). NULL with c->err set ("path:line: ...") on failure. */
rf_item *imp_item(imp_ctx *c, long line, const char *id, const char *prompt, const char *label);

/* Copy s into *dst (NULL or empty s leaves *dst NULL). -1 on allocation failure. */
int imp_set(char **dst, const char *s);

/* Attach meta (taken; an empty object is dropped), canonicalize and append
 * the item (taken in every case). */
rf_status imp_push(imp_ctx *c, rf_item *it, json_t *meta, long line);

/* Add a string to a meta object when s is non-empty. -1 on failure. */
int imp_meta_str(json_t *meta, const char *key, const char *s);

/* Generated id "<stem>-<n>" into buf. */
void imp_gen_id(const imp_ctx *c, size_t n, char *buf, size_t len);

/* Parse a list of strings written as a JSON array or as a Python list literal
 * (['a', "b"]); *out is a new JSON array. Returns NULL or a static reason. */
const char *imp_parse_list(const char *s, json_t **out);

/* String value of o[key] (NULL when absent, null or not a string); numbers are
 * formatted into buf. */
const char *imp_json_str(json_t *o, const char *key, char *buf, size_t len);

/* Iterate the records of a JSON array, a JSON object of objects (keyed
 * records: the key is passed) or JSON lines; cb gets each object and the line
 * where it starts. */
typedef rf_status (*imp_json_cb)(imp_ctx *c, json_t *rec, const char *key, long line);
rf_status imp_json_records(imp_ctx *c, imp_json_cb cb);

/* Iterate the data rows of a CSV file with a header. cols lists the column
 * names the converter reads ("*name" = required); ix[i] is the index of
 * cols[i] in the row or -1. */
typedef rf_status (*imp_csv_cb)(imp_ctx *c, const rf_slice *row, const long *ix, long line,
                                size_t rowno);
rf_status imp_csv_rows(imp_ctx *c, const char *const *cols, imp_csv_cb cb);

/* Field k of a CSV row (NUL-terminated) or NULL when the column is absent. */
static inline const char *imp_col(const rf_slice *row, const long *ix, int k)
{
    return ix[k] >= 0 ? row[ix[k]].ptr : NULL;
}

/* Converters (import_fmt.c). */
rf_status imp_xstest(imp_ctx *c);
rf_status imp_orbench(imp_ctx *c);
rf_status imp_coconot(imp_ctx *c);
rf_status imp_fortress(imp_ctx *c);
rf_status imp_rmcbench(imp_ctx *c);
rf_status imp_mossbench(imp_ctx *c);
rf_status imp_overt(imp_ctx *c);
rf_status imp_evorefuse(imp_ctx *c);
rf_status imp_harmbench(imp_ctx *c);
rf_status imp_donotanswer(imp_ctx *c);
rf_status imp_multijail(imp_ctx *c);
rf_status imp_sorrybench(imp_ctx *c);

#endif
