/*
 * model_feat.c - feature extraction for the linear model (the feature table
 * and tokenisation rules are documented in model.c) and --explain output.
 *
 * Hot path: one pass over the text, no allocation once the rf_fvec has grown
 * to the size of the longest response seen. Callers: detect.c,
 * model_train.c, rf_model_explain, and predict.c through rf_model_tokens
 * (the same walk with a callback per token) and rf_model_word_weight /
 * rf_model_word_chars_weight (the weights of one word's features), which
 * map hashed weights back to the words of known texts.
 */
#include <math.h>
#include <string.h>
#include <utf8proc.h>

#include "refusal/lexicon.h"
#include "refusal/model.h"
#include "refusal/text.h"
#include "refusal/utf8.h"
#include "model_int.h"

#define WORD_MAX_CP 32
#define OPEN_MIN_TOKENS 4
#define OPEN_MAX_TOKENS 40
#ifndef BODY_C3_FROM
#define BODY_C3_FROM 0x300 /* whole-text char 3-grams only for words beyond Latin */
#endif
#define MARK_BODY 1.0f
#define MARK_OPEN -1.0f

enum { NS_W1 = 1, NS_W2, NS_C3, NS_OW1, NS_OW2, NS_OW3, NS_OC3, NS_LEN, NS_LAY, NS_RULE, NS_PR };
enum { CL_SEP, CL_WORD, CL_SEG, CL_APOS, CL_END, CL_NL };

/* What the prompt features read of a prompt (a model trained with them,
 * rf_model_prompt_features): its token count and the hashes of its first
 * two tokens, the form of the request ("should we", "why do", "write
 * me"). */
typedef struct prompt_info {
    uint32_t n_tokens;
    uint32_t lead[2]; /* 0 = none */
} prompt_info;

typedef struct feat_ctx {
    const rf_model *m;
    const prompt_info *pi; /* NULL: no prompt features */
    rf_fvec *f;
    int ngrams;
    uint32_t cps[WORD_MAX_CP]; /* current word */
    uint32_t wh, wtop;         /* its FNV-1a hash and the OR of its code points */
    int ncp, in_word;
    uint32_t p1, p2; /* hashes of the previous two tokens, 0 = none */
    uint32_t ntok, nopen;
    size_t n_marked_open; /* features pushed with MARK_OPEN */
    int in_open;
    uint32_t lines, list_items, fences;
    int line_start, bt_run;
    float sb, so; /* values of the whole-text and opening n-gram features */
    /* explain: called for every token */
    void (*on_token)(void *cb, const uint32_t *cps, int n, uint32_t hash, int in_open);
    void *cb;
    /* rf_model_blend_prob: the margins with and without the n-grams */
    double *z_all, *z_rules;
} feat_ctx;

static inline uint32_t rotl32(uint32_t x, int r)
{
    return (x << r) | (x >> (32 - r));
}

static inline uint32_t bucket(const rf_model *m, uint32_t ns, uint32_t h)
{
    return rf_model_mix32(h ^ (ns * 0x9E3779B9U)) >> m->shift;
}

static inline uint32_t pair_hash(uint32_t a, uint32_t b)
{
    return rf_model_mix32(a * 0x85EBCA77U + rotl32(b, 13));
}

static inline uint32_t tri_hash(uint32_t a, uint32_t b, uint32_t c)
{
    return (a * 0x9E3779B1U) ^ rotl32(b * 0x85EBCA77U, 11) ^ rotl32(c * 0xC2B2AE3DU, 22);
}

static int is_seg(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FFFF) || (cp >= 0x0E00 && cp <= 0x0EFF) ||
           (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x1000 && cp <= 0x109F);
}

/* ASCII classes of cp_class (CL_SEP 0, CL_WORD 1, CL_APOS 3, CL_END 4,
 * CL_NL 5) and the ASCII code points as stored in a word: digits folded to
 * '0', letters lower-cased. Same results as the branches they replace.
 * Bytes from 0x80 on are 0 here, so any byte can be looked up to end an
 * ASCII word run. */
static const unsigned char k_ascii_cls[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 4, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 4, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 4,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};
static const unsigned char k_ascii_fold[128] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  48,  48,  48,  48,  48,  48,  48,  48,
    48,  58,  59,  60,  61,  62,  63,  64,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91,  92,  93,  94,
    95,  96,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
};

/* The ASCII word characters as stored in a word (k_ascii_fold of the
 * bytes of class CL_WORD), 0 for any other byte: one lookup both tests and
 * folds a byte of an ASCII word run. */
static const unsigned char k_ascii_word[256] = {
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   48,  48,  48,  48,  48,  48,
    48,  48,  48,  48,  0,   0,   0,   0,   0,   0,   0,   97,  98,  99,  100, 101, 102, 103,
    104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
    122, 0,   0,   0,   0,   0,   0,   97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
};

/* Class of a (lower-cased) code point; digits are folded to '0' in *cp. */
static int cp_class(uint32_t *cp)
{
    uint32_t c = *cp;
    utf8proc_category_t cat;
    if (c < 0x80) {
        if (rf_isdigit((int)c))
            *cp = '0';
        return k_ascii_cls[c];
    }
    if (c == 0x2019)
        return CL_APOS;
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E || c == 0x061F || c == 0x0964)
        return CL_END;
    if (is_seg(c))
        return CL_SEG;
    cat = utf8proc_category((utf8proc_int32_t)c);
    if (cat == UTF8PROC_CATEGORY_ND) {
        *cp = '0';
        return CL_WORD;
    }
    if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) && c != 0xFFFD)
        return CL_WORD;
    return CL_SEP;
}

static inline void push(feat_ctx *c, uint32_t ns, uint32_t h, float mark)
{
    rf_fvec *f = c->f;
    f->idx[f->n] = bucket(c->m, ns, h);
    f->val[f->n] = mark;
    f->n++;
}

static rf_status grow(rf_fvec *f, size_t more)
{
    size_t cap;
    uint32_t *idx;
    float *val;
    cap = f->cap ? f->cap * 2 : 4096;
    while (cap < f->n + more)
        cap *= 2;
    idx = rf_realloc(f->idx, cap * sizeof *idx);
    if (!idx)
        return RF_ENOMEM;
    f->idx = idx;
    val = rf_realloc(f->val, cap * sizeof *val);
    if (!val)
        return RF_ENOMEM;
    f->val = val;
    f->cap = cap;
    return RF_OK;
}

/* Room for more features (the check inline, the growth out of line). */
static inline rf_status reserve(rf_fvec *f, size_t more)
{
    return f->n + more <= f->cap ? RF_OK : grow(f, more);
}

/* Character 3-gram features of cps[0..n) into idx[]/val[]; returns the
 * number written. */
static size_t put_c3(const rf_model *m, uint32_t *idx, float *val, const uint32_t *cps, int n,
                     uint32_t ns, float mark)
{
    int j;
    for (j = 0; j < n; j++) {
        uint32_t a = j == 0 ? 1 : cps[j - 1], b = cps[j], d = j + 1 < n ? cps[j + 1] : 2;
        idx[j] = bucket(m, ns, tri_hash(a, b, d));
        val[j] = mark;
    }
    return n > 0 ? (size_t)n : 0;
}

#define FNV_INIT 2166136261U

static inline uint32_t fnv_step(uint32_t h, uint32_t cp)
{
    return (h ^ cp) * 16777619U;
}

/* Appends cp to the current word (if there is room), updating its hash. */
static inline void word_add(feat_ctx *c, uint32_t cp)
{
    if (c->ncp < WORD_MAX_CP) {
        c->cps[c->ncp++] = cp;
        c->wh = fnv_step(c->wh, cp);
        c->wtop |= cp;
    }
}

#if defined(__GNUC__) || defined(__clang__)
#define FEAT_INLINE inline __attribute__((always_inline))
#else
#define FEAT_INLINE inline
#endif

/* One token: its n-grams into the vector (capacity reserved by the caller);
 * h is the FNV-1a hash of cps[0..n), top the OR of them. Features go
 * through local pointers (stores through uint32_t * could alias the
 * context's fields otherwise). Forced inline into its two callers: GCC kept
 * it a function, and the call's register saves per token cost ~450
 * instructions per ~1 KB answer. */
static FEAT_INLINE void emit_token(feat_ctx *c, const uint32_t *cps, int n, int seg, uint32_t h,
                                   uint32_t top)
{
    h |= 1; /* never 0, which means "no previous token" */
    if (c->on_token)
        c->on_token(c->cb, cps, n, h, c->in_open);
    if (c->ngrams) {
        const rf_model *m = c->m;
        rf_fvec *f = c->f;
        uint32_t *idx = f->idx + f->n, p1 = c->p1, p2 = c->p2, h12 = 0;
        float *val = f->val + f->n;
        size_t k = 0, k0;
        idx[k] = bucket(m, NS_W1, h);
        val[k++] = MARK_BODY;
        if (p1) {
            h12 = pair_hash(p1, h);
            idx[k] = bucket(m, NS_W2, h12);
            val[k++] = MARK_BODY;
        }
        if (!seg && top >= BODY_C3_FROM)
            k += put_c3(m, idx + k, val + k, cps, n, NS_C3, MARK_BODY);
        if (c->in_open) {
            k0 = k;
            idx[k] = bucket(m, NS_OW1, h);
            val[k++] = MARK_OPEN;
            if (p1) {
                idx[k] = bucket(m, NS_OW2, h12);
                val[k++] = MARK_OPEN;
            }
            if (p2) {
                idx[k] = bucket(m, NS_OW3, pair_hash(pair_hash(p2, p1), h));
                val[k++] = MARK_OPEN;
            }
            if (!seg)
                k += put_c3(m, idx + k, val + k, cps, n, NS_OC3, MARK_OPEN);
            c->n_marked_open += k - k0;
        }
        f->n += k;
    }
    c->p2 = c->p1;
    c->p1 = h;
    c->ntok++;
    if (c->in_open && ++c->nopen >= OPEN_MAX_TOKENS)
        c->in_open = 0;
}

/* The current word as a token (forced inline into scan_text, as emit_token:
 * -2.0 k instructions per ~1 KB answer). */
static FEAT_INLINE rf_status flush_word(feat_ctx *c)
{
    if (!c->in_word)
        return RF_OK;
    c->in_word = 0;
    if (reserve(c->f, 2 * (WORD_MAX_CP + 6)) != RF_OK)
        return RF_ENOMEM;
    emit_token(c, c->cps, c->ncp, 0, c->wh, c->wtop);
    c->ncp = 0;
    c->wh = FNV_INIT;
    c->wtop = 0;
    return RF_OK;
}

static void layout(feat_ctx *c, uint32_t cp, int cl)
{
    c->bt_run = cp == '`' ? c->bt_run + 1 : 0;
    if (c->bt_run == 3)
        c->fences++;
    if (cl == CL_NL) {
        c->lines++;
        c->line_start = 1;
    } else if (c->line_start && cp != ' ' && cp != '\t' && cp != '\r') {
        c->line_start = 0;
        if (cp == '-' || cp == '*' || cp == 0x2022 || cp == '#' || rf_isdigit((int)cp))
            c->list_items++;
    }
}

static uint32_t lower(uint32_t cp)
{
    if (cp < 0x80)
        return k_ascii_fold[cp];
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

/* The ASCII word characters from text[i] on, appended to the current word
 * (called after a word character: layout has nothing to record for them,
 * as line_start and bt_run are already 0). Returns the offset after them.
 * The OR of the word's code points (wtop) is left as it is: ASCII code
 * points change nothing of what it is read for (top >= BODY_C3_FROM). */
static size_t ascii_word_run(feat_ctx *c, const char *text, size_t len, size_t i)
{
    int ncp = c->ncp;
    uint32_t h = c->wh, *out = c->cps + ncp;
    size_t room = (size_t)(WORD_MAX_CP - ncp), lim = len - i > room ? i + room : len, i0 = i;
    for (; i < lim; i++) { /* stored and hashed */
        uint32_t cp = k_ascii_word[(unsigned char)text[i]];
        if (!cp) /* no letter or digit (0 for bytes >= 0x80) */
            break;
        *out++ = cp;
        h = fnv_step(h, cp);
    }
    ncp += (int)(i - i0);
    while (i < len && k_ascii_word[(unsigned char)text[i]]) /* past WORD_MAX_CP */
        i++;
    c->ncp = ncp;
    c->wh = h;
    return i;
}

/* A code point of class cl that neither starts nor continues a word: the
 * word before it ends; a Han, kana or Thai one is a token of its own, a
 * sentence end or line break may end the opening. */
static rf_status no_word_char(feat_ctx *c, uint32_t cp, int cl)
{
    if (flush_word(c) != RF_OK)
        return RF_ENOMEM;
    if (cl == CL_SEG) {
        if (reserve(c->f, 2 * (WORD_MAX_CP + 6)) != RF_OK)
            return RF_ENOMEM;
        emit_token(c, &cp, 1, 1, fnv_step(FNV_INIT, cp), cp);
    } else if ((cl == CL_END || cl == CL_NL) && c->in_open && c->nopen >= OPEN_MIN_TOKENS) {
        c->in_open = 0;
    }
    return RF_OK;
}

/* Tokenise text, emitting the n-gram features. */
static rf_status scan_text(feat_ctx *c, const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && c->ntok < RF_MODEL_MAX_TOKENS) {
        uint32_t cp = (unsigned char)text[i];
        int cl;
        if (cp == ' ') { /* what layout and the classes below do for a space */
            i++;
            c->bt_run = 0;
            if (c->in_word && flush_word(c) != RF_OK)
                return RF_ENOMEM;
            continue;
        }
        if (cp >= 0x80 || !k_ascii_word[cp] || c->line_start) {
            if (cp < 0x80) { /* ASCII: table lookups, no cp_class/lower calls */
                i++;
                cl = k_ascii_cls[cp];
            } else {
                int k = rf_utf8_decode(text + i, len - i, &cp);
                i += (size_t)(k < 0 ? -k : k);
                cl = cp_class(&cp);
            }
            layout(c, cp, cl);
            if (cl != CL_WORD && (cl != CL_APOS || !c->in_word)) {
                if (no_word_char(c, cp, cl) != RF_OK)
                    return RF_ENOMEM;
                continue;
            }
            word_add(c, cl == CL_APOS ? '\'' : lower(cp));
        } else { /* an ASCII letter or digit inside a line (session 15): of
                    layout only the reset of bt_run is left, and
                    ascii_word_run adds it as word_add would */
            c->bt_run = 0;
        }
        c->in_word = 1;
        i = ascii_word_run(c, text, len, i);
    }
    return flush_word(c);
}

static uint32_t log2_bucket(uint32_t n, uint32_t max)
{
    uint32_t b = 0;
    while (n > 0 && b < max) {
        n >>= 1;
        b++;
    }
    return b;
}

/* Kinds of phrase that, opening an answer, leave open whether the rest
 * answers: direct refusal, apology, explanation, boundary, disclaimer. */
#define PR_LEAD_KINDS                                                                              \
    ((1u << RF_LEX_DIRECT_REFUSAL) | (1u << RF_LEX_APOLOGY) | (1u << RF_LEX_EXPLANATION) |         \
     (1u << RF_LEX_BOUNDARY_SETTING) | (1u << RF_LEX_DISCLAIMER))
#define PR_SEED_LEAD 7919U
#define PR_SEED_VERDICT 104729U

/* Prompt features (value 1; only with a prompt and a model trained with
 * them): the answer's tokens per prompt token (log2 bucket), and, with the
 * n-grams, the prompt's first token and first two tokens crossed with a
 * refusal-side phrase or disclaimer in the answer's opening (the second
 * also with the rule verdict): "Should we ...?" answered "As an AI, I have
 * no opinions. However, ..." is a different case from "Why ...?" answered
 * the same way. */
static void emit_prompt(feat_ctx *c, const rf_rule_feats *r)
{
    const prompt_info *pi = c->pi;
    uint32_t lead;
    push(c, NS_PR, 100 + log2_bucket(c->ntok / (pi->n_tokens + 1), 8), 1.0f);
    if (!c->ngrams)
        return; /* lexical, like the n-grams: not for rules-only languages */
    lead = (r->pat_open & PR_LEAD_KINDS) != 0;
    push(c, NS_PR, rf_model_mix32(pi->lead[0] + lead * PR_SEED_LEAD), 1.0f);
    push(c, NS_PR,
         rf_model_mix32(pair_hash(pi->lead[0], pi->lead[1]) + lead * PR_SEED_LEAD +
                        (uint32_t)(r->rule_verdict + 1) * PR_SEED_VERDICT),
         1.0f);
}

/* Length, layout and rule features (value 1). */
static rf_status emit_fixed(feat_ctx *c, const rf_rule_feats *r)
{
    int i;
    if (reserve(c->f, 64) != RF_OK)
        return RF_ENOMEM;
    if (c->ngrams) {
        push(c, NS_LEN, log2_bucket(c->ntok, 13), 1.0f);
        push(c, NS_LAY, 100 + log2_bucket(c->lines, 8), 1.0f);
        push(c, NS_LAY, 200 + log2_bucket(c->list_items, 5), 1.0f);
        push(c, NS_LAY, 300 + (c->fences > 0), 1.0f);
    }
    if (!r)
        return RF_OK;
    for (i = 0; i < 16; i++) {
        if (r->pat_open & (1u << i))
            push(c, NS_RULE, 80 + (uint32_t)i, 1.0f);
        if (r->pat_later & (1u << i))
            push(c, NS_RULE, 100 + (uint32_t)i, 1.0f);
    }
    push(c, NS_RULE, 30 + (r->pat_open != 0) * 2 + (r->pat_later != 0), 1.0f);
    if (r->rule_score >= 0)
        push(c, NS_RULE, 40 + (uint32_t)(r->rule_score * 5.0f + 0.5f), 1.0f);
    if (r->rule_verdict >= 0)
        push(c, NS_RULE, 50 + (uint32_t)r->rule_verdict, 1.0f);
    if (r->strmatch)
        push(c, NS_RULE, 60, 1.0f);
    if (r->unclear)
        push(c, NS_RULE, 61, 1.0f);
    if (r->pat_open & 0x23u) /* direct refusal, apology, boundary setting */
        push(c, NS_RULE, 70 + log2_bucket(r->words_after, 10), 1.0f);
    if (c->pi)
        emit_prompt(c, r);
    return RF_OK;
}

/* Length of a speaker label opening the text ("[GPT]:", "(Classic)",
 * "ChatGPT:", "DAN:"), or 0: a bracketed run of at most LABEL_MAX bytes with
 * an optional colon, or a run of at most LABEL_WORD bytes without spaces
 * ending in a colon and a space. The label names a persona, not a refusal
 * or an answer, so its words are left out of the n-grams (dual-persona
 * answers are handled by the rule features). */
#define LABEL_MAX 40
#define LABEL_WORD 24
static size_t speaker_label(const char *s, size_t len)
{
    size_t j;
    if (len > 0 && (s[0] == '[' || s[0] == '(')) {
        char close = s[0] == '[' ? ']' : ')';
        for (j = 1; j < len && j <= LABEL_MAX && s[j] != close && s[j] != '\n'; j++)
            ;
        if (j >= len || j > LABEL_MAX || s[j] != close || j == 1)
            return 0;
        j++;
        return j < len && s[j] == ':' ? j + 1 : j;
    }
    for (j = 0; j < len && j <= LABEL_WORD && s[j] != ':' && !rf_isspace((unsigned char)s[j]); j++)
        ;
    if (j == 0 || j >= len || j > LABEL_WORD || s[j] != ':' || j + 1 >= len || s[j + 1] != ' ')
        return 0;
    return j + 1;
}

static void prompt_token(void *cb, const uint32_t *cps, int n, uint32_t hash, int in_open)
{
    prompt_info *pi = cb;
    (void)cps, (void)n, (void)in_open;
    if (pi->n_tokens < 2)
        pi->lead[pi->n_tokens] = hash;
    pi->n_tokens++;
}

/* Read the prompt p[0..len) (at most RF_MODEL_PROMPT_MAX bytes), tokenised
 * as an answer is, into *pi. f is scratch space. */
static rf_status prompt_read(const rf_model *m, rf_fvec *f, prompt_info *pi, const char *p,
                             size_t len)
{
    feat_ctx pc;
    memset(pi, 0, sizeof *pi);
    memset(&pc, 0, sizeof pc);
    pc.m = m;
    pc.f = f;
    pc.wh = FNV_INIT;
    pc.line_start = 1;
    pc.on_token = prompt_token;
    pc.cb = pi;
    return scan_text(&pc, p, rf_utf8_trunc(p, len, RF_MODEL_PROMPT_MAX));
}

static rf_status features(feat_ctx *c, const char *text, size_t len, const rf_rule_feats *r)
{
    size_t i, nb, no, n0, skip;
    float sb, so, *val;
    prompt_info pi;
    rf_status st;
    c->pi = NULL;
    if (c->m->prompt_feats && r && r->prompt && r->prompt_len) {
        if (prompt_read(c->m, c->f, &pi, r->prompt, r->prompt_len) != RF_OK)
            return RF_ENOMEM;
        c->pi = &pi;
    }
    /* think blocks and chat-template tokens are cut, as for the rule layer */
    if (rf_text_without_debris(&text, &len, &c->f->text, &c->f->text_cap) != RF_OK)
        return RF_ENOMEM;
    skip = speaker_label(text, len);
    c->f->n = 0;
    c->n_marked_open = 0;
    c->ncp = 0;
    c->wh = FNV_INIT;
    c->wtop = 0;
    c->p1 = c->p2 = 0;
    c->in_open = 1;
    c->line_start = 1;
    if (scan_text(c, text + skip, len - skip) != RF_OK)
        return RF_ENOMEM;
    n0 = c->f->n;
    no = c->n_marked_open; /* every other feature so far is MARK_BODY */
    nb = n0 - no;
    sb = nb ? (float)(1.0 / sqrt((double)nb)) : 0.0f;
    so = no ? (float)(1.0 / sqrt((double)no)) : 0.0f;
    val = c->f->val;
    for (i = 0; i + 8 <= n0; i += 8) { /* fixed-size blocks the compiler can vectorise */
        int k;
        for (k = 0; k < 8; k++)
            val[i + k] = val[i + k] > 0 ? sb : so;
    }
    for (; i < n0; i++)
        val[i] = val[i] > 0 ? sb : so;
    c->sb = sb;
    c->so = so;
    c->f->n_open = c->nopen;
    c->f->n_tokens = c->ntok;
    st = emit_fixed(c, r);
    if (st == RF_OK && c->z_rules) {
        /* the rules-only vector is what emit_fixed writes without the
           n-grams (the token walk pushes only n-grams): no second walk */
        *c->z_all = rf_model_margin(c->m, c->f);
        c->f->n = 0;
        c->ngrams = 0;
        st = emit_fixed(c, r);
        *c->z_rules = rf_model_margin(c->m, c->f);
    }
    c->pi = NULL; /* pi is this frame's */
    return st;
}

rf_status rf_model_features(const rf_model *m, const char *text, size_t len, const rf_rule_feats *r,
                            int ngrams, rf_fvec *f)
{
    feat_ctx c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.f = f;
    c.ngrams = ngrams;
    return features(&c, text, len, r);
}

rf_status rf_model_blend_prob(const rf_model *m, const char *text, size_t len,
                              const rf_rule_feats *r, double share, rf_fvec *f, double *p)
{
    feat_ctx c;
    double z_all = 0, z_rules = 0;
    rf_status st;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.f = f;
    c.ngrams = 1;
    c.z_all = &z_all;
    c.z_rules = &z_rules;
    if ((st = features(&c, text, len, r)) != RF_OK)
        return st;
    *p = rf_model_logistic(z_rules + share * (z_all - z_rules));
    return RF_OK;
}

/* ---- token walk (predict.c) ---- */

rf_status rf_model_tokens(const rf_model *m, const char *text, size_t len, rf_fvec *f,
                          rf_model_token_fn fn, void *cb, float *scale_body, float *scale_open)
{
    feat_ctx c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.f = f;
    c.ngrams = 1;
    c.on_token = fn;
    c.cb = cb;
    *scale_body = *scale_open = 0;
    if (features(&c, text, len, NULL) != RF_OK)
        return RF_ENOMEM;
    *scale_body = c.sb;
    *scale_open = c.so;
    return RF_OK;
}

float rf_model_word_weight(const rf_model *m, int order, uint32_t prev, uint32_t h, int open)
{
    if (order == 1)
        return m->w[bucket(m, open ? NS_OW1 : NS_W1, h)];
    return m->w[bucket(m, open ? NS_OW2 : NS_W2, pair_hash(prev, h))];
}

float rf_model_word_chars_weight(const rf_model *m, const uint32_t *cps, int n, int open)
{
    uint32_t top = 0;
    float sum = 0;
    int j;
    if (n == 1 && is_seg(cps[0]))
        return 0; /* a segment token has no character n-grams */
    for (j = 0; j < n; j++)
        top |= cps[j];
    if (!open && top < BODY_C3_FROM)
        return 0;
    for (j = 0; j < n; j++) {
        uint32_t a = j == 0 ? 1 : cps[j - 1], b = cps[j], d = j + 1 < n ? cps[j + 1] : 2;
        sum += m->w[bucket(m, open ? NS_OC3 : NS_C3, tri_hash(a, b, d))];
    }
    return sum;
}

/* ---- explain ---- */

#define EXPLAIN_TOP 6

typedef struct top_word {
    char s[4 * WORD_MAX_CP + 1];
    float w;
} top_word;

typedef struct explain_ctx {
    const rf_model *m;
    top_word pos[EXPLAIN_TOP], neg[EXPLAIN_TOP], open[EXPLAIN_TOP];
} explain_ctx;

/* Keep the EXPLAIN_TOP entries with the largest sign*w in t (sorted). */
static void top_insert(top_word *t, float sign, const uint32_t *cps, int n, float w)
{
    int i, j, len = 0;
    if (sign * w <= 0 || sign * w <= sign * t[EXPLAIN_TOP - 1].w)
        return;
    for (i = 0; i < EXPLAIN_TOP; i++)
        if (t[i].s[0] && t[i].w == w)
            return; /* same word seen before */
    for (i = 0; i < EXPLAIN_TOP - 1 && sign * t[i].w >= sign * w; i++)
        ;
    for (j = EXPLAIN_TOP - 1; j > i; j--)
        t[j] = t[j - 1];
    for (j = 0; j < n; j++)
        len += rf_utf8_encode(cps[j], t[i].s + len);
    t[i].s[len] = '\0';
    t[i].w = w;
}

static void on_token(void *cb, const uint32_t *cps, int n, uint32_t h, int in_open)
{
    explain_ctx *e = cb;
    float w = e->m->w[bucket(e->m, NS_W1, h)];
    top_insert(e->pos, 1.0f, cps, n, w);
    top_insert(e->neg, -1.0f, cps, n, w);
    if (in_open)
        top_insert(e->open, 1.0f, cps, n, e->m->w[bucket(e->m, NS_OW1, h)]);
}

static rf_status put_top(rf_buf *out, const char *key, const top_word *t, int comma)
{
    int i;
    rf_status st = rf_buf_printf(out, "%s\"%s\":[", comma ? "," : "", key);
    for (i = 0; st == RF_OK && i < EXPLAIN_TOP && t[i].s[0]; i++) {
        const char *p;
        st = rf_buf_adds(out, i ? ",[\"" : "[\"");
        for (p = t[i].s; st == RF_OK && *p; p++)
            st = (*p == '"' || *p == '\\') ? rf_buf_printf(out, "\\%c", *p) : rf_buf_addc(out, *p);
        if (st == RF_OK)
            st = rf_buf_printf(out, "\",%.3f]", (double)t[i].w);
    }
    return st == RF_OK ? rf_buf_addc(out, ']') : st;
}

rf_status rf_model_explain(const rf_model *m, const char *text, size_t len, const rf_rule_feats *r,
                           rf_buf *out)
{
    rf_fvec f = {0};
    feat_ctx c;
    explain_ctx *e = rf_calloc(1, sizeof *e);
    double z_all, z_rules;
    rf_status st = RF_ENOMEM;
    int i;
    if (!e)
        return RF_ENOMEM;
    e->m = m;
    for (i = 0; i < EXPLAIN_TOP; i++)
        e->pos[i].w = e->open[i].w = 0, e->neg[i].w = 0;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.f = &f;
    c.ngrams = 1;
    c.on_token = on_token;
    c.cb = e;
    if (features(&c, text, len, r) != RF_OK)
        goto out;
    z_all = rf_model_margin(m, &f);
    if (rf_model_features(m, text, len, r, 0, &f) != RF_OK)
        goto out;
    z_rules = rf_model_margin(m, &f);
    st = rf_buf_printf(out,
                       "{\"margin\":%.3f,\"bias\":%.3f,\"ngram_margin\":%.3f,"
                       "\"rule_layout_margin\":%.3f,\"tokens\":%u,\"opening_tokens\":%u",
                       z_all, (double)m->bias, z_all - z_rules, z_rules - m->bias, (unsigned)c.ntok,
                       (unsigned)c.nopen);
    if (st == RF_OK)
        st = put_top(out, "opening_refusal_words", e->open, 1);
    if (st == RF_OK)
        st = put_top(out, "refusal_words", e->pos, 1);
    if (st == RF_OK)
        st = put_top(out, "compliance_words", e->neg, 1);
    if (st == RF_OK)
        st = rf_buf_addc(out, '}');
out:
    rf_fvec_free(&f);
    rf_free(e);
    return st;
}
