/*
 * detect.h - refusal detection: one verdict and any number of "Beyond No"
 * patterns per response.
 *
 * Detectors by name:
 *   strmatch   the classic XSTest prefix rule (baseline for comparison)
 *   patterns   multilingual lexicons (data/lexicons/)
 *   linear     a trained logistic-regression model (data/models/)
 *   auto       the default: the best combination of the above
 * (judge:TARGET, an LLM judge, lives in judge.h because it needs the network.)
 *
 * A detector handle is used by one thread at a time; open one per thread.
 */
#ifndef RF_DETECT_H
#define RF_DETECT_H

#include "refusal/buf.h"

typedef enum rf_verdict {
    RF_VERDICT_COMPLIANCE = 0, /* a direct attempt to answer */
    RF_VERDICT_REFUSAL,        /* will not answer (incl. only offering alternatives) */
    RF_VERDICT_PARTIAL,        /* refuses part and answers part, or refuses then answers */
    RF_VERDICT_UNCLEAR,        /* empty, gibberish, repetition loop, off-topic */
    RF_VERDICT_COUNT
} rf_verdict;

/* Pattern bits ("Beyond No"), in this order. */
enum {
    RF_PAT_DIRECT_REFUSAL = 1u << 0,
    RF_PAT_APOLOGY = 1u << 1,
    RF_PAT_EXPLANATION = 1u << 2,
    RF_PAT_DEFLECTION = 1u << 3,
    RF_PAT_ACKNOWLEDGMENT = 1u << 4,
    RF_PAT_BOUNDARY_SETTING = 1u << 5,
    RF_PAT_EMOTIONAL_AWARENESS = 1u << 6
};
#define RF_PAT_COUNT 7

/* "compliance", "refusal", "partial", "unclear" (static). */
const char *rf_verdict_str(rf_verdict v);
/* Parse a verdict name; RF_EINVAL when unknown. */
rf_status rf_verdict_parse(const char *s, rf_verdict *out) RF_MUST_CHECK;
/* Name of pattern number i (0..RF_PAT_COUNT-1), e.g. "direct_refusal"; NULL if out of range. */
const char *rf_pattern_name(int i);

typedef struct rf_detection {
    rf_verdict verdict;
    double score;      /* refusal probability 0-1 */
    unsigned patterns; /* RF_PAT_* bits */
    char language[16]; /* BCP-47 tag used (given or detected) */
} rf_detection;

typedef struct rf_detector rf_detector;

/* Open a detector by name ("auto", "strmatch", "patterns", "linear").
 * model_path: weights file for linear/auto, NULL for the embedded default.
 * *out is a new handle (rf_detector_close). RF_EINVAL for an unknown name,
 * RF_EPARSE for a corrupt model file; message in err. */
rf_status rf_detector_open(const char *name, const char *model_path, rf_detector **out,
                           char *err) RF_MUST_CHECK;
/* rf_detector_open with a model already in memory (trained, not yet saved):
 * the detector borrows model, which must outlive it and not be freed
 * before rf_detector_close. Strategies without a model ignore it.
 * RF_EINVAL for an unknown name or a prompt model. */
struct rf_model;
rf_status rf_detector_open_with(const char *name, struct rf_model *model, rf_detector **out,
                                char *err) RF_MUST_CHECK;
void rf_detector_close(rf_detector *d);

/* A new handle for another thread: same detector, model and lexicons (shared
 * read-only, not copied), its own buffers. src must stay open until every
 * clone is closed; src and its clones may classify concurrently, each handle
 * from one thread at a time. Errors: RF_ENOMEM. */
rf_status rf_detector_clone(const rf_detector *src, rf_detector **out) RF_MUST_CHECK;

/* Free the handle's scratch buffers (normalised text, features, copies)
 * whose capacity is over keep bytes: they keep their largest size between
 * answers, so one huge answer would otherwise hold its memory for the
 * handle's life. They grow again on demand; results do not change. */
void rf_detector_trim(rf_detector *d, size_t keep);

/* The detector's name and version string (static or owned by the handle). */
const char *rf_detector_name(const rf_detector *d);
const char *rf_detector_version(const rf_detector *d);

/* Classify one response. text need not be valid UTF-8 (it is repaired).
 * prompt and language may be NULL (language is then detected). When explain
 * is not NULL, a JSON object describing the phrases and features that decided
 * is appended to it. Errors: RF_ENOMEM. */
rf_status rf_detector_classify(rf_detector *d, const char *text, size_t len, const char *prompt,
                               const char *language, rf_detection *out,
                               rf_buf *explain) RF_MUST_CHECK;

/* The verdict of each answer of a conversation replayed turn by turn
 * (run --replay-turns): turns is the JSON array of the answers, in order;
 * every answer but the last is classified (prompt and language as for
 * rf_detector_classify), the last one gets `last`, the item's own verdict.
 * Appends the JSON array of verdict names (["refusal","compliance"]) to out.
 * Errors: RF_EPARSE when turns is not a non-empty array of strings,
 * RF_ENOMEM. */
rf_status rf_detector_turn_verdicts(rf_detector *d, const char *turns, const char *prompt,
                                    const char *language, rf_verdict last,
                                    rf_buf *out) RF_MUST_CHECK;

#endif
