/* kg_export_util: see kg_export_util.h. */
#include "kg_export_util.h"

#include "../src/kg_mem.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *const kg_export_score_names[KG_EXPORT_N_SCORES] = {
    "degree", "weighted_degree", "pagerank", "betweenness", "eigenvector", "closeness", "harmonic",
};

kg_export_present kg_export_find_present(const kg_view *v)
{
    kg_export_present p = {0};
    for (size_t i = 0; i < v->n_nodes; i++) {
        const kg_view_node *n = &v->nodes[i];
        p.date |= n->date != NULL;
        p.place |= n->place != NULL;
        p.country |= n->country != NULL;
        p.region |= n->region != NULL;
        p.geo |= n->has_geo != 0;
    }
    return p;
}

double kg_export_finite(double x)
{
    return isfinite(x) ? x : 0.0;
}

double kg_export_score(const kg_view_node *n, size_t k)
{
    double x = 0;
    switch (k) {
    case 0:
        x = n->degree;
        break;
    case 1:
        x = n->weighted_degree;
        break;
    case 2:
        x = n->pagerank;
        break;
    case 3:
        x = n->betweenness;
        break;
    case 4:
        x = n->eigenvector;
        break;
    case 5:
        x = n->closeness;
        break;
    case 6:
        x = n->harmonic;
        break;
    default:
        break;
    }
    return kg_export_finite(x);
}

void kg_export_format_double(char *buf, size_t size, double x)
{
    x = kg_export_finite(x);
    if (x == 0) {
        snprintf(buf, size, "0");
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, x);
        if (strtod(buf, NULL) == x)
            return;
    }
}

/* Decodes one UTF-8 character at s (at least one byte, NUL-terminated) into *cp. Returns
 * its length, or 0 when s does not start a valid, shortest-form scalar value. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
    uint32_t c = s[0];
    size_t len;
    uint32_t min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2;
        c &= 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        c &= 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        c &= 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0; /* also stops at the terminating NUL */
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

static int xml_char(uint32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

static char *clean_text(const char *s, int for_xml)
{
    kg_buf b = {0};
    if (!s)
        return kg_buf_take(&b);
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c;
        size_t len = utf8_decode(p, &c);
        if (len == 0) {
            kg_buf_puts(&b, REPLACEMENT);
            p++;
        } else if (for_xml && !xml_char(c)) {
            kg_buf_puts(&b, REPLACEMENT);
            p += len;
        } else {
            kg_buf_append(&b, (const char *)p, len);
            p += len;
        }
    }
    return kg_buf_take(&b);
}

char *kg_export_xml_text(const char *s)
{
    return clean_text(s, 1);
}

char *kg_export_utf8_text(const char *s)
{
    return clean_text(s, 0);
}

char *kg_export_join_aliases(const kg_view_node *n, const char *sep)
{
    kg_buf b = {0};
    for (size_t i = 0; i < n->n_aliases; i++) {
        if (i > 0)
            kg_buf_puts(&b, sep);
        kg_buf_puts(&b, n->aliases[i] ? n->aliases[i] : "");
    }
    return kg_buf_take(&b);
}

void kg_export_community_rgb(long community, int *r, int *g, int *b)
{
    const char *hex = kg_view_community_colour(community);
    unsigned long rgb = strtoul(hex[0] == '#' ? hex + 1 : hex, NULL, 16);
    *r = (int)((rgb >> 16) & 0xFF);
    *g = (int)((rgb >> 8) & 0xFF);
    *b = (int)(rgb & 0xFF);
}

/* jansson returns NULL only when out of memory once its input is valid: abort like
 * kg_xmalloc does. */
static json_t *json_need(json_t *j)
{
    if (!j)
        abort();
    return j;
}

static void json_put(json_t *obj, const char *key, json_t *value)
{
    if (json_object_set_new(obj, key, json_need(value)) != 0)
        abort();
}

json_t *kg_export_json_string(const char *s)
{
    char *clean = kg_export_utf8_text(s);
    json_t *j = json_need(json_string(clean));
    free(clean);
    return j;
}

json_t *kg_export_json_real(double x)
{
    return json_need(json_real(kg_export_finite(x)));
}

json_t *kg_export_json_node(const kg_view *v, size_t i)
{
    const kg_view_node *n = &v->nodes[i];
    json_t *obj = json_need(json_object());
    json_put(obj, "id", kg_export_json_string(n->key));
    json_put(obj, "label", kg_export_json_string(n->label));
    json_put(obj, "type", kg_export_json_string(n->type));
    json_t *aliases = json_need(json_array());
    for (size_t a = 0; a < n->n_aliases; a++)
        if (json_array_append_new(aliases, kg_export_json_string(n->aliases[a])) != 0)
            abort();
    json_put(obj, "aliases", aliases);
    json_put(obj, "mentions", json_integer(n->mentions));
    if (n->date)
        json_put(obj, "date", kg_export_json_string(n->date));
    if (n->place)
        json_put(obj, "place", kg_export_json_string(n->place));
    if (n->country)
        json_put(obj, "country", kg_export_json_string(n->country));
    if (n->region)
        json_put(obj, "region", kg_export_json_string(n->region));
    if (n->has_geo) {
        json_put(obj, "lat", kg_export_json_real(n->lat));
        json_put(obj, "lon", kg_export_json_real(n->lon));
    }
    if (v->has_scores) {
        for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
            json_put(obj, kg_export_score_names[k], kg_export_json_real(kg_export_score(n, k)));
        json_put(obj, "community", json_integer(n->community));
        json_put(obj, "colour", json_string(kg_view_community_colour(n->community)));
        if (v->subcommunity_parent)
            json_put(obj, "subcommunity", json_integer(n->subcommunity));
    }
    return obj;
}

json_t *kg_export_json_communities(const kg_view *v)
{
    json_t *arr = json_array();
    long n_comm = 0;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].community + 1 > n_comm)
            n_comm = v->nodes[i].community + 1;
    size_t *size0 = kg_xcalloc((size_t)n_comm + 1, sizeof *size0);
    size_t *size1 = kg_xcalloc(v->n_subcommunities + 1, sizeof *size1);
    for (size_t i = 0; i < v->n_nodes; i++) {
        if (v->nodes[i].community >= 0)
            size0[v->nodes[i].community]++;
        if (v->subcommunity_parent && v->nodes[i].subcommunity >= 0 &&
            (size_t)v->nodes[i].subcommunity < v->n_subcommunities)
            size1[v->nodes[i].subcommunity]++;
    }
    for (long c = 0; c < n_comm; c++) {
        json_t *o = json_object();
        json_put(o, "level", json_integer(0));
        json_put(o, "id", json_integer(c));
        json_put(o, "parent", json_null());
        json_put(o, "size", json_integer((json_int_t)size0[c]));
        json_array_append_new(arr, o);
    }
    for (size_t s = 0; v->subcommunity_parent && s < v->n_subcommunities; s++) {
        json_t *o = json_object();
        json_put(o, "level", json_integer(1));
        json_put(o, "id", json_integer((json_int_t)s));
        json_put(o, "parent", json_integer(v->subcommunity_parent[s]));
        json_put(o, "size", json_integer((json_int_t)size1[s]));
        json_array_append_new(arr, o);
    }
    free(size0);
    free(size1);
    return arr;
}

json_t *kg_export_json_evidence(const kg_view_edge *e)
{
    json_t *arr = json_need(json_array());
    for (size_t i = 0; i < e->n_evidence; i++) {
        const kg_view_evidence *ev = &e->evidence[i];
        json_t *obj = json_need(json_object());
        json_put(obj, "document", kg_export_json_string(ev->document));
        json_put(obj, "title", ev->title ? kg_export_json_string(ev->title) : json_null());
        json_put(obj, "date", ev->date ? kg_export_json_string(ev->date) : json_null());
        json_put(obj, "sentence", kg_export_json_string(ev->sentence));
        json_put(obj, "start", json_integer(ev->start));
        json_put(obj, "end", json_integer(ev->end));
        if (json_array_append_new(arr, obj) != 0)
            abort();
    }
    return arr;
}

int kg_export_check_stream(FILE *out, const char *format, kg_error *err)
{
    errno = 0;
    if (fflush(out) != 0 || ferror(out))
        return kg_error_set(err, KG_EIO, "cannot write %s: %s", format,
                            errno ? strerror(errno) : "write error");
    return KG_OK;
}

int kg_export_json_dump(FILE *out, const json_t *root, const char *format, kg_error *err)
{
    /* No JSON_ENSURE_ASCII: UTF-8 stays as is; jansson escapes control characters. */
    errno = 0;
    if (json_dumpf(root, out, JSON_INDENT(2)) != 0 || fputc('\n', out) == EOF)
        return kg_error_set(err, KG_EIO, "cannot write %s: %s", format,
                            errno ? strerror(errno) : "write error");
    return kg_export_check_stream(out, format, err);
}

static int xml_file_write(void *ctx, const char *buf, int len)
{
    if (len <= 0)
        return 0;
    FILE *f = ctx;
    return fwrite(buf, 1, (size_t)len, f) == (size_t)len ? len : -1;
}

static int xml_file_close(void *ctx)
{
    (void)ctx; /* the stream is borrowed */
    return 0;
}

xmlTextWriterPtr kg_export_xml_writer_new(FILE *out)
{
    xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(xml_file_write, xml_file_close, out, NULL);
    if (!buf)
        return NULL;
    xmlTextWriterPtr w = xmlNewTextWriter(buf); /* owns buf from here on */
    if (!w) {
        xmlOutputBufferClose(buf);
        return NULL;
    }
    if (xmlTextWriterSetIndent(w, 1) < 0 ||
        xmlTextWriterSetIndentString(w, (const xmlChar *)"  ") < 0) {
        xmlFreeTextWriter(w);
        return NULL;
    }
    return w;
}

int kg_export_xml_text_element(xmlTextWriterPtr w, const char *name, const char *text)
{
    char *clean = kg_export_xml_text(text);
    int rc = xmlTextWriterWriteElement(w, (const xmlChar *)name, (const xmlChar *)clean);
    free(clean);
    return rc;
}

int kg_export_xml_attribute(xmlTextWriterPtr w, const char *name, const char *value)
{
    char *clean = kg_export_xml_text(value);
    int rc = xmlTextWriterWriteAttribute(w, (const xmlChar *)name, (const xmlChar *)clean);
    free(clean);
    return rc;
}

double kg_export_max_pagerank(const kg_view *v)
{
    double max = 0;
    for (size_t i = 0; i < v->n_nodes; i++) {
        double pr = kg_export_finite(v->nodes[i].pagerank);
        if (pr > max)
            max = pr;
    }
    return max;
}

double kg_export_node_size(const kg_view *v, size_t i, double max_pagerank)
{
    if (!v->has_scores || !(max_pagerank > 0))
        return 10.0;
    return 5.0 + 45.0 * kg_export_finite(v->nodes[i].pagerank) / max_pagerank;
}

int kg_export_xml_error(FILE *out, const char *format, kg_error *err)
{
    if (ferror(out))
        return kg_error_set(err, KG_EIO, "cannot write %s: %s", format,
                            errno ? strerror(errno) : "write error");
    const xmlError *e = xmlGetLastError();
    if (e && e->message) {
        size_t len = strlen(e->message);
        while (len > 0 && e->message[len - 1] == '\n')
            len--;
        return kg_error_set(err, KG_EIO, "cannot write %s: %.*s", format, (int)len, e->message);
    }
    return kg_error_set(err, KG_EIO, "cannot write %s: libxml2 writer error", format);
}

static void xml_error_ignore(void *context, xmlErrorPtr error)
{
    (void)context;
    (void)error;
}

void kg_export_xml_quiet_begin(kg_export_xml_quiet *q)
{
    q->handler = xmlStructuredError;
    q->context = xmlStructuredErrorContext;
    xmlResetLastError();
    xmlSetStructuredErrorFunc(NULL, xml_error_ignore);
}

void kg_export_xml_quiet_end(const kg_export_xml_quiet *q)
{
    xmlSetStructuredErrorFunc(q->context, q->handler);
}
