/*
 * predict.c - prompt refusal models (predict.h): training on prompts, the
 * n-gram listing, scoring, --explain and the line format of `refusal
 * predict`.
 *
 * Model. The linear model of model.c trained on prompt text: rule features
 * absent (rf_trainer_add with r = NULL, scored with r = NULL), n-gram
 * dropout 0, n-grams always on. Everything else (tokens, hashing, the
 * weights file) is model.c's, so a prompt model loads with rf_model_load.
 *
 * N-grams. Features are hashed, so a weight cannot be mapped back to its
 * word. rf_predict_trainer_ngrams walks the training prompts again with the
 * tokeniser of the features (rf_model_tokens) and gives every distinct word
 * 1-gram and 2-gram (the W1/OW1 and W2/OW2 features) the weights of its
 * buckets. Two n-grams sharing a bucket share a weight; with 2^19 buckets
 * and a few thousand prompts that is rare. Opening 3-grams and character
 * 3-grams are not listed (explain counts them in other_margin).
 *
 * | rf_ngram field | meaning                                             |
 * |----------------|-----------------------------------------------------|
 * | text           | "tok" or "tok tok" as tokenised (lower case, 0-9->0)|
 * | weight         | w[W-bucket] + w[OW-bucket]: its margin per unit of  |
 * |                | feature value when it occurs in the opening          |
 * | count          | occurrences in the training prompts                 |
 * | count_refusal  | of them in prompts labelled refused                 |
 *
 * Explain. The contribution of an n-gram to one prompt's margin is
 * sum over its occurrences of w[W] * scale_body + (in opening) w[OW] *
 * scale_open, the values rf_model_features gives those features.
 *
 * Line format (rf_predict_line): the input object with
 * "refusal_probability" (4 decimals), "predicted" and optionally
 * "explain" added before the closing brace (input bytes unchanged), or
 * rebuilt with jansson when the input already has one of those keys.
 *
 * Ownership: the trainer copies prompts (rf_trainer keeps its own copy for
 * fitting; this module keeps one for the n-gram walk). n-gram arrays are
 * new (rf_predict_ngrams_free). No global state. Callers: cmd_predict.c,
 * tests, fuzz_predict.c.
 */
#include "refusal/predict.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refusal/utf8.h"
#include "model_int.h"

#define PREDICT_MAX_PROMPTS 5000000u
#define NG_KEY_MAX (2 * 4 * 32 + 2) /* two tokens of <= 32 code points, a space */

/* ---- item text ---- */

static rf_status add_piece(rf_buf *out, const char *s, size_t n, int *first)
{
    rf_status st = *first ? RF_OK : rf_buf_addc(out, '\n');
    *first = 0;
    return st == RF_OK ? rf_buf_add(out, s, n) : st;
}

rf_status rf_item_user_text(const rf_item *it, rf_buf *out)
{
    json_t *m;
    size_t i, j;
    int first = 1;
    rf_status st = RF_OK;
    if (it->prompt)
        return rf_buf_adds(out, it->prompt);
    if (!it->messages)
        return RF_OK;
    m = json_loads(it->messages, 0, NULL);
    for (i = 0; json_is_array(m) && i < json_array_size(m) && st == RF_OK; i++) {
        json_t *msg = json_array_get(m, i), *c = json_object_get(msg, "content");
        const char *role = json_string_value(json_object_get(msg, "role"));
        if (!role || strcmp(role, "user") != 0)
            continue;
        if (json_is_string(c))
            st = add_piece(out, json_string_value(c), json_string_length(c), &first);
        for (j = 0; json_is_array(c) && j < json_array_size(c) && st == RF_OK; j++) {
            json_t *tx = json_object_get(json_array_get(c, j), "text");
            if (json_is_string(tx))
                st = add_piece(out, json_string_value(tx), json_string_length(tx), &first);
        }
    }
    json_decref(m);
    return st;
}

void rf_predict_opts_default(rf_train_opts *o)
{
    rf_train_opts_default(o);
    o->ngram_dropout = 0;
    o->lang_min = 0;
    o->blend_min = 0; /* every language is scored with its n-grams anyway */
}

/* ---- n-gram table: distinct n-gram strings, open addressing ---- */

typedef struct ng_entry {
    char *key; /* NULL = empty slot */
    size_t klen;
    double w;      /* model weight (whole text + opening) */
    double sum_b;  /* explain: sum of whole-text weights over occurrences */
    double sum_o;  /* explain: sum of opening weights over occurrences */
    size_t n, pos; /* occurrences, in refused prompts */
} ng_entry;

typedef struct ng_table {
    ng_entry *e;
    size_t cap, n, max;
} ng_table;

static void ng_free(ng_table *t)
{
    size_t i;
    for (i = 0; i < t->cap; i++)
        rf_free(t->e[i].key);
    rf_free(t->e);
    memset(t, 0, sizeof *t);
}

static ng_entry *ng_slot(ng_entry *e, size_t cap, const char *key, size_t klen)
{
    size_t i = rf_model_fnv1a(key, klen, 2166136261U) & (cap - 1);
    while (e[i].key && (e[i].klen != klen || memcmp(e[i].key, key, klen) != 0))
        i = (i + 1) & (cap - 1);
    return &e[i];
}

static rf_status ng_grow(ng_table *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256, i;
    ng_entry *e = rf_calloc(cap, sizeof *e);
    if (!e)
        return RF_ENOMEM;
    for (i = 0; i < t->cap; i++)
        if (t->e[i].key)
            *ng_slot(e, cap, t->e[i].key, t->e[i].klen) = t->e[i];
    rf_free(t->e);
    t->e = e;
    t->cap = cap;
    return RF_OK;
}

/* The entry of key, created (zeroed, *created = 1) when absent. NULL with
 * *st set on failure. */
static ng_entry *ng_get(ng_table *t, const char *key, size_t klen, int *created, rf_status *st)
{
    ng_entry *e;
    *created = 0;
    if ((t->n + 1) * 2 > t->cap && (*st = ng_grow(t)) != RF_OK)
        return NULL;
    e = ng_slot(t->e, t->cap, key, klen);
    if (e->key)
        return e;
    if (t->n >= t->max) {
        *st = RF_ELIMIT;
        return NULL;
    }
    e->key = rf_strndup(key, klen);
    if (!e->key) {
        *st = RF_ENOMEM;
        return NULL;
    }
    e->klen = klen;
    t->n++;
    *created = 1;
    return e;
}

/* ---- token walk: feeds the n-grams of one prompt into a table ---- */

typedef struct walk {
    const rf_model *m;
    ng_table *t;
    int label; /* of the prompt (counts), -1 when explaining */
    char prev[4 * 32];
    size_t prev_len;
    uint32_t prev_h; /* 0 = no previous token */
    rf_status st;
} walk;

/* Count one occurrence of an n-gram; a unigram (cps[0..n)) carries its
 * character 3-grams too. */
static void walk_add(walk *w, const char *key, size_t klen, const uint32_t *cps, int n, uint32_t h,
                     int in_open)
{
    int created, order = cps ? 1 : 2;
    ng_entry *e = ng_get(w->t, key, klen, &created, &w->st);
    float wb, wo;
    if (!e)
        return;
    wb = rf_model_word_weight(w->m, order, w->prev_h, h, 0);
    wo = rf_model_word_weight(w->m, order, w->prev_h, h, 1);
    if (cps) {
        wb += rf_model_word_chars_weight(w->m, cps, n, 0);
        wo += rf_model_word_chars_weight(w->m, cps, n, 1);
    }
    if (created)
        e->w = (double)wb + (double)wo;
    e->n++;
    e->pos += w->label == 1;
    e->sum_b += wb;
    if (in_open)
        e->sum_o += wo;
}

static void on_token(void *cb, const uint32_t *cps, int n, uint32_t h, int in_open)
{
    walk *w = cb;
    char key[NG_KEY_MAX];
    size_t len = 0;
    int i;
    if (w->st != RF_OK)
        return;
    for (i = 0; i < n; i++)
        len += (size_t)rf_utf8_encode(cps[i], key + len);
    walk_add(w, key, len, cps, n, h, in_open);
    if (w->prev_h) {
        memmove(key + w->prev_len + 1, key, len);
        memcpy(key, w->prev, w->prev_len);
        key[w->prev_len] = ' ';
        walk_add(w, key, w->prev_len + 1 + len, NULL, 0, h, in_open);
        memmove(key, key + w->prev_len + 1, len);
    }
    memcpy(w->prev, key, len);
    w->prev_len = len;
    w->prev_h = h;
}

static rf_status walk_text(walk *w, const char *text, size_t len, rf_fvec *f, float *sb, float *so)
{
    rf_status st;
    w->prev_len = 0;
    w->prev_h = 0;
    st = rf_model_tokens(w->m, text, len, f, on_token, w, sb, so);
    return st != RF_OK ? st : w->st;
}

/* ---- trainer ---- */

struct rf_predict_trainer {
    rf_trainer *tr;
    char **text;
    size_t *len;
    unsigned char *label;
    size_t n, cap;
    size_t n_label[2];
};

rf_status rf_predict_trainer_new(const rf_train_opts *o, rf_predict_trainer **out)
{
    rf_predict_trainer *t;
    rf_status st;
    *out = NULL;
    t = rf_calloc(1, sizeof *t);
    if (!t)
        return RF_ENOMEM;
    st = rf_trainer_new(o, &t->tr);
    if (st != RF_OK) {
        rf_free(t);
        return st;
    }
    *out = t;
    return RF_OK;
}

void rf_predict_trainer_free(rf_predict_trainer *t)
{
    size_t i;
    if (!t)
        return;
    rf_trainer_free(t->tr);
    for (i = 0; i < t->n; i++)
        rf_free(t->text[i]);
    rf_free(t->text);
    rf_free(t->len);
    rf_free(t->label);
    rf_free(t);
}

static rf_status trainer_grow(rf_predict_trainer *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256;
    char **text = rf_realloc(t->text, cap * sizeof *text);
    size_t *len;
    unsigned char *label;
    if (!text)
        return RF_ENOMEM;
    t->text = text;
    len = rf_realloc(t->len, cap * sizeof *len);
    if (!len)
        return RF_ENOMEM;
    t->len = len;
    label = rf_realloc(t->label, cap * sizeof *label);
    if (!label)
        return RF_ENOMEM;
    t->label = label;
    t->cap = cap;
    return RF_OK;
}

rf_status rf_predict_trainer_add(rf_predict_trainer *t, const char *text, size_t len, int label)
{
    rf_status st;
    char *copy;
    if (t->n >= PREDICT_MAX_PROMPTS)
        return RF_ELIMIT;
    if (t->n == t->cap && (st = trainer_grow(t)) != RF_OK)
        return st;
    copy = rf_strndup(text, len);
    if (!copy)
        return RF_ENOMEM;
    st = rf_trainer_add(t->tr, text, len, NULL, NULL, label ? 1 : 0, 1.0f);
    if (st != RF_OK) {
        rf_free(copy);
        return st;
    }
    t->text[t->n] = copy;
    t->len[t->n] = len;
    t->label[t->n] = label ? 1 : 0;
    t->n_label[label ? 1 : 0]++;
    t->n++;
    return RF_OK;
}

size_t rf_predict_trainer_count(const rf_predict_trainer *t, int label)
{
    return t->n_label[label ? 1 : 0];
}

rf_status rf_predict_trainer_fit(rf_predict_trainer *t, rf_model **out, char *err)
{
    rf_status st;
    *out = NULL;
    if (t->n == 0) {
        rf_seterr(err, "no training prompts");
        return RF_EINVAL;
    }
    if (t->n_label[0] == 0 || t->n_label[1] == 0) {
        rf_seterr(err,
                  "all %zu training prompts are labelled %s: a prompt model needs both "
                  "refused and answered prompts",
                  t->n, t->n_label[1] ? "refused" : "answered");
        return RF_EINVAL;
    }
    st = rf_trainer_fit(t->tr, out, err);
    if (st == RF_OK)
        rf_model_set_input(*out, RF_MODEL_PROMPTS);
    return st;
}

static int cmp_ngram(const void *a, const void *b)
{
    const rf_ngram *x = a, *y = b;
    if (x->weight != y->weight)
        return x->weight > y->weight ? -1 : 1;
    return strcmp(x->text, y->text);
}

void rf_predict_ngrams_free(rf_ngram *g, size_t n)
{
    size_t i;
    if (!g)
        return;
    for (i = 0; i < n; i++)
        rf_free(g[i].text);
    rf_free(g);
}

/* Move the entries with at least min_count occurrences out of the table
 * into a sorted array. */
static rf_status ngrams_collect(ng_table *tab, size_t min_count, rf_ngram **out, size_t *n)
{
    rf_ngram *g;
    size_t i, k = 0;
    for (i = 0; i < tab->cap; i++)
        k += tab->e[i].key && tab->e[i].n >= min_count;
    if (k == 0)
        return RF_OK;
    g = rf_calloc(k, sizeof *g);
    if (!g)
        return RF_ENOMEM;
    for (i = 0, k = 0; i < tab->cap; i++) {
        ng_entry *e = &tab->e[i];
        if (!e->key || e->n < min_count)
            continue;
        g[k].text = e->key;
        e->key = NULL;
        g[k].weight = e->w;
        g[k].count = e->n;
        g[k].count_refusal = e->pos;
        k++;
    }
    qsort(g, k, sizeof *g, cmp_ngram);
    *out = g;
    *n = k;
    return RF_OK;
}

rf_status rf_predict_trainer_ngrams(const rf_predict_trainer *t, const rf_model *m,
                                    size_t min_count, rf_ngram **out, size_t *n)
{
    ng_table tab = {NULL, 0, 0, RF_PREDICT_MAX_NGRAMS};
    rf_fvec f = {0};
    walk w;
    size_t i;
    float sb, so;
    rf_status st = RF_OK;
    *out = NULL;
    *n = 0;
    memset(&w, 0, sizeof w);
    w.m = m;
    w.t = &tab;
    for (i = 0; i < t->n && st == RF_OK; i++) {
        w.label = t->label[i];
        st = walk_text(&w, t->text[i], t->len[i], &f, &sb, &so);
    }
    if (st == RF_OK)
        st = ngrams_collect(&tab, min_count ? min_count : 1, out, n);
    ng_free(&tab);
    rf_fvec_free(&f);
    return st;
}

/* ---- prediction ---- */

rf_status rf_predict_prob(const rf_model *m, const char *text, size_t len, rf_fvec *f, double *p)
{
    rf_status st = rf_model_features(m, text, len, NULL, 1, f);
    *p = st == RF_OK ? rf_model_prob(m, f) : 0;
    return st;
}

int rf_predict_is_refusal(const rf_model *m, double p)
{
    return p >= rf_model_threshold(m);
}

typedef struct contrib {
    const char *key;
    size_t klen;
    double c;
} contrib;

/* Keep the RF_PREDICT_EXPLAIN_TOP entries with the largest sign * c in t
 * (sorted, *nt of them); ties keep the first seen. */
static void contrib_insert(contrib *t, int *nt, double sign, const ng_entry *e, double c)
{
    int i, j;
    if (sign * c <= 0)
        return;
    if (*nt == RF_PREDICT_EXPLAIN_TOP && sign * c <= sign * t[*nt - 1].c)
        return;
    for (i = 0; i < *nt && sign * t[i].c >= sign * c; i++)
        ;
    if (*nt < RF_PREDICT_EXPLAIN_TOP)
        (*nt)++;
    for (j = *nt - 1; j > i; j--)
        t[j] = t[j - 1];
    t[i].key = e->key;
    t[i].klen = e->klen;
    t[i].c = c;
}

static rf_status put_contribs(rf_buf *out, const char *name, const contrib *t, int nt)
{
    rf_status st = rf_buf_printf(out, ",\"%s\":[", name);
    int i;
    for (i = 0; st == RF_OK && i < nt; i++) {
        st = rf_buf_adds(out, i ? ",[" : "[");
        if (st == RF_OK)
            st = rf_buf_add_json(out, t[i].key, t[i].klen);
        if (st == RF_OK)
            st = rf_buf_printf(out, ",%.4f]", t[i].c);
    }
    return st == RF_OK ? rf_buf_addc(out, ']') : st;
}

rf_status rf_predict_explain(const rf_model *m, const char *text, size_t len, rf_fvec *f,
                             rf_buf *out)
{
    ng_table tab = {NULL, 0, 0, RF_PREDICT_MAX_NGRAMS};
    contrib pos[RF_PREDICT_EXPLAIN_TOP], neg[RF_PREDICT_EXPLAIN_TOP];
    int npos = 0, nneg = 0;
    double margin, words = 0;
    float sb = 0, so = 0;
    size_t i;
    walk w;
    rf_status st;
    memset(&w, 0, sizeof w);
    w.m = m;
    w.t = &tab;
    w.label = -1;
    st = walk_text(&w, text, len, f, &sb, &so);
    if (st != RF_OK)
        goto out;
    margin = rf_model_margin(m, f); /* f holds the features of text */
    for (i = 0; i < tab.cap; i++) {
        const ng_entry *e = &tab.e[i];
        double c;
        if (!e->key)
            continue;
        c = e->sum_b * sb + e->sum_o * so;
        words += c;
        contrib_insert(pos, &npos, 1.0, e, c);
        contrib_insert(neg, &nneg, -1.0, e, c);
    }
    st = rf_buf_printf(out, "{\"margin\":%.4f,\"bias\":%.4f,\"other_margin\":%.4f", margin,
                       (double)m->bias, margin - m->bias - words);
    if (st == RF_OK)
        st = put_contribs(out, "refusal_ngrams", pos, npos);
    if (st == RF_OK)
        st = put_contribs(out, "compliance_ngrams", neg, nneg);
    if (st == RF_OK)
        st = rf_buf_addc(out, '}');
out:
    ng_free(&tab);
    return st;
}

/* ---- lines ---- */

static const char *const k_our_keys[] = {"refusal_probability", "predicted", "explain", NULL};

/* The new keys, without braces: "refusal_probability":...,"predicted":... */
static rf_status result_keys(const rf_model *m, const rf_predict_line_opts *o, const char *text,
                             size_t len, rf_fvec *f, rf_buf *b)
{
    double p;
    rf_status st = rf_predict_prob(m, text, len, f, &p);
    if (st != RF_OK)
        return st;
    st = rf_buf_printf(b, "\"refusal_probability\":%.4f,\"predicted\":\"%s\"", p,
                       rf_predict_is_refusal(m, p) ? "refusal" : "compliance");
    if (st == RF_OK && o->explain) {
        st = rf_buf_adds(b, ",\"explain\":");
        if (st == RF_OK)
            st = rf_predict_explain(m, text, len, f, b);
    }
    return st;
}

/* Write obj (parsed from line[0..n), which has no trailing space) with the
 * result keys of the prompt text[0..len) spliced before its closing brace.
 * text is the caller's (kept alive while keys of obj are deleted). */
static rf_status write_line(const rf_model *m, const rf_predict_line_opts *o, json_t *obj,
                            const char *line, size_t n, const char *text, size_t len, rf_fvec *f,
                            rf_buf *out)
{
    char *dump = NULL;
    int i, ours = 0;
    rf_status st = RF_OK;
    for (i = 0; k_our_keys[i]; i++)
        ours |= json_object_get(obj, k_our_keys[i]) != NULL;
    if (ours || n == 0 || line[n - 1] != '}') {
        /* rebuild: drop the old keys, dump the rest (order kept), splice */
        for (i = 0; k_our_keys[i]; i++)
            json_object_del(obj, k_our_keys[i]);
        dump = json_dumps(obj, JSON_PRESERVE_ORDER | JSON_COMPACT);
        if (!dump)
            return RF_ENOMEM;
        line = dump;
        n = strlen(dump);
    }
    st = rf_buf_add(out, line, n - 1);
    if (st == RF_OK && json_object_size(obj) > 0)
        st = rf_buf_addc(out, ',');
    if (st == RF_OK)
        st = result_keys(m, o, text, len, f, out);
    if (st == RF_OK)
        st = rf_buf_add(out, "}\n", 2);
    free(dump);
    return st;
}

static rf_status text_line(const rf_model *m, const rf_predict_line_opts *o, const char *line,
                           size_t n, rf_fvec *f, rf_buf *out)
{
    const char *field = o->field ? o->field : "prompt";
    rf_buf clean;
    rf_status st;
    rf_buf_init(&clean, RF_PREDICT_MAX_LINE * 2);
    st = rf_utf8_sanitize(&clean, line, n);
    if (st == RF_OK)
        st = rf_buf_addc(out, '{');
    if (st == RF_OK)
        st = rf_buf_add_json(out, field, strlen(field));
    if (st == RF_OK)
        st = rf_buf_addc(out, ':');
    if (st == RF_OK)
        st = rf_buf_add_json(out, rf_buf_ptr(&clean), rf_buf_len(&clean));
    if (st == RF_OK)
        st = rf_buf_addc(out, ',');
    if (st == RF_OK)
        st = result_keys(m, o, rf_buf_ptr(&clean), rf_buf_len(&clean), f, out);
    if (st == RF_OK)
        st = rf_buf_add(out, "}\n", 2);
    rf_buf_free(&clean);
    return st;
}

rf_status rf_predict_line(const rf_model *m, const rf_predict_line_opts *o, const char *line,
                          size_t n, rf_fvec *f, rf_buf *out, char *err)
{
    const char *field = o->field ? o->field : "prompt";
    json_error_t je;
    json_t *obj, *v;
    size_t k = 0;
    rf_status st;
    rf_buf_reset(out);
    if (n > RF_PREDICT_MAX_LINE) {
        rf_seterr(err, "line too long (over %zu bytes)", RF_PREDICT_MAX_LINE);
        return RF_EPARSE;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
    while (k < n && rf_isspace((unsigned char)line[k]))
        k++;
    if (k == n)
        return RF_OK; /* blank line */
    if (o->text)
        return text_line(m, o, line, n, f, out);
    while (n > 0 && rf_isspace((unsigned char)line[n - 1]))
        n--;
    obj = json_loadb(line, n, JSON_REJECT_DUPLICATES, &je);
    if (!json_is_object(obj)) {
        rf_seterr(err, "%s", obj ? "not a JSON object" : je.text);
        json_decref(obj);
        return RF_EPARSE;
    }
    v = json_object_get(obj, field);
    if (!json_is_string(v)) {
        rf_seterr(err, "no string \"%s\" key", field);
        json_decref(obj);
        return RF_EPARSE;
    }
    json_incref(v); /* alive even when write_line deletes its key */
    st = write_line(m, o, obj, line, n, json_string_value(v), json_string_length(v), f, out);
    json_decref(v);
    json_decref(obj);
    return st;
}
