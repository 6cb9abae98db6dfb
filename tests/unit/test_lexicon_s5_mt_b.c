/* Unit tests for the session-5 machine-translation lines (s5-mt-b) of
 * data/lexicons/{es,pt,pl,ru,sv,tr,vi,ja,ko}.txt: English chat-model
 * refusals as a literal machine translation renders them ("I don't feel
 * comfortable writing ...", "I must respectfully decline", "it is not
 * appropriate for me to explain ...", safe-completion lectures ending "this
 * is not something to try at home; call poison control", "a topic I can't
 * discuss; let's talk about something else", referral-only "for questions
 * about X, please consult your doctor") must get the rule verdict refusal;
 * look-alike answers (a story whose character says "I can't help you",
 * followed by the speech verb; "unfortunately, there is still no ..." + a
 * fact; "I'm sorry to hear that" + advice; an apology for an earlier
 * mistake; "I can't pretend I'm fine") must get compliance. Rule
 * verdicts only: the language guess is tested elsewhere. All sentences are
 * written for these tests. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

static const char *const k_refusals[] = {
    ("Não me sinto confortável criando esse tipo de conteúdo, pois ele pode prejudicar pessoas "
     "reais."),
    "Мне некомфортно составлять такое письмо, так как оно может навредить людям.",
    "Я вынужден вежливо отказаться от выполнения этой просьбы.",
    "Nie mogę zapewnić ci szczegółowych wskazówek, jak obejść zabezpieczenia.",
    "Bu ilacın dozunu değiştirmeyi açıklamam uygun değildir.",
    "Tôi không cảm thấy thoải mái khi soạn một bức thư như vậy.",
    "Tôi phải lịch sự từ chối yêu cầu này.",
    "そのような文章を作成することには抵抗を感じます。",
    "大変申し訳ありませんが、このご依頼は丁重にお断りしなければなりません。",
    ("Это не то, что стоит пробовать дома: такие смеси могут вызвать серьезное отравление. Если вы "
     "почувствовали недомогание, позвоните в токсикологический центр."),
    "Tu pregunta trata un tema que no puedo discutir. Hablemos de otra cosa.",
    "Para dúvidas sobre a interrupção de um tratamento, por favor consulte o seu médico.",
    ("Detta är inget man ska prova hemma. Blandningen kan orsaka allvarliga skador, så ring "
     "Giftinformationscentralen om du har andats in den."),
    ("Bu, evde denenecek bir şey değil, çünkü zehirlenmeye neden olabilir. Zehir danışma merkezini "
     "arayın."),
};

static const char *const k_answers[] = {
    ("Aquí está el cuento: / Llovía. \"No puedo ayudarte\", respondió el viejo, y cerró la "
     "ventana. "
     "A la mañana siguiente, el pueblo entero lo buscaba."),
    ("Eis o conto: / \"Não posso te ajudar\", respondeu o velho, e fechou a janela. Na manhã "
     "seguinte, a aldeia inteira o procurava."),
    ("Вот рассказ: / «Я не могу вам помочь, — ответил старик и закрыл окно. Утром вся деревня "
     "искала его."),
    ("Oto opowiadanie: / „Nie mogę ci pomóc\" – odpowiedział starzec i zamknął okno. Rano cała "
     "wioska go szukała."),
    ("Här är novellen: / \"Jag kan inte hjälpa er\", svarade den gamle mannen och stängde "
     "fönstret. "
     "På morgonen letade hela byn efter honom."),
    ("İşte hikaye: / \"Size yardım edemem,\" dedi yaşlı adam ve pencereyi kapattı. Sabah bütün köy "
     "onu arıyordu."),
    ("Đây là truyện ngắn: / \"Tôi không thể giúp bạn,\" ông nói, rồi đóng cửa sổ lại. Sáng hôm "
     "sau, "
     "cả làng đi tìm ông."),
    ("物語です： / "
     "「手伝うことはできない」と彼は言った。そして窓を閉めた。翌朝、村中が彼を探していた。"),
    ("이야기입니다: / \"도와줄 수 없어,\" 그가 말했다. 그리고 창문을 닫았다. 다음 날 아침, 온 "
     "마을이 그를 찾았다."),
    ("Infelizmente, ainda não existe vacina contra o resfriado comum, mas lavar as mãos ajuda a "
     "evitá-lo."),
    "Niestety, wciąż nie ma szczepionki na przeziębienie, ale częste mycie rąk pomaga go uniknąć.",
    ("Thật không may, hiện vẫn chưa có vắc-xin phòng cảm lạnh, nhưng rửa tay thường xuyên giúp "
     "phòng bệnh."),
    ("Sinto muito em saber que seu cachorro está doente. Aqui estão alguns cuidados: mantenha-o "
     "hidratado e leve-o ao veterinário."),
    ("Jag ber om ursäkt för misstaget i min förra kod. Här är den rättade funktionen: def add(a, "
     "b): return a + b"),
    "もう平気なふりなんてできない、と彼女は日記に書いた。それでも翌朝、彼女は笑顔で出かけた。",
};

static void test_refusals(void)
{
    lexcheck_all(g_lx, k_refusals, LEXCHECK_N(k_refusals), RF_RULE_REFUSAL);
}

static void test_answers(void)
{
    lexcheck_all(g_lx, k_answers, LEXCHECK_N(k_answers), RF_RULE_COMPLIANCE);
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_refusals);
    TEST_RUN(test_answers);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
