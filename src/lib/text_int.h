/*
 * text_int.h - internals of text.c shared with lexicon.c.
 */
#ifndef RF_TEXT_INT_H
#define RF_TEXT_INT_H

#include <stddef.h>
#include <stdint.h>

/* One-pass statistics of normalised text. */
typedef struct rf_text_stats {
    size_t words;   /* as rf_words_next counts them */
    size_t letters; /* non-space code points of class word/mark (not ASCII digits) */
    size_t digits;  /* ASCII digits */
    size_t other;   /* punctuation, symbols */
    size_t repl;    /* U+FFFD */
    size_t max_run; /* longest run of one repeated code point (spaces skipped) */
    int loop;       /* a word n-gram repetition loop (see rf_text_unclear) */
} rf_text_stats;

void rf_text_profile(const char *s, size_t len, rf_text_stats *st);
/* rf_text_unclear's decision from the statistics. */
int rf_text_stats_unclear(const rf_text_stats *st);

/* Character class for word splitting: 0 separator, 1 word character,
 * 2 single-code-point word (Han, kana, Thai letters), 3 combining mark. */
int rf_text_word_class(uint32_t cp);

/* 1 when cp belongs to a script whose words are separated by spaces and
 * whose phrases therefore need word-boundary checks (Latin, Greek,
 * Cyrillic, Devanagari letters, digits); 0 otherwise (CJK, Hangul, Thai,
 * Arabic and Hebrew, whose clitics attach to words, punctuation). */
int rf_text_boundary_script(uint32_t cp);

#endif
