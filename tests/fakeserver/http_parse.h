/*
 * http_parse.h - a small, bounded HTTP/1.x request parser for the fake server.
 *
 * The parser never copies: every field of http_request is a (ptr,len) slice
 * borrowed from the caller's input buffer and valid until that buffer changes.
 * It is incremental in the simplest way: call it again on the whole buffer
 * when more bytes arrive; it answers HP_PARTIAL until a complete request
 * (head + Content-Length body) is present.
 *
 * Limits (named, checked before anything is trusted):
 *   HP_MAX_HEADER_BYTES  request line + headers + blank line
 *   HP_MAX_HEADERS       number of header fields
 *   HP_MAX_BODY          Content-Length
 * Chunked request bodies are not supported (HP_EBAD): every client we test
 * (libcurl, curl) sends Content-Length.
 */
#ifndef RF_FS_HTTP_PARSE_H
#define RF_FS_HTTP_PARSE_H

#include <stddef.h>

#define HP_MAX_HEADER_BYTES 16384
#define HP_MAX_HEADERS 64
#define HP_MAX_BODY (8u * 1024u * 1024u)
#define HP_MAX_METHOD 16

typedef struct hp_slice {
    const char *ptr;
    size_t len;
} hp_slice;

typedef struct http_header {
    hp_slice name;
    hp_slice value;
} http_header;

typedef enum hp_result {
    HP_OK = 0,    /* a complete request is in the buffer: total_len bytes */
    HP_PARTIAL,   /* need more bytes; head_len > 0 once the head is complete */
    HP_EBAD,      /* malformed or over a header limit: answer 400 and close */
    HP_ETOOLARGE, /* Content-Length over HP_MAX_BODY: answer 413 and close */
} hp_result;

typedef struct http_request {
    hp_slice method; /* "GET", "POST", ... */
    hp_slice target; /* "/v1/chat/completions?x=y" as sent */
    hp_slice path;   /* target without the query string */
    int minor;       /* HTTP/1.<minor>, 0 or 1 */
    http_header headers[HP_MAX_HEADERS];
    size_t n_headers;
    size_t head_len;            /* bytes of request line + headers + blank line */
    size_t content_length;      /* 0 when absent */
    size_t total_len;           /* head_len + content_length (valid when HP_OK) */
    hp_slice body;              /* valid when HP_OK */
    int keep_alive;             /* 1 unless "Connection: close" (1.1) / no keep-alive (1.0) */
    int expect_continue;        /* "Expect: 100-continue" */
    int has_auth;               /* an Authorization header was sent */
    int has_x_api_key;          /* an x-api-key header was sent */
    hp_slice anthropic_version; /* value of anthropic-version, len 0 if absent */
    const char *error;          /* static reason when HP_EBAD / HP_ETOOLARGE */
} http_request;

/* Parse the request at the start of buf[0..len). Fills *req (always fully
 * initialised) and returns an hp_result. Never reads past buf+len. */
hp_result http_parse_request(const char *buf, size_t len, http_request *req);

/* Case-insensitive comparison of a slice with a NUL-terminated ASCII string. */
int hp_slice_ieq(hp_slice s, const char *lit);

/* The value of the first header named `name` (case-insensitive), or a slice
 * with ptr NULL and len 0. */
hp_slice http_header_get(const http_request *req, const char *name);

#endif
