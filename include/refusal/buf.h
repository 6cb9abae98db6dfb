/*
 * buf.h - rf_buf, the one growable byte buffer, and rf_slice, a borrowed view.
 *
 * An rf_buf is always NUL-terminated (ptr is never NULL after rf_buf_init: it
 * points at "" until the first append). It has a mandatory maximum size fixed
 * at init; an append that would exceed it, or that fails to allocate, frees the
 * contents, resets the buffer to empty and returns RF_ELIMIT / RF_ENOMEM.
 * Only this API touches the fields.
 */
#ifndef RF_BUF_H
#define RF_BUF_H

#include <stdarg.h>
#include "refusal/common.h"

typedef struct rf_buf {
    char *ptr;  /* owned allocation, or NULL while empty (see rf_buf_ptr) */
    size_t len; /* bytes used, excluding the NUL */
    size_t cap; /* bytes allocated */
    size_t max; /* maximum len + 1 */
} rf_buf;

typedef struct rf_slice {
    const char *ptr;
    size_t len;
} rf_slice;

/* Initialise an empty buffer that may hold up to max-1 bytes. */
void rf_buf_init(rf_buf *b, size_t max);
/* Free the contents; the buffer is empty and reusable with the same max. */
void rf_buf_free(rf_buf *b);
/* Make the buffer empty but keep its allocation. */
void rf_buf_reset(rf_buf *b);
/* rf_buf_free when the allocation is over keep bytes (a buffer reused
 * across items gives back the room one huge item grew it to). */
void rf_buf_trim(rf_buf *b, size_t keep);
/* Append bytes / a NUL-terminated string / one byte / printf output. */
rf_status rf_buf_add(rf_buf *b, const void *p, size_t n) RF_MUST_CHECK;
rf_status rf_buf_adds(rf_buf *b, const char *s) RF_MUST_CHECK;
rf_status rf_buf_addc(rf_buf *b, char c) RF_MUST_CHECK;
rf_status rf_buf_printf(rf_buf *b, const char *fmt, ...) RF_PRINTF(2, 3) RF_MUST_CHECK;
rf_status rf_buf_vprintf(rf_buf *b, const char *fmt, va_list ap) RF_MUST_CHECK;
/* Room for extra more bytes; when the buffer must grow, to exactly that
 * size (rf_buf_add doubles: a 4.5 MB text took 8 MB). Nothing happens when
 * extra is over the limit (the add that follows reports it); a failed
 * allocation frees the contents and returns RF_ENOMEM, as an append does. */
rf_status rf_buf_reserve(rf_buf *b, size_t extra) RF_MUST_CHECK;
/* Drop the last n bytes (n <= len). */
void rf_buf_shrink(rf_buf *b, size_t n);
/* The contents, always NUL-terminated, borrowed until the next change. */
const char *rf_buf_ptr(const rf_buf *b);
size_t rf_buf_len(const rf_buf *b);
/* Take ownership of the contents (caller frees with rf_free; never NULL unless
 * allocation fails); the buffer becomes empty. */
char *rf_buf_take(rf_buf *b, size_t *len);

/* Append s[0..len) as a JSON string, quotes included: '"' and '\\'
 * escaped, \n \r \t as such, other control bytes as \u00XX, everything
 * else (UTF-8 included) as it is. s must be valid UTF-8. Errors: RF_ENOMEM,
 * RF_ELIMIT. */
rf_status rf_buf_add_json(rf_buf *b, const char *s, size_t len) RF_MUST_CHECK;

/* Append x as printf's "%.4f" would (same bytes, round half to even on
 * the exact binary value), without printf for x in [0, 1], the common case
 * of a probability; other values (negative zero, NaN, out of range) and
 * values within 1e-6 of a rounding tie go through printf. Errors:
 * RF_ENOMEM, RF_ELIMIT. */
rf_status rf_buf_add_fixed4(rf_buf *b, double x) RF_MUST_CHECK;

/* Slices. */
rf_slice rf_slice_of(const char *s);
int rf_slice_eq(rf_slice a, const char *s);

#endif
