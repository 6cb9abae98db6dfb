/*
 * classify_read.c - the lines of `refusal classify`'s input, bounded.
 *
 * getline() holds a whole line, however long, before the caller can see
 * that it is over CLASSIFY_MAX_LINE: a 200 MB line took 238 MB of memory
 * only to be reported as too long (s17-rev). This reader keeps at most
 * `max` bytes of one line plus one read; a longer line is counted and
 * dropped as it arrives. It reads with read(2) so that a pipe's lines are
 * returned as they come (fread would wait for a full buffer). Callers:
 * cmd_classify.c (batch_read).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "classify_int.h"

#define READ_CHUNK ((size_t)64 << 10)

void cls_reader_init(cls_reader *r, FILE *in, size_t max)
{
    memset(r, 0, sizeof *r);
    r->fd = fileno(in);
    r->max = max;
}

void cls_reader_free(cls_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}

/* Move the unread bytes buf[lo..hi) to the front. */
static void compact(cls_reader *r)
{
    if (r->lo == 0)
        return;
    memmove(r->buf, r->buf + r->lo, r->hi - r->lo);
    r->hi -= r->lo;
    r->seen -= r->lo;
    r->lo = 0;
}

/* Size buf (compacted) to the smallest power of two, from 2 x READ_CHUNK,
 * with room for one read after buf[hi]; 0 on success. */
static int fit(cls_reader *r)
{
    size_t nc = READ_CHUNK * 2;
    char *p;
    while (nc < r->hi + READ_CHUNK)
        nc *= 2;
    if (nc == r->cap)
        return 0;
    if (!(p = realloc(r->buf, nc)))
        return -1;
    r->buf = p;
    r->cap = nc;
    return 0;
}

void cls_reader_shrink(cls_reader *r)
{
    if (r->cap <= CLASSIFY_KEEP || r->hi - r->lo > r->cap / 4)
        return;
    compact(r);
    (void)fit(r); /* when it fails, the larger buffer stays */
}

/* Make room for one more read after buf[hi]; 0 on success. */
static int room(cls_reader *r)
{
    compact(r);
    return r->cap - r->hi >= READ_CHUNK ? 0 : fit(r);
}

/* Read more into buf[hi..); 0 at the end of input or on an error (r->err
 * then holds its errno). */
static size_t fill(cls_reader *r)
{
    ssize_t got;
    if (!r->eof && room(r) != 0)
        r->err = ENOMEM;
    if (r->eof || r->err) {
        r->eof = 1;
        return 0;
    }
    do
        got = read(r->fd, r->buf + r->hi, r->cap - r->hi);
    while (got < 0 && errno == EINTR);
    if (got < 0)
        r->err = errno ? errno : EIO;
    if (got <= 0) {
        r->eof = 1;
        return 0;
    }
    r->hi += (size_t)got;
    return (size_t)got;
}

int cls_reader_has_line(const cls_reader *r)
{
    return r->eof || (r->seen < r->hi && memchr(r->buf + r->seen, '\n', r->hi - r->seen));
}

size_t cls_read_line(cls_reader *r, const char **line)
{
    size_t skipped = 0, n;
    for (;;) {
        const char *nl = r->seen < r->hi ? memchr(r->buf + r->seen, '\n', r->hi - r->seen) : NULL;
        if (nl || (r->eof && !r->err && r->hi > r->lo)) { /* (not a line cut by an error) */
            n = nl ? (size_t)(nl - r->buf) + 1 - r->lo : r->hi - r->lo;
            *line = skipped || n > r->max ? NULL : r->buf + r->lo;
            r->lo += n;
            r->seen = r->lo;
            return skipped + n;
        }
        if (r->eof) {
            *line = NULL;
            return r->err ? 0 : skipped; /* the end of input (a dropped last line counts) */
        }
        r->seen = r->hi;
        if (r->hi - r->lo > r->max) { /* too long: drop what is held */
            skipped += r->hi - r->lo;
            r->lo = r->hi = r->seen = 0;
        }
        fill(r);
    }
}
