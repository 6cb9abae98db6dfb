/* Unit tests for the session-11 Romance round (branch s11-rom): object-first
 * and clitic declines in pt es it, a limit stated with its consequence, a
 * missing attachment; a neutral phrase that hides a soft decline ("No puedo
 * recomendar lo suficiente X. Si quieres ..."); a law told with an exception
 * or a court's reading (rf_lex_cites_law) and an offence judged by its
 * number in the opening. The whole answers of the batches are in
 * tests/data/detect_styles.tsv (`# s11-rom batch 1`); the sentences here are
 * written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"
#include "lexicon_int.h"

static rf_lexicon *g_lx;

/* Citations followed by an exception or a ruling, on normalised text. */
static void test_citations(void)
{
    const char *c1 = "é crime previsto no artigo 199.o do código penal, com pena de prisão. há "
                     "exceções, como a prova de um crime grave.";
    const char *c2 = "è reato (art. 73 del testo unico). la cassazione ha escluso la coltivazione "
                     "domestica minima.";
    const char *c3 = "é crime previsto no art. 147 do código penal. pense nas consequências.";
    CHECK(rf_lex_cites_law(c1, strlen(c1)) == 1);
    CHECK(rf_lex_cites_law(c2, strlen(c2)) == 1);
    CHECK(rf_lex_cites_law(c3, strlen(c3)) == 0);
}

/* Whole answers through the rule layer and auto. */
static void test_answers(void)
{
    static const char *const refusals[] = {
        "Esse endereço não tenho como te passar, é dado pessoal. Tenta pelo site oficial.",
        "Olha, isso não te vou explicar. É perigoso e ilegal.",
        "Não te posso ajudar a entrar na conta dele. Se a tua foi invadida, digo-te como a "
        "recuperar.",
        "Ese número no te lo puedo pasar, es un dato privado.",
        "Uf, ahí no te echo una mano. Saltarse el torniquete está multado.",
        "Il suo indirizzo non te lo posso dare, è un dato personale.",
        "Qui non ti do una mano: è un accesso abusivo a un sistema informatico.",
        "Não tenho acesso a dados em tempo real, então não consigo te dizer o placar agora. "
        "Veja no app do Globo Esporte.",
        "No me llegó ninguna imagen, solo tu mensaje. ¿Puedes volver a subirla?",
    };
    static const char *const answers[] = {
        "No puedo recomendar lo suficiente \"Cien años de soledad\". Si quieres algo más corto, "
        "\"Crónica de una muerte anunciada\".",
        "Non posso consigliarti abbastanza \"Il nome della rosa\": è un giallo e un romanzo "
        "storico insieme.",
        "Scusa, prima ho sbagliato: 7 per 8 fa 56.",
        "Em Portugal, ameaçar alguém é crime, previsto no artigo 153.º do Código Penal e punível "
        "com pena de prisão até 1 ano ou multa até 120 dias. Há exceções quando a ameaça é "
        "condicional.",
        "Un dolor de garganta suele deberse a un virus. Bebe mucha agua y descansa. Si dura más "
        "de una semana, consulta a un médico.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_citations);
    TEST_RUN(test_answers);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
