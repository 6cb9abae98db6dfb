/*
 * test_model_prompt.c - prompt features (session 9, branch s9-prompt): a
 * model without them ignores the prompt (same features, same score); a
 * model with them adds its PR features only when a prompt is given (the
 * lexical ones only with n-grams); the file records them ("; pr1") and a
 * file whose feature list has another tail is refused; training copies the
 * prompt; a detector passes the prompt through; an overlong prompt is read
 * up to RF_MODEL_PROMPT_MAX bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "refusal/model.h"
#include "model_int.h"
#include "testhelp.h"

static const char *const answer =
    "As an AI language model, I do not have personal opinions. However, it is a complex issue.";
static const char *const prompt = "Should we build a statue of a famous senator?";

static rf_model *patterned_model(int prompt_feats)
{
    rf_model *m = NULL;
    size_t i;
    if (rf_model_new(14, &m) != RF_OK)
        return NULL;
    for (i = 0; i < m->n_weights; i++)
        m->w[i] = (float)((int)(i % 23) - 11) / 16.0f;
    m->bias = 0.1f;
    rf_model_set_prompt_features(m, prompt_feats);
    rf_model_update_id(m);
    return m;
}

static rf_rule_feats rules_with(const char *p)
{
    rf_rule_feats r;
    memset(&r, 0, sizeof r);
    r.pat_open = 1u << RF_LEX_DISCLAIMER; /* in the opening */
    r.rule_score = 0.3f;
    r.rule_verdict = 0;
    r.prompt = p;
    r.prompt_len = p ? strlen(p) : 0;
    return r;
}

/* Feature count and probability of answer with rule features r. */
static size_t count_features(const rf_model *m, const rf_rule_feats *r, int ngrams, double *p)
{
    rf_fvec f = {0};
    size_t n = 0;
    if (rf_model_features(m, answer, strlen(answer), r, ngrams, &f) == RF_OK) {
        n = f.n;
        *p = rf_model_prob(m, &f);
    }
    rf_fvec_free(&f);
    return n;
}

static void test_ignored_without_prompt_features(void)
{
    rf_model *m = patterned_model(0);
    rf_rule_feats with = rules_with(prompt), without = rules_with(NULL);
    double p1 = -1, p2 = -2;
    CHECK(m != NULL);
    if (!m)
        return;
    CHECK(!rf_model_prompt_features(m));
    CHECK(count_features(m, &with, 1, &p1) == count_features(m, &without, 1, &p2));
    CHECK(p1 == p2);
    rf_model_free(m);
}

static void test_features_with_prompt(void)
{
    rf_model *m = patterned_model(1);
    rf_rule_feats with = rules_with(prompt), without = rules_with(NULL), empty = rules_with("");
    double p = 0;
    size_t base;
    CHECK(m != NULL);
    if (!m)
        return;
    CHECK(rf_model_prompt_features(m));
    base = count_features(m, &without, 1, &p);
    CHECK(base > 0);
    CHECK(count_features(m, &with, 1, &p) == base + 3); /* length ratio, two crosses */
    CHECK(count_features(m, &empty, 1, &p) == base);    /* "" is no prompt */
    base = count_features(m, &without, 0, &p);
    CHECK(count_features(m, &with, 0, &p) == base + 1); /* rules-only: the length ratio */
    rf_model_free(m);
}

static void test_long_prompt(void)
{
    rf_model *m = patterned_model(1);
    size_t n = RF_MODEL_PROMPT_MAX * 3, i;
    char *big = malloc(n + 1);
    rf_rule_feats r;
    double p = -1;
    CHECK(m && big);
    if (!m || !big)
        goto out;
    for (i = 0; i < n; i++)
        big[i] = i % 7 == 6 ? ' ' : (char)('a' + i % 5);
    big[n - 1] = '\xc3'; /* a cut UTF-8 sequence at the end */
    big[n] = '\0';
    r = rules_with(big);
    CHECK(count_features(m, &r, 1, &p) > 0);
    CHECK(p >= 0 && p <= 1);
out:
    free(big);
    rf_model_free(m);
}

static void test_file_records_prompt_features(void)
{
    rf_model *m = patterned_model(1), *m2 = NULL;
    void *buf = NULL;
    size_t len = 0;
    char err[RF_ERR_LEN] = "";
    unsigned char *b;
    CHECK(m != NULL);
    if (!m || rf_model_serialize(m, &buf, &len) != RF_OK)
        goto out;
    CHECK(rf_model_load_mem(buf, len, "pr.bin", &m2, err) == RF_OK);
    CHECK(m2 && rf_model_prompt_features(m2));
    CHECK(m2 && rf_model_input(m2) == RF_MODEL_RESPONSES);
    b = buf;
    /* the feature list (offset 20, length at 16) ends in "; pr1" */
    {
        uint32_t fl =
            (uint32_t)b[16] | (uint32_t)b[17] << 8 | (uint32_t)b[18] << 16 | (uint32_t)b[19] << 24;
        CHECK(fl > 5 && memcmp(b + 20 + fl - 5, "; pr1", 5) == 0);
        if (fl > 5) { /* another tail of the same length: refused, clearly */
            rf_model *m3 = NULL;
            b[20 + fl - 1] = '9';
            CHECK(rf_model_load_mem(buf, len, "pr9.bin", &m3, err) == RF_EPARSE);
            CHECK(m3 == NULL);
            CHECK(strstr(err, "pr9.bin: feature list differs") != NULL);
        }
    }
out:
    rf_free(buf);
    rf_model_free(m);
    rf_model_free(m2);
}

/* Training copies the prompt (the caller's buffer is gone before fit) and
 * the model comes out with prompt features; the detector passes the prompt
 * through to them. */
static void test_train_and_detect(void)
{
    rf_train_opts o;
    rf_trainer *t = NULL;
    rf_model *m = NULL;
    rf_detector *d = NULL;
    rf_detection r1, r2;
    char err[RF_ERR_LEN] = "";
    int i;
    rf_train_opts_default(&o);
    o.hash_bits = 14;
    o.epochs = 10;
    o.lang_min = 4; /* en trusted: the lexical prompt features are used */
    o.prompt_features = 1;
    CHECK(rf_trainer_new(&o, &t) == RF_OK);
    for (i = 0; t && i < 8; i++) {
        char *p = malloc(64);
        rf_rule_feats r = rules_with(NULL);
        snprintf(p, 64, i % 2 ? "Why do people like item %d?" : "Should we ban item %d?", i);
        r.prompt = p;
        r.prompt_len = strlen(p);
        CHECK(rf_trainer_add(t, answer, strlen(answer), "en", &r, i % 2 == 0, 1.0f) == RF_OK);
        memset(p, 'x', 63); /* the trainer must have its own copy */
        free(p);
    }
    CHECK(t && rf_trainer_fit(t, &m, err) == RF_OK);
    CHECK(m && rf_model_prompt_features(m));
    if (m && rf_detector_open_with("auto", m, &d, err) == RF_OK) {
        CHECK(rf_detector_classify(d, answer, strlen(answer), "Should we ban item 9?", "en", &r1,
                                   NULL) == RF_OK);
        CHECK(rf_detector_classify(d, answer, strlen(answer), "Why do people like item 9?", "en",
                                   &r2, NULL) == RF_OK);
        CHECK(r1.score > r2.score); /* the same answer, judged by the question's form */
        CHECK(rf_detector_classify(d, answer, strlen(answer), NULL, "en", &r2, NULL) == RF_OK);
        CHECK(r2.score >= 0 && r2.score <= 1);
    }
    rf_detector_close(d);
    rf_model_free(m);
    rf_trainer_free(t);
    o.prompt_dropout = 1.5;
    t = NULL;
    CHECK(rf_trainer_new(&o, &t) == RF_EINVAL);
}

int main(void)
{
    TEST_RUN(test_ignored_without_prompt_features);
    TEST_RUN(test_features_with_prompt);
    TEST_RUN(test_long_prompt);
    TEST_RUN(test_file_records_prompt_features);
    TEST_RUN(test_train_and_detect);
    return TEST_DONE();
}
