/*
 * text_int.h - internals of text.c and text_words.c shared with text_lang.c,
 * lexicon.c, lexicon_scan.c and lexicon_rules.c.
 */
#ifndef RF_TEXT_INT_H
#define RF_TEXT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "refusal/buf.h"
#include "refusal/common.h"
#include "refusal/text.h"

#define RF_TEXT_LONG_RUN 40 /* a run this long makes text unclear */

/* One-pass statistics of normalised text. */
typedef struct rf_text_stats {
    size_t words;   /* as rf_words_next counts them */
    size_t singles; /* of which single-code-point words (Han, kana, Thai) */
    size_t letters; /* non-space code points of class word/mark (not ASCII digits) */
    size_t digits;  /* ASCII digits */
    size_t other;   /* punctuation, symbols */
    size_t repl;    /* U+FFFD */
    int long_run;   /* some code point repeats RF_TEXT_LONG_RUN times in a row (spaces
                       skipped) */
    int loop;       /* a word n-gram repetition loop (see rf_text_unclear) */
} rf_text_stats;

void rf_text_profile(const char *s, size_t len, rf_text_stats *st);

/* rf_text_normalize of s[0..len) that the caller has checked to be valid
 * UTF-8 (rf_utf8_valid), which is not checked again (lexicon.c: every
 * phrase is checked to report a bad one). */
rf_status rf_text_normalize_valid(const char *s, size_t len, rf_buf *out) RF_MUST_CHECK;

/* Offset in p[0..n) where the answer starts after reasoning written as
 * plain text with no tags ("Okay, so the user is asking ... / I can't help
 * with that."), 0 when there is none (text_think.c, session 16). Works on
 * raw and on normalised text alike. */
size_t rf_text_think_cut(const char *p, size_t n);
/* 1 when p[0..n) opens like such reasoning (rf_text_think_cut's cheap
 * gate: an opener and a user reference in the first paragraph). */
int rf_text_think_gate(const char *p, size_t n);
/* 1 when text_think.c's quick-reject byte list covers its opener lists
 * (for the unit test). */
int rf_text_think_check(void);

/* Pass 1b of rf_text_normalize (text_fold.c): fold Arabic, Cyrillic and
 * Devanagari spelling variants in b (valid UTF-8, already NFKC + case
 * folded) in place; b only shrinks. */
void rf_text_fold_scripts(rf_buf *b);
/* rf_text_unclear's decision from the statistics. */
int rf_text_stats_unclear(const rf_text_stats *st);

/* Byte length of the sentence terminator at p[i] (p[0..len) normalised), or
 * 0: ". ! ? ;" before a space, the end or a CJK character ("." after a
 * digit only where the number follows a word and a common sentence opener
 * follows it, s17-en2: "in 2019. the law", not "3.5", "2. item" or "am 3.
 * oktober"), or one of 。 ｡ । ؟ ۔ (their UTF-8 length). Ends the sentences
 * of rf_text_opening. */
size_t rf_text_terminator_at(const char *p, size_t len, size_t i);

/* Scripts, for word splitting, boundaries and the language guess. */
typedef enum script {
    SC_OTHER,
    SC_LATIN,
    SC_GREEK,
    SC_CYRILLIC,
    SC_HEBREW,
    SC_ARABIC,
    SC_DEVANAGARI,
    SC_BENGALI,
    SC_THAI,
    SC_HANGUL,
    SC_KANA,
    SC_HAN,
    SC_COUNT
} script;

static inline script script_of(uint32_t cp)
{
    if (cp < 0x80)
        return rf_isalpha((int)cp) ? SC_LATIN : SC_OTHER;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        return SC_LATIN;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return SC_LATIN;
    if (cp >= 0x370 && cp <= 0x3FF)
        return SC_GREEK;
    if (cp >= 0x400 && cp <= 0x52F)
        return SC_CYRILLIC;
    if (cp >= 0x590 && cp <= 0x5FF)
        return SC_HEBREW;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) ||
        (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
        return SC_ARABIC;
    if (cp >= 0x900 && cp <= 0x97F)
        return SC_DEVANAGARI;
    if (cp >= 0x980 && cp <= 0x9FF)
        return SC_BENGALI;
    if (cp >= 0xE00 && cp <= 0xE7F)
        return SC_THAI;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) ||
        (cp >= 0x3130 && cp <= 0x318F))
        return SC_HANGUL;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
        (cp >= 0xFF66 && cp <= 0xFF9F))
        return SC_KANA;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
        return SC_HAN;
    return SC_OTHER;
}

/* 1 when pass 1 of rf_text_normalize may copy code point cp unchanged
 * when the code point after it is also such a one, ASCII or the end of its
 * run (text_stable.c: a fold fixed point of combining class 0 that is never
 * a composition second; [0x80, 0x1F00) only). */
int rf_text_fold_copies(uint32_t cp);

/* Character class for word splitting: 0 separator, 1 word character,
 * 2 single-code-point word (Han, kana, Thai letters), 3 combining mark. */
int rf_text_word_class(uint32_t cp);

/* 1 when cp belongs to a script whose words are separated by spaces and
 * whose phrases therefore need word-boundary checks (Latin, Greek,
 * Cyrillic, Devanagari, Bengali letters, digits); 0 otherwise (CJK, Hangul, Thai,
 * Arabic and Hebrew, whose clitics attach to words, punctuation). */
int rf_text_boundary_script(uint32_t cp);

/* Decode the code point at s[pos] (ASCII fast path); returns its length
 * (invalid bytes: 1..n with U+FFFD). */
int rf_text_next_cp(const char *s, size_t len, size_t pos, uint32_t *cp);

/* Inline fast path of rf_text_next_cp for well-formed 1-3 byte sequences;
 * anything else (4-byte, invalid, truncated) goes to the full decoder. */
static inline int rf_text_cp(const char *s, size_t len, size_t pos, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s + pos;
    size_t n = len - pos;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if (p[0] >= 0xC2 && p[0] < 0xE0 && n >= 2 && (p[1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        return 2;
    }
    if (p[0] >= 0xE0 && p[0] < 0xF0 && n >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        uint32_t c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
            *cp = c;
            return 3;
        }
    }
    return rf_text_next_cp(s, len, pos, cp);
}

/* Byte classes shared by the word iterators (text_words.c): 0 other
 * ASCII, 1 letter, 2 digit, 3 space, 4 non-ASCII. */
extern const unsigned char rf_text_prof_cls[256];

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ &&                        \
    (defined(__GNUC__) || defined(__clang__))
/* Eight bytes at a time: a uint64_t loaded with memcpy holds s[i] in byte
 * i (little-endian), and __builtin_ctzll finds the first flagged byte. */
#define RF_TEXT_SWAR 1
#define RF_TEXT_ONES8 0x0101010101010101ull
#define RF_TEXT_HIGH8 0x8080808080808080ull

/* Bit 7 of each byte of w that is an ASCII letter or digit, and in *digits
 * of each that is a digit. x = w without bit 7 (so no byte carries into the
 * next): x + 0x50 has bit 7 from '0' on, x + 0x46 from ':' on; y = x | 0x20
 * puts both letter cases in 'a'..'z' and nothing else, y + 0x1F has bit 7
 * from 'a' on, y + 0x05 from '{' on. Bytes >= 0x80 are neither. */
static inline uint64_t rf_text_alnum8(uint64_t w, uint64_t *digits)
{
    uint64_t x = w & ~RF_TEXT_HIGH8, y = x | 0x20 * RF_TEXT_ONES8, ascii = ~w & RF_TEXT_HIGH8;
    uint64_t dig = (x + 0x50 * RF_TEXT_ONES8) & ~(x + 0x46 * RF_TEXT_ONES8) & ascii;
    uint64_t let = (y + 0x1F * RF_TEXT_ONES8) & ~(y + 0x05 * RF_TEXT_ONES8) & ascii;
    *digits = dig;
    return (dig | let) & RF_TEXT_HIGH8;
}
#endif

/* rf_words_next, its common case inline: an ASCII word after ASCII
 * separators ending at the end of the text or at an ASCII byte other than
 * an apostrophe. Anything else goes to rf_words_next from it->pos (which
 * tests the same case again and then takes its general path). */
static inline int rf_words_next_inline(rf_word_iter *it, rf_slice *w)
{
    const unsigned char *s = (const unsigned char *)it->s;
    size_t len = it->len, pos = it->pos, start;
    while (pos < len && rf_text_prof_cls[s[pos]] != 4 && rf_text_prof_cls[s[pos]] - 1u > 1)
        pos++;
    if (pos >= len) {
        it->pos = len;
        return 0;
    }
    if (rf_text_prof_cls[s[pos]] - 1u > 1)
        return rf_words_next(it, w);
    start = pos++;
#ifdef RF_TEXT_SWAR
    while (len - pos >= 8) { /* the word's end, eight bytes at a time */
        uint64_t v, dig, stop;
        memcpy(&v, s + pos, 8);
        stop = ~rf_text_alnum8(v, &dig) & RF_TEXT_HIGH8;
        if (stop) {
            pos += (size_t)__builtin_ctzll(stop) >> 3;
            goto end;
        }
        pos += 8;
    }
#endif
    for (; pos < len && rf_text_prof_cls[s[pos]] - 1u <= 1; pos++)
        ;
#ifdef RF_TEXT_SWAR
end:
#endif
    if (pos < len && (s[pos] >= 0x80 || s[pos] == '\''))
        return rf_words_next(it, w);
    w->ptr = it->s + start;
    w->len = pos - start;
    it->pos = pos;
    return 1;
}

#endif
