/* kg_report: see kg_report.h. Every plot is a bar chart written as inline SVG; every text
 * from the store is escaped for XML (& < > " and characters XML cannot carry). */
#include "kg_report.h"

#include "../src/kg_mem.h"
#include "kg_export_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TOP_PER_TYPE 10
#define TOP_COMMUNITIES 20

static void put_escaped(kg_buf *b, const char *s)
{
    char *clean = kg_export_xml_text(s);
    for (const char *p = clean; *p; p++) {
        switch (*p) {
        case '&':
            kg_buf_puts(b, "&amp;");
            break;
        case '<':
            kg_buf_puts(b, "&lt;");
            break;
        case '>':
            kg_buf_puts(b, "&gt;");
            break;
        case '"':
            kg_buf_puts(b, "&quot;");
            break;
        default:
            kg_buf_putc(b, *p);
        }
    }
    free(clean);
}

/* One chart: n bars with labels, values and colours (NULL: one colour). Vertical bars
 * (labels under them) or horizontal bars (labels to the left, for names). */
typedef struct chart {
    const char *title;
    const char *x_label;
    char **labels;
    double *values;
    const char **colours;
    size_t n;
    int horizontal;
} chart;

static void put_chart(kg_buf *b, const chart *c)
{
    double max = 0;
    for (size_t i = 0; i < c->n; i++)
        max = fmax(max, c->values[i]);
    if (!(max > 0))
        max = 1;
    kg_buf_puts(b, "<figure>\n<figcaption>");
    put_escaped(b, c->title);
    kg_buf_puts(b, "</figcaption>\n");
    if (c->n == 0) {
        kg_buf_puts(b, "<p class=\"muted\">nothing to plot</p>\n</figure>\n");
        return;
    }
    if (c->horizontal) {
        int row = 18, left = 230, width = 560, bar_w = width - left - 70;
        int height = (int)c->n * row + 10;
        kg_buf_printf(b,
                      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                      "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">\n",
                      width, height, width, height);
        for (size_t i = 0; i < c->n; i++) {
            int y = 5 + (int)i * row;
            double w = bar_w * c->values[i] / max;
            kg_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">",
                          left - 6, y + 12);
            put_escaped(b, c->labels[i]);
            kg_buf_printf(b,
                          "</text><rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                          "fill=\"%s\"><title>",
                          left, y + 2, w, row - 4, c->colours ? c->colours[i] : "#4e79a7");
            put_escaped(b, c->labels[i]);
            kg_buf_printf(b, ": %.4g</title></rect><text x=\"%.1f\" y=\"%d\" class=\"value\">%.3g</text>\n",
                          c->values[i], left + w + 4, y + 12, c->values[i]);
        }
    } else {
        int bottom = 60, top = 10, left = 44, height = 240;
        int slot = c->n > 40 ? 12 : c->n > 16 ? 20 : 36;
        int width = left + (int)c->n * slot + 10;
        double plot_h = height - bottom - top;
        kg_buf_printf(b,
                      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                      "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">\n",
                      width, height, width, height);
        kg_buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>\n", left,
                      height - bottom, width - 5, height - bottom);
        kg_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"value\">%.0f</text>\n",
                      left - 4, top + 8, max);
        kg_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"value\">0</text>\n",
                      left - 4, height - bottom);
        size_t every = c->n > 40 ? (c->n + 29) / 30 : 1;
        for (size_t i = 0; i < c->n; i++) {
            double h = plot_h * c->values[i] / max;
            int x = left + (int)i * slot;
            kg_buf_printf(b,
                          "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">"
                          "<title>",
                          x + 1, height - bottom - h, slot - 2, h,
                          c->colours ? c->colours[i] : "#4e79a7");
            put_escaped(b, c->labels[i]);
            kg_buf_printf(b, ": %.0f</title></rect>\n", c->values[i]);
            if (i % every == 0) {
                kg_buf_printf(b,
                              "<text transform=\"translate(%d,%d) rotate(-50)\" "
                              "text-anchor=\"end\" class=\"label\">",
                              x + slot / 2 + 3, height - bottom + 10);
                put_escaped(b, c->labels[i]);
                kg_buf_puts(b, "</text>\n");
            }
        }
    }
    kg_buf_puts(b, "</svg>\n");
    if (c->x_label) {
        kg_buf_puts(b, "<p class=\"muted\">");
        put_escaped(b, c->x_label);
        kg_buf_puts(b, "</p>\n");
    }
    kg_buf_puts(b, "</figure>\n");
}

static void chart_free(chart *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->labels[i]);
    free(c->labels);
    free(c->values);
    free((void *)c->colours);
}

static void chart_alloc(chart *c, size_t n)
{
    c->labels = kg_xcalloc(n ? n : 1, sizeof *c->labels);
    c->values = kg_xcalloc(n ? n : 1, sizeof *c->values);
}

/* Degree distribution in power-of-two bins: 0, 1, 2-3, 4-7, ... */
static void degree_chart(kg_buf *b, const kg_view *v)
{
    size_t *deg = kg_xcalloc(v->n_nodes ? v->n_nodes : 1, sizeof *deg);
    for (size_t i = 0; i < v->n_nodes; i++)
        deg[i] = (size_t)kg_export_finite(v->nodes[i].degree);
    size_t bins[66] = {0}, n_bins = 0;
    for (size_t i = 0; i < v->n_nodes; i++) {
        size_t k = 0;
        for (size_t d = deg[i]; d > 0; d >>= 1)
            k++; /* 0 -> 0, 1 -> 1, 2-3 -> 2, 4-7 -> 3 */
        bins[k]++;
        if (k + 1 > n_bins)
            n_bins = k + 1;
    }
    chart c = {.title = "Degree distribution (entities per number of distinct neighbours)",
               .x_label = "bins double in width: 0, 1, 2-3, 4-7, ...; a few hubs and many "
                          "entities with one or two neighbours is the usual shape of news"};
    chart_alloc(&c, n_bins);
    c.n = n_bins;
    for (size_t k = 0; k < n_bins; k++) {
        size_t lo = k == 0 ? 0 : (size_t)1 << (k - 1), hi = k == 0 ? 0 : ((size_t)1 << k) - 1;
        c.labels[k] = lo == hi ? kg_xasprintf("%zu", lo) : kg_xasprintf("%zu-%zu", lo, hi);
        c.values[k] = (double)bins[k];
    }
    put_chart(b, &c);
    chart_free(&c);
    free(deg);
}

/* Returns a malloc'd copy of s cut to at most max characters (UTF-8: never inside a
 * character), with an ellipsis when cut. */
static char *shorten(const char *s, size_t max)
{
    size_t chars = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max - 1)
            break;
    }
    if (!s[i])
        return kg_xstrdup(s);
    return kg_xasprintf("%.*s\xE2\x80\xA6", (int)i, s); /* s[i] starts the max-th character */
}

typedef struct ranked {
    size_t index;
    double value;
} ranked;

static int ranked_desc(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->value != y->value)
        return x->value < y->value ? 1 : -1;
    return x->index < y->index ? -1 : (x->index > y->index);
}

static void community_chart(kg_buf *b, const kg_view *v)
{
    long max_c = -1;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].community > max_c)
            max_c = v->nodes[i].community;
    size_t n_c = (size_t)(max_c + 1);
    ranked *r = kg_xcalloc(n_c ? n_c : 1, sizeof *r);
    for (size_t k = 0; k < n_c; k++)
        r[k].index = k;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].community >= 0)
            r[v->nodes[i].community].value += 1;
    qsort(r, n_c, sizeof *r, ranked_desc);
    size_t n = n_c < TOP_COMMUNITIES ? n_c : TOP_COMMUNITIES;
    char *title = kg_xasprintf("Community sizes (the %zu largest of %zu, %s, modularity %.3f)", n,
                               n_c, v->community_algorithm ? v->community_algorithm : "leiden",
                               kg_export_finite(v->modularity));
    chart c = {.title = title, .x_label = "entities per community, as coloured in the view"};
    chart_alloc(&c, n);
    c.colours = kg_xcalloc(n ? n : 1, sizeof *c.colours);
    c.n = n;
    for (size_t k = 0; k < n; k++) {
        c.labels[k] = kg_xasprintf("%zu", r[k].index);
        c.values[k] = r[k].value;
        c.colours[k] = kg_view_community_colour((long)r[k].index);
    }
    put_chart(b, &c);
    chart_free(&c);
    free(title);
    free(r);
}

static void top_per_type(kg_buf *b, const kg_view *v)
{
    static const char *const types[] = {"person", "organisation", "party", "place", "event"};
    ranked *r = kg_xcalloc(v->n_nodes ? v->n_nodes : 1, sizeof *r);
    for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) {
        size_t n = 0;
        for (size_t i = 0; i < v->n_nodes; i++)
            if (strcmp(v->nodes[i].type, types[t]) == 0)
                r[n++] = (ranked){i, kg_export_finite(v->nodes[i].pagerank)};
        qsort(r, n, sizeof *r, ranked_desc);
        size_t shown = n < TOP_PER_TYPE ? n : TOP_PER_TYPE;
        char *title = kg_xasprintf("Top %s by PageRank (%zu of %zu)", types[t], shown, n);
        chart c = {.title = title, .horizontal = 1};
        chart_alloc(&c, shown);
        c.n = shown;
        for (size_t k = 0; k < shown; k++) {
            c.labels[k] = shorten(v->nodes[r[k].index].label, 34);
            c.values[k] = r[k].value;
        }
        put_chart(b, &c);
        chart_free(&c);
        free(title);
    }
    free(r);
}

/* "YYYY-MM" of an ISO date as a month number (year * 12 + month - 1), or -1. */
static long month_of(const char *date)
{
    if (!date || strlen(date) < 7 || date[4] != '-')
        return -1;
    char *end;
    long y = strtol(date, &end, 10);
    if (end != date + 4)
        return -1;
    long m = strtol(date + 5, &end, 10);
    if (end != date + 7 || m < 1 || m > 12 || y < 1)
        return -1;
    return y * 12 + m - 1;
}

static void documents_chart(kg_buf *b, const kg_view *v)
{
    long lo = -1, hi = -1;
    size_t undated = 0;
    for (size_t d = 0; d < v->n_documents; d++) {
        long m = month_of(v->documents[d].date);
        if (m < 0) {
            undated++;
            continue;
        }
        lo = lo < 0 || m < lo ? m : lo;
        hi = m > hi ? m : hi;
    }
    size_t n = lo < 0 ? 0 : (size_t)(hi - lo + 1);
    char *note = kg_xasprintf("%zu documents, %zu of them without a date (not plotted)",
                              v->n_documents, undated);
    chart c = {.title = "Documents per month", .x_label = note};
    chart_alloc(&c, n);
    c.n = n;
    for (size_t k = 0; k < n; k++) {
        long m = lo + (long)k;
        c.labels[k] = kg_xasprintf("%04ld-%02ld", m / 12, m % 12 + 1);
    }
    for (size_t d = 0; d < v->n_documents; d++) {
        long m = month_of(v->documents[d].date);
        if (m >= 0)
            c.values[m - lo] += 1;
    }
    put_chart(b, &c);
    chart_free(&c);
    free(note);
}

int kg_report_write_page(FILE *out, const kg_view *v, kg_error *err)
{
    kg_buf b = {0};
    kg_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    KG_REPORT_GENERATOR "\n<title>kg report</title>\n<style>\n"
                    "body{font:14px/1.4 system-ui,sans-serif;color:#1d2330;margin:24px auto;"
                    "max-width:1100px;padding:0 16px}\n"
                    "figure{margin:18px 0;display:inline-block;vertical-align:top;"
                    "margin-right:24px}\nfigcaption{font-weight:600;margin-bottom:6px}\n"
                    ".muted{color:#6a7282;font-size:12px;max-width:560px}\n"
                    "svg .label{font-size:11px;fill:#333}\nsvg .value{font-size:10px;"
                    "fill:#6a7282}\nsvg .axis{stroke:#999}\n"
                    "</style>\n</head>\n<body>\n<h1>kg report</h1>\n");
    size_t n_edges = v->n_edges;
    kg_buf_printf(&b,
                  "<p>%zu entities, %zu relations, %zu documents. "
                  "<a href=\"graph.html\">Open the interactive graph</a> (graph.html: search, "
                  "filters, evidence; works offline).</p>\n",
                  v->n_nodes, n_edges, v->n_documents);
    degree_chart(&b, v);
    community_chart(&b, v);
    documents_chart(&b, v);
    kg_buf_puts(&b, "<h2>Top entities per type</h2>\n");
    top_per_type(&b, v);
    kg_buf_puts(&b, "</body>\n</html>\n");
    fwrite(b.data, 1, b.len, out);
    kg_buf_free(&b);
    return kg_export_check_stream(out, "report", err);
}
