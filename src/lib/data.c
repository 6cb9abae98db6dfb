/*
 * data.c - lookup in the table of files embedded at build time (embedded.h).
 * The table is generated, constant and sorted by path.
 */
#include "refusal/data.h"

#include <string.h>

#include "embedded.h"

const char *rf_data_find(const char *path, size_t *len)
{
    size_t i;
    for (i = 0; i < rf_embedded_count; i++) {
        if (strcmp(rf_embedded_files[i].path, path) == 0) {
            if (len)
                *len = rf_embedded_files[i].len;
            return rf_embedded_files[i].data;
        }
    }
    return NULL;
}

const char *rf_data_next(const char *prefix, size_t *iter)
{
    size_t n = strlen(prefix);
    while (*iter < rf_embedded_count) {
        const char *p = rf_embedded_files[(*iter)++].path;
        if (strncmp(p, prefix, n) == 0)
            return p;
    }
    return NULL;
}
