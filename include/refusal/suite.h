/*
 * suite.h - suite items (DESIGN.md "Suite items") and the streaming reader.
 *
 * A suite is JSONL (one object per line) or CSV with a header row. The reader
 * streams: it holds one line at a time, never the whole file. Every malformed
 * line is reported as "file:line: reason". Specs accepted by rf_suite_open():
 *   - a path to a .jsonl/.json (JSON lines) or .csv file, or "-" for stdin (JSONL)
 *   - the name of a built-in suite ("core", "emotional", ...), embedded in the binary
 *   - "FORMAT:FILE" to import a public benchmark format on the fly (see import.h)
 */
#ifndef RF_SUITE_H
#define RF_SUITE_H

#include "refusal/buf.h"

/* One suite item. All strings are owned by the item (rf_item_free), UTF-8,
 * NULL when absent. JSON-valued fields hold compact JSON text. */
typedef struct rf_item {
    char *id;       /* required, unique within the suite */
    char *prompt;   /* single user turn, or NULL when messages is set */
    char *messages; /* JSON array [{role, content}] or NULL */
    char *label;    /* "benign", "harmful" or NULL (unlabelled) */
    char *category;
    char *subcategory;
    char *language; /* BCP-47, "en" when absent */
    char *pair;     /* id of the contrast twin */
    char *rubric;   /* JSON array of strings */
    char *scenario; /* e.g. "text-to-code" */
    int level;      /* 0 when absent, else 1-3 */
    char *images;   /* JSON array of paths/URLs */
    char *modality; /* "text" (default) or "image-generation" */
    char *meta;     /* JSON object */
    int n_turns;    /* user turns: 1 for prompt, count of user messages otherwise */
    char *json;     /* the item as one canonical JSON object (keys in DESIGN order) */
} rf_item;

typedef struct rf_suite_reader rf_suite_reader;

/* Open a suite by spec (see above). *out is a new reader, freed with
 * rf_suite_close. Errors: RF_ENOTFOUND (no such file or built-in), RF_EIO,
 * RF_EUNSUP (unknown FORMAT); message in err. */
rf_status rf_suite_open(const char *spec, rf_suite_reader **out, char *err) RF_MUST_CHECK;

/* Read the next item. On success *item is a new item (caller frees with
 * rf_item_free) or NULL at end of input. On a malformed line returns
 * RF_EPARSE with "file:line: reason" in err; the reader stays usable and the
 * next call continues with the following line (for --skip-invalid). */
rf_status rf_suite_next(rf_suite_reader *r, rf_item **item, char *err) RF_MUST_CHECK;

/* The suite's display name (built-in name or file base name), borrowed. */
const char *rf_suite_name(const rf_suite_reader *r);

/* Name the input differently from its path: later messages say
 * "path:line: ..." with this path, and rf_suite_name returns name. For a
 * copy of another input (run spools stdin to a file, as it reads a suite
 * twice). */
void rf_suite_relabel(rf_suite_reader *r, const char *path, const char *name);

/* Hex SHA-256 of every item's canonical JSON read so far, in order (after the
 * last item: the content hash of the suite). Borrowed, 64 chars. */
const char *rf_suite_hash(rf_suite_reader *r);

/* Current line number (1-based, of the last line read). */
long rf_suite_line(const rf_suite_reader *r);

void rf_suite_close(rf_suite_reader *r);

/* Parse one JSON object text into an item; errors name only the reason (the
 * caller adds file:line). Used by readers and importers. */
rf_status rf_item_from_json(const char *text, size_t len, rf_item **out, char *err) RF_MUST_CHECK;

/* Build item->json from the other fields (call after changing them). */
rf_status rf_item_canonicalize(rf_item *item, char *err) RF_MUST_CHECK;

/* A new, empty item (all NULL). NULL on allocation failure. */
rf_item *rf_item_new(void);
void rf_item_free(rf_item *item);

/* Names of the built-in suites, NULL-terminated, static. */
const char *const *rf_suite_builtins(void);

#endif
