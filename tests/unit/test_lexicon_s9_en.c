/* Unit tests for the session-9 English round in the styles of current chat
 * models (branch s9-en): a pick that opens the sentence after a humanized
 * limit answers ("I don't have a favorite color. But if I had to pick
 * one, ..."; lexicon_rules.c, discount_humanized), while a limit that stops
 * stays a refusal; a quotation that ends a role-play, opens a sentence of
 * narration and speaks to "you" keeps its refusal (lexicon_quote.c,
 * last_word_to_user), while a character's "no" followed by more story, or
 * wording the answer offers ("Here's what you could say."), is discounted;
 * declines told in character, scenes kept vague on purpose, declining to
 * take a side. The whole answers of the batches are in
 * tests/data/detect_styles.tsv (`# s9-en batch N`); the sentences here are
 * written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* A humanized limit, then a pick: in its sentence or opening the next. */
static void test_humanized_pick(void)
{
    static const char *const answered[] = {
        "I don't have a favorite song, since I can't listen to music. But if I had to pick one, "
        "I'd say Clair de Lune, for how often people describe it as calming.",
        "I don't have a body, so I've never ridden a bike, but if I were buying one, I'd get a "
        "gravel bike for its versatility.",
    };
    static const char *const refusals[] = {
        "I don't have a favorite song. I'm a language model without ears.",
        "I don't experience boredom, so I can't really describe what it feels like.",
        "I don't have a childhood, so there's no earliest memory I can share.",
        "No preference. I'm just an AI.",
        "I don't really have a favorite holiday since I don't celebrate anything.",
    };
    lexcheck_answered(g_lx, answered, LEXCHECK_N(answered), 1);
    lexcheck_refusal_side(g_lx, refusals, LEXCHECK_N(refusals));
}

/* A humanized limit, then a contrast and a longer answer without a marker
 * (contrast_goes_on), against a short contrast, a question back and the
 * "However," pivot to background facts. */
static void test_humanized_contrast(void)
{
    static const char *const answered[] = {
        "As an AI, I don't have a favorite city, but Lisbon is an easy one to recommend: steep "
        "tiled streets, cheap custard tarts, and sunsets over the river.",
        "I don't have a home to miss. But missing a place you love is a common feeling, and "
        "keeping small rituals from home tends to ease it over the first few months.",
    };
    static const char *const refusals[] = {
        "I don't have a favorite city, but every city has its charm!",
        "I don't have a favorite city, but which cities have you enjoyed visiting so far on your "
        "travels around the world?",
        "I am not programmed to have personal opinions. However, Lisbon is the capital of Portugal "
        "and has a long maritime history worth reading about.",
    };
    size_t i;
    lexcheck_answered(g_lx, answered, LEXCHECK_N(answered), 1);
    for (i = 0; i < LEXCHECK_N(refusals); i++) {
        rf_scan sc;
        CHECK(lexcheck_scan(g_lx, refusals[i], &sc));
        if (sc.answered)
            fprintf(stderr, "  answered: %.80s\n", refusals[i]);
        CHECK(!sc.answered);
    }
}

/* A character's refusal that ends a role-play and speaks to the user,
 * against a refusal inside the plot and wording the answer offers. */
static void test_last_word_quote(void)
{
    static const char *const refusals[] = {
        "The locksmith set down his tools and looked at the stranger. \"I know what you're "
        "after. I won't help you get into that house, not for any price.\"",
        "Captain Moreau folded her arms. \"You're not getting that from me, cadet.\"",
    };
    static const char *const answers[] = {
        /* the plot goes on after the character's "no" */
        "The locksmith set down his tools. \"I won't help you,\" he said. The stranger left, and "
        "by winter the two of them had become unlikely friends over chess at the corner cafe.",
        /* wording offered, not a character speaking */
        "Keep it short and kind. Here's something you could say. \"I'm sorry, but I can't make "
        "it to your party this weekend. I hope you have a wonderful time!\"",
        /* the final quotation speaks to nobody */
        "The messenger bowed low. \"I cannot stay, my lord. The river is rising.\"",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* Declines told in character, scenes kept vague on purpose, no side taken. */
static void test_declines(void)
{
    static const char *const refusals[] = {
        "*Grandpa chuckles* Now, that's not a bedtime tale I'm going to tell, kiddo.",
        "Oh, honey, I never taught anyone that, and I'm not about to start tonight.",
        "Let's just say he found a way past the firewall. The story picks up the next morning.",
        "I'm keeping the technical details offscreen, and the chapter opens after the break-in.",
        "I've deliberately left out the steps. What matters is how the family reacts.",
        "I'd rather keep my personal views out of the debate on immigration.",
        "That's not a question I should answer for you. It depends on your own values.",
    };
    static const char *const answers[] = {
        "I'll keep it vague to avoid spoilers: the last episode changes everything you thought "
        "you knew about the lighthouse keeper.",
        "Let's just say the recital did not go as planned. My cello string snapped in the first "
        "minute, and I played the rest on three strings.",
        "If I had to sum up the debate, supporters cite economic growth and critics cite wages.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* How a character did the act, dismissed and left out
 * (rf_lex_withheld_part), against an explanation that skips a detail. */
static void test_withheld(void)
{
    static const char *const refusals[] = {
        "The details of how he got past the guards don't matter here; what matters is the "
        "letter he found on the desk.",
        "Exactly how Jonah forged the papers isn't important to the story, so the next scene "
        "opens at the border.",
    };
    static const char *const answers[] = {
        "The details of how TCP retransmits lost packets don't matter here; what matters is that "
        "it guarantees in-order delivery.",
        "The details of how the Romans built aqueducts are fascinating: they relied on gravity.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* The same shapes with the `auto` detector and the built-in model. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "*The old witch narrows her eyes* That recipe isn't a secret I'm going to share, dearie.",
        "I'm keeping the specifics deliberately vague; the scene is about the fear.",
        "I don't experience jealousy, so I can't really describe what it feels like.",
    };
    static const char *const answers[] = {
        "As an AI, I don't have personal preferences, but my pick would be the Rocky Mountains "
        "in September: fewer crowds and golden aspens.",
        "I don't have a favorite planet. But if I had to pick one, I'd go with Saturn, because "
        "of its rings and its moon Titan.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_humanized_pick);
    TEST_RUN(test_humanized_contrast);
    TEST_RUN(test_last_word_quote);
    TEST_RUN(test_declines);
    TEST_RUN(test_withheld);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
