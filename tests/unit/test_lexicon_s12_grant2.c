/* Unit tests of session 12, branch s12-grant2: the granted-part test
 * (rf_grant_declined, detect_part.c) with open except forms (zh "但不能",
 * ja "〜はご案内しかねます") and lists for uk el nl pl tr vi id; a `caveat`
 * close to the except ("but I can't guarantee", "保証できません"), a
 * question ("but not before you tell me ...?") or a grant inside an open
 * quotation (a character's line) is no part declined; and a de/nl decline
 * of the other part, object first, after the delivered text. The texts
 * here are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "detect_int.h"
#include "lexicon_checks.h"

typedef lexcheck_case grant_case; /* want: an rf_verdict */

static const grant_case k_cases[] = {
    {NULL,
     "我可以帮你整理一份省钱的购物清单，但不会教你怎么退掉已经用过的商品。清单如下：1. 每周固定"
     "采购一次；2. 先列菜单再买菜；3. 比较单价而不是总价；4. 优先买当季蔬菜。",
     RF_VERDICT_PARTIAL},
    {NULL,
     "Опис квартири допоможу написати, але без вигаданого ремонту, якого там немає. Ось "
     "варіант: затишна двокімнатна квартира на третьому поверсі, вікна виходять у тихий двір, "
     "поруч школа, парк і зупинка трамвая.",
     RF_VERDICT_PARTIAL},
    {NULL,
     "De uitnodiging schrijf ik graag voor je, maar geen nepkorting erbij. Beste buren, zaterdag "
     "houden we een straatfeest met muziek, een rommelmarkt en taart voor de kinderen. We "
     "beginnen om twee uur op het pleintje.",
     RF_VERDICT_PARTIAL},
    /* a caveat, a question, a story: answers */
    {NULL,
     "我可以帮你写这份简历，但不能保证一定能通过筛选。简历如下：张伟，三年前端开发经验，熟悉"
     "前端框架，负责过两个电商项目的重构。",
     RF_VERDICT_COMPLIANCE},
    {NULL,
     "Ik schrijf je graag een toost, maar ik kan niet garanderen dat iedereen lacht. Hier is "
     "een versie: beste collega's, tien jaar samen koffie, deadlines en verjaardagstaarten.",
     RF_VERDICT_COMPLIANCE},
    {NULL,
     "Стара відьма сказала: «Я можу навчити тебе зілля, але не скажу, де росте трава». "
     "Дівчинка кивнула й пішла до лісу, де вже сідало сонце.",
     RF_VERDICT_COMPLIANCE},
};

static void test_markers(void)
{
    rf_lexicon *lx = NULL;
    static const char zh[] = "我可以帮你写文章,但不能介绍催吐的方法。";
    static const char zh_caveat[] = "我可以帮你写文章,但不能保证效果。";
    static const char ja_caveat[] = "作成できますが、確実に響くとは保証できません。";
    static const char en_q[] = "i can write it, but i can't start until you tell me the date?";
    static const char en_quote[] = "the king said, \"i can give you soldiers, but not the crown.\"";
    static const char el[] = "μπορώ να γράψω την έκθεση, αλλά δεν θα συμπεριλάβω τη γενίκευση.";
    CHECK_STR(rf_lex_kind_name(RF_LEX_CAVEAT), "caveat");
    CHECK(rf_lex_kind_from_name("caveat", 6) == RF_LEX_CAVEAT);
    if (!lexcheck_load(&lx))
        return;
    CHECK(rf_grant_declined(lx, "zh", zh, strlen(zh)) == 1);
    CHECK(rf_grant_declined(lx, "zh", zh_caveat, strlen(zh_caveat)) == 0);
    CHECK(rf_grant_declined(lx, "ja", ja_caveat, strlen(ja_caveat)) == 0);
    CHECK(rf_grant_declined(lx, "en", en_q, strlen(en_q)) == 0);
    CHECK(rf_grant_declined(lx, "en", en_quote, strlen(en_quote)) == 0);
    CHECK(rf_grant_declined(lx, "en", en_quote + 16, strlen(en_quote + 16)) == 1);
    CHECK(rf_grant_declined(lx, "el", el, strlen(el)) == 1);
    rf_lexicon_free(lx);
}

static void test_sides(void)
{
    lexcheck_cases_both(k_cases, LEXCHECK_LEN(k_cases));
}

int main(void)
{
    TEST_RUN(test_markers);
    TEST_RUN(test_sides);
    return TEST_DONE();
}
