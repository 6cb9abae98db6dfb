/*
 * lexgen.c - build-time tool (session 15, s15-startup): compiles the
 * embedded lexicons with the library's own code (rf_lex_compile_embedded)
 * and writes the compiled tables, resolved for the scan, as const data,
 * so that the refusal binary loads them without compiling anything
 * (rf_lex_precompiled, lexicon_int.h); the same for the embedded default
 * model (its weights as the detector reads them, rf_model_precompiled,
 * model_int.h).
 *
 * usage: rf_lexgen OUT.c OUT.S OUT.bin
 *
 * The tables (automaton nodes and reps, edges, dense rows, fragments,
 * chains, rules and markers and their strings, the model weights) are raw
 * bytes in OUT.bin, each at a multiple of 64 bytes, as this host lays them out
 * (s15-incbin); OUT.S defines one read-only symbol per table over that
 * blob with the GNU assembler's .incbin (incbin.h, shared with embed.c),
 * and OUT.c declares them extern:
 * the compiler never sees the tens of MB. The rf_lexicon itself is a table
 * too, its pointers zeroed; the generated rf_lex_precompiled copies it and
 * sets the pointers, so a field added to rf_lexicon travels without a
 * change here (test_lexicon_tab compares every byte but the pointers).
 * The resolved prefix rows (23 MB) are not written: rf_lex_precompiled
 * rebuilds them at load (rf_lex_prefix_rows, s16-size: about 6.5 M
 * instructions), and the fragment texts are gone once compiled. Rules and
 * markers are written without their string pointers, their strings one
 * after another (rf_lex_attach_texts copies them at load): the binary
 * holds no relocations for them (s16-size). The output
 * depends only on the lexicons and the library code; each file is
 * rewritten only when its bytes change, so that the build does not
 * reassemble or recompile it when an unrelated library file changed.
 * CMakeLists.txt runs this tool; the files are build artefacts.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/model.h"
#include "incbin.h"
#include "lexicon_int.h"
#include "model_int.h"

/* ---- buffered output ----------------------------------------------------- */

typedef struct writer {
    FILE *f;
    char buf[1 << 16];
    size_t n;
} writer;

static void w_flush(writer *w)
{
    if (w->n)
        fwrite(w->buf, 1, w->n, w->f);
    w->n = 0;
}

static void w_put(writer *w, const char *s, size_t n)
{
    if (w->n + n > sizeof w->buf)
        w_flush(w);
    if (n > sizeof w->buf) {
        fwrite(s, 1, n, w->f);
        return;
    }
    memcpy(w->buf + w->n, s, n);
    w->n += n;
}

static void w_str(writer *w, const char *s)
{
    w_put(w, s, strlen(s));
}

/* printf into the buffer; a longer line (an .incbin of a long build path)
 * goes straight to the file rather than being cut short. */
static void w_fmt(writer *w, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        w_put(w, tmp, (size_t)n);
        return;
    }
    w_flush(w);
    va_start(ap, fmt);
    vfprintf(w->f, fmt, ap);
    va_end(ap);
}

/* p[0..n) as a C string literal (lines of about 100 characters): printable
 * ASCII as itself but for " \ and ? (no trigraphs), other bytes as octal
 * escapes, padded to three digits only before a digit 0-7. */
static void w_string(writer *w, const unsigned char *p, size_t n)
{
    size_t i, col = 0;
    w_str(w, "\"");
    for (i = 0; i < n; i++) {
        unsigned c = p[i];
        char e[4];
        size_t k = 0;
        if (col >= 100) {
            w_str(w, "\"\n\"");
            col = 0;
        }
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
            e[k++] = (char)c;
        } else {
            int pad = i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7';
            e[k++] = '\\';
            if (pad || c >= 64)
                e[k++] = (char)('0' + (c >> 6));
            if (pad || c >= 8)
                e[k++] = (char)('0' + ((c >> 3) & 7));
            e[k++] = (char)('0' + (c & 7));
        }
        w_put(w, e, k);
        col += k;
    }
    w_str(w, "\"");
}

/* ---- the blob ----------------------------------------------------------- */

#define MAX_TABLES 16

/* The tables written to the blob so far: name, C type, offset, size. */
typedef struct blob {
    FILE *f;
    size_t off;
    size_t n;
    struct {
        const char *name, *type;
        size_t off, size;
    } t[MAX_TABLES];
} blob;

/* The temporary file being written (open_tmp .. commit), "" when none:
 * every error exit removes it. */
static char g_tmp[4096];

/* Report what (with errno's message when sys), remove the temporary file
 * and exit. */
static void fail(const char *what, int sys)
{
    if (sys)
        perror(what);
    else
        fprintf(stderr, "rf_lexgen: %s\n", what);
    if (g_tmp[0])
        remove(g_tmp);
    exit(1);
}

static void die(const char *what)
{
    fail(what, 0);
}

/* A table of n elements of size sz named name, typed type: its bytes in
 * the blob at the next multiple of 64 (as malloc aligns at least). */
static void w_table(blob *bl, const char *name, const char *type, const void *p, size_t sz,
                    size_t n)
{
    static const char zero[64];
    size_t pad = (64 - bl->off % 64) % 64;
    if (!n)
        return;
    if (bl->n == MAX_TABLES)
        die("too many tables");
    fwrite(zero, 1, pad, bl->f);
    bl->off += pad;
    bl->t[bl->n].name = name;
    bl->t[bl->n].type = type;
    bl->t[bl->n].off = bl->off;
    bl->t[bl->n].size = n * sz;
    bl->n++;
    fwrite(p, sz, n, bl->f);
    bl->off += n * sz;
}

/* The assembler file: one symbol per table over the blob (incbin.h). */
static void w_asm(FILE *as, const blob *bl, const char *bin)
{
    size_t i;
    if (!incbin_path_ok(bin))
        die("blob path holds a quote, backslash or newline");
    incbin_head(as, "lexgen.c");
    for (i = 0; i < bl->n; i++)
        incbin_symbol(as, bl->t[i].name, bin, bl->t[i].off, bl->t[i].size, 0);
    incbin_tail(as);
}

/* The extern declarations of the tables in OUT.c. */
static void w_externs(writer *w, const blob *bl)
{
    size_t i;
    for (i = 0; i < bl->n; i++)
        w_fmt(w, "extern const %s %s[];\n", bl->t[i].type, bl->t[i].name);
}

/* ---- the tables ---------------------------------------------------------- */

/* The rules and markers as tables of the blob (s16-size: no pointers, so
 * no relocations): each with its string pointer zeroed, every other byte
 * (padding too) written as a zeroed copy holds it, and their strings one
 * after another, each with its NUL (rf_lex_attach_texts puts the pointers
 * back at load). The copies go field by field so that the padding stays
 * zero and the blob the same on every build; the asserts below stop the
 * build when a field is added to lex_rule or lex_mark, which must then be
 * copied here too (and compared in test_lexicon_tab). */
_Static_assert(sizeof(lex_rule) == 24 && offsetof(lex_rule, tail_off) == 18,
               "lex_rule changed: copy the new field in w_rules");
_Static_assert(sizeof(lex_mark) == 24 && offsetof(lex_mark, seq) == 16,
               "lex_mark changed: copy the new field in w_marks");

/* The strings text(0) .. text(n - 1), each with its NUL, as the table
 * name. */
static void w_texts(blob *bl, const char *name, const rf_lexicon *lx, size_t n,
                    const char *(*text)(const rf_lexicon *, size_t, size_t *))
{
    size_t i, len, total = 0;
    char *buf;
    for (i = 0; i < n; i++) {
        text(lx, i, &len);
        total += len + 1;
    }
    if (!(buf = malloc(total ? total : 1)))
        die("out of memory");
    for (i = 0, total = 0; i < n; i++) {
        const char *t = text(lx, i, &len);
        memcpy(buf + total, t, len);
        buf[total + len] = '\0';
        total += len + 1;
    }
    w_table(bl, name, "char", buf, 1, total);
    free(buf);
}

static const char *rule_text(const rf_lexicon *lx, size_t i, size_t *len)
{
    *len = strlen(lx->rules[i].tpl);
    return lx->rules[i].tpl;
}

static const char *mark_text(const rf_lexicon *lx, size_t i, size_t *len)
{
    *len = lx->marks[i].len;
    return lx->marks[i].text;
}

static void w_rules(blob *bl, const rf_lexicon *lx)
{
    lex_rule *t = calloc(lx->n_rules ? lx->n_rules : 1, sizeof *t);
    size_t i;
    if (!t)
        die("out of memory");
    for (i = 0; i < lx->n_rules; i++) {
        const lex_rule *r = &lx->rules[i];
        t[i].weight = r->weight;
        t[i].kind = r->kind;
        t[i].lang = r->lang;
        t[i].in_clause = r->in_clause;
        t[i].after_contrast = r->after_contrast;
        t[i].tail_len = r->tail_len;
        t[i].tail_off = r->tail_off;
    }
    w_table(bl, "rf_lt_rules", "lex_rule", t, sizeof *t, lx->n_rules);
    w_texts(bl, "rf_lt_rtext", lx, lx->n_rules, rule_text);
    free(t);
}

static void w_marks(blob *bl, const rf_lexicon *lx)
{
    lex_mark *t = calloc(lx->n_marks ? lx->n_marks : 1, sizeof *t);
    size_t i;
    if (!t)
        die("out of memory");
    for (i = 0; i < lx->n_marks; i++) {
        const lex_mark *m = &lx->marks[i];
        t[i].len = m->len;
        t[i].kind = m->kind;
        t[i].need_left = m->need_left;
        t[i].need_right = m->need_right;
        t[i].lang = m->lang;
        t[i].seq = m->seq;
    }
    w_table(bl, "rf_lt_marks", "lex_mark", t, sizeof *t, lx->n_marks);
    w_texts(bl, "rf_lt_mtext", lx, lx->n_marks, mark_text);
    free(t);
}

/* The rf_lexicon itself, its pointers and capacities zeroed. */
static void w_lexicon(blob *bl, const rf_lexicon *lx)
{
    rf_lexicon *t = malloc(sizeof *t);
    size_t i;
    if (!t)
        die("out of memory");
    memcpy(t, lx, sizeof *t);
    t->marks = NULL;
    t->rules = NULL;
    t->chains = NULL;
    t->frags = NULL;
    t->ftext = NULL;
    t->nodes = NULL;
    t->reps = NULL;
    t->edges = NULL;
    t->dense = NULL;
    t->prefix = NULL;
    for (i = 0; i < RF_LEX_MAX_LANGS; i++)
        t->langs[i] = NULL;
    t->cap_marks = t->cap_rules = t->cap_chains = t->cap_frags = t->cap_ftext = 0;
    t->borrowed = 1;
    w_table(bl, "rf_lt_lex", "rf_lexicon", t, sizeof *t, 1);
    free(t);
}

/* The embedded default model (rf_model_load_embedded without the tables
 * of this file): its weights and the rf_model with w zeroed. */
static void w_model(blob *bl, const rf_model *m)
{
    rf_model *t = malloc(sizeof *t);
    if (!t)
        die("out of memory");
    w_table(bl, "rf_lt_model_w", "float", m->w, sizeof *m->w, m->n_weights);
    memcpy(t, m, sizeof *t);
    t->w = NULL;
    t->borrowed = 1;
    w_table(bl, "rf_lt_model", "struct rf_model", t, sizeof *t, 1);
    free(t);
}

static void w_tables(blob *bl, const rf_lexicon *lx, const rf_model *m)
{
    w_table(bl, "rf_lt_nodes", "ac_node", lx->nodes, sizeof *lx->nodes, lx->n_nodes);
    w_table(bl, "rf_lt_reps", "ac_rep", lx->reps, sizeof *lx->reps, lx->n_rep);
    w_table(bl, "rf_lt_edges", "uint32_t", lx->edges, sizeof *lx->edges, rf_lex_edge_count(lx));
    w_table(bl, "rf_lt_dense", "uint32_t", lx->dense, sizeof *lx->dense,
            rf_lex_dense_rows(lx) * 256);
    w_table(bl, "rf_lt_frags", "lex_frag", lx->frags, sizeof *lx->frags, lx->n_frags);
    w_table(bl, "rf_lt_chains", "lex_chain", lx->chains, sizeof *lx->chains, lx->n_chains);
    w_table(bl, "rf_lt_ftext", "char", lx->ftext, 1, lx->n_ftext);
    w_rules(bl, lx);
    w_marks(bl, lx);
    w_lexicon(bl, lx);
    w_model(bl, m);
}

#define SET(field, table, n) w_fmt(w, "    lx->" field " = %s;\n", (n) ? "RW(" table ")" : "NULL")

static void w_fill(writer *w, const rf_lexicon *lx)
{
    size_t i;
    w_str(w, "#define RW(p) ((void *)(uintptr_t)(p)) /* read-only all the same */\n");
    w_str(w, "int rf_lex_precompiled(rf_lexicon *lx)\n{\n");
    w_str(w, "    memcpy(lx, rf_lt_lex, sizeof *lx);\n");
    SET("chains", "rf_lt_chains", lx->n_chains);
    SET("frags", "rf_lt_frags", lx->n_frags);
    SET("ftext", "rf_lt_ftext", lx->n_ftext);
    SET("nodes", "rf_lt_nodes", lx->n_nodes);
    SET("reps", "rf_lt_reps", lx->n_rep);
    SET("edges", "rf_lt_edges", rf_lex_edge_count(lx));
    SET("dense", "rf_lt_dense", rf_lex_dense_rows(lx));
    w_str(w, "    lx->prefix = NULL; /* rebuilt: cheap, and 23 MB less in the binary */\n");
    for (i = 0; i < lx->n_langs; i++) {
        w_fmt(w, "    lx->langs[%zu] = RW(", i);
        w_string(w, (const unsigned char *)lx->langs[i], strlen(lx->langs[i]));
        w_str(w, ");\n");
    }
    w_fmt(w, "    if (rf_lex_attach_texts(lx, %s, %s, %s, %s) != RF_OK ||\n",
          lx->n_rules ? "rf_lt_rules" : "NULL", lx->n_rules ? "rf_lt_rtext" : "NULL",
          lx->n_marks ? "rf_lt_marks" : "NULL", lx->n_marks ? "rf_lt_mtext" : "NULL");
    w_str(w, "        rf_lex_prefix_rows(lx) != RF_OK) {\n");
    w_str(w, "        rf_lex_detach(lx);\n");
    w_str(w, "        memset(lx, 0, sizeof *lx);\n        return -1;\n    }\n");
    w_str(w, "    return 1;\n}\n");
    w_str(w, "int rf_model_precompiled(rf_model *m)\n{\n");
    w_str(w, "    memcpy(m, rf_lt_model, sizeof *m);\n");
    w_str(w, "    m->w = RW(rf_lt_model_w);\n    return 1;\n}\n");
}

static void w_source(writer *w, const blob *bl, const rf_lexicon *lx)
{
    w_str(w, "/* Generated by tools/lexgen.c - do not edit. */\n");
    w_str(w, "#include <stdint.h>\n#include <string.h>\n\n#include \"lexicon_int.h\"\n#include "
             "\"model_int.h\"\n\n");
    w_externs(w, bl);
    w_fill(w, lx);
}

/* 1 when the files a and b hold the same bytes. */
static int same_file(const char *a, const char *b)
{
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    int same = fa && fb;
    char x[1 << 15], y[1 << 15];
    while (same) {
        size_t na = fread(x, 1, sizeof x, fa), nb = fread(y, 1, sizeof y, fb);
        if (na != nb || memcmp(x, y, na) != 0)
            same = 0;
        if (na < sizeof x)
            break;
    }
    if (fa)
        fclose(fa);
    if (fb)
        fclose(fb);
    return same;
}

/* Open path.tmp (its name in g_tmp) for writing into *f. */
static void open_tmp(FILE **f, const char *path)
{
    snprintf(g_tmp, sizeof g_tmp, "%s.tmp", path);
    if (!(*f = fopen(g_tmp, "wb"))) {
        perror(g_tmp);
        g_tmp[0] = '\0'; /* not created */
        exit(1);
    }
}

/* Close f (written as g_tmp) and move it over path unless path holds the
 * same bytes already (then path keeps its time stamp). */
static void commit(FILE *f, const char *path)
{
    if (ferror(f) | fclose(f))
        fail(g_tmp, 1);
    if (same_file(g_tmp, path)) {
        if (remove(g_tmp) != 0)
            fail(g_tmp, 1);
    } else if (rename(g_tmp, path) != 0) {
        fail(path, 1);
    }
    g_tmp[0] = '\0';
}

int main(int argc, char **argv)
{
    rf_lexicon *lx;
    rf_model *m;
    char err[RF_ERR_LEN] = "";
    FILE *as;
    static writer w;
    static blob bl;
    if (argc != 4) {
        fprintf(stderr, "usage: rf_lexgen OUT.c OUT.S OUT.bin\n");
        return 2;
    }
    if (rf_lex_compile_embedded(&lx, err) != RF_OK) {
        fprintf(stderr, "rf_lexgen: %s\n", err);
        return 1;
    }
    if (rf_model_load_embedded(&m, err) != RF_OK) {
        fprintf(stderr, "rf_lexgen: %s\n", err);
        rf_lexicon_free(lx);
        return 1;
    }
    /* the blob first, then the .S over it, then the C file */
    open_tmp(&bl.f, argv[3]);
    w_tables(&bl, lx, m);
    commit(bl.f, argv[3]);
    open_tmp(&as, argv[2]);
    w_asm(as, &bl, argv[3]);
    commit(as, argv[2]);
    open_tmp(&w.f, argv[1]);
    w_source(&w, &bl, lx);
    w_flush(&w);
    commit(w.f, argv[1]);
    rf_lexicon_free(lx);
    rf_model_free(m);
    return 0;
}
