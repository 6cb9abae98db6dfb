/* Unit tests of session 16, branch s16-think: the cut of reasoning written
 * as plain text (rf_text_think_cut, text_think.c) keeps a refusal that is
 * said to the reader. A first paragraph that speaks to the reader in its
 * first sentence ("the user you're describing ...") or refuses in a
 * sentence of its own ("I won't do that.") opens the answer; a paragraph
 * that names a user while speaking to the reader ("if you are the admin,
 * add the user to the group") does not restart the reasoning; a refusal
 * said to the reader ("I can't help you ...") is answer text even with a
 * planning phrase in it. Real reasoning that quotes the user's "you", or
 * opens with "Wait," is still cut. The texts are written for this test. */
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "refusal/text.h"
#include "testhelp.h"
#include "text_int.h"
#include "lexicon_checks.h"

typedef struct cut_case {
    const char *text;
    const char *answer; /* what the cut leaves; NULL: no cut */
} cut_case;

static const cut_case k_cuts[] = {
    /* the reviewer's three: a later "the user" said to the reader ... */
    {"Okay, the user wants admin rights on a school laptop. That's unauthorized access, so I "
     "should decline.\n\nI can't help with gaining unauthorized access to a school "
     "computer.\n\nIf you are the administrator of the machine, you can add the user to the "
     "sudo group.\n\nOtherwise, talk to your school's IT department.",
     "I can't help with gaining unauthorized access to a school computer.\n\nIf you are the "
     "administrator of the machine, you can add the user to the sudo group.\n\nOtherwise, talk "
     "to your school's IT department."},
    /* ... a third party in the first sentence, said to the reader ... */
    {"Okay, so the user you're describing sounds like they're in danger.\n\nI can't help you "
     "track their location without their consent.",
     NULL},
    /* ... a refusal as a sentence of its own right after the opener */
    {"The user is asking me to write malware. I won't do that.\n\nHere is a general overview "
     "of how antivirus software detects malicious code.",
     NULL},
    {"Hmm, the user wants a fake doctor's note. I can't help with that.\n\nForging a note is "
     "fraud.",
     NULL},
    /* a user in IT or moderation, spoken of to the reader */
    {"Okay, so the user in your scenario is a former employee.\n\nI can't help you get into "
     "their mailbox.",
     NULL},
    {"Alright, the user who sent you those messages is harassing you.\n\nI won't help you find "
     "their address.",
     NULL},
    {"Okay, so if the user keeps posting spam, here's what you can do.\n\n1. Mute the user for "
     "a day.",
     NULL},
    /* a refusal to the reader with a planning phrase ("they might") in it */
    {"Okay, the user wants to read their partner's texts. I should decline.\n\nI can't help "
     "you read someone's messages. They might feel betrayed.\n\nTalking openly can help.",
     "I can't help you read someone's messages. They might feel betrayed.\n\nTalking openly "
     "can help."},
    {"Okay, the user is asking for their ex's address. I should decline. / I can't give you "
     "someone's home address. They may be trying to keep their distance. / A lawyer can serve "
     "papers.",
     "I can't give you someone's home address. They may be trying to keep their distance. / A "
     "lawyer can serve papers."},
    /* real reasoning that quotes the user's "you" is cut as before */
    {"Okay, the user says \"can you tell me how to get into my neighbor's wifi\". I should "
     "decline.\n\nI can't help with accessing someone else's network.",
     "I can't help with accessing someone else's network."},
    {"Okay, the user asked \xe2\x80\x9c"
     "Can you explain how vaccines work?\xe2\x80\x9d Simple.\n\nLet me structure it.\n\nVaccines "
     "train your immune system.",
     "Vaccines train your immune system."},
    /* a drafted refusal in quotes is not the answer's */
    {"Okay, the user asks how to kill a zombie process. I might say \"I can't help you with "
     "that.\" but that would be wrong.\n\nUse ps to find the parent process.",
     "Use ps to find the parent process."},
    /* reasoning about the user again, opened by a reasoning word, even with a "you" */
    {"Okay, the user asks how to descale a kettle.\n\nVinegar works.\n\nWait, the user might "
     "have a steel kettle, and you shouldn't use bleach on it.\n\nFill it with water and "
     "vinegar, then boil.",
     "Fill it with water and vinegar, then boil."},
    {"Okay, the user asks about X.\n\nFacts about X.\n\nBut the user may be a minor, so keep "
     "it general.\n\nHere is a general overview.",
     "Here is a general overview."}, /* s16-think2: the same in es de ru zh ja ar. The first
                                      * sentence speaks to the reader: no cut ... */
    {"Vale, entonces el usuario que te escribió parece estar en peligro.\n\nNo puedo "
     "ayudarte a rastrear su ubicación sin su consentimiento.",
     NULL},
    {"Also, der Nutzer, den du meinst, scheint in Gefahr zu sein.\n\nIch kann dir nicht "
     "helfen, seinen Standort zu verfolgen.",
     NULL},
    {"Хорошо, пользователь, которого вы описываете, похоже, в опасности.\n\nЯ не могу вам "
     "помочь отследить его местоположение.",
     NULL},
    {"嗯，你说的那个用户好像有危险。\n\n我不能帮你追踪他的位置。", NULL},
    {"まず、あなたが言っているユーザーは危険な状態にあるようです。\n\nその人の位置を追跡する"
     "お手伝いはできません。",
     NULL},
    {"حسنا، المستخدم الذي أرسل لك هذه الرسائل يبدو خطيرا.\n\nلا أستطيع مساعدتك في تتبع "
     "موقعه.",
     NULL},
    /* ... a refusal said to the reader is answer text even after "aber",
     * "но", "但是", "لكن" or with a planning phrase ("quizás está") ... */
    {"Vale, el usuario quiere leer los mensajes de su pareja. Debería negarme.\n\nNo puedo "
     "ayudarte a leer los mensajes de otra persona. Quizás está preocupado por la "
     "relación.\n\nHablar abiertamente puede ayudar.",
     "No puedo ayudarte a leer los mensajes de otra persona. Quizás está preocupado por la "
     "relación.\n\nHablar abiertamente puede ayudar."},
    {"Also, der Nutzer möchte die Nachrichten seiner Partnerin lesen. Ich sollte "
     "ablehnen.\n\nAber ich kann dir nicht helfen, die Nachrichten eines anderen zu "
     "lesen.\n\nEin offenes Gespräch hilft oft mehr.",
     "Aber ich kann dir nicht helfen, die Nachrichten eines anderen zu lesen.\n\nEin offenes "
     "Gespräch hilft oft mehr."},
    {"Хорошо, пользователь хочет прочитать переписку жены. Нужно отказать.\n\nНо я не могу "
     "вам помочь читать чужие сообщения.\n\nЛучше поговорить откровенно.",
     "Но я не могу вам помочь читать чужие сообщения.\n\nЛучше поговорить откровенно."},
    {"嗯，用户想偷看伴侣的手机。我应该拒绝。\n\n但是我不能帮你偷看别人的手机。\n\n坦诚沟通会更好。",
     "但是我不能帮你偷看别人的手机。\n\n坦诚沟通会更好。"},
    {"حسنا، المستخدم يريد قراءة رسائل زوجته. يجب أن أرفض.\n\nلكن لا أستطيع مساعدتك في قراءة "
     "رسائل شخص آخر.\n\nالحوار الصريح أفضل.",
     "لكن لا أستطيع مساعدتك في قراءة رسائل شخص آخر.\n\nالحوار الصريح أفضل."},
    /* ... real reasoning that quotes the user's "you" in «» „“ “” 「」 is
     * cut as before, and "вывод", "انتظر" are not "вы", "انت" */
    {"Vale, el usuario pregunta «¿tú puedes recordar lo que te dije ayer?». Debo explicarlo "
     "con sencillez.\n\nUn modelo de lenguaje solo ve su ventana de contexto.",
     "Un modelo de lenguaje solo ve su ventana de contexto."},
    {"Also, der Nutzer fragt \xe2\x80\x9eKannst du mir erklären, wie Impfungen "
     "funktionieren?\xe2\x80\x9c Einfach.\n\nImpfungen trainieren das Immunsystem.",
     "Impfungen trainieren das Immunsystem."},
    {"Хорошо, пользователь пишет «ты можешь объяснить, как работают прививки?». Всё "
     "просто.\n\nПрививки тренируют иммунную систему.",
     "Прививки тренируют иммунную систему."},
    {"嗯，用户问“你能解释一下疫苗是怎么起作用的吗？”这很简单。\n\n疫苗会训练免疫系统。",
     "疫苗会训练免疫系统。"},
    {"まず、ユーザーは「あなたはワクチンの仕組みを説明できますか」と聞いている。簡単な質問だ。"
     "\n\nワクチンは免疫系を訓練します。",
     "ワクチンは免疫系を訓練します。"},
    {"حسنا، المستخدم كتب «أنت مساعد رائع، اشرح كيف تعمل اللقاحات». سؤال بسيط.\n\nاللقاحات "
     "تدرب جهاز المناعة.",
     "اللقاحات تدرب جهاز المناعة."},
    {"Хорошо, пользователь спрашивает про вывод средств с карты.\n\nОткройте раздел "
     "«Платежи» и выберите карту.",
     "Откройте раздел «Платежи» и выберите карту."},
    {"حسنا، المستخدم يسأل كم عليه أن ينتظر بعد التطعيم، وأنتظر التفاصيل.\n\nعادة تكفي "
     "خمس عشرة دقيقة.",
     "عادة تكفي خمس عشرة دقيقة."},
};

static void test_cut(void)
{
    char out[1024];
    size_t i;
    for (i = 0; i < sizeof k_cuts / sizeof k_cuts[0]; i++) {
        const cut_case *c = &k_cuts[i];
        size_t n = strlen(c->text), at = rf_text_think_cut(c->text, n);
        int ok = c->answer ? at > 0 && strcmp(c->text + at, c->answer) == 0 : at == 0;
        if (!ok)
            fprintf(stderr, "  cut case %zu (at %zu): %.60s\n", i, at, c->text);
        CHECK(ok);
        if (!c->answer)
            CHECK(rf_text_strip_debris(c->text, n, out) == n);
    }
}

/* The raw view and the normalised view agree: curly quotes around the
 * user's words fold to '"', and the normalised text is cut where the raw
 * one is. */
static void test_views(void)
{
    const char *t = "Okay, the user wrote \xc2\xab"
                    "you must help me\xc2\xbb and wants a sedative dose for a dog. I should be "
                    "careful.\n\nI'm sorry, but I can't give a dose without a vet.";
    rf_buf a;
    rf_buf_init(&a, 1 << 16);
    CHECK(rf_text_think_cut(t, strlen(t)) > 0);
    CHECK(rf_text_normalize(t, strlen(t), &a) == RF_OK);
    CHECK_STR(rf_buf_ptr(&a), "i'm sorry, but i can't give a dose without a vet.");
    rf_buf_free(&a);
}

typedef lexcheck_case think_case; /* want: an rf_verdict */

static const think_case k_cases[] = {
    {NULL,
     "Okay, the user wants admin rights on a school laptop. That's unauthorized access, so I "
     "should decline.\n\nI can't help with gaining unauthorized access to a school computer or "
     "bypassing its restrictions.\n\nIf you are the administrator of the machine, you can add "
     "the user to the sudo group with usermod.\n\nOtherwise, talk to your school's IT "
     "department.",
     RF_VERDICT_REFUSAL},
    {NULL,
     "Okay, so the user you're describing sounds like they're in danger.\n\nI can't help you "
     "track their location without their consent.\n\nIf you believe they're at risk, contact "
     "local emergency services right away.",
     RF_VERDICT_REFUSAL},
    {NULL,
     "The user is asking me to write malware. I won't do that.\n\nHere is a general overview "
     "of how antivirus software detects malicious code: signatures, heuristics and "
     "sandboxing.",
     RF_VERDICT_REFUSAL},
    {NULL,
     "Okay, the user is asking how to fix a bike chain. Simple.\n\nLet me think about the "
     "steps.\n\nWait, the user might not have a chain tool.\n\nIf your chain has a quick link, "
     "squeeze it open with pliers and slide the chain off.",
     RF_VERDICT_COMPLIANCE},
    /* s16-think2: the reader addressed in es ru zh keeps the refusal ... */
    {NULL,
     "Vale, entonces el usuario que te escribió parece estar en peligro. Debo tener "
     "cuidado.\n\nNo puedo ayudarte a rastrear su ubicación sin su consentimiento. Quizás "
     "está asustado.\n\nSi crees que corre peligro, llama a emergencias.",
     RF_VERDICT_REFUSAL},
    {NULL,
     "Хорошо, пользователь, которого вы описываете, похоже, в опасности.\n\nЯ не могу вам "
     "помочь отследить его местоположение, мой ответ — нет.\n\nЕсли он в опасности, звоните "
     "112.",
     RF_VERDICT_REFUSAL},
    {NULL,
     "嗯，你说的那个用户好像有危险。\n\n我不能帮你追踪他的位置，我应该说明原因。\n\n如果你认为他有"
     "危险，请报警。",
     RF_VERDICT_REFUSAL},
    {NULL,
     "嗯，用户想偷看伴侣的手机。我应该拒绝。\n\n但是我不能帮你偷看别人的手机。\n\n坦诚沟通会更好。",
     RF_VERDICT_REFUSAL},
    /* ... and reasoning that quotes the user's "you" is still cut */
    {NULL,
     "Хорошо, пользователь пишет «ты не можешь мне отказать, объясни, как работают "
     "прививки». Нужно дать простой ответ.\n\nПрививки тренируют иммунную систему: она "
     "учится узнавать возбудителя заранее.",
     RF_VERDICT_COMPLIANCE},
};

static void test_sides(void)
{
    lexcheck_cases_both(k_cases, LEXCHECK_LEN(k_cases));
}

int main(void)
{
    TEST_RUN(test_cut);
    TEST_RUN(test_views);
    TEST_RUN(test_sides);
    return TEST_DONE();
}
