/*
 * lexicon.c - loading, compiling and scanning refusal lexicons (lexicon.h).
 *
 * File format (docs/lexicons.md): one entry per line,
 *
 *   | field  | meaning                                                     |
 *   |--------|-------------------------------------------------------------|
 *   | kind   | direct_refusal apology explanation deflection acknowledgment |
 *   |        | boundary_setting emotional_awareness compliance disclaimer  |
 *   | weight | decimal in [0, 1]: how strongly the phrase signals its kind |
 *   | phrase | the text; '^' first = only at the start of the text, '*'   |
 *   |        | first/last = no word boundary on that side (affix match)    |
 *
 * separated by one or more TABs; '#' starts a comment line; blank lines are
 * ignored. Phrases are normalised with rf_text_normalize at load time.
 *
 * Automaton: a byte trie of all phrases with Aho-Corasick failure links and
 * dictionary-suffix links, flattened into compressed rows (edges of a node
 * sorted by byte; the root has a dense 256-entry table). Scanning is one
 * pass over the text; each match is checked for anchors and word
 * boundaries, then merged with an overlapping match of the same kind (the
 * union span keeps the larger weight), so "i can't" inside "i can't help
 * with that" counts once.
 *
 * Ownership: an rf_lexicon owns its entries, phrase strings, language tags
 * and automaton; it is immutable after loading. Callers: the detectors
 * (detect*.c), the classify command, tests and bench/rules_eval.c.
 */
#include "refusal/lexicon.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/buf.h"
#include "refusal/data.h"
#include "refusal/text.h"
#include "refusal/utf8.h"
#include "lexicon_int.h"
#include "text_int.h"

#define MAX_LANGS 64
#define NO_NODE UINT32_MAX

static const char *const k_kind_names[RF_LEX_KIND_COUNT] = {
    "direct_refusal",      "apology",        "explanation",
    "deflection",          "acknowledgment", "boundary_setting",
    "emotional_awareness", "compliance",     "disclaimer", "neutral",
};

const char *rf_lex_kind_name(int kind)
{
    return kind >= 0 && kind < RF_LEX_KIND_COUNT ? k_kind_names[kind] : NULL;
}

int rf_lex_kind_from_name(const char *name, size_t len)
{
    int k;
    for (k = 0; k < RF_LEX_KIND_COUNT; k++)
        if (strlen(k_kind_names[k]) == len && memcmp(k_kind_names[k], name, len) == 0)
            return k;
    return -1;
}

typedef struct lex_entry {
    char *phrase; /* normalised, owned */
    uint32_t len;
    uint8_t kind;
    uint8_t lang;
    uint8_t anchored;   /* only at offset 0 */
    uint8_t need_left;  /* word boundary required before */
    uint8_t need_right; /* word boundary required after */
    float weight;
    int32_t next_same; /* next entry with the same phrase bytes, or -1 */
} lex_entry;

/* Automaton node; its edges are edges[edge .. edge + n_edges), sorted by
 * byte, each packed as (child << 8 | byte). */
typedef struct ac_node {
    uint32_t edge;
    uint32_t n_edges;
    uint32_t fail; /* failure link */
    uint32_t dict; /* next node on the fail chain with an output, or NO_NODE */
    int32_t out;   /* first entry ending here, or -1 */
} ac_node;

struct rf_lexicon {
    lex_entry *entries;
    size_t n_entries, cap_entries;
    char *langs[MAX_LANGS];
    size_t n_langs;
    /* automaton */
    size_t n_nodes;
    ac_node *nodes;
    uint32_t *edges;
    uint32_t root[256]; /* dense transitions of the root (0 = stay) */
};

size_t rf_lexicon_size(const rf_lexicon *lx)
{
    return lx ? lx->n_entries : 0;
}
size_t rf_lexicon_n_langs(const rf_lexicon *lx)
{
    return lx ? lx->n_langs : 0;
}
const char *rf_lexicon_lang(const rf_lexicon *lx, size_t i)
{
    return lx && i < lx->n_langs ? lx->langs[i] : NULL;
}

void rf_lexicon_free(rf_lexicon *lx)
{
    size_t i;
    if (!lx)
        return;
    for (i = 0; i < lx->n_entries; i++)
        rf_free(lx->entries[i].phrase);
    for (i = 0; i < lx->n_langs; i++)
        rf_free(lx->langs[i]);
    rf_free(lx->entries);
    rf_free(lx->nodes);
    rf_free(lx->edges);
    rf_free(lx);
}

/* ---- parsing ------------------------------------------------------------- */

static int lang_index(rf_lexicon *lx, const char *lang)
{
    size_t i;
    for (i = 0; i < lx->n_langs; i++)
        if (strcmp(lx->langs[i], lang) == 0)
            return (int)i;
    if (lx->n_langs == MAX_LANGS)
        return -2;
    if (!(lx->langs[lx->n_langs] = rf_strdup(lang)))
        return -1;
    return (int)lx->n_langs++;
}

/* First code point of p[0..n) / last code point. */
static uint32_t first_cp(const char *p, size_t n)
{
    uint32_t cp;
    (void)rf_utf8_decode(p, n, &cp);
    return cp;
}

static uint32_t last_cp(const char *p, size_t n)
{
    size_t i = n - 1;
    uint32_t cp;
    while (i > 0 && ((unsigned char)p[i] & 0xC0) == 0x80)
        i--;
    (void)rf_utf8_decode(p + i, n - i, &cp);
    return cp;
}

static rf_status push_entry(rf_lexicon *lx, lex_entry *e)
{
    if (lx->n_entries >= RF_LEX_MAX_ENTRIES)
        return RF_ELIMIT;
    if (lx->n_entries == lx->cap_entries) {
        size_t nc = lx->cap_entries ? lx->cap_entries * 2 : 256;
        lex_entry *p = rf_realloc(lx->entries, nc * sizeof *p);
        if (!p)
            return RF_ENOMEM;
        lx->entries = p;
        lx->cap_entries = nc;
    }
    lx->entries[lx->n_entries++] = *e;
    return RF_OK;
}

/* Fill e from one expanded variant p[0..n) of an already normalised
 * template: handle '^' and '*' markers, collapse doubled spaces (from empty
 * alternatives) and trim. Returns a static message or NULL. */
static const char *parse_phrase(const char *p, size_t n, lex_entry *e, rf_status *st)
{
    char buf[RF_LEX_MAX_PHRASE + 1];
    size_t i, o = 0;
    int prefix_free = 0, suffix_free = 0;
    e->anchored = 0;
    while (n && p[0] == ' ')
        p++, n--;
    while (n && p[n - 1] == ' ')
        n--;
    if (n && p[0] == '^') {
        e->anchored = 1;
        p++, n--;
    }
    if (n && p[0] == '*')
        prefix_free = 1, p++, n--;
    if (n && p[n - 1] == '*')
        suffix_free = 1, n--;
    for (i = 0; i < n; i++) {
        if (p[i] == ' ' && (o == 0 || buf[o - 1] == ' '))
            continue;
        if (o == RF_LEX_MAX_PHRASE)
            return "phrase too long";
        buf[o++] = p[i];
    }
    while (o && buf[o - 1] == ' ')
        o--;
    if (o == 0)
        return "empty phrase";
    if (!(e->phrase = rf_strndup(buf, o))) {
        *st = RF_ENOMEM;
        return "out of memory";
    }
    e->len = (uint32_t)o;
    e->need_left = !prefix_free && rf_text_boundary_script(first_cp(e->phrase, e->len)) == 1;
    e->need_right = !suffix_free && rf_text_boundary_script(last_cp(e->phrase, e->len)) == 1;
    return NULL;
}

#define MAX_GROUPS 8
#define MAX_ALTS 128
#define MAX_VARIANTS 8192

/* A phrase template: literal text with {a|b|c} groups, expanded into the
 * cartesian product of its alternatives. */
typedef struct phrase_tpl {
    const char *p;
    size_t n;
    size_t n_groups;
    size_t g_start[MAX_GROUPS], g_end[MAX_GROUPS]; /* offsets of '{' and '}' */
    size_t n_alts[MAX_GROUPS];
    size_t alt_off[MAX_GROUPS][MAX_ALTS], alt_len[MAX_GROUPS][MAX_ALTS];
} phrase_tpl;

static const char *parse_tpl(const char *p, size_t n, phrase_tpl *t, size_t *variants)
{
    size_t i, g;
    t->p = p;
    t->n = n;
    t->n_groups = 0;
    *variants = 1;
    for (i = 0; i < n; i++) {
        if (p[i] == '}' || p[i] == '|')
            return "'}' or '|' outside {...}";
        if (p[i] != '{')
            continue;
        if (t->n_groups == MAX_GROUPS)
            return "too many {...} groups";
        g = t->n_groups++;
        t->g_start[g] = i;
        t->n_alts[g] = 0;
        size_t a = i + 1;
        for (i = i + 1; i < n && p[i] != '}'; i++) {
            if (p[i] == '{')
                return "nested {";
            if (p[i] == '|') {
                if (t->n_alts[g] == MAX_ALTS - 1)
                    return "too many alternatives";
                t->alt_off[g][t->n_alts[g]] = a;
                t->alt_len[g][t->n_alts[g]++] = i - a;
                a = i + 1;
            }
        }
        if (i >= n)
            return "unbalanced {";
        t->alt_off[g][t->n_alts[g]] = a;
        t->alt_len[g][t->n_alts[g]++] = i - a;
        t->g_end[g] = i;
        *variants *= t->n_alts[g];
        if (*variants > MAX_VARIANTS)
            return "too many variants";
    }
    return NULL;
}

/* Write variant number v of t into out (bounded). */
static size_t tpl_variant(const phrase_tpl *t, size_t v, char *out, size_t cap)
{
    size_t pos = 0, o = 0, g;
    for (g = 0; g <= t->n_groups; g++) {
        size_t lit_end = g < t->n_groups ? t->g_start[g] : t->n;
        size_t m = lit_end - pos;
        if (o + m > cap)
            return cap + 1;
        memcpy(out + o, t->p + pos, m);
        o += m;
        if (g == t->n_groups)
            break;
        size_t k = v % t->n_alts[g];
        v /= t->n_alts[g];
        m = t->alt_len[g][k];
        if (o + m > cap)
            return cap + 1;
        memcpy(out + o, t->p + t->alt_off[g][k], m);
        o += m;
        pos = t->g_end[g] + 1;
    }
    return o;
}

/* Parse the kind and weight fields of a line; the phrase field in *ph. */
static const char *parse_fields(const char *line, size_t n, lex_entry *e, rf_slice *ph)
{
    const char *f[3];
    size_t fl[3], i = 0, k;
    double w;
    char num[32];
    for (k = 0; k < 3; k++) {
        while (i < n && line[i] == '\t')
            i++;
        if (i >= n)
            return "expected kind<TAB>weight<TAB>phrase";
        f[k] = line + i;
        if (k < 2) {
            while (i < n && line[i] != '\t')
                i++;
        } else {
            i = n;
        }
        fl[k] = (size_t)(line + i - f[k]);
    }
    while (fl[2] > 0 && rf_isspace((unsigned char)f[2][fl[2] - 1]))
        fl[2]--;
    int kind = rf_lex_kind_from_name(f[0], fl[0]);
    if (kind < 0)
        return "unknown kind";
    if (fl[1] >= sizeof num)
        return "bad weight";
    memcpy(num, f[1], fl[1]);
    num[fl[1]] = 0;
    if (rf_parse_double(num, 0.0, 1.0, &w) != RF_OK)
        return "weight must be a number in [0, 1]";
    e->kind = (uint8_t)kind;
    e->weight = (float)w;
    e->next_same = -1;
    ph->ptr = f[2];
    ph->len = fl[2];
    return NULL;
}

#define MAX_TEMPLATE 16384 /* bytes of one normalised phrase template */

/* Expand the normalised template tpl[0..n) into entries like proto. */
static const char *expand(rf_lexicon *lx, const lex_entry *proto, const char *tpl, size_t n,
                          rf_status *st)
{
    static const size_t cap = RF_LEX_MAX_PHRASE * 4;
    char buf[RF_LEX_MAX_PHRASE * 4];
    lex_entry e;
    phrase_tpl t;
    size_t variants, v;
    const char *msg;
    if ((msg = parse_tpl(tpl, n, &t, &variants)) != NULL)
        return msg;
    for (v = 0; v < variants; v++) {
        size_t m = tpl_variant(&t, v, buf, cap);
        if (m > cap)
            return "phrase too long";
        e = *proto;
        if ((msg = parse_phrase(buf, m, &e, st)) != NULL)
            return msg;
        if ((*st = push_entry(lx, &e)) != RF_OK) {
            rf_free(e.phrase);
            return *st == RF_ELIMIT ? "too many phrases" : "out of memory";
        }
    }
    return NULL;
}

/* Parse one non-comment line and add its entries (one per variant). The
 * template is normalised once, then expanded. */
static const char *parse_line(rf_lexicon *lx, const char *line, size_t n, int li, rf_status *st)
{
    lex_entry proto;
    rf_slice ph;
    rf_buf norm;
    const char *msg;
    memset(&proto, 0, sizeof proto);
    if ((msg = parse_fields(line, n, &proto, &ph)) != NULL)
        return msg;
    if (!rf_utf8_valid(ph.ptr, ph.len))
        return "invalid UTF-8 in phrase";
    proto.lang = (uint8_t)li;
    rf_buf_init(&norm, MAX_TEMPLATE);
    *st = rf_text_normalize(ph.ptr, ph.len, &norm);
    if (*st != RF_OK) {
        rf_buf_free(&norm);
        return *st == RF_ELIMIT ? "phrase too long" : "out of memory";
    }
    msg = expand(lx, &proto, rf_buf_ptr(&norm), rf_buf_len(&norm), st);
    rf_buf_free(&norm);
    return msg;
}

static rf_status parse_text(rf_lexicon *lx, const char *name, const char *lang, const char *text,
                            size_t len, char *err)
{
    size_t pos = 0, lineno = 0;
    int li;
    if (len > RF_LEX_MAX_FILE) {
        rf_seterr(err, "%s: file too large", name);
        return RF_ELIMIT;
    }
    li = lang_index(lx, lang);
    if (li < 0) {
        rf_seterr(err, "%s: too many languages", name);
        return li == -1 ? RF_ENOMEM : RF_ELIMIT;
    }
    while (pos < len) {
        const char *line = text + pos, *nl = memchr(line, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - line) : len - pos;
        pos += n + (nl ? 1 : 0);
        lineno++;
        if (n && line[n - 1] == '\r')
            n--;
        size_t i = 0;
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i == n || line[i] == '#')
            continue;
        rf_status st = RF_EPARSE;
        const char *msg = parse_line(lx, line + i, n - i, li, &st);
        if (msg) {
            rf_seterr(err, "%s:%zu: %s", name, lineno, msg);
            return st == RF_OK ? RF_EPARSE : st;
        }
    }
    return RF_OK;
}

/* ---- automaton ----------------------------------------------------------- */

/* Sort key of an entry: its phrase bytes. */
typedef struct sort_item {
    const char *p;
    uint32_t len, idx;
} sort_item;

static int cmp_item(const void *a, const void *b)
{
    const sort_item *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->p, y->p, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

/* A trie edge recorded while building: parent -> child by byte. */
typedef struct build_edge {
    uint32_t parent, child;
    uint8_t byte;
} build_edge;

/* Build the trie from the phrases in sorted order, so that every node's
 * children are created in increasing byte order; term[i] receives the node
 * of entry i. Fills lx->nodes (links unset) and lx->edges. */
static rf_status build_trie(rf_lexicon *lx, uint32_t *term)
{
    size_t n = lx->n_entries, i, d, total = 1, k;
    sort_item *it = rf_malloc((n ? n : 1) * sizeof *it);
    build_edge *be = NULL;
    uint32_t path[RF_LEX_MAX_PHRASE + 1], *cnt = NULL;
    rf_status st = RF_ENOMEM;
    if (!it)
        return RF_ENOMEM;
    for (i = 0; i < n; i++) {
        it[i].p = lx->entries[i].phrase;
        it[i].len = lx->entries[i].len;
        it[i].idx = (uint32_t)i;
        total += it[i].len; /* upper bound on nodes */
    }
    qsort(it, n, sizeof *it, cmp_item);
    if (!(be = rf_malloc(total * sizeof *be)))
        goto out;
    lx->n_nodes = 1;
    path[0] = 0;
    for (i = 0; i < n; i++) {
        size_t lcp = 0;
        if (i > 0) {
            size_t m = it[i - 1].len < it[i].len ? it[i - 1].len : it[i].len;
            while (lcp < m && it[i - 1].p[lcp] == it[i].p[lcp])
                lcp++;
        }
        for (d = lcp; d < it[i].len; d++) {
            uint32_t c = (uint32_t)lx->n_nodes++;
            be[c - 1].parent = path[d];
            be[c - 1].child = c;
            be[c - 1].byte = (uint8_t)it[i].p[d];
            path[d + 1] = c;
        }
        term[it[i].idx] = path[it[i].len];
    }
    lx->nodes = rf_calloc(lx->n_nodes, sizeof *lx->nodes);
    lx->edges = rf_malloc(lx->n_nodes * sizeof *lx->edges);
    cnt = rf_calloc(lx->n_nodes + 1, sizeof *cnt);
    if (!lx->nodes || !lx->edges || !cnt)
        goto out;
    for (k = 0; k + 1 < lx->n_nodes; k++)
        cnt[be[k].parent + 1]++;
    for (k = 0; k < lx->n_nodes; k++) {
        lx->nodes[k].edge = cnt[k];
        lx->nodes[k].n_edges = cnt[k + 1];
        cnt[k + 1] += cnt[k];
        lx->nodes[k].out = -1;
    }
    for (k = 0; k + 1 < lx->n_nodes; k++) { /* stable: bytes stay sorted */
        ac_node *u = &lx->nodes[be[k].parent];
        lx->edges[u->edge + (cnt[be[k].parent + 1] - cnt[be[k].parent]) - u->n_edges] =
            be[k].child << 8 | be[k].byte;
        u->n_edges--;
    }
    for (k = 0; k < lx->n_nodes; k++)
        lx->nodes[k].n_edges = cnt[k + 1] - cnt[k];
    for (k = 0; k < 256; k++)
        lx->root[k] = 0;
    for (k = 0; k < lx->nodes[0].n_edges; k++)
        lx->root[lx->edges[k] & 0xFF] = lx->edges[k] >> 8;
    st = RF_OK;
out:
    rf_free(it);
    rf_free(be);
    rf_free(cnt);
    return st;
}

/* Child of u by byte b, or NO_NODE (root: 0 when none). */
static inline uint32_t go(const rf_lexicon *lx, uint32_t u, uint8_t b)
{
    const ac_node *nd;
    const uint32_t *e;
    uint32_t lo, hi;
    if (u == 0)
        return lx->root[b];
    nd = &lx->nodes[u];
    e = lx->edges + nd->edge;
    if (nd->n_edges <= 8) {
        for (lo = 0; lo < nd->n_edges; lo++)
            if ((e[lo] & 0xFF) == b)
                return e[lo] >> 8;
        return NO_NODE;
    }
    lo = 0;
    hi = nd->n_edges;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2, mb = e[mid] & 0xFF;
        if (mb == b)
            return e[mid] >> 8;
        if (mb < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NO_NODE;
}

/* Breadth-first failure and dictionary links. */
static rf_status link_fail(rf_lexicon *lx)
{
    size_t n = lx->n_nodes, head = 0, tail = 0, k;
    uint32_t *queue = rf_malloc(n * sizeof *queue);
    if (!queue)
        return RF_ENOMEM;
    lx->nodes[0].fail = 0;
    lx->nodes[0].dict = NO_NODE;
    queue[tail++] = 0;
    while (head < tail) {
        uint32_t u = queue[head++];
        const ac_node *nu = &lx->nodes[u];
        for (k = 0; k < nu->n_edges; k++) {
            uint32_t v = lx->edges[nu->edge + k] >> 8, f = nu->fail, t = 0;
            uint8_t b = (uint8_t)(lx->edges[nu->edge + k] & 0xFF);
            if (u != 0) {
                for (;;) {
                    t = go(lx, f, b);
                    if (t != NO_NODE && (f != 0 || t != 0))
                        break;
                    if (f == 0) {
                        t = 0;
                        break;
                    }
                    f = lx->nodes[f].fail;
                }
            }
            ac_node *nv = &lx->nodes[v];
            nv->fail = (u == 0) ? 0 : t;
            nv->dict = lx->nodes[nv->fail].out >= 0 ? nv->fail : lx->nodes[nv->fail].dict;
            queue[tail++] = v;
        }
    }
    rf_free(queue);
    return RF_OK;
}

static rf_status compile(rf_lexicon *lx)
{
    size_t i;
    uint32_t *term = rf_malloc((lx->n_entries ? lx->n_entries : 1) * sizeof *term);
    rf_status st = term ? build_trie(lx, term) : RF_ENOMEM;
    if (st != RF_OK)
        goto out;
    for (i = lx->n_entries; i-- > 0;) { /* chain duplicates, first entry first */
        lx->entries[i].next_same = lx->nodes[term[i]].out;
        lx->nodes[term[i]].out = (int32_t)i;
    }
    st = link_fail(lx);
out:
    rf_free(term);
    return st;
}

/* ---- loading ------------------------------------------------------------- */

static rf_lexicon *lexicon_new(void)
{
    return rf_calloc(1, sizeof(rf_lexicon));
}

static rf_status finish(rf_lexicon *lx, rf_lexicon **out, char *err)
{
    rf_status st = compile(lx);
    if (st != RF_OK) {
        rf_seterr(err, "lexicon: %s", rf_status_str(st));
        rf_lexicon_free(lx);
        return st;
    }
    *out = lx;
    return RF_OK;
}

rf_status rf_lexicon_from_text(const char *name, const char *lang, const char *text, size_t len,
                               rf_lexicon **out, char *err)
{
    rf_lexicon *lx;
    rf_status st;
    if (!out || !lang || (!text && len))
        return RF_EINVAL;
    *out = NULL;
    if (!(lx = lexicon_new()))
        return RF_ENOMEM;
    if ((st = parse_text(lx, name ? name : lang, lang, text, len, err)) != RF_OK) {
        rf_lexicon_free(lx);
        return st;
    }
    return finish(lx, out, err);
}

/* Language tag of a lexicon path: base name without ".txt", or NULL. */
static int tag_of(const char *path, char *tag, size_t cap)
{
    const char *base = strrchr(path, '/');
    size_t n;
    base = base ? base + 1 : path;
    n = strlen(base);
    if (n <= 4 || strcmp(base + n - 4, ".txt") != 0 || n - 4 >= cap)
        return 0;
    memcpy(tag, base, n - 4);
    tag[n - 4] = 0;
    return 1;
}

static rf_status load_embedded(rf_lexicon *lx, char *err)
{
    size_t iter = 0, len, count = 0;
    const char *path;
    char tag[64];
    while ((path = rf_data_next("data/lexicons/", &iter)) != NULL) {
        const char *text = rf_data_find(path, &len);
        rf_status st;
        if (!text || !tag_of(path, tag, sizeof tag))
            continue;
        if ((st = parse_text(lx, path, tag, text, len, err)) != RF_OK)
            return st;
        count++;
    }
    if (!count) {
        rf_seterr(err, "no embedded lexicons");
        return RF_ENOTFOUND;
    }
    return RF_OK;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static rf_status read_file(const char *path, rf_buf *b, char *err)
{
    FILE *f = fopen(path, "rb");
    char chunk[8192];
    size_t n;
    rf_status st = RF_OK;
    if (!f) {
        rf_seterr(err, "%s: %s", path, strerror(errno));
        return RF_EIO;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if ((st = rf_buf_add(b, chunk, n)) != RF_OK) {
            rf_seterr(err, "%s: %s", path, st == RF_ELIMIT ? "file too large" : "out of memory");
            break;
        }
    if (st == RF_OK && ferror(f)) {
        rf_seterr(err, "%s: read error", path);
        st = RF_EIO;
    }
    fclose(f);
    return st;
}

static rf_status load_dir(rf_lexicon *lx, const char *dir, char *err)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char *names[MAX_LANGS], tag[64], path[4096];
    size_t n = 0, i;
    rf_status st = RF_OK;
    rf_buf b;
    if (!d) {
        rf_seterr(err, "%s: %s", dir, strerror(errno));
        return errno == ENOENT ? RF_ENOTFOUND : RF_EIO;
    }
    while ((de = readdir(d)) != NULL && st == RF_OK) {
        if (!tag_of(de->d_name, tag, sizeof tag) || de->d_name[0] == '.')
            continue;
        if (n == MAX_LANGS) {
            rf_seterr(err, "%s: too many lexicon files", dir);
            st = RF_ELIMIT;
        } else if (!(names[n++] = rf_strdup(de->d_name))) {
            n--;
            st = RF_ENOMEM;
        }
    }
    closedir(d);
    if (st == RF_OK && n == 0) {
        rf_seterr(err, "%s: no *.txt lexicon files", dir);
        st = RF_ENOTFOUND;
    }
    qsort(names, n, sizeof names[0], cmp_str);
    rf_buf_init(&b, RF_LEX_MAX_FILE + 1);
    for (i = 0; i < n && st == RF_OK; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        (void)tag_of(names[i], tag, sizeof tag);
        rf_buf_reset(&b);
        if ((st = read_file(path, &b, err)) == RF_OK)
            st = parse_text(lx, path, tag, rf_buf_ptr(&b), rf_buf_len(&b), err);
    }
    rf_buf_free(&b);
    for (i = 0; i < n; i++)
        rf_free(names[i]);
    return st;
}

rf_status rf_lexicon_load(const char *dir, rf_lexicon **out, char *err)
{
    rf_lexicon *lx;
    rf_status st;
    if (!out)
        return RF_EINVAL;
    *out = NULL;
    if (!(lx = lexicon_new()))
        return RF_ENOMEM;
    st = dir ? load_dir(lx, dir, err) : load_embedded(lx, err);
    if (st != RF_OK) {
        rf_lexicon_free(lx);
        return st;
    }
    return finish(lx, out, err);
}

/* ---- scanning ------------------------------------------------------------ */

/* 1 when code point cp does not continue a word of a space-separated
 * script: it is no letter, digit or mark of Latin, Greek, Cyrillic or
 * Devanagari (a kana or Han neighbour does not glue to "ai" in "私はaiです"). */
static int is_break(uint32_t cp)
{
    int cls = rf_text_word_class(cp);
    if (cls == 0)
        return 1;
    if (cls == 3)
        return 0; /* combining mark continues the word */
    return rf_text_boundary_script(cp) == 0;
}

/* 1 when a word boundary lies before offset off of s. */
static int boundary_before(const char *s, size_t off)
{
    size_t i;
    uint32_t cp;
    if (off == 0)
        return 1;
    i = off - 1;
    while (i > 0 && off - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    (void)rf_utf8_decode(s + i, off - i, &cp);
    return is_break(cp);
}

/* 1 when a word boundary lies at offset end of s[0..len). */
static int boundary_after(const char *s, size_t len, size_t end)
{
    uint32_t cp;
    if (end >= len)
        return 1;
    (void)rf_utf8_decode(s + end, len - end, &cp);
    return is_break(cp);
}

/* A raw match, before overlap resolution. */
typedef struct raw_match {
    size_t start, end;
    int32_t entry;
    float weight;
} raw_match;

#define RAW_CHUNK 256

#define ALL_HITS 256 /* resolved matches kept for the rule verdict */

typedef struct match_buf {
    raw_match m[RAW_CHUNK];
    size_t n;
    rf_lex_hit all[ALL_HITS];
    size_t n_all;
} match_buf;

static void commit(const rf_lexicon *lx, rf_scan *sc, match_buf *mb, const raw_match *p)
{
    const lex_entry *e = &lx->entries[p->entry];
    int k = e->kind;
    int open = p->start < sc->opening_len;
    if (k == RF_LEX_NEUTRAL)
        return;
    if (open) {
        sc->count_open[k]++;
        sc->weight_open[k] += p->weight;
    } else {
        sc->count_later[k]++;
        sc->weight_later[k] += p->weight;
    }
    if (k < RF_LEX_PATTERN_COUNT) {
        sc->patterns |= 1u << k;
        if (open)
            sc->patterns_opening |= 1u << k;
    }
    if (k == RF_LEX_DIRECT_REFUSAL || k == RF_LEX_APOLOGY || k == RF_LEX_BOUNDARY_SETTING) {
        if (sc->first_refusal_off == SIZE_MAX)
            sc->first_refusal_off = p->start;
        if (p->end > sc->last_refusal_end)
            sc->last_refusal_end = p->end;
    }
    if (k == RF_LEX_COMPLIANCE && sc->first_compliance_off == SIZE_MAX)
        sc->first_compliance_off = p->start;
    sc->n_matches++;
    if (mb->n_all < ALL_HITS) {
        rf_lex_hit *h = &mb->all[mb->n_all++];
        h->off = p->start;
        h->len = p->end - p->start;
        h->kind = k;
        h->weight = p->weight;
        h->phrase = e->phrase;
        h->lang = lx->langs[e->lang];
    }
}

/* Sort raw matches by start, longer first on ties (insertion sort: the
 * input is almost sorted, as matches arrive by end offset). */
static void sort_raw(raw_match *m, size_t n)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        raw_match t = m[i];
        for (j = i; j > 0 && (m[j - 1].start > t.start ||
                              (m[j - 1].start == t.start && m[j - 1].end < t.end));
             j--)
            m[j] = m[j - 1];
        m[j] = t;
    }
}

/* Resolve overlaps in the buffered matches and commit them. */
static void flush(const rf_lexicon *lx, rf_scan *sc, match_buf *mb)
{
    raw_match *m = mb->m;
    size_t i, cover_end = 0, last[RF_LEX_KIND_COUNT], k, kept = 0;
    sort_raw(m, mb->n);
    for (k = 0; k < RF_LEX_KIND_COUNT; k++)
        last[k] = SIZE_MAX;
    for (i = 0; i < mb->n; i++) {
        raw_match *x = &m[i];
        int kind = lx->entries[x->entry].kind;
        if (x->end <= cover_end && kept > 0)
            continue; /* inside an earlier, longer match */
        if (x->end > cover_end)
            cover_end = x->end;
        if (last[kind] != SIZE_MAX && x->start < m[last[kind]].end) {
            raw_match *y = &m[last[kind]]; /* same kind overlapping: merge */
            y->end = x->end;
            if (x->weight > y->weight) {
                y->weight = x->weight;
                y->entry = x->entry;
            }
            continue;
        }
        m[kept] = *x;
        last[kind] = kept++;
    }
    for (i = 0; i < kept; i++)
        commit(lx, sc, mb, &m[i]);
    mb->n = 0;
}

/* Report the entries of node u ending at byte offset end. */
static void report(const rf_lexicon *lx, const char *s, size_t len, size_t end, uint32_t u,
                   rf_scan *sc, match_buf *mb)
{
    for (; u != NO_NODE; u = lx->nodes[u].dict) {
        int32_t ei;
        for (ei = lx->nodes[u].out; ei >= 0; ei = lx->entries[ei].next_same) {
            const lex_entry *e = &lx->entries[ei];
            size_t start = end - e->len;
            if (e->anchored && start != 0)
                continue;
            if (e->need_left && !boundary_before(s, start))
                continue;
            if (e->need_right && !boundary_after(s, len, end))
                continue;
            if (mb->n == RAW_CHUNK)
                flush(lx, sc, mb);
            raw_match *r = &mb->m[mb->n++];
            r->start = start;
            r->end = end;
            r->entry = ei;
            r->weight = e->weight;
        }
    }
}

static void scan_init(rf_scan *sc, size_t len, size_t opening_len)
{
    memset(sc, 0, sizeof *sc);
    sc->len = len;
    sc->opening_len = opening_len < len ? opening_len : len;
    sc->first_refusal_off = SIZE_MAX;
    sc->first_compliance_off = SIZE_MAX;
    sc->verdict = RF_RULE_UNCLEAR;
    sc->rule_score = 0.5;
}

/* Order hits by offset (chunks commit in order; within a chunk, merging
 * keeps start order). */
static void sort_hits(rf_lex_hit *h, size_t n)
{
    size_t i, j;
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && h[j - 1].off > h[j].off; j--) {
            rf_lex_hit t = h[j];
            h[j] = h[j - 1];
            h[j - 1] = t;
        }
}

rf_status rf_lexicon_scan(const rf_lexicon *lx, const char *norm, size_t len, size_t opening_len,
                          rf_scan *out)
{
    match_buf mb;
    uint32_t u = 0;
    size_t i;
    if (!out)
        return RF_EINVAL;
    if (!lx || (!norm && len)) {
        scan_init(out, 0, 0);
        return RF_EINVAL;
    }
    scan_init(out, len, opening_len);
    mb.n = 0;
    mb.n_all = 0;
    for (i = 0; i < len; i++) {
        uint8_t b = (uint8_t)norm[i];
        for (;;) {
            uint32_t t = go(lx, u, b);
            if (t != NO_NODE) {
                u = t;
                break;
            }
            u = lx->nodes[u].fail;
        }
        if (u != 0)
            report(lx, norm, len, i + 1, lx->nodes[u].out >= 0 ? u : lx->nodes[u].dict, out, &mb);
    }
    flush(lx, out, &mb);
    sort_hits(mb.all, mb.n_all);
    out->n_hits = mb.n_all < RF_SCAN_MAX_HITS ? mb.n_all : RF_SCAN_MAX_HITS;
    memcpy(out->hits, mb.all, out->n_hits * sizeof out->hits[0]);
    rf_text_stats ts;
    rf_text_profile(norm, len, &ts);
    out->words = ts.words;
    out->unclear = len == 0 || rf_text_stats_unclear(&ts);
    rf_lex_rule_verdict(out, norm, mb.all, mb.n_all);
    return RF_OK;
}

rf_status rf_lexicon_scan_raw(const rf_lexicon *lx, const char *s, size_t len, rf_buf *norm,
                              rf_scan *out)
{
    rf_status st;
    if (!norm || !out)
        return RF_EINVAL;
    rf_buf_reset(norm);
    st = rf_text_normalize(s, len, norm);
    if (st != RF_OK) {
        scan_init(out, 0, 0);
        return st;
    }
    const char *p = rf_buf_ptr(norm);
    size_t n = rf_buf_len(norm);
    return rf_lexicon_scan(lx, p, n, rf_text_opening(p, n), out);
}
