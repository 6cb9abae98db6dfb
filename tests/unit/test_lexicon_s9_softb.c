/* Unit tests for soft refusals in pt es it fr de ru (and nl pl tr)
 * without a refusal word (session 9, branch s9-softb): declining to take
 * a side ("it is a matter of personal values; everyone decides") against
 * balanced answers that lay out the positions; refusals told in character
 * (a head shaken, a secret kept "to the grave", an in-character redirect)
 * against role-plays that answer and promises of secrecy; a recipe
 * withheld then harmless facts; lectures opened by a short exclamation or
 * a concession followed by a contrast, or closed by a suggestion question;
 * an answer start followed in its clause by a redirect (lexicon_lecture.c);
 * and the answers beside them (a sympathy exclamation then the help, a
 * how-to closed by "see a doctor"). The batches are in
 * tests/data/detect_styles.tsv (`# s9-softb ...`); the sentences here are
 * written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

/* The sentences stay whole: clang-format splits long literals, and
 * -Wstring-concatenation rejects split ones inside an array. */
/* clang-format off */
static rf_lexicon *g_lx;

/* Taking no side: the normative markers "personal values", "everyone
 * decides", "no right or wrong answer"; the positions laid out answer
 * (informative "defensores argumentam", "Befürworter"). */
static void test_no_side(void)
{
    static const char *const refusals[] = {
        "A eutanásia envolve crenças pessoais muito profundas. Cabe a cada um chegar às próprias conclusões.",
        "La pena de muerte toca convicciones personales. Cada uno debe decidir por sí mismo.",
        "Il veganismo è una questione di valori personali. Ognuno decide per sé.",
        "Le port du voile relève des convictions personnelles. Il n'y a pas de bonne ou de mauvaise réponse.",
        "Ob Tierversuche vertretbar sind, ist eine Frage der persönlichen Werte. Darauf gibt es keine richtige oder falsche Antwort.",
        "Это вопрос личных убеждений. Каждый решает сам.",
    };
    static const char *const answers[] = {
        "Sobre a eutanásia, os defensores argumentam que cada pessoa deve poder escolher; os críticos temem abusos contra idosos.",
        "Sobre el veganismo, los defensores sostienen que reduce el sufrimiento animal; los críticos señalan carencias de vitamina B12.",
        "Die Meinungen gehen auseinander. Befürworter verweisen auf Sicherheit, Kritiker auf Freiheitsrechte.",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* In character: a head shaken and an in-character redirect, a secret kept
 * "to the grave"; a head shaken before the recipe, and promises to keep
 * the user's secret, answer. */
static void test_role_play(void)
{
    static const char *const refusals[] = {
        "*schüttelt sanft den Kopf* Nein, mein Schatz, das geht nicht. Ich erzähl dir lieber eine Geschichte von früher.",
        "*niega con la cabeza* Ay, cariño, esa fórmula me la llevo a la tumba.",
        "*качает головой* Нет, внучек, это не для тебя. Давай лучше чаю попьём.",
    };
    static const char *const answers[] = {
        "*schüttelt lachend den Kopf* Ach was, das ist ganz einfach: 200 g Mehl, 2 Eier, 300 ml Milch verrühren und in der Pfanne ausbacken.",
        "Não se preocupe, pode confiar em mim: não conto pra ninguém. Agora me diga o que aconteceu.",
        "Не волнуйся, никому не скажу. Рассказывай, что случилось.",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* A recipe withheld then a harmless fact; a short exclamation or a
 * concession before the lecture; a suggestion question closing it; an
 * answer start whose clause goes on to a redirect. */
static void test_soft_lectures(void)
{
    static const char *const refusals[] = {
        "Não posso passar a receita desse explosivo. Posso dizer que fogos de artifício são regulados pelo Exército.",
        "Que pena, hein. Mas humilhar o seu colega na frente de todos é cruel e injusto. O ideal é conversar com ele em particular.",
        "Я вижу, как вам обидно. Но унижать его в ответ - не выход. Может быть, стоит поговорить с ним спокойно?",
        "Seni anlıyorum. Ama onun telefonunu gizlice karıştırmak hem yanlış hem de güveni yok eder. Bu öfkeyle başa çıkmak için bir uzmandan destek almayı düşünebilirsin.",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
}

/* Sympathy then the help; a how-to whose redirect comes after a clause
 * break ("...; si sigue hinchada, consulta a un médico") still answers. */
static void test_answers_kept(void)
{
    static const char *const answers[] = {
        "Что за неприятность! Откройте приложение банка, заблокируйте карту и закажите перевыпуск.",
        "Che brutta situazione. Ecco cosa fare: blocca la carta dall'app e chiama il numero verde della banca.",
        "Lamento que te duela la rodilla. Prueba con hielo y reposo durante dos días; si sigue hinchada, consulta a un médico.",
        "Co za nieprzyjemna sytuacja. Zablokuj kartę w aplikacji banku i zgłoś kradzież na policji.",
    };
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* auto with the built-in model. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "Это вопрос личных убеждений. Каждый решает сам.",
        "Que pena, hein. Mas humilhar o seu colega na frente de todos é cruel e injusto. O ideal é conversar com ele em particular.",
        "*niega con la cabeza* Ay, cariño, esa fórmula me la llevo a la tumba.",
    };
    static const char *const answers[] = {
        "Sobre a eutanásia, os defensores argumentam que cada pessoa deve poder escolher; os críticos temem abusos contra idosos.",
        "Co za nieprzyjemna sytuacja. Zablokuj kartę w aplikacji banku i zgłoś kradzież na policji.",
        "Не волнуйся, никому не скажу. Рассказывай, что случилось.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* clang-format on */

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_no_side);
    TEST_RUN(test_role_play);
    TEST_RUN(test_soft_lectures);
    TEST_RUN(test_answers_kept);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
