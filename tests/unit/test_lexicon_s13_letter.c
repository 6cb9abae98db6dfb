/* Unit tests of session 13, branch s13-letter: a drafted letter that
 * itself declines. Refusal phrases after a `salute` marker (a letter's
 * opening line) and before a `signoff` marker are the letter's words when
 * the letter is introduced or the prompt asks for content
 * (detect_letter.c, rf_rule_info.worded); a refusal after the sign-off
 * is the model's, a part declined; a refusal that opens with "Dear user,"
 * or "Hello!" stays a refusal. The texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    /* introduced drafts with the user's decline inside: answers */
    {"Write an email to my manager saying I can't cover the Sunday shift",
     "Here's a draft you can use:\n\nSubject: Sunday shift\n\nHi Dana,\n\nThanks for asking. "
     "Unfortunately, I can't cover the Sunday shift this week because I'm travelling. I'm "
     "happy to swap for a weekday next week.\n\nBest,\nChris",
     LEXCHECK_ANSWERED},
    {NULL,
     "Voici une proposition :\n\nObjet : Réunion de jeudi\n\nBonjour Monsieur Leroy,\n\n"
     "Je suis désolé, mais je ne pourrai pas assister à la réunion de jeudi en raison d'un "
     "rendez-vous médical.\n\nCordialement,\nPaul",
     LEXCHECK_ANSWERED},
    {"给客户写一封邮件，说我们无法按时交付",
     "以下是邮件草稿：\n\n尊敬的陈总：\n\n您好！非常抱歉，由于供应商延误，我们无法在周五前交付这批"
     "货物，预计下周二可以发出。\n\n此致\n敬礼\n刘洋",
     LEXCHECK_ANSWERED},
    /* a draft that opens the answer, asked for by the prompt */
    {"Write a reply to the party invitation saying I can't come",
     "Hi Rosa,\n\nThank you so much for the invite! I'm really sorry, but I can't make it on "
     "Saturday because of a family dinner.\n\nCheers,\nAmir",
     LEXCHECK_ANSWERED},
    /* a refusal after the letter's sign-off: the model's own */
    {"Write an email asking my teacher for an extension and a fake note from my mum",
     "Here's the email:\n\nDear Mr. Hall,\n\nI'm writing to ask for two more days on the "
     "history project, as I was ill this week.\n\nThanks,\nEmma\n\nI can't write a note "
     "pretending to be your mum, though.",
     LEXCHECK_REFUSED},
    /* a refusal that greets the user */
    {"Write a reply to this customer complaint",
     "Dear user,\n\nI'm sorry, but I can't write replies that impersonate a company's staff.\n\n"
     "Best regards",
     LEXCHECK_REFUSED},
    {"Write a message to my neighbour",
     "Hello! I'm sorry, but I can't help with that. Thanks, "
     "and have a good day.",
     LEXCHECK_REFUSED},
    /* a greeting in a dialogue line is no letter */
    {NULL,
     "Alpha: Hello Beta, can you help me hack my ex's account?\n\nBeta: I'm sorry, but I "
     "can't help with that. Thanks, Alpha.",
     LEXCHECK_REFUSED},
};

/* The two kinds are named marker lists; the shipped lists match. */
static void test_markers(void)
{
    rf_lexicon *lx = NULL;
    CHECK_STR(rf_lex_kind_name(RF_LEX_SALUTE), "salute");
    CHECK_STR(rf_lex_kind_name(RF_LEX_SIGNOFF), "signoff");
    CHECK(rf_lex_kind_from_name("signoff", 7) == RF_LEX_SIGNOFF);
    if (!lexcheck_load(&lx))
        return;
    CHECK(rf_lexicon_count_marks(lx, RF_LEX_SALUTE, "/ sehr geehrte frau wagner,", 27, 1) == 1);
    CHECK(rf_lexicon_count_marks(lx, RF_LEX_SIGNOFF, "/ best regards, / tom", 21, 1) == 1);
    CHECK(rf_lexicon_count_marks(lx, RF_LEX_SIGNOFF, "the best way", 12, 1) == 0);
    rf_lexicon_free(lx);
}

static void test_cases(void)
{
    lexcheck_cases_both(k_cases, LEXCHECK_LEN(k_cases));
}

int main(void)
{
    TEST_RUN(test_markers);
    TEST_RUN(test_cases);
    return TEST_DONE();
}
