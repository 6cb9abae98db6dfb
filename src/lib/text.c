/*
 * text.c - normalisation, language guess, opening, unclear test and word
 * iteration for the refusal detectors (text.h).
 *
 * Normalisation runs in two linear passes:
 *   pass 1 (fold_text): UTF-8 repair, quote mapping, NFKC + case fold +
 *     default-ignorable removal. ASCII runs are folded inline (NFKC is the
 *     identity on ASCII, case fold is tolower); each non-ASCII run, together
 *     with the one ASCII byte before it (a possible base of a combining mark),
 *     goes through utf8proc_decompose_custom + utf8proc_reencode using a
 *     scratch code point array that grows as needed.
 *   pass 2 (clean_text): on the folded text, <think> blocks are cut, chat
 *     template tokens removed, controls and whitespace runs collapsed to one
 *     space, and the result trimmed.
 * Every chat token and tag is ASCII and lowercase after pass 1, so pass 2
 * matches bytes.
 *
 * Ownership: nothing is retained between calls; scratch memory is freed
 * before returning. Callers: lexicon.c (phrases and scans), the detectors,
 * the CLI classify command.
 */
#include "refusal/text.h"

#include <string.h>
#include <utf8proc.h>

#include "refusal/utf8.h"
#include "text_int.h"

#define FOLD_OPTS                                                                                  \
    (UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

/* ---- pass 1: quotes, NFKC, case fold ------------------------------------ */

static utf8proc_int32_t map_quote(utf8proc_int32_t cp, void *data)
{
    (void)data;
    switch (cp) {
    case 0x60:   /* ` */
    case 0xB4:   /* ´ */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201A: /* ‚ */
    case 0x201B: /* ‛ */
    case 0x2032: /* ′ */
    case 0x02BC: /* ʼ */
    case 0x02B9: /* ʹ */
    case 0xFF07: /* ＇ */
        return '\'';
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x00AB: /* « */
    case 0x00BB: /* » */
    case 0x2039: /* ‹ */
    case 0x203A: /* › */
    case 0x2033: /* ″ */
    case 0x02BA: /* ʺ */
        return '"';
    default:
        return cp;
    }
}

typedef struct fold_scratch {
    utf8proc_int32_t *cps;
    size_t cap; /* code points */
} fold_scratch;

/* Fold the non-ASCII run s[0..n) (valid UTF-8) and append it to out. */
static rf_status fold_run(fold_scratch *sc, const char *s, size_t n, rf_buf *out)
{
    utf8proc_ssize_t got;
    for (;;) {
        got = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, sc->cps,
                                        (utf8proc_ssize_t)sc->cap, FOLD_OPTS, map_quote, NULL);
        if (got < 0)
            return got == UTF8PROC_ERROR_NOMEM ? RF_ENOMEM : RF_ELIMIT;
        if ((size_t)got <= sc->cap)
            break;
        size_t want = (size_t)got + 64;
        if (want > SIZE_MAX / sizeof *sc->cps)
            return RF_ELIMIT;
        utf8proc_int32_t *p = rf_realloc(sc->cps, want * sizeof *sc->cps);
        if (!p)
            return RF_ENOMEM;
        sc->cps = p;
        sc->cap = want;
    }
    got = utf8proc_reencode(sc->cps, got, FOLD_OPTS);
    if (got < 0)
        return RF_ELIMIT;
    return rf_buf_add(out, sc->cps, (size_t)got);
}

/* Pass 1 over valid UTF-8 s[0..len) into out. */
static rf_status fold_text(const char *s, size_t len, rf_buf *out)
{
    fold_scratch sc = {NULL, 0};
    rf_status st = RF_OK;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            size_t j = i;
            char tmp[256];
            size_t k = 0;
            while (j < len && (unsigned char)s[j] < 0x80) {
                char d = s[j++];
                tmp[k++] = d == '`' ? '\'' : (char)rf_tolower(d);
                if (k == sizeof tmp) {
                    if ((st = rf_buf_add(out, tmp, k)) != RF_OK)
                        goto out;
                    k = 0;
                }
            }
            if (k && (st = rf_buf_add(out, tmp, k)) != RF_OK)
                goto out;
            i = j;
            continue;
        }
        /* non-ASCII run, plus the preceding ASCII byte as a possible base */
        size_t a = i, b = i;
        while (b < len && (unsigned char)s[b] >= 0x80)
            b++;
        if (a > 0) {
            a--;
            rf_buf_shrink(out, 1);
        }
        if ((st = fold_run(&sc, s + a, b - a, out)) != RF_OK)
            goto out;
        i = b;
    }
out:
    rf_free(sc.cps);
    return st;
}

/* ---- pass 2: think blocks, template tokens, whitespace ------------------- */

typedef struct clean_state {
    rf_buf *out;
    size_t start; /* length of out before this call */
    int pending_space;
    rf_status st;
} clean_state;

static void put_space(clean_state *cs)
{
    cs->pending_space = 1;
}

static void put_bytes(clean_state *cs, const char *p, size_t n)
{
    if (cs->st != RF_OK || n == 0)
        return;
    if (cs->pending_space && rf_buf_len(cs->out) > cs->start) {
        const char *o = rf_buf_ptr(cs->out);
        if (o[rf_buf_len(cs->out) - 1] != ' ')
            cs->st = rf_buf_addc(cs->out, ' ');
    }
    cs->pending_space = 0;
    if (cs->st == RF_OK)
        cs->st = rf_buf_add(cs->out, p, n);
}

static int has_prefix(const char *p, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && memcmp(p, lit, m) == 0;
}

/* Fixed chat-template tokens; openers are followed by a role word. */
static const char *const k_tokens[] = {
    "<s>",     "</s>",    "<eos>",    "<bos>",           "<pad>",         "<unk>", "[inst]",
    "[/inst]", "<<sys>>", "<</sys>>", "<start_of_turn>", "<end_of_turn>", "<|",    NULL,
};

/* Length of a template token at p (0 when none); *opener set for tokens
 * that may be followed by a role word. */
static size_t token_at(const char *p, size_t n, int *opener)
{
    size_t i;
    *opener = 0;
    if (has_prefix(p, n, "<|")) {
        /* <|name|> with a short name free of spaces and angle brackets */
        for (i = 2; i < n && i < 66; i++) {
            char c = p[i];
            if (c == ' ' || c == '<' || c == '>' || rf_isspace(c))
                return 0;
            if (c == '|' && i + 1 < n && p[i + 1] == '>') {
                *opener = 1;
                return i + 2;
            }
        }
        return 0;
    }
    for (i = 0; k_tokens[i]; i++) {
        if (has_prefix(p, n, k_tokens[i])) {
            *opener = strcmp(k_tokens[i], "<start_of_turn>") == 0;
            return strlen(k_tokens[i]);
        }
    }
    return 0;
}

/* Length of a role word (plus its leading spaces) at p, or 0. */
static size_t role_at(const char *p, size_t n)
{
    static const char *const roles[] = {"assistant", "model", "user", "system", NULL};
    size_t sp = 0, i;
    while (sp < n && rf_isspace((unsigned char)p[sp]))
        sp++;
    for (i = 0; roles[i]; i++) {
        size_t m = strlen(roles[i]);
        if (n - sp >= m && memcmp(p + sp, roles[i], m) == 0 &&
            (n - sp == m || !rf_isalnum((unsigned char)p[sp + m])))
            return sp + m;
    }
    return 0;
}

/* Length of a Unicode space/control at p (not ASCII), or 0. */
static size_t uspace_at(const unsigned char *p, size_t n)
{
    if (n >= 2 && p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0xA0)
        return 2; /* C1 controls, NBSP */
    if (n >= 3 && p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80)
        return 3; /* U+1680 */
    if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xA8 || p[2] == 0xA9))
        return 3; /* U+2000..200A, U+2028, U+2029 */
    if (n >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3; /* U+3000 */
    return 0;
}

/* Emit span p[0..n) without tokens, collapsing whitespace. */
static void clean_span(clean_state *cs, const char *p, size_t n)
{
    size_t i = 0, run = 0; /* p[run..i) is pending literal text */
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        size_t skip = 0;
        if (c < 0x20 || c == 0x7F || c == ' ') {
            skip = 1;
        } else if (c == '<' || c == '[') {
            int opener;
            skip = token_at(p + i, n - i, &opener);
            if (skip && opener)
                skip += role_at(p + i + skip, n - i - skip);
        } else if (c >= 0xC2) {
            skip = uspace_at((const unsigned char *)p + i, n - i);
        }
        if (skip) {
            put_bytes(cs, p + run, i - run);
            put_space(cs);
            i += skip;
            run = i;
        } else {
            i++;
        }
    }
    put_bytes(cs, p + run, i - run);
}

/* Find a think tag ("<think>"/"<thinking>", or the closing forms) in
 * p[from..n); returns its offset (n when none) and its length in *tl. */
static size_t find_tag(const char *p, size_t n, size_t from, int closing, size_t *tl)
{
    const char *stem = closing ? "</think" : "<think";
    size_t sl = strlen(stem);
    while (from < n) {
        const char *hit = memchr(p + from, '<', n - from);
        if (!hit)
            break;
        if ((size_t)(p + n - hit) < sl || memcmp(hit, stem, sl) != 0) {
            from = (size_t)(hit - p) + 1;
            continue;
        }
        size_t off = (size_t)(hit - p), rest = n - off - sl;
        if (rest >= 1 && hit[sl] == '>') {
            *tl = sl + 1;
            return off;
        }
        if (rest >= 4 && memcmp(hit + sl, "ing>", 4) == 0) {
            *tl = sl + 4;
            return off;
        }
        from = off + 1;
    }
    *tl = 0;
    return n;
}

static rf_status clean_text(const char *p, size_t n, rf_buf *out)
{
    clean_state cs = {out, rf_buf_len(out), 0, RF_OK};
    size_t pos = 0, tl, ctl;
    size_t open = find_tag(p, n, 0, 0, &tl);
    size_t close = find_tag(p, n, 0, 1, &ctl);
    if (close < n && close < open)
        pos = close + ctl; /* reasoning whose opening tag was in the prompt */
    while (pos < n && cs.st == RF_OK) {
        open = find_tag(p, n, pos, 0, &tl);
        clean_span(&cs, p + pos, open - pos);
        put_space(&cs);
        if (open >= n)
            break;
        close = find_tag(p, n, open + tl, 1, &ctl);
        if (close >= n)
            break; /* unterminated block: drop the rest */
        pos = close + ctl;
    }
    return cs.st;
}

rf_status rf_text_normalize(const char *s, size_t len, rf_buf *out)
{
    rf_buf tmp, fold;
    rf_status st;
    const char *src = s;
    if (!out || (!s && len > 0))
        return RF_EINVAL;
    if (len > RF_TEXT_MAX_INPUT)
        return RF_ELIMIT;
    rf_buf_init(&tmp, RF_TEXT_MAX_INPUT * 3 + 1);
    rf_buf_init(&fold, RF_TEXT_MAX_INPUT * 4 + 1);
    if (len && !rf_utf8_valid(s, len)) {
        if ((st = rf_utf8_sanitize(&tmp, s, len)) != RF_OK)
            goto out;
        src = rf_buf_ptr(&tmp);
        len = rf_buf_len(&tmp);
    }
    /* reserve room for the folded text in one allocation */
    if (len && ((st = rf_buf_add(&fold, src, len)) != RF_OK ||
                (st = rf_buf_add(&fold, src, len / 8)) != RF_OK))
        goto out;
    rf_buf_reset(&fold);
    if ((st = fold_text(src, len, &fold)) != RF_OK)
        goto out;
    st = clean_text(rf_buf_ptr(&fold), rf_buf_len(&fold), out);
out:
    rf_buf_free(&tmp);
    rf_buf_free(&fold);
    return st;
}

/* ---- code point classes -------------------------------------------------- */

typedef enum script {
    SC_OTHER,
    SC_LATIN,
    SC_GREEK,
    SC_CYRILLIC,
    SC_HEBREW,
    SC_ARABIC,
    SC_DEVANAGARI,
    SC_THAI,
    SC_HANGUL,
    SC_KANA,
    SC_HAN,
    SC_COUNT
} script;

static script script_of(uint32_t cp)
{
    if (cp < 0x80)
        return rf_isalpha((int)cp) ? SC_LATIN : SC_OTHER;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        return SC_LATIN;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return SC_LATIN;
    if (cp >= 0x370 && cp <= 0x3FF)
        return SC_GREEK;
    if (cp >= 0x400 && cp <= 0x52F)
        return SC_CYRILLIC;
    if (cp >= 0x590 && cp <= 0x5FF)
        return SC_HEBREW;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) ||
        (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
        return SC_ARABIC;
    if (cp >= 0x900 && cp <= 0x97F)
        return SC_DEVANAGARI;
    if (cp >= 0xE00 && cp <= 0xE7F)
        return SC_THAI;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) ||
        (cp >= 0x3130 && cp <= 0x318F))
        return SC_HANGUL;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
        (cp >= 0xFF66 && cp <= 0xFF9F))
        return SC_KANA;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
        return SC_HAN;
    return SC_OTHER;
}

int rf_text_word_class(uint32_t cp)
{
    if (cp < 0x80)
        return rf_isalnum((int)cp) ? 1 : 0;
    script sc = script_of(cp);
    if (sc == SC_HAN || sc == SC_KANA)
        return cp == 0x30FC ? 3 : 2; /* prolonged sound mark joins */
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
    switch (cat) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return 3;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return sc == SC_THAI ? 2 : 1;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int rf_text_boundary_script(uint32_t cp)
{
    if (cp < 0x80)
        return rf_isalnum((int)cp) ? 1 : 0;
    switch (script_of(cp)) {
    case SC_LATIN:
    case SC_GREEK:
    case SC_CYRILLIC:
    case SC_DEVANAGARI:
        return 1;
    default:
        return 0;
    }
}

/* ---- words --------------------------------------------------------------- */

void rf_words_init(rf_word_iter *it, const char *s, size_t len)
{
    it->s = s;
    it->len = s ? len : 0;
    it->pos = 0;
}

static int next_cp(const char *s, size_t len, size_t pos, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[pos];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n = rf_utf8_decode(s + pos, len - pos, cp);
    return n < 0 ? -n : n;
}

/* Class of the code point at s[pos] (ASCII fast path); its length in *n. */
static inline int class_at(const char *s, size_t len, size_t pos, int *n, uint32_t *cpo)
{
    unsigned char c = (unsigned char)s[pos];
    uint32_t cp;
    if (c < 0x80) {
        *n = 1;
        *cpo = c;
        return rf_isalnum(c) ? 1 : 0;
    }
    *n = next_cp(s, len, pos, &cp);
    *cpo = cp;
    return rf_text_word_class(cp);
}

int rf_words_next(rf_word_iter *it, rf_slice *w)
{
    const char *s = it->s;
    size_t len = it->len, pos = it->pos;
    uint32_t cp;
    int cls = 0, n = 0;
    while (pos < len) { /* skip separators (and stray marks) */
        cls = class_at(s, len, pos, &n, &cp);
        if (cls == 1 || cls == 2)
            break;
        pos += (size_t)n;
    }
    if (pos >= len) {
        it->pos = len;
        return 0;
    }
    size_t start = pos;
    pos += (size_t)n;
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        if (cls == 1 && c < 0x80) { /* ASCII fast path */
            if (rf_isalnum(c)) {
                pos++;
                continue;
            }
            if (c == '\'' && pos + 1 < len) { /* apostrophe inside a word */
                int m2;
                uint32_t nx;
                if (class_at(s, len, pos + 1, &m2, &nx) == 1) {
                    pos++;
                    continue;
                }
            }
            break;
        }
        int m, c2 = class_at(s, len, pos, &m, &cp);
        if (c2 == 3 || (cls == 1 && c2 == 1)) {
            pos += (size_t)m;
            continue;
        }
        break;
    }
    w->ptr = s + start;
    w->len = pos - start;
    it->pos = pos;
    return 1;
}

size_t rf_text_word_count(const char *s, size_t len)
{
    rf_word_iter it;
    rf_slice w;
    size_t n = 0;
    rf_words_init(&it, s, len);
    while (rf_words_next(&it, &w))
        n++;
    return n;
}

/* ---- language ------------------------------------------------------------ */

enum { L_EN, L_ES, L_FR, L_DE, L_PT, L_IT, L_NL, L_PL, L_COUNT };
static const char *const k_latin_tags[L_COUNT] = {"en", "es", "fr", "de", "pt", "it", "nl", "pl"};

typedef struct stopword {
    const char *w;
    unsigned mask; /* bit per L_* */
} stopword;

/* Frequent function words and their languages (the table and the slot
 * index below were generated together by a script: regenerate both when
 * changing a word). */
static const stopword k_stopwords[] = {
    {"a", 0x10},     {"aber", 0x08},    {"about", 0x01},   {"al", 0x22},     {"ale", 0x80},
    {"alla", 0x20},  {"als", 0x40},     {"an", 0x01},      {"anche", 0x20},  {"and", 0x01},
    {"ao", 0x10},    {"are", 0x01},     {"as", 0x11},      {"at", 0x01},     {"au", 0x04},
    {"auch", 0x08},  {"auf", 0x08},     {"aux", 0x04},     {"avec", 0x04},   {"be", 0x01},
    {"bei", 0x08},   {"bij", 0x40},     {"but", 0x01},     {"by", 0x81},     {"być", 0x80},
    {"c'est", 0x04}, {"can", 0x01},     {"can't", 0x01},   {"ce", 0x04},     {"cette", 0x04},
    {"che", 0x20},   {"co", 0x80},      {"com", 0x10},     {"come", 0x20},   {"como", 0x12},
    {"con", 0x22},   {"could", 0x01},   {"czy", 0x80},     {"d'un", 0x04},   {"d'une", 0x04},
    {"da", 0x10},    {"dans", 0x04},    {"das", 0x18},     {"dass", 0x08},   {"dat", 0x40},
    {"de", 0x56},    {"dei", 0x20},     {"del", 0x22},     {"della", 0x20},  {"delle", 0x20},
    {"dem", 0x08},   {"den", 0x08},     {"der", 0x08},     {"des", 0x04},    {"desculpe", 0x10},
    {"deze", 0x40},  {"di", 0x20},      {"die", 0x48},     {"diese", 0x08},  {"dispiace", 0x20},
    {"dit", 0x40},   {"dla", 0x80},     {"do", 0x91},      {"don't", 0x01},  {"dos", 0x10},
    {"du", 0x0c},    {"désolé", 0x04},  {"e", 0x30},       {"een", 0x40},    {"ein", 0x08},
    {"eine", 0x08},  {"einen", 0x08},   {"el", 0x02},      {"elle", 0x04},   {"em", 0x10},
    {"en", 0x46},    {"er", 0x40},      {"es", 0x0a},      {"eso", 0x02},    {"essere", 0x20},
    {"est", 0x04},   {"esta", 0x12},    {"este", 0x12},    {"está", 0x02},   {"et", 0x04},
    {"eu", 0x10},    {"for", 0x01},     {"from", 0x01},    {"für", 0x08},    {"geen", 0x40},
    {"gli", 0x20},   {"has", 0x01},     {"have", 0x01},    {"hay", 0x02},    {"hebben", 0x40},
    {"here", 0x01},  {"het", 0x40},     {"ho", 0x20},      {"how", 0x01},    {"i", 0xa1},
    {"i'm", 0x01},   {"ich", 0x08},     {"if", 0x01},      {"ihnen", 0x08},  {"ik", 0x40},
    {"il", 0x24},    {"in", 0x20},      {"is", 0x41},      {"isso", 0x10},   {"ist", 0x08},
    {"it", 0x01},    {"j'ai", 0x04},    {"ja", 0x80},      {"jak", 0x80},    {"je", 0x44},
    {"jego", 0x80},  {"jest", 0x80},    {"jestem", 0x80},  {"już", 0x80},    {"kan", 0x40},
    {"kann", 0x08},  {"kein", 0x08},    {"keine", 0x08},   {"kunnen", 0x40}, {"l'on", 0x04},
    {"la", 0x26},    {"lamento", 0x02}, {"las", 0x02},     {"le", 0x26},     {"leid", 0x08},
    {"les", 0x04},   {"lo", 0x22},      {"los", 0x02},     {"lub", 0x80},    {"ma", 0x20},
    {"maar", 0x40},  {"mais", 0x14},    {"mas", 0x10},     {"me", 0x03},     {"met", 0x40},
    {"mi", 0xa2},    {"mir", 0x08},     {"mit", 0x08},     {"mogę", 0x80},   {"może", 0x80},
    {"muito", 0x10}, {"muy", 0x02},     {"my", 0x01},      {"más", 0x02},    {"na", 0x90},
    {"naar", 0x40},  {"ne", 0x04},      {"nel", 0x20},     {"nicht", 0x08},  {"nie", 0x80},
    {"niet", 0x40},  {"no", 0x12},      {"noch", 0x08},    {"non", 0x20},    {"not", 0x01},
    {"nous", 0x04},  {"nur", 0x08},     {"não", 0x10},     {"o", 0x92},      {"od", 0x80},
    {"oder", 0x08},  {"of", 0x01},      {"om", 0x40},      {"on", 0x01},     {"ook", 0x40},
    {"op", 0x40},    {"or", 0x01},      {"os", 0x10},      {"ou", 0x04},     {"para", 0x12},
    {"pas", 0x04},   {"per", 0x20},     {"pero", 0x02},    {"peux", 0x04},   {"più", 0x20},
    {"plus", 0x04},  {"po", 0x80},      {"pode", 0x10},    {"por", 0x12},    {"posso", 0x30},
    {"pour", 0x04},  {"przez", 0x80},   {"przykro", 0x80}, {"puede", 0x02},  {"puedo", 0x02},
    {"que", 0x16},   {"questa", 0x20},  {"questo", 0x20},  {"qui", 0x04},    {"se", 0x12},
    {"ser", 0x02},   {"seu", 0x10},     {"should", 0x01},  {"si", 0x20},     {"sich", 0x08},
    {"sie", 0x08},   {"sin", 0x02},     {"sind", 0x08},    {"się", 0x80},    {"sobre", 0x02},
    {"son", 0x02},   {"sono", 0x20},    {"sont", 0x04},    {"spijt", 0x40},  {"su", 0x02},
    {"sua", 0x10},   {"suis", 0x04},    {"sur", 0x04},     {"são", 0x10},    {"są", 0x80},
    {"ta", 0x80},    {"tak", 0x80},     {"también", 0x02}, {"também", 0x10}, {"te", 0x42},
    {"tego", 0x80},  {"ten", 0x80},     {"that", 0x01},    {"the", 0x01},    {"there", 0x01},
    {"these", 0x01}, {"they", 0x01},    {"this", 0x01},    {"those", 0x01},  {"ti", 0x20},
    {"to", 0x81},    {"très", 0x04},    {"tu", 0x02},      {"tylko", 0x80},  {"u", 0x40},
    {"um", 0x10},    {"uma", 0x10},     {"un", 0x26},      {"una", 0x22},    {"und", 0x08},
    {"une", 0x04},   {"usted", 0x02},   {"van", 0x40},     {"você", 0x10},   {"von", 0x08},
    {"voor", 0x40},  {"vous", 0x04},    {"w", 0x80},       {"was", 0x01},    {"wat", 0x40},
    {"we", 0x41},    {"werden", 0x08},  {"were", 0x01},    {"what", 0x01},   {"which", 0x01},
    {"wie", 0x08},   {"will", 0x01},    {"wir", 0x08},     {"with", 0x01},   {"worden", 0x40},
    {"wordt", 0x40}, {"would", 0x01},   {"y", 0x02},       {"you", 0x01},    {"your", 0x01},
    {"z", 0x80},     {"za", 0x80},      {"zich", 0x40},    {"zijn", 0x40},   {"zu", 0x08},
    {"è", 0x20},     {"é", 0x10},       {"être", 0x04},    {"że", 0x80},
};

/* Open-addressing index into k_stopwords by FNV-1a hash of the word
 * (generated together with k_stopwords; -1 = empty slot). */
#define STOP_SLOTS 1024
static const int16_t k_stop_slots[STOP_SLOTS] = {
    -1,  -1,  -1,  -1,  -1,  -1,  -1,  31,  225, -1,  -1,  -1,  -1,  124, -1,  -1,  110, 234, -1,
    -1,  62,  90,  -1,  -1,  -1,  -1,  -1,  130, -1,  -1,  -1,  136, 71,  -1,  -1,  -1,  230, -1,
    -1,  -1,  -1,  -1,  128, 174, 197, 228, -1,  253, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,
    165, -1,  -1,  151, -1,  36,  -1,  -1,  -1,  203, 273, -1,  -1,  -1,  73,  -1,  -1,  -1,  -1,
    -1,  11,  39,  -1,  -1,  -1,  -1,  -1,  221, -1,  40,  115, -1,  -1,  -1,  134, 210, -1,  -1,
    -1,  -1,  33,  -1,  -1,  -1,  -1,  215, -1,  166, 122, -1,  -1,  131, -1,  89,  179, -1,  -1,
    78,  -1,  -1,  87,  195, 216, -1,  10,  -1,  -1,  -1,  -1,  -1,  -1,  15,  19,  -1,  -1,  -1,
    211, -1,  -1,  -1,  167, 159, -1,  -1,  12,  98,  85,  -1,  -1,  -1,  -1,  23,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  263, -1,  -1,  -1,  -1,  -1,  -1,  34,  -1,  -1,  -1,  80,  129, -1,  170,
    190, -1,  213, -1,  -1,  -1,  30,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  25,  -1,  -1,  -1,  -1,
    -1,  4,   5,   118, 271, 208, -1,  -1,  -1,  235, -1,  48,  157, -1,  -1,  132, -1,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  17,  155, -1,  -1,  -1,  -1,  -1,  29,  -1,  254, -1,
    -1,  -1,  -1,  185, -1,  -1,  -1,  -1,  -1,  -1,  56,  -1,  -1,  198, -1,  -1,  -1,  -1,  -1,
    101, -1,  120, -1,  -1,  200, -1,  229, 226, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  218, 269,
    146, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  37,  -1,  142, -1,  -1,  -1,  -1,  -1,  -1,  -1,
    -1,  -1,  69,  -1,  -1,  -1,  -1,  -1,  -1,  204, -1,  97,  -1,  -1,  -1,  0,   240, 252, 245,
    -1,  -1,  -1,  184, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  108, -1,  148, -1,  35,  178, -1,  -1,  -1,  -1,  -1,  236, -1,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  -1,  111, 224, -1,  -1,  220, -1,  261, -1,  -1,  26,  82,  -1,  -1,
    77,  -1,  -1,  -1,  63,  -1,  -1,  52,  196, 65,  -1,  244, -1,  -1,  -1,  -1,  -1,  -1,  -1,
    206, -1,  -1,  -1,  -1,  -1,  -1,  -1,  171, -1,  44,  -1,  13,  -1,  75,  -1,  -1,  256, -1,
    -1,  -1,  46,  -1,  -1,  -1,  -1,  241, 55,  -1,  -1,  -1,  -1,  -1,  1,   143, 207, -1,  -1,
    -1,  -1,  43,  176, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  109, -1,
    -1,  -1,  83,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  99,  -1,  193, 16,
    -1,  117, -1,  95,  -1,  -1,  -1,  -1,  -1,  -1,  259, -1,  191, -1,  -1,  -1,  -1,  -1,  217,
    -1,  100, -1,  125, -1,  -1,  -1,  -1,  -1,  187, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  113,
    -1,  -1,  149, 152, 248, -1,  -1,  272, 18,  -1,  -1,  -1,  -1,  -1,  158, -1,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  102, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  116, -1,  -1,  -1,  249,
    112, -1,  192, -1,  -1,  -1,  199, -1,  223, -1,  -1,  -1,  -1,  -1,  -1,  68,  126, 64,  150,
    266, -1,  139, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  268, -1,  -1,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  2,   42,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  47,  -1,  -1,
    201, -1,  -1,  -1,  -1,  -1,  59,  -1,  24,  -1,  -1,  -1,  -1,  237, -1,  -1,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  72,  -1,  96,  -1,  -1,  258, -1,  -1,  -1,  -1,  60,  -1,  -1,  -1,  -1,
    -1,  -1,  180, -1,  -1,  -1,  -1,  -1,  205, -1,  104, 153, -1,  181, 227, -1,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  202, -1,  -1,  -1,  -1,  -1,  177, -1,  147, -1,  28,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  106, 163, -1,  -1,  45,  242, 246, 194, 9,   138, -1,  -1,  264, 260,
    88,  119, -1,  -1,  -1,  -1,  219, 144, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  188,
    -1,  -1,  -1,  -1,  -1,  61,  -1,  -1,  -1,  -1,  6,   -1,  20,  -1,  -1,  -1,  267, 8,   57,
    -1,  -1,  -1,  -1,  -1,  -1,  -1,  58,  123, -1,  -1,  -1,  32,  -1,  67,  162, 238, -1,  -1,
    -1,  7,   -1,  -1,  -1,  54,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  262, -1,  183, -1,
    137, -1,  -1,  -1,  84,  -1,  -1,  -1,  189, -1,  -1,  53,  -1,  -1,  -1,  -1,  -1,  -1,  21,
    -1,  -1,  -1,  70,  -1,  -1,  231, -1,  66,  -1,  49,  107, 154, 172, 214, -1,  14,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  -1,  51,  -1,  -1,  -1,  133, -1,  160, -1,  222, -1,  270, -1,  -1,
    -1,  -1,  -1,  -1,  -1,  247, -1,  255, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  41,  -1,  -1,
    -1,  -1,  -1,  -1,  233, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,
    127, -1,  -1,  161, -1,  -1,  103, -1,  38,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,
    -1,  -1,  -1,  257, -1,  -1,  -1,  -1,  -1,  -1,  135, -1,  -1,  -1,  105, -1,  -1,  -1,  -1,
    -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  22,  -1,  164, -1,
    86,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  169, 94,  239, -1,  -1,  -1,  -1,  -1,  -1,  93,  -1,
    141, -1,  -1,  -1,  -1,  -1,  250, -1,  182, -1,  265, -1,  -1,  -1,  -1,  81,  -1,  79,  -1,
    -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  243, 145, 3,   251, -1,  140, -1,  -1,  -1,  -1,  114,
    -1,  -1,  -1,  -1,  -1,  -1,  -1,  168, -1,  -1,  -1,  186, 209, 27,  76,  -1,  -1,  -1,  -1,
    -1,  50,  -1,  -1,  -1,  -1,  232, 91,  -1,  212, -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,  -1,
    -1,  -1,  173, -1,  -1,  -1,  -1,  121, 74,  -1,  -1,  156, 92,  175, -1,  -1,  -1,
};

static inline uint32_t fnv1a(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

/* Language mask of a (lowercase) word, 0 when it is no stopword. */
static unsigned stopword_mask(const char *word, size_t n)
{
    char p[16];
    uint32_t h;
    size_t i;
    if (n > 12)
        return 0;
    for (i = 0; i < n; i++)
        p[i] = (char)rf_tolower((unsigned char)word[i]);
    for (h = fnv1a(p, n) & (STOP_SLOTS - 1);; h = (h + 1) & (STOP_SLOTS - 1)) {
        int k = k_stop_slots[h];
        if (k < 0)
            return 0;
        const char *w = k_stopwords[k].w;
        if (strncmp(w, p, n) == 0 && w[n] == 0)
            return k_stopwords[k].mask;
    }
}

/* Letter hints for Latin languages: adds to score[]. */
static void letter_hint(uint32_t cp, double *score)
{
    switch (cp) {
    case 0xF1:
    case 0xD1:
    case 0xBF:
    case 0xA1: /* ñ ¿ ¡ */
        score[L_ES] += 1.5;
        break;
    case 0xE3:
    case 0xF5:
    case 0xC3:
    case 0xD5: /* ã õ */
        score[L_PT] += 1.5;
        break;
    case 0xE7: /* ç */
        score[L_FR] += 0.5, score[L_PT] += 0.5;
        break;
    case 0xDF:
    case 0xE4:
    case 0xF6:
    case 0xFC: /* ß ä ö ü */
        score[L_DE] += 0.8;
        break;
    case 0xE8:
    case 0xEA:
    case 0xE2:
    case 0xEE:
    case 0xF4:
    case 0xFB:
    case 0xEB:
    case 0xEF:
        score[L_FR] += 0.4;
        break;
    case 0xEC:
    case 0xF2:
    case 0xF9: /* ì ò ù */
        score[L_IT] += 0.6;
        break;
    case 0x142:
    case 0x105:
    case 0x119:
    case 0x15B:
    case 0x17C:
    case 0x17A:
    case 0x107:
    case 0x144:
    case 0x141:
    case 0x17B:
        score[L_PL] += 1.5;
        break;
    default:
        break;
    }
}

static const char *latin_language(const char *s, size_t len)
{
    double score[L_COUNT] = {0};
    rf_word_iter it;
    rf_slice w;
    size_t words = 0, i;
    rf_words_init(&it, s, len);
    while (words < 300 && rf_words_next(&it, &w)) {
        unsigned m = stopword_mask(w.ptr, w.len);
        words++;
        if (m) {
            int k = __builtin_popcount(m);
            for (i = 0; i < L_COUNT; i++)
                if (m & (1u << i))
                    score[i] += 1.0 / k;
        }
        for (i = 0; i < w.len; i++) {
            if ((unsigned char)w.ptr[i] >= 0xC2) {
                uint32_t cp;
                int n = rf_utf8_decode(w.ptr + i, w.len - i, &cp);
                letter_hint(cp, score);
                if (n > 1)
                    i += (size_t)n - 1;
            }
        }
    }
    size_t best = L_EN;
    for (i = 1; i < L_COUNT; i++)
        if (score[i] > score[best])
            best = i;
    if (score[best] < 1.5 || score[best] < score[L_EN] + 0.5)
        return "en";
    return k_latin_tags[best];
}

const char *rf_text_language(const char *s, size_t len)
{
    size_t cnt[SC_COUNT] = {0};
    size_t pos = 0, i;
    if (!s)
        return "en";
    if (len > RF_TEXT_LANG_SCAN)
        len = rf_utf8_trunc(s, len, RF_TEXT_LANG_SCAN);
    while (pos < len) {
        uint32_t cp;
        int n = next_cp(s, len, pos, &cp);
        cnt[script_of(cp)]++;
        pos += (size_t)n;
    }
    /* weight code points so that each counts roughly as a word's share */
    static const double per_word[SC_COUNT] = {0, 5, 5, 5, 4, 4, 4, 3, 2, 1.5, 1.2};
    size_t best = SC_LATIN;
    double bestw = 0;
    for (i = SC_LATIN; i < SC_COUNT; i++) {
        double wgt = (double)cnt[i] / per_word[i];
        if (i == SC_KANA || i == SC_HAN)
            wgt = (double)(cnt[SC_KANA] + cnt[SC_HAN]) / 1.3;
        if (wgt > bestw) {
            bestw = wgt;
            best = i;
        }
    }
    switch (best) {
    case SC_GREEK:
        return "el";
    case SC_CYRILLIC:
        return "ru";
    case SC_HEBREW:
        return "he";
    case SC_ARABIC:
        return "ar";
    case SC_DEVANAGARI:
        return "hi";
    case SC_THAI:
        return "th";
    case SC_HANGUL:
        return "ko";
    case SC_KANA:
    case SC_HAN:
        return (cnt[SC_KANA] >= 2 && cnt[SC_KANA] * 20 >= cnt[SC_KANA] + cnt[SC_HAN]) ? "ja" : "zh";
    default:
        return latin_language(s, len);
    }
}

/* ---- opening --------------------------------------------------------------- */

/* Length of a sentence terminator at norm[i] (with the space after it), or 0. */
static size_t terminator_at(const char *p, size_t len, size_t i)
{
    unsigned char c = (unsigned char)p[i];
    if (c == '.' || c == '!' || c == '?' || c == ';') {
        if (c == '.' && i > 0 && rf_isdigit((unsigned char)p[i - 1]))
            return 0;
        if (i + 1 == len || p[i + 1] == ' ')
            return 1;
        return 0;
    }
    if (c < 0xC2 || i + 1 >= len)
        return 0;
    uint32_t cp;
    int n = rf_utf8_decode(p + i, len - i, &cp);
    if (n < 0)
        return 0;
    switch (cp) {
    case 0x3002: /* 。 */
    case 0xFF61: /* ｡ */
    case 0x0964: /* । */
    case 0x061F: /* ؟ */
    case 0x06D4: /* ۔ */
        return (size_t)n;
    default:
        return 0;
    }
}

size_t rf_text_opening(const char *norm, size_t len)
{
    size_t i = 0, sentences = 0, cap;
    if (!norm || len == 0)
        return 0;
    cap = len < RF_TEXT_OPENING_MAX ? len : RF_TEXT_OPENING_MAX;
    while (i < cap) {
        size_t t = terminator_at(norm, len, i);
        if (t) {
            i += t;
            if (++sentences == 2)
                return i;
            continue;
        }
        i++;
    }
    if (cap == len)
        return len;
    /* cap reached: finish the current word (bounded) */
    i = rf_utf8_trunc(norm, len, cap);
    while (i < len && i < cap + 64 && norm[i] != ' ')
        i++;
    return rf_utf8_trunc(norm, len, i);
}

/* ---- unclear ------------------------------------------------------------- */

#define UNCLEAR_RING 2048 /* words kept (the last ones) for the loop test */
#define UNCLEAR_MAX_LAG 40

/* 1 when some lag L makes w[i] == w[i-L] for most positions of the last
 * min(n, UNCLEAR_RING) word hashes in ring[] (n words seen in total). */
static int repetition_loop(const uint32_t *ring, size_t n)
{
    size_t m = n < UNCLEAR_RING ? n : UNCLEAR_RING, base = n - m, lag, i, distinct = 0;
    uint64_t seen[64] = {0}; /* 4096-bit set of hash values: a distinct-count estimate */
    uint32_t w[UNCLEAR_RING];
    if (m < 40)
        return 0;
    for (i = 0; i < m; i++) {
        uint32_t h = ring[(base + i) % UNCLEAR_RING], bit = h & 4095;
        w[i] = h;
        if (!(seen[bit >> 6] & ((uint64_t)1 << (bit & 63)))) {
            seen[bit >> 6] |= (uint64_t)1 << (bit & 63);
            distinct++;
        }
    }
    /* a loop at lag L leaves at most L + 30% of the words distinct */
    if (distinct * 10 > UNCLEAR_MAX_LAG * 10 + m * 4)
        return 0;
    for (lag = 1; lag <= UNCLEAR_MAX_LAG && lag < m / 3; lag++) {
        size_t same = 0;
        /* a loop runs to the end of the text: test the last 20 words first */
        for (i = m - 20; i < m; i++)
            same += w[i] == w[i - lag];
        if (same < 14)
            continue;
        for (same = 0, i = lag; i < m; i++)
            same += w[i] == w[i - lag];
        if (same * 10 >= (m - lag) * 7)
            return 1;
    }
    return 0;
}

void rf_text_profile(const char *s, size_t len, rf_text_stats *st)
{
    uint32_t ring[UNCLEAR_RING];
    rf_word_iter it;
    rf_slice w;
    size_t pos = 0, run = 0;
    uint32_t prev = 0;
    memset(st, 0, sizeof *st);
    if (!s)
        return;
    while (pos < len) {
        int n, cls;
        uint32_t cp;
        unsigned char c = (unsigned char)s[pos];
        if (c == ' ') {
            pos++;
            continue;
        }
        cls = class_at(s, len, pos, &n, &cp);
        pos += (size_t)n;
        run = cp == prev ? run + 1 : 1;
        prev = cp;
        if (run > st->max_run)
            st->max_run = run;
        if (cp == 0xFFFD)
            st->repl++;
        else if (cp < 0x80 && rf_isdigit((int)cp))
            st->digits++;
        else if (cls)
            st->letters++;
        else
            st->other++;
    }
    rf_words_init(&it, s, len);
    while (rf_words_next(&it, &w)) {
        uint32_t h = 2166136261u;
        size_t i;
        for (i = 0; i < w.len; i++)
            h = (h ^ (unsigned char)w.ptr[i]) * 16777619u;
        ring[st->words % UNCLEAR_RING] = h;
        st->words++;
    }
    st->loop = repetition_loop(ring, st->words);
}

int rf_text_stats_unclear(const rf_text_stats *st)
{
    size_t total = st->letters + st->digits + st->other + st->repl;
    if (st->letters + st->digits == 0)
        return 1;
    if (st->max_run >= 40 || st->loop)
        return 1;
    if (total >= 20 && (st->letters + st->digits) * 10 < total * 3)
        return 1;
    return st->repl * 4 > total;
}

int rf_text_unclear(const char *norm, size_t len)
{
    rf_text_stats st;
    if (!norm || len == 0)
        return 1;
    rf_text_profile(norm, len, &st);
    return rf_text_stats_unclear(&st);
}
