/*
 * reply.c - what the fake server answers: routing, markers, response bodies.
 *
 * Endpoints
 *   | method | path                    | answer                                     |
 *   |--------|-------------------------|--------------------------------------------|
 *   | POST   | /v1/chat/completions    | OpenAI chat completion (or SSE stream)     |
 *   | POST   | /v1/messages            | Anthropic Messages API (or SSE stream)     |
 *   | POST   | /v1/images/generations  | {"created","data":[{"b64_json"}]}          |
 *   | GET    | /health                 | 200 "ok"                                   |
 *   | GET    | /v1/models              | one fake model                             |
 *   | *      | anything else           | 404 JSON error                             |
 *
 * The answer is decided by markers in the last user message (the "prompt";
 * for images the "prompt" field). Several markers may be combined.
 *   | marker            | effect                                                   |
 *   |-------------------|----------------------------------------------------------|
 *   | (none)            | "Sure. Here is a short answer about <60 bytes>."         |
 *   | [[refuse]]        | a refusal (images: like [[filter]])                      |
 *   | [[partial]]       | refuse, then answer                                      |
 *   | [[empty]]         | ""                                                       |
 *   | [[echo]]          | the whole prompt                                         |
 *   | [[utf8]]          | multilingual text with CJK and emoji                     |
 *   | [[long:N]]        | exactly N bytes of ASCII text                            |
 *   | [[429:N]]         | the first N requests with this exact prompt get 429      |
 *   | [[500:N]]         | likewise with 500 (checked after 429:N)                  |
 *   | [[500]]           | always 500                                               |
 *   | [[filter]]        | 400 content_policy_violation (Anthropic: its error form) |
 *   | [[filter-finish]] | chat: 200, finish_reason content_filter, content null;   |
 *   |                   | messages: stop_reason "refusal", no content              |
 *   | [[malformed]]     | 200 with an invalid JSON body                            |
 *   | [[truncate]]      | Content-Length larger than what is sent, then close      |
 *   | [[hang]]          | never answer                                             |
 *   | [[slow:MS]]       | answer MS milliseconds later                             |
 *   | [[say:TEXT]]      | exactly TEXT (e.g. a judge's "verdict: full_refusal")    |
 *
 * Streams (stream: true) use chunked transfer encoding. The SSE byte stream is
 * cut into pieces at odd offsets, preferring offsets inside multi-byte UTF-8
 * characters; each piece is one HTTP chunk and one separate write, with
 * FS_PIECE_DELAY_MS between writes (the event loop does the pacing).
 *
 * Error bodies follow the API of the endpoint: OpenAI
 * {"error":{"message","type","param","code"}}, Anthropic
 * {"type":"error","error":{"type","message"}}.
 *
 * Ownership: fs_reply.out belongs to the caller; everything else here is
 * freed before returning. Counters live in fs_state until fs_state_free.
 */
#include "fakeserver.h"

#include <jansson.h>
#include <string.h>
#include <time.h>

#include "refusal/utf8.h"

#define FS_PREFIX_BYTES 60  /* prompt bytes quoted in the default answer */
#define FS_LOGPROB_TOKENS 8 /* tokens that get logprobs */
#define FS_MAX_TOP_LOGPROBS 20
#define FS_MAX_MARKER 120 /* bytes between [[ and ]] */
#define FS_MAX_IMAGES 4

static const char TEXT_REFUSE[] = "I'm sorry, but I can't help with that request.";
static const char TEXT_PARTIAL[] =
    "I'm sorry, but I can't give step-by-step details on that. However, here is some general "
    "background: the topic is widely covered in public safety guides, and a qualified "
    "professional can answer specific questions.";
static const char TEXT_UTF8[] =
    "Sure! Here is the answer in several languages: English: fine. Deutsch: schön, Grüße. "
    "Ελληνικά: καλημέρα. Русский: привет. 日本語：こんにちは、元気です。中文：你好，世界。"
    "한국어: 안녕하세요. Emoji: 🙂🚀👍🏽🇯🇵. Math: ∑∞≠√. Done.";
static const char TEXT_LONG_UNIT[] = "This is a long compliant answer with plenty of words. ";
static const char PNG_B64[] =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYD"
    "FKhhdAAAAAElFTkSuQmCC";
static const char *const ALT_TOKENS[] = {
    "I",   "Sure", "Sorry", "Here", "The",  "As", "Certainly", "Unfortunately",
    "Yes", "No",   "While", "It",   "To",   "In", "This",      "Of",
    "A",   "We",   "You",   "My",   "Hello"};

typedef enum endpoint { EP_NONE, EP_CHAT, EP_MESSAGES, EP_IMAGES } endpoint;

typedef struct behave {
    int refuse, partial, empty, echo, utf8, malformed, truncate, hang, filter, filter_finish;
    int always500;
    long long_n, n429, n500, slow_ms; /* -1 (or 0 for slow) when absent */
    const char *say;                  /* [[say:TEXT]]: borrowed from the prompt */
    size_t say_len;
} behave;

struct fs_counter {
    char *key; /* kind byte + prompt; NULL = empty slot */
    size_t len;
    uint64_t hash;
    long count;
};

/* Per-request context. */
typedef struct ctx {
    fs_state *st;
    const http_request *req;
    fs_reply *rep;
    endpoint ep;
    json_t *body; /* parsed request body or NULL */
    const char *prompt;
    size_t prompt_len;
    rf_buf prompt_buf; /* owns the prompt when built from content parts */
    const char *model;
    int stream, include_usage, logprobs;
    long top_logprobs;
    behave b;
    int failed; /* an append failed: answer 500 instead */
} ctx;

/* ------------------------------------------------------------------ state */

void fs_state_init(fs_state *st)
{
    memset(st, 0, sizeof *st);
    rf_buf_init(&st->scratch, FS_MAX_REPLY);
}

void fs_state_free(fs_state *st)
{
    size_t i;
    for (i = 0; i < st->cap_counters; i++)
        rf_free(st->counters[i].key);
    rf_free(st->counters);
    st->counters = NULL;
    st->n_counters = st->cap_counters = 0;
    rf_buf_free(&st->scratch);
}

static uint64_t fnv1a(char kind, const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    size_t i;
    h = (h ^ (unsigned char)kind) * 1099511628211ull;
    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
    return h;
}

static int counters_grow(fs_state *st)
{
    size_t ncap = st->cap_counters ? st->cap_counters * 2 : 64, i;
    fs_counter *nt = rf_calloc(ncap, sizeof *nt);
    if (!nt)
        return -1;
    for (i = 0; i < st->cap_counters; i++) {
        fs_counter *o = &st->counters[i];
        size_t j;
        if (!o->key)
            continue;
        for (j = o->hash & (ncap - 1); nt[j].key; j = (j + 1) & (ncap - 1))
            ;
        nt[j] = *o;
    }
    rf_free(st->counters);
    st->counters = nt;
    st->cap_counters = ncap;
    return 0;
}

/* Return how many earlier requests carried (kind, prompt), and count this one.
 * Past FS_MAX_COUNTERS distinct prompts (or out of memory) returns a large
 * number, i.e. the error budget is treated as spent. */
static long counter_bump(fs_state *st, char kind, const char *p, size_t n)
{
    uint64_t h = fnv1a(kind, p, n);
    size_t j;
    fs_counter *c;
    if (st->n_counters * 2 >= st->cap_counters &&
        (st->n_counters >= FS_MAX_COUNTERS || counters_grow(st) != 0))
        return (long)1 << 30;
    for (j = h & (st->cap_counters - 1);; j = (j + 1) & (st->cap_counters - 1)) {
        c = &st->counters[j];
        if (!c->key)
            break;
        if (c->hash == h && c->len == n + 1 && c->key[0] == kind && memcmp(c->key + 1, p, n) == 0)
            return c->count++;
    }
    c->key = rf_malloc(n + 1);
    if (!c->key)
        return (long)1 << 30;
    c->key[0] = kind;
    memcpy(c->key + 1, p, n);
    c->len = n + 1;
    c->hash = h;
    c->count = 1;
    st->n_counters++;
    return 0;
}

/* ---------------------------------------------------------------- markers */

/* Strict decimal of s[0..n), clamped to max; -1 if not all digits. */
static long parse_num(const char *s, size_t n, long max)
{
    long v = 0;
    size_t i;
    if (n == 0)
        return -1;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        if (v < max)
            v = v * 10 + (s[i] - '0');
    }
    return v > max ? max : v;
}

static int name_is(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static void apply_marker(behave *b, const char *s, size_t n)
{
    const char *colon = memchr(s, ':', n);
    size_t nl = colon ? (size_t)(colon - s) : n;
    const char *arg = colon ? colon + 1 : NULL;
    size_t al = colon ? n - nl - 1 : 0;
    if (!colon) {
        if (name_is(s, n, "refuse"))
            b->refuse = 1;
        else if (name_is(s, n, "partial"))
            b->partial = 1;
        else if (name_is(s, n, "empty"))
            b->empty = 1;
        else if (name_is(s, n, "echo"))
            b->echo = 1;
        else if (name_is(s, n, "utf8"))
            b->utf8 = 1;
        else if (name_is(s, n, "malformed"))
            b->malformed = 1;
        else if (name_is(s, n, "truncate"))
            b->truncate = 1;
        else if (name_is(s, n, "hang"))
            b->hang = 1;
        else if (name_is(s, n, "filter"))
            b->filter = 1;
        else if (name_is(s, n, "filter-finish"))
            b->filter_finish = 1;
        else if (name_is(s, n, "500"))
            b->always500 = 1;
        return;
    }
    if (name_is(s, nl, "say")) {
        b->say = arg;
        b->say_len = al;
    } else if (name_is(s, nl, "long"))
        b->long_n = parse_num(arg, al, (long)FS_MAX_LONG);
    else if (name_is(s, nl, "429"))
        b->n429 = parse_num(arg, al, 1000000);
    else if (name_is(s, nl, "500"))
        b->n500 = parse_num(arg, al, 1000000);
    else if (name_is(s, nl, "slow")) {
        long v = parse_num(arg, al, FS_MAX_SLOW_MS);
        b->slow_ms = v > 0 ? v : 0;
    }
}

static void parse_markers(const char *p, size_t n, behave *b)
{
    size_t i = 0;
    memset(b, 0, sizeof *b);
    b->long_n = b->n429 = b->n500 = -1;
    while (i + 4 <= n) {
        const char *open = memchr(p + i, '[', n - i - 1);
        size_t s, e;
        if (!open)
            return;
        s = (size_t)(open - p);
        if (s + 1 >= n || p[s + 1] != '[') {
            i = s + 1;
            continue;
        }
        s += 2;
        for (e = s; e + 1 < n && e - s <= FS_MAX_MARKER; e++)
            if (p[e] == ']' && p[e + 1] == ']')
                break;
        if (e + 1 < n && p[e] == ']' && p[e + 1] == ']') {
            apply_marker(b, p + s, e - s);
            i = e + 2;
        } else {
            i = s;
        }
    }
}

/* ----------------------------------------------------------------- output */

static void add(ctx *c, const void *p, size_t n)
{
    if (!c->failed && rf_buf_add(&c->rep->out, p, n) != RF_OK)
        c->failed = 1;
}

static void adds(ctx *c, const char *s)
{
    add(c, s, strlen(s));
}

static void addf(ctx *c, const char *fmt, ...) RF_PRINTF(2, 3);
static void addf(ctx *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!c->failed && rf_buf_vprintf(&c->rep->out, fmt, ap) != RF_OK)
        c->failed = 1;
    va_end(ap);
}

/* Append the decimal digits of v (printf is a measurable share of a reply). */
static rf_status buf_num(rf_buf *b, unsigned long long v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return rf_buf_add(b, tmp + i, sizeof tmp - i);
}

static void addn(ctx *c, unsigned long long v)
{
    if (!c->failed && buf_num(&c->rep->out, v) != RF_OK)
        c->failed = 1;
}

static const char *status_text(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
}

/* Status line and headers; body_len is what Content-Length claims, or
 * (size_t)-1 for a chunked body. */
static void add_head(ctx *c, int status, const char *ctype, size_t body_len)
{
    c->rep->status = status;
    adds(c, "HTTP/1.1 ");
    addn(c, (unsigned)status);
    adds(c, " ");
    adds(c, status_text(status));
    adds(c, "\r\nContent-Type: ");
    adds(c, ctype);
    if (body_len == (size_t)-1) {
        adds(c, "\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n");
    } else {
        adds(c, "\r\nContent-Length: ");
        addn(c, body_len);
        adds(c, "\r\n");
    }
    if (status == 429)
        adds(c, "Retry-After: 1\r\n");
    if (c->rep->close_after)
        adds(c, "Connection: close\r\n");
    else if (c->req && c->req->minor == 0)
        adds(c, "Connection: keep-alive\r\n");
    adds(c, "\r\n");
}

static void send_body(ctx *c, int status, const char *ctype, const char *body, size_t len)
{
    add_head(c, status, ctype, c->b.truncate ? len + 100 : len);
    add(c, body, len);
    if (c->b.truncate)
        c->rep->close_after = 1;
}

/* Serialise j (stolen) as the JSON body. */
static void send_json(ctx *c, int status, json_t *j)
{
    char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    if (!s) {
        c->failed = 1;
        return;
    }
    send_body(c, status, "application/json", s, strlen(s));
    free(s);
}

static void send_error(ctx *c, int status, const char *code, const char *msg)
{
    const char *type = status == 429   ? "rate_limit_error"
                       : status >= 500 ? "api_error"
                       : status == 404 ? "not_found_error"
                       : status == 413 ? "request_too_large"
                                       : "invalid_request_error";
    json_t *j;
    if (c->ep == EP_MESSAGES)
        j = json_pack("{s:s, s:{s:s, s:s}}", "type", "error", "error", "type", type, "message",
                      msg);
    else
        j = json_pack("{s:{s:s, s:s, s:n, s:s?}}", "error", "message", msg, "type",
                      status == 429   ? "requests"
                      : status >= 500 ? "server_error"
                                      : "invalid_request_error",
                      "param", "code", code);
    c->b.truncate = 0;
    send_json(c, status, j);
}

/* Chunked SSE body: events[0..len) cut into pieces, one chunk and one write
 * each. With truncate the terminating chunk is never sent. */
static void send_sse(ctx *c, const char *ev, size_t len)
{
    size_t cuts[FS_MAX_CUTS], n = 0, k, pieces, prev = 0, step;
    int trunc = c->b.truncate;
    c->b.truncate = 0;
    if (trunc) /* stop two thirds in, inside an event */
        len = len * 2 / 3;
    pieces = len / 16;
    pieces = pieces < 2 ? 2 : pieces > FS_MAX_CUTS - 1 ? FS_MAX_CUTS - 1 : pieces;
    step = len / pieces ? len / pieces : 1;
    for (k = 1; k < pieces; k++) {
        size_t at = k * step + (k * 5) % 3, j;
        for (j = 0; j < 8 && at + j < len; j++)
            if (((unsigned char)ev[at + j] & 0xC0) == 0x80) {
                at += j;
                break;
            }
        if (at > prev && at < len)
            cuts[n++] = prev = at;
    }
    add_head(c, 200, "text/event-stream", (size_t)-1);
    prev = 0;
    c->rep->n_cuts = 0;
    for (k = 0; k <= n; k++) {
        size_t end = k < n ? cuts[k] : len;
        if (k > 0)
            c->rep->cuts[c->rep->n_cuts++] = c->rep->out.len;
        addf(c, "%zx\r\n", end - prev);
        add(c, ev + prev, end - prev);
        adds(c, "\r\n");
        prev = end;
    }
    if (trunc)
        c->rep->close_after = 1;
    else
        adds(c, "0\r\n\r\n");
}

/* ------------------------------------------------------------------- text */

static void choose_text(ctx *c, rf_buf *t)
{
    const behave *b = &c->b;
    rf_status st = RF_OK;
    if (b->empty)
        return;
    if (b->say)
        st = rf_buf_add(t, b->say, b->say_len);
    else if (b->refuse)
        st = rf_buf_adds(t, TEXT_REFUSE);
    else if (b->partial)
        st = rf_buf_adds(t, TEXT_PARTIAL);
    else if (b->utf8)
        st = rf_buf_adds(t, TEXT_UTF8);
    else if (b->long_n >= 0) {
        size_t want = (size_t)b->long_n, u = sizeof TEXT_LONG_UNIT - 1;
        while (st == RF_OK && t->len < want)
            st = rf_buf_add(t, TEXT_LONG_UNIT, want - t->len < u ? want - t->len : u);
    } else if (b->echo)
        st = rf_buf_add(t, c->prompt, c->prompt_len);
    else {
        size_t n = rf_utf8_trunc(c->prompt, c->prompt_len, FS_PREFIX_BYTES);
        if (rf_buf_adds(t, "Sure. Here is a short answer about ") != RF_OK ||
            rf_buf_add(t, c->prompt, n) != RF_OK || rf_buf_addc(t, '.') != RF_OK)
            st = RF_ENOMEM;
    }
    if (st != RF_OK)
        c->failed = 1;
}

static long count_tokens(size_t bytes)
{
    return bytes ? (long)(bytes + 3) / 4 : 0;
}

/* Is the word token w[0..n) (maybe with a leading space) the string alt? */
static int same_token(const char *alt, const char *w, size_t n)
{
    if (n > 0 && w[0] == ' ') {
        w++;
        n--;
    }
    return strlen(alt) == n && memcmp(alt, w, n) == 0;
}

/* The UTF-8 bytes of a token as a JSON array of integers. */
static json_t *token_bytes(const char *w, size_t n)
{
    json_t *a = json_array();
    size_t i;
    for (i = 0; a && i < n; i++)
        json_array_append_new(a, json_integer((unsigned char)w[i]));
    return a;
}

/* choices[0].logprobs.content for the first FS_LOGPROB_TOKENS word tokens. */
static json_t *make_logprobs(const char *t, size_t len, long k)
{
    json_t *arr = json_array();
    size_t i = 0, ntok = 0;
    if (k > FS_MAX_TOP_LOGPROBS)
        k = FS_MAX_TOP_LOGPROBS;
    while (arr && i < len && ntok < FS_LOGPROB_TOKENS) {
        size_t s = i, a;
        double lp = -0.0625 * (double)(ntok + 1);
        json_t *top = json_array(), *tok;
        long nt = 0;
        while (i < len && t[i] == ' ')
            i++;
        while (i < len && t[i] != ' ')
            i++;
        tok = json_stringn(t + s, i - s);
        for (a = 0; top && nt < k && a < sizeof ALT_TOKENS / sizeof *ALT_TOKENS; a++) {
            if (nt == 0) {
                json_array_append_new(top, json_pack("{s:O, s:f}", "token", tok, "logprob", lp));
                nt++;
            }
            if (nt < k && !same_token(ALT_TOKENS[a], t + s, i - s) &&
                json_array_append_new(top, json_pack("{s:s, s:f}", "token", ALT_TOKENS[a],
                                                     "logprob", -2.0 - 0.5 * (double)nt)) == 0)
                nt++;
        }
        json_array_append_new(arr,
                              json_pack("{s:o, s:f, s:o, s:o}", "token", tok, "logprob", lp,
                                        "bytes", token_bytes(t + s, i - s), "top_logprobs", top));
        ntok++;
    }
    return arr;
}

/* ----------------------------------------------------------- chat (OpenAI) */

static json_t *chunk_obj(ctx *c, json_t *choices, const char *id, long created)
{
    return json_pack("{s:s, s:s, s:i, s:s, s:o}", "id", id, "object", "chat.completion.chunk",
                     "created", (int)created, "model", c->model, "choices", choices);
}

static void add_event(rf_buf *ev, const char *event, json_t *j, int *failed)
{
    char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    if (!s || (event && rf_buf_printf(ev, "event: %s\n", event) != RF_OK) ||
        rf_buf_printf(ev, "data: %s\n\n", s) != RF_OK)
        *failed = 1;
    free(s);
}

/* Length of the next streamed delta at t[off..len): a few code points. */
static size_t delta_len(const char *t, size_t len, size_t off, size_t k, size_t scale)
{
    static const unsigned sizes[] = {1, 4, 2, 7, 3, 5};
    size_t want = sizes[k % 6] * scale, i = off, n;
    uint32_t cp;
    for (n = 0; n < want && i < len; n++) {
        int r = rf_utf8_decode(t + i, len - i, &cp);
        i += (size_t)(r < 0 ? -r : r);
    }
    return i - off;
}

static void chat_stream(ctx *c, const char *t, size_t tl, const char *id, long created)
{
    rf_buf ev;
    size_t off = 0, k = 0, scale = 1 + rf_utf8_count(t, tl) / 200;
    const char *finish = c->b.filter_finish ? "content_filter" : "stop";
    rf_buf_init(&ev, FS_MAX_REPLY / 2);
    add_event(&ev, NULL,
              chunk_obj(c,
                        json_pack("[{s:i, s:{s:s, s:s}, s:n, s:n}]", "index", 0, "delta", "role",
                                  "assistant", "content", "", "logprobs", "finish_reason"),
                        id, created),
              &c->failed);
    while (off < tl && !c->failed) {
        size_t n = delta_len(t, tl, off, k, scale);
        json_t *lp = (c->logprobs && k == 0)
                         ? json_pack("{s:o}", "content", make_logprobs(t, tl, c->top_logprobs))
                         : json_null();
        add_event(&ev, NULL,
                  chunk_obj(c,
                            json_pack("[{s:i, s:{s:s%}, s:o, s:n}]", "index", 0, "delta", "content",
                                      t + off, n, "logprobs", lp, "finish_reason"),
                            id, created),
                  &c->failed);
        off += n;
        k++;
    }
    add_event(&ev, NULL,
              chunk_obj(c,
                        json_pack("[{s:i, s:{}, s:n, s:s}]", "index", 0, "delta", "logprobs",
                                  "finish_reason", finish),
                        id, created),
              &c->failed);
    if (c->include_usage) {
        long pt = count_tokens(c->prompt_len), ct = count_tokens(tl);
        json_t *j = chunk_obj(c, json_array(), id, created);
        json_object_set_new(j, "usage",
                            json_pack("{s:i, s:i, s:i}", "prompt_tokens", (int)pt,
                                      "completion_tokens", (int)ct, "total_tokens",
                                      (int)(pt + ct)));
        add_event(&ev, NULL, j, &c->failed);
    }
    if (rf_buf_adds(&ev, "data: [DONE]\n\n") != RF_OK)
        c->failed = 1;
    if (!c->failed)
        send_sse(c, rf_buf_ptr(&ev), rf_buf_len(&ev));
    rf_buf_free(&ev);
}

/* Append s[0..n) (valid UTF-8) to b as a JSON string literal. */
static void json_str(rf_buf *b, const char *s, size_t n, int *failed)
{
    size_t i = 0, run;
    *failed |= rf_buf_addc(b, '"') != RF_OK;
    while (i < n && !*failed) {
        unsigned char ch;
        for (run = i; run < n; run++) {
            ch = (unsigned char)s[run];
            if (ch < 0x20 || ch == '"' || ch == '\\')
                break;
        }
        *failed |= rf_buf_add(b, s + i, run - i) != RF_OK;
        if (run == n)
            break;
        ch = (unsigned char)s[run];
        if (ch == '"' || ch == '\\')
            *failed |= rf_buf_printf(b, "\\%c", ch) != RF_OK;
        else if (ch == '\n')
            *failed |= rf_buf_adds(b, "\\n") != RF_OK;
        else
            *failed |= rf_buf_printf(b, "\\u%04x", ch) != RF_OK;
        i = run + 1;
    }
    *failed |= rf_buf_addc(b, '"') != RF_OK;
}

/* The common non-streamed chat reply without logprobs, built by hand (this
 * is the benchmark path; jansson's pack + dump cost twice as much). */
static void chat_fast(ctx *c, const char *t, size_t tl, const char *id, long created)
{
    rf_buf *b = &c->st->scratch;
    long pt = count_tokens(c->prompt_len), ct = count_tokens(tl);
    int f = 0;
    rf_buf_reset(b);
    f |= rf_buf_adds(b, "{\"id\":\"") != RF_OK || rf_buf_adds(b, id) != RF_OK ||
         rf_buf_adds(b, "\",\"object\":\"chat.completion\",\"created\":") != RF_OK ||
         buf_num(b, (unsigned long long)created) != RF_OK || rf_buf_adds(b, ",\"model\":") != RF_OK;
    json_str(b, c->model, strlen(c->model), &f);
    f |= rf_buf_adds(b, ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        "\"content\":") != RF_OK;
    if (c->b.filter_finish)
        f |= rf_buf_adds(b, "null") != RF_OK;
    else
        json_str(b, t, tl, &f);
    f |= rf_buf_adds(b, c->b.filter_finish ? "},\"finish_reason\":\"content_filter\""
                                           : "},\"finish_reason\":\"stop\"") != RF_OK ||
         rf_buf_adds(b, ",\"logprobs\":null}],\"usage\":{\"prompt_tokens\":") != RF_OK ||
         buf_num(b, (unsigned long long)pt) != RF_OK ||
         rf_buf_adds(b, ",\"completion_tokens\":") != RF_OK ||
         buf_num(b, (unsigned long long)ct) != RF_OK ||
         rf_buf_adds(b, ",\"total_tokens\":") != RF_OK ||
         buf_num(b, (unsigned long long)(pt + ct)) != RF_OK || rf_buf_adds(b, "}}") != RF_OK;
    if (f)
        c->failed = 1;
    else
        send_body(c, 200, "application/json", rf_buf_ptr(b), rf_buf_len(b));
}

static void reply_chat(ctx *c, const char *t, size_t tl)
{
    char id[48];
    long created = (long)time(NULL), pt = count_tokens(c->prompt_len), ct = count_tokens(tl);
    json_t *msg, *choice, *j;
    snprintf(id, sizeof id, "chatcmpl-fake%llu", (unsigned long long)++c->st->next_id);
    if (c->b.filter_finish)
        tl = ct = 0;
    if (c->stream) {
        chat_stream(c, t, tl, id, created);
        return;
    }
    if (!c->logprobs) {
        chat_fast(c, t, tl, id, created);
        return;
    }
    msg = c->b.filter_finish ? json_pack("{s:s, s:n}", "role", "assistant", "content")
                             : json_pack("{s:s, s:s%}", "role", "assistant", "content", t, tl);
    choice = json_pack("{s:i, s:o, s:s}", "index", 0, "message", msg, "finish_reason",
                       c->b.filter_finish ? "content_filter" : "stop");
    if (choice)
        json_object_set_new(
            choice, "logprobs",
            c->logprobs ? json_pack("{s:o}", "content", make_logprobs(t, tl, c->top_logprobs))
                        : json_null());
    j = json_pack("{s:s, s:s, s:i, s:s, s:[o], s:{s:i, s:i, s:i}}", "id", id, "object",
                  "chat.completion", "created", (int)created, "model", c->model, "choices", choice,
                  "usage", "prompt_tokens", (int)pt, "completion_tokens", (int)ct, "total_tokens",
                  (int)(pt + ct));
    send_json(c, 200, j);
}

/* ------------------------------------------------------ messages (Anthropic) */

static void messages_stream(ctx *c, const char *t, size_t tl, const char *id, long in_tok)
{
    rf_buf ev;
    size_t off = 0, k = 0, scale = 1 + rf_utf8_count(t, tl) / 200;
    int *f = &c->failed;
    rf_buf_init(&ev, FS_MAX_REPLY / 2);
    add_event(&ev, "message_start",
              json_pack("{s:s, s:{s:s, s:s, s:s, s:[], s:s, s:n, s:n, s:{s:i, s:i}}}", "type",
                        "message_start", "message", "id", id, "type", "message", "role",
                        "assistant", "content", "model", c->model, "stop_reason", "stop_sequence",
                        "usage", "input_tokens", (int)in_tok, "output_tokens", 1),
              f);
    add_event(&ev, "content_block_start",
              json_pack("{s:s, s:i, s:{s:s, s:s}}", "type", "content_block_start", "index", 0,
                        "content_block", "type", "text", "text", ""),
              f);
    add_event(&ev, "ping", json_pack("{s:s}", "type", "ping"), f);
    while (off < tl && !*f) {
        size_t n = delta_len(t, tl, off, k++, scale);
        add_event(&ev, "content_block_delta",
                  json_pack("{s:s, s:i, s:{s:s, s:s%}}", "type", "content_block_delta", "index", 0,
                            "delta", "type", "text_delta", "text", t + off, n),
                  f);
        off += n;
    }
    add_event(&ev, "content_block_stop",
              json_pack("{s:s, s:i}", "type", "content_block_stop", "index", 0), f);
    add_event(&ev, "message_delta",
              json_pack("{s:s, s:{s:s, s:n}, s:{s:i}}", "type", "message_delta", "delta",
                        "stop_reason", c->b.filter_finish ? "refusal" : "end_turn", "stop_sequence",
                        "usage", "output_tokens", (int)count_tokens(tl)),
              f);
    add_event(&ev, "message_stop", json_pack("{s:s}", "type", "message_stop"), f);
    if (!*f)
        send_sse(c, rf_buf_ptr(&ev), rf_buf_len(&ev));
    rf_buf_free(&ev);
}

static void reply_messages(ctx *c, const char *t, size_t tl)
{
    char id[48];
    long in_tok = count_tokens(c->prompt_len);
    json_t *content, *j;
    snprintf(id, sizeof id, "msg_fake%llu", (unsigned long long)++c->st->next_id);
    if (c->b.filter_finish)
        tl = 0;
    if (c->stream) {
        messages_stream(c, t, tl, id, in_tok);
        return;
    }
    content = c->b.filter_finish ? json_array()
                                 : json_pack("[{s:s, s:s%}]", "type", "text", "text", t, tl);
    j = json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:n, s:{s:i, s:i}}", "id", id, "type", "message",
                  "role", "assistant", "model", c->model, "content", content, "stop_reason",
                  c->b.filter_finish ? "refusal" : "end_turn", "stop_sequence", "usage",
                  "input_tokens", (int)in_tok, "output_tokens", (int)count_tokens(tl));
    send_json(c, 200, j);
}

static void reply_images(ctx *c)
{
    json_t *data = json_array(), *n = json_object_get(c->body, "n");
    json_int_t i, count = json_is_integer(n) ? json_integer_value(n) : 1;
    if (count < 1)
        count = 1;
    if (count > FS_MAX_IMAGES)
        count = FS_MAX_IMAGES;
    for (i = 0; data && i < count; i++)
        json_array_append_new(data, json_pack("{s:s}", "b64_json", PNG_B64));
    send_json(c, 200, json_pack("{s:i, s:o}", "created", (int)time(NULL), "data", data));
}

/* ----------------------------------------------------------------- request */

/* Text of a message content: a string, or the text parts of an array. */
static int content_text(ctx *c, json_t *content)
{
    size_t i;
    json_t *part;
    if (json_is_string(content)) {
        c->prompt = json_string_value(content);
        c->prompt_len = json_string_length(content);
        return 0;
    }
    if (!json_is_array(content))
        return -1;
    json_array_foreach(content, i, part)
    {
        json_t *txt = json_object_get(part, "text");
        if (!json_is_string(txt))
            continue;
        if ((c->prompt_buf.len && rf_buf_addc(&c->prompt_buf, '\n') != RF_OK) ||
            rf_buf_add(&c->prompt_buf, json_string_value(txt), json_string_length(txt)) != RF_OK)
            return -1;
    }
    c->prompt = rf_buf_ptr(&c->prompt_buf);
    c->prompt_len = rf_buf_len(&c->prompt_buf);
    return 0;
}

/* Fill prompt, model and the stream/logprobs options; -1 with a message. */
static int read_request(ctx *c, const char **why)
{
    json_t *b = c->body, *msgs, *v;
    size_t i;
    v = json_object_get(b, "model");
    c->model = json_is_string(v) ? json_string_value(v) : "fake-model";
    c->stream = json_is_true(json_object_get(b, "stream"));
    c->include_usage =
        json_is_true(json_object_get(json_object_get(b, "stream_options"), "include_usage"));
    c->logprobs = json_is_true(json_object_get(b, "logprobs"));
    v = json_object_get(b, "top_logprobs");
    c->top_logprobs = json_is_integer(v) ? (long)json_integer_value(v) : 0;
    if (c->ep == EP_IMAGES) {
        v = json_object_get(b, "prompt");
        *why = "'prompt' must be a string";
        return content_text(c, json_is_string(v) ? v : NULL);
    }
    msgs = json_object_get(b, "messages");
    *why = "'messages' must be an array with a user message";
    if (!json_is_array(msgs))
        return -1;
    for (i = json_array_size(msgs); i-- > 0;) {
        json_t *m = json_array_get(msgs, i);
        const char *role = json_string_value(json_object_get(m, "role"));
        if (role && strcmp(role, "user") == 0)
            return content_text(c, json_object_get(m, "content"));
    }
    return -1;
}

static void record(ctx *c)
{
    const http_request *r = c->req;
    json_t *j = json_pack("{s:s%, s:s%, s:O?, s:s, s:s}", "method", r->method.ptr, r->method.len,
                          "path", r->path.ptr, r->path.len, "body", c->body, "auth",
                          r->has_auth ? "present" : "absent", "x_api_key",
                          r->has_x_api_key ? "present" : "absent");
    if (!j)
        return;
    if (r->anthropic_version.len)
        json_object_set_new(j, "anthropic_version",
                            json_stringn(r->anthropic_version.ptr, r->anthropic_version.len));
    if (json_dumpf(j, c->st->record, JSON_COMPACT) == 0)
        fputc('\n', c->st->record);
    fflush(c->st->record);
    json_decref(j);
}

static endpoint route(const http_request *r)
{
    if (!hp_slice_ieq(r->method, "POST"))
        return EP_NONE;
    if (hp_slice_ieq(r->path, "/v1/chat/completions"))
        return EP_CHAT;
    if (hp_slice_ieq(r->path, "/v1/messages"))
        return EP_MESSAGES;
    if (hp_slice_ieq(r->path, "/v1/images/generations"))
        return EP_IMAGES;
    return EP_NONE;
}

/* Everything after routing for the three POST endpoints. */
static void answer(ctx *c)
{
    const behave *b = &c->b;
    const char *why = NULL;
    rf_buf text;
    if (!json_is_object(c->body)) {
        send_error(c, 400, "invalid_json", "request body is not a JSON object");
        return;
    }
    if (read_request(c, &why) != 0) {
        send_error(c, 400, "invalid_request", why);
        return;
    }
    parse_markers(c->prompt, c->prompt_len, &c->b);
    c->rep->delay_ms += b->slow_ms;
    if (b->hang) {
        c->rep->hang = 1;
        return;
    }
    if (b->n429 >= 0 && counter_bump(c->st, '4', c->prompt, c->prompt_len) < b->n429)
        send_error(c, 429, "rate_limit_exceeded", "Rate limit reached (fake). Retry later.");
    else if (b->n500 >= 0 && counter_bump(c->st, '5', c->prompt, c->prompt_len) < b->n500)
        send_error(c, 500, NULL, "The server had an error while processing your request (fake).");
    else if (b->always500)
        send_error(c, 500, NULL, "The server had an error while processing your request (fake).");
    else if (b->filter || (c->ep == EP_IMAGES && b->refuse))
        send_error(c, 400, "content_policy_violation",
                   c->ep == EP_MESSAGES ? "Output blocked by content filtering policy"
                                        : "Your request was rejected as a result of our safety "
                                          "system (fake content filter).");
    else if (b->malformed) {
        static const char bad[] = "{\"id\":\"broken\",\"choices\":[{\"message\":{\"content\":\"cut";
        send_body(c, 200, "application/json", bad, sizeof bad - 1);
    } else if (c->ep == EP_IMAGES)
        reply_images(c);
    else {
        rf_buf_init(&text, FS_MAX_LONG + 1);
        choose_text(c, &text);
        if (c->ep == EP_CHAT)
            reply_chat(c, rf_buf_ptr(&text), rf_buf_len(&text));
        else
            reply_messages(c, rf_buf_ptr(&text), rf_buf_len(&text));
        rf_buf_free(&text);
    }
}

static void reset_reply(fs_reply *rep, int close_after)
{
    rf_buf_reset(&rep->out);
    rep->n_cuts = 0;
    rep->delay_ms = 0;
    rep->close_after = close_after;
    rep->hang = 0;
    rep->status = 0;
}

void fs_reply_build(fs_state *st, const http_request *req, fs_reply *rep)
{
    ctx c;
    json_error_t jerr;
    memset(&c, 0, sizeof c);
    c.st = st;
    c.req = req;
    c.rep = rep;
    rf_buf_init(&c.prompt_buf, HP_MAX_BODY + 1);
    reset_reply(rep, !req->keep_alive);
    st->n_requests++;
    if (req->body.len)
        c.body = json_loadb(req->body.ptr, req->body.len, 0, &jerr);
    if (st->record)
        record(&c);
    c.ep = route(req);
    if (c.ep != EP_NONE)
        answer(&c);
    else if (hp_slice_ieq(req->method, "GET") && hp_slice_ieq(req->path, "/health"))
        send_body(&c, 200, "text/plain", "ok", 2);
    else if (hp_slice_ieq(req->method, "GET") && hp_slice_ieq(req->path, "/v1/models"))
        send_json(&c, 200,
                  json_pack("{s:s, s:[{s:s, s:s, s:s}]}", "object", "list", "data", "id",
                            "fake-model", "object", "model", "owned_by", "fakeserver"));
    else
        send_error(&c, 404, "not_found", "unknown endpoint");
    if (c.failed) {
        reset_reply(rep, 1);
        c.failed = 0;
        c.b.truncate = 0;
        send_body(&c, 500, "text/plain", "fakeserver: reply too large\n", 28);
    }
    if (st->verbose)
        fprintf(stderr, "fakeserver: %.*s %.*s -> %d%s\n", (int)req->method.len, req->method.ptr,
                (int)req->target.len, req->target.ptr, rep->status, rep->hang ? " (hang)" : "");
    rf_buf_free(&c.prompt_buf);
    json_decref(c.body);
}

void fs_reply_reject(fs_state *st, hp_result why, const char *reason, fs_reply *rep)
{
    ctx c;
    int status = why == HP_ETOOLARGE ? 413 : 400;
    memset(&c, 0, sizeof c);
    c.st = st;
    c.rep = rep;
    reset_reply(rep, 1);
    send_error(&c, status, status == 413 ? "request_too_large" : "bad_request",
               reason ? reason : "bad request");
    if (st->verbose)
        fprintf(stderr, "fakeserver: rejected (%d): %s\n", status, reason ? reason : "?");
}
