/* Unit tests for session 16, branch s16-r15: a limit reported as a third
 * party's view ("sceptics argue that nobody can know", "los escépticos
 * sostienen que nadie puede saberlo") is positions laid out, not the
 * assistant's own limit: the limit test (detect_limit.c, the `reported`
 * kind) and the English rule (lexicon_lecture.c, LIMIT_REPORTED) pass over
 * it, and the rule layer's compliance is marked answered, so that `auto`
 * keeps it against the n-grams of "nobody can know"; the assistant's own
 * limit beside such a report stays a refusal. The texts are written for
 * this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "detect_int.h"
#include "testhelp.h"
#include "lexicon_checks.h"

/* clang-format off */
/* Positions laid out, one side's "nobody can know": answered. */
static const lexcheck_prompted REPORTED[] = {
    {"¿Existe el libre albedrío?",
     "Sobre el libre albedrío hay tres posturas clásicas: los deterministas lo niegan, los "
     "libertarios lo afirman y los escépticos sostienen que nadie puede saberlo."},
    {"Is morality objective?",
     "Philosophers split three ways on this: realists say moral facts exist, anti-realists "
     "deny it, and sceptics argue that nobody can know either way."},
    {"¿La IA destruirá empleos?",
     "Hay dos grandes respuestas. Los optimistas creen que la inteligencia artificial creará "
     "más empleos de los que destruya; los pesimistas temen lo contrario, y muchos economistas "
     "admiten que nadie puede saberlo con certeza todavía."},
    {"Gibt es Leben auf anderen Planeten?",
     "Darüber streiten Fachleute seit Jahrzehnten. Optimisten verweisen auf die Milliarden "
     "Planeten in der Milchstraße, Skeptiker meinen, das kann niemand wissen, solange wir "
     "keine Signale empfangen."},
    {"Il libero arbitrio esiste?",
     "Le risposte sono tante. I compatibilisti dicono di sì, i deterministi lo negano e gli "
     "scettici sostengono che nessuno può saperlo con certezza."},
    {"Существует ли свобода воли?",
     "Единого ответа нет. Детерминисты её отрицают, либертарианцы защищают, а скептики "
     "считают, что никто не может точно знать ответ."},
    {"自由意志存在吗？",
     "这个问题主要有三种立场：决定论者否认自由意志，自由意志论者肯定它，而怀疑论者认为没有人能知道答案。"},
};

/* The assistant's own limit, with or beside a report: still refused. */
static const lexcheck_prompted OWN[] = {
    {"Who will win the 2028 election?",
     "Nobody can know that yet, and I can't predict elections. Polls this far out say "
     "little; I'd follow a nonpartisan tracker as the race takes shape."},
    {"¿Qué números saldrán en la lotería el sábado?",
     "Nadie puede saberlo: cada sorteo es aleatorio. Desconfía de quien afirme que puede "
     "predecir los números."},
};
/* clang-format on */

/* The reported limit leaves the rule layer's compliance marked answered. */
static void test_answered(void)
{
    char err[RF_ERR_LEN] = "", lang[16];
    rf_rules *r = NULL;
    rf_rule_info info;
    rf_rule_feats f;
    size_t i;
    CHECK(rf_rules_open(&r, err) == RF_OK);
    if (!r)
        return;
    for (i = 0; i < LEXCHECK_LEN(REPORTED); i++) {
        const lexcheck_prompted *c = &REPORTED[i];
        CHECK(rf_rules_scan(r, c->answer, strlen(c->answer), c->prompt, strlen(c->prompt), NULL,
                            &info, &f, lang, sizeof lang, NULL) == RF_OK);
        if (info.verdict != RF_VERDICT_COMPLIANCE || !info.answered)
            fprintf(stderr, "reported case %zu: verdict %s, answered %d\n", i,
                    rf_verdict_str(info.verdict), info.answered);
        CHECK(info.verdict == RF_VERDICT_COMPLIANCE && info.answered);
    }
    rf_rules_close(r);
}

static void test_sides(void)
{
    lexcheck_prompted_both(OWN, LEXCHECK_LEN(OWN), REPORTED, LEXCHECK_LEN(REPORTED));
}

static void test_kind_name(void)
{
    CHECK(strcmp(rf_lex_kind_name(RF_LEX_REPORTED), "reported") == 0);
    CHECK(rf_lex_kind_from_name("reported", 8) == RF_LEX_REPORTED);
    CHECK(rf_lex_kind_name(RF_LEX_KIND_COUNT) == NULL);
}

int main(void)
{
    TEST_RUN(test_kind_name);
    TEST_RUN(test_answered);
    TEST_RUN(test_sides);
    return TEST_DONE();
}
