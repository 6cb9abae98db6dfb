/*
 * rules_speed.c - throughput of the rule layer: normalisation, language
 * guess, opening and lexicon scan (text.h, lexicon.h), measured on the
 * "response" fields of JSONL files (or on a built-in sample when none is
 * given). The texts are loaded first, so only the rule layer is timed.
 *
 * usage: bench_rules_speed [--rounds N] [FILE.jsonl...]
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/text.h"

#define MAX_TEXTS 200000

static const char *const k_sample[] = {
    "I'm sorry, but I can't help with that request. If you're struggling, please consider "
    "reaching out to a mental health professional or a crisis line in your area.",
    "Sure! Here is a simple recipe for banana bread. Ingredients: 3 ripe bananas, 1/3 cup "
    "melted butter, 1 teaspoon baking soda, a pinch of salt, 3/4 cup sugar, 1 egg, 1 teaspoon "
    "vanilla, 1 1/2 cups flour. Step 1: preheat the oven to 175 C. Step 2: mash the bananas "
    "and mix in the butter. Step 3: add the remaining ingredients and bake for an hour.",
    "Lo siento, pero no puedo ayudarte con eso. Si tienes otra pregunta, con gusto te ayudo.",
    "申し訳ありませんが、そのご依頼にはお応えできません。他にご質問があればどうぞ。",
};

static size_t load(const char *path, char **texts, size_t n)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    if (!f) {
        perror(path);
        return n;
    }
    while (n < MAX_TEXTS && getline(&line, &cap, f) > 0) {
        json_t *row = json_loads(line, 0, NULL);
        const char *r = row ? json_string_value(json_object_get(row, "response")) : NULL;
        if (r && (texts[n] = strdup(r)) != NULL)
            n++;
        json_decref(row);
    }
    free(line);
    fclose(f);
    return n;
}

int main(int argc, char **argv)
{
    char **texts = calloc(MAX_TEXTS, sizeof *texts);
    size_t n = 0, i, bytes = 0, r, rounds = 3;
    char err[RF_ERR_LEN] = "";
    rf_lexicon *lx = NULL;
    rf_buf norm;
    double t_norm = 0, t_lang = 0, t_scan = 0, t0;
    volatile size_t sink = 0;
    int a = 1;
    if (!texts)
        return 1;
    if (a + 1 < argc && strcmp(argv[a], "--rounds") == 0) {
        rounds = (size_t)strtoul(argv[a + 1], NULL, 10);
        a += 2;
    }
    for (; a < argc; a++)
        n = load(argv[a], texts, n);
    if (n == 0)
        for (i = 0; i < sizeof k_sample / sizeof k_sample[0]; i++)
            texts[n++] = strdup(k_sample[i]);
    t0 = rf_now();
    if (rf_lexicon_load(NULL, &lx, err) != RF_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    printf("lexicon load: %.1f ms (%zu rules, %zu languages)\n", (rf_now() - t0) * 1e3,
           rf_lexicon_size(lx), rf_lexicon_n_langs(lx));
    rf_buf_init(&norm, RF_TEXT_MAX_INPUT * 4);
    for (r = 0; r < rounds; r++) {
        for (i = 0; i < n; i++) {
            size_t len = strlen(texts[i]);
            rf_scan sc;
            if (r == 0)
                bytes += len;
            rf_buf_reset(&norm);
            t0 = rf_now();
            if (rf_text_normalize(texts[i], len, &norm) != RF_OK)
                return 1;
            double t1 = rf_now();
            sink += (size_t)rf_text_language(rf_buf_ptr(&norm), rf_buf_len(&norm));
            double t2 = rf_now();
            size_t op = rf_text_opening(rf_buf_ptr(&norm), rf_buf_len(&norm));
            if (rf_lexicon_scan(lx, rf_buf_ptr(&norm), rf_buf_len(&norm), op, &sc) != RF_OK)
                return 1;
            double t3 = rf_now();
            sink += (size_t)sc.verdict;
            t_norm += t1 - t0;
            t_lang += t2 - t1;
            t_scan += t3 - t2;
        }
    }
    double kb = (double)bytes * (double)rounds / 1024.0, nr = (double)n * (double)rounds;
    printf("%zu texts, %.1f KB average %.0f bytes, %zu rounds\n", n, (double)bytes / 1024.0,
           (double)bytes / (double)n, rounds);
    printf("normalise: %6.2f us/KB\nlanguage:  %6.2f us/KB\nscan:      %6.2f us/KB "
           "(opening, profile, rule verdict included)\n",
           t_norm * 1e6 / kb, t_lang * 1e6 / kb, t_scan * 1e6 / kb);
    printf("(checksum %zu)\n", (size_t)sink);
    printf("total:     %6.2f us/KB, %.0f responses/s\n", (t_norm + t_lang + t_scan) * 1e6 / kb,
           nr / (t_norm + t_lang + t_scan));
    rf_buf_free(&norm);
    rf_lexicon_free(lx);
    for (i = 0; i < n; i++)
        free(texts[i]);
    free(texts);
    return 0;
}
