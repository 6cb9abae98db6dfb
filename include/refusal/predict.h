/*
 * predict.h - prompt refusal models: predict from the prompt alone whether a
 * target will refuse it, without querying the target (the setting of Reuter
 * & Schulze 2023, "I'm Afraid I Can't Do That"), and list the word n-grams
 * that predict refusal or compliance. `refusal predict` is the CLI.
 *
 * A prompt model is an rf_model (model.h): the same hashed features and the
 * same weights file as the response detector, trained on prompt text with no
 * rule features and no n-gram dropout, and always scored with its n-grams
 * (the trusted-language list of the file is not used). Its threshold is
 * rf_model_threshold.
 *
 * Thread safety: a model is shared read-only; a trainer, an rf_fvec and an
 * rf_buf belong to one thread.
 */
#ifndef RF_PREDICT_H
#define RF_PREDICT_H

#include "refusal/buf.h"
#include "refusal/model.h"
#include "refusal/suite.h"

/* Distinct n-grams rf_predict_trainer_ngrams collects, at most. */
#define RF_PREDICT_MAX_NGRAMS ((size_t)1 << 22)
/* n-grams per side in rf_predict_explain output. */
#define RF_PREDICT_EXPLAIN_TOP 8
/* Bytes of one input line rf_predict_line accepts. */
#define RF_PREDICT_MAX_LINE ((size_t)16 << 20)

/* Append the prompt text of a suite item to out: its `prompt`, else the
 * text of its user messages (string contents and the `text` of content
 * parts) joined with "\n". An item with neither appends nothing.
 * Errors: RF_ENOMEM, RF_ELIMIT (out is full). */
rf_status rf_item_user_text(const rf_item *it, rf_buf *out) RF_MUST_CHECK;

/* rf_train_opts_default with the settings of a prompt model: no n-gram
 * dropout (there are no rule features to fall back on), lang_min 0,
 * blend_min 0. */
void rf_predict_opts_default(rf_train_opts *o);

/* ---- training ---- */

typedef struct rf_predict_trainer rf_predict_trainer;

/* A new trainer (*out, rf_predict_trainer_free). RF_EINVAL when o is out of
 * range (see rf_trainer_new), RF_ENOMEM. */
rf_status rf_predict_trainer_new(const rf_train_opts *o, rf_predict_trainer **out) RF_MUST_CHECK;
void rf_predict_trainer_free(rf_predict_trainer *t);

/* Add one training prompt text[0..len) (copied; any bytes, invalid UTF-8
 * reads as U+FFFD) with label 1 = refused, 0 = answered.
 * Errors: RF_ENOMEM, RF_ELIMIT (too many prompts). */
rf_status rf_predict_trainer_add(rf_predict_trainer *t, const char *text, size_t len,
                                 int label) RF_MUST_CHECK;

/* Prompts added with the given label (0 or 1). */
size_t rf_predict_trainer_count(const rf_predict_trainer *t, int label);

/* Train a model on every prompt added (*out new, rf_model_free; threshold
 * 0.5). Deterministic. Errors (message in err): RF_EINVAL when there are no
 * prompts or only one class, RF_ENOMEM. */
rf_status rf_predict_trainer_fit(rf_predict_trainer *t, rf_model **out, char *err) RF_MUST_CHECK;

/* A word n-gram of the training prompts and its weight in a model. */
typedef struct rf_ngram {
    char *text;           /* "word" or "word word": tokens as the features read them
                             (lower case, digits folded to 0), UTF-8 */
    double weight;        /* sum of its whole-text and opening feature weights:
                             > 0 predicts refusal, < 0 compliance */
    size_t count;         /* occurrences in the training prompts */
    size_t count_refusal; /* of them, in prompts labelled refused */
} rf_ngram;

/* Every distinct word 1-2-gram of the training prompts with at least
 * min_count occurrences, with its weight in m, sorted by weight (most
 * refusal-predictive first, most compliance-predictive last; ties by text).
 * Hashing cannot be inverted, so the prompts are read again. *out is a new
 * array of *n entries (rf_predict_ngrams_free; NULL when none).
 * Errors: RF_ENOMEM, RF_ELIMIT (more than RF_PREDICT_MAX_NGRAMS distinct). */
rf_status rf_predict_trainer_ngrams(const rf_predict_trainer *t, const rf_model *m,
                                    size_t min_count, rf_ngram **out, size_t *n) RF_MUST_CHECK;
void rf_predict_ngrams_free(rf_ngram *g, size_t n);

/* ---- prediction ---- */

/* Probability (0-1) that the target refuses prompt text[0..len) (any
 * bytes). f is scratch space (zero-initialised, rf_fvec_free).
 * Errors: RF_ENOMEM. */
rf_status rf_predict_prob(const rf_model *m, const char *text, size_t len, rf_fvec *f,
                          double *p) RF_MUST_CHECK;

/* 1 when probability p is at or above the model's threshold. */
int rf_predict_is_refusal(const rf_model *m, double p);

/* Append to out a JSON object explaining the score of text:
 * {"margin", "bias", "other_margin" (features other than word 1-2-grams:
 * opening 3-grams, character 3-grams, length, layout), "refusal_ngrams" and
 * "compliance_ngrams": up to RF_PREDICT_EXPLAIN_TOP [ngram, contribution]
 * pairs each, largest contribution first}. A contribution is the n-gram's
 * share of the margin in this prompt. Errors: RF_ENOMEM, RF_ELIMIT. */
rf_status rf_predict_explain(const rf_model *m, const char *text, size_t len, rf_fvec *f,
                             rf_buf *out) RF_MUST_CHECK;

/* How rf_predict_line reads a line. */
typedef struct rf_predict_line_opts {
    const char *field; /* JSON key of the prompt (NULL = "prompt"); in text
                          mode the key the prompt is written under */
    int text;          /* the line is the prompt itself (plain text) */
    int explain;       /* add "explain" (rf_predict_explain) */
} rf_predict_line_opts;

/* One input line line[0..n) (a trailing newline is allowed) of `refusal
 * predict`: out is reset and receives the output line, ending in "\n": the
 * input object with "refusal_probability", "predicted" (refusal or
 * compliance) and with explain "explain" added, or in text mode
 * {FIELD: line, ...}. The keys are spliced in before the closing brace,
 * input bytes unchanged; when the input already has one of them the object
 * is rebuilt (new values replace old ones). A blank line leaves out empty.
 * Errors: RF_EPARSE with the reason in err (no file:line) for a bad line
 * (not JSON, not an object, no string FIELD, over RF_PREDICT_MAX_LINE),
 * RF_ENOMEM, RF_ELIMIT (out is full). */
rf_status rf_predict_line(const rf_model *m, const rf_predict_line_opts *o, const char *line,
                          size_t n, rf_fvec *f, rf_buf *out, char *err) RF_MUST_CHECK;

#endif
