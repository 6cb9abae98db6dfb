/*
 * embedded.h - data files compiled into the library by tools/embed.c
 * (suites, lexicons, default model). Internal to librefusal; the public
 * accessor is rf_data_find() in refusal/data.h.
 */
#ifndef RF_EMBEDDED_H
#define RF_EMBEDDED_H

#include <stddef.h>

typedef struct rf_embedded_file {
    const char *path; /* relative to the source tree, e.g. "data/suites/core.jsonl" */
    const char *data; /* NUL-terminated contents */
    size_t len;
} rf_embedded_file;

extern const rf_embedded_file rf_embedded_files[];
extern const size_t rf_embedded_count;

#endif
