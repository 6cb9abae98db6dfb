/*
 * lexicon.c - loading and compiling refusal lexicons (lexicon.h); matching
 * is in lexicon_scan.c, the rule verdict in lexicon_rules.c.
 *
 * File format (docs/lexicons.md): one entry per line,
 *
 *   | field  | meaning                                                     |
 *   |--------|-------------------------------------------------------------|
 *   | kind   | direct_refusal apology explanation deflection acknowledgment |
 *   |        | boundary_setting emotional_awareness compliance disclaimer  |
 *   |        | neutral correction answer_start normative informative risk  |
 *   |        | frame howto sequence negation (marker lists,                |
 *   |        | lexicon_marks.c)                                            |
 *   | weight | decimal in [0, 1]: how strongly the phrase signals its kind |
 *   | phrase | the text; {a|b|} groups give alternatives (an empty one   |
 *   |        | makes the group optional); '^' first = only at the start of |
 *   |        | the text; '$' last = only at its end (closing punctuation |
 *   |        | . ! quotes, brackets, * _ ~ may follow, no ?); '*' first/last |
 *   |        | = no word boundary on that side; in answer_start lines    |
 *   |        | "...X" = X anywhere in a sentence's first clause, "X ...T" |
 *   |        | = X starts a sentence and T follows in its first clause    |
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
 * and automaton; it is immutable after loading. A binary that links the
 * generated build/lexicon_tab.c (the refusal binary, s15-startup) loads the
 * embedded lexicons from its read-only tables instead (borrowed: only the
 * struct is the caller's; tools/lexgen.c). Callers: the detectors
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

#define NO_NODE RF_LEX_NO_NODE

static const char *const k_kind_names[RF_LEX_KIND_COUNT] = {
    "direct_refusal",
    "apology",
    "explanation",
    "deflection",
    "acknowledgment",
    "boundary_setting",
    "emotional_awareness",
    "compliance",
    "disclaimer",
    "neutral",
    "correction",
    "answer_start",
    "normative",
    "informative",
    "risk",
    "frame",
    "howto",
    "sequence",
    "negation",
    "request",
    "about",
    "bestway",
    "side",
    "aside",
    "also",
    "wording",
    "limit",
    "limit_topic",
    "limit_ok",
    "offer",
    "pick",
    "contrast",
    "why",
    "grant",
    "except",
    "yesno",
    "verdict",
    "self",
    "caveat",
    "omit",
    "salute",
    "signoff",
    "selfq",
    "reported",
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

size_t rf_lexicon_size(const rf_lexicon *lx)
{
    return lx ? lx->n_rules : 0;
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
    if (lx->borrowed) { /* pre-compiled tables: only the loader's copies are ours */
        rf_lex_detach(lx);
        rf_free(lx);
        return;
    }
    for (i = 0; i < lx->n_rules; i++)
        rf_free(lx->rules[i].tpl);
    rf_free(lx->ftext);
    for (i = 0; i < lx->n_langs; i++)
        rf_free(lx->langs[i]);
    rf_free(lx->rules);
    rf_free(lx->chains);
    rf_free(lx->frags);
    rf_free(lx->nodes);
    rf_free(lx->reps);
    rf_free(lx->edges);
    rf_free(lx->dense);
    rf_free(lx->prefix);
    rf_lex_marks_free(lx);
    rf_free(lx);
}

rf_status rf_lex_attach_texts(rf_lexicon *lx, const lex_rule *rules, const char *rtext,
                              const lex_mark *marks, const char *mtext)
{
    size_t i;
    lx->rules = NULL;
    lx->marks = NULL;
    if ((lx->n_rules && !(lx->rules = rf_malloc(lx->n_rules * sizeof *lx->rules))) ||
        (lx->n_marks && !(lx->marks = rf_malloc(lx->n_marks * sizeof *lx->marks))))
        return RF_ENOMEM;
    for (i = 0; i < lx->n_rules; i++) {
        lx->rules[i] = rules[i];
        lx->rules[i].tpl = (char *)(uintptr_t)rtext; /* read-only all the same */
        rtext += strlen(rtext) + 1;
    }
    for (i = 0; i < lx->n_marks; i++) {
        lx->marks[i] = marks[i];
        lx->marks[i].text = (char *)(uintptr_t)mtext;
        mtext += marks[i].len + 1u;
    }
    return RF_OK;
}

void rf_lex_detach(rf_lexicon *lx)
{
    rf_free(lx->rules);
    rf_free(lx->marks);
    rf_free(lx->prefix);
    lx->rules = NULL;
    lx->marks = NULL;
    lx->prefix = NULL;
}

/* ---- parsing ------------------------------------------------------------- */

static int lang_index(rf_lexicon *lx, const char *lang)
{
    size_t i;
    for (i = 0; i < lx->n_langs; i++)
        if (strcmp(lx->langs[i], lang) == 0)
            return (int)i;
    if (lx->n_langs == RF_LEX_MAX_LANGS)
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

/* Grow *arr (of *cap elements of size sz) to hold n + 1; 0 on failure. */
static int grow(void **arr, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap)
        return 1;
    size_t nc = *cap ? *cap * 2 : 256;
    void *p = rf_realloc(*arr, nc * sz);
    if (!p)
        return 0;
    *arr = p;
    *cap = nc;
    return 1;
}

#define MAX_GROUPS 8
#define MAX_ALTS 128

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
    }
    return NULL;
}

/* Parse the kind and weight fields of a line; the phrase field in *ph. */
static const char *parse_fields(const char *line, size_t n, lex_rule *e, rf_slice *ph)
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
    ph->ptr = f[2];
    ph->len = fl[2];
    return NULL;
}

/* A slot under construction: its alternatives as (offset, length) into a
 * text buffer. */
#define MAX_TEMPLATE 16384 /* bytes of one normalised phrase template */
#define MAX_SLOT_TEXT 32768

_Static_assert(MAX_GROUPS + 1 <= UINT8_MAX && RF_LEX_MAX_PHRASE <= UINT16_MAX,
               "a slot and a fragment length must fit lex_frag");

typedef struct slot_build {
    char text[MAX_SLOT_TEXT];
    size_t used;
    size_t off[MAX_GROUPS + 1][MAX_ALTS], len[MAX_GROUPS + 1][MAX_ALTS], n_alts[MAX_GROUPS + 1];
    size_t n_slots;
} slot_build;

/* Append to the slot text; 0 when full. */
static int sb_put(slot_build *sb, const char *p, size_t n)
{
    if (sb->used + n > sizeof sb->text)
        return 0;
    memcpy(sb->text + sb->used, p, n);
    sb->used += n;
    return 1;
}

/* Literal i of t: the text before group i (i == n_groups: the tail). */
static rf_slice literal(const phrase_tpl *t, size_t i)
{
    size_t a = i == 0 ? 0 : t->g_end[i - 1] + 1;
    size_t b = i < t->n_groups ? t->g_start[i] : t->n;
    rf_slice s = {t->p + a, b - a};
    return s;
}

/* 1 when alternative k of group g is empty or blank (the group is then
 * optional: a chain without it is built). */
static int blank_alt(const phrase_tpl *t, size_t g, size_t k)
{
    size_t i;
    for (i = 0; i < t->alt_len[g][k]; i++)
        if (t->p[t->alt_off[g][k] + i] != ' ')
            return 0;
    return 1;
}

static int has_empty_alt(const phrase_tpl *t, size_t g)
{
    size_t k;
    for (k = 0; k < t->n_alts[g]; k++)
        if (blank_alt(t, g, k))
            return 1;
    return 0;
}

/* 1 when an alternative starting with c attaches to the word before it
 * (the space before its group is dropped): an apostrophe, a comma or a full
 * stop. Not ; : ! ?, which French typography spaces ("désolé !"). */
static int attaches(char c)
{
    return c == '\'' || c == ',' || c == '.';
}

/* Build the slots of the chain that includes the groups in mask (bit g). */
static const char *build_slots(const phrase_tpl *t, unsigned mask, slot_build *sb)
{
    size_t g, k, lit = 0, last = t->n_groups;
    sb->used = 0;
    sb->n_slots = 0;
    for (g = 0; g < t->n_groups; g++)
        if (mask & (1u << g))
            last = g;
    if (last == t->n_groups) { /* no group: one slot of all literals */
        sb->off[0][0] = 0;
        for (k = 0; k <= t->n_groups; k++) {
            rf_slice l = literal(t, k);
            if (!sb_put(sb, l.ptr, l.len))
                return "template too long";
        }
        sb->len[0][0] = sb->used;
        sb->n_alts[0] = 1;
        sb->n_slots = 1;
        return NULL;
    }
    for (g = 0; g < t->n_groups; g++) {
        if (!(mask & (1u << g)))
            continue;
        size_t s = sb->n_slots++, na = 0;
        for (k = 0; k < t->n_alts[g]; k++) {
            size_t j, start = sb->used;
            if (blank_alt(t, g, k))
                continue;
            for (j = lit; j <= g; j++) { /* literals since the previous slot */
                rf_slice l = literal(t, j);
                if (!sb_put(sb, l.ptr, l.len))
                    return "template too long";
            }
            /* a contraction or a punctuation mark attaches to the word before
             * it: "i {would|'d}" is "i would" or "i'd", not "i 'd", and
             * "rozumiem {,|że}" is "rozumiem," or "rozumiem że" (normalised
             * text has no space before these marks) */
            if (t->alt_len[g][k] && attaches(t->p[t->alt_off[g][k]]) && sb->used > start &&
                sb->text[sb->used - 1] == ' ')
                sb->used--;
            if (!sb_put(sb, t->p + t->alt_off[g][k], t->alt_len[g][k]))
                return "template too long";
            for (j = g + 1; g == last && j <= t->n_groups; j++) { /* the tail */
                rf_slice l = literal(t, j);
                if (!sb_put(sb, l.ptr, l.len))
                    return "template too long";
            }
            sb->off[s][na] = start;
            sb->len[s][na++] = sb->used - start;
        }
        sb->n_alts[s] = na;
        lit = g + 1;
    }
    return NULL;
}

#define SHORT_FRAG 6 /* fragments shorter than this match too often alone */

static size_t slot_min_len(const slot_build *sb, size_t s)
{
    size_t k, m = SIZE_MAX;
    for (k = 0; k < sb->n_alts[s]; k++)
        if (sb->len[s][k] < m)
            m = sb->len[s][k];
    return m;
}

/* Merge adjacent slots whose fragments are short ("it", " is") into one
 * slot of their concatenations, while the product stays within MAX_ALTS:
 * short common fragments would otherwise open partial matches everywhere. */
static void merge_slots(slot_build *sb)
{
    size_t s = 0;
    while (s + 1 < sb->n_slots) {
        size_t na = sb->n_alts[s], nb = sb->n_alts[s + 1], a, b, k = 0, mark = sb->used;
        size_t off[MAX_ALTS], len[MAX_ALTS];
        int ok = na * nb <= MAX_ALTS &&
                 (slot_min_len(sb, s) < SHORT_FRAG || slot_min_len(sb, s + 1) < SHORT_FRAG);
        for (a = 0; ok && a < na; a++)
            for (b = 0; ok && b < nb; b++) {
                off[k] = sb->used;
                ok = sb_put(sb, sb->text + sb->off[s][a], sb->len[s][a]) &&
                     sb_put(sb, sb->text + sb->off[s + 1][b], sb->len[s + 1][b]);
                len[k] = sb->used - off[k];
                k++;
            }
        if (!ok) {
            sb->used = mark;
            s++;
            continue;
        }
        memcpy(sb->off[s], off, k * sizeof off[0]);
        memcpy(sb->len[s], len, k * sizeof len[0]);
        sb->n_alts[s] = k;
        for (a = s + 1; a + 1 < sb->n_slots; a++) {
            memcpy(sb->off[a], sb->off[a + 1], sizeof sb->off[a]);
            memcpy(sb->len[a], sb->len[a + 1], sizeof sb->len[a]);
            sb->n_alts[a] = sb->n_alts[a + 1];
        }
        sb->n_slots--;
    }
}

/* Strip the edge markers of a fragment: '^' and '*' before a first slot,
 * '$' and '*' after a last slot (with the spaces around them). */
static void strip_markers(const char **p, size_t *n, int first, int last, lex_frag *f,
                          int *prefix_free, int *suffix_free)
{
    *prefix_free = *suffix_free = 0;
    f->anchored = f->anchored_end = 0;
    if (first) {
        while (*n && (*p)[0] == ' ')
            (*p)++, (*n)--;
        if (*n && (*p)[0] == '^')
            f->anchored = 1, (*p)++, (*n)--;
        if (*n && (*p)[0] == '*')
            *prefix_free = 1, (*p)++, (*n)--;
    }
    if (last) {
        while (*n && (*p)[*n - 1] == ' ')
            (*n)--;
        if (*n && (*p)[*n - 1] == '$') {
            f->anchored_end = 1, (*n)--;
            while (*n && (*p)[*n - 1] == ' ')
                (*n)--;
        }
        if (*n && (*p)[*n - 1] == '*')
            *suffix_free = 1, (*n)--;
    }
}

/* Offset of the first space of a run of two or more in p[from..n), n when
 * none (memchr goes from space to space). */
static size_t double_space(const char *p, size_t from, size_t n)
{
    const char *q = p + from, *end = p + n;
    while (q < end && (q = memchr(q, ' ', (size_t)(end - q))) != NULL && q + 1 < end) {
        if (q[1] == ' ')
            return (size_t)(q - p);
        q += 2; /* q[1] is no space */
    }
    return n;
}

/* Clean one fragment text p[0..n): markers, doubled and edge spaces. Writes
 * the result to out (room for n bytes) and returns its length (0 = empty). */
static size_t clean_frag(const char *p, size_t n, int first, int last, lex_frag *f, char *out)
{
    size_t i = 0, o = 0, d;
    int prefix_free, suffix_free;
    strip_markers(&p, &n, first, last, f, &prefix_free, &suffix_free);
    while (first && i < n && p[i] == ' ') /* a first slot drops its leading spaces */
        i++;
    while (i < n) { /* copy up to a doubled space and keep one */
        d = double_space(p, i, n);
        memcpy(out + o, p + i, d - i);
        o += d - i;
        for (i = d; i < n && p[i] == ' '; i++)
            ;
        if (d < n)
            out[o++] = ' ';
    }
    while (last && o && out[o - 1] == ' ')
        o--;
    if (o == 0)
        return 0;
    f->need_left = 0;
    if (first && !prefix_free) {
        uint32_t cp = first_cp(out, o);
        if (rf_text_boundary_script(cp) == 1)
            f->need_left = RF_LEX_WB_WORD;
        else if (cp >= 0x0621 && cp <= 0x064A)
            f->need_left = RF_LEX_WB_ARABIC;
    }
    f->need_right = last && !suffix_free && rf_text_boundary_script(last_cp(out, o)) == 1;
    return o;
}

/* Room for n more bytes of fragment text at lx->ftext + lx->n_ftext; 0 on
 * ENOMEM (or when the texts would outgrow 32-bit offsets). The buffer is
 * allocated on the first call even for n = 0, so that lx->ftext +
 * lx->n_ftext is never arithmetic on a null pointer (an empty phrase). */
static int text_room(rf_lexicon *lx, size_t n)
{
    if (lx->n_ftext + n > lx->cap_ftext || !lx->ftext) {
        size_t nc = lx->cap_ftext ? lx->cap_ftext * 2 : 65536;
        char *q;
        while (nc < lx->n_ftext + n)
            nc *= 2;
        if (nc > UINT32_MAX || !(q = rf_realloc(lx->ftext, nc)))
            return 0;
        lx->ftext = q;
        lx->cap_ftext = nc;
    }
    return 1;
}

/* Add the fragments of one chain of rule r built in sb. */
static const char *add_chain(rf_lexicon *lx, uint32_t r, const slot_build *sb, rf_status *st)
{
    size_t s, k;
    uint32_t c = (uint32_t)lx->n_chains;
    if (!grow((void **)&lx->chains, &lx->cap_chains, lx->n_chains, sizeof *lx->chains)) {
        *st = RF_ENOMEM;
        return "out of memory";
    }
    /* zeroed padding too: tools/lexgen.c writes the table's bytes, which
     * must not depend on what the allocator left there */
    memset(&lx->chains[c], 0, sizeof lx->chains[c]);
    lx->chains[c].rule = r;
    lx->chains[c].n_slots = (uint16_t)sb->n_slots;
    lx->n_chains++;
    for (s = 0; s < sb->n_slots; s++) {
        for (k = 0; k < sb->n_alts[s]; k++) {
            lex_frag f;
            size_t n;
            memset(&f, 0, sizeof f);
            if (sb->len[s][k] > RF_LEX_MAX_PHRASE)
                return "phrase too long";
            if (!text_room(lx, sb->len[s][k])) { /* cleaning only shortens it */
                *st = RF_ENOMEM;
                return "out of memory";
            }
            n = clean_frag(sb->text + sb->off[s][k], sb->len[s][k], s == 0, s + 1 == sb->n_slots,
                           &f, lx->ftext + lx->n_ftext);
            if (n == 0)
                return "empty phrase";
            if (lx->n_frags >= RF_LEX_MAX_ENTRIES) {
                *st = RF_ELIMIT;
                return "too many phrases";
            }
            if (!grow((void **)&lx->frags, &lx->cap_frags, lx->n_frags, sizeof *lx->frags)) {
                *st = RF_ENOMEM;
                return "out of memory";
            }
            lx->n_ftext += n; /* the fragment's text, after the earlier ones' */
            f.len = (uint16_t)n;
            f.chain = c;
            f.slot = (uint8_t)s;
            f.next_same = -1;
            lx->frags[lx->n_frags++] = f;
        }
    }
    return NULL;
}

/* Turn the normalised template of rule r into chains and fragments. */
static const char *expand(rf_lexicon *lx, uint32_t r, const char *tpl, size_t n, rf_status *st)
{
    phrase_tpl t;
    size_t g, variants;
    unsigned mask, full = 0, opt = 0;
    const char *msg;
    slot_build *sb;
    if ((msg = parse_tpl(tpl, n, &t, &variants)) != NULL)
        return msg;
    for (g = 0; g < t.n_groups; g++) {
        full |= 1u << g;
        if (has_empty_alt(&t, g))
            opt |= 1u << g;
    }
    if (!(sb = rf_malloc(sizeof *sb))) {
        *st = RF_ENOMEM;
        return "out of memory";
    }
    /* every subset of the optional groups is omitted once */
    for (mask = opt;; mask = (mask - 1) & opt) {
        if ((msg = build_slots(&t, full & ~mask, sb)) != NULL)
            break;
        merge_slots(sb);
        if ((msg = add_chain(lx, r, sb, st)) != NULL)
            break;
        if (mask == 0)
            break;
    }
    rf_free(sb);
    return msg;
}

#define MAX_TAIL 32 /* bytes of an answer_start tail */

/* First "..." in p[0..n), or NULL. */
static const char *find_dots(const char *p, size_t n)
{
    size_t i;
    for (i = 0; i + 3 <= n; i++)
        if (p[i] == '.' && p[i + 1] == '.' && p[i + 2] == '.')
            return p + i;
    return NULL;
}

/* Split the normalised template of an answer_start rule (in e->tpl; *head
 * spans it) at its "...": a leading "..." sets e->in_clause, a later one
 * starts the tail (e->tail_off, e->tail_len, its spaces trimmed); *head is
 * left spanning the phrase to compile. */
static const char *answer_parts(lex_rule *e, rf_slice *head)
{
    const char *p = head->ptr, *dots;
    size_t n = head->len, a = 0, b;
    if (n > 0 && p[0] == ',') { /* ", X": X after a comma in sentence 1 */
        e->after_contrast = 1;
        a = 1;
        while (a < n && p[a] == ' ')
            a++;
        if (find_dots(p + a, n - a))
            return "an answer_start after a comma (', X') takes no '...'";
    } else if (find_dots(p, n) == p) {
        e->in_clause = 1;
        a = 3;
        while (a < n && p[a] == ' ')
            a++;
    }
    dots = find_dots(p + a, n - a);
    b = dots ? (size_t)(dots - p) : n;
    if (dots) {
        size_t t = b + 3, u = n;
        while (t < u && p[t] == ' ')
            t++;
        if (t == u)
            return "'...' at the end of an answer_start phrase (give the tail: \"to ...,\")";
        if (u - t > MAX_TAIL)
            return "answer_start tail too long";
        if (find_dots(p + t, u - t) || memchr(p + t, '{', u - t) || memchr(p + t, '|', u - t) ||
            memchr(p + t, '}', u - t))
            return "an answer_start tail is plain text after one '...'";
        e->tail_off = (uint16_t)t;
        e->tail_len = (uint8_t)(u - t);
    }
    while (b > a && p[b - 1] == ' ')
        b--;
    if (b == a)
        return "empty phrase";
    head->ptr = p + a;
    head->len = b - a;
    return NULL;
}

/* Parse one non-comment line into a rule with its chains and fragments. */
static const char *parse_line(rf_lexicon *lx, const char *line, size_t n, int li, rf_status *st)
{
    lex_rule rule;
    rf_slice ph;
    rf_buf norm;
    const char *msg;
    memset(&rule, 0, sizeof rule);
    if ((msg = parse_fields(line, n, &rule, &ph)) != NULL)
        return msg;
    if (!rf_utf8_valid(ph.ptr, ph.len))
        return "invalid UTF-8 in phrase";
    rule.lang = (uint8_t)li;
    rf_buf_init(&norm, MAX_TEMPLATE);
    *st = rf_text_normalize_valid(ph.ptr, ph.len, &norm);
    if (*st != RF_OK) {
        rf_buf_free(&norm);
        return *st == RF_ELIMIT ? "phrase too long" : "out of memory";
    }
    if (rule.kind >= RF_LEX_FRAME) { /* marker lists (s10-frame2): no automaton */
        msg = rf_lex_add_marks(lx, rule.kind, li, rf_buf_ptr(&norm), rf_buf_len(&norm), st);
        rf_buf_free(&norm);
        return msg;
    }
    if (!grow((void **)&lx->rules, &lx->cap_rules, lx->n_rules, sizeof *lx->rules) ||
        !(rule.tpl = rf_strndup(rf_buf_ptr(&norm), rf_buf_len(&norm)))) {
        rf_buf_free(&norm);
        *st = RF_ENOMEM;
        return "out of memory";
    }
    rf_slice head = {rf_buf_ptr(&norm), rf_buf_len(&norm)};
    msg = rule.kind == RF_LEX_ANSWER_START ? answer_parts(&rule, &head) : NULL;
    if (msg) {
        rf_free(rule.tpl);
        rf_buf_free(&norm);
        return msg;
    }
    lx->rules[lx->n_rules++] = rule;
    msg = expand(lx, (uint32_t)(lx->n_rules - 1), head.ptr, head.len, st);
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

/* A trie node recorded while building, in creation (depth-first) order:
 * its parent, the byte of the edge into it and its depth. */
typedef struct build_edge {
    uint32_t parent;
    uint8_t byte;
    uint16_t depth;
} build_edge;

/* Lay the trie of be[0..n - 1) (node c is be[c - 1]; node 0 the root) out
 * in breadth-first order, so that the shallow nodes a scan visits most sit
 * together in memory: fills lx->nodes (links unset) and lx->edges, and
 * remaps term[0..n_term). The nodes were created in depth-first order of
 * the sorted phrases, so the nodes of one depth are in byte order of their
 * paths there, and so they are in a breadth-first walk that takes children
 * in byte order: breadth-first order is creation order stably sorted by
 * depth (a counting sort). A node's children are then numbered after the
 * children of the nodes before it, in byte order: the child on edge e is
 * node e + 1, and a node's first edge is the number of children of the
 * nodes before it. One pass places every edge, one sums the edge counts. */
static rf_status bfs_layout(rf_lexicon *lx, const build_edge *be, uint32_t *term, size_t n_term)
{
    size_t n = lx->n_nodes, u, k, e = 0;
    uint32_t start[RF_LEX_MAX_PHRASE + 2] = {0}, *newid = rf_malloc(n * sizeof *newid);
    lx->nodes = rf_calloc(n, sizeof *lx->nodes);
    lx->reps = rf_calloc(n, sizeof *lx->reps);
    lx->edges = rf_malloc(n * sizeof *lx->edges);
    lx->n_rep = n;
    if (!newid || !lx->nodes || !lx->reps || !lx->edges) {
        rf_free(newid);
        return RF_ENOMEM;
    }
    start[1] = 1; /* the root, depth 0 */
    for (u = 1; u < n; u++)
        start[be[u - 1].depth + 1]++;
    for (k = 1; k <= RF_LEX_MAX_PHRASE + 1; k++)
        start[k] += start[k - 1];
    lx->n_shallow = start[RF_LEX_DENSE_DEPTH + 1]; /* nodes of depth <= RF_LEX_DENSE_DEPTH */
    newid[0] = start[0]++;
    for (u = 1; u < n; u++) {
        uint32_t v = start[be[u - 1].depth]++;
        newid[u] = v;
        lx->edges[v - 1] = v << 8 | be[u - 1].byte;
        ac_node *pa = &lx->nodes[newid[be[u - 1].parent]]; /* parents come first */
        if (pa->n_edges == RF_LEX_MAX_CHILDREN) {          /* not in UTF-8: see ac_node */
            rf_free(newid);
            return RF_ELIMIT;
        }
        pa->n_edges++;
    }
    for (u = 0; u < n; u++) {
        lx->nodes[u].edge = (uint32_t)e;
        lx->reps[u].out = -1;
        e += lx->nodes[u].n_edges;
    }
    for (k = 0; k < n_term; k++)
        term[k] = newid[term[k]];
    rf_free(newid);
    return RF_OK;
}

/* Build the trie from the phrases in sorted order, so that every node's
 * children are created in increasing byte order; term[i] receives the node
 * of entry i. Fills lx->nodes (links unset) and lx->edges. */
static rf_status build_trie(rf_lexicon *lx, uint32_t *term)
{
    size_t n = lx->n_frags, i, d, total = 1, k;
    lex_sort_item *it = rf_malloc((n ? n : 1) * sizeof *it);
    build_edge *be = NULL;
    uint32_t path[RF_LEX_MAX_PHRASE + 1];
    rf_status st = RF_ENOMEM;
    if (!it)
        return RF_ENOMEM;
    for (i = 0, k = 0; i < n; k += lx->frags[i++].len) {
        it[i].p = lx->ftext + k; /* the texts follow one another (add_chain) */
        it[i].len = lx->frags[i].len;
        it[i].idx = (uint32_t)i;
        total += it[i].len; /* upper bound on nodes */
    }
    if (rf_lex_sort_all(it, n) != RF_OK || !(be = rf_malloc(total * sizeof *be)))
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
            be[c - 1].byte = (uint8_t)it[i].p[d];
            be[c - 1].depth = (uint16_t)(d + 1);
            path[d + 1] = c;
        }
        term[it[i].idx] = path[it[i].len];
    }
    if (lx->n_nodes > RF_LEX_MAX_NODES) {
        st = RF_ELIMIT;
        goto out;
    }
    if ((st = bfs_layout(lx, be, term, n)) != RF_OK)
        goto out;
    for (k = 0; k < 256; k++)
        lx->root[k] = 0;
    for (k = 0; k < lx->nodes[0].n_edges; k++)
        lx->root[lx->edges[k] & 0xFF] = lx->edges[k] >> 8;
out:
    rf_free(it);
    rf_free(be);
    return st;
}

/* Failure and dictionary links, breadth-first: the nodes are numbered in
 * breadth-first order (bfs_layout), so a walk in id order sees every
 * node's parent and shorter suffixes first. */
static void link_fail(rf_lexicon *lx, const uint32_t *starts)
{
    size_t n = lx->n_nodes, k;
    uint32_t u;
    lx->nodes[0].fail = 0;
    lx->reps[0].dict = NO_NODE;
    for (u = 0; u < n; u++) {
        const ac_node *nu = &lx->nodes[u];
        for (k = 0; k < nu->n_edges; k++) {
            uint32_t v = lx->edges[starts[u] + k] >> 8, f = nu->fail, t = 0;
            uint8_t b = (uint8_t)(lx->edges[starts[u] + k] & 0xFF);
            if (u != 0) {
                for (;;) {
                    t = rf_lex_go(lx, f, b);
                    if (t != NO_NODE && (f != 0 || t != 0))
                        break;
                    if (f == 0) {
                        t = 0;
                        break;
                    }
                    f = lx->nodes[f].fail;
                }
            }
            lx->nodes[v].fail = (u == 0) ? 0 : t;
            f = lx->nodes[v].fail;
            lx->reps[v].dict = lx->reps[f].out >= 0 ? f : lx->reps[f].dict;
        }
    }
}

/* Give every node with more than RF_LEX_WIDE edges a dense 256-entry row
 * (its edge field then indexes the row). */
static rf_status make_dense(rf_lexicon *lx)
{
    size_t u, k, rows = rf_lex_dense_rows(lx);
    if (!rows)
        return RF_OK;
    if (!(lx->dense = rf_malloc(rows * 256 * sizeof *lx->dense)))
        return RF_ENOMEM;
    rows = 0;
    for (u = 1; u < lx->n_nodes; u++) {
        ac_node *nd = &lx->nodes[u];
        uint32_t *row;
        if (nd->n_edges <= RF_LEX_WIDE)
            continue;
        row = lx->dense + rows * 256;
        for (k = 0; k < 256; k++)
            row[k] = NO_NODE;
        for (k = 0; k < nd->n_edges; k++) {
            uint32_t e = lx->edges[nd->edge + k];
            row[e & 0xFF] = e >> 8;
        }
        nd->edge = (uint32_t)rows++;
    }
    return RF_OK;
}

static rf_status compile(rf_lexicon *lx)
{
    size_t i;
    uint32_t *term = rf_malloc((lx->n_frags ? lx->n_frags : 1) * sizeof *term), *starts = NULL;
    rf_status st = term ? build_trie(lx, term) : RF_ENOMEM;
    if (st != RF_OK)
        goto out;
    for (i = 0; i < lx->n_nodes; i++)
        lx->reps[i].flen = RF_LEX_LATER;
    for (i = lx->n_frags; i-- > 0;) { /* chain duplicates, first entry first */
        lex_frag *f = &lx->frags[i];
        ac_rep *nd = &lx->reps[term[i]];
        f->next_same = nd->out;
        f->last = f->slot + 1 == lx->chains[f->chain].n_slots;
        nd->out = (int32_t)i;
        nd->flen = (uint16_t)((nd->flen & RF_LEX_LATER & (f->slot ? RF_LEX_LATER : 0)) | f->len);
    }
    /* dense rows repurpose the edge field: keep the sparse starts for the
     * breadth-first walk */
    if (!(starts = rf_malloc(lx->n_nodes * sizeof *starts))) {
        st = RF_ENOMEM;
        goto out;
    }
    for (i = 0; i < lx->n_nodes; i++)
        starts[i] = lx->nodes[i].edge;
    if ((st = make_dense(lx)) != RF_OK)
        goto out;
    link_fail(lx, starts);
    st = rf_lex_resolve(lx, starts);
    if (st == RF_OK) { /* the fragment texts served the trie only */
        rf_free(lx->ftext);
        lx->ftext = NULL;
        lx->n_ftext = lx->cap_ftext = 0;
    }
out:
    rf_free(term);
    rf_free(starts);
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
    rf_lex_marks_index(lx);
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
    char *names[RF_LEX_MAX_LANGS], tag[64], path[4096];
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
        if (n == RF_LEX_MAX_LANGS) {
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

static rf_status load(const char *dir, int compiled, rf_lexicon **out, char *err)
{
    rf_lexicon *lx;
    rf_status st;
    if (!out)
        return RF_EINVAL;
    *out = NULL;
    if (!(lx = lexicon_new())) {
        rf_seterr(err, "out of memory loading the lexicons");
        return RF_ENOMEM;
    }
    if (!dir && !compiled) {
        int pre = rf_lex_precompiled(lx); /* s15-startup */
        if (pre > 0) {
            *out = lx;
            return RF_OK;
        }
        if (pre < 0) {
            rf_lexicon_free(lx);
            rf_seterr(err, "out of memory loading the built-in lexicons");
            return RF_ENOMEM;
        }
    }
    st = dir ? load_dir(lx, dir, err) : load_embedded(lx, err);
    if (st != RF_OK) {
        rf_lexicon_free(lx);
        return st;
    }
    return finish(lx, out, err);
}

rf_status rf_lexicon_load(const char *dir, rf_lexicon **out, char *err)
{
    return load(dir, 0, out, err);
}

rf_status rf_lex_compile_embedded(rf_lexicon **out, char *err)
{
    return load(NULL, 1, out, err);
}
