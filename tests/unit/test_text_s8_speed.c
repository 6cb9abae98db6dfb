/* Unit tests for the session 8 speed paths (branch s8-speed):
 * text_stable.c's table of code points pass 1 of rf_text_normalize copies
 * without utf8proc, recomputed here from the linked utf8proc by the rule
 * text_stable.c states, and rf_text_normalize on neighbours of such code
 * points (marks that compose with them, ignorables between, Hangul jamo),
 * compared with utf8proc over the whole text. Texts are written for these
 * tests or generated here. */
#include <utf8proc.h>

#include "refusal/buf.h"
#include "refusal/lexicon.h"
#include "refusal/text.h"
#include "refusal/utf8.h"
#include "lexicon_int.h"
#include "testhelp.h"
#include "lexicon_checks.h"
#include "text_int.h"

#define FOLD_OPTS                                                                                  \
    (UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

/* The code points below 0x1F00 that text.c's map_quote turns into an ASCII
 * quote (the fold of the others is utf8proc's). */
static const uint32_t k_quotes[] = {0xAB, 0xB4, 0xBB, 0x2B9, 0x2BA, 0x2BC};

static int is_quote(uint32_t cp)
{
    size_t i;
    for (i = 0; i < sizeof k_quotes / sizeof k_quotes[0]; i++)
        if (k_quotes[i] == cp)
            return 1;
    return 0;
}

/* 1 when cp occurs after the first place of a canonical decomposition. */
static unsigned char g_second[0x30000];

static void mark_seconds(void)
{
    uint32_t x;
    utf8proc_int32_t buf[32];
    for (x = 0; x < 0x30000; x++) {
        utf8proc_uint8_t b[4];
        utf8proc_ssize_t n, k, i;
        if (x >= 0xD800 && x < 0xE000)
            continue;
        n = utf8proc_encode_char((utf8proc_int32_t)x, b);
        k = utf8proc_decompose(b, n, buf, 32, UTF8PROC_DECOMPOSE);
        for (i = 1; i < k && i < 32; i++)
            if (buf[i] >= 0 && buf[i] < 0x30000)
                g_second[buf[i]] = 1;
    }
}

/* 1 when utf8proc's fold (without the quote map) leaves cp as it is. */
static int fold_fixed(uint32_t cp)
{
    utf8proc_uint8_t *out = NULL, b[4];
    utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, b);
    utf8proc_ssize_t m = utf8proc_map(b, n, &out, FOLD_OPTS);
    int same = m == n && memcmp(out, b, (size_t)n) == 0;
    free(out);
    return same;
}

static void test_stable_table(void)
{
    uint32_t cp;
    int bad = 0, set = 0;
    mark_seconds();
    for (cp = 0; cp < 0x2100; cp++) {
        int want = cp >= 0x80 && cp < 0x1F00 && !(cp >= 0x1100 && cp < 0x1200) && !is_quote(cp) &&
                   utf8proc_category((utf8proc_int32_t)cp) != UTF8PROC_CATEGORY_CN &&
                   utf8proc_get_property((utf8proc_int32_t)cp)->combining_class == 0 &&
                   !g_second[cp] && fold_fixed(cp);
        if (want != rf_text_fold_copies(cp) && bad++ < 5)
            fprintf(stderr, "U+%04X: table %d, utf8proc %d\n", (unsigned)cp,
                    rf_text_fold_copies(cp), want);
        set += want;
    }
    CHECK(bad == 0);
    CHECK(set > 4000); /* the letters of many scripts */
    CHECK(rf_text_fold_copies(0x0435) && !rf_text_fold_copies(0x0415));  /* е, not Е */
    CHECK(!rf_text_fold_copies(0x03C2) && !rf_text_fold_copies(0xDF));   /* ς -> σ, ß -> ss */
    CHECK(!rf_text_fold_copies(0x09BE) && !rf_text_fold_copies(0x0958)); /* composes; NFKC */
}

/* The quote map's code points fold to ASCII quotes (so k_quotes matches
 * text.c's map_quote). */
static void test_quotes_fold(void)
{
    size_t i;
    rf_buf b;
    rf_buf_init(&b, 64);
    for (i = 0; i < sizeof k_quotes / sizeof k_quotes[0]; i++) {
        char s[8];
        int n = rf_utf8_encode(k_quotes[i], s);
        rf_buf_reset(&b);
        CHECK(n > 0 && rf_text_normalize(s, (size_t)n, &b) == RF_OK);
        CHECK(rf_buf_len(&b) == 1 && (rf_buf_ptr(&b)[0] == '\'' || rf_buf_ptr(&b)[0] == '"'));
    }
    rf_buf_free(&b);
}

/* rf_text_normalize of s equals utf8proc's fold of all of s (texts without
 * quotes, spaces, template tokens or script variants, so that the later
 * passes leave the fold as it is). */
static void check_like_utf8proc(const char *s)
{
    rf_buf b;
    utf8proc_uint8_t *want = NULL;
    utf8proc_ssize_t m =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)strlen(s), &want, FOLD_OPTS);
    rf_buf_init(&b, 4096);
    CHECK(m >= 0 && rf_text_normalize(s, strlen(s), &b) == RF_OK);
    if (m >= 0 && ((size_t)m != rf_buf_len(&b) || memcmp(want, rf_buf_ptr(&b), (size_t)m) != 0)) {
        fprintf(stderr, "normalize(\"%s\") = \"%s\", utf8proc \"%s\"\n", s, rf_buf_ptr(&b),
                (const char *)want);
        CHECK(0);
    }
    free(want);
    rf_buf_free(&b);
}

static void test_neighbours(void)
{
    static const char *const texts[] = {
        "мама\xcc\x86",              /* а + combining breve composes: ӑ */
        "ко\xcc\x88т",               /* о + diaeresis: ӧ */
        "о\xc2\xad\xcc\x88",         /* о, soft hyphen (ignored), diaeresis: ӧ */
        "न\xe0\xa4\xbc",             /* न + nukta: ऩ */
        "কে\xe0\xa6\xbe",            /* ে + া: ো */
        "ช\xe0\xb8\xb8\xe0\xb9\x88", /* Thai marks after a consonant */
        "α\xcc\x81β\xcd\x85",        /* acute, ypogegrammeni */
        "é\xcc\xa3\xe1\xb7\x84",     /* é, dot below, 1DC4: reordered */
        "ա\xcc\x81բ\xcc\x88",        /* Armenian letters and marks */
        "가ᆧa",                     /* Hangul syllable + U+11A7 (utf8proc drops it) */
        "ᄀ\xe1\x85\xa1ᆨ",          /* jamo L V T compose to 각 */
        "xyzàb\xcc\x81ç",            /* ASCII before and after */
        "мир\xe2\x80\x8dмир",        /* ZWJ (ignored) between stable letters */
        "ſ\xc5\xbfß",                /* long s, ß: case folded */
    };
    size_t i;
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        check_like_utf8proc(texts[i]);
}

/* rf_utf8_valid as it was: rf_utf8_decode over every code point. */
static int valid_ref(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        int n = rf_utf8_decode(s + i, len - i, &cp);
        if (n < 0)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

/* The inline 2- and 3-byte paths of rf_utf8_valid agree with the decoder
 * on random strings of boundary bytes (xorshift32, fixed seed). */
static void test_utf8_valid_paths(void)
{
    static const unsigned char pool[] = {'a',  ' ',  0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                         0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
                                         0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    uint32_t r = 2463534242u;
    int k, bad = 0;
    for (k = 0; k < 200000; k++) {
        char buf[12];
        size_t n, i;
        r ^= r << 13, r ^= r >> 17, r ^= r << 5;
        n = r % sizeof buf;
        for (i = 0; i < n; i++) {
            r ^= r << 13, r ^= r >> 17, r ^= r << 5;
            buf[i] = (char)pool[r % sizeof pool];
        }
        bad += rf_utf8_valid(buf, n) != valid_ref(buf, n);
    }
    CHECK(bad == 0);
}

/* The resolved rows hold one entry per byte class: 'q' and 'z' only leave
 * nodes deeper than RF_LEX_DENSE_DEPTH, so in the rows they share class 0
 * with bytes no phrase holds, and still match where the deep nodes need
 * them. */
static void test_byte_classes(void)
{
    rf_lexicon *lx = lexcheck_from_text("direct_refusal\t1\tabcdefgqz\n"
                                        "direct_refusal\t1\tcannot {help|aid}\n");
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(lx->byte_cls['q'] == 0 && lx->byte_cls['z'] == 0 && lx->byte_cls['~'] == 0);
    CHECK(lx->byte_cls['a'] != 0 && lx->byte_cls['c'] != 0);
    CHECK(lx->n_cls < 256);
    CHECK(lexcheck_refusals(lx, "abcdefgqz") == 1);
    CHECK(lexcheck_refusals(lx, "xx abcdefgqz, abcdefgq abcdefgqz.") == 2);
    CHECK(lexcheck_refusals(lx, "abcdefgzq q~\001cannot help") == 1);
    CHECK(lexcheck_refusals(lx, "qqq cannot aid~cannot help\xff") == 2);
    rf_lexicon_free(lx);
}

/* Sixty chains sharing their first slot: each extends only its own
 * partial match. */
static void test_partial_buckets(void)
{
    static char lex[8192], text[256];
    size_t i, n = 0;
    for (i = 0; i < 60; i++) /* 60 chains sharing their first fragment */
        n += (size_t)snprintf(lex + n, sizeof lex - n,
                              "direct_refusal\t1\ti refuse to {help|assist} w%zuw\n", i);
    rf_lexicon *lx = lexcheck_from_text(lex);
    CHECK(lx != NULL);
    if (!lx)
        return;
    CHECK(lexcheck_refusals(lx, "i refuse to help w0w") == 1);
    CHECK(lexcheck_refusals(lx, "i refuse to assist w59w and i refuse to help w31w") == 2);
    snprintf(text, sizeof text, "i refuse to help w7w w8w");
    CHECK(lexcheck_refusals(lx, text) == 1);
    rf_lexicon_free(lx);
}

int main(void)
{
    TEST_RUN(test_stable_table);
    TEST_RUN(test_quotes_fold);
    TEST_RUN(test_neighbours);
    TEST_RUN(test_utf8_valid_paths);
    TEST_RUN(test_byte_classes);
    TEST_RUN(test_partial_buckets);
    return TEST_DONE();
}
