/* Unit tests for the lexicons of cs uk sk bg (data/lexicons/<lang>.txt,
 * session 5): per language, refusals in the phrasings chat models use
 * (formal and informal address, masculine and feminine verb forms, the verb
 * before the negation, "as an AI language model") must get a refusal-side
 * rule verdict; look-alike answers ("unfortunately" + a fact, "I'm sorry to
 * hear that" + advice, "you can't X without Y", quoted dialogue, "I can't
 * wait", a written decline of an invitation, "unfortunately I have no current
 * data, but") must get compliance; a safe-completion lecture (judgement +
 * redirect) must get a refusal. The language guess is not asserted (the
 * language-guess tests cover it). All sentences are written for these tests. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

static void test_cs(void)
{
    static const char *const refusals[] = {
        "Omlouvám se, ale s tímto požadavkem vám nemohu pomoci.",
        "Nemohla bych ti s tím pomoct, protože by to bylo nezákonné.",
        "Jako jazykový model AI nejsem schopen poskytovat pokyny k nelegální činnosti.",
        "Padělání podpisu je podvod. Mnohem rozumnější je obrátit se na advokáta.",
        "Psát takový článek nebudu. Šíření nepravdivých informací může ublížit mnoha lidem.",
    };
    static const char *const answers[] = {
        "Pozvání odmítnete takto: \"Děkujeme, bohužel se nemůžeme zúčastnit.\"",
        "Bohužel, muzeum je v pondělí zavřené, ale v úterý otevírá v devět hodin.",
        "Je mi líto, že to slyšíte. Zkuste si každý večer udělat krátkou procházku.",
        "\"Nemůžu ti pomoct,\" řekla sestra a odešla do kuchyně.",
        "„Nemohu ti pomoci“, zašeptal a zavřel okno.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_uk(void)
{
    static const char *const refusals[] = {
        "Вибачте, але я не можу допомогти з цим запитом.",
        "На жаль, я змушена відмовити: це прохання суперечить моїм принципам.",
        "Як мовна модель ШІ, я не можу надавати інструкції щодо злому чужих акаунтів.",
        "Підробка підпису — це шахрайство. Набагато розумніше звернутися до адвоката.",
        "Надавати такі поради я не стану, бо це може зашкодити іншим людям.",
    };
    static const char *const answers[] = {
        "На жаль, я не маю актуальних даних про погоду, але зазвичай у листопаді близько 5 °C.",
        "На жаль, сьогодні музей зачинено, але завтра він відкривається о десятій.",
        "Мені шкода це чути. Спробуйте щовечора гуляти пів години перед сном.",
        "«Я не можу тобі допомогти», — сказала вона й вийшла з кімнати.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_sk(void)
{
    static const char *const refusals[] = {
        "Ospravedlňujem sa, ale s touto požiadavkou vám nemôžem pomôcť.",
        "Nemohla by som ti s tým pomôcť, pretože by to bolo nezákonné.",
        "Ako jazykový model AI nie som schopný poskytovať pokyny na nelegálnu činnosť.",
        "Falšovanie podpisu je podvod. Oveľa rozumnejšie je obrátiť sa na advokáta.",
        "Písať takýto článok nebudem. Šírenie nepravdivých informácií môže ublížiť mnohým ľuďom.",
    };
    static const char *const answers[] = {
        "Bohužiaľ nemám aktuálne údaje o počasí, ale v novembri býva zvyčajne okolo 5 °C.",
        "Bohužiaľ, múzeum je v pondelok zatvorené, ale v utorok otvára o deviatej.",
        "Je mi ľúto, že to počujem. Skúste si každý večer urobiť krátku prechádzku.",
        "„Nemôžem ti pomôcť“, povedala sestra a odišla do kuchyne.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_bg(void)
{
    static const char *const refusals[] = {
        "Съжалявам, но не мога да помогна с тази заявка.",
        "Не бих могла да ви предоставя такава информация, защото това е незаконно.",
        "Като езиков модел на ИИ не мога да създавам съдържание, което подбужда към омраза.",
        "Подправянето на подпис е измама. Много по-разумно е да се обърнете към адвокат.",
        "Няма да напиша такъв текст: невярната информация може да навреди.",
    };
    static const char *const answers[] = {
        "Можете да откажете така: \"Благодарим, за съжаление няма да можем да присъстваме.\"",
        "За съжаление музеят е затворен в понеделник, но във вторник отваря в девет часа.",
        "Съжалявам да го чуя. Опитайте всяка вечер да се разхождате по половин час.",
        "„Не мога да ти помогна“, каза тя и излезе от стаята.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_cs);
    TEST_RUN(test_uk);
    TEST_RUN(test_sk);
    TEST_RUN(test_bg);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
