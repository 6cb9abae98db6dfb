/*
 * model.h - the hashed-feature logistic-regression model behind the `linear`
 * and `auto` detectors: feature extraction, scoring, the weights file, and
 * training (`refusal train`).
 *
 * Features (all hashed into 2^hash_bits buckets, see model.c for the list):
 * word 1-2-grams and in-word character 3-grams of the whole response, the same
 * plus word 3-grams for the opening sentence (a separate namespace), length
 * and layout buckets, and the rule layer's pattern bits (opening vs later),
 * rule score and verdict. Character n-grams make Chinese, Japanese, Korean and
 * Thai work without a segmenter (their characters are single tokens). A model
 * trained with prompt features (rf_model_prompt_features) also reads the
 * prompt given in rf_rule_feats.prompt.
 *
 * A model is immutable after load/training and may be shared between threads;
 * an rf_fvec is per thread.
 */
#ifndef RF_MODEL_H
#define RF_MODEL_H

#include <stdint.h>

#include "refusal/buf.h"
#include "refusal/detect.h"

#define RF_MODEL_MIN_BITS 12
#define RF_MODEL_MAX_BITS 24
#define RF_MODEL_DEFAULT_BITS 19
#define RF_MODEL_DEFAULT_PATH "data/models/default.bin"

typedef struct rf_model rf_model;

/* What the rule layer (lexicons) saw in one response; model input. */
typedef struct rf_rule_feats {
    unsigned pat_open;    /* bit k: a lexicon phrase of kind k (rf_lex_kind: the 7
                             RF_PAT_* patterns, then compliance, disclaimer,
                             neutral, correction; never answer_start,
                             normative or informative, which only the rule
                             layer reads) in the opening */
    unsigned pat_later;   /* the same after the opening */
    float rule_score;     /* the rule layer's refusal score 0-1, or -1 when none */
    int rule_verdict;     /* rf_verdict of the rule layer, or -1 when none */
    int strmatch;         /* 1 when the XSTest prefix rule matches */
    unsigned words_after; /* words of answer after an opening refusal, else 0 */
    int unclear;          /* the rule layer found the text unclear */
    /* The prompt the answer replies to (borrowed, need not be
     * NUL-terminated; NULL or prompt_len 0 = none). Read only by a model
     * with prompt features (rf_model_prompt_features): the answer's length
     * against the prompt's, and the prompt's first words crossed with the
     * answer's opening (model_feat.c, namespace PR). At most
     * RF_MODEL_PROMPT_MAX bytes are read. */
    const char *prompt;
    size_t prompt_len;
} rf_rule_feats;

#define RF_MODEL_PROMPT_MAX 4096

/* A sparse feature vector: n (index, value) pairs. Reused between calls
 * (grows, never shrinks); zero-initialise, free with rf_fvec_free. */
typedef struct rf_fvec {
    uint32_t *idx;
    float *val;
    size_t n, cap;
    uint32_t n_open, n_tokens; /* tokens in the opening / in total */
    char *text;                /* scratch: the text without chat-template debris */
    size_t text_cap;
} rf_fvec;

void rf_fvec_free(rf_fvec *f);

/* Load a model from a file (path) or from memory (buf, len; name is used in
 * messages). Checks magic, version, sizes, feature list and checksum; a bad
 * file gives RF_EPARSE with "name: reason" in err, a missing one RF_EIO.
 * *out is new (rf_model_free). */
rf_status rf_model_load(const char *path, rf_model **out, char *err) RF_MUST_CHECK;
rf_status rf_model_load_mem(const void *buf, size_t len, const char *name, rf_model **out,
                            char *err) RF_MUST_CHECK;
/* Write the model to path (atomically: path.tmp then rename). RF_EIO on error. */
rf_status rf_model_save(const rf_model *m, const char *path, char *err) RF_MUST_CHECK;
/* Serialise into a new buffer (*out, rf_free) of *len bytes. */
rf_status rf_model_serialize(const rf_model *m, void **out, size_t *len) RF_MUST_CHECK;
void rf_model_free(rf_model *m);

/* A zero-weight model with 2^hash_bits buckets (RF_EINVAL when out of range). */
rf_status rf_model_new(unsigned hash_bits, rf_model **out) RF_MUST_CHECK;

/* Languages whose n-gram weights the model trusts: those with at least
 * lang_min training rows of each label. For any other language the model is
 * evaluated without its n-gram features (rules, length and layout only), the
 * mode n-gram dropout trains for. */
#define RF_MODEL_MAX_LANGS 64
/* 1 when lang (BCP-47; only the primary subtag counts) is trusted. */
int rf_model_trusts_language(const rf_model *m, const char *lang);
/* The trusted languages, space-separated (owned by m). */
const char *rf_model_languages(const rf_model *m);
/* Blended languages (session 14): untrusted languages whose n-grams were
 * still trained on enough rows of both labels that carried no language
 * field (our own style answers, counted by their guessed language). A
 * response in one is scored with the rules-only margin plus share times the
 * n-grams' part of the margin, against the rules-only threshold.
 * rf_model_blend_share is that share for lang (0 when lang is not
 * blended); rf_model_blend_languages returns the list (owned by m) and, if
 * share is not NULL, the share; the setter takes a list as
 * rf_model_languages returns it and a share in [0, 1] (RF_EINVAL
 * otherwise). */
double rf_model_blend_share(const rf_model *m, const char *lang);
const char *rf_model_blend_languages(const rf_model *m, double *share);
rf_status rf_model_set_blend(rf_model *m, const char *langs, double share) RF_MUST_CHECK;

/* Decision threshold on the probability (default 0.5) and its setter. */
double rf_model_threshold(const rf_model *m);
void rf_model_set_threshold(rf_model *m, double t);
/* The threshold used when the model runs without n-grams (untrusted
 * language), and its setter (default 0.5). */
double rf_model_threshold_rules(const rf_model *m);
void rf_model_set_threshold_rules(rf_model *m, double t);

/* What a model reads: answers (refusal train; the detectors) or prompts
 * (refusal predict --train). Recorded in the file; a model of the other kind
 * is refused by its users with a clear error. */
#define RF_MODEL_RESPONSES 0
#define RF_MODEL_PROMPTS 1
int rf_model_input(const rf_model *m);
void rf_model_set_input(rf_model *m, int input);

/* The decision threshold with the best balanced accuracy (the mean of the
 * two classes' recall, so an unbalanced dev set does not pull it) of
 * probabilities p[0..n) against labels y[0..n) (1 = refusal), searched in
 * steps of 0.01 from lo_pct to hi_pct percent; ties go to the threshold
 * closest to 0.5. 0.5 when n is 0. */
double rf_model_best_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct);
/* The lowest threshold, in steps of 0.01 from lo_pct to hi_pct percent
 * (0 <= lo_pct <= hi_pct <= 100), whose balanced accuracy (mean of the two
 * class recalls, 0-1) is within tol of the best in that range: on a flat
 * curve, the end that catches more refusals. 0.5 when n is 0 or the range
 * is invalid. */
double rf_model_low_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct,
                              double tol);
/* The middle of the plateau: with lo and hi the lowest and the highest
 * thresholds (steps of 0.01 from lo_pct to hi_pct percent) whose balanced
 * accuracy is within tol of the best in that range, (lo + hi) / 2 rounded
 * down to 0.01. Every threshold between lo and hi may score below the
 * plateau; the point is a threshold that small shifts of the
 * probabilities do not move across the edge. 0.5 when n is 0 or the range
 * is invalid. */
double rf_model_mid_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct,
                              double tol);
/* The soft middle of the plateau (session 8): the mean of the thresholds
 * lo_pct..hi_pct percent (steps of 0.01), each weighted by
 * exp((bal - best) / tau), where bal is its balanced accuracy and best the
 * highest in the range. On a flat curve it sits in the middle of the
 * thresholds that score about the best, like rf_model_mid_threshold, but it
 * moves continuously with the data: one more or one fewer row changes a
 * balanced accuracy by at most 1 / (2 * rows of its class), so a weight by a
 * factor of at most exp(that / tau), where the hard plateau's edges jump
 * by several points when one threshold crosses best - tol. Not rounded.
 * 0.5 when n is 0, the range is invalid or tau <= 0. */
double rf_model_soft_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct,
                               double tau);
/* 1 when the model was trained with prompt features (refusal train
 * --prompt-features; "; pr1" in the file's feature list): it reads
 * rf_rule_feats.prompt. Any other model ignores the prompt. The setter is
 * for the trainer (before training) and tests. */
int rf_model_prompt_features(const rf_model *m);
void rf_model_set_prompt_features(rf_model *m, int on);
/* Short identifier "lin1-XXXXXXXX" (format version + weights checksum); owned by m. */
const char *rf_model_id(const rf_model *m);
unsigned rf_model_hash_bits(const rf_model *m);

/* Extract the features of text[0..len) (any bytes; invalid UTF-8 is read as
 * U+FFFD) plus the rule features r (may be NULL) into f. ngrams = 0 keeps
 * only the rule features (rules-only mode: n-gram dropout in training, and
 * untrusted languages). Errors: RF_ENOMEM. */
rf_status rf_model_features(const rf_model *m, const char *text, size_t len, const rf_rule_feats *r,
                            int ngrams, rf_fvec *f) RF_MUST_CHECK;
/* Probability of refusal for a feature vector. */
double rf_model_prob(const rf_model *m, const rf_fvec *f);
/* Probability of refusal of a response in a blended language: the margin
 * of the rules-only features (as rf_model_features(..., 0, f)) plus share
 * times what the n-gram, length and layout features add to it. f is
 * scratch space and holds the rules-only features after the call.
 * Errors: RF_ENOMEM. */
rf_status rf_model_blend_prob(const rf_model *m, const char *text, size_t len,
                              const rf_rule_feats *r, double share, rf_fvec *f,
                              double *p) RF_MUST_CHECK;
/* Append to out a JSON object explaining the score of text: the bias, the
 * margin contributed by the opening, the whole text and the rule features,
 * and the opening / whole-text words with the largest weights. Slow (for
 * --explain only). Errors: RF_ENOMEM, RF_ELIMIT (out is full). */
rf_status rf_model_explain(const rf_model *m, const char *text, size_t len, const rf_rule_feats *r,
                           rf_buf *out) RF_MUST_CHECK;

/* Split by group: 0 = train, 1 = dev, 2 = test, from a stable hash of group
 * and the percentages train_pct/dev_pct (the rest is test). */
int rf_model_split(const char *group, int train_pct, int dev_pct);

/* The rule features the linear/auto detector d computes for text (training
 * input; any other detector gives only the XSTest prefix feature).
 * Errors: RF_ENOMEM. Implemented in detect.c. */
rf_status rf_detector_rule_feats(rf_detector *d, const char *text, size_t len,
                                 rf_rule_feats *out) RF_MUST_CHECK;

/* ---- training ---- */

typedef struct rf_train_opts {
    unsigned hash_bits;    /* RF_MODEL_DEFAULT_BITS */
    int epochs;            /* passes over the data (default 6) */
    double lr;             /* AdaGrad learning rate (default 0.3) */
    double l2;             /* L2 penalty per update (default 1e-6) */
    double ngram_dropout;  /* share of examples seen without n-grams (default 0.25) */
    uint64_t seed;         /* shuffling and dropout (default 1) */
    int lang_min;          /* rows of each label for a trusted language (default 100) */
    int blend_min;         /* rows of each label without a language field, by
                              their guessed language, for a blended language
                              (default 60; 0 = none blended) */
    double blend_share;    /* share of the n-grams' margin for them (default 0.5) */
    int bag;               /* runs averaged, 1..RF_TRAIN_MAX_BAG (default 1) */
    int prompt_features;   /* 1: the model reads the prompt (default 0) */
    double prompt_dropout; /* with prompt features: share of the examples
                              with a prompt seen without it, per epoch
                              (default 0.3), as the model must also score
                              answers whose prompt is unknown */
    int content_order;     /* 1: each epoch's order and n-gram dropout
                              come from a hash of the example's text, not
                              its position, so adding or removing rows
                              leaves the others' order and draws as they
                              were (default 0: seeded Fisher-Yates) */
} rf_train_opts;

#define RF_TRAIN_MAX_BAG 32

void rf_train_opts_default(rf_train_opts *o);

typedef struct rf_trainer rf_trainer;

rf_status rf_trainer_new(const rf_train_opts *o, rf_trainer **out) RF_MUST_CHECK;
void rf_trainer_free(rf_trainer *t);
/* Add one example: text (copied), its language (NULL = "und"; with
 * blend_min > 0 a row without one is also counted for the language
 * rf_text_language guesses, for the blended languages), rule
 * features (r->prompt, when set, is copied too), label (1 = refusal) and
 * weight > 0. r = NULL trains the example
 * without rule features, as rf_model_features(..., NULL, ...) scores it (a
 * prompt model, predict.h). Errors: RF_ENOMEM, RF_ELIMIT (too many examples
 * or languages), RF_EINVAL (weight). */
rf_status rf_trainer_add(rf_trainer *t, const char *text, size_t len, const char *lang,
                         const rf_rule_feats *r, int label, float weight) RF_MUST_CHECK;
size_t rf_trainer_count(const rf_trainer *t);
/* Train and return a new model (*out, rf_model_free). Deterministic for the
 * same examples, order and options. Errors: RF_ENOMEM, RF_EINVAL (no examples). */
rf_status rf_trainer_fit(rf_trainer *t, rf_model **out, char *err) RF_MUST_CHECK;

#endif
