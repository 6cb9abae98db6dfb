/*
 * report_out.c - staged output and the per-sink escapers of the report
 * writers. Model text is untrusted: every string that reaches a sink goes
 * through that sink's escaper.
 *
 *   sink      escaper     what it does
 *   --------- ----------- ------------------------------------------------
 *   HTML/SVG  rep_html    & < > " ' as entities; invalid UTF-8 -> U+FFFD;
 *                         C0/C1 controls other than \n \t -> U+FFFD
 *   CSV       rep_csv     RFC 4180 quoting when the field has , " CR LF or
 *                         leading/trailing space; UTF-8 repaired; other
 *                         control bytes (ESC, DEL, ...) -> U+FFFD
 *   terminal  rep_term    rf_utf8_term_escape (drops controls and ESC
 *                         sequences), newlines -> spaces, cut to N columns
 *   Markdown  rep_md      terminal-safe, | escaped, newlines -> spaces
 *   JSON      (jansson)   in report_json.c
 *
 * rep_out collects output in an rf_buf and flushes it to the FILE every
 * REP_FLUSH_AT bytes, so a 100k-item HTML report never sits in memory whole.
 * The first error sticks in o->st; later writes are no-ops.
 */
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <utf8proc.h>

#include "refusal/utf8.h"
#include "report_int.h"

void rep_out_init(rep_out *o, FILE *f)
{
    rf_buf_init(&o->b, REP_BUF_MAX);
    o->f = f;
    o->st = RF_OK;
}

static void flush_if(rep_out *o, size_t at)
{
    if (o->st != RF_OK || rf_buf_len(&o->b) < at || !o->f)
        return;
    if (rf_buf_len(&o->b) &&
        fwrite(rf_buf_ptr(&o->b), 1, rf_buf_len(&o->b), o->f) != rf_buf_len(&o->b))
        o->st = RF_EIO;
    rf_buf_reset(&o->b);
}

void rep_putn(rep_out *o, const char *s, size_t n)
{
    if (o->st != RF_OK)
        return;
    o->st = rf_buf_add(&o->b, s, n);
    flush_if(o, REP_FLUSH_AT);
}

void rep_puts(rep_out *o, const char *s)
{
    rep_putn(o, s, strlen(s));
}

void rep_printf(rep_out *o, const char *fmt, ...)
{
    va_list ap;
    if (o->st != RF_OK)
        return;
    va_start(ap, fmt);
    o->st = rf_buf_vprintf(&o->b, fmt, ap);
    va_end(ap);
    flush_if(o, REP_FLUSH_AT);
}

rf_status rep_out_finish(rep_out *o, char *err)
{
    rf_status s;
    flush_if(o, 0);
    if (o->st == RF_OK && o->f && fflush(o->f) != 0)
        o->st = RF_EIO;
    if (o->st == RF_OK && o->f && ferror(o->f))
        o->st = RF_EIO;
    s = o->st;
    rf_buf_free(&o->b);
    if (s == RF_EIO)
        rf_seterr(err, "error writing the report");
    else if (s != RF_OK)
        rf_seterr(err, "report output: %s", rf_status_str(s));
    return s;
}

static void html_esc(rep_out *o, const char *s, size_t len, int attr)
{
    size_t i = 0, run = 0;
    while (i < len && o->st == RF_OK) {
        uint32_t cp;
        int k = rf_utf8_decode(s + i, len - i, &cp);
        const char *rep = NULL;
        if (k < 0)
            rep = "\xEF\xBF\xBD";
        else if (cp == '&')
            rep = "&amp;";
        else if (cp == '<')
            rep = "&lt;";
        else if (cp == '>')
            rep = "&gt;";
        else if (attr && cp == '"')
            rep = "&quot;";
        else if (attr && cp == '\'')
            rep = "&#39;";
        else if ((cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0))
            rep = "\xEF\xBF\xBD";
        if (rep) {
            rep_putn(o, s + run, i - run);
            rep_puts(o, rep);
            i += (size_t)(k < 0 ? -k : k);
            run = i;
        } else {
            i += (size_t)k;
        }
    }
    rep_putn(o, s + run, i - run);
}

void rep_html(rep_out *o, const char *s)
{
    html_esc(o, s ? s : "", s ? strlen(s) : 0, 1);
}

void rep_html_text(rep_out *o, const char *s, size_t n)
{
    html_esc(o, s, n, 0);
}

void rep_csv(rep_out *o, const char *s)
{
    size_t len = s ? strlen(s) : 0, i;
    rf_buf t;
    const char *p;
    int quote = len > 0 && (s[0] == ' ' || s[len - 1] == ' ');
    rf_buf_init(&t, REP_BUF_MAX);
    for (i = 0; i < len; i++) { /* controls other than tab/CR/LF (ESC...) become U+FFFD */
        size_t run = i;
        while (i < len &&
               ((unsigned char)s[i] >= 0x20 || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') &&
               s[i] != 0x7f)
            i++;
        if (rf_utf8_sanitize(&t, s + run, i - run) != RF_OK ||
            (i < len && rf_buf_adds(&t, "\xEF\xBF\xBD") != RF_OK)) {
            o->st = RF_ENOMEM;
            rf_buf_free(&t);
            return;
        }
    }
    p = rf_buf_ptr(&t);
    len = rf_buf_len(&t);
    quote |= strpbrk(p, ",\"\r\n") != NULL;
    if (!quote) {
        rep_putn(o, p, len);
    } else {
        size_t run = 0;
        rep_putn(o, "\"", 1);
        for (i = 0; i < len; i++)
            if (p[i] == '"') { /* double it: emit up to and including it, then one more */
                rep_putn(o, p + run, i + 1 - run);
                rep_putn(o, "\"", 1);
                run = i + 1;
            }
        rep_putn(o, p + run, len - run);
        rep_putn(o, "\"", 1);
    }
    rf_buf_free(&t);
}

/* Display columns of s (valid UTF-8 expected; invalid bytes count one). */
static size_t cols_of(const char *s, size_t len, size_t max_cols, size_t *cut)
{
    size_t i = 0, cols = 0;
    while (i < len) {
        uint32_t cp;
        int k = rf_utf8_decode(s + i, len - i, &cp);
        int w = k > 0 ? utf8proc_charwidth((utf8proc_int32_t)cp) : 1;
        if (w < 0)
            w = 0;
        if (cols + (size_t)w > max_cols)
            break;
        cols += (size_t)w;
        i += (size_t)(k < 0 ? -k : k);
    }
    *cut = i;
    return cols;
}

size_t rep_cols(const char *s)
{
    size_t cut;
    return cols_of(s, strlen(s), (size_t)-1, &cut);
}

static void term_clean(rf_buf *t, const char *s)
{
    char *p;
    size_t i, n = s ? strlen(s) : 0;
    rf_buf tmp;
    rf_buf_init(&tmp, REP_BUF_MAX);
    if (rf_buf_add(&tmp, s ? s : "", n) != RF_OK)
        return;
    p = tmp.ptr;
    for (i = 0; p && i < n; i++)
        if (p[i] == '\n' || p[i] == '\t' || p[i] == '\r')
            p[i] = ' ';
    if (rf_utf8_term_escape(t, rf_buf_ptr(&tmp), rf_buf_len(&tmp), 0) != RF_OK)
        rf_buf_reset(t);
    rf_buf_free(&tmp);
}

void rep_term(rep_out *o, const char *s, size_t max_cols)
{
    rf_buf t;
    size_t cut, len;
    rf_buf_init(&t, REP_BUF_MAX);
    term_clean(&t, s);
    len = rf_buf_len(&t);
    if (cols_of(rf_buf_ptr(&t), len, (size_t)-1, &cut) > max_cols && max_cols > 0) {
        cols_of(rf_buf_ptr(&t), len, max_cols - 1, &cut);
        rep_putn(o, rf_buf_ptr(&t), cut);
        rep_puts(o, "\xE2\x80\xA6"); /* ellipsis */
    } else {
        rep_putn(o, rf_buf_ptr(&t), len);
    }
    rf_buf_free(&t);
}

void rep_md(rep_out *o, const char *s)
{
    rf_buf t;
    const char *p;
    rf_buf_init(&t, REP_BUF_MAX);
    term_clean(&t, s);
    for (p = rf_buf_ptr(&t); *p; p++) {
        if (*p == '|' || *p == '\\' || *p == '`' || *p == '<' || *p == '>' || *p == '*' ||
            *p == '_' || *p == '[' || *p == ']')
            rep_putn(o, "\\", 1);
        rep_putn(o, p, 1);
    }
    rf_buf_free(&t);
}

void rep_fmt_pct(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%.1f%%", 100.0 * v);
}

void rep_fmt_rate(char *buf, size_t n, const rf_rate *r)
{
    if (r->n <= 0 || isnan(r->rate))
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%.1f%% [%.1f-%.1f]", 100.0 * r->rate, 100.0 * r->lo, 100.0 * r->hi);
}
