/* Unit tests for the pre-compiled embedded lexicons (session 15, branch
 * s15-startup; tools/lexgen.c, build/lexicon_tab.c, rf_lex_precompiled in
 * src/lib/lexicon_int.h). This test links the generated tables, as the
 * refusal binary does: rf_lexicon_load(NULL, ...) must hand them out
 * without compiling, and they must equal, field by field, what compiling
 * the embedded lexicon text at run time gives (rf_lex_compile_embedded)
 * and what loading the source tree's data/lexicons directory gives, so
 * the two paths can never drift apart. A lexicon directory still loads
 * and compiles at run time. The pre-compiled default model equals the
 * embedded model file parsed at run time. */
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#include "refusal/buf.h"
#include "refusal/data.h"
#include "refusal/lexicon.h"
#include "refusal/model.h"
#include "lexicon_int.h"
#include "model_int.h"
#include "testhelp.h"

static int n_diff;

#define SAME(cond, what, i)                                                                        \
    do {                                                                                           \
        if (!(cond) && n_diff++ < 10)                                                              \
            fprintf(stderr, "lexicon tables differ: %s [%zu]\n", what, (size_t)(i));               \
    } while (0)

static void same_rules(const rf_lexicon *a, const rf_lexicon *b)
{
    size_t i;
    SAME(a->n_rules == b->n_rules, "n_rules", 0);
    for (i = 0; i < a->n_rules && i < b->n_rules; i++) {
        const lex_rule *x = &a->rules[i], *y = &b->rules[i];
        SAME(strcmp(x->tpl, y->tpl) == 0, "rule tpl", i);
        SAME(x->weight == y->weight && x->kind == y->kind && x->lang == y->lang, "rule", i);
        SAME(x->in_clause == y->in_clause && x->after_contrast == y->after_contrast &&
                 x->tail_len == y->tail_len && x->tail_off == y->tail_off,
             "rule anchor", i);
    }
    SAME(a->n_chains == b->n_chains, "n_chains", 0);
    for (i = 0; i < a->n_chains && i < b->n_chains; i++)
        SAME(a->chains[i].rule == b->chains[i].rule && a->chains[i].n_slots == b->chains[i].n_slots,
             "chain", i);
}

static void same_frags(const rf_lexicon *a, const rf_lexicon *b)
{
    size_t i;
    SAME(a->n_frags == b->n_frags, "n_frags", 0);
    for (i = 0; i < a->n_frags && i < b->n_frags; i++) {
        const lex_frag *x = &a->frags[i], *y = &b->frags[i];
        SAME(x->len == y->len && x->chain == y->chain && x->slot == y->slot, "frag", i);
        SAME(x->anchored == y->anchored && x->need_left == y->need_left &&
                 x->need_right == y->need_right && x->anchored_end == y->anchored_end &&
                 x->last == y->last && x->next_same == y->next_same,
             "frag flags", i);
    }
    /* the fragment texts served the trie only: both dropped (s16-size) */
    SAME(a->n_ftext == 0 && b->n_ftext == 0 && !a->ftext && !b->ftext, "ftext", 0);
    SAME(a->n_langs == b->n_langs, "n_langs", 0);
    for (i = 0; i < a->n_langs && i < b->n_langs; i++)
        SAME(strcmp(a->langs[i], b->langs[i]) == 0, "lang", i);
}

static void same_automaton(const rf_lexicon *a, const rf_lexicon *b)
{
    size_t i;
    SAME(a->n_nodes == b->n_nodes, "n_nodes", 0);
    for (i = 0; i < a->n_nodes && i < b->n_nodes; i++) {
        const ac_node *x = &a->nodes[i], *y = &b->nodes[i];
        SAME(x->edge == y->edge && x->n_edges == y->n_edges && x->fail == y->fail, "node", i);
    }
    SAME(a->n_rep == b->n_rep && a->n_rep <= a->n_nodes, "n_rep", 0);
    for (i = 0; i < a->n_rep && i < b->n_rep; i++) {
        const ac_rep *x = &a->reps[i], *y = &b->reps[i];
        SAME(x->flen == y->flen && x->dict == y->dict && x->out == y->out, "rep", i);
    }
    SAME(rf_lex_edge_count(a) == rf_lex_edge_count(b) &&
             !memcmp(a->edges, b->edges, rf_lex_edge_count(a) * sizeof *a->edges),
         "edges", 0);
    SAME(rf_lex_dense_rows(a) == rf_lex_dense_rows(b) &&
             !memcmp(a->dense, b->dense, rf_lex_dense_rows(a) * 256 * sizeof *a->dense),
         "dense rows", 0);
    SAME(a->n_prefix == b->n_prefix && a->n_cls == b->n_cls, "prefix size", 0);
    if (a->n_prefix == b->n_prefix && a->n_cls == b->n_cls)
        SAME(!memcmp(a->prefix, b->prefix, (size_t)a->n_prefix * a->n_cls * sizeof *a->prefix),
             "prefix rows", 0);
    SAME(!memcmp(a->root, b->root, sizeof a->root), "root", 0);
    SAME(!memcmp(a->byte_cls, b->byte_cls, sizeof a->byte_cls), "byte_cls", 0);
    SAME(a->n_shallow == b->n_shallow && a->later_len == b->later_len, "shallow, later_len", 0);
}

static void same_marks(const rf_lexicon *a, const rf_lexicon *b)
{
    size_t i;
    SAME(a->n_marks == b->n_marks, "n_marks", 0);
    for (i = 0; i < a->n_marks && i < b->n_marks; i++) {
        const lex_mark *x = &a->marks[i], *y = &b->marks[i];
        SAME(x->len == y->len && !memcmp(x->text, y->text, x->len) && x->text[x->len] == 0,
             "mark text", i);
        SAME(x->kind == y->kind && x->need_left == y->need_left && x->need_right == y->need_right &&
                 x->lang == y->lang && x->seq == y->seq,
             "mark", i);
    }
    SAME(!memcmp(a->mark_from, b->mark_from, sizeof a->mark_from), "mark_from", 0);
    SAME(!memcmp(a->run_from, b->run_from, sizeof a->run_from), "run_from", 0);
    SAME(!memcmp(a->first_bits, b->first_bits, sizeof a->first_bits), "first_bits", 0);
    SAME(!memcmp(a->kind_bits, b->kind_bits, sizeof a->kind_bits), "kind_bits", 0);
}

/* Every other byte of the two structs: a field added to rf_lexicon that
 * tools/lexgen.c does not know of shows here (a pointer field would
 * differ; the scalars are copied with the struct's bytes). */
static void same_rest(const rf_lexicon *a, const rf_lexicon *b)
{
    static rf_lexicon x, y;
    const rf_lexicon *src[2] = {a, b};
    rf_lexicon *dst[2] = {&x, &y};
    size_t k, i;
    for (k = 0; k < 2; k++) {
        rf_lexicon *t = dst[k];
        memcpy(t, src[k], sizeof *t);
        t->marks = NULL, t->rules = NULL, t->chains = NULL, t->frags = NULL, t->ftext = NULL;
        t->nodes = NULL, t->reps = NULL, t->edges = NULL, t->dense = NULL, t->prefix = NULL;
        for (i = 0; i < RF_LEX_MAX_LANGS; i++)
            t->langs[i] = NULL;
        t->cap_marks = t->cap_rules = t->cap_chains = t->cap_frags = t->cap_ftext = 0;
        t->borrowed = 0;
    }
    SAME(!memcmp(&x, &y, sizeof x), "rf_lexicon (a field tools/lexgen.c does not write?)", 0);
}

static int same_lexicon(const rf_lexicon *a, const rf_lexicon *b)
{
    n_diff = 0;
    same_rules(a, b);
    same_frags(a, b);
    same_automaton(a, b);
    same_marks(a, b);
    same_rest(a, b);
    return n_diff == 0;
}

/* The same hits, counts and verdict on a few texts. */
static int same_scans(const rf_lexicon *a, const rf_lexicon *b)
{
    static const char *const texts[] = {
        "I'm sorry, but I can't help with that. If you're struggling, call a crisis line.",
        "Sure! Here's a simple recipe: 1. Preheat the oven to 180 C. 2. Mix the flour and sugar.",
        "Lo siento, no puedo ayudarte con eso, pero puedo explicarte cómo funciona la ley.",
        "Извините, я не могу помочь с этим запросом.",
        "申し訳ありませんが、そのご依頼にはお応えできません。",
    };
    size_t i;
    int ok = 1;
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        rf_buf na, nb;
        rf_scan sa, sb;
        rf_buf_init(&na, 1 << 16);
        rf_buf_init(&nb, 1 << 16);
        if (rf_lexicon_scan_raw(a, texts[i], strlen(texts[i]), &na, &sa) != RF_OK ||
            rf_lexicon_scan_raw(b, texts[i], strlen(texts[i]), &nb, &sb) != RF_OK)
            ok = 0;
        else if (sa.n_matches != sb.n_matches || sa.patterns != sb.patterns ||
                 sa.verdict != sb.verdict || sa.rule_score != sb.rule_score ||
                 memcmp(sa.count_open, sb.count_open, sizeof sa.count_open) != 0)
            ok = 0;
        rf_buf_free(&na);
        rf_buf_free(&nb);
    }
    return ok;
}

static void test_precompiled_equals_compiled(void)
{
    char err[RF_ERR_LEN] = "";
    rf_lexicon *pre = NULL, *run = NULL;
    CHECK(rf_lexicon_load(NULL, &pre, err) == RF_OK);
    CHECK(rf_lex_compile_embedded(&run, err) == RF_OK);
    if (!pre || !run)
        goto out;
    CHECK(pre->borrowed == 1); /* the generated tables are linked in */
    CHECK(run->borrowed == 0);
    CHECK(rf_lexicon_size(pre) > 1000 && rf_lexicon_n_langs(pre) > 10);
    CHECK(same_lexicon(pre, run));
    CHECK(same_scans(pre, run));
out:
    rf_lexicon_free(pre);
    rf_lexicon_free(run);
}

/* The source tree's data/lexicons, loaded as a directory (compiled at run
 * time), equal the pre-compiled embedded ones. */
static void test_source_dir_equals_precompiled(void)
{
    const char *src = getenv("RF_SRCDIR");
    char dir[4096], err[RF_ERR_LEN] = "";
    rf_lexicon *pre = NULL, *run = NULL;
    if (!src)
        TEST_SKIP("RF_SRCDIR not set");
    snprintf(dir, sizeof dir, "%s/data/lexicons", src);
    CHECK(rf_lexicon_load(dir, &run, err) == RF_OK);
    CHECK(rf_lexicon_load(NULL, &pre, err) == RF_OK);
    if (pre && run) {
        CHECK(run->borrowed == 0);
        CHECK(same_lexicon(pre, run));
    }
    rf_lexicon_free(pre);
    rf_lexicon_free(run);
}

/* A directory of other lexicons loads and compiles at run time. */
static void test_dir_still_loads(void)
{
    char dir[] = "/tmp/rf_lextabXXXXXX", path[256], err[RF_ERR_LEN] = "";
    rf_lexicon *lx = NULL;
    rf_buf norm;
    rf_scan sc;
    FILE *f;
    if (!mkdtemp(dir))
        TEST_SKIP("mkdtemp failed");
    snprintf(path, sizeof path, "%s/xx.txt", dir);
    f = fopen(path, "w");
    if (!f)
        TEST_SKIP("cannot write the lexicon file");
    fputs("# a lexicon of our own\ndirect_refusal\t0.9\ti {will not|won't} {do|write} that\n"
          "apology\t0.6\tsorry\nframe\t1\tpretend*\n",
          f);
    fclose(f);
    CHECK(rf_lexicon_load(dir, &lx, err) == RF_OK);
    if (lx) {
        CHECK(lx->borrowed == 0);
        CHECK(rf_lexicon_size(lx) == 2 && strcmp(rf_lexicon_lang(lx, 0), "xx") == 0);
        CHECK(lx->n_marks == 1);
        rf_buf_init(&norm, 1 << 16);
        CHECK(rf_lexicon_scan_raw(lx, "Sorry, I won't write that.", 26, &norm, &sc) == RF_OK);
        CHECK(sc.count_open[RF_LEX_DIRECT_REFUSAL] == 1 && sc.count_open[RF_LEX_APOLOGY] == 1);
        rf_buf_free(&norm);
    }
    rf_lexicon_free(lx);
    unlink(path);
    rmdir(dir);
}

/* 1 when the chains and fragments of lx hold no byte but their fields'
 * (padding zero): tools/lexgen.c writes their bytes, so a padding byte the
 * allocator left would make the generated blob differ from build to build. */
static int no_stray_bytes(const rf_lexicon *lx)
{
    size_t i, bad = 0;
    for (i = 0; i < lx->n_chains; i++) {
        lex_chain z;
        memset(&z, 0, sizeof z);
        z.rule = lx->chains[i].rule;
        z.n_slots = lx->chains[i].n_slots;
        bad += memcmp(&z, &lx->chains[i], sizeof z) != 0;
    }
    for (i = 0; i < lx->n_frags; i++) {
        const lex_frag *f = &lx->frags[i];
        lex_frag z;
        memset(&z, 0, sizeof z);
        z.len = f->len;
        z.chain = f->chain;
        z.slot = f->slot;
        z.anchored = f->anchored;
        z.need_left = f->need_left;
        z.need_right = f->need_right;
        z.anchored_end = f->anchored_end;
        z.last = f->last;
        z.next_same = f->next_same;
        bad += memcmp(&z, f, sizeof z) != 0;
    }
    if (bad)
        fprintf(stderr, "%zu chains/fragments with non-zero padding\n", bad);
    return bad == 0;
}

/* The tables lexgen writes are the same bytes whatever the heap held
 * (session 15 review: each chain carried 2 bytes of it). */
static void test_tables_deterministic(void)
{
    char err[RF_ERR_LEN] = "";
    rf_lexicon *pre = NULL, *run = NULL;
    CHECK(rf_lex_compile_embedded(&run, err) == RF_OK);
    CHECK(rf_lexicon_load(NULL, &pre, err) == RF_OK);
    if (run)
        CHECK(no_stray_bytes(run));
    if (pre)
        CHECK(no_stray_bytes(pre));
    rf_lexicon_free(pre);
    rf_lexicon_free(run);
}

/* The pre-compiled default model against the embedded file parsed. */
/* s16-rev finding 5: the refusal binary holds no lexicon text to compile
 * when the tables rebuilt at load cannot be allocated, so the load fails
 * with RF_ENOMEM and says so (not "no embedded lexicons"); every failure
 * point, then the load that succeeds. */
static void test_precompiled_oom(void)
{
    long k;
    int ok = 0;
    for (k = 1; k < 200 && !ok; k++) {
        rf_lexicon *lx = NULL;
        char err[RF_ERR_LEN] = "";
        rf_status st;
        rf_alloc_fail_after(k);
        st = rf_lexicon_load(NULL, &lx, err);
        rf_alloc_fail_after(0);
        CHECK(st == RF_OK || st == RF_ENOMEM);
        CHECK((st == RF_OK) == (lx != NULL));
        if (st == RF_ENOMEM)
            CHECK(strstr(err, "out of memory") != NULL);
        ok = st == RF_OK;
        rf_lexicon_free(lx);
    }
    CHECK(ok);
}

static void test_model_equals_parsed(void)
{
    char err[RF_ERR_LEN] = "";
    rf_model *pre = NULL, *run = NULL;
    size_t len = 0;
    const char *buf = rf_data_find(RF_MODEL_DEFAULT_PATH, &len);
    static rf_model x, y;
    CHECK(buf != NULL);
    if (!buf)
        return;
    CHECK(rf_model_load_embedded(&pre, err) == RF_OK);
    CHECK(rf_model_load_mem(buf, len, RF_MODEL_DEFAULT_PATH, &run, err) == RF_OK);
    if (pre && run) {
        CHECK(pre->borrowed == 1 && run->borrowed == 0);
        CHECK(pre->bits == run->bits && pre->shift == run->shift);
        CHECK(pre->n_weights == run->n_weights &&
              !memcmp(pre->w, run->w, run->n_weights * sizeof *run->w));
        CHECK(pre->bias == run->bias && pre->threshold == run->threshold &&
              pre->threshold_rules == run->threshold_rules);
        CHECK_STR(pre->id, run->id);
        CHECK(pre->input == run->input && pre->prompt_feats == run->prompt_feats);
        CHECK_STR(pre->langs, run->langs);
        CHECK_STR(pre->blend, run->blend);
        CHECK(pre->blend_share == run->blend_share);
        memcpy(&x, pre, sizeof x); /* every other byte (a field lexgen.c does not know of) */
        memcpy(&y, run, sizeof y);
        x.w = y.w = NULL;
        x.borrowed = y.borrowed = 0;
        CHECK(!memcmp(&x, &y, sizeof x));
        rf_model_set_threshold(pre, 0.25); /* the struct is the caller's own */
        CHECK(rf_model_threshold(pre) == 0.25);
    }
    rf_model_free(pre);
    rf_model_free(run);
}

int main(void)
{
    TEST_RUN(test_precompiled_equals_compiled);
    TEST_RUN(test_source_dir_equals_precompiled);
    TEST_RUN(test_dir_still_loads);
    TEST_RUN(test_model_equals_parsed);
    TEST_RUN(test_tables_deterministic);
    TEST_RUN(test_precompiled_oom);
    return TEST_DONE();
}
