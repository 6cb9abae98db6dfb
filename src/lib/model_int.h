/*
 * model_int.h - internals shared by model.c (file, scoring), model_feat.c
 * (feature extraction) and model_train.c (training). Not public.
 */
#ifndef RF_MODEL_INT_H
#define RF_MODEL_INT_H

#include "refusal/model.h"

#define RF_MODEL_MAX_TOKENS 8192

struct rf_model {
    unsigned bits;    /* hash_bits */
    unsigned shift;   /* 32 - bits */
    size_t n_weights; /* 2^bits */
    float *w;         /* n_weights weights */
    float bias;
    float threshold;                    /* decision threshold with n-gram features */
    float threshold_rules;              /* decision threshold in rules-only mode */
    char id[24];                        /* "lin3-XXXXXXXX" */
    int input;                          /* rf_model_input: RF_MODEL_RESPONSES or _PROMPTS */
    int prompt_feats;                   /* rf_model_prompt_features */
    char langs[RF_MODEL_MAX_LANGS * 9]; /* trusted languages, "de en zh" */
    char blend[RF_MODEL_MAX_LANGS * 9]; /* blended languages (n-grams at blend_share) */
    float blend_share;                  /* share of the n-grams' margin for them, 0..1 */
    int borrowed; /* w is the pre-compiled read-only table (rf_model_precompiled) */
};

/* s15-startup: fill *m with the embedded default model as tools/lexgen.c
 * loaded it at build time (w points at a read-only table, borrowed set)
 * and return 1; 0 when the binary holds no such table (precompiled_none.c).
 * rf_model_load_embedded: that model, or the embedded file loaded with
 * rf_model_load_mem when there is none (the detector's default model). */
int rf_model_precompiled(rf_model *m);
rf_status rf_model_load_embedded(rf_model **out, char *err);

#define RF_MODEL_LANG_LEN 8 /* bytes of a primary language subtag, at most */

/* A 32-bit integer finaliser (good avalanche): hashed feature buckets and
 * the group split. */
static inline uint32_t rf_model_mix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    h *= 0x846ca68bU;
    h ^= h >> 16;
    return h;
}

/* FNV-1a 32 of p[0..n) continuing from h (2166136261 to start). */
uint32_t rf_model_fnv1a(const void *p, size_t n, uint32_t h);
/* Recompute m->id from the weights. */
void rf_model_update_id(rf_model *m);
/* bias + sum of weight * value. */
double rf_model_margin(const rf_model *m, const rf_fvec *f);
/* 1 / (1 + exp(-z)), z clamped to [-40, 40]: the probability of a margin. */
double rf_model_logistic(double z);

/* Called for every token the features read: its code points as the
 * features see them (lower-cased, digits folded to '0', at most 32), their
 * feature hash and whether the token is in the opening. */
typedef void (*rf_model_token_fn)(void *cb, const uint32_t *cps, int n, uint32_t hash, int in_open);
/* Tokenise text[0..len) exactly as rf_model_features(m, text, len, NULL, 1,
 * f) does, calling fn(cb, ...) for each token in order. *scale_body and
 * *scale_open receive the value of the whole-text and of the opening n-gram
 * features (1/sqrt of their counts, 0 when none). f is scratch space.
 * Errors: RF_ENOMEM. Used by predict.c (n-gram listings, --explain). */
rf_status rf_model_tokens(const rf_model *m, const char *text, size_t len, rf_fvec *f,
                          rf_model_token_fn fn, void *cb, float *scale_body, float *scale_open);
/* Weight of a word n-gram feature: order 1 (token hash h) or 2 (hashes
 * prev, h: the bigram ending in h), in the whole-text (open = 0) or the
 * opening (open = 1) namespace. */
float rf_model_word_weight(const rf_model *m, int order, uint32_t prev, uint32_t h, int open);
/* Sum of the weights of the character 3-gram features of one word token
 * cps[0..n) (as rf_model_tokens passes it) in the whole-text (open = 0; 0
 * for words of Latin and other scripts below U+0300, which have none there)
 * or the opening (open = 1) namespace. */
float rf_model_word_chars_weight(const rf_model *m, const uint32_t *cps, int n, int open);

#endif
