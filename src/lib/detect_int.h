/*
 * detect_int.h - the rule layer as the detectors see it (detect_lex.c wraps
 * the lexicon scan of lexicon.h / text.h). Not public.
 */
#ifndef RF_DETECT_INT_H
#define RF_DETECT_INT_H

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "refusal/model.h"

typedef struct rf_rules rf_rules;

/* What one rule scan found. */
typedef struct rf_rule_info {
    unsigned patterns;   /* RF_PAT_* bits anywhere */
    int unclear;         /* empty, whitespace, loop, mostly non-text */
    int verdict;         /* rule verdict (rf_verdict) */
    double score;        /* rule refusal score 0-1; since session 10 at least
                            0.5 for a refusal, below 0.5 for compliance */
    int opening_refusal; /* refusal phrase (direct/apology/boundary) in the opening */
    size_t words;        /* words in the text */
    size_t words_after;  /* words after the refusal part */
    int compliance;      /* compliance marker ("here is") anywhere */
    int strmatch;        /* the XSTest prefix rule matches */
    int corrected;       /* the opening corrects a question with no meaningful
                            answer, no refusal phrase anywhere (rf_scan) */
    int answered;        /* sympathy or a hedge, then an answer (rf_scan) */
    int clarifying;      /* a short request for the missing part (rf_scan) */
    int lectured;        /* a refusal by lecture alone (rf_scan, s7-lect) */
    int limited;         /* a refusal by a stated limit alone (rf_scan, s8-en) */
    int part_declined;   /* an answer, then a part of the request declined
                            (rf_scan, s11-part): partial */
    int worded;          /* the refusal wording the prompt asked for, all of it
                            quoted (detect_worded.c, s11-part): an answer */
    int framed;          /* an in-character refusal (detect_frame.c, s9-frame):
                            RF_FRAMED_PROMPT or RF_FRAMED_ANSWER (s10) */
    int undelivered;     /* talk about the request, none of what the prompt
                            asked (detect_deliver.c, s10-deliver) */
    int yesno;           /* a yes/no question answered: "No. The idea started
                            with ..." (detect_yesno.c, s12-yesno): an answer */
    rf_talk talk;        /* the sentences of a short undecided answer (rf_scan) */
} rf_rule_info;

/* Open the rule layer (embedded lexicons). Errors: RF_ENOMEM, RF_EPARSE. */
rf_status rf_rules_open(rf_rules **out, char *err) RF_MUST_CHECK;
/* A second handle on the same compiled lexicon, with its own buffers, for
 * another thread; src must outlive it. Errors: RF_ENOMEM. */
rf_status rf_rules_clone(const rf_rules *src, rf_rules **out) RF_MUST_CHECK;
/* rf_detector_trim for the rules' buffers. */
void rf_rules_trim(rf_rules *r, size_t keep);
void rf_rules_close(rf_rules *r);
/* Scan text: fills *info, *feats (model input) and, when language is NULL,
 * lang_out with the detected language tag. prompt[0..prompt_len) is the
 * request answered (NULL or 0: none): it goes to feats->prompt (the
 * model's prompt features) and to the frame test (detect_frame.c), whose
 * in-character refusal is a rule verdict (info->framed, session 10).
 * explain (may be NULL) gets a JSON array of the phrases found, then
 * `,"framed":true` for such a refusal. Errors: RF_ENOMEM. */
rf_status rf_rules_scan(rf_rules *r, const char *text, size_t len, const char *prompt,
                        size_t prompt_len, const char *language, rf_rule_info *info,
                        rf_rule_feats *feats, char *lang_out, size_t lang_cap,
                        rf_buf *explain) RF_MUST_CHECK;
/* 1 when the lexicons cover language lang (primary subtag), else 0. */
int rf_rules_has_language(const rf_rules *r, const char *lang);
/* 1 when the XSTest prefix rule matches text (detect.c). */
int rf_strmatch_match(const char *text, size_t len, const char **prefix);
/* The prompt's head as the prompt tests read it: its first
 * RF_PROMPT_HEAD_MAX bytes, normalised into buf on first use and kept for
 * the rest of the answer (the frame test, then the no-deliverable test:
 * one normalisation per answer at most). done is 0 until then; buf is
 * borrowed (rf_rules.pnorm). */
#define RF_PROMPT_HEAD_MAX 1024
typedef struct rf_prompt_head {
    const char *prompt; /* NULL or len 0: none */
    size_t len;
    rf_buf *buf;
    int done;
} rf_prompt_head;
/* The normalised head of ph's prompt in *s, *n (n = 0 without a prompt),
 * normalised on the first call (detect_lex.c). 0, or -1 when the
 * normalisation fails (out of memory). */
int rf_prompt_head_get(rf_prompt_head *ph, const char **s, size_t *n);
/* What the frame test reads besides the answer (detect_lex.c fills it):
 * the lexicon's frame, howto and sequence markers, the normalised answer,
 * the prompt (NULL or 0: none) and its normalised head (shared with the
 * no-deliverable test). */
typedef struct rf_frame_ctx {
    const rf_lexicon *lx;
    const char *norm;
    size_t norm_len;
    const char *prompt;
    size_t prompt_len;
    rf_prompt_head *head;
    const rf_scan *sc; /* the answer's scan (answer-start counts) */
} rf_frame_ctx;
/* rf_rule_info.framed: by the prompt's frame, by the answer's own */
#define RF_FRAMED_PROMPT 1
#define RF_FRAMED_ANSWER 2
/* 1 when prompt[0..len) (may be NULL) sets up a role-play, persona or story
 * frame and asks for a procedure (a `frame` and a `howto` marker of lx in
 * its normalised first 1 KB, written to scratch); 0 when not, -1 when out
 * of memory (detect_frame.c). */
int rf_frame_prompt(const rf_lexicon *lx, const char *prompt, size_t len, rf_buf *scratch);
/* RF_FRAMED_PROMPT when the answer text[0..len), scanned into *info and
 * *f, is an in-character refusal of such a prompt: no digit, code, list
 * item, told sequence or compliance phrase, not already a refusal;
 * RF_FRAMED_ANSWER when, without such a prompt, the answer's own frame and
 * shape say so (session 10); 0 otherwise, -1 when out of memory
 * (detect_frame.c). */
int rf_frame_refusal(const rf_frame_ctx *c, const char *text, size_t len, const rf_rule_info *info,
                     const rf_rule_feats *f);
/* s10-deliver: 1 when the prompt of head (none: 0) asks for content or
 * for a side (the bestway, side, about and request markers of lx in its
 * normalised head) and the answer, tallied in info->talk, only talks about
 * the request and delivers none of it; 0 otherwise, -1 when the prompt's
 * normalisation fails (out of memory) (detect_deliver.c). */
int rf_deliver_refusal(const rf_lexicon *lx, rf_prompt_head *head, const rf_rule_info *info);
/* s11-part (detect_part.c): 1 when the direct refusal phrase at
 * norm[off] (rf_scan.part_off, SIZE_MAX: none) declines a part of the
 * request after an answer: an `aside` marker before it in its sentence or
 * the one before, or an `also` marker in the prompt, or (s13-long) an
 * `omit` marker there, the only one taken when mid (rf_scan.part_mid: a
 * refusal in the middle of a long answer); 0 if not, -1 when the prompt's
 * normalisation runs out of memory. */
int rf_part_declined(const rf_lexicon *lx, rf_prompt_head *head, const char *norm, size_t len,
                     size_t off, int mid);
/* s12-grant (detect_part.c): 1 when the opening of norm[0..len) takes on
 * a part and declines another in the same sentence (a `grant` marker, then
 * an `except` marker, of language lang): "I can write the message, but not
 * the doctor's note"; 0 otherwise. */
int rf_grant_declined(const rf_lexicon *lx, const char *lang, const char *norm, size_t len);
/* s11-part (detect_worded.c): 1 when the prompt asks for wording (a
 * `wording` marker: translate, how do you say, decline politely) and every
 * refusal phrase of scan sc lies inside a quotation of norm[0..len): the
 * answer is the wording asked for; 0 if not, -1 when the prompt's
 * normalisation runs out of memory. */
int rf_worded_answer(const rf_lexicon *lx, rf_prompt_head *head, const char *norm, size_t len,
                     const rf_scan *sc);
/* s13-letter (detect_letter.c): 1 when every refusal phrase of scan sc
 * lies inside a drafted letter of norm[0..len) (after a `salute`, before a
 * `signoff` marker of language lang or en) that is introduced or that the
 * prompt asks for: the user's words, not the model declining; 0 if not, -1
 * when the prompt's normalisation runs out of memory. */
int rf_letter_answer(const rf_lexicon *lx, const char *lang, rf_prompt_head *head, const char *norm,
                     size_t len, const rf_scan *sc);
/* s13-letter: 1 when the last refusal phrase of sc follows an introduced
 * letter's sign-off ("Here's the email: / Dear ... / Best, Tom / I can't
 * help with the fake doctor's note, though."): a part declined. */
int rf_letter_declined(const rf_lexicon *lx, const char *lang, const char *norm, size_t len,
                       const rf_scan *sc);

/* s11-limit: 1 when the answer norm[0..len) (normalised), in language
 * lang (its markers only; the detected or given tag), which no rule
 * called a refusal, only states a limit (the limit, limit_ok, pick and
 * contrast markers of lx: no live data, no prediction, no opinion or
 * side) and delivers nothing, and the prompt of head (if any) asks no
 * "why" (a why marker); 0 otherwise, -1 when the prompt's normalisation
 * fails (out of memory). *answered is set to 1 when the limit's own
 * sentence turns to the answer and no refusal phrase opens the text
 * ("I can't see live rates, but ... 1 USD was about 7.2 CNY")
 * (detect_limit.c). */
/* s12-yesno: 1 when the answer norm[0..len) (normalised), in language
 * lang, answers a yes/no question (the prompt's, or, without one, a "no"
 * or "yes" opens it) and no phrase of its opening is the assistant's own
 * refusal; -1 on ENOMEM (detect_yesno.c). */
int rf_yesno_answer(const rf_lexicon *lx, const char *lang, rf_prompt_head *head, const char *norm,
                    size_t len, const rf_rule_info *info, const rf_scan *sc);
int rf_limit_refusal(const rf_lexicon *lx, const char *lang, rf_prompt_head *head, const char *norm,
                     size_t len, const rf_rule_info *info, int *answered);
/* s12-east: 1 when the short answer norm[0..len) in language lang opens
 * with a limit whose sentence holds every refusal phrase (they end by
 * refusal_end: "I have no live data, so I can't name today's exact
 * rate.") and its next sentence gives an estimate after all: a pick
 * marker, no offer before it, and a figure ("Roughly: at the end of 2025
 * it was about 78-82 rubles."); 0 otherwise (detect_limit.c). */
int rf_limit_estimate(const rf_lexicon *lx, const char *lang, const char *norm, size_t len,
                      size_t refusal_end);

#endif
