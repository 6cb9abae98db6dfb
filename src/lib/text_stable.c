/*
 * text_stable.c - code points that pass 1 of rf_text_normalize (text.c:
 * quotes, NFKC, case fold) may copy without utf8proc (session 8, s8-speed).
 *
 * k_stable has bit (cp - 0x80) set for cp in [0x80, 0x1F00) when cp is
 * (1) a fixed point of the fold (map_quote, NFKC, case fold, ignorables
 * removed: utf8proc of cp alone gives cp), (2) of canonical combining class
 * 0, (3) never a non-first code point of any canonical decomposition (so
 * it is no second of a composition pair), (4) assigned, and (5) outside
 * the Hangul jamo block U+1100..U+11FF (utf8proc composes a syllable with
 * U+11A7, which no decomposition holds, by dropping it). Such a code
 * point neither reorders with nor composes into what precedes it, and
 * composes with what follows only when that is a composition second: text.c
 * copies it as it is when the next code point is also stable (or ASCII, or
 * the end of the run), which gives the same bytes as folding the whole run.
 * This covers the Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic,
 * Thai and Georgian letters that lexicons and answers are written in, which
 * went through utf8proc one word at a time before.
 *
 * The table is data derived from utf8proc (the rule above, run once over
 * the range); test_text_s8_speed recomputes it with the linked utf8proc and
 * checks every bit, so a different utf8proc version cannot make it wrong
 * unnoticed. Callers: text.c fold_nonascii.
 */
#include "text_int.h"

#define STABLE_LO 0x80
#define STABLE_HI 0x1F00

static const uint64_t k_stable[(STABLE_HI - STABLE_LO) / 64] = {
    0x80c352feffffffffull, 0xffffffff00800000ull, 0x55a2aaaaaaaaaaaaull, 0x54aaaaaaaaaaa954ull,
    0xee512d2a4e243129ull, 0xaa21aaaab555400full, 0x93faaaaaaaaaaaaaull, 0xffffffffffffaa85ull,
    0xe800ffffffffffffull, 0xffffffe0c0ffffffull, 0x0000000000000000ull, 0x38aa000000000000ull,
    0xfffff00000010000ull, 0x1948aaaaaa807ffbull, 0xffff000000000000ull, 0xaaaaaaaaffffffffull,
    0xaaaaaaaaaaaaab06ull, 0xaaaaaaaaaaaad554ull, 0x0000aaaaaaaaaaaaull, 0xfffffffffe000000ull,
    0x400000000000e77full, 0x001f87ffffff0049ull, 0xffffffffe800ffffull, 0xfe1effff000007ffull,
    0xffffffffffffffffull, 0xffffc260603fffffull, 0x0000fffffffdbfffull, 0xffffffffffffe000ull,
    0x0003ffffffffffffull, 0xc7f007ffffffffffull, 0x7fff0110043fffffull, 0xffff07ff41ffffffull,
    0xffffffff00037fffull, 0x00000004000003ffull, 0xefffffffffffffffull, 0xffffffff00e1dfffull,
    0xa3c5fdfffff99fefull, 0x3fffffcf0000599full, 0xc325fdfffff987eeull, 0x007fffc010021987ull,
    0xe3edfdfffffbbfeeull, 0xfe03ffcf00011bbfull, 0xa3edfdfffff99feeull, 0x00ffffcf8020199full,
    0x83ffc718d63dc7ecull, 0x07ffffc000011dc7ull, 0xe3fffdfffffddfffull, 0xff80ffcf27001ddfull,
    0xe3effdfffffddfffull, 0x000effcf60001ddbull, 0xa7fffffffffddfffull, 0xffffffcfff70dddfull,
    0x2ffbfffffc7fffeeull, 0x001cffc07f5f007full, 0x80f7fffffffffffeull, 0x000000000ffff0ffull,
    0x38f7ffaffffff7d6ull, 0x00000000c3ff705full, 0xfd5ffffffcffefffull, 0xc0001dffef7bdef7ull,
    0xdd5fef7bdef7ff20ull, 0x0000000007ffdfbfull, 0xf97fbfffffffffffull, 0xffffffffffffffffull,
    0x00000000ffffdfffull, 0xefffffffffff0000ull, 0x0000000000000000ull, 0x0000000000000000ull,
    0x0000000000000000ull, 0x0000000000000000ull, 0xffffffffffffffffull, 0xffffffff3d7f3dffull,
    0x7f3dffffffff3dffull, 0xffffffffff7fff3dull, 0xffffffffff3dffffull, 0x1fffffff07ffffffull,
    0xffffffff03ffffffull, 0x003fffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffff1fffffffull, 0x01ffffffffffffffull, 0x006fffff800fffffull, 0x000ddfff000fffffull,
    0xffcfffffffffffffull, 0x03ff03ff1ffbffffull, 0xffffffff03ff07ffull, 0x01ffffffffffffffull,
    0xffff05ffffffffffull, 0x003fffffffffffffull, 0x01ff0fff7fffffffull, 0x001f3ffffffffff1ull,
    0xffff0fffffffffffull, 0xffffffffc7ff03ffull, 0xffffffffce7fffffull, 0x001ffffe7fffffffull,
    0x40003fff03ff03ffull, 0x0000000000000000ull, 0xffcfffffffffffffull, 0x7ff007ffffff1fefull,
    0xfffff3ffffffffffull, 0xf003ffbfffffffffull, 0xf87fffffffffffffull, 0xffffffffffffe3ffull,
    0x0000000000000000ull, 0x04efde02000800ffull, 0x08008fffffffffffull, 0xfefff80000004000ull,
    0x0000000007ffffffull, 0x0000000000000000ull, 0xaaaaaaaaaaaaaaaaull, 0xaaaaaaaaaaaaaaaaull,
    0xaaaaaaaab3eaaaaaull, 0xaaaaaaaaaaaaaaaaull,
};

int rf_text_fold_copies(uint32_t cp)
{
    if (cp < STABLE_LO || cp >= STABLE_HI)
        return 0;
    cp -= STABLE_LO;
    return (int)(k_stable[cp >> 6] >> (cp & 63) & 1);
}
