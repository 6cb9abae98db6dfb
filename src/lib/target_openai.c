/*
 * target_openai.c - OpenAI chat completions (any compatible server) and the
 * OpenAI images API.
 *
 * Request (POST {base}/chat/completions):
 *   {"model", "messages":[{"role","content": S | [{"type":"text","text"} |
 *    {"type":"image_url","image_url":{"url"}}]}], "temperature"?, "max_tokens"?,
 *    "seed"?, "logprobs":true + "top_logprobs":K?, "stream":true +
 *    "stream_options":{"include_usage":true}?}
 * Response: choices[0].message.content (or .refusal), choices[0].finish_reason
 *   ("content_filter" = blocked), usage.prompt_tokens / completion_tokens,
 *   choices[0].logprobs.content[] (first RF_TARGET_MAX_LOGPROB_TOKENS kept).
 * Stream chunks: choices[0].delta.content, finish_reason, logprobs, usage;
 *   "[DONE]" ends the stream (handled in target.c).
 *
 * Images (POST {base}/images/generations): {"model","prompt","n":1}; answer
 * data[0].url or data[0].b64_json (stored as a short description, not the
 * pixels); a 400 with a content-policy code is a block (target.c).
 */
#include "target_int.h"

#include "refusal/utf8.h"

#include <stdio.h>
#include <string.h>

/* Map a normalised content value to the OpenAI shape (new reference). */
static json_t *openai_content(json_t *c)
{
    json_t *arr, *p;
    size_t i;
    if (json_is_string(c))
        return json_incref(c);
    if (!(arr = json_array()))
        return NULL;
    json_array_foreach(c, i, p)
    {
        const char *type = json_string_value(json_object_get(p, "type"));
        json_t *np;
        if (type && !strcmp(type, "text")) {
            np = json_pack("{s:s,s:O}", "type", "text", "text", json_object_get(p, "text"));
        } else if (json_object_get(p, "url")) {
            np = json_pack("{s:s,s:{s:O}}", "type", "image_url", "image_url", "url",
                           json_object_get(p, "url"));
        } else {
            char *u = NULL;
            const char *mime = json_string_value(json_object_get(p, "mime"));
            const char *data = json_string_value(json_object_get(p, "data"));
            size_t n = strlen(mime) + strlen(data) + 16;
            if ((u = rf_malloc(n)) != NULL)
                snprintf(u, n, "data:%s;base64,%s", mime, data);
            np = u ? json_pack("{s:s,s:{s:s}}", "type", "image_url", "image_url", "url", u) : NULL;
            rf_free(u);
        }
        if (!np || json_array_append_new(arr, np) != 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

/* Append s as a JSON string literal (s is valid UTF-8 from the suite reader). */
static rf_status json_str_add(rf_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const char *run = s;
    rf_status st = rf_buf_addc(b, '"');
    for (; *s && st == RF_OK; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
        size_t n = 2;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        if ((st = rf_buf_add(b, run, (size_t)(s - run))) != RF_OK)
            return st;
        run = s + 1;
        switch (c) {
        case '"':
            esc[1] = '"';
            break;
        case '\\':
            esc[1] = '\\';
            break;
        case '\n':
            esc[1] = 'n';
            break;
        case '\r':
            esc[1] = 'r';
            break;
        case '\t':
            esc[1] = 't';
            break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            n = 6;
        }
        st = rf_buf_add(b, esc, n);
    }
    if (st == RF_OK)
        st = rf_buf_add(b, run, (size_t)(s - run));
    return st == RF_OK ? rf_buf_addc(b, '"') : st;
}

/* The common case (one text prompt) without building a JSON tree. */
static rf_status openai_request_fast(const rf_target *t, const rf_item *item, rf_buf *body)
{
    rf_status st = rf_buf_adds(body, "{\"model\":");
    if (st == RF_OK)
        st = json_str_add(body, t->model);
    if (st == RF_OK)
        st = rf_buf_adds(body, ",\"messages\":[");
    if (st == RF_OK && t->system) {
        st = rf_buf_adds(body, "{\"role\":\"system\",\"content\":");
        if (st == RF_OK)
            st = json_str_add(body, t->system);
        if (st == RF_OK)
            st = rf_buf_adds(body, "},");
    }
    if (st == RF_OK)
        st = rf_buf_adds(body, "{\"role\":\"user\",\"content\":");
    if (st == RF_OK)
        st = json_str_add(body, item->prompt);
    if (st == RF_OK)
        st = rf_buf_adds(body, "}]");
    if (st == RF_OK && t->opts.has_temperature)
        st = rf_buf_printf(body, ",\"temperature\":%.17g", t->opts.temperature);
    if (st == RF_OK && t->opts.max_tokens > 0)
        st = rf_buf_printf(body, ",\"max_tokens\":%lld", (long long)t->opts.max_tokens);
    if (st == RF_OK && t->opts.has_seed)
        st = rf_buf_printf(body, ",\"seed\":%lld", (long long)t->opts.seed);
    if (st == RF_OK && t->opts.logprobs)
        st = rf_buf_printf(body, ",\"logprobs\":true,\"top_logprobs\":%d", t->opts.logprobs);
    if (st == RF_OK && t->opts.stream)
        st = rf_buf_adds(body, ",\"stream\":true,\"stream_options\":{\"include_usage\":true}");
    return st == RF_OK ? rf_buf_addc(body, '}') : st;
}

rf_status tgt_openai_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err)
{
    json_t *conv = NULL, *root = NULL, *msgs, *m;
    size_t i;
    rf_status st;
    if (item->prompt && !item->messages && !item->images)
        return openai_request_fast(t, item, body);
    if ((st = tgt_conversation(item, &conv, err)) != RF_OK)
        return st;
    st = RF_ENOMEM;
    if (!(root = json_object()) || !(msgs = json_array()) ||
        json_object_set_new(root, "model", json_string(t->model)) != 0 ||
        json_object_set_new(root, "messages", msgs) != 0)
        goto out;
    if (t->system &&
        json_array_append_new(msgs, json_pack("{s:s,s:s}", "role", "system", "content", t->system)))
        goto out;
    json_array_foreach(conv, i, m)
    {
        json_t *c = openai_content(json_object_get(m, "content"));
        if (!c || json_array_append_new(msgs, json_pack("{s:O,s:o}", "role",
                                                        json_object_get(m, "role"), "content", c)))
            goto out;
    }
    if (t->opts.has_temperature)
        json_object_set_new(root, "temperature", json_real(t->opts.temperature));
    if (t->opts.max_tokens > 0)
        json_object_set_new(root, "max_tokens", json_integer(t->opts.max_tokens));
    if (t->opts.has_seed)
        json_object_set_new(root, "seed", json_integer(t->opts.seed));
    if (t->opts.logprobs) {
        json_object_set_new(root, "logprobs", json_true());
        json_object_set_new(root, "top_logprobs", json_integer(t->opts.logprobs));
    }
    if (t->opts.stream) {
        json_object_set_new(root, "stream", json_true());
        json_object_set_new(root, "stream_options", json_pack("{s:b}", "include_usage", 1));
    }
    st = tgt_dump(root, body);
out:
    json_decref(conv);
    json_decref(root);
    return st;
}

static void usage_of(json_t *root, rf_target_result *res)
{
    json_t *u = json_object_get(root, "usage");
    if (!json_is_object(u))
        return;
    if (json_is_integer(json_object_get(u, "prompt_tokens")))
        res->prompt_tokens = json_integer_value(json_object_get(u, "prompt_tokens"));
    if (json_is_integer(json_object_get(u, "completion_tokens")))
        res->completion_tokens = json_integer_value(json_object_get(u, "completion_tokens"));
}

static rf_status logprobs_of(json_t *choice, rf_target_result *res)
{
    json_t *content = json_object_get(json_object_get(choice, "logprobs"), "content"), *e;
    size_t i;
    rf_status st = RF_OK;
    json_array_foreach(content, i, e)
    {
        json_t *top = json_object_get(e, "top_logprobs"), *te, *ntop, *ne;
        size_t j;
        if (res->n_logprob_tokens >= RF_TARGET_MAX_LOGPROB_TOKENS)
            break;
        if (!(ntop = json_array()))
            return RF_ENOMEM;
        json_array_foreach(top, j, te) json_array_append_new(
            ntop, json_pack("{s:O?,s:O?}", "token", json_object_get(te, "token"), "logprob",
                            json_object_get(te, "logprob")));
        ne = json_pack("{s:O?,s:O?,s:o}", "token", json_object_get(e, "token"), "logprob",
                       json_object_get(e, "logprob"), "top", ntop);
        if (!ne)
            return RF_ENOMEM;
        st = tgt_add_logprob(res, ne);
        json_decref(ne);
        if (st != RF_OK)
            break;
    }
    return st;
}

rf_status tgt_openai_parse(const rf_target *t, json_t *root, rf_target_result *res, char *err)
{
    json_t *choice = json_array_get(json_object_get(root, "choices"), 0), *msg, *content;
    const char *finish;
    rf_status st;
    (void)t;
    if (!json_is_object(choice) || !json_is_object(msg = json_object_get(choice, "message"))) {
        if (json_object_get(root, "error")) {
            tgt_http_error(200, root, err);
            return RF_EHTTP;
        }
        rf_seterr(err, "response has no choices[0].message");
        return RF_EPARSE;
    }
    content = json_object_get(msg, "content");
    if (!json_is_string(content) && json_is_string(json_object_get(msg, "refusal")))
        content = json_object_get(msg, "refusal");
    if (!json_is_string(content) && !json_is_null(content) && content) {
        rf_seterr(err, "choices[0].message.content is not a string");
        return RF_EPARSE;
    }
    finish = json_string_value(json_object_get(choice, "finish_reason"));
    tgt_set_finish(res, finish);
    if (finish && !strcmp(finish, "content_filter"))
        res->blocked = 1;
    usage_of(root, res);
    if ((st = logprobs_of(choice, res)) != RF_OK)
        return st;
    return json_is_string(content)
               ? tgt_set_text(res, json_string_value(content), json_string_length(content))
               : tgt_set_text(res, "", 0);
}

rf_status tgt_openai_stream(const rf_target *t, json_t *root, rf_target_result *res, char *err)
{
    json_t *choice = json_array_get(json_object_get(root, "choices"), 0), *delta, *c;
    const char *finish;
    (void)t;
    if (json_object_get(root, "error")) {
        tgt_http_error(200, root, err);
        if (tgt_is_block_error(root)) {
            res->blocked = 1;
            res->done = 1;
            tgt_set_finish(res, "content_filter");
            return RF_OK;
        }
        return RF_EHTTP;
    }
    usage_of(root, res);
    if (!json_is_object(choice))
        return RF_OK; /* e.g. the final usage-only chunk */
    delta = json_object_get(choice, "delta");
    c = json_object_get(delta, "content");
    if (!json_is_string(c))
        c = json_object_get(delta, "refusal");
    if (json_is_string(c)) {
        rf_status st = tgt_append_delta(res, json_string_value(c), json_string_length(c));
        if (st != RF_OK)
            return st;
    }
    if (json_object_get(choice, "logprobs")) {
        rf_status st = logprobs_of(choice, res);
        if (st != RF_OK)
            return st;
    }
    finish = json_string_value(json_object_get(choice, "finish_reason"));
    if (finish) {
        tgt_set_finish(res, finish);
        if (!strcmp(finish, "content_filter"))
            res->blocked = 1;
    }
    return RF_OK;
}

rf_status tgt_images_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err)
{
    json_t *root;
    rf_status st;
    if (!item->prompt) {
        rf_seterr(err, "openai-images needs a single-turn prompt");
        return RF_EINVAL;
    }
    root = json_pack("{s:s,s:s,s:i}", "model", t->model, "prompt", item->prompt, "n", 1);
    if (!root)
        return RF_ENOMEM;
    st = tgt_dump(root, body);
    json_decref(root);
    return st;
}

rf_status tgt_images_parse(const rf_target *t, json_t *root, rf_target_result *res, char *err)
{
    json_t *d = json_array_get(json_object_get(root, "data"), 0);
    const char *url, *b64, *revised;
    char desc[512];
    (void)t;
    if (!json_is_object(d)) {
        rf_seterr(err, "images response has no data[0]");
        return RF_EPARSE;
    }
    url = json_string_value(json_object_get(d, "url"));
    b64 = json_string_value(json_object_get(d, "b64_json"));
    revised = json_string_value(json_object_get(d, "revised_prompt"));
    if (!url && !b64) {
        rf_seterr(err, "images response has neither url nor b64_json");
        return RF_EPARSE;
    }
    if (url)
        snprintf(desc, sizeof desc, "[image] %.400s", url);
    else
        snprintf(desc, sizeof desc, "[image] %zu bytes base64", strlen(b64));
    tgt_set_finish(res, "image");
    if (revised && *revised) {
        rf_status st = tgt_set_text(res, desc, strlen(desc));
        if (st == RF_OK)
            st = rf_buf_adds(&res->text, "\nrevised prompt: ");
        if (st == RF_OK)
            st = rf_buf_add(&res->text, revised, rf_utf8_trunc(revised, strlen(revised), 2000));
        return st;
    }
    return tgt_set_text(res, desc, strlen(desc));
}
