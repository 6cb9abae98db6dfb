/*
 * import.c - importer dispatch. Format converters are added here one by one.
 */
#include "refusal/import.h"

static const char *const formats[] = {NULL};

const char *const *rf_import_formats(void)
{
    return formats;
}

rf_status rf_import_load(const char *format, const char *path, rf_item ***items, size_t *n,
                         char *err)
{
    (void)path;
    *items = NULL;
    *n = 0;
    rf_seterr(err, "unknown import format '%s'", format);
    return RF_EUNSUP;
}
