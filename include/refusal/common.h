/*
 * common.h - status codes, error buffers and allocation for librefusal.
 *
 * Every fallible library function returns rf_status (0 = RF_OK) and is marked
 * RF_MUST_CHECK. Details go into a caller- or handle-owned `char err[RF_ERR_LEN]`
 * written only through rf_seterr(): the first error wins, later calls are ignored
 * until the buffer is cleared with rf_errclear().
 *
 * All library allocation goes through rf_malloc/rf_calloc/rf_realloc/rf_free so
 * that tests can count bytes and inject failures (rf_alloc_fail_after()).
 */
#ifndef RF_COMMON_H
#define RF_COMMON_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define RF_MUST_CHECK __attribute__((warn_unused_result))
#define RF_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define RF_UNUSED __attribute__((unused))
#else
#define RF_MUST_CHECK
#define RF_PRINTF(a, b)
#define RF_UNUSED
#endif

#define RF_VERSION "0.1.0"
#define RF_ERR_LEN 256

typedef enum rf_status {
    RF_OK = 0,
    RF_ENOMEM,    /* allocation failed */
    RF_EINVAL,    /* bad argument or option value */
    RF_EIO,       /* file or socket I/O failed */
    RF_EPARSE,    /* malformed input (JSON, JSONL, CSV, model file, ...) */
    RF_EUTF8,     /* invalid UTF-8 where it is not repaired */
    RF_ENOTFOUND, /* named thing (run, suite, file) does not exist */
    RF_EEXIST,    /* conflicts with something that exists */
    RF_EDB,       /* SQLite error */
    RF_EHTTP,     /* HTTP or transport error */
    RF_ELIMIT,    /* a named size or count limit was exceeded */
    RF_EINTR,     /* interrupted (SIGINT) */
    RF_EUNSUP,    /* unsupported feature or format */
    RF_STATUS_COUNT
} rf_status;

/* Map a status to a short constant English text. Never NULL. */
const char *rf_status_str(rf_status st);

/* Write a printf-formatted message into err (RF_ERR_LEN bytes) unless err is
 * NULL or already holds a message (first error wins). No trailing newline. */
void rf_seterr(char *err, const char *fmt, ...) RF_PRINTF(2, 3);

/* Clear err so that the next rf_seterr() writes. */
void rf_errclear(char *err);

/* Allocation wrappers. rf_malloc(0) returns a unique non-NULL pointer.
 * All return NULL on failure (or on an injected failure). rf_free(NULL) is a no-op. */
void *rf_malloc(size_t n);
void *rf_calloc(size_t n, size_t size);
void *rf_realloc(void *p, size_t n);
void rf_free(void *p);
/* Duplicate a NUL-terminated string / the first n bytes of s (result NUL-terminated).
 * New allocation, caller frees with rf_free. NULL on failure. */
char *rf_strdup(const char *s);
char *rf_strndup(const char *s, size_t n);

/* Test hooks: make the Nth allocation from now fail (0 disables); count of
 * allocations made so far. Not thread-safe; for tests only. */
void rf_alloc_fail_after(long n);
long rf_alloc_count(void);

/* Locale-free character classes for ASCII bytes. */
static inline int rf_isspace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int rf_isdigit(int c)
{
    return c >= '0' && c <= '9';
}
static inline int rf_isalpha(int c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}
static inline int rf_isalnum(int c)
{
    return rf_isalpha(c) || rf_isdigit(c);
}
static inline int rf_tolower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Strict number parsing over the whole string (no leading/trailing junk, no
 * empty string). Return RF_OK, RF_EINVAL (not a number) or RF_ELIMIT (out of
 * [min,max]). */
rf_status rf_parse_i64(const char *s, int64_t min, int64_t max, int64_t *out) RF_MUST_CHECK;
rf_status rf_parse_double(const char *s, double min, double max, double *out) RF_MUST_CHECK;

/* Monotonic clock in seconds; wall clock as ISO-8601 UTC into buf (>= 21 bytes). */
double rf_now(void);
void rf_iso_time(char *buf, size_t len);

#endif
