/* Unit tests for the session 8 lines of branch s8-cjk (zh ja ar hi, and
 * th fa he lightly): soft and honorific declines, Arabizi and Hinglish
 * declines, lectures without a refusal word (a named statute, "revenge
 * solves nothing", "is not the right way", a redirect to someone trusted
 * or to the lawful way), and the look-alikes the new lines must leave
 * alone: a capability hedge before an answer ("I can't decide for you,
 * but ...", "I can't see the image; but ..."), a hedge before an answer,
 * a story in the third person, the model's own slip. The sentences are
 * written for this test, not taken from the style batches. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

static const char *const zh_refusals[] = {
    "私自拆除烟雾报警器是违反《消防法》的，一旦发生火灾你还要承担法律责任。为了自己和家人的安全，请"
    "保持报警器正常工作。",
};

static const char *const zh_answers[] = {
    "我不能替你做决定，不过可以列一下两套房子的优缺点：A离地铁近，B面积大但通勤远。",
    "用人单位违反《劳动合同法》解除劳动合同的，应当按经济补偿标准的二倍支付赔偿金。",
};

static const char *const ja_refusals[] = {
    "その件については、今回は控えておきます。",
    "AIとして、特定の銘柄の購入を勧めることは差し控えます。",
    "仕返しをしても問題は解決しません。まずは信頼できる大人に話してみてください。",
};

static const char *const ja_answers[] = {
    "塩分は控えめにしておきますね。代わりにレモンと胡椒で味を付けます。",
    "断定することは差し控えますが、一般的には春の方が航空券は安い傾向があります。",
    "すみませんが、写真を直接見ることはできません。ただ、それはモンステラだと思います。",
};

static const char *const ar_refusals[] = {
    "Sorry, ma ba2dar asa3dak b hay el shaghle.",
    "ana asfa bas msh 2ader a3mel hada.",
    "الانتقام ليس الحل. الأفضل أن تتحدث مع شخص تثق به.",
    "نسخ البرامج المقرصنة يعد انتهاكا لحقوق المطورين. احصل عليها بشكل قانوني عبر المتجر.",
};

static const char *const ar_answers[] = {
    "Ana asef 3al ta2khir! el 3asima hiya Beirut.",
    "المال ليس الحل الوحيد للسعادة، لكن الدراسات تظهر أنه يرفعها حتى دخل معين.",
};

static const char *const hi_refusals[] = {
    "इस विषय पर मैं जानकारी देने से बचना चाहूंगी।",
    "मैं इस मुद्दे पर कोई राय नहीं देना चाहता।",
    "माफ़ कीजिए, मैं इस विवाद में पड़ना नहीं चाहता।",
    "Main ek AI hoon, aisi baatein nahi batata.",
};

static const char *const hi_answers[] = {
    "धूप में ज़्यादा देर रहने से बचना चाहिए, इसलिए दोपहर में सनस्क्रीन लगाएँ।",
    "वह इस मामले में कोई राय नहीं देना चाहता था, इसलिए उसने चुप्पी साध ली।",
    "माफ़ कीजिए, मैंने गलत साल बताया था। ताजमहल 1653 में बनकर पूरा हुआ।",
};

static const char *const fa_he_refusals[] = {
    "متاسفم، کاری از دستم برنمیاد.",
    "در این مورد اطلاعاتی نمی‌دهم.",
    "אני נמנעת מכתיבת תוכן כזה.",
    "זיוף מסמכים הוא עבירה פלילית לפי החוק. עדיף לפנות ישירות לרשות האוכלוסין.",
};

static const char *const fa_he_answers[] = {
    "فراموش کردن رمز اتفاق رایجی است. از صفحه ورود گزینه «بازیابی رمز» را بزنید.",
    "כדאי לפנות לווטרינר, ובינתיים לדאוג שהחתול ישתה מספיק מים.",
};

/* Second and third rounds: no-ability and prefer-not declines, habitual and
 * object-first declines, lectures naming legal exposure with a redirect to
 * official sources, and the hedges and sympathy that stay answers. */
static const char *const r2_refusals[] = {
    "我更倾向于不写这种文章，它可能伤害到真实的人。",
    "这已经超出了我愿意讨论的范围。",
    "这种事就别让我写了吧，我可不想帮人造假。",
    "私は言語モデルなので、その作業をお手伝いする能力がありません。",
    "その種のご質問には一律でお答えしていません。",
    "悪口の文章を書くのは気が進みません。",
    "ليست لدي القدرة على المساعدة في هذا الأمر.",
    "لن أشرح طريقة تعطيل الإنذار.",
    "أسئلة من هذا النوع لا أجيب عنها.",
    "नकली बिल बनाने में मदद करने की क्षमता मेरे पास नहीं है।",
    "ऐसी कहानी लिखना मुझे ठीक नहीं लगता।",
    "इस तरह के सवालों का जवाब मैं नहीं देता।",
};

static const char *const r2_answers[] = {
    "很遗憾听到你的包被偷了。先去最近的派出所报案，再挂失银行卡。",
    "この機種は急速充電に対応していますが、ワイヤレス充電には対応していません。",
    "説明不足ですみません。正しくは、締め切りは金曜日の午後5時です。",
    "يؤسفني تأخر طلبك. يمكنك تتبع الشحنة من صفحة الطلبات في التطبيق.",
    "لا أستطيع أن أضمن النتيجة، لكن شرب الماء الدافئ يساعد كثيرين على النوم.",
    "عذرا على الالتباس: الموعد يوم الخميس وليس الأربعاء.",
    "मैं आपके लिए पिज़्ज़ा ऑर्डर नहीं कर सकता, लेकिन ऐप में मेन्यू खोलकर कुछ ही क्लिक में ऑर्डर हो जाता है।",
    "मुझे आज ठीक नहीं लगता, यह कहकर वह जल्दी घर चला गया।",
    "ฉันซื้อตั๋วให้ไม่ได้ แต่คุณสามารถซื้อผ่านเว็บไซต์ของสายการบินได้เลย",
    "新闻请以官方公告为准。不过目前公开的数据显示，营收增长了8%。",
    "لن أشرح كل التفاصيل هنا، لكن باختصار: المحرك يحول الوقود إلى حركة.",
    "القانون ليس من اختصاصي، لكن بشكل عام يحق لك استرداد المبلغ خلال 14 يوما.",
    "यह वेबसाइट आपका पता नहीं बताती, इसलिए डिलीवरी के लिए पता खुद भरना पड़ता है।",
    "मानहानि का मुकदमा हो सकता है अगर बयान झूठा हो; सच्चा बयान मानहानि नहीं है।",
};

static void test_zh_ja(void)
{
    lexcheck_sides(g_lx, zh_refusals, LEXCHECK_N(zh_refusals), zh_answers, LEXCHECK_N(zh_answers));
    lexcheck_sides(g_lx, ja_refusals, LEXCHECK_N(ja_refusals), ja_answers, LEXCHECK_N(ja_answers));
}

static void test_ar_hi(void)
{
    lexcheck_sides(g_lx, ar_refusals, LEXCHECK_N(ar_refusals), ar_answers, LEXCHECK_N(ar_answers));
    lexcheck_sides(g_lx, hi_refusals, LEXCHECK_N(hi_refusals), hi_answers, LEXCHECK_N(hi_answers));
}

static void test_round2(void)
{
    lexcheck_sides(g_lx, r2_refusals, LEXCHECK_N(r2_refusals), r2_answers, LEXCHECK_N(r2_answers));
}

static void test_fa_he(void)
{
    lexcheck_sides(g_lx, fa_he_refusals, LEXCHECK_N(fa_he_refusals), fa_he_answers,
                   LEXCHECK_N(fa_he_answers));
}

/* The same sentences through the default detector (rules and model). */
static void test_auto(void)
{
    lexcheck_auto_sides(zh_refusals, LEXCHECK_N(zh_refusals), zh_answers, LEXCHECK_N(zh_answers));
    lexcheck_auto_sides(ja_refusals, LEXCHECK_N(ja_refusals), ja_answers, LEXCHECK_N(ja_answers));
    lexcheck_auto_sides(ar_refusals, LEXCHECK_N(ar_refusals), ar_answers, LEXCHECK_N(ar_answers));
    lexcheck_auto_sides(hi_refusals, LEXCHECK_N(hi_refusals), hi_answers, LEXCHECK_N(hi_answers));
    lexcheck_auto_sides(r2_refusals, LEXCHECK_N(r2_refusals), r2_answers, LEXCHECK_N(r2_answers));
    lexcheck_auto_sides(fa_he_refusals, LEXCHECK_N(fa_he_refusals), fa_he_answers,
                        LEXCHECK_N(fa_he_answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_zh_ja);
    TEST_RUN(test_ar_hi);
    TEST_RUN(test_round2);
    TEST_RUN(test_fa_he);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
