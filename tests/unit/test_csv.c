/*
 * test_csv.c - unit tests for the streaming CSV reader (src/lib/csv.c).
 */
#include <string.h>
#include <unistd.h>

#include "refusal/csv.h"
#include "testhelp.h"

/* Read every record of s into a flat "a|b|c\n" text (fields joined by '|',
 * records by '\n'); returns the status of the first error (err filled). */
static rf_status slurp(const char *s, size_t len, unsigned flags, char *out, size_t outsz,
                       char *err)
{
    rf_csv *c = NULL;
    rf_status st = rf_csv_open_mem(s, len, "t.csv", flags, &c, err);
    size_t used = 0;
    out[0] = '\0';
    while (!st) {
        const rf_slice *f;
        size_t n, i;
        st = rf_csv_next(c, &f, &n, err);
        if (st || !f)
            break;
        for (i = 0; i < n; i++) {
            int w =
                snprintf(out + used, outsz - used, "%s%.*s", i ? "|" : "", (int)f[i].len, f[i].ptr);
            used += (size_t)w;
            CHECK(f[i].ptr[f[i].len] == '\0');
        }
        used += (size_t)snprintf(out + used, outsz - used, "\n");
    }
    rf_csv_close(c);
    return st;
}

static void test_basic(void)
{
    char out[512], err[RF_ERR_LEN] = "";
    const char *s = "a,b,c\n1,,3\n";
    CHECK(slurp(s, strlen(s), 0, out, sizeof out, err) == RF_OK);
    CHECK_STR(out, "a|b|c\n1||3\n");
}

static void test_quotes_newlines_crlf_bom(void)
{
    char out[512], err[RF_ERR_LEN] = "";
    const char *s = "\xEF\xBB\xBFid,text\r\n1,\"say \"\"hi\"\", ok\"\r\n2,\"two\r\nlines\"\r\n"
                    "\r\n3,\"a,b\"";
    CHECK(slurp(s, strlen(s), 0, out, sizeof out, err) == RF_OK);
    CHECK_STR(out, "id|text\n1|say \"hi\", ok\n2|two\r\nlines\n3|a,b\n");
}

static void test_lines(void)
{
    char err[RF_ERR_LEN] = "";
    const char *s = "h1,h2\n\"x\ny\",1\n\nz,2\r\nw,3\rv,4\n";
    rf_csv *c = NULL;
    const rf_slice *f;
    size_t n;
    long want[] = {1, 2, 5, 6, 7};
    int i;
    CHECK(rf_csv_open_mem(s, strlen(s), "t.csv", 0, &c, err) == RF_OK);
    for (i = 0; i < 5; i++) {
        CHECK(rf_csv_next(c, &f, &n, err) == RF_OK);
        CHECK(f != NULL && n == 2);
        CHECK(rf_csv_line(c) == want[i]);
    }
    CHECK(rf_csv_next(c, &f, &n, err) == RF_OK);
    CHECK(f == NULL && n == 0);
    rf_csv_close(c);
}

static void test_ragged(void)
{
    char out[512], err[RF_ERR_LEN] = "";
    const char *s = "a,b\n1,2\n3\n4,5\n";
    rf_csv *c = NULL;
    const rf_slice *f;
    size_t n;
    CHECK(slurp(s, strlen(s), 0, out, sizeof out, err) == RF_EPARSE);
    CHECK_STR(err, "t.csv:3: expected 2 fields, got 1");
    /* the reader stays usable after a ragged row */
    err[0] = '\0';
    CHECK(rf_csv_open_mem(s, strlen(s), "t.csv", 0, &c, err) == RF_OK);
    CHECK(rf_csv_next(c, &f, &n, err) == RF_OK);
    CHECK(rf_csv_next(c, &f, &n, err) == RF_OK);
    CHECK(rf_csv_next(c, &f, &n, err) == RF_EPARSE);
    err[0] = '\0';
    CHECK(rf_csv_next(c, &f, &n, err) == RF_OK);
    CHECK(n == 2 && f && strcmp(f[0].ptr, "4") == 0);
    rf_csv_close(c);
    err[0] = '\0';
    CHECK(slurp(s, strlen(s), RF_CSV_RAGGED, out, sizeof out, err) == RF_OK);
    CHECK_STR(out, "a|b\n1|2\n3\n4|5\n");
}

static void test_errors(void)
{
    char out[512], err[RF_ERR_LEN] = "";
    const char *s1 = "a,b\n1,\"open\nstill open\n";
    const char *s2 = "a,b\n1,\"q\"x\n2,3\n";
    const char s3[] = "a,b\n1,x\0y\n";
    const char *s4 = "a,b\n1,\xC3\x28\n";
    CHECK(slurp(s1, strlen(s1), 0, out, sizeof out, err) == RF_EPARSE);
    CHECK_STR(err, "t.csv:2: unterminated quoted field");
    err[0] = '\0';
    CHECK(slurp(s2, strlen(s2), 0, out, sizeof out, err) == RF_EPARSE);
    CHECK_STR(err, "t.csv:2: unexpected character after closing quote");
    err[0] = '\0';
    CHECK(slurp(s3, sizeof s3 - 1, 0, out, sizeof out, err) == RF_EPARSE);
    CHECK_STR(err, "t.csv:2: NUL byte in input");
    err[0] = '\0';
    CHECK(slurp(s4, strlen(s4), 0, out, sizeof out, err) == RF_EUTF8);
    CHECK_STR(err, "t.csv:2: invalid UTF-8 in field 2");
    err[0] = '\0';
    CHECK(slurp(s4, strlen(s4), RF_CSV_REPAIR_UTF8, out, sizeof out, err) == RF_OK);
    CHECK_STR(out, "a|b\n1|\xEF\xBF\xBD(\n");
}

static void test_bare_quote_and_bom_lookalike(void)
{
    char out[512], err[RF_ERR_LEN] = "";
    const char *s = "\xEF\xBB"
                    "a,b\n5\"7,x\n";
    /* "\xEF\xBB" then 'a' is not a BOM: invalid UTF-8 in field 1 */
    CHECK(slurp(s, strlen(s), 0, out, sizeof out, err) == RF_EUTF8);
    err[0] = '\0';
    s = "a,b\n5\"7,x\n";
    CHECK(slurp(s, strlen(s), 0, out, sizeof out, err) == RF_OK);
    CHECK_STR(out, "a|b\n5\"7|x\n");
}

static void test_find(void)
{
    rf_slice h[3] = {{"id", 2}, {" Prompt ", 8}, {"type", 4}};
    CHECK(rf_csv_find(h, 3, "prompt") == 1);
    CHECK(rf_csv_find(h, 3, "TYPE") == 2);
    CHECK(rf_csv_find(h, 3, "label") == -1);
}

static void test_file(void)
{
    char path[] = "/tmp/rf_test_csv_XXXXXX";
    char err[RF_ERR_LEN] = "";
    int fd = mkstemp(path);
    FILE *f;
    rf_csv *c = NULL;
    const rf_slice *fl;
    size_t n, count = 0, i;
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    f = fdopen(fd, "w");
    fputs("id,text\n", f);
    for (i = 0; i < 20000; i++) /* larger than one read chunk */
        fprintf(f, "%zu,\"row %zu, with \"\"quotes\"\"\nand a newline\"\n", i, i);
    fclose(f);
    CHECK(rf_csv_open(path, 0, &c, err) == RF_OK);
    while (rf_csv_next(c, &fl, &n, err) == RF_OK && fl)
        count++;
    CHECK(count == 20001);
    CHECK(rf_csv_line(c) == 1 + 2 * 20000 - 1);
    CHECK(err[0] == '\0');
    rf_csv_close(c);
    unlink(path);
    CHECK(rf_csv_open("/nonexistent/x.csv", 0, &c, err) == RF_ENOTFOUND);
    CHECK(c == NULL);
}

static void test_alloc_failures(void)
{
    const char *s = "a,b\n\"x\",y\n";
    long k;
    for (k = 1; k < 40; k++) {
        char out[256], err[RF_ERR_LEN] = "";
        rf_status st;
        rf_alloc_fail_after(k);
        st = slurp(s, strlen(s), 0, out, sizeof out, err);
        rf_alloc_fail_after(0);
        CHECK(st == RF_OK || st == RF_ENOMEM || st == RF_ELIMIT);
    }
}

int main(void)
{
    TEST_RUN(test_basic);
    TEST_RUN(test_quotes_newlines_crlf_bom);
    TEST_RUN(test_lines);
    TEST_RUN(test_ragged);
    TEST_RUN(test_errors);
    TEST_RUN(test_bare_quote_and_bom_lookalike);
    TEST_RUN(test_find);
    TEST_RUN(test_file);
    TEST_RUN(test_alloc_failures);
    return TEST_DONE();
}
