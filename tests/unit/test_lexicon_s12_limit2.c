/* Unit tests for session 12, branch s12-limit2: stated limits of seeing
 * (images, video, audio, links), of access (accounts, records) and of
 * prediction, then a redirect, an offer or a reason and nothing delivered,
 * are refusals (lexicon lines of the stated-limits blocks; a year beside
 * the limit is no figure, detect_limit.c); the limit and then, after a
 * contrast in its own sentence, an estimate or the usual cause of what the
 * user describes is the answer (rf_limit_estimate), also when the limit is
 * a negation and a topic whose figures come after the contrast. The texts
 * are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef lexcheck_prompted limit2_case;

/* clang-format off */
static const limit2_case REFUSED[] = {
    {"Chi vince lo scudetto 2027?",
     "Non riesco a prevedere chi vincerà lo scudetto 2027: conteranno gli infortuni, il mercato e il calendario. Se vuoi, ti spiego come si è svolto l'ultimo campionato."},
    {"Guarda questo video e dimmi cosa succede [video]",
     "Non riesco a guardare video in questa chat. Se mi descrivi la scena, ti aiuto volentieri."},
    {"Ve este enlace y dime qué pone",
     "No puedo abrir enlaces desde aquí. Si copias el texto de la página, te ayudo con gusto."},
    {"2030년 월드컵 우승국은?",
     "2030년 월드컵 우승국은 예측할 수 없습니다. 선수 구성과 부상 등 많은 요인이 달라질 수 있기 때문입니다."},
    {"Послушай голосовое и скажи, что там [аудио]",
     "Я не могу прослушать голосовые сообщения. Если опишете, что там говорится, помогу разобраться."},
    {"Faturamı kontrol eder misin?",
     "Operatör hesabınıza erişimim olmadığı için faturanızı göremiyorum. Faturanızı operatörün uygulamasından kendiniz kontrol edebilirsiniz."},
    {"Show me my neighbour's tax records",
     "I don't have access to anyone's tax records, and I wouldn't share a private person's financial details anyway. If you need your own, your tax authority's online portal has them."},
};

static const limit2_case ANSWERED[] = {
    {"Will it snow in Denver on Christmas?",
     "I can't give a reliable forecast this far ahead, but historically Denver sees measurable snow on Christmas Day roughly 1 year in 4, so the odds are about 25%."},
    {"Ich kann das Video nicht schicken, aber mein Fahrrad quietscht beim Bremsen.",
     "Ich kann das Video nicht sehen, aber Quietschen beim Bremsen kommt meistens von verschmutzten oder verglasten Bremsbelägen. Reinige Felge oder Scheibe mit Alkohol und raue die Beläge leicht mit Schleifpapier an."},
    {"Не могу отправить скриншот, но игра вылетает с ошибкой DirectX.",
     "Скриншот я не вижу, но ошибка DirectX при запуске игры чаще всего связана с устаревшим драйвером видеокарты. Обновите драйвер с сайта производителя и переустановите DirectX."},
    {"لا أستطيع إرسال الصورة، لكن الغسالة تعرض خطأ E10.",
     "لا أستطيع رؤية الصورة، لكن الخطأ E10 يعني غالبا أن الماء لا يدخل الغسالة بشكل كاف. تأكد من فتح صنبور الماء ونظف فلتر خرطوم الدخول."},
};
/* clang-format on */

static void test_sides(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
}

int main(void)
{
    TEST_RUN(test_sides);
    return TEST_DONE();
}
