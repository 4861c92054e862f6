/* kg_export_gexf: GEXF (Gephi's own format) with the viz namespace: nodes coloured by
 * community (<viz:color>) and sized by PageRank (<viz:size>, 5 + 45 * pagerank / max), edges
 * labelled by type, weighted, and given their type as `kind`, so that Gephi keeps two
 * relations of different types between one pair as two edges. Attributes are declared in
 * <attributes class="node"> and class="edge" with their names as ids. When documents are dated the
 * graph is dynamic (timeformat "date"): each node carries <spells> for the months of the
 * documents that mention it, each edge for the months of its evidence, so that Gephi's
 * timeline plays the graph month by month; the spell markup is the same in GEXF 1.2 and 1.3.
 * Written with libxml2's xmlTextWriter.
 * Two versions: `gexf` writes GEXF 1.2draft, the version every consumer reads (Gephi,
 * graphology, and networkx, whose reader, Debian's 2.8 included, knows 1.1draft and 1.2draft
 * only and says "No <graph> element" for 1.3); `gexf1.3` writes GEXF 1.3, whose schema
 * declares the edge `kind` (1.2draft readers ignore the attribute they do not know). */
#include "../graph/kg_period.h"
#include "../src/kg_mem.h"
#include "kg_export.h"
#include "kg_export_util.h"

#include <assert.h>
#include <stdlib.h>

#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

typedef struct gexf_version {
    const char *ns, *viz_ns, *schema_location, *version, *format;
} gexf_version;

static const gexf_version gexf_12 = {
    "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz",
    "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd", "1.2", "gexf"};
static const gexf_version gexf_13 = {"http://gexf.net/1.3", "http://gexf.net/1.3/viz",
                                     "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "1.3",
                                     "gexf1.3"};

static int attr(xmlTextWriterPtr w, const char *name, const char *value)
{
    return kg_export_xml_attribute(w, name, value);
}

static int attr_double(xmlTextWriterPtr w, const char *name, double x)
{
    char buf[64];
    kg_export_format_double(buf, sizeof buf, x);
    return attr(w, name, buf);
}

static int attr_long(xmlTextWriterPtr w, const char *name, long x)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", x);
    return attr(w, name, buf);
}

static int start(xmlTextWriterPtr w, const char *name)
{
    return xmlTextWriterStartElement(w, (const xmlChar *)name);
}

static int end(xmlTextWriterPtr w)
{
    return xmlTextWriterEndElement(w);
}

static int declare(xmlTextWriterPtr w, const char *name, const char *type)
{
    if (start(w, "attribute") < 0 || attr(w, "id", name) < 0 || attr(w, "title", name) < 0 ||
        attr(w, "type", type) < 0 || end(w) < 0)
        return -1;
    return 0;
}

static int write_declarations(xmlTextWriterPtr w, const kg_view *v)
{
    kg_export_present p = kg_export_find_present(v);
    int bad = 0;
    if (start(w, "attributes") < 0 || attr(w, "class", "node") < 0 || attr(w, "mode", "static") < 0)
        return -1;
    bad |= declare(w, "type", "string");
    bad |= declare(w, "aliases", "string");
    bad |= declare(w, "mentions", "long");
    if (p.date)
        bad |= declare(w, "date", "string");
    if (p.place)
        bad |= declare(w, "place", "string");
    if (p.country)
        bad |= declare(w, "country", "string");
    if (p.region)
        bad |= declare(w, "region", "string");
    if (p.geo) {
        bad |= declare(w, "lat", "double");
        bad |= declare(w, "lon", "double");
    }
    if (v->has_scores) {
        for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
            bad |= declare(w, kg_export_score_names[k], "double");
        bad |= declare(w, "community", "long");
        if (v->subcommunity_parent)
            bad |= declare(w, "subcommunity", "long");
        bad |= declare(w, "colour", "string");
    }
    if (bad || end(w) < 0)
        return -1;
    if (start(w, "attributes") < 0 || attr(w, "class", "edge") < 0 ||
        attr(w, "mode", "static") < 0 || declare(w, "type", "string") < 0 ||
        declare(w, "evidence_count", "long") < 0 || declare(w, "evidence", "string") < 0 ||
        declare(w, "document", "string") < 0 || declare(w, "document_title", "string") < 0 ||
        declare(w, "document_date", "string") < 0 || end(w) < 0)
        return -1;
    return 0;
}

static int attvalue(xmlTextWriterPtr w, const char *name, const char *value)
{
    if (start(w, "attvalue") < 0 || attr(w, "for", name) < 0 || attr(w, "value", value) < 0 ||
        end(w) < 0)
        return -1;
    return 0;
}

static int attvalue_double(xmlTextWriterPtr w, const char *name, double x)
{
    char buf[64];
    kg_export_format_double(buf, sizeof buf, x);
    return attvalue(w, name, buf);
}

static int attvalue_long(xmlTextWriterPtr w, const char *name, long x)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", x);
    return attvalue(w, name, buf);
}

/* Writes <spells> for dates[0..n) (none when no date parses). */
static int write_spells(xmlTextWriterPtr w, const char *const *dates, size_t n)
{
    kg_spell *sp = NULL;
    size_t k = kg_period_spells(&sp, dates, n);
    int bad = k > 0 && start(w, "spells") < 0;
    for (size_t i = 0; i < k && !bad; i++)
        bad = start(w, "spell") < 0 || attr(w, "start", sp[i].start) < 0 ||
              attr(w, "end", sp[i].end) < 0 || end(w) < 0;
    if (k > 0 && !bad)
        bad = end(w) < 0;
    free(sp);
    return bad ? -1 : 0;
}

/* The evidence dates of e, for its spells (borrowed from e; caller frees the array). */
static const char **edge_dates(const kg_view_edge *e)
{
    const char **d = kg_xmalloc((e->n_evidence + 1) * sizeof *d);
    for (size_t i = 0; i < e->n_evidence; i++)
        d[i] = e->evidence[i].date;
    return d;
}

/* Whether any node or edge of v is dated: the graph is then dynamic. */
static int is_dynamic(const kg_view *v)
{
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].n_doc_dates > 0)
            return 1;
    for (size_t e = 0; e < v->n_edges; e++)
        for (size_t k = 0; k < v->edges[e].n_evidence; k++)
            if (v->edges[e].evidence[k].date)
                return 1;
    return 0;
}

static int write_node(xmlTextWriterPtr w, const kg_view *v, size_t i, double max_pr)
{
    const kg_view_node *n = &v->nodes[i];
    int bad = 0;
    if (start(w, "node") < 0 || attr(w, "id", n->key) < 0 || attr(w, "label", n->label) < 0 ||
        start(w, "attvalues") < 0)
        return -1;
    bad |= attvalue(w, "type", n->type);
    if (n->n_aliases > 0) {
        char *aliases = kg_export_join_aliases(n, "|");
        bad |= attvalue(w, "aliases", aliases);
        free(aliases);
    }
    bad |= attvalue_long(w, "mentions", n->mentions);
    if (n->date)
        bad |= attvalue(w, "date", n->date);
    if (n->place)
        bad |= attvalue(w, "place", n->place);
    if (n->country)
        bad |= attvalue(w, "country", n->country);
    if (n->region)
        bad |= attvalue(w, "region", n->region);
    if (n->has_geo) {
        bad |= attvalue_double(w, "lat", n->lat);
        bad |= attvalue_double(w, "lon", n->lon);
    }
    if (v->has_scores) {
        for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
            bad |= attvalue_double(w, kg_export_score_names[k], kg_export_score(n, k));
        bad |= attvalue_long(w, "community", n->community);
        if (v->subcommunity_parent)
            bad |= attvalue_long(w, "subcommunity", n->subcommunity);
        bad |= attvalue(w, "colour", kg_view_community_colour(n->community));
    }
    if (bad || end(w) < 0) /* attvalues */
        return -1;
    if (write_spells(w, (const char *const *)n->doc_dates, n->n_doc_dates) < 0)
        return -1;
    int r, g, b;
    kg_export_community_rgb(n->community, &r, &g, &b);
    if (xmlTextWriterStartElementNS(w, (const xmlChar *)"viz", (const xmlChar *)"color", NULL) <
            0 ||
        attr_long(w, "r", r) < 0 || attr_long(w, "g", g) < 0 || attr_long(w, "b", b) < 0 ||
        end(w) < 0)
        return -1;
    if (xmlTextWriterStartElementNS(w, (const xmlChar *)"viz", (const xmlChar *)"size", NULL) < 0 ||
        attr_double(w, "value", kg_export_node_size(v, i, max_pr)) < 0 || end(w) < 0)
        return -1;
    return end(w); /* node */
}

static int write_edge(xmlTextWriterPtr w, const kg_view *v, size_t i)
{
    const kg_view_edge *e = &v->edges[i];
    assert(e->source < v->n_nodes && e->target < v->n_nodes);
    char id[32];
    snprintf(id, sizeof id, "e%zu", i);
    int bad = 0;
    if (start(w, "edge") < 0 || attr(w, "id", id) < 0 ||
        attr(w, "source", v->nodes[e->source].key) < 0 ||
        attr(w, "target", v->nodes[e->target].key) < 0 || attr(w, "label", e->type) < 0 ||
        attr(w, "kind", e->type) < 0 || attr_double(w, "weight", (double)e->weight) < 0 ||
        start(w, "attvalues") < 0)
        return -1;
    bad |= attvalue(w, "type", e->type);
    bad |= attvalue_long(w, "evidence_count", (long)e->n_evidence);
    if (e->n_evidence > 0) {
        bad |= attvalue(w, "evidence", e->evidence[0].sentence);
        bad |= attvalue(w, "document", e->evidence[0].document);
        if (e->evidence[0].title)
            bad |= attvalue(w, "document_title", e->evidence[0].title);
        if (e->evidence[0].date)
            bad |= attvalue(w, "document_date", e->evidence[0].date);
    }
    if (bad || end(w) < 0) /* attvalues */
        return -1;
    const char **dates = edge_dates(e);
    bad = write_spells(w, dates, e->n_evidence);
    free(dates);
    if (bad || end(w) < 0) /* edge */
        return -1;
    return 0;
}

static int write_document(xmlTextWriterPtr w, const kg_view *v, const gexf_version *ver)
{
    double max_pr = kg_export_max_pagerank(v);
    if (xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 || start(w, "gexf") < 0 ||
        attr(w, "xmlns", ver->ns) < 0 || attr(w, "xmlns:viz", ver->viz_ns) < 0 ||
        attr(w, "xmlns:xsi", XSI_NS) < 0 ||
        attr(w, "xsi:schemaLocation", ver->schema_location) < 0 ||
        attr(w, "version", ver->version) < 0)
        return -1;
    if (start(w, "meta") < 0 || kg_export_xml_text_element(w, "creator", "kg") < 0 ||
        kg_export_xml_text_element(w, "description", "knowledge graph") < 0 || end(w) < 0)
        return -1;
    int dynamic = is_dynamic(v);
    if (start(w, "graph") < 0 || attr(w, "mode", dynamic ? "dynamic" : "static") < 0 ||
        (dynamic && attr(w, "timeformat", "date") < 0) ||
        attr(w, "defaultedgetype", "directed") < 0 || write_declarations(w, v) < 0 ||
        start(w, "nodes") < 0)
        return -1;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (write_node(w, v, i, max_pr) < 0)
            return -1;
    if (end(w) < 0 || start(w, "edges") < 0)
        return -1;
    for (size_t i = 0; i < v->n_edges; i++)
        if (write_edge(w, v, i) < 0)
            return -1;
    return xmlTextWriterEndDocument(w) < 0 ? -1 : 0; /* closes edges, graph, gexf; flushes */
}

static int export_gexf(FILE *out, const kg_view *v, const gexf_version *ver, kg_error *err)
{
    int rc = KG_OK;
    kg_export_xml_quiet quiet;
    kg_export_xml_quiet_begin(&quiet);
    xmlTextWriterPtr w = kg_export_xml_writer_new(out);
    if (!w || write_document(w, v, ver) < 0) {
        rc = kg_export_xml_error(out, ver->format, err);
        goto done;
    }
    xmlFreeTextWriter(w);
    w = NULL;
    rc = kg_export_check_stream(out, ver->format, err);
done:
    if (w)
        xmlFreeTextWriter(w);
    kg_export_xml_quiet_end(&quiet);
    return rc;
}

int kg_export_gexf(FILE *out, const kg_view *v, kg_error *err)
{
    return export_gexf(out, v, &gexf_12, err);
}

int kg_export_gexf13(FILE *out, const kg_view *v, kg_error *err)
{
    return export_gexf(out, v, &gexf_13, err);
}
