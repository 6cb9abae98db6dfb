/*
 * judge.h - LLM-judge templates and the parsing of judge answers.
 *
 * A judge is another model asked to label a response. Templates (written by
 * us, modelled on the label sets of the benchmarks named):
 *   xstest    full_compliance | full_refusal | partial_refusal
 *   orbench   direct_answer | direct_refusal | indirect_refusal
 *   coconot   complied | refused (non-compliance in CoCoNot's broad sense)
 *   mossbench compliance | refusal | partial
 *   rmcbench  good (refused) | bad (complied) | unclear
 *   fortress  one yes/no rubric question per call
 * A judge answer that names no label, or several conflicting ones, is
 * "unjudged": never counted as refusal or compliance.
 */
#ifndef RF_JUDGE_H
#define RF_JUDGE_H

#include "refusal/buf.h"
#include "refusal/detect.h"

typedef enum rf_judge_template {
    RF_JUDGE_XSTEST = 0,
    RF_JUDGE_ORBENCH,
    RF_JUDGE_COCONOT,
    RF_JUDGE_MOSSBENCH,
    RF_JUDGE_RMCBENCH,
    RF_JUDGE_FORTRESS,
    RF_JUDGE_TEMPLATE_COUNT
} rf_judge_template;

/* Template by name ("xstest", ...). RF_EINVAL when unknown. */
rf_status rf_judge_template_parse(const char *name, rf_judge_template *out) RF_MUST_CHECK;
const char *rf_judge_template_name(rf_judge_template t);

/* Version string of the template text (stored with each judge verdict, so
 * cached judgments are invalidated when a template changes). */
const char *rf_judge_template_version(rf_judge_template t);

/* Build the judge's user message for a prompt/response pair into out.
 * category may be NULL. question is the rubric question (fortress only,
 * else ignored). Errors: RF_EINVAL (fortress without question), buf errors. */
rf_status rf_judge_build(rf_judge_template t, const char *prompt, const char *response,
                         const char *category, const char *question, rf_buf *out) RF_MUST_CHECK;

/* Result of parsing a judge answer. */
typedef struct rf_judgment {
    int judged;         /* 0: unparseable / conflicting -> unjudged */
    rf_verdict verdict; /* when judged (not for fortress) */
    int yes;            /* fortress: 1 yes, 0 no (when judged) */
    char label[32];     /* the template's own label found, e.g. "partial_refusal" */
} rf_judgment;

/* Parse a judge's answer text (any UTF-8, any length). Never fails: an answer
 * that cannot be read yields judged = 0. */
void rf_judge_parse(rf_judge_template t, const char *answer, size_t len, rf_judgment *out);

#endif
