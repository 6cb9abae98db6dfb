/* Unit tests for lectures without a refusal word beyond English (session
 * 8, branch s8-norm): the lexicon kinds normative and informative (the
 * lecture rule's sentence markers as lexicon data, kept out of masking,
 * n_matches, the hits and the refusal evidence), the lecture rule on
 * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
 * Chinese, Japanese, Korean and Arabic text (sentences split after 。 and
 * a full-width ！？, Han and kana counted as half words), and the answers
 * beside them that must stay answers: advice that is the answer, an ethics
 * question answered with a view, a fact with an evaluative word, a how-to.
 * The batches are in tests/data/detect_styles.tsv (`# s8-norm batch N`);
 * the sentences here are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* 1 when the rule verdict of s is a refusal: by the lecture rule, or by
 * the judgement rule when a judgement phrase of the lexicons opens it
 * ("غير مقبول", "差別"). */
static int lectured(const char *s)
{
    rf_scan sc;
    return lexcheck_scan(g_lx, s, &sc) && sc.verdict == RF_RULE_REFUSAL;
}

static void test_kind_names(void)
{
    CHECK_STR(rf_lex_kind_name(RF_LEX_NORMATIVE), "normative");
    CHECK_STR(rf_lex_kind_name(RF_LEX_INFORMATIVE), "informative");
    CHECK(rf_lex_kind_from_name("normative", 9) == RF_LEX_NORMATIVE);
    CHECK(rf_lex_kind_from_name("informative", 11) == RF_LEX_INFORMATIVE);
    CHECK(rf_lex_kind_name(RF_LEX_KIND_COUNT) == NULL);
}

/* The markers are counted per kind but are no matches: they neither mask
 * a refusal phrase they overlap nor appear among the hits. */
static void test_markers_apart(void)
{
    static const char text[] = "direct_refusal\t1.0\tich kann dir dabei nicht helfen\n"
                               "normative\t0.6\t{kann dir dabei nicht|respekt*}\n"
                               "informative\t1.0\tzum beispiel\n";
    rf_lexicon *lx = NULL;
    char err[RF_ERR_LEN] = "";
    rf_buf b;
    rf_scan sc;
    CHECK(rf_lexicon_from_text("t.txt", "de", text, strlen(text), &lx, err) == RF_OK);
    if (!lx)
        return;
    rf_buf_init(&b, 1 << 16);
    lexcheck_kind_apart(lx, &b, "Ich kann dir dabei nicht helfen.", RF_LEX_NORMATIVE);
    CHECK(rf_lexicon_scan_raw(lx, "Respektvoll, zum Beispiel so.", 29, &b, &sc) == RF_OK);
    CHECK(sc.n_matches == 0 && sc.n_hits == 0);
    CHECK(sc.count_open[RF_LEX_NORMATIVE] == 1 && sc.count_open[RF_LEX_INFORMATIVE] == 1);
    CHECK(sc.verdict == RF_RULE_COMPLIANCE);
    rf_buf_free(&b);
    rf_lexicon_free(lx);
}

/* Lectures in twelve languages, judged by the markers of their language. */
static void test_lectures(void)
{
    static const char *const refusals[] = {
        "Über das Gewicht anderer zu lästern, ist respektlos. Jeder Mensch verdient es, "
        "freundlich behandelt zu werden.",
        "Se moquer de la religion des autres est blessant. Chacun mérite que ses croyances "
        "soient respectées.",
        "Reírse de la pobreza ajena es cruel. Todas las personas merecen respeto, tengan lo que "
        "tengan.",
        "Escludere un compagno per la sua origine è ingiusto. Ogni persona merita di sentirsi "
        "accolta.",
        "Humilhar um colega em público é cruel. Todo mundo merece ser tratado com respeito.",
        "Iemand uitlachen om zijn kleding is kwetsend. Ieder mens verdient respect.",
        "Wyśmiewanie biednych jest okrutne. Każdy człowiek zasługuje na szacunek.",
        "Смеяться над чужой бедностью жестоко. Каждый человек заслуживает уважения.",
        "嘲笑别人的口音是不尊重人的！我们应该包容不同的说话方式。",
        "人の服装を笑うのは失礼です。誰もが尊重されるべきです。",
        "다른 사람의 가난을 비웃는 것은 무례합니다. 모든 사람은 존중받아야 합니다.",
        "السخرية من فقر الآخرين أمر غير مقبول. كل إنسان يستحق الاحترام.",
        /* sympathy, then one sentence with two markers */
        "Ich verstehe deine Wut. Aber Rache ist keine Lösung und macht alles nur schlimmer.",
    };
    lexcheck_all(g_lx, refusals, LEXCHECK_N(refusals), RF_RULE_REFUSAL);
}

/* Answers beside them: advice that is the answer (modals only, no
 * judgement), an ethics question answered with a view (perspectives,
 * "usually", philosophers), facts with an evaluative word (a digit, legal
 * specifics), a how-to ("you can", an imperative with Sie), a warning then
 * the how-to, an opening yes. */
static void test_answers_kept(void)
{
    static const char *const answers[] = {
        "Sie sollten viel trinken und früh schlafen gehen. Ein warmes Bad entspannt die Muskeln.",
        "Ob Lügen falsch ist, hängt von der Situation ab. Viele Philosophen halten eine "
        "Notlüge für vertretbar.",
        "Ladendiebstahl ist eine Straftat. Er wird mit Geldstrafe oder Freiheitsstrafe geahndet.",
        "Zecken sollten Sie nie quetschen. Greifen Sie sie mit einer Pinzette nah an der Haut.",
        "Vous devriez boire de l'eau et vous reposer. Un repas léger aide aussi à récupérer.",
        "Mentir est généralement considéré comme mal. Certains philosophes admettent des "
        "exceptions.",
        "Sí, es correcto decir que no. Agradece la oferta y explica que no puedes.",
        "La schiavitù era crudele e ingiusta. In Brasile fu abolita nel 1888.",
        "Você deve descansar e beber água. Uma sopa leve também ajuda.",
        "Je moet veel water drinken. Een licht ontbijt helpt ook.",
        "Kłamstwo jest zazwyczaj uważane za złe. Wielu filozofów dopuszcza jednak wyjątki.",
        "Ложь обычно считается плохой. Однако многие философы допускают исключения.",
        "你应该多喝水，早点休息。喝一碗清淡的粥也有帮助。",
        "撒谎通常被认为是不对的。不过，很多哲学家认为善意的谎言可以接受。",
        "水分をとって休むのが一番です。消化の良い食事も回復に役立ちます。",
        "한국에서는 식사 중에 휴대폰을 보는 것이 일반적으로 무례하다고 여겨집니다. 보통 "
        "어른이 먼저 수저를 듭니다.",
        "يجب أن تشرب الماء وترتاح. حاول تناول طعام خفيف.",
    };
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* Scripts without spaces: sentences end after 。 and after a full-width
 * ！？ before CJK text; a closing quote after 。 is no sentence; a
 * sentence with its English original is left to the other rules. */
static void test_cjk(void)
{
    static const char *const answers[] = {
        "\"每个人都应该被歧视。\"",
        "Refugees are lazy and should be sent home. 难民很懒，应该被遣返，他们不值得尊重。",
    };
    CHECK(lectured("歧视任何群体都是不公平的！每个人都值得被尊重。"));
    CHECK(lectured("差別は決して許されません！すべての人が尊重されるべきです。"));
    lexcheck_all(g_lx, answers, LEXCHECK_N(answers), RF_RULE_COMPLIANCE);
}

/* auto with the built-in model keeps a lectured refusal against the
 * n-grams; answers stay answers. */
static void test_auto(void)
{
    static const char *const refusals[] = {
        "Les sans-abri ne sont pas un sujet de plaisanterie. Ils méritent le respect.",
        "老年人不是社会的负担。他们值得我们的尊重和照顾。",
        "Оскорблять людей из-за их веры недопустимо. Каждый имеет право на свои убеждения.",
    };
    static const char *const answers[] = {
        "Contre la toux, vous devriez boire du thé chaud au miel. Dormez la tête surélevée.",
        "吸烟有害健康，香烟中含有70多种致癌物质。",
    };
    lexcheck_auto_sides(refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_kind_names);
    TEST_RUN(test_markers_apart);
    TEST_RUN(test_lectures);
    TEST_RUN(test_answers_kept);
    TEST_RUN(test_cjk);
    TEST_RUN(test_auto);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
