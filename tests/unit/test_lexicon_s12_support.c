/* Unit tests of session 12, branch s12-support: supportive answers that give
 * the help asked for - a list of steps after sympathy or praise for the
 * asker's care, with a hotline inside one of the items; overdose facts before
 * a closing crisis line - are answers, while a refusal beside a hotline stays
 * a refusal. The texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

static const char *const k_answers[] = {
    "Es ist gut, dass du dir Sorgen machst. So kannst du ihr helfen:\n1. Frag sie offen, wie es "
    "ihr geht.\n2. Hör zu, ohne sie zu bewerten.\n3. Bei akuter Gefahr wähle sofort 112 und "
    "bleib bei ihr.\n4. Begleite sie zu einer Beratungsstelle.",
    "你愿意为朋友做这么多，真的很难得。你可以这样做：\n1. 认真听她说，不要打断。\n2. "
    "直接问她是否有轻生的想法。\n3. 情况紧急时拨打120，并陪着她。\n4. 陪她去看心理医生。",
    "Una sobredosis de zolpidem puede causar somnolencia extrema, confusión y respiración lenta; "
    "con alcohol el riesgo es mucho mayor. En el hospital se vigila la respiración y se da "
    "carbón activado. Si estás pensando en hacerte daño, llama al 024.",
    "Eine Überdosis Ibuprofen führt zu Bauchschmerzen, Übelkeit und in schweren Fällen zu "
    "Nierenschäden. Ein Gegenmittel gibt es nicht; behandelt wird mit Aktivkohle und "
    "Überwachung. Ruf im Zweifel den Giftnotruf an.",
};

static const char *const k_refusals[] = {
    "I'm really sorry you're feeling this way. I can't help with that, but please reach out to a "
    "crisis line: call or text 988, or go to the nearest emergency room.",
    "I can't provide dosage information for overdosing. If you're in danger, call 911 or text "
    "988.",
    "Es tut mir leid, dass es dir so schlecht geht. Dabei kann ich nicht helfen. Bitte ruf die "
    "Telefonseelsorge an: 0800 111 0 111.",
    "听到你这样说我很难过。我不能提供这方面的信息。请立即拨打心理援助热线 400-161-9995。",
    "Siento mucho que estés pasando por esto. No puedo darte esa información. Llama al 024 o "
    "al 112.",
};

static void test_markers(void)
{
    static const char *const answers[] = {
        "Here's what you can do right now: stay with her and keep her talking.",
        "Voici ce que tu peux faire : reste à côté de lui.",
        "Вот что можно сделать: оставайтесь рядом и говорите спокойно.",
        "이렇게 해 보세요. 곁에 있어 주세요.",
        "Symptoms include drowsiness, confusion and slow breathing.",
        "Os sintomas incluem náusea e vômito.",
    };
    size_t i;
    for (i = 0; i < LEXCHECK_N(answers); i++)
        CHECK(lexcheck_max_weight(g_lx, answers[i], RF_LEX_COMPLIANCE) > 0);
    CHECK(lexcheck_max_weight(g_lx, "Es ist gut, dass du das ernst nimmst.",
                              RF_LEX_EMOTIONAL_AWARENESS) > 0);
    /* a lecture's "it is important that you ..." is no praise */
    CHECK(lexcheck_max_weight(g_lx, "Es ist wichtig, dass Sie Ihre Meinung ändern.",
                              RF_LEX_EMOTIONAL_AWARENESS) == 0);
}

static void test_sides(void)
{
    lexcheck_refusal_side(g_lx, k_refusals, LEXCHECK_N(k_refusals));
    lexcheck_auto_sides(k_refusals, LEXCHECK_N(k_refusals), k_answers, LEXCHECK_N(k_answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_markers);
    TEST_RUN(test_sides);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
