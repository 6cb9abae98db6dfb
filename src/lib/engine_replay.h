/*
 * engine_replay.h - turn-by-turn replay of a multi-turn conversation
 * (rf_engine_opts.replay_turns). Internal to the engine.
 */
#ifndef RF_ENGINE_REPLAY_H
#define RF_ENGINE_REPLAY_H

#include "refusal/buf.h"
#include "refusal/suite.h"
#include "refusal/target.h"

typedef struct rf_replay rf_replay;

/* Start replaying item it when it is a conversation with two or more user
 * turns: *out is then a new replay positioned at the first user turn, else
 * NULL (send the item whole). Errors: RF_ENOMEM, RF_EPARSE (messages not a
 * JSON array; message in err). */
rf_status rf_replay_start(const rf_item *it, rf_replay **out, char *err) RF_MUST_CHECK;
void rf_replay_free(rf_replay *r);

/* Build the request for the conversation so far into body (reset first):
 * the item's messages are the replay's for the time of the call. */
rf_status rf_replay_request(rf_replay *r, const rf_target *t, rf_item *it, rf_buf *body,
                            char *err) RF_MUST_CHECK;

/* The same for an offline target: rf_target_local on the conversation so
 * far. */
rf_status rf_replay_local(rf_replay *r, const rf_target *t, rf_item *it, rf_target_result *res,
                          char *err) RF_MUST_CHECK;

/* 1 when a user turn follows the one just answered. */
int rf_replay_more(const rf_replay *r);

/* Record the answer to the current turn (text[0..len), token counts, -1 when
 * unknown) and move to the next user turn: the answer becomes an assistant
 * message in place of the conversation's own assistant messages, which are
 * left out. Errors: RF_ENOMEM. */
rf_status rf_replay_answer(rf_replay *r, const char *text, size_t len, int64_t prompt_tokens,
                           int64_t completion_tokens) RF_MUST_CHECK;

/* Record the last answer and return the JSON array of every answer, in turn
 * order (new string, rf_free), or NULL when out of memory. *prompt_tokens and
 * *completion_tokens, when >= 0 on entry, get the earlier turns' counts
 * added (they stay -1 when unknown). */
char *rf_replay_finish(rf_replay *r, const char *text, size_t len, int64_t *prompt_tokens,
                       int64_t *completion_tokens);

/* Seconds since rf_replay_start (the whole conversation). */
double rf_replay_elapsed(const rf_replay *r);

#endif
