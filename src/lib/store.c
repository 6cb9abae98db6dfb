/*
 * store.c - the SQLite run database (see refusal/store.h).
 *
 * Schema, version 3 (meta.schema_version; version 2 added runs.detector,
 * version 3 made items and responses rowid tables, see schema_v3):
 *
 * | table     | key                          | columns                                        |
 * |-----------|------------------------------|------------------------------------------------|
 * | meta      | key                          | value                                          |
 * | runs      | id (name UNIQUE)             | target, suite_name, suite_hash, params (JSON), |
 * |           |                              | tool_version, started_at, finished_at, status, |
 * |           |                              | detector (the run's primary detector)          |
 * | items     | (run_id, item_id); idx UNIQ  | label, category, language, n_turns, json       |
 * | responses | (run_id, item_id) -> items   | status ok|blocked|error, http_code, text,      |
 * |           |                              | finish_reason, prompt_tokens, completion_tokens|
 * |           |                              | latency_ms, ttft_ms, attempts, error, logprobs,|
 * |           |                              | turns (JSON), created_at                       |
 * | verdicts  | (run_id, item_id, detector)  | detector_version, verdict, score, patterns     |
 * |           |   -> responses               | (JSON), source text|api, explain (JSON),       |
 * |           |                              | created_at; rowid orders "most recent"         |
 * | cache     | key                          | value, created_at (judge calls)                |
 *
 * Invariants: an item row exists before any response or verdict for it
 * (foreign keys, ON DELETE CASCADE); a response write deletes the verdicts of
 * the response it replaces. Rows read without naming a detector take the
 * verdict of the run's primary detector (runs.detector) where it has one,
 * else the most recently written verdict, so adding a baseline or a judge
 * never changes a run's default numbers. items.json is the canonical item JSON (suite.h),
 * from which rows are rebuilt. Timestamps are ISO-8601 UTC.
 *
 * Durability: WAL with synchronous=NORMAL; a committed transaction survives
 * the process being killed. Migrations: `migrations[v]` upgrades version v to
 * v+1; a database newer than this build is refused.
 *
 * Callers: the CLI (run, runs, export, classify --run, report, compare).
 */
#include "refusal/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#define STORE_VERSION 3

enum {
    Q_RUN_INSERT,
    Q_RUN_GET,
    Q_RUN_FINISH,
    Q_ITEM_INSERT,
    Q_RESP_PUT,
    Q_VERD_CLEAR,
    Q_VERD_PUT,
    Q_CACHE_GET,
    Q_CACHE_PUT,
    Q_RESP_GET,
    Q_COUNT
};

static const char *const queries[Q_COUNT] = {
    [Q_RUN_INSERT] = "INSERT INTO runs(name,target,suite_name,suite_hash,params,tool_version,"
                     "started_at,status) VALUES(?1,?2,?3,?4,?5,?6,?7,'running')",
    [Q_RUN_GET] = "SELECT id,name,target,suite_name,suite_hash,params,tool_version,started_at,"
                  "finished_at,status,(SELECT count(*) FROM items i WHERE i.run_id=runs.id),"
                  "(SELECT count(*) FROM responses r WHERE r.run_id=runs.id AND r.status<>'error'),"
                  "(SELECT count(*) FROM responses r WHERE r.run_id=runs.id AND r.status='error'),"
                  "detector FROM runs WHERE name=?1 OR (?2 AND id=?3)",
    [Q_RUN_FINISH] = "UPDATE runs SET finished_at=?2, status=?3 WHERE id=?1",
    [Q_ITEM_INSERT] = "INSERT INTO items(run_id,idx,item_id,label,category,language,n_turns,json)"
                      " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [Q_RESP_PUT] = "INSERT OR REPLACE INTO responses(run_id,item_id,status,http_code,text,"
                   "finish_reason,prompt_tokens,completion_tokens,latency_ms,ttft_ms,attempts,"
                   "error,logprobs,turns,created_at) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
    [Q_VERD_CLEAR] = "DELETE FROM verdicts WHERE run_id=?1 AND item_id=?2",
    [Q_VERD_PUT] = "INSERT OR REPLACE INTO verdicts(run_id,item_id,detector,detector_version,"
                   "verdict,score,patterns,source,explain,created_at) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
    [Q_CACHE_GET] = "SELECT value FROM cache WHERE key=?1",
    [Q_CACHE_PUT] = "INSERT OR REPLACE INTO cache(key,value,created_at) VALUES(?1,?2,?3)",
    [Q_RESP_GET] = "SELECT item_id,status,http_code,text,finish_reason,prompt_tokens,"
                   "completion_tokens,latency_ms,ttft_ms,attempts,error,logprobs,turns"
                   " FROM responses WHERE run_id=?1 AND item_id=?2",
};

static const char schema_v1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, target TEXT NOT NULL,"
    " suite_name TEXT, suite_hash TEXT, params TEXT, tool_version TEXT,"
    " started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL DEFAULT 'running');"
    "CREATE TABLE items(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, item_id TEXT NOT NULL, label TEXT, category TEXT, language TEXT,"
    " n_turns INTEGER, json TEXT NOT NULL, PRIMARY KEY(run_id, item_id)) WITHOUT ROWID;"
    "CREATE UNIQUE INDEX items_order ON items(run_id, idx);"
    "CREATE TABLE responses(run_id INTEGER NOT NULL, item_id TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK(status IN ('ok','blocked','error')), http_code INTEGER,"
    " text TEXT, finish_reason TEXT, prompt_tokens INTEGER, completion_tokens INTEGER,"
    " latency_ms REAL, ttft_ms REAL, attempts INTEGER, error TEXT, logprobs TEXT, turns TEXT,"
    " created_at TEXT NOT NULL, PRIMARY KEY(run_id, item_id),"
    " FOREIGN KEY(run_id, item_id) REFERENCES items(run_id, item_id) ON DELETE CASCADE)"
    " WITHOUT ROWID;"
    "CREATE TABLE verdicts(run_id INTEGER NOT NULL, item_id TEXT NOT NULL,"
    " detector TEXT NOT NULL, detector_version TEXT, verdict TEXT NOT NULL, score REAL,"
    " patterns TEXT, source TEXT, explain TEXT, created_at TEXT NOT NULL,"
    " UNIQUE(run_id, item_id, detector),"
    " FOREIGN KEY(run_id, item_id) REFERENCES responses(run_id, item_id) ON DELETE CASCADE);"
    "CREATE INDEX verdicts_item ON verdicts(run_id, item_id);"
    "CREATE TABLE cache(key TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL);"
    "INSERT INTO meta(key, value) VALUES('schema_version', '1');";

/* Version 3: items and responses become rowid tables. As WITHOUT ROWID
 * tables, a row longer than about 1 KB (a typical answer) spilled into an
 * overflow page of its own, so a store of 1 KB answers took ~4.6x their
 * size. Tables are rebuilt the way SQLite documents for schema changes
 * (foreign keys are off meanwhile, see migrate). */
static const char schema_v3[] =
    "CREATE TABLE items_v3(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, item_id TEXT NOT NULL, label TEXT, category TEXT, language TEXT,"
    " n_turns INTEGER, json TEXT NOT NULL, PRIMARY KEY(run_id, item_id));"
    "INSERT INTO items_v3(run_id,idx,item_id,label,category,language,n_turns,json)"
    " SELECT run_id,idx,item_id,label,category,language,n_turns,json FROM items;"
    "DROP TABLE items;"
    "ALTER TABLE items_v3 RENAME TO items;"
    "CREATE UNIQUE INDEX items_order ON items(run_id, idx);"
    "CREATE TABLE responses_v3(run_id INTEGER NOT NULL, item_id TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK(status IN ('ok','blocked','error')), http_code INTEGER,"
    " text TEXT, finish_reason TEXT, prompt_tokens INTEGER, completion_tokens INTEGER,"
    " latency_ms REAL, ttft_ms REAL, attempts INTEGER, error TEXT, logprobs TEXT, turns TEXT,"
    " created_at TEXT NOT NULL, PRIMARY KEY(run_id, item_id),"
    " FOREIGN KEY(run_id, item_id) REFERENCES items(run_id, item_id) ON DELETE CASCADE);"
    "INSERT INTO responses_v3(run_id,item_id,status,http_code,text,finish_reason,prompt_tokens,"
    " completion_tokens,latency_ms,ttft_ms,attempts,error,logprobs,turns,created_at)"
    " SELECT run_id,item_id,status,http_code,text,finish_reason,prompt_tokens,"
    " completion_tokens,latency_ms,ttft_ms,attempts,error,logprobs,turns,created_at"
    " FROM responses;"
    "DROP TABLE responses;"
    "ALTER TABLE responses_v3 RENAME TO responses;";

/* migrations[v] turns schema version v into v+1 (index 0 creates v1). */
static const char *const migrations[STORE_VERSION] = {
    schema_v1, "ALTER TABLE runs ADD COLUMN detector TEXT;", schema_v3};

struct rf_store {
    sqlite3 *db;
    sqlite3_stmt *q[Q_COUNT];
    int in_tx;
    char err[RF_ERR_LEN];
};

static rf_status db_fail(rf_store *st, const char *what)
{
    st->err[0] = '\0';
    rf_seterr(st->err, "%s: %s", what, sqlite3_errmsg(st->db));
    return RF_EDB;
}

const char *rf_store_errmsg(const rf_store *st)
{
    return st->err[0] ? st->err : "no error";
}

static sqlite3_stmt *stmt(rf_store *st, int q)
{
    if (!st->q[q] && sqlite3_prepare_v2(st->db, queries[q], -1, &st->q[q], NULL) != SQLITE_OK) {
        db_fail(st, "prepare");
        return NULL;
    }
    sqlite3_reset(st->q[q]);
    sqlite3_clear_bindings(st->q[q]);
    return st->q[q];
}

static int schema_version(rf_store *st)
{
    sqlite3_stmt *s = NULL;
    int v = 0;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key='schema_version'", -1, &s,
                           NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(s, 0);
        int64_t n;
        if (t && rf_parse_i64(t, 0, 1000000, &n) == RF_OK)
            v = (int)n;
        else
            v = -1;
    }
    sqlite3_finalize(s);
    return v;
}

/* 1 when PRAGMA foreign_key_check reports a row (or cannot run). */
static int fk_violations(sqlite3 *db)
{
    sqlite3_stmt *s = NULL;
    int bad = sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &s, NULL) != SQLITE_OK ||
              sqlite3_step(s) != SQLITE_DONE;
    sqlite3_finalize(s);
    return bad;
}

/* Bring the schema to STORE_VERSION in one transaction. Foreign keys are
 * off while it runs (a table rebuild drops the old table, which with them on
 * would cascade into the verdicts) and checked before the commit. */
static rf_status migrate(rf_store *st, char *err)
{
    int v;
    char *msg = NULL;
    if (sqlite3_exec(st->db, "PRAGMA foreign_keys=OFF", NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        goto fail;
    v = schema_version(st);
    if (v < 0 || v > STORE_VERSION) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_exec(st->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
        rf_seterr(err, "database schema version %d is not supported by this build (%d)", v,
                  STORE_VERSION);
        return RF_EDB;
    }
    for (; v < STORE_VERSION; v++) {
        if (sqlite3_exec(st->db, migrations[v], NULL, NULL, &msg) != SQLITE_OK)
            goto fail;
    }
    if (fk_violations(st->db)) {
        msg = sqlite3_mprintf("foreign key check failed after migration");
        goto fail;
    }
    {
        char sql[96];
        snprintf(sql, sizeof sql, "UPDATE meta SET value='%d' WHERE key='schema_version'",
                 STORE_VERSION);
        if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK)
            goto fail;
    }
    if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK)
        goto fail;
    if (sqlite3_exec(st->db, "PRAGMA foreign_keys=ON", NULL, NULL, &msg) != SQLITE_OK)
        goto fail;
    return RF_OK;
fail:
    rf_seterr(err, "cannot initialise database: %s", msg ? msg : sqlite3_errmsg(st->db));
    sqlite3_free(msg);
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_exec(st->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
    return RF_EDB;
}

rf_status rf_store_open(const char *path, int readonly, rf_store **out, char *err)
{
    rf_store *st;
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    rf_status rc = RF_OK;

    *out = NULL;
    if (!(st = rf_calloc(1, sizeof *st)))
        return RF_ENOMEM;
    if (sqlite3_open_v2(path, &st->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        rf_seterr(err, "%s: %s", path, st->db ? sqlite3_errmsg(st->db) : "cannot open database");
        rc = readonly ? RF_ENOTFOUND : RF_EDB;
        goto out;
    }
    sqlite3_busy_timeout(st->db, 10000);
    sqlite3_extended_result_codes(st->db, 1);
    if (sqlite3_exec(st->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL) != SQLITE_OK ||
        (!readonly && sqlite3_exec(st->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
                                   NULL, NULL, NULL) != SQLITE_OK)) {
        rf_seterr(err, "%s: %s", path, sqlite3_errmsg(st->db));
        rc = RF_EDB;
        goto out;
    }
    if (readonly) {
        int v = schema_version(st);
        if (v > 0 && v < STORE_VERSION) {
            /* An older store: migrate it once (a writer's job), then read. */
            rf_store *w = NULL;
            rf_store_close(st);
            st = NULL;
            if ((rc = rf_store_open(path, 0, &w, err)) != RF_OK)
                return rc;
            rf_store_close(w);
            return rf_store_open(path, 1, out, err);
        }
        if (v != STORE_VERSION) {
            rf_seterr(err, "%s: not a refusal database (or schema version %d unsupported)", path,
                      v);
            rc = RF_EDB;
        }
    } else {
        rc = migrate(st, err);
        if (rc == RF_EDB && err && !err[0])
            rf_seterr(err, "%s: cannot initialise", path);
    }
out:
    if (rc) {
        rf_store_close(st);
        return rc;
    }
    *out = st;
    return RF_OK;
}

void rf_store_close(rf_store *st)
{
    int i;
    if (!st)
        return;
    for (i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(st->q[i]);
    if (st->in_tx)
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(st->db);
    rf_free(st);
}

static rf_status exec(rf_store *st, const char *sql)
{
    if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(st, sql);
    return RF_OK;
}

rf_status rf_store_begin(rf_store *st)
{
    rf_status rc;
    if (st->in_tx) {
        rf_seterr(st->err, "transaction already open");
        return RF_EINVAL;
    }
    rc = exec(st, "BEGIN IMMEDIATE");
    st->in_tx = rc == RF_OK;
    return rc;
}

rf_status rf_store_commit(rf_store *st)
{
    rf_status rc = exec(st, "COMMIT");
    if (rc == RF_OK)
        st->in_tx = 0;
    return rc;
}

rf_status rf_store_rollback(rf_store *st)
{
    st->in_tx = 0;
    return exec(st, "ROLLBACK");
}

/* ---- runs --------------------------------------------------------------- */

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
    sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

static char *col_dup(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? rf_strdup((const char *)t) : NULL;
}

void rf_run_info_clear(rf_run_info *ri)
{
    if (!ri)
        return;
    rf_free(ri->name);
    rf_free(ri->target);
    rf_free(ri->suite_name);
    rf_free(ri->suite_hash);
    rf_free(ri->params);
    rf_free(ri->tool_version);
    rf_free(ri->started_at);
    rf_free(ri->finished_at);
    rf_free(ri->status);
    rf_free(ri->detector);
    memset(ri, 0, sizeof *ri);
}

/* Step a write statement to completion and reset it (its message, if any,
 * is kept in st->err first). RF_EEXIST for a constraint violation. */
static rf_status step_done(rf_store *st, sqlite3_stmt *s, const char *what)
{
    int rc = sqlite3_step(s);
    rf_status res = RF_OK;
    if (rc != SQLITE_DONE && (rc & 0xff) == SQLITE_CONSTRAINT) {
        st->err[0] = '\0';
        rf_seterr(st->err, "%s: %s", what, sqlite3_errmsg(st->db));
        res = RF_EEXIST;
    } else if (rc != SQLITE_DONE) {
        res = db_fail(st, what);
    }
    sqlite3_reset(s);
    return res;
}

rf_status rf_store_run_create(rf_store *st, const rf_run_info *ri, int64_t *run_id)
{
    sqlite3_stmt *s = stmt(st, Q_RUN_INSERT);
    char now[32];
    rf_status rc;
    if (!s)
        return RF_EDB;
    rf_iso_time(now, sizeof now);
    bind_text(s, 1, ri->name);
    bind_text(s, 2, ri->target);
    bind_text(s, 3, ri->suite_name);
    bind_text(s, 4, ri->suite_hash);
    bind_text(s, 5, ri->params);
    bind_text(s, 6, ri->tool_version ? ri->tool_version : RF_VERSION);
    bind_text(s, 7, ri->started_at ? ri->started_at : now);
    rc = step_done(st, s, "create run");
    if (rc == RF_EEXIST) {
        st->err[0] = '\0';
        rf_seterr(st->err, "a run named '%s' already exists", ri->name);
    }
    if (rc == RF_OK)
        *run_id = sqlite3_last_insert_rowid(st->db);
    return rc;
}

static rf_status run_from_row(sqlite3_stmt *s, rf_run_info *out)
{
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(s, 0);
    out->name = col_dup(s, 1);
    out->target = col_dup(s, 2);
    out->suite_name = col_dup(s, 3);
    out->suite_hash = col_dup(s, 4);
    out->params = col_dup(s, 5);
    out->tool_version = col_dup(s, 6);
    out->started_at = col_dup(s, 7);
    out->finished_at = col_dup(s, 8);
    out->status = col_dup(s, 9);
    out->n_items = sqlite3_column_int64(s, 10);
    out->n_responses = sqlite3_column_int64(s, 11);
    out->n_errors = sqlite3_column_int64(s, 12);
    out->detector = col_dup(s, 13);
    if (!out->name || !out->target || !out->started_at || !out->status) {
        rf_run_info_clear(out);
        return RF_ENOMEM;
    }
    return RF_OK;
}

rf_status rf_store_run_get(rf_store *st, const char *name, rf_run_info *out)
{
    sqlite3_stmt *s = stmt(st, Q_RUN_GET);
    int64_t id = 0;
    int rc;
    rf_status res;
    memset(out, 0, sizeof *out);
    if (!s)
        return RF_EDB;
    bind_text(s, 1, name);
    sqlite3_bind_int(s, 2, rf_parse_i64(name, 1, INT64_MAX, &id) == RF_OK);
    sqlite3_bind_int64(s, 3, id);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        res = run_from_row(s, out);
    } else if (rc == SQLITE_DONE) {
        st->err[0] = '\0';
        rf_seterr(st->err, "no run named '%s'", name);
        res = RF_ENOTFOUND;
    } else {
        res = db_fail(st, "read run");
    }
    sqlite3_reset(s);
    return res;
}

rf_status rf_store_run_set_detector(rf_store *st, int64_t run_id, const char *detector)
{
    sqlite3_stmt *s = NULL;
    rf_status rc;
    if (sqlite3_prepare_v2(st->db, "UPDATE runs SET detector=?2 WHERE id=?1", -1, &s, NULL) !=
        SQLITE_OK)
        return db_fail(st, "set detector");
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, detector);
    rc = step_done(st, s, "set detector");
    sqlite3_finalize(s);
    return rc;
}

rf_status rf_store_run_finish(rf_store *st, int64_t run_id, const char *status)
{
    sqlite3_stmt *s = stmt(st, Q_RUN_FINISH);
    char now[32];
    rf_status rc;
    if (!s)
        return RF_EDB;
    rf_iso_time(now, sizeof now);
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, now);
    bind_text(s, 3, status);
    rc = step_done(st, s, "finish run");
    return rc;
}

rf_status rf_store_runs(rf_store *st, rf_run_info **list, size_t *n)
{
    sqlite3_stmt *s = NULL;
    rf_run_info *arr = NULL;
    size_t cap = 0, cnt = 0;
    rf_status res = RF_OK;
    int rc;
    const char *sql =
        "SELECT id,name,target,suite_name,suite_hash,params,tool_version,started_at,finished_at,"
        "status,(SELECT count(*) FROM items i WHERE i.run_id=runs.id),"
        "(SELECT count(*) FROM responses r WHERE r.run_id=runs.id AND r.status<>'error'),"
        "(SELECT count(*) FROM responses r WHERE r.run_id=runs.id AND r.status='error'),"
        "detector FROM runs ORDER BY id";
    *list = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "list runs");
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (cnt == cap) {
            rf_run_info *na = rf_realloc(arr, (cap = cap ? cap * 2 : 16) * sizeof *arr);
            if (!na) {
                res = RF_ENOMEM;
                break;
            }
            arr = na;
        }
        if ((res = run_from_row(s, &arr[cnt])) != RF_OK)
            break;
        cnt++;
    }
    if (res == RF_OK && rc != SQLITE_DONE)
        res = db_fail(st, "list runs");
    sqlite3_finalize(s);
    if (res) {
        while (cnt)
            rf_run_info_clear(&arr[--cnt]);
        rf_free(arr);
        return res;
    }
    *list = arr;
    *n = cnt;
    return RF_OK;
}

/* ---- items, responses, verdicts ----------------------------------------- */

rf_status rf_store_item_add(rf_store *st, int64_t run_id, int64_t idx, const rf_item *it)
{
    sqlite3_stmt *s = stmt(st, Q_ITEM_INSERT);
    rf_status rc;
    if (!s)
        return RF_EDB;
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_int64(s, 2, idx);
    bind_text(s, 3, it->id);
    bind_text(s, 4, it->label);
    bind_text(s, 5, it->category);
    bind_text(s, 6, it->language ? it->language : "en");
    sqlite3_bind_int(s, 7, it->n_turns);
    bind_text(s, 8, it->json);
    rc = step_done(st, s, "add item");
    if (rc == RF_EEXIST) {
        st->err[0] = '\0';
        rf_seterr(st->err, "duplicate item id '%s'", it->id);
    }
    return rc;
}

static void bind_opt_int(sqlite3_stmt *s, int i, int64_t v)
{
    if (v < 0)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v);
}

static void bind_opt_double(sqlite3_stmt *s, int i, double v)
{
    if (v < 0)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_double(s, i, v);
}

rf_status rf_store_response_put(rf_store *st, int64_t run_id, const rf_response *r)
{
    sqlite3_stmt *s = stmt(st, Q_VERD_CLEAR);
    char now[32];
    rf_status rc;
    if (!s)
        return RF_EDB;
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, r->item_id);
    rc = step_done(st, s, "clear verdicts");
    if (rc || !(s = stmt(st, Q_RESP_PUT)))
        return rc ? rc : RF_EDB;
    rf_iso_time(now, sizeof now);
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, r->item_id);
    bind_text(s, 3, r->status);
    bind_opt_int(s, 4, r->http_code > 0 ? r->http_code : -1);
    bind_text(s, 5, r->text);
    bind_text(s, 6, r->finish_reason);
    bind_opt_int(s, 7, r->prompt_tokens);
    bind_opt_int(s, 8, r->completion_tokens);
    bind_opt_double(s, 9, r->latency_ms);
    bind_opt_double(s, 10, r->ttft_ms);
    sqlite3_bind_int(s, 11, r->attempts);
    bind_text(s, 12, r->error);
    bind_text(s, 13, r->logprobs);
    bind_text(s, 14, r->turns);
    bind_text(s, 15, now);
    rc = step_done(st, s, "store response");
    return rc;
}

rf_status rf_store_verdict_put(rf_store *st, int64_t run_id, const rf_verdict_row *v)
{
    sqlite3_stmt *s = stmt(st, Q_VERD_PUT);
    char now[32];
    rf_status rc;
    if (!s)
        return RF_EDB;
    rf_iso_time(now, sizeof now);
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, v->item_id);
    bind_text(s, 3, v->detector);
    bind_text(s, 4, v->detector_version);
    bind_text(s, 5, v->verdict);
    bind_opt_double(s, 6, v->score);
    bind_text(s, 7, v->patterns);
    bind_text(s, 8, v->source ? v->source : "text");
    bind_text(s, 9, v->explain);
    bind_text(s, 10, now);
    rc = step_done(st, s, "store verdict");
    return rc;
}

/* ---- reading ------------------------------------------------------------ */

static rf_status item_of_row(rf_store *st, sqlite3_stmt *s, int col, rf_item **it)
{
    const char *json = (const char *)sqlite3_column_text(s, col);
    char err[RF_ERR_LEN] = "";
    rf_status rc;
    if (!json) {
        rf_seterr(st->err, "item without JSON");
        return RF_EDB;
    }
    rc = rf_item_from_json(json, (size_t)sqlite3_column_bytes(s, col), it, err);
    if (rc) {
        st->err[0] = '\0';
        rf_seterr(st->err, "stored item is corrupt: %s", err);
    }
    return rc;
}

rf_status rf_store_pending_page(rf_store *st, int64_t run_id, int retry_errors, int64_t after_idx,
                                int limit, int64_t *last_idx,
                                int (*cb)(const rf_item *item, int64_t idx, void *ctx), void *ctx)
{
    static const char sql[] =
        "SELECT i.idx, i.json FROM items i LEFT JOIN responses r"
        " ON r.run_id=i.run_id AND r.item_id=i.item_id"
        " WHERE i.run_id=?1 AND i.idx>?2 AND (r.status IS NULL OR (?3 AND r.status='error'))"
        " ORDER BY i.idx LIMIT ?4";
    sqlite3_stmt *s = NULL;
    rf_item **page = NULL;
    int64_t *idxs = NULL;
    size_t n = 0, cap = 0, i;
    rf_status res = RF_OK;
    int rc;

    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "pending items");
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_int64(s, 2, after_idx);
    sqlite3_bind_int(s, 3, retry_errors != 0);
    sqlite3_bind_int64(s, 4, limit > 0 ? limit : -1);
    /* Read the whole page first so that cb may write to the store. */
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            rf_item **np = rf_realloc(page, ncap * sizeof *np);
            int64_t *ni = np ? rf_realloc(idxs, ncap * sizeof *ni) : NULL;
            if (np)
                page = np;
            if (!np || !ni) {
                res = RF_ENOMEM;
                break;
            }
            idxs = ni;
            cap = ncap;
        }
        idxs[n] = sqlite3_column_int64(s, 0);
        if ((res = item_of_row(st, s, 1, &page[n])) != RF_OK)
            break;
        n++;
    }
    if (res == RF_OK && rc != SQLITE_DONE)
        res = db_fail(st, "pending items");
    sqlite3_finalize(s);
    for (i = 0; i < n; i++) {
        if (res == RF_OK) {
            if (last_idx)
                *last_idx = idxs[i];
            if (cb(page[i], idxs[i], ctx))
                res = RF_EINTR;
        }
        rf_item_free(page[i]);
    }
    rf_free(page);
    rf_free(idxs);
    return res == RF_EINTR ? RF_OK : res;
}

typedef struct pending_adapter {
    int (*cb)(const rf_item *item, void *ctx);
    void *ctx;
    int stopped;
} pending_adapter;

static int pending_adapt(const rf_item *item, int64_t idx, void *ctx)
{
    pending_adapter *pa = ctx;
    (void)idx;
    pa->stopped = pa->cb(item, pa->ctx);
    return pa->stopped;
}

rf_status rf_store_pending(rf_store *st, int64_t run_id, int retry_errors,
                           int (*cb)(const rf_item *item, void *ctx), void *ctx)
{
    pending_adapter pa = {cb, ctx, 0};
    int64_t after = -1, last = -1;
    rf_status rc;
    do {
        last = after;
        rc = rf_store_pending_page(st, run_id, retry_errors, after, 1000, &after, pending_adapt,
                                   &pa);
    } while (rc == RF_OK && !pa.stopped && after != last);
    return rc;
}

rf_status rf_store_pending_count(rf_store *st, int64_t run_id, int retry_errors, int64_t *n)
{
    static const char sql[] =
        "SELECT count(*) FROM items i LEFT JOIN responses r"
        " ON r.run_id=i.run_id AND r.item_id=i.item_id"
        " WHERE i.run_id=?1 AND (r.status IS NULL OR (?2 AND r.status='error'))";
    sqlite3_stmt *s = NULL;
    rf_status res = RF_OK;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "count pending");
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_int(s, 2, retry_errors != 0);
    if (sqlite3_step(s) == SQLITE_ROW)
        *n = sqlite3_column_int64(s, 0);
    else
        res = db_fail(st, "count pending");
    sqlite3_finalize(s);
    return res;
}

static const char rows_sql_latest[] =
    "SELECT i.idx, i.json, r.status, r.http_code, r.text, r.finish_reason, r.prompt_tokens,"
    " r.completion_tokens, r.latency_ms, r.ttft_ms, r.attempts, r.error, r.logprobs, r.turns,"
    " v.detector, v.detector_version, v.verdict, v.score, v.patterns, v.source, v.explain"
    " FROM items i LEFT JOIN responses r ON r.run_id=i.run_id AND r.item_id=i.item_id"
    " LEFT JOIN verdicts v ON v.rowid=(SELECT rowid FROM verdicts w WHERE w.run_id=i.run_id"
    " AND w.item_id=i.item_id ORDER BY w.detector IS ?2 DESC, rowid DESC LIMIT 1)"
    " WHERE i.run_id=?1 ORDER BY i.idx";

static const char rows_sql_detector[] =
    "SELECT i.idx, i.json, r.status, r.http_code, r.text, r.finish_reason, r.prompt_tokens,"
    " r.completion_tokens, r.latency_ms, r.ttft_ms, r.attempts, r.error, r.logprobs, r.turns,"
    " v.detector, v.detector_version, v.verdict, v.score, v.patterns, v.source, v.explain"
    " FROM items i LEFT JOIN responses r ON r.run_id=i.run_id AND r.item_id=i.item_id"
    " LEFT JOIN verdicts v ON v.run_id=i.run_id AND v.item_id=i.item_id AND v.detector=?2"
    " WHERE i.run_id=?1 ORDER BY i.idx";

#define COL_TEXT(s, i) ((const char *)sqlite3_column_text((s), (i)))

static int64_t col_opt_int(sqlite3_stmt *s, int i)
{
    return sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, i);
}

static double col_opt_double(sqlite3_stmt *s, int i)
{
    return sqlite3_column_type(s, i) == SQLITE_NULL ? -1.0 : sqlite3_column_double(s, i);
}

/* The response columns status, http_code, text, finish_reason,
 * prompt_tokens, completion_tokens, latency_ms, ttft_ms, attempts, error,
 * logprobs, turns, in this order from column col. */
static void fill_response(sqlite3_stmt *s, int col, rf_response *r)
{
    r->status = COL_TEXT(s, col);
    r->http_code = (int)sqlite3_column_int(s, col + 1);
    r->text = COL_TEXT(s, col + 2);
    r->finish_reason = COL_TEXT(s, col + 3);
    r->prompt_tokens = col_opt_int(s, col + 4);
    r->completion_tokens = col_opt_int(s, col + 5);
    r->latency_ms = col_opt_double(s, col + 6);
    r->ttft_ms = col_opt_double(s, col + 7);
    r->attempts = sqlite3_column_int(s, col + 8);
    r->error = COL_TEXT(s, col + 9);
    r->logprobs = COL_TEXT(s, col + 10);
    r->turns = COL_TEXT(s, col + 11);
}

static void fill_row(sqlite3_stmt *s, rf_row *row)
{
    rf_response *r = &row->resp;
    rf_verdict_row *v = &row->verdict;
    row->idx = sqlite3_column_int64(s, 0);
    r->item_id = row->item->id;
    fill_response(s, 2, r);
    v->item_id = row->item->id;
    v->detector = COL_TEXT(s, 14);
    v->detector_version = COL_TEXT(s, 15);
    v->verdict = COL_TEXT(s, 16);
    v->score = col_opt_double(s, 17);
    v->patterns = COL_TEXT(s, 18);
    v->source = COL_TEXT(s, 19);
    v->explain = COL_TEXT(s, 20);
}

rf_status rf_store_response_get(rf_store *st, int64_t run_id, const char *item_id,
                                void (*cb)(const rf_response *r, void *ctx), void *ctx)
{
    sqlite3_stmt *s = stmt(st, Q_RESP_GET);
    rf_response r;
    int rc;
    if (!s)
        return RF_EDB;
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, item_id);
    rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(s);
        return RF_ENOTFOUND;
    }
    if (rc != SQLITE_ROW) {
        rf_status res = db_fail(st, "read response");
        sqlite3_reset(s);
        return res;
    }
    memset(&r, 0, sizeof r);
    r.item_id = COL_TEXT(s, 0);
    fill_response(s, 1, &r);
    cb(&r, ctx);
    sqlite3_reset(s);
    return RF_OK;
}

/* The run's primary detector (new string or NULL). */
static char *run_detector(rf_store *st, int64_t run_id)
{
    sqlite3_stmt *s = NULL;
    char *d = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT detector FROM runs WHERE id=?1", -1, &s, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_int64(s, 1, run_id);
        if (sqlite3_step(s) == SQLITE_ROW)
            d = col_dup(s, 0);
    }
    sqlite3_finalize(s);
    return d;
}

rf_status rf_store_rows(rf_store *st, int64_t run_id, const char *detector,
                        int (*cb)(const rf_row *row, void *ctx), void *ctx)
{
    sqlite3_stmt *s = NULL;
    rf_status res = RF_OK;
    char *primary = detector ? NULL : run_detector(st, run_id);
    int rc;
    if (sqlite3_prepare_v2(st->db, detector ? rows_sql_detector : rows_sql_latest, -1, &s, NULL) !=
        SQLITE_OK) {
        rf_free(primary);
        return db_fail(st, "read rows");
    }
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, detector ? detector : primary);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        rf_item *it = NULL;
        rf_row row;
        int stop;
        memset(&row, 0, sizeof row);
        if ((res = item_of_row(st, s, 1, &it)) != RF_OK)
            break;
        row.item = it;
        fill_row(s, &row);
        stop = cb(&row, ctx);
        rf_item_free(it);
        if (stop)
            break;
    }
    if (res == RF_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        res = db_fail(st, "read rows");
    sqlite3_finalize(s);
    rf_free(primary);
    return res;
}

static const char texts_sql[] =
    "SELECT i.idx, i.item_id, i.language, r.status, r.text, r.turns,"
    " CASE WHEN json_valid(i.json) THEN json_extract(i.json, '$.prompt') END FROM items i"
    " JOIN responses r ON r.run_id=i.run_id AND r.item_id=i.item_id"
    " WHERE i.run_id=?1 AND i.idx>?2 AND r.status IN ('ok','blocked') ORDER BY i.idx LIMIT ?3";

rf_status rf_store_texts(rf_store *st, int64_t run_id, int64_t after_idx, size_t limit,
                         int (*cb)(const rf_text_row *row, void *ctx), void *ctx, int64_t *last_idx)
{
    sqlite3_stmt *s = NULL;
    rf_status res = RF_OK;
    int rc;
    if (limit == 0 || limit > INT32_MAX)
        return RF_EINVAL;
    if (sqlite3_prepare_v2(st->db, texts_sql, -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, "read responses");
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_int64(s, 2, after_idx);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)limit);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        rf_text_row row;
        row.idx = sqlite3_column_int64(s, 0);
        row.item_id = COL_TEXT(s, 1);
        row.language = COL_TEXT(s, 2);
        row.status = COL_TEXT(s, 3);
        row.text = COL_TEXT(s, 4);
        row.len = row.text ? (size_t)sqlite3_column_bytes(s, 4) : 0;
        row.turns = COL_TEXT(s, 5);
        row.prompt = sqlite3_column_type(s, 6) == SQLITE_TEXT ? COL_TEXT(s, 6) : NULL;
        *last_idx = row.idx;
        if (!row.item_id || !row.status) {
            res = RF_ENOMEM;
            break;
        }
        if (cb(&row, ctx))
            break;
    }
    if (res == RF_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        res = db_fail(st, "read responses");
    sqlite3_finalize(s);
    return res;
}

rf_status rf_store_detectors(rf_store *st, int64_t run_id, char ***names)
{
    sqlite3_stmt *s = NULL;
    char **arr = NULL;
    size_t n = 0;
    rf_status res = RF_OK;
    int rc;
    *names = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT DISTINCT detector FROM verdicts WHERE run_id=?1 ORDER BY 1", -1,
                           &s, NULL) != SQLITE_OK)
        return db_fail(st, "list detectors");
    sqlite3_bind_int64(s, 1, run_id);
    if (!(arr = rf_calloc(1, sizeof *arr)))
        res = RF_ENOMEM;
    while (res == RF_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        char **na = rf_realloc(arr, (n + 2) * sizeof *arr);
        if (!na) {
            res = RF_ENOMEM;
            break;
        }
        arr = na;
        arr[n] = col_dup(s, 0);
        arr[++n] = NULL;
        if (!arr[n - 1])
            res = RF_ENOMEM;
    }
    sqlite3_finalize(s);
    if (res) {
        size_t i;
        for (i = 0; arr && i < n; i++)
            rf_free(arr[i]);
        rf_free(arr);
        return res;
    }
    *names = arr;
    return RF_OK;
}

rf_status rf_store_cache_get(rf_store *st, const char *key, char **value)
{
    sqlite3_stmt *s = stmt(st, Q_CACHE_GET);
    int rc;
    rf_status res = RF_OK;
    *value = NULL;
    if (!s)
        return RF_EDB;
    bind_text(s, 1, key);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        if (!(*value = col_dup(s, 0)))
            res = RF_ENOMEM;
    } else if (rc != SQLITE_DONE) {
        res = db_fail(st, "read cache");
    }
    sqlite3_reset(s);
    return res;
}

rf_status rf_store_cache_put(rf_store *st, const char *key, const char *value)
{
    sqlite3_stmt *s = stmt(st, Q_CACHE_PUT);
    char now[32];
    rf_status rc;
    if (!s)
        return RF_EDB;
    rf_iso_time(now, sizeof now);
    bind_text(s, 1, key);
    bind_text(s, 2, value);
    bind_text(s, 3, now);
    rc = step_done(st, s, "write cache");
    return rc;
}
