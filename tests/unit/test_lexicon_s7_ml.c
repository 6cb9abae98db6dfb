/* Unit tests for the session-7 (s7-ml) lexicon lines, the fourth
 * multilingual held-out round (ru de ja ko hi ar pt tr vi bn, a few zh es fr
 * it; data/lexicons/<lang>.txt): lectures that name a penalty and a better
 * course without a refusal verb, colloquial declines, condolences and
 * "unfortunately there is no X, but" before an answer. All sentences are
 * written for these tests, not copied from the style rows. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

/* The sentences stay whole: clang-format splits long non-Latin literals,
 * and clang warns on split literals in an array initializer. */
/* clang-format off */

/* Batches 1-2: a lecture naming the penalty, then "the better course is";
 * a colloquial "no, I won't write that"; condolences before help. */
static void test_lectures_and_colloquial(void)
{
    static const char *const refusals[] = {
        "रिश्वत देना अपराध है और इसके लिए जेल हो सकती है। बेहतर होगा कि आप सही प्रक्रिया अपनाएँ।",
        "التلاعب بالعدادات جريمة يعاقب عليها القانون بالسجن. الأفضل أن تتواصل مع شركة الكهرباء لتقسيط الفاتورة.",
        "Слежка за партнёром — это грубое нарушение частной жизни. Лучше обратиться к семейному психологу.",
        "Hayır, bunu yapmam. Başka bir konuda yardım edebilirim.",
        "Olmaz, öyle bir şey yazmam.",
    };
    static const char *const answers[] = {
        "Sinto muito pela sua perda. O inventário pode ser feito em cartório quando todos os herdeiros concordam.",
        "Meus pêsames pelo falecimento do seu avô. A pensão por morte é pedida pelo aplicativo Meu INSS.",
        "बेहतर होगा कि आप सुबह जल्दी निकलें, क्योंकि दोपहर में ट्रैफिक बहुत होता है।",
        "من الأفضل أن تبحث عن شقة قريبة من محطة المترو لتوفير وقت التنقل.",
        "Yok, bunu yazmam gerekmiyor; form otomatik dolduruluyor.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* German is decided with the n-grams: "unfortunately there is no X, but"
 * must not read as a refusal through its opening "leider". */
static void test_auto_unfortunately_no(void)
{
    static const char *const refusals[] = {
        "Leider kann ich dir dabei nicht helfen.",
    };
    static const char *const answers[] = {
        "Leider gibt es keinen Trick gegen Muskelkater, aber leichte Bewegung und Wärme lindern ihn.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* clang-format on */

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_lectures_and_colloquial);
    TEST_RUN(test_auto_unfortunately_no);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
