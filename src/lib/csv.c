/*
 * csv.c - streaming RFC 4180 CSV record reader (see refusal/csv.h).
 *
 * Input comes from a FILE* (read in CSV_CHUNK blocks) or a memory block; the
 * cursor is csv_getc() with one character of push-back. A record is parsed by
 * a small state machine into c->rec, one rf_buf holding every field followed
 * by a NUL; c->off[i] / c->len[i] locate field i, and c->slices is rebuilt
 * after the record is complete (the buffer may move while it grows).
 *
 * Invariants: c->line is the physical line of the cursor (1-based, counting
 * LF, CRLF and lone CR as one line end each); c->rec_line is where the
 * current record started. c->dead holds the status of an unrecoverable error
 * (repeated on every later call with c->dead_msg).
 *
 * Ownership: the reader owns its name, buffers and the FILE it opened by
 * path; slices returned by rf_csv_next are borrowed until the next call.
 * Callers: importers (import*.c) and the CSV suite reader (suite.c).
 */
#include "refusal/csv.h"

#include <errno.h>
#include <string.h>

#include "refusal/utf8.h"

#define CSV_CHUNK 65536
#define CSV_EOF (-1)
#define CSV_EIOC (-2)

struct rf_csv {
    FILE *f;
    int own_f;
    const unsigned char *mem;
    size_t mem_len;
    unsigned char *chunk;
    size_t chunk_len, chunk_pos;
    int pushback[4]; /* push-back stack, npush entries */
    int npush;
    char *name;
    unsigned flags;
    long line, rec_line;
    int started;
    size_t width; /* field count of the first record, 0 before it */
    rf_buf rec;
    size_t *off, *len;
    rf_slice *slices;
    size_t n_fields, cap_fields;
    size_t repaired;
    rf_status pend; /* per-record error found mid-record, reported at its end */
    long pend_line;
    char pend_why[96];
    rf_status dead;
    char dead_msg[RF_ERR_LEN];
};

static int csv_fill(rf_csv *c)
{
    size_t got;
    if (c->mem)
        return CSV_EOF;
    got = fread(c->chunk, 1, CSV_CHUNK, c->f);
    if (got == 0)
        return ferror(c->f) ? CSV_EIOC : CSV_EOF;
    c->chunk_len = got;
    c->chunk_pos = 0;
    return 0;
}

static inline int csv_getc(rf_csv *c)
{
    int r;
    if (c->npush)
        return c->pushback[--c->npush];
    if (c->chunk_pos >= c->chunk_len) {
        r = csv_fill(c);
        if (r)
            return r;
    }
    return c->mem ? c->mem[c->chunk_pos++] : c->chunk[c->chunk_pos++];
}

static inline void csv_ungetc(rf_csv *c, int ch)
{
    if (ch >= 0 && c->npush < 4)
        c->pushback[c->npush++] = ch;
}

static rf_status csv_new(const char *name, unsigned flags, rf_csv **out, char *err)
{
    rf_csv *c = rf_calloc(1, sizeof *c);
    *out = NULL;
    if (!c || !(c->name = rf_strdup(name ? name : "(csv)"))) {
        rf_free(c);
        rf_seterr(err, "out of memory");
        return RF_ENOMEM;
    }
    c->flags = flags;
    c->line = 1;
    rf_buf_init(&c->rec, RF_CSV_MAX_RECORD);
    *out = c;
    return RF_OK;
}

rf_status rf_csv_open_file(FILE *f, const char *name, unsigned flags, rf_csv **out, char *err)
{
    rf_status st = csv_new(name, flags, out, err);
    if (st)
        return st;
    (*out)->f = f;
    (*out)->chunk = rf_malloc(CSV_CHUNK);
    if (!(*out)->chunk) {
        rf_csv_close(*out);
        *out = NULL;
        rf_seterr(err, "out of memory");
        return RF_ENOMEM;
    }
    return RF_OK;
}

rf_status rf_csv_open_mem(const char *data, size_t len, const char *name, unsigned flags,
                          rf_csv **out, char *err)
{
    rf_status st = csv_new(name, flags, out, err);
    if (st)
        return st;
    (*out)->mem = (const unsigned char *)data;
    (*out)->mem_len = len;
    (*out)->chunk_len = len;
    return RF_OK;
}

rf_status rf_csv_open(const char *path, unsigned flags, rf_csv **out, char *err)
{
    FILE *f;
    rf_status st;
    *out = NULL;
    if (strcmp(path, "-") == 0)
        return rf_csv_open_file(stdin, "(stdin)", flags, out, err);
    f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        rf_seterr(err, "%s: %s", path, strerror(e));
        return e == ENOENT ? RF_ENOTFOUND : RF_EIO;
    }
    st = rf_csv_open_file(f, path, flags, out, err);
    if (st) {
        fclose(f);
        return st;
    }
    (*out)->own_f = 1;
    return RF_OK;
}

void rf_csv_close(rf_csv *c)
{
    if (!c)
        return;
    if (c->own_f && c->f)
        fclose(c->f);
    rf_free(c->chunk);
    rf_free(c->name);
    rf_buf_free(&c->rec);
    rf_free(c->off);
    rf_free(c->len);
    rf_free(c->slices);
    rf_free(c);
}

long rf_csv_line(const rf_csv *c)
{
    return c->rec_line;
}
const char *rf_csv_name(const rf_csv *c)
{
    return c->name;
}
size_t rf_csv_repaired(const rf_csv *c)
{
    return c->repaired;
}

long rf_csv_find(const rf_slice *fields, size_t n, const char *name)
{
    size_t i, nl = strlen(name);
    for (i = 0; i < n; i++) {
        const char *p = fields[i].ptr;
        size_t l = fields[i].len, k;
        while (l && rf_isspace((unsigned char)*p)) {
            p++;
            l--;
        }
        while (l && rf_isspace((unsigned char)p[l - 1]))
            l--;
        if (l != nl)
            continue;
        for (k = 0; k < l; k++)
            if (rf_tolower((unsigned char)p[k]) != rf_tolower((unsigned char)name[k]))
                break;
        if (k == l)
            return (long)i;
    }
    return -1;
}

/* Skip the BOM at the very start of input. */
static int csv_skip_bom(rf_csv *c)
{
    int a = csv_getc(c), b, d;
    if (a != 0xEF) {
        if (a >= 0)
            csv_ungetc(c, a);
        return a < 0 ? a : 0;
    }
    b = csv_getc(c);
    d = b == 0xBB ? csv_getc(c) : CSV_EOF;
    if (b == 0xBB && d == 0xBF)
        return 0;
    /* Not a BOM: push the bytes back, last first. */
    if (b == 0xBB)
        csv_ungetc(c, d);
    csv_ungetc(c, b);
    csv_ungetc(c, a);
    return (b == CSV_EIOC || d == CSV_EIOC) ? CSV_EIOC : 0;
}

/* Record a fatal error: this and every later call fail with it. */
static rf_status csv_fatal(rf_csv *c, rf_status st, long line, const char *why, char *err)
{
    snprintf(c->dead_msg, sizeof c->dead_msg, "%s:%ld: %s", c->name, line, why);
    rf_seterr(err, "%s", c->dead_msg);
    c->dead = st;
    return st;
}

/* Note a per-record error; the record is still read to its end so that the
 * reader resynchronises, then the first such error is reported. */
static void csv_pending(rf_csv *c, rf_status st, const char *why)
{
    if (c->pend)
        return;
    c->pend = st;
    c->pend_line = c->line;
    snprintf(c->pend_why, sizeof c->pend_why, "%s", why);
}

static rf_status csv_push_field(rf_csv *c, size_t start, char *err)
{
    size_t flen = c->rec.len - start;
    const char *fp = rf_buf_ptr(&c->rec) + start;
    if (c->n_fields >= RF_CSV_MAX_FIELDS)
        return csv_fatal(c, RF_ELIMIT, c->rec_line, "too many fields in one record", err);
    if (!rf_utf8_valid(fp, flen)) {
        rf_buf tmp;
        rf_status st;
        if (!(c->flags & RF_CSV_REPAIR_UTF8)) {
            char why[64];
            snprintf(why, sizeof why, "invalid UTF-8 in field %zu", c->n_fields + 1);
            csv_pending(c, RF_EUTF8, why);
        } else {
            rf_buf_init(&tmp, RF_CSV_MAX_RECORD);
            st = rf_utf8_sanitize(&tmp, fp, flen);
            rf_buf_shrink(&c->rec, flen);
            if (!st)
                st = rf_buf_add(&c->rec, rf_buf_ptr(&tmp), rf_buf_len(&tmp));
            rf_buf_free(&tmp);
            if (st)
                return csv_fatal(c, st, c->rec_line, "record too long", err);
            c->repaired++;
        }
    }
    if (c->n_fields == c->cap_fields) {
        size_t nc = c->cap_fields ? c->cap_fields * 2 : 16;
        size_t *no = rf_realloc(c->off, nc * sizeof *no);
        size_t *nl;
        if (no)
            c->off = no;
        nl = no ? rf_realloc(c->len, nc * sizeof *nl) : NULL;
        if (!nl)
            return csv_fatal(c, RF_ENOMEM, c->rec_line, "out of memory", err);
        c->len = nl;
        c->cap_fields = nc;
    }
    c->off[c->n_fields] = start;
    c->len[c->n_fields] = c->rec.len - start;
    c->n_fields++;
    if (rf_buf_addc(&c->rec, '\0'))
        return csv_fatal(c, RF_ELIMIT, c->rec_line, "record too long", err);
    return RF_OK;
}

/* Append one byte of field data; a NUL is dropped and noted. */
static rf_status csv_add(rf_csv *c, int ch, char *err)
{
    if (ch == 0) {
        csv_pending(c, RF_EPARSE, "NUL byte in input");
        return RF_OK;
    }
    if (rf_buf_addc(&c->rec, (char)ch))
        return csv_fatal(c, RF_ELIMIT, c->rec_line, "record too long", err);
    return RF_OK;
}

/* Parse a quoted field whose opening quote was consumed; *ch gets the
 * character after the closing quote. Line ends inside are kept verbatim. */
static rf_status csv_quoted(rf_csv *c, int *ch, char *err)
{
    rf_status st;
    for (;;) {
        int x = csv_getc(c);
        if (x == CSV_EIOC)
            return csv_fatal(c, RF_EIO, c->line, "read error", err);
        if (x == CSV_EOF)
            return csv_fatal(c, RF_EPARSE, c->rec_line, "unterminated quoted field", err);
        if (x == '"') {
            int nx = csv_getc(c);
            if (nx != '"') {
                *ch = nx;
                return RF_OK;
            }
        } else if (x == '\n') {
            c->line++;
        } else if (x == '\r') {
            int nx = csv_getc(c);
            csv_ungetc(c, nx);
            if (nx != '\n')
                c->line++;
        }
        if ((st = csv_add(c, x, err)))
            return st;
    }
}

/* Unquoted field data from ch up to a delimiter, line end or end of input. */
static rf_status csv_unquoted(rf_csv *c, int *ch, char *err)
{
    rf_status st;
    while (*ch >= 0 && *ch != ',' && *ch != '\n' && *ch != '\r') {
        if ((st = csv_add(c, *ch, err)))
            return st;
        *ch = csv_getc(c);
    }
    return RF_OK;
}

/* Parse the fields of one record starting with character ch. */
static rf_status csv_record(rf_csv *c, int ch, char *err)
{
    rf_status st;
    for (;;) {
        size_t start = c->rec.len;
        if (ch == '"') {
            if ((st = csv_quoted(c, &ch, err)))
                return st;
            if (ch >= 0 && ch != ',' && ch != '\n' && ch != '\r') {
                csv_pending(c, RF_EPARSE, "unexpected character after closing quote");
                if ((st = csv_unquoted(c, &ch, err)))
                    return st;
            }
        } else if ((st = csv_unquoted(c, &ch, err))) {
            return st;
        }
        if (ch == CSV_EIOC)
            return csv_fatal(c, RF_EIO, c->line, "read error", err);
        if ((st = csv_push_field(c, start, err)))
            return st;
        if (ch == ',') {
            ch = csv_getc(c);
            continue;
        }
        if (ch == '\r') {
            int nx = csv_getc(c);
            if (nx != '\n')
                csv_ungetc(c, nx);
        }
        if (ch >= 0)
            c->line++;
        return RF_OK;
    }
}

/* Skip blank lines; returns the first character of the next record. */
static int csv_skip_blank(rf_csv *c)
{
    for (;;) {
        int ch = csv_getc(c);
        if (ch == '\n') {
            c->line++;
        } else if (ch == '\r') {
            int nx = csv_getc(c);
            if (nx != '\n')
                csv_ungetc(c, nx);
            c->line++;
        } else {
            return ch;
        }
    }
}

static rf_status csv_finish(rf_csv *c, char *err)
{
    size_t i;
    char why[RF_ERR_LEN];
    if (c->pend) {
        rf_status st = c->pend;
        snprintf(why, sizeof why, "%s:%ld: %s", c->name, c->pend_line, c->pend_why);
        rf_seterr(err, "%s", why);
        c->pend = RF_OK;
        return st;
    }
    if (!(c->flags & RF_CSV_RAGGED)) {
        if (c->width == 0) {
            c->width = c->n_fields;
        } else if (c->n_fields != c->width) {
            rf_seterr(err, "%s:%ld: expected %zu fields, got %zu", c->name, c->rec_line, c->width,
                      c->n_fields);
            return RF_EPARSE;
        }
    }
    if (c->n_fields > 0) {
        rf_slice *ns = rf_realloc(c->slices, c->cap_fields * sizeof *ns);
        if (!ns)
            return csv_fatal(c, RF_ENOMEM, c->rec_line, "out of memory", err);
        c->slices = ns;
    }
    for (i = 0; i < c->n_fields; i++) {
        c->slices[i].ptr = rf_buf_ptr(&c->rec) + c->off[i];
        c->slices[i].len = c->len[i];
    }
    return RF_OK;
}

rf_status rf_csv_next(rf_csv *c, const rf_slice **fields, size_t *n, char *err)
{
    int ch;
    rf_status st;
    *fields = NULL;
    *n = 0;
    if (c->dead) {
        rf_seterr(err, "%s", c->dead_msg);
        return c->dead;
    }
    if (!c->started) {
        c->started = 1;
        if (csv_skip_bom(c) == CSV_EIOC)
            return csv_fatal(c, RF_EIO, 1, "read error", err);
    }
    ch = csv_skip_blank(c);
    if (ch == CSV_EIOC)
        return csv_fatal(c, RF_EIO, c->line, "read error", err);
    if (ch == CSV_EOF)
        return RF_OK;
    c->rec_line = c->line;
    rf_buf_reset(&c->rec);
    c->n_fields = 0;
    c->pend = RF_OK;
    if ((st = csv_record(c, ch, err)) || (st = csv_finish(c, err)))
        return st;
    *fields = c->slices;
    *n = c->n_fields;
    return RF_OK;
}
