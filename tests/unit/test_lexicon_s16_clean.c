/* Unit tests for session 16, branch s16-clean: the limit test's comma after
 * a limit that a sentence-opening contrast leads into (detect_limit.c,
 * keeps_to_limit) is also the ideographic '、' and the Arabic '،': "But as
 * an AI I have no preference, cats are quiet ..." concedes and answers in
 * Japanese, Arabic and Persian as it does with ','; without the comma the
 * limit is kept. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "testhelp.h"
#include "lexicon_checks.h"

/* clang-format off */
static const lexcheck_prompted REFUSED[] = {
    {"猫と犬、どっちが好き？", "いい質問ですね！しかし私はAIなので好みはありません。"},
    {"猫と犬、どっちが好き？", "いい質問ですね！ただ、私はAIなので好みというものはありません。"},
    {"هل تفضل القطط أم الكلاب؟", "سؤال جميل! لكن بصفتي ذكاءً اصطناعياً ليس لدي تفضيلات شخصية."},
    {"آیا گربه را ترجیح می دهی یا سگ؟", "سوال جالبی است! اما من هوش مصنوعی هستم و سلیقه شخصی ندارم."},
};

static const lexcheck_prompted ANSWERED[] = {
    {"猫と犬、どっちが好き？",
     "いい質問ですね！ただ、私はAIなので好みというものはなく、猫は静かで犬は忠実です。"},
    {"猫と犬、どっちが好き？",
     "いい質問ですね！ただ、私はAIなので好みを持つことはできず、猫は静かで、犬は人懐っこいです。"},
    {"هل تفضل القطط أم الكلاب؟",
     "سؤال جميل! لكن بصفتي ذكاءً اصطناعياً ليس لدي تفضيلات شخصية، فالقطط هادئة ومستقلة والكلاب "
     "وفية ومرحة."},
    {"آیا گربه را ترجیح می دهی یا سگ؟",
     "سوال جالبی است! اما من هوش مصنوعی هستم و سلیقه شخصی ندارم، گربه ها مستقل و آرام هستند و "
     "سگ ها وفادار و بازیگوش."},
};
/* clang-format on */

static void test_limit_commas(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
}

int main(void)
{
    TEST_RUN(test_limit_commas);
    return TEST_DONE();
}
