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
    char id[24];                        /* "lin2-XXXXXXXX" */
    char langs[RF_MODEL_MAX_LANGS * 9]; /* trusted languages, "de en zh" */
};

#define RF_MODEL_LANG_LEN 8 /* bytes of a primary language subtag, at most */

/* FNV-1a 32 of p[0..n) continuing from h (2166136261 to start). */
uint32_t rf_model_fnv1a(const void *p, size_t n, uint32_t h);
/* Recompute m->id from the weights. */
void rf_model_update_id(rf_model *m);
/* bias + sum of weight * value. */
double rf_model_margin(const rf_model *m, const rf_fvec *f);

#endif
