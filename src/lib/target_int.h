/*
 * target_int.h - internals shared by target.c (spec, keys, common helpers),
 * target_openai.c (chat completions and images) and target_anthropic.c.
 */
#ifndef RF_TARGET_INT_H
#define RF_TARGET_INT_H

#include <jansson.h>

#include "refusal/target.h"

#define TGT_MAX_HEADERS 8

typedef struct tgt_replay tgt_replay;

struct rf_target {
    rf_target_kind kind;
    tgt_replay *replay; /* replay:RUN (target_replay.c), else NULL */
    char *spec;
    char *model;
    char *base_url; /* without trailing '/' */
    char *url;
    char *key; /* NULL when none; never leaves this module except in headers */
    char *system;
    rf_target_opts opts; /* string members point into this struct */
    char *hdr[TGT_MAX_HEADERS];
    const char *hdr_view[TGT_MAX_HEADERS + 1];
};

/* replay:RUN (target_replay.c): open the run in the database at
 * store_path (read-only), close, answer one item from it. */
rf_status tgt_replay_open(rf_target *t, const char *run, const char *store_path, char *err);
void tgt_replay_close(rf_target *t);
rf_status tgt_replay_local(const rf_target *t, const rf_item *item, rf_target_result *res,
                           char *err);

/* The conversation of an item as a new JSON array of {role, content} where
 * content is a string or an array of normalised parts
 *   {"type":"text","text":S}
 *   {"type":"image","url":U} or {"type":"image","mime":M,"data":BASE64}
 * Images listed in item->images are appended to the last user turn. */
rf_status tgt_conversation(const rf_item *item, json_t **out, char *err);

/* Serialise root into body (compact). */
rf_status tgt_dump(json_t *root, rf_buf *body);

/* Replace res->text with s[0..n) (sanitised, limited). */
rf_status tgt_set_text(rf_target_result *res, const char *s, size_t n);
/* Append a streamed delta, holding back an incomplete trailing sequence. */
rf_status tgt_append_delta(rf_target_result *res, const char *s, size_t n);
void tgt_set_finish(rf_target_result *res, const char *s);
/* Append one logprob entry (a JSON value) to res->logprobs (kept as an array). */
rf_status tgt_add_logprob(rf_target_result *res, json_t *entry);

/* 1 when a JSON error body says the request was refused by a safety system
 * (content policy / filter / moderation). */
int tgt_is_block_error(json_t *root);
/* Short "HTTP 429: message" text for err from an error body. */
void tgt_http_error(long code, json_t *root, char *err);

rf_status tgt_openai_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err);
rf_status tgt_openai_parse(const rf_target *t, json_t *root, rf_target_result *res, char *err);
rf_status tgt_openai_stream(const rf_target *t, json_t *root, rf_target_result *res, char *err);
rf_status tgt_images_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err);
rf_status tgt_images_parse(const rf_target *t, json_t *root, rf_target_result *res, char *err);
rf_status tgt_anthropic_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err);
rf_status tgt_anthropic_parse(const rf_target *t, json_t *root, rf_target_result *res, char *err);
rf_status tgt_anthropic_stream(const rf_target *t, const char *event, json_t *root,
                               rf_target_result *res, char *err);

#endif
