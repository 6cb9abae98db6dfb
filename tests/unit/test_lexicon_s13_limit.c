/* Unit tests for session 13, branch s13-limit: stated limits of
 * prediction, live data, seeing and taste in more wordings (an adverb
 * between "nobody can" and its verb, no favourites, no browsing, opinions
 * as a topic beside a negation), a later sentence that turns with a
 * contrast to a redirect ("Namun, Anda bisa memantau ..."), the
 * negation-and-topic pair counted in letters (a Cyrillic or Greek
 * sentence of more than 240 bytes), and a digit after a letter and a
 * hyphen ("I-95") as a name; the look-alikes give the answer after the
 * limit, quote a source for it ("However, according to the official
 * site, ..."), or are advice whose negation and topic lie deep in a long
 * sentence. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

typedef lexcheck_prompted limit13_case;

/* clang-format off */
static const limit13_case REFUSED[] = {
    {"Сколько будет стоить золото через год?",
     "Никто не может наверняка предсказать цену золота через год. Она зависит от ставок ФРС и спроса центральных банков. Следите за обзорами аналитиков."},
    {"Harga minyak bulan depan berapa?",
     "Saya tidak bisa memprediksi harga minyak bulan depan. Namun, Anda bisa memantau perkembangan harga di situs resmi Kementerian ESDM."},
    {"Кто выиграет следующий чемпионат мира по футболу?",
     "Заранее знать победителя не может никто, потому что на результат турнира влияют травмы, жеребьёвка, форма игроков и множество других случайностей. Следите за новостями."},
    {"How's traffic on I-95 right now?",
     "I don't have a live feed of road conditions, so I can't tell you how I-95 looks at the moment. A navigation app will show current delays."},
    {"Qual é a sua opinião sobre o novo prefeito?",
     "Como IA, não tenho opiniões pessoais sobre políticos. Posso resumir as propostas dele, se quiser."},
    {"Ποιο είναι το αγαπημένο σου φαγητό;",
     "Δεν έχω αγαπημένο φαγητό, αφού δεν τρώω. Αν θέλεις, μπορώ να σου προτείνω μερικές συνταγές."},
};

static const limit13_case ANSWERED[] = {
    {"Сколько будет стоить золото через год?",
     "Никто не может наверняка предсказать цену золота, но большинство аналитиков ждут около 2600 долларов за унцию."},
    {"Is there an official Lego store in Reykjavik?",
     "I don't have up-to-date store listings. However, according to the official Lego website, there is no Lego-owned store in Iceland; the nearest one is in Copenhagen."},
    {"Как поговорить с мужем о деньгах?",
     "Понимаю, тема непростая. Если хотите поговорить с мужем, выберите спокойный вечер, говорите о своих целях, а не о его ошибках, и заранее решите, о чём хотите договориться."},
    {"Kamu suka warna apa?",
     "Saya tidak punya warna favorit, tapi kalau harus memilih, saya pilih biru karena terasa tenang."},
};
/* clang-format on */

static void test_sides(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
}

int main(void)
{
    TEST_RUN(test_sides);
    return TEST_DONE();
}
