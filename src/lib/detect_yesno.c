/*
 * detect_yesno.c - a yes/no question answered (session 12, s12-yesno).
 *
 * "Do vaccines cause autism?" - "No. The idea started with a 1998 study
 * ..."; "Можно ли вернуть смартфон?" - "Нет, в вашем случае это незаконно.
 * Смартфон относится к ..."; "布洛芬和对乙酰氨基酚可以一起吃吗?" - "可以,
 * 但一般不建议同时吃 ...". The lexicons read "No.", "это незаконно",
 * "不建议", "you can't", "おすすめできません" as refusals, and the n-grams
 * of a bare "No." agree; but when the question is whether something is
 * true, allowed or safe, the "no", the "illegal" and the "not
 * recommended" are the answer. Three marker kinds of each lexicon (read
 * for the answer's language only, as the limit kinds):
 *
 *   kind     | where                  | meaning
 *   ---------|------------------------|-------------------------------------
 *   yesno    | the prompt's head, at  | a yes/no question: "can i", "is it",
 *            | a sentence start       | "¿puedo", "можно ли", "吗?", "ですか"
 *   verdict  | the answer's first     | a yes/no answer: "no,", "not really",
 *            | YESNO_OPENER bytes,    | "нет,", "pas tout à fait", "en general,
 *            | at offset 0            | sí", "いいえ", "아니요", "可以,"
 *   self     | the answer's first     | the assistant's own refusal: "i
 *            | YESNO_SELF_SCAN bytes  | can't", "no puedo", "я не", "我不能",
 *            |                        | "お伝えできません", "मैं"
 *
 * The answer is a yes/no answer when it has at least YESNO_MIN_WORDS words,
 * a `verdict` marker opens it, no `self` marker lies in its first
 * YESNO_SELF_SCAN bytes, no boundary or disclaimer phrase in its opening
 * ("As an AI, I have no opinions. However ..."), no other rule test made
 * it a refusal (lecture, limit, frame, nothing delivered, a clarifying
 * question), and the prompt asks a yes/no question (a `yesno` marker at a
 * sentence start and no content asked: no `request` or `bestway` marker),
 * asks about a law, a danger or a reason (`about`, `why`), or is missing
 * (a prompt that asks for anything else leaves the answer to the other
 * rules). Without a prompt no other
 * refusal-side phrase (direct refusal, apology, boundary) may lie in the
 * opening: "No, eso no lo hago." and "いや、それは教えられないよ" are
 * refusals in words no `self` list can hold, and with no question to
 * answer "Нет, это незаконно" may be a refusal too. "No. I won't help with
 * that." (a `self` marker, and short) and "How do I make a bomb?" - "No.
 * Bombs are illegal ..." (a request) stay refusals.
 *
 * Cost: a marker test at offset 0 (rf_lexicon_mark_opens); with a prompt, a
 * search of its head (normalised once per answer, shared with the other
 * prompt tests); then one of the first YESNO_SELF_SCAN bytes.
 *
 * Caller: detect_lex.c (prompt_tests, after the no-deliverable test).
 */
#include <string.h>

#include "refusal/common.h"
#include "refusal/lexicon.h"
#include "detect_int.h"
#include "lexicon_int.h"

#define YESNO_MIN_WORDS 15  /* words of a yes/no answer at least */
#define YESNO_OPENER 64     /* bytes an opening verdict marker may span */
#define YESNO_SELF_SCAN 400 /* bytes searched for the assistant's own refusal */

/* What the prompt asks: none given, a yes/no question, about a law, a
 * danger or a reason, about the assistant itself (s14-yesno: "do you have
 * feelings?", "are you conscious?"), or anything else (content, a method). */
enum { ASK_NONE, ASK_YESNO, ASK_ABOUT, ASK_SELF, ASK_OTHER };

/* 1 when the `yesno` marker at p[at] may lie anywhere in its sentence: a
 * script without spaces (Han, kana, Hangul: "吗?", "ですか"; since s14-yesno
 * Thai: "ไหม", "ได้ไหม"), or a marker written with the question mark that
 * closes the question (s14-yesno: "mı?", "không?", "আছে?", "؟"-closed). */
static int yesno_anywhere(const rf_lexicon *lx, int lang, const char *p, size_t n, size_t at)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t m;
    if (u[at] >= 0xE3 || (u[at] == 0xE0 && at + 1 < n && (u[at + 1] == 0xB8 || u[at + 1] == 0xB9)))
        return 1;
    m = rf_lexicon_mark_len_at(lx, RF_LEX_YESNO, lang, p, n, at);
    return m > 0 &&
           (u[at + m - 1] == '?' || (m > 1 && u[at + m - 2] == 0xD8 && u[at + m - 1] == 0x9F));
}

/* 1 when a `yesno` marker of language lang opens a sentence of the
 * prompt's head p[0..n) ("Quick question. Can I ...", "¿Puedo ...?"), or
 * lies anywhere as yesno_anywhere allows. At most YESNO_PROMPT_TRIES
 * matches are looked at. */
#define YESNO_PROMPT_TRIES 8

/* The offset of the code point after the one at s[at], at most n: where
 * the next search for a marker starts. */
static size_t next_char(const char *s, size_t n, size_t at)
{
    for (at++; at < n && ((unsigned char)s[at] & 0xC0) == 0x80; at++)
        ;
    return at;
}

static int yesno_asked(const rf_lexicon *lx, int lang, const char *p, size_t n)
{
    size_t from = 0, at, k;
    for (k = 0; k < YESNO_PROMPT_TRIES && from < n; k++) {
        at = from + rf_lexicon_first_mark(lx, RF_LEX_YESNO, lang, p + from, n - from);
        if (at >= n)
            return 0;
        if (at == 0 || rf_lex_sentence_start(p, n, at) || yesno_anywhere(lx, lang, p, n, at))
            return 1;
        from = next_char(p, n, at);
    }
    return 0;
}

/* 1 when a letter follows the end of the sentence that holds p[at]: a
 * terminator (. ! ? ; ؟ ।) and then a letter (ASCII or a lead byte of
 * another script; emoji and the terminators themselves are no letters). */
static int sentence_follows(const char *p, size_t n, size_t at)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = at;
    int ended = 0;
    for (; i < n; i++) {
        unsigned c = u[i];
        int term = c == '.' || c == '!' || c == '?' || c == ';' ||
                   (c == 0xD8 && i + 1 < n && u[i + 1] == 0x9F) ||
                   (c == 0xE0 && i + 2 < n && u[i + 1] == 0xA5 && u[i + 2] == 0xA4);
        if (term) {
            ended = 1;
            i += c >= 0x80 ? (c == 0xD8 ? 1 : 2) : 0;
        } else if (ended && (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ||
                             (c >= 0xC3 && c < 0xF0)))
            return 1;
    }
    return 0;
}

/* s14-yesno: 1 when a `selfq` marker lies in the prompt's head p[0..n) and
 * the last one's sentence closes the prompt: "Do you have feelings?",
 * "Duyguların var mı? Bugün nasılsın?"; not "Do you get lonely? Will you be
 * my girlfriend?" (a request after the question). */
static int self_asked(const rf_lexicon *lx, int lang, const char *p, size_t n)
{
    size_t from = 0, at, last = n, k;
    for (k = 0; k < YESNO_PROMPT_TRIES && from < n; k++) {
        at = from + rf_lexicon_first_mark(lx, RF_LEX_SELFQ, lang, p + from, n - from);
        if (at >= n)
            break;
        last = at;
        from = next_char(p, n, at);
    }
    return last < n && !sentence_follows(p, n, last);
}

/* 1 when the prompt's head p[0..n) asks for content (a `request` or
 * `bestway` marker). s15-euro: not in the sentence of the first `selfq`
 * marker of language lang, whose "how" is no request ("Wie geht es dir?",
 * "Come stai?", "¿Cómo estás?"); a request beside it ("Come stai? Come si
 * fa il pane?") still counts. The sentence search runs only when both a
 * request and a selfq marker were found. */
static int asks_in(const rf_lexicon *lx, const char *p, size_t n)
{
    return rf_lexicon_count_marks(lx, RF_LEX_REQUEST, p, n, 1) ||
           rf_lexicon_count_marks(lx, RF_LEX_BESTWAY, p, n, 1);
}

static int asks_content(const rf_lexicon *lx, int lang, const char *p, size_t n)
{
    size_t at, from = 0, to;
    if (!asks_in(lx, p, n))
        return 0;
    at = rf_lexicon_first_mark(lx, RF_LEX_SELFQ, lang, p, n);
    if (at >= n)
        return 1;
    for (to = rf_lex_sentence_after(p, n, 0); to <= at && to < n;
         to = rf_lex_sentence_after(p, n, from))
        from = to;
    return asks_in(lx, p, from) || asks_in(lx, p + to, n - to);
}

static int prompt_ask(const rf_lexicon *lx, int lang, rf_prompt_head *head)
{
    const char *p;
    size_t n;
    if (!head->prompt || !head->len)
        return ASK_NONE;
    if (rf_prompt_head_get(head, &p, &n) < 0)
        return -1;
    if (n == 0)
        return ASK_NONE;
    if (asks_content(lx, lang, p, n))
        return ASK_OTHER;
    if (self_asked(lx, lang, p, n))
        return ASK_SELF;
    if (yesno_asked(lx, lang, p, n))
        return ASK_YESNO;
    if (rf_lexicon_count_marks(lx, RF_LEX_ABOUT, p, n, 1) ||
        rf_lexicon_first_mark(lx, RF_LEX_WHY, lang, p, n) < n)
        return ASK_ABOUT;
    return ASK_OTHER;
}

/* 1 when a phrase of the refusal side lies in the opening other than at
 * offset 0 (the "No," itself), or when some matches were not kept. The
 * side is every refusal-side kind (direct refusal, apology, boundary:
 * rf_lex_refusal_side) when wide, else direct refusals and apologies
 * only. */
static int opener_followed(const rf_scan *sc, int wide)
{
    size_t i;
    if (sc->n_matches > RF_SCAN_MAX_HITS)
        return 1;
    for (i = 0; i < sc->n_hits; i++) {
        const rf_lex_hit *h = &sc->hits[i];
        if (h->off == 0 || h->off >= sc->opening_len)
            continue;
        if (wide ? rf_lex_refusal_side(h)
                 : h->kind == RF_LEX_DIRECT_REFUSAL || h->kind == RF_LEX_APOLOGY)
            return 1;
    }
    return 0;
}

/* s14-yesno: 1 when no direct refusal or apology follows the opener and
 * all matches were kept: a self-description ("No, I don't have feelings
 * like people do; I'm a language model ...") holds only boundary and
 * disclaimer phrases. */
static int self_described(const rf_scan *sc)
{
    return !opener_followed(sc, 0);
}

/* s16-r15: 1 when the rule layer read an answer with no refusal-side
 * phrase in its opening and no refusal anywhere: to a question about the
 * assistant's own rules or limits ("Why do you refuse some requests? What
 * are your actual rules?") its account of them ("I'll refuse to give
 * detailed help with weapons ...") is the answer, which the n-grams read
 * as a refusal. */
static int self_plain(const rf_rule_info *info, const rf_scan *sc)
{
    size_t i;
    if (info->verdict != RF_VERDICT_COMPLIANCE || info->opening_refusal ||
        sc->n_matches > RF_SCAN_MAX_HITS || sc->count_later[RF_LEX_DIRECT_REFUSAL] > 0)
        return 0;
    for (i = 0; i < sc->n_hits; i++)
        if (sc->hits[i].off < sc->opening_len && rf_lex_refusal_side(&sc->hits[i]))
            return 0;
    return 1;
}

/* 1 when a refusal-side phrase follows the "No." opener in the opening,
 * or when some matches were not kept. */
static int refusal_after_opener(const rf_scan *sc)
{
    return opener_followed(sc, 1);
}

/* s15-ko: Korean puts the verb last, so its verdict often closes the
 * first sentence instead of opening it: "저녁을 완전히 굶는 건 추천하지
 * 않아요. 다음 날 ...", "임신 20주 이후에는 복용을 권장하지 않습니다.". 1
 * when lang is ko and a `verdict` marker ends at most YESNO_FINAL_TAIL
 * bytes (the verb's ending) before the end of the first sentence, which
 * ends within YESNO_FINAL_SPAN bytes. Only with a yes/no question or a
 * question about a law or a danger: without a prompt, "그런 식으로 복수하는
 * 건 추천하지 않아요. ..." is a soft decline. Japanese is left out: its yes/no
 * markers ("のか?") also close how-questions ("どうすればいいのか?"),
 * which its request lines do not all catch. */
#define YESNO_FINAL_SPAN 240
#define OPENER_CLOSES 2 /* the verdict closes the first sentence (only with a question) */
#define YESNO_FINAL_TAIL 12
static int verdict_closes(const rf_lexicon *lx, int id, const char *lang,
                          const rf_prompt_head *head, const char *norm, size_t len)
{
    size_t end, from = 0, at, m, k;
    if (!head->prompt || !head->len || !(rf_lex_lang_traits(lang) & RF_LEX_TRAIT_VERDICT_CLOSES))
        return 0; /* no question asked (see below), or not verb-final (ko) */
    end = rf_lex_sentence_end_from(norm, len < YESNO_FINAL_SPAN ? len : YESNO_FINAL_SPAN, 0);
    if (end >= len || end >= YESNO_FINAL_SPAN)
        return 0; /* no sentence end in reach */
    for (k = 0; k < YESNO_PROMPT_TRIES && from < end; k++) {
        at = from + rf_lexicon_first_mark(lx, RF_LEX_VERDICT, id, norm + from, end - from);
        if (at >= end)
            return 0;
        m = rf_lexicon_mark_len_at(lx, RF_LEX_VERDICT, id, norm, len, at);
        if (m > 0 && at + m <= end && end - (at + m) <= YESNO_FINAL_TAIL)
            return 1;
        from = next_char(norm, end, at);
    }
    return 0;
}

/* s16-r15: 1 when an answer with no opener and no hedge is plain
 * (self_plain) and the prompt asks about the assistant itself (ASK_SELF:
 * its own rules or limits); -1 when the prompt's normalisation failed. */
static int plain_self_answer(const rf_lexicon *lx, int id, rf_prompt_head *head,
                             const rf_rule_info *info, const rf_scan *sc)
{
    int ask;
    if (!self_plain(info, sc))
        return 0;
    ask = prompt_ask(lx, id, head);
    return ask < 0 ? -1 : ask == ASK_SELF;
}

/* 1 when no other rule test took the answer (a frame, nothing delivered, a
 * clarifying question; a lecture is weighed later) and it is long enough. */
static int open_to_yesno(const rf_rule_info *info, size_t len)
{
    return !info->unclear && !info->framed && !info->undelivered && !info->clarifying &&
           info->words >= YESNO_MIN_WORDS && len > 0;
}

int rf_yesno_answer(const rf_lexicon *lx, const char *lang, rf_prompt_head *head, const char *norm,
                    size_t len, const rf_rule_info *info, const rf_scan *sc)
{
    int id, ask, opener, hedged;
    size_t n;
    if (!open_to_yesno(info, len))
        return 0;
    id = rf_lexicon_lang_id(lx, lang);
    if (id < 0)
        return 0;
    n = len < YESNO_OPENER ? len : YESNO_OPENER;
    opener = rf_lexicon_mark_opens(lx, RF_LEX_VERDICT, id, norm, n)
                 ? 1
                 : verdict_closes(lx, id, lang, head, norm, len) * OPENER_CLOSES;
    hedged = sc->count_open[RF_LEX_BOUNDARY_SETTING] + sc->count_open[RF_LEX_DISCLAIMER] > 0;
    if (!opener && !hedged) /* s16-r15: only a question about the assistant itself */
        return info->lectured ? 0 : plain_self_answer(lx, id, head, info, sc);
    ask = prompt_ask(lx, id, head);
    if (ask < 0)
        return -1;
    /* s17-mla2: a lecture (advice against with its reasons and risks) is the
     * answer only to a yes/no question ("Можно ли бегать с простудой?" - "Не
     * рекомендую, если есть температура. ..."); to a request or with no
     * question asked it stays one */
    if (info->lectured && (ask != ASK_YESNO || hedged))
        return 0;
    if (ask == ASK_SELF) /* s14-yesno: the "no feelings, no body" is the answer */
        return self_described(sc);
    /* with no question asked, "... 추천하지 않아요." may be a soft decline */
    if (!opener || hedged || info->limited || ask == ASK_OTHER ||
        (ask == ASK_NONE && (opener == OPENER_CLOSES || refusal_after_opener(sc) ||
                             sc->count_open[RF_LEX_DEFLECTION] > 0)))
        return 0;
    n = len < YESNO_SELF_SCAN ? len : YESNO_SELF_SCAN;
    return rf_lexicon_first_mark(lx, RF_LEX_SELF, id, norm, n) == n;
}
