/*
 * precompiled_none.c - the library's answer to "does this binary hold the
 * embedded lexicons and default model pre-compiled?": no (s15-startup).
 * rf_lexicon_load(NULL, ...) then compiles the embedded lexicon text and
 * rf_model_load_embedded parses the embedded model file at run time.
 *
 * The refusal binary links build/lexicon_tab.c, written at build time by
 * tools/lexgen.c, as an object of its own: that file defines both
 * functions too, so the linker never pulls this member out of
 * librefusal.a. Keep this file to these two functions (anything else here
 * would pull it in beside the generated one and the link would fail).
 */
#include "lexicon_int.h"
#include "model_int.h"

int rf_lex_precompiled(rf_lexicon *lx)
{
    (void)lx;
    return 0;
}

int rf_model_precompiled(rf_model *m)
{
    (void)m;
    return 0;
}
