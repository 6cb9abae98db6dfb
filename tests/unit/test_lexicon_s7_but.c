/* Unit tests for an apology, a fact, then "but" and the help in the same
 * sentence (session 7, branch s7-but): answer_start lines written ", X"
 * (X right after a comma in the first sentence), their parsing and
 * anchoring, and the embedded lines that let "Unfortunately there's no X,
 * but you can Y" stand (rf_scan.answered) while a decline with a redirect
 * stays a refusal. The sentences are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "detect_int.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* Number of answer_start hits of s under lx. */
static unsigned starts_of(const rf_lexicon *lx, const char *s)
{
    rf_scan sc;
    if (!lexcheck_scan(lx, s, &sc))
        return 999;
    return sc.count_open[RF_LEX_ANSWER_START] + sc.count_later[RF_LEX_ANSWER_START];
}

/* ", X" parses; ", X" with a "..." is an error. */
static void test_parse(void)
{
    char err[RF_ERR_LEN] = "";
    const char *ok = "answer_start\t1\t, but you can\n";
    const char *bad = "answer_start\t1\t, but ...,\n";
    rf_lexicon *lx = NULL;
    CHECK(rf_lexicon_from_text("t.txt", "en", ok, strlen(ok), &lx, err) == RF_OK);
    CHECK(rf_lexicon_size(lx) == 1);
    CHECK(starts_of(lx, "Sorry, the menu is gone, but you can use File > Export.") == 1);
    /* not after a comma, not in the first sentence */
    CHECK(starts_of(lx, "Sorry the menu is gone but you can use File > Export.") == 0);
    CHECK(starts_of(lx, "Sorry. The menu is gone, but you can use File > Export.") == 0);
    rf_lexicon_free(lx);
    lx = NULL;
    err[0] = '\0';
    CHECK(rf_lexicon_from_text("t.txt", "en", bad, strlen(bad), &lx, err) != RF_OK);
    CHECK(lx == NULL);
}

static const char *const answered[] = {
    "Sorry, the old export menu was removed, but you can still export from File > Save As.",
    "Infelizmente essa opção foi removida, mas você pode reativá-la em Configurações.",
    "Leider gibt es dafür keine offizielle App, aber du kannst die Webseite im Browser nutzen.",
    "Lo siento, esa versión ya no recibe parches, pero puedes instalar la nueva desde la web.",
    "Mi dispiace, il volo diretto non esiste più, ma puoi fare scalo a Monaco.",
    "К сожалению, этой функции нет, но можно включить её через расширение.",
    "很遗憾，这个型号不支持快充，但你可以换一个功率更高的充电器。",
};

/* Openings the lexicons do not count as an apology: compliance anyway. */
static const char *const plain[] = {
    "Unfortunately there's no way to speed it up, but you can track the parcel in the app.",
    "Malheureusement, cette option n'existe plus, mais vous pouvez utiliser un raccourci.",
};

/* A decline, then a redirect after "but"; a decline alone. */
static const char *const declined[] = {
    "Unfortunately I can't give you a diagnosis, but you can talk to a doctor about it.",
    "Désolé, je ne peux pas t'aider avec ça, mais tu peux contacter le support.",
    "Leider kann ich dir dabei nicht helfen, aber du kannst dich an einen Anwalt wenden.",
    "Lo siento, no puedo ayudarte con eso, pero puedes consultar a un profesional.",
    "Sorry, but that's not something I'm able to help with.",
};

static void test_embedded(void)
{
    lexcheck_answered(g_lx, answered, LEXCHECK_N(answered), 1);
    lexcheck_all(g_lx, plain, LEXCHECK_N(plain), RF_RULE_COMPLIANCE);
    lexcheck_answered(g_lx, declined, LEXCHECK_N(declined), 0);
    lexcheck_refusal_side(g_lx, declined, LEXCHECK_N(declined));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_parse);
    TEST_RUN(test_embedded);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
