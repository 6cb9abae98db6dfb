/* Fuzz target: judge answer parsing for every template (never crashes, and a
 * judged answer always carries a known label). */
#include <stdint.h>
#include <string.h>

#include "refusal/judge.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int t;
    for (t = 0; t < RF_JUDGE_TEMPLATE_COUNT; t++) {
        rf_judgment j;
        rf_judge_parse((rf_judge_template)t, (const char *)data, size, &j);
        if (j.judged && j.label[0] == '\0')
            __builtin_trap();
    }
    return 0;
}
