/* Fuzz target: one suite line through rf_item_from_json and canonicalisation. */
#include <stdint.h>
#include <string.h>

#include "refusal/suite.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rf_item *it = NULL, *again = NULL;
    char err[RF_ERR_LEN] = "";
    if (rf_item_from_json((const char *)data, size, &it, err) == RF_OK) {
        /* The canonical form must parse back to the same canonical form. */
        char err2[RF_ERR_LEN] = "";
        if (rf_item_from_json(it->json, strlen(it->json), &again, err2) != RF_OK ||
            strcmp(again->json, it->json) != 0)
            __builtin_trap();
        rf_item_free(again);
    }
    rf_item_free(it);
    return 0;
}
