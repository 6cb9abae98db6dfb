/*
 * lexicon_shape.h - word helpers and shared heads of the decline tests in
 * other languages than English (session 13, s13-split, which cut
 * lexicon_offer.c in four):
 *
 *   file             | test
 *   -----------------|----------------------------------------------------
 *   lexicon_offer.c  | a soft decline followed by an offer (s11-ml); owns
 *                    | the heads (VERB_HEADS, PREF_HEADS), CLITICS,
 *                    | STOP_VERBS and the lead words of a clause start
 *   lexicon_bare.c   | a bare decline with no offer (s12-romance,
 *                    | s12-slavic; BARE_LANGS)
 *   lexicon_hedge.c  | a decline that only hedges, or limits exactness and
 *                    | answers (HEDGES, PRECISION; rf_lex_hedged_at)
 *   lexicon_law.c    | a law cited by its provision's number
 *
 * The helpers below read normalised text (lower case) and are static
 * inline: the tests call them for every byte of the opening.
 */
#ifndef RF_LEXICON_SHAPE_H
#define RF_LEXICON_SHAPE_H

#include <stdint.h>
#include <string.h>

#include "lexicon_int.h"

#define COUNT(list) (sizeof list / sizeof list[0])

static inline int word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c >= 0x80;
}

/* The end of the word that starts at norm[i]. */
static inline size_t word_end(const char *norm, size_t len, size_t i)
{
    while (i < len && word_char((unsigned char)norm[i]))
        i++;
    return i;
}

/* 1 when norm[i] starts a word: nothing word-like before it (an ASCII
 * non-word character, Latin-1 or general punctuation such as "¿" "¡" "—"
 * "…", or an emoji). */
static inline int word_start(const char *norm, size_t i)
{
    size_t j = i;
    unsigned char c;
    if (i == 0 || !word_char((unsigned char)norm[i - 1]))
        return 1;
    if ((unsigned char)norm[i - 1] < 0x80)
        return 0;
    while (j > 0 && ((unsigned char)norm[j - 1] & 0xC0) == 0x80)
        j--; /* back to the lead byte of the character before norm[i] */
    if (j == 0)
        return 0;
    c = (unsigned char)norm[j - 1];
    if (c >= 0xF0)
        return 1;
    if (c == 0xC2)
        return i - j == 1 && (unsigned char)norm[j] < 0xC0;
    return c == 0xE2 && i - j == 2 &&
           ((unsigned char)norm[j] == 0x80 || (unsigned char)norm[j] == 0x81);
}

/* The length of the list entry (a phrase, '*' at its end for no boundary
 * after it) that starts at norm[i], or 0; with joined no entry needs a
 * boundary after it (joined_at). */
static inline size_t entry_at(const char *norm, size_t len, size_t i, const char *const *list,
                              size_t count, int joined)
{
    size_t k;
    if (i >= len)
        return 0;
    for (k = 0; k < count; k++) {
        size_t n;
        if (list[k][0] != norm[i]) /* most entries fail here, before strlen */
            continue;
        n = strlen(list[k]);
        int open = list[k][n - 1] == '*';
        if (open)
            n--;
        if (n > len - i || memcmp(norm + i, list[k], n) != 0)
            continue;
        if (joined || open || list[k][n - 1] == ' ' || i + n == len ||
            !word_char((unsigned char)norm[i + n]))
            return n;
    }
    return 0;
}

/* The length of the list entry that starts at norm[i] at a word boundary
 * (see entry_at), or 0. */
static inline size_t phrase_at(const char *norm, size_t len, size_t i, const char *const *list,
                               size_t count)
{
    return entry_at(norm, len, i, list, count, 0);
}

/* The same whatever follows the entry, for a script that joins words
 * (Thai: lexicon_th.c; s16-clean). */
static inline size_t joined_at(const char *norm, size_t len, size_t i, const char *const *list,
                               size_t count)
{
    return entry_at(norm, len, i, list, count, 1);
}

/* 1 when an entry of list starts in norm[from..to) (joined_at). */
static inline int joined_in(const char *norm, size_t from, size_t to, const char *const *list,
                            size_t count)
{
    size_t i;
    for (i = from; i < to; i++)
        if (joined_at(norm, to, i, list, count))
            return 1;
    return 0;
}

/* The first bytes of list's entries, a 256-bit set in mask (for a cheap
 * test before phrase_at, which can only match at such a byte). */
static inline void first_bytes(const char *const *list, size_t count, uint32_t mask[8])
{
    size_t k;
    memset(mask, 0, 8 * sizeof mask[0]);
    for (k = 0; k < count; k++) {
        unsigned char b = (unsigned char)list[k][0];
        mask[b / 32] |= 1u << (b % 32);
    }
}

static inline int may_start(const uint32_t mask[8], unsigned char b)
{
    return (mask[b / 32] >> (b % 32)) & 1;
}

/* The same test on the first two bytes (session 15; for lists whose first
 * bytes are common letters): bit b1 % 32 of mask[b0 % 32] for the first
 * bytes b0 b1 of each entry, the whole word of b0 for an entry of one byte
 * or one ending in '*' after it (see phrase_at). Collisions only let more
 * through. */
static inline void first_pairs(const char *const *list, size_t count, uint32_t mask[32])
{
    size_t k;
    memset(mask, 0, 32 * sizeof mask[0]);
    for (k = 0; k < count; k++) {
        unsigned char b0 = (unsigned char)list[k][0], b1 = b0 ? (unsigned char)list[k][1] : 0;
        if (b1 == 0 || b1 == '*')
            mask[b0 % 32] = ~0u;
        else
            mask[b0 % 32] |= 1u << (b1 % 32);
    }
}

/* 1 when an entry of first_pairs' list may start at norm[i] (i < to, the
 * end phrase_at is given). */
static inline int may_start2(const uint32_t mask[32], const char *norm, size_t i, size_t to)
{
    unsigned char b1 = i + 1 < to ? (unsigned char)norm[i + 1] : 0;
    return (mask[(unsigned char)norm[i] % 32] >> (b1 % 32)) & 1;
}

/* 1 when the word norm[s..e) ends with suffix x. */
static inline int ends_with(const char *norm, size_t s, size_t e, const char *x)
{
    size_t n = strlen(x);
    return e - s >= n && memcmp(norm + e - n, x, n) == 0;
}

/* lexicon_offer.c: the length of the VERB_HEADS / PREF_HEADS entry at
 * norm[i] or 0 (see phrase_at); 1 when the word w[0..n) is one of CLITICS
 * / STOP_VERBS; 1 when a clause starts at norm[i] (its header: after
 * punctuation, an emoji or a lead word such as "mas", "я"). */
size_t rf_lex_verb_head(const char *norm, size_t len, size_t i);
size_t rf_lex_pref_head(const char *norm, size_t len, size_t i);
int rf_lex_clitic(const char *w, size_t n);
int rf_lex_stop_verb(const char *w, size_t n);
int rf_lex_offer_clause_start(const char *norm, size_t i);
/* lexicon_offer.c: 1 when norm[from..to) holds an offer that is not
 * negated; instead: an "instead" word ("en cambio", "stattdessen") counts
 * too. */
int rf_lex_offer_in(const char *norm, size_t len, size_t from, size_t to, int instead);

/* lexicon_hedge.c: 1 when a HEDGES phrase starts at a word of
 * norm[from..to); 1 when a PRECISION word or a contrast after a comma
 * lies in norm[from..to); tr: 1 when a precision word lies in
 * norm[from..at) or a contrast in norm[at..to). */
int rf_lex_hedged_in(const char *norm, size_t from, size_t to);
int rf_lex_limit_shaped(const char *norm, size_t from, size_t to);
int rf_lex_tr_limit_shaped(const char *norm, size_t from, size_t at, size_t to);

#endif
