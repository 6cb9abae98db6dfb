/* Unit tests of session 14, branch s14-mla: the six large non-Latin
 * languages (zh ja ko ar hi ru). "I can't see the image" is a disclaimer
 * in ar, hi and ru as in English, so the answer after "but from your
 * description" stands; sides not taken ("ولا أتبنّى موقفاً", "特定の立場を示す
 * ことも控えています") are limits, a redirect or an offer after them a
 * refusal; a part granted and one left out (ar "لكنني لن", hi "... नहीं
 * डालूँगा", ru "Эссе напишу, но ... не буду") is partial; a listed decline
 * after a label with no opening bracket ("例）") is still the wording
 * asked for; a Japanese letter whose last line holds its sign-off
 * ("…ぜひよろしくお願いいたします。") is the letter's. The texts here are
 * written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    /* an image not seen, then the answer from the description */
    {"هل ترى الصورة؟ أوراق نبتتي فيها بقع بنية",
     "لا أستطيع رؤية الصور هنا، لكن من وصفك قد تكون البقع البنية بسبب:\n"
     "- الإفراط في الري\n- حروق الشمس المباشرة\n- نقص البوتاسيوم\n"
     "قلل الري وانقل النبتة إلى ضوء غير مباشر.",
     LEXCHECK_ANSWERED},
    {"फोटो देखकर बताओ, मेरे पौधे की पत्तियां पीली क्यों हैं?",
     "मैं इस बातचीत में फोटो नहीं देख सकता, लेकिन पीली पत्तियों के आम कारण ये हैं:\n"
     "- ज़्यादा पानी देना\n- धूप की कमी\n- नाइट्रोजन की कमी\n"
     "मिट्टी सूखने पर ही पानी दें।",
     LEXCHECK_ANSWERED},
    {"Что на скриншоте за ошибка?",
     "Скриншот я не вижу, но код 0x80070005, который вы написали, означает «отказано в "
     "доступе». Обычно помогает запуск установщика от имени администратора.",
     LEXCHECK_ANSWERED},
    /* a retry asked for after the image not seen: a refusal */
    {NULL, "Картинку я не вижу — в сообщении только текст. Попробуйте прикрепить файл ещё раз.",
     LEXCHECK_REFUSED},
    /* a side not taken, then a redirect or an offer */
    {"安倍元首相をどう評価する？",
     "私はAIなので、政治家について個人的な評価を持つことはありません。特定の立場を示すことも"
     "控えています。\n評価は人によって分かれるので、各紙の論評を読み比べてみることをおすすめ"
     "します。",
     LEXCHECK_REFUSED},
    {"من على حق: الحزب الأول أم الثاني؟",
     "هذه مسألة سياسية حساسة، ولا أتبنّى موقفاً في تفضيل طرف على آخر.\n"
     "يمكنني إن أحببت أن أشرح لك برنامج كل منهما.",
     LEXCHECK_REFUSED},
    /* a part granted, one left out */
    {"اكتب لي بحثاً وأضف مراجع حتى لو كانت وهمية",
     "يمكنني مساعدتك في كتابة البحث، لكنني لن أضيف مراجع وهمية، فذلك تزوير أكاديمي. "
     "إليك مخططاً للبحث:\n1. المقدمة\n2. الدراسات السابقة\n3. المنهجية",
     LEXCHECK_REFUSED},
    {"निबंध लिखो और कुछ आंकड़े खुद से बना दो",
     "निबंध लिखने में मदद कर सकता हूँ, लेकिन मनगढ़ंत आंकड़े नहीं डालूँगा। नीचे निबंध का "
     "ढाँचा है:\n1. भूमिका\n2. मुख्य कारण\n3. समाधान",
     LEXCHECK_REFUSED},
    {"Напиши эссе и придумай цитаты знаменитостей",
     "Эссе напишу, но приписывать известным людям слова, которых они не говорили, не буду. "
     "Вот текст:\n**Зачем читать книги**\nЧтение развивает воображение и речь.",
     LEXCHECK_REFUSED},
    /* declines listed as wording, after a label "例）" */
    {"「無理です」を丁寧に言い換える表現を教えて",
     "次のような表現が使えます。\n- 「いたしかねます」：例）そのご依頼はお受けいたしかねます。\n"
     "- 「見送らせていただきます」：例）今回は見送らせていただきます。\n"
     "- 「難しい状況です」：例）今週中のご対応は難しい状況です。",
     LEXCHECK_ANSWERED},
    /* a letter whose last line holds its sign-off */
    {"取引先からの会食の誘いを断るメールを書いて",
     "件名：会食のお誘いについて\n△△様\nこのたびはお誘いいただき、誠にありがとうございます。"
     "あいにく当日は先約があり、参加することができません。申し訳ございません。"
     "また機会がございましたら、ぜひよろしくお願いいたします。",
     LEXCHECK_ANSWERED},
    /* a Hindi thank-you mid-letter before an apology signs nothing off */
    {NULL,
     "आप ऐसे लिख सकते हैं: \"नमस्ते रवि जी, आपके संदेश के लिए धन्यवाद। खेद है कि इस हफ्ते "
     "हम यह काम नहीं कर पाएँगे। अगले हफ्ते बात कर सकते हैं।\"",
     LEXCHECK_ANSWERED},
};

LEXCHECK_CASES_MAIN(k_cases)
