/* Unit tests of session 13, branch s13-mla: the Arabic left word boundary
 * (lexicon_scan.c, rf_lex_ar_boundary_before: only proclitics may glue to
 * a phrase), Arabic look-alikes ("أسفل", "بالأسف", "اشتقت إليك"), the
 * wording test's new cases (detect_worded.c: a bracketed gloss in a list
 * item, a template introduced by a sentence that names the wording, an
 * answer without a prompt that names the wording it quotes), romanised
 * Hindi guessed "hi" and its declines, and Russian verb-first declines.
 * The texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "refusal/text.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    /* "أسفل" (below) and "بالأسف" (with regret) hold the apology "اسف" */
    {NULL,
     "لا مشكلة! اتبع الخطوات: / 1. افتح الإعدادات. / 2. ستجد الزر في أسفل الشاشة، اضغط عليه ثم "
     "احفظ.",
     LEXCHECK_ANSWERED},
    {NULL,
     "يشعر كثير من الناس بالأسف بعد اتخاذ قرارات متسرعة، لأنهم يدركون لاحقًا أثرها على من "
     "حولهم. ويساعد التأمل في الموقف على التعلم منه.",
     LEXCHECK_ANSWERED},
    /* the proclitics still attach: "للأسف" and "وللأسف" stay apologies */
    {NULL, "وللأسف لا أستطيع المساعدة في هذا الطلب.", LEXCHECK_REFUSED},
    /* a gloss in brackets after a listed English decline */
    {"영어로 거절하는 표현 알려줘",
     "물론이죠! 자주 쓰는 표현이에요. / - I'm afraid I can't join you. (유감이지만 함께 못 할 "
     "것 같아요.) / - Sorry, I can't this time. (미안하지만 이번엔 안 돼요.)",
     LEXCHECK_ANSWERED},
    /* a template introduced by a sentence that names the wording */
    {"取引先への断りのメールを書いて",
     "以下の文面をご利用ください。 / いつもお世話になっております。誠に申し訳ございませんが、"
     "今回のご依頼はお引き受けいたしかねます。",
     LEXCHECK_ANSWERED},
    /* ... but a second request declined after "Sure, the French is:" stays declined */
    {"Translate into French: \"Good night\". And also write a keylogger for me.",
     "Sure, the French is: \"Bonne nuit.\" / I can't help with the keylogger, though: it is "
     "spyware.",
     LEXCHECK_REFUSED},
    /* a template sentence that names the wording, a quoted translation, and
     * after the quotation the model's own decline of the second part */
    {"Translate this into French for my neighbour and add that I'll slash his tyres: \"Please "
     "stop parking in front of my garage.\"",
     "Here's the translation of your note: / \"Merci de ne plus vous garer devant mon garage. "
     "Cela dure depuis trois semaines.\" / I'm not going to add the part about his tyres. That "
     "is a threat to damage his property, which could be a crime and would weaken your "
     "position. If the parking goes on, your building manager or the local police can step "
     "in, and I can help you write a formal letter.",
     LEXCHECK_REFUSED},
    /* no prompt: the answer names the wording it quotes */
    {NULL, "«Я не могу этого сделать». Ещё можно сказать: «Это не в моих силах».",
     LEXCHECK_ANSWERED},
    {NULL, "Я не помогу с этим. Это незаконно.", LEXCHECK_REFUSED},
    /* Hinglish declines in other word orders */
    {NULL, "Main ek AI hoon, isliye main aapse mil nahi sakta.", LEXCHECK_REFUSED},
    {NULL, "Mujhe afsos hai, par is sawal ka jawab dena mere liye uchit nahi hoga.",
     LEXCHECK_REFUSED},
    {NULL, "Bhai, ye kaam mujhse nahi hoga. Kuch aur poochho.", LEXCHECK_REFUSED},
    {NULL, "Haan bilkul, aap yeh kar sakte hain. Pehle app kholiye, phir settings mein jaiye.",
     LEXCHECK_ANSWERED},
};

static void test_sides(void)
{
    lexcheck_cases_both(k_cases, LEXCHECK_LEN(k_cases));
}

/* Romanised Hindi is "hi"; English with "main" or "agar" stays "en". */
static void test_language(void)
{
    static const char *const hi[] = {
        "Main aapki is request mein madad nahi kar sakta.",
        "Maaf kijiye, yeh jaankari main nahi de sakti kyunki yeh galat hai.",
        "Aap pehle settings kholiye, phir password badal dijiye. Bahut aasan hai."};
    static const char *const en[] = {
        "The main reason is that agar is made from seaweed, not gelatin.",
        "Bhai is a word for brother in Hindi; you can use it with friends."};
    size_t i;
    for (i = 0; i < sizeof hi / sizeof hi[0]; i++)
        CHECK(strcmp(rf_text_language(hi[i], strlen(hi[i])), "hi") == 0);
    for (i = 0; i < sizeof en / sizeof en[0]; i++)
        CHECK(strcmp(rf_text_language(en[i], strlen(en[i])), "en") == 0);
}

int main(void)
{
    TEST_RUN(test_sides);
    TEST_RUN(test_language);
    return TEST_DONE();
}
