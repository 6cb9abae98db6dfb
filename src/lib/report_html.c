/*
 * report_html.c - the self-contained HTML report: one file, no external
 * assets, no network at view time (a Content-Security-Policy forbids it),
 * readable on a laptop and printable, usable with JavaScript off.
 *
 * Page layout, top to bottom:
 *
 *   element                     content
 *   --------------------------- ----------------------------------------------
 *   header                      runs (name, target, suite, items), detector
 *   table#summary               one row per run, every rate with its interval
 *   svg#scatter                 x = over-refusal, y = safety, one circle.pt
 *                               per run with line.whisker intervals on both
 *                               axes, the ideal corner (0% over-refusal, 100%
 *                               safety) marked by rect#ideal
 *   svg#bars                    per category x run: rect.bar over-refusal
 *                               (benign items) and/or safety (harmful items),
 *                               each with a line.whisker interval
 *   table#languages             per run x language: rates and words/verdict
 *   table#patterns              per run x language: "Beyond No" pattern rates
 *   ul#benchmarks               FORTRESS, CoCoNot, SafeEraser, X-Boundary, ...
 *   table#items                 every item: run, id, label, category, language,
 *                               verdict, patterns, latency, prompt, response;
 *                               rows carry the verdict as class for the
 *                               filter form, which the script un-hides;
 *                               a URL fragment #v=refusal&l=benign&c=X&q=text
 *                               presets the filter
 *
 * Model and suite text is untrusted: all of it goes through rep_html(), so a
 * response holding <script> or </textarea> is shown as text. The only script
 * is ours, inline; it marks <body data-js="ok"> when it ran without error
 * (tests look for it). Charts are SVG written here.
 *
 * Size: prompts and responses are cut (on a code point boundary, with a
 * note) to rep_html_text_cap(n_items) bytes, at most HTML_TEXT_MAX, so that
 * a run's item table stays near HTML_ITEMS_BUDGET bytes (100,000 items: 50
 * bytes each). Item rows omit the optional </td> and </tr> end tags and
 * carry their verdict as the row class; label and category are read from the
 * cells by the filter script.
 */
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "refusal/utf8.h"
#include "report_int.h"

#define HTML_TEXT_MAX 4000
#define HTML_TEXT_MIN 48
/* Bytes for the item table of one run, and the markup of one row (about). */
#define HTML_ITEMS_BUDGET ((size_t)24 * 1000 * 1000)
#define HTML_ROW_MARKUP 140
#define SC_W 520.0
#define SC_H 380.0
#define SC_L 60.0
#define SC_T 20.0
#define SC_PW 420.0
#define SC_PH 300.0

static const char css[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:1200px;padding:0 1em;"
    "color:#222}#items td:nth-child(8){text-align:right}#items td>div{white-space:pre-wrap;"
    "overflow-wrap:anywhere;max-height:12em;overflow:auto;max-width:38em}"
    "tr.refusal td:nth-child(6){color:#b00}tr.compliance td:nth-child(6){color:#060}"
    "tr.partial td:nth-child(6){color:#a60}tr.unclear td:nth-child(6){color:#666}"
    "tr.error "
    "td:nth-child(6){color:#b0b}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-"
    "bottom:1px solid "
    "#ccc}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:2px "
    "6px;vertical-align:top}th{background:#f3f3f3;text-align:left}td.n{text-align:right;"
    "white-space:nowrap}.txt{white-space:pre-wrap;overflow-wrap:anywhere;max-height:12em;"
    "overflow:auto;max-width:38em}.v-refusal{color:#b00}.v-compliance{color:#060}.v-partial{"
    "color:#a60}.v-unclear{color:#666}svg{max-width:100%;height:auto;font:11px sans-serif}"
    ".pt{fill:#1f5fa8}.whisker{stroke:#333;stroke-width:1}.bar.or{fill:#e08a2c}.bar.sf{fill:"
    "#2c7be0}#ideal{fill:#3a3}form#filters{margin:.5em "
    "0}.scroll{overflow-x:auto}form#filters[hidden]{display:none}"
    /* Large runs: let the browser skip laying out rows that are off screen. */
    "#items tbody tr{content-visibility:auto;contain-intrinsic-size:auto 4em}"
    "@media print{form#filters{display:none}#items td>div{max-height:none;overflow:visible}body{"
    "max-width:none}#items tbody tr{content-visibility:visible}}";

static const char script[] =
    "(function(){try{var f=document.getElementById('filters');if(!f)return;f.hidden=false;"
    "var rows=document.querySelectorAll('#items tbody tr');"
    "function go(){var v=f.elements.v.value,l=f.elements.l.value,c=f.elements.c.value,"
    "q=f.elements.q.value.toLowerCase(),shown=0;"
    "for(var i=0;i<rows.length;i++){var r=rows[i],d=r.cells,ok=(!v||r.className===v)&&"
    "(!l||(d[2].textContent||'(none)')===l)&&(!c||(d[3].textContent||'(none)')===c)&&"
    "(!q||r.textContent.toLowerCase().indexOf(q)>=0);r.style.display=ok?'':'none';"
    "if(ok)shown++;}document.getElementById('shown').textContent=shown+' shown';}"
    "f.addEventListener('input',go);f.addEventListener('change',go);"
    "f.addEventListener('submit',function(e){e.preventDefault();go();});"
    "var h=location.hash.slice(1).split('&');for(var j=0;j<h.length;j++){var kv=h[j].split('=');"
    "if(kv.length==2&&f.elements[kv[0]])f.elements[kv[0]].value=decodeURIComponent(kv[1]);}"
    "go();"
    "document.body.setAttribute('data-js','ok');}catch(e){"
    "document.body.setAttribute('data-js','error: '+e);}})();";

static void attr_rate(rep_out *o, const rf_rate *r)
{
    char b[64];
    rep_fmt_rate(b, sizeof b, r);
    rep_html(o, b);
}

static void td_rate(rep_out *o, rf_rate r)
{
    rep_puts(o, "<td class=\"n\">");
    attr_rate(o, &r);
    rep_puts(o, "</td>");
}

static void td_num(rep_out *o, int64_t v)
{
    rep_printf(o, "<td class=\"n\">%lld</td>", (long long)v);
}

static void td_text(rep_out *o, const char *s)
{
    rep_puts(o, "<td>");
    rep_html(o, s ? s : "");
    rep_puts(o, "</td>");
}

static void header(const rf_report *r, rep_out *o)
{
    size_t i;
    rep_puts(o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>Refusal report</title><style>");
    rep_puts(o, css);
    rep_puts(o, "</style></head>\n<body>\n<h1>Refusal report</h1>\n<ul id=\"runs\">");
    for (i = 0; i < r->n_runs; i++) {
        const rf_run_info *ri = &r->runs[i].info;
        rep_puts(o, "<li>run <b>");
        rep_html(o, ri->name);
        rep_puts(o, "</b>: target ");
        rep_html(o, ri->target ? ri->target : "?");
        rep_puts(o, ", suite ");
        rep_html(o, ri->suite_name ? ri->suite_name : "?");
        rep_printf(o, ", %lld items, started ", (long long)ri->n_items);
        rep_html(o, ri->started_at ? ri->started_at : "?");
        rep_puts(o, "</li>");
    }
    rep_puts(o, "<li>detector: ");
    rep_html(o, r->detector ? r->detector
                            : "the run's own detector (else the latest verdict per item)");
    rep_puts(o, "</li></ul>\n");
}

static void rate_head(rep_out *o)
{
    rep_puts(o, "<th>n</th><th>over-refusal</th><th>full refusal</th><th>safety</th>"
                "<th>attack success</th><th>partial</th><th>unclear</th><th>errors</th>"
                "<th>unjudged</th>");
}

static void rate_tds(rep_out *o, const rf_tally *t)
{
    td_num(o, rf_tally_judged(t, RF_LK_COUNT));
    td_rate(o, rf_tally_over_refusal(t));
    td_rate(o, rf_tally_full_refusal(t));
    td_rate(o, rf_tally_safety(t));
    td_rate(o, rf_tally_attack_success(t));
    td_rate(o, rf_tally_kind_rate(t, RF_VK_PARTIAL));
    td_rate(o, rf_tally_kind_rate(t, RF_VK_UNCLEAR));
    td_num(o, t->errors);
    td_num(o, t->unjudged);
}

static void summary(const rf_report *r, rep_out *o)
{
    size_t i;
    rep_puts(o, "<h2>Summary</h2><p>Rates with 95% Wilson intervals. Errors, unjudged and "
                "pending items are counted apart and excluded from every rate.</p>"
                "<table id=\"summary\"><thead><tr><th>run</th>");
    rate_head(o);
    rep_puts(o, "<th>pending</th></tr></thead><tbody>");
    for (i = 0; i < r->n_runs; i++) {
        rep_puts(o, "<tr>");
        td_text(o, r->runs[i].info.name);
        rate_tds(o, &r->runs[i].all);
        td_num(o, r->runs[i].all.pending);
        rep_puts(o, "</tr>");
    }
    rep_puts(o, "</tbody></table>\n");
}

static double sx(double v)
{
    return SC_L + v * SC_PW;
}
static double sy(double v)
{
    return SC_T + (1.0 - v) * SC_PH;
}

static void axes(rep_out *o, const char *xl, const char *yl)
{
    int i;
    rep_printf(o,
               "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
               "stroke=\"#999\"/>",
               SC_L, SC_T, SC_PW, SC_PH);
    for (i = 0; i <= 4; i++) {
        double v = i / 4.0;
        rep_printf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d%%</text>", sx(v),
                   SC_T + SC_PH + 14, i * 25);
        rep_printf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>", SC_L - 4,
                   sy(v) + 4, i * 25);
    }
    rep_printf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", SC_L + SC_PW / 2,
               SC_T + SC_PH + 32, xl);
    rep_printf(o,
               "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" "
               "text-anchor=\"middle\">%s</text>",
               SC_T + SC_PH / 2, SC_T + SC_PH / 2, yl);
}

static void scatter(const rf_report *r, rep_out *o)
{
    size_t i;
    rep_printf(o,
               "<h2>Safety versus over-refusal</h2><svg id=\"scatter\" "
               "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" "
               "height=\"%.0f\" role=\"img\"><title>Safety (refusal rate on harmful items) "
               "against over-refusal (refusal rate on benign items), one point per run with "
               "95%% intervals</title>",
               SC_W, SC_H, SC_W, SC_H);
    axes(o, "over-refusal on benign items", "safety on harmful items");
    rep_printf(o,
               "<rect id=\"ideal\" x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\"/>"
               "<text x=\"%.1f\" y=\"%.1f\">ideal</text>",
               sx(0), sy(1), sx(0) + 14, sy(1) + 10);
    for (i = 0; i < r->n_runs; i++) {
        rf_rate x = rf_tally_over_refusal(&r->runs[i].all), y = rf_tally_safety(&r->runs[i].all);
        if (x.n <= 0 || y.n <= 0)
            continue;
        rep_printf(o,
                   "<g><line class=\"whisker\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                   "<line class=\"whisker\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                   "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"><title>",
                   sx(x.lo), sx(x.hi), sy(y.rate), sy(y.rate), sx(x.rate), sx(x.rate), sy(y.lo),
                   sy(y.hi), sx(x.rate), sy(y.rate));
        rep_html(o, r->runs[i].info.name);
        rep_printf(o, "</title></circle><text x=\"%.1f\" y=\"%.1f\">", sx(x.rate) + 7,
                   sy(y.rate) - 7);
        rep_html(o, r->runs[i].info.name);
        rep_puts(o, "</text></g>");
    }
    rep_puts(o, "</svg>\n");
}

typedef struct bar {
    const char *cat, *run;
    rf_rate rate;
    int safety;
} bar;

static void one_bar(rep_out *o, const bar *b, double y, double h, int multi)
{
    const double x0 = 220, w = 400;
    rep_printf(o,
               "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
               "<title>",
               b->safety ? "sf" : "or", x0, y, b->rate.rate * w, h);
    rep_html(o, b->cat);
    rep_puts(o, " / ");
    rep_html(o, b->run);
    rep_puts(o, b->safety ? ": safety " : ": over-refusal ");
    attr_rate(o, &b->rate);
    rep_printf(o,
               "</title></rect><line class=\"whisker\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" "
               "y2=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
               x0 + b->rate.lo * w, x0 + b->rate.hi * w, y + h / 2, y + h / 2, x0 - 4, y + h - 3);
    rep_html(o, b->cat);
    if (multi) {
        rep_puts(o, " \xC2\xB7 ");
        rep_html(o, b->run);
    }
    rep_puts(o, b->safety ? " (safety)" : " (over-refusal)");
    rep_printf(o, "</text><text x=\"%.1f\" y=\"%.1f\">", x0 + w + 4, y + h - 3);
    attr_rate(o, &b->rate);
    rep_puts(o, "</text>");
}

/* Index of category key in run r, or -1. */
static long cat_index(const rep_run *run, const char *key)
{
    size_t g;
    for (g = 0; g < run->dim[RF_DIM_CATEGORY].n; g++)
        if (strcmp(run->dim[RF_DIM_CATEGORY].g[g].key, key) == 0)
            return (long)g;
    return -1;
}

/* 1 when category key first appears in run i (not in an earlier run). */
static int cat_first(const rf_report *r, size_t i, const char *key)
{
    size_t j;
    for (j = 0; j < i; j++)
        if (cat_index(&r->runs[j], key) >= 0)
            return 0;
    return 1;
}

/* Emit (draw != 0) or count the bars: category-major, then run; an
 * over-refusal bar where the category has judged benign items, a safety bar
 * where it has judged harmful items. Returns the number of bars. */
static size_t bar_pass(const rf_report *r, rep_out *o, int draw)
{
    const double h = 14, gap = 4;
    size_t i, g, j, k = 0;
    for (i = 0; i < r->n_runs; i++)
        for (g = 0; g < r->runs[i].dim[RF_DIM_CATEGORY].n; g++) {
            const char *key = r->runs[i].dim[RF_DIM_CATEGORY].g[g].key;
            if (!cat_first(r, i, key))
                continue;
            for (j = i; j < r->n_runs; j++) {
                long at = cat_index(&r->runs[j], key);
                const rf_tally *t;
                bar b;
                if (at < 0)
                    continue;
                t = &r->runs[j].dim[RF_DIM_CATEGORY].g[at].t;
                b.cat = key;
                b.run = r->runs[j].info.name;
                if (rf_tally_judged(t, RF_LK_BENIGN) > 0) {
                    b.rate = rf_tally_over_refusal(t);
                    b.safety = 0;
                    if (draw)
                        one_bar(o, &b, 20 + (double)k * (h + gap), h, r->n_runs > 1);
                    k++;
                }
                if (rf_tally_judged(t, RF_LK_HARMFUL) > 0) {
                    b.rate = rf_tally_safety(t);
                    b.safety = 1;
                    if (draw)
                        one_bar(o, &b, 20 + (double)k * (h + gap), h, r->n_runs > 1);
                    k++;
                }
            }
        }
    return k;
}

static void bars(const rf_report *r, rep_out *o)
{
    double height = 30 + (double)bar_pass(r, o, 0) * 18;
    rep_printf(o,
               "<h2>Per category</h2><svg id=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" "
               "viewBox=\"0 0 760 %.0f\" width=\"760\" height=\"%.0f\" role=\"img\"><title>"
               "Refusal rate per category with 95%% intervals: over-refusal on benign items "
               "(orange), safety on harmful items (blue)</title>",
               height, height);
    rep_printf(o,
               "<text x=\"220\" y=\"12\">0%%</text><text x=\"600\" y=\"12\">100%%</text>"
               "<line x1=\"220\" x2=\"220\" y1=\"16\" y2=\"%.0f\" stroke=\"#bbb\"/>",
               height);
    bar_pass(r, o, 1);
    rep_puts(o, "</svg>\n");
}

static void pct_td(rep_out *o, double v)
{
    char b[32];
    rep_fmt_pct(b, sizeof b, v);
    rep_printf(o, "<td class=\"n\">%s</td>", b);
}

static void languages(const rf_report *r, rep_out *o)
{
    size_t i, g;
    int v;
    rep_puts(
        o, "<h2>Languages</h2><div class=\"scroll\"><table id=\"languages\"><thead><tr><th>run</th>"
           "<th>language</th>");
    rate_head(o);
    rep_puts(o, "<th>words: compliance</th><th>refusal</th><th>partial</th><th>unclear</th>"
                "</tr></thead><tbody>");
    for (i = 0; i < r->n_runs; i++)
        for (g = 0; g < r->runs[i].dim[RF_DIM_LANGUAGE].n; g++) {
            const rep_group *gr = &r->runs[i].dim[RF_DIM_LANGUAGE].g[g];
            rep_puts(o, "<tr>");
            td_text(o, r->runs[i].info.name);
            td_text(o, gr->key);
            rate_tds(o, &gr->t);
            for (v = 0; v < RF_VK_JUDGED_COUNT; v++) {
                double a = rf_tally_avg_words(&gr->t, (rf_vkind)v);
                if (isnan(a))
                    rep_puts(o, "<td class=\"n\">-</td>");
                else
                    rep_printf(o, "<td class=\"n\">%.1f</td>", a);
            }
            rep_puts(o, "</tr>");
        }
    rep_puts(o, "</tbody></table></div>\n");
}

static void patterns(const rf_report *r, rep_out *o)
{
    size_t i, g;
    int p;
    rep_puts(o, "<h2>Refusal patterns (share of judged responses)</h2><table id=\"patterns\">"
                "<thead><tr><th>run</th><th>language</th><th>n</th>");
    for (p = 0; p < RF_PATTERN_COUNT; p++) {
        rep_puts(o, "<th>");
        rep_html(o, rf_pattern_name(p));
        rep_puts(o, "</th>");
    }
    rep_puts(o, "</tr></thead><tbody>");
    for (i = 0; i < r->n_runs; i++)
        for (g = 0; g < r->runs[i].dim[RF_DIM_LANGUAGE].n; g++) {
            const rep_group *gr = &r->runs[i].dim[RF_DIM_LANGUAGE].g[g];
            rep_puts(o, "<tr>");
            td_text(o, r->runs[i].info.name);
            td_text(o, gr->key);
            td_num(o, rf_tally_judged(&gr->t, RF_LK_COUNT));
            for (p = 0; p < RF_PATTERN_COUNT; p++)
                pct_td(o, rf_tally_pattern_rate(&gr->t, p).rate);
            rep_puts(o, "</tr>");
        }
    rep_puts(o, "</tbody></table>\n");
}

static void benchmarks(const rf_report *r, rep_out *o)
{
    size_t i, g, used;
    double rho = rep_spearman(r->runs, r->n_runs, &used);
    rep_puts(o, "<h2>Benchmark scores</h2><ul id=\"benchmarks\">");
    for (i = 0; i < r->n_runs; i++) {
        const rep_run *run = &r->runs[i];
        rf_rate tw = rf_tally_over_refusal(&run->twins);
        const int64_t *h = run->all.cnt[RF_LK_HARMFUL], *bn = run->all.cnt[RF_LK_BENIGN];
        if (run->rubric_items > 0) {
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            if (run->ars_n)
                rep_printf(o, ": FORTRESS ARS %.1f", 100.0 * run->ars_sum / (double)run->ars_n);
            else
                rep_puts(o, ": FORTRESS ARS - (no judge rubric answers)");
            if (tw.n)
                rep_printf(o, ", ORS %.1f", 100.0 * tw.rate);
            rep_puts(o, "</li>");
        }
        if (rf_tally_judged(&run->all, RF_LK_BENIGN) && rf_tally_judged(&run->all, RF_LK_HARMFUL)) {
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            rep_printf(o, ": CoCoNot F1 %.3f, contrast-set refusal ",
                       rf_f1(h[RF_VK_REFUSAL] + h[RF_VK_PARTIAL],
                             bn[RF_VK_REFUSAL] + bn[RF_VK_PARTIAL],
                             h[RF_VK_COMPLIANCE] + h[RF_VK_UNCLEAR]));
            attr_rate(o, &tw);
            rep_puts(o, "</li>");
        }
        if (rf_tally_judged(&run->all, RF_LK_BENIGN)) {
            rf_rate s = rf_tally_sarr(&run->all);
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            rep_puts(o, ": SafeEraser SARR ");
            attr_rate(o, &s);
            rep_puts(o, "</li>");
        }
        if (run->mt_n) {
            rf_rate m = rf_rate_make(run->mt_success, run->mt_n);
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            rep_puts(o, ": X-Boundary multi-turn attack success ");
            attr_rate(o, &m);
            rep_puts(o, "</li>");
        }
        for (g = 0; g < run->rmc.n; g++) {
            rf_rate rr = rf_tally_refused(&run->rmc.g[g].t);
            const char *key = run->rmc.g[g].key, *sep = strchr(key, '\037');
            char *sc = rf_strndup(key, sep ? (size_t)(sep - key) : strlen(key));
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            rep_puts(o, ": RMCBench ");
            rep_html(o, sc ? sc : "?");
            rep_printf(o, " level %s refusal ", sep ? sep + 1 : "?");
            attr_rate(o, &rr);
            rep_puts(o, "</li>");
            rf_free(sc);
        }
        for (g = 0; g < run->dets.n; g++) {
            rf_rate dr = rf_tally_refused(&run->dets.g[g].t);
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            rep_puts(o, ": detector ");
            rep_html(o, run->dets.g[g].key);
            rep_puts(o, " refused ");
            attr_rate(o, &dr);
            rep_puts(o, "</li>");
        }
        if (run->n_tokens > 0) {
            rep_puts(o, "<li>");
            rep_html(o, run->info.name);
            rep_printf(o, ": prompt lexical diversity MSTTR %.3f, HD-D %.3f, MTLD %.1f</li>",
                       run->msttr, run->hdd, run->mtld);
        }
    }
    if (!isnan(rho))
        rep_printf(o, "<li>Spearman(safety, over-refusal) across %zu runs: %.3f</li>", used, rho);
    rep_puts(o, "</ul>\n");
}

static void filter_form(const rf_report *r, rep_out *o)
{
    size_t i, j, g;
    int v;
    rep_puts(o, "<h2>Items</h2><form id=\"filters\" hidden><label>verdict <select name=\"v\">"
                "<option value=\"\">any</option>");
    for (v = 0; v <= RF_VK_PENDING; v++)
        rep_printf(o, "<option>%s</option>", rf_vkind_name((rf_vkind)v));
    rep_puts(o, "</select></label> <label>label <select name=\"l\"><option value=\"\">any"
                "</option><option>benign</option><option>harmful</option><option>(none)"
                "</option></select></label> <label>category <select name=\"c\"><option "
                "value=\"\">any</option>");
    for (i = 0; i < r->n_runs; i++)
        for (g = 0; g < r->runs[i].dim[RF_DIM_CATEGORY].n; g++) {
            const char *key = r->runs[i].dim[RF_DIM_CATEGORY].g[g].key;
            int seen = 0;
            for (j = 0; j < i && !seen; j++) {
                size_t h;
                for (h = 0; h < r->runs[j].dim[RF_DIM_CATEGORY].n && !seen; h++)
                    seen = !strcmp(r->runs[j].dim[RF_DIM_CATEGORY].g[h].key, key);
            }
            if (seen)
                continue;
            rep_puts(o, "<option>");
            rep_html(o, key);
            rep_puts(o, "</option>");
        }
    rep_puts(o, "</select></label> <label>search <input name=\"q\" type=\"search\"></label> "
                "<span id=\"shown\"></span></form>\n");
}

size_t rep_html_text_cap(int64_t n_items)
{
    size_t per_row, cap;
    if (n_items <= 0)
        return HTML_TEXT_MAX;
    per_row = HTML_ITEMS_BUDGET / (size_t)n_items;
    cap = per_row > HTML_ROW_MARKUP ? (per_row - HTML_ROW_MARKUP) / 2 : 0;
    return cap < HTML_TEXT_MIN ? HTML_TEXT_MIN : cap > HTML_TEXT_MAX ? HTML_TEXT_MAX : cap;
}

/* Text of at most cap bytes (cut on a code point boundary, with a note). */
static void cut_text(rep_out *o, const char *s, size_t cap)
{
    size_t len = s ? strlen(s) : 0, n = rf_utf8_trunc(s ? s : "", len, cap);
    rep_html_text(o, s ? s : "", n);
    if (n < len) /* the page says how much is shown; keep the mark short */
        rep_puts(o, "\xE2\x80\xA6");
}

/* Text of one message content: a string, or the text parts of an array
 * ("[image]" for others). Appended to b. */
static void content_text(rf_buf *b, json_t *c)
{
    size_t j;
    rf_status st = RF_OK;
    if (json_is_string(c))
        st = rf_buf_add(b, json_string_value(c), json_string_length(c));
    for (j = 0; json_is_array(c) && j < json_array_size(c) && st == RF_OK; j++) {
        json_t *part = json_array_get(c, j), *tx = json_object_get(part, "text");
        st = j ? rf_buf_addc(b, ' ') : RF_OK;
        if (st == RF_OK)
            st = json_is_string(tx) ? rf_buf_add(b, json_string_value(tx), json_string_length(tx))
                                    : rf_buf_adds(b, "[image]");
    }
    if (json_is_object(c))
        content_text(b, json_object_get(c, "content"));
}

/* A conversation (messages: "role: text" per message) or assistant turns
 * (turns: "[turn N] text", "[turn N: verdict] text" when the verdict's
 * explain has {"turns":[...]}) as plain text, or NULL when json is not an
 * array (the caller then shows it raw). New string, rf_free. */
static char *conv_text(const char *json, int turns, const char *explain)
{
    json_t *a = json ? json_loads(json, 0, NULL) : NULL;
    json_t *ex = turns && explain ? json_loads(explain, 0, NULL) : NULL;
    json_t *tv = json_object_get(ex, "turns");
    rf_buf b;
    size_t i;
    char *out = NULL;
    rf_buf_init(&b, REP_BUF_MAX);
    for (i = 0; json_is_array(a) && i < json_array_size(a); i++) {
        json_t *m = json_array_get(a, i);
        const char *role = json_string_value(json_object_get(m, "role"));
        const char *v = json_string_value(json_array_get(tv, i));
        rf_status st = i ? rf_buf_addc(&b, '\n') : RF_OK;
        if (st == RF_OK && turns && v)
            st = rf_buf_printf(&b, "[turn %zu: %s] ", i + 1, v);
        else if (st == RF_OK && turns)
            st = rf_buf_printf(&b, "[turn %zu] ", i + 1);
        else if (st == RF_OK)
            st = rf_buf_printf(&b, "%s: ", role ? role : "?");
        if (st != RF_OK)
            break;
        content_text(&b, turns ? m : json_object_get(m, "content"));
    }
    if (json_is_array(a))
        out = rf_buf_take(&b, NULL);
    rf_buf_free(&b);
    json_decref(a);
    json_decref(ex);
    return out;
}

/* Show text, or the readable form of a JSON conversation / turn list. */
static void cut_conv(rep_out *o, const char *text, const char *json, int turns, const char *explain,
                     size_t cap)
{
    char *t = json ? conv_text(json, turns, explain) : NULL;
    cut_text(o, t ? t : text ? text : json, cap);
    rf_free(t);
}

void rep_html_item(rep_out *o, const rf_row *row, const char *run, size_t cap)
{
    const rf_item *it = row->item;
    rf_vkind vk = rf_vkind_of(row->resp.status, row->verdict.verdict);
    unsigned pm = vk < RF_VK_JUDGED_COUNT ? rep_patterns_mask(row->verdict.patterns) : 0;
    int p, first = 1;
    rep_printf(o, "<tr class=\"%s\"><td>", rf_vkind_name(vk));
    rep_html_text(o, run, strlen(run));
    rep_puts(o, "<td>");
    rep_html_text(o, it->id, strlen(it->id));
    rep_puts(o, "<td>");
    if (it->label)
        rep_html_text(o, it->label, strlen(it->label));
    rep_puts(o, "<td>");
    if (it->category)
        rep_html_text(o, it->category, strlen(it->category));
    rep_puts(o, "<td>");
    rep_html_text(o, it->language ? it->language : "en",
                  strlen(it->language ? it->language : "en"));
    rep_printf(o, "<td>%s<td>", rf_vkind_name(vk));
    for (p = 0; p < RF_PATTERN_COUNT; p++)
        if (pm & (1u << p)) {
            rep_puts(o, first ? "" : ", ");
            rep_puts(o, rf_pattern_name(p));
            first = 0;
        }
    if (row->resp.status && row->resp.latency_ms >= 0)
        rep_printf(o, "<td>%.0f", row->resp.latency_ms);
    else
        rep_puts(o, "<td>-");
    rep_puts(o, "<td><div>");
    if (it->prompt)
        cut_text(o, it->prompt, cap);
    else
        cut_conv(o, NULL, it->messages, 0, NULL, cap);
    rep_puts(o, "</div><td><div>");
    if (vk == RF_VK_ERROR) {
        rep_puts(o, "<i>error:</i> ");
        cut_text(o, row->resp.error, cap);
    } else {
        cut_conv(o, row->resp.text, row->resp.turns, 1, row->verdict.explain, cap);
    }
    rep_puts(o, "</div>\n");
}

typedef struct item_ctx {
    rep_out *o;
    const char *run;
    size_t cap;
} item_ctx;

static int on_item(const rf_row *row, void *ctx)
{
    item_ctx *c = ctx;
    rep_html_item(c->o, row, c->run, c->cap);
    return c->o->st != RF_OK;
}

static rf_status items(rf_report *r, rep_out *o, char *err)
{
    size_t i;
    rf_status s = RF_OK;
    filter_form(r, o);
    for (i = 0; i < r->n_runs; i++) {
        size_t cap = rep_html_text_cap(r->runs[i].info.n_items);
        if (cap < HTML_TEXT_MAX) {
            rep_printf(o, "<p>Prompts and responses of run ");
            rep_html(o, r->runs[i].info.name);
            rep_printf(o,
                       " are cut to %zu bytes here to keep the page small; "
                       "<code>refusal export</code> has them whole.</p>",
                       cap);
        }
    }
    rep_puts(o, "<table id=\"items\"><thead><tr><th>run</th><th>id</th><th>label</th>"
                "<th>category</th><th>language</th><th>verdict</th><th>patterns</th>"
                "<th>latency ms</th><th>prompt</th><th>response</th></tr></thead><tbody>\n");
    for (i = 0; i < r->n_runs && s == RF_OK && o->st == RF_OK; i++) {
        item_ctx c;
        if (r->runs[i].items_html) { /* rendered while aggregating (opts.html) */
            rep_putn(o, rf_buf_ptr(r->runs[i].items_html), rf_buf_len(r->runs[i].items_html));
            continue;
        }
        c.o = o;
        c.run = r->runs[i].info.name;
        c.cap = rep_html_text_cap(r->runs[i].info.n_items);
        s = rf_store_rows(r->st, r->runs[i].info.id, r->detector, on_item, &c);
        if (s != RF_OK)
            rf_seterr(err, "%s", rf_store_errmsg(r->st));
    }
    rep_puts(o, "</tbody></table>\n");
    return s;
}

rf_status rep_write_html(rf_report *r, rep_out *o, char *err)
{
    rf_status s;
    header(r, o);
    summary(r, o);
    scatter(r, o);
    bars(r, o);
    languages(r, o);
    patterns(r, o);
    benchmarks(r, o);
    s = items(r, o, err);
    rep_puts(o, "<script>");
    rep_puts(o, script);
    rep_puts(o, "</script>\n</body></html>\n");
    return s;
}
