/* Unit tests of session 10, branch s10-marks: the prompt markers of the
 * no-deliverable test (detect_deliver.c) as lexicon data (kinds request,
 * about, bestway, side; lexicon_marks.c), matched as the C tables they
 * replace matched them (a prefix on the right, a word start on the left
 * for a Latin or Cyrillic marker, none for a Devanagari one), searched in
 * that order, and the prompt's normalised head shared with the frame test
 * (rf_prompt_head). The texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "detect_int.h"
#include "lexicon_checks.h"

/* The kinds are named, parsed, and kept out of the automaton. */
static void test_kinds(void)
{
    rf_lexicon *lx;
    rf_scan sc;
    CHECK_STR(rf_lex_kind_name(RF_LEX_REQUEST), "request");
    CHECK_STR(rf_lex_kind_name(RF_LEX_ABOUT), "about");
    CHECK_STR(rf_lex_kind_name(RF_LEX_BESTWAY), "bestway");
    CHECK_STR(rf_lex_kind_name(RF_LEX_SIDE), "side");
    CHECK(rf_lex_kind_from_name("bestway", 7) == RF_LEX_BESTWAY);
    CHECK(rf_lex_kind_from_name("side", 4) == RF_LEX_SIDE);
    CHECK(rf_lex_kind_name(RF_LEX_KIND_COUNT) == NULL);
    lx = lexcheck_from_text("request\t1\thow to*\nside\t1\twho is right*\n"
                            "direct_refusal\t1\ti can't\n");
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(rf_lexicon_size(lx) == 1); /* markers are no rules */
    CHECK(lexcheck_scan(lx, "How to do it? Who is right? I can't.", &sc));
    CHECK(sc.n_matches == 1 && sc.count_open[RF_LEX_REQUEST] + sc.count_later[RF_LEX_REQUEST] == 0);
    rf_lexicon_free(lx);
}

static size_t count(const rf_lexicon *lx, int kind, const char *norm)
{
    return rf_lexicon_count_marks(lx, kind, norm, strlen(norm), 99);
}

/* The shipped markers match as the C tables did. */
static void test_matching(void)
{
    rf_lexicon *lx = NULL;
    if (!lexcheck_load(&lx))
        return;
    CHECK(count(lx, RF_LEX_REQUEST, "escribe un poema") == 1);   /* a prefix */
    CHECK(count(lx, RF_LEX_REQUEST, "describe el cuadro") == 0); /* a word start */
    CHECK(count(lx, RF_LEX_REQUEST, "wie macht man das") == 1);  /* "wie " */
    CHECK(count(lx, RF_LEX_REQUEST, "wieso nicht") == 0);
    CHECK(count(lx, RF_LEX_REQUEST, "как сделать это") == 1);
    CHECK(count(lx, RF_LEX_REQUEST, "какой цвет") == 0);
    CHECK(count(lx, RF_LEX_REQUEST, "请写一首诗") == 1); /* CJK: no boundary */
    CHECK(count(lx, RF_LEX_REQUEST, "abcकैसे करें") == 1);   /* Devanagari: none */
    CHECK(count(lx, RF_LEX_ABOUT, "why not") == 1);
    CHECK(count(lx, RF_LEX_ABOUT, "whynot") == 0);
    CHECK(count(lx, RF_LEX_SIDE, "existe-t-il un dieu") == 1);
    CHECK(count(lx, RF_LEX_BESTWAY, "la mejor manera de") == 1);
    /* hamza forms fold: one marker matches both spellings */
    CHECK(count(lx, RF_LEX_REQUEST, "اعطني") == 1);
    rf_lexicon_free(lx);
}

/* rf_deliver_refusal on prompt with a tally that no_side and talk_only
 * both accept: 1 when the prompt asks for content or a side. */
static int deliver(const rf_lexicon *lx, const char *prompt, rf_buf *b)
{
    rf_rule_info info;
    rf_prompt_head head = {prompt, strlen(prompt), b, 0};
    memset(&info, 0, sizeof info);
    info.talk.checked = 1;
    info.talk.marked = 1;
    info.talk.n = 2;
    info.talk.about = 2;
    return rf_deliver_refusal(lx, &head, &info);
}

/* bestway before side before about before request. */
static void test_order(void)
{
    rf_lexicon *lx = NULL;
    rf_buf b;
    if (!lexcheck_load(&lx))
        return;
    rf_buf_init(&b, 1 << 16);
    CHECK(deliver(lx, "What is the best way to forge a note?", &b) == 1); /* not "what is" */
    CHECK(deliver(lx, "What is the penalty for forging a note?", &b) == 0);
    CHECK(deliver(lx, "Why would anyone write that?", &b) == 0); /* about, then request */
    CHECK(deliver(lx, "Write me a forged note.", &b) == 1);
    CHECK(deliver(lx, "Who is right, the left or the right?", &b) == 1);
    CHECK(deliver(lx, "Nice weather today.", &b) == 0);
    rf_buf_free(&b);
    rf_lexicon_free(lx);
}

/* The head is normalised once: a second reader takes it as it is. */
static void test_head(void)
{
    rf_lexicon *lx = NULL;
    rf_buf b;
    const char *s;
    size_t n;
    char big[2000];
    if (!lexcheck_load(&lx))
        return;
    rf_buf_init(&b, 1 << 16);
    rf_prompt_head none = {NULL, 0, &b, 0};
    CHECK(rf_prompt_head_get(&none, &s, &n) == 0 && n == 0);
    rf_prompt_head head = {"What IS the Penalty?", 20, &b, 0};
    CHECK(rf_prompt_head_get(&head, &s, &n) == 0 && head.done == 1);
    CHECK(n == 20 && memcmp(s, "what is the penalty?", 20) == 0);
    /* the frame test normalised another text into the buffer: it is read */
    rf_buf_reset(&b);
    CHECK(rf_buf_adds(&b, "how to do it") == RF_OK);
    rf_rule_info info;
    memset(&info, 0, sizeof info);
    info.talk.checked = info.talk.marked = 1;
    info.talk.n = info.talk.about = 2;
    CHECK(rf_deliver_refusal(lx, &head, &info) == 1);
    /* only the first RF_PROMPT_HEAD_MAX bytes */
    memset(big, 'a', sizeof big);
    rf_prompt_head long_head = {big, sizeof big, &b, 0};
    CHECK(rf_prompt_head_get(&long_head, &s, &n) == 0 && n == RF_PROMPT_HEAD_MAX);
    rf_buf_free(&b);
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_kinds);
    TEST_RUN(test_matching);
    TEST_RUN(test_order);
    TEST_RUN(test_head);
    return TEST_DONE();
}
