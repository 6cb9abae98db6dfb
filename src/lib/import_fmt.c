/*
 * import_fmt.c - one converter per public benchmark format (see import.c for
 * the dispatch and docs/import.md for the field and label mappings, which are
 * summarised before each converter). Every converter reads one file through
 * imp_csv_rows() or imp_json_records() and pushes items with imp_push().
 * Callers: rf_import_load() only.
 */
#include "import_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LABEL(h) ((h) ? "harmful" : "benign")

/* Start a meta object; NULL on allocation failure (imp_push accepts NULL). */
static json_t *meta_new(void)
{
    return json_object();
}

/* Finish an item: meta errors count as out of memory. */
static rf_status push_checked(imp_ctx *c, rf_item *it, json_t *meta, int bad, long line)
{
    if (bad) {
        rf_item_free(it);
        json_decref(meta);
        return imp_fail(c, RF_ENOMEM, line, "out of memory");
    }
    return imp_push(c, it, meta, line);
}

/* ---- XSTest: id,prompt,type,label,focus,note ------------------------------
 * harmful when type starts with "contrast_" or label is "unsafe"; category =
 * type; focus and note go to meta. */
static rf_status xstest_row(imp_ctx *c, const rf_slice *row, const long *ix, long line,
                            size_t rowno)
{
    const char *type = imp_col(row, ix, 2), *lab = imp_col(row, ix, 3);
    int harm = strncmp(type, "contrast_", 9) == 0 || (lab && strcmp(lab, "unsafe") == 0);
    rf_item *it = imp_item(c, line, imp_col(row, ix, 0), imp_col(row, ix, 1), LABEL(harm));
    json_t *meta;
    int bad;
    (void)rowno;
    if (!it)
        return RF_EPARSE;
    meta = meta_new();
    bad = !meta || imp_set(&it->category, type) ||
          imp_meta_str(meta, "focus", imp_col(row, ix, 4)) ||
          imp_meta_str(meta, "note", imp_col(row, ix, 5));
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_xstest(imp_ctx *c)
{
    static const char *const cols[] = {"*id", "*prompt", "*type", "label", "focus", "note", NULL};
    return imp_csv_rows(c, cols, xstest_row);
}

/* ---- OR-Bench: prompt,category --------------------------------------------
 * 80k and hard-1k are benign, toxic is harmful; id "<file stem>-<row>". */
static rf_status orbench_row(imp_ctx *c, const rf_slice *row, const long *ix, long line,
                             size_t rowno)
{
    char id[256];
    rf_item *it;
    imp_gen_id(c, rowno, id, sizeof id);
    if (!(it = imp_item(c, line, id, imp_col(row, ix, 0), LABEL(c->harmful))))
        return RF_EPARSE;
    return push_checked(c, it, NULL, imp_set(&it->category, imp_col(row, ix, 1)), line);
}

rf_status imp_orbench(imp_ctx *c)
{
    static const char *const cols[] = {"*prompt", "category", NULL};
    return imp_csv_rows(c, cols, orbench_row);
}

/* ---- CoCoNot: {id, category, subcategory, prompt, response} ---------------
 * coconot_eval: harmful (should not comply); contrast: benign. */
static rf_status coconot_rec(imp_ctx *c, json_t *o, const char *key, long line)
{
    char b1[64];
    rf_item *it;
    (void)key;
    if (!json_is_object(o))
        return imp_fail(c, RF_EPARSE, line, "expected a JSON object");
    it = imp_item(c, line, imp_json_str(o, "id", b1, sizeof b1), imp_json_str(o, "prompt", NULL, 0),
                  LABEL(c->harmful));
    if (!it)
        return RF_EPARSE;
    return push_checked(c, it, NULL,
                        imp_set(&it->category, imp_json_str(o, "category", NULL, 0)) ||
                            imp_set(&it->subcategory, imp_json_str(o, "subcategory", NULL, 0)),
                        line);
}

rf_status imp_coconot(imp_ctx *c)
{
    return imp_json_records(c, coconot_rec);
}

/* ---- FORTRESS: ID, adversarial_prompt, rubric, risk_domain, risk_subdomain,
 * benign_prompt. A harmful item "<ID>" with the rubric, and when
 * benign_prompt is set a benign item "<ID>-benign"; each names the other in
 * pair. rubric: JSON array of strings, or (CSV) a JSON or Python list. */
static rf_status fortress_item(imp_ctx *c, long line, const char *id, const char *adv,
                               json_t *rubric, const char *dom, const char *sub, const char *benign)
{
    char bid[300];
    rf_item *h, *b = NULL;
    int bad = 0;
    rf_status st;
    snprintf(bid, sizeof bid, "%s-benign", id ? id : "");
    if (!(h = imp_item(c, line, id, adv, "harmful")))
        return RF_EPARSE;
    if (rubric && json_array_size(rubric) > 0) {
        char *r = json_dumps(rubric, JSON_COMPACT);
        bad |= !r || imp_set(&h->rubric, r);
        free(r);
    }
    bad |= imp_set(&h->category, dom) || imp_set(&h->subcategory, sub);
    if (benign && *benign) {
        if (!(b = imp_item(c, line, bid, benign, "benign"))) {
            rf_item_free(h);
            return RF_EPARSE;
        }
        bad |= imp_set(&h->pair, bid) || imp_set(&b->pair, id) || imp_set(&b->category, dom) ||
               imp_set(&b->subcategory, sub);
    }
    if ((st = push_checked(c, h, NULL, bad, line))) {
        rf_item_free(b);
        return st;
    }
    return b ? imp_push(c, b, NULL, line) : RF_OK;
}

static rf_status fortress_rec(imp_ctx *c, json_t *o, const char *key, long line)
{
    char b1[64];
    const char *id;
    json_t *rub;
    (void)key;
    if (!json_is_object(o))
        return imp_fail(c, RF_EPARSE, line, "expected a JSON object");
    id = imp_json_str(o, "ID", b1, sizeof b1);
    if (!id)
        id = imp_json_str(o, "id", b1, sizeof b1);
    rub = json_object_get(o, "rubric");
    if (rub && !json_is_array(rub) && !json_is_null(rub))
        return imp_fail(c, RF_EPARSE, line, "rubric is not a list");
    return fortress_item(c, line, id, imp_json_str(o, "adversarial_prompt", NULL, 0),
                         json_is_array(rub) ? rub : NULL, imp_json_str(o, "risk_domain", NULL, 0),
                         imp_json_str(o, "risk_subdomain", NULL, 0),
                         imp_json_str(o, "benign_prompt", NULL, 0));
}

static rf_status fortress_row(imp_ctx *c, const rf_slice *row, const long *ix, long line,
                              size_t rowno)
{
    const char *id = imp_col(row, ix, 0), *r = imp_col(row, ix, 2);
    json_t *rub = NULL;
    rf_status st;
    char gid[256];
    if (!id || !*id) {
        imp_gen_id(c, rowno, gid, sizeof gid);
        id = gid;
    }
    if (r && *r) {
        const char *e = imp_parse_list(r, &rub);
        if (e)
            return imp_fail(c, RF_EPARSE, line, "rubric: %s", e);
    }
    st = fortress_item(c, line, id, imp_col(row, ix, 1), rub, imp_col(row, ix, 3),
                       imp_col(row, ix, 4), imp_col(row, ix, 5));
    json_decref(rub);
    return st;
}

rf_status imp_fortress(imp_ctx *c)
{
    static const char *const cols[] = {"ID",          "*adversarial_prompt", "rubric",
                                       "risk_domain", "risk_subdomain",      "benign_prompt",
                                       NULL};
    size_t l = strlen(c->path);
    if (l >= 4 && strcmp(c->path + l - 4, ".csv") == 0)
        return imp_csv_rows(c, cols, fortress_row);
    return imp_json_records(c, fortress_rec);
}

/* ---- RMCBench: [{pid, category, task, level, "level description", prompt,
 * "malicious functionality", "malicious categories", jid, language, ...}]
 * harmful; scenario = category; level kept (1-3); category = "malicious
 * categories"; the rest in meta ("original code" is dropped). */
static rf_status rmcbench_rec(imp_ctx *c, json_t *o, const char *key, long line)
{
    char b1[64], b2[64];
    rf_item *it;
    json_t *meta, *lv;
    int bad;
    (void)key;
    if (!json_is_object(o))
        return imp_fail(c, RF_EPARSE, line, "expected a JSON object");
    it = imp_item(c, line, imp_json_str(o, "pid", b1, sizeof b1),
                  imp_json_str(o, "prompt", NULL, 0), "harmful");
    if (!it)
        return RF_EPARSE;
    lv = json_object_get(o, "level");
    if (json_is_integer(lv) && json_integer_value(lv) >= 1 && json_integer_value(lv) <= 3)
        it->level = (int)json_integer_value(lv);
    else if (lv && !json_is_null(lv)) {
        rf_item_free(it);
        return imp_fail(c, RF_EPARSE, line, "level must be 1, 2 or 3");
    }
    meta = meta_new();
    bad = !meta || imp_set(&it->scenario, imp_json_str(o, "category", NULL, 0)) ||
          imp_set(&it->category, imp_json_str(o, "malicious categories", NULL, 0)) ||
          imp_meta_str(meta, "task", imp_json_str(o, "task", NULL, 0)) ||
          imp_meta_str(meta, "level_description", imp_json_str(o, "level description", NULL, 0)) ||
          imp_meta_str(meta, "malicious_functionality",
                       imp_json_str(o, "malicious functionality", NULL, 0)) ||
          imp_meta_str(meta, "jid", imp_json_str(o, "jid", b2, sizeof b2)) ||
          imp_meta_str(meta, "code_language", imp_json_str(o, "language", NULL, 0)) ||
          imp_meta_str(meta, "source", imp_json_str(o, "source", NULL, 0));
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_rmcbench(imp_ctx *c)
{
    return imp_json_records(c, rmcbench_rec);
}

/* ---- MOSSBench: {"<pid>": {image, question, metadata{over,...}, pid,
 * description, ...}} or an array of such objects. benign (contrast set:
 * harmful); images = [absolute path of the image, looked up next to the JSON
 * file, then in its parent folder (the upstream layout); kept relative to the
 * JSON file's folder when neither exists]; category from metadata.over. */
/* An existing file as an absolute path (so the suite works from any folder). */
static char *abs_if_exists(const char *p)
{
    char *r = realpath(p, NULL), *out;
    if (!r)
        return NULL;
    out = rf_strdup(r);
    free(r);
    return out;
}

static char *moss_image(const imp_ctx *c, const char *img)
{
    char p[4096];
    const char *slash = strrchr(c->path, '/');
    int dl = slash ? (int)(slash - c->path) : 0;
    char *r;
    if (img[0] == '/' || strstr(img, "://"))
        return rf_strdup(img);
    snprintf(p, sizeof p, "%.*s%s%s", dl, c->path, dl ? "/" : "", img);
    if ((r = abs_if_exists(p)) != NULL)
        return r;
    snprintf(p, sizeof p, "%.*s%s../%s", dl, c->path, dl ? "/" : "", img);
    if ((r = abs_if_exists(p)) != NULL)
        return r;
    snprintf(p, sizeof p, "%.*s%s%s", dl, c->path, dl ? "/" : "", img);
    return rf_strdup(p);
}

static const char *moss_category(const char *over)
{
    if (!over)
        return NULL;
    if (strcmp(over, "type 1") == 0)
        return "exaggerated_risk";
    if (strcmp(over, "type 2") == 0)
        return "negated_harm";
    if (strcmp(over, "type 3") == 0)
        return "counterintuitive_interpretation";
    return over;
}

static rf_status mossbench_rec(imp_ctx *c, json_t *o, const char *key, long line)
{
    char b1[64];
    const char *id, *img;
    rf_item *it;
    json_t *meta, *md, *arr;
    char *path = NULL, *s = NULL;
    int bad;
    if (!json_is_object(o))
        return imp_fail(c, RF_EPARSE, line, "expected a JSON object");
    id = imp_json_str(o, "pid", b1, sizeof b1);
    if (!id)
        id = key;
    if (!(it = imp_item(c, line, id, imp_json_str(o, "question", NULL, 0), LABEL(c->harmful))))
        return RF_EPARSE;
    img = imp_json_str(o, "image", NULL, 0);
    if (!img || !*img) {
        rf_item_free(it);
        return imp_fail(c, RF_EPARSE, line, "item '%s' has no image", id);
    }
    md = json_object_get(o, "metadata");
    meta = meta_new();
    path = moss_image(c, img);
    arr = json_array();
    bad = !meta || !path || !arr || json_array_append_new(arr, json_string(path)) ||
          !(s = json_dumps(arr, JSON_COMPACT)) || imp_set(&it->images, s) ||
          imp_set(&it->category, moss_category(imp_json_str(md, "over", NULL, 0))) ||
          imp_meta_str(meta, "description", imp_json_str(o, "description", NULL, 0)) ||
          (json_is_object(md) && json_object_set(meta, "metadata", md));
    free(s);
    rf_free(path);
    json_decref(arr);
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_mossbench(imp_ctx *c)
{
    return imp_json_records(c, mossbench_rec);
}

/* ---- OVERT: seed_prompt,image_prompt,category,generation_type (full/mini:
 * benign) or seed_prompt,benign_image_prompt,unsafe_image_prompt,category,
 * generation_type (unsafe: harmful, benign prompt kept in meta);
 * modality image-generation; id "<file stem>-<row>". */
static rf_status overt_row(imp_ctx *c, const rf_slice *row, const long *ix, long line, size_t rowno)
{
    char id[256];
    const char *unsafe = imp_col(row, ix, 2);
    int harm = ix[2] >= 0;
    rf_item *it;
    json_t *meta;
    int bad;
    imp_gen_id(c, rowno, id, sizeof id);
    if (!harm && ix[1] < 0)
        return imp_fail(c, RF_EPARSE, 1, "missing column 'image_prompt'");
    it = imp_item(c, line, id, harm ? unsafe : imp_col(row, ix, 1), LABEL(harm));
    if (!it)
        return RF_EPARSE;
    meta = meta_new();
    bad = !meta || imp_set(&it->modality, "image-generation") ||
          imp_set(&it->category, imp_col(row, ix, 4)) ||
          imp_meta_str(meta, "seed_prompt", imp_col(row, ix, 0)) ||
          (harm && imp_meta_str(meta, "benign_image_prompt", imp_col(row, ix, 3))) ||
          imp_meta_str(meta, "generation_type", imp_col(row, ix, 5));
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_overt(imp_ctx *c)
{
    static const char *const cols[] = {"seed_prompt",
                                       "image_prompt",
                                       "unsafe_image_prompt",
                                       "benign_image_prompt",
                                       "category",
                                       "generation_type",
                                       NULL};
    return imp_csv_rows(c, cols, overt_row);
}

/* ---- EvoRefuse: {"instruction": ...} (or "prompt") per line or in an array;
 * benign (pseudo-malicious prompts); id "<file stem>-<n>". */
static rf_status evorefuse_rec(imp_ctx *c, json_t *o, const char *key, long line)
{
    char id[256];
    const char *p;
    rf_item *it;
    (void)key;
    if (!json_is_object(o))
        return imp_fail(c, RF_EPARSE, line, "expected a JSON object");
    p = imp_json_str(o, "instruction", NULL, 0);
    if (!p)
        p = imp_json_str(o, "prompt", NULL, 0);
    imp_gen_id(c, c->n + 1, id, sizeof id);
    if (!(it = imp_item(c, line, id, p, "benign")))
        return RF_EPARSE;
    return imp_push(c, it, NULL, line);
}

rf_status imp_evorefuse(imp_ctx *c)
{
    return imp_json_records(c, evorefuse_rec);
}

/* ---- HarmBench: Behavior,FunctionalCategory,SemanticCategory,Tags,
 * ContextString,BehaviorID. harmful; prompt = ContextString + "\n\n---\n\n" +
 * Behavior when a context is given; category = SemanticCategory, subcategory
 * = FunctionalCategory; Tags in meta. */
static rf_status harmbench_row(imp_ctx *c, const rf_slice *row, const long *ix, long line,
                               size_t rowno)
{
    const char *beh = imp_col(row, ix, 0), *ctx = imp_col(row, ix, 4);
    rf_buf p;
    rf_item *it;
    json_t *meta;
    int bad;
    (void)rowno;
    rf_buf_init(&p, 1u << 26);
    if (ctx && *ctx && (rf_buf_adds(&p, ctx) || rf_buf_adds(&p, "\n\n---\n\n"))) {
        rf_buf_free(&p);
        return imp_fail(c, RF_ENOMEM, line, "out of memory");
    }
    if (rf_buf_adds(&p, beh)) {
        rf_buf_free(&p);
        return imp_fail(c, RF_ENOMEM, line, "out of memory");
    }
    it = imp_item(c, line, imp_col(row, ix, 5), (beh && *beh) ? rf_buf_ptr(&p) : beh, "harmful");
    rf_buf_free(&p);
    if (!it)
        return RF_EPARSE;
    meta = meta_new();
    bad = !meta || imp_set(&it->category, imp_col(row, ix, 2)) ||
          imp_set(&it->subcategory, imp_col(row, ix, 1)) ||
          imp_meta_str(meta, "tags", imp_col(row, ix, 3));
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_harmbench(imp_ctx *c)
{
    static const char *const cols[] = {"*Behavior", "FunctionalCategory", "SemanticCategory",
                                       "Tags",      "ContextString",      "*BehaviorID",
                                       NULL};
    return imp_csv_rows(c, cols, harmbench_row);
}

/* ---- Do-Not-Answer: id,risk_area,types_of_harm,specific_harms,question
 * harmful; category = risk_area, subcategory = types_of_harm, specific_harms
 * in meta. */
static rf_status dna_row(imp_ctx *c, const rf_slice *row, const long *ix, long line, size_t rowno)
{
    rf_item *it = imp_item(c, line, imp_col(row, ix, 0), imp_col(row, ix, 4), "harmful");
    json_t *meta;
    int bad;
    (void)rowno;
    if (!it)
        return RF_EPARSE;
    meta = meta_new();
    bad = !meta || imp_set(&it->category, imp_col(row, ix, 1)) ||
          imp_set(&it->subcategory, imp_col(row, ix, 2)) ||
          imp_meta_str(meta, "specific_harms", imp_col(row, ix, 3));
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_donotanswer(imp_ctx *c)
{
    static const char *const cols[] = {"*id",       "risk_area", "types_of_harm", "specific_harms",
                                       "*question", NULL};
    return imp_csv_rows(c, cols, dna_row);
}

/* ---- MultiJail: id,source,tags,en,zh,it,vi,ar,ko,th,bn,sw,jv
 * one harmful item per language column, id "<id>-<lang>", language = column;
 * category = first tag (tags is a Python list literal); source and tags in
 * meta. */
static const char *const mj_langs[] = {"en", "zh", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv"};

static rf_status multijail_row(imp_ctx *c, const rf_slice *row, const long *ix, long line,
                               size_t rowno)
{
    const char *tags = imp_col(row, ix, 2);
    json_t *tl = NULL;
    rf_status st = RF_OK;
    int k;
    (void)rowno;
    if (tags && *tags) {
        const char *e = imp_parse_list(tags, &tl);
        if (e)
            return imp_fail(c, RF_EPARSE, line, "tags: %s", e);
    }
    for (k = 0; k < 10 && !st; k++) {
        char id[300];
        rf_item *it;
        json_t *meta;
        int bad;
        if (ix[3 + k] < 0)
            continue;
        snprintf(id, sizeof id, "%s-%s", imp_col(row, ix, 0), mj_langs[k]);
        if (!(it = imp_item(c, line, id, imp_col(row, ix, 3 + k), "harmful"))) {
            st = RF_EPARSE;
            break;
        }
        meta = meta_new();
        bad = !meta || imp_set(&it->language, mj_langs[k]) ||
              imp_set(&it->category, json_string_value(json_array_get(tl, 0))) ||
              imp_meta_str(meta, "source", imp_col(row, ix, 1)) ||
              (tl && json_object_set(meta, "tags", tl));
        st = push_checked(c, it, meta, bad, line);
    }
    json_decref(tl);
    return st;
}

rf_status imp_multijail(imp_ctx *c)
{
    static const char *const cols[] = {"*id", "source", "tags", "en", "zh", "it", "vi",
                                       "ar",  "ko",     "th",   "bn", "sw", "jv", NULL};
    return imp_csv_rows(c, cols, multijail_row);
}

/* ---- SORRY-Bench: {question_id, category, turns: [text], prompt_style}
 * harmful; id = question_id, or "<question_id>-<style>" for a style other
 * than "base"; category kept as written (a number); "translate-XX" styles set
 * language XX. */
static rf_status sorry_rec(imp_ctx *c, json_t *o, const char *key, long line)
{
    char b1[64], b2[64], id[200];
    const char *qid, *style, *cat;
    json_t *turns;
    rf_item *it;
    json_t *meta;
    int bad;
    (void)key;
    if (!json_is_object(o))
        return imp_fail(c, RF_EPARSE, line, "expected a JSON object");
    qid = imp_json_str(o, "question_id", b1, sizeof b1);
    style = imp_json_str(o, "prompt_style", NULL, 0);
    cat = imp_json_str(o, "category", b2, sizeof b2);
    turns = json_object_get(o, "turns");
    if (!json_is_array(turns) || json_array_size(turns) != 1 ||
        !json_is_string(json_array_get(turns, 0)))
        return imp_fail(c, RF_EPARSE, line, "turns must be a list of one string");
    if (style && *style && strcmp(style, "base") != 0)
        snprintf(id, sizeof id, "%s-%s", qid ? qid : "", style);
    else
        snprintf(id, sizeof id, "%s", qid ? qid : "");
    it = imp_item(c, line, qid ? id : NULL, json_string_value(json_array_get(turns, 0)), "harmful");
    if (!it)
        return RF_EPARSE;
    meta = meta_new();
    bad = !meta || imp_set(&it->category, cat) || imp_meta_str(meta, "prompt_style", style);
    if (!bad && style && strncmp(style, "translate-", 10) == 0)
        bad = imp_set(&it->language, style + 10);
    return push_checked(c, it, meta, bad, line);
}

rf_status imp_sorrybench(imp_ctx *c)
{
    return imp_json_records(c, sorry_rec);
}
