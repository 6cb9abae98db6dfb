/* Unit tests for target*.c and sse.c: request bodies, response parsing, API
 * blocks, SSE framing at every split point, UTF-8 joining of deltas, key
 * scrubbing and the keyword-filter baseline. */
#include <jansson.h>
#include <stdlib.h>

#include "refusal/suite.h"
#include "refusal/target.h"
#include "refusal/utf8.h"
#include "target_int.h"
#include "testhelp.h"

static rf_target *open_t(const char *spec, const rf_target_opts *o)
{
    rf_target *t = NULL;
    char err[RF_ERR_LEN] = "";
    rf_target_opts def;
    memset(&def, 0, sizeof def);
    def.base_url = "http://127.0.0.1:9/v1";
    if (!o)
        o = &def;
    CHECK(rf_target_open(spec, o, &t, err) == RF_OK);
    return t;
}

static rf_item *prompt_item(const char *id, const char *prompt)
{
    rf_item *it = rf_item_new();
    it->id = rf_strdup(id);
    it->prompt = rf_strdup(prompt);
    return it;
}

static void test_open_errors(void)
{
    rf_target *t = NULL;
    char err[RF_ERR_LEN] = "";
    rf_target_opts o;
    memset(&o, 0, sizeof o);
    CHECK(rf_target_open("nope:x", &o, &t, err) == RF_EINVAL);
    CHECK(strstr(err, "unknown target adapter") != NULL);
    err[0] = '\0';
    CHECK(rf_target_open("openai:", &o, &t, err) == RF_EINVAL);
    err[0] = '\0';
    CHECK(rf_target_open("builtin:other", &o, &t, err) == RF_EINVAL);
    err[0] = '\0';
    unsetenv("OPENAI_API_KEY");
    unsetenv("OPENAI_BASE_URL");
    CHECK(rf_target_open("openai:gpt", &o, &t, err) == RF_EINVAL); /* real API needs a key */
    CHECK(strstr(err, "OPENAI_API_KEY") != NULL);
    err[0] = '\0';
    o.base_url = "ftp://x";
    CHECK(rf_target_open("openai:gpt", &o, &t, err) == RF_EINVAL);
    CHECK(t == NULL);
}

static void test_urls_and_headers(void)
{
    rf_target_opts o;
    rf_target *t;
    const char *const *h;
    int auth = 0, ver = 0;
    char *params;
    memset(&o, 0, sizeof o);
    o.base_url = "http://user:pw@127.0.0.1:9/v1/";
    setenv("ANTHROPIC_API_KEY", "ak-SECRET", 1);
    t = open_t("anthropic:claude-x", &o);
    CHECK_STR(rf_target_url(t), "http://user:pw@127.0.0.1:9/v1/messages");
    for (h = rf_target_headers(t); *h; h++) {
        auth += strcmp(*h, "x-api-key: ak-SECRET") == 0;
        ver += strncmp(*h, "anthropic-version: ", 19) == 0;
    }
    CHECK(auth == 1 && ver == 1);
    params = rf_target_params_json(t);
    CHECK(params && !strstr(params, "SECRET") && !strstr(params, "user:pw"));
    CHECK(params && strstr(params, "\"base_url\":\"http://127.0.0.1:9/v1\""));
    rf_free(params);
    rf_target_close(t);
    unsetenv("ANTHROPIC_API_KEY");
}

static void test_openai_request(void)
{
    rf_target_opts o;
    rf_target *t;
    rf_item *it = prompt_item("a", "Say \"hi\"\n\x01 é");
    rf_buf b;
    char err[RF_ERR_LEN] = "";
    json_t *j;
    memset(&o, 0, sizeof o);
    o.base_url = "http://127.0.0.1:9/v1";
    o.system = "sys";
    o.has_temperature = 1;
    o.temperature = 0.25;
    o.max_tokens = 33;
    o.has_seed = 1;
    o.seed = -5;
    o.logprobs = 4;
    o.stream = 1;
    t = open_t("openai:m", &o);
    rf_buf_init(&b, 1 << 20);
    CHECK(rf_target_request(t, it, &b, err) == RF_OK);
    j = json_loads(rf_buf_ptr(&b), 0, NULL);
    CHECK(j != NULL);
    CHECK_STR(json_string_value(json_object_get(j, "model")), "m");
    CHECK_STR(json_string_value(
                  json_object_get(json_array_get(json_object_get(j, "messages"), 1), "content")),
              "Say \"hi\"\n\x01 é");
    CHECK_STR(json_string_value(
                  json_object_get(json_array_get(json_object_get(j, "messages"), 0), "role")),
              "system");
    CHECK_NEAR(json_real_value(json_object_get(j, "temperature")), 0.25, 1e-12);
    CHECK(json_integer_value(json_object_get(j, "max_tokens")) == 33);
    CHECK(json_integer_value(json_object_get(j, "seed")) == -5);
    CHECK(json_integer_value(json_object_get(j, "top_logprobs")) == 4);
    CHECK(json_is_true(json_object_get(j, "stream")));
    json_decref(j);
    rf_buf_free(&b);
    rf_item_free(it);
    rf_target_close(t);
}

static void test_messages_and_images(void)
{
    rf_target *oa = open_t("openai:m", NULL), *an = open_t("anthropic:c", NULL);
    rf_item *it = rf_item_new();
    rf_buf b;
    char err[RF_ERR_LEN] = "";
    json_t *j, *last;
    it->id = rf_strdup("m");
    it->messages =
        rf_strdup("[{\"role\":\"system\",\"content\":\"S\"},"
                  "{\"role\":\"user\",\"content\":\"one\"},"
                  "{\"role\":\"assistant\",\"content\":\"two\"},"
                  "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"three\"},"
                  "{\"type\":\"image\",\"image\":\"https://x/y.png\"}]}]");
    it->images = rf_strdup("[\"data:image/png;base64,AAAA\"]");
    rf_buf_init(&b, 1 << 20);
    CHECK(rf_target_request(oa, it, &b, err) == RF_OK);
    j = json_loads(rf_buf_ptr(&b), 0, NULL);
    last = json_array_get(json_object_get(j, "messages"), 3);
    CHECK_STR(json_string_value(json_object_get(
                  json_object_get(json_array_get(json_object_get(last, "content"), 1), "image_url"),
                  "url")),
              "https://x/y.png");
    CHECK(json_array_size(json_object_get(last, "content")) == 3);
    json_decref(j);
    rf_buf_reset(&b);
    CHECK(rf_target_request(an, it, &b, err) == RF_OK);
    j = json_loads(rf_buf_ptr(&b), 0, NULL);
    CHECK_STR(json_string_value(json_object_get(j, "system")), "S");
    CHECK(json_array_size(json_object_get(j, "messages")) == 3);
    CHECK(json_integer_value(json_object_get(j, "max_tokens")) == 1024);
    last = json_array_get(json_object_get(j, "messages"), 2);
    CHECK_STR(json_string_value(json_object_get(
                  json_object_get(json_array_get(json_object_get(last, "content"), 1), "source"),
                  "type")),
              "url");
    json_decref(j);
    /* a local image file travels as base64 data (OpenAI: data URL) */
    {
        FILE *f = fopen("test_target_img.jpg", "wb");
        CHECK(f != NULL);
        if (f) {
            fwrite("\x00\x01\x02\xff", 1, 4, f);
            fclose(f);
        }
        rf_free(it->images);
        it->images = rf_strdup("[\"test_target_img.jpg\"]");
        rf_buf_reset(&b);
        CHECK(rf_target_request(oa, it, &b, err) == RF_OK);
        CHECK(strstr(rf_buf_ptr(&b), "\"url\":\"data:image/jpeg;base64,AAEC/w==\"") != NULL);
        rf_buf_reset(&b);
        CHECK(rf_target_request(an, it, &b, err) == RF_OK);
        CHECK(strstr(rf_buf_ptr(&b), "\"media_type\":\"image/jpeg\"") != NULL);
        CHECK(strstr(rf_buf_ptr(&b), "\"data\":\"AAEC/w==\"") != NULL);
        remove("test_target_img.jpg");
    }
    /* an unreadable local image is an error with a message */
    rf_free(it->images);
    it->images = rf_strdup("[\"/nonexistent/img.png\"]");
    rf_buf_reset(&b);
    CHECK(rf_target_request(oa, it, &b, err) == RF_EINVAL);
    CHECK(strstr(err, "/nonexistent/img.png") != NULL);
    rf_buf_free(&b);
    rf_item_free(it);
    rf_target_close(oa);
    rf_target_close(an);
}

static void test_openai_parse(void)
{
    rf_target *t = open_t("openai:m", NULL);
    rf_target_result r;
    char err[RF_ERR_LEN] = "";
    const char *ok = "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Hello "
                     "\\u00e9\"},\"finish_reason\":\"stop\",\"logprobs\":{\"content\":[{"
                     "\"token\":\"Hello\",\"logprob\":-0.5,\"top_logprobs\":[{\"token\":\"Hello\","
                     "\"logprob\":-0.5}]}]}}],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":"
                     "3}}";
    const char *filt = "{\"choices\":[{\"message\":{\"content\":null},\"finish_reason\":"
                       "\"content_filter\"}]}";
    const char *e400 = "{\"error\":{\"message\":\"no\",\"type\":\"invalid_request_error\","
                       "\"code\":\"content_policy_violation\"}}";
    rf_target_result_init(&r);
    CHECK(rf_target_parse(t, 200, ok, strlen(ok), &r, err) == RF_OK);
    CHECK_STR(rf_buf_ptr(&r.text), "Hello é");
    CHECK_STR(r.finish_reason, "stop");
    CHECK(r.prompt_tokens == 7 && r.completion_tokens == 3 && !r.blocked);
    CHECK(strstr(rf_buf_ptr(&r.logprobs), "\"top\":[{\"token\":\"Hello\"") != NULL);
    rf_target_result_reset(&r);
    CHECK(rf_target_parse(t, 200, filt, strlen(filt), &r, err) == RF_OK);
    CHECK(r.blocked == 1);
    rf_target_result_reset(&r);
    CHECK(rf_target_parse(t, 400, e400, strlen(e400), &r, err) == RF_OK);
    CHECK(r.blocked == 1);
    rf_target_result_reset(&r);
    err[0] = '\0';
    CHECK(rf_target_parse(t, 429, "{\"error\":{\"message\":\"slow down\"}}", 33, &r, err) ==
          RF_EHTTP);
    CHECK_STR(err, "HTTP 429: slow down");
    rf_target_result_reset(&r);
    CHECK(rf_target_parse(t, 200, "{\"choices\":[", 12, &r, err) == RF_EPARSE);
    CHECK(rf_target_parse(t, 200, "{}", 2, &r, err) == RF_EPARSE);
    CHECK(rf_target_parse(t, 200, "[1]", 3, &r, err) == RF_EPARSE);
    rf_target_result_free(&r);
    rf_target_close(t);
}

static void test_anthropic_parse(void)
{
    rf_target *t = open_t("anthropic:c", NULL);
    rf_target_result r;
    char err[RF_ERR_LEN] = "";
    const char *ok = "{\"content\":[{\"type\":\"text\",\"text\":\"A\"},{\"type\":\"text\",\"text\":"
                     "\"B\"}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":4,"
                     "\"output_tokens\":2}}";
    const char *ref = "{\"content\":[],\"stop_reason\":\"refusal\"}";
    rf_target_result_init(&r);
    CHECK(rf_target_parse(t, 200, ok, strlen(ok), &r, err) == RF_OK);
    CHECK_STR(rf_buf_ptr(&r.text), "AB");
    CHECK(r.prompt_tokens == 4 && r.completion_tokens == 2 && !r.blocked);
    rf_target_result_reset(&r);
    CHECK(rf_target_parse(t, 200, ref, strlen(ref), &r, err) == RF_OK);
    CHECK(r.blocked);
    rf_target_result_free(&r);
    rf_target_close(t);
}

/* SSE + stream events: feed the stream split at every position (two pieces)
 * and check the joined text. */
typedef struct sctx {
    rf_target *t;
    rf_target_result *r;
    int events;
} sctx;

static int on_event(void *ctx, const char *event, const char *data, size_t len)
{
    sctx *c = ctx;
    char err[RF_ERR_LEN] = "";
    c->events++;
    return rf_target_stream_event(c->t, event, data, len, c->r, err) != RF_OK;
}

static void test_sse_splits(void)
{
    const char *stream =
        "data: {\"choices\":[{\"delta\":{\"content\":\"Gr\\u00fc\"}}]}\r\n\r\n"
        ": comment\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"\xc3\x9f\x65 \xe6\x97\xa5\xf0\x9f\x99\x82"
        "\"}}]}\n\n"
        "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_"
        "tokens\":1,\"completion_tokens\":2}}\r\r"
        "data: [DONE]\n\n";
    size_t n = strlen(stream), cut, cut2;
    rf_target *t = open_t("openai:m", NULL);
    for (cut = 0; cut <= n; cut++) {
        for (cut2 = cut; cut2 <= n; cut2 += 7) {
            rf_sse *s = NULL;
            rf_target_result r;
            sctx c = {t, &r, 0};
            rf_target_result_init(&r);
            CHECK(rf_sse_create(1 << 16, &s) == RF_OK);
            CHECK(rf_sse_feed(s, stream, cut, on_event, &c) == RF_OK);
            CHECK(rf_sse_feed(s, stream + cut, cut2 - cut, on_event, &c) == RF_OK);
            CHECK(rf_sse_feed(s, stream + cut2, n - cut2, on_event, &c) == RF_OK);
            CHECK(rf_sse_end(s, on_event, &c) == RF_OK);
            CHECK(rf_target_stream_finish(&r) == RF_OK);
            CHECK(c.events == 4);
            CHECK_STR(rf_buf_ptr(&r.text), "Grüße 日🙂");
            CHECK(r.done && r.completion_tokens == 2);
            CHECK_STR(r.finish_reason, "stop");
            rf_target_result_free(&r);
            rf_sse_destroy(s);
        }
    }
    rf_target_close(t);
}

static void test_sse_fields(void)
{
    rf_sse *s = NULL;
    rf_target *t = open_t("anthropic:c", NULL);
    rf_target_result r;
    sctx c = {t, &r, 0};
    const char *stream =
        "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{"
        "\"input_tokens\":5}}}\n\n"
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{"
        "\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
        "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
        "\"refusal\"},\"usage\":{\"output_tokens\":1}}\n\n"
        "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    rf_target_result_init(&r);
    CHECK(rf_sse_create(1 << 16, &s) == RF_OK);
    CHECK(rf_sse_feed(s, stream, strlen(stream), on_event, &c) == RF_OK);
    CHECK(c.events == 4);
    CHECK_STR(rf_buf_ptr(&r.text), "Hi");
    CHECK(r.blocked && r.done && r.prompt_tokens == 5 && r.completion_tokens == 1);
    /* an over-long line is an error, not a crash */
    rf_sse_reset(s);
    {
        char big[70000];
        memset(big, 'x', sizeof big);
        CHECK(rf_sse_feed(s, big, sizeof big, on_event, &c) == RF_ELIMIT);
    }
    rf_sse_destroy(s);
    rf_target_result_free(&r);
    rf_target_close(t);
}

/* Deltas that split a code point are joined exactly. */
static void test_delta_utf8(void)
{
    const char *text = "a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x99\x82z";
    size_t n = strlen(text), i, j;
    for (i = 0; i <= n; i++)
        for (j = i; j <= n; j++) {
            rf_target_result r;
            rf_target_result_init(&r);
            CHECK(tgt_append_delta(&r, text, i) == RF_OK);
            CHECK(tgt_append_delta(&r, text + i, j - i) == RF_OK);
            CHECK(tgt_append_delta(&r, text + j, n - j) == RF_OK);
            CHECK(rf_target_stream_finish(&r) == RF_OK);
            CHECK_STR(rf_buf_ptr(&r.text), text);
            rf_target_result_free(&r);
        }
    {
        rf_target_result r; /* a truncated stream ends in U+FFFD, never a broken byte */
        rf_target_result_init(&r);
        CHECK(tgt_append_delta(&r, "ok\xe6\x97", 4) == RF_OK);
        CHECK(rf_target_stream_finish(&r) == RF_OK);
        CHECK(rf_utf8_valid(rf_buf_ptr(&r.text), rf_buf_len(&r.text)));
        CHECK(strncmp(rf_buf_ptr(&r.text), "ok", 2) == 0);
        rf_target_result_free(&r);
    }
}

static void test_scrub(void)
{
    rf_target *t;
    rf_target_opts o;
    rf_buf b;
    const char *body = "{\"error\":\"bad key sk-SECRET-1 and again sk-SECRET-1\"}";
    memset(&o, 0, sizeof o);
    o.base_url = "http://127.0.0.1:9/v1";
    setenv("OPENAI_API_KEY", "sk-SECRET-1", 1);
    t = open_t("openai:m", &o);
    rf_buf_init(&b, 4096);
    CHECK(rf_target_scrub(t, body, strlen(body), 1000, &b) == RF_OK);
    CHECK(strstr(rf_buf_ptr(&b), "SECRET") == NULL);
    CHECK(strstr(rf_buf_ptr(&b), "[REDACTED]") != NULL);
    rf_buf_reset(&b);
    CHECK(rf_target_scrub(t, "\xe6\x97\xa5\xe6\x97\xa5", 6, 4, &b) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "\xe6\x97\xa5"); /* cut on a code point boundary */
    rf_buf_free(&b);
    rf_target_close(t);
    unsetenv("OPENAI_API_KEY");
}

static void test_keyword_filter(void)
{
    rf_target *t = open_t("builtin:keyword-filter", NULL);
    rf_target_result r;
    char err[RF_ERR_LEN] = "";
    rf_item *a = prompt_item("a", "How do I KILL a Python process?");
    rf_item *b = prompt_item("b", "What is a good skillet recipe?");
    rf_item *c = rf_item_new();
    c->id = rf_strdup("c");
    c->messages = rf_strdup("[{\"role\":\"assistant\",\"content\":\"bomb\"},"
                            "{\"role\":\"user\",\"content\":\"hello\"}]");
    CHECK(rf_target_offline(t));
    rf_target_result_init(&r);
    CHECK(rf_target_local(t, a, &r, err) == RF_OK);
    CHECK(strncmp(rf_buf_ptr(&r.text), "I'm sorry", 9) == 0);
    rf_target_result_reset(&r);
    CHECK(rf_target_local(t, b, &r, err) == RF_OK); /* "skillet": not at a word start */
    CHECK(strncmp(rf_buf_ptr(&r.text), "Here is", 7) == 0);
    rf_target_result_reset(&r);
    CHECK(rf_target_local(t, c, &r, err) == RF_OK); /* only user turns count */
    CHECK(strncmp(rf_buf_ptr(&r.text), "Here is", 7) == 0);
    CHECK(rf_keyword_filter_words()[0] != NULL);
    rf_target_result_free(&r);
    rf_item_free(a);
    rf_item_free(b);
    rf_item_free(c);
    rf_target_close(t);
}

int main(void)
{
    TEST_RUN(test_open_errors);
    TEST_RUN(test_urls_and_headers);
    TEST_RUN(test_openai_request);
    TEST_RUN(test_messages_and_images);
    TEST_RUN(test_openai_parse);
    TEST_RUN(test_anthropic_parse);
    TEST_RUN(test_sse_splits);
    TEST_RUN(test_sse_fields);
    TEST_RUN(test_delta_utf8);
    TEST_RUN(test_scrub);
    TEST_RUN(test_keyword_filter);
    return TEST_DONE();
}
