/*
 * text_words.c - word iteration (rf_words_next, rf_text_word_count) and the
 * unclear test (rf_text_profile, rf_text_unclear) of text.h / text_int.h.
 *
 * Words are runs of letters, digits and marks (rf_text_word_class), with an
 * apostrophe inside a word kept; each Han, kana or Thai letter is a word of
 * its own. rf_text_profile walks normalised text once with the same
 * segmentation: character classes, long runs of one code point, and the
 * word hashes of a repetition-loop test. ASCII goes through a byte class
 * table (rf_text_prof_cls) in tight loops; everything else through the code point
 * path, with the same results.
 *
 * No state is kept between calls (the loop test's ring lives on the stack).
 * Callers: text.c, text_lang.c, lexicon_scan.c, lexicon_rules.c, the
 * detectors.
 */
#include <string.h>

#include "refusal/text.h"
#include "refusal/utf8.h"
#include "text_int.h"

/* ---- words --------------------------------------------------------------- */

void rf_words_init(rf_word_iter *it, const char *s, size_t len)
{
    it->s = s;
    it->len = s ? len : 0;
    it->pos = 0;
}

int rf_text_next_cp(const char *s, size_t len, size_t pos, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[pos];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n = rf_utf8_decode(s + pos, len - pos, cp);
    return n < 0 ? -n : n;
}

/* Byte classes for rf_words_next and rf_text_profile: 0 other ASCII,
 * 1 letter, 2 digit, 3 space, 4 non-ASCII (ends an ASCII run). */
const unsigned char rf_text_prof_cls[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* Class of the code point at s[pos] (ASCII fast path); its length in *n. */
static inline int class_at(const char *s, size_t len, size_t pos, int *n, uint32_t *cpo)
{
    unsigned char c = (unsigned char)s[pos];
    uint32_t cp;
    if (c < 0x80) {
        *n = 1;
        *cpo = c;
        return rf_isalnum(c) ? 1 : 0;
    }
    *n = rf_text_cp(s, len, pos, &cp);
    *cpo = cp;
    return rf_text_word_class(cp);
}

/* 1 when the ASCII byte c is a letter or digit (0 for bytes >= 0x80). */
static inline int ascii_alnum(unsigned char c)
{
    return (unsigned)rf_text_prof_cls[c] - 1 <= 1;
}

static int words_next_any(rf_word_iter *it, rf_slice *w);

/* rf_words_next for the common case, an ASCII word after ASCII separators
 * that ends at the end of the text or at an ASCII byte other than an
 * apostrophe; anything else is left to words_next_any from it->pos. */
int rf_words_next(rf_word_iter *it, rf_slice *w)
{
    const unsigned char *s = (const unsigned char *)it->s;
    size_t len = it->len, pos = it->pos, start;
    while (pos < len && s[pos] < 0x80 && !ascii_alnum(s[pos]))
        pos++;
    if (pos >= len) {
        it->pos = len;
        return 0;
    }
    if (!ascii_alnum(s[pos]))
        return words_next_any(it, w);
    start = pos;
    for (pos++; pos < len && ascii_alnum(s[pos]); pos++)
        ;
    if (pos < len && (s[pos] >= 0x80 || s[pos] == '\''))
        return words_next_any(it, w);
    w->ptr = it->s + start;
    w->len = pos - start;
    it->pos = pos;
    return 1;
}

/* rf_words_next in general (any script, marks, apostrophes). */
static int words_next_any(rf_word_iter *it, rf_slice *w)
{
    const char *s = it->s;
    size_t len = it->len, pos = it->pos;
    uint32_t cp;
    int cls = 0, n = 0;
    while (pos < len) { /* skip separators (and stray marks) */
        unsigned char c = (unsigned char)s[pos];
        if (c < 0x80) { /* ASCII: a table lookup */
            if (ascii_alnum(c)) {
                cls = n = 1;
                break;
            }
            pos++;
            continue;
        }
        cls = class_at(s, len, pos, &n, &cp);
        if (cls == 1 || cls == 2)
            break;
        pos += (size_t)n;
    }
    if (pos >= len) {
        it->pos = len;
        return 0;
    }
    size_t start = pos;
    pos += (size_t)n;
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        if (cls == 1 && c < 0x80) { /* ASCII fast path */
            if (ascii_alnum(c)) {
                for (pos++; pos < len && ascii_alnum((unsigned char)s[pos]); pos++)
                    ;
                continue;
            }
            if (c == '\'' && pos + 1 < len) { /* apostrophe inside a word */
                int m2;
                uint32_t nx;
                if (class_at(s, len, pos + 1, &m2, &nx) == 1) {
                    pos++;
                    continue;
                }
            }
            break;
        }
        int m, c2 = class_at(s, len, pos, &m, &cp);
        if (c2 == 3 || (cls == 1 && c2 == 1)) {
            pos += (size_t)m;
            continue;
        }
        break;
    }
    w->ptr = s + start;
    w->len = pos - start;
    it->pos = pos;
    return 1;
}

size_t rf_text_word_count(const char *s, size_t len)
{
    rf_word_iter it;
    rf_slice w;
    size_t n = 0;
    rf_words_init(&it, s, len);
    while (rf_words_next_inline(&it, &w))
        n++;
    return n;
}

/* ---- unclear ------------------------------------------------------------- */

#define UNCLEAR_RING 2048 /* words kept (the last ones) for the loop test */
#define UNCLEAR_MAX_LAG 40

#define UNCLEAR_TAIL 20 /* last words tested first */
#define UNCLEAR_WIN (UNCLEAR_TAIL + UNCLEAR_MAX_LAG)
#define UNCLEAR_SLOTS 128 /* hash slots for the UNCLEAR_WIN words */

/* same[L] = number of i in [m - UNCLEAR_TAIL, m) with w[i] == w[i - L], for
 * L in 1..UNCLEAR_MAX_LAG (m >= 40; i - L >= 0 for the lags tested): the
 * equal words of the window are chained through a small open-addressing
 * table, so only equal pairs are visited. */
static void tail_same(const uint32_t *w, size_t m, unsigned *same)
{
    size_t start = m > UNCLEAR_WIN ? m - UNCLEAR_WIN : 0, j;
    int prev[UNCLEAR_WIN];       /* previous position of the same word, or -1 */
    int slot_pos[UNCLEAR_SLOTS]; /* latest position (window index) or -1 */
    memset(slot_pos, 0xFF, sizeof slot_pos);
    for (j = start; j < m; j++) {
        size_t k = w[j] % UNCLEAR_SLOTS;
        while (slot_pos[k] >= 0 && w[start + (size_t)slot_pos[k]] != w[j])
            k = (k + 1) % UNCLEAR_SLOTS;
        prev[j - start] = slot_pos[k];
        slot_pos[k] = (int)(j - start);
    }
    for (j = m - UNCLEAR_TAIL; j < m; j++) {
        int p;
        for (p = prev[j - start]; p >= 0 && j - (start + (size_t)p) <= UNCLEAR_MAX_LAG; p = prev[p])
            same[j - (start + (size_t)p)]++;
    }
}

/* 1 when some lag L makes w[i] == w[i-L] for most positions of the last
 * min(n, UNCLEAR_RING) word hashes in ring[] (n words seen in total). The
 * last UNCLEAR_TAIL words are tested first (tail_same: a loop runs to the
 * end of the text), which rules out almost every text at once; only then
 * the distinct-word estimate and the full count per lag. */
static int repetition_loop(const uint32_t *ring, size_t n)
{
    size_t m = n < UNCLEAR_RING ? n : UNCLEAR_RING, base = n - m, lag, i, distinct = 0, cand = 0;
    uint64_t seen[64]; /* 4096-bit set of hash values: a distinct-count estimate */
    uint32_t buf[UNCLEAR_RING];
    const uint32_t *w = ring; /* the words in order: ring[] itself unless it wrapped */
    unsigned same_tail[UNCLEAR_MAX_LAG + 1] = {0};
    if (m < 40)
        return 0;
    if (base % UNCLEAR_RING != 0) {
        for (i = 0; i < m; i++)
            buf[i] = ring[(base + i) % UNCLEAR_RING];
        w = buf;
    }
    tail_same(w, m, same_tail);
    for (lag = 1; lag <= UNCLEAR_MAX_LAG && lag < m / 3; lag++)
        cand += same_tail[lag] >= 14;
    if (cand == 0)
        return 0;
    memset(seen, 0, sizeof seen);
    for (i = 0; i < m; i++) {
        uint32_t bit = w[i] & 4095;
        if (!(seen[bit >> 6] & ((uint64_t)1 << (bit & 63)))) {
            seen[bit >> 6] |= (uint64_t)1 << (bit & 63);
            distinct++;
        }
    }
    /* a loop at lag L leaves at most L + 30% of the words distinct */
    if (distinct * 10 > UNCLEAR_MAX_LAG * 10 + m * 4)
        return 0;
    for (lag = 1; lag <= UNCLEAR_MAX_LAG && lag < m / 3; lag++) {
        size_t same = 0;
        if (same_tail[lag] < 14)
            continue;
        for (i = lag; i < m; i++)
            same += w[i] == w[i - lag];
        if (same * 10 >= (m - lag) * 7)
            return 1;
    }
    return 0;
}

/* Word state of rf_text_profile: 0 outside a word, 1 in a run of word
 * characters, 2 in a single-code-point word (Han, kana, Thai). */
typedef struct prof_state {
    rf_text_stats *st;
    uint32_t *ring;
    uint32_t hash;
    int in_word;
} prof_state;

static inline void word_end(prof_state *ps)
{
    if (ps->in_word) {
        ps->ring[ps->st->words % UNCLEAR_RING] = ps->hash;
        ps->st->words++;
        ps->in_word = 0;
    }
}

static inline void word_byte(prof_state *ps, const char *p, int n)
{
    int i;
    for (i = 0; i < n; i++)
        ps->hash = (ps->hash ^ (unsigned char)p[i]) * 16777619u;
}

/* Run state of rf_text_profile: the current run of one repeated code point
 * and that code point (' ' after a space, which no other code point
 * equals, so a space ends a run without counting). */
typedef struct prof_run {
    size_t run;
    uint32_t prev;
} prof_run;

static inline void run_step(rf_text_stats *st, prof_run *pr, uint32_t cp)
{
    pr->run = cp == pr->prev ? pr->run + 1 : 1;
    pr->prev = cp;
    if (pr->run >= RF_TEXT_LONG_RUN)
        st->long_run = 1;
}

/* Longest run of one repeated byte in p[0..n). */
static size_t longest_run(const char *p, size_t n)
{
    size_t i, r = 1, best = 1;
    for (i = 1; i < n; i++) {
        r = p[i] == p[i - 1] ? r + 1 : 1;
        if (r > best)
            best = r;
    }
    return best;
}

/* Letters and digits from pos on (s[pos] is one): counts and the word
 * hash. Returns the offset after them. A run of one code point inside them
 * is a run of its own (the bytes around them are no letters or digits), so
 * runs are only measured in word runs long enough to hold a long one.
 *
 * The hash only has to tell words apart (the loop test compares hashes;
 * its distinct-word estimate only ever undercounts, and a loop leaves few
 * distinct words, so the estimate cannot hide one): with RF_TEXT_SWAR the run
 * is taken eight bytes at a time from its start (a chunk past the end of
 * the text zero-padded, so the pieces and their hash depend on the bytes
 * of the run alone) and each piece is mixed into the hash with two
 * multiplies; otherwise byte by byte (FNV-1a). */
static size_t profile_word_run(prof_state *ps, const char *s, size_t len, size_t pos, prof_run *pr)
{
    rf_text_stats *st = ps->st;
    size_t start = pos, nd = 0, n;
    uint32_t hash = ps->hash;
#ifdef RF_TEXT_SWAR
    for (;;) {
        uint64_t w = 0, dig, stop, keep, x;
        unsigned k;
        if (len - pos >= 8)
            memcpy(&w, s + pos, 8);
        else
            memcpy(&w, s + pos, len - pos);
        stop = ~rf_text_alnum8(w, &dig) & RF_TEXT_HIGH8;
        k = stop ? (unsigned)__builtin_ctzll(stop) >> 3 : 8;
        if (k == 0)
            break;
        keep = k == 8 ? ~0ull : ((uint64_t)1 << (8 * k)) - 1;
        nd += (size_t)((((dig & keep) >> 7) * RF_TEXT_ONES8) >> 56);
        x = (w & keep) ^ ((uint64_t)hash * 0x9E3779B97F4A7C15ull);
        x *= 0xBF58476D1CE4E5B9ull;
        hash = (uint32_t)((x ^ (x >> 29)) >> 32);
        pos += k;
        if (k < 8)
            break;
    }
#else
    {
        const unsigned char *p = (const unsigned char *)s + pos,
                            *end = (const unsigned char *)s + len;
        uint32_t c = *p, t = rf_text_prof_cls[c];
        size_t tsum = 0;
        for (;;) {
            tsum += t; /* 1 per letter, 2 per digit */
            hash = (hash ^ c) * 16777619u;
            if (++p == end)
                break;
            c = *p;
            t = rf_text_prof_cls[c];
            if (t - 1 > 1)
                break;
        }
        pos = (size_t)(p - (const unsigned char *)s);
        nd = tsum - (pos - start);
    }
#endif
    n = pos - start;
    st->digits += nd;
    st->letters += n - nd;
    if (n >= RF_TEXT_LONG_RUN && longest_run(s + start, n) >= RF_TEXT_LONG_RUN)
        st->long_run = 1;
    ps->hash = hash;
    pr->run = 1; /* only its length matters: what follows is no letter or digit */
    pr->prev = (unsigned char)s[pos - 1];
    return pos;
}

/* rf_text_profile on the ASCII run starting at s[pos]; returns the offset
 * of the first non-ASCII byte (or len). Same accounting as the general loop
 * in rf_text_profile, with a table instead of rf_isalnum. */
static size_t profile_ascii(prof_state *ps, const char *s, size_t len, size_t pos, prof_run *pr)
{
    rf_text_stats *st = ps->st;
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        int t = rf_text_prof_cls[c];
        if (t == 1 || t == 2) {
            if (ps->in_word != 1) {
                word_end(ps);
                ps->in_word = 1;
                ps->hash = 2166136261u;
            }
            pos = profile_word_run(ps, s, len, pos, pr);
            continue;
        }
        if (t == 4)
            break;
        pos++;
        if (t == 3) {
            word_end(ps);
            pr->prev = ' ';
            continue;
        }
        run_step(st, pr, c);
        st->other++;
        if (c == '\'' && ps->in_word == 1 && pos < len) {
            uint32_t nx;
            int m;
            if (class_at(s, len, pos, &m, &nx) == 1) {
                ps->hash = (ps->hash ^ c) * 16777619u; /* apostrophe inside a word */
                continue;
            }
        }
        word_end(ps);
    }
    return pos;
}

/* One pass: character classes, runs and the words of rf_words_next (same
 * segmentation), hashed into the ring for the loop test. */
void rf_text_profile(const char *s, size_t len, rf_text_stats *st)
{
    uint32_t ring[UNCLEAR_RING];
    prof_state ps = {st, ring, 0, 0};
    prof_run pr = {0, 0};
    size_t pos = 0;
    memset(st, 0, sizeof *st);
    if (!s)
        return;
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        uint32_t cp;
        int n = 1, cls;
        if (c < 0x80) {
            pos = profile_ascii(&ps, s, len, pos, &pr);
            continue;
        }
        n = rf_text_cp(s, len, pos, &cp);
        cls = rf_text_word_class(cp);
        run_step(st, &pr, cp);
        if (cp == 0xFFFD)
            st->repl++;
        else if (c < 0x80 && rf_isdigit(c))
            st->digits++;
        else if (cls && cls != 4)
            st->letters++;
        else
            st->other++;
        if (cls == 1 && ps.in_word != 1) {
            word_end(&ps);
            ps.in_word = 1;
            ps.hash = 2166136261u;
        } else if (cls == 2) {
            word_end(&ps);
            st->singles++;
            ps.in_word = 2;
            ps.hash = 2166136261u;
        } else if (cls == 0 || (cls == 3 && !ps.in_word)) {
            word_end(&ps);
            pos += (size_t)n;
            continue;
        }
        word_byte(&ps, s + pos, n);
        pos += (size_t)n;
    }
    word_end(&ps);
    st->loop = repetition_loop(ring, st->words);
}

int rf_text_stats_unclear(const rf_text_stats *st)
{
    size_t total = st->letters + st->digits + st->other + st->repl;
    if (st->letters + st->digits == 0)
        return 1;
    if (st->long_run || st->loop)
        return 1;
    if (total >= 20 && (st->letters + st->digits) * 10 < total * 3)
        return 1;
    return st->repl * 4 > total;
}

int rf_text_unclear(const char *norm, size_t len)
{
    rf_text_stats st;
    if (!norm || len == 0)
        return 1;
    rf_text_profile(norm, len, &st);
    return rf_text_stats_unclear(&st);
}
