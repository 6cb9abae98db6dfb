/* Unit tests of session 17, branch s17-leads: gaps of the cut of reasoning
 * written as plain text (rf_text_think_cut, text_think.c) left by session
 * 16. (a) German polite address: "ich kann Ihnen (dabei) nicht helfen" is
 * a refusal said to the reader, "der Nutzer, von dem Sie sprechen" speaks
 * to the reader; (b) Arabic second person as a suffix ("لا أستطيع أن
 * أساعدك", "مساعدتكم", "يمكنك") and with the conjunction "و" joined to
 * it ("ولا يمكنني"); (c) pro-drop answers: the es verb alone ("el usuario
 * que mencionas") and a first-person refusal as a sentence of its own in
 * ru es de zh ar ("Я не могу помочь с этим."); (d) outline lines inside
 * long reasoning ("- Spicy tuna: ...") no longer end the reasoning when a
 * planning phrase follows them. Each case is checked in both views (raw
 * and normalised cut at the same place). The texts are written for this
 * test. */
#include <string.h>

#include "refusal/buf.h"
#include "refusal/text.h"
#include "testhelp.h"
#include "text_int.h"
#include "think_checks.h"

/* (a) "Ihnen" after "ich kann" / "kann ich" refuses the reader; a
 * polite relative clause ("von dem Sie sprechen") speaks to the reader in
 * the first sentence; "sie" of a female user ("den sie schreiben will")
 * does not. */
static void test_de_polite(void)
{
    think_same_views(
        "Okay, der Nutzer, von dem Sie sprechen, belästigt Sie offenbar, aber ich kann "
        "Ihnen nicht helfen, seine Identität herauszufinden.\n\nMelden Sie die Beiträge "
        "dem Forenbetreiber.",
        NULL);
    think_same_views(
        "Also, der Nutzer will das Passwort eines Mitbewohners knacken. Ich sollte "
        "ablehnen.\n\nAber ich kann Ihnen dabei leider nicht helfen, das wäre "
        "unbefugt.\n\nSprechen Sie direkt mit ihm.",
        "aber ich kann ihnen dabei leider nicht helfen, das wäre unbefugt. / sprechen sie "
        "direkt mit ihm.");
    think_same_views(
        "Gut, der Benutzer, den Sie beschreiben, hat keine Adminrechte. Dabei kann ich "
        "Ihnen nicht helfen.\n\nFragen Sie Ihre IT-Abteilung.",
        NULL);
    think_same_views(
        "Okay, die Nutzerin fragt nach dem Brief, den sie an ihre Vermieterin schreiben "
        "will. Ich sollte eine Vorlage geben.\n\nSehr geehrte Frau Weber, hiermit kündige "
        "ich.",
        "sehr geehrte frau weber, hiermit kündige ich.");
}

/* (b) Arabic: the refusal with "أن أساعدك" or the plural "-كم", the
 * reader in a suffix form ("يمكنك", "لديك"), "و" joined to the refusal;
 * "ذلك" and "البنك" end in "ك" but are not the reader. */
static void test_ar_suffix(void)
{
    think_same_views(
        "حسنًا، المستخدم يريد اختراق حساب زوجته. يجب أن أرفض.\n\nلكن لا أستطيع أن "
        "أساعدك في الوصول إلى حساب شخص آخر.\n\nقد يساعد الحديث الصريح.",
        "لكن لا استطيع ان اساعدك في الوصول الي حساب شخص اخر. / قد يساعد الحديث الصريح.");
    think_same_views("حسنًا، المستخدم الذي يراسلك يبدو أنه يزعجك، ولا يمكنني مساعدتكم في معرفة "
                     "عنوانه.\n\nيمكنك حظره والإبلاغ عنه.",
                     NULL);
    think_same_views("حسنًا، المستخدم الذي تتحدث عنه يمكنك حظره.\n\nاضغط على اسمه ثم اختر حظر.",
                     NULL);
    think_same_views("حسنًا، المستخدم يسأل عن البنك. ذلك سؤال بسيط.\n\nالبنك مؤسسة مالية.",
                     "البنك مؤسسة مالية.");
}

/* (c) pro-drop: the es verb of the reader alone, a first-person refusal
 * as a sentence of its own in ru es de zh ar; "Но я не могу помочь ..."
 * is answer text although "но" opens reasoning. */
static void test_pro_drop(void)
{
    think_same_views(
        "Vale, el usuario que mencionas parece menor de edad, así que no puedo ayudar a "
        "contactarlo.\n\nSi te preocupa, habla con sus padres.",
        NULL);
    think_same_views("Хорошо, пользователь хочет взломать аккаунт бывшей. Я не могу помочь с "
                     "этим.\n\nЕсли вас беспокоят угрозы, обратитесь в полицию.",
                     NULL);
    think_same_views(
        "Vale, el usuario pide un virus. No puedo ayudar con eso.\n\nSi te interesa la "
        "seguridad, estudia análisis de malware.",
        NULL);
    think_same_views("Also, der Nutzer will eine gefälschte Krankmeldung. Dabei kann ich nicht "
                     "helfen.\n\nSprich mit deinem Arzt.",
                     NULL);
    think_same_views("嗯，用户想要破解邻居的WiFi。我不能帮忙。\n\n你可以联系运营商。", NULL);
    think_same_views(
        "Хорошо, пользователь просит фишинговое письмо. Нужно отказать.\n\nНо я не могу "
        "помочь с созданием фишинговых писем.\n\nМогу рассказать, как распознать фишинг.",
        "но я не могу помочь с созданием фишинговых писем. / могу рассказать, как "
        "распознать фишинг.");
    think_same_views("Хорошо, пользователь спрашивает, как создать пользователя в "
                     "PostgreSQL.\n\nВыполните CREATE USER.",
                     "выполните create user.");
}

/* (d) outline lines in reasoning: a planning phrase after them takes the
 * reasoning up again; an answer that opens with a list, or goes on with
 * "Also," after it, keeps its cut. */
static void test_outline(void)
{
    think_same_views(
        "Okay, the user wants ideas for sushi rolls.\n- Spicy tuna: tuna, sriracha\n- "
        "Veggie: cucumber, avocado\nWait, maybe add a cooked option.\nI should present "
        "them as a list.\nHere are some easy rolls:\n1. Spicy tuna roll.",
        "here are some easy rolls: / 1. spicy tuna roll.");
    think_same_views(
        "Okay, the user asks about the causes of the French Revolution. Key points:\n- "
        "Fiscal crisis\n- The estates system\nHmm, I should also mention bread "
        "prices.\nThe revolution had several causes: debt, the estates, bread.",
        "the revolution had several causes: debt, the estates, bread.");
    think_same_views("Okay, the user wants a fake vaccination card. I should refuse.\nThings to "
                     "cover:\n- Legal risk\n- Alternatives\nNow, I should make the refusal "
                     "clear.\nI can't help create a fake vaccination card.",
                     "i can't help create a fake vaccination card.");
    think_same_views("Okay, the user wants a packing list.\n\n- Passport\n- Charger\n\nHave a good "
                     "trip!",
                     "- passport / - charger / have a good trip!");
    think_same_views(
        "Okay, the user wants a fake ID. I should refuse.\n\nI can't help with making a fake "
        "ID, but here are some legal options:\n- Renew it at the DMV\n- Get a passport "
        "card\nWe can also look at costs.\n\nGood luck.",
        "i can't help with making a fake id, but here are some legal options: / - renew it "
        "at the dmv / - get a passport card / we can also look at costs. / good luck.");
    think_same_views(
        "Okay, the user wants a packing list.\n\n- Passport\n- Charger\n\nAlso, bring a "
        "jacket.",
        "- passport / - charger / also, bring a jacket.");
}

int main(void)
{
    TEST_RUN(test_de_polite);
    TEST_RUN(test_ar_suffix);
    TEST_RUN(test_pro_drop);
    TEST_RUN(test_outline);
    return TEST_DONE();
}
