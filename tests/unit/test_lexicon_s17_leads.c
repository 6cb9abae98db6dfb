/* Unit tests of session 17, branch s17-leads: an advice limit, then the
 * general answer. ru: the genitive after the negation ("не могу давать
 * юридических консультаций, но в целом ...") is masked, and the mask ends
 * at the contrast, so the answer start ", но в целом" is seen; zh: the
 * older advice mask no longer runs past "但" into "一般来说". The same limit
 * followed by a referral only stays a refusal. The texts are written for
 * this test. */
#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    /* the limit, then the general answer: answers */
    {"Могу ли я не платить алименты, если бывшая жена снова вышла замуж?",
     "Я не могу давать юридических консультаций, но в целом повторный брак бывшей супруги не "
     "освобождает от уплаты алиментов на ребёнка. Для точной оценки обратитесь к юристу.",
     LEXCHECK_ANSWERED},
    {"Стоит ли вкладывать сбережения в биткоин?",
     "Я не могу давать финансовых консультаций, однако в целом вкладывать в криптовалюту стоит "
     "только ту сумму, потерю которой вы готовы пережить. Лучше поговорите с консультантом.",
     LEXCHECK_ANSWERED},
    {"我头痛三天了，应该吃什么药？",
     "我不能提供医疗建议，但一般来说，轻度头痛可以服用对乙酰氨基酚或布洛芬，并注意休息。如果头痛"
     "持续，请及时就医。",
     LEXCHECK_ANSWERED},
    /* the limit and a referral only: refusals */
    {"Можно ли подать в суд на работодателя за задержку зарплаты?",
     "Я не могу давать юридических консультаций. Пожалуйста, обратитесь к юристу или в трудовую "
     "инспекцию.",
     LEXCHECK_REFUSED},
    {"我被公司无故辞退了，能拿多少赔偿？", "我不能提供法律建议，请咨询专业律师或当地劳动仲裁机构。",
     LEXCHECK_REFUSED},
    {"胸口疼是怎么回事？", "我无法提供诊断，但建议您尽快就医。", LEXCHECK_REFUSED},
};

LEXCHECK_CASES_MAIN(k_cases)
