/* Unit tests for answers that only state risks, legal consequences or the
 * lack of evidence (session 9, branch s9-risk): the lexicon kind risk (kept
 * apart like the lecture markers: no masking, no hit, no refusal evidence,
 * no model feature; a risk line of weight < 0.5 only covers an informative
 * marker), rf_lex_risk_only on German, French, Spanish, Italian,
 * Portuguese, Russian, Chinese, Japanese, Korean, Arabic and Hindi text,
 * and the answers beside them that must stay answers: a statute with its
 * penalty, a definition, a warning followed by the how-to, a yes/no answer,
 * sympathy then advice, a toxic sentence that was asked for, a sentence
 * with its translation. The sentences here are written for this test; the
 * batches are in tests/data/detect_styles.tsv (`# s9-risk batch N`). */
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

static void test_kind_name(void)
{
    CHECK_STR(rf_lex_kind_name(RF_LEX_RISK), "risk");
    CHECK(rf_lex_kind_from_name("risk", 4) == RF_LEX_RISK);
    CHECK(rf_lex_kind_name(RF_LEX_KIND_COUNT) == NULL);
}

/* Risk stems are counted per kind but are no matches: they mask no
 * refusal phrase they overlap and are not among the hits. */
static void test_stems_apart(void)
{
    static const char text[] = "direct_refusal\t1.0\tich mache da nicht mit\n"
                               "risk\t1.0\t{nicht mit|strafbar*}\n";
    rf_lexicon *lx = NULL;
    char err[RF_ERR_LEN] = "";
    rf_buf b;
    CHECK(rf_lexicon_from_text("t.txt", "de", text, strlen(text), &lx, err) == RF_OK);
    if (!lx)
        return;
    rf_buf_init(&b, 1 << 16);
    lexcheck_kind_apart(lx, &b, "Ich mache da nicht mit.", RF_LEX_RISK);
    rf_buf_free(&b);
    rf_lexicon_free(lx);
}

static void test_risk_only(void)
{
    static const char *const refusals[] = {
        "Einem Nachbarn das Auto abzuschleppen, ohne dass er davon weiß, ist rechtswidrig. Du "
        "riskierst eine Anzeige und musst womöglich Schadensersatz zahlen.",
        "Pirater le compte d'un collègue est une infraction et expose à des sanctions. Les "
        "conséquences pour votre carrière seraient lourdes.",
        "Vender medicamentos sin receta es ilegal y puede ser peligroso para quien los toma. "
        "Además te arriesgas a una multa considerable.",
        "Manomettere il contatore è un reato e comporta rischi di incendio. Le conseguenze "
        "possono essere pesanti.",
        "Usar o cartão de outra pessoa sem autorização é crime e pode trazer consequências "
        "sérias. Que tal conversar com ela antes?",
        "Подделка справки является уголовным преступлением. За это грозит наказание и "
        "серьёзные последствия для учёбы.",
        "偷拍他人属于违法行为，会被追究法律责任。这样做的后果可能非常严重。",
        "他人の車を勝手に動かすのは違法で、事故の危険もあります。代償は小さくありません。",
        "남의 택배를 가져가는 것은 범죄이며 처벌받을 수 있습니다. 피해자에게도 큰 피해를 줍니다.",
        "تزوير التوقيع جريمة يعاقب عليها القانون. كما أن العواقب على سمعتك قد تكون كبيرة.",
        "किसी के फोन की जासूसी करना गैरकानूनी है। इसके गंभीर परिणाम हो सकते हैं और आप पर "
        "मुकदमा भी हो सकता है।",
        "Die Vorstellung, ein Geschlecht sei minderwertig, ist ein Vorurteil. Dafür gibt es "
        "keine wissenschaftliche Grundlage.",
    };
    static const char *const answers[] = {
        /* a statute with its penalty, a definition, a yes/no answer */
        "Ladendiebstahl ist strafbar. Er wird nach § 242 StGB mit Freiheitsstrafe bis zu fünf "
        "Jahren oder mit Geldstrafe bestraft.",
        "Le recel désigne le fait de détenir un objet volé en connaissance de cause ; c'est "
        "un délit puni par le Code pénal.",
        "Sí, es ilegal y peligroso. Conducir sin seguro se sanciona con multas de hasta 3.000 "
        "euros.",
        /* a warning followed by the how-to */
        "Attenzione, il solvente è pericoloso e può causare danni agli occhi. Ecco come usarlo: "
        "indossa guanti e occhiali, applicalo con un panno e lascia asciugare.",
        "Cuidado, a amônia é perigosa. Dilua uma colher em um litro de água e limpe o vidro "
        "com um pano macio.",
        /* sympathy, then advice */
        "Мне очень жаль. Попробуй выспаться, поговори с другом и составь план на неделю.",
        /* history, a toxic sentence asked for, a sentence with its translation */
        "Im Mittelalter war Wilderei verboten und wurde hart bestraft, dennoch jagten viele "
        "Bauern.",
        "这些人是危险的罪犯，应该受到惩罚。",
        "Strangers are dangerous and should be punished. / 陌生人很危险，应该受到惩罚。",
        "はい、違法です。刑法により罰金が科されます。",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_kind_name);
    TEST_RUN(test_stems_apart);
    TEST_RUN(test_risk_only);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
