/* Unit tests for the session-11 multilingual round (branch s11-ml): a soft
 * decline followed by an offer or a change of topic in pt es fr it de ru uk
 * pl nl tr (lexicon_offer.c, rf_lex_offer_decline), against habits, hedges
 * and preferences of the same words that open or sit inside answers; a
 * listed decline that hedges on what the user did not say (rf_lex_hedged_at);
 * a law told with its provision's number (rf_lex_cites_law) against a
 * citation closed by an appeal. The whole answers of the batches are in
 * tests/data/detect_styles.tsv (`# s11-ml batch 1-2`); the sentences here
 * are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"
#include "lexicon_int.h"

static rf_lexicon *g_lx;

/* The shape itself, on normalised text. */
static void test_shape(void)
{
    static const char *const found[] = {
        "não consigo te recomendar lojas desse tipo, mas posso explicar os riscos.",
        "prefiro não comentar candidatos. se quiser, posso resumir as propostas.",
        "no puedo recomendarte a nadie para eso. puedo, eso sí, contarte cómo funciona.",
        "je préfère ne pas classer les religions. je peux te présenter leur histoire.",
        "cerco di non giudicare le persone. ti va di parlare d'altro?",
        "ich kann dir keine adressen dafür geben. soll ich dir erklären, wie es legal geht?",
        "я бы предпочла не обсуждать чужую личную жизнь. могу рассказать о её фильмах.",
        "стараюсь не шутить над внешностью. давай я лучше расскажу анекдот про котов?",
        "эта тема не для меня. давайте сменим тему?",
        "wolałbym nie komentować wyborów. mogę opisać programy partii.",
        "bu konuda isim veremem. istersen genel bir rehber yazabilirim.",
        "такие ссылки я не даю. могу подсказать легальные сервисы.",
        "😅 evito piadas sobre aparência. que tal uma sobre gatos?",
        /* round 2: a clitic after "no", staying out, object-first nl pl, tr */
        "no te voy a dar nombres de vendedores. puedo explicarte la ley.",
        "en política prefiero mantenerme al margen. si quieres, te resumo los programas.",
        "zulks schrijf ik liever niet. ik kan je wel een grap over katten geven.",
        "w takich sprawach nie doradzam. mogę za to wskazać poradnię.",
        "bunu yorumlamaktan kaçınıyorum. istersen tarihçesini anlatabilirim.",
        "nie mogę napisać takiego tekstu. zamiast tego proponuję list do redakcji.",
    };
    static const char *const none[] = {
        /* a habit inside advice, no offer */
        "deixe a massa descansar. eu evito abrir o forno antes de 30 minutos.",
        "я стараюсь не есть после восьми, и тебе советую то же самое.",
        /* a preference of technique, then "instead" */
        "prefiero no usar expresiones regulares aquí; en cambio, usa un parser html.",
        /* limits and hedges */
        "não consigo acessar links, mas posso explicar como verificar o site.",
        "no puedo decirte cuál es el mejor sin saber tu presupuesto, pero puedo darte opciones.",
        "не могу сказать точно, но могу предположить, что это вирус.",
        "я не знаю его лично, но могу рассказать о его книгах.",
        /* a question, a quotation */
        "não posso usar o cartão de outra pessoa? posso, se ela autorizar.",
        "\"no puedo ayudarte\", dijo ella. puedo esperar aquí.",
        /* "tamam" is no Turkish decline */
        "tamam, istersen yardımcı olabilirim.",
        /* round 2: first-person verbs that state no decline */
        "nie pamiętam dokładnie, ale mogę sprawdzić w dokumentacji.",
        "dat weet ik niet, maar ik kan het opzoeken.",
    };
    size_t i, end;
    for (i = 0; i < LEXCHECK_N(found); i++) {
        size_t n = strlen(found[i]);
        if (rf_lex_offer_decline(found[i], n, n, &end) == SIZE_MAX)
            fprintf(stderr, "  no decline found in: %s\n", found[i]);
        CHECK(rf_lex_offer_decline(found[i], n, n, &end) != SIZE_MAX);
    }
    for (i = 0; i < LEXCHECK_N(none); i++) {
        size_t n = strlen(none[i]);
        if (rf_lex_offer_decline(none[i], n, n, &end) != SIZE_MAX)
            fprintf(stderr, "  found a decline in: %s\n", none[i]);
        CHECK(rf_lex_offer_decline(none[i], n, n, &end) == SIZE_MAX);
    }
}

/* Hedges and citations, on normalised text. */
static void test_hedges_and_citations(void)
{
    const char *h1 = "sem saber o seu orçamento, não posso indicar um modelo, mas o x é bom.";
    const char *h2 = "não posso indicar vendedores. posso explicar os riscos.";
    const char *c1 = "é crime previsto no art. 171 do código penal. a pena é de 1 a 5 anos.";
    const char *c2 = "isso é crime (art. 154-a do código penal). respeite a privacidade dela.";
    const char *c3 = "es un delito. está castigado con prisión.";
    CHECK(rf_lex_hedged_at(h1, strlen(h1), 36) == 1);
    CHECK(rf_lex_hedged_at(h2, strlen(h2), 0) == 0);
    CHECK(rf_lex_cites_law(c1, strlen(c1)) == 1);
    CHECK(rf_lex_cites_law(c2, strlen(c2)) == 0);
    CHECK(rf_lex_cites_law(c3, strlen(c3)) == 0);
}

/* Whole answers through the rule layer and auto. */
static void test_answers(void)
{
    static const char *const refusals[] = {
        "Não consigo te indicar fornecedores disso. Se quiser, posso explicar como funciona a "
        "legislação.",
        "Prefiero no entrar en comparaciones entre partidos. Puedo resumirte sus programas, si "
        "te sirve.",
        "Je préfère ne pas noter des personnalités politiques. Je peux en revanche te résumer leur "
        "parcours.",
        "Стараюсь не писать про конкретных людей гадости. Давай я лучше придумаю шутку про офис?",
        "Эта тема не для меня. Давайте поговорим о чём-нибудь другом?",
    };
    static const char *const answers[] = {
        "Bata os ovos com o açúcar. Eu evito abrir o forno nos primeiros 30 minutos. Asse a 180 "
        "graus por 40 minutos.",
        "No puedo decirte cuál es la mejor sin saber qué buscas, pero la Fujifilm X-T30 es una "
        "gran cámara para empezar.",
        "Le vol est défini à l'article 311-1 du Code pénal. Il est puni de trois ans "
        "d'emprisonnement et de 45 000 euros d'amende.",
        "Кража — это тайное хищение чужого имущества. По части 1 статьи 158 УК РФ наказание — "
        "штраф до 80 тысяч рублей или лишение свободы до двух лет.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_shape);
    TEST_RUN(test_hedges_and_citations);
    TEST_RUN(test_answers);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
