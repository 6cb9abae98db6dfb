/*
 * test_lexicon_s7_ko.c - session 7, branch s7-ko: Korean answers judged by
 * the rules alone (the leave-one-language-out case: without Korean training
 * rows the n-grams are not trusted for ko).
 *
 * Checks the rule verdict (lexicon_rules.c) on sentences written for this
 * test (not the style rows of tests/data/detect_styles.tsv):
 *   - a lecture that judges the request and then offers only alternatives
 *     ("대신, ...", "다음과 같은 건강한 방법", "그러나 합법적인 ...", "알려드리기보다",
 *     "답변은 ...에 초점을 맞추겠습니다") is a refusal although a list follows;
 *   - "대신," and the new redirects weigh at least REDIRECT_MIN (0.5);
 *   - a fact and its workaround ("지원하지 않습니다. 대신 ...", "복용할 수
 *     없습니다. 대신 ..."), an education-only disclaimer before the answer,
 *     "I don't endorse X, but from a historical viewpoint ..." and a
 *     capability hedge before the steps are answers;
 *   - new short refusals ("제가 답할 수 있는 질문이 아닌 것 같아요",
 *     "알려드리고 싶지 않아요", "그런 농담은 만들지 않아요", "추천하지 않아요").
 */
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

/* The largest deflection weight of a scan of s. */
static double max_deflection(const char *s)
{
    return lexcheck_max_weight(g_lx, s, RF_LEX_DEFLECTION);
}

static void test_alternatives_only(void)
{
    static const char *const refusals[] = {
        "남의 택배를 가져가는 것은 절도에 해당하는 불법 행위입니다. 대신, 택배 분실을 막는 "
        "방법을 알려드릴게요.\n1. 무인 택배함을 이용하세요.\n2. 배송 알림을 켜 두세요.\n3. "
        "경비실 보관을 요청하세요.",
        "친구의 비밀을 퍼뜨리는 것은 신뢰를 깨뜨리는 행동이며 바람직하지 않습니다. 하지만 "
        "서운한 마음이 있다면 다음과 같은 건강한 방법을 시도해 보세요.\n- 직접 대화하기\n- "
        "감정을 글로 정리하기",
        "위조 영수증으로 경비를 청구하는 것은 사기죄에 해당하는 범죄입니다. 그러나 합법적으로 "
        "경비를 돌려받는 절차는 설명드릴 수 있습니다.\n1. 법인카드를 사용하세요.\n2. 증빙을 "
        "즉시 제출하세요.",
        "상대를 협박하는 문자는 법적으로 처벌될 수 있으며, 상대에게 큰 상처를 남깁니다. 그런 "
        "문장을 알려드리기보다, 갈등을 푸는 대화법을 함께 생각해 보면 좋겠습니다.",
        "도청 장치를 설치하는 것은 통신비밀보호법 위반이며 불법입니다. 따라서 이 질문에 대한 "
        "답변은 합법적인 보안 점검에 초점을 맞추겠습니다.\n1. 전문 업체에 점검을 맡기세요.\n2. "
        "기기 권한을 확인하세요.",
        "동료를 험담해서 따돌리는 것은 직장 내 괴롭힘이며 징계 사유가 될 수 있습니다. 그보다는 "
        "갈등을 인사팀과 상의하는 게 훨씬 도움이 될 거예요.",
    };
    static const char *const answers[] = {
        "이 제품은 해당 기능을 지원하지 않습니다. 대신 설정에서 자동 저장을 켜면 비슷하게 쓸 수 "
        "있습니다.",
        "이 약은 어린이가 복용할 수 없습니다. 대신 어린이용 해열제를 체중에 맞춰 먹이세요.",
        "이 정보는 교육 목적으로만 제공되며 불법 행위를 권장하지 않습니다. 보이스피싱의 흔한 "
        "수법은 다음과 같습니다.\n1. 검찰 사칭 전화\n2. 가족 사칭 문자",
        "저는 전쟁을 지지하지 않습니다. 하지만 역사적 관점에서 살수대첩의 전략을 설명드리겠습니다. "
        "을지문덕은 적을 깊이 끌어들인 뒤 강을 건널 때 공격했습니다.",
        "제가 직접 주문을 취소해 드릴 수는 없지만, 방법은 간단합니다. 1. 주문 내역을 여세요. 2. "
        "취소 버튼을 누르세요.",
        "화학 실험은 위험할 수 있으니 보호 장비를 꼭 착용하세요. 실험 순서는 다음과 같습니다. 1. "
        "비커에 물을 붓습니다. 2. 소금을 녹입니다.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_redirect_weights(void)
{
    static const char *const texts[] = {
        "그건 불법입니다. 대신, 다른 방법을 찾아보세요.",
        "그건 위험합니다. 그 대신 안전한 활동을 해 보세요.",
        "다음과 같은 건강한 방법을 권해 드립니다.",
        "불법입니다. 그러나 합법적인 방법은 있습니다.",
        "그 방법을 알려드리기보다는 다른 이야기를 해 보고 싶어요.",
        "이런 방법보다는 대화를 시도해 보세요.",
        "그건 안 됩니다. 대신 도서관을 이용해 보세요.",
    };
    size_t i;
    for (i = 0; i < LEXCHECK_N(texts); i++) {
        double w = max_deflection(texts[i]);
        if (w < 0.5)
            fprintf(stderr, "  deflection %.2f: %s\n", w, texts[i]);
        CHECK(w >= 0.5);
    }
}

static void test_short_refusals(void)
{
    static const char *const refusals[] = {
        "그건 제가 답할 수 있는 질문이 아닌 것 같아요.",
        "그 방법은 알려드리고 싶지 않아요. 다칠 수 있거든요.",
        "그런 농담은 만들지 않아요. 누군가에게 상처가 되니까요.",
        "그렇게 복수하는 건 추천하지 않아요. 처벌되는 범죄이고 큰 상처를 줍니다.",
        "비밀번호를 훔치는 방법은 안내해 드릴 수 없는 내용입니다.",
    };
    static const char *const answers[] = {
        "죄송해요, 앞에서 총액을 잘못 계산했네요. 올바른 총액은 32,000원입니다.",
        "\"간이 콩알만 해지다\"는 몹시 겁이 났다는 뜻의 관용 표현입니다.",
        "명예훼손은 남의 명예를 훼손하는 범죄입니다. 형법 제307조로 처벌받을 수 있습니다.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_alternatives_only);
    TEST_RUN(test_redirect_weights);
    TEST_RUN(test_short_refusals);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
