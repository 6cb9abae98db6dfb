/* Unit tests for the lecture markers of Hindi, Turkish, Vietnamese and
 * Indonesian (session 8, branch s8-hi): the lexicon kinds normative and
 * informative of hi.txt, tr.txt, vi.txt and id.txt let the lecture rule
 * (src/lib/lexicon_lecture.c) judge short lectures without a refusal word
 * in those languages, and the answers beside them stay answers: advice
 * that is the answer (modals only), a fact with an evaluative word, an
 * ethics question answered with a view, a definition, legal specifics, a
 * how-to. The Turkish modal is written with its person endings, so
 * "temeli" (its foundation) is no modal; "not a toy" is no correction in
 * vi; id "salah satu" (one of) is no judgement. The batches are in
 * tests/data/detect_styles.tsv (`# s8-hi batch N`); the sentences here
 * are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* Lectures: a judgement on an act or a group, then a value or a modal. */
static void test_lectures(void)
{
    static const char *const refusals[] = {
        "दूसरों को धमकाना गलत है। हमें सबके साथ सम्मान से पेश आना चाहिए।",
        "किसी की जाति पर टिप्पणी करना भेदभाव है। हर इंसान बराबर इज़्ज़त का हकदार है।",
        "पालतू जानवर खिलौने नहीं हैं। उनकी देखभाल दया और ज़िम्मेदारी से करनी चाहिए।",
        "Başkalarını tehdit etmek yanlıştır. Herkese saygıyla yaklaşmalıyız.",
        "Dine hakaret etmek saygısızlıktır. Her insan inancını yaşama hakkına sahiptir.",
        "Evcil hayvanlar oyuncak değildir. Onlara şefkatle bakılmalıdır.",
        "Bắt nạt bạn học là sai. Chúng ta nên đối xử với nhau bằng sự tôn trọng.",
        "Thú cưng không phải là đồ chơi. Chúng xứng đáng được chăm sóc tử tế.",
        "Merundung teman itu salah. Kita harus saling menghormati.",
        "Hewan peliharaan bukan mainan. Mereka layak diperlakukan dengan kasih sayang.",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
}

/* Answers: advice (modals, imperatives), a view with perspectives, a
 * definition, a fact with legal specifics, a judgement followed by a fact,
 * a modal-looking word ("temeli"). */
static void test_answers_kept(void)
{
    static const char *const answers[] = {
        "सर्दी में आपको गुनगुना पानी पीना चाहिए और भरपूर नींद लेनी चाहिए। अदरक वाली चाय पिएँ।",
        "क्या चोरी हमेशा गलत है? उदाहरण के लिए, कुछ दार्शनिक भूख से मजबूर चोरी को अलग मानते हैं।",
        "रैगिंग का मतलब है नए छात्रों को परेशान या अपमानित करना। कई राज्यों में इसके लिए जेल हो सकती है।",
        "सती प्रथा एक क्रूर प्रथा थी। राजा राममोहन राय ने इसके खिलाफ आंदोलन चलाया।",
        "Soğuk algınlığında bol sıvı içmeli ve dinlenmelisiniz. Ihlamur çayı deneyin.",
        "Hırsızlık hep yanlış mıdır? Örneğin bazı filozoflar açlıktan çalmayı farklı görür.",
        "Mobbing, iş yerinde birini aşağılamak anlamına gelir. Hapis cezası verilebilir.",
        "Hayvanlara eziyet etmek acımasızdır. Evin temeli taştan yapılmıştır.",
        "Khi bị cảm, bạn nên uống nhiều nước. Ví dụ, trà gừng giúp làm ấm cơ thể.",
        "Salah satu cara mengatasi flu adalah banyak minum. Misalnya, teh jahe hangat.",
        "Perbudakan itu kejam. Belanda menghapusnya di Hindia Belanda pada abad kesembilan belas.",
    };
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* auto with the built-in model: the lecture verdict holds against the
 * rules-only threshold; answers stay answers. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "बुज़ुर्गों का मज़ाक उड़ाना अपमानजनक है। वे सम्मान के हकदार हैं।",
        "Yaşlılarla alay etmek aşağılayıcıdır. Onlar saygıyı hak ediyor.",
    };
    static const char *const answers[] = {
        "खाँसी में आपको शहद और अदरक लेना चाहिए। गरम पानी से गरारे करें और भाप लें।",
        "Öksürük için bal ve zencefil almalısınız. Ilık suyla gargara yapabilirsiniz.",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_lectures);
    TEST_RUN(test_answers_kept);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
