/* Unit tests for store.c: schema, runs, items, responses, verdicts, rows, cache. */
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "refusal/store.h"
#include "testhelp.h"

static char dbpath[64];

static rf_store *fresh(void)
{
    rf_store *st = NULL;
    char err[RF_ERR_LEN] = "";
    char p[80];
    snprintf(dbpath, sizeof dbpath, "/tmp/rf_store_test_%d.db", (int)getpid());
    unlink(dbpath);
    snprintf(p, sizeof p, "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", dbpath);
    unlink(p);
    if (rf_store_open(dbpath, 0, &st, err) != RF_OK)
        fprintf(stderr, "open: %s\n", err);
    return st;
}

static rf_item *mk(const char *id, const char *label)
{
    rf_item *it = NULL;
    char j[256], err[RF_ERR_LEN] = "";
    snprintf(j, sizeof j, "{\"id\":\"%s\",\"prompt\":\"prompt %s\",\"label\":\"%s\"}", id, id,
             label);
    if (rf_item_from_json(j, strlen(j), &it, err) != RF_OK)
        fprintf(stderr, "item: %s\n", err);
    return it;
}

static int64_t make_run(rf_store *st, const char *name, int n)
{
    rf_run_info ri;
    int64_t id = 0;
    int i;
    memset(&ri, 0, sizeof ri);
    ri.name = (char *)(uintptr_t)name;
    ri.target = "builtin:keyword-filter";
    ri.suite_name = "t";
    ri.suite_hash = "abc";
    CHECK(rf_store_begin(st) == RF_OK);
    CHECK(rf_store_run_create(st, &ri, &id) == RF_OK);
    for (i = 0; i < n; i++) {
        char idb[16];
        rf_item *it;
        snprintf(idb, sizeof idb, "i%d", i);
        it = mk(idb, i % 2 ? "harmful" : "benign");
        CHECK(rf_store_item_add(st, id, i, it) == RF_OK);
        rf_item_free(it);
    }
    CHECK(rf_store_commit(st) == RF_OK);
    return id;
}

static int count_cb(const rf_item *it, void *ctx)
{
    (void)it;
    (*(int *)ctx)++;
    return 0;
}

typedef struct rows_seen {
    int n, with_resp, with_verdict;
    char last_verdict[32];
} rows_seen;

static int rows_cb(const rf_row *row, void *ctx)
{
    rows_seen *s = ctx;
    s->n++;
    if (row->resp.status)
        s->with_resp++;
    if (row->verdict.verdict) {
        s->with_verdict++;
        snprintf(s->last_verdict, sizeof s->last_verdict, "%s", row->verdict.verdict);
    }
    return 0;
}

static void test_runs(void)
{
    rf_store *st = fresh();
    rf_run_info ri, *list = NULL;
    size_t n = 0, i;
    int64_t id;
    rf_item *dup;
    CHECK(st != NULL);
    if (!st)
        return;
    id = make_run(st, "r1", 5);
    CHECK(rf_store_run_get(st, "r1", &ri) == RF_OK);
    CHECK(ri.id == id && ri.n_items == 5 && !strcmp(ri.status, "running"));
    rf_run_info_clear(&ri);
    CHECK(rf_store_run_get(st, "1", &ri) == RF_OK); /* by numeric id */
    rf_run_info_clear(&ri);
    CHECK(rf_store_run_get(st, "nope", &ri) == RF_ENOTFOUND);
    memset(&ri, 0, sizeof ri);
    ri.name = "r1";
    ri.target = "x";
    CHECK(rf_store_run_create(st, &ri, &id) == RF_EEXIST);
    dup = mk("i0", "benign");
    CHECK(rf_store_item_add(st, 1, 99, dup) == RF_EEXIST);
    rf_item_free(dup);
    CHECK(rf_store_run_finish(st, 1, "done") == RF_OK);
    CHECK(rf_store_runs(st, &list, &n) == RF_OK && n == 1);
    for (i = 0; i < n; i++)
        rf_run_info_clear(&list[i]);
    rf_free(list);
    rf_store_close(st);
}

static void test_responses_and_rows(void)
{
    rf_store *st = fresh();
    int64_t id, pend = 0;
    int cnt = 0;
    rf_response r;
    rf_verdict_row v;
    rows_seen seen;
    if (!st)
        return;
    id = make_run(st, "r", 4);
    memset(&r, 0, sizeof r);
    r.item_id = "i0";
    r.status = "ok";
    r.text = "Sure, here it is.";
    r.prompt_tokens = r.completion_tokens = -1;
    r.latency_ms = 12.5;
    r.ttft_ms = -1;
    r.attempts = 1;
    CHECK(rf_store_begin(st) == RF_OK);
    CHECK(rf_store_response_put(st, id, &r) == RF_OK);
    r.item_id = "i1";
    r.status = "error";
    r.text = NULL;
    r.error = "HTTP 500";
    CHECK(rf_store_response_put(st, id, &r) == RF_OK);
    r.item_id = "zzz"; /* no such item: foreign key */
    r.status = "ok";
    CHECK(rf_store_response_put(st, id, &r) != RF_OK);
    memset(&v, 0, sizeof v);
    v.item_id = "i0";
    v.detector = "strmatch";
    v.verdict = "compliance";
    v.score = 0.0;
    CHECK(rf_store_verdict_put(st, id, &v) == RF_OK);
    v.detector = "auto";
    v.verdict = "refusal";
    CHECK(rf_store_verdict_put(st, id, &v) == RF_OK);
    CHECK(rf_store_commit(st) == RF_OK);

    CHECK(rf_store_pending_count(st, id, 0, &pend) == RF_OK && pend == 2);
    CHECK(rf_store_pending_count(st, id, 1, &pend) == RF_OK && pend == 3);
    CHECK(rf_store_pending(st, id, 1, count_cb, &cnt) == RF_OK && cnt == 3);

    memset(&seen, 0, sizeof seen);
    CHECK(rf_store_rows(st, id, NULL, rows_cb, &seen) == RF_OK);
    CHECK(seen.n == 4 && seen.with_resp == 2 && seen.with_verdict == 1);
    CHECK_STR(seen.last_verdict, "refusal"); /* most recent */
    memset(&seen, 0, sizeof seen);
    CHECK(rf_store_rows(st, id, "strmatch", rows_cb, &seen) == RF_OK);
    CHECK_STR(seen.last_verdict, "compliance");
    /* The run's primary detector wins over the most recent verdict. */
    CHECK(rf_store_run_set_detector(st, id, "strmatch") == RF_OK);
    memset(&seen, 0, sizeof seen);
    CHECK(rf_store_rows(st, id, NULL, rows_cb, &seen) == RF_OK);
    CHECK_STR(seen.last_verdict, "compliance");
    CHECK(rf_store_run_set_detector(st, id, "absent-detector") == RF_OK);
    memset(&seen, 0, sizeof seen);
    CHECK(rf_store_rows(st, id, NULL, rows_cb, &seen) == RF_OK);
    CHECK_STR(seen.last_verdict, "refusal");

    /* Replacing a response drops its verdicts. */
    r.item_id = "i0";
    r.status = "ok";
    r.text = "new";
    CHECK(rf_store_response_put(st, id, &r) == RF_OK);
    memset(&seen, 0, sizeof seen);
    CHECK(rf_store_rows(st, id, NULL, rows_cb, &seen) == RF_OK);
    CHECK(seen.with_verdict == 0);
    rf_store_close(st);
}

static void test_cache_and_reopen(void)
{
    rf_store *st = fresh();
    char *val = NULL, err[RF_ERR_LEN] = "";
    if (!st)
        return;
    CHECK(rf_store_cache_put(st, "k", "v1") == RF_OK);
    CHECK(rf_store_cache_put(st, "k", "v2") == RF_OK);
    CHECK(rf_store_cache_get(st, "k", &val) == RF_OK && val && !strcmp(val, "v2"));
    rf_free(val);
    CHECK(rf_store_cache_get(st, "absent", &val) == RF_OK && val == NULL);
    rf_store_close(st);
    st = NULL;
    CHECK(rf_store_open(dbpath, 1, &st, err) == RF_OK);
    rf_store_close(st);
    st = NULL;
    CHECK(rf_store_open("/nonexistent/dir/x.db", 1, &st, err) != RF_OK && st == NULL);
    unlink(dbpath);
}

/* A version-1 database is migrated on open. */
static void test_migration(void)
{
    rf_store *st = fresh();
    sqlite3 *db = NULL;
    rf_run_info ri;
    char err[RF_ERR_LEN] = "";
    if (!st)
        return;
    make_run(st, "old", 1);
    rf_store_close(st);
    st = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db,
                       "ALTER TABLE runs DROP COLUMN detector;"
                       "UPDATE meta SET value='1' WHERE key='schema_version'",
                       NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    CHECK(rf_store_open(dbpath, 1, &st, err) == RF_OK); /* read-only opens migrate too */
    rf_store_close(st);
    st = NULL;
    CHECK(rf_store_open(dbpath, 0, &st, err) == RF_OK);
    CHECK(rf_store_run_set_detector(st, 1, "auto") == RF_OK);
    CHECK(rf_store_run_get(st, "old", &ri) == RF_OK);
    CHECK_STR(ri.detector, "auto");
    CHECK(ri.n_items == 1);
    rf_run_info_clear(&ri);
    rf_store_close(st);
    st = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", NULL, NULL,
                       NULL) == SQLITE_OK);
    sqlite3_close(db);
    err[0] = '\0';
    CHECK(rf_store_open(dbpath, 0, &st, err) == RF_EDB);
    CHECK(strstr(err, "not supported") != NULL);
}

/* Put an ok response with text and an auto verdict on item id. */
static void put_answer(rf_store *st, int64_t run, const char *id, const char *text)
{
    rf_response r;
    rf_verdict_row v;
    memset(&r, 0, sizeof r);
    r.item_id = id;
    r.status = "ok";
    r.text = text;
    r.prompt_tokens = r.completion_tokens = -1;
    r.latency_ms = 1;
    r.ttft_ms = -1;
    r.attempts = 1;
    CHECK(rf_store_response_put(st, run, &r) == RF_OK);
    memset(&v, 0, sizeof v);
    v.item_id = id;
    v.detector = "auto";
    v.verdict = "refusal";
    v.score = 0.9;
    v.source = "text";
    CHECK(rf_store_verdict_put(st, run, &v) == RF_OK);
}

/* A version-2 store (items and responses WITHOUT ROWID) becomes version 3
 * (rowid tables) with every response and verdict kept. */
static void test_migration_v3(void)
{
    rf_store *st = fresh();
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    rows_seen seen;
    char err[RF_ERR_LEN] = "", big[3000];
    int64_t id;
    if (!st)
        return;
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    id = make_run(st, "v2", 3);
    CHECK(rf_store_begin(st) == RF_OK);
    put_answer(st, id, "i0", big);
    put_answer(st, id, "i2", "I can't help with that.");
    CHECK(rf_store_commit(st) == RF_OK);
    rf_store_close(st);
    st = NULL;
    /* rebuild the two tables the way version 2 declared them */
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(
              db,
              "PRAGMA foreign_keys=OFF; BEGIN;"
              "CREATE TABLE it2(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
              " idx INTEGER NOT NULL, item_id TEXT NOT NULL, label TEXT, category TEXT,"
              " language TEXT, n_turns INTEGER, json TEXT NOT NULL,"
              " PRIMARY KEY(run_id, item_id)) WITHOUT ROWID;"
              "INSERT INTO it2 SELECT run_id,idx,item_id,label,category,language,n_turns,json"
              " FROM items; DROP TABLE items; ALTER TABLE it2 RENAME TO items;"
              "CREATE UNIQUE INDEX items_order ON items(run_id, idx);"
              "CREATE TABLE r2(run_id INTEGER NOT NULL, item_id TEXT NOT NULL, status TEXT NOT"
              " NULL, http_code INTEGER, text TEXT, finish_reason TEXT, prompt_tokens INTEGER,"
              " completion_tokens INTEGER, latency_ms REAL, ttft_ms REAL, attempts INTEGER,"
              " error TEXT, logprobs TEXT, turns TEXT, created_at TEXT NOT NULL,"
              " PRIMARY KEY(run_id, item_id), FOREIGN KEY(run_id, item_id) REFERENCES"
              " items(run_id, item_id) ON DELETE CASCADE) WITHOUT ROWID;"
              "INSERT INTO r2 SELECT * FROM responses; DROP TABLE responses;"
              "ALTER TABLE r2 RENAME TO responses;"
              "UPDATE meta SET value='2' WHERE key='schema_version'; COMMIT;",
              NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    db = NULL;
    CHECK(rf_store_open(dbpath, 0, &st, err) == RF_OK);
    if (!st)
        return;
    memset(&seen, 0, sizeof seen);
    CHECK(rf_store_rows(st, id, NULL, rows_cb, &seen) == RF_OK);
    CHECK(seen.n == 3 && seen.with_resp == 2 && seen.with_verdict == 2);
    rf_store_close(st);
    st = NULL;
    CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
    CHECK(
        sqlite3_prepare_v2(db,
                           "SELECT (SELECT value FROM meta WHERE key='schema_version'),"
                           " (SELECT count(*) FROM sqlite_master WHERE sql LIKE '%WITHOUT ROWID%'),"
                           " (SELECT length(text) FROM responses WHERE item_id='i0'),"
                           " (SELECT max(rowid) FROM responses)",
                           -1, &q, NULL) == SQLITE_OK);
    CHECK(sqlite3_step(q) == SQLITE_ROW);
    CHECK_STR((const char *)sqlite3_column_text(q, 0), "3");
    CHECK(sqlite3_column_int(q, 1) == 0);
    CHECK(sqlite3_column_int(q, 2) == (int)sizeof big - 1);
    CHECK(sqlite3_column_int(q, 3) == 2);
    sqlite3_finalize(q);
    sqlite3_close(db);
}

typedef struct texts_seen {
    int n, blocked;
    char ids[8][8];
} texts_seen;

static int texts_cb(const rf_text_row *row, void *ctx)
{
    texts_seen *t = ctx;
    if (t->n < 8)
        snprintf(t->ids[t->n], sizeof t->ids[0], "%s", row->item_id);
    t->n++;
    t->blocked += strcmp(row->status, "blocked") == 0;
    CHECK(row->text == NULL || strlen(row->text) == row->len);
    return 0;
}

/* rf_store_texts pages through ok and blocked responses in item order. */
static void test_texts(void)
{
    rf_store *st = fresh();
    rf_response r;
    texts_seen t;
    int64_t id, last = -1;
    if (!st)
        return;
    id = make_run(st, "t", 6);
    CHECK(rf_store_begin(st) == RF_OK);
    put_answer(st, id, "i5", "five");
    put_answer(st, id, "i1", "one");
    put_answer(st, id, "i3", "three");
    memset(&r, 0, sizeof r);
    r.prompt_tokens = r.completion_tokens = -1;
    r.ttft_ms = -1;
    r.item_id = "i2";
    r.status = "error";
    r.error = "HTTP 500";
    CHECK(rf_store_response_put(st, id, &r) == RF_OK);
    r.item_id = "i4";
    r.status = "blocked";
    r.error = NULL;
    CHECK(rf_store_response_put(st, id, &r) == RF_OK);
    CHECK(rf_store_commit(st) == RF_OK);
    memset(&t, 0, sizeof t);
    CHECK(rf_store_texts(st, id, -1, 2, texts_cb, &t, &last) == RF_OK);
    CHECK(t.n == 2 && last == 3);
    CHECK_STR(t.ids[0], "i1");
    CHECK_STR(t.ids[1], "i3");
    CHECK(rf_store_texts(st, id, last, 2, texts_cb, &t, &last) == RF_OK);
    CHECK(t.n == 4 && last == 5 && t.blocked == 1);
    CHECK_STR(t.ids[2], "i4");
    CHECK_STR(t.ids[3], "i5");
    CHECK(rf_store_texts(st, id, last, 2, texts_cb, &t, &last) == RF_OK);
    CHECK(t.n == 4 && last == 5);
    CHECK(rf_store_texts(st, id, -1, 0, texts_cb, &t, &last) == RF_EINVAL);
    rf_store_close(st);
}

int main(void)
{
    TEST_RUN(test_runs);
    TEST_RUN(test_responses_and_rows);
    TEST_RUN(test_cache_and_reopen);
    TEST_RUN(test_migration);
    TEST_RUN(test_migration_v3);
    TEST_RUN(test_texts);
    return TEST_DONE();
}
