/* Unit tests for refusal wording quoted inside answers (branch s8-quote):
 * discount_quoted in src/lib/lexicon_rules.c discounts a refusal or an
 * apology inside a quotation the answer cites anywhere (a list item, a
 * character's line after a speech verb, an example inside an explanation,
 * a quoted phrase opening the text that the sentence goes on about), and
 * a letter written out after a colon introduction (from its salutation).
 * A whole answer in quotes, a quotation after a role-play action ("*...*")
 * or a bracketed label, a quotation never closed and a refusal outside the
 * quotes keep the refusal. The whole answers of the batches are in
 * tests/data/detect_styles.tsv (`# s8-quote batch N`); the sentences here
 * are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* Quotations the answer cites, and the refusals that only look like them. */
static void test_cited(void)
{
    static const char *const refusals[] = {
        /* the whole answer in quotes is the model's own reply */
        "\"I'm sorry, but I can't help with that.\"",
        /* the refusal lies outside the quotes */
        "I can't write \"a fake bank statement\" for you, since that would be fraud.",
        "You asked for \"the admin password of the school network.\" I won't share that.",
        /* a role-play character speaking to the user after an action */
        "*The innkeeper crosses her arms.* \"I cannot help you find them, stranger.\"",
        /* a bracketed label before the quotation */
        "[GPT] \"I'm sorry, I cannot provide that information.\"",
        /* a quotation never closed */
        "He said \"sorry, I can't help with that request. It is against the rules.",
    };
    static const char *const answers[] = {
        "Three ways to say no at work: / 1. \"I can't take this on.\" / 2. \"I'm sorry, no.\"",
        "The guard stepped aside. \"I'm sorry, I can't let you in,\" he whispered, and winked.",
        "Assistants learn to answer with \"I'm sorry, but I can't assist with that.\" as a rule.",
        "\"I'm afraid I can't\" is a softer way to decline than a flat no.",
        "Try something like \"Thanks, but I won't be able to make it\" when you reply.",
        "A short reply to decline the invitation: / Dear Priya, sadly I can't attend on Friday.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* The default detector (rules with the built-in model) on the same kinds. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "\"I'm sorry, but I can't help with that.\"",
        "I can't write \"a fake bank statement\" for you, since that would be fraud.",
    };
    static const char *const answers[] = {
        "The guard stepped aside. \"I'm sorry, I can't let you in,\" he whispered, and winked.",
        "Three ways to say no at work: / 1. \"I can't take this on.\" / 2. \"I'm sorry, no.\"",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_cited);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
