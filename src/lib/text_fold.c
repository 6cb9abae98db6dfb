/*
 * text_fold.c - pass 1b of rf_text_normalize (text.c): spelling variants of
 * the Arabic, Cyrillic and Devanagari scripts folded to one form, so that
 * lexicon phrases need one spelling.
 *
 * What becomes what:
 *
 * - Arabic harakat U+064B-065F, superscript alef U+0670, Quranic marks
 *   U+0610-061A and most of U+06D6-06ED, tatweel U+0640: dropped;
 * - alef with madda, hamza above, hamza below or wasla (آ أ إ ٱ): bare alef ا;
 * - alef maqsura ى: yeh ي;
 * - Arabic-Indic digits U+0660-0669, U+06F0-06F9 and Devanagari digits
 *   U+0966-096F: ASCII digits;
 * - Cyrillic ё: е;
 * - Devanagari nukta U+093C: dropped; candrabindu U+0901: anusvara U+0902;
 * - Hebrew points and cantillation marks (niqqud: U+0591-05BD, 05BF,
 *   05C1-05C2, 05C4-05C5, 05C7): dropped, so pointed text matches the
 *   unpointed phrases; maqaf U+05BE and the punctuation U+05C0, 05C3, 05C6
 *   are kept.
 *
 * Invariants: runs on valid UTF-8 after NFKC + case fold (so Ё is already
 * ё and precomposed nukta letters are already base + nukta); rewrites the
 * buffer in place and only shrinks it; idempotent. Caller: text.c.
 */
#include <string.h>

#include "text_int.h"

/* What the two-byte Arabic-block character d8..db xx becomes: -1 dropped
 * (harakat, Quranic marks, tatweel), 0 kept, else the replacement (an ASCII
 * digit, or the code point of a plain letter). */
static int32_t arabic_fold(uint32_t cp)
{
    if ((cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0640 ||
        cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
        (cp >= 0x06E7 && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED))
        return -1;
    if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671)
        return 0x0627; /* alef with madda / hamza / wasla -> bare alef */
    if (cp == 0x0649)
        return 0x064A; /* alef maqsura -> yeh */
    if (cp >= 0x0660 && cp <= 0x0669)
        return '0' + (int32_t)(cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9)
        return '0' + (int32_t)(cp - 0x06F0);
    return 0;
}

/* 1 when the Hebrew-block code point cp (U+0580-05FF) is a point or a
 * cantillation mark (dropped). */
static int hebrew_point(uint32_t cp)
{
    return (cp >= 0x0591 && cp <= 0x05BD) || cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2 ||
           cp == 0x05C4 || cp == 0x05C5 || cp == 0x05C7;
}

/* 1 for the lead bytes of the characters rf_text_fold_scripts may change:
 * ё (d1), Hebrew points (d6, d7), the Arabic block (d8..db), Devanagari
 * (e0). */
static int fold_lead(unsigned char c)
{
    return c == 0xD1 || c == 0xD6 || c == 0xD7 || (c >= 0xD8 && c <= 0xDB) || c == 0xE0;
}

/* Rewrite b in place (it only shrinks): Arabic diacritics, tatweel and
 * Hebrew points dropped, alef variants and alef maqsura unified, Russian ё written as е,
 * Arabic-Indic and Devanagari digits made ASCII, Devanagari nukta dropped
 * and candrabindu written as anusvara, so that vocalised, hamza-less and
 * plain spellings match the same phrases. */
/* What the two-byte character cp (lead byte d1, d6, d7 or d8..db) becomes:
 * -1 dropped, 0 kept, else the replacement (as arabic_fold). */
static int32_t fold_two(uint32_t cp)
{
    if (cp == 0x0451)
        return 0x0435; /* ё -> е */
    if (cp >= 0x0580 && cp <= 0x05FF)
        return hebrew_point(cp) ? -1 : 0;
    if (cp >= 0x0600 && cp <= 0x06FF)
        return arabic_fold(cp);
    return 0;
}

/* Write what the Devanagari character cp (three bytes at q) becomes at
 * p + *o: digits made ASCII, nukta dropped, candrabindu as anusvara. */
static void fold_devanagari(unsigned char *p, size_t *o, const unsigned char *q, uint32_t cp)
{
    if (cp >= 0x0966 && cp <= 0x096F) {
        p[(*o)++] = (unsigned char)('0' + (cp - 0x0966));
    } else if (cp != 0x093C) { /* nukta */
        p[(*o)++] = q[0];
        p[(*o)++] = q[1];
        p[(*o)++] = cp == 0x0901 ? 0x82 : q[2]; /* candrabindu -> anusvara */
    }
}

/* Offset of the first lead byte of a folded character in p[i..n), or n
 * (all are >= 0xD1: eight ASCII bytes at a time hold none). */
static size_t next_lead(const unsigned char *p, size_t i, size_t n)
{
    if (i < n && fold_lead(p[i])) /* Devanagari: one at every letter */
        return i;
    while (i < n) {
        size_t end;
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull)
                break;
        }
        for (end = i + 8 < n ? i + 8 : n; i < end; i++) /* that chunk, or the tail */
            if (fold_lead(p[i]))
                return i;
    }
    return n;
}

/* 1 when p[i] p[i + 1] is a Hebrew letter (U+05D0..05EA: D7 90..D7 AA). */
static int he_letter(const unsigned char *p, size_t n, size_t i)
{
    return i + 1 < n && p[i] == 0xD7 && p[i + 1] >= 0x90 && p[i + 1] <= 0xAA;
}

/* s15-mlc: 1 when p[i] is a '"' typed for the Hebrew gershayim, between
 * two Hebrew letters: the last one folded (p[0..o), points dropped: דָ"ר)
 * and the one at p[i + 1]: the abbreviations ד"ר, צה"ל, ארה"ב, עו"ד. It
 * is dropped, so it opens no quotation (a story's ד"ר לוי made the
 * character's line the model's own) and "ער"ן" and "ערן" read alike. A
 * one-letter prefix before a quoted word (ה"מדריך", ב"ספר": two letters
 * or more after the mark, where the gershayim stands before the last one)
 * opens a quotation: dropping its mark left the closing one alone. */
static size_t gershayim_at(const unsigned char *p, size_t n, size_t i, size_t o)
{
    if (o < 2 || p[i] != '"' || !he_letter(p, o, o - 2) || !he_letter(p, n, i + 1))
        return 0;
    return !he_letter(p, n, i + 3) || (o >= 4 && he_letter(p, o, o - 4));
}

void rf_text_fold_scripts(rf_buf *b)
{
    unsigned char *p = (unsigned char *)b->ptr;
    size_t n = b->len, i = 0, o = 0;
    if (!p)
        return;
    while (i < n) {
        unsigned char c;
        if (o == i) { /* nothing moved yet: nothing to copy up to a lead byte */
            o = i = next_lead(p, i, n);
            if (i >= n)
                break;
        }
        c = p[i];
        if (fold_lead(c) && c != 0xE0 && i + 1 < n) {
            int32_t r = fold_two(((uint32_t)(c & 0x1F) << 6) | (p[i + 1] & 0x3F));
            size_t g;
            if (r > 0 && r < 0x80) {
                p[o++] = (unsigned char)r;
            } else if (r > 0) {
                p[o++] = (unsigned char)(0xC0 | (r >> 6));
                p[o++] = (unsigned char)(0x80 | (r & 0x3F));
            } else if (r == 0) {
                p[o++] = c;
                p[o++] = p[i + 1];
            }
            g = gershayim_at(p, n, i + 2, o); /* o <= i + 2: p[i + 2 ..] is as it was */
            i += 2 + g;
        } else if (c == 0xE0 && i + 2 < n && (p[i + 1] == 0xA4 || p[i + 1] == 0xA5)) {
            fold_devanagari(p, &o, p + i, ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
            i += 3;
        } else {
            p[o++] = p[i++];
        }
    }
    if (o < n)
        rf_buf_shrink(b, n - o);
}
