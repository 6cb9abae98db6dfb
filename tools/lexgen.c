/*
 * lexgen.c - build-time tool (session 15, s15-startup): compiles the
 * embedded lexicons with the library's own code (rf_lex_compile_embedded)
 * and writes the compiled tables, resolved for the scan, as const C data,
 * so that the refusal binary loads them without compiling anything
 * (rf_lex_precompiled, lexicon_int.h); the same for the embedded default
 * model (its weights as the detector reads them, rf_model_precompiled,
 * model_int.h).
 *
 * usage: rf_lexgen OUT.c
 *
 * The large tables (automaton nodes, edges, dense and prefix rows,
 * fragments, their text, chains) are each one string literal held in a
 * union with the typed array the lexicon points at: a compiler reads a
 * string far faster than an initialiser of millions of numbers. The rf_lexicon
 * itself is written the same way with its pointers zeroed; the generated
 * rf_lex_precompiled copies it and sets the pointers, so a field added to
 * rf_lexicon travels without a change here (test_lexicon_tab compares every
 * byte but the pointers). Rules and markers, which hold strings, are
 * initialisers. The output depends only on the lexicons and the library
 * code; OUT.c is rewritten only when its bytes change, so that the build
 * does not recompile it when an unrelated library file changed.
 * CMakeLists.txt runs this tool; the file is a build artefact.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/model.h"
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

static void w_fmt(writer *w, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        w_put(w, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
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

/* A table of n elements of size sz named name, typed type: a union of its
 * bytes (a string) and the typed array, aligned as malloc aligns at least. */
static void w_table(writer *w, const char *name, const char *type, const void *p, size_t sz,
                    size_t n)
{
    if (!n)
        return;
    w_fmt(w, "static _Alignas(64) const union {\n    char b[%zu];\n    %s v[%zu];\n} %s = {\n",
          n * sz, type, n, name);
    w_string(w, p, n * sz);
    w_str(w, "};\n");
}

/* ---- the tables ---------------------------------------------------------- */

static void w_rules(writer *w, const rf_lexicon *lx)
{
    size_t i;
    if (!lx->n_rules)
        return;
    w_fmt(w, "static const lex_rule t_rules[%zu] = {\n", lx->n_rules);
    for (i = 0; i < lx->n_rules; i++) {
        const lex_rule *r = &lx->rules[i];
        w_str(w, "{.tpl = ");
        w_string(w, (const unsigned char *)r->tpl, strlen(r->tpl));
        w_fmt(w,
              ", .weight = %af, .kind = %u, .lang = %u, .in_clause = %u, .after_contrast = %u, "
              ".tail_len = %u, .tail_off = %u},\n",
              (double)r->weight, r->kind, r->lang, r->in_clause, r->after_contrast, r->tail_len,
              r->tail_off);
    }
    w_str(w, "};\n");
}

static void w_marks(writer *w, const rf_lexicon *lx)
{
    size_t i;
    if (!lx->n_marks)
        return;
    w_fmt(w, "static const lex_mark t_marks[%zu] = {\n", lx->n_marks);
    for (i = 0; i < lx->n_marks; i++) {
        const lex_mark *m = &lx->marks[i];
        w_str(w, "{.text = ");
        w_string(w, (const unsigned char *)m->text, m->len);
        w_fmt(w,
              ", .len = %u, .kind = %u, .need_left = %u, .need_right = %u, .lang = %u, "
              ".seq = %u},\n",
              m->len, m->kind, m->need_left, m->need_right, m->lang, m->seq);
    }
    w_str(w, "};\n");
}

/* Rows of the dense table: the nodes (>= n_prefix too) with more than
 * RF_LEX_WIDE edges. */
static size_t dense_rows(const rf_lexicon *lx)
{
    size_t u, rows = 0;
    for (u = 1; u < lx->n_nodes; u++)
        rows += lx->nodes[u].n_edges > RF_LEX_WIDE;
    return rows;
}

/* Entries of the edge table: the sparse edges of every node (bfs_layout
 * gives it one per node but the root). */
static size_t edge_count(const rf_lexicon *lx)
{
    return lx->n_nodes ? lx->n_nodes - 1 : 0;
}

/* The rf_lexicon itself, its pointers and capacities zeroed. */
static void w_lexicon(writer *w, const rf_lexicon *lx)
{
    rf_lexicon *t = malloc(sizeof *t);
    size_t i;
    if (!t) {
        fprintf(stderr, "rf_lexgen: out of memory\n");
        exit(1);
    }
    memcpy(t, lx, sizeof *t);
    t->marks = NULL;
    t->rules = NULL;
    t->chains = NULL;
    t->frags = NULL;
    t->ftext = NULL;
    t->nodes = NULL;
    t->edges = NULL;
    t->dense = NULL;
    t->prefix = NULL;
    for (i = 0; i < RF_LEX_MAX_LANGS; i++)
        t->langs[i] = NULL;
    t->cap_marks = t->cap_rules = t->cap_chains = t->cap_frags = t->cap_ftext = 0;
    t->borrowed = 1;
    w_table(w, "t_lex", "rf_lexicon", t, sizeof *t, 1);
    free(t);
}

#define SET(field, table, n) w_fmt(w, "    lx->" field " = %s;\n", (n) ? "RW(" table ".v)" : "NULL")

static void w_fill(writer *w, const rf_lexicon *lx)
{
    size_t i;
    w_str(w, "#define RW(p) ((void *)(uintptr_t)(p)) /* read-only all the same */\n");
    w_str(w, "int rf_lex_precompiled(rf_lexicon *lx)\n{\n");
    w_str(w, "    memcpy(lx, &t_lex.v, sizeof *lx);\n");
    w_fmt(w, "    lx->marks = %s;\n", lx->n_marks ? "RW(t_marks)" : "NULL");
    w_fmt(w, "    lx->rules = %s;\n", lx->n_rules ? "RW(t_rules)" : "NULL");
    SET("chains", "t_chains", lx->n_chains);
    SET("frags", "t_frags", lx->n_frags);
    SET("ftext", "t_ftext", lx->n_ftext);
    SET("nodes", "t_nodes", lx->n_nodes);
    SET("edges", "t_edges", edge_count(lx));
    SET("dense", "t_dense", dense_rows(lx));
    SET("prefix", "t_prefix", (size_t)lx->n_prefix);
    for (i = 0; i < lx->n_langs; i++) {
        w_fmt(w, "    lx->langs[%zu] = RW(", i);
        w_string(w, (const unsigned char *)lx->langs[i], strlen(lx->langs[i]));
        w_str(w, ");\n");
    }
    w_str(w, "    return 1;\n}\n");
}

/* The embedded default model (rf_model_load_embedded without the tables
 * of this file): its weights and the rf_model with w zeroed. */
static void w_model(writer *w, const rf_model *m)
{
    rf_model *t = malloc(sizeof *t);
    if (!t) {
        fprintf(stderr, "rf_lexgen: out of memory\n");
        exit(1);
    }
    w_table(w, "t_model_w", "float", m->w, sizeof *m->w, m->n_weights);
    memcpy(t, m, sizeof *t);
    t->w = NULL;
    t->borrowed = 1;
    w_table(w, "t_model", "struct rf_model", t, sizeof *t, 1);
    free(t);
    w_str(w, "int rf_model_precompiled(rf_model *m)\n{\n");
    w_str(w, "    memcpy(m, &t_model.v, sizeof *m);\n");
    w_str(w, "    m->w = RW(t_model_w.v);\n    return 1;\n}\n");
}

static void write_all(writer *w, const rf_lexicon *lx, const rf_model *m)
{
    w_str(w, "/* Generated by tools/lexgen.c - do not edit. */\n");
    w_str(w, "#include <stdint.h>\n#include <string.h>\n\n#include \"lexicon_int.h\"\n#include "
             "\"model_int.h\"\n\n");
    w_table(w, "t_nodes", "ac_node", lx->nodes, sizeof *lx->nodes, lx->n_nodes);
    w_table(w, "t_edges", "uint32_t", lx->edges, sizeof *lx->edges, edge_count(lx));
    w_table(w, "t_dense", "uint32_t", lx->dense, sizeof *lx->dense, dense_rows(lx) * 256);
    w_table(w, "t_prefix", "uint32_t", lx->prefix, sizeof *lx->prefix,
            (size_t)lx->n_prefix * lx->n_cls);
    w_table(w, "t_frags", "lex_frag", lx->frags, sizeof *lx->frags, lx->n_frags);
    w_table(w, "t_chains", "lex_chain", lx->chains, sizeof *lx->chains, lx->n_chains);
    w_table(w, "t_ftext", "char", lx->ftext, 1, lx->n_ftext);
    w_rules(w, lx);
    w_marks(w, lx);
    w_lexicon(w, lx);
    w_fill(w, lx);
    w_model(w, m);
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

int main(int argc, char **argv)
{
    rf_lexicon *lx;
    rf_model *m;
    char err[RF_ERR_LEN] = "", tmp[4096];
    static writer w;
    if (argc != 2) {
        fprintf(stderr, "usage: rf_lexgen OUT.c\n");
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
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    if (!(w.f = fopen(tmp, "wb"))) {
        perror(tmp);
        rf_lexicon_free(lx);
        rf_model_free(m);
        return 1;
    }
    write_all(&w, lx, m);
    w_flush(&w);
    rf_lexicon_free(lx);
    rf_model_free(m);
    if (ferror(w.f) | fclose(w.f)) {
        perror(tmp);
        return 1;
    }
    if (same_file(tmp, argv[1]))
        return remove(tmp) != 0;
    if (rename(tmp, argv[1]) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
