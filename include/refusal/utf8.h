/*
 * utf8.h - UTF-8 validation, repair and safe truncation.
 *
 * Text enters librefusal as UTF-8 and is validated where it enters (HTTP
 * bodies, files, DB rows). Invalid bytes, overlong forms, surrogates and code
 * points above U+10FFFF are replaced by U+FFFD (EF BF BD), one per maximal
 * invalid subpart.
 */
#ifndef RF_UTF8_H
#define RF_UTF8_H

#include "refusal/buf.h"

/* Decode one code point from s[0..len). On success returns the number of
 * bytes consumed (1-4) and stores the code point in *cp. On an invalid or
 * truncated sequence returns -(number of bytes to skip, >= 1) and stores
 * 0xFFFD. len must be > 0. */
int rf_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encode cp (<= 0x10FFFF, not a surrogate) into out (4 bytes); returns length. */
int rf_utf8_encode(uint32_t cp, char *out);

/* 1 if s[0..len) is valid UTF-8 (no NUL check), else 0. */
int rf_utf8_valid(const char *s, size_t len);

/* Append s[0..len) to out with every invalid sequence replaced by U+FFFD.
 * Returns the buf status. */
rf_status rf_utf8_sanitize(rf_buf *out, const char *s, size_t len) RF_MUST_CHECK;

/* Length of the longest prefix of s[0..len) that does not end inside a
 * multi-byte sequence (for joining streamed chunks). */
size_t rf_utf8_complete_prefix(const char *s, size_t len);

/* Largest n <= max such that s[0..n) ends on a code point boundary. */
size_t rf_utf8_trunc(const char *s, size_t len, size_t max);

/* Number of code points in s[0..len) (invalid bytes count one each). */
size_t rf_utf8_count(const char *s, size_t len);

/* Append s to out for a terminal: valid UTF-8 with C0/C1 control characters
 * (other than \n and \t when keep_nl is set) and ESC sequences dropped. */
rf_status rf_utf8_term_escape(rf_buf *out, const char *s, size_t len, int keep_nl) RF_MUST_CHECK;

#endif
