/*
 * target.c - adapter handles: spec parsing, base URLs and keys from the
 * environment, request headers, result buffers, key scrubbing, the shared
 * conversation normaliser (messages, text and image parts, local images as
 * base64) and the offline builtin:keyword-filter baseline.
 *
 * Ownership: the handle owns every string it holds; the API key is copied
 * from the environment into t->key and appears only inside t->hdr (handed to
 * the HTTP layer) and is removed from stored text by rf_target_scrub().
 *
 * The per-API mapping lives in target_openai.c and target_anthropic.c.
 * Callers: engine.c, the CLI (run), tests/unit/test_target.c, fuzz targets.
 */
#include "target_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/utf8.h"

#define DEFAULT_OPENAI_URL "https://api.openai.com/v1"
#define DEFAULT_ANTHROPIC_URL "https://api.anthropic.com/v1"
#define ANTHROPIC_VERSION "2023-06-01"
#define MAX_SPEC 512
#define MAX_KEY 1024

static const char *const keyword_words[] = {
    "kill",     "murder",  "bomb",  "weapon",  "gun",     "shoot",    "hack",      "drug",
    "cocaine",  "heroin",  "meth",  "steal",   "rob",     "poison",   "suicide",   "attack",
    "explosiv", "terror",  "abuse", "violen",  "assault", "kidnap",   "torture",   "fraud",
    "launder",  "malware", "virus", "exploit", "nazi",    "genocide", "stab",      "blood",
    "die",      "dead",    "hate",  "illegal", "porn",    "nude",     "self-harm", NULL};

static const char *const keyword_refusal =
    "I'm sorry, but I can't help with that request because it mentions a sensitive topic.";
static const char *const keyword_answer =
    "Here is a general, neutral answer to your request. (builtin:keyword-filter baseline)";

const char *const *rf_keyword_filter_words(void)
{
    return keyword_words;
}

static char *dup_trimmed_url(const char *s)
{
    size_t n = strlen(s);
    while (n && s[n - 1] == '/')
        n--;
    return rf_strndup(s, n);
}

static int has_ctl(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return 1;
    return 0;
}

static rf_status add_headers(rf_target *t);

/* Choose the base URL and key for the adapter; add the headers. */
static rf_status setup_http(rf_target *t, const char *base_arg, char *err)
{
    const char *env_url = t->kind == RF_TARGET_ANTHROPIC ? "ANTHROPIC_BASE_URL" : "OPENAI_BASE_URL";
    const char *env_key = t->kind == RF_TARGET_ANTHROPIC ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";
    const char *def = t->kind == RF_TARGET_ANTHROPIC ? DEFAULT_ANTHROPIC_URL : DEFAULT_OPENAI_URL;
    const char *base = base_arg, *key = getenv(env_key);
    const char *path = t->kind == RF_TARGET_ANTHROPIC       ? "/messages"
                       : t->kind == RF_TARGET_OPENAI_IMAGES ? "/images/generations"
                                                            : "/chat/completions";
    size_t n;

    if (!base || !*base)
        base = getenv(env_url);
    if (!base || !*base)
        base = def;
    if (strncmp(base, "http://", 7) != 0 && strncmp(base, "https://", 8) != 0) {
        rf_seterr(err, "base URL must start with http:// or https://");
        return RF_EINVAL;
    }
    if (key && !*key)
        key = NULL;
    if (key && (strlen(key) > MAX_KEY || has_ctl(key))) {
        rf_seterr(err, "%s is malformed (control characters or too long)", env_key);
        return RF_EINVAL;
    }
    if (!key && strcmp(base, def) == 0) {
        rf_seterr(err, "%s is not set (needed for %s)", env_key, def);
        return RF_EINVAL;
    }
    t->base_url = dup_trimmed_url(base);
    if (!t->base_url)
        return RF_ENOMEM;
    n = strlen(t->base_url) + strlen(path) + 1;
    if (!(t->url = rf_malloc(n)))
        return RF_ENOMEM;
    snprintf(t->url, n, "%s%s", t->base_url, path);
    if (key && !(t->key = rf_strdup(key)))
        return RF_ENOMEM;
    return add_headers(t);
}

/* The request header lines; the key line only when a key is set. */
static rf_status add_headers(rf_target *t)
{
    size_t n, nh = 0;
    char *h;
    t->hdr[nh++] = rf_strdup("Content-Type: application/json");
    t->hdr[nh++] = rf_strdup("Expect:");
    if (t->opts.stream)
        t->hdr[nh++] = rf_strdup("Accept: text/event-stream");
    if (t->kind == RF_TARGET_ANTHROPIC)
        t->hdr[nh++] = rf_strdup("anthropic-version: " ANTHROPIC_VERSION);
    if (t->key) {
        n = strlen(t->key) + 32;
        if ((h = rf_malloc(n)) != NULL)
            snprintf(h, n,
                     t->kind == RF_TARGET_ANTHROPIC ? "x-api-key: %s" : "Authorization: Bearer %s",
                     t->key);
        t->hdr[nh++] = h;
    }
    for (n = 0; n < nh; n++) {
        if (!t->hdr[n])
            return RF_ENOMEM;
        t->hdr_view[n] = t->hdr[n];
    }
    t->hdr_view[nh] = NULL;
    return RF_OK;
}

static rf_status parse_spec(rf_target *t, const char *spec, char *err)
{
    static const struct {
        const char *name;
        rf_target_kind kind;
    } adapters[] = {{"openai", RF_TARGET_OPENAI},
                    {"anthropic", RF_TARGET_ANTHROPIC},
                    {"openai-images", RF_TARGET_OPENAI_IMAGES},
                    {"builtin", RF_TARGET_KEYWORD},
                    {"replay", RF_TARGET_REPLAY}};
    const char *colon = strchr(spec, ':');
    size_t i, alen;
    if (strlen(spec) > MAX_SPEC || !colon || !colon[1] || has_ctl(spec)) {
        rf_seterr(err, "target must be ADAPTER:MODEL (openai:, anthropic:, openai-images:, "
                       "builtin:keyword-filter, replay:RUN)");
        return RF_EINVAL;
    }
    alen = (size_t)(colon - spec);
    for (i = 0; i < sizeof adapters / sizeof adapters[0]; i++)
        if (strlen(adapters[i].name) == alen && memcmp(adapters[i].name, spec, alen) == 0)
            break;
    if (i == sizeof adapters / sizeof adapters[0]) {
        rf_seterr(err,
                  "unknown target adapter '%.*s' (known: openai, anthropic, openai-images, "
                  "builtin, replay)",
                  (int)alen, spec);
        return RF_EINVAL;
    }
    t->kind = adapters[i].kind;
    if (t->kind == RF_TARGET_KEYWORD && strcmp(colon + 1, "keyword-filter") != 0) {
        rf_seterr(err, "unknown builtin target '%s' (known: builtin:keyword-filter)", colon + 1);
        return RF_EINVAL;
    }
    t->spec = rf_strdup(spec);
    t->model = rf_strdup(colon + 1);
    return t->spec && t->model ? RF_OK : RF_ENOMEM;
}

rf_status rf_target_open(const char *spec, const rf_target_opts *opts, rf_target **out, char *err)
{
    rf_target *t;
    rf_status st;
    *out = NULL;
    if (!(t = rf_calloc(1, sizeof *t)))
        return RF_ENOMEM;
    if (opts)
        t->opts = *opts;
    t->opts.base_url = NULL;
    if ((st = parse_spec(t, spec, err)) != RF_OK)
        goto out;
    if (t->opts.system && !(t->system = rf_strdup(t->opts.system))) {
        st = RF_ENOMEM;
        goto out;
    }
    t->opts.system = t->system;
    if (t->opts.logprobs < 0 || t->opts.logprobs > 20) {
        rf_seterr(err, "logprobs must be 0-20");
        st = RF_EINVAL;
        goto out;
    }
    if (t->kind != RF_TARGET_OPENAI)
        t->opts.logprobs = 0; /* only chat completions offer logprobs */
    if (t->opts.stream && t->kind != RF_TARGET_OPENAI && t->kind != RF_TARGET_ANTHROPIC)
        t->opts.stream = 0;
    if (t->kind == RF_TARGET_REPLAY &&
        (st = tgt_replay_open(t, t->model, opts ? opts->store_path : NULL, err)) != RF_OK)
        goto out;
    if (t->kind != RF_TARGET_KEYWORD && t->kind != RF_TARGET_REPLAY &&
        (st = setup_http(t, opts ? opts->base_url : NULL, err)) != RF_OK)
        goto out;
    *out = t;
    t = NULL;
    st = RF_OK;
out:
    rf_target_close(t);
    return st;
}

void rf_target_close(rf_target *t)
{
    int i;
    if (!t)
        return;
    tgt_replay_close(t);
    for (i = 0; i < TGT_MAX_HEADERS; i++) {
        if (t->hdr[i])
            memset(t->hdr[i], 0, strlen(t->hdr[i]));
        rf_free(t->hdr[i]);
    }
    if (t->key)
        memset(t->key, 0, strlen(t->key));
    rf_free(t->key);
    rf_free(t->spec);
    rf_free(t->model);
    rf_free(t->base_url);
    rf_free(t->url);
    rf_free(t->system);
    rf_free(t);
}

rf_target_kind rf_target_kind_of(const rf_target *t)
{
    return t->kind;
}
const char *rf_target_spec(const rf_target *t)
{
    return t->spec;
}
const char *rf_target_url(const rf_target *t)
{
    return t->url ? t->url : "";
}
int rf_target_offline(const rf_target *t)
{
    return t->kind == RF_TARGET_KEYWORD || t->kind == RF_TARGET_REPLAY;
}
int rf_target_streams(const rf_target *t)
{
    return t->opts.stream;
}
const char *const *rf_target_headers(const rf_target *t)
{
    return t->hdr_view;
}

/* base URL with any "user:pass@" removed. */
static json_t *url_without_userinfo(const char *url)
{
    const char *p = strstr(url, "://"), *at, *slash;
    rf_buf b;
    json_t *j;
    if (!p)
        return json_string(url);
    p += 3;
    slash = strchr(p, '/');
    at = strchr(p, '@');
    if (!at || (slash && at > slash))
        return json_string(url);
    rf_buf_init(&b, 4096);
    if (rf_buf_add(&b, url, (size_t)(p - url)) != RF_OK || rf_buf_adds(&b, at + 1) != RF_OK)
        return NULL;
    j = json_string(rf_buf_ptr(&b));
    rf_buf_free(&b);
    return j;
}

char *rf_target_params_json(const rf_target *t)
{
    json_t *o = json_object();
    char *s = NULL, *r = NULL;
    if (!o)
        return NULL;
    json_object_set_new(o, "adapter", json_string(t->spec));
    json_object_set_new(o, "model", json_string(t->model));
    if (t->base_url)
        json_object_set_new(o, "base_url", url_without_userinfo(t->base_url));
    if (t->system)
        json_object_set_new(o, "system", json_string(t->system));
    if (t->opts.has_temperature)
        json_object_set_new(o, "temperature", json_real(t->opts.temperature));
    if (t->opts.max_tokens > 0)
        json_object_set_new(o, "max_tokens", json_integer(t->opts.max_tokens));
    if (t->opts.has_seed)
        json_object_set_new(o, "seed", json_integer(t->opts.seed));
    if (t->opts.logprobs)
        json_object_set_new(o, "logprobs", json_integer(t->opts.logprobs));
    json_object_set_new(o, "stream", json_boolean(t->opts.stream));
    s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
    json_decref(o);
    if (s) {
        r = rf_strdup(s);
        free(s);
    }
    return r;
}

/* --- results -------------------------------------------------------------- */

void rf_target_result_init(rf_target_result *r)
{
    memset(r, 0, sizeof *r);
    rf_buf_init(&r->text, RF_TARGET_MAX_TEXT);
    rf_buf_init(&r->logprobs, 1u << 20);
    r->prompt_tokens = r->completion_tokens = -1;
}

void rf_target_result_reset(rf_target_result *r)
{
    rf_buf_reset(&r->text);
    rf_buf_reset(&r->logprobs);
    r->finish_reason[0] = '\0';
    r->blocked = r->done = r->got_text = r->n_carry = r->n_logprob_tokens = 0;
    r->prompt_tokens = r->completion_tokens = -1;
}

void rf_target_result_free(rf_target_result *r)
{
    rf_buf_free(&r->text);
    rf_buf_free(&r->logprobs);
}

rf_status tgt_set_text(rf_target_result *res, const char *s, size_t n)
{
    rf_buf_reset(&res->text);
    if (n >= RF_TARGET_MAX_TEXT)
        n = rf_utf8_trunc(s, n, RF_TARGET_MAX_TEXT - 1);
    return rf_utf8_sanitize(&res->text, s, n);
}

static size_t seq_len(unsigned char lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

rf_status tgt_append_delta(rf_target_result *res, const char *s, size_t n)
{
    size_t k, need, take;
    rf_status st;
    if (n == 0)
        return RF_OK;
    res->got_text = 1;
    if (res->n_carry) { /* complete the held-back sequence with bytes from s */
        need = seq_len((unsigned char)res->carry[0]) - (size_t)res->n_carry;
        take = need < n ? need : n;
        memcpy(res->carry + res->n_carry, s, take);
        res->n_carry += (int)take;
        if (take < need)
            return RF_OK;
        st = rf_utf8_sanitize(&res->text, res->carry, (size_t)res->n_carry);
        res->n_carry = 0;
        if (st != RF_OK)
            return st;
        s += take;
        n -= take;
    }
    k = rf_utf8_complete_prefix(s, n);
    if (n - k >= sizeof res->carry || (n > k && seq_len((unsigned char)s[k]) == 1))
        k = n; /* not a plausible partial sequence: sanitize repairs it */
    if ((st = rf_utf8_sanitize(&res->text, s, k)) != RF_OK)
        return st;
    memcpy(res->carry, s + k, n - k);
    res->n_carry = (int)(n - k);
    return RF_OK;
}

rf_status rf_target_stream_finish(rf_target_result *res)
{
    rf_status st = RF_OK;
    if (res->n_carry)
        st = rf_utf8_sanitize(&res->text, res->carry, (size_t)res->n_carry);
    res->n_carry = 0;
    return st;
}

void tgt_set_finish(rf_target_result *res, const char *s)
{
    if (s)
        snprintf(res->finish_reason, sizeof res->finish_reason, "%s", s);
}

rf_status tgt_add_logprob(rf_target_result *res, json_t *entry)
{
    char *s;
    rf_status st;
    if (res->n_logprob_tokens >= RF_TARGET_MAX_LOGPROB_TOKENS)
        return RF_OK;
    if (!(s = json_dumps(entry, JSON_COMPACT | JSON_ENCODE_ANY)))
        return RF_ENOMEM;
    if (rf_buf_len(&res->logprobs) == 0)
        st = rf_buf_addc(&res->logprobs, '[');
    else {
        rf_buf_shrink(&res->logprobs, 1);
        st = rf_buf_addc(&res->logprobs, ',');
    }
    if (st == RF_OK)
        st = rf_buf_adds(&res->logprobs, s);
    if (st == RF_OK)
        st = rf_buf_addc(&res->logprobs, ']');
    free(s);
    res->n_logprob_tokens++;
    return st;
}

/* --- errors ----------------------------------------------------------------- */

/* Case-insensitive ASCII substring test. */
static int has_ci(const char *s, const char *w)
{
    size_t i, j;
    for (i = 0; s[i]; i++) {
        for (j = 0; w[j] && rf_tolower((unsigned char)s[i + j]) == w[j]; j++)
            ;
        if (!w[j])
            return 1;
    }
    return 0;
}

static int str_has_block_word(const char *s, int message)
{
    static const char *const codes[] = {"content_policy",
                                        "content_filter",
                                        "contentfilter",
                                        "moderation",
                                        "safety",
                                        "responsible_ai",
                                        NULL};
    static const char *const phrases[] = {"content filter",
                                          "content_filter",
                                          "content polic",
                                          "content_policy",
                                          "safety system",
                                          "moderation",
                                          NULL};
    const char *const *w = message ? phrases : codes;
    if (!s)
        return 0;
    for (; *w; w++)
        if (has_ci(s, *w))
            return 1;
    return 0;
}

int tgt_is_block_error(json_t *root)
{
    json_t *e = json_object_get(root, "error");
    if (!json_is_object(e))
        return 0;
    return str_has_block_word(json_string_value(json_object_get(e, "code")), 0) ||
           str_has_block_word(json_string_value(json_object_get(e, "type")), 0) ||
           str_has_block_word(json_string_value(json_object_get(e, "message")), 1);
}

void tgt_http_error(long code, json_t *root, char *err)
{
    json_t *e = json_object_get(root, "error");
    const char *msg = NULL;
    if (json_is_object(e))
        msg = json_string_value(json_object_get(e, "message"));
    else if (json_is_string(e))
        msg = json_string_value(e);
    if (msg)
        rf_seterr(err, "HTTP %ld: %.160s", code, msg);
    else
        rf_seterr(err, "HTTP %ld", code);
}

rf_status rf_target_scrub(const rf_target *t, const char *s, size_t len, size_t max, rf_buf *out)
{
    rf_buf tmp;
    rf_status st = RF_OK;
    size_t klen = t && t->key ? strlen(t->key) : 0, i = 0, n;
    rf_buf_init(&tmp, len + 64 * (len / (klen ? klen : 1) + 1) + 1);
    while (i < len && st == RF_OK) {
        if (klen && len - i >= klen && memcmp(s + i, t->key, klen) == 0) {
            st = rf_buf_adds(&tmp, "[REDACTED]");
            i += klen;
        } else {
            st = rf_buf_addc(&tmp, s[i++]);
        }
    }
    if (st == RF_OK) {
        n = rf_utf8_trunc(rf_buf_ptr(&tmp), rf_buf_len(&tmp), max);
        st = rf_utf8_sanitize(out, rf_buf_ptr(&tmp), n);
    }
    rf_buf_free(&tmp);
    return st;
}

/* --- request / parse dispatch ---------------------------------------------- */

rf_status tgt_dump(json_t *root, rf_buf *body)
{
    char *s = json_dumps(root, JSON_COMPACT);
    rf_status st;
    if (!s)
        return RF_ENOMEM;
    st = rf_buf_adds(body, s);
    free(s);
    return st;
}

rf_status rf_target_request(const rf_target *t, const rf_item *item, rf_buf *body, char *err)
{
    switch (t->kind) {
    case RF_TARGET_OPENAI:
        return tgt_openai_request(t, item, body, err);
    case RF_TARGET_ANTHROPIC:
        return tgt_anthropic_request(t, item, body, err);
    case RF_TARGET_OPENAI_IMAGES:
        return tgt_images_request(t, item, body, err);
    default:
        rf_seterr(err, "target %s sends no requests", t->spec);
        return RF_EINVAL;
    }
}

rf_status rf_target_parse(const rf_target *t, long http_code, const char *body, size_t len,
                          rf_target_result *res, char *err)
{
    json_error_t jerr;
    json_t *root = json_loadb(body, len, JSON_ALLOW_NUL, &jerr);
    rf_status st;
    if (http_code < 200 || http_code > 299) {
        if (root && (http_code == 400 || http_code == 403 || http_code == 422) &&
            tgt_is_block_error(root)) {
            res->blocked = 1;
            tgt_set_finish(res, "content_filter");
            tgt_http_error(http_code, root, err);
            st = tgt_set_text(res, "", 0);
        } else {
            tgt_http_error(http_code, root, err);
            st = RF_EHTTP;
        }
        json_decref(root);
        return st;
    }
    if (!root || !json_is_object(root)) {
        rf_seterr(err, "malformed JSON response: %s", root ? "not an object" : jerr.text);
        json_decref(root);
        return RF_EPARSE;
    }
    if (t->kind == RF_TARGET_ANTHROPIC)
        st = tgt_anthropic_parse(t, root, res, err);
    else if (t->kind == RF_TARGET_OPENAI_IMAGES)
        st = tgt_images_parse(t, root, res, err);
    else
        st = tgt_openai_parse(t, root, res, err);
    json_decref(root);
    return st;
}

rf_status rf_target_stream_event(const rf_target *t, const char *event, const char *data,
                                 size_t len, rf_target_result *res, char *err)
{
    json_error_t jerr;
    json_t *root;
    rf_status st;
    if (len == 6 && memcmp(data, "[DONE]", 6) == 0) {
        res->done = 1;
        return RF_OK;
    }
    root = json_loadb(data, len, JSON_ALLOW_NUL, &jerr);
    if (!json_is_object(root)) {
        rf_seterr(err, "malformed stream event: %s", root ? "not an object" : jerr.text);
        json_decref(root);
        return RF_EPARSE;
    }
    if (t->kind == RF_TARGET_ANTHROPIC)
        st = tgt_anthropic_stream(t, event, root, res, err);
    else
        st = tgt_openai_stream(t, root, res, err);
    json_decref(root);
    return st;
}

/* --- builtin:keyword-filter ------------------------------------------------- */

/* 1 when text contains a keyword at the start of a word (ASCII, case-insensitive). */
static int has_keyword(const char *s)
{
    size_t i, k;
    for (i = 0; s[i]; i++) {
        if (i > 0 && rf_isalnum((unsigned char)s[i - 1]))
            continue;
        for (k = 0; keyword_words[k]; k++) {
            const char *w = keyword_words[k];
            size_t j = 0;
            while (w[j] && rf_tolower((unsigned char)s[i + j]) == w[j])
                j++;
            if (!w[j])
                return 1;
        }
    }
    return 0;
}

/* Every text of a messages array (user turns only) checked for keywords. */
static int messages_have_keyword(const char *messages)
{
    json_t *root = json_loads(messages, 0, NULL), *m, *c, *p;
    size_t i, j;
    int hit = 0;
    json_array_foreach(root, i, m)
    {
        const char *role = json_string_value(json_object_get(m, "role"));
        if (role && strcmp(role, "user") != 0)
            continue;
        c = json_object_get(m, "content");
        if (json_is_string(c))
            hit |= has_keyword(json_string_value(c));
        json_array_foreach(c, j, p)
        {
            const char *tx = json_string_value(json_object_get(p, "text"));
            if (tx)
                hit |= has_keyword(tx);
        }
    }
    json_decref(root);
    return hit;
}

rf_status rf_target_local(const rf_target *t, const rf_item *item, rf_target_result *res, char *err)
{
    int hit;
    if (t->kind == RF_TARGET_REPLAY)
        return tgt_replay_local(t, item, res, err);
    if (t->kind != RF_TARGET_KEYWORD) {
        rf_seterr(err, "target %s is not local", t->spec);
        return RF_EINVAL;
    }
    if (!item->prompt && !item->messages) {
        rf_seterr(err, "item has neither prompt nor messages");
        return RF_EINVAL;
    }
    hit = item->prompt ? has_keyword(item->prompt) : messages_have_keyword(item->messages);
    tgt_set_finish(res, hit ? "keyword_filter" : "stop");
    return tgt_set_text(res, hit ? keyword_refusal : keyword_answer,
                        strlen(hit ? keyword_refusal : keyword_answer));
}
