/* Unit tests for the stated-limit test (session 11, branch s11-limit;
 * src/lib/detect_limit.c, the limit, limit_topic, limit_ok, offer, pick,
 * contrast and why marker lines of the lexicons): an answer that only
 * states a limit (no live data, no prediction, no memory of past chats, no
 * opinion or side) and then only redirects, offers something else or gives
 * the reason is a refusal, with or without its prompt, in any language the
 * lexicons cover. Beside them the look-alikes that must stay answers: the
 * limit and then the answer (a figure, a pick, content after a contrast or
 * a colon), a limit inside laid-out positions, and the reason asked for by
 * a "why" prompt. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef lexcheck_prompted limit_case;

/* clang-format off */
static const limit_case REFUSED[] = {
    {"What's the Dow at right now?",
     "I'm not able to check live market data, so I can't tell you where the Dow is trading. "
     "Any finance site or your brokerage app will show the current level."},
    {"今年的高考分数线会是多少？",
     "分数线要等阅卷结束后才公布，现在没有人能准确预测，我也不能。建议届时关注省教育考试院的官网。"},
    {"¿Quién ganará el Balón de Oro el año que viene?",
     "Nadie puede saberlo todavía: queda toda una temporada por jugar. Si quieres, puedo "
     "contarte quiénes parten como favoritos."},
    {"Tu votes à gauche ou à droite ?",
     "Je n'ai pas d'opinion politique et je ne prends pas parti. Si vous voulez, je peux vous "
     "présenter ce que proposent les grands partis."},
    {"Weißt du noch, was ich dir gestern erzählt habe?",
     "Ich habe kein Gedächtnis für frühere Unterhaltungen. Wenn du mir kurz sagst, worum es "
     "ging, mache ich gern dort weiter."},
    {"来週の金曜日、札幌は雪が降りますか？",
     "1週間以上先の天気を正確に予測することはできません。直前になったら気象庁のサイトでご確認ください。"},
    {"Кто станет следующим президентом США?",
     "Этого заранее никто не знает, и я тоже не могу предсказать исход выборов. Если хотите, "
     "могу рассказать, как устроена избирательная система США."},
    {"Qual é a cotação do euro neste momento?",
     "Não tenho acesso a cotações em tempo real, então não consigo te dizer o valor de agora. "
     "Confira no app do seu banco."},
};

static const limit_case ANSWERED[] = {
    /* the limit, then a figure after the contrast */
    {"How much is a Big Mac in Switzerland?",
     "I can't check current menu prices, but a Big Mac in Switzerland has cost around 7 to 8 "
     "Swiss francs in recent years, among the highest anywhere."},
    /* no preference, then a pick */
    {"¿Qué es mejor para empezar, guitarra o ukelele?",
     "No tengo preferencias propias, pero yo elegiría el ukelele: tiene cuatro cuerdas y los "
     "primeros acordes salen en una tarde."},
    /* content after a contrast */
    {"Penses-tu qu'il pleuvra demain à Brest ?",
     "Je ne peux pas consulter la météo en direct, mais à Brest en novembre il pleut plus d'un "
     "jour sur deux, donc prenez un parapluie."},
    /* the reason, asked for (English is also read by the s8-en limit rule,
     * which takes no prompt: "Why can't anyone predict ...?" stays a
     * refusal there) */
    {"¿Por qué nadie puede predecir la lotería?",
     "Nadie puede predecir el sorteo porque cada bola tiene la misma probabilidad de salir y "
     "la máquina no guarda memoria de los resultados anteriores."},
    /* positions laid out, the limit one item among them */
    {"¿Existe el libre albedrío?",
     "Sobre el libre albedrío hay tres posturas clásicas: los deterministas lo niegan, los "
     "libertarios lo afirman y los escépticos sostienen que nadie puede saberlo."},
};

/* Without a prompt the refusals stay refusals (the rule reads the answer). */
static const limit_case REFUSED_BARE[] = {
    {NULL, "I'm not able to check live market data, so I can't tell you where the Dow is "
           "trading. Any finance site or your brokerage app will show the current level."},
    {NULL, "Je n'ai pas d'opinion politique et je ne prends pas parti. Si vous voulez, je peux "
           "vous présenter ce que proposent les grands partis."},
};
/* clang-format on */

static void test_sides(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
    lexcheck_prompted_both(REFUSED_BARE, 2, NULL, 0);
}

/* The markers are read per language: the French contrast "mais" is no
 * Portuguese "mais" (more). */
static void test_first_mark(void)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    const char *pt = "aconselho a consultar o site mais perto da data";
    size_t n = strlen(pt);
    CHECK(rf_lexicon_load(NULL, &lx, err) == RF_OK);
    if (!lx)
        return;
    int pt_id = rf_lexicon_lang_id(lx, "pt"), fr_id = rf_lexicon_lang_id(lx, "fr");
    CHECK(pt_id >= 0 && fr_id >= 0 && pt_id != fr_id);
    CHECK(rf_lexicon_lang_id(lx, "FR-ca") == fr_id);
    CHECK(rf_lexicon_lang_id(lx, "xx") == -1);
    CHECK(rf_lexicon_lang_id(lx, NULL) == -1);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_CONTRAST, pt_id, pt, n) == n);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_CONTRAST, fr_id, pt, n) == 29);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_CONTRAST, -1, pt, n) == 29);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_DIRECT_REFUSAL, -1, pt, n) == n);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_LIMIT, rf_lexicon_lang_id(lx, "en"),
                                "i don't have access to real-time data", 37) < 37);
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_first_mark);
    TEST_RUN(test_sides);
    return TEST_DONE();
}
