/*
 * csv.h - streaming RFC 4180 CSV record reader.
 *
 * Reads one record at a time from a file, a FILE* or a memory block and hands
 * back its fields as (ptr,len) slices. Accepts: quoted fields with doubled
 * quotes and embedded newlines, CRLF / LF / lone-CR line ends, a UTF-8 BOM at
 * the start (skipped), blank lines between records (skipped). Rejects, with
 * "name:line: reason" (line = physical line where the record started, or where
 * the fault is for a fault inside a record): an unterminated quoted field,
 * a character after a closing quote, a NUL byte, invalid UTF-8 (unless
 * RF_CSV_REPAIR_UTF8), a record whose field count differs from the first
 * record's (unless RF_CSV_RAGGED), and records over the named limits.
 * A bare '"' inside an unquoted field is kept literally (as most writers do).
 */
#ifndef RF_CSV_H
#define RF_CSV_H

#include <stdio.h>

#include "refusal/buf.h"

/* Limits: bytes in one record (all fields), fields in one record. */
#define RF_CSV_MAX_RECORD (16u * 1024u * 1024u)
#define RF_CSV_MAX_FIELDS 4096u

/* Flags for the open functions. */
#define RF_CSV_RAGGED 1u      /* allow records with differing field counts */
#define RF_CSV_REPAIR_UTF8 2u /* replace invalid UTF-8 by U+FFFD (counted) instead of failing */

typedef struct rf_csv rf_csv;

/* Open a file by path ("-" reads stdin). name for messages is the path.
 * *out is a new reader (rf_csv_close). Errors: RF_ENOTFOUND (no such file),
 * RF_EIO, RF_ENOMEM. */
rf_status rf_csv_open(const char *path, unsigned flags, rf_csv **out, char *err) RF_MUST_CHECK;

/* Read from an open stream, borrowed (not closed by rf_csv_close). name (copied)
 * is used in messages. Errors: RF_ENOMEM. */
rf_status rf_csv_open_file(FILE *f, const char *name, unsigned flags, rf_csv **out,
                           char *err) RF_MUST_CHECK;

/* Read from memory data[0..len), borrowed until rf_csv_close. Errors: RF_ENOMEM. */
rf_status rf_csv_open_mem(const char *data, size_t len, const char *name, unsigned flags,
                          rf_csv **out, char *err) RF_MUST_CHECK;

/* Read the next record. On RF_OK, *fields points to *n slices (n >= 1), each
 * field also NUL-terminated at ptr[len], all borrowed until the next call or
 * rf_csv_close; at end of input *fields = NULL and *n = 0.
 * Errors: RF_EPARSE / RF_EUTF8 / RF_ELIMIT with "name:line: reason", RF_EIO,
 * RF_ENOMEM. After RF_EPARSE for a ragged row, a character after a closing
 * quote, a NUL byte or bad UTF-8, the reader skips to the end of that record
 * and stays usable; after an unterminated quote, a limit, an I/O or memory
 * error every later call fails the same way. */
rf_status rf_csv_next(rf_csv *c, const rf_slice **fields, size_t *n, char *err) RF_MUST_CHECK;

/* Physical line (1-based) where the last record returned (or failed) started. */
long rf_csv_line(const rf_csv *c);

/* The name given at open (borrowed). */
const char *rf_csv_name(const rf_csv *c);

/* Number of fields repaired under RF_CSV_REPAIR_UTF8 so far. */
size_t rf_csv_repaired(const rf_csv *c);

/* Index of the field equal to name (ASCII case-insensitive, surrounding
 * spaces ignored) among fields[0..n), or -1. For header rows. */
long rf_csv_find(const rf_slice *fields, size_t n, const char *name);

/* Close the reader (and the file it opened by path). Accepts NULL. */
void rf_csv_close(rf_csv *c);

#endif
