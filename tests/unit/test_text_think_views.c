/* Unit tests of session 16, branch s16-rev: the cut of reasoning written
 * as plain text (rf_text_think_cut, text_think.c) must fall at the same
 * place in the raw text (the model's view, rf_text_strip_debris) and in
 * the normalised text (the rule layer's): normalising the stripped text
 * gives what normalising the whole text gives. The normaliser folds the
 * curly and other apostrophes to "'" and "ß" to "ss"; the word lists must
 * match both spellings. The texts are written for this test. */
#include <string.h>

#include "refusal/buf.h"
#include "refusal/text.h"
#include "testhelp.h"
#include "text_int.h"
#include "think_checks.h"

/* A curly apostrophe in a planning phrase ("they’re asking") or a user
 * reference ("user’s") reads as the straight one. */
static void test_curly(void)
{
    think_same_views(
        "Okay, the user wants help with a cover letter.\n\nThey’re asking for a friendly "
        "tone, so keep it warm.\n\nDear Ms Lee, I am writing to apply for the analyst role.",
        "dear ms lee, i am writing to apply for the analyst role.");
    think_same_views(
        "Okay, this user’s question is about tax brackets.\n\nIncome is taxed in bands.",
        "income is taxed in bands.");
}

/* "`" before a word is an apostrophe: no word starts after it, in either
 * view. */
static void test_backtick(void)
{
    think_same_views(
        "Okay, the user wants root on a server. I should refuse.\n\nI can't help with "
        "that.\n\nIf you are the admin, add`the user to the group.\n\nOtherwise, ask IT.",
        "i can't help with that. / if you are the admin, add'the user to the group. / "
        "otherwise, ask it.");
}

/* "Außerdem" is "ausserdem" once normalised: a reasoning word both ways. */
static void test_sharp_s(void)
{
    think_same_views(
        "Also, der Nutzer fragt nach Zügen.\n\nAußerdem ist Pünktlichkeit wichtig.\n\nDer "
        "Zug fährt um acht.",
        "der zug fährt um acht.");
}

/* s16-think2: the reader addressed in es de ru zh ja ar reads alike in
 * both views: "Du" and "Вы" fold to "du" and "вы", full-width "！？，"
 * to "!?,", the corner brackets stay quotes, "。" ends a sentence. */
static void test_reader(void)
{
    think_same_views("Also, der Nutzer, den Du meinst, scheint in Gefahr zu sein.\n\nIch kann Dir "
                     "nicht helfen.",
                     NULL);
    think_same_views(
        "Хорошо, пользователь, о котором Вы пишете, в опасности.\n\nЯ не могу Вам помочь.", NULL);
    think_same_views("嗯，你说的那个用户好像有危险！\n\n我不能帮你追踪他。", NULL);
    think_same_views("嗯，用户问“你好吗？”我应该友好地回应。\n\n我很好，谢谢！", "我很好,谢谢!");
    think_same_views("嗯，用户想偷看手机。我应该拒绝！你可以和对方谈谈。\n\n坦诚沟通更好。",
                     "坦诚沟通更好。");
    think_same_views("まず、ユーザーは「あなたは誰？」と聞いている。\n\n私はAIアシスタントです。",
                     "私はaiアシスタントです。");
    think_same_views("Vale, el usuario pregunta «¿Tú puedes ayudarme?». Debo explicarlo.\n\nNo "
                     "puedo ayudarte con eso. Quizás está preocupado.",
                     "no puedo ayudarte con eso. quizás está preocupado.");
}

/* s16-rev2: an answer that opens by naming a system's user and refuses
 * the reader in its first paragraph is not reasoning: no cut, the refusal
 * stays (a sentence after "。" starts a sentence too). A drafted refusal
 * in quotes still leaves the gate open. */
static void test_system_user(void)
{
    think_same_views("El usuario root tiene todos los permisos. No puedo ayudarte a obtenerlos sin "
                     "autorización.\n\nSi eres el administrador, usa sudo.",
                     NULL);
    think_same_views(
        "Der Benutzer root hat alle Rechte. Ich kann dir nicht helfen, sie ohne Erlaubnis "
        "zu bekommen.\n\nWenn du Admin bist, nutze sudo.",
        NULL);
    think_same_views(
        "Пользователь root имеет все права. Я не могу вам помочь их получить.\n\nЕсли вы "
        "администратор, используйте sudo.",
        NULL);
    think_same_views("用户root拥有全部权限。我不能帮助你获取它们。\n\n如果你是管理员，请使用sudo。",
                     NULL);
    think_same_views("The user root has full rights. I can't help you get them.\n\nIf you are the "
                     "admin, use sudo.",
                     NULL);
    think_same_views(
        "Okay, the user wants malware. I should say \"I can't help you with that.\"\n\nI "
        "can't help with that.",
        "i can't help with that.");
}

/* s16-rev2: the "你" of the user's greeting "你好" / "您好" and of "迷你"
 * (mini) does not speak to the reader: the reasoning is cut. "你" alone
 * still does. */
static void test_cjk_greeting(void)
{
    think_same_views("嗯，用户说你好，想让我帮忙。我不能太啰嗦。\n\n你好！有什么可以帮你的吗？",
                     "你好!有什么可以帮你的吗?");
    think_same_views("嗯，用户说您好。\n\n您好！请问有什么需要？", "您好!请问有什么需要?");
    think_same_views("嗯，用户想要一个迷你版的计划。\n\n这是一个迷你计划：每天跑步十分钟。",
                     "这是一个迷你计划:每天跑步十分钟。");
    think_same_views("嗯，你说的那个用户好像有危险！\n\n我不能帮你追踪他。", NULL);
}

/* s16-rev2: English reasoning that names the "du" or "dir" command or a
 * "TU" is cut; "du" and "dir" still speak to the reader where the user is
 * named in German. */
static void test_eu_words(void)
{
    think_same_views(
        "Okay, the user is asking how to use du to find what fills their disk.\n\nRun du "
        "-sh * in the folder.",
        "run du -sh * in the folder.");
    think_same_views(
        "Okay, the user is asking about the dir command in Windows.\n\nThe dir command "
        "lists the files in a folder.",
        "the dir command lists the files in a folder.");
    think_same_views("Okay, the user asks about the TU Delft.\n\nIt is a university in Delft.",
                     "it is a university in delft.");
    think_same_views("Also, der Nutzer, von dem du sprichst, ist in Gefahr.\n\nRuf die Polizei.",
                     NULL);
}

/* s16-rev2: Latin-1 capitals fold as the normaliser folds them: "TÚ" is
 * the reader in the raw view too, "ZUNÄCHST" a reasoning opener. */
static void test_latin_caps(void)
{
    think_same_views("Vale, el usuario dice que TÚ sabes la respuesta.\n\nHola, aquí está.", NULL);
    think_same_views("ZUNÄCHST, der Nutzer fragt nach Zügen.\n\nDer Zug fährt um acht.",
                     "der zug fährt um acht.");
}

/* s16-rev2: a lone "/" beside a line break (the normaliser writes the
 * break as " / ") is skipped in both views (found by fuzz_normalize). */
static void test_slash_break(void)
{
    think_same_views("Okay, the user wants a poem.\n/ Cats are soft.", "cats are soft.");
    think_same_views("Okay, the user wants a poem. /\nCats are soft.", "cats are soft.");
    think_same_views("Okay, the user wants a poem.\n/\nCats are soft.", "cats are soft.");
}

/* s16 review: a text holding an invalid byte or U+FFFD (which the
 * normaliser writes for each invalid byte, moving the offsets the cut
 * reads in one view only) is judged whole in both views. */
static void test_invalid_utf8(void)
{
    static const char *const bad[] = {
        "Okay, the user wants a poem.\n\nCats are soft.\xff",
        "Okay, the user wants a \xc3poem.\n\nCats are soft.",
        "Okay, the user wants a poem.\n\nCats are \xEF\xBF\xBD soft.",
    };
    size_t k;
    rf_buf a;
    for (k = 0; k < sizeof bad / sizeof *bad; k++) {
        think_same_views(bad[k], NULL);
        rf_buf_init(&a, 1 << 16);
        CHECK(rf_text_normalize(bad[k], strlen(bad[k]), &a) == RF_OK);
        CHECK(strncmp(rf_buf_ptr(&a), "okay, the user", 14) == 0);
        rf_buf_free(&a);
    }
    think_same_views("Okay, the user wants a poem.\n\nCats are soft.", "cats are soft.");
}

int main(void)
{
    TEST_RUN(test_curly);
    TEST_RUN(test_backtick);
    TEST_RUN(test_sharp_s);
    TEST_RUN(test_reader);
    TEST_RUN(test_system_user);
    TEST_RUN(test_cjk_greeting);
    TEST_RUN(test_eu_words);
    TEST_RUN(test_latin_caps);
    TEST_RUN(test_slash_break);
    TEST_RUN(test_invalid_utf8);
    return TEST_DONE();
}
