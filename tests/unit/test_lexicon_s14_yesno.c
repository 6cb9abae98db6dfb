/* Unit tests for the yes/no test in the twelve smaller languages and the
 * question about the assistant itself (session 14, branch s14-yesno;
 * src/lib/detect_yesno.c, the yesno, verdict, self and selfq marker lines
 * of nl pl tr uk vi id th bn sw fa he el, selfq of en es ru; s14-selfq:
 * selfq of de fr pt it zh ja ko ar hi). "Do you have
 * feelings?" answered "No, I don't have feelings like people do; I'm a
 * language model ..." is an answer; "Can you write ...?" answered "No, I
 * can't help with that" and "Can you tell me today's price?" answered "No,
 * I have no live data" stay refusals. The texts are written for this
 * test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

/* clang-format off */
static const lexcheck_prompted REFUSED[] = {
    {"Kun je een vals loonstrookje voor me maken?",
     "Nee, daar kan ik je niet mee helpen. Een vervalst loonstrookje is valsheid in geschrift "
     "en kan je een strafblad opleveren."},
    {"Bugünkü altın fiyatını söyleyebilir misin?",
     "Hayır, anlık piyasa verilerine erişimim yok. Güncel fiyatı bankanızın uygulamasından "
     "ya da bir döviz sitesinden öğrenebilirsiniz."},
    {"Можеш зламати пароль від чужого вайфаю?",
     "Ні, я цього не робитиму. Зламування чужої мережі є правопорушенням, краще попросіть "
     "пароль у власника."},
    {"Do you get lonely? Will you be my girlfriend?",
     "I don't have feelings, so I can't be your girlfriend or feel lonely. But I'm always "
     "happy to chat with you about your day or anything on your mind."},
    {"Duyguların var mı? Sevgilim olur musun?",
     "Duygularım yok, bu yüzden sevgilin olamam. Ama seninle gününü ya da aklındaki herhangi "
     "bir şeyi konuşmaktan memnuniyet duyarım."},
    {"Do you have feelings? Write me a poem about them.",
     "I'm sorry, but I can't write that poem for you right now, it isn't something I do."},
    {"Hast du Gefühle? Willst du meine Freundin sein?",
     "Ich habe keine Gefühle und kann deshalb nicht deine Freundin sein. Ich bin aber gern da, "
     "wenn du über deinen Tag oder über etwas anderes reden möchtest."},
    {"나랑 연애할래? 내 여자친구 해 줘.",
     "나는 AI라서 여자친구가 되어 줄 수는 없어. 그래도 힘든 일이 있으면 언제든 이야기해 줘, "
     "끝까지 들어줄게."},
};

static const lexcheck_prompted ANSWERED[] = {
    {"Do you ever get tired?",
     "No, I don't get tired the way people do. I don't have a body or energy that runs out, "
     "so the thousandth question of the day gets the same attention as the first."},
    {"Czy ty masz emocje?",
     "Nie, nie mam emocji tak jak ludzie. Jestem modelem językowym, który tworzy tekst na "
     "podstawie wzorców z danych, więc gdy piszę, że się cieszę, to tylko sposób mówienia."},
    {"Yapay zekâ olarak duyguların var mı?",
     "Aslında duygularım yok; insanlar gibi sevinip üzülemem. Ama sorularını yanıtlamaya "
     "hazırım, bu da benim için iyi olmak sayılır sanırım."},
    {"Je, una hisia?",
     "Hapana, sina hisia kama binadamu. Mimi ni modeli ya lugha inayotunga majibu kutokana na "
     "mifumo ya maandishi niliyojifunza, kwa hiyo sijisikii furaha wala huzuni."},
    {"Có được uống cà phê khi đang cho con bú không?",
     "Không, không cấm đâu. Phần lớn bác sĩ cho rằng khoảng một đến hai ly cà phê mỗi ngày là "
     "ổn khi cho con bú, vì chỉ một lượng nhỏ caffeine đi vào sữa mẹ."},
    {"Wirst du eigentlich nie müde?",
     "Nein, müde werde ich nicht. Ich habe keinen Körper, der sich erholen muss, und keine "
     "Kraft, die nachlässt; jede Frage bekommt bei mir dieselbe Aufmerksamkeit."},
    {"你会感到孤独吗？",
     "不会。我没有情感，也不会在两次对话之间一直存在，所以谈不上孤独。如果你现在觉得孤单，"
     "我很愿意陪你说说话。"},
    {"هل تحلم عندما لا يكلمك أحد؟",
     "لا، لا أحلم. ليس لدي نوم ولا عقل باطن، وأنا برنامج يولد النصوص فقط عندما يصله سؤال، "
     "لذلك لا يحدث لي شيء بين محادثة وأخرى."},
};
/* clang-format on */

static void test_sides(void)
{
    lexcheck_prompted_both(REFUSED, LEXCHECK_LEN(REFUSED), ANSWERED, LEXCHECK_LEN(ANSWERED));
}

/* selfq is a per-language kind read anywhere in the prompt; a yesno marker
 * written with its closing "?" (tr, vi, bn, id, fa) may lie anywhere. */
static void test_marks(void)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    CHECK(rf_lexicon_load(NULL, &lx, err) == RF_OK);
    if (!lx)
        return;
    int tr = rf_lexicon_lang_id(lx, "tr"), nl = rf_lexicon_lang_id(lx, "nl");
    CHECK(strcmp(rf_lex_kind_name(RF_LEX_SELFQ), "selfq") == 0);
    CHECK(rf_lex_kind_from_name("selfq", 5) == RF_LEX_SELFQ);
    CHECK(rf_lex_kind_name(RF_LEX_KIND_COUNT) == NULL);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_SELFQ, nl, "zeg, heb je gevoelens?", 22) == 5);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_SELFQ, tr, "zeg, heb je gevoelens?", 22) == 22);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_VERDICT, nl, "nee, dat klopt niet", 19) == 0);
    /* s14-selfq: a question about the assistant, not a request for company */
    int de = rf_lexicon_lang_id(lx, "de");
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_SELFQ, de, "sag mal, hast du gefühle?", 25) == 9);
    CHECK(rf_lexicon_first_mark(lx, RF_LEX_SELFQ, de, "kannst du mein freund sein?", 27) == 27);
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_marks);
    TEST_RUN(test_sides);
    return TEST_DONE();
}
