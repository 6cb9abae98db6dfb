/*
 * classify_int.h - what cmd_classify.c (streams) and classify_run.c
 * (re-scoring a stored run) share.
 */
#ifndef RF_CLASSIFY_INT_H
#define RF_CLASSIFY_INT_H

#include <stdio.h>

#include "cli.h"
#include "refusal/buf.h"
#include "refusal/detect.h"

#define CLASSIFY_MAX_LINE ((size_t)4 << 20) /* s17-rev: 64 MiB took 390 MiB of memory */
#define CLASSIFY_BATCH 2048                 /* stored responses per page (--run) */
/* s17-mem: a buffer that grew past this for one answer is freed after it
 * (ordinary answers never reach it; a thread kept a huge answer's buffers) */
#define CLASSIFY_KEEP ((size_t)1 << 20)

typedef struct cls_ctx {
    rf_detector *det;
    const char *field;
    int tsv, explain_on, text_mode;
    FILE *out;
    rf_buf line_out, explain, clean;
    const char *path;
    size_t lineno;
    long n_bad;
    rf_buf errs; /* bad-line messages of the current batch, in order */
} cls_ctx;

/* Append the JSON array of the pattern names in pats to b. */
rf_status cls_patterns_json(rf_buf *b, unsigned pats) RF_MUST_CHECK;

/* `classify --run NAME`: re-score a stored run on `threads` threads; an
 * exit code. */
int cls_rescore_run(cls_ctx *c, const cli_args *a, int threads);

/* Lines of an input stream, read with read(2) into a buffer that never
 * holds more than `max` bytes of one line plus one read (classify_read.c):
 * a longer line is skipped as it is read, so a 200 MB line costs no
 * 200 MB buffer (getline's did). */
typedef struct cls_reader {
    int fd;
    char *buf;
    size_t cap, lo, hi, seen; /* unread bytes buf[lo..hi); no newline in buf[lo..seen) */
    size_t max;
    int eof, err; /* err: the errno of a failed read (or ENOMEM), else 0 */
} cls_reader;

void cls_reader_init(cls_reader *r, FILE *in, size_t max);
void cls_reader_free(cls_reader *r);
/* Give back the room a long line took (capacity over CLASSIFY_KEEP and
 * mostly unused); the lines returned before are no longer valid. */
void cls_reader_shrink(cls_reader *r);
/* The next line (with its newline, if any) in *line and its length; a line
 * longer than max sets *line to NULL and returns its full length. 0 at the
 * end of input or on a read error (r->err; the line it cut is not returned). */
size_t cls_read_line(cls_reader *r, const char **line);
/* 1 when cls_read_line would return without reading: a whole line is held,
 * or the input has ended. */
int cls_reader_has_line(const cls_reader *r);

#endif
