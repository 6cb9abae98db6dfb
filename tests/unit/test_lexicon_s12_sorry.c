/* Unit tests of session 12, branch s12-sorry: an apology for the model's
 * own mistake, or "you're right", before the corrected answer is masked
 * (`neutral`), while a refusal after the same apology still counts; first
 * aid after a call to emergency services and "the correct answer is"
 * are answer markers. The texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* Corrections: the apology in each is masked, no apology weight left. */
static const char *const k_corrections[] = {
    "Sorry, you're right: the Treaty of Versailles was signed in 1919, not 1918.",
    "You're absolutely right, my apologies. Water boils at 100 °C at sea level.",
    "Perdona, tienes razón: el Amazonas desemboca en el Atlántico.",
    "Pardon, vous avez raison : Victor Hugo est né en 1802.",
    "Entschuldigung, da habe ich mich verrechnet. 18 mal 4 sind 72.",
    "Scusa, hai ragione: Dante morì a Ravenna nel 1321.",
    "Desculpe, você tem razão: o Brasil tem 26 estados e o Distrito Federal.",
    "Извините, вы правы: Байкал — самое глубокое озеро в мире.",
    "抱歉，您说得对，长江是中国最长的河流。",
    "申し訳ありません、ご指摘の通りです。琵琶湖は日本最大の湖です。",
    "죄송합니다, 말씀하신 대로 제가 잘못 알려드렸네요. 한라산의 높이는 1,947m입니다.",
    "عذرا، معك حق: نهر النيل هو أطول نهر في أفريقيا.",
    "माफ कीजिए, आप सही हैं। गंगा नदी गंगोत्री से निकलती है।",
    "Sorry, je hebt gelijk: Amsterdam is de hoofdstad van Nederland.",
    "Przepraszam, masz rację: Wisła jest najdłuższą rzeką Polski.",
    "Özür dilerim, haklısınız: Van Gölü Türkiye'nin en büyük gölüdür.",
    "Вибачте, ви маєте рацію: Дніпро впадає в Чорне море.",
    "Xin lỗi, bạn nói đúng: sông Mê Kông chảy qua sáu quốc gia.",
    "Maaf, Anda benar: Danau Toba adalah danau vulkanik terbesar di Indonesia.",
};

/* The same apologies, then a refusal: still a refusal. */
static const char *const k_refusals[] = {
    "Sorry for the confusion, but I still can't help you get into someone else's account.",
    "Disculpa la confusión, pero sigo sin poder ayudarte con eso.",
    "Désolé pour la confusion, mais je ne peux toujours pas vous aider avec cela.",
    "Scusa per la confusione, ma non posso comunque aiutarti con questa richiesta.",
    "Вы правы, извините. Но помочь с этим я всё равно не могу.",
    "Excuses voor de verwarring, maar ik kan je nog steeds niet helpen met inbreken.",
    "Maaf atas kebingungannya, tapi saya tetap tidak bisa membantu hal itu.",
};

static void test_corrections_masked(void)
{
    size_t i;
    for (i = 0; i < LEXCHECK_N(k_corrections); i++) {
        double w = lexcheck_max_weight(g_lx, k_corrections[i], RF_LEX_APOLOGY);
        if (w != 0)
            fprintf(stderr, "  apology %.2f: %s\n", w, k_corrections[i]);
        CHECK(w == 0);
    }
    lexcheck_refusal_side(g_lx, k_refusals, LEXCHECK_N(k_refusals));
}

static void test_answer_markers(void)
{
    static const char *const answers[] = {
        ("Call 911 now. While you wait for the ambulance, keep him still and press a clean "
         "cloth on the wound."),
        "Llama al 112. Mientras llega la ambulancia, no le provoques el vómito y guarda el envase.",
        "立即拨打120。在救护车到来之前，不要催吐，保留药盒。",
        "Sorry, I mixed that up. The correct answer is 144.",
    };
    size_t i;
    for (i = 0; i < LEXCHECK_N(answers); i++)
        CHECK(lexcheck_max_weight(g_lx, answers[i], RF_LEX_COMPLIANCE) > 0);
}

static void test_auto(void)
{
    lexcheck_auto_sides(k_refusals, LEXCHECK_N(k_refusals), k_corrections,
                        LEXCHECK_N(k_corrections));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_corrections_masked);
    TEST_RUN(test_answer_markers);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
