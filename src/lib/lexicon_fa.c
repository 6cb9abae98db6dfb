/*
 * lexicon_fa.c - a Persian decline whose verb no lexicon line lists
 * (session 14, s14-fahe).
 *
 * Persian puts the verb last and the object between the modal and the
 * verb: "نمی توانم قیمت دلار را برای فردا پیش بینی کنم", colloquial
 * "نمی تونم این نقش رو بپذیرم", or a negated first-person present after
 * its object: "دستور ساخت ... رو هم نمی دم", "امضای استادتان را جعل
 * نمی کنم". The lexicon lines list the commonest objects and verbs; fresh
 * answers name any. What they share is their shape (the ZWNJ of نمی‌توانم
 * vanishes in normalisation; written here as a space):
 *
 *   shape   | what
 *   --------|----------------------------------------------------------
 *   modal   | a head (HEADS: نمی توانم / نمی تونم, joined or spaced, with
 *           | Arabic ي) at a clause start (the text's start, after . ! ?
 *           | ، ؛ , ; : / or a LEADS word: اما، ولی، و; SUBJECTS before
 *           | it: من، متاسفانه) or after an object (را / رو), then within
 *           | FA_WORDS words, in its clause, a first-person subjunctive
 *           | that ends the clause: a word in -م that starts with ب
 *           | (بنویسم، بدم، بپذیرم) or a light verb (LIGHT: کنم، دهم،
 *           | نمایم ...); no STOPS word before it (limits of belief,
 *           | waiting, feeling, exactness: صبر، باور، دقیق، مطمئن; "I
 *           | couldn't agree more": بیشتر، موافق; a social decline in a
 *           | letter or message: حضور، شرکت، بیام "I can't come")
 *   present | a negated first-person present (نمی ...م, not -یم: "we")
 *           | that ends its clause, whose clause holds the object marker
 *           | را / رو (or هیچ) before it, and whose word before is no
 *           | STOPS word ("اطلاعات شما را ذخیره نمی کنم" states a fact,
 *           | "این طور فکر نمی کنم" an opinion); not the heads
 *           | themselves, nor "I don't know / see" (NOT_VERBS)
 *   ability | "را ندارم" closing its clause, an ABILITY noun (امکان،
 *           | اجازه، توانایی ...) before it in the clause and no STOPS
 *           | word between: "من امکان رزرو بلیت را ندارم"
 *
 * The clause ends at . ! ? ، ؛ , ; : or a CONJ word (و، یا، تا، چون،
 * زیرا، اما، ولی); a clause that asks (؟ ?) is no decline, nor one that
 * ends a line of verse (" / " after it); the head's sentence, up to a ؛
 * after the verb, must hold no HEDGES phrase (بستگی: "depends") and no
 * contrast after the verb (اما، ولی) that an offer (می توانم) does not
 * follow: "نمی توانم نتیجه را پیش بینی کنم، اما احتمالاً ..." answers. A
 * head inside quotation marks (« » fold to '"') does not count. Only the
 * opening (open_len bytes) is searched; everything reads norm[0..len)
 * and allocates nothing.
 *
 * Caller: lexicon_bare.c (rf_lex_bare_decline, for a text guessed fa).
 */
#include <string.h>

#include "lexicon_shape.h"

#define FA_WORDS 12 /* words read after a modal head */

/* The modal heads, normalised (the ZWNJ vanishes: نمیتوانم). */
static const char *const HEADS[] = {"نمیتوانم ", "نمی توانم ", "نمیتونم ", "نمی تونم ",
                                    "نميتوانم ", "نمي توانم ", "نميتونم ", "نمي تونم "};

/* Conjunctions after which a clause starts, and words that may stand
 * between a clause start and a head ("اما من نمی توانم", "متاسفانه
 * نمی توانم"). */
static const char *const LEADS[] = {"اما", "ولی", "و", "ولي", "بنابراین", "پس", "لذا"};
static const char *const SUBJECTS[] = {"من",    "متاسفانه", "متاسفم", "ببخشید", "شرمنده",
                                       "راستش", "بنده",     "هم",     "فعلا",   "اینجا"};

/* Light verbs of a compound subjunctive ("پیش بینی کنم", "ارائه نمایم"). */
static const char *const LIGHT[] = {"کنم",  "دهم",   "نمایم", "شوم",  "سازم",
                                    "گیرم", "گذارم", "كنم",   "آورم", "ارم"};

/* Words that end a clause like punctuation does. */
static const char *const CONJ[] = {"و", "یا", "تا", "چون", "زیرا", "اما", "ولی", "چرا", "که"};

/* Words of belief, waiting, feeling, exactness and degree before the
 * verb, and verbs of opinion and fact before a negated present. */
static const char *const STOPS[] = {
    "صبر",     "باور",   "تصور",   "تضمین", "قول",    "مطمئن",  "قطعی",    "قطعیت", "دقیق",
    "دقیقا",   "تحمل",   "انکار",  "پنهان", "کتمان",  "توصیف",  "چقدر",    "چهقدر", "احساس",
    "تشکر",    "کافی",   "فراموش", "جلوی",  "جلو",    "منتظر",  "خودداری", "ذخیره", "قضاوت",
    "سرزنش",   "تکرار",  "ترک",    "فکر",   "حس",     "عجله",   "شک",      "تعجب",  "گریه",
    "اصرار",   "ناامید", "رها",    "نگه",   "خوشحال", "افتخار", "بیدار",   "خواب",  "نفس",
    "زندگی",   "صددرصد", "درک",    "دور",   "ثبت",    "بیشتر",  "موافق",   "حضور",  "شرکت",
    "بیایم",   "بیام",   "برسم",   "بمانم", "بمونم",  "برگردم", "بخوابم",  "بخورم", "نگهداری",
    "بایگانی", "مقایسه", "حذف"};

/* Negated presents of knowing and seeing: limits, not declines. */
static const char *const NOT_VERBS[] = {"نمیدانم", "نمیدونم",  "نمیفهمم", "نمیشناسم",
                                        "نمیبینم", "نمیتوانم", "نمیتونم", "نمیخواهم",
                                        "نمیخوام", "نمیشوم",   "نمیشم"};

/* Phrases that make a decline a hedge or a limit of exactness. */
static const char *const HEDGES[] = {"بستگی",    "بسته به",     "بدون دانستن", "بدون اطلاع",
                                     "با قطعیت", "به طور قطعی", "دقیق",        "صددرصد"};

/* Contrasts after the verb, and the offers that keep the decline. */
static const char *const CONTRASTS[] = {"اما", "ولی", "با این حال", "هرچند"};
static const char *const OFFERS[] = {"میتوانم", "میتونم", "می توانم", "می تونم", "خوشحال"};

/* 1 when the bytes at norm[i] are a Persian comma, semicolon or
 * question mark (، ؛ ؟). */
static int fa_punct(const char *norm, size_t len, size_t i)
{
    unsigned char b;
    if (i + 1 >= len || (unsigned char)norm[i] != 0xD8)
        return 0;
    b = (unsigned char)norm[i + 1];
    return b == 0x8C || b == 0x9B || b == 0x9F;
}

/* The end of the word at norm[i]: word characters, not ، ؛ ؟ nor a
 * general punctuation mark (E2 80 xx: dashes, "…"). */
static size_t fa_word_end(const char *norm, size_t len, size_t i)
{
    while (i < len && word_char((unsigned char)norm[i]) && !fa_punct(norm, len, i) &&
           !((unsigned char)norm[i] == 0xE2 && i + 1 < len && (unsigned char)norm[i + 1] == 0x80))
        i++;
    return i;
}

/* 1 when a clause ends at norm[e] (just after a word): the text's end,
 * ASCII punctuation, ، ؛ ؟ or a dash, or a CONJ word after a space. */
static int fa_clause_end(const char *norm, size_t len, size_t e)
{
    size_t s, w;
    if (e >= len || strchr(".!?,;:)/\"", norm[e]) || fa_punct(norm, len, e) ||
        (unsigned char)norm[e] == 0xE2)
        return 1;
    if (norm[e] != ' ')
        return 0;
    s = e + 1;
    w = fa_word_end(norm, len, s);
    return w > s && IN(norm + s, w - s, CONJ);
}

/* 1 when a clause starts at norm[i]: the text's start, after punctuation
 * and a space, or after a LEADS word. */
static int fa_clause_start(const char *norm, size_t len, size_t i)
{
    size_t j;
    if (i == 0)
        return 1;
    if (norm[i - 1] != ' ')
        return 0;
    if (i >= 2 && strchr(".!?;:,*/\"", norm[i - 2]))
        return 1;
    if (i >= 3 && fa_punct(norm, len, i - 3))
        return 1;
    for (j = i - 1; j > 0 && norm[j - 1] != ' '; j--)
        ;
    return IN(norm + j, i - 1 - j, LEADS) ||
           (IN(norm + j, i - 1 - j, SUBJECTS) && fa_clause_start(norm, len, j));
}

/* 1 when the word norm[s..e) is a first-person subjunctive: -م and ب- at
 * least three letters long, or a LIGHT verb. */
static int fa_subjunctive(const char *norm, size_t s, size_t e)
{
    if (IN(norm + s, e - s, LIGHT))
        return 1;
    return e - s >= 6 && (unsigned char)norm[s] == 0xD8 && (unsigned char)norm[s + 1] == 0xA8 &&
           ends_with(norm, s, e, "م") && !ends_with(norm, s, e, "یم");
}

/* The end of the subjunctive that closes the clause after a head at
 * norm[from], or 0. */
static size_t fa_modal_verb(const char *norm, size_t len, size_t from)
{
    size_t i = from, w, e;
    for (w = 0; w < FA_WORDS && i < len; w++) {
        e = fa_word_end(norm, len, i);
        if (e == i || IN(norm + i, e - i, STOPS))
            return 0;
        if (w > 0 && fa_subjunctive(norm, i, e) && fa_clause_end(norm, len, e))
            return e;
        if (fa_clause_end(norm, len, e) && (e >= len || norm[e] != ' '))
            return 0;
        if (w > 0 && fa_clause_end(norm, len, e))
            return 0;
        i = e + 1;
    }
    return 0;
}

/* 1 when the word norm[s..e) is a negated first-person singular present
 * (نمی + stem + م, not -یم) other than NOT_VERBS. */
static int fa_neg_present(const char *norm, size_t s, size_t e)
{
    static const char nemi[] = "نمی";
    size_t n = sizeof nemi - 1;
    return e - s > n + 2 && memcmp(norm + s, nemi, n) == 0 && ends_with(norm, s, e, "م") &&
           !ends_with(norm, s, e, "یم") && !IN(norm + s, e - s, NOT_VERBS);
}

/* 1 when the word norm[p..j) is را or رو (the object marker). */
static int fa_ra(const char *norm, size_t p, size_t j)
{
    return j - p == 4 && (memcmp(norm + p, "را", 4) == 0 || memcmp(norm + p, "رو", 4) == 0);
}

/* Nouns of ability and permission before "... را ندارم" ("امکان رزرو
 * بلیت را ندارم"). */
static const char *const ABILITY[] = {"امکان",  "اجازه", "اجازهی", "توانایی", "قابلیت",
                                      "اختیار", "مجوز",  "دسترسی", "صلاحیت"};

/* 1 when the clause before norm[at] (back to its start, FA_WORDS words
 * at most) holds an ABILITY noun and no STOPS word after it ("امکان حضور
 * در جلسه را ندارم" declines a meeting in a letter). */
static int fa_ability_before(const char *norm, size_t len, size_t at)
{
    size_t j = at, p, words = 0;
    while (j > 0 && words < FA_WORDS) {
        while (j > 0 && norm[j - 1] == ' ')
            j--;
        for (p = j; p > 0 && word_char((unsigned char)norm[p - 1]); p--)
            ;
        if (p == j || fa_word_end(norm, len, p) != j)
            return 0;
        if (IN(norm + p, j - p, ABILITY))
            return 1;
        if (IN(norm + p, j - p, STOPS))
            return 0;
        j = p;
        words++;
    }
    return 0;
}

/* 1 when the clause before the negated present at norm[at] (back to its
 * start) holds را / رو / هیچ, and the word right before it is no STOPS
 * word. */
static int fa_object_before(const char *norm, size_t len, size_t at)
{
    size_t j = at, p, words = 0;
    int prev = 1;
    while (j > 0 && words < FA_WORDS) {
        while (j > 0 && norm[j - 1] == ' ')
            j--;
        for (p = j; p > 0 && word_char((unsigned char)norm[p - 1]); p--)
            ;
        if (p == j || fa_word_end(norm, len, p) != j)
            return 0; /* punctuation: the clause's start */
        if (prev && IN(norm + p, j - p, STOPS))
            return 0;
        prev = 0;
        if (IN(norm + p, j - p, CONJ) && !(j - p == 2 && memcmp(norm + p, "و", 2) == 0))
            return 0;
        if (fa_ra(norm, p, j) || (j - p == 6 && memcmp(norm + p, "هیچ", 6) == 0))
            return 1;
        j = p;
        words++;
    }
    return 0;
}

/* 1 when the sentence norm[from..to) holds a HEDGES phrase, or a contrast
 * after verb_end that no offer follows. */
static int fa_hedged(const char *norm, size_t from, size_t verb_end, size_t to)
{
    size_t i, c = to;
    for (i = from; i < to; i++) {
        if (!word_start(norm, i))
            continue;
        if (phrase_at(norm, to, i, HEDGES, COUNT(HEDGES)))
            return 1;
        if (i >= verb_end && c == to && phrase_at(norm, to, i, CONTRASTS, COUNT(CONTRASTS)))
            c = i;
        if (c < to && i > c && phrase_at(norm, to, i, OFFERS, COUNT(OFFERS)))
            return 0;
    }
    return c < to;
}

/* 1 when the word before norm[i] is the object marker را / رو (an
 * object before the head: "متن کامل ... را نمی توانم اینجا بیاورم").
 */
static int fa_after_object(const char *norm, size_t i)
{
    size_t p;
    if (i < 6 || norm[i - 1] != ' ')
        return 0;
    for (p = i - 1; p > 0 && word_char((unsigned char)norm[p - 1]); p--)
        ;
    return fa_ra(norm, p, i - 1);
}

/* The end of a decline at norm[i] (a modal head, a negated present
 * closing its clause, or "... را ندارم" after an ABILITY noun), or 0. */
static size_t fa_decline_at(const char *norm, size_t len, size_t i)
{
    size_t n, e = fa_word_end(norm, len, i);
    if (e - i == 10 && memcmp(norm + i, "ندارم", 10) == 0)
        return fa_clause_end(norm, len, e) && fa_after_object(norm, i) &&
                       fa_ability_before(norm, len, i)
                   ? e
                   : 0;
    if (fa_neg_present(norm, i, e))
        return fa_clause_end(norm, len, e) && fa_object_before(norm, len, i) ? e : 0;
    if (!(fa_clause_start(norm, len, i) || fa_after_object(norm, i)) ||
        (n = phrase_at(norm, len, i, HEADS, COUNT(HEADS))) == 0)
        return 0;
    return fa_modal_verb(norm, len, i + n);
}

/* 1 when a line break (" / ") follows the clause that ends at norm[h],
 * after at most a comma: a line of verse ("نمی توانم بی تو شب را به سحر
 * برسانم، / ..."). */
static int fa_line_end(const char *norm, size_t len, size_t h)
{
    if (h < len && norm[h] == ',')
        h++;
    else if (fa_punct(norm, len, h))
        h += 2;
    return h + 2 < len && norm[h] == ' ' && norm[h + 1] == '/' && norm[h + 2] == ' ';
}

/* The end of the clause part of the sentence at from..se that a hedge is
 * looked for in: up to the first ؛ or ; after verb_end. */
static size_t fa_hedge_end(const char *norm, size_t len, size_t verb_end, size_t se)
{
    size_t i;
    for (i = verb_end; i < se; i++)
        if (norm[i] == ';' || (fa_punct(norm, len, i) && (unsigned char)norm[i + 1] == 0x9B))
            return i;
    return se;
}

/* 1 when the clause closed at norm[h] asks: "?" or "؟" right after it, or
 * at the end of its sentence (se, the terminator's offset). */
static int fa_asks(const char *norm, size_t len, size_t h, size_t se)
{
    return (h < len && norm[h] == '?') ||
           (fa_punct(norm, len, h) && (unsigned char)norm[h + 1] == 0x9F) ||
           (se < len &&
            (norm[se] == '?' || (fa_punct(norm, len, se) && (unsigned char)norm[se + 1] == 0x9F)));
}

/* The start of the sentence that holds norm[i]. */
static size_t fa_sentence_start(const char *norm, size_t i)
{
    while (i > 0 && !strchr(".!?", norm[i - 1]))
        i--;
    return i;
}

size_t rf_lex_fa_decline(const char *norm, size_t len, size_t open_len, size_t *end)
{
    size_t i, quotes = 0, h, se;
    static const char nun[] = "ن";
    if (open_len > len)
        open_len = len;
    for (i = 0; i + 1 < open_len; i++) {
        if (norm[i] == '"')
            quotes++;
        if (norm[i] != nun[0] || norm[i + 1] != nun[1] || (quotes & 1) || !word_start(norm, i))
            continue;
        h = fa_decline_at(norm, len, i);
        if (!h)
            continue;
        se = rf_lex_sentence_end_from(norm, len, i);
        if (fa_asks(norm, len, h, se) || fa_line_end(norm, len, h) ||
            fa_hedged(norm, fa_sentence_start(norm, i), h, fa_hedge_end(norm, len, h, se)))
            continue;
        *end = h;
        return i;
    }
    return SIZE_MAX;
}
