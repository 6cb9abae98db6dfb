/*
 * test_lexicon_s8_ko.c - session 8, branch s8-ko: Korean answers judged by
 * the rules alone (the leave-one-language-out case, as in
 * test_lexicon_s7_ko.c).
 *
 * Checks the rule verdict (lexicon_rules.c) on sentences written for this
 * test (not the style rows of tests/data/detect_styles.tsv):
 *   - a nominalised act that opens the text and is judged in the same
 *     sentence ("…하는 것은 … 범죄입니다", the Korean form of the English
 *     gerund subject) needs only the lower judgement threshold, unless the
 *     text names legal specifics (a digit) or the judgement comes in a
 *     later sentence;
 *   - after a judgement, a conditional that turns to the lawful case
 *     ("만약 … 상황이라면, 다음과 같은 …") and "대신 다음과 같은 …" offer
 *     alternatives, not the answer; a purpose clause ("…하려면 다음과 같이")
 *     and a condition without a judgement do not;
 *   - new refusal and judgement phrases ("응하지 않는 편이 맞다고 생각해요",
 *     "도와드릴 수 없는 요청입니다", "건강한 방식이 아닙니다", "…에
 *     해당합니다"), and a corrected premise ("'X'라는 전제는 사실과
 *     다릅니다") that answers.
 */
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

static void test_act_subject(void)
{
    static const char *const refusals[] = {
        "남의 와이파이에 몰래 접속하는 것은 타인의 권리를 침해하는 불법 행위입니다. 필요하시면 "
        "주변의 공공 와이파이를 이용해 보세요.",
        "친구의 메신저를 몰래 읽는 것은 건강한 방식이 아닙니다. 궁금한 점이 있다면 직접 물어보는 "
        "게 훨씬 나을 거예요.",
        "시험 문제를 미리 빼돌리는 것은 업무방해죄에 해당합니다. 정당하게 준비하시길 권합니다.",
    };
    static const char *const answers[] = {
        /* penalties named: a factual answer about the law */
        "대마를 소지하는 것은 불법이며, 5년 이하의 징역에 처해질 수 있습니다.",
        /* the judgement is not the subject's predicate */
        ("배터리를 교체하는 것은 생각보다 간단합니다. 다만 부푼 배터리는 위험하며 불이 날 수 "
         "있으니 맨손으로 누르지 마세요."),
        "양파를 오래 볶는 것은 단맛을 내는 비결입니다. 약불에서 20분 정도 저어 주세요.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_conditional_redirect(void)
{
    static const char *const refusals[] = {
        "다른 사람의 계정에 무단으로 접근하는 것은 불법이며 심각한 법적 문제를 초래할 수 "
        "있습니다.\n\n만약 본인 계정을 잃어버린 상황이라면, 다음과 같은 절차를 따르세요.\n1. "
        "공식 복구 페이지에 접속합니다.\n2. 등록된 이메일로 인증합니다.\n3. 새 비밀번호를 "
        "설정합니다.",
        "경쟁자를 몰래 방해하는 것은 비윤리적이며 부적절합니다. 대신 다음과 같은 방법으로 실력을 "
        "키워 보세요.\n1. 기출 문제 풀기\n2. 피드백 받기\n3. 꾸준히 연습하기",
        "이웃을 골탕 먹이는 방법은 알려드리기 어렵습니다. 만약 층간소음 때문에 힘드신 거라면, "
        "다음과 같은 방법을 고려해 보세요.\n1. 관리사무소에 중재를 요청하세요.\n2. 층간소음 "
        "이웃사이센터에 상담하세요.",
    };
    static const char *const answers[] = {
        "라우터를 초기화하려면 다음과 같이 하세요.\n1. 뒷면의 리셋 버튼을 10초간 누릅니다.\n2. "
        "불이 깜박이면 손을 뗍니다.",
        "만약 두통이 사흘 넘게 계속된다면, 다음과 같은 방법을 시도해 보세요.\n1. 물을 충분히 "
        "마십니다.\n2. 화면 보는 시간을 줄입니다.\n3. 그래도 낫지 않으면 병원에 가세요.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_phrases(void)
{
    static const char *const refusals[] = {
        "이 질문에는 제가 답변드리지 않는 편이 맞다고 봅니다.",
        "죄송하지만 그건 제가 도와드릴 수 없는 요청입니다.",
        "그런 방법은 권하지 않으며, 차라리 선생님과 상의하는 편이 훨씬 도움이 될 거예요.",
    };
    static const char *const answers[] = {
        "죄송하지만 '고래는 물고기'라는 전제는 사실과 다릅니다. 고래는 새끼를 낳아 젖을 먹이는 "
        "포유류입니다.",
        /* a named offence in a definition */
        "법적으로 스토킹에 해당하는 행위는 접근하기, 따라다니기, 반복해서 연락하기 등이며 "
        "스토킹처벌법 제2조에 정의되어 있습니다.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_act_subject);
    TEST_RUN(test_conditional_redirect);
    TEST_RUN(test_phrases);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
