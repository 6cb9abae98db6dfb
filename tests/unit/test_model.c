/*
 * test_model.c - the linear model: save/load round trip, corrupt files,
 * feature extraction edge cases, deterministic training, blended languages
 * and version 2 files (session 14), a detector on a model in memory
 * (rf_detector_open_with).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/model.h"
#include "model_int.h"
#include "testhelp.h"

static const char *tmp_path(const char *name)
{
    static char buf[512];
    const char *dir = getenv("RF_BUILDDIR");
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : ".", name);
    return buf;
}

static rf_model *small_model(void)
{
    rf_model *m = NULL;
    size_t i;
    if (rf_model_new(12, &m) != RF_OK)
        return NULL;
    for (i = 0; i < m->n_weights; i++)
        m->w[i] = (float)((int)(i % 17) - 8) / 8.0f;
    m->bias = -0.25f;
    rf_model_set_threshold(m, 0.42);
    snprintf(m->langs, sizeof m->langs, "de en zh");
    CHECK(rf_model_set_blend(m, "fa he", 0.25) == RF_OK);
    rf_model_update_id(m);
    return m;
}

static void test_round_trip(void)
{
    char err[RF_ERR_LEN] = "";
    rf_model *m = small_model(), *m2 = NULL;
    const char *path = tmp_path("test_model_rt.bin");
    CHECK(m != NULL);
    CHECK(rf_model_save(m, path, err) == RF_OK);
    CHECK(rf_model_load(path, &m2, err) == RF_OK);
    CHECK(m2 != NULL);
    if (m2) {
        CHECK(rf_model_hash_bits(m2) == 12);
        CHECK_NEAR(rf_model_threshold(m2), 0.42, 1e-6);
        CHECK(m2->bias == m->bias);
        CHECK(memcmp(m->w, m2->w, m->n_weights * sizeof *m->w) == 0);
        CHECK_STR(rf_model_id(m2), rf_model_id(m));
        CHECK_STR(rf_model_languages(m2), "de en zh");
        CHECK(rf_model_trusts_language(m2, "en"));
        CHECK(rf_model_trusts_language(m2, "EN-us"));
        CHECK(rf_model_trusts_language(m2, "zh_Hans"));
        CHECK(!rf_model_trusts_language(m2, "e"));
        CHECK(!rf_model_trusts_language(m2, "eng"));
        CHECK(!rf_model_trusts_language(m2, "pt"));
        CHECK(!rf_model_trusts_language(m2, NULL));
        CHECK_STR(rf_model_blend_languages(m2, NULL), "fa he");
        CHECK_NEAR(rf_model_blend_share(m2, "he-IL"), 0.25, 1e-6);
        CHECK_NEAR(rf_model_blend_share(m2, "FA"), 0.25, 1e-6);
        CHECK(rf_model_blend_share(m2, "de") == 0); /* trusted, not blended */
        CHECK(rf_model_blend_share(m2, "f") == 0);
        CHECK(rf_model_blend_share(m2, NULL) == 0);
    }
    CHECK(rf_model_set_blend(m, "fa He", 0.5) == RF_EINVAL);
    CHECK(rf_model_set_blend(m, "fa ", 0.5) == RF_EINVAL);
    CHECK(rf_model_set_blend(m, "fa", 1.5) == RF_EINVAL);
    CHECK_STR(rf_model_blend_languages(m, NULL), "fa he"); /* unchanged by a refused set */
    remove(path);
    rf_model_free(m);
    rf_model_free(m2);
}

/* Load bytes b[0..n) and expect RF_EPARSE with text containing want. */
static void expect_corrupt(const unsigned char *b, size_t n, const char *want)
{
    char err[RF_ERR_LEN] = "";
    rf_model *m = NULL;
    CHECK(rf_model_load_mem(b, n, "mem.bin", &m, err) == RF_EPARSE);
    CHECK(m == NULL);
    CHECK(strstr(err, "mem.bin: ") == err);
    if (!strstr(err, want)) {
        fprintf(stderr, "error '%s' lacks '%s'\n", err, want);
        CHECK(0);
    }
}

static void test_corrupt(void)
{
    rf_model *m = small_model();
    unsigned char *b = NULL, *c;
    void *raw = NULL;
    size_t n = 0;
    CHECK(rf_model_serialize(m, &raw, &n) == RF_OK);
    b = raw;
    c = malloc(n);
    expect_corrupt(b, 0, "bad magic");
    expect_corrupt(b, 10, "bad magic");
    expect_corrupt(b, n - 1, "size");
    expect_corrupt(b, n / 2, "size");
    memcpy(c, b, n);
    c[n / 2] ^= 0x40;
    expect_corrupt(c, n, "checksum");
    memcpy(c, b, n);
    c[0] = 'X';
    expect_corrupt(c, n, "magic");
    memcpy(c, b, n);
    c[8] = 9;
    expect_corrupt(c, n, "version");
    memcpy(c, b, n);
    c[12] = 40;
    expect_corrupt(c, n, "hash size");
    memcpy(c, b, n);
    c[21] ^= 1;
    expect_corrupt(c, n, "feature list");
    memcpy(c, b, n);
    c[16] = 0xff;
    c[17] = 0xff;
    expect_corrupt(c, n, "truncated");
    {
        size_t fl = (size_t)b[16] | (size_t)b[17] << 8;
        memcpy(c, b, n);
        c[20 + fl + 4] = 'X'; /* upper case is not a valid tag */
        expect_corrupt(c, n, "language list");
        memcpy(c, b, n);
        c[20 + fl] = 0xf0;
        expect_corrupt(c, n, "language list");
        {
            size_t gl = (size_t)b[20 + fl], at = 24 + fl + gl; /* the blended list */
            memcpy(c, b, n);
            c[at + 4] = 'F';
            expect_corrupt(c, n, "blended-language list");
            memcpy(c, b, n);
            c[at] = 0xf0;
            expect_corrupt(c, n, "blended-language list");
        }
    }
    free(c);
    rf_free(raw);
    rf_model_free(m);
}

/* A version 2 file (before session 14: no blended-language list) still
 * loads, with no language blended and the same weights. */
static void test_version2(void)
{
    char err[RF_ERR_LEN] = "";
    rf_model *m = small_model(), *m2 = NULL;
    void *raw = NULL;
    unsigned char *b, *v2;
    size_t n = 0, fl, gl, at, hl, k;
    uint32_t h = 2166136261U;
    CHECK(m && rf_model_serialize(m, &raw, &n) == RF_OK);
    if (!raw)
        goto out;
    b = raw;
    fl = (size_t)b[16] | (size_t)b[17] << 8;
    gl = (size_t)b[20 + fl];
    at = 24 + fl + gl;
    hl = (size_t)b[at];
    v2 = malloc(n);
    CHECK(v2 != NULL);
    if (!v2)
        goto out;
    memcpy(v2, b, at); /* everything before the blended list ... */
    memcpy(v2 + at, b + at + 8 + hl, n - at - 8 - hl - 4); /* ... and after it */
    v2[8] = 2;
    n -= 8 + hl;
    for (k = 0; k < n - 4; k++)
        h = (h ^ v2[k]) * 16777619U;
    v2[n - 4] = (unsigned char)h;
    v2[n - 3] = (unsigned char)(h >> 8);
    v2[n - 2] = (unsigned char)(h >> 16);
    v2[n - 1] = (unsigned char)(h >> 24);
    CHECK(rf_model_load_mem(v2, n, "v2.bin", &m2, err) == RF_OK);
    if (m2) {
        CHECK_STR(rf_model_languages(m2), "de en zh");
        CHECK_STR(rf_model_blend_languages(m2, NULL), "");
        CHECK(rf_model_blend_share(m2, "fa") == 0);
        CHECK(memcmp(m->w, m2->w, m->n_weights * sizeof *m->w) == 0);
        CHECK(m2->bias == m->bias);
    }
    v2[8] = 1;
    expect_corrupt(v2, n, "version");
    free(v2);
out:
    rf_free(raw);
    rf_model_free(m);
    rf_model_free(m2);
}

static void test_missing_file(void)
{
    char err[RF_ERR_LEN] = "";
    rf_model *m = NULL;
    CHECK(rf_model_load(tmp_path("no/such/model.bin"), &m, err) == RF_EIO);
    CHECK(strstr(err, "model.bin") != NULL);
}

static void test_features(void)
{
    rf_model *m = small_model();
    rf_fvec f = {0};
    rf_rule_feats r = {RF_PAT_DIRECT_REFUSAL, 0, 0.9f, 1, 1, 12, 0, NULL, 0};
    size_t n1;
    double p1, p2;
    static const char bad[] = "I can\xe2\x80\x99t \xff\xfe help \xc3 with that.\n- one\n```x```";
    CHECK(rf_model_features(m, "", 0, NULL, 1, &f) == RF_OK);
    CHECK(f.n_tokens == 0);
    CHECK(rf_model_features(m, bad, sizeof bad - 1, &r, 1, &f) == RF_OK);
    CHECK(f.n_tokens >= 5);
    n1 = f.n;
    p1 = rf_model_prob(m, &f);
    CHECK(rf_model_features(m, bad, sizeof bad - 1, &r, 1, &f) == RF_OK);
    CHECK(f.n == n1);
    p2 = rf_model_prob(m, &f);
    CHECK(p1 == p2);
    CHECK(p1 > 0 && p1 < 1);
    /* without n-grams only the fixed features remain */
    CHECK(rf_model_features(m, bad, sizeof bad - 1, &r, 0, &f) == RF_OK);
    CHECK(f.n < n1 && f.n > 0);
    /* CJK characters are tokens of their own */
    CHECK(rf_model_features(m, "\xe6\x88\x91\xe4\xb8\x8d\xe8\x83\xbd", 9, NULL, 1, &f) == RF_OK);
    CHECK(f.n_tokens == 3);
    rf_fvec_free(&f);
    rf_model_free(m);
}

/* A speaker label opening the text is left out of the n-grams. */
static void test_speaker_label(void)
{
    rf_model *m = small_model();
    rf_fvec f = {0};
    static const char *const labelled[] = {"[GPT]: I'm sorry, but I can't help with that.",
                                           "(Classic) I'm sorry, but I can't help with that.",
                                           "ChatGPT: I'm sorry, but I can't help with that."};
    static const char plain[] = "I'm sorry, but I can't help with that.";
    double p0, p;
    size_t i, n0;
    CHECK(rf_model_features(m, plain, sizeof plain - 1, NULL, 1, &f) == RF_OK);
    n0 = f.n;
    p0 = rf_model_prob(m, &f);
    for (i = 0; i < sizeof labelled / sizeof *labelled; i++) {
        CHECK(rf_model_features(m, labelled[i], strlen(labelled[i]), NULL, 1, &f) == RF_OK);
        CHECK(f.n == n0);
        p = rf_model_prob(m, &f);
        CHECK(p == p0);
    }
    /* not labels: a sentence with a colon later, an unclosed bracket, "x:y" */
    CHECK(rf_model_features(m, "Note that the answer is: no.", 28, NULL, 1, &f) == RF_OK);
    CHECK(f.n_tokens == 6);
    CHECK(rf_model_features(m, "[unclosed bracket text", 22, NULL, 1, &f) == RF_OK);
    CHECK(f.n_tokens == 3);
    CHECK(rf_model_features(m, "ratio:3 is fine", 15, NULL, 1, &f) == RF_OK);
    CHECK(f.n_tokens == 4);
    CHECK(rf_model_features(m, "]", 1, NULL, 1, &f) == RF_OK);
    CHECK(rf_model_features(m, "[", 1, NULL, 1, &f) == RF_OK);
    CHECK(rf_model_features(m, "a:", 2, NULL, 1, &f) == RF_OK);
    rf_fvec_free(&f);
    rf_model_free(m);
}

static void test_split(void)
{
    int i, counts[3] = {0, 0, 0};
    char g[32];
    for (i = 0; i < 2000; i++) {
        snprintf(g, sizeof g, "group:%d", i);
        counts[rf_model_split(g, 70, 15)]++;
        CHECK(rf_model_split(g, 70, 15) == rf_model_split(g, 70, 15));
    }
    CHECK(counts[0] > 1250 && counts[0] < 1550);
    CHECK(counts[1] > 200 && counts[2] > 200);
    CHECK(rf_model_split("x", 100, 0) == 0);
}

static const char *const refusals[] = {
    "I'm sorry, but I can't help with that request.",
    "I cannot assist with creating harmful content.",
    "Sorry, I won't provide instructions for that.",
    "I must decline: this could hurt people.",
};
static const char *const answers[] = {
    "Sure! Here is a simple recipe for bread: mix flour, water and yeast.",
    "The capital of France is Paris, a city on the Seine.",
    "Here are three tips: sleep well, drink water, and walk daily.",
    "To sort a list in Python, call sorted(items) or items.sort().",
};

static rf_model *train_toy(uint64_t seed, int bag)
{
    rf_train_opts o;
    rf_trainer *t = NULL;
    rf_model *m = NULL;
    char err[RF_ERR_LEN] = "";
    int i;
    rf_train_opts_default(&o);
    o.hash_bits = 14;
    o.epochs = 20;
    o.seed = seed;
    o.lang_min = 4;
    o.bag = bag;
    if (rf_trainer_new(&o, &t) != RF_OK)
        return NULL;
    for (i = 0; i < 4; i++) {
        CHECK(rf_trainer_add(t, refusals[i], strlen(refusals[i]), "en", NULL, 1, 1.0f) == RF_OK);
        CHECK(rf_trainer_add(t, answers[i], strlen(answers[i]), "en-GB", NULL, 0, 1.0f) == RF_OK);
    }
    CHECK(rf_trainer_count(t) == 8);
    CHECK(rf_trainer_fit(t, &m, err) == RF_OK);
    if (m)
        CHECK_STR(rf_model_languages(m), "en"); /* lang_min 4: en and en-GB count together */
    rf_trainer_free(t);
    return m;
}

static void test_train(void)
{
    rf_model *m = train_toy(7, 4), *m2 = train_toy(7, 4), *m1 = train_toy(7, 1);
    rf_fvec f = {0};
    rf_trainer *t = NULL;
    rf_train_opts o;
    char err[RF_ERR_LEN] = "";
    int i;
    CHECK(m && m2 && m1);
    if (!m || !m2 || !m1)
        goto out;
    CHECK_STR(rf_model_id(m), rf_model_id(m2));          /* deterministic */
    CHECK(strcmp(rf_model_id(m), rf_model_id(m1)) != 0); /* bag 4 averages other runs in */
    for (i = 0; i < 4; i++) {
        CHECK(rf_model_features(m, refusals[i], strlen(refusals[i]), NULL, 1, &f) == RF_OK);
        CHECK(rf_model_prob(m, &f) > 0.5);
        CHECK(rf_model_features(m, answers[i], strlen(answers[i]), NULL, 1, &f) == RF_OK);
        CHECK(rf_model_prob(m, &f) < 0.5);
    }
    rf_train_opts_default(&o);
    CHECK(rf_trainer_new(&o, &t) == RF_OK);
    {
        rf_model *none = NULL;
        CHECK(rf_trainer_fit(t, &none, err) == RF_EINVAL);
        CHECK(none == NULL);
    }
    rf_trainer_free(t);
    o.bag = 0;
    CHECK(rf_trainer_new(&o, &t) == RF_EINVAL);
    o.bag = RF_TRAIN_MAX_BAG + 1;
    CHECK(rf_trainer_new(&o, &t) == RF_EINVAL);
    o.bag = 1;
    o.hash_bits = 99;
    CHECK(rf_trainer_new(&o, &t) == RF_EINVAL);
out:
    rf_fvec_free(&f);
    rf_model_free(m);
    rf_model_free(m2);
    rf_model_free(m1);
}

static const char *const nl_refusals[] = {
    "Het spijt me, maar daar kan ik je niet mee helpen.",
    "Nee, dat ga ik niet doen: het is gevaarlijk en illegaal.",
};
static const char *const nl_answers[] = {
    "Natuurlijk! Hier is een recept voor appeltaart met kaneel.",
    "De hoofdstad van Nederland is Amsterdam, de regering zit in Den Haag.",
};

/* Blended languages (session 14): rows without a language count for the
 * language their text looks like; a language with blend_min rows of each
 * label there, and not trusted, is blended at blend_share. English rows
 * without a language do not blend English, which is trusted. The blended
 * probability's margin lies between the rules-only and the full one, at
 * the share. */
static void test_train_blend(void)
{
    rf_train_opts o;
    rf_trainer *t = NULL;
    rf_model *m = NULL;
    rf_fvec f = {0};
    rf_rule_feats r = {RF_PAT_DIRECT_REFUSAL, 0, 0.9f, 1, 1, 12, 0, NULL, 0};
    char err[RF_ERR_LEN] = "";
    double p_all, p_rules, p_half, p0, p1;
    int i;
    rf_train_opts_default(&o);
    o.hash_bits = 14;
    o.lang_min = 4;
    o.blend_min = 2;
    o.blend_share = 0.4;
    CHECK(rf_trainer_new(&o, &t) == RF_OK);
    for (i = 0; i < 4; i++) {
        CHECK(rf_trainer_add(t, refusals[i], strlen(refusals[i]), "en", NULL, 1, 1.0f) == RF_OK);
        CHECK(rf_trainer_add(t, answers[i], strlen(answers[i]), "und", NULL, 0, 1.0f) == RF_OK);
        CHECK(rf_trainer_add(t, answers[i], strlen(answers[i]), "en", NULL, 0, 1.0f) == RF_OK);
    }
    for (i = 0; i < 2; i++) {
        CHECK(rf_trainer_add(t, nl_refusals[i], strlen(nl_refusals[i]), NULL, NULL, 1, 1.0f) ==
              RF_OK);
        CHECK(rf_trainer_add(t, nl_answers[i], strlen(nl_answers[i]), "", NULL, 0, 1.0f) == RF_OK);
    }
    CHECK(rf_trainer_fit(t, &m, err) == RF_OK);
    rf_trainer_free(t);
    if (!m)
        return;
    CHECK_STR(rf_model_languages(m), "en");
    CHECK_STR(rf_model_blend_languages(m, NULL), "nl");
    CHECK_NEAR(rf_model_blend_share(m, "nl"), 0.4, 1e-6);
    CHECK(rf_model_blend_share(m, "en") == 0);
    CHECK(rf_model_features(m, nl_refusals[0], strlen(nl_refusals[0]), &r, 1, &f) == RF_OK);
    p_all = rf_model_prob(m, &f);
    CHECK(rf_model_features(m, nl_refusals[0], strlen(nl_refusals[0]), &r, 0, &f) == RF_OK);
    p_rules = rf_model_prob(m, &f);
    CHECK(rf_model_blend_prob(m, nl_refusals[0], strlen(nl_refusals[0]), &r, 0.4, &f, &p_half) ==
          RF_OK);
    CHECK(rf_model_blend_prob(m, nl_refusals[0], strlen(nl_refusals[0]), &r, 0, &f, &p0) == RF_OK);
    CHECK(rf_model_blend_prob(m, nl_refusals[0], strlen(nl_refusals[0]), &r, 1, &f, &p1) == RF_OK);
    CHECK(p_all != p_rules);
    CHECK_NEAR(p0, p_rules, 1e-9);
    CHECK_NEAR(p1, p_all, 1e-9);
    {
        double l_all = log(p_all / (1 - p_all)), l_rules = log(p_rules / (1 - p_rules));
        CHECK_NEAR(log(p_half / (1 - p_half)), l_rules + 0.4 * (l_all - l_rules), 1e-6);
    }
    rf_model_free(m);
    /* blend_min 0: none blended; out-of-range options are refused */
    o.blend_min = 0;
    CHECK(rf_trainer_new(&o, &t) == RF_OK);
    for (i = 0; i < 2; i++) {
        CHECK(rf_trainer_add(t, nl_refusals[i], strlen(nl_refusals[i]), NULL, NULL, 1, 1.0f) ==
              RF_OK);
        CHECK(rf_trainer_add(t, nl_answers[i], strlen(nl_answers[i]), NULL, NULL, 0, 1.0f) ==
              RF_OK);
    }
    m = NULL;
    CHECK(rf_trainer_fit(t, &m, err) == RF_OK);
    if (m)
        CHECK_STR(rf_model_blend_languages(m, NULL), "");
    rf_model_free(m);
    rf_trainer_free(t);
    o.blend_min = -1;
    CHECK(rf_trainer_new(&o, &t) == RF_EINVAL);
    o.blend_min = 2;
    o.blend_share = 1.5;
    CHECK(rf_trainer_new(&o, &t) == RF_EINVAL);
    rf_fvec_free(&f);
}

/* rf_detector_open_with: a detector on a model that is in memory and was
 * never saved (what `refusal train` scores its dev and test rows with). A
 * response model is borrowed and named in the detector's version; a prompt
 * model is refused with RF_EINVAL; the strategies without a model ignore
 * the argument; an unknown name is refused. */
static void test_open_with(void)
{
    rf_model *m = train_toy(1, 1);
    rf_detector *d = NULL;
    rf_detection r;
    char err[RF_ERR_LEN] = "";
    const char *text = "I'm sorry, but I can't help with that.";
    if (!m)
        return;
    /* a response model: borrowed, and the detector's version names it */
    CHECK(rf_detector_open_with("linear", m, &d, err) == RF_OK);
    CHECK(d != NULL);
    if (d) {
        char want[64];
        snprintf(want, sizeof want, "linear-1+%s", rf_model_id(m));
        CHECK_STR(rf_detector_version(d), want);
        memset(&r, 0, sizeof r);
        CHECK(rf_detector_classify(d, text, strlen(text), NULL, "en", &r, NULL) == RF_OK);
        CHECK(r.score >= 0 && r.score <= 1);
        rf_detector_close(d); /* must not free the borrowed model */
    }
    CHECK(rf_model_id(m)[0] != '\0'); /* still alive */
    /* a prompt model is not a detector's model */
    rf_model_set_input(m, RF_MODEL_PROMPTS);
    d = NULL;
    CHECK(rf_detector_open_with("auto", m, &d, err) == RF_EINVAL);
    CHECK(d == NULL);
    CHECK(strstr(err, "prompt model") != NULL);
    /* strategies without a model ignore it, whatever its kind */
    err[0] = '\0';
    CHECK(rf_detector_open_with("strmatch", m, &d, err) == RF_OK);
    rf_detector_close(d);
    CHECK(rf_detector_open_with("patterns", m, &d, err) == RF_OK);
    rf_detector_close(d);
    /* an unknown name is refused before the model is looked at */
    d = NULL;
    CHECK(rf_detector_open_with("nosuch", m, &d, err) == RF_EINVAL);
    CHECK(d == NULL);
    rf_model_free(m);
}

int main(void)
{
    TEST_RUN(test_round_trip);
    TEST_RUN(test_corrupt);
    TEST_RUN(test_version2);
    TEST_RUN(test_missing_file);
    TEST_RUN(test_features);
    TEST_RUN(test_speaker_label);
    TEST_RUN(test_split);
    TEST_RUN(test_train);
    TEST_RUN(test_train_blend);
    TEST_RUN(test_open_with);
    return TEST_DONE();
}
