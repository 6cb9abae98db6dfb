/*
 * data.h - access to the data files shipped inside the binary (built-in
 * suites under data/suites/, lexicons under data/lexicons/, default model
 * weights under data/models/).
 */
#ifndef RF_DATA_H
#define RF_DATA_H

#include "refusal/common.h"

/* Find an embedded file by its repository path ("data/lexicons/en.txt").
 * Returns a pointer to static NUL-terminated contents and stores the length,
 * or NULL when absent. */
const char *rf_data_find(const char *path, size_t *len);

/* Iterate embedded files whose path starts with prefix: call with *iter = 0
 * first; returns the next path (static) or NULL at the end. */
const char *rf_data_next(const char *prefix, size_t *iter);

#endif
