/*
 * Fuzz target: the benchmark importers (src/lib/import*.c). The first byte
 * picks the format (and for FORTRESS the .csv or .json reader); the rest is
 * written to a temporary file that rf_import_load reads. Checks: on error
 * nothing is returned and err is set; on success every item has an id, a
 * prompt, a label and canonical JSON.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "refusal/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *const *names = rf_import_formats();
    size_t nf = 0, n = 0, i;
    const char *fmt;
    char path[128], err[RF_ERR_LEN] = "";
    rf_item **items = NULL;
    FILE *f;
    rf_status st;
    if (size < 1)
        return 0;
    while (names[nf])
        nf++;
    fmt = names[data[0] % nf];
    snprintf(path, sizeof path, "/tmp/rf_fuzz_import_%ld%s", (long)getpid(),
             (data[0] & 0x80) ? ".csv" : ".json");
    if (!(f = fopen(path, "wb")))
        return 0;
    if (size > 1)
        fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    st = rf_import_load(fmt, path, &items, &n, err);
    if (st != RF_OK && (items || n || !err[0]))
        __builtin_trap();
    for (i = 0; i < n; i++) {
        if (!items[i]->id || !items[i]->prompt || !items[i]->label || !items[i]->json)
            __builtin_trap();
        rf_item_free(items[i]);
    }
    rf_free(items);
    unlink(path);
    return 0;
}
