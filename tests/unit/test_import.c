/*
 * test_import.c - unit tests for the benchmark importers (src/lib/import*.c)
 * over the fixtures in tests/data/import/ (written by us in each format), the
 * malformed fixtures in tests/data/import/bad/ (nothing returned, "file:line:
 * reason" in err), allocation failures, and the real files in ../shared/data
 * when present.
 */
#include <string.h>

#include "refusal/import.h"
#include "refusal/suite.h"
#include "testhelp.h"

typedef struct loaded {
    rf_item **it;
    size_t n;
    rf_status st;
    char err[RF_ERR_LEN];
} loaded;

static loaded load(const char *fmt, const char *rel)
{
    loaded l;
    memset(&l, 0, sizeof l);
    l.st = rf_import_load(fmt, th_src(rel), &l.it, &l.n, l.err);
    if (l.st)
        fprintf(stderr, "  (%s %s: %s)\n", fmt, rel, l.err);
    return l;
}

static void unload(loaded *l)
{
    size_t i;
    for (i = 0; i < l->n; i++)
        rf_item_free(l->it[i]);
    rf_free(l->it);
    l->it = NULL;
    l->n = 0;
}

static const rf_item *find(const loaded *l, const char *id)
{
    size_t i;
    for (i = 0; i < l->n; i++)
        if (strcmp(l->it[i]->id, id) == 0)
            return l->it[i];
    return NULL;
}

static size_t count_label(const loaded *l, const char *label)
{
    size_t i, n = 0;
    for (i = 0; i < l->n; i++)
        n += l->it[i]->label && strcmp(l->it[i]->label, label) == 0;
    return n;
}

static void test_xstest(void)
{
    loaded l = load("xstest", "tests/data/import/xstest.csv");
    const rf_item *it;
    CHECK(l.st == RF_OK && l.n == 4);
    CHECK(count_label(&l, "benign") == 2 && count_label(&l, "harmful") == 2);
    if ((it = find(&l, "2")) != NULL) {
        CHECK_STR(it->label, "harmful");
        CHECK_STR(it->category, "contrast_homonyms");
        CHECK(it->meta && strstr(it->meta, "\"note\":\"animals\""));
    }
    if ((it = find(&l, "3")) != NULL) {
        CHECK(strchr(it->prompt, '\n') != NULL); /* embedded newline kept */
        CHECK(strstr(it->prompt, "\"letting off steam\"") != NULL);
    }
    if ((it = find(&l, "4")) != NULL) /* label "unsafe" without contrast_ prefix */
        CHECK_STR(it->label, "harmful");
    CHECK(find(&l, "1") && find(&l, "1")->json && find(&l, "1")->n_turns == 1);
    unload(&l);
}

static void test_orbench(void)
{
    loaded a = load("orbench", "tests/data/import/or-bench-hard-1k.csv");
    loaded b = load("orbench", "tests/data/import/or-bench-toxic.csv");
    loaded c = load("orbench-toxic", "tests/data/import/or-bench-hard-1k.csv");
    CHECK(a.st == RF_OK && a.n == 3 && count_label(&a, "benign") == 3);
    CHECK(find(&a, "or-bench-hard-1k-2") &&
          strcmp(find(&a, "or-bench-hard-1k-2")->category, "violence") == 0);
    CHECK(b.st == RF_OK && b.n == 2 && count_label(&b, "harmful") == 2);
    CHECK(c.st == RF_OK && count_label(&c, "harmful") == 3);
    unload(&a);
    unload(&b);
    unload(&c);
}

static void test_coconot(void)
{
    loaded a = load("coconot", "tests/data/import/coconot_eval.jsonl");
    loaded b = load("coconot", "tests/data/import/coconot_contrast_eval.jsonl");
    CHECK(a.st == RF_OK && a.n == 2 && count_label(&a, "harmful") == 2);
    CHECK(find(&a, "cc1") && strcmp(find(&a, "cc1")->subcategory, "privacy violations") == 0);
    CHECK(b.st == RF_OK && b.n == 1 && count_label(&b, "benign") == 1);
    unload(&a);
    unload(&b);
}

static void check_fortress_pair(const loaded *l, const char *id, const char *bid)
{
    const rf_item *h = find(l, id), *b = find(l, bid);
    CHECK(h && b);
    if (!h || !b)
        return;
    CHECK_STR(h->label, "harmful");
    CHECK_STR(b->label, "benign");
    CHECK_STR(h->pair, bid);
    CHECK_STR(b->pair, id);
    CHECK(h->rubric && h->rubric[0] == '[');
    CHECK(b->rubric == NULL);
}

static void test_fortress(void)
{
    loaded a = load("fortress", "tests/data/import/fortress.json");
    loaded b = load("fortress", "tests/data/import/fortress.jsonl");
    loaded c = load("fortress", "tests/data/import/fortress.csv");
    CHECK(a.st == RF_OK && a.n == 3);
    check_fortress_pair(&a, "7", "7-benign");
    CHECK(find(&a, "8") && find(&a, "8")->pair == NULL && !find(&a, "8-benign"));
    CHECK(b.st == RF_OK && b.n == 2);
    check_fortress_pair(&b, "21", "21-benign");
    CHECK(c.st == RF_OK && c.n == 2);
    check_fortress_pair(&c, "31", "31-benign");
    if (find(&c, "31"))
        CHECK(strstr(find(&c, "31")->rubric, "guards' attention") != NULL);
    unload(&a);
    unload(&b);
    unload(&c);
}

static void test_rmcbench(void)
{
    loaded l = load("rmcbench", "tests/data/import/rmcbench.json");
    CHECK(l.st == RF_OK && l.n == 3 && count_label(&l, "harmful") == 3);
    CHECK(find(&l, "2") && find(&l, "2")->level == 2);
    CHECK(find(&l, "3") && find(&l, "3")->level == 0);
    CHECK(find(&l, "3") && strcmp(find(&l, "3")->scenario, "code-completion") == 0);
    CHECK(find(&l, "1") && strcmp(find(&l, "1")->category, "Spyware") == 0);
    unload(&l);
}

static void test_mossbench(void)
{
    loaded l = load("mossbench", "tests/data/import/mossbench/images_information/information.json");
    const rf_item *it = find(&l, "1");
    CHECK(l.st == RF_OK && l.n == 2 && count_label(&l, "benign") == 2);
    CHECK(it && it->images && strstr(it->images, "/mossbench/images/1.png\"]"));
    CHECK(it && it->images && it->images[2] == '/');
    CHECK(it && strcmp(it->category, "exaggerated_risk") == 0);
    unload(&l);
    l = load("mossbench-contrast",
             "tests/data/import/mossbench/images_information/information.json");
    CHECK(l.st == RF_OK && count_label(&l, "harmful") == 2);
    unload(&l);
}

static void test_overt_evorefuse(void)
{
    loaded a = load("overt", "tests/data/import/overt_mini.csv");
    loaded b = load("overt", "tests/data/import/overt_unsafe.csv");
    loaded c = load("evorefuse", "tests/data/import/evorefuse.jsonl");
    CHECK(a.st == RF_OK && a.n == 1 && count_label(&a, "benign") == 1);
    CHECK(a.n && strcmp(a.it[0]->modality, "image-generation") == 0);
    CHECK(b.st == RF_OK && b.n == 1 && count_label(&b, "harmful") == 1);
    CHECK(b.n && strstr(b.it[0]->prompt, "other people's bikes") != NULL);
    CHECK(b.n && strstr(b.it[0]->meta, "benign_image_prompt") != NULL);
    CHECK(c.st == RF_OK && c.n == 2 && find(&c, "evorefuse-2") != NULL);
    unload(&a);
    unload(&b);
    unload(&c);
}

static void test_harmful_sets(void)
{
    loaded a = load("harmbench", "tests/data/import/harmbench.csv");
    loaded b = load("do-not-answer", "tests/data/import/do_not_answer.csv");
    loaded c = load("sorry-bench", "tests/data/import/sorry_bench.jsonl");
    const rf_item *it = find(&a, "note_threat_rewrite");
    CHECK(a.st == RF_OK && a.n == 2 && count_label(&a, "harmful") == 2);
    CHECK(it && strncmp(it->prompt, "Dear neighbour", 14) == 0 &&
          strstr(it->prompt, "\n\n---\n\nRewrite") != NULL);
    CHECK(it && strcmp(it->subcategory, "contextual") == 0);
    CHECK(b.st == RF_OK && b.n == 2 && find(&b, "1") &&
          strcmp(find(&b, "1")->category, "Malicious Uses") == 0);
    CHECK(c.st == RF_OK && c.n == 3 && find(&c, "2-translate-fr") &&
          strcmp(find(&c, "2-translate-fr")->language, "fr") == 0);
    unload(&a);
    unload(&b);
    unload(&c);
}

static void test_multijail(void)
{
    loaded l = load("multijail", "tests/data/import/multijail.csv");
    const rf_item *it = find(&l, "1-ko");
    CHECK(l.st == RF_OK && l.n == 20 && count_label(&l, "harmful") == 20);
    CHECK(it && strcmp(it->language, "ko") == 0 && strcmp(it->category, "Weapons") == 0);
    CHECK(find(&l, "0-jv") && strcmp(find(&l, "0-en")->category, "Theft") == 0);
    CHECK(find(&l, "0-en") && find(&l, "0-en")->pair == NULL);
    unload(&l);
}

static void expect_bad(const char *fmt, const char *file, const char *want)
{
    char rel[256], path[4096];
    loaded l;
    snprintf(rel, sizeof rel, "tests/data/import/bad/%s", file);
    snprintf(path, sizeof path, "%s", th_src(rel));
    memset(&l, 0, sizeof l);
    l.st = rf_import_load(fmt, path, &l.it, &l.n, l.err);
    CHECK(l.st != RF_OK);
    CHECK(l.it == NULL && l.n == 0);
    CHECK(strncmp(l.err, path, strlen(path)) == 0);
    if (!strstr(l.err + strlen(path), want)) {
        fprintf(stderr, "  %s: got '%s', want '...%s...'\n", file, l.err, want);
        CHECK(0);
    }
}

static void test_malformed(void)
{
    expect_bad("xstest", "xstest_ragged.csv", ":3: expected 6 fields, got 4");
    expect_bad("xstest", "xstest_nocol.csv", ":1: missing column 'prompt'");
    expect_bad("xstest", "xstest_empty.csv", ":3: empty prompt");
    expect_bad("xstest", "xstest_dup.csv", ":4: duplicate id '1'");
    expect_bad("xstest", "xstest_quote.csv", ":3: unterminated quoted field");
    expect_bad("xstest", "xstest_utf8.csv", ":3: invalid UTF-8");
    expect_bad("xstest", "empty.csv", ":1: empty file");
    expect_bad("coconot", "coconot_badjson.jsonl", ":2: invalid JSON");
    expect_bad("fortress", "fortress_rubric.json", ":8: rubric is not a list");
    expect_bad("fortress", "fortress_rubric.csv", ":2: rubric: unterminated string");
    expect_bad("rmcbench", "rmcbench_level.json", ":3: level must be 1, 2 or 3");
    expect_bad("multijail", "multijail_tags.csv", ":3: tags:");
    expect_bad("sorry-bench", "sorry_turns.jsonl", ":2: turns must be a list of one string");
    expect_bad("mossbench", "mossbench_noimage.json", ":3: item '2' has no image");
    expect_bad("xstest", "no_such_file.csv", ": No such file");
}

static void test_unknown_format(void)
{
    rf_item **it = NULL;
    size_t n = 1;
    char err[RF_ERR_LEN] = "";
    const char *const *f;
    int k = 0;
    CHECK(rf_import_load("nope", "x.csv", &it, &n, err) == RF_EUNSUP);
    CHECK(it == NULL && n == 0 && strstr(err, "nope"));
    for (f = rf_import_formats(); *f; f++)
        k++;
    CHECK(k >= 12);
}

static void test_suite_spec(void)
{
    /* rf_suite_open("FORMAT:FILE") imports on the fly */
    char spec[4200], err[RF_ERR_LEN] = "";
    rf_suite_reader *r = NULL;
    rf_item *it = NULL;
    int n = 0;
    snprintf(spec, sizeof spec, "xstest:%s", th_src("tests/data/import/xstest.csv"));
    if (rf_suite_open(spec, &r, err) != RF_OK) {
        fprintf(stderr, "  rf_suite_open: %s\n", err);
        CHECK(0);
        return;
    }
    while (rf_suite_next(r, &it, err) == RF_OK && it) {
        n++;
        rf_item_free(it);
    }
    CHECK(n == 4);
    rf_suite_close(r);
}

static void test_alloc_failures(void)
{
    static const char *const cases[][2] = {
        {"xstest", "tests/data/import/xstest.csv"},
        {"fortress", "tests/data/import/fortress.json"},
        {"multijail", "tests/data/import/multijail.csv"},
        {"mossbench", "tests/data/import/mossbench/images_information/information.json"},
    };
    size_t c;
    long k;
    for (c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (k = 1; k < 200; k++) {
            rf_item **it = NULL;
            size_t n = 0, i;
            char err[RF_ERR_LEN] = "";
            rf_status st;
            rf_alloc_fail_after(k);
            st = rf_import_load(cases[c][0], th_src(cases[c][1]), &it, &n, err);
            rf_alloc_fail_after(0);
            CHECK(st == RF_OK || (it == NULL && n == 0));
            for (i = 0; i < n; i++)
                rf_item_free(it[i]);
            rf_free(it);
            if (st == RF_OK)
                break;
        }
}

/* Real public files (../shared/data), when present: $RF_DATA_DIR, else
 * $RF_SRCDIR/../shared/data, else $RF_SRCDIR/../../shared/data (worktrees). */
static char shared[4096];

static const char *real(const char *rel)
{
    static char p[4200];
    snprintf(p, sizeof p, "%s/%s", shared, rel);
    return p;
}

static loaded load_real(const char *fmt, const char *rel)
{
    loaded l;
    memset(&l, 0, sizeof l);
    l.st = rf_import_load(fmt, real(rel), &l.it, &l.n, l.err);
    if (l.st)
        fprintf(stderr, "  (%s %s: %s)\n", fmt, rel, l.err);
    return l;
}

static int find_shared(void)
{
    const char *env = getenv("RF_DATA_DIR");
    static const char *const cand[] = {"../shared/data", "../../shared/data"};
    size_t i;
    FILE *f;
    if (env && *env) {
        snprintf(shared, sizeof shared, "%s", env);
        return 1;
    }
    for (i = 0; i < 2; i++) {
        snprintf(shared, sizeof shared, "%s", th_src(cand[i]));
        if ((f = fopen(real("xstest-prompts/xstest_prompts.csv"), "r")) != NULL) {
            fclose(f);
            return 1;
        }
    }
    return 0;
}

static void test_real_files(void)
{
    loaded l;
    size_t i, nl[10] = {0};
    static const char *const langs[] = {"en", "zh", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv"};
    if (!find_shared())
        TEST_SKIP("../shared/data not present (set RF_DATA_DIR to its path)");
    l = load_real("xstest", "xstest-prompts/xstest_prompts.csv");
    CHECK(l.st == RF_OK && l.n == 450);
    CHECK(count_label(&l, "benign") == 250 && count_label(&l, "harmful") == 200);
    {
        const char *cats[64];
        size_t nc = 0, j;
        for (i = 0; i < l.n; i++) {
            for (j = 0; j < nc; j++)
                if (strcmp(cats[j], l.it[i]->category) == 0)
                    break;
            if (j == nc && nc < 64)
                cats[nc++] = l.it[i]->category;
        }
        CHECK(nc == 18);
    }
    unload(&l);
    l = load_real("multijail", "multijail/MultiJail.csv");
    CHECK(l.st == RF_OK && l.n == 3150);
    for (i = 0; i < l.n; i++) {
        size_t k;
        for (k = 0; k < 10; k++)
            nl[k] += strcmp(l.it[i]->language, langs[k]) == 0;
    }
    for (i = 0; i < 10; i++)
        CHECK(nl[i] == 315);
    unload(&l);
    l = load_real("coconot", "coconot/coconot_eval.jsonl");
    CHECK(l.st == RF_OK && l.n == 1001 && count_label(&l, "harmful") == 1001);
    unload(&l);
    l = load_real("coconot", "coconot/coconot_contrast_eval.jsonl");
    CHECK(l.st == RF_OK && l.n == 379 && count_label(&l, "benign") == 379);
    unload(&l);
}

int main(void)
{
    TEST_RUN(test_xstest);
    TEST_RUN(test_orbench);
    TEST_RUN(test_coconot);
    TEST_RUN(test_fortress);
    TEST_RUN(test_rmcbench);
    TEST_RUN(test_mossbench);
    TEST_RUN(test_overt_evorefuse);
    TEST_RUN(test_harmful_sets);
    TEST_RUN(test_multijail);
    TEST_RUN(test_malformed);
    TEST_RUN(test_unknown_format);
    TEST_RUN(test_suite_spec);
    TEST_RUN(test_alloc_failures);
    TEST_RUN(test_real_files);
    return TEST_DONE();
}
