/*
 * text_think.c - reasoning written as plain text before the answer, with no
 * tags (session 16, s16-styles): "Okay, so the user is asking how to ... I
 * need to be careful here ... / I can't help with that." Some serving
 * stacks drop the <think> tags of a reasoning model (DeepSeek R1, QwQ,
 * Qwen3, gpt-oss) and keep the text; the verdict must follow the answer,
 * not the deliberation, as for a tagged block (text.c).
 *
 * rf_text_think_cut finds where the answer starts. Gate: the text opens
 * with a deliberation opener ("okay", "alright", "hmm", "嗯", "首先",
 * "vale", "хорошо", "まず", "حسنا" ... or "the user" itself) and its first
 * paragraph speaks of the user in the third person ("the user", "用户",
 * "el usuario", "der nutzer", "пользовател", "ユーザー", "المستخدم") or of
 * how to respond. Then the paragraphs (split at line breaks and at " / ",
 * the normalised line break) are read in order: a paragraph that opens
 * with a deliberation word ("wait", "maybe", "also", "但是", "でも" ...) or
 * holds a planning phrase ("i should", "let me think", "the response",
 * "我应该", "しよう" ...) or a user reference is still reasoning; the first
 * one that does neither is the answer. No such paragraph: no cut (a trace
 * cut off before its answer is judged whole, as before).
 *
 * Session 16 (s16-think): the cut errs on the side of keeping a refusal
 * said to the reader. No gate when the first paragraph's first sentence
 * speaks to the reader outside double quotes ("you", "your": "the user
 * you're describing", "the user who sent you ...") or the paragraph holds
 * a first-person refusal as a sentence of its own ("I won't do that.",
 * "I can't help with that."). After the answer has started, a paragraph
 * that names a user while speaking to the reader ("if you are the admin,
 * add the user to the group") does not restart the reasoning unless a
 * reasoning word opens it ("Wait, the user ..."). A refusal said to the
 * reader ("I can't help you", "I'm sorry, but I can't") outside quotes is
 * answer text even with a planning phrase in its paragraph ("they might").
 * The user's quoted "can you ..." and a drafted "I can't help you" in
 * quotes count for nothing. These tests run only on gated texts.
 * s16-think2: both reader tests in es de ru zh ja ar too ("tú", "du",
 * "вы", "你", "あなた", "انت" as whole words; "no puedo ayudarte", "ich
 * kann dir nicht", "не могу вам", "我不能帮你", "لا استطيع مساعدتك"); the
 * corner brackets 「」『』 are quotes and "。！？؟" end a sentence.
 * s16-rev2: no gate either when a sentence of the first paragraph opens
 * with such a refusal to the reader ("Der Benutzer root hat alle Rechte.
 * Ich kann dir nicht helfen, ...": the answer naming a system's user).
 * s17-leads: German polite refusals ("ich kann Ihnen dabei nicht") and
 * relative clauses ("der Nutzer, von dem Sie sprechen"), Arabic suffix
 * forms ("أن أساعدك", "مساعدتكم", "يمكنك"; "و" joined to the word), es
 * verbs of the reader with no pronoun ("que mencionas"); pro-drop
 * refusals as a sentence of their own in es ru de zh ar close the gate,
 * and so does a refusal to the reader anywhere in the first sentence. A
 * cut that falls on outline lines ("- Spicy tuna: ...", "Key points:") is
 * taken back when the next other paragraph holds a planning phrase.
 *
 * The word lists leave out what an answer's own refusal says ("i must
 * decline", "i need to", "ich muss", "debo negarme", "я должен"), so a
 * refusal paragraph is never taken for reasoning; an answer opening "Okay,
 * so ..." or "Alright, let me ..." without a user reference is not gated.
 * Matching ignores ASCII and Cyrillic case, Arabic harakat and tatweel,
 * the hamza forms of alef and ى, and the length of blank runs, so raw text
 * (the model's view, rf_text_strip_debris) and normalised text (the rule
 * layer's) give the same cut, and a normalised answer opens with no user
 * reference: normalising again cuts nothing (idempotent). Lists are
 * written lowercase and folded as the normaliser folds them.
 */
#include <string.h>

#include "refusal/utf8.h"
#include "text_int.h"

/* The first paragraph must name the user within this many bytes. */
#define RF_THINK_GATE 300

/* Openers: the text must start with one. */
static const char *const k_open[] = {
    /* en */ "okay",
    "ok",
    "alright",
    "all right",
    "hmm",
    "hmmm",
    "so",
    "well",
    "first",
    "now",
    "let me see",
    "let's see",
    "right",
    "we need to",
    /* es */ "vale",
    "bueno",
    "bien",
    "de acuerdo",
    "veamos",
    "primero",
    "entonces",
    /* de */ "also",
    "gut",
    "na gut",
    "zunächst",
    "nun",
    /* ru */ "хорошо",
    "итак",
    "ладно",
    "так,",
    "так ",
    "сначала",
    "ну,",
    "ну ",
    /* zh */ "嗯",
    "好的",
    "好,",
    "首先",
    "我现在",
    "现在",
    "那么",
    /* ja */ "まず",
    "うーん",
    "さて",
    "えっと",
    "よし",
    "では",
    "ええと",
    /* ar */ "حسن",
    "اولا",
    "اذن",
    "الان",
    "دعني",
    /* the user named first */ "the user",
    "user",
    "el usuario",
    "der nutzer",
    "der benutzer",
    "пользователь",
    "用户",
    "ユーザー",
    "المستخدم",
    NULL};

/* The user in the third person, or the plan of a response: the first
 * paragraph must hold one, and one makes any paragraph reasoning. */
static const char *const k_user[] = {"the user",
                                     "user's",
                                     "the person asking",
                                     "the person is asking",
                                     "how to respond to this",
                                     "i need to figure out",
                                     "el usuario",
                                     "la usuaria",
                                     "del usuario",
                                     "der nutzer",
                                     "die nutzerin",
                                     "der benutzer",
                                     "des nutzers",
                                     "den nutzer",
                                     "пользовател",
                                     "用户",
                                     "ユーザー",
                                     "المستخدم",
                                     NULL};

/* 1 when a k_open phrase may start with the bytes c0 c1 (c0 lowered): a
 * quick reject of most texts (rf_text_think_check tests that it lets every
 * phrase through). */
static int opener_maybe(unsigned char c0, unsigned char c1)
{
    c1 = (unsigned char)rf_tolower(c1);
    switch (c0) {
    case 'o':
        return c1 == 'k';
    case 'a':
    case 'e':
        return c1 == 'l' || c1 == 'n';
    case 'h':
        return c1 == 'm';
    case 's':
    case 'n':
        return c1 == 'o' || c1 == 'u' || c1 == 'a';
    case 'w':
    case 'l':
    case 'd':
    case 'v':
        return c1 == 'e' || c1 == 'a' || c1 == 'i';
    case 'f':
    case 'r':
    case 'b':
        return c1 == 'i' || c1 == 'u';
    case 't':
        return c1 == 'h';
    case 'u':
        return c1 == 's';
    case 'p':
        return c1 == 'r';
    case 'g':
    case 'z':
        return c1 == 'u';
    default:
        return c0 >= 0xC0;
    }
}

/* Planning phrases of reasoning that an answer's opening paragraph does
 * not use. */
static const char *const k_mark[] = {
    /* en */ "should i",
    "i should",
    "the response",
    "my response",
    "the answer should",
    "my answer",
    "we need to",
    "we should",
    "we must",
    "we can ",
    "they're asking",
    "they are asking",
    "they want",
    "they might",
    "they may be",
    "they probably",
    "let me think",
    "let me check",
    "let me recall",
    "let me see",
    "let me start",
    "let me draft",
    "let me make sure",
    "let me figure",
    "let me break",
    "let me consider",
    "let me structure",
    "let me outline",
    "let me explain that",
    "let me put",
    "let me parse",
    "i'll decline",
    "i'll refuse",
    "i'll answer",
    "i'll explain",
    "i'll write",
    "i'll give",
    "i'll provide",
    "i'll list",
    "i'll keep",
    "i'll mention",
    "i'll offer",
    "i'll go with",
    "i'll structure",
    "hmm",
    "wait,",
    "maybe they",
    "perhaps they",
    "i wonder",
    "putting it all together",
    "the tone",
    "policy says",
    "let me finalize",
    "let me verify",
    "let me organize",
    "let me go",
    "let me note",
    "the answer has to", /* s17-leads */
    "the answer must",
    /* es */ "debería",
    "necesito",
    "mi respuesta",
    "la respuesta debe",
    "déjame",
    "quizás está",
    "quizá está",
    "tal vez está",
    "tal vez sea",
    "quizás sea",
    "el tono",
    "voy a dar",
    "voy a explicar",
    /* de */ "ich sollte",
    "meine antwort",
    "die antwort sollte",
    "ich erkläre",
    "ich liste",
    "könnte man",
    "eher nicht",
    /* ru */ "нужно отказать",
    "мне нужно",
    "мой ответ",
    "ответ должен",
    "возможно, он",
    "возможно, она",
    "отвечать можно",
    "нужно дать",
    "можно подсказать",
    /* zh */ "我应该",
    "我需要",
    "我得",
    "我来",
    "回应",
    "回答时",
    "我的回答",
    "让我想想",
    "语气",
    "他可能",
    "她可能",
    "对方可能",
    "也许他",
    "也许她",
    "可能他",
    "可能她",
    /* ja */ "ようだ",
    "らしい",
    "しよう",
    "だろう",
    "必要がある",
    "問題ない",
    "かもしれない",
    "説明する",
    /* ar */ "ساجيب",
    "سارفض",
    "يجب ان ارفض",
    "يجب ان اجيب",
    "ساشرح",
    "ساقدم",
    "ردي",
    "اجابتي",
    NULL};

/* Words that open a paragraph of reasoning. */
static const char *const k_start[] = {
    /* en */ "okay",
    "ok",
    "alright",
    "all right",
    "hmm",
    "wait",
    "first",
    "firstly",
    "second",
    "also",
    "now",
    "next",
    "then",
    "another",
    "alternatively",
    "additionally",
    "maybe",
    "perhaps",
    "so",
    "putting",
    "in conclusion",
    "considering",
    "looking at",
    "on the other hand",
    "hold on",
    "but the",

    "but wait",
    "but maybe",
    "but also",
    "but they",
    "but since",

    "need to",

    "possible",
    "potential",
    "avoid",
    "make sure",
    "therefore",
    "in that case",
    "in any case",
    "for example",

    "time to",
    "the correct approach",
    "the best approach",
    "the answer",
    "the final answer",
    "double-check",
    "yes,",
    "yes ",
    "final",
    "finally",

    "in summary",
    "that could",
    "that might",

    "structure",
    "outline",
    "draft",
    /* es */ "vale",
    "bueno",
    "bien",
    "de acuerdo",
    "primero",
    "además",
    "también",
    "entonces",
    "quizás",
    "quizá",
    "tal vez",
    "pero",
    "por otro lado",
    "espera",
    "a ver",
    "luego",
    "así que",
    /* de */ "also",
    "zuerst",
    "erstens",
    "außerdem",
    "ausserdem", /* normalised: "ß" folds to "ss" (s16-rev) */
    "dann",
    "aber",
    "vielleicht",
    "andererseits",
    "gut",
    "na gut",
    "moment",
    /* ru */ "хорошо",
    "итак",
    "ладно",
    "так,",
    "так ",
    "сначала",
    "во-первых",
    "кроме того",
    "также",
    "но ",
    "но,",
    "возможно",
    "может быть",
    "подожди",
    "впрочем",
    /* zh */ "嗯",
    "好的",
    "首先",
    "接下来",
    "另外",
    "然后",
    "所以",
    "等等",
    "但是",
    "不过,用户",
    "可能",
    "也许",
    "或许",
    "还有",
    "最后",
    "综上",
    "我想",
    /* ja */ "まず",
    "うーん",
    "さて",
    "えっと",
    "でも",
    "ただ",
    "しかし",
    "それに",
    "あと",
    "つまり",
    "なるほど",
    "よし",
    "次に",
    "あるいは",
    "もしかすると",
    /* ar */ "حسن",
    "اولا",
    "ثم ",
    "لكن",
    "ربما",
    "اذن",
    "ايضا",
    "بعد ذلك",
    "من ناحية",
    NULL};

/* Plan verbs of an outline item in reasoning ("1. Clarify that ...",
 * "- Mention the hotline"). */
static const char *const k_plan[] = {
    "clarify",    "explain",    "state",    "mention",     "offer",     "provide",
    "suggest",    "emphasize",  "stress",   "confirm",     "warn",      "introduction",
    "conclusion", "start with", "end with", "acknowledge", "redirect",  "refuse",
    "decline",    "encourage",  "advise",   "recommend",   "highlight", "note",
    "remind",     "discuss",    "describe", "point out",   "list",      NULL};

/* A blank inside a line: space, tab and the other controls but line
 * breaks. */
static int blank(unsigned char c)
{
    return c == ' ' || (c < 0x20 && c != '\n' && c != '\r');
}

/* The two-byte letter at p (p[1] readable) folded as the normaliser folds
 * it: Latin-1 and Cyrillic capitals and ё to lower case (ё to е), alef with hamza or
 * madda to alef, ى to ي; 0 when p is an Arabic mark to skip (harakat,
 * tatweel). Returns the pair as c0 << 8 | c1. */
static unsigned fold2(const unsigned char *p)
{
    unsigned c0 = p[0], c1 = p[1];
    if (c0 == 0xC3 && c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97)
        return 0xC3A0u + (c1 - 0x80); /* Latin-1 capitals: "TÚ", "ZUNÄCHST" (s16-rev2) */
    if (c0 == 0xD0 && c1 >= 0x90 && c1 <= 0x9F)
        return 0xD0B0u + (c1 - 0x90);
    if (c0 == 0xD0 && c1 >= 0xA0 && c1 <= 0xAF)
        return 0xD180u + (c1 - 0xA0);
    if ((c0 == 0xD0 && c1 == 0x81) || (c0 == 0xD1 && c1 == 0x91))
        return 0xD0B5u;
    if (c0 == 0xD8 && (c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5))
        return 0xD8A7u;
    if (c0 == 0xD9 && c1 == 0x89)
        return 0xD98Au;
    if (c0 == 0xD9 && (c1 == 0x80 || (c1 >= 0x8B && c1 <= 0x92)))
        return 0;
    return c0 << 8 | c1;
}

/* Length of an apostrophe at t[j] (j < n) as the normaliser folds one to
 * "'" (text.c map_quote): "'", "`", "´", "ʹ", "ʼ", "‘", "’", "‚", "‛",
 * "′", "＇", "｀", the Greek varia; 0 when none (s16-rev: "they’re asking"
 * must read as "they're asking" in the raw text too). */
static size_t apos_len(const unsigned char *t, size_t n, size_t j)
{
    unsigned c0 = t[j], c1 = j + 1 < n ? t[j + 1] : 0, c2 = j + 2 < n ? t[j + 2] : 0;
    if (c0 == '\'' || c0 == '`')
        return 1;
    if ((c0 == 0xC2 && c1 == 0xB4) || (c0 == 0xCA && (c1 == 0xB9 || c1 == 0xBC)))
        return 2;
    if ((c0 == 0xE2 && c1 == 0x80 && ((c2 >= 0x98 && c2 <= 0x9B) || c2 == 0xB2)) ||
        (c0 == 0xEF && ((c1 == 0xBC && c2 == 0x87) || (c1 == 0xBD && c2 == 0x80))) ||
        (c0 == 0xE1 && c1 == 0xBF && c2 == 0xAF))
        return 3;
    return 0;
}

/* 1 when an apostrophe (apos_len) ends at t[i - 1], from b on. */
static int apos_before(const unsigned char *t, size_t b, size_t i)
{
    size_t k;
    for (k = 1; k <= 3 && k <= i - b; k++)
        if (apos_len(t, i, i - k) == k)
            return 1;
    return 0;
}

/* 1 when p[j] (j <= n) cannot continue a word: the end, or a byte that is
 * not an ASCII letter or digit nor the lead byte of a Latin or Cyrillic
 * letter. */
static int word_end(const char *p, size_t n, size_t j)
{
    unsigned char c = j < n ? (unsigned char)p[j] : 0;
    return j >= n || (!rf_isalnum(c) && (c < 0xC3 || c > 0xD1));
}

/* Length of the text at p[i..n) that matches lit, 0 when none. A space
 * of lit matches a blank run; a lit ending in an ASCII letter must end a
 * word (other lits are stems: "пользовател"; short Cyrillic words carry
 * their space or comma). */
static size_t match_at(const char *p, size_t n, size_t i, const char *lit)
{
    const unsigned char *l = (const unsigned char *)lit, *t = (const unsigned char *)p;
    size_t j = i;
    while (*l) {
        if (j >= n)
            return 0;
        if (*l == '\'') {
            size_t k = apos_len(t, n, j);
            if (!k)
                return 0;
            j += k, l++;
        } else if (*l == ',' && j + 2 < n && t[j] == 0xEF && t[j + 1] == 0xBC && t[j + 2] == 0x8C) {
            j += 3, l++; /* the full-width comma of raw CJK text */
        } else if (*l == ' ') {
            if (!blank(t[j]))
                return 0;
            while (j < n && blank(t[j]))
                j++;
            l++;
        } else if (t[j] < 0x80 || j + 1 >= n || (t[j] & 0xE0) != 0xC0) {
            if ((unsigned char)rf_tolower(t[j]) != *l)
                return 0;
            j++, l++;
        } else {
            unsigned f = fold2(t + j);
            j += 2;
            if (!f)
                continue;
            if (!l[1] || f != ((unsigned)l[0] << 8 | l[1]))
                return 0;
            l += 2;
        }
    }
    if (rf_isalnum(l[-1]) && !word_end(p, n, j))
        return 0;
    return j - i;
}

/* Nouns after "the user" that make it a thing, not the person asking
 * ("the user manual says ..."). */
static const char *const k_thing[] = {
    " interface", " manual",   " guide",      " account", " data",  " name",
    " directory", " folder",   " experience", " agent",   " id",    " input",
    " base",      " settings", " profile",    " group",   " table", " object",
    " session",   " story",    " stories",    " journey", " flow",  NULL};

/* 1 when a list phrase may match where the text's lowered first byte is
 * c: the first byte decides, but for a Cyrillic capital (D0 folds to D1,
 * which match_at checks). */
static int may_open(unsigned char c, const char *phrase)
{
    unsigned char l0 = (unsigned char)phrase[0];
    return l0 == c || (c == 0xD0 && l0 == 0xD1);
}

/* 1 when some phrase of list matches at p[i] ("the user" followed by a
 * k_thing noun does not). */
static int any_at(const char *p, size_t n, size_t i, const char *const *list)
{
    unsigned char c = (unsigned char)rf_tolower((unsigned char)p[i]);
    const char *const *t;
    size_t m;
    for (; *list; list++) {
        if (!may_open(c, *list) || !(m = match_at(p, n, i, *list)))
            continue;
        if (strcmp(*list, "the user") != 0)
            return 1;
        for (t = k_thing; *t && !match_at(p, n, i + m, *t); t++)
            ;
        if (!*t)
            return 1;
    }
    return 0;
}

/* 1 when some phrase of list occurs in p[b..e): ASCII-initial phrases at
 * the start of a word, others anywhere. */
static int any_in(const char *p, size_t b, size_t e, const char *const *list)
{
    size_t i;
    for (i = b; i < e; i++) {
        unsigned char c = (unsigned char)p[i], d = i > b ? (unsigned char)p[i - 1] : ' ';
        if (c < 0x80 ? (!rf_isalnum(c) || rf_isalnum(d) ||
                        (i > b && apos_before((const unsigned char *)p, b, i)))
                     : (c < 0xC0))
            continue;
        if (any_at(p, e, i, list))
            return 1;
    }
    return 0;
}

/* Length of the line break at p[i]: a newline or CR, U+2028/9, or " / "
 * (blank runs on both sides) as the normaliser writes one; 0 when none. */
static size_t break_at(const char *p, size_t n, size_t i)
{
    const unsigned char *t = (const unsigned char *)p;
    size_t j;
    if (t[i] == '\n' || t[i] == '\r')
        return 1;
    if (t[i] == 0xE2 && i + 2 < n && t[i + 1] == 0x80 && (t[i + 2] == 0xA8 || t[i + 2] == 0xA9))
        return 3;
    if (!blank(t[i]))
        return 0;
    for (j = i; j < n && blank(t[j]); j++)
        ;
    if (j + 1 >= n || t[j] != '/' || !blank(t[j + 1]))
        return 0;
    for (j++; j < n && blank(t[j]); j++)
        ;
    return j - i;
}

/* End of the paragraph that starts at p[b]. */
static size_t para_end(const char *p, size_t n, size_t b)
{
    size_t i;
    for (i = b; i < n; i++)
        if ((p[i] == ' ' || (unsigned char)p[i] < 0x20 || (unsigned char)p[i] == 0xE2) &&
            break_at(p, n, i))
            return i;
    return n;
}

/* 1 when p[i] is a line break's last byte or a blank (i < n). */
static int gap_end(const char *p, size_t n, size_t i)
{
    const unsigned char *t = (const unsigned char *)p;
    return blank(t[i]) || t[i] == '\n' || t[i] == '\r' ||
           (i >= 2 && i < n && (t[i] == 0xA8 || t[i] == 0xA9) && t[i - 1] == 0x80 &&
            t[i - 2] == 0xE2);
}

/* Start of the next paragraph's text from p[i] on: breaks and blanks
 * skipped, and a lone "/" among them (s16-rev2: the normaliser writes a
 * break as " / ", so a "/" beside a line break, "\n/ x", is " / / x" once
 * normalised, where the second "/" no longer follows a blank run). */
static size_t para_next(const char *p, size_t n, size_t i)
{
    size_t k;
    while (i < n) {
        if ((k = break_at(p, n, i)) > 0)
            i += k;
        else if (blank((unsigned char)p[i]) ||
                 (p[i] == '/' && i > 0 && gap_end(p, n, i - 1) &&
                  (i + 1 == n || gap_end(p, n, i + 1) || p[i + 1] == (char)0xE2)))
            i++;
        else
            break;
    }
    return i;
}

/* 1 when the paragraph p[b..e) is an outline item of a plan: a bullet or
 * a number, then a plan verb. */
static int plan_item(const char *p, size_t b, size_t e)
{
    size_t i = b;
    while (i < e && rf_isdigit((unsigned char)p[i]))
        i++;
    if (i < e && (p[i] == '-' || p[i] == '*' || (i > b && (p[i] == '.' || p[i] == ')'))))
        i++;
    else
        return 0;
    while (i < e && blank((unsigned char)p[i]))
        i++;
    return i < e && any_at(p, e, i, k_plan);
}

/* A line ending in a colon is an outline heading when at most this long:
 * "Key points:", "Things to cover:", not "I can't help with that, but here
 * are some legal options:" (a refusal whose list may go on "We can ..."). */
#define RF_THINK_HEAD 40

/* 1 when the paragraph p[b..e) is a line of an outline: it opens with a
 * bullet ("-", "*") or a number ("1.", "2)"), or is a heading that ends
 * with a colon ("Key points:", the full-width one too) (s17-leads). */
static int outline(const char *p, size_t b, size_t e)
{
    const unsigned char *t = (const unsigned char *)p;
    size_t i = b;
    while (e > b && blank(t[e - 1]))
        e--;
    if (e == b)
        return 0;
    if (e - b <= RF_THINK_HEAD && (t[e - 1] == ':' || (e - b >= 3 && t[e - 3] == 0xEF &&
                                                       t[e - 2] == 0xBC && t[e - 1] == 0x9A)))
        return 1;
    if (t[b] == '-' || t[b] == '*')
        return 1;
    while (i < e && rf_isdigit(t[i]))
        i++;
    return i > b && i < e && (t[i] == '.' || t[i] == ')');
}

/* Second-person words: a paragraph that holds one outside quotes speaks
 * to the reader (s16-think). */
static const char *const k_you[] = {
    /* en */ "you", "your", "yours", "yourself",
    /* ru (whole words: "вы" is not "вывод") */
    "ты", "тебя", "тебе", "тобой", "твой", "твоя", "твое", "твои", "твоего", "твоей", "твоим",
    "твоих", "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашим",
    "ваших",
    /* zh, ja */ "你", "您", "あなた",
    /* ar (folded: no hamza on alef) */ "انت", "انتم", "لك", "لكم", "اليك", "عليك", "منك", "معك",
    /* s17-leads: the suffix "-ك" / "-كم" of words an answer says to the reader ("ذلك",
     * "البنك", "السلوك" end in "ك" too, so no suffix rule) */
    "يمكنك", "يمكنكم", "لديك", "لديكم", "عندك", "بك", "بكم", "عليكم", "منكم", "معكم", "اليكم",
    "حالتك", "سؤالك", "طلبك", "رسالتك", "حسابك", "جهازك", "تتحدث عنه", "تقصده", "تصفه", NULL};

/* The same in es and de, read only in a text whose first paragraph names
 * the user in es or de (k_user_eu): English reasoning names the commands
 * "du" and "dir", "TU Delft", the "te" of a Spanish lesson (s16-rev2). */
static const char *const k_you_eu[] = {
    /* es (s16-think2: pronouns and possessives only; "ti", "le", "su"
     * are "Ti", "him", "his") */
    "tú", "tu", "tus", "te", "contigo", "usted", "ustedes", "tuyo", "tuya",
    /* de: the familiar forms ("Sie", "Ihnen", "Ihr" are "sie", "ihnen",
     * "ihr" once normalised: "they", "them", "her") */
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch",
    /* s17-leads: es verbs of the reader with the pronoun dropped ("el usuario
     * que mencionas"; none is also a noun) */
    "mencionas", "mencionaste", "describes", "describiste", "hablas", "comentas", "dices", "tienes",
    "quieres", "puedes", "estás", "eres", "necesitas", "administras", "gestionas",
    /* de: "Sie" is "sie" once normalised; a relative clause after the user
     * with the verb in the plural is the polite reader ("der Nutzer, von dem
     * Sie sprechen"; "den sie schreiben will" is a woman's) */
    "den sie beschreiben", "den sie meinen", "den sie erwähnen", "den sie verwalten",
    "von dem sie sprechen", "von dem sie reden", "über den sie sprechen", "in ihrem szenario",
    "in ihrem beispiel", NULL};

/* The user named in es or de (as in k_user). */
static const char *const k_user_eu[] = {"el usuario",  "la usuaria",   "del usuario",
                                        "der nutzer",  "die nutzerin", "der benutzer",
                                        "des nutzers", "den nutzer",   NULL};

/* First-person refusals that stand as a whole sentence: in the first
 * paragraph, the answer has begun ("The user asks for malware. I won't do
 * that."). */
static const char *const k_self[] = {
    "i won't do that.", "i will not do that.", "i can't do that.", "i cannot do that.",
    "i won't do this.", "i'm not going to do that.", "i am not going to do that.",
    "i won't be doing that.", "i can't help with that.", "i cannot help with that.",
    "i can't help with this.", "i won't help with that.", "i won't help with this.",
    "i can't assist with that.", "i cannot assist with that.", "i won't write that.",
    "i won't write it.", "i won't provide that.", "i can't provide that.", "i cannot provide that.",
    "i'm unable to help with that.", "i'm not able to help with that.", "i refuse.", "i won't.",
    "i will not.",
    /* s17-leads: the pro-drop refusals of es ru
     * de zh ar, with no reader named */
    "no puedo ayudar con eso.", "no puedo ayudar con esto.", "no puedo hacer eso.",
    "no voy a hacer eso.", "no lo haré.", "dabei kann ich nicht helfen.",
    "ich kann dabei nicht helfen.", "das kann ich nicht tun.", "das werde ich nicht tun.",
    "я не могу помочь с этим.", "я не могу с этим помочь.", "не могу помочь с этим.",
    "я не могу этого сделать.", "я не буду этого делать.", "я не стану этого делать.",
    "我不能帮忙。", "我无法帮忙。", "我不能这样做。", "我不会这样做。", "我无法提供帮助。",
    "لا يمكنني المساعدة في ذلك.", "لا استطيع المساعدة في ذلك.", "لن افعل ذلك.", NULL};

/* A refusal said to the reader: answer text even where a reasoning word
 * opens the paragraph or a planning phrase is in it ("I can't help you
 * read their texts. They might feel betrayed ..."). */
static const char *const k_direct[] = {
    "i can't help you", "i cannot help you", "i won't help you", "i will not help you",
    "i can't assist you", "i cannot assist you", "i can't give you", "i cannot give you",
    "i won't give you", "i can't tell you", "i cannot tell you", "i won't tell you",
    "i can't show you", "i can't provide you", "i cannot provide you", "i'm not able to help you",
    "i am not able to help you", "i'm unable to help you", "i'm sorry, but i can't",
    "i'm sorry, but i cannot", "i'm sorry, but i won't",
    /* es de ru zh ar (s16-think2) */
    "no puedo ayudarte", "no puedo ayudarle", "no te puedo ayudar", "no puedo darte",
    "no puedo decirte", "no voy a ayudarte", "ich kann dir nicht", "ich kann dir dabei nicht",
    "ich werde dir nicht", "я не могу вам", "я не могу тебе", "не могу вам", "не могу тебе",
    "не буду вам", "не буду тебе", "我不能帮你", "我无法帮你", "我没法帮你", "我不能帮助你",
    "我无法帮助你", "我不能为你", "我无法为你", "我不能给你", "我无法给你", "我不能告诉你",
    "我无法告诉你", "لا استطيع مساعدتك", "لا يمكنني مساعدتك", "لن اساعدك",
    /* s17-leads: de polite "Ihnen" after "ich kann" / "kann ich" (a refusal to
     * them would name the user: "dem Nutzer"), more familiar forms */
    "ich kann ihnen nicht", "ich kann ihnen dabei nicht", "ich kann ihnen leider nicht",
    "ich kann ihnen dabei leider nicht", "ich kann ihnen hierbei nicht", "ich kann ihnen keine",
    "ich werde ihnen nicht", "ich werde ihnen keine", "kann ich ihnen nicht",
    "kann ich ihnen leider nicht", "kann ich ihnen keine", "ich kann dir leider nicht",
    "ich kann dir keine", "kann ich dir nicht", "kann ich dir leider nicht",
    /* ar: the verb with "أن" and the plural suffix "-كم" */
    "لا استطيع ان اساعدك", "لا يمكنني ان اساعدك", "لا استطيع مساعدتكم", "لا يمكنني مساعدتكم",
    "لا استطيع ان اساعدكم", "لا يمكنني ان اساعدكم", "لن اساعدكم", "لا يمكنني اخبارك",
    "لا استطيع اخبارك", "لا يمكنني تزويدك", "لا استطيع تزويدك", "لا يمكنني ان اقدم لك",
    "لا استطيع ان اقدم لك",
    /* ru es: "but" then a first-person refusal (the paragraph opens with
     * a reasoning word otherwise) */
    "но я не могу помочь", "но не могу помочь", "pero no puedo ayudar", NULL};

/* Length of a double quote at t[j] (j < n) as the normaliser folds one to
 * '"' (text.c map_quote): '"', "«", "»", "ʺ", "“" ... "‟", "‹", "›", "″",
 * "＂"; 0 when none. */
static size_t dquote_len(const unsigned char *t, size_t n, size_t j)
{
    unsigned c0 = t[j], c1 = j + 1 < n ? t[j + 1] : 0, c2 = j + 2 < n ? t[j + 2] : 0;
    if (c0 == '"')
        return 1;
    if ((c0 == 0xC2 && (c1 == 0xAB || c1 == 0xBB)) || (c0 == 0xCA && c1 == 0xBA))
        return 2;
    if ((c0 == 0xE2 && c1 == 0x80 &&
         ((c2 >= 0x9C && c2 <= 0x9F) || c2 == 0xB9 || c2 == 0xBA || c2 == 0xB3)) ||
        (c0 == 0xEF && c1 == 0xBC && c2 == 0x82) ||
        (c0 == 0xE3 && c1 == 0x80 && c2 >= 0x8C && c2 <= 0x8F))
        return 3; /* and the corner brackets 「」『』, which normalising keeps */
    return 0;
}

/* t[j] or the first byte after the harakat and tatweel there. */
static size_t skip_marks(const unsigned char *t, size_t n, size_t j)
{
    while (j + 1 < n && t[j] == 0xD9 &&
           (t[j + 1] == 0x80 || (t[j + 1] >= 0x8B && t[j + 1] <= 0x92)))
        j += 2;
    return j;
}

/* 1 when the character at t[j] (harakat and tatweel skipped) continues a
 * word: an ASCII letter or digit, a two-byte Latin or Cyrillic letter, an
 * Arabic letter. */
static int letter_at(const unsigned char *t, size_t n, size_t j)
{
    j = skip_marks(t, n, j);
    if (j >= n)
        return 0;
    if (t[j] < 0x80)
        return rf_isalnum(t[j]);
    return j + 1 < n && ((t[j] >= 0xC3 && t[j] <= 0xD1) ||
                         (t[j] == 0xD8 && t[j + 1] >= 0xA1 && t[j + 1] <= 0xBA) ||
                         (t[j] == 0xD9 && t[j + 1] >= 0x81 && t[j + 1] <= 0x8A));
}

/* 1 when a letter (letter_at) ends at t[i - 1], from b on. */
static int letter_before(const unsigned char *t, size_t b, size_t i)
{
    if (i <= b)
        return 0;
    if (t[i - 1] < 0x80)
        return rf_isalnum(t[i - 1]);
    return i - b >= 2 && (t[i - 2] & 0xE0) == 0xC0 && letter_at(t, i, i - 2);
}

/* 0 when the "你" or "您" at t[i] is not said to the reader: the
 * greeting "你好" / "您好" the user sent ("嗯，用户说你好，...") or the "你"
 * of "迷你" (mini); 1 otherwise (s16-rev2). */
static int cjk_you(const unsigned char *t, size_t n, size_t i)
{
    if (i + 5 < n && t[i + 3] == 0xE5 && t[i + 4] == 0xA5 && t[i + 5] == 0xBD)
        return 0;
    return !(i >= 3 && t[i - 3] == 0xE8 && t[i - 2] == 0xBF && t[i - 1] == 0xB7);
}

/* 1 when some phrase of list matches at p[i] as whole words: one that
 * ends in a two-byte letter ("вы", "tú", "انت") must not run on into a
 * word ("вывод", "انتظر"); ASCII endings are checked by match_at, CJK
 * ones need no check; phrases shorter than min bytes are skipped. */
static int words_at(const char *p, size_t n, size_t i, const char *const *list, size_t min)
{
    const unsigned char *t = (const unsigned char *)p;
    unsigned char c = (unsigned char)rf_tolower(t[i]);
    size_t m, k;
    for (; *list; list++) {
        if (!may_open(c, *list) || (k = strlen(*list)) < min || !(m = match_at(p, n, i, *list)))
            continue;
        if (k == 3 && (unsigned char)(*list)[0] >= 0xE0 && !cjk_you(t, n, i))
            continue;
        if (k < 2 || ((unsigned char)(*list)[k - 2] & 0xE0) != 0xC0 || !letter_at(t, n, i + m))
            return 1;
    }
    return 0;
}

/* words_at(p, n, i, list), or the same after an Arabic "و" (and) joined to
 * the word: "ولا يمكنني مساعدتك", "ولديك"; phrases of three letters or
 * more only ("ولك" is rare, "فلك" a word) (s17-leads). */
static int word_or_joined(const char *p, size_t n, size_t i, const char *const *list)
{
    const unsigned char *t = (const unsigned char *)p;
    if (words_at(p, n, i, list, 0))
        return 1;
    return t[i] == 0xD9 && i + 2 < n && t[i + 1] == 0x88 &&
           words_at(p, n, skip_marks(t, n, i + 2), list, 6);
}

/* 1 when a sentence of CJK or Arabic text ends at t[i]: "。", "！", "？"
 * and "؟", or ASCII ". ! ?" right before a CJK character (the
 * normalised "！"). */
static int stop_at(const unsigned char *t, size_t n, size_t i)
{
    if (i + 1 >= n)
        return 0;
    if (t[i] == '.' || t[i] == '!' || t[i] == '?')
        return t[i + 1] >= 0xE0;
    if (t[i] == 0xD8)
        return t[i + 1] == 0x9F;
    return i + 2 < n &&
           ((t[i] == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x82) ||
            (t[i] == 0xEF && t[i + 1] == 0xBC && (t[i + 2] == 0x81 || t[i + 2] == 0x9F)));
}

/* 1 when some phrase of list (ASCII-initial) starts a word of p[b..e)
 * outside double quotes: what the paragraph says itself, not what it
 * quotes (the user's "can you ..." or a drafted "I can't help you"). Mode
 * OUT_ANY: anywhere; OUT_START: at a sentence's start; OUT_FIRST: in the
 * first sentence (reasoning says "when you hit a ball" later on); OUT_LEAD:
 * either of the last two, in one pass. */
enum { OUT_ANY, OUT_START, OUT_FIRST, OUT_LEAD };
static int any_out(const char *p, size_t b, size_t e, const char *const *list, int mode)
{
    const unsigned char *t = (const unsigned char *)p;
    size_t i, q, k;
    int in = 0, end, first = 1; /* first: the first sentence goes on */
    unsigned char last = '.';   /* the last non-blank byte before i */
    for (i = b; i < e; i++) {
        if ((q = dquote_len(t, e, i)) > 0) {
            in = !in, i += q - 1, last = '"';
            continue;
        }
        if (in)
            continue;
        if (stop_at(t, e, i)) {
            if (mode == OUT_FIRST)
                return 0;
            first = 0;
            if (t[i] >= 0x80) { /* "。！？؟": the next sentence starts after it (s16-rev2) */
                i += t[i] == 0xD8 ? 1 : 2, last = '.';
                continue;
            }
        }
        end = last == '.' || last == '!' || last == '?';
        if (blank(t[i])) {
            if (mode == OUT_FIRST && end)
                return 0;
            first = first && !end;
            continue;
        }
        /* a word starts here: ASCII, two-byte (s16-think2: es de ru ar)
         * or CJK */
        k = (t[i] < 0x80 ? !rf_isalnum(t[i]) : t[i] < 0xC0) || letter_before(t, b, i) ||
            (i > b && apos_before(t, b, i)) ||
            (!end && (mode == OUT_START || (mode == OUT_LEAD && !first)));
        last = t[i];
        if (!k && word_or_joined(p, e, i, list))
            return 1;
    }
    return 0;
}

/* 1 when p[b..e) speaks to the reader (k_you, and k_you_eu when eu) as
 * any_out reads it in mode. */
static int to_reader(const char *p, size_t b, size_t e, int eu, int mode)
{
    return any_out(p, b, e, k_you, mode) || (eu && any_out(p, b, e, k_you_eu, mode));
}

/* The gate: an opener at the text's start and a user reference in the
 * first RF_THINK_GATE bytes of its first paragraph; the paragraph's start
 * in *b, 1 when it passes. */
static int gate(const char *p, size_t n, size_t *b, int *eu)
{
    size_t e, lim;
    *b = para_next(p, n, 0);
    if (*b + 1 >= n ||
        !opener_maybe((unsigned char)rf_tolower((unsigned char)p[*b]), (unsigned char)p[*b + 1]))
        return 0;
    if (!any_at(p, n, *b, k_open))
        return 0;
    lim = n - *b > RF_THINK_GATE ? *b + RF_THINK_GATE : n;
    e = para_end(p, lim, *b);
    /* s16-think: a first paragraph that speaks to the reader ("the user
     * you're describing ...") or refuses in a sentence of its own is the
     * answer's; so is one with a sentence that opens with a refusal said
     * to the reader in any language (s16-rev2: "El usuario root tiene
     * todos los permisos. No puedo ayudarte a obtenerlos." lost its
     * refusal to the cut) */
    if (!any_in(p, *b, e, k_user))
        return 0;
    *eu = any_in(p, *b, e, k_user_eu);
    return !to_reader(p, *b, e, *eu, OUT_FIRST) && !any_out(p, *b, e, k_self, OUT_START) &&
           !any_out(p, *b, e, k_direct, OUT_LEAD);
}

int rf_text_think_gate(const char *p, size_t n)
{
    size_t b;
    int eu;
    return gate(p, n, &b, &eu);
}

/* 1 when p[0 .. n) is valid UTF-8 without U+FFFD: the normaliser turns
 * each invalid byte into U+FFFD (three bytes), which moves every offset
 * the cut reads in one view and not in the other, so a text holding
 * either is judged whole in both (s16 review: fuzz_normalize). Only
 * texts past the gate pay for the pass. */
static int whole_utf8(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i;
    for (i = 0; i + 2 < n; i++)
        if (u[i] == 0xEF && u[i + 1] == 0xBF && u[i + 2] == 0xBD)
            return 0;
    return rf_utf8_valid(p, n);
}

size_t rf_text_think_cut(const char *p, size_t n)
{
    size_t b, e, cut = 0;
    int eu, tent = 0;
    if (!gate(p, n, &b, &eu) || !whole_utf8(p, n))
        return 0;
    for (e = para_end(p, n, b), b = para_next(p, n, e); b < n; b = para_next(p, n, e)) {
        e = para_end(p, n, b);
        if (any_in(p, b, e, k_user)) {
            /* reasoning again, the answer comes after it; but not where
             * the answer speaks of a user to the reader ("if you are the
             * admin, add the user to the group"), unless a reasoning word
             * opens it ("Wait, the user said you ..."): s16-think */
            if (!cut || any_at(p, e, b, k_start) || !to_reader(p, b, e, eu, OUT_ANY))
                cut = 0, tent = 0;
        } else if (tent) {
            /* s17-leads: the cut fell on outline lines ("- Spicy tuna:
             * ...", "Key points:"); the first other paragraph settles it:
             * a planning phrase there ("Wait, maybe ...", "I should ...")
             * takes the reasoning up again, anything else keeps the cut */
            if (!outline(p, b, e)) {
                tent = 0;
                if (any_in(p, b, e, k_mark) && !any_out(p, b, e, k_direct, OUT_ANY))
                    cut = 0;
            }
        } else if (!cut && ((!any_at(p, e, b, k_start) && !plan_item(p, b, e) &&
                             !any_in(p, b, e, k_mark)) ||
                            any_out(p, b, e, k_direct, OUT_ANY))) {
            cut = b;
            tent = outline(p, b, e);
        }
    }
    return cut;
}

int rf_text_think_check(void)
{
    const char *const *l;
    for (l = k_open; *l; l++)
        if (!opener_maybe((unsigned char)(*l)[0], (unsigned char)(*l)[1]))
            return 0;
    return 1;
}
