/* kg_export_graphml: GraphML written with libxml2's xmlTextWriter (igraph's writer drops NaN
 * silently and can duplicate key ids). Key ids are v_<name> for nodes, e_<name> for edges and
 * no graph keys (Gephi rejects them); every key has for, attr.name and attr.type and comes before
 * <graph>. Gephi maps label, weight, r/g/b and size to its own properties. */
#include "../src/kg_mem.h"
#include "kg_export.h"
#include "kg_export_util.h"

#include <stdlib.h>
#include <string.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

static int write_key(xmlTextWriterPtr w, const char *domain, const char *name, const char *type)
{
    char id[64];
    /* v_ for nodes (vertices), e_ for edges, g_ for the graph */
    snprintf(id, sizeof id, "%c_%s", strcmp(domain, "node") == 0 ? 'v' : domain[0], name);
    if (xmlTextWriterStartElement(w, (const xmlChar *)"key") < 0 ||
        kg_export_xml_attribute(w, "id", id) < 0 || kg_export_xml_attribute(w, "for", domain) < 0 ||
        kg_export_xml_attribute(w, "attr.name", name) < 0 ||
        kg_export_xml_attribute(w, "attr.type", type) < 0 || xmlTextWriterEndElement(w) < 0)
        return -1;
    return 0;
}

static int write_keys(xmlTextWriterPtr w, const kg_view *v)
{
    kg_export_present p = kg_export_find_present(v);
    int bad = 0;
    bad |= write_key(w, "node", "label", "string");
    bad |= write_key(w, "node", "type", "string");
    bad |= write_key(w, "node", "aliases", "string");
    bad |= write_key(w, "node", "mentions", "long");
    if (p.date)
        bad |= write_key(w, "node", "date", "string");
    if (p.place)
        bad |= write_key(w, "node", "place", "string");
    if (p.country)
        bad |= write_key(w, "node", "country", "string");
    if (p.region)
        bad |= write_key(w, "node", "region", "string");
    if (p.geo) {
        bad |= write_key(w, "node", "lat", "double");
        bad |= write_key(w, "node", "lon", "double");
    }
    if (v->has_scores) {
        for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
            bad |= write_key(w, "node", kg_export_score_names[k], "double");
        bad |= write_key(w, "node", "community", "long");
        if (v->subcommunity_parent)
            bad |= write_key(w, "node", "subcommunity", "long");
        bad |= write_key(w, "node", "colour", "string");
        bad |= write_key(w, "node", "r", "int");
        bad |= write_key(w, "node", "g", "int");
        bad |= write_key(w, "node", "b", "int");
        bad |= write_key(w, "node", "size", "double");
    }
    bad |= write_key(w, "edge", "type", "string");
    bad |= write_key(w, "edge", "weight", "double");
    bad |= write_key(w, "edge", "evidence_count", "long");
    bad |= write_key(w, "edge", "evidence", "string");
    bad |= write_key(w, "edge", "document", "string");
    bad |= write_key(w, "edge", "document_title", "string");
    bad |= write_key(w, "edge", "document_date", "string");
    return bad ? -1 : 0;
}

/* Writes <data key="<d>_<name>">text</data>. */
static int write_data(xmlTextWriterPtr w, char domain, const char *name, const char *text)
{
    char id[64];
    snprintf(id, sizeof id, "%c_%s", domain, name);
    if (xmlTextWriterStartElement(w, (const xmlChar *)"data") < 0 ||
        kg_export_xml_attribute(w, "key", id) < 0)
        return -1;
    char *clean = kg_export_xml_text(text);
    int rc = xmlTextWriterWriteString(w, (const xmlChar *)clean);
    free(clean);
    if (rc < 0 || xmlTextWriterEndElement(w) < 0)
        return -1;
    return 0;
}

static int write_data_double(xmlTextWriterPtr w, char domain, const char *name, double x)
{
    char buf[64];
    kg_export_format_double(buf, sizeof buf, x);
    return write_data(w, domain, name, buf);
}

static int write_data_long(xmlTextWriterPtr w, char domain, const char *name, long x)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", x);
    return write_data(w, domain, name, buf);
}

static int write_node(xmlTextWriterPtr w, const kg_view *v, size_t i, double max_pr)
{
    const kg_view_node *n = &v->nodes[i];
    int bad = 0;
    if (xmlTextWriterStartElement(w, (const xmlChar *)"node") < 0 ||
        kg_export_xml_attribute(w, "id", n->key) < 0)
        return -1;
    bad |= write_data(w, 'v', "label", n->label);
    bad |= write_data(w, 'v', "type", n->type);
    if (n->n_aliases > 0) {
        char *aliases = kg_export_join_aliases(n, "|");
        bad |= write_data(w, 'v', "aliases", aliases);
        free(aliases);
    }
    bad |= write_data_long(w, 'v', "mentions", n->mentions);
    if (n->date)
        bad |= write_data(w, 'v', "date", n->date);
    if (n->place)
        bad |= write_data(w, 'v', "place", n->place);
    if (n->country)
        bad |= write_data(w, 'v', "country", n->country);
    if (n->region)
        bad |= write_data(w, 'v', "region", n->region);
    if (n->has_geo) {
        bad |= write_data_double(w, 'v', "lat", n->lat);
        bad |= write_data_double(w, 'v', "lon", n->lon);
    }
    if (v->has_scores) {
        for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
            bad |= write_data_double(w, 'v', kg_export_score_names[k], kg_export_score(n, k));
        bad |= write_data_long(w, 'v', "community", n->community);
        if (v->subcommunity_parent)
            bad |= write_data_long(w, 'v', "subcommunity", n->subcommunity);
        bad |= write_data(w, 'v', "colour", kg_view_community_colour(n->community));
        int r, g, b;
        kg_export_community_rgb(n->community, &r, &g, &b);
        bad |= write_data_long(w, 'v', "r", r);
        bad |= write_data_long(w, 'v', "g", g);
        bad |= write_data_long(w, 'v', "b", b);
        bad |= write_data_double(w, 'v', "size", kg_export_node_size(v, i, max_pr));
    }
    if (bad || xmlTextWriterEndElement(w) < 0)
        return -1;
    return 0;
}

static int write_edge(xmlTextWriterPtr w, const kg_view *v, size_t i)
{
    const kg_view_edge *e = &v->edges[i];
    char id[32];
    snprintf(id, sizeof id, "e%zu", i);
    int bad = 0;
    if (xmlTextWriterStartElement(w, (const xmlChar *)"edge") < 0 ||
        kg_export_xml_attribute(w, "id", id) < 0 ||
        kg_export_xml_attribute(w, "source", v->nodes[e->source].key) < 0 ||
        kg_export_xml_attribute(w, "target", v->nodes[e->target].key) < 0)
        return -1;
    bad |= write_data(w, 'e', "type", e->type);
    bad |= write_data_double(w, 'e', "weight", (double)e->weight);
    bad |= write_data_long(w, 'e', "evidence_count", (long)e->n_evidence);
    if (e->n_evidence > 0) {
        bad |= write_data(w, 'e', "evidence", e->evidence[0].sentence);
        bad |= write_data(w, 'e', "document", e->evidence[0].document);
        if (e->evidence[0].title)
            bad |= write_data(w, 'e', "document_title", e->evidence[0].title);
        if (e->evidence[0].date)
            bad |= write_data(w, 'e', "document_date", e->evidence[0].date);
    }
    if (bad || xmlTextWriterEndElement(w) < 0)
        return -1;
    return 0;
}

static int write_document(xmlTextWriterPtr w, const kg_view *v)
{
    double max_pr = kg_export_max_pagerank(v);
    if (xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 ||
        xmlTextWriterStartElement(w, (const xmlChar *)"graphml") < 0 ||
        kg_export_xml_attribute(w, "xmlns", GRAPHML_NS) < 0 ||
        kg_export_xml_attribute(w, "xmlns:xsi", XSI_NS) < 0 ||
        kg_export_xml_attribute(w, "xsi:schemaLocation", GRAPHML_NS " " GRAPHML_XSD) < 0 ||
        write_keys(w, v) < 0 || xmlTextWriterStartElement(w, (const xmlChar *)"graph") < 0 ||
        kg_export_xml_attribute(w, "id", "kg") < 0 ||
        kg_export_xml_attribute(w, "edgedefault", "directed") < 0)
        return -1;
    /* no key for="graph": Gephi's importer reports every graph attribute as a severe error;
     * the partition's algorithm and modularity go in the graph's <desc> */
    if (v->has_scores) {
        char buf[64], *desc;
        kg_export_format_double(buf, sizeof buf, v->modularity);
        desc = kg_xasprintf("kg knowledge graph; communities: %s, modularity %s",
                            v->community_algorithm ? v->community_algorithm : "", buf);
        int rc = kg_export_xml_text_element(w, "desc", desc);
        free(desc);
        if (rc < 0)
            return -1;
    }
    for (size_t i = 0; i < v->n_nodes; i++)
        if (write_node(w, v, i, max_pr) < 0)
            return -1;
    for (size_t i = 0; i < v->n_edges; i++)
        if (write_edge(w, v, i) < 0)
            return -1;
    return xmlTextWriterEndDocument(w) < 0 ? -1 : 0; /* closes graph and graphml, flushes */
}

int kg_export_graphml(FILE *out, const kg_view *v, kg_error *err)
{
    int rc = KG_OK;
    kg_export_xml_quiet quiet;
    kg_export_xml_quiet_begin(&quiet);
    xmlTextWriterPtr w = kg_export_xml_writer_new(out);
    if (!w || write_document(w, v) < 0) {
        rc = kg_export_xml_error(out, "graphml", err);
        goto done;
    }
    xmlFreeTextWriter(w);
    w = NULL;
    rc = kg_export_check_stream(out, "graphml", err);
done:
    if (w)
        xmlFreeTextWriter(w);
    kg_export_xml_quiet_end(&quiet);
    return rc;
}
