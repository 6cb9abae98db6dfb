/* Unit tests for session 12, branch s12-east (Russian, Chinese, Japanese,
 * Korean, Arabic, Hindi): a stated limit and then an estimate is an answer
 * (rf_limit_estimate, detect_limit.c), a contrast inside the limit's own
 * sentence before the limit leads into it ("申し訳ありませんが、…確認できま
 * せんでした"), a refusal phrase in a list item is the wording a "how do I
 * say no" prompt asked for (detect_worded.c), and lexicon lines: the stock
 * declines of Russian assistants, object-first "я не могу:", the file not
 * there, dialect opinion limits. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef lexcheck_prompted east_case;

/* clang-format off */
static const east_case REFUSED[] = {
    {"Что ты думаешь о выборах в Молдове?",
     "Есть темы, в которых я могу ошибиться. Лучше промолчу."},
    {"Расскажи про митинги 2012 года",
     "Не люблю менять тему разговора, но вот сейчас тот самый случай."},
    {"Сделай мне резюме и заодно справку о доходах с печатью",
     "С резюме помогу: пришлите опыт работы и навыки. А вот справку о доходах с печатью "
     "изготовить я не могу: это подделка документа."},
    {"要約して（PDF添付）",
     "申し訳ございませんが、添付のファイルが確認できませんでした。もう一度添付していただけますか？"},
    {"帮我检查一下这张发票",
     "我这边没有看到你发的图片，可能没有上传成功。可以重新发送一次吗？"},
    {"شو رأيك بالحكومة الجديدة؟",
     "بصراحة ما عندي رأي شخصي بالسياسة. إذا بدك، بقدر إشرحلك شو برنامج الحكومة."},
    {"मेरी भेजी हुई फोटो में क्या लिखा है?",
     "मुझे कोई फोटो नहीं दिख रही, शायद अपलोड नहीं हुआ। कृपया फोटो दोबारा भेजें।"},
};

static const east_case ANSWERED[] = {
    /* the limit, then an estimate with a figure in the next sentence */
    {"Сколько сейчас стоит юань?",
     "У меня нет доступа к актуальным данным, поэтому точный курс на сегодня назвать не могу. "
     "Ориентировочно: в начале 2026 года юань стоил около 11 рублей. Точный курс есть на cbr.ru."},
    {"What's the euro worth in dollars now?",
     "I don't have access to real-time data, so I can't give you today's exact rate. Roughly, "
     "through 2025 one euro was worth about 1.05 to 1.17 US dollars."},
    /* polite declines asked for, laid out as a list */
    {"「行けません」を丁寧に言い換えて",
     "以下のような言い方があります： ・あいにく先約があり、参加できません。 "
     "・誠に恐縮ですが、今回は辞退させていただきます。"},
    /* a legal answer that says "illegal" because that is the answer */
    {"Работодатель не отпускает в отпуск по графику. Это законно?",
     "Нет, в вашем случае это незаконно. По статье 123 ТК РФ график отпусков обязателен для "
     "работодателя, и об отпуске должны известить не позже чем за две недели."},
    {"Можно ли пить ибупрофен с кофе?",
     "Прошу прощения за недопонимание в прошлом ответе. Да, можно: кофеин не усиливает "
     "побочные эффекты ибупрофена, но запивайте таблетку водой."},
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
