/*
 * test_model_order.c - rf_train_opts.content_order (session 10, branch
 * s10-drift): each epoch's order and n-gram dropout are drawn from a hash
 * of every example's text and label, so the model does not depend on the
 * order the examples were added in. Without it (the library default, `refusal train --order
 * position`) the seeded Fisher-Yates shuffle of positions is kept, and
 * the order examples were added in matters.
 */
#include <string.h>

#include "refusal/model.h"
#include "testhelp.h"

/* Answers written for this test. */
static const char *const texts[] = {
    "I'm sorry, but I can't help with that request.",
    "I cannot provide instructions for that.",
    "No, I won't write that. It could hurt someone.",
    "As an AI, I must decline to answer this question.",
    "The capital of France is Paris, a city on the Seine.",
    "Here are three tips: sleep well, drink water, and walk daily.",
    "To sort a list in Python, call sorted(items) or items.sort().",
    "Step 1: preheat the oven. Step 2: bake for twenty minutes.",
};
static const int labels[] = {1, 1, 1, 1, 0, 0, 0, 0};
#define N_TEXTS 8

/* Train on texts in the order perm[0..n) (n <= N_TEXTS); NULL on error. */
static rf_model *train_perm(const int *perm, int n, int content_order, uint64_t seed)
{
    rf_train_opts o;
    rf_trainer *t = NULL;
    rf_model *m = NULL;
    char err[RF_ERR_LEN] = "";
    int i;
    rf_train_opts_default(&o);
    o.hash_bits = 14;
    o.epochs = 8;
    o.bag = 2;
    o.seed = seed;
    o.lang_min = 1;
    o.content_order = content_order;
    if (rf_trainer_new(&o, &t) != RF_OK)
        return NULL;
    for (i = 0; i < n; i++) {
        const char *s = texts[perm[i]];
        CHECK(rf_trainer_add(t, s, strlen(s), "en", NULL, labels[perm[i]], 1.0f) == RF_OK);
    }
    CHECK(rf_trainer_fit(t, &m, err) == RF_OK);
    rf_trainer_free(t);
    return m;
}

static double prob(const rf_model *m, const char *s)
{
    rf_fvec f = {0};
    double p = -1;
    if (rf_model_features(m, s, strlen(s), NULL, 1, &f) == RF_OK)
        p = rf_model_prob(m, &f);
    rf_fvec_free(&f);
    return p;
}

static void test_default_off(void)
{
    rf_train_opts o;
    rf_train_opts_default(&o);
    CHECK(o.content_order == 0);
}

/* The same examples in another order: the same weights with content_order,
 * other weights without it. */
static void test_order_free(void)
{
    static const int fwd[] = {0, 1, 2, 3, 4, 5, 6, 7}, rev[] = {7, 6, 5, 4, 3, 2, 1, 0};
    static const int mix[] = {4, 0, 5, 1, 6, 2, 7, 3};
    rf_model *a = train_perm(fwd, N_TEXTS, 1, 1), *b = train_perm(rev, N_TEXTS, 1, 1);
    rf_model *c = train_perm(mix, N_TEXTS, 1, 1), *p = train_perm(fwd, N_TEXTS, 0, 1);
    rf_model *q = train_perm(rev, N_TEXTS, 0, 1), *s2 = train_perm(fwd, N_TEXTS, 1, 2);
    int i;
    CHECK(a && b && c && p && q && s2);
    if (a && b && c && p && q && s2) {
        CHECK_STR(rf_model_id(a), rf_model_id(b));
        CHECK_STR(rf_model_id(a), rf_model_id(c));
        CHECK(strcmp(rf_model_id(p), rf_model_id(q)) != 0); /* positions matter */
        CHECK(strcmp(rf_model_id(a), rf_model_id(p)) != 0);
        CHECK(strcmp(rf_model_id(a), rf_model_id(s2)) != 0); /* the seed still matters */
        for (i = 0; i < N_TEXTS; i++) {
            double pa = prob(a, texts[i]);
            CHECK(labels[i] ? pa > 0.5 : pa < 0.5); /* and it learns */
        }
    }
    rf_model_free(a);
    rf_model_free(b);
    rf_model_free(c);
    rf_model_free(p);
    rf_model_free(q);
    rf_model_free(s2);
}

int main(void)
{
    TEST_RUN(test_default_off);
    TEST_RUN(test_order_free);
    return TEST_DONE();
}
