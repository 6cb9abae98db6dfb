/*
 * text.c - normalisation, code point classes and the opening for the
 * refusal detectors (text.h); word iteration and the unclear test are in
 * text_words.c, the language guess in text_lang.c.
 *
 * Normalisation runs in linear passes:
 *   pass 1 (fold_text): UTF-8 repair, quote mapping, NFKC + case fold +
 *     default-ignorable removal. ASCII runs are folded inline, eight bytes
 *     at a time (NFKC is the identity on ASCII, case fold is tolower); Han,
 *     Hangul, kana and Arabic letters, which both leave unchanged, are
 *     copied unless a combining mark follows; each other non-ASCII run, together
 *     with the one ASCII byte before it (a possible base of a combining mark),
 *     goes through utf8proc_decompose_custom + utf8proc_reencode using a
 *     scratch code point array that grows as needed.
 *   pass 1b (rf_text_fold_scripts, text_fold.c): Arabic harakat and tatweel
 *     dropped, alef/hamza forms, ё and Devanagari nukta/candrabindu unified,
 *     Arabic-Indic and Devanagari digits made ASCII, in place.
 *   pass 2 (clean_text): on the folded text, <think> blocks are cut, chat
 *     template tokens removed, controls and whitespace runs collapsed to one
 *     space, and the result trimmed. Literal text (printable ASCII with
 *     single spaces) is passed eight bytes at a time. Reasoning written as
 *     plain text before the answer is then cut (text_think.c, session 16).
 * The opening takes ASCII eight bytes at a time too. These SWAR tests work
 * on a uint64_t whose bytes are all < 0x80, so no byte carries into the
 * next; anything else takes the general code point path, with the same
 * results.
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
    case 0xFF40: /* ｀ (NFKC: `) */
    case 0x1FEF: /* Greek varia (NFKC: `) */
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
        if (got == 0)
            return RF_OK; /* all ignorable (U+FEFF...): sc->cps may still be NULL */
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

/* 1 when cp is unchanged by NFKC + case fold and cannot compose with what
 * follows unless that is a combining mark (checked by the caller): Han
 * ideographs, Hangul syllables, kana, Arabic letters. */
static int fold_stable(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA) ||
           (cp >= 0x0621 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x064A);
}

/* 1 when cp may combine with the code point before it. */
static int may_combine(uint32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
           (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0x3099 && cp <= 0x309A) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* Fold the non-ASCII run s[a..b) (valid UTF-8; s[a-1], if any, is ASCII and
 * already written to out). Stable code points are copied as they are; the
 * other segments go through utf8proc, the first one together with the ASCII
 * byte before it (a possible base of a combining mark). */
/* Flush the slow segment s[seg..j) of the run starting at a through
 * utf8proc (with the ASCII byte before a when the segment starts the run). */
static rf_status flush_slow(fold_scratch *sc, const char *s, size_t a, size_t seg, size_t j,
                            rf_buf *out)
{
    if (seg >= j)
        return RF_OK;
    if (seg == a && a > 0) {
        seg--;
        rf_buf_shrink(out, 1);
    }
    return fold_run(sc, s + seg, j - seg, out);
}

static rf_status fold_nonascii(fold_scratch *sc, const char *s, size_t a, size_t b, rf_buf *out)
{
    size_t j = a, seg = a, fast = SIZE_MAX; /* slow segment start; fast run start */
    uint32_t cp, nx = 0;
    int m = rf_text_cp(s, b, a, &cp), mn = 0;
    rf_status st;
    if (m <= 0)
        m = 1;
    while (j < b) {
        size_t k = j + (size_t)m;
        nx = 0;
        if (k < b && (mn = rf_text_cp(s, b, k, &nx)) <= 0)
            mn = 1;
        if (fold_stable(cp) ? !may_combine(nx)
                            : rf_text_fold_copies(cp) &&
                                  (nx == 0 || rf_text_fold_copies(nx) || fold_stable(nx))) {
            if (fast == SIZE_MAX) {
                if ((st = flush_slow(sc, s, a, seg, j, out)) != RF_OK)
                    return st;
                fast = j;
            }
        } else if (fast != SIZE_MAX) {
            if ((st = rf_buf_add(out, s + fast, j - fast)) != RF_OK)
                return st;
            fast = SIZE_MAX;
            seg = j;
        }
        cp = nx;
        m = mn;
        j = k;
    }
    if (fast != SIZE_MAX)
        return rf_buf_add(out, s + fast, b - fast);
    return flush_slow(sc, s, a, seg, b, out);
}

/* Pass 1 on ASCII: lowercase, and ` becomes ' (as map_quote does). */
static const unsigned char k_fold_ascii[128] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55,  56,
    57,  58,  59,  60,  61,  62,  63,  64,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91,  92,  93,  94,
    95,  39,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
};

#define ONES8 0x0101010101010101ull
#define HIGH8 0x8080808080808080ull

/* Offset of the first non-ASCII byte of s[i..len) (len when none), eight
 * bytes at a time. */
static size_t ascii_run_end(const char *s, size_t i, size_t len)
{
    uint64_t w;
    for (; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        if (w & HIGH8)
            break;
    }
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* k_fold_ascii over the ASCII bytes d[0..n), eight at a time: bit 7 of a
 * byte of (w + 0x3F) & ~(w + 0x25) is set for 'A'..'Z' alone (no byte
 * carries, as every byte is < 0x80), and moved to bit 5 it lowercases;
 * a group with a backtick takes the table. */
static void fold_ascii(char *d, size_t n)
{
    size_t k = 0, j;
    for (; k + 8 <= n; k += 8) {
        uint64_t w, bt;
        memcpy(&w, d + k, 8);
        bt = ~((w ^ (0x60 * ONES8)) + 0x7F * ONES8) & HIGH8; /* bytes equal to '`' */
        if (bt) {
            for (j = k; j < k + 8; j++)
                d[j] = (char)k_fold_ascii[(unsigned char)d[j]];
            continue;
        }
        w |= ((w + 0x3F * ONES8) & ~(w + 0x25 * ONES8) & HIGH8) >> 2;
        memcpy(d + k, &w, 8);
    }
    for (; k < n; k++)
        d[k] = (char)k_fold_ascii[(unsigned char)d[k]];
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
            size_t j = ascii_run_end(s, i, len), at = rf_buf_len(out);
            if ((st = rf_buf_add(out, s + i, j - i)) != RF_OK)
                goto out;
            fold_ascii(out->ptr + at, j - i); /* ASCII: lowercase, ` -> ' */
            i = j;
            continue;
        }
        size_t b = i;
        while (b < len && (unsigned char)s[b] >= 0x80)
            b++;
        if ((st = fold_nonascii(&sc, s, i, b, out)) != RF_OK)
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
    if (!cs->pending_space)
        cs->pending_space = 1;
}

/* A line break: written " / ", the break of a line flattened into one, so
 * that text with real line breaks reads as our one-line answers do (the
 * rules take "/ " for the start of a line: lists, verse, a closing line). */
static void put_break(clean_state *cs)
{
    cs->pending_space = 2;
}

static void put_bytes(clean_state *cs, const char *p, size_t n)
{
    if (cs->st != RF_OK || n == 0)
        return;
    if (cs->pending_space && rf_buf_len(cs->out) > cs->start) {
        const char *o = rf_buf_ptr(cs->out);
        if (o[rf_buf_len(cs->out) - 1] != ' ')
            cs->st = rf_buf_addc(cs->out, ' ');
        if (cs->pending_space == 2 && cs->st == RF_OK)
            cs->st = rf_buf_add(cs->out, "/ ", 2);
    }
    cs->pending_space = 0;
    if (cs->st == RF_OK)
        cs->st = rf_buf_add(cs->out, p, n);
}

/* 1 when p[0..n) starts with the lowercase ASCII literal lit, ignoring ASCII
 * case: folded text has no uppercase ASCII, raw text (rf_text_strip_debris)
 * may ("[INST]", "<THINK>"). */
static int has_prefix(const char *p, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; lit[i]; i++)
        if (i >= n || rf_tolower((unsigned char)p[i]) != (unsigned char)lit[i])
            return 0;
    return 1;
}

/* Fixed chat-template tokens; openers are followed by a role word. */
static const char *const k_tokens[] = {
    "<s>",      "</s>",        "<eos>",   "<bos>",    "<pad>",           "<unk>",
    "[inst]",   "[/inst]",     "<<sys>>", "<</sys>>", "<start_of_turn>", "<end_of_turn>",
    "</think>", "</thinking>", NULL,
};

#define FULLWIDTH_BAR_OPEN "<\xEF\xBD\x9C"  /* <｜ */
#define FULLWIDTH_BAR_CLOSE "\xEF\xBD\x9C>" /* ｜> */

/* Length of a template token at p (0 when none); *opener set for tokens
 * that may be followed by a role word. */
static size_t token_at(const char *p, size_t n, int *opener)
{
    size_t i;
    *opener = 0;
    if (has_prefix(p, n, "<|") || has_prefix(p, n, FULLWIDTH_BAR_OPEN)) {
        /* <|name|> with a short name free of spaces and angle brackets; raw
         * text may spell the bars as U+FF5C (DeepSeek), which NFKC folds */
        for (i = p[1] == '|' ? 2 : 4; i < n && i < 66; i++) {
            char c = p[i];
            if (c == ' ' || c == '<' || c == '>' || rf_isspace(c))
                return 0;
            if (c == '|' && i + 1 < n && p[i + 1] == '>') {
                *opener = 1;
                return i + 2;
            }
            if (has_prefix(p + i, n - i, FULLWIDTH_BAR_CLOSE)) {
                *opener = 1;
                return i + 4;
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
        if (has_prefix(p + sp, n - sp, roles[i]) &&
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

/* Bytes clean_span passes through as they are: printable ASCII but
 * '<' and '[' (tokens), continuation bytes, and every lead byte but those
 * that can start a Unicode space or control (uspace_at: C2 E1 E2 E3) or a
 * quote (quote_at: C2 CA E2 EF); clean_span's code point path would pass
 * those others unchanged one byte at a time (session 11: most of Cyrillic,
 * Arabic, Devanagari, CJK and Hangul text is now literal text). */
static const unsigned char k_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* 1 when clean_span's inner loop passes all eight bytes at p as they are
 * (p[8] readable, some literal before p): each is ASCII and k_plain, or a
 * space before a byte > ' '. For bytes < 0x80, bit 7 of ~((x ^ c) + 0x7F)
 * is set exactly where x == c and of ~(x + 0x60) where x < ' '; a byte of
 * the next word nx >= 0xA1 may read as <= ' ' (a carry), which only sends
 * the group to the byte loop. */
static int plain8(const char *p)
{
    uint64_t w, nx, sp, bad;
    memcpy(&w, p, 8);
    memcpy(&nx, p + 1, 8);
    if (w & HIGH8)
        return 0;
    sp = ~((w ^ (0x20 * ONES8)) + 0x7F * ONES8);
    bad = ~(w + 0x60 * ONES8) | ~((w ^ (0x7F * ONES8)) + 0x7F * ONES8) |
          ~((w ^ (0x3C * ONES8)) + 0x7F * ONES8) | ~((w ^ (0x5B * ONES8)) + 0x7F * ONES8) |
          (sp & ~(nx + 0x5F * ONES8));
    return (bad & HIGH8) == 0;
}

/* Length of a quote that NFKC itself produced (U+2057 -> 4 x U+2032) at
 * p[0..n) (p[0] >= 0xC2), its ASCII form in *q; 0 when none. */
static size_t quote_at(const char *p, size_t n, char *q)
{
    unsigned char c = (unsigned char)p[0];
    uint32_t cp;
    int m;
    utf8proc_int32_t r;
    if (c != 0xC2 && c != 0xCA && c != 0xE2 && c != 0xEF)
        return 0;
    m = rf_utf8_decode(p, n, &cp);
    r = m > 0 ? map_quote((utf8proc_int32_t)cp, NULL) : 0;
    if (m <= 0 || (r != '\'' && r != '"'))
        return 0;
    *q = (char)r;
    return (size_t)m;
}

/* End of the literal text from p[i] on (some literal before it): k_plain
 * bytes and single spaces between them, eight bytes at a time first. */
static size_t literal_end(const char *p, size_t i, size_t n)
{
    for (; i + 9 <= n && plain8(p + i); i += 8)
        ;
    for (; i < n; i++) {
        unsigned char d = (unsigned char)p[i];
        if (!k_plain[d] && (d != ' ' || i + 1 >= n || (unsigned char)p[i + 1] <= ' '))
            break;
    }
    return i;
}

/* Emit span p[0..n) without tokens, collapsing whitespace. */
static void clean_span(clean_state *cs, const char *p, size_t n)
{
    size_t i = 0, run = 0; /* p[run..i) is pending literal text */
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        size_t skip = 0;
        if (k_plain[c]) {
            i = literal_end(p, i + 1, n);
            continue;
        }
        if (c == ' ' && i > run && i + 1 < n && (unsigned char)p[i + 1] > ' ') {
            i++; /* a single space between literals stays as it is */
            continue;
        }
        if (c < 0x20 || c == 0x7F || c == ' ') {
            skip = 1;
        } else if (c == '<' || c == '[') {
            int opener;
            skip = token_at(p + i, n - i, &opener);
            if (skip && opener)
                skip += role_at(p + i + skip, n - i - skip);
        } else if (c >= 0xC2) {
            skip = uspace_at((const unsigned char *)p + i, n - i);
            size_t m;
            char q;
            if (!skip && (m = quote_at(p + i, n - i, &q)) > 0) {
                put_bytes(cs, p + run, i - run);
                put_bytes(cs, &q, 1);
                i += m;
                run = i;
                continue;
            }
        }
        if (skip) {
            put_bytes(cs, p + run, i - run);
            if (c == '\n' || c == '\r' ||
                (skip == 3 && c == 0xE2 && (unsigned char)p[i + 2] >= 0xA8))
                put_break(cs);
            else
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
        if (!has_prefix(hit, (size_t)(p + n - hit), stem)) {
            from = (size_t)(hit - p) + 1;
            continue;
        }
        size_t off = (size_t)(hit - p), rest = n - off - sl;
        if (rest >= 1 && hit[sl] == '>') {
            *tl = sl + 1;
            return off;
        }
        if (has_prefix(hit + sl, rest, "ing>")) {
            *tl = sl + 4;
            return off;
        }
        from = off + 1;
    }
    *tl = 0;
    return n;
}

/* Length of the reasoning preamble that Ollama's command line prints before
 * a thinking model's answer, "Thinking...\n<reasoning>\n...done thinking.\n\n"
 * (DeepSeek R1, QwQ, Qwen3 run there; session 13, s13-long), at the start of
 * p[0..n) after white space; 0 when none or when its closing line is
 * missing ("Thinking... about it, yes" is an answer). Case is ignored, as
 * for the tags. */
#define OLLAMA_OPEN "thinking..."
#define OLLAMA_CLOSE "...done thinking"
static size_t ollama_think(const char *p, size_t n)
{
    size_t i = 0, cl = sizeof OLLAMA_CLOSE - 1;
    while (i < n && i < 8 && rf_isspace((unsigned char)p[i]))
        i++;
    if (!has_prefix(p + i, n - i, OLLAMA_OPEN))
        return 0;
    for (i += sizeof OLLAMA_OPEN - 1; i + cl <= n;) {
        const char *d = memchr(p + i, '.', n - i - cl + 1);
        if (!d)
            return 0;
        i = (size_t)(d - p);
        if (has_prefix(d, n - i, OLLAMA_CLOSE)) {
            i += cl;
            return i < n && p[i] == '.' ? i + 1 : i;
        }
        i++;
    }
    return 0;
}

/* Session 16 (s16-styles): reasoning written as plain text before the
 * answer (rf_text_think_cut) is cut from the normalised text out[start..],
 * as a think block is; an Ollama preamble right after it goes too, so that
 * normalising again cuts nothing. */
static void cut_plain_think(rf_buf *out, size_t start)
{
    size_t n = out->len - start, c;
    char *s;
    if (n == 0)
        return; /* out->ptr may be NULL: no pointer arithmetic on it (s16-rev) */
    s = out->ptr + start;
    while ((c = rf_text_think_cut(s, n)) > 0) {
        size_t o = ollama_think(s + c, n - c);
        if (o > 0)
            for (c += o; c < n && (s[c] == ' ' || s[c] == '/');)
                c++;
        memmove(s, s + c, n - c);
        n -= c;
        rf_buf_shrink(out, c);
    }
}

static rf_status clean_text(const char *p, size_t n, rf_buf *out)
{
    clean_state cs = {out, rf_buf_len(out), 0, RF_OK};
    const char *lt = n ? memchr(p, '<', n) : NULL; /* most texts have no tag at all */
    size_t pos = 0, tl = 0, ctl = 0, from = lt ? (size_t)(lt - p) : n;
    size_t open = find_tag(p, n, from, 0, &tl);
    size_t close = find_tag(p, n, from, 1, &ctl);
    int first = 1;
    if (close < n && close < open)
        pos = close + ctl; /* reasoning whose opening tag was in the prompt */
    else if (n > 0 && (p[0] == 't' || rf_isspace((unsigned char)p[0])))
        pos = ollama_think(p, n); /* s13-long */
    while (pos < n && cs.st == RF_OK) {
        if (!first || pos > 0) /* else open is the tag found from 0 above */
            open = find_tag(p, n, pos, 0, &tl);
        first = 0;
        clean_span(&cs, p + pos, open - pos);
        put_space(&cs);
        if (open >= n)
            break;
        close = find_tag(p, n, open + tl, 1, &ctl);
        if (close >= n)
            break; /* unterminated block: drop the rest */
        pos = close + ctl;
    }
    /* a literal space may end up last when a token followed it */
    if (cs.st == RF_OK && rf_buf_len(out) > cs.start && rf_buf_ptr(out)[rf_buf_len(out) - 1] == ' ')
        rf_buf_shrink(out, 1);
    if (cs.st == RF_OK)
        cut_plain_think(out, cs.start);
    return cs.st;
}

/* Offset of the first template token in s[from..len) (len when none), its
 * length with any role word after it in *tl. */
static size_t find_token(const char *s, size_t len, size_t from, size_t *tl)
{
    size_t i;
    for (i = from; i < len; i++) {
        int opener;
        size_t k;
        if (s[i] != '<' && s[i] != '[')
            continue;
        if ((k = token_at(s + i, len - i, &opener)) > 0) {
            if (opener)
                k += role_at(s + i + k, len - i - k);
            *tl = k;
            return i;
        }
    }
    *tl = 0;
    return len;
}

/* Append s[from..to) to out[*n] with its template tokens replaced by one
 * space each. */
static void strip_span(const char *s, size_t from, size_t to, char *out, size_t *n)
{
    while (from < to) {
        size_t tl, at = find_token(s, to, from, &tl);
        memcpy(out + *n, s + from, at - from);
        *n += at - from;
        if (at >= to)
            break;
        if (*n > 0)
            out[(*n)++] = ' ';
        from = at + tl;
    }
}

size_t rf_text_strip_debris(const char *s, size_t len, char *out)
{
    size_t n = 0, pos = 0, tl, ctl;
    size_t open = find_tag(s, len, 0, 0, &tl), close = find_tag(s, len, 0, 1, &ctl);
    if (close < len && close < open)
        pos = close + ctl; /* as clean_text: reasoning opened in the prompt */
    else
        pos = ollama_think(s, len); /* s13-long */
    while (pos < len) {
        open = find_tag(s, len, pos, 0, &tl);
        strip_span(s, pos, open, out, &n);
        if (open >= len)
            break;
        if (n > 0)
            out[n++] = ' ';
        close = find_tag(s, len, open + tl, 1, &ctl);
        if (close >= len)
            break; /* unterminated block: drop the rest */
        pos = close + ctl;
    }
    if ((pos = rf_text_think_cut(out, n)) > 0) { /* s16-styles */
        memmove(out, out + pos, n - pos);
        n -= pos;
    }
    return n;
}

rf_status rf_text_without_debris(const char **s, size_t *len, char **scratch, size_t *cap)
{
    if (!rf_text_has_debris(*s, *len))
        return RF_OK;
    if (*cap < *len + 1) {
        char *t = rf_realloc(*scratch, *len + 1);
        if (!t)
            return RF_ENOMEM;
        *scratch = t;
        *cap = *len + 1;
    }
    *len = rf_text_strip_debris(*s, *len, *scratch);
    *s = *scratch;
    return RF_OK;
}

int rf_text_has_debris(const char *s, size_t len)
{
    size_t tl;
    if (ollama_think(s, len) > 0 || rf_text_think_gate(s, len)) /* s13-long, s16-styles */
        return 1;
    if (!memchr(s, '<', len) && !memchr(s, '[', len))
        return 0;
    return find_tag(s, len, 0, 0, &tl) < len || find_tag(s, len, 0, 1, &tl) < len ||
           find_token(s, len, 0, &tl) < len;
}

/* 1 when s[0..len) is all ASCII (then it is valid UTF-8). */
static int all_ascii(const char *s, size_t len)
{
    size_t i = 0;
    uint64_t acc = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < len; i++)
        acc |= (unsigned char)s[i];
    return (acc & 0x8080808080808080ull) == 0;
}

/* Texts longer than this get their normalised text's room reserved in one
 * allocation (s17-mem); shorter ones grow it by doubling, as before. */
#define TEXT_RESERVE_OVER ((size_t)1 << 20)

/* rf_text_normalize; valid: s is known to be valid UTF-8 (not checked
 * again). */
static rf_status normalize(const char *s, size_t len, rf_buf *out, int valid)
{
    rf_buf tmp, fold;
    rf_status st;
    const char *src = s;
    int ascii;
    if (!out || (!s && len > 0))
        return RF_EINVAL;
    if (len > RF_TEXT_MAX_INPUT)
        return RF_ELIMIT;
    rf_buf_init(&tmp, RF_TEXT_MAX_INPUT * 3 + 1);
    rf_buf_init(&fold, RF_TEXT_MAX_INPUT * 4 + 1);
    ascii = all_ascii(s, len);
    if (len && !ascii && !valid && !rf_utf8_valid(s, len)) {
        if ((st = rf_utf8_sanitize(&tmp, s, len)) != RF_OK)
            goto out;
        src = rf_buf_ptr(&tmp);
        len = rf_buf_len(&tmp);
    }
    if (ascii) { /* pass 1 of one ASCII run (fold_text), read once: lower case, ` -> ' */
        if ((st = rf_buf_reserve(&fold, len)) != RF_OK ||
            (st = rf_buf_add(&fold, src, len)) != RF_OK)
            goto out;
        fold_ascii(fold.ptr, len);
    } else {
        /* reserve room for the folded text in one allocation */
        if (len && (st = rf_buf_reserve(&fold, len + len / 8)) != RF_OK)
            goto out;
        if ((st = fold_text(src, len, &fold)) != RF_OK)
            goto out;
        rf_text_fold_scripts(&fold); /* pass 1 keeps ASCII text ASCII: no script to fold */
    }
    if (rf_buf_len(&fold) > TEXT_RESERVE_OVER && /* huge: its room in one allocation */
        (st = rf_buf_reserve(out, rf_buf_len(&fold))) != RF_OK)
        goto out;
    st = clean_text(rf_buf_ptr(&fold), rf_buf_len(&fold), out);
out:
    rf_buf_free(&tmp);
    rf_buf_free(&fold);
    return st;
}

rf_status rf_text_normalize(const char *s, size_t len, rf_buf *out)
{
    return normalize(s, len, out, 0);
}

rf_status rf_text_normalize_valid(const char *s, size_t len, rf_buf *out)
{
    return normalize(s, len, out, 1);
}

/* ---- code point classes -------------------------------------------------- */

int rf_text_word_class(uint32_t cp)
{
    if (cp < 0x80)
        return rf_isalnum((int)cp) ? 1 : 0;
    /* frequent letter ranges without marks or symbols: no table lookup */
    if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x0410 && cp <= 0x044F) ||
        (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0xE0 && cp <= 0xFF && cp != 0xF7) ||
        (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
        return 1;
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
    case SC_BENGALI:
        return 1;
    default:
        return 0;
    }
}

/* ---- opening --------------------------------------------------------------- */

/* 1 when the byte c leads one of the non-ASCII terminators of
 * rf_text_terminator_at (U+3002 E3, U+FF61 EF, U+0964 E0, U+061F D8,
 * U+06D4 DB): other code points need no decoding there (session 15). */
static inline int terminator_lead(unsigned char c)
{
    return c == 0xE3 || c == 0xEF || c == 0xE0 || c == 0xD8 || c == 0xDB;
}

/* s17-en2: common sentence openers of en es fr it pt (normalised), read
 * as whole words ("there" in "there's"); none is a German word that
 * follows an ordinal ("am 3. oktober", "der 2. weltkrieg"). */
static const char *const digit_stop_words[] = {
    "the",     "there",  "this",    "that", "these", "it",   "i",      "you",  "your",
    "if",      "but",    "however", "for",  "most",  "many", "some",   "we",   "they",
    "after",   "before", "el",      "los",  "las",   "esto", "eso",    "pero", "hay",
    "también", "además", "le",      "les",  "il",    "elle", "c'est",  "mais", "cela",
    "on",      "je",     "vous",    "lo",   "gli",   "ma",   "questo", "c'è",  "non",
    "os",      "isso",   "mas",     "não",  "você",  "há",   "é",      "è",
};

/* s17-en2: 1 when the "." at p[i], after a digit, ends a sentence: the
 * number follows a word ("from 18. there's also", "in 2019. the law"),
 * not a line start or a terminator (the "2." of a list), and a common
 * sentence opener (digit_stop_words) follows. A German ordinal ("am 3.
 * oktober") or decimal ("3.5") does not. */
static int digit_stop(const char *p, size_t len, size_t i)
{
    size_t j = i, k, n, rest;
    const unsigned char *w;
    if (i + 2 >= len || p[i + 1] != ' ')
        return 0; /* "3.5", "3.)", the text's end: no word follows */
    while (j > 0 && (rf_isdigit((unsigned char)p[j - 1]) || p[j - 1] == ',' || p[j - 1] == '.'))
        j--;
    if (j < 2 || p[j - 1] != ' ' ||
        !(rf_isalpha((unsigned char)p[j - 2]) || (unsigned char)p[j - 2] >= 0x80))
        return 0;
    w = (const unsigned char *)p + i + 2, rest = len - i - 2;
    for (k = 0; k < sizeof digit_stop_words / sizeof *digit_stop_words; k++) {
        n = strlen(digit_stop_words[k]);
        if (n <= rest && memcmp(w, digit_stop_words[k], n) == 0 &&
            (n == rest || (w[n] < 0x80 && !rf_isalpha(w[n]))))
            return 1;
    }
    return 0;
}

size_t rf_text_terminator_at(const char *p, size_t len, size_t i)
{
    unsigned char c = (unsigned char)p[i];
    if (c == '.' || c == '!' || c == '?' || c == ';') {
        if (c == '.' && i > 0 && rf_isdigit((unsigned char)p[i - 1]))
            return (size_t)digit_stop(p, len, i);
        /* a space, the end, or a CJK character (full-width ！？ fold to ASCII) */
        if (i + 1 == len || p[i + 1] == ' ' || (unsigned char)p[i + 1] >= 0xE0)
            return 1;
        return 0;
    }
    if (c < 0xC2 || i + 1 >= len)
        return 0;
    if (!terminator_lead(c))
        return 0; /* nothing to decode */
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

/* 1 when the eight bytes at p are ASCII and none is . ! ? or ; (then none
 * can end a sentence and each is one code point). */
static int no_terminator8(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    if (w & HIGH8)
        return 0;
    w = ~((w ^ ('.' * ONES8)) + 0x7F * ONES8) | ~((w ^ ('!' * ONES8)) + 0x7F * ONES8) |
        ~((w ^ ('?' * ONES8)) + 0x7F * ONES8) | ~((w ^ (';' * ONES8)) + 0x7F * ONES8);
    return (w & HIGH8) == 0;
}

size_t rf_text_opening(const char *norm, size_t len)
{
    size_t i = 0, sentences = 0, cps = 0;
    if (!norm || len == 0)
        return 0;
    while (i < len && cps < RF_TEXT_OPENING_MAX) {
        size_t t;
        if (i + 8 <= len && cps + 8 <= RF_TEXT_OPENING_MAX && no_terminator8(norm + i)) {
            i += 8;
            cps += 8;
            continue;
        }
        unsigned char c = (unsigned char)norm[i];
        if (c >= 0x80 && !terminator_lead(c)) { /* no terminator starts here */
            cps += (c & 0xC0) != 0x80;
            i++;
            continue;
        }
        t = rf_text_terminator_at(norm, len, i);
        if (t) {
            i += t;
            cps++;
            if (++sentences == 2)
                return i;
            continue;
        }
        if (((unsigned char)norm[i] & 0xC0) != 0x80)
            cps++;
        i++;
    }
    if (i >= len)
        return len;
    /* cap reached: finish the current word (bounded) */
    size_t cap = rf_utf8_trunc(norm, len, i);
    i = cap;
    while (i < len && i < cap + 64 && norm[i] != ' ')
        i++;
    return rf_utf8_trunc(norm, len, i);
}
