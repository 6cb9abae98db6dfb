/*
 * target_anthropic.c - the Anthropic Messages API.
 *
 * Request (POST {base}/messages, headers x-api-key and anthropic-version):
 *   {"model", "max_tokens" (required: 1024 unless given), "system"?,
 *    "temperature"?, "messages":[{"role":"user"|"assistant","content": S |
 *    [{"type":"text","text"} | {"type":"image","source":{"type":"base64",
 *    "media_type","data"} | {"type":"url","url"}}]}], "stream":true?}
 *   Suite messages with role "system" are moved into "system".
 * Response: content[] text blocks joined, stop_reason ("refusal" = blocked),
 *   usage.input_tokens / output_tokens.
 * Stream events: message_start (usage.input_tokens), content_block_delta
 *   (delta.text), message_delta (delta.stop_reason, usage.output_tokens),
 *   message_stop (end), error (in-stream failure).
 */
#include "target_int.h"

#include <string.h>

#define ANTHROPIC_DEFAULT_MAX_TOKENS 1024

static json_t *anthropic_content(json_t *c)
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
        if (type && !strcmp(type, "text"))
            np = json_pack("{s:s,s:O}", "type", "text", "text", json_object_get(p, "text"));
        else if (json_object_get(p, "url"))
            np = json_pack("{s:s,s:{s:s,s:O}}", "type", "image", "source", "type", "url", "url",
                           json_object_get(p, "url"));
        else
            np = json_pack("{s:s,s:{s:s,s:O,s:O}}", "type", "image", "source", "type", "base64",
                           "media_type", json_object_get(p, "mime"), "data",
                           json_object_get(p, "data"));
        if (!np || json_array_append_new(arr, np) != 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

/* Append text of a system message (string or text parts) to sys. */
static rf_status add_system(rf_buf *sys, json_t *c)
{
    json_t *p;
    size_t i;
    rf_status st = RF_OK;
    if (json_is_string(c)) {
        if (rf_buf_len(sys))
            st = rf_buf_adds(sys, "\n\n");
        return st == RF_OK ? rf_buf_adds(sys, json_string_value(c)) : st;
    }
    json_array_foreach(c, i, p)
    {
        const char *tx = json_string_value(json_object_get(p, "text"));
        if (tx && rf_buf_len(sys))
            st = rf_buf_adds(sys, "\n\n");
        if (tx && st == RF_OK)
            st = rf_buf_adds(sys, tx);
        if (st != RF_OK)
            break;
    }
    return st;
}

rf_status tgt_anthropic_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err)
{
    json_t *conv = NULL, *root = NULL, *msgs, *m;
    rf_buf sys;
    size_t i;
    rf_status st;
    rf_buf_init(&sys, 1u << 20);
    if ((st = tgt_conversation(item, &conv, err)) != RF_OK)
        return st;
    if (t->system && (st = rf_buf_adds(&sys, t->system)) != RF_OK)
        goto out;
    st = RF_ENOMEM;
    if (!(root = json_object()) || !(msgs = json_array()) ||
        json_object_set_new(root, "model", json_string(t->model)) != 0 ||
        json_object_set_new(root, "messages", msgs) != 0)
        goto out;
    json_object_set_new(
        root, "max_tokens",
        json_integer(t->opts.max_tokens > 0 ? t->opts.max_tokens : ANTHROPIC_DEFAULT_MAX_TOKENS));
    json_array_foreach(conv, i, m)
    {
        const char *role = json_string_value(json_object_get(m, "role"));
        json_t *c;
        if (!strcmp(role, "system")) {
            if ((st = add_system(&sys, json_object_get(m, "content"))) != RF_OK)
                goto out;
            st = RF_ENOMEM;
            continue;
        }
        c = anthropic_content(json_object_get(m, "content"));
        if (!c || json_array_append_new(msgs, json_pack("{s:s,s:o}", "role", role, "content", c)))
            goto out;
    }
    if (rf_buf_len(&sys))
        json_object_set_new(root, "system", json_string(rf_buf_ptr(&sys)));
    if (t->opts.has_temperature)
        json_object_set_new(root, "temperature", json_real(t->opts.temperature));
    if (t->opts.stream)
        json_object_set_new(root, "stream", json_true());
    st = tgt_dump(root, body);
out:
    rf_buf_free(&sys);
    json_decref(conv);
    json_decref(root);
    return st;
}

static void usage_of(json_t *u, rf_target_result *res)
{
    if (json_is_integer(json_object_get(u, "input_tokens")))
        res->prompt_tokens = json_integer_value(json_object_get(u, "input_tokens"));
    if (json_is_integer(json_object_get(u, "output_tokens")))
        res->completion_tokens = json_integer_value(json_object_get(u, "output_tokens"));
}

static void stop_of(const char *stop, rf_target_result *res)
{
    if (!stop)
        return;
    tgt_set_finish(res, stop);
    if (!strcmp(stop, "refusal"))
        res->blocked = 1;
}

rf_status tgt_anthropic_parse(const rf_target *t, json_t *root, rf_target_result *res, char *err)
{
    json_t *content = json_object_get(root, "content"), *b;
    rf_buf text;
    size_t i;
    rf_status st = RF_OK;
    (void)t;
    if (!json_is_array(content)) {
        if (json_object_get(root, "error")) {
            tgt_http_error(200, root, err);
            return RF_EHTTP;
        }
        rf_seterr(err, "response has no content array");
        return RF_EPARSE;
    }
    rf_buf_init(&text, RF_TARGET_MAX_TEXT);
    json_array_foreach(content, i, b)
    {
        const char *type = json_string_value(json_object_get(b, "type"));
        json_t *tx = json_object_get(b, "text");
        if (type && !strcmp(type, "text") && json_is_string(tx))
            st = rf_buf_add(&text, json_string_value(tx), json_string_length(tx));
        if (st != RF_OK)
            break;
    }
    if (st == RF_OK)
        st = tgt_set_text(res, rf_buf_ptr(&text), rf_buf_len(&text));
    rf_buf_free(&text);
    stop_of(json_string_value(json_object_get(root, "stop_reason")), res);
    usage_of(json_object_get(root, "usage"), res);
    return st;
}

rf_status tgt_anthropic_stream(const rf_target *t, const char *event, json_t *root,
                               rf_target_result *res, char *err)
{
    const char *type = json_string_value(json_object_get(root, "type"));
    json_t *d;
    (void)t;
    if (!type)
        type = event ? event : "";
    if (!strcmp(type, "error")) {
        tgt_http_error(200, root, err);
        return RF_EHTTP;
    }
    if (!strcmp(type, "message_start")) {
        usage_of(json_object_get(json_object_get(root, "message"), "usage"), res);
    } else if (!strcmp(type, "content_block_delta")) {
        d = json_object_get(root, "delta");
        if (json_is_string(json_object_get(d, "text")))
            return tgt_append_delta(res, json_string_value(json_object_get(d, "text")),
                                    json_string_length(json_object_get(d, "text")));
    } else if (!strcmp(type, "message_delta")) {
        stop_of(json_string_value(json_object_get(json_object_get(root, "delta"), "stop_reason")),
                res);
        usage_of(json_object_get(root, "usage"), res);
    } else if (!strcmp(type, "message_stop")) {
        res->done = 1;
    }
    return RF_OK;
}
