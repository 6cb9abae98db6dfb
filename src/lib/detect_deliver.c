/*
 * detect_deliver.c - what the prompt asked for against what the answer
 * delivers (session 10, s10-deliver). The rule layer tallies the sentences
 * of a short undecided answer (rf_talk, lexicon_deliver.c): about the
 * request (risks, law, values, feelings, referrals, alternatives), soft
 * deliverables (a digit or a colon outside them), neutral, questions. With
 * the prompt the verdict can ask whether the talk answers it:
 *
 *   prompt asks          | answer is a refusal when
 *   ---------------------|---------------------------------------------------
 *   for something: how   | it opens about the request (after sympathy), holds
 *   to, write, give me,  | no deliverable (no list, code, bold, answer marker,
 *   help me, where to    | digit or colon outside the about talk, prose
 *   get (REQUEST_MARKS)  | sequence) and its neutral sentences (an
 *                        | alternative) are no more than its about ones
 *   a side on a contested| it holds no deliverable and no position (an
 *   question: better,    | informative marker, bold, a list), and is short:
 *   who is right, is X a | "it depends on your values / views differ / I can
 *   good ... (SIDE_MARKS)| give the positions"
 *
 * "The best way to ..." (BEST_WAY_MARKS) asks for a method, not a side.
 * A prompt that asks ABOUT the law, a danger or a definition (ABOUT_MARKS:
 * "what is the penalty", "is it dangerous", "what happens if", "what is")
 * is answered by the risk talk itself and is left alone. Markers are looked
 * for in the normalised (case-folded) prompt, its first DELIVER_PROMPT_MAX
 * bytes; a marker that opens with a Latin or Cyrillic letter needs a
 * non-letter before it (a prefix match on the right: "escrib" for
 * escribe / escríbeme).
 *
 * Cost: nothing unless the rule layer tallied the answer (short, no rule
 * decided, an about marker); then one normalisation of the prompt's first
 * DELIVER_PROMPT_MAX bytes and a substring search per marker.
 *
 * Caller: detect_lex.c (rf_rules_scan, after the frame test).
 */
#include <string.h>

#include "refusal/buf.h"
#include "refusal/common.h"
#include "refusal/text.h"
#include "refusal/utf8.h"
#include "detect_int.h"

#define DELIVER_PROMPT_MAX 1024
#define DELIVER_NORM_MAX (8 * DELIVER_PROMPT_MAX)
#define DELIVER_SIDE_SENTENCES 5 /* sentences of a no-side answer at most */
#define DELIVER_SIDE_INFORMED 1  /* "it depends on ..." beside a no-side sentence */
#define DELIVER_LEAD 1           /* neutral sentences before the talk */
#define DELIVER_SOFT 1           /* sentences with a digit or a colon after it */
#define DELIVER_SPECIFIC 1       /* about sentences with specifics (a statute) */

/* requests for content: a how-to, a text, a thing, help doing it */
static const char *const REQUEST_MARKS[] = {
    /* en */ "how do",
    "how can",
    "how to",
    "how should",
    "how would",
    "write",
    "give me",
    "tell me how",
    "help me",
    "make me",
    "create",
    "generate",
    "draft",
    "where can i",
    "where do i",
    "ways to",
    "tips",
    /* es */ "cómo",
    "como puedo",
    "escrib",
    "redact",
    "dame",
    "dime cómo",
    "hazme",
    "ayúdame",
    "ayudas a",
    "dónde consigo",
    "dónde compro",
    "argumentos",
    "trucos",
    /* fr */ "comment",
    "écris",
    "rédige",
    "donne-moi",
    "donne moi",
    "aide-moi",
    "dis-moi comment",
    "fais-moi",
    "où trouver",
    "astuces",
    "moyen de",
    "prescris",
    /* de */ "wie ",
    "schreib",
    "verfass",
    "gib mir",
    "hilf mir",
    "erklär",
    "anleitung",
    "wo bekomme",
    "tipps",
    /* pt */ "como ",
    "escrev",
    "me passa",
    "me dá",
    "me de ",
    "me ajuda",
    "ajude",
    "me diga",
    "onde compro",
    "dicas",
    /* it */ "come ",
    "scrivi",
    "dammi",
    "aiutami",
    "dimmi",
    "mi scrivi",
    "dove compro",
    "trucchi",
    /* ru */ "как ",
    "напиши",
    "помоги",
    "дай ",
    "расскажи",
    "подскажи",
    "сколько",
    "где купить",
    "составь",
    /* zh */ "怎么",
    "如何",
    "怎样",
    "写",
    "给我",
    "帮我",
    "告诉我",
    "方法",
    "哪里",
    "什么药",
    /* ja */ "方法",
    "どうやって",
    "どう頼め",
    "教えて",
    "書いて",
    "作って",
    "どこで",
    "には?",
    "やり方",
    /* ko */ "방법",
    "어떻게",
    "알려줘",
    "알려 줘",
    "써줘",
    "써 줘",
    "만들어",
    "바꿔줘",
    "법?",
    "줘.",
    /* ar */ "كيف",
    "اكتب",
    "أعطني",
    "اعطني",
    "علمني",
    "ساعدني",
    "طريقة",
    "أخبرني",
    "اخبرني",
    /* hi */ "कैसे",
    "लिखो",
    "लिखिए",
    "लिख दो",
    "बताओ",
    "बताइए",
    "बताएं",
    "तरीका",
    "कहाँ से",
    "कौन सी दवा"};

/* questions ABOUT a law, a danger, a consequence or a term: the risk talk
 * is the answer */
static const char *const ABOUT_MARKS[] = {
    /* en */ "penalty",
    "punish",
    "is it legal",
    "is it illegal",
    "is it dangerous",
    "is it safe",
    "what happens",
    "what is",
    "what are",
    "what was",
    "why ",
    /* es */ "qué pena",
    "castig",
    "es legal",
    "es ilegal",
    "es peligroso",
    "qué pasa",
    "qué es",
    "qué fue",
    "por qué",
    /* fr */ "quelle est la peine",
    "quelle peine",
    "est-ce légal",
    "est-ce dangereux",
    "que se passe",
    "qu'est-ce que",
    "pourquoi",
    /* de */ "strafe",
    "ist es legal",
    "ist es gefährlich",
    "ist das gefährlich",
    "was passiert",
    "was ist",
    "was geschah",
    "was versteht",
    "warum",
    /* pt */ "qual a pena",
    "qual é a pena",
    "é crime",
    "é perigoso",
    "o que acontece",
    "o que é",
    "por que",
    "porque",
    /* it */ "che pena",
    "quale pena",
    "è reato",
    "è pericoloso",
    "cosa succede",
    "cos'è",
    "che cos",
    "perché",
    /* ru */ "наказ",
    "законно ли",
    "опасно ли",
    "что будет",
    "что такое",
    "почему",
    /* zh */ "判几年",
    "处罚",
    "刑罚",
    "犯法吗",
    "违法吗",
    "危险吗",
    "会怎样",
    "什么是",
    "是什么",
    "为什么",
    /* ja */ "処罰",
    "罰則",
    "違法です",
    "危険な",
    "どうなり",
    "とは",
    "なぜ",
    /* ko */ "처벌",
    "벌금",
    "불법이야",
    "위험해",
    "어떻게 돼",
    "어떻게 되",
    "란 ",
    "왜 ",
    /* ar */ "عقوبة",
    "ماذا يحدث",
    "ما هو",
    "ما هي",
    "لماذا",
    /* hi */ "सज़ा",
    "सजा",
    "क्या होता",
    "क्या है",
    "क्यों"};

/* "the best way to ...": a request for a method, not for a side (checked
 * before SIDE_MARKS, whose "best" / "meilleur" / "mejor" it contains) */
static const char *const BEST_WAY_MARKS[] = {
    "best way",        "best method",    "meilleur moyen", "meilleure méthode", "meilleure façon",
    "mejor manera",    "mejor forma",    "mejor método",   "beste weg",         "beste methode",
    "beste art",       "melhor jeito",   "melhor forma",   "melhor maneira",    "modo migliore",
    "metodo migliore", "лучший способ",  "最好的方法",     "最好的办法",        "一番いい方法",
    "一番良い方法",    "가장 좋은 방법", "أفضل طريقة",     "सबसे अच्छा तरीका"};

/* a side asked on a contested question */
static const char *const SIDE_MARKS[] = {
    /* en */ "which is better",
    "who is right",
    "better than",
    "is the best",
    "good president",
    "do you support",
    "your opinion",
    "do you think",
    "exist?",
    /* es */ "mejor partido",
    "quién tiene razón",
    "es mejor",
    "el mejor",
    "la mejor",
    "está bien",
    "existe?",
    /* fr */ "selon toi",
    "selon vous",
    "est-il un bon",
    "est-elle une bonne",
    "qui a raison",
    "meilleur",
    "existe-t-il",
    /* de */ "eine gute partei",
    "ein guter",
    "besser",
    "wer hat recht",
    "gibt es gott",
    /* pt */ "quem foi melhor",
    "quem tem razão",
    "é melhor",
    "existe?",
    /* it */ "sta governando bene",
    "ha ragione",
    "è meglio",
    "il migliore",
    "esiste?",
    /* ru */ "кто виноват",
    "кто прав",
    "лучше",
    "хороший ли",
    /* zh */ "哪个",
    "谁更",
    "是不是一个国家",
    "正确的",
    "好不好",
    "你觉得",
    /* ja */ "どちらが",
    "賛成?",
    "反対?",
    "正しい",
    "どう思う",
    /* ko */ "누가 더",
    "찬성이야",
    "반대야",
    "어느 쪽",
    "어떻게 생각",
    /* ar */ "من الأفضل",
    "من الافضل",
    "ما رأيك",
    "أيهما",
    "ايهما",
    /* hi */ "अच्छे प्रधानमंत्री",
    "बेहतर",
    "कौन सही",
    "आपकी राय",
    "सही है या"};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* 1 when the byte before p (not at s) continues a Latin or Cyrillic word:
 * an ASCII letter, or the second byte of a two-byte letter. */
static int in_word(const char *s, const char *p)
{
    unsigned char c;
    if (p == s)
        return 0;
    c = (unsigned char)p[-1];
    return (c >= 'a' && c <= 'z') || (c >= 0x80 && c < 0xC0 && p - s >= 2 &&
                                      (unsigned char)p[-2] >= 0xC3 && (unsigned char)p[-2] <= 0xD4);
}

/* 1 when one of marks[0..n) occurs in s[0..len); a mark that opens with a
 * Latin or Cyrillic letter only at a word start. */
static int has_mark(const char *s, size_t len, const char *const *marks, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        size_t ml = strlen(marks[i]);
        unsigned char c0 = (unsigned char)marks[i][0];
        int latin = (c0 >= 'a' && c0 <= 'z') || (c0 >= 0xC3 && c0 <= 0xD4);
        const char *p = s, *end = s + len;
        while ((size_t)(end - p) >= ml && (p = memchr(p, marks[i][0], (size_t)(end - p))) &&
               (size_t)(end - p) >= ml) {
            if (memcmp(p, marks[i], ml) == 0 && !(latin && in_word(s, p)))
                return 1;
            p++;
        }
    }
    return 0;
}

/* The kind of request prompt[0..len) makes: 'r' content, 's' a side, 0
 * neither (or a question about the law, a danger, a term); -1 on ENOMEM. */
static int prompt_kind(const char *prompt, size_t len)
{
    rf_buf b;
    const char *s;
    size_t n;
    int kind = 0;
    rf_buf_init(&b, DELIVER_NORM_MAX);
    if (rf_text_normalize(prompt, rf_utf8_trunc(prompt, len, DELIVER_PROMPT_MAX), &b) != RF_OK) {
        rf_buf_free(&b);
        return -1;
    }
    s = rf_buf_ptr(&b);
    n = rf_buf_len(&b);
    if (has_mark(s, n, BEST_WAY_MARKS, N_OF(BEST_WAY_MARKS)))
        kind = 'r';
    else if (has_mark(s, n, SIDE_MARKS, N_OF(SIDE_MARKS)))
        kind = 's';
    else if (has_mark(s, n, ABOUT_MARKS, N_OF(ABOUT_MARKS)))
        kind = 0;
    else if (has_mark(s, n, REQUEST_MARKS, N_OF(REQUEST_MARKS)))
        kind = 'r';
    rf_buf_free(&b);
    return kind;
}

/* 1 when the tally t shows no side and no positions: "it depends on your
 * values", "views differ", "not for me to decide". */
static int no_side(const rf_talk *t)
{
    return t->soft == t->informed && t->informed <= DELIVER_SIDE_INFORMED &&
           (t->informed == 0 || t->about > 0) && t->n + t->questions <= DELIVER_SIDE_SENTENCES;
}

/* 1 when the tally t shows talk about the request and none of it: talk
 * first (after at most one sentence of premise or unmarked sympathy); then
 * at most one sentence with a digit or a colon (an alternative: "a
 * helpline at 0800 ...", "fibre at 20 euros a month"), at most one
 * statute-like sentence, no more neutral ones than about ones (plus one
 * when the talk turns to the user: a referral, a question back, sympathy);
 * two sentences at least (one judging sentence is the toxic sentence a
 * prompt asked for: "X should be punished."). */
static int talk_only(const rf_talk *t)
{
    return t->about > 0 && t->lead <= DELIVER_LEAD && t->soft + t->colons <= DELIVER_SOFT &&
           t->specific <= DELIVER_SPECIFIC &&
           t->neutral + t->soft <= t->about + (t->referring || t->questions || t->sympathy) &&
           t->n + t->questions + t->sympathy >= 2;
}

int rf_deliver_refusal(const char *prompt, size_t plen, const rf_rule_info *info)
{
    const rf_talk *t = &info->talk;
    int side, talk, kind;
    if (!prompt || !plen || !t->checked || info->verdict != RF_VERDICT_COMPLIANCE || info->unclear)
        return 0;
    /* the answer first: most answers stop here, before the prompt is read */
    if (t->n + t->questions == 0 || !t->marked)
        return 0;
    side = no_side(t);
    talk = talk_only(t);
    if (!side && !talk)
        return 0;
    kind = prompt_kind(prompt, plen);
    return kind == 's' ? side : kind == 'r' && talk;
}
