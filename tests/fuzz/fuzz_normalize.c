/*
 * fuzz_normalize.c - libFuzzer target for the rule layer: normalisation,
 * language guess, opening, unclear test, word iteration and the lexicon
 * scan of arbitrary bytes, and the raw-text cut of chat-template debris
 * (rf_text_strip_debris) against it. The first byte selects whether the input is also
 * compiled as a lexicon file (exercising the line parser).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rf_lexicon *embedded(void)
{
    static rf_lexicon *lx; /* fuzzing harness only: loaded once */
    char err[RF_ERR_LEN] = "";
    if (!lx && rf_lexicon_load(NULL, &lx, err) != RF_OK)
        abort();
    return lx;
}

/* The raw-text cut (the model's input) leaves nothing for the rules to
 * cut: normalising the stripped text gives the same text as normalising
 * the input (norm[0..n)). */
static void strip_check(const char *s, size_t size, const char *norm, size_t n)
{
    char *cut = malloc(size + 1);
    size_t m;
    rf_buf b;
    if (!cut)
        abort();
    m = rf_text_strip_debris(s, size, cut);
    if (m > size)
        abort();
    rf_buf_init(&b, RF_TEXT_MAX_INPUT * 4);
    if (rf_text_normalize(cut, m, &b) == RF_OK &&
        (rf_buf_len(&b) != n || memcmp(rf_buf_ptr(&b), norm, n) != 0))
        abort();
    if (!rf_text_has_debris(s, size) && (m != size || memcmp(cut, s, size) != 0))
        abort();
    rf_buf_free(&b);
    free(cut);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    rf_buf norm, again;
    rf_scan sc;
    rf_word_iter it;
    rf_slice w;
    char err[RF_ERR_LEN] = "";
    rf_buf_init(&norm, RF_TEXT_MAX_INPUT * 4);
    rf_buf_init(&again, RF_TEXT_MAX_INPUT * 4);
    if (rf_lexicon_scan_raw(embedded(), s, size, &norm, &sc) == RF_OK) {
        const char *p = rf_buf_ptr(&norm);
        size_t n = rf_buf_len(&norm), words = 0, op;
        if (strlen(p) != n && memchr(p, 0, n) == NULL)
            abort();
        (void)rf_text_language(p, n);
        (void)rf_text_language(s, size);
        op = rf_text_opening(p, n);
        if (op > n || sc.opening_len != op || sc.len != n || sc.n_hits > RF_SCAN_MAX_HITS)
            abort();
        if (sc.rule_score < 0 || sc.rule_score > 1 || sc.verdict < 0 || sc.verdict > 3)
            abort();
        for (size_t i = 0; i < sc.n_hits; i++)
            if (sc.hits[i].off + sc.hits[i].len > n)
                abort();
        rf_words_init(&it, p, n);
        while (rf_words_next(&it, &w)) {
            if (w.len == 0 || w.ptr < p || w.ptr + w.len > p + n)
                abort();
            words++;
        }
        if (words != sc.words)
            abort();
        (void)rf_text_unclear(p, n);
        /* normalisation is idempotent on valid input */
        if (rf_text_normalize(p, n, &again) == RF_OK &&
            (rf_buf_len(&again) != n || memcmp(rf_buf_ptr(&again), p, n) != 0))
            abort();
        strip_check(s, size, p, n);
    }
    if (size > 0 && data[0] == 'L') { /* also parse the input as a lexicon */
        rf_lexicon *lx = NULL;
        if (rf_lexicon_from_text("fuzz.txt", "xx", s + 1, size - 1, &lx, err) == RF_OK) {
            const char *p = rf_buf_ptr(&norm);
            if (rf_lexicon_scan(lx, p, rf_buf_len(&norm), 10, &sc) != RF_OK)
                abort();
            rf_lexicon_free(lx);
        } else if (!err[0]) {
            abort();
        }
    }
    rf_buf_free(&norm);
    rf_buf_free(&again);
    return 0;
}
