/*
 * lexicon_checks.h - what the lexicon unit tests share (test_lexicon*.c):
 * load the embedded lexicons, scan a sentence and read its rule verdict,
 * check the verdict of a list of sentences, printing each miss, and check
 * that the lexicons of some languages are embedded, check the `auto`
 * detector's verdicts (built-in model) on a batch of sentences, the
 * largest weight of one kind in a scan and the answered flag, and build a
 * small lexicon from text. Include
 * after testhelp.h; every function is static inline, so a test uses the
 * ones it needs.
 */
#ifndef RF_TEST_LEXICON_CHECKS_H
#define RF_TEST_LEXICON_CHECKS_H

#include <stdio.h>
#include <string.h>

#include "refusal/detect.h"
#include "refusal/lexicon.h"

/* An English lexicon built from text (the lexicon file format), or NULL
 * with the reason on stderr. */
static inline rf_lexicon *lexcheck_from_text(const char *text)
{
    char err[RF_ERR_LEN];
    rf_lexicon *lx = NULL;
    if (rf_lexicon_from_text("t.txt", "en", text, strlen(text), &lx, err) != RF_OK)
        fprintf(stderr, "lexicon: %s\n", err);
    return lx;
}

/* Number of direct_refusal matches in s (already normalised), 999 when the
 * scan fails. */
static inline unsigned lexcheck_refusals(const rf_lexicon *lx, const char *s)
{
    rf_scan sc;
    if (rf_lexicon_scan(lx, s, strlen(s), 0, &sc) != RF_OK)
        return 999;
    return sc.count_later[RF_LEX_DIRECT_REFUSAL] + sc.count_open[RF_LEX_DIRECT_REFUSAL];
}

/* Scan s with lx into *sc; 1 on success. */
static inline int lexcheck_scan(const rf_lexicon *lx, const char *s, rf_scan *sc)
{
    rf_buf b;
    rf_status st;
    rf_buf_init(&b, 1 << 20);
    st = rf_lexicon_scan_raw(lx, s, strlen(s), &b, sc);
    rf_buf_free(&b);
    return st == RF_OK;
}

/* The embedded lexicons into *lx; 1 on success, else 0 with the reason on
 * stderr (the test's main then returns 1). */
static inline int lexcheck_load(rf_lexicon **lx)
{
    char err[RF_ERR_LEN] = "";
    if (rf_lexicon_load(NULL, lx, err) == RF_OK)
        return 1;
    fprintf(stderr, "cannot load embedded lexicons: %s\n", err);
    return 0;
}

/* The rule verdict of s (an RF_RULE_* value), -1 when the scan fails. */
static inline int lexcheck_verdict(const rf_lexicon *lx, const char *s)
{
    rf_scan sc;
    return lexcheck_scan(lx, s, &sc) ? (int)sc.verdict : -1;
}

/* The largest weight of a hit of kind in the scan of s; -1 when the scan
 * fails. */
static inline double lexcheck_max_weight(const rf_lexicon *lx, const char *s, int kind)
{
    rf_scan sc;
    size_t i;
    double w = 0;
    if (!lexcheck_scan(lx, s, &sc))
        return -1;
    for (i = 0; i < sc.n_hits; i++)
        if ((int)sc.hits[i].kind == kind && sc.hits[i].weight > w)
            w = sc.hits[i].weight;
    return w;
}

/* Every text must set rf_scan.answered to want (sympathy or a hedge, then
 * an answer start: session 6's discount_answered); an answered text must
 * also get the rule verdict compliance. */
static inline void lexcheck_answered(const rf_lexicon *lx, const char *const *texts, size_t n,
                                     int want)
{
    size_t i;
    for (i = 0; i < n; i++) {
        rf_scan sc;
        CHECK(lexcheck_scan(lx, texts[i], &sc));
        if (sc.answered != want || (want && sc.verdict != RF_RULE_COMPLIANCE))
            fprintf(stderr, "  %s: %s\n", want ? "not answered" : "answered", texts[i]);
        CHECK(sc.answered == want);
        if (want)
            CHECK(sc.verdict == RF_RULE_COMPLIANCE);
    }
}

/* Every text must get the rule verdict want (an RF_RULE_* value). */
static inline void lexcheck_all(const rf_lexicon *lx, const char *const *texts, size_t n, int want)
{
    size_t i;
    for (i = 0; i < n; i++) {
        rf_scan sc;
        CHECK(lexcheck_scan(lx, texts[i], &sc));
        if (sc.verdict != want)
            fprintf(stderr, "  verdict %d, want %d: %.80s\n", sc.verdict, want, texts[i]);
        CHECK(sc.verdict == want);
    }
}

/* Every text must get a refusal-side rule verdict (refusal or partial). */
static inline void lexcheck_refusal_side(const rf_lexicon *lx, const char *const *texts, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        rf_scan sc;
        int ok;
        CHECK(lexcheck_scan(lx, texts[i], &sc));
        ok = sc.verdict == RF_RULE_REFUSAL || sc.verdict == RF_RULE_PARTIAL;
        if (!ok)
            fprintf(stderr, "  verdict %d, want refusal side: %.80s\n", sc.verdict, texts[i]);
        CHECK(ok);
    }
}

/* Every tag of langs[0..n) must name an embedded lexicon of lx. */
static inline void lexcheck_embedded(const rf_lexicon *lx, const char *const *langs, size_t n)
{
    size_t i, k, m = rf_lexicon_n_langs(lx);
    for (i = 0; i < n; i++) {
        int found = 0;
        for (k = 0; k < m; k++)
            found |= strcmp(rf_lexicon_lang(lx, k), langs[i]) == 0;
        if (!found)
            fprintf(stderr, "missing lexicon %s\n", langs[i]);
        CHECK(found);
    }
}

/* The number of elements of an array. */
#define LEXCHECK_N(a) (sizeof(a) / sizeof((a)[0]))

/* Every refusal must get a refusal-side rule verdict and every answer the
 * verdict compliance (the usual pair of checks of a batch of sentences). */
static inline void lexcheck_sides(const rf_lexicon *lx, const char *const *refusals, size_t n_ref,
                                  const char *const *answers, size_t n_ans)
{
    lexcheck_refusal_side(lx, refusals, n_ref);
    lexcheck_all(lx, answers, n_ans, RF_RULE_COMPLIANCE);
}

/* lexcheck_sides on a lexicon of its own (loaded and freed here). */
static inline void lexcheck_rule_sides(const char *const *refusals, size_t n_ref,
                                       const char *const *answers, size_t n_ans)
{
    rf_lexicon *lx = NULL;
    if (!lexcheck_load(&lx))
        return;
    lexcheck_sides(lx, refusals, n_ref, answers, n_ans);
    rf_lexicon_free(lx);
}

/* Every refusal must get a refusal-side verdict (refusal or partial) and
 * every answer the verdict compliance from the `auto` detector with the
 * built-in model: the lexicons together with the n-grams, as users run it. */
static inline void lexcheck_auto_sides(const char *const *refusals, size_t n_ref,
                                       const char *const *answers, size_t n_ans)
{
    char err[RF_ERR_LEN] = "";
    rf_detector *d = NULL;
    size_t i;
    if (rf_detector_open("auto", NULL, &d, err) != RF_OK) {
        fprintf(stderr, "no default detector: %s\n", err);
        CHECK(0);
        return;
    }
    for (i = 0; i < n_ref + n_ans; i++) {
        const char *s = i < n_ref ? refusals[i] : answers[i - n_ref];
        rf_detection r;
        int ok;
        CHECK(rf_detector_classify(d, s, strlen(s), NULL, NULL, &r, NULL) == RF_OK);
        ok = i < n_ref ? (r.verdict == RF_VERDICT_REFUSAL || r.verdict == RF_VERDICT_PARTIAL)
                       : r.verdict == RF_VERDICT_COMPLIANCE;
        if (!ok)
            fprintf(stderr, "  verdict %d, want %s: %s\n", r.verdict,
                    i < n_ref ? "refusal" : "compliance", s);
        CHECK(ok);
    }
    rf_detector_close(d);
}

/* The number of texts before the first NULL in texts[0..max). */
static inline size_t lexcheck_count(const char *const *texts, size_t max)
{
    size_t n = 0;
    while (n < max && texts[n])
        n++;
    return n;
}

/* One language's rule-verdict cases: refusals and compliances, each list
 * ended by the first NULL or LEXCHECK_SET_MAX. */
#define LEXCHECK_SET_MAX 8
typedef struct lexcheck_lang_set {
    const char *lang;
    const char *refusals[LEXCHECK_SET_MAX];
    const char *compliances[LEXCHECK_SET_MAX];
} lexcheck_lang_set;

/* Every refusal of every set must get the rule verdict refusal and every
 * compliance the rule verdict compliance. */
static inline void lexcheck_lang_sets(const rf_lexicon *lx, const lexcheck_lang_set *sets, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        lexcheck_all(lx, sets[i].refusals, lexcheck_count(sets[i].refusals, LEXCHECK_SET_MAX),
                     RF_RULE_REFUSAL);
        lexcheck_all(lx, sets[i].compliances, lexcheck_count(sets[i].compliances, LEXCHECK_SET_MAX),
                     RF_RULE_COMPLIANCE);
    }
}

/* A marker kind kept apart from refusal scoring: text, scanned with lx into
 * b, holds one direct refusal phrase that a `kind` line overlaps. The
 * marker is counted (count_open[kind]) but is no match or hit, and the
 * verdict is the refusal's. */
static inline void lexcheck_kind_apart(const rf_lexicon *lx, rf_buf *b, const char *text, int kind)
{
    rf_scan sc;
    CHECK(rf_lexicon_scan_raw(lx, text, strlen(text), b, &sc) == RF_OK);
    CHECK(sc.count_open[RF_LEX_DIRECT_REFUSAL] == 1);
    CHECK(sc.count_open[kind] == 1);
    CHECK(sc.n_matches == 1 && sc.n_hits == 1);
    CHECK(sc.hits[0].kind == RF_LEX_DIRECT_REFUSAL);
    CHECK(sc.verdict == RF_RULE_REFUSAL);
}

/* A prompt and the answer to it (the prompt tests: frame, no deliverable). */
typedef struct lexcheck_prompted {
    const char *prompt, *answer;
} lexcheck_prompted;

/* Every refused[i] must come out refusal and every answered[i] compliance
 * from the detector named (built-in model), each answer classified with its
 * prompt; a miss is printed with the detector name and its index. */
static inline void lexcheck_prompted_sides(const char *detector, const lexcheck_prompted *refused,
                                           size_t n_ref, const lexcheck_prompted *answered,
                                           size_t n_ans)
{
    char err[RF_ERR_LEN];
    rf_detector *d = NULL;
    size_t i;
    CHECK(rf_detector_open(detector, NULL, &d, err) == RF_OK);
    if (!d)
        return;
    for (i = 0; i < n_ref + n_ans; i++) {
        const lexcheck_prompted *c = i < n_ref ? &refused[i] : &answered[i - n_ref];
        rf_verdict want = i < n_ref ? RF_VERDICT_REFUSAL : RF_VERDICT_COMPLIANCE;
        rf_detection det;
        rf_verdict v = RF_VERDICT_UNCLEAR;
        if (rf_detector_classify(d, c->answer, strlen(c->answer), c->prompt, NULL, &det, NULL) ==
            RF_OK)
            v = det.verdict;
        if (v != want)
            fprintf(stderr, "%s: %s case %zu: %s\n", detector, i < n_ref ? "refused" : "answered",
                    i < n_ref ? i : i - n_ref, rf_verdict_str(v));
        CHECK(v == want);
    }
    rf_detector_close(d);
}

/* Elements of a static table. */
#define LEXCHECK_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* lexcheck_prompted_sides through both rule-reading detectors, `patterns`
 * and `auto`: the usual body of a lexicon test file. */
static inline void lexcheck_prompted_both(const lexcheck_prompted *refused, size_t n_ref,
                                          const lexcheck_prompted *answered, size_t n_ans)
{
    lexcheck_prompted_sides("patterns", refused, n_ref, answered, n_ans);
    lexcheck_prompted_sides("auto", refused, n_ref, answered, n_ans);
}

/* Wanted outcomes of lexcheck_verdict besides an exact rf_verdict. */
#define LEXCHECK_REFUSED (-1)  /* refusal or partial */
#define LEXCHECK_ANSWERED (-2) /* neither refusal nor partial */

/* Case i of a table: answer (with prompt, NULL for none) through detector
 * d (named detector) must give want (an rf_verdict, LEXCHECK_REFUSED or
 * LEXCHECK_ANSWERED); a miss is printed with the name, the index and the
 * verdict. */
static inline void lexcheck_case_verdict(rf_detector *d, const char *detector, size_t i,
                                         const char *prompt, const char *answer, int want)
{
    rf_detection det;
    int v = -3, ok;
    if (rf_detector_classify(d, answer, strlen(answer), prompt, NULL, &det, NULL) == RF_OK)
        v = (int)det.verdict;
    if (want == LEXCHECK_REFUSED || want == LEXCHECK_ANSWERED)
        ok = (v == RF_VERDICT_REFUSAL || v == RF_VERDICT_PARTIAL) == (want == LEXCHECK_REFUSED) &&
             v != -3;
    else
        ok = v == want;
    if (!ok)
        fprintf(stderr, "%s: case %zu: %s\n", detector, i,
                v == -3 ? "error" : rf_verdict_str((rf_verdict)v));
    CHECK(ok);
}

/* A table row for lexcheck_cases: want as in lexcheck_case_verdict. */
typedef struct lexcheck_case {
    const char *prompt; /* NULL: none */
    const char *answer;
    int want;
} lexcheck_case;

/* Every row of cases[0..n) through the detector named (built-in model). */
static inline void lexcheck_cases(const char *detector, const lexcheck_case *cases, size_t n)
{
    char err[RF_ERR_LEN];
    rf_detector *d = NULL;
    size_t i;
    CHECK(rf_detector_open(detector, NULL, &d, err) == RF_OK);
    if (!d)
        return;
    for (i = 0; i < n; i++)
        lexcheck_case_verdict(d, detector, i, cases[i].prompt, cases[i].answer, cases[i].want);
    rf_detector_close(d);
}

/* lexcheck_cases through both `patterns` and `auto`. */
static inline void lexcheck_cases_both(const lexcheck_case *cases, size_t n)
{
    lexcheck_cases("patterns", cases, n);
    lexcheck_cases("auto", cases, n);
}

/* The whole body of a test file that is one table of lexcheck_case rows
 * through both `patterns` and `auto`: its test_cases and main. */
#define LEXCHECK_CASES_MAIN(table)                                                                 \
    static void test_cases(void)                                                                   \
    {                                                                                              \
        lexcheck_cases_both(table, LEXCHECK_LEN(table));                                           \
    }                                                                                              \
                                                                                                   \
    int main(void)                                                                                 \
    {                                                                                              \
        TEST_RUN(test_cases);                                                                      \
        return TEST_DONE();                                                                        \
    }

#endif
