/*
 * lexicon_law.c - a law told with its provision's number (session 11,
 * s11-ml; the exceptions and a court's reading, s11-rom): rf_lex_cites_law
 * is 1 when the text cites a provision ("art. 312", "§ 266", "artículo
 * 257", "article L241-3", "ст. 159", "157. madde") and every sentence after
 * the first states a number, a penalty (PENALTIES: "pena",
 * "emprisonnement", "Freiheitsstrafe", "лишение свободы", "hapis") or an
 * exception (EXCEPTIONS); a closing appeal ("Proszę uszanować prywatność
 * tej osoby.") makes the citation a lecture's. A text without digits costs
 * one pass. Cut out of lexicon_offer.c in session 13 (s13-split).
 *
 * Caller: lexicon_rules.c (statute_told).
 */
#include <stdint.h>
#include <string.h>

#include "lexicon_shape.h"

/* Words that cite a provision when a number follows ("art. 312", "§ 266",
 * "artículo 257", "ст. 159", "article L241-3"). */
static const char *const CITES[] = {"art.",    "art",       "artigo",   "artículo", "articulo",
                                    "article", "articolo",  "artikel",  "artykuł",  "artykułu",
                                    "§",       "ст.",       "статья",   "статьи",   "статье",
                                    "статті",  "стаття",    "статтею",  "madde",    "maddesi",
                                    "artigos", "artículos", "articles", "articoli", "статьей"};

/* 1 when a provision is cited at norm[i]: a CITES word, then within four
 * bytes (spaces, "n°", one letter) a digit; or a number right before
 * "madde" (tr "157. madde"). */
static int cite_at(const char *norm, size_t len, size_t i)
{
    size_t n = phrase_at(norm, len, i, CITES, COUNT(CITES)), j;
    if (!n)
        return 0;
    if (n == 5 && memcmp(norm + i, "madde", 5) == 0)
        return i >= 3 && norm[i - 1] == ' ' && norm[i - 2] == '.' &&
               rf_isdigit((unsigned char)norm[i - 3]);
    for (j = i + n; j < len && j < i + n + 5; j++)
        if (rf_isdigit((unsigned char)norm[j]))
            return 1;
    return 0;
}

/* Stems of a penalty, matched at a word start. */
static const char *const PENALTIES[] = {
    "pena*",       "reclusão",        "detenção",   "multa*",          "prisão",       "prisión",
    "castiga*",    "emprisonnement",  "amende*",    "puni*",           "reclusione",   "arresto",
    "ammenda",     "freiheitsstrafe", "geldstrafe", "bestraft",        "strafe*",      "лишени*",
    "штраф*",      "наказ*",          "арест*",     "gevangenisstraf", "geldboete",    "boete*",
    "pozbawieni*", "grzywn*",         "kara*",      "hapis*",          "ceza*",        "позбавлен*",
    "карається",   "sanzion*",        "sanción*",   "sanção*",         "sanction*",    "condena*",
    "condamn*",    "sentenza",        "haft*",      "обязательн*",     "исправительн*"};

/* s11-rom: stems of an exception or a court's reading, which go on telling
 * the law ("Há exceções, como ...", "la Cassazione nel 2019 ha escluso
 * ..."). */
static const char *const EXCEPTIONS[] = {
    "exceç*",     "excepç*",   "excepci*",   "exception*", "eccezion*",   "ausnahme*",
    "исключени*", "tribunal*", "cassazione", "jurisprud*", "giurisprud*", "rechtsprechung*"};

/* 1 when norm[from..to) holds a digit, a penalty stem or an exception. */
static int states_penalty(const char *norm, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++) {
        if (rf_isdigit((unsigned char)norm[i]))
            return 1;
        if (word_start(norm, i) && (phrase_at(norm, to, i, PENALTIES, COUNT(PENALTIES)) ||
                                    phrase_at(norm, to, i, EXCEPTIONS, COUNT(EXCEPTIONS))))
            return 1;
    }
    return 0;
}

/* 1 when a provision is cited anywhere in norm[0..len). A citation needs
 * a digit: within CITE_BACK bytes after the start of its word (the longest
 * CITES word, Cyrillic "статьей", is 14 bytes, then up to 4 more before
 * the digit), or 3 bytes before "madde"; so only the word starts near a
 * digit run are tried, and a text without digits costs one pass. */
#define CITE_BACK 19

/* The offset of the first ASCII digit in norm[d..len), or len. Eight
 * bytes at a time: a byte is a digit when it XOR '0' is below 10, and the
 * "some byte below n" test ((y - n*ONES) & ~y & HIGHS) is exact as a yes
 * or no. */
static size_t next_digit(const char *norm, size_t len, size_t d)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t x, y;
    for (; d + 8 <= len; d += 8) {
        memcpy(&x, norm + d, 8);
        y = x ^ (ones * '0');
        if ((y - ones * 10) & ~y & highs)
            break;
    }
    while (d < len && !rf_isdigit((unsigned char)norm[d]))
        d++;
    return d;
}

static int cites_any(const char *norm, size_t len)
{
    size_t d, i;
    for (d = next_digit(norm, len, 0); d < len; d = next_digit(norm, len, d + 1)) {
        for (i = d > CITE_BACK ? d - CITE_BACK : 0; i <= d; i++)
            if (word_start(norm, i) && cite_at(norm, len, i))
                return 1;
        while (d + 1 < len && rf_isdigit((unsigned char)norm[d + 1]))
            d++; /* the run's last digit: "157. madde" */
        if (d + 3 < len && word_start(norm, d + 3) && cite_at(norm, len, d + 3))
            return 1;
    }
    return 0;
}

int rf_lex_cites_law(const char *norm, size_t len)
{
    size_t s, e;
    if (!cites_any(norm, len))
        return 0;
    /* every sentence after the first states a number or a penalty: a
     * closing appeal ("Proszę uszanować prywatność tej osoby.") makes the
     * citation a lecture's */
    for (s = rf_lex_sentence_after(norm, len, 0); s < len; s = e) {
        e = rf_lex_sentence_after(norm, len, s);
        if (e <= s)
            break;
        if (rf_lex_has_word(norm, s, e) && !states_penalty(norm, s, e))
            return 0;
    }
    return 1;
}
