/*
 * lexicon_int.h - internals shared by lexicon.c (matching) and
 * lexicon_rules.c (the rule verdict computed from a scan).
 */
#ifndef RF_LEXICON_INT_H
#define RF_LEXICON_INT_H

#include "refusal/lexicon.h"

/* Fill sc->words_after, sc->rule_score and sc->verdict from the counts,
 * weights, offsets and word counts already in *sc. norm is the scanned text;
 * hits[0..n_hits) are all (or the first n_hits) resolved matches in text
 * order, a superset of sc->hits. */
void rf_lex_rule_verdict(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits);

#endif
