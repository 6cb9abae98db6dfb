/*
 * cmd_classify.c - `refusal classify`: detect refusals in responses.
 *
 *   refusal classify [FILE|-] [--detector NAME] [--format jsonl|tsv] [--explain] [--text]
 *   refusal classify --run NAME [--db FILE] [--detector NAME]
 *
 * Streams: input JSONL lines with `response` (or --field KEY), optional
 * `prompt` and `language`, and any other keys; output one line per input:
 *
 * | key       | value                                                    |
 * |-----------|----------------------------------------------------------|
 * | (input)   | every input key, unchanged and in order                  |
 * | verdict   | compliance, refusal, partial or unclear                  |
 * | score     | refusal probability 0-1                                  |
 * | patterns  | array of "Beyond No" pattern names found                 |
 * | language  | the given language, or the detected one when absent      |
 * | detector  | detector name                                            |
 * | explain   | with --explain: phrases and features that decided        |
 *
 * The fast path splices the new keys into the input line before its closing
 * brace (input bytes unchanged); when the input already has one of these keys,
 * the object is rebuilt with jansson instead (new values replace old ones).
 * --text reads one response per line and writes {"response": ..., ...}.
 * TSV: line, id, verdict, score, patterns, language, detector.
 * A bad line is reported as FILE:LINE: reason on stderr and skipped; the exit
 * code is then 3 (RF_EXIT_INPUT) after all other lines are written.
 *
 * Streams are read in batches and classified on --threads threads, output
 * in input order (see "streams" below). --run re-scores a stored run
 * (classify_run.c).
 */
#include <jansson.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "classify_int.h"
#include "classify_par.h"
#include "cli.h"
#include "refusal/buf.h"
#include "refusal/detect.h"
#include "refusal/store.h"
#include "refusal/utf8.h"

/* key (with its opening quote) then s and the closing quote; as printf
 * "<key>%s\"" would write it, without the format parsing. */
static rf_status add_key_str(rf_buf *b, const char *key, const char *s)
{
    rf_status st = rf_buf_adds(b, key);
    if (st == RF_OK)
        st = rf_buf_adds(b, s);
    return st == RF_OK ? rf_buf_addc(b, '"') : st;
}

rf_status cls_patterns_json(rf_buf *b, unsigned pats)
{
    rf_status st = rf_buf_addc(b, '[');
    int i, n = 0;
    for (i = 0; st == RF_OK && i < RF_PAT_COUNT; i++)
        if (pats & (1u << i))
            st = add_key_str(b, n++ ? ",\"" : "\"", rf_pattern_name(i));
    return st == RF_OK ? rf_buf_addc(b, ']') : st;
}

/* The new keys, without braces: "verdict":...,"detector":... */
static rf_status result_keys(cls_ctx *c, const rf_detection *d, int with_lang)
{
    rf_buf *b = &c->line_out;
    rf_status st = add_key_str(b, "\"verdict\":\"", rf_verdict_str(d->verdict));
    if (st == RF_OK)
        st = rf_buf_adds(b, ",\"score\":");
    if (st == RF_OK)
        st = rf_buf_add_fixed4(b, d->score);
    if (st == RF_OK)
        st = rf_buf_adds(b, ",\"patterns\":");
    if (st == RF_OK)
        st = cls_patterns_json(b, d->patterns);
    if (st == RF_OK && with_lang)
        st = add_key_str(b, ",\"language\":\"", d->language);
    if (st == RF_OK)
        st = add_key_str(b, ",\"detector\":\"", rf_detector_name(c->det));
    if (st == RF_OK && c->explain_on)
        st = rf_buf_adds(b, ",\"explain\":");
    if (st == RF_OK && c->explain_on)
        st = rf_buf_adds(b, rf_buf_ptr(&c->explain)); /* as %s wrote it */
    return st;
}

/* Note a bad line; the message goes to stderr when its batch is written. */
static void bad_line(cls_ctx *c, const char *why)
{
    if (rf_buf_printf(&c->errs, "%s:%zu: %s\n", c->path, c->lineno, why) != RF_OK)
        fprintf(stderr, "%s:%zu: %s\n", c->path, c->lineno, why);
    c->n_bad++;
}

static rf_status classify_text(cls_ctx *c, const char *text, size_t len, const char *prompt,
                               const char *lang, rf_detection *d)
{
    rf_status st;
    rf_buf_reset(&c->explain);
    st = rf_detector_classify(c->det, text, len, prompt, lang, d,
                              c->explain_on ? &c->explain : NULL);
    if (len > CLASSIFY_KEEP) /* its normalised text, before the output is built */
        rf_detector_trim(c->det, CLASSIFY_KEEP);
    return st;
}

/* After an answer: free the buffers it grew past CLASSIFY_KEEP. */
static void ctx_trim(cls_ctx *c)
{
    rf_buf_trim(&c->clean, CLASSIFY_KEEP);
    rf_buf_trim(&c->line_out, CLASSIFY_KEEP);
    rf_buf_trim(&c->explain, CLASSIFY_KEEP);
}

static rf_status write_tsv(cls_ctx *c, const char *id, const rf_detection *d)
{
    rf_buf *b = &c->line_out;
    rf_status st = rf_buf_printf(b, "%zu\t", c->lineno);
    const char *p;
    int i, n = 0;
    for (p = id ? id : ""; st == RF_OK && *p; p++)
        st = rf_buf_addc(b, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
    if (st == RF_OK)
        st = rf_buf_printf(b, "\t%s\t%.4f\t", rf_verdict_str(d->verdict), d->score);
    for (i = 0; st == RF_OK && i < RF_PAT_COUNT; i++)
        if (d->patterns & (1u << i))
            st = rf_buf_printf(b, "%s%s", n++ ? "," : "", rf_pattern_name(i));
    if (st == RF_OK)
        st = rf_buf_printf(b, "\t%s\t%s\n", d->language, rf_detector_name(c->det));
    return st;
}

static int has_our_keys(json_t *o)
{
    static const char *const keys[] = {"verdict", "score", "patterns", "detector", "explain", NULL};
    int i;
    for (i = 0; keys[i]; i++)
        if (json_object_get(o, keys[i]))
            return 1;
    return 0;
}

/* Rebuild the object with jansson (input already had one of our keys). */
static rf_status write_rebuilt(cls_ctx *c, json_t *o, const rf_detection *d, int with_lang)
{
    json_t *tmp;
    json_error_t je;
    char *s;
    rf_status st;
    rf_buf_reset(&c->line_out);
    st = rf_buf_addc(&c->line_out, '{');
    if (st == RF_OK)
        st = result_keys(c, d, 1);
    if (st == RF_OK)
        st = rf_buf_addc(&c->line_out, '}');
    if (st != RF_OK)
        return st;
    tmp = json_loadb(rf_buf_ptr(&c->line_out), rf_buf_len(&c->line_out), 0, &je);
    if (!tmp)
        return RF_ENOMEM;
    if (!with_lang)
        json_object_del(tmp, "language");
    json_object_update(o, tmp);
    json_decref(tmp);
    s = json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII * 0);
    if (!s)
        return RF_ENOMEM;
    rf_buf_reset(&c->line_out);
    st = rf_buf_adds(&c->line_out, s);
    free(s);
    return st == RF_OK ? rf_buf_addc(&c->line_out, '\n') : st;
}

/* line[0..n) is a JSON object ending in '}': write it with the new keys
 * before that brace (comma first when the object has keys). */
static rf_status splice(cls_ctx *c, const char *line, size_t n, const rf_detection *d,
                        int with_lang, int nonempty)
{
    rf_status st;
    rf_buf_reset(&c->line_out);
    st =
        n > CLASSIFY_KEEP ? rf_buf_reserve(&c->line_out, n + rf_buf_len(&c->explain) + 512) : RF_OK;
    if (st == RF_OK)
        st = rf_buf_add(&c->line_out, line, n - 1);
    if (st == RF_OK && nonempty)
        st = rf_buf_addc(&c->line_out, ',');
    if (st == RF_OK)
        st = result_keys(c, d, with_lang);
    return st == RF_OK ? rf_buf_add(&c->line_out, "}\n", 2) : st;
}

/* Splice the keys before the closing brace of line[0..n). */
static rf_status write_spliced(cls_ctx *c, const char *line, size_t n, json_t *o,
                               const rf_detection *d, int with_lang)
{
    while (n > 0 && rf_isspace((unsigned char)line[n - 1]))
        n--;
    if (n == 0 || line[n - 1] != '}' || has_our_keys(o))
        return write_rebuilt(c, o, d, with_lang);
    return splice(c, line, n, d, with_lang, json_object_size(o) > 0);
}

/* ---- fast path: a strict JSON scanner for the common line ----
 *
 * jansson parses (and allocates) the whole object although classify needs
 * four top-level strings; that cost as much as the detector. fj_* validates
 * the line in one pass and records the raw bytes of "response" (or
 * --field), "prompt", "language" and "id". It accepts only a subset of what
 * json_loadb(JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL) accepts: anything
 * unusual (escaped or more than FJ_MAX_KEYS keys, nesting beyond
 * FJ_MAX_DEPTH, exponents or long numbers, a surrogate escape that does not
 * pair, one of our output keys, a missing or non-string response) makes it
 * give up, and the line goes through jansson as before (same values, same
 * errors). */
#define FJ_MAX_DEPTH 32
#define FJ_MAX_KEYS 64
#define FJ_MAX_NUMBER 15

typedef struct fj_str {
    const char *p; /* raw bytes between the quotes */
    size_t n;
    int esc; /* contains a backslash escape */
} fj_str;

enum { FJ_RESP, FJ_PROMPT, FJ_LANG, FJ_ID, FJ_N };

typedef struct fj {
    const unsigned char *s;
    size_t n, i;
    const char *field;
    fj_str top[FJ_N];
    int have[FJ_N]; /* top[k] holds a string value */
    int ours;       /* a top-level key we would overwrite */
} fj;

static void fj_ws(fj *j)
{
    while (j->i < j->n &&
           (j->s[j->i] == ' ' || j->s[j->i] == '\t' || j->s[j->i] == '\n' || j->s[j->i] == '\r'))
        j->i++;
}

static int fj_hex4(const unsigned char *p, uint32_t *v)
{
    int k;
    *v = 0;
    for (k = 0; k < 4; k++) {
        unsigned char h = p[k];
        uint32_t d;
        if (h >= '0' && h <= '9')
            d = h - '0';
        else if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f')
            d = (uint32_t)((h | 0x20) - 'a' + 10);
        else
            return 0;
        *v = *v << 4 | d;
    }
    return 1;
}

/* Length of the \u escape at p[0..n) (6 or 12 with a surrogate pair), or 0
 * when it is malformed; *cp gets the code point. */
static size_t fj_uesc(const unsigned char *p, size_t n, uint32_t *cp)
{
    uint32_t lo;
    if (n < 6 || !fj_hex4(p + 2, cp))
        return 0;
    if (*cp >= 0xDC00 && *cp <= 0xDFFF)
        return 0;
    if (*cp < 0xD800 || *cp > 0xDBFF)
        return 6;
    if (n < 12 || p[6] != '\\' || p[7] != 'u' || !fj_hex4(p + 8, &lo) || lo < 0xDC00 || lo > 0xDFFF)
        return 0;
    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
    return 12;
}

/* 1 for the bytes a JSON string holds as they are: ASCII from 0x20 on,
 * except '"' and '\\'. */
static const unsigned char k_fj_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

#define ONES8 0x0101010101010101ull
#define HIGH8 0x8080808080808080ull

/* 1 when all eight bytes of w are k_fj_plain: bit 7 of (x - 0x01..) & ~x
 * is set in some byte exactly when x has a zero byte (and of
 * (w - 0x20..) & ~w when w has a byte below 0x20), so bad has a bit 7 set
 * when w holds a byte >= 0x80, a control byte, '"' or '\\'. */
static int fj_plain8(uint64_t w)
{
    uint64_t q = w ^ (0x22 * ONES8), b = w ^ (0x5C * ONES8);
    uint64_t bad = w | ((w - 0x20 * ONES8) & ~w) | ((q - ONES8) & ~q) | ((b - ONES8) & ~b);
    return (bad & HIGH8) == 0;
}

/* The string at s[i] == '"'; 0 when it is not valid. */
static int fj_string(fj *j, fj_str *out)
{
    const unsigned char *s = j->s;
    size_t i = j->i + 1, n = j->n;
    uint32_t cp;
    out->esc = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (k_fj_plain[c]) {
            uint64_t w;
            for (i++; i + 8 <= n; i += 8) { /* eight plain bytes at a time */
                memcpy(&w, s + i, 8);
                if (!fj_plain8(w))
                    break;
            }
            for (; i < n && k_fj_plain[s[i]]; i++)
                ;
            continue;
        }
        if (c == '"') {
            out->p = (const char *)s + j->i + 1;
            out->n = i - j->i - 1;
            j->i = i + 1;
            return 1;
        }
        if (c < 0x20)
            return 0;
        if (c == '\\') {
            size_t m = 2;
            unsigned char e = i + 1 < n ? s[i + 1] : 0;
            out->esc = 1;
            if (e == 'u')
                m = fj_uesc(s + i, n - i, &cp);
            else if (!e || !strchr("\"\\/bfnrt", e))
                m = 0;
            if (m == 0)
                return 0;
            i += m;
            continue;
        }
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
            (s[i + 2] & 0xC0) == 0x80) {
            i += 3; /* a valid three-byte sequence (no surrogate, no overlong), as
                       rf_utf8_decode would take it: most of CJK and Hangul */
            continue;
        }
        int m = rf_utf8_decode((const char *)s + i, n - i, &cp);
        if (m < 0)
            return 0;
        i += (size_t)m;
    }
    return 0;
}

static int fj_number(fj *j)
{
    const unsigned char *s = j->s;
    size_t i = j->i, n = j->n;
    if (i < n && s[i] == '-')
        i++;
    if (i < n && s[i] == '0')
        i++;
    else if (i < n && s[i] >= '1' && s[i] <= '9')
        while (i < n && rf_isdigit(s[i]))
            i++;
    else
        return 0;
    if (i < n && s[i] == '.') {
        size_t d = ++i;
        while (i < n && rf_isdigit(s[i]))
            i++;
        if (i == d)
            return 0;
    }
    if ((i < n && (s[i] == 'e' || s[i] == 'E' || rf_isdigit(s[i]))) || i - j->i > FJ_MAX_NUMBER)
        return 0; /* exponents and long numbers: jansson decides */
    j->i = i;
    return 1;
}

static int fj_value(fj *j, int depth, fj_str *str);

static int fj_array(fj *j, int depth)
{
    j->i++;
    fj_ws(j);
    if (j->i < j->n && j->s[j->i] == ']') {
        j->i++;
        return 1;
    }
    for (;;) {
        if (!fj_value(j, depth + 1, NULL))
            return 0;
        fj_ws(j);
        if (j->i >= j->n)
            return 0;
        if (j->s[j->i++] == ']')
            return 1;
        if (j->s[j->i - 1] != ',')
            return 0;
        fj_ws(j);
    }
}

/* Which recorded top-level key k is (FJ_N when none); sets j->ours. */
static int fj_top_key(fj *j, const fj_str *k)
{
    static const char *const ours[] = {"verdict", "score", "patterns", "detector", "explain", NULL};
    static const char *const names[FJ_N] = {NULL, "prompt", "language", "id"};
    int i;
    for (i = 0; ours[i]; i++)
        if (k->n == strlen(ours[i]) && memcmp(k->p, ours[i], k->n) == 0)
            j->ours = 1;
    if (k->n == strlen(j->field) && memcmp(k->p, j->field, k->n) == 0)
        return FJ_RESP;
    for (i = 1; i < FJ_N; i++)
        if (k->n == strlen(names[i]) && memcmp(k->p, names[i], k->n) == 0)
            return i;
    return FJ_N;
}

static int fj_object(fj *j, int depth)
{
    fj_str keys[FJ_MAX_KEYS];
    size_t nk = 0, q;
    j->i++;
    fj_ws(j);
    if (j->i < j->n && j->s[j->i] == '}') {
        j->i++;
        return 1;
    }
    for (;;) {
        fj_str *k = &keys[nk], val;
        int slot = FJ_N;
        if (nk == FJ_MAX_KEYS || j->i >= j->n || j->s[j->i] != '"' || !fj_string(j, k) || k->esc)
            return 0;
        for (q = 0; q < nk; q++)
            if (keys[q].n == k->n && memcmp(keys[q].p, k->p, k->n) == 0)
                return 0; /* duplicate key */
        nk++;
        if (depth == 0)
            slot = fj_top_key(j, k);
        fj_ws(j);
        if (j->i >= j->n || j->s[j->i++] != ':')
            return 0;
        fj_ws(j);
        val.p = NULL;
        if (!fj_value(j, depth + 1, &val))
            return 0;
        if (slot < FJ_N && val.p) {
            j->top[slot] = val;
            j->have[slot] = 1;
        }
        fj_ws(j);
        if (j->i >= j->n)
            return 0;
        if (j->s[j->i++] == '}')
            return 1;
        if (j->s[j->i - 1] != ',')
            return 0;
        fj_ws(j);
    }
}

/* One value at s[i]; a string's raw bytes go to *str when str is given. */
static int fj_value(fj *j, int depth, fj_str *str)
{
    static const char *const lits[] = {"true", "false", "null"};
    fj_str tmp;
    size_t k;
    if (depth > FJ_MAX_DEPTH || j->i >= j->n)
        return 0;
    switch (j->s[j->i]) {
    case '"':
        return fj_string(j, str ? str : &tmp);
    case '{':
        return fj_object(j, depth);
    case '[':
        return fj_array(j, depth);
    case 't':
    case 'f':
    case 'n':
        for (k = 0; k < 3; k++) {
            size_t m = strlen(lits[k]);
            if (j->n - j->i >= m && memcmp(j->s + j->i, lits[k], m) == 0) {
                j->i += m;
                return 1;
            }
        }
        return 0;
    default:
        return fj_number(j);
    }
}

/* Append the decoded string v to b, then a NUL. */
static rf_status fj_decode(rf_buf *b, const fj_str *v)
{
    const unsigned char *s = (const unsigned char *)v->p;
    size_t i = 0, run = 0;
    rf_status st = RF_OK;
    if (!v->esc)
        st = rf_buf_add(b, v->p, v->n);
    while (v->esc && st == RF_OK && i < v->n) {
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        char enc[4];
        uint32_t cp;
        size_t m = 2;
        int el = 1;
        if (s[i] != '\\') { /* skip to the next escape (or the end) */
            const unsigned char *q = memchr(s + i, '\\', v->n - i);
            i = q ? (size_t)(q - s) : v->n;
            continue;
        }
        st = rf_buf_add(b, v->p + run, i - run);
        if (s[i + 1] == 'u') {
            m = fj_uesc(s + i, v->n - i, &cp);
            el = rf_utf8_encode(cp, enc);
        } else {
            enc[0] = to[strchr(from, s[i + 1]) - from];
        }
        if (st == RF_OK)
            st = rf_buf_add(b, enc, (size_t)el);
        i += m;
        run = i;
    }
    if (v->esc && st == RF_OK)
        st = rf_buf_add(b, v->p + run, v->n - run);
    return st == RF_OK ? rf_buf_addc(b, '\0') : st;
}

/* Classify line[0..n) without jansson; 0 when the line needs the full
 * parser (nothing was written then). */
static int do_json_fast(cls_ctx *c, const char *line, size_t n, rf_status *st)
{
    fj j;
    size_t off[FJ_N], len[FJ_N], end;
    const char *base, *lang = NULL;
    rf_detection d;
    int k;
    memset(&j, 0, sizeof j);
    j.s = (const unsigned char *)line;
    j.n = n;
    j.field = c->field;
    fj_ws(&j);
    if (j.i >= n || line[j.i] != '{' || !fj_object(&j, 0))
        return 0;
    end = j.i;
    fj_ws(&j);
    if (j.i != n || j.ours || !j.have[FJ_RESP])
        return 0;
    rf_buf_reset(&c->clean);
    if (n > CLASSIFY_KEEP && (*st = rf_buf_reserve(&c->clean, n)) != RF_OK)
        return 1; /* the decoded fields are shorter than the line */
    for (k = 0; k < FJ_N; k++) {
        off[k] = rf_buf_len(&c->clean);
        if (j.have[k] && (*st = fj_decode(&c->clean, &j.top[k])) != RF_OK)
            return 1;
        len[k] = rf_buf_len(&c->clean) - off[k] - (j.have[k] ? 1 : 0);
    }
    base = rf_buf_ptr(&c->clean);
    if (j.have[FJ_LANG] && len[FJ_LANG] > 0 && len[FJ_LANG] < 16)
        lang = base + off[FJ_LANG];
    *st = classify_text(c, base, len[FJ_RESP], j.have[FJ_PROMPT] ? base + off[FJ_PROMPT] : NULL,
                        lang, &d);
    rf_buf_reset(&c->line_out);
    if (*st == RF_ELIMIT) {
        bad_line(c, "response too large to classify");
        *st = RF_OK;
        return 1;
    }
    if (*st == RF_OK && c->tsv) {
        *st = write_tsv(c, j.have[FJ_ID] ? base + off[FJ_ID] : NULL, &d);
    } else if (*st == RF_OK) {
        int with_lang = lang == NULL;
        rf_buf_trim(&c->clean, CLASSIFY_KEEP); /* the decoded fields: not in the output */
        *st = splice(c, line, end, &d, with_lang, 1);
    }
    return 1;
}

static rf_status do_json_line(cls_ctx *c, const char *line, size_t n)
{
    json_error_t je;
    json_t *o, *v, *l;
    rf_detection d;
    rf_status st = RF_OK;
    const char *lang = NULL;
    if (do_json_fast(c, line, n, &st))
        return st;
    o = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!json_is_object(o)) {
        bad_line(c, o ? "not a JSON object" : je.text);
        json_decref(o);
        return RF_OK;
    }
    v = json_object_get(o, c->field);
    if (!json_is_string(v)) {
        char why[128];
        snprintf(why, sizeof why, "no string \"%s\" key", c->field);
        bad_line(c, why);
        json_decref(o);
        return RF_OK;
    }
    l = json_object_get(o, "language");
    if (json_is_string(l) && json_string_length(l) > 0 && json_string_length(l) < 16)
        lang = json_string_value(l);
    st = classify_text(c, json_string_value(v), json_string_length(v),
                       json_string_value(json_object_get(o, "prompt")), lang, &d);
    if (st == RF_ELIMIT) {
        bad_line(c, "response too large to classify");
        rf_buf_reset(&c->line_out);
        json_decref(o);
        return RF_OK;
    }
    if (st == RF_OK && c->tsv) {
        rf_buf_reset(&c->line_out);
        st = write_tsv(c, json_string_value(json_object_get(o, "id")), &d);
    } else if (st == RF_OK) {
        st = write_spliced(c, line, n, o, &d, lang == NULL);
    }
    json_decref(o);
    return st;
}

static rf_status do_text_line(cls_ctx *c, const char *line, size_t n)
{
    rf_detection d;
    rf_status st;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
    rf_buf_reset(&c->clean);
    st = rf_utf8_sanitize(&c->clean, line, n);
    if (st == RF_OK)
        st = classify_text(c, rf_buf_ptr(&c->clean), rf_buf_len(&c->clean), NULL, NULL, &d);
    if (st == RF_ELIMIT) {
        bad_line(c, "response too large to classify");
        rf_buf_reset(&c->line_out);
        return RF_OK;
    }
    if (st != RF_OK)
        return st;
    rf_buf_reset(&c->line_out);
    if (c->tsv)
        return write_tsv(c, NULL, &d);
    st = rf_buf_adds(&c->line_out, "{\"response\":");
    if (st == RF_OK)
        st = rf_buf_add_json(&c->line_out, rf_buf_ptr(&c->clean), rf_buf_len(&c->clean));
    if (st == RF_OK)
        st = rf_buf_addc(&c->line_out, ',');
    if (st == RF_OK)
        st = result_keys(c, &d, 1);
    return st == RF_OK ? rf_buf_add(&c->line_out, "}\n", 2) : st;
}

/* ---- streams: batches of lines, split across threads ---- */

/* Lines read ahead and classified together: at most STREAM_BATCH_LINES, and
 * no more once STREAM_BATCH_BYTES are held (a single longer line is still
 * read whole, up to CLASSIFY_MAX_LINE). */
#define STREAM_BATCH_LINES 2048
#define STREAM_BATCH_BYTES ((size_t)4 << 20)

typedef struct stream_batch {
    char *arena; /* the lines, back to back */
    size_t len, cap;
    size_t off[STREAM_BATCH_LINES + 1]; /* line k is arena[off[k] .. off[k+1]) */
    int too_long[STREAM_BATCH_LINES];
    size_t n, first_lineno; /* line numbers first_lineno + k */
    size_t longest;         /* the longest line held */
} stream_batch;

typedef struct stream_worker {
    cls_ctx *c; /* this thread's context (own detector handle and buffers) */
    const stream_batch *b;
    size_t from, to; /* lines [from, to) */
    rf_buf chunk;    /* their output, in order */
    rf_status st;
} stream_worker;

/* 1 when no line is waiting: none held by the reader, and nothing more can
 * be read from its descriptor without waiting. */
static int input_idle(const cls_reader *rd)
{
    struct pollfd p;
    if (cls_reader_has_line(rd))
        return 0;
    p.fd = rd->fd;
    p.events = POLLIN;
    p.revents = 0;
    return poll(&p, 1, 0) == 0;
}

/* Read up to one batch of lines; 0 at end of input or after a read error
 * (rd->err; the lines before it are in the batch), -1 when out of memory.
 * From a pipe or terminal (live), the batch also ends when no more input
 * is waiting, so each answer is written as soon as it can be. */
static int batch_read(stream_batch *b, cls_reader *rd, int live, size_t *lineno)
{
    size_t n;
    const char *line;
    b->n = b->len = b->longest = 0;
    b->first_lineno = *lineno + 1;
    while (b->n < STREAM_BATCH_LINES && b->len < STREAM_BATCH_BYTES &&
           !(live && b->n > 0 && input_idle(rd)) && (n = cls_read_line(rd, &line)) > 0) {
        size_t keep = line ? n : 0;
        (*lineno)++;
        if (b->len + keep > b->cap) {
            size_t nc = b->cap ? b->cap : (size_t)1 << 20;
            char *p;
            while (nc < b->len + keep)
                nc *= 2;
            if (!(p = realloc(b->arena, nc)))
                return -1;
            b->arena = p;
            b->cap = nc;
        }
        if (keep)
            memcpy(b->arena + b->len, line, keep);
        if (keep > b->longest)
            b->longest = keep;
        b->too_long[b->n] = line == NULL;
        b->off[b->n++] = b->len;
        b->len += keep;
    }
    b->off[b->n] = b->len;
    return b->n > 0;
}

/* Exchange the contents of a and b (each keeps its own limit). */
static void swap_storage(rf_buf *a, rf_buf *b)
{
    rf_buf t = *a;
    a->ptr = b->ptr;
    a->len = b->len;
    a->cap = b->cap;
    b->ptr = t.ptr;
    b->len = t.len;
    b->cap = t.cap;
}

static void *stream_work(void *arg)
{
    stream_worker *w = arg;
    cls_ctx *c = w->c;
    size_t k;
    w->st = RF_OK;
    for (k = w->from; k < w->to && w->st == RF_OK; k++) {
        const char *line = w->b->arena + w->b->off[k];
        size_t n = w->b->off[k + 1] - w->b->off[k];
        c->lineno = w->b->first_lineno + k;
        if (w->b->too_long[k]) {
            bad_line(c, "line too long");
            continue;
        }
        if (!c->text_mode && (n == 1 || (n == 2 && line[0] == '\r')) && line[n - 1] == '\n')
            continue; /* blank line */
        rf_buf_reset(&c->line_out);
        w->st = c->text_mode ? do_text_line(c, line, n) : do_json_line(c, line, n);
        if (w->st == RF_OK && rf_buf_len(&w->chunk) == 0 && c->line_out.cap > CLASSIFY_KEEP)
            swap_storage(&w->chunk, &c->line_out); /* a huge output: not copied */
        else if (w->st == RF_OK)
            w->st = rf_buf_add(&w->chunk, rf_buf_ptr(&c->line_out), rf_buf_len(&c->line_out));
        ctx_trim(c);
    }
    return NULL;
}

/* Contexts for threads 1..n-1: copies of c's settings with a clone of its
 * detector and their own buffers. */
static rf_status stream_ctx_open(const cls_ctx *c, cls_ctx *w)
{
    *w = *c;
    w->det = NULL;
    w->n_bad = 0;
    rf_buf_init(&w->line_out, CLASSIFY_MAX_LINE * 2);
    rf_buf_init(&w->explain, (size_t)1 << 20);
    rf_buf_init(&w->clean, CLASSIFY_MAX_LINE * 2);
    rf_buf_init(&w->errs, (size_t)1 << 30);
    return rf_detector_clone(c->det, &w->det);
}

static void stream_ctx_close(cls_ctx *w)
{
    rf_buf_free(&w->line_out);
    rf_buf_free(&w->explain);
    rf_buf_free(&w->clean);
    rf_buf_free(&w->errs);
    rf_detector_close(w->det);
}

/* Classify one batch on n threads (contiguous ranges of about equal bytes)
 * and write the results, and then the bad-line messages, in input order. */
static rf_status batch_run(cls_ctx **ctx, stream_worker *w, int n, const stream_batch *b)
{
    pthread_t th[PAR_MAX_THREADS];
    int started[PAR_MAX_THREADS] = {0}, t;
    size_t k = 0;
    rf_status st = RF_OK;
    for (t = 0; t < n; t++) {
        size_t goal = b->len / (size_t)n * (size_t)(t + 1);
        w[t].c = ctx[t];
        w[t].b = b;
        w[t].from = k;
        while (k < b->n && (t == n - 1 || b->off[k] < goal))
            k++;
        w[t].to = k;
        rf_buf_reset(&w[t].chunk);
        rf_buf_reset(&ctx[t]->errs);
    }
    for (t = 1; t < n; t++)
        started[t] = w[t].from < w[t].to && pthread_create(&th[t], NULL, stream_work, &w[t]) == 0;
    stream_work(&w[0]);
    for (t = 1; t < n; t++) {
        if (started[t])
            pthread_join(th[t], NULL);
        else
            stream_work(&w[t]); /* empty range, or no thread: run it here */
    }
    for (t = 0; t < n && st == RF_OK; t++) {
        if ((st = w[t].st) != RF_OK)
            break;
        if (rf_buf_len(&ctx[t]->errs))
            fputs(rf_buf_ptr(&ctx[t]->errs), stderr);
        if (rf_buf_len(&w[t].chunk) && fwrite(rf_buf_ptr(&w[t].chunk), 1, rf_buf_len(&w[t].chunk),
                                              ctx[0]->out) != rf_buf_len(&w[t].chunk))
            st = RF_EIO;
    }
    return st;
}

/* After a batch that held a line over CLASSIFY_KEEP: give back the room
 * its output and the line took (ordinary batches keep theirs). */
static void batch_trim(stream_batch *b, stream_worker *w, int n)
{
    int t;
    if (b->longest <= CLASSIFY_KEEP)
        return;
    for (t = 0; t < n; t++)
        rf_buf_trim(&w[t].chunk, CLASSIFY_KEEP);
    free(b->arena);
    b->arena = NULL;
    b->cap = 0;
}

/* The exit code of a stream that ended with st, a read error err (errno)
 * before line lineno + 1, and bad lines; the message for an error. */
static int stream_exit(const cls_ctx *c, rf_status st, int err, size_t lineno, long bad)
{
    if (st == RF_OK && err) { /* the lines before it were written */
        cli_error("%s:%zu: read error: %s", c->path, lineno + 1, strerror(err));
        return RF_EXIT_ERRORS;
    }
    if (st != RF_OK) {
        cli_status_error(st, st == RF_EIO ? "classify: write failed" : "classify");
        return RF_EXIT_ERRORS;
    }
    return bad ? RF_EXIT_INPUT : RF_EXIT_OK;
}

static int classify_stream(cls_ctx *c, FILE *in, int threads)
{
    cls_ctx *ctx[PAR_MAX_THREADS], extra[PAR_MAX_THREADS];
    stream_worker w[PAR_MAX_THREADS];
    stream_batch *b = calloc(1, sizeof *b);
    cls_reader rd;
    size_t lineno = 0;
    rf_status st = b ? RF_OK : RF_ENOMEM;
    struct stat sb;
    int n = 1, t, r, live = 1;
    long bad = 0;
    memset(w, 0, sizeof w);
    ctx[0] = c;
    for (; st == RF_OK && n < threads; n++) {
        ctx[n] = &extra[n];
        if ((st = stream_ctx_open(c, &extra[n])) != RF_OK) {
            stream_ctx_close(&extra[n]);
            break;
        }
    }
    for (t = 0; t < PAR_MAX_THREADS; t++)
        rf_buf_init(&w[t].chunk, (size_t)1 << 31);
    if (st == RF_OK && c->tsv &&
        fputs("line\tid\tverdict\tscore\tpatterns\tlanguage\tdetector\n", c->out) < 0)
        st = RF_EIO;
    if (fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode))
        live = 0;
    cls_reader_init(&rd, in, CLASSIFY_MAX_LINE);
    while (st == RF_OK && (r = batch_read(b, &rd, live, &lineno)) != 0) {
        if (r < 0) {
            st = RF_ENOMEM;
            break;
        }
        cls_reader_shrink(&rd); /* the batch holds its lines */
        st = batch_run(ctx, w, n, b);
        batch_trim(b, w, n);
        if (st == RF_OK && live && fflush(ctx[0]->out) != 0)
            st = RF_EIO;
    }
    for (t = 0; t < n; t++)
        bad += ctx[t]->n_bad;
    for (t = 1; t < n; t++)
        stream_ctx_close(&extra[t]);
    for (t = 0; t < PAR_MAX_THREADS; t++)
        rf_buf_free(&w[t].chunk);
    if (b)
        free(b->arena);
    free(b);
    cls_reader_free(&rd);
    return stream_exit(c, st, rd.err, lineno, bad);
}

int cmd_classify(const cli_args *a)
{
    const char *fmt = cli_str(a, OPT_classify_format, "jsonl");
    const char *in_path = a->n_pos > 0 ? a->pos[0] : "-", *out_path;
    char err[RF_ERR_LEN] = "";
    cls_ctx c;
    FILE *in = NULL;
    rf_status st;
    int64_t threads;
    int rc;
    memset(&c, 0, sizeof c);
    if (a->n_pos > 1)
        return cli_usage_error(a, "one input file at most");
    if (strcmp(fmt, "jsonl") != 0 && strcmp(fmt, "tsv") != 0)
        return cli_usage_error(a, "--format: want jsonl or tsv, got '%s'", fmt);
    if (cli_has(a, OPT_classify_run) && (a->n_pos || cli_has(a, OPT_classify_text)))
        return cli_usage_error(a, "--run takes no input file or --text");
    if (!strncmp(cli_str(a, OPT_classify_detector, "auto"), "judge:", 6))
        return classify_judge(a);
    if (cli_int(a, OPT_classify_threads, 1, PAR_MAX_THREADS, par_default_threads(), &threads) < 0)
        return RF_EXIT_USAGE;
    c.tsv = strcmp(fmt, "tsv") == 0;
    c.explain_on = cli_has(a, OPT_classify_explain);
    c.text_mode = cli_has(a, OPT_classify_text);
    c.field = cli_str(a, OPT_classify_field, "response");
    c.path = strcmp(in_path, "-") == 0 ? "<stdin>" : in_path;
    st = rf_detector_open(cli_str(a, OPT_classify_detector, "auto"),
                          cli_str(a, OPT_classify_model, NULL), &c.det, err);
    if (st != RF_OK) {
        cli_status_error(st, err);
        return st == RF_EINVAL ? RF_EXIT_USAGE : RF_EXIT_ERRORS;
    }
    rf_buf_init(&c.line_out, CLASSIFY_MAX_LINE * 2);
    rf_buf_init(&c.explain, (size_t)1 << 20);
    rf_buf_init(&c.clean, CLASSIFY_MAX_LINE * 2);
    rf_buf_init(&c.errs, (size_t)1 << 30);
    out_path = cli_str(a, OPT_classify_output, NULL);
    c.out = cli_open_out(out_path);
    rc = c.out ? RF_EXIT_OK : RF_EXIT_ERRORS;
    if (rc == RF_EXIT_OK && cli_has(a, OPT_classify_run)) {
        rc = cls_rescore_run(&c, a, (int)threads);
    } else if (rc == RF_EXIT_OK) {
        in = strcmp(in_path, "-") == 0 ? stdin : fopen(in_path, "r");
        if (!in) {
            cli_error("%s: cannot open", in_path);
            rc = RF_EXIT_INPUT;
        } else {
            rc = classify_stream(&c, in, (int)threads);
        }
    }
    if (in && in != stdin)
        fclose(in);
    if (c.out && cli_close_out(c.out, out_path) != 0 && rc == RF_EXIT_OK)
        rc = RF_EXIT_ERRORS;
    rf_buf_free(&c.line_out);
    rf_buf_free(&c.explain);
    rf_buf_free(&c.clean);
    rf_buf_free(&c.errs);
    rf_detector_close(c.det);
    return rc;
}
