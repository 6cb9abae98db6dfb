/*
 * model.c - hashed-feature logistic regression: features, scoring, the
 * weights file. Training is in model_train.c.
 *
 * Features. The text is read code point by code point (invalid UTF-8 reads
 * as U+FFFD), lower-cased (utf8proc), digits folded to 0, and cut into
 * tokens: a word is a run of letters, marks and digits (an apostrophe inside
 * a word is kept: "can't"); every Han, kana, Thai, Lao, Khmer or Myanmar
 * character is a token of its own, so those scripts need no segmenter. At
 * most RF_MODEL_MAX_TOKENS tokens are read. The opening is the first
 * sentence: tokens up to the first . ! ? 。！？ or newline seen after
 * OPEN_MIN_TOKENS tokens, at most OPEN_MAX_TOKENS tokens.
 *
 * | namespace | feature                                   | value          |
 * |-----------|-------------------------------------------|----------------|
 * | W1, W2    | word uni/bigrams of the whole text        | 1/sqrt(n_body) |
 * | C3        | character 3-grams inside each word, with  | 1/sqrt(n_body) |
 * |           | word boundaries ("<ca", "can", "an'", ...) |                |
 * | OW1-OW3   | word 1-3-grams of the opening             | 1/sqrt(n_open) |
 * | OC3       | character 3-grams of the opening          | 1/sqrt(n_open) |
 * | LEN       | log2 bucket of the token count            | 1              |
 * | LAY       | log2 bucket of lines, list items, code    | 1              |
 * | RULE      | pattern bits (opening / later), rule score| 1              |
 * |           | bucket, rule verdict, XSTest prefix match |                |
 * | PR        | only a model trained with prompt features | 1              |
 * |           | and an answer given with its prompt:      |                |
 * |           | answer/prompt length, the prompt's first  |                |
 * |           | words x the opening (model_feat.c)        |                |
 * | PR        | with a prompt only (model_feat.c): share  | 1              |
 * |           | of its content keys the answer takes up   |                |
 * |           | after / in the opening, crossed with the  |                |
 * |           | opening's refusal-side phrases and the    |                |
 * |           | rule verdict; matches; length ratio       |                |
 * A speaker label opening the text ("[GPT]:", "ChatGPT:") is skipped.
 * n_body / n_open count the n-gram entries of each region. Each feature's
 * bucket is rf_model_mix32(hash ^ namespace seed) >> (32 - hash_bits).
 *
 * Weights file (all integers and floats little-endian):
 *
 * | offset | size        | field                                         |
 * |--------|-------------|-----------------------------------------------|
 * | 0      | 8           | magic "RFLINMDL"                              |
 * | 8      | 4           | format version (3; 2 is read too)             |
 * | 12     | 4           | hash_bits (RF_MODEL_MIN_BITS..MAX_BITS)       |
 * | 16     | 4           | L, length of the feature-list string          |
 * | 20     | L           | feature list + n-gram config (FEATURE_LIST);  |
 * |        |             | must equal this build's; a prompt model's     |
 * |        |             | (refusal predict) ends in "; input=prompt",   |
 * |        |             | one with prompt features (refusal train       |
 * |        |             | --prompt-features) in "; pr1"                 |
 * | 20+L   | 4           | G, length of the language list                |
 * | 24+L   | G           | trusted languages: [a-z0-9]{1,8} tags         |
 * |        |             | separated by one space ("de en zh")           |
 * | 24+L+G | 4           | H, length of the blended-language list        |
 * |        |             | (version 3; absent in version 2 files)        |
 * | 28+L+G | H           | blended languages, as the trusted list        |
 * | +H     | 4           | float32 n-gram share for them (0..1)          |
 * | T      | 4           | float32 threshold with n-grams (0..1)         |
 * | T+4    | 4           | float32 threshold in rules-only mode (0..1)   |
 * | T+8    | 4           | float32 bias                                  |
 * | T+12   | 4*2^bits    | float32 weights (finite)                      |
 * | end-4  | 4           | checksum: FNV-1a 32 of all preceding bytes    |
 *
 * (T = 24+L+G in version 2, 32+L+G+H in version 3; version 2 files load
 * with no blended language.)
 *
 * Trusted languages: the n-gram weights are used only for responses in a
 * language that had enough training rows of both labels; any other language
 * is scored from the rule, length and layout features alone (the model is
 * trained for that mode by n-gram dropout, model_train.c). Blended
 * languages (session 14) are untrusted languages with enough rows of both
 * labels among the rows that carried no language (our own style answers,
 * counted by their guessed language): their score takes the rules-only
 * margin plus the n-gram share of the n-grams' part of the margin.
 *
 * Invariants: a loaded model has 2^hash_bits finite weights. Callers:
 * detect.c (linear, auto), model_train.c, cmd_train.c, predict.c (prompt
 * models: the same file, trained without rule features), tests.
 */
#include "refusal/model.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "refusal/data.h"
#include "refusal/utf8.h"
#include "model_int.h"

#define MODEL_MAGIC "RFLINMDL"
#define MODEL_VERSION 3u
#define MODEL_VERSION_OLD 2u /* no blended-language list */
#define FEATURE_LIST                                                                               \
    "w1 w2 c3 ow1 ow2 ow3 oc3 len lay rule2 nolabel; open=4..40 tokens; word<=32cp; tokens<=8192"
/* a prompt model (RF_MODEL_PROMPTS) appends this to the feature list */
#define PROMPT_SUFFIX "; input=prompt"
/* a model trained with prompt features (rf_model_prompt_features) appends
 * this: a binary without them refuses the file ("feature list differs") */
#define PRFEAT_SUFFIX "; pr1"
#define MODEL_MAX_FILE ((size_t)(64u << 20))

/* ---- hashing ---- */

uint32_t rf_model_fnv1a(const void *p, size_t n, uint32_t h)
{
    const unsigned char *s = p;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= s[i];
        h *= 16777619U;
    }
    return h;
}

/* ---- model lifetime ---- */

/* A zeroed model of 2^hash_bits weights, its id not yet set. */
static rf_status model_alloc(unsigned hash_bits, rf_model **out)
{
    rf_model *m;
    *out = NULL;
    if (hash_bits < RF_MODEL_MIN_BITS || hash_bits > RF_MODEL_MAX_BITS)
        return RF_EINVAL;
    m = rf_calloc(1, sizeof *m);
    if (!m)
        return RF_ENOMEM;
    m->bits = hash_bits;
    m->shift = 32 - hash_bits;
    m->n_weights = (size_t)1 << hash_bits;
    m->w = rf_calloc(m->n_weights, sizeof *m->w);
    if (!m->w) {
        rf_free(m);
        return RF_ENOMEM;
    }
    m->threshold = 0.5f;
    m->threshold_rules = 0.5f;
    *out = m;
    return RF_OK;
}

rf_status rf_model_new(unsigned hash_bits, rf_model **out)
{
    rf_status st = model_alloc(hash_bits, out);
    if (st == RF_OK)
        rf_model_update_id(*out);
    return st;
}

void rf_model_free(rf_model *m)
{
    if (!m)
        return;
    if (!m->borrowed)
        rf_free(m->w);
    rf_free(m);
}

void rf_fvec_free(rf_fvec *f)
{
    rf_free(f->idx);
    rf_free(f->val);
    rf_free(f->text);
    memset(f, 0, sizeof *f);
}

double rf_model_threshold(const rf_model *m)
{
    return m->threshold;
}
void rf_model_set_threshold(rf_model *m, double t)
{
    m->threshold = (float)t;
}

double rf_model_threshold_rules(const rf_model *m)
{
    return m->threshold_rules;
}

void rf_model_set_threshold_rules(rf_model *m, double t)
{
    m->threshold_rules = (float)t;
}

/* Balanced accuracy (mean of the two class recalls, 0-1) of threshold t. */
static double balanced_at(const double *p, const int *y, size_t n, double t)
{
    double ok[2] = {0, 0}, cnt[2] = {0, 0};
    size_t i;
    for (i = 0; i < n; i++) {
        int c = y[i] == 1;
        cnt[c]++;
        ok[c] += (p[i] >= t) == c;
    }
    return ((cnt[0] ? ok[0] / cnt[0] : 1) + (cnt[1] ? ok[1] / cnt[1] : 1)) / 2;
}

double rf_model_best_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct)
{
    double best_t = 0.5, best = -1;
    int k;
    for (k = lo_pct; n > 0 && k <= hi_pct; k++) {
        double t = k / 100.0, bal = balanced_at(p, y, n, t);
        if (bal > best + 1e-12 ||
            (bal > best - 1e-12 && (t - 0.5) * (t - 0.5) < (best_t - 0.5) * (best_t - 0.5))) {
            best = bal;
            best_t = t;
        }
    }
    return best_t;
}

/* The plateau of thresholds lo_pct..hi_pct percent (steps of 0.01) whose
 * balanced accuracy is within tol of the best in that range: its lowest
 * step into *lo and its highest into *hi (percent). 0 on success, -1 when
 * n is 0 or the range is invalid. */
static int plateau(const double *p, const int *y, size_t n, int lo_pct, int hi_pct, double tol,
                   int *lo, int *hi)
{
    double bal[101], best = -1;
    int k;
    if (n == 0 || lo_pct < 0 || hi_pct > 100 || lo_pct > hi_pct)
        return -1;
    for (k = lo_pct; k <= hi_pct; k++) {
        bal[k] = balanced_at(p, y, n, k / 100.0);
        if (bal[k] > best)
            best = bal[k];
    }
    for (*lo = lo_pct; *lo < hi_pct && bal[*lo] < best - tol - 1e-12; ++*lo)
        ;
    for (*hi = hi_pct; *hi > *lo && bal[*hi] < best - tol - 1e-12; --*hi)
        ;
    return 0;
}

double rf_model_low_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct,
                              double tol)
{
    int lo, hi;
    return plateau(p, y, n, lo_pct, hi_pct, tol, &lo, &hi) ? 0.5 : lo / 100.0;
}

double rf_model_mid_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct,
                              double tol)
{
    int lo, hi;
    return plateau(p, y, n, lo_pct, hi_pct, tol, &lo, &hi) ? 0.5 : ((lo + hi) / 2) / 100.0;
}

double rf_model_soft_threshold(const double *p, const int *y, size_t n, int lo_pct, int hi_pct,
                               double tau)
{
    double bal[101], best = -1, sw = 0, st = 0;
    int k;
    if (n == 0 || lo_pct < 0 || hi_pct > 100 || lo_pct > hi_pct || !(tau > 0))
        return 0.5;
    for (k = lo_pct; k <= hi_pct; k++) {
        bal[k] = balanced_at(p, y, n, k / 100.0);
        if (bal[k] > best)
            best = bal[k];
    }
    for (k = lo_pct; k <= hi_pct; k++) {
        double w = exp((bal[k] - best) / tau); /* 1 at the best, (0, 1] elsewhere */
        sw += w;
        st += w * (k / 100.0);
    }
    return st / sw;
}

int rf_model_input(const rf_model *m)
{
    return m->input;
}

void rf_model_set_input(rf_model *m, int input)
{
    m->input = input == RF_MODEL_PROMPTS ? RF_MODEL_PROMPTS : RF_MODEL_RESPONSES;
}

int rf_model_prompt_features(const rf_model *m)
{
    return m->prompt_feats;
}

void rf_model_set_prompt_features(rf_model *m, int on)
{
    m->prompt_feats = on != 0;
}

const char *rf_model_id(const rf_model *m)
{
    return m->id;
}
unsigned rf_model_hash_bits(const rf_model *m)
{
    return m->bits;
}

void rf_model_update_id(rf_model *m)
{
    uint32_t h = rf_model_fnv1a(m->w, m->n_weights * sizeof *m->w, 2166136261U);
    h = rf_model_fnv1a(&m->bias, sizeof m->bias, h);
    snprintf(m->id, sizeof m->id, "lin%u-%08x", MODEL_VERSION, (unsigned)h);
}

int rf_model_split(const char *group, int train_pct, int dev_pct)
{
    uint32_t h = rf_model_mix32(rf_model_fnv1a(group, strlen(group), 2166136261U)) % 100U;
    if ((int)h < train_pct)
        return 0;
    return (int)h < train_pct + dev_pct ? 1 : 2;
}

/* ---- serialisation ---- */

static void put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_f32(unsigned char *p, float f)
{
    uint32_t v;
    memcpy(&v, &f, 4);
    put_u32(p, v);
}

static float get_f32(const unsigned char *p)
{
    uint32_t v = get_u32(p);
    float f;
    memcpy(&f, &v, 4);
    return f;
}

rf_status rf_model_serialize(const rf_model *m, void **out, size_t *len)
{
    const char *sfx = m->input == RF_MODEL_PROMPTS ? PROMPT_SUFFIX
                      : m->prompt_feats            ? PRFEAT_SUFFIX
                                                   : "";
    size_t fl = strlen(FEATURE_LIST) + strlen(sfx), gl = strlen(m->langs), i;
    size_t hl = strlen(m->blend), n = 24 + fl + gl + 8 + hl + 12 + 4 * m->n_weights + 4;
    unsigned char *b = rf_malloc(n), *p;
    *out = NULL;
    if (!b)
        return RF_ENOMEM;
    memcpy(b, MODEL_MAGIC, 8);
    put_u32(b + 8, MODEL_VERSION);
    put_u32(b + 12, m->bits);
    put_u32(b + 16, (uint32_t)fl);
    memcpy(b + 20, FEATURE_LIST, strlen(FEATURE_LIST));
    memcpy(b + 20 + strlen(FEATURE_LIST), sfx, strlen(sfx));
    p = b + 20 + fl;
    put_u32(p, (uint32_t)gl);
    memcpy(p + 4, m->langs, gl);
    p += 4 + gl;
    put_u32(p, (uint32_t)hl);
    memcpy(p + 4, m->blend, hl);
    put_f32(p + 4 + hl, m->blend_share);
    p += 8 + hl;
    put_f32(p, m->threshold);
    put_f32(p + 4, m->threshold_rules);
    put_f32(p + 8, m->bias);
    p += 12;
    for (i = 0; i < m->n_weights; i++, p += 4)
        put_f32(p, m->w[i]);
    put_u32(p, rf_model_fnv1a(b, n - 4, 2166136261U));
    *out = b;
    *len = n;
    return RF_OK;
}

/* 1 when s[0..n) is a valid language list: tags of [a-z0-9] separated by
 * single spaces, each at most RF_MODEL_LANG_LEN bytes. */
static int valid_langs(const unsigned char *s, size_t n)
{
    size_t i, run = 0;
    for (i = 0; i < n; i++) {
        if (s[i] == ' ') {
            if (run == 0 || i + 1 == n)
                return 0;
            run = 0;
        } else if ((s[i] >= 'a' && s[i] <= 'z') || rf_isdigit(s[i])) {
            if (++run > RF_MODEL_LANG_LEN)
                return 0;
        } else {
            return 0;
        }
    }
    return 1;
}

/* 1 when the feature list's tail b[0..n) is the suffix sfx. */
static int is_suffix(const unsigned char *b, size_t n, const char *sfx)
{
    return n == strlen(sfx) && memcmp(b, sfx, n) == 0;
}

/* The blended-language list of a version 3 file at b[at..len): its
 * length in *hl; NULL or a static reason. */
static const char *check_blend(const unsigned char *b, size_t len, size_t at, size_t *hl)
{
    if (len - at < 4)
        return "truncated (blended-language list)";
    *hl = get_u32(b + at);
    if (*hl > len - at - 4 || len - at - 4 - *hl < 4)
        return "truncated (blended-language list)";
    if (*hl >= RF_MODEL_MAX_LANGS * 9 || !valid_langs(b + at + 4, *hl))
        return "bad blended-language list";
    return NULL;
}

/* Check the header; returns NULL or a static reason. *off = threshold
 * offset, *input = RF_MODEL_RESPONSES or RF_MODEL_PROMPTS, *prfeat = 1 for
 * a model with prompt features. */
static const char *check_header(const unsigned char *b, size_t len, unsigned *bits, size_t *off,
                                int *input, int *prfeat)
{
    size_t fl, gl, hl = 0, base = strlen(FEATURE_LIST);
    const char *why;
    uint32_t ver;
    if (len < 20 || memcmp(b, MODEL_MAGIC, 8) != 0)
        return "not a refusal model file (bad magic)";
    ver = get_u32(b + 8);
    if (ver != MODEL_VERSION && ver != MODEL_VERSION_OLD)
        return "unsupported model format version";
    *bits = get_u32(b + 12);
    if (*bits < RF_MODEL_MIN_BITS || *bits > RF_MODEL_MAX_BITS)
        return "hash size out of range";
    fl = get_u32(b + 16);
    if (fl > len - 20 || len - 20 - fl < 4)
        return "truncated (feature list)";
    if (fl < base || memcmp(b + 20, FEATURE_LIST, base) != 0)
        return "feature list differs from this build's (retrain the model)";
    *input =
        is_suffix(b + 20 + base, fl - base, PROMPT_SUFFIX) ? RF_MODEL_PROMPTS : RF_MODEL_RESPONSES;
    *prfeat = is_suffix(b + 20 + base, fl - base, PRFEAT_SUFFIX);
    if (fl != base && *input == RF_MODEL_RESPONSES && !*prfeat)
        return "feature list differs from this build's (retrain the model)";
    gl = get_u32(b + 20 + fl);
    if (gl > len - 24 - fl)
        return "truncated (language list)";
    if (gl >= RF_MODEL_MAX_LANGS * 9 || !valid_langs(b + 24 + fl, gl))
        return "bad language list";
    if (ver == MODEL_VERSION && (why = check_blend(b, len, 24 + fl + gl, &hl)) != NULL)
        return why;
    *off = 24 + fl + gl + (ver == MODEL_VERSION ? 8 + hl : 0);
    if (len != *off + 12 + ((size_t)4 << *bits) + 4)
        return "wrong size for its hash size (truncated or padded)";
    return NULL;
}

/* The file checksum (FNV-1a of b[0..len-4), weights from w on) and, in
 * *id, the FNV-1a of the weight bytes b[w..len-4) then of the bias bytes
 * b[w-4..w): the hash rf_model_update_id takes of the in-memory weights on
 * a little-endian host. Both in one pass, as two independent chains. */
static uint32_t checksums(const unsigned char *b, size_t len, size_t w, uint32_t *id)
{
    uint32_t ck = rf_model_fnv1a(b, w, 2166136261U), h = 2166136261U;
    size_t i;
    for (i = w; i < len - 4; i++) {
        ck = (ck ^ b[i]) * 16777619U;
        h = (h ^ b[i]) * 16777619U;
    }
    *id = rf_model_fnv1a(b + w - 4, 4, h);
    return ck;
}

/* 1 on a little-endian host (a float's bytes as the file stores them). */
static int little_endian(void)
{
    uint32_t one = 1;
    unsigned char c;
    memcpy(&c, &one, 1);
    return c == 1;
}

rf_status rf_model_load_mem(const void *buf, size_t len, const char *name, rf_model **out,
                            char *err)
{
    const unsigned char *b = buf, *p;
    const char *why;
    unsigned bits = 0;
    rf_model *m = NULL;
    size_t i, off = 0, gl;
    int input = RF_MODEL_RESPONSES, prfeat = 0;
    uint32_t id = 0;
    rf_status st;
    *out = NULL;
    why = check_header(b, len, &bits, &off, &input, &prfeat);
    if (!why && checksums(b, len, off + 12, &id) != get_u32(b + len - 4))
        why = "checksum mismatch (corrupt file)";
    if (why) {
        rf_seterr(err, "%s: %s", name, why);
        return RF_EPARSE;
    }
    st = model_alloc(bits, &m);
    if (st != RF_OK)
        return st;
    m->input = input;
    m->prompt_feats = prfeat;
    p = b + 20 + get_u32(b + 16);
    gl = get_u32(p);
    memcpy(m->langs, p + 4, gl);
    m->langs[gl] = '\0';
    if (get_u32(b + 8) == MODEL_VERSION) {
        size_t hl = get_u32(p + 4 + gl);
        memcpy(m->blend, p + 8 + gl, hl);
        m->blend[hl] = '\0';
        m->blend_share = get_f32(p + 8 + gl + hl);
    }
    p = b + off;
    m->threshold = get_f32(p);
    m->threshold_rules = get_f32(p + 4);
    m->bias = get_f32(p + 8);
    p += 12;
    for (i = 0; i < m->n_weights; i++, p += 4)
        m->w[i] = get_f32(p);
    for (i = 0; i < m->n_weights; i++)
        if (!isfinite(m->w[i]))
            break;
    if (i < m->n_weights || !isfinite(m->bias) || !(m->threshold >= 0 && m->threshold <= 1) ||
        !(m->threshold_rules >= 0 && m->threshold_rules <= 1) ||
        !(m->blend_share >= 0 && m->blend_share <= 1)) {
        rf_model_free(m);
        rf_seterr(err, "%s: non-finite weight or threshold out of range", name);
        return RF_EPARSE;
    }
    if (little_endian()) /* the id from the file's bytes, hashed with the checksum */
        snprintf(m->id, sizeof m->id, "lin%u-%08x", MODEL_VERSION, (unsigned)id);
    else
        rf_model_update_id(m);
    *out = m;
    return RF_OK;
}

rf_status rf_model_load_embedded(rf_model **out, char *err)
{
    const char *buf;
    size_t len = 0;
    rf_model *m = rf_calloc(1, sizeof *m);
    *out = NULL;
    if (!m)
        return RF_ENOMEM;
    if (rf_model_precompiled(m)) { /* s15-startup: no parsing, no checksum */
        *out = m;
        return RF_OK;
    }
    rf_free(m);
    buf = rf_data_find(RF_MODEL_DEFAULT_PATH, &len);
    if (!buf) {
        rf_seterr(err, "no default model embedded in this build (%s); pass a model file",
                  RF_MODEL_DEFAULT_PATH);
        return RF_ENOTFOUND;
    }
    return rf_model_load_mem(buf, len, RF_MODEL_DEFAULT_PATH, out, err);
}

/* 1 when lang's primary subtag (any case) is a tag of the list p ("de en zh"). */
static int list_has(const char *p, const char *lang)
{
    size_t n = 0;
    if (!lang)
        return 0;
    while (lang[n] && lang[n] != '-' && lang[n] != '_' && n <= RF_MODEL_LANG_LEN)
        n++;
    while (*p) {
        size_t k = 0, i;
        while (p[k] && p[k] != ' ')
            k++;
        if (k == n) {
            for (i = 0; i < n && rf_tolower((unsigned char)lang[i]) == p[i]; i++)
                ;
            if (i == n)
                return 1;
        }
        p += k;
        if (*p == ' ')
            p++;
    }
    return 0;
}

int rf_model_trusts_language(const rf_model *m, const char *lang)
{
    return list_has(m->langs, lang);
}

const char *rf_model_languages(const rf_model *m)
{
    return m->langs;
}

double rf_model_blend_share(const rf_model *m, const char *lang)
{
    return list_has(m->blend, lang) ? (double)m->blend_share : 0.0;
}

const char *rf_model_blend_languages(const rf_model *m, double *share)
{
    if (share)
        *share = m->blend_share;
    return m->blend;
}

rf_status rf_model_set_blend(rf_model *m, const char *langs, double share)
{
    size_t n = strlen(langs);
    if (n >= sizeof m->blend || !valid_langs((const unsigned char *)langs, n) ||
        !(share >= 0 && share <= 1))
        return RF_EINVAL;
    memcpy(m->blend, langs, n + 1);
    m->blend_share = (float)share;
    return RF_OK;
}

rf_status rf_model_load(const char *path, rf_model **out, char *err)
{
    FILE *f = fopen(path, "rb");
    unsigned char *b = NULL;
    long sz;
    rf_status st = RF_EIO;
    *out = NULL;
    if (!f) {
        rf_seterr(err, "%s: cannot open model file", path);
        return RF_EIO;
    }
    if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        rf_seterr(err, "%s: cannot read model file", path);
        goto out;
    }
    if ((size_t)sz > MODEL_MAX_FILE) {
        rf_seterr(err, "%s: model file too large", path);
        st = RF_EPARSE;
        goto out;
    }
    b = rf_malloc((size_t)sz + 1);
    if (!b) {
        st = RF_ENOMEM;
        goto out;
    }
    if (fread(b, 1, (size_t)sz, f) != (size_t)sz) {
        rf_seterr(err, "%s: cannot read model file", path);
        goto out;
    }
    st = rf_model_load_mem(b, (size_t)sz, path, out, err);
out:
    rf_free(b);
    fclose(f);
    return st;
}

/* Write b[0..n) to a path that exists and is not a regular file (a device
 * such as /dev/null, a FIFO): renaming a temporary file over it would
 * replace the device with a file. */
static rf_status save_direct(const void *b, size_t n, const char *path, char *err)
{
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(b, 1, n, f) == n;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok)
        return RF_OK;
    rf_seterr(err, "%s: cannot write model file", path);
    return RF_EIO;
}

rf_status rf_model_save(const rf_model *m, const char *path, char *err)
{
    void *b = NULL;
    size_t n = 0;
    char tmp[4096];
    FILE *f;
    struct stat sb;
    rf_status st = rf_model_serialize(m, &b, &n);
    if (st != RF_OK)
        return st;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        st = save_direct(b, n, path, err);
        rf_free(b);
        return st;
    }
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp) {
        rf_free(b);
        rf_seterr(err, "%s: path too long", path);
        return RF_EINVAL;
    }
    f = fopen(tmp, "wb");
    if (!f || fwrite(b, 1, n, f) != n || fclose(f) != 0 || rename(tmp, path) != 0) {
        if (f)
            remove(tmp);
        rf_seterr(err, "%s: cannot write model file", path);
        st = RF_EIO;
    }
    rf_free(b);
    return st;
}

/* ---- scoring ---- */

double rf_model_margin(const rf_model *m, const rf_fvec *f)
{
    double z = m->bias;
    size_t i;
    /* four terms a round, added one after another in index order as the
     * plain loop does (the same sum to the last bit) */
    for (i = 0; i + 4 <= f->n; i += 4) {
        z += (double)m->w[f->idx[i]] * f->val[i];
        z += (double)m->w[f->idx[i + 1]] * f->val[i + 1];
        z += (double)m->w[f->idx[i + 2]] * f->val[i + 2];
        z += (double)m->w[f->idx[i + 3]] * f->val[i + 3];
    }
    for (; i < f->n; i++)
        z += (double)m->w[f->idx[i]] * f->val[i];
    return z;
}

double rf_model_logistic(double z)
{
    if (z > 40)
        z = 40;
    if (z < -40)
        z = -40;
    return 1.0 / (1.0 + exp(-z));
}

double rf_model_prob(const rf_model *m, const rf_fvec *f)
{
    return rf_model_logistic(rf_model_margin(m, f));
}
