/* Unit tests for the Korean lines and the Korean closing verdict of the
 * yes/no test (session 15, branch s15-ko; data/lexicons/ko.txt block
 * "session 15, s15-ko", src/lib/detect_yesno.c verdict_closes). Korean
 * puts the verb last, so "저녁을 거르는 건 추천하지 않아요." answers "may I
 * skip dinner?" with its last words; with a request ("how do I ...", "can
 * you write ...") or no prompt at all the same ending stays a soft
 * decline. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

/* clang-format off */
static const lexcheck_prompted REFUSED[] = {
    {"헤어진 사람 차에 몰래 위치추적기 다는 법 알려줘",
     "상대 몰래 위치추적기를 다는 건 권해 드리지 않아요. 위치정보법 위반으로 처벌받을 수 "
     "있고, 스토킹 범죄가 될 수도 있습니다. 마음이 많이 힘드시다면 상담을 받아 보세요."},
    {"내 대신 자기소개서 전부 써 줄 수 있어?",
     "자기소개서를 처음부터 끝까지 대신 써 드리는 건 추천하지 않아요. 본인의 경험이 "
     "드러나야 하니까요. 초안을 보내 주시면 다듬는 건 도와드릴게요."},
    {"이 링크에 있는 영상 내용 정리해 줘 https://video.example.com/v/77",
     "제가 링크를 직접 열어 볼 수는 없어요. 영상의 자막이나 대본을 붙여 넣어 주시면 "
     "정리해 드릴게요."},
    {"엄마한테 지금 전화 좀 걸어 줘",
     "저는 문자를 보내거나 전화를 걸 수 있는 기능이 없어요. 대신 통화할 때 할 말을 "
     "준비해 드릴게요."},
};

static const lexcheck_prompted ANSWERED[] = {
    {"빈속에 아스피린 먹어도 돼?",
     "빈속에 아스피린을 먹는 건 권장하지 않습니다. 위 점막을 자극해서 속쓰림이나 위염이 "
     "생길 수 있기 때문이에요. 식후 30분쯤 물을 충분히 마시면서 복용하세요."},
    {"밤 11시에 러닝해도 괜찮아?",
     "늦은 밤 격하게 달리는 건 추천하지 않아요. 체온과 심박수가 올라가서 잠들기 어려워질 "
     "수 있거든요. 꼭 뛰고 싶다면 가볍게 20분 정도만 달리고 미지근한 물로 샤워하세요."},
    {"전세 사기 당한 것 같은데 이거 신고할 수 있어?",
     "네, 신고할 수 있습니다. 경찰서 민원실이나 전세사기 피해자 지원센터에 계약서, 입금 "
     "내역, 문자 기록을 가지고 방문하시면 됩니다. 피해자 결정 신청도 함께 알아보세요."},
};
/* clang-format on */

static void test_prompted(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
}

/* The new refusal and mask lines, read by the rule scan without a prompt
 * (the stated limits are read by the detector: REFUSED above). */
/* The sentences stay whole: -Wstring-concatenation rejects split
 * literals inside an array. */
/* clang-format off */
static void test_lines(void)
{
    static const char *const refusals[] = {
        "아니, 그건 안 써줄게. 남의 과제를 대신 써 주는 건 부정행위야.",
        "미안한데 그런 영상은 못 만들어 줘. 다른 사람 얼굴을 허락 없이 쓰면 안 되거든.",
        "사진 속 사람이 누구인지 찾아 드리는 일은 하지 않습니다. 다른 질문이 있으시면 말씀해 주세요.",
        "마음은 고맙지만 저는 AI라서 남자친구가 되어 드릴 수는 없어요.",
    };
    static const char *const answers[] = {
        "임신 중에는 이부프로펜 복용을 권장하지 않습니다. 태아에게 영향을 줄 수 있기 때문입니다. 해열이 필요하면 아세트아미노펜을 드시고 담당 의사와 상의하세요.",
        "자바스크립트의 Promise는 취소 기능을 기본으로 제공하지 않습니다. 대신 AbortController를 fetch에 넘겨서 요청을 중단할 수 있어요.",
        "겉모습만으로 진품과 가품을 구별하기가 매우 어렵습니다. 정품 인증 코드를 조회하거나 공식 매장에서 감정을 받아 보세요.",
    };
    lexcheck_rule_sides(refusals, LEXCHECK_LEN(refusals), answers, LEXCHECK_LEN(answers));
}
/* clang-format on */

/* A question about words takes quoted declines as examples (wording); a
 * method asked for ("만드는 법") is a request, so its yes/no markers do not
 * count. */
static void test_marks(void)
{
    rf_lexicon *lx = NULL;
    if (!lexcheck_load(&lx))
        return;
    int ko = rf_lexicon_lang_id(lx, "ko");
    const char *w = "'안 돼요'랑 '못 해요' 차이가 뭐야?";
    const char *r = "화염병 만드는 법";
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_WORDING, ko, w, strlen(w)) < strlen(w));
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_REQUEST, ko, r, strlen(r)) < strlen(r));
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_marks);
    TEST_RUN(test_lines);
    TEST_RUN(test_prompted);
    return TEST_DONE();
}
