/* kg_export_gexf: GEXF 1.3 (Gephi's own format) with the viz namespace: nodes coloured by
 * community (<viz:color>) and sized by PageRank (<viz:size>, 5 + 45 * pagerank / max), edges
 * labelled by type and weighted. Attributes are declared in <attributes class="node"> and
 * class="edge" with their names as ids. Written with libxml2's xmlTextWriter. */
#include "kg_export.h"
#include "kg_export_util.h"

#include <assert.h>
#include <stdlib.h>

#define GEXF_NS "http://gexf.net/1.3"
#define GEXF_VIZ_NS "http://gexf.net/1.3/viz"
#define GEXF_XSD "http://gexf.net/1.3/gexf.xsd"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

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
        bad |= attvalue(w, "colour", kg_view_community_colour(n->community));
    }
    if (bad || end(w) < 0) /* attvalues */
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
        attr_double(w, "weight", (double)e->weight) < 0 || start(w, "attvalues") < 0)
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
    if (bad || end(w) < 0 || end(w) < 0) /* attvalues, edge */
        return -1;
    return 0;
}

static int write_document(xmlTextWriterPtr w, const kg_view *v)
{
    double max_pr = kg_export_max_pagerank(v);
    if (xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 || start(w, "gexf") < 0 ||
        attr(w, "xmlns", GEXF_NS) < 0 || attr(w, "xmlns:viz", GEXF_VIZ_NS) < 0 ||
        attr(w, "xmlns:xsi", XSI_NS) < 0 ||
        attr(w, "xsi:schemaLocation", GEXF_NS " " GEXF_XSD) < 0 || attr(w, "version", "1.3") < 0)
        return -1;
    if (start(w, "meta") < 0 || kg_export_xml_text_element(w, "creator", "kg") < 0 ||
        kg_export_xml_text_element(w, "description", "knowledge graph") < 0 || end(w) < 0)
        return -1;
    if (start(w, "graph") < 0 || attr(w, "mode", "static") < 0 ||
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

int kg_export_gexf(FILE *out, const kg_view *v, kg_error *err)
{
    int rc = KG_OK;
    kg_export_xml_quiet quiet;
    kg_export_xml_quiet_begin(&quiet);
    xmlTextWriterPtr w = kg_export_xml_writer_new(out);
    if (!w || write_document(w, v) < 0) {
        rc = kg_export_xml_error(out, "gexf", err);
        goto done;
    }
    xmlFreeTextWriter(w);
    w = NULL;
    rc = kg_export_check_stream(out, "gexf", err);
done:
    if (w)
        xmlFreeTextWriter(w);
    kg_export_xml_quiet_end(&quiet);
    return rc;
}
