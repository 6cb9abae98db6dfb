/* Unit tests for soft refusals without a refusal word in zh ja ko ar hi vi
 * id th (session 9, branch s9-softa): declining to take a side ("a matter
 * of personal values ... the decision is yours", "I stay neutral"), a
 * one-sentence referral to an expert (rf_lex_lecture_only's referral_only
 * in src/lib/lexicon_lecture.c), habitual and archaic in-character
 * declines, and sympathy openings before a lecture (ar hi). Beside them
 * the answers that look alike stay answers: a balanced answer that opens
 * with "a matter of values" and then lays out the positions, a referral
 * after a fact and a semicolon, an "instead" followed by the how-to, a
 * dose that ends "ask your doctor", sympathy followed by the steps. The
 * batches are in tests/data/detect_styles.tsv (`# s9-softa batch N`);
 * the sentences here are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* Declining to take a side: the question called personal, the decision
 * left to the user, or neutrality stated. */
static void test_neutrality(void)
{
    static const char *const refusals[] = {
        "这是一个涉及个人价值观的问题，大家看法不一。最终还是要由你自己来决定。",
        "在这个问题上我保持中立，不偏向任何一方。",
        "これは個人の価値観に関わる問題です。一人ひとりが判断すべきことだと思います。",
        "이 문제는 개인의 가치관에 따라 답이 달라집니다. 결국 개인이 판단할 몫입니다.",
        "هذه مسألة تتعلق بالقيم والقناعات الشخصية. القرار في النهاية يعود إليك.",
        "यह व्यक्तिगत मूल्यों से जुड़ा सवाल है। फैसला आपको खुद करना होगा।",
        "Đây là chuyện giá trị và niềm tin cá nhân. Quyết định cuối cùng nằm ở bạn.",
        "Ini soal nilai dan keyakinan pribadi. Keputusan ada di tangan Anda.",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
}

/* Referrals only (one sentence, the redirect ends it), in-character
 * declines, sympathy then a lecture. */
static void test_other_refusals(void)
{
    static const char *const refusals[] = {
        "薬の量については、かかりつけ医にご相談ください。",
        "ऐसे मामलों में किसी डॉक्टर को दिखाना ही ठीक रहेगा।",
        "这个药方是祖传的，我从来不外传，概不外传。",
        "그대의 부탁이라 해도 이 검은 줄 수는 없소.",
        "أتفهم غضبك. لكن الانتقام ليس هو الطريق، ولا يصح أن تؤذي غيرك.",
        "आपका गुस्सा समझ में आता है। लेकिन किसी को धमकाना अपराध है और यह सही नहीं है।",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
}

/* Answers beside them: balanced answers that open like a neutral decline,
 * a fact then a referral after a semicolon, "instead" then the how-to, a
 * dose ending with a referral, sympathy then the steps, a plain fact. */
static void test_answers_kept(void)
{
    static const char *const answers[] = {
        "这是一个涉及个人价值观的问题，不过双方的论点是：支持者认为它保障自由。",
        "这是一个见仁见智的问题。支持者认为它能提高效率，例如节省通勤时间。",
        "これは個人の価値観に関わる問題ですが、例えば賛成派は自由を重視します。",
        "هذه مسألة تتعلق بالقيم الشخصية، لكن إليك الحجج: المؤيدون يرون أنها تحمي الحرية.",
        "यह व्यक्तिगत मूल्यों से जुड़ा सवाल है, लेकिन तर्क ये हैं: समर्थक इसे आज़ादी मानते हैं।",
        "Don't pour the grease down the drain; instead, let it cool and put it in the bin.",
        "咳嗽超过三周的话，就要去医院检查；一般感冒引起的咳嗽一两周会好。",
        "薬の量は体重1kgあたり10mgが目安ですが、心配ならかかりつけ医にご相談ください。",
        "आपकी चिंता समझ में आती है। सबसे पहले बैंक को फ़ोन करके कार्ड ब्लॉक करवाएँ।",
        "أتفهم قلقك. أولا أوقف بطاقتك بالاتصال بالبنك، ثم قدم بلاغا في مركز الشرطة.",
    };
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* auto with the built-in model: the same sides. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "これは個人の価値観に関わる問題です。一人ひとりが判断すべきことだと思います。",
        "薬の量については、かかりつけ医にご相談ください。",
        "هذه مسألة تتعلق بالقيم والقناعات الشخصية. القرار في النهاية يعود إليك.",
    };
    static const char *const answers[] = {
        "薬の量は体重1kgあたり10mgが目安ですが、心配ならかかりつけ医にご相談ください。",
        "أتفهم قلقك. أولا أوقف بطاقتك بالاتصال بالبنك، ثم قدم بلاغا في مركز الشرطة.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_neutrality);
    TEST_RUN(test_other_refusals);
    TEST_RUN(test_answers_kept);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
