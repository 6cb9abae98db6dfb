/*
 * text_int.h - internals of text.c shared with lexicon.c.
 */
#ifndef RF_TEXT_INT_H
#define RF_TEXT_INT_H

#include <stdint.h>

/* Character class for word splitting: 0 separator, 1 word character,
 * 2 single-code-point word (Han, kana, Thai letters), 3 combining mark. */
int rf_text_word_class(uint32_t cp);

/* 1 when cp belongs to a script whose words are separated by spaces and
 * whose phrases therefore need word-boundary checks (Latin, Greek,
 * Cyrillic, Devanagari, digits); 2 for right-side-only scripts (Arabic,
 * Hebrew: prefixes attach on the left); 0 otherwise (CJK, Hangul, Thai,
 * punctuation). */
int rf_text_boundary_script(uint32_t cp);

#endif
