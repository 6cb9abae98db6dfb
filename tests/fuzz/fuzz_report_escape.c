/*
 * Fuzz target: the report sinks' escapers (src/lib/report_out.c). Model text
 * is untrusted, so for any bytes: HTML output holds no < > " ' and only our
 * entities after &; HTML text output holds no < >; terminal output holds no
 * control byte or DEL; Markdown cells hold no newline or unescaped |; CSV
 * fields are quoted with doubled inner quotes whenever they hold a quote,
 * comma or line break and hold no other control byte; and every output is
 * valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/lib/report_int.h"
#include "refusal/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what)
{
    (void)what, abort();
}

static void check_html(const char *p, size_t n, int attr)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (p[i] == '<' || p[i] == '>' || (attr && (p[i] == '"' || p[i] == '\'')))
            fail("html metacharacter");
        if (p[i] == '&' && strncmp(p + i, "&amp;", 5) && strncmp(p + i, "&lt;", 4) &&
            strncmp(p + i, "&gt;", 4) && strncmp(p + i, "&quot;", 6) && strncmp(p + i, "&#39;", 5))
            fail("bare ampersand");
    }
}

static void check_csv(const char *p, size_t n)
{
    size_t i;
    if (n && p[0] == '"') {
        if (n < 2 || p[n - 1] != '"')
            fail("csv quote not closed");
        for (i = 1; i + 1 < n; i++)
            if (p[i] == '"') {
                if (p[i + 1] != '"' || i + 2 >= n)
                    fail("csv quote not doubled");
                i++;
            }
    } else if (memchr(p, '"', n) || memchr(p, ',', n) || memchr(p, '\n', n) || memchr(p, '\r', n)) {
        fail("csv field needs quotes");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    int k;
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    for (k = 0; k < 5; k++) {
        rep_out o;
        const char *p;
        size_t n, i;
        rep_out_init(&o, NULL);
        switch (k) {
        case 0:
            rep_html(&o, s);
            break;
        case 1:
            rep_html_text(&o, s, strlen(s));
            break;
        case 2:
            rep_csv(&o, s);
            break;
        case 3:
            rep_term(&o, s, size % 50);
            break;
        default:
            rep_md(&o, s);
            break;
        }
        if (o.st != RF_OK)
            fail("escaper failed");
        p = rf_buf_ptr(&o.b);
        n = rf_buf_len(&o.b);
        if (!rf_utf8_valid(p, n))
            fail("invalid UTF-8 out");
        if (k <= 1)
            check_html(p, n, k == 0);
        if (k == 2)
            check_csv(p, n);
        for (i = 0; k >= 3 && i < n; i++) {
            if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f)
                fail("control byte on a terminal");
            if (k == 4 && p[i] == '|' && (i == 0 || p[i - 1] != '\\'))
                fail("unescaped | in markdown");
        }
        rf_buf_free(&o.b);
    }
    free(s);
    return 0;
}
