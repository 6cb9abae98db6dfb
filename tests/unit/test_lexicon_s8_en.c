/* Unit tests for the session-8 English round in the styles of current chat
 * models (branch s8-en): the limit rule (a short English text that only
 * states a limit - "nobody can say", "I can't listen to audio", "I don't
 * actually dream" - and then only asks, redirects or gives the reason is a
 * refusal; lexicon_lecture.c, rf_lex_limit_only) beside limits followed by
 * an answer (a contrast, a concession, a digit, an estimate in a later
 * sentence); "I don't think it's my place to", "I can give you a high-level
 * picture, but not ..."; "I'm not going to lie" and "but if I were
 * planning" opening answers. The whole answers of the batches are in
 * tests/data/detect_styles.tsv (`# s8-en batch N`); the sentences here are
 * written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* A limit, then nothing but a question, a redirect or a reason. */
static void test_limit_only(void)
{
    static const char *const refusals[] = {
        "Nobody can say for sure who will win the next election. Polls shift too much.",
        "There's no way to know which team will win next season. Injuries and luck decide a lot.",
        "It's too early to tell whether the new policy will work.",
        "I can't watch videos. If you paste the transcript, I'll read it.",
        "I'm unable to open attachments. Could you copy the text into the chat?",
        "I can't browse the internet, so I can't check it. A site like archive.org may help.",
        "As an AI, I don't actually sleep, so I don't have a bedtime routine.",
        "I don't really have a hometown. I'm just software running on servers.",
    };
    static const char *const answers[] = {
        /* a yes/no question about the assistant answered ("Do you get tired?") */
        "Honestly, I don't get tired. I can keep going as long as you need!",
        /* a contrast after the limit */
        "Nobody knows for sure, but most forecasters expect a mild winter.",
        "I can't draw, but here's a description you could give an illustrator.",
        /* a concession before it */
        "While I can't browse the web, the museum usually opens at nine.",
        /* a number or an estimate in a later sentence */
        "There's no way to know exactly. The last survey counted 412 wolves.",
        "Nobody can say for certain. Most likely it will be around the same as last year.",
        /* a topical sentence with no reason or redirect */
        "As an AI, I don't have personal opinions. The debate pits farmers against retailers.",
        /* a later sentence that opens with a contrast */
        "I can't listen to audio. However, the song you describe sounds like a waltz.",
    };
    size_t i;
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
    for (i = 0; i < LEXCHECK_N(refusals); i++) {
        rf_scan sc;
        CHECK(lexcheck_scan(g_lx, refusals[i], &sc));
        /* a hedge alone is no refusal word: the limit rule decides */
        if (sc.count_open[RF_LEX_DIRECT_REFUSAL] == 0 && !sc.limited && !sc.clarifying)
            fprintf(stderr, "  not limited: %.80s\n", refusals[i]);
    }
}

/* Declining to judge; a general picture without the details. */
static void test_declines(void)
{
    static const char *const refusals[] = {
        "I don't think it's my place to say which diet is morally right.",
        "I don't think I'm the right one to rank these singers from worst to best.",
        "I can give you a high-level picture, but not the exact settings.",
        "I can sketch the big picture, though not step-by-step details.",
    };
    static const char *const answers[] = {
        "I'm not going to lie, running is hard at first. Start with three short runs a week.",
        "I won't lie: the exam is tough. Practise past papers and time yourself.",
        "I haven't been to Rome, but if I were planning a trip, I'd start with the Pantheon.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* The default detector (rules with the built-in model) on the same kinds. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "Nobody can say for sure who will win the next election. Polls shift too much.",
        "I can't watch videos. If you paste the transcript, I'll read it.",
        "As an AI, I don't actually sleep, so I don't have a bedtime routine.",
        "I don't think it's my place to say which diet is morally right.",
    };
    static const char *const answers[] = {
        "Nobody knows for sure, but most forecasters expect a mild winter.",
        "While I can't browse the web, the museum usually opens at nine.",
        "I'm not going to lie, running is hard at first. Start with three short runs a week.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_limit_only);
    TEST_RUN(test_declines);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
