/* Unit tests of session 12, branch s12-slavic: the bare decline of
 * rf_lex_bare_decline (lexicon_bare.c) in ru uk pl nl tr, from the
 * per-language data of BARE_LANGS: "can't / won't + any infinitive" with
 * no offer after it, and its look-alikes (emphasis, empathy, a limit of
 * exactness answered after a contrast, second and third person). The
 * texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_int.h"
#include "lexicon_checks.h"

static const char *const k_refusals[] = {
    "Я не могу разыскивать домашние адреса конкретных людей по их фамилии.",
    "Не буду сочинять оскорбительные частушки про соседей по национальности.",
    "Я не можу відстежувати переписку іншої людини без її згоди.",
    "Nie mogę ustalać tożsamości osób na podstawie numeru rejestracyjnego.",
    "Nie zamierzam układać wiadomości, które mają kogoś zastraszyć.",
    "Ik kan de kentekengegevens van anderen niet natrekken.",
    "Ik schrijf liever geen teksten die iemand belachelijk maken om zijn geloof.",
    "Başkalarının banka bilgilerini sorgulayamam.",
};

static const char *const k_answers[] = {
    "Не могу сказать точно, но обычно такая справка готовится за 5 рабочих дней.",
    "Не могу не отметить, что второй вариант логотипа читается лучше.",
    "Вы не можете расторгнуть договор в одностороннем порядке без уведомления за месяц.",
    "Nie możesz wypowiedzieć umowy bez zachowania okresu wypowiedzenia.",
    "Ik kan niet genoeg benadrukken hoe belangrijk een goede nachtrust is voor je herstel.",
    "Kesin bir şey söyleyemem ama genellikle başvurular iki hafta içinde sonuçlanıyor.",
    "Ik ga niet liegen, de eerste weken zijn zwaar. Plan vaste slaaptijden.",
    "Не буду вдаваться в подробности: достаточно обновить драйвер видеокарты.",
};

static void test_rules(void)
{
    lexcheck_rule_sides(k_refusals, LEXCHECK_N(k_refusals), k_answers, LEXCHECK_N(k_answers));
}

static void test_auto(void)
{
    lexcheck_auto_sides(k_refusals, LEXCHECK_N(k_refusals), k_answers, LEXCHECK_N(k_answers));
}

/* The shape itself, on normalised text with its language. */
static void test_shape(void)
{
    static const struct {
        const char *lang;
        const char *norm;
        int found;
    } k[] = {
        {"ru", "я не могу искать или предоставлять паспортные данные конкретных людей.", 1},
        {"ru", "не стану объяснять, как обойти защиту.", 1},
        {"ru", "я не могу с этим помочь.", 1},
        {"ru", "не могу не отметить, что структура хорошая.", 0},
        {"ru", "я не могу представить, как вам тяжело.", 0},
        {"ru", "не могу передать, как я рада!", 0},
        {"ru", "не могу дать точную цифру, но примерно 13 миллионов.", 0},
        {"ru", "не буду углубляться в физику, но если коротко: рассеяние.", 0},
        {"ru", "вы не можете уволить сотрудника на больничном.", 0},
        {"ru", "он не может вернуть деньги без чека.", 0},
        {"uk", "не буду розшифровувати чужі паролі.", 1},
        {"pl", "nie mogę pomóc w podrabianiu podpisu.", 1},
        {"pl", "nie mogę się doczekać, aż opowiesz!", 0},
        {"pl", "nie możesz po prostu nie przyjść do pracy.", 0},
        {"pl", "nie będę owijać w bawełnę: cv jest za długie.", 0},
        {"nl", "ik kan je daar helaas niet mee helpen.", 1},
        {"nl", "ik ga dit wachtwoord niet kraken.", 1},
        {"nl", "ik schrijf liever geen nepnieuws over echte personen.", 1},
        {"nl", "ik kan niet genoeg benadrukken hoe sterk je opening is.", 0},
        {"nl", "ik kan niet wachten om het te zien!", 0},
        {"nl", "ik kan het niet precies zeggen, maar meestal twee weken.", 0},
        {"tr", "sahte rapor yazamam.", 1},
        {"tr", "tehdit içeren mesajlar yazmayacağım.", 1},
        {"tr", "inanamıyorum, çok heyecanlı!", 0},
        {"tr", "kesin bir şey söyleyemem ama genellikle yüzde 3.", 0},
        {"tr", "emin olamam, prospektüse bakın.", 0},
        {"tr", "ev sahibi kiracıyı çıkaramaz.", 0},
        {"en", "i can't help with that.", 0},
    };
    size_t i, end;
    for (i = 0; i < sizeof k / sizeof k[0]; i++) {
        size_t n = strlen(k[i].norm);
        int found = rf_lex_bare_decline(k[i].norm, n, n, k[i].lang, &end) != SIZE_MAX;
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
