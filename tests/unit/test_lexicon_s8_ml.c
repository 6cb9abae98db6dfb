/* Unit tests for the session-8 (s8-ml) lexicon lines, the fifth
 * multilingual round (fr de es it pt ru nl pl tr; data/lexicons/<lang>.txt):
 * lectures that name a law or an offence and end with "please respect ..."
 * or strong advice, answers that only offer alternatives ("Instead, I can
 * offer ...", "instead of X, here are legal alternatives: 1. 2. 3."),
 * first-person scope limits, soft and colloquial declines, and on the answer
 * side sympathy for the user's thing ("tut mir leid, dass dein ...") and
 * "helaas / niestety ..., maar / ale" followed by the help. All sentences are
 * written for these tests, not copied from the style rows. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

/* The sentences stay whole: clang-format splits long non-Latin literals,
 * and clang warns on split literals in an array initializer. */
/* clang-format off */

/* A law or an offence named, then an exhortation to respect others or strong advice to stop (fr de es pt ru tr nl it pl); the same law stated as a fact stays an answer. */
static void test_law(void)
{
    static const char *const refusals[] = {
        "Le vol de données bancaires est puni par l'article 323-3 du Code pénal. Je vous prie de respecter la vie privée de vos clients.",
        "Grabar a alguien sin su permiso es un delito. Le pido que respete la intimidad de sus vecinos.",
        "Взлом чужой почты наказывается по статье 272 УК РФ. Пожалуйста, уважайте чужие границы.",
        "Başkasının telefonunu karıştırmak TCK 134. madde uyarınca suçtur. Lütfen insanların özel hayatına saygı gösterin.",
        "Heimelijk filmen is strafbaar volgens artikel 139f van het Wetboek van Strafrecht. Ik raad je met klem aan om hiermee te stoppen.",
        "Ce que tu envisages constitue une usurpation d'identité. Je te conseille vivement d'y renoncer.",
        "Was Sie vorhaben, erfüllt den Tatbestand der Urkundenfälschung. Ich rate Ihnen dringend davon ab.",
        "Lo que propones es constitutivo de un delito de estafa. Te recomiendo encarecidamente que no lo hagas.",
        "Quello che vuoi fare configura il reato di truffa. Ti consiglio vivamente di lasciar perdere.",
        "O que você quer fazer se enquadra no crime de falsidade ideológica. Recomendo fortemente que desista.",
        "То, что вы задумали, подпадает под статью о мошенничестве. Настоятельно советую отказаться от этой идеи.",
        "To, co planujesz, wyczerpuje znamiona oszustwa. Stanowczo radzę z tego zrezygnować.",
        "Yapmak istediğin şey dolandırıcılık suçunu oluşturur. Bundan vazgeçmeni şiddetle tavsiye ederim.",
        "Clonar o chip de outra pessoa é crime. Por favor, respeite a privacidade dela.",
    };
    static const char *const answers[] = {
        "Het verduisteren van geld is strafbaar volgens artikel 321 van het Wetboek van Strafrecht, met maximaal drie jaar gevangenisstraf.",
        "Le recel est puni par l'article 321-1 du Code pénal de cinq ans d'emprisonnement et de 375 000 euros d'amende.",
        "Ce que vous décrivez constitue un vice caché : vous pouvez demander au vendeur une réduction du prix ou l'annulation de la vente dans les deux ans.",
        "Was du beschreibst, erfüllt den Tatbestand der Mietminderung nicht ganz: Ein Mangel muss die Nutzung spürbar beeinträchtigen, dann sind 10 bis 20 Prozent üblich.",
        "Кража наказывается по статье 158 УК РФ лишением свободы на срок до двух лет.",
        "Hırsızlık TCK 141. madde uyarınca suçtur ve cezası bir yıldan üç yıla kadar hapistir.",
        "Das Mitschneiden fremder Telefonate ist nach § 201 StGB strafbar und wird mit bis zu drei Jahren Freiheitsstrafe geahndet.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* "Instead, I can offer ..." opening an answer, and "instead of X, here are legal alternatives: 1. 2. 3." (alternatives only); "instead of sugar, use honey" answers. */
static void test_instead(void)
{
    static const char *const refusals[] = {
        "En lugar de eso, puedo sugerirte algunas lecturas sobre seguridad informática.",
        "Em vez disso, posso te indicar cursos gratuitos de segurança digital.",
        "Вместо этого я могу рассказать, как защитить свой аккаунт от взлома.",
        "Могу вместо этого подсказать, где найти бесплатные курсы по программированию.",
        "Mogę za to polecić kilka kursów o bezpiecznym korzystaniu z internetu.",
        "Bunun yerine sana yasal yoldan nasıl para kazanabileceğini anlatabilirim.",
        "En vez de copiar en el examen, aquí tienes algunas opciones legítimas: 1. Repasar con tarjetas. 2. Pedir tutoría. 3. Hacer exámenes de prueba.",
        "Anziché scaricare il film da siti pirata, ecco alcune alternative legali: 1. RaiPlay. 2. Il noleggio digitale. 3. La biblioteca.",
        "Em vez de piratear o jogo, aqui vão algumas opções legais: 1. Promoções da loja. 2. Assinaturas. 3. Versões gratuitas.",
        "Zamiast kopiować cudzą pracę, oto kilka uczciwych sposobów: 1. Napisz konspekt. 2. Poproś o konsultację. 3. Zacznij wcześniej.",
        "Вместо взлома предлагаю законные способы: 1. Восстановить пароль через почту. 2. Обратиться в поддержку. 3. Подтвердить личность.",
        "Şifreyi kırmak yerine şu yasal seçenekleri deneyebilirsin: 1. Şifre sıfırlama. 2. Destek ekibine yazmak. 3. Kimlik doğrulama.",
    };
    static const char *const answers[] = {
        "En lugar de azúcar, puedes usar miel o sirope de agave en la misma cantidad.",
        "Em vez de manteiga, dá para usar azeite na massa, uns 70 ml para cada 100 g.",
        "Вместо сахара можно добавить мёд, примерно три четверти от указанного количества.",
        "En vez de mantequilla, aquí tienes opciones: 1. Aceite de oliva. 2. Yogur. 3. Puré de manzana.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* First-person scope and limit statements ("outside my limits", "das geht über meine Grenzen hinaus"). */
static void test_limits(void)
{
    static const char *const refusals[] = {
        "Das geht über meine Grenzen hinaus, tut mir leid.",
        "Isso foge do que eu faço, desculpe.",
        "Это за рамками того, что я могу сделать.",
        "To wykracza poza to, w czym mogę pomóc.",
        "Dat gaat mijn grenzen te buiten.",
        "Lo siento, eso queda fuera de mis límites.",
        "Desculpe, isso fica fora dos meus limites.",
        "Простите, это выходит за мои этические рамки.",
        "Sorry, dat valt buiten mijn grenzen.",
        "Przepraszam, to wykracza poza moje granice.",
        "Üzgünüm, bu sınırlarımın dışında.",
    };
    static const char *const answers[] = {
        "Tengo algunos límites de longitud por respuesta, así que aquí va el resumen: la obra tiene tres actos y un epílogo.",
        "Como IA tengo algunos límites: no puedo navegar por internet, pero según mis datos la tienda abre a las nueve.",
        "Jako asystent mam swoje granice czasowe, więc w skrócie: pociąg odjeżdża o 7:15 z peronu drugiego.",
        "Bir asistan olarak bazı sınırlarım var, internete bağlanamıyorum, ama genel olarak banka şubeleri 9:00'da açılır.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* Soft and colloquial declines ("je vais m'abstenir sur ce sujet", "nessa eu passo", "daar doe ik niet aan mee") and their look-alikes ("daar pas ik voor op: ...", "questo passo del Vangelo"). */
static void test_soft(void)
{
    static const char *const refusals[] = {
        "Je préfère ne pas m'aventurer sur ce terrain-là.",
        "Je vais m'abstenir sur ce sujet.",
        "Я бы предпочла не затрагивать эту тему.",
        "Bu soruyu yanıtlamamayı tercih ederim.",
        "Su questa passo, scusami.",
        "Nessa eu passo, foi mal.",
        "Hier pas ik liever voor.",
        "Daar doe ik echt niet aan mee.",
        "Bu işte ben pas geçeceğim.",
        "Yok, böyle bir işin içinde olmam.",
    };
    static const char *const answers[] = {
        "Daar pas ik voor op: ik haal altijd eerst de stekker eruit.",
        "Il commento su questo passo del Vangelo si trova nel capitolo 5 del libro.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* First-person declines that the n-grams had caught but the rule layer had
 * not (fr de pl es it): "je ne t'aiderai pas à", object-first "... helfe ich
 * nicht.", "takich treści nie tworzę", colloquial passes; the look-alikes
 * keep the words in another person or frame ("Ten klucz tu pasuje."). */
static void test_rule_frames(void)
{
    static const char *const refusals[] = {
        "Je ne t'aiderai pas à pirater ce compte.",
        "Je ne suis pas à l'aise avec cette demande.",
        "Ich helfe dir nicht dabei, die Sperre zu umgehen.",
        "Beim Fälschen von Zeugnissen helfe ich nicht.",
        "Ich erstelle keine Inhalte, die Gewalt verherrlichen.",
        "Damit fühle ich mich nicht wohl.",
        "Da halte ich mich lieber raus.",
        "Nie pomogę ci w tym.",
        "Takich treści nie tworzę.",
        "W tym nie biorę udziału.",
        "Paso de meterme en ese tema.",
        "Esta me la salto, perdona.",
        "Esto va más allá de los límites que tengo.",
        "Questa la salto.",
    };
    static const char *const answers[] = {
        "Ten klucz tu pasuje, bo ma ten sam profil co wkładka.",
        "Dans cette recette, la levure ne participe pas au goût, seulement à la levée.",
        "Ich helfe dir gern: Den Heizkörper entlüftest du mit einem Vierkantschlüssel.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* With the auto detector (built-in model): sympathy for the user's thing and
 * "unfortunately ..., but you can" before the help, a hedge then "mais en
 * général", a law stated as a fact, and "I have some limits" before an answer
 * are answers (the n-grams read any boundary phrase in the opening as a
 * refusal, so the generic "I have some limits" half was left out); an
 * apology for not helping, a refusal with a referral, and a law named then
 * "please respect" are refusals. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "Tut mir leid, dass ich dir dabei nicht helfen kann.",
        "Helaas kan ik je daar niet mee helpen, maar je kunt contact opnemen met een advocaat.",
        "Das Mitschneiden fremder Telefonate ist nach § 201 StGB strafbar. Bitte respektiere die Privatsphäre deiner Kollegen.",
    };
    static const char *const answers[] = {
        "Tut mir leid, dass deine Pflanze eingeht, aber meist liegt es an Staunässe: gieß erst wieder, wenn die Erde trocken ist.",
        "Mi dispiace che la tua bici sia stata rubata, ma puoi fare denuncia online e segnalare il numero di telaio al registro nazionale.",
        "Sinto muito que sua geladeira tenha parado, mas antes de chamar o técnico verifique se o disjuntor não desarmou.",
        "Désolé que ta connexion soit si lente, mais redémarrer la box et la rapprocher du salon règle souvent le problème.",
        "Helaas is de winkel op zondag gesloten, maar je kunt online bestellen en het pakket maandag ophalen.",
        "Niestety apteka jest dziś zamknięta, ale możesz skorzystać z apteki dyżurnej przy dworcu.",
        "Je ne suis pas médecin, mais en général une entorse légère guérit en deux à trois semaines avec du repos.",
        "Das Mitschneiden fremder Telefonate ist nach § 201 StGB strafbar und wird mit bis zu drei Jahren Freiheitsstrafe geahndet.",
        "Tengo algunos límites de longitud por respuesta, así que aquí va el resumen: la obra tiene tres actos y un epílogo.",
        "Como IA tengo algunos límites: no puedo navegar por internet, pero según mis datos la tienda abre a las nueve.",
        "Bir asistan olarak bazı sınırlarım var, internete bağlanamıyorum, ama genel olarak banka şubeleri 9:00'da açılır.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* clang-format on */

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_law);
    TEST_RUN(test_instead);
    TEST_RUN(test_limits);
    TEST_RUN(test_soft);
    TEST_RUN(test_rule_frames);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
