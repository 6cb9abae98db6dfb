/*
 * http_parse.c - bounded HTTP/1.x request-head parser (see http_parse.h).
 *
 * Accepted grammar (a strict subset of RFC 9112, with bare LF tolerated):
 *
 *   request-line = method SP target SP "HTTP/1." ("0" | "1") CRLF
 *   method       = 1*16 uppercase letters
 *   target       = "/" or "*" followed by visible ASCII (no SP, CTL, DEL)
 *   header       = token ":" OWS value OWS CRLF     (no obs-fold)
 *   head         = request-line *header CRLF
 *
 * Content-Length must be plain digits; repeated Content-Length headers must
 * agree. Transfer-Encoding is refused. The scan for the end of the head is
 * bounded by HP_MAX_HEADER_BYTES, so a client that never sends a blank line
 * costs at most that much.
 *
 * Callers: tests/fakeserver/fakeserver.c (event loop) and
 * tests/fuzz/fuzz_http_request.c (which #includes this file).
 */
#include "http_parse.h"

#include <string.h>

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int hp_slice_ieq(hp_slice s, const char *lit)
{
    size_t n = strlen(lit), i;
    if (s.len != n)
        return 0;
    for (i = 0; i < n; i++)
        if (lower((unsigned char)s.ptr[i]) != lower((unsigned char)lit[i]))
            return 0;
    return 1;
}

hp_slice http_header_get(const http_request *req, const char *name)
{
    hp_slice none = {NULL, 0};
    size_t i;
    for (i = 0; i < req->n_headers; i++)
        if (hp_slice_ieq(req->headers[i].name, name))
            return req->headers[i].value;
    return none;
}

static int is_tchar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

/* Find the end of the head: returns the length including the blank line, 0 if
 * not yet present. Tolerates bare LF. */
static size_t find_head_end(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(buf + i, '\n', len - i);
        if (!nl)
            return 0;
        i = (size_t)(nl - buf);
        if (i + 1 < len && buf[i + 1] == '\n')
            return i + 2;
        if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n')
            return i + 3;
        i++;
    }
    return 0;
}

/* Next line of buf[*pos..end) without its CR?LF. Returns 0 at end. */
static int next_line(const char *buf, size_t end, size_t *pos, hp_slice *line)
{
    const char *nl;
    size_t n;
    if (*pos >= end)
        return 0;
    nl = memchr(buf + *pos, '\n', end - *pos);
    if (!nl)
        return 0;
    n = (size_t)(nl - (buf + *pos));
    line->ptr = buf + *pos;
    line->len = (n > 0 && line->ptr[n - 1] == '\r') ? n - 1 : n;
    *pos += n + 1;
    return 1;
}

static const char *parse_request_line(hp_slice line, http_request *req)
{
    size_t i = 0, start;
    while (i < line.len && line.ptr[i] >= 'A' && line.ptr[i] <= 'Z')
        i++;
    if (i == 0 || i > HP_MAX_METHOD || i >= line.len || line.ptr[i] != ' ')
        return "bad method";
    req->method.ptr = line.ptr;
    req->method.len = i;
    start = ++i;
    while (i < line.len && line.ptr[i] != ' ') {
        unsigned char c = (unsigned char)line.ptr[i];
        if (c <= 0x20 || c >= 0x7f)
            return "bad request target";
        i++;
    }
    if (i == start || i >= line.len || (line.ptr[start] != '/' && line.ptr[start] != '*'))
        return "bad request target";
    req->target.ptr = line.ptr + start;
    req->target.len = i - start;
    req->path = req->target;
    {
        const char *q = memchr(req->target.ptr, '?', req->target.len);
        if (q)
            req->path.len = (size_t)(q - req->target.ptr);
    }
    i++;
    if (line.len - i != 8 || memcmp(line.ptr + i, "HTTP/1.", 7) != 0)
        return "bad HTTP version";
    if (line.ptr[i + 7] != '0' && line.ptr[i + 7] != '1')
        return "bad HTTP version";
    req->minor = line.ptr[i + 7] - '0';
    req->keep_alive = req->minor == 1;
    return NULL;
}

static const char *parse_content_length(hp_slice v, http_request *req, int *seen)
{
    size_t i, n = 0;
    if (v.len == 0 || v.len > 19)
        return "bad Content-Length";
    for (i = 0; i < v.len; i++) {
        if (v.ptr[i] < '0' || v.ptr[i] > '9')
            return "bad Content-Length";
        n = n * 10 + (size_t)(v.ptr[i] - '0');
    }
    if (*seen && n != req->content_length)
        return "conflicting Content-Length";
    *seen = 1;
    req->content_length = n;
    return NULL;
}

/* Does the comma-separated list v contain token tok (case-insensitive)? */
static int list_has(hp_slice v, const char *tok)
{
    size_t i = 0;
    while (i < v.len) {
        hp_slice t;
        while (i < v.len && (v.ptr[i] == ' ' || v.ptr[i] == '\t' || v.ptr[i] == ','))
            i++;
        t.ptr = v.ptr + i;
        while (i < v.len && v.ptr[i] != ',')
            i++;
        t.len = (size_t)(v.ptr + i - t.ptr);
        while (t.len > 0 && (t.ptr[t.len - 1] == ' ' || t.ptr[t.len - 1] == '\t'))
            t.len--;
        if (t.len > 0 && hp_slice_ieq(t, tok))
            return 1;
    }
    return 0;
}

static const char *note_header(const http_header *h, http_request *req, int *seen_cl)
{
    if (hp_slice_ieq(h->name, "content-length"))
        return parse_content_length(h->value, req, seen_cl);
    if (hp_slice_ieq(h->name, "transfer-encoding"))
        return "Transfer-Encoding not supported";
    if (hp_slice_ieq(h->name, "connection")) {
        if (list_has(h->value, "close"))
            req->keep_alive = 0;
        else if (list_has(h->value, "keep-alive"))
            req->keep_alive = 1;
    } else if (hp_slice_ieq(h->name, "expect")) {
        if (!hp_slice_ieq(h->value, "100-continue"))
            return "unsupported Expect";
        req->expect_continue = 1;
    } else if (hp_slice_ieq(h->name, "authorization")) {
        req->has_auth = 1;
    } else if (hp_slice_ieq(h->name, "x-api-key")) {
        req->has_x_api_key = 1;
    } else if (hp_slice_ieq(h->name, "anthropic-version")) {
        req->anthropic_version = h->value;
    }
    return NULL;
}

static const char *parse_header(hp_slice line, http_header *h)
{
    size_t i = 0, e;
    if (line.len > 0 && (line.ptr[0] == ' ' || line.ptr[0] == '\t'))
        return "obsolete header folding";
    while (i < line.len && is_tchar((unsigned char)line.ptr[i]))
        i++;
    if (i == 0 || i >= line.len || line.ptr[i] != ':')
        return "bad header name";
    h->name.ptr = line.ptr;
    h->name.len = i;
    i++;
    while (i < line.len && (line.ptr[i] == ' ' || line.ptr[i] == '\t'))
        i++;
    e = line.len;
    while (e > i && (line.ptr[e - 1] == ' ' || line.ptr[e - 1] == '\t'))
        e--;
    for (size_t k = i; k < e; k++) {
        unsigned char c = (unsigned char)line.ptr[k];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return "control character in header value";
    }
    h->value.ptr = line.ptr + i;
    h->value.len = e - i;
    return NULL;
}

static hp_result fail(http_request *req, hp_result r, const char *why)
{
    req->error = why;
    return r;
}

hp_result http_parse_request(const char *buf, size_t len, http_request *req)
{
    size_t head, pos = 0, scan = len < HP_MAX_HEADER_BYTES ? len : HP_MAX_HEADER_BYTES;
    hp_slice line;
    const char *why;
    int seen_cl = 0;

    memset(req, 0, sizeof *req);
    /* RFC 9112 2.2: ignore at least one empty line before the request line. */
    while (pos < len && (buf[pos] == '\r' || buf[pos] == '\n') && pos < 4)
        pos++;
    head = find_head_end(buf + pos, scan - (pos < scan ? pos : scan));
    if (head == 0)
        return len >= HP_MAX_HEADER_BYTES ? fail(req, HP_EBAD, "request head too large")
                                          : HP_PARTIAL;
    head += pos;
    if (!next_line(buf, head, &pos, &line))
        return fail(req, HP_EBAD, "no request line");
    if ((why = parse_request_line(line, req)) != NULL)
        return fail(req, HP_EBAD, why);
    while (next_line(buf, head, &pos, &line) && line.len > 0) {
        http_header *h;
        if (req->n_headers >= HP_MAX_HEADERS)
            return fail(req, HP_EBAD, "too many headers");
        h = &req->headers[req->n_headers];
        if ((why = parse_header(line, h)) != NULL || (why = note_header(h, req, &seen_cl)) != NULL)
            return fail(req, HP_EBAD, why);
        req->n_headers++;
    }
    req->head_len = head;
    if (req->content_length > HP_MAX_BODY)
        return fail(req, HP_ETOOLARGE, "request body too large");
    req->total_len = head + req->content_length;
    if (len < req->total_len)
        return HP_PARTIAL;
    req->body.ptr = buf + head;
    req->body.len = req->content_length;
    return HP_OK;
}
