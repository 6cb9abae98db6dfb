/*
 * utf8.c - UTF-8 decode/encode, validation, repair, truncation and terminal
 * escaping (see refusal/utf8.h). Pure functions, no state.
 *
 * Decoding follows the Unicode "maximal subpart" practice: an invalid lead
 * byte, or a lead byte whose continuation is missing or out of range, is
 * replaced by one U+FFFD and decoding resumes at the first byte that could not
 * belong to the sequence.
 */
#include "refusal/utf8.h"

#include <stdint.h>
#include <string.h>

static const char repl[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

int rf_utf8_decode(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[0];
    uint32_t v;
    size_t need, i;
    unsigned char lo = 0x80, hi = 0xBF;

    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *cp = 0xFFFD;
        return -1;
    }
    for (i = 1; i <= need; i++) {
        unsigned char b;
        if (i >= len) {
            *cp = 0xFFFD;
            return -(int)i;
        }
        b = s[i];
        if (b < lo || b > hi) {
            *cp = 0xFFFD;
            return -(int)i;
        }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return (int)need + 1;
}

int rf_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 0xFFFD;
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF)
        return rf_utf8_encode(0xFFFD, out);
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int rf_utf8_valid(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        int n;
        if ((unsigned char)s[i] < 0x80) {
            uint64_t w;
            for (i++; i + 8 <= len; i += 8) { /* ASCII eight bytes at a time */
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ull)
                    break;
            }
            continue;
        }
        if (i + 3 <= len) { /* well-formed 2- and 3-byte sequences inline */
            unsigned char c = (unsigned char)s[i], c1 = (unsigned char)s[i + 1];
            if (c >= 0xC2 && c <= 0xDF && (c1 & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            if (c >= 0xE1 && c <= 0xEF && c != 0xED && (c1 & 0xC0) == 0x80 &&
                ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
        }
        n = rf_utf8_decode(s + i, len - i, &cp);
        if (n < 0)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

rf_status rf_utf8_sanitize(rf_buf *out, const char *s, size_t len)
{
    size_t i = 0, run = 0;
    rf_status st;
    while (i < len) {
        uint32_t cp;
        int n;
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        n = rf_utf8_decode(s + i, len - i, &cp);
        if (n > 0) {
            i += (size_t)n;
            continue;
        }
        if ((st = rf_buf_add(out, s + run, i - run)) != RF_OK)
            return st;
        if ((st = rf_buf_add(out, repl, 3)) != RF_OK)
            return st;
        i += (size_t)(-n);
        run = i;
    }
    return rf_buf_add(out, s + run, len - run);
}

size_t rf_utf8_complete_prefix(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i, back = 0;
    if (!len)
        return 0;
    /* Walk back over up to 3 continuation bytes to the last lead byte. */
    i = len;
    while (i > 0 && back < 4 && (s[i - 1] & 0xC0) == 0x80) {
        i--;
        back++;
    }
    if (i == 0)
        return len;
    {
        unsigned char c = s[i - 1];
        size_t need;
        if (c < 0x80)
            return len;
        if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            need = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            need = 3;
        else
            return len; /* invalid lead: not ours to hold back */
        if (back < need)
            return i - 1;
    }
    return len;
}

size_t rf_utf8_trunc(const char *str, size_t len, size_t max)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n;
    if (max >= len)
        return len;
    n = max;
    while (n > 0 && (s[n] & 0xC0) == 0x80 && max - n < 3)
        n--;
    return n;
}

size_t rf_utf8_count(const char *s, size_t len)
{
    size_t i = 0, count = 0;
    while (i < len) {
        uint32_t cp;
        int n = rf_utf8_decode(s + i, len - i, &cp);
        i += (size_t)(n > 0 ? n : -n);
        count++;
    }
    return count;
}

rf_status rf_utf8_term_escape(rf_buf *out, const char *s, size_t len, int keep_nl)
{
    size_t i = 0;
    rf_status st = RF_OK;
    while (i < len && st == RF_OK) {
        uint32_t cp;
        int n = rf_utf8_decode(s + i, len - i, &cp);
        size_t step = (size_t)(n > 0 ? n : -n);
        if (n < 0)
            st = rf_buf_add(out, repl, 3);
        else if (cp == '\n' || cp == '\t')
            st = keep_nl ? rf_buf_addc(out, (char)cp) : rf_buf_addc(out, ' ');
        else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            ; /* drop control characters, including ESC */
        else if (cp == 0x202E || cp == 0x202D || cp == 0x2066 || cp == 0x2067 || cp == 0x2068)
            ; /* drop bidi overrides */
        else
            st = rf_buf_add(out, s + i, step);
        i += step;
    }
    return st;
}
