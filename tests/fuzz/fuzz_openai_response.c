/*
 * fuzz_openai_response.c - libFuzzer target for the response parsers: the
 * first byte picks the adapter (OpenAI chat, Anthropic, images) and the HTTP
 * status; the rest is the body. The text of any accepted answer must be
 * valid UTF-8 and any logprobs valid JSON-ish (non-empty, bracketed).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/target.h"
#include "refusal/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const specs[3] = {"openai:m", "anthropic:m", "openai-images:m"};
    static const long codes[4] = {200, 400, 429, 500};
    rf_target_opts o;
    rf_target *t = NULL;
    rf_target_result r;
    char err[RF_ERR_LEN] = "";
    rf_status st;
    if (size < 1)
        return 0;
    memset(&o, 0, sizeof o);
    o.base_url = "http://127.0.0.1:9/v1";
    o.logprobs = 5;
    if (rf_target_open(specs[data[0] % 3], &o, &t, err) != RF_OK)
        return 0;
    rf_target_result_init(&r);
    st = rf_target_parse(t, codes[(data[0] >> 2) & 3], (const char *)data + 1, size - 1, &r, err);
    if (st == RF_OK) {
        if (!rf_utf8_valid(rf_buf_ptr(&r.text), rf_buf_len(&r.text)))
            abort();
        if (rf_buf_len(&r.logprobs) &&
            (rf_buf_ptr(&r.logprobs)[0] != '[' ||
             rf_buf_ptr(&r.logprobs)[rf_buf_len(&r.logprobs) - 1] != ']'))
            abort();
    }
    rf_target_result_free(&r);
    rf_target_close(t);
    return 0;
}
