/*
 * Fuzz target: the streaming CSV reader (src/lib/csv.c). The first byte picks
 * the flags (ragged rows, UTF-8 repair); the rest is the CSV text. Checks the
 * reader's promises: fields NUL-terminated at ptr[len], valid UTF-8 when
 * returned, no NUL inside a field, a constant field count unless ragged, and
 * line numbers that never go backwards.
 */
#include <stdint.h>
#include <string.h>

#include "refusal/csv.h"
#include "refusal/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rf_csv *c = NULL;
    char err[RF_ERR_LEN] = "";
    unsigned flags;
    size_t width = 0, guard = 0, errs = 0;
    long last = 0;
    if (size < 1)
        return 0;
    flags = data[0] & (RF_CSV_RAGGED | RF_CSV_REPAIR_UTF8);
    if (rf_csv_open_mem((const char *)data + 1, size - 1, "fuzz.csv", flags, &c, err) != RF_OK)
        return 0;
    while (guard++ < 100000) {
        const rf_slice *f;
        size_t n, i;
        rf_status st;
        err[0] = '\0';
        st = rf_csv_next(c, &f, &n, err);
        if (st == RF_EPARSE || st == RF_EUTF8) {
            if (!err[0])
                __builtin_trap();
            if (++errs > 64) /* a fatal error repeats forever */
                break;
            continue;
        }
        errs = 0;
        if (st != RF_OK || !f)
            break;
        if (rf_csv_line(c) < last)
            __builtin_trap();
        last = rf_csv_line(c);
        if (!(flags & RF_CSV_RAGGED)) {
            if (width == 0)
                width = n;
            else if (n != width)
                __builtin_trap();
        }
        for (i = 0; i < n; i++) {
            if (f[i].ptr[f[i].len] != '\0' || memchr(f[i].ptr, 0, f[i].len) ||
                !rf_utf8_valid(f[i].ptr, f[i].len))
                __builtin_trap();
        }
    }
    rf_csv_close(c);
    return 0;
}
