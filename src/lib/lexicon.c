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

/* Construction-time trie node (linked children). */
typedef struct build_node {
    uint32_t first_child, next_sibling;
    uint8_t byte;
} build_node;

struct rf_lexicon {
    lex_entry *entries;
    size_t n_entries, cap_entries;
    char *langs[MAX_LANGS];
    size_t n_langs;
    /* automaton */
    size_t n_nodes, cap_nodes;
    build_node *bn;     /* freed after compile */
    int32_t *out;       /* first entry ending at node, or -1 */
    uint32_t *fail;     /* failure link */
    uint32_t *dict;     /* next node on the fail chain with an output, or NO_NODE */
    uint32_t *edge_off; /* node -> first edge (n_nodes + 1 entries) */
    uint8_t *edge_byte;
    uint32_t *edge_to;
    uint32_t root[256];
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
    rf_free(lx->bn);
    rf_free(lx->out);
    rf_free(lx->fail);
    rf_free(lx->dict);
    rf_free(lx->edge_off);
    rf_free(lx->edge_byte);
    rf_free(lx->edge_to);
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

/* Parse the phrase field p[0..n) into e (normalising it). Returns a static
 * message or NULL. */
static const char *parse_phrase(const char *p, size_t n, lex_entry *e, rf_status *st)
{
    rf_buf b;
    int prefix_free = 0, suffix_free = 0;
    e->anchored = 0;
    if (n && p[0] == '^') {
        e->anchored = 1;
        p++, n--;
    }
    if (n && p[0] == '*')
        prefix_free = 1, p++, n--;
    if (n && p[n - 1] == '*')
        suffix_free = 1, n--;
    if (!rf_utf8_valid(p, n))
        return "invalid UTF-8 in phrase";
    rf_buf_init(&b, RF_LEX_MAX_PHRASE + 1);
    *st = rf_text_normalize(p, n, &b);
    if (*st != RF_OK) {
        rf_buf_free(&b);
        return *st == RF_ELIMIT ? "phrase too long" : "out of memory";
    }
    if (rf_buf_len(&b) == 0) {
        rf_buf_free(&b);
        return "empty phrase";
    }
    e->phrase = rf_buf_take(&b, NULL);
    if (!e->phrase) {
        *st = RF_ENOMEM;
        return "out of memory";
    }
    e->len = (uint32_t)strlen(e->phrase);
    e->need_left = !prefix_free && rf_text_boundary_script(first_cp(e->phrase, e->len)) == 1;
    e->need_right = !suffix_free && rf_text_boundary_script(last_cp(e->phrase, e->len)) != 0;
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

/* Parse one non-comment line and add its entries (one per variant). */
static const char *parse_line(rf_lexicon *lx, const char *line, size_t n, int li, rf_status *st)
{
    lex_entry proto, e;
    rf_slice ph;
    phrase_tpl t;
    size_t variants, v;
    char buf[RF_LEX_MAX_PHRASE * 4];
    const char *msg;
    memset(&proto, 0, sizeof proto);
    if ((msg = parse_fields(line, n, &proto, &ph)) != NULL)
        return msg;
    if ((msg = parse_tpl(ph.ptr, ph.len, &t, &variants)) != NULL)
        return msg;
    proto.lang = (uint8_t)li;
    for (v = 0; v < variants; v++) {
        size_t m = tpl_variant(&t, v, buf, sizeof buf);
        if (m > sizeof buf)
            return "phrase too long";
        e = proto;
        if ((msg = parse_phrase(buf, m, &e, st)) != NULL)
            return msg;
        if ((*st = push_entry(lx, &e)) != RF_OK) {
            rf_free(e.phrase);
            return *st == RF_ELIMIT ? "too many phrases" : "out of memory";
        }
    }
    return NULL;
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

static uint32_t new_node(rf_lexicon *lx, uint8_t byte)
{
    if (lx->n_nodes == lx->cap_nodes) {
        size_t nc = lx->cap_nodes ? lx->cap_nodes * 2 : 1024;
        build_node *p = rf_realloc(lx->bn, nc * sizeof *p);
        if (!p)
            return NO_NODE;
        lx->bn = p;
        lx->cap_nodes = nc;
    }
    build_node *b = &lx->bn[lx->n_nodes];
    b->first_child = b->next_sibling = NO_NODE;
    b->byte = byte;
    return (uint32_t)lx->n_nodes++;
}

static uint32_t build_child(const rf_lexicon *lx, uint32_t u, uint8_t byte)
{
    uint32_t c;
    for (c = lx->bn[u].first_child; c != NO_NODE; c = lx->bn[c].next_sibling)
        if (lx->bn[c].byte == byte)
            return c;
    return NO_NODE;
}

/* Insert every phrase; returns RF_OK or RF_ENOMEM. out[] is filled after. */
static rf_status build_trie(rf_lexicon *lx, uint32_t **term)
{
    size_t i, j;
    if (new_node(lx, 0) == NO_NODE)
        return RF_ENOMEM;
    *term = rf_malloc((lx->n_entries ? lx->n_entries : 1) * sizeof **term);
    if (!*term)
        return RF_ENOMEM;
    for (i = 0; i < lx->n_entries; i++) {
        const lex_entry *e = &lx->entries[i];
        uint32_t u = 0;
        for (j = 0; j < e->len; j++) {
            uint8_t b = (uint8_t)e->phrase[j];
            uint32_t c = build_child(lx, u, b);
            if (c == NO_NODE) {
                if ((c = new_node(lx, b)) == NO_NODE)
                    return RF_ENOMEM;
                lx->bn[c].next_sibling = lx->bn[u].first_child;
                lx->bn[u].first_child = c;
            }
            u = c;
        }
        (*term)[i] = u;
    }
    return RF_OK;
}

/* Flatten children into sorted edge rows. */
static rf_status flatten(rf_lexicon *lx)
{
    size_t n = lx->n_nodes, u, k = 0;
    lx->edge_off = rf_malloc((n + 1) * sizeof *lx->edge_off);
    lx->edge_byte = rf_malloc(n * sizeof *lx->edge_byte);
    lx->edge_to = rf_malloc(n * sizeof *lx->edge_to);
    if (!lx->edge_off || !lx->edge_byte || !lx->edge_to)
        return RF_ENOMEM;
    for (u = 0; u < 256; u++)
        lx->root[u] = 0;
    for (u = 0; u < n; u++) {
        uint32_t c;
        size_t a = k, x, y;
        lx->edge_off[u] = (uint32_t)k;
        for (c = lx->bn[u].first_child; c != NO_NODE; c = lx->bn[c].next_sibling) {
            lx->edge_byte[k] = lx->bn[c].byte;
            lx->edge_to[k++] = c;
        }
        for (x = a + 1; x < k; x++) /* insertion sort by byte: rows are short */
            for (y = x; y > a && lx->edge_byte[y - 1] > lx->edge_byte[y]; y--) {
                uint8_t tb = lx->edge_byte[y];
                uint32_t tt = lx->edge_to[y];
                lx->edge_byte[y] = lx->edge_byte[y - 1], lx->edge_to[y] = lx->edge_to[y - 1];
                lx->edge_byte[y - 1] = tb, lx->edge_to[y - 1] = tt;
            }
    }
    lx->edge_off[n] = (uint32_t)k;
    for (u = lx->edge_off[0]; u < lx->edge_off[1]; u++)
        lx->root[lx->edge_byte[u]] = lx->edge_to[u];
    return RF_OK;
}

/* Child of u by byte b, or NO_NODE (root: 0 when none). */
static inline uint32_t go(const rf_lexicon *lx, uint32_t u, uint8_t b)
{
    if (u == 0)
        return lx->root[b];
    uint32_t lo = lx->edge_off[u], hi = lx->edge_off[u + 1];
    if (hi - lo <= 8) {
        for (; lo < hi; lo++)
            if (lx->edge_byte[lo] == b)
                return lx->edge_to[lo];
        return NO_NODE;
    }
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (lx->edge_byte[mid] == b)
            return lx->edge_to[mid];
        if (lx->edge_byte[mid] < b)
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
    lx->fail[0] = 0;
    lx->dict[0] = NO_NODE;
    queue[tail++] = 0;
    while (head < tail) {
        uint32_t u = queue[head++];
        for (k = lx->edge_off[u]; k < lx->edge_off[u + 1]; k++) {
            uint32_t v = lx->edge_to[k], f = lx->fail[u], t = 0;
            uint8_t b = lx->edge_byte[k];
            if (u != 0) {
                for (;;) {
                    t = go(lx, f, b);
                    if (t != NO_NODE && (f != 0 || t != 0))
                        break;
                    if (f == 0) {
                        t = 0;
                        break;
                    }
                    f = lx->fail[f];
                }
            }
            lx->fail[v] = (u == 0) ? 0 : t;
            uint32_t fv = lx->fail[v];
            lx->dict[v] = lx->out[fv] >= 0 ? fv : lx->dict[fv];
            if (fv == 0)
                lx->dict[v] = NO_NODE;
            queue[tail++] = v;
        }
    }
    rf_free(queue);
    return RF_OK;
}

static rf_status compile(rf_lexicon *lx)
{
    uint32_t *term = NULL;
    size_t i;
    rf_status st = build_trie(lx, &term);
    if (st != RF_OK)
        goto out;
    lx->out = rf_malloc(lx->n_nodes * sizeof *lx->out);
    lx->fail = rf_malloc(lx->n_nodes * sizeof *lx->fail);
    lx->dict = rf_malloc(lx->n_nodes * sizeof *lx->dict);
    if (!lx->out || !lx->fail || !lx->dict) {
        st = RF_ENOMEM;
        goto out;
    }
    for (i = 0; i < lx->n_nodes; i++)
        lx->out[i] = -1;
    for (i = lx->n_entries; i-- > 0;) { /* chain duplicates, first entry first */
        lx->entries[i].next_same = lx->out[term[i]];
        lx->out[term[i]] = (int32_t)i;
    }
    if ((st = flatten(lx)) != RF_OK)
        goto out;
    st = link_fail(lx);
out:
    rf_free(term);
    rf_free(lx->bn);
    lx->bn = NULL;
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

/* 1 when a word boundary lies at offset off of s[0..len) on the given side
 * of a match: the neighbouring code point is not a word character. */
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
    return rf_text_word_class(cp) == 0;
}

static int boundary_after(const char *s, size_t len, size_t end)
{
    uint32_t cp;
    if (end >= len)
        return 1;
    (void)rf_utf8_decode(s + end, len - end, &cp);
    return rf_text_word_class(cp) == 0;
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
    for (; u != NO_NODE; u = lx->dict[u]) {
        int32_t ei;
        for (ei = lx->out[u]; ei >= 0; ei = lx->entries[ei].next_same) {
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
            u = lx->fail[u];
        }
        if (u != 0)
            report(lx, norm, len, i + 1, lx->out[u] >= 0 ? u : lx->dict[u], out, &mb);
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
