/*
 * engine_replay.c - turn-by-turn replay of multi-turn conversations.
 *
 * A suite conversation holds user turns and, often, scripted assistant
 * turns. Sent whole, the model answers only the last user turn. Replayed,
 * the conversation is sent up to its first user turn, the model's answer is
 * appended as the assistant message, then the next user turn (with any
 * system message before it), and so on: the model sees its own earlier
 * answers, never the scripted ones. Every answer is kept, so a report can
 * ask whether any turn complied (X-Boundary multi-turn attack success).
 *
 *   field   | meaning
 *   --------|--------------------------------------------------------------
 *   all     | the item's messages, parsed once
 *   next    | index in all of the first message not yet sent
 *   conv    | the conversation sent so far (borrowed references into all,
 *           | plus the model's answers)
 *   answers | the model's answers, one string per turn answered
 *
 * Callers: engine.c (network and offline loops).
 */
#include "engine_replay.h"

#include <jansson.h>
#include <string.h>

#include "refusal/common.h"

struct rf_replay {
    json_t *all, *conv, *answers;
    size_t next;
    int64_t prompt_tokens, completion_tokens; /* earlier turns; -1 = unknown */
    double t0;
};

static const char *role_of(json_t *m)
{
    const char *r = json_string_value(json_object_get(m, "role"));
    return r ? r : "";
}

/* Append messages up to and including the next user turn, leaving out
 * assistant messages. 1 when a user turn was appended. */
static int advance(rf_replay *r)
{
    size_t n = json_array_size(r->all);
    while (r->next < n) {
        json_t *m = json_array_get(r->all, r->next++);
        if (!strcmp(role_of(m), "assistant"))
            continue;
        if (json_array_append(r->conv, m) != 0)
            return -1;
        if (!strcmp(role_of(m), "user"))
            return 1;
    }
    return 0;
}

rf_status rf_replay_start(const rf_item *it, rf_replay **out, char *err)
{
    rf_replay *r;
    json_t *all;
    size_t i, users = 0;
    *out = NULL;
    if (!it->messages || it->n_turns < 2)
        return RF_OK;
    all = json_loads(it->messages, 0, NULL);
    if (!json_is_array(all)) {
        json_decref(all);
        rf_seterr(err, "item %s: messages is not a JSON array", it->id);
        return RF_EPARSE;
    }
    for (i = 0; i < json_array_size(all); i++)
        users += !strcmp(role_of(json_array_get(all, i)), "user");
    if (users < 2) {
        json_decref(all);
        return RF_OK;
    }
    if (!(r = rf_calloc(1, sizeof *r)) || !(r->conv = json_array()) ||
        !(r->answers = json_array())) {
        if (r) {
            json_decref(r->conv);
            rf_free(r);
        }
        json_decref(all);
        return RF_ENOMEM;
    }
    r->all = all;
    r->prompt_tokens = r->completion_tokens = 0;
    r->t0 = rf_now();
    if (advance(r) != 1) {
        rf_replay_free(r);
        return RF_ENOMEM;
    }
    *out = r;
    return RF_OK;
}

void rf_replay_free(rf_replay *r)
{
    if (!r)
        return;
    json_decref(r->all);
    json_decref(r->conv);
    json_decref(r->answers);
    rf_free(r);
}

rf_status rf_replay_request(rf_replay *r, const rf_target *t, rf_item *it, rf_buf *body, char *err)
{
    char *js = json_dumps(r->conv, JSON_COMPACT), *saved = it->messages;
    rf_status st;
    if (!js)
        return RF_ENOMEM;
    rf_buf_reset(body);
    it->messages = js;
    st = rf_target_request(t, it, body, err);
    it->messages = saved;
    free(js);
    return st;
}

int rf_replay_more(const rf_replay *r)
{
    size_t i;
    for (i = r->next; i < json_array_size(r->all); i++)
        if (!strcmp(role_of(json_array_get(r->all, i)), "user"))
            return 1;
    return 0;
}

static void add_tokens(int64_t *sum, int64_t n)
{
    if (n < 0 || *sum < 0)
        *sum = -1;
    else
        *sum += n;
}

rf_status rf_replay_answer(rf_replay *r, const char *text, size_t len, int64_t prompt_tokens,
                           int64_t completion_tokens)
{
    json_t *m = json_pack("{s:s,s:s%}", "role", "assistant", "content", text, len);
    if (!m || json_array_append_new(r->conv, m) != 0 ||
        json_array_append_new(r->answers, json_stringn(text, len)) != 0)
        return RF_ENOMEM;
    add_tokens(&r->prompt_tokens, prompt_tokens);
    add_tokens(&r->completion_tokens, completion_tokens);
    return advance(r) < 0 ? RF_ENOMEM : RF_OK;
}

char *rf_replay_finish(rf_replay *r, const char *text, size_t len, int64_t *prompt_tokens,
                       int64_t *completion_tokens)
{
    char *js, *out;
    if (json_array_append_new(r->answers, json_stringn(text, len)) != 0)
        return NULL;
    if (*prompt_tokens >= 0)
        add_tokens(prompt_tokens, r->prompt_tokens);
    if (*completion_tokens >= 0)
        add_tokens(completion_tokens, r->completion_tokens);
    if (!(js = json_dumps(r->answers, JSON_COMPACT)))
        return NULL;
    out = rf_strdup(js);
    free(js);
    return out;
}

double rf_replay_elapsed(const rf_replay *r)
{
    return rf_now() - r->t0;
}

rf_status rf_replay_local(rf_replay *r, const rf_target *t, rf_item *it, rf_target_result *res,
                          char *err)
{
    char *js = json_dumps(r->conv, JSON_COMPACT), *saved = it->messages;
    rf_status st;
    if (!js)
        return RF_ENOMEM;
    it->messages = js;
    st = rf_target_local(t, it, res, err);
    it->messages = saved;
    free(js);
    return st;
}
