/*
 * bench/rescore_db.c - a run database for bench/rescore.sh.
 *
 *   bench_rescore_db DB < responses.jsonl
 *
 * Reads JSONL lines with "id" and "response" (bench_classify_gen's output)
 * and writes one run named "bench" to DB (replaced if it exists): an item
 * per line (language left out, so the classifier guesses it) and an "ok"
 * response with the text. No verdicts. Only for the benchmark.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "refusal/store.h"
#include "refusal/suite.h"

static int add_line(rf_store *st, int64_t run, long i, const char *line, char *err)
{
    json_error_t je;
    json_t *o = json_loads(line, 0, &je), *item;
    const char *id, *text;
    char *js = NULL;
    rf_item *it = NULL;
    rf_response r;
    int bad = 1;
    if (!o || !(id = json_string_value(json_object_get(o, "id"))) ||
        !(text = json_string_value(json_object_get(o, "response")))) {
        fprintf(stderr, "line %ld: want {\"id\":...,\"response\":...}\n", i + 1);
        json_decref(o);
        return 1;
    }
    item = json_pack("{s:s,s:s}", "id", id, "prompt", "benchmark prompt");
    js = item ? json_dumps(item, JSON_COMPACT) : NULL;
    if (js && rf_item_from_json(js, strlen(js), &it, err) == RF_OK &&
        rf_store_item_add(st, run, i, it) == RF_OK) {
        memset(&r, 0, sizeof r);
        r.item_id = id;
        r.status = "ok";
        r.text = text;
        r.prompt_tokens = r.completion_tokens = -1;
        r.latency_ms = 100;
        r.ttft_ms = -1;
        r.attempts = 1;
        bad = rf_store_response_put(st, run, &r) != RF_OK;
    }
    rf_item_free(it);
    free(js);
    json_decref(item);
    json_decref(o);
    return bad;
}

int main(int argc, char **argv)
{
    rf_store *st = NULL;
    rf_run_info ri;
    int64_t run;
    char err[RF_ERR_LEN] = "", *line = NULL;
    size_t cap = 0;
    long i = 0;
    int bad = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: bench_rescore_db DB < responses.jsonl\n");
        return 2;
    }
    unlink(argv[1]);
    if (rf_store_open(argv[1], 0, &st, err) != RF_OK) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    memset(&ri, 0, sizeof ri);
    ri.name = "bench";
    ri.target = "builtin:bench";
    ri.suite_name = "bench";
    bad |= rf_store_run_create(st, &ri, &run) != RF_OK;
    bad |= rf_store_begin(st) != RF_OK;
    while (!bad && getline(&line, &cap, stdin) > 0) {
        bad |= add_line(st, run, i, line, err);
        if (++i % 20000 == 0)
            bad |= rf_store_commit(st) != RF_OK || rf_store_begin(st) != RF_OK;
    }
    bad |= rf_store_commit(st) != RF_OK;
    if (bad)
        fprintf(stderr, "bench_rescore_db: %s %s\n", err, rf_store_errmsg(st));
    free(line);
    rf_store_close(st);
    return bad;
}
