/*
 * lexicon_he.c - a Hebrew decline whose verb no lexicon line lists
 * (session 14, s14-fahe).
 *
 * The Hebrew lines list the verbs after "אני לא יכול" and the first-person
 * futures after "לא" ("לא אכתוב", "לא אספק"); fresh answers use any verb:
 * "אני לא יכולה לאתר כתובות לפי מספר רכב", "לא אנתח את התמונה של האדם
 * הזה". What they share is their shape:
 *
 *   shape   | what
 *   --------|----------------------------------------------------------
 *   modal   | a head (HEADS: אני לא יכול / יכולה / יכול/ה, אינני / איני
 *           | יכול(ה), לא אוכל, אני לא מסוגל(ת)) at a clause start (the
 *           | text's start, after . ! ? , ; : / - or a LEADS word: אבל,
 *           | אך, לצערי, ולכן, כך ש), then an infinitive (a word in ל-)
 *           | that is no STOPS word (belief, waiting, feeling, saying
 *           | how much: להאמין, לחכות, להפסיק, לתאר) and no limit the
 *           | limit test reads (לחזות, לדעת, לראות, לגשת)
 *           | (also after an object that opens the sentence with "את")
 *   future  | "לא" + a first-person future (a word in א- of four letters
 *           | or more, not NOT_FUTURE: אכפת, אפשרי, אמיתי, אומר ...) at
 *           | a clause start; promises are no decline ("לא אשכח", "לא
 *           | אחזור על זה": NOT_FUTURE)
 *
 * The head's sentence must not ask, its clause must not end a line of
 * verse (" / " before the sentence's end), and a contrast after the head (אבל,
 * אך, עם זאת) must be followed by an offer (אשמח, אוכל, אני יכול): "אני
 * לא יכול להזמין בשבילך מקום, אבל אפשר להזמין דרך האתר" redirects and
 * answers. A head inside quotation marks does not count (a character's
 * line). Only the opening (open_len bytes) is searched; everything reads
 * norm[0..len) and allocates nothing.
 *
 * Caller: lexicon_bare.c (rf_lex_bare_decline, for a text guessed he).
 */
#include <string.h>

#include "lexicon_shape.h"

/* The modal heads, normalised (niqqud dropped). */
static const char *const HEADS[] = {
    "אני לא יכול ",   "אני לא יכולה ",    "אני לא יכול/ה ",   "אינני יכול ",   "אינני יכולה ",
    "איני יכול ",     "איני יכולה ",      "לא אוכל ",         "אני לא מסוגל ", "אני לא מסוגלת ",
    "אני לא יכול/ה ", "אני ממש לא יכול ", "אני ממש לא יכולה "};

/* Words after which a clause starts. */
static const char *const LEADS[] = {"אבל", "אך",   "לצערי", "ולכן", "לכן", "כך",
                                    "אז",  "ואני", "פשוט",  "גם",   "ממש", "שאני"};

/* Infinitives of belief, waiting, feeling, saying how much, and the
 * limits of knowing and seeing (read by the limit test). */
static const char *const STOPS[] = {
    "להאמין", "לחכות",  "להפסיק", "לדמיין", "להבטיח", "להתאפק",  "לסבול",   "לעמוד",   "לשכוח",
    "לסלוח",  "לנשום",  "לישון",  "להירדם", "לזכור",  "לדעת",    "לראות",   "לשמוע",   "לטעום",
    "להרגיש", "לחזות",  "לנבא",   "לאמת",   "לוודא",  "להתחייב", "לגשת",    "לבדוק",   "לפתוח",
    "לגלוש",  "לתאר",   "להגיד",  "לומר",   "לבטא",   "להודות",  "להמליץ",  "להתווכח", "להכחיש",
    "לשקר",   "להסתיר", "להתעלם", "לבחור",  "להחליט", "לקבוע",   "להעריך",  "לצפות",   "להיות",
    "לשלוח",  "להזמין", "להתקשר", "לבצע",   "לרכוש",  "לקנות",   "לשלם",    "להעביר",  "להוריד",
    "להגיש",  "להצביע", "להגיע",  "לבוא",   "להישאר", "לחזור",   "לצאת",    "ללכת",    "לקחת",
    "לאכול",  "לשתות",  "לעזוב",  "לסרב",   "להתרכז", "להירגע",  "להתמודד", "להבין"};

/* Words after "לא" in א- that are no first-person future. */
static const char *const NOT_FUTURE[] = {
    "אכפת", "אחת", "אחר", "אחרת", "אחרי", "אפשרי", "אמיתי", "אמיתית", "אחראי", "אחראית", "אישי",
    "אישית", "אנושי", "אוהב", "אוהבת", "אמור", "אמורה", "אומר", "אומרת", "אולי", "אפילו", "איכפת",
    "אתיקה", "אתי", "אתית", "אלגנטי", "אוכל", "אופטימלי", "אקטואלי", "אפקטיבי", "אובייקטיבי",
    "אמין", "אמינה", "אוטומטי", "אלים", "אשם", "אשמה", "אסור", "ארוך", "ארוכה", "אוהבים", "אמורים",
    "אפשריים", "אכזרי",
    /* promises of a letter, a poem or a pledge: "לא אשכח", "לא אחזור על זה" */
    "אשכח", "אשכחך", "אחזור", "אוותר", "אתייאש", "אאחר", "אפספס", "אעזוב", "אפחד", "אכעס", "אפגע",
    "אפריע", "אשקר", "אבגוד", "אתבייש", "אסלח", "ארשה", "אחכה", "אתן", "אנוח", "אשתוק", "אפסיק",
    "אישן", "אבכה", "אסתיר", "אאכזב", "אחמיץ", "אשאיר", "אעצור"};

/* Contrasts, and the offers that may follow one. */
static const char *const CONTRASTS[] = {"אבל", "אך", "עם זאת", "אולם", "ובכל זאת"};
static const char *const OFFERS[] = {"אשמח",      "אוכל", "אני יכול", "אני יכולה", "אני מוכן",
                                     "אני מוכנה", "אציע", "אכתוב",    "אסביר",     "אעזור"};

/* The end of the word at norm[i], stopping at a general punctuation
 * mark (E2 80 xx: dashes, "…"). */
static size_t he_word_end(const char *norm, size_t len, size_t i)
{
    while (i < len && word_char((unsigned char)norm[i]) &&
           !((unsigned char)norm[i] == 0xE2 && i + 1 < len && (unsigned char)norm[i + 1] == 0x80))
        i++;
    return i;
}

/* 1 when a clause starts at norm[i]: the text's start, after punctuation
 * and a space, after a dash, or after a LEADS word (a prefix ו / ש written
 * onto the head is no clause start: "כשאני לא יכול"). */
static int he_clause_start(const char *norm, size_t i)
{
    size_t j;
    if (i == 0)
        return 1;
    if (norm[i - 1] != ' ')
        return 0;
    if (i >= 2 && strchr(".!?;:,*/\"-)", norm[i - 2]))
        return 1;
    if (i >= 4 && (unsigned char)norm[i - 4] == 0xE2 && (unsigned char)norm[i - 3] == 0x80)
        return 1; /* "–" "—" */
    for (j = i - 1; j > 0 && norm[j - 1] != ' '; j--)
        ;
    return IN(norm + j, i - 1 - j, LEADS) && (j == 0 || he_clause_start(norm, j));
}

/* The end of the word at norm[from] when it starts with the letter lead
 * (two bytes), is at least min bytes long and is no word of skip[0..n),
 * else 0: an infinitive after a modal head (ל, STOPS) or a future after
 * "לא " (א, NOT_FUTURE). */
static size_t he_verb_end(const char *norm, size_t len, size_t from, const char *lead, size_t min,
                          const char *const *skip, size_t n)
{
    size_t e = he_word_end(norm, len, from);
    if (e - from < min || memcmp(norm + from, lead, 2) != 0 ||
        rf_lex_in_list(norm + from, e - from, skip, n))
        return 0;
    return e;
}

/* 1 when the sentence of norm[i] opens with the object marker "את" (an
 * object before the head: "את מילות השיר אני לא יכול להביא כאן"), at
 * most HE_OBJ_BYTES bytes before it. */
#define HE_OBJ_BYTES 80
static int he_object_first(const char *norm, size_t i)
{
    size_t s = i;
    while (s > 0 && i - s < HE_OBJ_BYTES && !strchr(".!?", norm[s - 1]))
        s--;
    while (s < i && norm[s] == ' ')
        s++;
    return (s == 0 || strchr(".!?", norm[s - 1]) || norm[s - 1] == ' ') && i - s < HE_OBJ_BYTES &&
           i - s > 6 && memcmp(norm + s, "את ", 5) == 0;
}

/* The end of a decline at norm[i], or 0. */
static size_t he_decline_at(const char *norm, size_t len, size_t i)
{
    size_t n;
    if (!he_clause_start(norm, i) && !he_object_first(norm, i))
        return 0;
    n = phrase_at(norm, len, i, HEADS, COUNT(HEADS));
    if (n)
        return he_verb_end(norm, len, i + n, "ל", 6, STOPS, COUNT(STOPS));
    if (len - i > 8 && memcmp(norm + i, "לא ", 5) == 0)
        return he_verb_end(norm, len, i + 5, "א", 8, NOT_FUTURE, COUNT(NOT_FUTURE));
    return 0;
}

/* 1 when the sentence from h to se holds a contrast that no offer
 * follows. */
static int he_contrasted(const char *norm, size_t h, size_t se)
{
    size_t i, c = se;
    for (i = h; i < se; i++) {
        if (!word_start(norm, i))
            continue;
        if (c == se && phrase_at(norm, se, i, CONTRASTS, COUNT(CONTRASTS)))
            c = i;
        else if (c < se && phrase_at(norm, se, i, OFFERS, COUNT(OFFERS)))
            return 0;
    }
    return c < se;
}

/* 1 when a line break (" / ") ends the clause after norm[h] (a line of
 * verse: "לא אשכח את הקיץ ההוא, / ..."): within HE_LINE bytes, with no
 * sentence end before it. */
#define HE_LINE 80
static int he_verse(const char *norm, size_t len, size_t h)
{
    size_t i;
    for (i = h; i + 2 < len && i < h + HE_LINE; i++) {
        if (strchr(".!?", norm[i]))
            return 0;
        if (norm[i] == ' ' && norm[i + 1] == '/' && norm[i + 2] == ' ')
            return 1;
    }
    return 0;
}

size_t rf_lex_he_decline(const char *norm, size_t len, size_t open_len, size_t *end)
{
    size_t i, quotes = 0, h, se;
    if (open_len > len)
        open_len = len;
    for (i = 0; i + 1 < open_len; i++) {
        if (norm[i] == '"')
            quotes++;
        if ((unsigned char)norm[i] != 0xD7 || (quotes & 1) || !word_start(norm, i))
            continue;
        h = he_decline_at(norm, len, i);
        if (!h)
            continue;
        se = rf_lex_sentence_end_from(norm, len, i);
        if ((se < len && norm[se] == '?') || he_contrasted(norm, h, se) || he_verse(norm, len, h))
            continue;
        *end = h;
        return i;
    }
    return SIZE_MAX;
}
