/*
 * text_lang.c - rf_text_language (text.h): a fast language guess for
 * refusal detection.
 *
 * By script first: code points are counted per script over the first
 * RF_TEXT_LANG_SCAN bytes and weighted so that each counts roughly as its
 * share of a word (a Han character is about a word, a Latin letter a fifth);
 * the heaviest script decides (Han with enough kana is Japanese). Latin,
 * Cyrillic and Arabic script then go to word_language: words are looked up
 * in one table of frequent function words (scripts/gen-stopwords.py; a word
 * shared by k languages gives each 1/k, where sv da nb and cs sk count as
 * one family each; the mask is 32-bit, one bit per language) and
 * language-specific letters add hints, among the languages of the script:
 *
 * | script   | languages                                          | default |
 * |----------|----------------------------------------------------|---------|
 * | Latin    | en es fr de pt it nl pl vi id tr sw jv             | en      |
 * |          | cs sk sv da nb fi ro hu hr tl (session 5)          |         |
 * | Cyrillic | ru uk bg sr                                        | ru      |
 * | Arabic   | ar fa ur                                           | ar      |
 *
 * Letter hints: ñ ã ß ł, Vietnamese ơ ư ă đ and tone-marked vowels, Turkish
 * ı ğ ş İ, Czech ř ů ě, Slovak ľ ĺ ŕ ô ť, Czech and Slovak ý, Finnish ää öö, Romanian ș ț ţ ă â î,
 * Hungarian ő ű, Nordic å æ ø ä ö, Croatian č ć đ š ž; Ukrainian і ї є ґ, Russian ы э ё, Bulgarian
 * ъ, Serbian ђ ј љ њ ћ џ; Urdu ٹ ڈ ڑ ں ے ھ ہ, Persian ژ, Persian and Urdu پ چ گ ی ک, Arabic ة ي ك
 * ى. The default wins unless another language has at least 1.0 and half a word more than it. Words
 * are matched lower-cased (ASCII and two-byte letters, utf8proc), so raw and normalised text give
 * the same guess.
 *
 * Callers: the detectors, rules_eval, tests.
 */
#include <string.h>
#include <utf8proc.h>

#include "refusal/text.h"
#include "refusal/utf8.h"
#include "text_int.h"

/* ---- language ------------------------------------------------------------ */

/* Languages in the order of the generator's LANGS (bit i of a stopword mask
 * is language i): Latin script L_EN..L_HI, Cyrillic L_RU..L_SR, Arabic
 * script L_AR..L_UR. */
enum {
    L_EN,
    L_ES,
    L_FR,
    L_DE,
    L_PT,
    L_IT,
    L_NL,
    L_PL,
    L_VI,
    L_ID,
    L_TR,
    L_SW,
    L_JV,
    L_CS,
    L_SK,
    L_SV,
    L_DA,
    L_NB,
    L_FI,
    L_RO,
    L_HU,
    L_HR,
    L_TL,
    L_HI, /* romanised Hindi (s13-mla); Devanagari text is "hi" by its script */
    L_RU,
    L_UK,
    L_BG,
    L_SR,
    L_AR,
    L_FA,
    L_UR,
    L_COUNT
};
_Static_assert(L_COUNT <= 32, "stopword masks are 32-bit (stopword.mask, mask_languages)");
static const char *const k_lang_tags[L_COUNT] = {
    "en", "es", "fr", "de", "pt", "it", "nl", "pl", "vi", "id", "tr", "sw", "jv", "cs", "sk", "sv",
    "da", "nb", "fi", "ro", "hu", "hr", "tl", "hi", "ru", "uk", "bg", "sr", "ar", "fa", "ur"};

/* Longest stopword in bytes (the generator's MAXLEN); longer words are not
 * looked up. */
#define STOP_MAXLEN 24

typedef struct stopword {
    const char *w;
    uint32_t mask; /* bit per L_* */
} stopword;

/* Frequent function words and their languages with an FNV-1a
 * open-addressing index (-1 = empty slot), and k_stop_lead, the lengths of
 * the stopwords by their first two (ASCII) bytes. */
#include "text_lang_stopwords.h"

/* Number of languages in a mask (population count, 32-bit SWAR). */
static unsigned mask_languages(uint32_t m)
{
    m = m - ((m >> 1) & 0x55555555u);
    m = (m & 0x33333333u) + ((m >> 2) & 0x33333333u);
    m = (m + (m >> 4)) & 0x0F0F0F0Fu;
    return (unsigned)((m * 0x01010101u) >> 24);
}

/* Close languages that share many function words: a word shared only
 * within a family is evidence for the family as a whole against the other
 * languages, and its members are told apart by their own words. */
#define FAMILY_NORDIC (1u << L_SV | 1u << L_DA | 1u << L_NB)
#define FAMILY_CZSK (1u << L_CS | 1u << L_SK)

/* Number of families among the languages of a mask (a language outside
 * the families is its own): a stopword of k families counts 1/k for each
 * of its languages ("jeg" da nb counts 1 for each, "som" sv da nb sk 1/2). */
static unsigned mask_families(uint32_t m)
{
    unsigned k = mask_languages(m);
    uint32_t nordic = m & FAMILY_NORDIC;
    if (nordic & (nordic - 1))
        k -= mask_languages(nordic) - 1;
    if ((m & FAMILY_CZSK) == FAMILY_CZSK)
        k--;
    return k;
}

/* Index of the lowest set bit of m (m != 0). */
static inline unsigned lowest_bit(uint32_t m)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctz(m);
#else
    unsigned i = 0;
    while (!(m & 1u))
        m >>= 1, i++;
    return i;
#endif
}

/* Lower case of a two-byte code point (U+0080-U+07FF) for raw text
 * (normalised text is case-folded already): utf8proc's simple lower case
 * when it is two bytes too, else cp unchanged (so that the byte length of
 * a word stays; "İ" lowers to ASCII "i" and is kept). */
static uint32_t lower2(uint32_t cp)
{
    utf8proc_int32_t lc = utf8proc_tolower((utf8proc_int32_t)cp);
    return lc >= 0x80 && lc <= 0x7FF ? (uint32_t)lc : cp;
}

/* Lower-case word[i..n) into p[i..n) and return the FNV-1a hash h
 * continued over it: ASCII and the two-byte letters of lower2. */
static uint32_t fold_rest(const char *word, size_t n, size_t i, char *p, uint32_t h)
{
    for (; i < n; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c >= 0xC3 && c <= 0xD2 && i + 1 < n) { /* two-byte letter: fold its case */
            uint32_t cp = lower2((uint32_t)(c & 0x1F) << 6 | ((unsigned char)word[i + 1] & 0x3F));
            c = (unsigned char)(0xC0 | (cp >> 6));
            p[i++] = (char)c;
            h = (h ^ c) * 16777619u;
            c = (unsigned char)(0x80 | (cp & 0x3F));
        } else {
            c = (unsigned char)rf_tolower(c);
        }
        p[i] = (char)c;
        h = (h ^ c) * 16777619u;
    }
    return h;
}

/* Language mask of a word (ASCII and the letters of lower2 lower-cased),
 * 0 when it is no stopword; *high is set when the word has a byte >= 0x80
 * (never when text_high is 0: the text has none). ASCII words take the
 * short loop. */
static uint32_t stopword_mask(const char *word, size_t n, int *high, int text_high)
{
    char p[STOP_MAXLEN];
    uint32_t h = 2166136261u; /* FNV-1a of the lower-cased word */
    size_t i;
    unsigned char b0 = (unsigned char)word[0], b1 = n > 1 ? (unsigned char)word[1] : 0;
    /* too long, or two ASCII first bytes no stopword of n bytes starts with
     * (k_stop_lead): no stopword, only *high to set */
    if (n > STOP_MAXLEN ||
        (!((b0 | b1) & 0x80) && !(k_stop_lead[(b0 & 0x1Fu) << 5 | (b1 & 0x1Fu)] >> n & 1u))) {
        unsigned char acc = b0 | b1;
        for (i = 2; text_high && i < n; i++)
            acc |= (unsigned char)word[i];
        *high = acc >= 0x80;
        return 0;
    }
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c >= 0x80)
            break;
        c = (unsigned char)rf_tolower(c);
        p[i] = (char)c;
        h = (h ^ c) * 16777619u;
    }
    *high = i < n;
    if (i < n)
        h = fold_rest(word, n, i, p, h);
    for (h &= STOP_SLOTS - 1;; h = (h + 1) & (STOP_SLOTS - 1)) {
        int k = k_stop_slots[h];
        if (k < 0)
            return 0;
        const char *w = k_stopwords[k].w;
        if (w[0] == p[0] && strncmp(w, p, n) == 0 && w[n] == 0)
            return k_stopwords[k].mask;
    }
}

/* Letter hints of Latin-1 letters (U+00A1-U+00FF): adds to score[]. */
static void letter_hint_latin1(uint32_t cp, double *score)
{
    switch (cp) {
    case 0xF1:
    case 0xD1:
    case 0xBF:
    case 0xA1: /* ñ ¿ ¡ */
        score[L_ES] += 1.5;
        break;
    case 0xE3:
    case 0xF5:
    case 0xC3:
    case 0xD5: /* ã õ */
        score[L_PT] += 1.5;
        break;
    case 0xE7: /* ç */
        score[L_FR] += 0.5, score[L_PT] += 0.5, score[L_TR] += 0.5;
        break;
    case 0xDF: /* ß */
        score[L_DE] += 0.8;
        break;
    case 0xE4: /* ä: German, also Swedish, Finnish and Slovak */
        score[L_DE] += 0.5, score[L_SV] += 0.3, score[L_FI] += 0.5, score[L_SK] += 0.2;
        break;
    case 0xF6: /* ö: German, also Turkish, Swedish, Finnish, Hungarian */
        score[L_DE] += 0.5, score[L_TR] += 0.5;
        score[L_SV] += 0.3, score[L_FI] += 0.4, score[L_HU] += 0.4;
        break;
    case 0xFC: /* ü: German, also Turkish */
        score[L_DE] += 0.8, score[L_TR] += 0.5;
        break;
    case 0xFD:
    case 0xDD: /* ý: Czech and Slovak (Vietnamese has its tone marks) */
        score[L_CS] += 0.4, score[L_SK] += 0.4;
        break;
    case 0xE0: /* à */
        score[L_FR] += 0.4, score[L_IT] += 0.2;
        break;
    case 0xE9: /* é */
        score[L_FR] += 0.3, score[L_ES] += 0.1, score[L_PT] += 0.1;
        break;
    case 0xE2:
    case 0xEE: /* â î: French, also Romanian */
        score[L_FR] += 0.4, score[L_RO] += 0.5;
        break;
    case 0xF4: /* ô: French, also Slovak */
        score[L_FR] += 0.4, score[L_SK] += 0.6;
        break;
    case 0xE8:
    case 0xEA:
    case 0xFB:
    case 0xEB:
    case 0xEF:
        score[L_FR] += 0.4;
        break;
    case 0xEC:
    case 0xF2:
    case 0xF9: /* ì ò ù */
        score[L_IT] += 0.6;
        break;
    case 0xE5:
    case 0xC5: /* å */
        score[L_SV] += 0.5, score[L_DA] += 0.4, score[L_NB] += 0.4;
        break;
    case 0xE6:
    case 0xC6: /* æ */
        score[L_DA] += 0.6, score[L_NB] += 0.5;
        break;
    case 0xF8:
    case 0xD8: /* ø */
        score[L_DA] += 0.5, score[L_NB] += 0.5;
        break;
    default:
        break;
    }
}

/* Letter hints of Central European letters (Latin Extended-A and B):
 * adds to score[]. */
static void letter_hint_central(uint32_t cp, double *score)
{
    switch (cp) {
    case 0x159:
    case 0x158:
    case 0x16F:
    case 0x16E:
    case 0x11B:
    case 0x11A: /* ř ů ě */
        score[L_CS] += 1.5;
        break;
    case 0x13E:
    case 0x13D:
    case 0x13A:
    case 0x139:
    case 0x155:
    case 0x154: /* ľ ĺ ŕ */
        score[L_SK] += 1.5;
        break;
    case 0x165:
    case 0x164: /* ť: the Slovak infinitive ending, rare in Czech */
        score[L_CS] += 0.2, score[L_SK] += 0.8;
        break;
    case 0x10F:
    case 0x10E:
    case 0x148:
    case 0x147: /* ď ň */
        score[L_CS] += 0.5, score[L_SK] += 0.5;
        break;
    case 0x10D:
    case 0x10C:
    case 0x161:
    case 0x160:
    case 0x17E:
    case 0x17D: /* č š ž */
        score[L_CS] += 0.4, score[L_SK] += 0.4, score[L_HR] += 0.4;
        break;
    case 0x219:
    case 0x218:
    case 0x21B:
    case 0x21A:
    case 0x163:
    case 0x162: /* ș ț, and ţ with a cedilla */
        score[L_RO] += 1.5;
        break;
    case 0x151:
    case 0x150:
    case 0x171:
    case 0x170: /* ő ű */
        score[L_HU] += 1.5;
        break;
    case 0x107: /* ć: Polish, also Croatian */
        score[L_PL] += 1.0, score[L_HR] += 1.0;
        break;
    case 0x142:
    case 0x105:
    case 0x119:
    case 0x15B:
    case 0x17C:
    case 0x17A:
    case 0x144:
    case 0x141:
    case 0x17B: /* ł ą ę ś ż ź ń Ł Ż */
        score[L_PL] += 1.5;
        break;
    default:
        break;
    }
}

/* Letter hints for Latin languages: adds to score[]. */
static void letter_hint(uint32_t cp, double *score)
{
    if (cp < 0x100) {
        letter_hint_latin1(cp, score);
        return;
    }
    if (cp >= 0x1EA0 && cp <= 0x1EF9) { /* Vietnamese vowels with tone marks */
        score[L_VI] += 1.5;
        return;
    }
    switch (cp) {
    case 0x102:
    case 0x103: /* ă: Vietnamese, also Romanian */
        score[L_VI] += 1.2, score[L_RO] += 1.2;
        break;
    case 0x110:
    case 0x111: /* đ: Vietnamese, also Croatian */
        score[L_VI] += 1.5, score[L_HR] += 1.0;
        break;
    case 0x1A0:
    case 0x1A1:
    case 0x1AF:
    case 0x1B0: /* ơ ư */
        score[L_VI] += 1.5;
        break;
    case 0x15E:
    case 0x15F: /* ş: Turkish, also Romanian written with cedillas */
        score[L_TR] += 1.5, score[L_RO] += 0.5;
        break;
    case 0x131:
    case 0x130:
    case 0x11E:
    case 0x11F: /* ı İ ğ */
        score[L_TR] += 1.5;
        break;
    case 0x307: /* the dot of İ after case folding (i + U+0307) */
        score[L_TR] += 0.5;
        break;
    default:
        letter_hint_central(cp, score);
        break;
    }
}

/* Letter hints for Cyrillic and Arabic-script languages: adds to score[]
 * (the default languages ru and ar get the letters the others lack). */
static void letter_hint_other(uint32_t cp, double *score)
{
    switch (cp) {
    case 0x456:
    case 0x457:
    case 0x454:
    case 0x491:
    case 0x406:
    case 0x407:
    case 0x404:
    case 0x490: /* і ї є ґ */
        score[L_UK] += 1.5;
        break;
    case 0x44B:
    case 0x44D:
    case 0x451:
    case 0x42B:
    case 0x42D:
    case 0x401: /* ы э ё: Russian, not Ukrainian, Bulgarian or Serbian */
        score[L_RU] += 1.0;
        break;
    case 0x44A:
    case 0x42A:
    case 0x45D: /* ъ ѝ: frequent in Bulgarian, rare in Russian */
        score[L_BG] += 0.8;
        break;
    case 0x452:
    case 0x458:
    case 0x459:
    case 0x45A:
    case 0x45B:
    case 0x45F:
    case 0x402:
    case 0x408:
    case 0x409:
    case 0x40A:
    case 0x40B:
    case 0x40F: /* ђ ј љ њ ћ џ */
        score[L_SR] += 1.5;
        break;
    case 0x679:
    case 0x688:
    case 0x691:
    case 0x6BA:
    case 0x6D2:
    case 0x6BE:
    case 0x6C1: /* ٹ ڈ ڑ ں ے ھ ہ: Urdu */
        score[L_UR] += 1.0;
        break;
    case 0x698: /* ژ: Persian */
        score[L_FA] += 1.0;
        break;
    case 0x67E:
    case 0x686:
    case 0x6AF:
    case 0x6CC:
    case 0x6A9: /* پ چ گ ی ک: Persian and Urdu */
        score[L_FA] += 0.5, score[L_UR] += 0.5;
        break;
    case 0x629:
    case 0x64A:
    case 0x643:
    case 0x649: /* ة ي ك ى: Arabic spellings */
        score[L_AR] += 0.5;
        break;
    default:
        break;
    }
}

/* The language of s[0..len) among L_*[lo..hi) by stopwords (a word shared
 * by k languages counts 1/k for each) and letter hints; dflt (the first of
 * the range) when the evidence is weak. text_high: 0 when s[0..len) is all
 * ASCII. */
static const char *word_language(const char *s, size_t len, size_t lo, size_t hi, int text_high)
{
    double score[L_COUNT] = {0};
    rf_word_iter it;
    rf_slice w;
    size_t words = 0, i;
    uint32_t range = (uint32_t)((1ull << hi) - (1ull << lo));
    rf_words_init(&it, s, len);
    while (words < 160 && rf_words_next_inline(&it, &w)) {
        int high;
        uint32_t m = stopword_mask(w.ptr, w.len, &high, text_high);
        words++;
        if (m) {
            double share = 1.0 / mask_families(m);
            uint32_t in = m & range; /* the languages of this script */
            for (; in; in &= in - 1) /* each set bit, lowest first */
                score[lowest_bit(in)] += share;
        }
        for (i = 0; high && i < w.len; i++) {
            if ((unsigned char)w.ptr[i] >= 0xC2) {
                uint32_t cp;
                int n = rf_utf8_decode(w.ptr + i, w.len - i, &cp);
                if (lo == L_EN) {
                    letter_hint(cp, score);
                    /* ää öö: Finnish long vowels (German and Swedish have none) */
                    if ((cp == 0xE4 || cp == 0xF6) && i + 3 < w.len && w.ptr[i + 2] == w.ptr[i] &&
                        w.ptr[i + 3] == w.ptr[i + 1])
                        score[L_FI] += 1.0;
                } else
                    letter_hint_other(cp, score);
                if (n > 1)
                    i += (size_t)n - 1;
            }
        }
    }
    size_t best = lo;
    for (i = lo + 1; i < hi; i++)
        if (score[i] > score[best])
            best = i;
    if (score[best] < 1.0 || score[best] < score[lo] + 0.5)
        return k_lang_tags[lo];
    return k_lang_tags[best];
}

#define ONES8 0x0101010101010101ull
#define HIGH8 0x8080808080808080ull

/* Letters among the eight ASCII bytes of w: with x = w | 0x20 (upper case
 * to lower, no other byte into 'a'..'z'), bit 7 of a byte of
 * (x + 0x1F) & ~(x + 0x05) is set for 'a'..'z' alone (no carries: bytes
 * are < 0x80); the multiply adds the eight flags into the top byte. */
static size_t ascii_letters8(uint64_t w)
{
    uint64_t x = w | 0x20 * ONES8, f = (x + 0x1F * ONES8) & ~(x + 0x05 * ONES8) & HIGH8;
    return (size_t)(((f >> 7) * ONES8) >> 56);
}

/* Adds the script of every code point of s[0..len) to cnt[] (script_of),
 * counting runs of ASCII without decoding (eight bytes at a time). Returns
 * 1 when s[0..len) has a byte >= 0x80, else 0. */
static int count_scripts(const char *s, size_t len, size_t *cnt)
{
    size_t pos = 0;
    int high = 0;
    while (pos < len) {
        uint32_t cp;
        size_t start = pos, alpha = 0;
        uint64_t w;
        for (; pos + 8 <= len; pos += 8) {
            memcpy(&w, s + pos, 8);
            if (w & HIGH8)
                break;
            alpha += ascii_letters8(w);
        }
        while (pos < len && (unsigned char)s[pos] < 0x80)
            alpha += (size_t)rf_isalpha((unsigned char)s[pos++]);
        cnt[SC_LATIN] += alpha;
        cnt[SC_OTHER] += pos - start - alpha;
        if (pos >= len)
            break;
        high = 1;
        pos += (size_t)rf_text_cp(s, len, pos, &cp);
        cnt[script_of(cp)]++;
    }
    return high;
}

const char *rf_text_language(const char *s, size_t len)
{
    size_t cnt[SC_COUNT] = {0};
    size_t i;
    int high;
    if (!s)
        return "en";
    if (len > RF_TEXT_LANG_SCAN)
        len = rf_utf8_trunc(s, len, RF_TEXT_LANG_SCAN);
    high = count_scripts(s, len, cnt);
    /* weight code points so that each counts roughly as a word's share */
    static const double per_word[SC_COUNT] = {0, 5, 5, 5, 4, 4, 4, 4, 3, 2, 1.5, 1.2};
    size_t best = SC_LATIN;
    double bestw = 0;
    for (i = SC_LATIN; i < SC_COUNT; i++) {
        double wgt = (double)cnt[i] / per_word[i];
        if (i == SC_KANA || i == SC_HAN)
            wgt = (double)(cnt[SC_KANA] + cnt[SC_HAN]) / 1.3;
        if (wgt > bestw) {
            bestw = wgt;
            best = i;
        }
    }
    switch (best) {
    case SC_GREEK:
        return "el";
    case SC_CYRILLIC:
        return word_language(s, len, L_RU, L_SR + 1, high);
    case SC_HEBREW:
        return "he";
    case SC_ARABIC:
        return word_language(s, len, L_AR, L_UR + 1, high);
    case SC_DEVANAGARI:
        return "hi";
    case SC_BENGALI:
        return "bn";
    case SC_THAI:
        return "th";
    case SC_HANGUL:
        return "ko";
    case SC_KANA:
    case SC_HAN:
        return (cnt[SC_KANA] >= 2 && cnt[SC_KANA] * 20 >= cnt[SC_KANA] + cnt[SC_HAN]) ? "ja" : "zh";
    default:
        return word_language(s, len, L_EN, L_HI + 1, high);
    }
}
