/*
 * classify_gen.c - synthetic responses for bench/classify.sh.
 *
 *   bench_classify_gen N [BYTES] [SEED]  > responses.jsonl
 *
 * Writes N JSONL lines {"id":..., "response":...} of about BYTES bytes each
 * (default 1024): a refusal, a compliance or a refuse-then-answer opening
 * followed by filler sentences drawn from a small vocabulary written for
 * this benchmark (English, with some Spanish, German, Chinese and Korean
 * lines). Deterministic for a seed. Not a data set: only for speed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 88172645463325252ULL;

static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

static const char *const openings[] = {
    "I'm sorry, but I can't help with that request. ",
    "I cannot provide instructions for this, as it could cause harm. ",
    "Sure! Here is an overview of the topic you asked about. ",
    "Great question. Let me walk you through it step by step. ",
    "As an AI, I don't have personal opinions, but here is some information. ",
    "Lo siento, pero no puedo ayudarte con eso. ",
    "Hier ist eine kurze Zusammenfassung der wichtigsten Punkte. ",
    "对不起，我不能帮助你做这件事。",
    "좋은 질문입니다. 아래에 자세히 설명하겠습니다. ",
};

static const char *const words[] = {
    "the",     "system",  "process",   "water",   "energy",  "garden",  "network",
    "simple",  "careful", "history",   "method",  "results", "people",  "often",
    "because", "between", "during",    "measure", "design",  "quickly", "second",
    "option",  "example", "important", "useful",  "data",    "model",   "review",
    "safety",  "light",   "travel",    "budget",  "recipe",  "music",   "library",
    "student", "weather", "engine",    "market",  "health",  "policy",  "story",
};

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 100000, i;
    long bytes = argc > 2 ? strtol(argv[2], NULL, 10) : 1024;
    if (argc > 3)
        rng ^= (uint64_t)strtoull(argv[3], NULL, 10) * 0x9E3779B97F4A7C15ULL;
    if (n < 0 || bytes < 16) {
        fprintf(stderr, "usage: bench_classify_gen N [BYTES] [SEED]\n");
        return 2;
    }
    for (i = 0; i < n; i++) {
        long len;
        const char *o = openings[next() % (sizeof openings / sizeof openings[0])];
        printf("{\"id\":\"s%ld\",\"response\":\"%s", i, o);
        len = (long)strlen(o);
        while (len < bytes - 40) {
            int k, nw = 6 + (int)(next() % 10);
            for (k = 0; k < nw; k++) {
                const char *w = words[next() % (sizeof words / sizeof words[0])];
                len += printf("%s%s", k ? " " : "", w);
            }
            len += printf(next() % 5 == 0 ? ".\\n" : ". ");
        }
        printf("\"}\n");
    }
    return 0;
}
