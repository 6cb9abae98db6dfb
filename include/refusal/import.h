/*
 * import.h - importers that turn public benchmark formats (XSTest, OR-Bench,
 * CoCoNot, FORTRESS, RMCBench, MOSSBench, OVERT, EvoRefuse, HarmBench,
 * Do-Not-Answer, MultiJail, SORRY-Bench) into suite items (suite.h).
 */
#ifndef RF_IMPORT_H
#define RF_IMPORT_H

#include "refusal/suite.h"

/* Import one file of the given format. On success *items is a new array of
 * *n new items (free each with rf_item_free, then the array with rf_free).
 * Nothing is returned on error: RF_EPARSE with "file:line: reason",
 * RF_EUNSUP for an unknown format, RF_EIO / RF_ENOTFOUND for file errors. */
rf_status rf_import_load(const char *format, const char *path, rf_item ***items, size_t *n,
                         char *err) RF_MUST_CHECK;

/* Names of the supported formats, NULL-terminated, static. */
const char *const *rf_import_formats(void);

#endif
