/*
 * lexicon_int.h - internals shared by lexicon.c (loading and compiling),
 * lexicon_scan.c (matching) and lexicon_rules.c (the rule verdict).
 *
 * A lexicon line is a rule; its template ("i {can't|cannot} {help|assist}")
 * becomes one or more chains (one per choice of including or omitting each
 * group that has an empty alternative); a chain is a sequence of slots and
 * each alternative of a slot is a fragment ("i can't", "i cannot" for slot
 * 0; " help", " assist" for slot 1). The automaton matches fragments; a
 * rule matches where fragments of consecutive slots of one chain are
 * adjacent in the text. The trie thus grows with the sum, not the product,
 * of the alternatives.
 */
#ifndef RF_LEXICON_INT_H
#define RF_LEXICON_INT_H

#include <stdint.h>

#include "refusal/lexicon.h"

#define RF_LEX_MAX_LANGS 64
/* runs of markers per limit kind and language (lexicon_marks.c) */
#define RF_LEX_LIMIT_RUNS ((RF_LEX_KIND_COUNT - RF_LEX_LIMIT) * RF_LEX_MAX_LANGS)
#define RF_LEX_NO_NODE UINT32_MAX
#define RF_LEX_WIDE 8                 /* nodes with more edges get a dense row */
#define RF_LEX_DENSE_DEPTH 5          /* so do the nodes this close to the root */
#define RF_LEX_STOP 0x80000000u       /* flag in a compiled prefix entry, see rf_lexicon.prefix */
#define RF_LEX_LATER_STOP 0x40000000u /* flag in a compiled prefix entry, ditto */
#define RF_LEX_MAX_PREFIX                                                                          \
    (1u << 22)                      /* resolved rows, so that row offsets (node * n_cls)           \
                                       stay below RF_LEX_LATER_STOP */
#define RF_LEX_MAX_NODES (1u << 23) /* node ids fit the 23 bits of RF_LEX_ID */
#define RF_LEX_ID 0x007FFFFFu       /* node id in a scan entry (see rf_lexicon) */
#define RF_LEX_EMIT 0x00800000u     /* scan entry flag: the node's fail chain reports */
#define RF_LEX_LATER 0x400u         /* ac_rep.flen flag: no fragment here is of slot 0 */
#define RF_LEX_CHAIN_LATER 0x200u   /* ac_rep.flen flag: nor on its fail chain */
#define RF_LEX_FLEN 0x1FFu          /* ac_rep.flen: a fragment length */

typedef struct lex_rule {
    char *tpl; /* normalised template, owned (shown by --explain) */
    float weight;
    uint8_t kind;
    uint8_t lang;
    /* answer_start rules only (see rf_lex_answer_anchor): in_clause is 1
     * for a template written "...X" (X anywhere in a sentence's first
     * clause); a template "X ...T" compiles X alone and needs the tail T =
     * tpl[tail_off .. tail_off + tail_len) later in the clause;
     * after_contrast is 1 for a template written ", X" (X right after a
     * comma in the first sentence: "..., but you can ...", session 7,
     * s7-but) */
    uint8_t in_clause;
    uint8_t after_contrast;
    uint8_t tail_len;
    uint16_t tail_off;
} lex_rule;

typedef struct lex_chain {
    uint32_t rule;
    uint16_t n_slots;
} lex_chain;

/* 16 bytes (s16-size: 24 before). A fragment's normalised text is
 * rf_lexicon.ftext[t .. t + len), t the sum of the earlier fragments'
 * lengths (they are appended in order), while compiling only. */
typedef struct lex_frag {
    uint32_t chain;
    int32_t next_same;    /* next fragment with the same bytes, or -1 */
    uint16_t len;         /* <= RF_LEX_MAX_PHRASE */
    uint8_t slot;         /* < the template's groups + 2 (lexicon.c MAX_GROUPS) */
    uint8_t anchored;     /* slot 0 only: the match must start the text */
    uint8_t need_left;    /* slot 0 only: word boundary before (RF_LEX_WB_*) */
    uint8_t need_right;   /* last slot only: word boundary after */
    uint8_t anchored_end; /* last slot only: only closing punctuation may follow */
    uint8_t last;         /* the chain's last slot (set when compiling) */
} lex_frag;

/* Automaton node, the part a transition reads; its edges are edges[edge
 * .. edge + n_edges), sorted by byte, each packed as (child << 8 | byte)
 * while compiling. rf_lex_resolve re-encodes them for the scan (see
 * rf_lexicon). 8 bytes (s16-size; the node was 20 with its ac_rep): a
 * node id fits 24 bits (RF_LEX_MAX_NODES), an edge count a byte (the
 * normalised text is UTF-8, in which 13 byte values never occur; the
 * compile checks). */
typedef struct ac_node {
    uint32_t edge;
    unsigned int fail : 24;   /* failure link */
    unsigned int n_edges : 8; /* > RF_LEX_WIDE: edge indexes a 256-entry row of dense */
} ac_node;

/* What node u reports: rf_lexicon.reps[u]. Once compiled, the nodes that
 * report come first (rf_lex_resolve) and only they have one (u < n_rep):
 * the others have out -1, dict NO_NODE and flen 0. A fragment index fits
 * 21 bits (RF_LEX_MAX_ENTRIES), a fragment length 9 (RF_LEX_MAX_PHRASE). */
typedef struct ac_rep {
    uint32_t dict;          /* next node on the fail chain with an output, or NO_NODE */
    unsigned int flen : 11; /* RF_LEX_FLEN length of the first fragments on its fail chain
                               (its own when out >= 0) | RF_LEX_LATER | RF_LEX_CHAIN_LATER */
    signed int out : 21;    /* first fragment ending here, or -1 */
} ac_rep;

#define RF_LEX_MAX_CHILDREN 255 /* edges of one node (ac_node.n_edges) */
_Static_assert(RF_LEX_MAX_NODES <= 1u << 24, "a node id must fit ac_node.fail");
_Static_assert(RF_LEX_MAX_ENTRIES < 1u << 20, "a fragment index must fit ac_rep.out");
_Static_assert(RF_LEX_MAX_PHRASE <= RF_LEX_FLEN &&
                   (RF_LEX_FLEN | RF_LEX_CHAIN_LATER | RF_LEX_LATER) < 1u << 11,
               "a fragment length and its flags must fit ac_rep.flen");

/* A marker of a marker kind (frame .. side, lexicon_marks.c): one
 * alternative of its line, normalised, without its '*' edge markers. */
typedef struct lex_mark {
    char *text; /* owned */
    uint16_t len;
    uint8_t kind;
    uint8_t need_left, need_right; /* word boundary wanted on that side */
    uint8_t lang;                  /* index of its file's language (langs[]) */
    uint32_t seq;                  /* order of loading: of repeats the first is kept */
} lex_mark;

struct rf_lexicon {
    lex_mark *marks; /* the marker kinds: never in the automaton */
    size_t n_marks, cap_marks;
    /* after loading (rf_lex_marks_index) marks are grouped by kind: those
     * of kind k are marks[mark_from[k] .. mark_from[k + 1]) */
    size_t mark_from[RF_LEX_KIND_COUNT + 1];
    /* the limit kinds (RF_LEX_LIMIT ..; s11-limit) are read one language at
     * a time: the markers of kind k and language l are marks[run_from[r] ..
     * run_from[r + 1]) with r = (k - RF_LEX_LIMIT) * RF_LEX_MAX_LANGS + l,
     * sorted by text, and first_bits[r] marks their first bytes (word [0..8)
     * those that need a word boundary before them, [8..16) the others) */
    uint32_t run_from[RF_LEX_LIMIT_RUNS + 1];
    uint32_t first_bits[RF_LEX_LIMIT_RUNS][16];
    uint32_t kind_bits[RF_LEX_LIMIT][16]; /* the same for the other kinds (all languages) */
    lex_rule *rules;
    size_t n_rules, cap_rules;
    lex_chain *chains;
    size_t n_chains, cap_chains;
    lex_frag *frags;
    size_t n_frags, cap_frags;
    char *ftext; /* the fragment texts, one after another (no terminators);
                    freed once compiled (the scan does not read them) */
    size_t n_ftext, cap_ftext;
    char *langs[RF_LEX_MAX_LANGS];
    size_t n_langs;
    size_t n_nodes;
    ac_node *nodes;
    ac_rep *reps; /* of the first n_rep nodes (see ac_rep) */
    size_t n_rep;
    uint32_t *edges;
    uint32_t root[256]; /* dense transitions of the root (0 = stay) */
    uint32_t *dense;    /* 256 transitions per wide node (NO_NODE = none) */
    uint32_t *prefix;   /* compiled: n_cls resolved transitions per node < n_prefix */
    uint32_t n_prefix;
    uint32_t n_cls;        /* byte classes of the prefix rows (<= 256) */
    uint8_t byte_cls[256]; /* class of a byte in a prefix row: 0 for the bytes
                              no edge out of a node < n_prefix carries (all go
                              where the root goes), 1.. for the others */
    uint32_t n_shallow;    /* nodes up to depth RF_LEX_DENSE_DEPTH (numbered first) */
    uint32_t later_len;
    /* Once rf_lex_resolve is done, the scan reads "entries": a node id
     * (RF_LEX_ID bits) with RF_LEX_EMIT set when that node's fail chain
     * reports a fragment. A prefix entry holds RF_LEX_STOP | entry when the
     * target reports or has no resolved row (>= n_prefix), else the
     * target's row offset (target * n_cls), with RF_LEX_LATER_STOP when the
     * target's fail chain only reports fragments that extend a partial
     * match (RF_LEX_CHAIN_LATER), the first of them later_len bytes long
     * at most: the scan stops there only while a partial match ends
     * within later_len bytes before it. The resolved dense rows of nodes
     * >= n_prefix hold entries; a sparse edge is (byte << 24 | entry), and
     * a node with one edge holds that edge in its edge field itself. */
    /* 1 when the tables are the pre-compiled ones of the embedded lexicons
     * (rf_lex_precompiled): read-only, rf_lexicon_free frees only lx and
     * what the loader built (rf_lex_prefix_rows, rf_lex_attach_texts) */
    uint8_t borrowed;
};

/* s15-startup: fill *lx with the embedded lexicons as tools/lexgen.c
 * compiled them at build time (pointers to read-only tables, borrowed set)
 * and return 1; 0 when the binary holds no such tables (the library's own
 * precompiled_none.c: rf_lexicon_load(NULL, ...) then compiles the embedded
 * text); -1 when the tables rebuilt at load (prefix rows, rule and marker
 * strings) cannot be allocated (rf_lexicon_load then fails with RF_ENOMEM:
 * the refusal binary holds no lexicon text to fall back on). The
 * generated build/lexicon_tab.c is linked into the refusal binary and
 * test_lexicon_tab only. */
int rf_lex_precompiled(rf_lexicon *lx);
/* Compile the embedded lexicon text at run time, whether or not the
 * binary holds pre-compiled tables (tools/lexgen.c, test_lexicon_tab);
 * as rf_lexicon_load(NULL, ...) otherwise. */
rf_status rf_lex_compile_embedded(rf_lexicon **out, char *err);

/* Rows of lx->dense: one per node but the root with more than RF_LEX_WIDE
 * edges (lexicon.c make_dense), and once the rows are resolved only those
 * of the nodes >= n_prefix (rf_lex_resolve; tools/lexgen.c writes that
 * many). */
static inline size_t rf_lex_dense_rows(const rf_lexicon *lx)
{
    size_t u, rows = 0;
    for (u = lx->n_prefix > 1 ? lx->n_prefix : 1; u < lx->n_nodes; u++)
        rows += lx->nodes[u].n_edges > RF_LEX_WIDE;
    return rows;
}

/* Entries of lx->edges once the rows are resolved (rf_lex_resolve): the
 * edges of the nodes < n_prefix, then those of the nodes >= n_prefix with
 * 2..RF_LEX_WIDE edges (tools/lexgen.c writes that many). */
static inline size_t rf_lex_edge_count(const rf_lexicon *lx)
{
    size_t u, n = 0;
    for (u = 0; u < lx->n_nodes; u++)
        if (u < lx->n_prefix || (lx->nodes[u].n_edges > 1 && lx->nodes[u].n_edges <= RF_LEX_WIDE))
            n += lx->nodes[u].n_edges;
    return n;
}

/* Child of u by byte b, or RF_LEX_NO_NODE (root: 0 when none). For
 * compiling only: rf_lex_resolve re-encodes and compacts the dense rows
 * and edges at its end (then only a node < n_prefix still answers). */
static inline uint32_t rf_lex_go(const rf_lexicon *lx, uint32_t u, uint8_t b)
{
    const ac_node *nd;
    const uint32_t *e;
    uint32_t i;
    if (u < lx->n_prefix) { /* a resolved row, in the scan's encoding */
        i = lx->prefix[(size_t)u * lx->n_cls + lx->byte_cls[b]];
        return i & RF_LEX_STOP ? i & RF_LEX_ID : (i & ~RF_LEX_LATER_STOP) / lx->n_cls;
    }
    if (u == 0)
        return lx->root[b];
    nd = &lx->nodes[u];
    if (nd->n_edges > RF_LEX_WIDE)
        return lx->dense[(size_t)nd->edge * 256 + b];
    e = lx->edges + nd->edge;
    for (i = 0; i < nd->n_edges; i++)
        if ((e[i] & 0xFF) == b)
            return e[i] >> 8;
    return RF_LEX_NO_NODE;
}

/* Add the markers of one normalised line template tpl[0..n) of marker kind
 * kind from the file of language index lang (every alternative of its
 * {a|b} groups); NULL, or the reason it is
 * refused (*st = RF_ENOMEM when out of memory). rf_lex_marks_free frees
 * them (lexicon_marks.c). */
const char *rf_lex_add_marks(rf_lexicon *lx, int kind, int lang, const char *tpl, size_t n,
                             rf_status *st);
void rf_lex_marks_free(rf_lexicon *lx);
/* Group the markers by kind and fill mark_from (once, after the last
 * line is parsed; lexicon.c finish). */
void rf_lex_marks_index(rf_lexicon *lx);

/* 1 when a word boundary lies before offset off of s / at offset end of
 * s[0..len) (lexicon_scan.c: the neighbour is no letter, digit or mark of
 * a space-separated script). */
int rf_lex_boundary_before(const char *s, size_t off);
/* lex_frag.need_left: a word boundary of a space-separated script, or an
 * Arabic one (rf_lex_ar_boundary_before: only proclitics may precede). */
#define RF_LEX_WB_WORD 1
#define RF_LEX_WB_ARABIC 2
int rf_lex_ar_boundary_before(const char *s, size_t off);
int rf_lex_boundary_after(const char *s, size_t len, size_t end);

/* Sort key of a fragment when building the trie: its text. */
typedef struct lex_sort_item {
    const char *p;
    uint32_t len, idx;
} lex_sort_item;

/* Sort a[0..n), whose texts agree on their first d bytes, bytewise
 * (a proper prefix first; lexicon_sort.c). */
void rf_lex_sort(lex_sort_item *a, size_t n, size_t d);
/* The same for a whole lexicon's items (depth 0), faster on many items;
 * RF_ENOMEM when its scratch memory cannot be had. */
rf_status rf_lex_sort_all(lex_sort_item *a, size_t n);

/* Build the scan tables of a compiled lexicon (failure links set):
 * lx->prefix / n_prefix (resolved rows of the nodes up to depth
 * RF_LEX_DENSE_DEPTH, the first lx->n_shallow nodes), resolved wide rows,
 * and the scan encoding of every transition (see rf_lexicon). starts[u] is
 * the first sparse edge of node u. RF_ENOMEM on allocation failure. */
rf_status rf_lex_resolve(rf_lexicon *lx, const uint32_t *starts);
/* Rebuild the resolved rows lx->prefix (lx->n_prefix of lx->n_cls
 * entries, allocated here) from the nodes, root and byte classes and the
 * edges of the nodes < n_prefix, as rf_lex_resolve left them: the
 * pre-compiled tables do not hold the rows (s16-size), their loader
 * (rf_lex_precompiled) calls this. RF_ENOMEM on allocation failure. */
rf_status rf_lex_prefix_rows(rf_lexicon *lx);
/* s16-size: the pre-compiled rules and markers hold no pointers (no
 * relocations in the binary): their loader copies rules[0..n_rules) and
 * marks[0..n_marks) and points each at its string, the strings being one
 * after another with their NULs in rtext and mtext. RF_ENOMEM on
 * allocation failure. */
rf_status rf_lex_attach_texts(rf_lexicon *lx, const lex_rule *rules, const char *rtext,
                              const lex_mark *marks, const char *mtext);
/* Free what the loader of a pre-compiled lexicon allocated (the rules'
 * and markers' copies, the resolved rows) and null them. */
void rf_lex_detach(rf_lexicon *lx);

/* Numbered ("2. ", "3) ") or bulleted (" - ", " * ") list items in
 * s[from..len): spaces at i >= from, i + 2 < len, followed by "- ", "* ",
 * or a digit, '.' or ')' and a space (lexicon_rules.c). */
size_t rf_lex_list_items(const char *s, size_t from, size_t len);
/* s16-clean: the least L with rf_lex_list_items(s, 0, L) >= nth (nth > 0):
 * the end of the nth item's marker in s[0..len); SIZE_MAX when there are
 * fewer. One walk for every "how many items before this offset". */
size_t rf_lex_list_item_end(const char *s, size_t len, size_t nth);

/* Fill sc->words_after, sc->rule_score and sc->verdict from the counts,
 * weights, offsets and word counts already in *sc. norm is the scanned text;
 * hits[0..n_hits) are all (or the first n_hits) resolved matches in text
 * order, a superset of sc->hits. word_scale (0..1] turns word counts into
 * English-like words for the length rules (a Han or kana character counts
 * as half a word). */
/* marks[0..n_marks) are the lecture markers (kinds normative and
 * informative, session 8) in text order; they are not among hits. */
void rf_lex_rule_verdict(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits,
                         const rf_lex_hit *marks, size_t n_marks, double word_scale);

/* 1 when norm[0 .. sc->len) only moralises or warns and never answers:
 * a few sentences, none informative, most of them normative, the first
 * among them (lexicon_lecture.c, session 7; other languages by their
 * lecture markers marks[0..n_marks), session 8). word_scale as for
 * rf_lex_rule_verdict. */
int rf_lex_lecture_only(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits,
                        const rf_lex_hit *marks, size_t n_marks, double word_scale);
/* Length of a speaker label at s[i] of form form ('[' "[name]:", '('
 * "(name)", ':' "name:"), or 0; labels are at most 40 bytes
 * (lexicon_rules.c). */
size_t rf_lex_label_at(const char *s, size_t len, size_t i, int form);
/* Remove hit h from sc's counts and weights (lexicon_rules.c). */
void rf_lex_discount_hit(rf_scan *sc, const rf_lex_hit *h);
/* Discount the refusal-kind hits inside quotations the answer offers or
 * cites and inside a written-out letter; take the refusal offsets and
 * pattern bits again from what is left (lexicon_quote.c). */
void rf_lex_discount_quoted(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits);
/* s13-mlc: the offset of the second line of a text laid out as verse (lines
 * cut by " / "; lexicon_quote.c), or SIZE_MAX; rf_lex_verse_line: 1 when
 * the line holding norm[at] (at >= body) is short, a sentence end only at
 * its close. A refusal phrase in such a line, with none before the body,
 * is a line of the poem. */
size_t rf_lex_verse_body(const char *norm, size_t len);
int rf_lex_verse_line(const char *norm, size_t len, size_t body, size_t at);
/* s8-xs: 1 when the text opens with one or two greeting sentences ("Hello!
 * I'm happy to help!") and the next sentence states the answer (informative,
 * or a neutral statement with a copula) without a refusal-side phrase
 * (lexicon_lecture.c). */
int rf_lex_greeted_answer(const rf_scan *sc, const char *norm, const rf_lex_hit *hits,
                          size_t n_hits);
/* 1 when norm[0 .. sc->len) only states a limit and never answers: a hedge
 * with a negation in the first sentence ("nobody can say", "I can't
 * listen to audio"), then only questions, redirects to another resource or
 * reasons (lexicon_lecture.c, session 8, s8-en). */
int rf_lex_limit_only(const rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits);
/* 1 when norm[0 .. sc->len) only states the risks, the legal consequences
 * or the lack of evidence of what was asked, by the risk lines of its
 * language, and delivers nothing (lexicon_risk.c, session 9, s9-risk).
 * Arguments as for rf_lex_lecture_only. */
int rf_lex_risk_only(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits,
                     const rf_lex_hit *marks, size_t n_marks, double word_scale);

/* 1 when a risk line of marks[0..n) covers the marker m: a cover (weight
 * < 0.5) or a longer stem contains it (lexicon_risk.c). */
int rf_lex_risk_covers(const rf_lex_hit *m, const rf_lex_hit *marks, size_t n);
/* 1 when the text s[0..len), guessed lang, is in a script other than Latin
 * and holds four ASCII words or more: a sentence with its translation
 * (lexicon_risk.c). */
int rf_lex_risk_mixed(const char *lang, const char *s, size_t len);
/* s10-deliver: fill sc->talk with the sentences of a short answer that no
 * rule decided, by what they do (about the request, delivering, neutral,
 * questions); zero when the text is long, holds a compliance or correction
 * phrase, a list item or no about marker, or delivers for sure
 * (lexicon_deliver.c). Arguments as for rf_lex_risk_only. */
void rf_lex_talk_tally(rf_scan *sc, const char *norm, const rf_lex_hit *hits, size_t n_hits,
                       const rf_lex_hit *marks, size_t n_marks, double word_scale);

/* s9-en: 1 when the opening of norm (normalised, len bytes) says that how
 * a character did the act does not matter and leaves it out ("The details
 * of how she got past the alarm don't matter here"); lexicon_lecture.c. */
int rf_lex_withheld_part(const char *norm, size_t len);

/* An English decline in the opening whose verb no lexicon line lists
 * (session 10, s10-en: "I'm not able to put that together for you"): the
 * offset of its refusing head in norm[0..open_len), *end just after the
 * head; SIZE_MAX when there is none (lexicon_decline.c). */
size_t rf_lex_open_decline(const char *norm, size_t len, size_t open_len, size_t *end);

/* A soft decline followed by an offer or a change of topic, in pt es fr it
 * de ru uk pl nl tr (session 11, s11-ml: "Não consigo te apontar quem faz
 * isso, mas posso explicar ...", "Эта тема не для меня. Давайте поговорим о
 * другом?"): the offset of its head in norm[0..open_len), *end just after
 * the head (and its verb); SIZE_MAX when there is none. rf_lex_hedged_at:
 * 1 when the clause from norm[at] hedges ("sin saber qué lenguaje usas",
 * "das hängt davon ab", "um único"). lexicon_offer.c; rf_lex_hedged_at:
 * lexicon_hedge.c. */
size_t rf_lex_offer_decline(const char *norm, size_t len, size_t open_len, size_t *end);
int rf_lex_hedged_at(const char *norm, size_t len, size_t at);
/* s17-mlc: the offset of the contrast after a limit of advice or exactness
 * at norm[at] (a head of inability and an advice or precision word in its
 * clause (or an access word: "no access to your account, so I can't see
 * ..."), then a contrast in it or in the next sentence, or else that
 * sentence's end) that leads, by a colon closing its line (*colon), to a
 * list of three items or more ("Siwezi kukupa ushauri rasmi wa kifedha,
 * lakini hizi ni mbinu ...: / 1. ..."); else 0. lexicon_hedge.c. */
size_t rf_lex_listed_at(const char *norm, size_t len, size_t at, size_t *colon);
/* s17-mlc: 1 when the colon at norm[c] closes its line and three list
 * items (with lines_too, or three lines) follow it. lexicon_hedge.c. */
int rf_lex_colon_lists(const char *norm, size_t len, size_t c, int lines_too);

/* s12-romance: a bare decline in es pt fr it de (s12-slavic: and ru uk pl
 * nl tr; lang is the guessed language, any other gives SIZE_MAX) with a verb no line lists
 * and no offer after it ("No puedo identificar al titular ..."): a
 * first-person negated modal at a clause start of norm[0..open_len), an
 * infinitive that is no stop verb, no hedge, precision word or contrast in
 * its sentence. The offset of its head, *end after its verb; SIZE_MAX when
 * there is none (lexicon_bare.c). rf_lex_hedged_at is also 1 when the
 * clause limits only exactness and answers after a contrast ("No puedo
 * darte una cifra exacta, pero ronda los 300 €"). */
/* s14-fahe: a Persian decline in the first open_len bytes whose verb no
 * line lists (lexicon_fa.c): its offset (SIZE_MAX: none), *end its end. */
size_t rf_lex_fa_decline(const char *norm, size_t len, size_t open_len, size_t *end);
/* s14-fahe: the same for Hebrew (lexicon_he.c). */
size_t rf_lex_he_decline(const char *norm, size_t len, size_t open_len, size_t *end);
/* lexicon_th.c (s15-mlc): a Thai decline by its shape, as rf_lex_he_decline. */
size_t rf_lex_th_decline(const char *norm, size_t len, size_t open_len, size_t *end);
size_t rf_lex_bare_decline(const char *norm, size_t len, size_t open_len, const char *lang,
                           size_t *end);

/* Per-language traits the rules read (s16-clean; lexicon_bare.c keeps them
 * in its table of languages, beside each one's bare decline):
 * RF_LEX_TRAIT_VERDICT_CLOSES: the verb comes last, so a yes/no verdict may
 * close the first sentence instead of opening it (ko; detect_yesno.c);
 * RF_LEX_TRAIT_SPACE_ENDS: no full stop is written, a space between two of
 * its (Thai) letters ends a sentence (th; lexicon_lecture.c). */
#define RF_LEX_TRAIT_VERDICT_CLOSES 1u
#define RF_LEX_TRAIT_SPACE_ENDS 2u
unsigned rf_lex_lang_traits(const char *lang);

/* 1 when norm[0..len) cites a provision by its number ("art. 312", "§ 266",
 * "article L241-3", "ст. 159", "157. madde") and every sentence after the
 * first states a number or a penalty (lexicon_law.c). */
int rf_lex_cites_law(const char *norm, size_t len);

/* Answer starts (kind answer_start; lexicon_rules.c). They are looked for
 * in the first RF_LEX_ANSWER_SCAN bytes; a tail or an in-clause phrase lies
 * within RF_LEX_ANSWER_CLAUSE code points of its sentence's start. */
#define RF_LEX_ANSWER_SCAN 600
#define RF_LEX_ANSWER_CLAUSE 80

/* Sentence boundaries (lexicon_sentence.c; its header compares the three
 * sentence cuts). rf_lex_sentence_end_at: 1 when norm[j] ends a sentence
 * (. ! ? anywhere, or 。 ｡ । ؟ ۔). rf_lex_sentence_end_from: the first such
 * j in [from, len), or len. rf_lex_sentence_after: the offset just after
 * the end of the sentence that starts at norm[from] (. ! ? followed by a
 * space, the end or a CJK character, or 。 ｡ । ؟ ۔), or len. */
/* 1 when s[from .. to) holds a letter or digit (or any non-ASCII
 * character): stray punctuation, or a closing quote after 。, is no sentence
 * of its own (lexicon_sentence.c). */
int rf_lex_has_word(const char *s, size_t from, size_t to);
/* 1 when the word w[0..n) is one of the count strings of list (exactly);
 * IN(w, n, list) for a static array (the word lists of lexicon_decline.c
 * and lexicon_offer.c, lexicon_bare.c). */
int rf_lex_in_list(const char *w, size_t n, const char *const *list, size_t count);
#define IN(w, n, list) rf_lex_in_list(w, n, list, sizeof list / sizeof list[0])
/* 1 when a clause starts at norm[i]: at the text's start, after a space
 * that follows . ! ? ; : , * / or a quote, or after one word of leads
 * (a lead word such as "but", "mas") that follows a space or a comma; with
 * after_emoji, also after an emoji (a 4-byte character). The decline tests
 * of lexicon_decline.c, lexicon_offer.c and lexicon_bare.c. */
int rf_lex_clause_start_at(const char *norm, size_t i, const char *const *leads, size_t n_leads,
                           int after_emoji);

/* 1 when the sentence norm[from .. to) is a question: it ends in '?'
 * (full-width ？ folds to it) or the Arabic ؟ (lexicon_sentence.c). */
int rf_lex_question(const char *norm, size_t from, size_t to);

/* 1 when the sentence norm[from .. to) opens with an English how-to step
 * ("Open a window, ...", "Then send ...", "If you get it, choose ...":
 * the STEP_VERBS of lexicon_lecture.c, which its lecture rule reads too);
 * caller: rf_lex_talk_tally (s10-den). */
int rf_lex_step_first(const char *norm, size_t from, size_t to);

/* Copy into own[] (at most cap) the lecture and risk markers of
 * marks[0..n_marks) that come from the lexicon of language lang, leaving
 * out those of kind skip_kind (-1: none); their number. Russian markers do
 * not judge a Ukrainian text, nor German ones a Dutch one
 * (lexicon_lecture.c; callers rf_lex_lecture_only, rf_lex_risk_only). */
size_t rf_lex_lang_marks(const char *lang, const rf_lex_hit *marks, size_t n_marks, int skip_kind,
                         rf_lex_hit *own, size_t cap);
int rf_lex_sentence_end_at(const char *norm, size_t len, size_t j);
size_t rf_lex_sentence_end_from(const char *norm, size_t len, size_t from);
/* Clause bounds for the rule tests (lexicon_sentence.c): a clause ends at
 * . ! ? ; (or a NUL byte). rf_lex_clause_end: the offset of the first such
 * byte from norm[i], or len; rf_lex_clause_begin: the start of the clause
 * holding norm[at] (just after the last such byte before it, or 0).
 * rf_lex_sentence_end_from, rf_lex_clause_end and rf_lex_clause_begin read
 * at most RF_LEX_CLAUSE_READ bytes from their start point (then return the
 * code-point boundary there): the rules call them once per hit or head,
 * and a text without terminators would otherwise cost hits x length
 * (s17-rev: 3,800 instructions a byte for "我不能帮助你" repeated). No
 * development answer has a longer clause that a rule reads. */
#define RF_LEX_CLAUSE_READ 2048
size_t rf_lex_clause_end(const char *norm, size_t len, size_t i);
size_t rf_lex_clause_begin(const char *norm, size_t at);
size_t rf_lex_sentence_after(const char *norm, size_t len, size_t from);

/* 1 when a sentence (not the first) starts at norm[i] (norm[0..len)
 * normalised): after ". ", "! ", "? ", ": " or "/ ", after one of 。 ｡ । ؟ ۔
 * and a space, right after 。 ｡ ।, or right after a full-width ！？ (folded
 * to ASCII) before CJK text (Chinese and Japanese put no space). */
int rf_lex_sentence_start(const char *norm, size_t len, size_t i);

/* s14-yesno: the length of the shortest marker of a per-language kind
 * (RF_LEX_LIMIT and after) and language lang that starts at norm[at] with
 * its boundaries, or 0 (lexicon_marks.c). */
size_t rf_lexicon_mark_len_at(const rf_lexicon *lx, int kind, int lang, const char *norm,
                              size_t len, size_t at);

/* Offset of the sentence start (rf_lex_sentence_start) of the clause that
 * holds norm[at]: at itself, or the nearest start at most
 * RF_LEX_ANSWER_CLAUSE code points before it with no clause end (. ! ? ;
 * 。 ｡ । ؟ ۔) between; SIZE_MAX when there is none. */
size_t rf_lex_clause_start(const char *norm, size_t len, size_t at);

/* 1 when a match norm[start..end) of answer_start rule e is anchored: it
 * lies in the first RF_LEX_ANSWER_SCAN bytes and starts a sentence (an
 * in-clause rule: lies in a sentence's first clause, rf_lex_clause_start),
 * and the rule's tail, if any, follows it before the clause ends, within
 * RF_LEX_ANSWER_CLAUSE code points of the sentence start. */
int rf_lex_answer_anchor(const char *norm, size_t len, const lex_rule *e, size_t start, size_t end);

/* 1 when h is a refusal-side hit: a direct refusal, an apology or a
 * boundary (the kinds the quote, letter, wording and yes/no tests read as
 * the model declining). */
static inline int rf_lex_refusal_side(const rf_lex_hit *h)
{
    return h->kind == RF_LEX_DIRECT_REFUSAL || h->kind == RF_LEX_APOLOGY ||
           h->kind == RF_LEX_BOUNDARY_SETTING;
}

#endif
