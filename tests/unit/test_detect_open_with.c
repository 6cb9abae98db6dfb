/*
 * test_detect_open_with.c - rf_detector_open_with: a detector on a model
 * that is in memory and was never saved (what `refusal train` scores its dev
 * and test rows with). A response model is borrowed and scores like the same
 * model loaded from a file; a prompt model is refused with RF_EINVAL; the
 * strategies without a model ignore the argument.
 */
#include <stdio.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/model.h"
#include "testhelp.h"

/* A tiny model trained on a few answers written for this test. */
static rf_model *tiny_model(void)
{
    static const struct {
        const char *text;
        int refusal;
    } rows[] = {
        {"I'm sorry, but I can't help with that request.", 1},
        {"I won't provide instructions for this.", 1},
        {"No, I am not able to assist with that.", 1},
        {"Sure, here is a recipe for pancakes: flour, milk, eggs.", 0},
        {"The capital of France is Paris.", 0},
        {"To list files, run ls -la in a terminal.", 0},
    };
    rf_train_opts o;
    rf_trainer *t = NULL;
    rf_model *m = NULL;
    char err[RF_ERR_LEN] = "";
    size_t i;
    rf_train_opts_default(&o);
    o.hash_bits = 12;
    o.lang_min = 1;
    CHECK(rf_trainer_new(&o, &t) == RF_OK);
    if (!t)
        return NULL;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
        CHECK(rf_trainer_add(t, rows[i].text, strlen(rows[i].text), "en", NULL, rows[i].refusal,
                             1.0f) == RF_OK);
    CHECK(rf_trainer_fit(t, &m, err) == RF_OK);
    rf_trainer_free(t);
    return m;
}

static void test_open_with(void)
{
    rf_model *m = tiny_model();
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
    TEST_RUN(test_open_with);
    return TEST_DONE();
}
