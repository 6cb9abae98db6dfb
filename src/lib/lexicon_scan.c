/*
 * lexicon_scan.c - matching a compiled lexicon against normalised text
 * (rf_lexicon_scan, lexicon.h).
 *
 * One pass of the Aho-Corasick automaton reports fragment matches (see
 * lexicon_int.h). A fragment of slot 0 opens a partial match (after its
 * anchor and left-boundary checks); a fragment of slot j > 0 that starts
 * exactly where a partial match of slot j - 1 of the same chain ended
 * extends it; reaching the last slot (and its right-boundary check) gives a
 * rule match. Partial matches live in a small pool hashed by end offset;
 * they are only needed for one fragment length, so the pool wraps. The
 * fragments ending at one offset often share their start (one text that
 * continues many chains), so the last bucket walk's entries are kept and
 * read again while no partial match was added since (session 11).
 *
 * Rule matches are buffered and resolved in chunks: a match inside a longer
 * match is dropped (neutral phrases mask what they contain) and
 * overlapping matches of one kind merge. Answer starts (kind
 * answer_start) are kept only where anchored (rf_lex_answer_anchor) and
 * take no part in this: they mask nothing and only a neutral phrase masks
 * them ("per favore," is no "per ...," purpose clause). The lecture
 * markers (kinds normative and informative, session 8) are kept apart as
 * well, masked by nothing (a neutral "no son juguetes" that hides a
 * correction leaves the normative "no son juguetes"), and go to their own
 * list (marks), outside n_matches and the hits, so that they crowd none of
 * the refusal matches. The resolved
 * matches feed the per-kind counts and the rule verdict (lexicon_rules.c).
 *
 * rf_lex_resolve (called once when a lexicon is compiled) builds the scan
 * tables: resolved rows for the nodes near the root, and every transition
 * flagged when its target reports (RF_LEX_EMIT, so no table is read to
 * know). A resolved row entry holds the offset of the next node's row, or
 * that node with RF_LEX_STOP when it reports or has no resolved row, so the
 * scan runs one load and one test per byte until something can report;
 * the deeper nodes step through their sparse edges (a single edge sits in
 * the node itself) and failure links. Each reporting node carries the
 * length of its fragments and whether any on its fail chain opens a chain,
 * so fragments that could only extend a partial match are not read when
 * none ends where they start; a resolved row does not even stop at such a
 * node (RF_LEX_LATER_STOP) while no partial match ended in the last
 * later_len bytes. Measured per ~1 KB response (session 6, docs/detect.md):
 * 178 reports, 109 of them only chain-extending, 25 partial matches.
 *
 * All scratch state lives on the caller's stack (about 60 KB); the lexicon
 * is only read, so scans may run concurrently.
 */
#include <string.h>

#include "refusal/lexicon.h"
#include "refusal/text.h"
#include "refusal/utf8.h"
#include "lexicon_int.h"
#include "text_int.h"

#define NO_NODE RF_LEX_NO_NODE

/* 1 when code point cp does not continue a word of a space-separated
 * script: it is no letter, digit or mark of Latin, Greek, Cyrillic,
 * Devanagari or Bengali (a kana or Han neighbour does not glue to "ai" in
 * "私はaiです"). */
static int is_break(uint32_t cp)
{
    int cls = rf_text_word_class(cp);
    if (cls == 0)
        return 1;
    if (cls == 3)
        return 0; /* combining mark continues the word */
    return rf_text_boundary_script(cp) == 0;
}

/* 1 when a word boundary lies before offset off of s. */
int rf_lex_boundary_before(const char *s, size_t off)
{
    size_t i;
    uint32_t cp;
    if (off == 0)
        return 1;
    if ((unsigned char)s[off - 1] < 0x80) /* is_break of an ASCII code point */
        return !rf_isalnum((unsigned char)s[off - 1]);
    i = off - 1;
    while (i > 0 && off - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    (void)rf_utf8_decode(s + i, off - i, &cp);
    return is_break(cp);
}

/* rf_lex_boundary_before with its common cases (text start, an ASCII byte
 * before) inline: the scan asks it once per opening fragment. */
static inline int boundary_before(const char *s, size_t off)
{
    if (off == 0)
        return 1;
    if ((unsigned char)s[off - 1] < 0x80)
        return !rf_isalnum((unsigned char)s[off - 1]);
    return rf_lex_boundary_before(s, off);
}

/* The Arabic letter (U+0621..U+064A, two bytes D8 A1 .. D9 8A) that ends
 * at offset off of s, or 0. */
static unsigned ar_letter_before(const char *s, size_t off)
{
    unsigned a, b, cp;
    if (off < 2)
        return 0;
    a = (unsigned char)s[off - 2];
    b = (unsigned char)s[off - 1];
    if ((a != 0xD8 && a != 0xD9) || (b & 0xC0) != 0x80)
        return 0;
    cp = ((a & 0x1F) << 6) | (b & 0x3F);
    return cp >= 0x0621 && cp <= 0x064A ? cp : 0;
}

/* 1 when an Arabic word may start at offset off of s (s13-mla): no Arabic
 * letter precedes, or only proclitics do, in their usual order (in
 * normalised text): a conjunction و ف, then a preposition ب ك ل or the
 * future س, then the article ال (ل + ال is written لل). So "لا" matches in
 * "ولا" and "اسف" in "للاسف" and "بالاسف", but the answer start "ضع"
 * (put) no longer matches inside "موضوع" or "اضعف". At most five letters
 * are read back; only a fragment that opens a phrase is checked. */
int rf_lex_ar_boundary_before(const char *s, size_t off)
{
    unsigned l[5];
    size_t n = 0, at = off;
    while (n < 5 && (l[n] = ar_letter_before(s, at)) != 0)
        at -= 2, n++;
    if (n == 0)
        return 1;
    if (n == 5)
        return 0;
    /* l[0] is the letter right before off; read the run from its start */
    {
        size_t i = n;                                        /* next letter to read is l[i - 1] */
        if (i && (l[i - 1] == 0x0648 || l[i - 1] == 0x0641)) /* و ف */
            i--;
        if (i && (l[i - 1] == 0x0628 || l[i - 1] == 0x0643 || l[i - 1] == 0x0633)) /* ب ك س */
            i--;
        else if (i >= 2 && l[i - 1] == 0x0644 && l[i - 2] == 0x0644) /* لل */
            return i == 2;
        else if (i && l[i - 1] == 0x0644) /* ل */
            i--;
        if (i >= 2 && l[i - 1] == 0x0627 && l[i - 2] == 0x0644) /* ال */
            i -= 2;
        return i == 0;
    }
}

/* 1 when a word boundary lies at offset end of s[0..len). */
int rf_lex_boundary_after(const char *s, size_t len, size_t end)
{
    uint32_t cp;
    if (end >= len)
        return 1;
    if ((unsigned char)s[end] < 0x80) /* is_break of an ASCII code point */
        return !rf_isalnum((unsigned char)s[end]);
    (void)rf_utf8_decode(s + end, len - end, &cp);
    return is_break(cp);
}

/* 1 when s[end..len) holds only closing punctuation, quotes, brackets,
 * markdown emphasis and spaces (no "?"): a '$' phrase ("^absolutely not$") then ends
 * the text ("Absolutely not." and "Absolutely not!**" but not "Absolutely
 * not. Vaccines do not cause ..."). */
static int at_text_end(const char *s, size_t len, size_t end)
{
    for (; end < len; end++)
        if (!strchr(".!\"')]*_~ ", s[end]) || s[end] == '\0')
            return 0;
    return 1;
}

/* ---- scan tables (built once by rf_lex_resolve, lexicon.c compile) ---- */

/* Transition of the automaton from u by b, following failure links. */
static uint32_t dfa_step(const rf_lexicon *lx, uint32_t u, uint8_t b)
{
    for (;;) {
        uint32_t t = rf_lex_go(lx, u, b);
        if (t != NO_NODE)
            return t;
        u = lx->nodes[u].fail;
    }
}

/* Re-encode the transitions of the nodes >= p for the scan (see
 * rf_lexicon; their wide rows are resolved): entry[u] is node u with its
 * RF_LEX_EMIT flag. */
static void encode_deep(rf_lexicon *lx, const uint32_t *entry, uint32_t p)
{
    size_t n = lx->n_nodes, k;
    uint32_t u;
    for (u = p; u < n; u++) {
        ac_node *nd = &lx->nodes[u];
        if (nd->n_edges > RF_LEX_WIDE) {
            uint32_t *row = lx->dense + (size_t)nd->edge * 256;
            for (k = 0; k < 256; k++)
                row[k] = entry[row[k]];
            continue;
        }
        for (k = 0; k < nd->n_edges; k++) {
            uint32_t *e = &lx->edges[nd->edge + k];
            *e = (*e & 0xFF) << 24 | entry[*e >> 8];
        }
        if (nd->n_edges == 1)
            nd->edge = lx->edges[nd->edge];
    }
}

/* The scan entry of node v: v, with RF_LEX_EMIT when its fail chain
 * reports a fragment. */
static inline uint32_t node_entry(const rf_lexicon *lx, uint32_t v)
{
    if (v >= lx->n_rep)
        return v;
    return v | (lx->reps[v].out >= 0 || lx->reps[v].dict != NO_NODE ? RF_LEX_EMIT : 0);
}

/* The prefix entry of a transition to node v (see rf_lexicon.prefix). */
static inline uint32_t prefix_entry(const rf_lexicon *lx, uint32_t p, uint32_t v)
{
    uint32_t e = node_entry(lx, v);
    if (v < p && (e & RF_LEX_EMIT) && (lx->reps[v].flen & RF_LEX_CHAIN_LATER))
        return RF_LEX_LATER_STOP | v * lx->n_cls;
    return v >= p || (e & RF_LEX_EMIT) ? e | RF_LEX_STOP : v * lx->n_cls;
}

/* The byte classes of the prefix rows: a byte no edge out of a node < p
 * carries leads every such node where it leads the root (failure links
 * only go to shallower nodes), so all of them share class 0 and a row
 * needs one entry per other byte only. */
static void byte_classes(rf_lexicon *lx, const uint32_t *starts, uint32_t p)
{
    uint32_t u, k;
    memset(lx->byte_cls, 0, sizeof lx->byte_cls);
    for (u = 0; u < p; u++)
        for (k = 0; k < lx->nodes[u].n_edges; k++)
            lx->byte_cls[lx->edges[starts[u] + k] & 0xFF] = 1;
    lx->n_cls = 1;
    for (k = 0; k < 256; k++)
        if (lx->byte_cls[k])
            lx->byte_cls[k] = (uint8_t)lx->n_cls++;
}

/* Fill the resolved rows of nodes 0..p-1, already in the scan encoding
 * (which depends on the target alone, so a row starts as a copy of its
 * failure node's row: breadth-first, that row is done). The sparse edges
 * of these nodes are the first of lx->edges, node by node, in the compile
 * encoding (child << 8 | byte): rf_lex_resolve keeps them so, and
 * rf_lex_prefix_rows rebuilds the rows from them. */
static void resolve_prefix(rf_lexicon *lx, uint32_t p)
{
    size_t k, nc = lx->n_cls, first = lx->nodes[0].n_edges;
    uint32_t u;
    for (k = 0; k < 256; k++)
        lx->prefix[lx->byte_cls[k]] = prefix_entry(lx, p, lx->root[k]);
    lx->n_prefix = 1;
    for (u = 1; u < p; u++) {
        uint32_t *row = lx->prefix + (size_t)u * nc, fail = lx->nodes[u].fail;
        if (fail < u)
            memcpy(row, lx->prefix + (size_t)fail * nc, nc * sizeof *row);
        else /* not reached: a failure node is shallower */
            for (k = 0; k < 256; k++)
                row[lx->byte_cls[k]] = prefix_entry(lx, p, dfa_step(lx, fail, (uint8_t)k));
        for (k = 0; k < lx->nodes[u].n_edges; k++) {
            uint32_t e = lx->edges[first + k];
            row[lx->byte_cls[e & 0xFF]] = prefix_entry(lx, p, e >> 8);
        }
        first += lx->nodes[u].n_edges;
        lx->n_prefix = u + 1; /* rows 0..u are final */
    }
}

rf_status rf_lex_prefix_rows(rf_lexicon *lx)
{
    uint32_t p = lx->n_prefix;
    if (p < 1 || !(lx->prefix = rf_malloc((size_t)p * lx->n_cls * sizeof *lx->prefix)))
        return RF_ENOMEM;
    resolve_prefix(lx, p);
    return RF_OK;
}

/* Drop what the scan never reads once the rows are resolved (s16-size):
 * the wide rows of the nodes < p (their resolved rows replace them) and
 * the sparse edges of the nodes >= p with one edge (it sits in the node)
 * or a wide row. The edges of the nodes < p stay first (resolve_prefix);
 * a node >= p with 2..RF_LEX_WIDE edges then points at its moved edges, a
 * wide one at its moved row, and a leaf at 0. */
static void compact_tables(rf_lexicon *lx, uint32_t p)
{
    size_t u, e = 0, rows = 0;
    for (u = 0; u < p; u++) {
        lx->nodes[u].edge = (uint32_t)e;
        e += lx->nodes[u].n_edges;
    }
    for (; u < lx->n_nodes; u++) {
        ac_node *nd = &lx->nodes[u];
        if (nd->n_edges > RF_LEX_WIDE) {
            memmove(lx->dense + rows * 256, lx->dense + (size_t)nd->edge * 256,
                    256 * sizeof *lx->dense);
            nd->edge = (uint32_t)rows++;
        } else if (nd->n_edges > 1) {
            memmove(lx->edges + e, lx->edges + nd->edge, nd->n_edges * sizeof *lx->edges);
            nd->edge = (uint32_t)e;
            e += nd->n_edges;
        } else if (nd->n_edges == 0) {
            nd->edge = 0;
        }
    }
    /* shrink (a failed shrink keeps the larger block) */
    if (e) {
        uint32_t *q = rf_realloc(lx->edges, e * sizeof *lx->edges);
        if (q)
            lx->edges = q;
    }
    if (rows) {
        uint32_t *q = rf_realloc(lx->dense, rows * 256 * sizeof *lx->dense);
        if (q)
            lx->dense = q;
    }
}

/* Complete the flen field of every node (see ac_node): the
 * RF_LEX_CHAIN_LATER flag, and for a node without fragments of its own
 * the length of the first ones its fail chain reports. Breadth-first, a
 * node's dict target is shallower, so it is done. The same pass fills
 * entry[]: each node with its RF_LEX_EMIT flag. */
static void chain_lengths(rf_lexicon *lx, uint32_t *entry)
{
    size_t u;
    for (u = 0; u < lx->n_nodes; u++) {
        ac_rep *nd = &lx->reps[u];
        uint32_t d = nd->dict;
        uint16_t later = d == NO_NODE ? RF_LEX_CHAIN_LATER : lx->reps[d].flen & RF_LEX_CHAIN_LATER;
        entry[u] = (uint32_t)u | (nd->out >= 0 || d != NO_NODE ? RF_LEX_EMIT : 0);
        if (nd->out >= 0 && (nd->flen & RF_LEX_LATER))
            nd->flen |= later;
        else if (nd->out < 0)
            nd->flen = d == NO_NODE ? 0 : lx->reps[d].flen & (RF_LEX_CHAIN_LATER | RF_LEX_FLEN);
    }
}

/* An entry (or a sparse edge, or a prefix entry with RF_LEX_STOP: the
 * bits above RF_LEX_ID kept) with its node renumbered by nid. */
static inline uint32_t renum(const uint32_t *nid, uint32_t e)
{
    return (e & ~RF_LEX_ID) | nid[e & RF_LEX_ID];
}

/* Renumber the nodes >= p so that those that report come first, then
 * drop the reps of the others (s16-size: 1,169,377 nodes, 332,056 reps):
 * every node id of the tables follows, the nodes < p keep theirs. */
static rf_status renumber(rf_lexicon *lx, uint32_t p)
{
    size_t n = lx->n_nodes, u, k, first = 0, ne = rf_lex_edge_count(lx);
    size_t nd = rf_lex_dense_rows(lx) * 256, np = (size_t)lx->n_prefix * lx->n_cls;
    uint32_t *nid = rf_malloc(n * sizeof *nid), next = p, n_rep;
    ac_node *nodes = rf_malloc(n * sizeof *nodes);
    if (!nid || !nodes) {
        rf_free(nid);
        rf_free(nodes);
        return RF_ENOMEM;
    }
    for (u = 0; u < n; u++) /* the reporting nodes >= p, in order */
        if (u < p || node_entry(lx, (uint32_t)u) & RF_LEX_EMIT)
            nid[u] = u < p ? (uint32_t)u : next++;
    n_rep = next;
    for (u = p; u < n; u++)
        if (!(node_entry(lx, (uint32_t)u) & RF_LEX_EMIT))
            nid[u] = next++;
    lx->n_rep = n_rep;
    for (u = 0; u < n; u++) { /* nid[u] <= u for a reporting node */
        nodes[nid[u]] = lx->nodes[u];
        nodes[nid[u]].fail = nid[lx->nodes[u].fail];
        if (nid[u] < lx->n_rep)
            lx->reps[nid[u]] = lx->reps[u];
    }
    for (u = 0; u < lx->n_rep; u++)
        if (lx->reps[u].dict != NO_NODE)
            lx->reps[u].dict = nid[lx->reps[u].dict];
    for (u = 0; u < p; u++)
        first += nodes[u].n_edges;
    for (k = 0; k < first; k++) /* the prefix nodes' edges: child << 8 | byte */
        lx->edges[k] = nid[lx->edges[k] >> 8] << 8 | (lx->edges[k] & 0xFF);
    for (; k < ne; k++)
        lx->edges[k] = renum(nid, lx->edges[k]);
    for (u = p; u < n; u++)
        if (nodes[u].n_edges == 1)
            nodes[u].edge = renum(nid, nodes[u].edge);
    for (k = 0; k < nd; k++)
        lx->dense[k] = renum(nid, lx->dense[k]);
    for (k = 0; k < np; k++)
        if (lx->prefix[k] & RF_LEX_STOP)
            lx->prefix[k] = renum(nid, lx->prefix[k]);
    for (k = 0; k < 256; k++)
        lx->root[k] = nid[lx->root[k]];
    rf_free(lx->nodes);
    lx->nodes = nodes;
    rf_free(nid);
    if (lx->n_rep) { /* shrink (a failed shrink keeps the larger block) */
        ac_rep *q = rf_realloc(lx->reps, lx->n_rep * sizeof *lx->reps);
        if (q)
            lx->reps = q;
    }
    return RF_OK;
}

/* Make the scan's hot path one table lookup per byte: nodes 0..P-1 (the
 * root and, as nodes are numbered breadth-first, every node up to depth
 * RF_LEX_DENSE_DEPTH) get a resolved row in lx->prefix, one entry per
 * byte class (byte_classes), where an absent edge holds the transition
 * the failure links reach; the other
 * dense (wide) rows are resolved the same way; every transition has the
 * scan's encoding, which flags the nodes whose fail chain reports
 * fragments. The automaton's states, and thus the matches, are unchanged.
 * starts[] holds the sparse edge starts. */
rf_status rf_lex_resolve(rf_lexicon *lx, const uint32_t *starts)
{
    size_t n = lx->n_nodes, k, p = lx->n_shallow;
    uint32_t *entry = rf_malloc(n * sizeof *entry), u;
    if (!entry)
        return RF_ENOMEM;
    if (p > RF_LEX_MAX_PREFIX)
        p = RF_LEX_MAX_PREFIX;
    if (p < 1 || p > n) /* the root at least */
        p = 1;
    byte_classes(lx, starts, (uint32_t)p);
    if (!(lx->prefix = rf_malloc(p * lx->n_cls * sizeof *lx->prefix))) {
        rf_free(entry);
        return RF_ENOMEM;
    }
    chain_lengths(lx, entry); /* and entry[] */
    lx->later_len = 0;
    for (u = 0; u < p; u++)
        if ((entry[u] & RF_LEX_EMIT) && (lx->reps[u].flen & RF_LEX_CHAIN_LATER) &&
            (lx->reps[u].flen & RF_LEX_FLEN) > lx->later_len)
            lx->later_len = lx->reps[u].flen & RF_LEX_FLEN;
    resolve_prefix(lx, (uint32_t)p);
    for (u = (uint32_t)p; u < n; u++) {
        if (lx->nodes[u].n_edges <= RF_LEX_WIDE)
            continue;
        uint32_t *row = lx->dense + (size_t)lx->nodes[u].edge * 256;
        for (k = 0; k < 256; k++)
            if (row[k] == NO_NODE)
                row[k] = dfa_step(lx, lx->nodes[u].fail, (uint8_t)k);
    }
    encode_deep(lx, entry, (uint32_t)p);
    compact_tables(lx, (uint32_t)p);
    rf_free(entry);
    return renumber(lx, (uint32_t)p);
}

/* ---- scanning ---- */

/* A raw match, before overlap resolution. */
typedef struct raw_match {
    size_t start, end;
    uint32_t rule;
    float weight;
} raw_match;

#define RAW_CHUNK 256

#define ALL_HITS 256 /* resolved matches kept for the rule verdict */
#define MARK_HITS 64 /* lecture markers kept for the rule verdict */

#define PART_POOL 1024 /* partial matches kept */
#define PART_HASH 512  /* newest partial match by end offset */
#define NO_SEQ UINT32_MAX
_Static_assert(RF_LEX_MAX_PHRASE < PART_HASH, "a fragment starts and ends in different buckets");

/* Partial matches are added as the scan reads fragments by end offset, so
 * those ending at one offset have consecutive seq numbers: the run of one
 * offset is read from its newest entry down, with no bound but the pool
 * (until session 16, s16-steps, a bucket list walk stopped after 48, then
 * 96 entries: lines that open alike, as ru "{я не могу|не могу|...}", made
 * a longer chain begun earlier go unread, and adding a line could switch
 * off another). The pool keeps the last PART_POOL entries: an entry is
 * read at most RF_LEX_MAX_PHRASE bytes after it ends, and overwriting one
 * that could still be read sets rf_scan.part_overrun (on the development,
 * style and check-round answers no entry older than 79 is read). */
typedef struct partial {
    size_t start, end;
    uint32_t chain;
    uint32_t seq; /* mb->n_pool when added: pool[seq % PART_POOL] */
    uint16_t slot;
} partial;

typedef struct match_buf {
    raw_match m[RAW_CHUNK];
    size_t n;
    rf_lex_hit all[ALL_HITS];
    size_t n_all;
    rf_lex_hit marks[MARK_HITS]; /* normative and informative matches */
    size_t n_marks;
    partial pool[PART_POOL];
    uint32_t n_pool;
    size_t max_end;           /* largest end of a partial match so far (n_pool > 0) */
    uint32_t head[PART_HASH]; /* seq of the newest entry ending at h mod PART_HASH */
    /* The run of partial matches ending at walk_at, seq walk_lo..walk_hi-1
     * (the fragments of one text ending at one offset, " with that"
     * continues dozens of chains, read it each; no entry ends there once
     * the scan is past it, so the run only loses entries the pool
     * overwrites, oldest first) */
    size_t walk_at;
    uint32_t walk_lo, walk_hi;
    /* bit (chain + slot) % 64 of each entry of the run (session 15): a
     * fragment whose bit (chain + slot - 1) is clear extends none of them,
     * and most fragments at one offset find no entry of their chain */
    uint64_t walk_bits;
    int overrun; /* rf_scan.part_overrun */
} match_buf;

/* The hit record of the resolved match p (the rule's kind, weight,
 * template and language). */
static void fill_hit(rf_lex_hit *h, const rf_lexicon *lx, const raw_match *p)
{
    const lex_rule *e = &lx->rules[p->rule];
    h->off = p->start;
    h->len = p->end - p->start;
    h->kind = e->kind;
    h->weight = p->weight;
    h->phrase = e->tpl;
    h->lang = lx->langs[e->lang];
}

static void commit(const rf_lexicon *lx, rf_scan *sc, match_buf *mb, const raw_match *p)
{
    const lex_rule *e = &lx->rules[p->rule];
    int k = e->kind;
    int open = p->start < sc->opening_len;
    if (k == RF_LEX_NEUTRAL) {
        if (sc->n_masks < RF_SCAN_MAX_MASKS) {
            sc->mask_off[sc->n_masks] = p->start;
            sc->mask_end[sc->n_masks++] = p->end;
        }
        sc->n_neutral++;
        return;
    }
    if (open) {
        sc->count_open[k]++;
        sc->weight_open[k] += p->weight;
    } else {
        sc->count_later[k]++;
        sc->weight_later[k] += p->weight;
    }
    if (k >= RF_LEX_NORMATIVE) { /* lecture markers and risk stems (session 9) */
        if (mb->n_marks < MARK_HITS)
            fill_hit(&mb->marks[mb->n_marks++], lx, p);
        return; /* no refusal match: kept out of n_matches and hits */
    }
    if (k < RF_LEX_PATTERN_COUNT) {
        sc->patterns |= 1u << k;
        if (open)
            sc->patterns_opening |= 1u << k;
    }
    if (k == RF_LEX_DIRECT_REFUSAL || k == RF_LEX_APOLOGY || k == RF_LEX_BOUNDARY_SETTING) {
        if (sc->first_refusal_off == SIZE_MAX)
            sc->first_refusal_off = p->start;
        if (p->end > sc->last_refusal_end)
            sc->last_refusal_end = p->end;
    }
    if (k == RF_LEX_COMPLIANCE && sc->first_compliance_off == SIZE_MAX)
        sc->first_compliance_off = p->start;
    sc->n_matches++;
    if (mb->n_all < ALL_HITS)
        fill_hit(&mb->all[mb->n_all++], lx, p);
}

/* Sort raw matches by start, longer first on ties (insertion sort: the
 * input is almost sorted, as matches arrive by end offset). */
static void sort_raw(raw_match *m, size_t n)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        raw_match t = m[i];
        for (j = i; j > 0 && (m[j - 1].start > t.start ||
                              (m[j - 1].start == t.start && m[j - 1].end < t.end));
             j--)
            m[j] = m[j - 1];
        m[j] = t;
    }
}

/* Resolve overlaps in the buffered matches and commit them. */
static void flush(const rf_lexicon *lx, rf_scan *sc, match_buf *mb)
{
    raw_match *m = mb->m;
    size_t i, cover_end = 0, neutral_end = 0, last[RF_LEX_KIND_COUNT], k, kept = 0;
    sort_raw(m, mb->n);
    for (k = 0; k < RF_LEX_KIND_COUNT; k++)
        last[k] = SIZE_MAX;
    for (i = 0; i < mb->n; i++) {
        raw_match *x = &m[i];
        int kind = lx->rules[x->rule].kind;
        if (kind == RF_LEX_NEUTRAL && x->end > neutral_end)
            neutral_end = x->end;
        if (kind >= RF_LEX_NORMATIVE) { /* lecture markers: kept apart, unmasked */
            m[kept++] = *x;
            continue;
        }
        if (kind == RF_LEX_ANSWER_START) { /* anchored, few: kept apart */
            if (x->end > neutral_end)      /* only a neutral phrase masks it */
                m[kept++] = *x;
            continue;
        }
        if (x->end <= cover_end && kept > 0)
            continue; /* inside an earlier, longer match */
        if (x->end > cover_end)
            cover_end = x->end;
        if (last[kind] != SIZE_MAX && x->start < m[last[kind]].end) {
            raw_match *y = &m[last[kind]]; /* same kind overlapping: merge */
            y->end = x->end;
            if (x->weight > y->weight) {
                y->weight = x->weight;
                y->rule = x->rule;
            }
            continue;
        }
        m[kept] = *x;
        last[kind] = kept++;
    }
    for (i = 0; i < kept; i++)
        commit(lx, sc, mb, &m[i]);
    mb->n = 0;
}

/* Buffer a rule match of text s[0..len) (an answer start only where it is
 * anchored: rf_lex_answer_anchor). */
static void add_raw(const rf_lexicon *lx, const char *s, size_t len, rf_scan *sc, match_buf *mb,
                    uint32_t rule, size_t start, size_t end)
{
    const lex_rule *e = &lx->rules[rule];
    if (e->kind == RF_LEX_ANSWER_START && !rf_lex_answer_anchor(s, len, e, start, end))
        return;
    if (mb->n == RAW_CHUNK)
        flush(lx, sc, mb);
    raw_match *r = &mb->m[mb->n++];
    r->start = start;
    r->end = end;
    r->rule = rule;
    r->weight = lx->rules[rule].weight;
}

static void add_partial(match_buf *mb, uint32_t chain, uint16_t slot, size_t start, size_t end)
{
    uint32_t seq = mb->n_pool++;
    uint32_t i = seq % PART_POOL;
    partial *p = &mb->pool[i];
    size_t h = end % PART_HASH;
    if (end > mb->max_end)
        mb->max_end = end;
    if (seq >= PART_POOL && p->end + RF_LEX_MAX_PHRASE >= end)
        mb->overrun = 1; /* a fragment read from here on could extend p */
    p->start = start;
    p->end = end;
    p->chain = chain;
    p->seq = seq;
    p->slot = slot;
    mb->head[h] = seq;
}

/* The entry of seq q while the pool holds it, else NULL. */
static inline const partial *pool_at(const match_buf *mb, uint32_t q)
{
    const partial *p = &mb->pool[q % PART_POOL];
    return p->seq == q ? p : NULL;
}

/* 1 when a partial match may end at offset start: the newest entry of its
 * bucket ends there or later (a cheap test before the bucket walk). */
static inline int partial_near(const match_buf *mb, size_t start)
{
    uint32_t h = mb->head[start % PART_HASH];
    return h != NO_SEQ && mb->pool[h % PART_POOL].end >= start;
}

/* Find the run of partial matches ending at start (mb->walk_lo..walk_hi)
 * and its chain bits: from the newest entry of its bucket down while the
 * entries are held and end there (the entry before the run ends earlier). */
static void walk_run(match_buf *mb, size_t start)
{
    uint32_t q = mb->head[start % PART_HASH];
    const partial *p;
    mb->walk_at = start;
    mb->walk_bits = 0;
    mb->walk_lo = mb->walk_hi = 0;
    if (q == NO_SEQ || !(p = pool_at(mb, q)) || p->end != start)
        return;
    mb->walk_hi = q + 1;
    do {
        mb->walk_bits |= (uint64_t)1 << ((p->chain + p->slot) & 63);
        mb->walk_lo = q;
    } while (q-- > 0 && (p = pool_at(mb, q)) && p->end == start);
}

/* One fragment f matched s[start..end): open, extend or complete chains. */
static void on_fragment(const rf_lexicon *lx, const char *s, size_t len, size_t start, size_t end,
                        const lex_frag *f, rf_scan *sc, match_buf *mb)
{
    int last = f->last;
    uint32_t q;
    if (f->slot > 0 && !partial_near(mb, start))
        return;
    if (last && f->need_right && !rf_lex_boundary_after(s, len, end))
        return;
    if (last && f->anchored_end && !at_text_end(s, len, end))
        return;
    if (f->slot == 0) {
        if ((f->anchored && start != 0) ||
            (f->need_left == RF_LEX_WB_WORD && !boundary_before(s, start)) ||
            (f->need_left == RF_LEX_WB_ARABIC && !rf_lex_ar_boundary_before(s, start)))
            return;
        if (last)
            add_raw(lx, s, len, sc, mb, lx->chains[f->chain].rule, start, end);
        else
            add_partial(mb, f->chain, 0, start, end);
        return;
    }
    if (mb->walk_at != start)
        walk_run(mb, start);
    if (!(mb->walk_bits >> ((f->chain + f->slot - 1u) & 63) & 1))
        return; /* no entry of f's chain and previous slot */
    /* newest first; an entry added ends at end (fragments are shorter than
     * PART_HASH) and, once the pool wraps, overwrites the oldest entry: the
     * run's older entries are then gone too */
    for (q = mb->walk_hi; q-- > mb->walk_lo;) {
        const partial *p = pool_at(mb, q);
        if (!p)
            break;
        if (p->chain != f->chain || p->slot + 1 != f->slot)
            continue;
        if (last)
            add_raw(lx, s, len, sc, mb, lx->chains[f->chain].rule, p->start, end);
        else
            add_partial(mb, f->chain, f->slot, p->start, end);
    }
}

/* Report the fragments of node u's fail chain (u reports) ending at byte
 * offset end. When no fragment on the chain opens a rule and no partial
 * match ends late enough for the longest of them to extend it, nothing is
 * read; a node whose fragments all continue a chain is skipped without
 * reading them when no partial match can end where they start. */
static void report(const rf_lexicon *lx, const char *s, size_t len, size_t end, uint32_t u,
                   rf_scan *sc, match_buf *mb)
{
    const ac_rep *top = &lx->reps[u];
    if ((top->flen & RF_LEX_CHAIN_LATER) &&
        (mb->n_pool == 0 || mb->max_end + (top->flen & RF_LEX_FLEN) < end))
        return; /* no partial match ends where one of its fragments starts */
    if (top->out < 0)
        u = top->dict;
    for (; u != NO_NODE; u = lx->reps[u].dict) {
        const ac_rep *nd = &lx->reps[u];
        size_t start = end - (nd->flen & RF_LEX_FLEN);
        int32_t fi;
        if ((nd->flen & RF_LEX_LATER) && !partial_near(mb, start))
            continue;
        for (fi = nd->out; fi >= 0; fi = lx->frags[fi].next_same)
            on_fragment(lx, s, len, start, end, &lx->frags[fi], sc, mb);
    }
}

/* The scan's tables, copied out of the lexicon into locals once per scan
 * (a call to report() could otherwise make the compiler reload them). */
typedef struct scan_tabs {
    const uint32_t *pre, *dense, *edges;
    const ac_node *nodes;
    const uint8_t *cls; /* byte classes of the prefix rows */
    uint32_t np, nc, later_len;
} scan_tabs;

/* The scan's transition (an entry, see rf_lexicon) from a node without a
 * resolved row (u >= n_prefix): its one edge, sparse edges or wide row,
 * else its failure links (wide rows and the rows reached by failing are
 * resolved, so this ends). */
static inline uint32_t sparse_step(const scan_tabs *t, uint32_t u, uint8_t b)
{
    uint32_t hi = (uint32_t)b << 24; /* a sparse edge by b, xor hi, is its entry */
    for (;;) {
        const ac_node *nd;
        const uint32_t *e;
        uint32_t k, x;
        if (u < t->np) {
            uint32_t v = t->pre[(size_t)u * t->nc + t->cls[b]];
            if (v & RF_LEX_STOP)
                return v & ~RF_LEX_STOP;
            return (v & ~RF_LEX_LATER_STOP) / t->nc | (v & RF_LEX_LATER_STOP ? RF_LEX_EMIT : 0);
        }
        nd = &t->nodes[u];
        if (nd->n_edges == 1) {
            if ((x = nd->edge ^ hi) < 1u << 24)
                return x;
        } else if (nd->n_edges > RF_LEX_WIDE) {
            return t->dense[(size_t)nd->edge * 256 + b];
        } else {
            e = t->edges + nd->edge;
            for (k = 0; k < nd->n_edges; k++)
                if ((x = e[k] ^ hi) < 1u << 24)
                    return x;
        }
        u = nd->fail;
    }
}

/* The resolved rows' walk from the row at off and norm[*i] on: one lookup
 * per byte until an entry has a flag of stop or the text ends. Returns the
 * last entry read; *i is the offset after its byte. Four bytes per round
 * while more than four are left (none of them can end the text). */
static inline uint32_t prefix_run(const scan_tabs *t, const char *norm, size_t len, size_t *i,
                                  uint32_t off, uint32_t stop)
{
    const uint32_t *pre = t->pre;
    const uint8_t *cls = t->cls;
    size_t p = *i;
    uint32_t v;
#define PREFIX_STEP(k)                                                                             \
    v = pre[off + cls[(uint8_t)norm[p + (k)]]];                                                    \
    if (v & stop) {                                                                                \
        *i = p + (k) + 1;                                                                          \
        return v;                                                                                  \
    }                                                                                              \
    off = v & ~RF_LEX_LATER_STOP;
    while (len - p > 4) {
        PREFIX_STEP(0)
        PREFIX_STEP(1)
        PREFIX_STEP(2)
        PREFIX_STEP(3)
        p += 4;
    }
#undef PREFIX_STEP
    for (;;) {
        v = pre[off + cls[(uint8_t)norm[p++]]];
        if ((v & stop) || p >= len)
            break;
        off = v & ~RF_LEX_LATER_STOP;
    }
    *i = p;
    return v;
}

static void scan_init(rf_scan *sc, size_t len, size_t opening_len)
{
    memset(sc, 0, sizeof *sc);
    sc->len = len;
    sc->opening_len = opening_len < len ? opening_len : len;
    sc->first_refusal_off = SIZE_MAX;
    sc->first_quoted_refusal_off = SIZE_MAX;
    sc->first_compliance_off = SIZE_MAX;
    sc->verdict = RF_RULE_UNCLEAR;
    sc->rule_score = 0.5;
}

/* Order hits by offset (chunks commit in order; within a chunk, merging
 * keeps start order). */
static void sort_hits(rf_lex_hit *h, size_t n)
{
    size_t i, j;
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && h[j - 1].off > h[j].off; j--) {
            rf_lex_hit t = h[j];
            h[j] = h[j - 1];
            h[j - 1] = t;
        }
}

rf_status rf_lexicon_scan(const rf_lexicon *lx, const char *norm, size_t len, size_t opening_len,
                          rf_scan *out)
{
    match_buf mb;
    uint32_t u = 0;
    scan_tabs t;
    size_t i;
    if (!out)
        return RF_EINVAL;
    if (!lx || (!norm && len)) {
        scan_init(out, 0, 0);
        return RF_EINVAL;
    }
    scan_init(out, len, opening_len);
    t.pre = lx->prefix;
    t.cls = lx->byte_cls;
    t.nc = lx->n_cls;
    t.np = lx->n_prefix;
    t.later_len = lx->later_len;
    t.dense = lx->dense;
    t.edges = lx->edges;
    t.nodes = lx->nodes;
    mb.n = 0;
    mb.n_all = 0;
    mb.n_marks = 0;
    mb.n_pool = 0;
    mb.max_end = 0;
    memset(mb.head, 0xFF, sizeof mb.head); /* all NO_SEQ */
    mb.walk_at = SIZE_MAX;
    mb.walk_lo = mb.walk_hi = 0;
    mb.walk_bits = 0;
    mb.overrun = 0;
    for (i = 0; i < len;) {
        if (u < t.np) { /* resolved rows: one lookup per byte until a stop flag */
            uint32_t v, off = u * t.nc, stop = RF_LEX_STOP;
            if (mb.n_pool && mb.max_end + t.later_len >= i)
                stop |= RF_LEX_LATER_STOP; /* a partial match may go on */
            v = prefix_run(&t, norm, len, &i, off, stop);
            if (v & RF_LEX_STOP)
                u = v & ~RF_LEX_STOP;
            else
                u = (v & ~RF_LEX_LATER_STOP) / t.nc |
                    (v & stop & RF_LEX_LATER_STOP ? RF_LEX_EMIT : 0);
        } else {
            u = sparse_step(&t, u, (uint8_t)norm[i++]);
        }
        if (u & RF_LEX_EMIT) {
            u &= RF_LEX_ID;
            report(lx, norm, len, i, u, out, &mb);
        }
    }
    flush(lx, out, &mb);
    out->part_overrun = mb.overrun;
    sort_hits(mb.all, mb.n_all);
    out->n_hits = mb.n_all < RF_SCAN_MAX_HITS ? mb.n_all : RF_SCAN_MAX_HITS;
    memcpy(out->hits, mb.all, out->n_hits * sizeof out->hits[0]);
    rf_text_stats ts;
    rf_text_profile(norm, len, &ts);
    out->words = ts.words;
    out->unclear = len == 0 || rf_text_stats_unclear(&ts);
    sort_hits(mb.marks, mb.n_marks);
    rf_lex_rule_verdict(out, norm, mb.all, mb.n_all, mb.marks, mb.n_marks,
                        ts.words ? 1.0 - 0.5 * (double)ts.singles / (double)ts.words : 1.0);
    return RF_OK;
}

rf_status rf_lexicon_scan_raw(const rf_lexicon *lx, const char *s, size_t len, rf_buf *norm,
                              rf_scan *out)
{
    rf_status st;
    if (!norm || !out)
        return RF_EINVAL;
    rf_buf_reset(norm);
    st = rf_text_normalize(s, len, norm);
    if (st != RF_OK) {
        scan_init(out, 0, 0);
        return st;
    }
    const char *p = rf_buf_ptr(norm);
    size_t n = rf_buf_len(norm);
    return rf_lexicon_scan(lx, p, n, rf_text_opening(p, n), out);
}
