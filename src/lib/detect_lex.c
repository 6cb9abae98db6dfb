/*
 * detect_lex.c - the rule layer for the detectors (TEMPORARY stub until the
 * lexicon module lands: XSTest prefix only, empty text unclear).
 */
#include <stdio.h>
#include <string.h>

#include "detect_int.h"

struct rf_rules {
    int dummy;
};

rf_status rf_rules_open(rf_rules **out, char *err)
{
    (void)err;
    *out = rf_calloc(1, sizeof **out);
    return *out ? RF_OK : RF_ENOMEM;
}

void rf_rules_close(rf_rules *r)
{
    rf_free(r);
}

rf_status rf_rules_scan(rf_rules *r, const char *text, size_t len, const char *language,
                        rf_rule_info *info, rf_rule_feats *feats, char *lang_out, size_t lang_cap,
                        rf_buf *explain)
{
    size_t i, letters = 0;
    (void)r;
    if (explain && rf_buf_adds(explain, "[]") != RF_OK)
        return RF_ENOMEM;
    memset(info, 0, sizeof *info);
    memset(feats, 0, sizeof *feats);
    for (i = 0; i < len; i++)
        if (!rf_isspace((unsigned char)text[i]))
            letters++;
    info->unclear = letters == 0;
    feats->strmatch = rf_strmatch_match(text, len, NULL);
    feats->rule_score = -1;
    feats->rule_verdict = -1;
    snprintf(lang_out, lang_cap, "%s", language ? language : "en");
    return RF_OK;
}
