/* export_readback: see export_readback.h. */
#define _GNU_SOURCE /* strcasestr */
#include "export_readback.h"

#include "../src/kg_mem.h"
#include "harness.h"

#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void parsed_free(parsed *g)
{
    for (size_t i = 0; i < g->n_nodes; i++) {
        free(g->ids[i]);
        free(g->labels[i]);
    }
    for (size_t i = 0; i < g->n_edges; i++)
        free(g->edges[i]);
    free(g->ids);
    free(g->labels);
    free(g->edges);
}

void add_parsed_node(parsed *g, const char *id, const char *label)
{
    KG_GROW(g->ids, g->cap_ids, g->n_nodes + 1);
    KG_GROW(g->labels, g->cap_labels, g->n_nodes + 1);
    g->ids[g->n_nodes] = kg_xstrdup(id ? id : "");
    g->labels[g->n_nodes] = kg_xstrdup(label ? label : "");
    g->n_nodes++;
}

void add_parsed_edge(parsed *g, const char *s, const char *t, const char *type)
{
    KG_GROW(g->edges, g->cap_edges, g->n_edges + 1);
    char *e = kg_xasprintf("%s %s %s", s ? s : "?", t ? t : "?", type ? type : "?");
    for (char *p = strrchr(e, ' ') + 1; *p; p++)
        *p = *p == '-' ? '_' : (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
    g->edges[g->n_edges++] = e;
}

int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

const char *label_of(const parsed *g, const char *id)
{
    for (size_t i = 0; i < g->n_nodes; i++)
        if (strcmp(g->ids[i], id) == 0)
            return g->labels[i];
    return NULL;
}

char *xml_prop(xmlNodePtr n, const char *name)
{
    xmlChar *p = xmlGetProp(n, (const xmlChar *)name);
    char *s = kg_xstrdup((const char *)p);
    xmlFree(p);
    return s;
}

int is_element(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

xmlDocPtr read_xml(const char *path)
{
    char *text = harness_read_file(path);
    ck_assert_ptr_nonnull(text);
    /* No XML_PARSE_NOENT (entities are not expanded) and no network. */
    xmlDocPtr doc = xmlReadMemory(text, (int)strlen(text), path, NULL, XML_PARSE_NONET);
    free(text);
    ck_assert_msg(doc != NULL, "%s is not well-formed XML", path);
    return doc;
}

/* Returns the text of node's <data key="key"> child, malloc'd, or NULL. */
char *graphml_data(xmlNodePtr node, const char *key)
{
    for (xmlNodePtr d = node->children; d; d = d->next) {
        if (!is_element(d, "data"))
            continue;
        char *k = xml_prop(d, "key");
        int match = strcmp(k, key) == 0;
        free(k);
        if (match) {
            xmlChar *c = xmlNodeGetContent(d);
            char *s = kg_xstrdup((const char *)c);
            xmlFree(c);
            return s;
        }
    }
    return NULL;
}

void parse_graphml(parsed *g, const char *path)
{
    xmlDocPtr doc = read_xml(path);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    ck_assert(is_element(root, "graphml"));
    ck_assert_ptr_nonnull(root->ns);
    ck_assert_str_eq((const char *)root->ns->href, "http://graphml.graphdrawing.org/xmlns");
    for (xmlNodePtr gr = root->children; gr; gr = gr->next) {
        if (!is_element(gr, "graph"))
            continue;
        for (xmlNodePtr n = gr->children; n; n = n->next) {
            if (is_element(n, "node")) {
                char *id = xml_prop(n, "id"), *label = graphml_data(n, "v_label");
                add_parsed_node(g, id, label);
                free(id);
                free(label);
            } else if (is_element(n, "edge")) {
                char *s = xml_prop(n, "source"), *t = xml_prop(n, "target");
                char *type = graphml_data(n, "e_type");
                add_parsed_edge(g, s, t, type);
                free(s);
                free(t);
                free(type);
            }
        }
    }
    xmlFreeDoc(doc);
}

/* format "gexf" is GEXF 1.2draft, "gexf1.3" GEXF 1.3 */
void parse_gexf(parsed *g, const char *path, const char *format)
{
    xmlDocPtr doc = read_xml(path);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    ck_assert(is_element(root, "gexf"));
    int v13 = strcmp(format, "gexf1.3") == 0;
    ck_assert_str_eq((const char *)root->ns->href,
                     v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft");
    char *version = xml_prop(root, "version");
    ck_assert_str_eq(version, v13 ? "1.3" : "1.2");
    free(version);
    for (xmlNodePtr gr = root->children; gr; gr = gr->next) {
        if (!is_element(gr, "graph"))
            continue;
        for (xmlNodePtr list = gr->children; list; list = list->next) {
            for (xmlNodePtr n = list->children; n; n = n->next) {
                if (is_element(list, "nodes") && is_element(n, "node")) {
                    char *id = xml_prop(n, "id"), *label = xml_prop(n, "label");
                    add_parsed_node(g, id, label);
                    free(id);
                    free(label);
                } else if (is_element(list, "edges") && is_element(n, "edge")) {
                    char *s = xml_prop(n, "source"), *t = xml_prop(n, "target");
                    char *type = xml_prop(n, "label"), *kind = xml_prop(n, "kind");
                    ck_assert_str_eq(kind, type); /* Gephi keeps typed parallel edges apart */
                    free(kind);
                    add_parsed_edge(g, s, t, type);
                    free(s);
                    free(t);
                    free(type);
                }
            }
        }
    }
    xmlFreeDoc(doc);
}

json_t *read_json(const char *path)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    ck_assert_msg(root != NULL, "%s: line %d: %s", path, jerr.line, jerr.text);
    return root;
}

void parse_json(parsed *g, const char *path)
{
    json_t *root = read_json(path);
    ck_assert(json_is_true(json_object_get(root, "directed")));
    ck_assert(json_is_true(json_object_get(root, "multigraph")));
    ck_assert(json_is_object(json_object_get(root, "graph")));
    /* the same edges under "links" (D3, networkx before 3.6) and "edges" (networkx 3.6) */
    ck_assert(json_equal(json_object_get(root, "links"), json_object_get(root, "edges")));
    size_t i;
    json_t *x;
    json_array_foreach(json_object_get(root, "nodes"), i, x)
    {
        add_parsed_node(g, json_string_value(json_object_get(x, "id")),
                        json_string_value(json_object_get(x, "label")));
    }
    json_array_foreach(json_object_get(root, "links"), i, x)
    {
        add_parsed_edge(g, json_string_value(json_object_get(x, "source")),
                        json_string_value(json_object_get(x, "target")),
                        json_string_value(json_object_get(x, "type")));
    }
    json_decref(root);
}

void parse_cytoscape(parsed *g, const char *path)
{
    json_t *root = read_json(path);
    json_t *elements = json_object_get(root, "elements");
    ck_assert(json_is_object(elements));
    size_t i;
    json_t *x;
    json_array_foreach(json_object_get(elements, "nodes"), i, x)
    {
        json_t *d = json_object_get(x, "data");
        add_parsed_node(g, json_string_value(json_object_get(d, "id")),
                        json_string_value(json_object_get(d, "label")));
    }
    json_array_foreach(json_object_get(elements, "edges"), i, x)
    {
        json_t *d = json_object_get(x, "data");
        char id[32];
        snprintf(id, sizeof id, "e%zu", i);
        ck_assert_str_eq(json_string_value(json_object_get(d, "id")), id);
        add_parsed_edge(g, json_string_value(json_object_get(d, "source")),
                        json_string_value(json_object_get(d, "target")),
                        json_string_value(json_object_get(d, "type")));
    }
    json_decref(root);
}

void csv_free(csv_table *t)
{
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t f = 0; f < t->n_fields[r]; f++)
            free(t->rows[r][f]);
        free(t->rows[r]);
    }
    free(t->rows);
    free(t->n_fields);
}

/* Parses text as RFC 4180 (LF or CRLF line ends); fails the test on a malformed quote. */
void csv_parse(csv_table *t, const char *text)
{
    *t = (csv_table){0};
    const char *p = text;
    while (*p) {
        char **fields = NULL;
        size_t n = 0;
        for (;;) {
            kg_buf b = {0};
            kg_buf_puts(&b, "");
            if (*p == '"') {
                p++;
                for (;;) {
                    ck_assert_msg(*p != '\0', "unterminated quoted field");
                    if (*p == '"' && p[1] == '"') {
                        kg_buf_putc(&b, '"');
                        p += 2;
                    } else if (*p == '"') {
                        p++;
                        break;
                    } else {
                        kg_buf_putc(&b, *p++);
                    }
                }
                ck_assert_msg(*p == ',' || *p == '\n' || *p == '\r' || *p == '\0',
                              "text after a closing quote");
            } else {
                while (*p && *p != ',' && *p != '\n' && *p != '\r') {
                    ck_assert_msg(*p != '"', "quote inside an unquoted field");
                    kg_buf_putc(&b, *p++);
                }
            }
            fields = kg_xrealloc(fields, (n + 1) * sizeof *fields);
            fields[n++] = kg_buf_take(&b);
            if (*p == ',') {
                p++;
                continue;
            }
            if (*p == '\r')
                p++;
            if (*p == '\n')
                p++;
            break;
        }
        t->rows = kg_xrealloc(t->rows, (t->n_rows + 1) * sizeof *t->rows);
        t->n_fields = kg_xrealloc(t->n_fields, (t->n_rows + 1) * sizeof *t->n_fields);
        t->rows[t->n_rows] = fields;
        t->n_fields[t->n_rows++] = n;
    }
}

void csv_read(csv_table *t, const char *path)
{
    char *text = harness_read_file(path);
    ck_assert_msg(text != NULL, "cannot read %s", path);
    csv_parse(t, text);
    free(text);
    for (size_t r = 1; r < t->n_rows; r++)
        ck_assert_uint_eq(t->n_fields[r], t->n_fields[0]);
}

void parse_csv(parsed *g, const char *dir)
{
    char *nodes = kg_xasprintf("%s/nodes.csv", dir),
         *rels = kg_xasprintf("%s/relationships.csv", dir);
    csv_table t;
    csv_read(&t, nodes);
    ck_assert_uint_ge(t.n_rows, 1);
    ck_assert_str_eq(t.rows[0][0], "id:ID");
    ck_assert_str_eq(t.rows[0][1], "label");
    for (size_t r = 1; r < t.n_rows; r++)
        add_parsed_node(g, t.rows[r][0], t.rows[r][1]);
    csv_free(&t);
    csv_read(&t, rels);
    ck_assert_str_eq(t.rows[0][0], ":START_ID");
    for (size_t r = 1; r < t.n_rows; r++)
        add_parsed_edge(g, t.rows[r][0], t.rows[r][1], t.rows[r][2]);
    csv_free(&t);
    free(nodes);
    free(rels);
}

void parse_any(parsed *g, const char *format, const char *path)
{
    *g = (parsed){0};
    if (strcmp(format, "graphml") == 0)
        parse_graphml(g, path);
    else if (strncmp(format, "gexf", 4) == 0)
        parse_gexf(g, path, format);
    else if (strcmp(format, "json") == 0)
        parse_json(g, path);
    else if (strcmp(format, "cytoscape") == 0)
        parse_cytoscape(g, path);
    else
        parse_csv(g, path);
}
