/*
 * lexicon_nolex.c - the library's answer to "are the embedded lexicons
 * pre-compiled in this binary?": no (s15-startup). rf_lexicon_load(NULL,
 * ...) then compiles the embedded lexicon text at run time.
 *
 * The refusal binary links build/lexicon_tab.c, written at build time by
 * tools/lexgen.c, as an object of its own: that file defines
 * rf_lex_precompiled too, so the linker never pulls this member out of
 * librefusal.a. Keep this file to that one function (anything else here
 * would pull it in beside the generated one and the link would fail).
 */
#include "lexicon_int.h"

int rf_lex_precompiled(rf_lexicon *lx)
{
    (void)lx;
    return 0;
}
