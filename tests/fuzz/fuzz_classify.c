/* Fuzz target: classify input. The bytes are read four ways: as one JSONL
 * line of `refusal classify` (response, prompt, language), as a raw
 * response (any bytes), as a prompt and a response (the bytes split at
 * their middle; the prompt tests: frame, no-deliverable, declined part,
 * wording), and as a model file. Invariants: no crash, verdict and score
 * in range, the --explain output is valid JSON, a corrupt model is rejected
 * with a message. Detector handles are opened once and kept (reachable). */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define N_DET 4
static rf_detector *dets[N_DET];
static rf_buf explain;

static void check(rf_detector *d, const char *text, size_t len, const char *prompt,
                  const char *lang)
{
    rf_detection r;
    json_error_t je;
    json_t *j;
    rf_buf_reset(&explain);
    if (rf_detector_classify(d, text, len, prompt, lang, &r, &explain) != RF_OK)
        return;
    if ((unsigned)r.verdict >= RF_VERDICT_COUNT || !(r.score >= 0 && r.score <= 1) ||
        r.patterns >= (1u << RF_PAT_COUNT) || memchr(r.language, '\0', sizeof r.language) == NULL)
        __builtin_trap();
    j = json_loadb(rf_buf_ptr(&explain), rf_buf_len(&explain), 0, &je);
    if (!j)
        __builtin_trap();
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[N_DET] = {"strmatch", "patterns", "linear", "auto"};
    char err[RF_ERR_LEN] = "";
    json_error_t je;
    json_t *o;
    rf_model *m = NULL;
    int k;
    if (!dets[0]) {
        rf_buf_init(&explain, (size_t)8 << 20);
        for (k = 0; k < N_DET; k++)
            if (rf_detector_open(names[k], NULL, &dets[k], err) != RF_OK)
                __builtin_trap();
    }
    o = json_loadb((const char *)data, size, JSON_ALLOW_NUL, &je);
    if (json_is_object(o)) {
        json_t *r = json_object_get(o, "response"), *l = json_object_get(o, "language");
        json_t *p = json_object_get(o, "prompt");
        if (json_is_string(r))
            for (k = 0; k < N_DET; k++)
                check(dets[k], json_string_value(r), json_string_length(r),
                      json_is_string(p) ? json_string_value(p) : NULL,
                      json_is_string(l) ? json_string_value(l) : NULL);
    }
    json_decref(o);
    for (k = 0; k < N_DET; k++)
        check(dets[k], (const char *)data, size, NULL, NULL);
    if (size >= 2) { /* a prompt (a C string: up to its first NUL) and a response */
        char *prompt = malloc(size / 2 + 1);
        if (!prompt)
            return 0;
        memcpy(prompt, data, size / 2);
        prompt[size / 2] = '\0';
        for (k = 0; k < N_DET; k++)
            check(dets[k], (const char *)data + size / 2, size - size / 2, prompt, NULL);
        free(prompt);
    }
    if (rf_model_load_mem(data, size, "fuzz.bin", &m, err) == RF_OK)
        rf_model_free(m);
    else if (err[0] == '\0')
        __builtin_trap();
    return 0;
}
