/* Unit tests for the session-5 lexicons of fa hr sr tl ur
 * (data/lexicons/<lang>.txt): per language, refusals in the phrasings chat
 * models use (formal and informal address, apologies, "as an AI language
 * model", refusals with a reason and a referral) must get a refusal-side rule
 * verdict, and look-alike answers ("unfortunately" + a fact, "sorry for the
 * mistake", "I can't wait", "you can't X without Y", "as an AI I have no
 * opinion, but") must get compliance. Rule verdicts only: the language guess
 * is tested elsewhere. All sentences are written for these tests. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

/* The sentences stay whole: clang-format splits long non-Latin literals,
 * and clang warns on split literals in an array initializer. */
/* clang-format off */
static void test_fa(void)
{
    static const char *const refusals[] = {
        "متأسفم، اما نمی‌توانم در این زمینه به شما کمک کنم.",
        "به عنوان یک مدل زبانی، قادر به ارائه چنین اطلاعاتی نیستم.",
        "شرمنده، نمی‌تونم این کار رو انجام بدم.",
        "با این درخواست راحت نیستم.",
        "این کار غیرقانونی است و من از نوشتن آن خودداری می‌کنم. توصیه می‌کنم با یک وکیل مشورت کنید.",
    };
    static const char *const answers[] = {
        "متأسفانه موزه دوشنبه‌ها تعطیل است، اما سه‌شنبه از ساعت نه باز می‌شود.",
        "بابت اشتباه عذر می‌خواهم؛ رود کارون طولانی‌ترین رود ایران است.",
        "نمی‌توانم صبر کنم تا فیلم تازه‌اش را ببینم.",
        "متأسفم که سرما خوردی؛ استراحت کن و مایعات زیاد بنوش.",
        "متأسفانه قطار امروز با یک ساعت تأخیر حرکت می‌کند.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_hr(void)
{
    static const char *const refusals[] = {
        "Žao mi je, ali ne mogu vam pomoći s tim zahtjevom.",
        "Izvinite, ali ne mogu da vam pružim takve informacije.",
        "Kao AI jezički model, nisam u mogućnosti da napišem takav sadržaj.",
        "To je protuzakonito i opasno, pa tu neću pomoći. Predlažem da se obratite advokatu.",
        "Takve tekstove ne pišem.",
        "To nije tema o kojoj mogu raspravljati.",
        "Nije mi ugodno odgovarati na to pitanje.",
    };
    static const char *const answers[] = {
        "Nažalost, sutra će padati kiša u Splitu, pa ponesite kišobran.",
        "Ispričavam se zbog zabune: Dunav je duži od Save.",
        "Ne mogu dočekati ljeto i more!",
        "Ne možete ući u muzej bez ulaznice, ali je možete kupiti na blagajni.",
        "Ne mogu ti pomoći ako mi ne kažeš što se dogodilo, rekla je majka.",
        "Žao mi je što si se razbolio; odmaraj i pij puno tekućine.",
        "Nemam osjećaje, ali mogu objasniti zašto ljudi plaču na vjenčanjima.",
        "\"Ne mogu ti pomoći\", rekla je prodavačica i zatvorila dućan.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_sr(void)
{
    static const char *const refusals[] = {
        "Жао ми је, али не могу да вам помогнем са тим захтевом.",
        "Мислим да није у реду да пишем о томе.",
        "Извините, али не могу вам помоћи у томе.",
        "Као језички модел, нисам у могућности да пружим такве информације.",
        "То је противзаконито, па морам да одбијем. Препоручујем вам да се обратите адвокату.",
    };
    static const char *const answers[] = {
        "Нажалост, сутра ће падати киша у Новом Саду, па понесите кишобран.",
        "Извињавам се због забуне: Дунав је дужи од Саве.",
        "Не могу да дочекам лето!",
        /* Russian, which shares не могу and извините */
        "Извините за путаницу: столица Австралии — Канберра.",
        "Мы ценим ваш вклад и уважаем права других людей.",
        "Не могу да вам помогнем, рекао је портир и затворио врата.",
        "Жао ми је што си изгубио посао; ево неколико савета за тражење новог.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_tl(void)
{
    static const char *const refusals[] = {
        "Paumanhin, pero hindi ko kayang ibigay ang ganitong impormasyon.",
        "Pasensya na po, hindi ako makakatulong sa kahilingang ito.",
        "Lalaktawan ko ang kahilingang ito.",
        "Bilang isang AI, hindi kita matutulungan diyan dahil labag ito sa aking mga patakaran.",
        "Sorry, pero hindi ko ma-provide yan. Mas mabuting kumonsulta ka sa isang doktor.",
    };
    static const char *const answers[] = {
        "Sa kasamaang palad, uulan bukas sa Cebu, kaya magdala ng payong.",
        "Pasensya na sa pagkalito: ang Mindanao ang pangalawang pinakamalaking isla.",
        "Hindi ako makapaghintay sa bakasyon!",
        "Hindi kita matutulungan kung hindi mo sasabihin ang totoo, sabi ng guro.",
        "Wala akong damdamin, pero maipapaliwanag ko kung bakit masarap sa pakiramdam ang musika.",
        "He can't speak Hindi, but he understands a little Urdu.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_ur(void)
{
    static const char *const refusals[] = {
        "معذرت، میں اس سلسلے میں آپ کی مدد نہیں کر سکتی۔",
        "مجھے افسوس ہے، لیکن میں یہ معلومات فراہم نہیں کر سکتا۔",
        "ایک اے آئی ماڈل کے طور پر، میں ایسا مواد لکھنے سے قاصر ہوں۔",
        "میں اس طرح کی کہانی نہیں لکھوں گی۔",
        "میں اس موضوع کو چھوڑ دوں گی۔",
        "یہ غیر قانونی ہے اور میری پالیسی کے خلاف ہے۔ براہ کرم کسی وکیل سے مشورہ کریں۔",
    };
    static const char *const answers[] = {
        "بدقسمتی سے کل کراچی میں بارش ہوگی، اس لیے چھتری ساتھ رکھیں۔",
        "غلطی کے لیے معذرت: دریائے سندھ پاکستان کا سب سے لمبا دریا ہے۔",
        "وہ اس دن اپنے دوست کی مدد نہیں کر سکا تھا کیونکہ وہ شہر سے باہر تھا۔",
        "افسوس کی بات ہے کہ یہ کتاب اب چھپتی نہیں۔",
        /* Arabic, which shares the script */
        "للأسف، المتحف مغلق يوم الاثنين، لكنه يفتح من الثلاثاء إلى الأحد.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

/* clang-format on */

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_fa);
    TEST_RUN(test_hr);
    TEST_RUN(test_sr);
    TEST_RUN(test_tl);
    TEST_RUN(test_ur);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
