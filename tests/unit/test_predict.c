/*
 * test_predict.c - prompt refusal models (predict.h): training on a
 * synthetic set where prompts with certain words are refused, predictions,
 * the n-gram listing, --explain output, save/load, the line format, item
 * text, and errors (no prompts, one class). All prompts written for this
 * test.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/predict.h"
#include "testhelp.h"

static const char *tmp_path(const char *name)
{
    static char buf[512];
    const char *dir = getenv("RF_BUILDDIR");
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : ".", name);
    return buf;
}

/* Frames filled with a "trigger" word (refused) or a plain one (answered). */
static const char *const frames[] = {
    "Please tell me how to %s at the weekend.", "Write a poem about the way people %s.",
    "What tools do I need to %s properly?", "My brother asked me to %s with him today.",
    "Is it hard to learn to %s when you are older?"};
static const char *const triggers[] = {"smuggle", "burgle", "sabotage", "counterfeit"};
static const char *const plain[] = {"garden", "whistle", "sketch", "canoe"};

#define N_FRAMES (sizeof frames / sizeof frames[0])
#define N_WORDS 4

static void fill(char *buf, size_t cap, size_t f, const char *w)
{
    snprintf(buf, cap, frames[f], w);
}

static rf_predict_trainer *toy_trainer(void)
{
    rf_train_opts o;
    rf_predict_trainer *t = NULL;
    char buf[256];
    size_t f, k;
    rf_predict_opts_default(&o);
    o.hash_bits = 14;
    o.epochs = 10;
    if (rf_predict_trainer_new(&o, &t) != RF_OK)
        return NULL;
    for (f = 0; f < N_FRAMES; f++)
        for (k = 0; k < N_WORDS; k++) {
            fill(buf, sizeof buf, f, triggers[k]);
            CHECK(rf_predict_trainer_add(t, buf, strlen(buf), 1) == RF_OK);
            fill(buf, sizeof buf, f, plain[k]);
            CHECK(rf_predict_trainer_add(t, buf, strlen(buf), 0) == RF_OK);
        }
    return t;
}

static double prob_of(const rf_model *m, const char *s)
{
    rf_fvec f = {0};
    double p = -1;
    CHECK(rf_predict_prob(m, s, strlen(s), &f, &p) == RF_OK);
    rf_fvec_free(&f);
    return p;
}

static void test_opts(void)
{
    rf_train_opts o;
    rf_predict_opts_default(&o);
    CHECK(o.ngram_dropout == 0);
    CHECK(o.epochs >= 1);
    o.hash_bits = 99;
    {
        rf_predict_trainer *t = NULL;
        CHECK(rf_predict_trainer_new(&o, &t) == RF_EINVAL);
        CHECK(t == NULL);
    }
    rf_predict_trainer_free(NULL);
    rf_predict_ngrams_free(NULL, 0);
}

static void test_train_predict(void)
{
    rf_predict_trainer *t = toy_trainer();
    rf_model *m = NULL;
    char err[RF_ERR_LEN] = "";
    CHECK(t != NULL);
    if (!t)
        return;
    CHECK(rf_predict_trainer_count(t, 1) == N_FRAMES * N_WORDS);
    CHECK(rf_predict_trainer_count(t, 0) == N_FRAMES * N_WORDS);
    CHECK(rf_predict_trainer_fit(t, &m, err) == RF_OK);
    if (m) {
        /* unseen frames: the word decides */
        double p1 = prob_of(m, "Could a beginner smuggle without help?");
        double p2 = prob_of(m, "Could a beginner whistle without help?");
        double p3 = prob_of(m, "I want to counterfeit and burgle.");
        CHECK(p1 > 0.5);
        CHECK(p2 < 0.5);
        CHECK(p3 > 0.8);
        CHECK(p1 > p2);
        CHECK(rf_predict_is_refusal(m, p1));
        CHECK(!rf_predict_is_refusal(m, p2));
        CHECK(prob_of(m, "") >= 0 && prob_of(m, "") <= 1);
        CHECK(prob_of(m, "\xff\xfe bad \xc3") >= 0);
    }
    rf_model_free(m);
    rf_predict_trainer_free(t);
}

static int in_list(const char *w, const char *const *list)
{
    int i;
    for (i = 0; i < N_WORDS; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

static void test_ngrams(void)
{
    rf_predict_trainer *t = toy_trainer();
    rf_model *m = NULL;
    rf_ngram *g = NULL, *g2 = NULL;
    size_t n = 0, n2 = 0, i;
    char err[RF_ERR_LEN] = "";
    int top_trig = 0, bottom_plain = 0;
    if (!t || rf_predict_trainer_fit(t, &m, err) != RF_OK) {
        CHECK(0);
        goto out;
    }
    CHECK(rf_predict_trainer_ngrams(t, m, 2, &g, &n) == RF_OK);
    CHECK(n > 20);
    if (n < 8)
        goto out;
    for (i = 0; i < 4; i++) {
        top_trig += in_list(g[i].text, triggers);
        bottom_plain += in_list(g[n - 1 - i].text, plain);
    }
    CHECK(top_trig == 4);     /* the four triggers lead */
    CHECK(bottom_plain == 4); /* the four plain words close */
    CHECK(g[0].weight > 0 && g[n - 1].weight < 0);
    for (i = 0; i + 1 < n; i++)
        CHECK(g[i].weight >= g[i + 1].weight);
    for (i = 0; i < n; i++) {
        CHECK(g[i].count >= 2);
        CHECK(g[i].count_refusal <= g[i].count);
        if (strcmp(g[i].text, "smuggle") == 0)
            CHECK(g[i].count == N_FRAMES && g[i].count_refusal == N_FRAMES);
        if (strcmp(g[i].text, "garden") == 0)
            CHECK(g[i].count == N_FRAMES && g[i].count_refusal == 0);
    }
    /* bigrams are listed ("to smuggle" occurs in 3 frames) */
    for (i = 0; i < n && strcmp(g[i].text, "to smuggle") != 0; i++)
        ;
    CHECK(i < n);
    /* deterministic */
    CHECK(rf_predict_trainer_ngrams(t, m, 2, &g2, &n2) == RF_OK);
    CHECK(n2 == n);
    for (i = 0; i < n && i < n2; i++) {
        CHECK_STR(g[i].text, g2[i].text);
        CHECK(g[i].weight == g2[i].weight);
    }
    rf_predict_ngrams_free(g2, n2);
    g2 = NULL;
    /* min_count above every count: nothing */
    CHECK(rf_predict_trainer_ngrams(t, m, 1000, &g2, &n2) == RF_OK);
    CHECK(n2 == 0 && g2 == NULL);
out:
    rf_predict_ngrams_free(g, n);
    rf_predict_ngrams_free(g2, n2);
    rf_model_free(m);
    rf_predict_trainer_free(t);
}

static void test_explain(void)
{
    rf_predict_trainer *t = toy_trainer();
    rf_model *m = NULL;
    rf_fvec f = {0};
    rf_buf b;
    char err[RF_ERR_LEN] = "";
    const char *s = "Tell me why people sabotage gardens.";
    json_t *j = NULL, *pos;
    rf_buf_init(&b, 1 << 20);
    if (!t || rf_predict_trainer_fit(t, &m, err) != RF_OK) {
        CHECK(0);
        goto out;
    }
    CHECK(rf_predict_explain(m, s, strlen(s), &f, &b) == RF_OK);
    j = json_loads(rf_buf_ptr(&b), 0, NULL);
    CHECK(json_is_object(j));
    pos = json_object_get(j, "refusal_ngrams");
    CHECK(json_is_array(pos) && json_array_size(pos) > 0);
    if (json_array_size(pos) > 0)
        CHECK_STR(json_string_value(json_array_get(json_array_get(pos, 0), 0)), "sabotage");
    CHECK(json_is_array(json_object_get(j, "compliance_ngrams")));
    CHECK(json_array_size(json_object_get(j, "compliance_ngrams")) <= RF_PREDICT_EXPLAIN_TOP);
    {
        /* the margin is the model's */
        double p = prob_of(m, s), z = json_real_value(json_object_get(j, "margin"));
        CHECK_NEAR(1.0 / (1.0 + exp(-z)), p, 1e-3);
    }
    json_decref(j);
    /* empty and invalid text */
    rf_buf_reset(&b);
    CHECK(rf_predict_explain(m, "", 0, &f, &b) == RF_OK);
    j = json_loads(rf_buf_ptr(&b), 0, NULL);
    CHECK(json_is_object(j));
    json_decref(j);
    rf_buf_reset(&b);
    CHECK(rf_predict_explain(m, "\"q\" \\ \xff", 7, &f, &b) == RF_OK);
    j = json_loads(rf_buf_ptr(&b), 0, NULL);
    CHECK(json_is_object(j));
out:
    json_decref(j);
    rf_buf_free(&b);
    rf_fvec_free(&f);
    rf_model_free(m);
    rf_predict_trainer_free(t);
}

static void test_save_load(void)
{
    rf_predict_trainer *t = toy_trainer();
    rf_model *m = NULL, *m2 = NULL;
    char err[RF_ERR_LEN] = "";
    const char *path = tmp_path("test_predict_rt.bin");
    if (!t || rf_predict_trainer_fit(t, &m, err) != RF_OK) {
        CHECK(0);
        goto out;
    }
    rf_model_set_threshold(m, 0.42);
    CHECK(rf_model_save(m, path, err) == RF_OK);
    CHECK(rf_model_load(path, &m2, err) == RF_OK);
    if (m2) {
        CHECK_STR(rf_model_id(m), rf_model_id(m2));
        CHECK(rf_model_input(m) == RF_MODEL_PROMPTS);
        CHECK(rf_model_input(m2) == RF_MODEL_PROMPTS); /* the kind survives the file */
        CHECK_NEAR(rf_model_threshold(m2), 0.42, 1e-6);
        CHECK_NEAR(prob_of(m, "Could a beginner smuggle?"),
                   prob_of(m2, "Could a beginner smuggle?"), 1e-12);
    }
    remove(path);
out:
    rf_model_free(m);
    rf_model_free(m2);
    rf_predict_trainer_free(t);
}

static void test_errors(void)
{
    rf_train_opts o;
    rf_predict_trainer *t = NULL;
    rf_model *m = NULL;
    char err[RF_ERR_LEN] = "";
    rf_predict_opts_default(&o);
    o.hash_bits = 12;
    CHECK(rf_predict_trainer_new(&o, &t) == RF_OK);
    if (!t)
        return;
    CHECK(rf_predict_trainer_fit(t, &m, err) == RF_EINVAL);
    CHECK(m == NULL);
    CHECK(strstr(err, "no training prompts") != NULL);
    CHECK(rf_predict_trainer_add(t, "refused one", 11, 1) == RF_OK);
    CHECK(rf_predict_trainer_add(t, "refused two", 11, 1) == RF_OK);
    err[0] = '\0';
    CHECK(rf_predict_trainer_fit(t, &m, err) == RF_EINVAL);
    CHECK(m == NULL);
    CHECK(strstr(err, "all 2 training prompts are labelled refused") != NULL);
    CHECK(rf_predict_trainer_add(t, "answered", 8, 0) == RF_OK);
    CHECK(rf_predict_trainer_fit(t, &m, err) == RF_OK);
    CHECK(m != NULL);
    rf_model_free(m);
    rf_predict_trainer_free(t);
}

static void test_lines(void)
{
    rf_predict_trainer *t = toy_trainer();
    rf_model *m = NULL;
    rf_fvec f = {0};
    rf_buf out;
    char err[RF_ERR_LEN];
    rf_predict_line_opts lo = {NULL, 0, 0};
    const char *in1 = "{\"id\":7,\"prompt\":\"How do people smuggle?\",\"x\":[1]}\n";
    json_t *j;
    rf_buf_init(&out, 1 << 20);
    if (!t || rf_predict_trainer_fit(t, &m, err) != RF_OK) {
        CHECK(0);
        goto out;
    }
    CHECK(rf_predict_line(m, &lo, in1, strlen(in1), &f, &out, err) == RF_OK);
    CHECK(strncmp(rf_buf_ptr(&out), in1, strlen(in1) - 2) == 0); /* input bytes kept */
    CHECK(strstr(rf_buf_ptr(&out), "\"predicted\":\"refusal\"}\n") != NULL);
    j = json_loads(rf_buf_ptr(&out), 0, NULL);
    CHECK(json_is_object(j) && json_object_size(j) == 5);
    json_decref(j);
    /* our keys in the input: rebuilt, new values */
    {
        const char *in2 = "{\"predicted\":1,\"prompt\":\"whistle\"}";
        CHECK(rf_predict_line(m, &lo, in2, strlen(in2), &f, &out, err) == RF_OK);
    }
    j = json_loads(rf_buf_ptr(&out), 0, NULL);
    CHECK_STR(json_string_value(json_object_get(j, "predicted")), "compliance");
    CHECK(json_object_size(j) == 3);
    json_decref(j);
    /* blank line: nothing */
    CHECK(rf_predict_line(m, &lo, "  \r\n", 4, &f, &out, err) == RF_OK);
    CHECK(rf_buf_len(&out) == 0);
    /* bad lines */
    CHECK(rf_predict_line(m, &lo, "nope", 4, &f, &out, err) == RF_EPARSE);
    err[0] = '\0';
    CHECK(rf_predict_line(m, &lo, "[1]", 3, &f, &out, err) == RF_EPARSE);
    CHECK_STR(err, "not a JSON object");
    err[0] = '\0';
    CHECK(rf_predict_line(m, &lo, "{\"prompt\":1}", 12, &f, &out, err) == RF_EPARSE);
    CHECK_STR(err, "no string \"prompt\" key");
    CHECK(rf_predict_line(m, &lo, "{\"a\":1,\"a\":2}", 13, &f, &out, err) == RF_EPARSE);
    /* --field and text mode */
    lo.field = "q";
    CHECK(rf_predict_line(m, &lo, "{\"q\":\"canoe\"}", 13, &f, &out, err) == RF_OK);
    lo.text = 1;
    lo.explain = 1;
    CHECK(rf_predict_line(m, &lo, "a \"b\"\t\xff\n", 8, &f, &out, err) == RF_OK);
    j = json_loads(rf_buf_ptr(&out), 0, NULL);
    CHECK(json_is_object(json_object_get(j, "explain")));
    CHECK_STR(json_string_value(json_object_get(j, "q")), "a \"b\"\t\xef\xbf\xbd");
    json_decref(j);
out:
    rf_buf_free(&out);
    rf_fvec_free(&f);
    rf_model_free(m);
    rf_predict_trainer_free(t);
}

static void test_item_text(void)
{
    rf_item *it = NULL;
    rf_buf b;
    char err[RF_ERR_LEN] = "";
    const char *conv = "{\"id\":\"c\",\"messages\":[{\"role\":\"system\",\"content\":\"sys\"},"
                       "{\"role\":\"user\",\"content\":\"first\"},"
                       "{\"role\":\"assistant\",\"content\":\"reply\"},"
                       "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"second\"},"
                       "{\"type\":\"image_url\",\"image_url\":{\"url\":\"x.png\"}}]}]}";
    rf_buf_init(&b, 1 << 16);
    {
        const char *one = "{\"id\":\"p\",\"prompt\":\"hello there\"}";
        CHECK(rf_item_from_json(one, strlen(one), &it, err) == RF_OK);
    }
    if (it)
        CHECK(rf_item_user_text(it, &b) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "hello there");
    rf_item_free(it);
    it = NULL;
    rf_buf_reset(&b);
    CHECK(rf_item_from_json(conv, strlen(conv), &it, err) == RF_OK);
    if (it)
        CHECK(rf_item_user_text(it, &b) == RF_OK);
    CHECK_STR(rf_buf_ptr(&b), "first\nsecond");
    rf_item_free(it);
    rf_buf_free(&b);
}

int main(void)
{
    TEST_RUN(test_opts);
    TEST_RUN(test_train_predict);
    TEST_RUN(test_ngrams);
    TEST_RUN(test_explain);
    TEST_RUN(test_save_load);
    TEST_RUN(test_errors);
    TEST_RUN(test_lines);
    TEST_RUN(test_item_text);
    return TEST_DONE();
}
