/*
 * lexicon_sentence.c - sentence and clause boundaries for the rule layer
 * (lexicon_rules.c, lexicon_lecture.c, lexicon_scan.c).
 *
 * The rules cut normalised text (rf_text_normalize: NFKC, case-folded,
 * full-width ！？ folded to ASCII) at sentence ends. Three cuts exist, each
 * kept because verdicts were tuned on it; they differ only in what counts
 * as a terminator:
 *
 *   function                  | a sentence ends at                | used for
 *   --------------------------|-----------------------------------|---------------------
 *   rf_lex_sentence_end_at /  | any . ! ? (also "3.5", "e.g."),   | the correction's
 *   rf_lex_sentence_end_from  | or 。 ｡ । ؟ ۔ (rf_text_terminator_ | sentence, answer
 *                             | at); the offset of the terminator | anchors, the Korean
 *                             |                                   | act subject
 *   rf_lex_sentence_after     | . ! ? followed by a space, the    | lecture and limit
 *                             | end or a CJK character, or        | sentences (one
 *                             | 。 ｡ । ؟ ۔; the offset after it   | sentence = one vote)
 *   rf_text_opening (text.c)  | as sentence_after, also ;, not .  | the opening (first
 *                             | after a digit ("1." list numbers) | two sentences)
 *                             | but after "word 18." before a     |
 *                             | common opener ("there", s17-en2)  |
 *
 * Sentence starts (rf_lex_sentence_start) are the mirror of the scan's
 * view: after ". " "! " "? " ": " "/ " (the " / " of a flattened line
 * break), after 。 ｡ । ؟ ۔ with or without a space, and after a folded ！？
 * before CJK text. Clauses end at a sentence end or ";".
 *
 * Everything here reads norm[0..len) and allocates nothing.
 *
 * The language guess of a scanned text (rf_lex_scan_language) lives here
 * too: the lecture, risk and talk rules and the rule layer's caller each
 * need it, and it is made once per scan (rf_scan.lang_guess).
 */
#include <stdint.h>
#include <string.h>

#include "refusal/text.h"
#include "refusal/utf8.h"
#include "lexicon_int.h"
#include "text_int.h"

/* 1 when norm[j] ends a sentence: . ! ? anywhere (also "3.5"), or one of
 * the terminators of other scripts rf_text_opening knows (。 ｡ । ؟ ۔,
 * rf_text_terminator_at). */
int rf_lex_sentence_end_at(const char *norm, size_t len, size_t j)
{
    char c = norm[j];
    return c == '.' || c == '!' || c == '?' ||
           ((unsigned char)c >= 0xC2 && rf_text_terminator_at(norm, len, j) > 0);
}

/* The lead byte at or after norm[j] (j <= len): a read bound that cuts no
 * code point. */
static size_t lead_at_or_after(const char *norm, size_t len, size_t j)
{
    while (j < len && ((unsigned char)norm[j] & 0xC0) == 0x80)
        j++;
    return j;
}

/* from + RF_LEX_CLAUSE_READ (on a lead byte), or len. */
static size_t read_limit(const char *norm, size_t len, size_t from)
{
    return len - from > RF_LEX_CLAUSE_READ ? lead_at_or_after(norm, len, from + RF_LEX_CLAUSE_READ)
                                           : len;
}

/* The first j in [from, len) where a sentence ends (sentence_end_at), or
 * the read bound (read_limit: len, or RF_LEX_CLAUSE_READ bytes on). */
size_t rf_lex_sentence_end_from(const char *norm, size_t len, size_t from)
{
    size_t j, lim = from < len ? read_limit(norm, len, from) : len;
    for (j = from; j < lim && !rf_lex_sentence_end_at(norm, len, j); j++)
        ;
    return j;
}
/* End of the sentence that starts at s[from]: just after its terminator
 * (. ! ? followed by a space, the end or a CJK character (the full-width
 * ！？ fold to ASCII), or a terminator of another script: 。 । ؟) or len. */
size_t rf_lex_sentence_after(const char *s, size_t len, size_t from)
{
    size_t i;
    for (i = from; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c == '.' || c == '!' || c == '?') &&
            (i + 1 == len || s[i + 1] == ' ' || (unsigned char)s[i + 1] >= 0xE0))
            return i + 1;
        if (c >= 0xC2) {
            size_t t = rf_text_terminator_at(s, len, i);
            if (t)
                return i + t;
        }
    }
    return len;
}

/* 1 when a terminator of another script (rf_text_terminator_at: 。 ｡ । ؟ ۔)
 * ends at norm[k] (its last byte is norm[k - 1]). */
static int script_terminator_before(const char *norm, size_t len, size_t k)
{
    size_t j = k;
    while (j > 0 && k - j < 4) {
        j--;
        if (((unsigned char)norm[j] & 0xC0) != 0x80)
            return (unsigned char)norm[j] >= 0xC2 && rf_text_terminator_at(norm, len, j) == k - j;
    }
    return 0;
}

int rf_lex_sentence_start(const char *norm, size_t len, size_t i)
{
    unsigned char c, p;
    if (i < 2 || i >= len)
        return 0;
    c = (unsigned char)norm[i - 1];
    if (c == ' ') {
        p = (unsigned char)norm[i - 2];
        return p == '.' || p == '!' || p == '?' || p == ':' || p == '/' ||
               (p >= 0x80 && script_terminator_before(norm, len, i - 1));
    }
    if (c == '!' || c == '?') /* a folded ！？ before CJK text */
        return (unsigned char)norm[i] >= 0xE0;
    return c >= 0x80 && script_terminator_before(norm, len, i); /* 。 ｡ */
}

/* 1 when norm[j] ends a clause: a sentence end or ; */
static int clause_end(const char *norm, size_t len, size_t j)
{
    return norm[j] == ';' || rf_lex_sentence_end_at(norm, len, j);
}

size_t rf_lex_clause_start(const char *norm, size_t len, size_t at)
{
    size_t i = at, cps = 0;
    for (;;) {
        if (rf_lex_sentence_start(norm, len, i))
            return i;
        if (i == 0 || cps >= RF_LEX_ANSWER_CLAUSE)
            return SIZE_MAX;
        i--;
        while (i > 0 && ((unsigned char)norm[i] & 0xC0) == 0x80)
            i--;
        if (clause_end(norm, len, i))
            return SIZE_MAX;
        cps++;
    }
}

/* s7-but: 1 when norm[start] follows a comma (", X" or a CJK ",X") in the
 * first sentence, within CONTRAST_SCAN bytes: "Unfortunately there's no
 * app for it, but you can use the website." */
#define CONTRAST_SCAN 400
static int contrast_anchor(const char *norm, size_t len, size_t start)
{
    if (start < 2 || start >= CONTRAST_SCAN)
        return 0;
    if (norm[start - 1] != ',' && !(norm[start - 1] == ' ' && norm[start - 2] == ','))
        return 0;
    return rf_lex_sentence_end_from(norm, len, 0) >= start;
}

int rf_lex_answer_anchor(const char *norm, size_t len, const lex_rule *e, size_t start, size_t end)
{
    size_t i, j, cps = 0;
    if (start >= RF_LEX_ANSWER_SCAN)
        return 0;
    if (e->after_contrast)
        return contrast_anchor(norm, len, start);
    i = e->in_clause ? rf_lex_clause_start(norm, len, start)
                     : (rf_lex_sentence_start(norm, len, start) ? start : SIZE_MAX);
    if (i == SIZE_MAX)
        return 0;
    if (e->tail_len == 0)
        return 1;
    for (j = i; j < len && cps < RF_LEX_ANSWER_CLAUSE; j++) {
        if (j >= end) {
            if (j + e->tail_len <= len && memcmp(norm + j, e->tpl + e->tail_off, e->tail_len) == 0)
                return 1;
            if (clause_end(norm, len, j))
                return 0;
        }
        if (((unsigned char)norm[j] & 0xC0) != 0x80)
            cps++;
    }
    return 0;
}

int rf_lex_has_word(const char *s, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if (rf_isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC2)
            return 1;
    return 0;
}

int rf_lex_clause_start_at(const char *norm, size_t i, const char *const *leads, size_t n_leads,
                           int after_emoji)
{
    size_t j;
    if (i == 0)
        return 1;
    if (norm[i - 1] != ' ')
        return 0;
    if (i >= 2 && strchr(".!?;:,*/\"", norm[i - 2]))
        return 1;
    for (j = i - 1; j > 0 && norm[j - 1] != ' ' && norm[j - 1] != ','; j--)
        ;
    if (after_emoji && (unsigned char)norm[j] >= 0xF0)
        return 1;
    return rf_lex_in_list(norm + j, i - 1 - j, leads, n_leads);
}

int rf_lex_in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    size_t k;
    char c0 = n ? w[0] : '\0';
    for (k = 0; k < count; k++) /* the first byte before strlen: most entries fail there */
        if (list[k][0] == c0 && strlen(list[k]) == n && memcmp(list[k], w, n) == 0)
            return 1;
    return 0;
}

int rf_lex_question(const char *norm, size_t from, size_t to)
{
    return to > from &&
           (norm[to - 1] == '?' || (to - from >= 2 && (unsigned char)norm[to - 2] == 0xD8 &&
                                    (unsigned char)norm[to - 1] == 0x9F));
}

const char *rf_lex_scan_language(rf_scan *sc, const char *norm, int head)
{
    size_t n = head ? rf_utf8_trunc(norm, sc->len, RF_LEX_LANG_HEAD) : sc->len;
    int k = n < sc->len; /* a head as long as the text is the text */
    if (!sc->lang_guess[k])
        sc->lang_guess[k] = rf_text_language(norm, n);
    return sc->lang_guess[k];
}

/* 1 when c ends a clause: . ! ? ; (or NUL, as strchr(".!?;", c) read it). */
static inline int clause_stop(char c)
{
    return c == '.' || c == '!' || c == '?' || c == ';' || c == '\0';
}

size_t rf_lex_clause_end(const char *norm, size_t len, size_t i)
{
    size_t lim = i < len ? read_limit(norm, len, i) : len;
    while (i < lim && !clause_stop(norm[i]))
        i++;
    return i;
}

size_t rf_lex_clause_begin(const char *norm, size_t at)
{
    size_t lim = at > RF_LEX_CLAUSE_READ ? at - RF_LEX_CLAUSE_READ : 0;
    while (lim > 0 && ((unsigned char)norm[lim] & 0xC0) == 0x80)
        lim++; /* a lead byte: the bound cuts no code point */
    while (at > lim && !clause_stop(norm[at - 1]))
        at--;
    return at;
}
