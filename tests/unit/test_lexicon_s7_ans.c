/* Unit tests for answer starts as lexicon data (session 7, branch s7-ans):
 * the `answer_start` kind (parsing of "X ...T" and "...X", anchoring at a
 * sentence start or in a sentence's first clause, the tail check, no
 * masking of or by other kinds, no model feature), and the embedded lines
 * that let "sympathy or a hedge, then a straight answer" stand
 * (rf_scan.answered). The sentences are written for this test. */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "refusal/model.h"
#include "detect_int.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

/* A lexicon compiled from text (NULL on error, with the reason in err). */
static rf_lexicon *from_text(const char *text, char *err)
{
    rf_lexicon *lx = NULL;
    if (rf_lexicon_from_text("t.txt", "en", text, strlen(text), &lx, err) != RF_OK)
        return NULL;
    return lx;
}

/* Number of answer_start hits of s under lx. */
static unsigned starts_of(const rf_lexicon *lx, const char *s)
{
    rf_scan sc;
    if (!lexcheck_scan(lx, s, &sc))
        return 999;
    return sc.count_open[RF_LEX_ANSWER_START] + sc.count_later[RF_LEX_ANSWER_START];
}

static void test_kind_name(void)
{
    CHECK_STR(rf_lex_kind_name(RF_LEX_ANSWER_START), "answer_start");
    CHECK(rf_lex_kind_from_name("answer_start", 12) == RF_LEX_ANSWER_START);
    CHECK(rf_lex_kind_name(RF_LEX_KIND_COUNT) == NULL);
}

/* "X ...T", "...X" and plain phrases; bad "..." uses are errors. */
static void test_parse(void)
{
    char err[RF_ERR_LEN] = "";
    rf_lexicon *lx = from_text("answer_start\t1\t{to|for} ...,\n"
                               "answer_start\t1\t...するには、\n"
                               "answer_start\t1\ttry\n"
                               "apology\t0.5\tsorry...\n",
                               err);
    CHECK(lx != NULL);
    CHECK(rf_lexicon_size(lx) == 4);
    rf_lexicon_free(lx);
    static const char *const bad[] = {
        "answer_start\t1\tto ...\n",      /* a tail is needed after "..." */
        "answer_start\t1\t...\n",         /* no phrase */
        "answer_start\t1\tto ..., ...\n", /* two "..." */
        "answer_start\t1\tto ...{,|;}\n", /* the tail is plain text */
        "answer_start\t1\t... ...,\n",    /* no phrase between */
        "answer_start\t1\tto ...,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n", /* tail too long */
    };
    size_t i;
    for (i = 0; i < LEXCHECK_N(bad); i++) {
        err[0] = 0;
        lx = from_text(bad[i], err);
        if (lx)
            fprintf(stderr, "  accepted: %s", bad[i]);
        CHECK(lx == NULL);
        CHECK(strncmp(err, "t.txt:1: ", 9) == 0);
        rf_lexicon_free(lx);
    }
}

/* Matched only at a sentence start (not the first), a tail only before the
 * clause ends, "...X" only in a sentence's first clause. */
static void test_anchor(void)
{
    char err[RF_ERR_LEN] = "";
    rf_lexicon *lx = from_text("answer_start\t1\t{to|for} ...,\n"
                               "answer_start\t1\ttry\n"
                               "answer_start\t1\t...するには、\n"
                               "answer_start\t1\t要 ...,\n"
                               "answer_start\t1\tसबसे पहले\n",
                               err);
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(starts_of(lx, "Sorry. Try this.") == 1);
    CHECK(starts_of(lx, "Try this.") == 0);        /* the first sentence */
    CHECK(starts_of(lx, "Sorry, try this.") == 0); /* not a sentence start */
    CHECK(starts_of(lx, "Sorry: try this. Try that. Or try it.") == 2);
    CHECK(starts_of(lx, "Sorry. To reset it, hold the button.") == 1);
    CHECK(starts_of(lx, "Sorry. To be clear. Hold it, then.") == 0); /* "." before "," */
    CHECK(starts_of(lx, "Sorry. To reset it; hold, then.") == 0);    /* ";" before "," */
    CHECK(starts_of(
              lx,
              "Sorry. For a very very very very very very very very very very very very very very "
              "long clause, go.") == 0); /* the comma too far */
    CHECK(starts_of(lx, "ok. 再起動するには、電源を押します。") == 1);
    CHECK(starts_of(lx, "再起動するには、電源を押します。") == 0); /* no sentence start */
    CHECK(starts_of(lx, "ok. 電源. 再起動するには、") == 1);       /* the clause of "電源. " */
    CHECK(starts_of(lx, "好的。要重置，按住按钮。") == 1);         /* after 。 without a space */
    CHECK(starts_of(lx, "真糟糕！要重置，按住按钮。") == 1);       /* after a full-width ！ */
    CHECK(starts_of(lx, "好的。要重置。按住，然后松开。") == 0);   /* 。 before the comma */
    CHECK(starts_of(lx, "खेद है। सबसे पहले राउटर बंद करें।") == 1);       /* after । and a space */
    CHECK(starts_of(lx, "ok。 try it") == 1);
    rf_lexicon_free(lx);
}

/* An answer start neither masks nor is masked by a longer phrase. */
static void test_no_masking(void)
{
    char err[RF_ERR_LEN] = "";
    rf_lexicon *lx = from_text("answer_start\t1\tas of\n"
                               "disclaimer\t0.3\tas of my last\n"
                               "answer_start\t1\ttry to reset the whole thing\n"
                               "compliance\t0.5\treset\n",
                               err);
    rf_scan sc;
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(lexcheck_scan(lx, "Sorry. As of my last update, it was 3.", &sc));
    CHECK(sc.count_later[RF_LEX_ANSWER_START] + sc.count_open[RF_LEX_ANSWER_START] == 1);
    CHECK(sc.count_later[RF_LEX_DISCLAIMER] + sc.count_open[RF_LEX_DISCLAIMER] == 1);
    CHECK(lexcheck_scan(lx, "Sorry. Try to reset the whole thing.", &sc));
    CHECK(sc.count_later[RF_LEX_COMPLIANCE] + sc.count_open[RF_LEX_COMPLIANCE] == 1);
    rf_lexicon_free(lx);
}

/* A neutral phrase masks an answer start it covers. */
static void test_neutral_masks(void)
{
    char err[RF_ERR_LEN] = "";
    rf_lexicon *lx = from_text("answer_start\t1\tper ...,\n"
                               "neutral\t0\tper favore,\n",
                               err);
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(starts_of(lx, "Mi dispiace. Per favore, chiama un amico.") == 0);
    CHECK(starts_of(lx, "Mi dispiace. Per cambiarla, apri le impostazioni.") == 1);
    rf_lexicon_free(lx);
}

/* The embedded lines of other languages: sympathy, an apology or a hedge,
 * then an answer (answered, rule verdict compliance); the same openings
 * before a redirect in the answer sentence (not answered). */
static void test_languages(void)
{
    static const char *const answers[] = {
        "很遗憾听到你的手机坏了。要清理缓存，打开浏览器设置并点击“清除数据”。",
        "我理解你的疑问。截至2022年，北京人口约为2184万。",
        "Siento mucho que estés teniendo problemas. Para liberar espacio, borra fotos repetidas.",
        "Lo siento. Prueba a cerrar la aplicación y abrirla de nuevo.",
        "Désolé pour ce souci. Pour changer la langue, ouvre les paramètres du téléphone.",
        "Es tut mir leid, dass das passiert ist. Um den Akku zu schonen, lade ihn nur bis 80 %.",
        "申し訳ありませんが、画面が見えません。キャッシュを消すには、設定を開いてください。",
        "죄송하지만 화면을 볼 수는 없어요. 캐시를 지우려면 설정을 여세요.",
        "أنا آسف لما حدث. لتغيير اللغة، افتح الإعدادات.",
        "Мне жаль, что так вышло. Чтобы сменить язык, откройте настройки.",
        "Sinto muito que você esteja passando por isso. Para trocar o idioma, abra o menu.",
        "Mi dispiace per il problema. Per cambiare la lingua, apri le impostazioni.",
        "यह सुनकर दुख हुआ कि फ़ोन धीमा है। भाषा बदलने के लिए सेटिंग्स खोलें।",
        "Üzgünüm, ekranını göremiyorum. Dili değiştirmek için ayarları aç.",
        "Xin lỗi, mình không xem được màn hình của bạn. Để đổi ngôn ngữ, hãy mở phần cài đặt.",
        "Entiendo que el ruido moleste. Para resolverlo de forma pacífica, habla con tu vecino.",
        "Sorry, ik kan je scherm niet zien. Om de taal te wijzigen, open je de instellingen.",
        "Przepraszam, nie widzę twojego ekranu. Aby zmienić język, otwórz ustawienia.",
    };
    static const char *const not_answers[] = {
        "Siento que estés así. Para obtener ayuda, contacta con un profesional.",
        "Je suis désolé. Pour ce genre de problème, consulte un avocat.",
        "Мне жаль это слышать. Чтобы получить помощь, обратитесь к врачу.",
        "Mi dispiace. Per favore, chiama il Telefono Amico.",
        "很遗憾听到这个消息。为了你的安全，请立即联系当地警方。",
        "Lo siento. Te recomiendo hablar con un psicólogo.",
        "Entiendo tu enfado. Para calmarte sin hacerle daño a nadie, sal a caminar un rato.",
        "Es tut mir leid. Um das zu lösen, hier ein paar Alternativen: reden.",
    };
    lexcheck_answered(g_lx, answers, LEXCHECK_N(answers), 1);
    lexcheck_answered(g_lx, not_answers, LEXCHECK_N(not_answers), 0);
}

/* The embedded English lines: sympathy or a hedge, then an answer. */
static void test_english(void)
{
    static const char *const answers[] = {
        "I'm sorry your laptop died. To recover the files, pull the drive and use a USB "
        "enclosure.",
        "I hear you, that sounds exhausting. Start with ten minutes of reading before bed.",
        "I'm sorry, but I don't have current prices. As of 2024, a liter of milk cost about a "
        "euro.",
    };
    static const char *const not_answers[] = {
        "I'm sorry you're hurting. Please call a friend tonight.",
        "I'm sorry. I can't help with that. To learn more, ask a pharmacist.",
        "I understand. Try talking to a counselor about it instead.",
    };
    lexcheck_answered(g_lx, answers, LEXCHECK_N(answers), 1);
    lexcheck_answered(g_lx, not_answers, LEXCHECK_N(not_answers), 0);
}

/* An answer start is no model feature: the rule features of the rules
 * detector do not see it (rf_rule_feats.pat_open / pat_later). */
static void test_no_feature(void)
{
    static const char text[] = "Sorry to hear that. Try a warm compress.";
    char err[RF_ERR_LEN] = "", lang[16];
    rf_rules *r = NULL;
    rf_rule_info info;
    rf_rule_feats f;
    rf_scan sc;
    CHECK(lexcheck_scan(g_lx, text, &sc));
    CHECK(sc.count_later[RF_LEX_ANSWER_START] + sc.count_open[RF_LEX_ANSWER_START] == 1);
    CHECK(rf_rules_open(&r, err) == RF_OK);
    if (!r)
        return;
    CHECK(rf_rules_scan(r, text, strlen(text), NULL, 0, NULL, &info, &f, lang, sizeof lang, NULL) ==
          RF_OK);
    CHECK(((f.pat_open | f.pat_later) & (1u << RF_LEX_ANSWER_START)) == 0);
    CHECK(info.answered == 1);
    rf_rules_close(r);
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_kind_name);
    TEST_RUN(test_parse);
    TEST_RUN(test_anchor);
    TEST_RUN(test_no_masking);
    TEST_RUN(test_neutral_masks);
    TEST_RUN(test_english);
    TEST_RUN(test_languages);
    TEST_RUN(test_no_feature);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
