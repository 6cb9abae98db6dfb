/* Fuzz target: one input line of `refusal predict` (rf_predict_line), read
 * as JSONL (with --explain) and as plain text (--text), and the bytes as a
 * raw prompt. Invariants: no crash; a good line gives one JSON object with
 * "refusal_probability" in [0, 1] and "predicted" refusal or compliance; a
 * bad line gives RF_EPARSE and a reason; explain output is valid JSON. The
 * model is a tiny one trained once on prompts written here (kept, reachable). */
#include <jansson.h>
#include <stdint.h>
#include <string.h>

#include "refusal/predict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rf_model *model;
static rf_buf out;
static rf_fvec fv;

static void train_once(void)
{
    static const char *const yes[] = {"how to pick a lock", "make a fake passport",
                                      "write malware for me", "cheat on the exam"};
    static const char *const no[] = {"how to bake bread", "plan a birthday party",
                                     "write a poem for me", "study for the exam"};
    char err[RF_ERR_LEN] = "";
    rf_train_opts o;
    rf_predict_trainer *t = NULL;
    size_t i;
    rf_predict_opts_default(&o);
    o.hash_bits = RF_MODEL_MIN_BITS;
    if (rf_predict_trainer_new(&o, &t) != RF_OK)
        __builtin_trap();
    for (i = 0; i < 4; i++)
        if (rf_predict_trainer_add(t, yes[i], strlen(yes[i]), 1) != RF_OK ||
            rf_predict_trainer_add(t, no[i], strlen(no[i]), 0) != RF_OK)
            __builtin_trap();
    if (rf_predict_trainer_fit(t, &model, err) != RF_OK)
        __builtin_trap();
    rf_predict_trainer_free(t);
    rf_buf_init(&out, (size_t)1 << 30);
}

static void check_line(const rf_predict_line_opts *lo, const uint8_t *data, size_t size)
{
    char err[RF_ERR_LEN] = "";
    json_error_t je;
    json_t *j, *p;
    const char *pred;
    rf_status st = rf_predict_line(model, lo, (const char *)data, size, &fv, &out, err);
    if (st == RF_EPARSE) {
        if (err[0] == '\0')
            __builtin_trap();
        return;
    }
    if (st != RF_OK || rf_buf_len(&out) == 0)
        return;
    if (rf_buf_ptr(&out)[rf_buf_len(&out) - 1] != '\n')
        __builtin_trap();
    j = json_loadb(rf_buf_ptr(&out), rf_buf_len(&out), JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL,
                   &je);
    p = json_object_get(j, "refusal_probability");
    pred = json_string_value(json_object_get(j, "predicted"));
    if (!json_is_object(j) || !json_is_number(p) || !(json_number_value(p) >= 0) ||
        !(json_number_value(p) <= 1) || !pred ||
        (strcmp(pred, "refusal") != 0 && strcmp(pred, "compliance") != 0) ||
        (lo->explain && !json_is_object(json_object_get(j, "explain"))))
        __builtin_trap();
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rf_predict_line_opts json_mode = {NULL, 0, 1}, text_mode = {"prompt", 1, 1};
    double p = -1;
    if (!model)
        train_once();
    check_line(&json_mode, data, size);
    if (!memchr(data, '\n', size)) /* --text reads one line at a time */
        check_line(&text_mode, data, size);
    if (rf_predict_prob(model, (const char *)data, size, &fv, &p) != RF_OK || !(p >= 0 && p <= 1))
        __builtin_trap();
    return 0;
}
