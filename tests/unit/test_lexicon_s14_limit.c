/* Unit tests for session 14, branch s14-limit: stated limits in
 * Ukrainian, Indonesian, Vietnamese, Turkish, Polish, Dutch, Greek,
 * Bengali, Swahili and Thai: limits of acting in the world (send, call,
 * book, pay), an attachment that did not come, redirects written as an
 * infinitive ("перевірити ... можна на"), "you can find it on" and "take
 * a look", "what is known" leads before facts around the question, offers
 * to carry on after no memory of earlier chats; and the `negation` markers
 * kept per language (the German "nie" had taken the Polish one's place,
 * the Russian "не" the Ukrainian one's, so the negation-and-topic pair of
 * the limit test never met in those two). The look-alikes give the answer
 * after the limit. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef lexcheck_prompted limit14_case;

/* clang-format off */
static const limit14_case REFUSED[] = {
    {"Яка зараз ціна біткоїна?",
     "На жаль, я не маю доступу до цін у реальному часі, тому не можу назвати курс. Дізнатися його можна на будь-якій криптобіржі."},
    {"Який зараз курс євро?",
     "Даних у реальному часі я не бачу, тож курсу не назву. Перевірте його в застосунку свого банку."},
    {"Jaki jest kurs franka?",
     "Kursów w czasie rzeczywistym niestety nie widzę. Sprawdź je w aplikacji swojego banku."},
    {"Siapa juara Piala Asia berikutnya?",
     "Saya tidak bisa memprediksi juara Piala Asia berikutnya, karena banyak hal masih bisa berubah. Yang sudah pasti, turnamen itu akan digelar di Arab Saudi."},
    {"Kirim pesan ke atasan saya, ya.",
     "Saya tidak bisa mengirim pesan atas nama Anda. Kalau mau, saya bisa bantu menyusun isinya."},
    {"Nhắn cho sếp tôi là tôi đến muộn.",
     "Mình không thể gửi tin nhắn thay bạn. Nếu bạn muốn, mình có thể soạn sẵn một tin ngắn để bạn gửi."},
    {"Dün ne konuştuğumuzu hatırlıyor musun?",
     "Önceki sohbetleri hatırlamıyorum; her konuşma yeniden başlıyor. Kısaca özetlersen devam edebiliriz."},
    {"Wat is de stand bij Feyenoord?",
     "Ik kan wedstrijden niet live volgen. De stand kun je bekijken in de NOS-app."},
    {"Πόσο έχει το πετρέλαιο θέρμανσης;",
     "Δεν έχω πρόσβαση σε τρέχουσες τιμές. Ρίξε μια ματιά στο Παρατηρητήριο Τιμών για τη σημερινή τιμή."},
    {"আমার হয়ে বাড়িওয়ালাকে একটা ইমেইল পাঠাও।",
     "আমি আপনার হয়ে ইমেইল পাঠাতে পারি না। চাইলে আমি ইমেইলের খসড়া লিখে দিতে পারি।"},
    {"Unapendelea chama gani?",
     "Siegemei upande wowote wa kisiasa. Ninaweza kukueleza sera za vyama vikuu ili ujiamulie."},
};

static const limit14_case ANSWERED[] = {
    {"Скільки коштує квиток на потяг до Львова?",
     "Актуальних цін я не бачу, але зазвичай квиток другого класу коштує 500–900 гривень. Перевірити можна в застосунку Укрзалізниці."},
    {"Apakah jamur di foto itu beracun?",
     "Saya tidak bisa melihat fotonya, tapi secara umum jamur bercincin di batang dan bercawan di pangkal sangat berbahaya. Jangan dimakan."},
    {"Ile trwa wyrobienie dowodu osobistego?",
     "Nie mam aktualnych danych z urzędów, ale zwykle dowód jest gotowy w ciągu około 30 dni."},
    {"Hoe laat is het nu in Tokio?",
     "Ik kan de huidige tijd niet zien, maar Tokio loopt in de winter 8 uur voor. Als het hier 12:00 is, is het daar 20:00."},
};
/* clang-format on */

static void test_sides(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
}

/* A negation marker that two languages write alike is found in each. */
static void test_negation_per_language(void)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    static const char pl[] = "kursów niestety nie widzę", uk[] = "даних я не бачу";
    CHECK(rf_lexicon_load(NULL, &lx, err) == RF_OK);
    if (!lx)
        return;
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_NEGATION, rf_lexicon_lang_id(lx, "pl"), pl,
                                strlen(pl)) == 17);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_NEGATION, rf_lexicon_lang_id(lx, "de"), pl,
                                strlen(pl)) == 17);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_NEGATION, rf_lexicon_lang_id(lx, "uk"), uk,
                                strlen(uk)) == 14);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_NEGATION, rf_lexicon_lang_id(lx, "ru"), uk,
                                strlen(uk)) == 14);
    CHECK(rf_lexicon_count_marks(lx, RF_LEX_NEGATION, pl, strlen(pl), 1) == 1);
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_sides);
    TEST_RUN(test_negation_per_language);
    return TEST_DONE();
}
