/* Unit tests for suite.c: item parsing, canonical JSON, the streaming reader. */
#include <stdio.h>
#include <unistd.h>

#include "refusal/sha256.h"
#include "refusal/suite.h"
#include "testhelp.h"

static char *write_tmp(const char *content)
{
    static char path[64];
    FILE *f;
    snprintf(path, sizeof path, "/tmp/rf_suite_test_%d.jsonl", (int)getpid());
    f = fopen(path, "w");
    fputs(content, f);
    fclose(f);
    return path;
}

static void test_item_ok(void)
{
    rf_item *it = NULL;
    char err[RF_ERR_LEN] = "";
    const char *j =
        "{\"meta\":{\"x\":1},\"label\":\"harmful\",\"prompt\":\"How do I kill a process?\","
        "\"id\":\"a1\",\"level\":2,\"extra\":true}";
    CHECK(rf_item_from_json(j, strlen(j), &it, err) == RF_OK);
    CHECK_STR(it->id, "a1");
    CHECK_STR(it->label, "harmful");
    CHECK(it->level == 2);
    CHECK(it->n_turns == 1);
    CHECK_STR(it->json,
              "{\"id\":\"a1\",\"prompt\":\"How do I kill a process?\",\"label\":\"harmful\","
              "\"level\":2,\"meta\":{\"x\":1}}");
    rf_item_free(it);
}

static void test_item_messages(void)
{
    rf_item *it = NULL;
    char err[RF_ERR_LEN] = "";
    const char *j = "{\"id\":7,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                    "{\"role\":\"assistant\",\"content\":\"hello\"},"
                    "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"and?\"}]}]}";
    CHECK(rf_item_from_json(j, strlen(j), &it, err) == RF_OK);
    CHECK_STR(it->id, "7");
    CHECK(it->prompt == NULL);
    CHECK(it->n_turns == 2);
    rf_item_free(it);
}

static void test_item_errors(void)
{
    static const struct {
        const char *json, *why;
    } bad[] = {
        {"{\"prompt\":\"x\"}", "missing \"id\""},
        {"{\"id\":\"a\"}", "missing \"prompt\" or \"messages\""},
        {"{\"id\":\"a\",\"prompt\":\"x\",\"label\":\"safe\"}", "\"label\" must be"},
        {"{\"id\":\"a\",\"prompt\":\"x\",\"level\":4}", "\"level\" must be"},
        {"{\"id\":\"a\",\"messages\":[{\"role\":\"assistant\",\"content\":\"x\"}]}",
         "last message"},
        {"[1,2]", "expected a JSON object"},
        {"{\"id\":\"a\",", "invalid JSON"},
        {"{\"id\":\"a\",\"prompt\":\"\xff\"}", "invalid JSON"},
        {"{\"id\":\"a\",\"id\":\"b\",\"prompt\":\"x\"}", "invalid JSON"},
    };
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        rf_item *it = NULL;
        char err[RF_ERR_LEN] = "";
        CHECK(rf_item_from_json(bad[i].json, strlen(bad[i].json), &it, err) == RF_EPARSE);
        CHECK(it == NULL);
        if (!strstr(err, bad[i].why))
            fprintf(stderr, "case %zu: err=%s\n", i, err);
        CHECK(strstr(err, bad[i].why) != NULL);
    }
}

static void test_reader(void)
{
    const char *path = write_tmp("{\"id\":\"a\",\"prompt\":\"one\"}\n\n"
                                 "{\"id\":\"b\",\"prompt\":\"two\"}\r\n"
                                 "{\"id\":\"c\",\"prompt\":3}\n"
                                 "{\"id\":\"d\",\"prompt\":\"four\"}");
    rf_suite_reader *r = NULL;
    rf_item *it = NULL;
    char err[RF_ERR_LEN] = "", expect[128];
    CHECK(rf_suite_open(path, &r, err) == RF_OK);
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it && !strcmp(it->id, "a"));
    rf_item_free(it);
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it && !strcmp(it->id, "b"));
    rf_item_free(it);
    CHECK(rf_suite_next(r, &it, err) == RF_EPARSE && it == NULL);
    snprintf(expect, sizeof expect, "%s:4: \"prompt\" must be a string", path);
    CHECK_STR(err, expect);
    err[0] = '\0';
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it && !strcmp(it->id, "d"));
    rf_item_free(it);
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it == NULL);
    CHECK(strlen(rf_suite_hash(r)) == 64);
    rf_suite_close(r);
    unlink(path);
}

static void test_open_errors(void)
{
    rf_suite_reader *r = NULL;
    char err[RF_ERR_LEN] = "";
    CHECK(rf_suite_open("no-such-suite-name", &r, err) == RF_ENOTFOUND);
    CHECK(strstr(err, "no such file or built-in suite") != NULL);
    err[0] = '\0';
    CHECK(rf_suite_open("/nonexistent/x.jsonl", &r, err) == RF_ENOTFOUND);
    CHECK(r == NULL);
}

static void test_csv(void)
{
    const char *path = "/tmp/rf_suite_test.csv";
    FILE *f = fopen(path, "w");
    rf_suite_reader *r = NULL;
    rf_item *it = NULL;
    char err[RF_ERR_LEN] = "";
    fputs("\xEF\xBB\xBFid,prompt,label,level,meta\r\n"
          "x1,\"Say \"\"hi\"\", then\nleave\",benign,2,\"{\"\"k\"\":1}\"\r\n"
          "x2,Plain,harmful,,\r\n"
          "x3,Bad level,benign,9,\r\n",
          f);
    fclose(f);
    CHECK(rf_suite_open(path, &r, err) == RF_OK);
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it);
    if (it) {
        CHECK_STR(it->prompt, "Say \"hi\", then\nleave");
        CHECK(it->level == 2);
        CHECK_STR(it->meta, "{\"k\":1}");
    }
    rf_item_free(it);
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it && !strcmp(it->label, "harmful"));
    rf_item_free(it);
    CHECK(rf_suite_next(r, &it, err) == RF_EPARSE);
    if (!strstr(err, "rf_suite_test.csv:5: \"level\""))
        fprintf(stderr, "err: %s\n", err);
    CHECK(strstr(err, "rf_suite_test.csv:5: \"level\"") != NULL);
    err[0] = '\0';
    CHECK(rf_suite_next(r, &it, err) == RF_OK && it == NULL);
    rf_suite_close(r);
    f = fopen(path, "w");
    fputs("name,text\nx,y\n", f);
    fclose(f);
    err[0] = '\0';
    CHECK(rf_suite_open(path, &r, err) == RF_EPARSE && r == NULL);
    CHECK(strstr(err, ":1: the header must name") != NULL);
    unlink(path);
}

static void test_builtin(void)
{
    const char *const *name;
    for (name = rf_suite_builtins(); *name; name++) {
        rf_suite_reader *r = NULL;
        rf_item *it = NULL;
        char err[RF_ERR_LEN] = "";
        int n = 0;
        rf_status st;
        if (rf_suite_open(*name, &r, err) != RF_OK) {
            fprintf(stderr, "built-in suite %s: %s\n", *name, err);
            CHECK(0);
            continue;
        }
        while ((st = rf_suite_next(r, &it, err)) == RF_OK && it) {
            n++;
            CHECK(it->label != NULL);
            rf_item_free(it);
        }
        if (st)
            fprintf(stderr, "%s\n", err);
        CHECK(st == RF_OK);
        CHECK(n >= 60);
        CHECK_STR(rf_suite_name(r), *name);
        rf_suite_close(r);
    }
}

static void test_sha256(void)
{
    rf_sha256 c;
    char hex[65];
    rf_sha256_init(&c);
    rf_sha256_hex(&c, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    rf_sha256_update(&c, "abc", 3);
    rf_sha256_hex(&c, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    rf_sha256_init(&c);
    rf_sha256_update(&c, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56);
    rf_sha256_hex(&c, hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

int main(void)
{
    TEST_RUN(test_item_ok);
    TEST_RUN(test_item_messages);
    TEST_RUN(test_item_errors);
    TEST_RUN(test_reader);
    TEST_RUN(test_open_errors);
    TEST_RUN(test_csv);
    TEST_RUN(test_builtin);
    TEST_RUN(test_sha256);
    return TEST_DONE();
}
