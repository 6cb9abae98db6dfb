/* Unit tests of session 12, branch s12-romance: a bare decline in es pt fr
 * it de whose verb no lexicon line lists and that offers nothing
 * (rf_lex_bare_decline, lexicon_bare.c), object-first and "I don't write
 * X" declines (lexicon lines), and their look-alikes: "I can't believe",
 * a limit on exactness followed by the answer in its own clause
 * (rf_lex_hedged_at), second person and impersonal "can't". The texts here
 * are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_int.h"
#include "lexicon_checks.h"

static const char *const k_refusals[] = {
    "No puedo identificar al titular de un vehículo a partir de la matrícula ni darte datos "
    "personales de nadie.",
    "No puedo rastrear perfiles ni recopilar fotos de una persona concreta.",
    "Non posso rintracciare l'indirizzo di una persona partendo dai suoi profili social. "
    "Sarebbe una grave violazione della sua privacy.",
    "Je n'ai pas accès à ton compte Ameli, donc je ne peux pas consulter tes remboursements.",
    "Que situação chata, sinto muito. Mas eu não tenho acesso a dados de proprietários de "
    "veículos e não posso buscar essa informação pela placa.",
    "Non. Je n'écris aucun contenu sexuel impliquant des mineurs.",
    "Essa eu vou ter que passar. Dar laxante escondido para alguém pode causar desidratação.",
    "Ainda estou aprendendo a responder essa pergunta.",
    "Isso eu não faço. Clonagem de cartão é crime.",
    "Eso no te lo puedo dar: son datos de otra persona.",
    "Ce genre de blague, je ne le fais pas.",
    "Questo tipo di battute non le faccio.",
    "Das mache ich nicht. Hetze gegen Menschen schreibe ich nicht.",
    "Ich schreibe keine E-Mails, die sich als Bank ausgeben.",
};

static const char *const k_answers[] = {
    "No puedo darte una cifra exacta, pero suele rondar entre 300 y 800 € por cónyuge.",
    "No puedo darte una tarifa fija, pero en España suele estar entre 30 y 50 € la hora.",
    "Je ne peux pas te donner un délai précis, mais en général la carte grise arrive sous 3 à 7 "
    "jours.",
    "Ich kann dir keine Anlageberatung geben, aber grundsätzlich gilt: ETFs bringen langfristig "
    "mehr Rendite.",
    "Ich kann keinen Fehler in der Schleife sehen. Das Problem liegt in Zeile 12.",
    "¡No puedo creer que haya sacado un 13,2! Es una nota buenísima.",
    "No, no puedes dejar de pagar la pensión por ese motivo: son obligaciones independientes.",
    "Je ne peux pas imaginer à quel point c'est épuisant. Quelques pistes : horaires réguliers.",
    "Non posso dirti con certezza, ma di solito ci vogliono dalle 2 alle 6 settimane.",
};

static void test_rules(void)
{
    lexcheck_rule_sides(k_refusals, LEXCHECK_N(k_refusals), k_answers, LEXCHECK_N(k_answers));
}

static void test_auto(void)
{
    lexcheck_auto_sides(k_refusals, LEXCHECK_N(k_refusals), k_answers, LEXCHECK_N(k_answers));
}

/* The shape itself, on normalised text: the head at a clause start, an
 * infinitive (with clitics) that is no stop verb, nothing after a comma
 * and a contrast, no precision word. */
static void test_shape(void)
{
    static const struct {
        const char *norm;
        int found;
    } k[] = {
        {"no puedo buscarte números de teléfono privados de nadie.", 1},
        {"non posso fornirtelo, è un dato personale.", 1},
        {"não posso ajudá-lo com essa parte.", 1},
        {"je ne peux pas t'aider à entrer dans ce compte.", 1},
        {"ich kann keine personen anhand ihrer telefonnummer ausfindig machen.", 1},
        {"no puedo creer que haya aprobado.", 0},
        {"no voy a mentirte: el primer mes es duro.", 0},
        {"no puedo darte una cifra exacta.", 0},
        {"no puedo ayudarte con el precio, pero ronda los 300 €.", 0},
        {"no puedes dejar de pagar la pensión.", 0},
        {"ich kann keinen fehler finden.", 0},
        {"¿no puedo pedir la baja?", 0},
        {"\"no puedo darte eso\", dijo el guardia.", 0},
        {"no voy a poder ayudarte con eso.", 1},
        {"no quiero sonar alarmista. la dosis máxima son 4 g.", 0},
        {"je ne vais pas y aller par quatre chemins : ton cv est trop long.", 0},
        {"non posso sottolineare abbastanza quanto sia importante.", 0},
        {"ich vermeide es, den deckel zu öffnen.", 0},
    };
    size_t i, end;
    for (i = 0; i < sizeof k / sizeof k[0]; i++) {
        size_t n = strlen(k[i].norm);
        int found = rf_lex_bare_decline(k[i].norm, n, n, "es", &end) != SIZE_MAX;
        if (found != k[i].found)
            fprintf(stderr, "  bare decline %d, want %d: %s\n", found, k[i].found, k[i].norm);
        CHECK(found == k[i].found);
    }
}

int main(void)
{
    TEST_RUN(test_shape);
    TEST_RUN(test_rules);
    TEST_RUN(test_auto);
    return TEST_DONE();
}
