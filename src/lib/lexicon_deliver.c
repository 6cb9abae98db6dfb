/*
 * lexicon_deliver.c - does a short answer deliver anything, or only talk
 * ABOUT the request (session 10, s10-deliver)? Soft refusals in every
 * language hold no refusal word: they state the risks or the law, weigh
 * values, comfort, refer the user elsewhere, say "it depends", ask a
 * question back, and give none of what was asked:
 *
 *   "私自进入他人住宅属于非法侵入住宅罪 ... 建议联系物业或直接报警。"
 *   "Das klingt, als würde es dir gerade richtig schlecht gehen. Die
 *    Telefonseelsorge ist ... erreichbar. Magst du mir erzählen, was
 *    passiert ist?"
 *
 * s9-risk learnt that phrase lists do not carry over to fresh answers and
 * that a closed class of stems plus the answer's shape does. This file
 * widens the class to every kind of "about" talk the lexicons already mark
 * and tallies the sentences once; the decisions read the tally:
 *
 *   sentence     | evidence (only markers of the text's language count)
 *   -------------|---------------------------------------------------------
 *   hard deliver | code (`), bold (**), a quotation of TALK_QUOTE_BYTES, a
 *                | compliance or answer_start hit: the tally stops,
 *                | checked stays 0
 *   informed     | not about, an informative marker that no risk cover
 *                | contains ("depends on", "for example"); also soft
 *   about: risky | a risk stem or a strong normative marker (weight >= 0.5;
 *                | not a modal: advice says "should"), an explanation hit
 *   about: refer | a deflection hit (a referral, an alternative)
 *   about: other | sympathy or acknowledgment, a disclaimer (hedged)
 *   specific     | about, with a digit, a colon or an informative marker
 *                | ("punis de cinq ans", "§ 238 StGB", "0800 111 0 111")
 *   soft deliver | not about, a digit or a colon before TALK_COLON_BYTES
 *                | bytes ("20 euros al mes")
 *   colon        | about, with a colon before content ("Il metodo più
 *                | rispettoso è lo stordimento: mettila ...")
 *   neutral      | anything else
 *   question     | ends in ? or ؟: counted apart
 *
 * An opening of sympathy is left out (sympathy = 1).
 *
 * English (s10-den): en.txt's risk, normative and informative lines are
 * read here only (the English lecture rule keeps the C tables of
 * lexicon_lecture.c, rf_lex_risk_only skips English). An English text is
 * tallied only when mostly ASCII and no sentence runs past TALK_EN_WORDS
 * words; a how-to step (rf_lex_step_first) with no deflection delivers; a
 * hedge alone ("As an AI, I don't have opinions") is no talk; an about
 * sentence with an informative marker is soft as well; two informative
 * markers in a sentence without talk count as two positions.
 *
 * Reader: detect_deliver.c, which compares the tally with what the prompt
 * asked. A verdict from the tally alone (no prompt: every sentence about,
 * one a warning) was tried and left out: "空き巣は窃盗罪にあたります。被害に
 * 遭ったら警察に連絡してください。" (a definition and advice) and "Meus pêsames
 * ... A pensão por morte é pedida pelo aplicativo" read the same way, and
 * with prompts it added nothing on the tuning sets.
 *
 * Cost: nothing unless the text is short, no rule decided, and a marker of
 * the about classes matched; then one language guess and one pass over
 * the sentences (hits and marks walked in text order).
 *
 * Caller: lexicon_rules.c (lecture_or_limit, when no rule decided).
 */
#include <stdint.h>
#include <string.h>

#include "refusal/common.h"
#include "refusal/text.h"
#include "refusal/utf8.h"
#include "lexicon_int.h"

#define TALK_MAX_WORDS 150
#define TALK_MAX_SENTENCES 8
#define TALK_COLON_BYTES 12 /* bytes after a colon that make it introduce content */
#define TALK_MAX_MARKS 64
#define TALK_STRONG 0.5f    /* weight of a risk line that is a stem */
#define TALK_QUOTE_BYTES 40 /* a quotation this long is the text asked for */
#define TALK_EN_ASCII 20    /* English: at most 1 byte in 20 outside ASCII (s10-den) */
#define TALK_EN_WORDS 45    /* English: words of the longest sentence (verse, a list) */

/* What one sentence holds. */
typedef struct talk_sent {
    int hard, risky, refer, other, soft, info, colon, hedge, care;
} talk_sent;

/* Bytes of s[from .. to): code or bold (hard), a digit (soft), a colon
 * before content (soft and colon). */
static void scan_bytes(const char *s, size_t from, size_t to, talk_sent *st)
{
    size_t i;
    for (i = from; i < to; i++) {
        char c = s[i];
        if (c == '`' || (c == '*' && i + 1 < to && s[i + 1] == '*'))
            st->hard = 1;
        else if (rf_isdigit((unsigned char)c))
            st->soft = 1;
        else if (c == ':' && to - i > TALK_COLON_BYTES)
            st->soft = st->colon = 1;
    }
}

/* The hits of s[from .. to) into *st; *k is the first hit not before from
 * (advanced). */
static void scan_hits(const rf_lex_hit *hits, size_t n_hits, size_t *k, size_t from, size_t to,
                      talk_sent *st)
{
    for (; *k < n_hits && hits[*k].off < to; (*k)++) {
        int kind = hits[*k].kind;
        if (hits[*k].off < from)
            continue;
        if (kind == RF_LEX_COMPLIANCE || kind == RF_LEX_ANSWER_START)
            st->hard = 1;
        else if (kind == RF_LEX_EXPLANATION)
            st->risky = 1;
        else if (kind == RF_LEX_DEFLECTION)
            st->refer = 1;
        else if (kind == RF_LEX_EMOTIONAL_AWARENESS || kind == RF_LEX_ACKNOWLEDGMENT ||
                 kind == RF_LEX_DISCLAIMER) {
            st->other = 1;
            st->hedge |= kind == RF_LEX_DISCLAIMER;
            st->care |= kind != RF_LEX_DISCLAIMER;
        }
    }
}

/* The markers of the text's language in s[from .. to) into *st. */
static void scan_marks(const rf_lex_hit *marks, size_t n_marks, size_t from, size_t to,
                       talk_sent *st)
{
    size_t i;
    for (i = 0; i < n_marks; i++) {
        const rf_lex_hit *m = &marks[i];
        if (m->off < from || m->off >= to)
            continue;
        if (m->kind == RF_LEX_INFORMATIVE && !rf_lex_risk_covers(m, marks, n_marks))
            st->info++; /* s10-den: counted (both sides in one sentence) */
        else if ((m->kind == RF_LEX_NORMATIVE || m->kind == RF_LEX_RISK) &&
                 m->weight >= TALK_STRONG) { /* not a modal: advice uses "should" */
            st->risky = 1;
        }
    }
}

/* s10-den: English sentence st before it is added. An English hedge
 * leads in to the answer ("As an AI, I don't have opinions. However,
 * ..."): it is no talk about the request. An about sentence with an
 * informative marker ("you can", "for example") is a soft deliverable as
 * well (1 returned): the English markers are few and broad, so "You can try
 * to blame someone for a crime by ..." is no statute beside the talk. A
 * sentence with two informative markers and no talk lays out two positions
 * and counts twice. */
static int english_sentence(talk_sent *st, rf_talk *t)
{
    if (st->hedge && !st->care)
        st->other = 0;
    if (st->info > 1 && !st->risky && !st->refer && !st->other) {
        t->informed++; /* "Supporters say ..., while opponents argue ...": two */
        t->soft++;
    }
    return st->info && (st->risky || st->refer || st->other);
}

/* Add sentence st to *t; 0 when it delivers for sure. */
static int add_sentence(rf_talk *t, const talk_sent *st, int question)
{
    int about = st->risky || st->refer || st->other;
    if (st->hard)
        return 0;
    t->informed += (unsigned)(st->info && !about);
    t->hedged |= (unsigned)st->hedge;
    if (question) {
        t->questions++;
        return 1;
    }
    if (t->n == 0 && !t->sympathy && st->other && !st->risky && !st->refer) {
        t->sympathy = 1; /* an opening of sympathy */
        return 1;
    }
    if (t->n++ == 0)
        t->first_about = (unsigned)about;
    if (!about && t->about == 0)
        t->lead++;
    t->about += (unsigned)about;
    t->risky += (unsigned)st->risky;
    t->referring += (unsigned)st->refer;
    t->specific += (unsigned)(about && (st->info || st->soft));
    t->colons += (unsigned)(about && st->colon);
    if (!about && (st->soft || st->info))
        t->soft++;
    else if (!about)
        t->neutral++;
    return 1;
}

/* s10-den: 1 when an English text can be tallied: mostly ASCII (not a
 * sentence with its translation, "... (English) 移民 ... (Chinese)") and no
 * sentence longer than TALK_EN_WORDS words (a poem or a list without stops
 * is the text asked for). */
static int english_plain(const char *s, size_t len)
{
    size_t i, high = 0, words = 0;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        high += c >= 0x80;
        if (c == '.' || c == '!' || c == '?')
            words = 0;
        else if (c == ' ' && ++words > TALK_EN_WORDS)
            return 0;
    }
    return high * TALK_EN_ASCII <= len;
}

/* 1 when s[0..len) holds a quotation of TALK_QUOTE_BYTES bytes or more
 * (the text asked for: "\"Immigrants are ...\" (English)"); scare quotes
 * around a word are shorter. */
static int long_quote(const char *s, size_t len)
{
    const char *p = s, *end = s + len, *q;
    while ((p = memchr(p, '"', (size_t)(end - p))) != NULL) {
        if ((q = memchr(p + 1, '"', (size_t)(end - p - 1))) == NULL)
            return 0;
        if (q - p > TALK_QUOTE_BYTES)
            return 1;
        p = q + 1;
    }
    return 0;
}

void rf_lex_talk_tally(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits,
                       const rf_lex_hit *marks, size_t n_marks, double word_scale)
{
    rf_lex_hit own[TALK_MAX_MARKS];
    const char *lang;
    rf_talk t;
    size_t from = 0, k = 0, n_own;
    int en, question;
    memset(&sc->talk, 0, sizeof sc->talk);
    if ((double)sc->words * word_scale > TALK_MAX_WORDS || sc->corrected || sc->answered ||
        sc->n_matches > RF_SCAN_MAX_HITS ||
        sc->count_open[RF_LEX_COMPLIANCE] + sc->count_later[RF_LEX_COMPLIANCE] +
                sc->count_open[RF_LEX_CORRECTION] + sc->count_later[RF_LEX_CORRECTION] >
            0 ||
        rf_lex_list_items(norm, 0, sc->len) > 0 || long_quote(norm, sc->len))
        return;
    /* the guess rf_rules_scan makes after the scan (one per scan) */
    lang = rf_lex_scan_language(sc, norm, 1);
    if (rf_lex_risk_mixed(lang, norm, sc->len))
        return; /* a sentence and its translation: the text asked for */
    en = strcmp(lang, "en") == 0;
    if (en && !english_plain(norm, sc->len))
        return;
    n_own = rf_lex_lang_marks(lang, marks, n_marks, -1, own, sizeof own / sizeof *own);
    memset(&t, 0, sizeof t);
    while (from < sc->len) {
        size_t to = rf_lex_sentence_after(norm, sc->len, from);
        if (rf_lex_has_word(norm, from, to)) {
            talk_sent st;
            memset(&st, 0, sizeof st);
            scan_hits(hits, n_hits, &k, from, to, &st);
            scan_marks(own, n_own, from, to, &st);
            scan_bytes(norm, from, to, &st);
            /* s10-den: an English how-to step delivers, a referral ("Call
             * a helpline ...", a deflection) does not */
            st.hard |= en && !st.refer && rf_lex_step_first(norm, from, to);
            question = rf_lex_question(norm, from, to);
            if (en && !st.hard && !question)
                t.soft += (unsigned)english_sentence(&st, &t);
            if (!add_sentence(&t, &st, question) || t.n + t.questions > TALK_MAX_SENTENCES)
                return;
        }
        for (from = to; from < sc->len && norm[from] == ' '; from++)
            ;
    }
    t.checked = 1;
    t.marked = n_own > 0;
    sc->talk = t;
}
