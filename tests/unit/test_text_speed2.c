/* Unit tests for the session 6 second-round speed paths (text_int.h,
 * text_words.c, text_lang.c): the eight-byte letter/digit test against the
 * byte class table, the inline word iterator against rf_words_next, and
 * the text profile (word and character counts, the repetition-loop test)
 * on texts where word runs cross eight-byte chunks and the end of the
 * text. Texts are written for these tests or generated here. */
#include "refusal/text.h"
#include "testhelp.h"
#include "text_int.h"

/* The class table's answer for one byte: 1 letter, 2 digit, 0 neither. */
static int table_class(unsigned char c)
{
    int t = rf_text_prof_cls[c];
    return t == 1 || t == 2 ? t : 0;
}

static void test_alnum8_matches_table(void)
{
#ifdef RF_TEXT_SWAR
    unsigned b, pos;
    for (b = 0; b < 256; b++) {
        for (pos = 0; pos < 8; pos++) {
            /* the byte at every position, next to bytes that could carry */
            unsigned char bytes[8] = {0xFF, 0x7F, 0x80, '9', 'z', 0x00, 0x20, 0xC3};
            uint64_t w, dig, al;
            int want;
            bytes[pos] = (unsigned char)b;
            memcpy(&w, bytes, 8);
            al = rf_text_alnum8(w, &dig);
            want = table_class((unsigned char)b);
            CHECK(((al >> (8 * pos + 7)) & 1) == (uint64_t)(want != 0));
            CHECK(((dig >> (8 * pos + 7)) & 1) == (uint64_t)(want == 2));
        }
    }
#else
    TEST_SKIP("no eight-byte paths on this host");
#endif
}

/* Next pseudo-random value (xorshift32). */
static uint32_t next_rand(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

static void test_words_inline_matches(void)
{
    static const char *const pieces[] = {
        "a",
        "word",
        "internationalisation",
        "l'eau",
        "don't",
        " ",
        "  ",
        ", ",
        "42",
        "x9y",
        "caf\xC3\xA9",
        "\xE4\xB8\x8D",
        "-",
        "'",
        "abcdefgh",
        "abcdefghi",
        ".",
        "\n",
        "\xC3\xA9t\xC3\xA9",
        "it's",
        "o'",
        "'twas",
        "ABCDEFGHIJ",
        "7",
    };
    uint32_t seed = 12345;
    int round;
    for (round = 0; round < 2000; round++) {
        char text[256];
        size_t len = 0, k, n = 1 + next_rand(&seed) % 12;
        rf_word_iter a, b;
        rf_slice wa, wb;
        int ra, rb;
        for (k = 0; k < n; k++) {
            const char *p = pieces[next_rand(&seed) % (sizeof pieces / sizeof pieces[0])];
            size_t m = strlen(p);
            if (len + m >= sizeof text)
                break;
            memcpy(text + len, p, m);
            len += m;
        }
        rf_words_init(&a, text, len);
        rf_words_init(&b, text, len);
        do {
            ra = rf_words_next(&a, &wa);
            rb = rf_words_next_inline(&b, &wb);
            CHECK(ra == rb);
            if (ra && rb)
                CHECK(wa.ptr == wb.ptr && wa.len == wb.len);
        } while (ra && rb);
    }
}

static void test_profile_counts(void)
{
    rf_text_stats st;
    /* runs of 1, 8, 9, 15 and 8 bytes, the last at the very end of the text */
    const char *s = "a abcdefgh abcdefghi x1y2z3w4v5u6t7s 12345678";
    rf_text_profile(s, strlen(s), &st);
    CHECK(st.words == 5);
    CHECK(st.digits == 7 + 8);
    CHECK(st.letters == 1 + 8 + 9 + 8);
    CHECK(st.other == 0);
    CHECK(!st.loop && !st.long_run);
    /* a word split by an apostrophe is one word */
    s = "it's l'eau";
    rf_text_profile(s, strlen(s), &st);
    CHECK(st.words == 2);
    /* a run of one letter long enough to be unclear, across chunks */
    s = "see aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa here";
    rf_text_profile(s, strlen(s), &st);
    CHECK(st.long_run);
}

/* A text of n words cycling through k distinct ones of varied lengths. */
static size_t cycle_text(char *out, size_t cap, size_t n, size_t k)
{
    static const char *const w[] = {
        "the", "answer", "repeats", "itself", "again", "verylongwordhere",
        "and", "loops",  "forever", "x"};
    size_t i, len = 0;
    for (i = 0; i < n; i++) {
        const char *p = w[i % k];
        size_t m = strlen(p);
        if (len + m + 1 >= cap)
            break;
        memcpy(out + len, p, m);
        len += m;
        out[len++] = ' ';
    }
    out[len] = '\0';
    return len;
}

static void test_profile_loop(void)
{
    char text[4096];
    rf_text_stats st;
    size_t len, i;
    len = cycle_text(text, sizeof text, 200, 7);
    rf_text_profile(text, len, &st);
    CHECK(st.words == 200);
    CHECK(st.loop);
    /* 200 distinct words: no loop */
    for (i = 0, len = 0; i < 200; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, "w%zuq%zu ", i * 7919 % 1000, i);
    rf_text_profile(text, len, &st);
    CHECK(st.words == 200);
    CHECK(!st.loop);
}

int main(void)
{
    TEST_RUN(test_alnum8_matches_table);
    TEST_RUN(test_words_inline_matches);
    TEST_RUN(test_profile_counts);
    TEST_RUN(test_profile_loop);
    return TEST_DONE();
}
