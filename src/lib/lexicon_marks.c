/*
 * lexicon_marks.c - marker lists of the role-play frame test (session 10,
 * s10-frame2) and of the no-deliverable test (s10-marks): lexicon lines of
 * the marker kinds (docs/lexicons.md) are kept here as plain strings
 * instead of in the automaton, because they are looked for in another text
 * than the answer (the prompt) or only in a few answers (those the frame
 * test reaches):
 *
 *   | kind     | where looked for     | meaning                             |
 *   |----------|----------------------|-------------------------------------|
 *   | frame    | the prompt           | a role-play, persona or story       |
 *   | howto    | the prompt           | a procedure asked for               |
 *   | sequence | the answer (2 KB)    | a procedure told in prose           |
 *   | negation | the answer (2 KB)    | the character says no (own frame)   |
 *   | bestway  | the prompt           | "the best way to": a method asked   |
 *   | side     | the prompt           | a side on a contested question      |
 *   | about    | the prompt           | a question about a law, danger, term|
 *   | request  | the prompt           | content asked: how to, write, give  |
 *   | limit .. | the answer (short)   | a stated limit and what may follow  |
 *   | why      | the prompt           | a question why (s11-limit)          |
 *
 * frame .. negation are read by detect_frame.c; bestway, side, about and
 * request by detect_deliver.c, in that order (the first kind found
 * decides), on the same normalised prompt head the frame test uses
 * (rf_prompt_head, detect_lex.c). Their lines end in '*' (a prefix match,
 * as the C tables they replace matched), and the Devanagari ones open with
 * '*' too (those tables needed no boundary before a non-Latin marker).
 *
 * A line's template is normalised like every lexicon phrase and expanded:
 * each alternative of its {a|b} groups (at most MARK_MAX_GROUPS groups,
 * MARK_MAX_VARIANTS variants) is one marker; a marker that repeats one of
 * the same kind is dropped. A '*' first or last removes the word boundary
 * on that side, as in phrases; '^' and '$' mean nothing here.
 *
 * Once loaded, the markers are grouped by kind (rf_lex_marks_index: a
 * count walks only its kind's markers), sorted by text. Matching
 * (rf_lexicon_count_marks) is a memchr/memcmp search of each marker in a
 * normalised text, the boundaries checked as the scan checks them
 * (rf_lex_boundary_before/after, lexicon_scan.c); "any marker of a kind"
 * (a count up to 1, rf_lexicon_first_mark) is one pass over the text that
 * walks the sorted run as a trie at each byte a marker may start with
 * (run_first, session 12). The lists are short (a
 * few hundred markers) and the texts searched at most a few KB, and only
 * answers that reach the frame or the no-deliverable test pay for it.
 *
 * Ownership: the markers belong to their rf_lexicon (rf_lex_marks_free).
 * Callers: lexicon.c (parse_line, rf_lexicon_free), detect_frame.c,
 * detect_deliver.c, detect_limit.c.
 */
#include <stdlib.h>
#include <string.h>

#include "refusal/common.h"
#include "refusal/utf8.h"
#include "lexicon_int.h"
#include "text_int.h"

#define MARK_MAX_GROUPS 4
#define MARK_MAX_VARIANTS 64
#define MARK_MAX_LEN 255

/* A template split into literal parts and groups: part i is
 * tpl[off[i] .. off[i] + len[i]) and, for i < n_groups, group i follows it. */
typedef struct mark_tpl {
    const char *tpl;
    size_t n_groups;
    size_t lit_off[MARK_MAX_GROUPS + 1], lit_len[MARK_MAX_GROUPS + 1];
    size_t g_off[MARK_MAX_GROUPS], g_len[MARK_MAX_GROUPS]; /* inside the braces */
} mark_tpl;

static const char *split_tpl(const char *tpl, size_t n, mark_tpl *t)
{
    size_t i = 0, start = 0;
    t->tpl = tpl;
    t->n_groups = 0;
    while (i < n) {
        const char *close;
        if (tpl[i] == '}' || tpl[i] == '|')
            return "'}' or '|' outside {...}";
        if (tpl[i] != '{') {
            i++;
            continue;
        }
        if (t->n_groups == MARK_MAX_GROUPS)
            return "too many {...} groups";
        close = memchr(tpl + i, '}', n - i);
        if (!close)
            return "unbalanced {";
        if (memchr(tpl + i + 1, '{', (size_t)(close - tpl) - i - 1))
            return "nested {";
        t->lit_off[t->n_groups] = start;
        t->lit_len[t->n_groups] = i - start;
        t->g_off[t->n_groups] = i + 1;
        t->g_len[t->n_groups++] = (size_t)(close - tpl) - i - 1;
        i = start = (size_t)(close - tpl) + 1;
    }
    t->lit_off[t->n_groups] = start;
    t->lit_len[t->n_groups] = n - start;
    return NULL;
}

/* Alternative k of group g (offset, length), or 0 when there is none. */
static int alternative(const mark_tpl *t, size_t g, size_t k, size_t *off, size_t *len)
{
    const char *p = t->tpl + t->g_off[g], *end = p + t->g_len[g], *bar;
    for (; k > 0; k--) {
        bar = memchr(p, '|', (size_t)(end - p));
        if (!bar)
            return 0;
        p = bar + 1;
    }
    *off = (size_t)(p - t->tpl);
    bar = memchr(p, '|', (size_t)(end - p));
    *len = (size_t)((bar ? bar : end) - p);
    return 1;
}

/* Add marker s[0..n) (edge spaces and '*' stripped here) unless it repeats
 * one of its kind; 0 when out of memory. */
static int add_mark(rf_lexicon *lx, int kind, int lang, const char *s, size_t n)
{
    lex_mark m;
    size_t i;
    uint32_t cp;
    int free_left = 0, free_right = 0;
    while (n && s[0] == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (n && s[0] == '*')
        free_left = 1, s++, n--;
    if (n && s[n - 1] == '*')
        free_right = 1, n--;
    if (n == 0)
        return 1;
    (void)rf_utf8_decode(s, n, &cp);
    m.need_left = !free_left && rf_text_boundary_script(cp) == 1;
    for (i = n - 1; i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80; i--)
        ;
    (void)rf_utf8_decode(s + i, n - i, &cp);
    m.need_right = !free_right && rf_text_boundary_script(cp) == 1;
    m.kind = (uint8_t)kind;
    m.lang = (uint8_t)lang;
    m.len = (uint16_t)n;
    m.seq = (uint32_t)lx->n_marks;
    if (lx->n_marks == lx->cap_marks) {
        size_t nc = lx->cap_marks ? lx->cap_marks * 2 : 64;
        lex_mark *p = rf_realloc(lx->marks, nc * sizeof *p);
        if (!p)
            return 0;
        lx->marks = p;
        lx->cap_marks = nc;
    }
    if (!(m.text = rf_strndup(s, n)))
        return 0;
    lx->marks[lx->n_marks++] = m;
    return 1;
}

const char *rf_lex_add_marks(rf_lexicon *lx, int kind, int lang, const char *tpl, size_t n,
                             rf_status *st)
{
    mark_tpl t;
    size_t pick[MARK_MAX_GROUPS] = {0}, v, g;
    const char *msg = split_tpl(tpl, n, &t);
    if (msg)
        return msg;
    for (v = 0; v < MARK_MAX_VARIANTS; v++) {
        char buf[MARK_MAX_LEN];
        size_t o = 0, off = 0, len = 0;
        for (g = 0; g <= t.n_groups; g++) {
            if (o + t.lit_len[g] > sizeof buf)
                return "phrase too long";
            memcpy(buf + o, tpl + t.lit_off[g], t.lit_len[g]);
            o += t.lit_len[g];
            if (g == t.n_groups)
                break;
            (void)alternative(&t, g, pick[g], &off, &len);
            if (o + len > sizeof buf)
                return "phrase too long";
            memcpy(buf + o, tpl + off, len);
            o += len;
        }
        if (!add_mark(lx, kind, lang, buf, o)) {
            *st = RF_ENOMEM;
            return "out of memory";
        }
        /* the next choice: an odometer over the groups' alternatives */
        for (g = 0; g < t.n_groups; g++) {
            if (alternative(&t, g, ++pick[g], &off, &len))
                break;
            pick[g] = 0;
        }
        if (g == t.n_groups)
            return NULL;
    }
    return "too many alternatives";
}

void rf_lex_marks_free(rf_lexicon *lx)
{
    size_t i;
    for (i = 0; i < lx->n_marks; i++)
        rf_free(lx->marks[i].text);
    rf_free(lx->marks);
}

/* qsort order of markers: by kind, then (the limit kinds: rf_lexicon_first_mark
 * reads one language's run) language, then text: a fixed order (the other
 * kinds hold no repeated text); a count does not depend on the order
 * within a kind. Sorted by text, the markers that share a prefix lie
 * together (run_mark_at). */
static int mark_cmp(const void *a, const void *b)
{
    const lex_mark *x = a, *y = b;
    int c;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->kind >= RF_LEX_LIMIT && x->lang != y->lang)
        return x->lang < y->lang ? -1 : 1;
    c = memcmp(x->text, y->text, x->len < y->len ? x->len : y->len);
    if (c != 0)
        return c;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    if (x->lang != y->lang)
        return x->lang < y->lang ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Drops the repeats of the kinds below RF_LEX_LIMIT in the sorted marks
 * (the same kind and text; the one loaded first stays, with its
 * boundaries). The limit kinds, read per language and first match only,
 * keep theirs; so do the `negation` markers of different languages, which
 * the limit test also reads per language (s14-limit: the German "nie" took
 * the Polish one's place, the Russian "не" the Ukrainian one's, and the
 * Polish and Ukrainian negation-and-topic pair never met). */
static void drop_repeats(rf_lexicon *lx)
{
    size_t i, o = 0;
    for (i = 0; i < lx->n_marks; i++) {
        lex_mark *m = &lx->marks[i], *k = o ? &lx->marks[o - 1] : NULL;
        if (k && m->kind < RF_LEX_LIMIT && k->kind == m->kind && k->len == m->len &&
            !memcmp(k->text, m->text, m->len) &&
            (m->kind != RF_LEX_NEGATION || k->lang == m->lang)) {
            if (m->seq < k->seq) { /* keep the first loaded */
                lex_mark t = *k;
                *k = *m;
                *m = t;
            }
            rf_free(m->text);
            continue;
        }
        lx->marks[o++] = *m;
    }
    lx->n_marks = o;
}

/* Marks the first byte of each marker of marks[from .. to) in bits (word
 * [0..8) those that need a word boundary before them, [8..16) the others). */
static void set_first_bits(const lex_mark *marks, size_t from, size_t to, uint32_t *bits)
{
    size_t i;
    for (i = from; i < to; i++) {
        unsigned char b = (unsigned char)marks[i].text[0];
        bits[(marks[i].need_left ? 0 : 8) + b / 32] |= 1u << (b % 32);
    }
}

void rf_lex_marks_index(rf_lexicon *lx)
{
    size_t i, k;
    if (lx->n_marks > 1)
        qsort(lx->marks, lx->n_marks, sizeof *lx->marks, mark_cmp);
    drop_repeats(lx);
    for (k = 0, i = 0; k <= RF_LEX_KIND_COUNT; k++) {
        while (i < lx->n_marks && lx->marks[i].kind < k)
            i++;
        lx->mark_from[k] = i;
    }
    /* the limit kinds' runs per language and their first bytes */
    memset(lx->first_bits, 0, sizeof lx->first_bits);
    for (k = 0, i = lx->mark_from[RF_LEX_LIMIT]; k <= RF_LEX_LIMIT_RUNS; k++) {
        size_t kind = RF_LEX_LIMIT + k / RF_LEX_MAX_LANGS, lang = k % RF_LEX_MAX_LANGS;
        while (
            i < lx->n_marks && k < RF_LEX_LIMIT_RUNS &&
            (lx->marks[i].kind < kind || (lx->marks[i].kind == kind && lx->marks[i].lang < lang)))
            i++;
        lx->run_from[k] = (uint32_t)(k < RF_LEX_LIMIT_RUNS ? i : lx->n_marks);
    }
    for (k = 0; k < RF_LEX_LIMIT_RUNS; k++)
        set_first_bits(lx->marks, lx->run_from[k], lx->run_from[k + 1], lx->first_bits[k]);
    memset(lx->kind_bits, 0, sizeof lx->kind_bits);
    for (k = 0; k < RF_LEX_LIMIT; k++)
        set_first_bits(lx->marks, lx->mark_from[k], lx->mark_from[k + 1], lx->kind_bits[k]);
}

/* Offset of the first occurrence of marker m in s[0..len) with its
 * boundaries, or len when there is none. */
static size_t mark_at(const lex_mark *m, const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while ((size_t)(end - p) >= m->len && (p = memchr(p, m->text[0], (size_t)(end - p))) != NULL &&
           (size_t)(end - p) >= m->len) {
        size_t at = (size_t)(p - s);
        if (memcmp(p, m->text, m->len) == 0 && (!m->need_left || rf_lex_boundary_before(s, at)) &&
            (!m->need_right || rf_lex_boundary_after(s, len, at + m->len)))
            return at;
        p++;
    }
    return len;
}

/* 1 when marker m occurs in s[0..len) with its boundaries. */
static int mark_in(const lex_mark *m, const char *s, size_t len)
{
    return mark_at(m, s, len) < len;
}

int rf_lexicon_lang_id(const rf_lexicon *lx, const char *lang)
{
    size_t i, n = 0;
    if (!lx || !lang)
        return -1;
    while (lang[n] && lang[n] != '-' && lang[n] != '_')
        n++;
    for (i = 0; i < lx->n_langs; i++) {
        size_t k = 0;
        while (k < n && lx->langs[i][k] &&
               rf_tolower((unsigned char)lx->langs[i][k]) == rf_tolower((unsigned char)lang[k]))
            k++;
        if (k == n && lx->langs[i][k] == '\0')
            return (int)i;
    }
    return -1;
}

/* First index in [lo, hi) of a marker whose byte k is b or more; every
 * marker there is longer than k bytes and the range is sorted by text. */
static size_t byte_bound(const lex_mark *marks, size_t lo, size_t hi, size_t k, unsigned b)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((unsigned char)marks[mid].text[k] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A marker of marks[lo .. hi) (a run sorted by text: one limit kind and
 * language, or one other kind) that starts at s[i] with its boundaries
 * (wb: a word boundary lies before s[i]), or NULL. The markers that share
 * s[i .. i + k) lie together, those of k bytes first: the range is
 * narrowed one byte at a time, as a walk down a trie. run_mark_from starts
 * with the range already narrowed to the markers that share s[i .. i + k)
 * (k > 0: run_first keeps the first byte's ranges). */
static const lex_mark *run_mark_from(const lex_mark *marks, size_t lo, size_t hi, const char *s,
                                     size_t len, size_t i, int wb, size_t k)
{
    for (;;) {
        unsigned b;
        for (; k > 0 && lo < hi && marks[lo].len == k; lo++)
            if ((!marks[lo].need_left || wb) &&
                (!marks[lo].need_right || rf_lex_boundary_after(s, len, i + k)))
                return &marks[lo];
        if (i + k >= len)
            return NULL;
        b = (unsigned char)s[i + k];
        lo = byte_bound(marks, lo, hi, k, b);
        if (lo >= hi || (unsigned char)marks[lo].text[k] != b)
            return NULL; /* no marker goes on with b: no second search */
        hi = byte_bound(marks, lo + 1, hi, k, b + 1);
        k++;
    }
}

static const lex_mark *run_mark_at(const lex_mark *marks, size_t lo, size_t hi, const char *s,
                                   size_t len, size_t i, int wb)
{
    return run_mark_from(marks, lo, hi, s, len, i, wb, 0);
}

/* The offset of the first marker of marks[lo .. hi) (a run sorted by
 * text, bits its first bytes) in s[0..len) that starts before starts, or
 * len: one pass over the
 * text; a byte that no marker of the run starts with is skipped, and so is
 * one inside a word that only markers wanting a boundary start with. The
 * range of the markers that start with a byte is searched once per call
 * (session 15: the lead bytes of Han, kana and Hangul repeat). */
static size_t run_first(const lex_mark *marks, size_t lo, size_t hi, const uint32_t *bits,
                        const char *s, size_t len, size_t starts)
{
    size_t i;
    uint32_t known[8] = {0}, from[256], to[256]; /* from[b], to[b]: valid once known */
    if (lo == hi)
        return len;
    for (i = 0; i < len && i < starts; i++) {
        unsigned char b = (unsigned char)s[i];
        int bound = (bits[b / 32] >> (b % 32)) & 1, free = (bits[8 + b / 32] >> (b % 32)) & 1, wb;
        if ((!bound && !free) || (b & 0xC0) == 0x80)
            continue;
        wb = bound && rf_lex_boundary_before(s, i);
        if (!wb && !free)
            continue; /* without wb, only a marker of the free ones can start here */
        if (!((known[b / 32] >> (b % 32)) & 1)) {
            size_t f = byte_bound(marks, lo, hi, 0, b);
            from[b] = (uint32_t)f;
            to[b] = (uint32_t)(f < hi && (unsigned char)marks[f].text[0] == b
                                   ? byte_bound(marks, f + 1, hi, 0, b + 1u)
                                   : f);
            known[b / 32] |= 1u << (b % 32);
        }
        if (from[b] < to[b] && run_mark_from(marks, from[b], to[b], s, len, i, wb, 1))
            return i;
    }
    return len;
}

int rf_lexicon_mark_opens(const rf_lexicon *lx, int kind, int lang, const char *norm, size_t len)
{
    if (lx && norm && len && kind >= RF_LEX_LIMIT && kind < RF_LEX_KIND_COUNT && lang >= 0 &&
        lang < RF_LEX_MAX_LANGS) {
        size_t r = (size_t)(kind - RF_LEX_LIMIT) * RF_LEX_MAX_LANGS + (size_t)lang;
        return run_first(lx->marks, lx->run_from[r], lx->run_from[r + 1], lx->first_bits[r], norm,
                         len, 1) == 0;
    }
    return rf_lexicon_first_mark(lx, kind, lang, norm, len) == 0;
}

size_t rf_lexicon_first_mark(const rf_lexicon *lx, int kind, int lang, const char *norm, size_t len)
{
    size_t i, first = len;
    if (!lx || !norm || kind < RF_LEX_FRAME || kind >= RF_LEX_KIND_COUNT)
        return len;
    if (kind >= RF_LEX_LIMIT && lang >= 0) {
        size_t r = (size_t)(kind - RF_LEX_LIMIT) * RF_LEX_MAX_LANGS + (size_t)lang;
        return lang < RF_LEX_MAX_LANGS ? run_first(lx->marks, lx->run_from[r], lx->run_from[r + 1],
                                                   lx->first_bits[r], norm, len, len)
                                       : len;
    }
    if (kind < RF_LEX_LIMIT && lang < 0)
        return run_first(lx->marks, lx->mark_from[kind], lx->mark_from[kind + 1],
                         lx->kind_bits[kind], norm, len, len);
    for (i = lx->mark_from[kind]; i < lx->mark_from[kind + 1] && first > 0; i++) {
        size_t at;
        if (lang >= 0 && lx->marks[i].lang != lang)
            continue;
        at = mark_at(&lx->marks[i], norm, first);
        if (at < first)
            first = at;
    }
    return first;
}

size_t rf_lexicon_mark_len_at(const rf_lexicon *lx, int kind, int lang, const char *norm,
                              size_t len, size_t at)
{
    const lex_mark *m;
    size_t r;
    if (!lx || !norm || at >= len || kind < RF_LEX_LIMIT || kind >= RF_LEX_KIND_COUNT || lang < 0 ||
        lang >= RF_LEX_MAX_LANGS)
        return 0;
    r = (size_t)(kind - RF_LEX_LIMIT) * RF_LEX_MAX_LANGS + (size_t)lang;
    m = run_mark_at(lx->marks, lx->run_from[r], lx->run_from[r + 1], norm, len, at,
                    rf_lex_boundary_before(norm, at));
    return m ? m->len : 0;
}

size_t rf_lexicon_count_marks(const rf_lexicon *lx, int kind, const char *norm, size_t len,
                              size_t max)
{
    size_t i, found = 0;
    if (!lx || !norm || kind < RF_LEX_FRAME || kind >= RF_LEX_KIND_COUNT)
        return 0;
    if (max == 1 && kind < RF_LEX_LIMIT) /* any one: the first found */
        return rf_lexicon_first_mark(lx, kind, -1, norm, len) < len;
    for (i = lx->mark_from[kind]; i < lx->mark_from[kind + 1] && found < max; i++)
        if (mark_in(&lx->marks[i], norm, len))
            found++;
    return found;
}
