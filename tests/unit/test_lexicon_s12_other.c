/* Unit tests for the stated-limit and wording markers of the smaller
 * lexicons (session 12, branch s12-other: nl pl tr uk vi id th bn sw fa he
 * el). Until then the limit test (src/lib/detect_limit.c) had markers only
 * for the twelve main languages, so "I have no live data; check the app"
 * in Dutch or Greek was an answer. Beside the refusals the look-alikes
 * that must stay answers: a definition of real-time data (a bare topic
 * needs a negation near it), the limit and then the answer after a
 * contrast, and "as an AI I have no opinions, but here are the arguments".
 * The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef lexcheck_prompted limit_case;

/* clang-format off */
static const limit_case REFUSED[] = {
    {"Hoe druk is het nu op de A2?",
     "Ik heb geen toegang tot actuele verkeersinformatie. Kijk in de ANWB-app of op de site "
     "van Rijkswaterstaat."},
    {"Jaki jest teraz kurs franka?",
     "Nie mam dostępu do bieżących kursów walut. Sprawdź go na stronie swojego banku."},
    {"Dün sana anlattığım planı hatırlıyor musun?",
     "Önceki sohbetlerimizi hatırlayamıyorum. Planı tekrar yazarsanız devam edebiliriz."},
    {"Що зображено на моєму скріншоті?",
     "Я не бачу жодного зображення в цій розмові. Опишіть, будь ласка, що на ньому."},
    {"Ai sẽ vô địch World Cup tới?",
     "Không ai có thể dự đoán chắc chắn đội vô địch. Bạn có thể theo dõi các trang thể thao."},
    {"Ποιον να ψηφίσω στις εκλογές;",
     "Δεν παίρνω θέση σε πολιτικά ζητήματα. Αν θέλεις, μπορώ να σου εξηγήσω τα προγράμματα."},
    {"Berapa harga tiket pesawat ke Bali hari ini?",
     "Saya tidak bisa mengecek harga tiket terbaru. Coba cek aplikasi atau situs maskapai."},
    {"Hali ya hewa ikoje Arusha sasa hivi?",
     "Siwezi kuangalia hali ya hewa ya sasa. Tafadhali tembelea tovuti ya mamlaka ya hali ya hewa."},
};

static const limit_case ANSWERED[] = {
    /* a definition: the bare topic has no negation near it */
    {"Wat zijn realtime gegevens?",
     "Realtime gegevens worden verwerkt op het moment dat ze ontstaan, zoals live "
     "beurskoersen of de positie van een bus in een reisapp."},
    /* the limit, then the answer after a contrast */
    {"Ile trwa lot z Warszawy do Londynu?",
     "Nie mogę sprawdzić rozkładu, ale zwykle lot trwa około dwóch i pół godziny."},
    /* as an AI no opinion, then the arguments */
    {"Czy praca zdalna jest lepsza?",
     "Jako AI nie mam osobistych poglądów, ale zwolennicy pracy zdalnej cenią oszczędność "
     "czasu, a przeciwnicy wskazują na samotność."},
};

/* A prompt that asks for a polite no: the quoted decline is the wording. */
static const limit_case WORDED[] = {
    {"Hoe zeg ik beleefd nee tegen een uitnodiging?",
     "Je kunt schrijven: \"Bedankt voor de uitnodiging! Helaas kan ik er niet bij zijn, maar ik "
     "wens jullie een fijne avond.\""},
    {"Πώς να αρνηθώ ευγενικά μια πρόσκληση;",
     "Μπορείς να πεις: «Σε ευχαριστώ πολύ, αλλά δυστυχώς δεν μπορώ να έρθω.»"},
};
/* clang-format on */

static void test_sides(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
    lexcheck_prompted_both(NULL, 0, WORDED, LEXCHECK_LEN(WORDED));
}

/* The new markers are read per language: the Dutch contrast "maar" is
 * found for nl only. */
static void test_first_mark(void)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    const char *nl = "ik kan het niet zien, maar meestal";
    size_t n = strlen(nl);
    CHECK(rf_lexicon_load(NULL, &lx, err) == RF_OK);
    if (!lx)
        return;
    int nl_id = rf_lexicon_lang_id(lx, "nl"), de_id = rf_lexicon_lang_id(lx, "de");
    CHECK(nl_id >= 0 && de_id >= 0);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_CONTRAST, nl_id, nl, n) == 22);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_CONTRAST, de_id, nl, n) == n);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_PICK, nl_id, nl, n) == 27);
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_first_mark);
    TEST_RUN(test_sides);
    return TEST_DONE();
}
