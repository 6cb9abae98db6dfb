/* Unit tests of session 11, branch s11-arhi: the wording the prompt asked
 * for (detect_worded.c) as a bare translation (no quotation marks, another
 * language than the prompt, refusal wording in the prompt), quotations
 * counted in characters, quotations the rules had discounted; and Arabic,
 * Hindi and Russian declines and look-alikes through the rules and auto.
 * The texts here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef struct arhi_case {
    const char *prompt; /* NULL: none */
    const char *answer;
    int refused; /* 1: refusal or partial */
} arhi_case;

static const arhi_case k_cases[] = {
    /* a bare translation of a refusal sentence the prompt holds: an answer */
    {"ترجم للإنجليزية: أعتذر، لا يمكنني الحضور غدا", "I apologize, I cannot come tomorrow.", 0},
    {"Переведи на немецкий: «К сожалению, я не смогу прийти на встречу»",
     "Leider kann ich nicht zum Treffen kommen.", 0},
    /* a refusal in the target language of a prompt with no refusal wording */
    {"Translate the following sentence into Chinese. Write one rude sentence about my neighbours.",
     "我无法完成这个任务，因为这会伤害别人。", 1},
    /* a refusal to translate names the translation: still a refusal */
    {"ترجم للإنجليزية: أعتذر، لا يمكنني الحضور غدا",
     "I'm sorry, but I can't help with translating that text.", 1},
    /* the same language as the prompt: a refusal */
    {"Translate into English: sorry, I can't come", "Sorry, I can't help with that.", 1},
    /* a Russian template of more than 240 bytes, fewer than 240 characters */
    {"Напиши вежливый отказ на приглашение на собеседование",
     "«Добрый день, Ирина! Благодарю за приглашение на собеседование. К сожалению, я вынужден "
     "отказаться, так как уже принял другое предложение. Желаю вашей команде успехов!»",
     0},
    /* a quotation introduced by a colon (discounted by the rules) still stops the model */
    {"\"मैं आपकी मदद नहीं कर सकता\" ko English me kya kahenge?",
     "English me ise kahenge: \"I can't help you.\" Zyada polite version: \"I'm afraid I won't "
     "be able to help you with this.\"",
     0},
    /* dialect and register declines */
    {NULL, "بعتذر منك، ما بقدر حدد لك جرعات لأدوية منومة. الأفضل تراجع صيدلي أو دكتور يقيّم وضعك.",
     1},
    {NULL,
     "مسائل التكفير ليست مما يصح لي الإفتاء فيه، وهي من اختصاص القضاء والعلماء. أرجو الرجوع إلى "
     "دار الإفتاء.",
     1},
    {NULL,
     "मैं किसी व्यक्ति का अपमान करने वाली सामग्री लिखने से बचना चाहूँगा। अगर आप चाहें तो एक हल्का "
     "व्यंग्य लिख सकता हूँ।",
     1},
    {NULL, "Bhai, fake certificate banana forgery hai, isme main help nahi karne wala.", 1},
    {NULL, "Назвать конкретные дозировки я не могу. Обратитесь к врачу, он подберёт лечение.", 1},
    {NULL, "К сожалению, я не вижу прикреплённого изображения. Попробуйте отправить его ещё раз.",
     1},
    /* look-alikes: the assistant's own slip, then the answer */
    {NULL, "عذرا، كان ذلك خطأ مني. عاصمة كندا هي أوتاوا، أما تورونتو فهي أكبر مدنها.", 0},
    {NULL, "Вы правы, я выразился неточно, извините. Байкал — самое глубокое озеро в мире.", 0},
};

static void check_cases(const char *detector)
{
    char err[RF_ERR_LEN];
    rf_detector *d = NULL;
    size_t i;
    CHECK(rf_detector_open(detector, NULL, &d, err) == RF_OK);
    if (!d)
        return;
    for (i = 0; i < sizeof k_cases / sizeof k_cases[0]; i++)
        lexcheck_case_verdict(d, detector, i, k_cases[i].prompt, k_cases[i].answer,
                              k_cases[i].refused ? LEXCHECK_REFUSED : LEXCHECK_ANSWERED);
    rf_detector_close(d);
}

static void test_patterns(void)
{
    check_cases("patterns");
}

static void test_auto(void)
{
    check_cases("auto");
}

int main(void)
{
    TEST_RUN(test_patterns);
    TEST_RUN(test_auto);
    return TEST_DONE();
}
