/* export_readback: test_export's readers of every export format back into one shape (node
 * ids and labels, edges as "source target TYPE"), and their helpers (XML, JSON, an RFC 4180
 * CSV reader), so that the suite can compare the formats with one another. Test code only:
 * a failure to read fails the running Check test. */
#ifndef EXPORT_READBACK_H
#define EXPORT_READBACK_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stddef.h>

typedef struct parsed {
    char **ids, **labels;
    size_t n_nodes, cap_ids, cap_labels;
    char **edges; /* "source target TYPE" with TYPE upper snake case */
    size_t n_edges, cap_edges;
} parsed;

/* A CSV table read by an RFC 4180 reader: rows of fields. */
typedef struct csv_table {
    char ***rows;
    size_t *n_fields;
    size_t n_rows;
} csv_table;

/* Frees what g holds (not g). */
void parsed_free(parsed *g);

/* Appends a node (id and label copied). */
void add_parsed_node(parsed *g, const char *id, const char *label);

/* Appends the edge "s t TYPE" (type in upper snake case). */
void add_parsed_edge(parsed *g, const char *s, const char *t, const char *type);

/* qsort comparator of char * strings. */
int str_cmp(const void *a, const void *b);

/* The label of node id (borrowed from g), or NULL. */
const char *label_of(const parsed *g, const char *id);

/* Attribute name of n, malloc'd (the caller frees it), or NULL. */
char *xml_prop(xmlNodePtr n, const char *name);

/* Whether n is the element name. */
int is_element(xmlNodePtr n, const char *name);

/* Parses path with network and entities off; fails the test when it cannot. The caller
 * frees the document with xmlFreeDoc. */
xmlDocPtr read_xml(const char *path);

/* Returns the text of node's <data key="key"> child, malloc'd, or NULL. */
char *graphml_data(xmlNodePtr node, const char *key);

/* Reads the GraphML file path into g (and likewise each parse_ function below). */
void parse_graphml(parsed *g, const char *path);

/* format "gexf" is GEXF 1.2draft, "gexf1.3" GEXF 1.3 */
void parse_gexf(parsed *g, const char *path, const char *format);

/* Parses path as JSON; fails the test when it cannot. Returns a new reference. */
json_t *read_json(const char *path);

void parse_json(parsed *g, const char *path);

void parse_cytoscape(parsed *g, const char *path);

/* Frees what t holds (not t). */
void csv_free(csv_table *t);

/* Parses text as RFC 4180 (LF or CRLF line ends); fails the test on a malformed quote. */
void csv_parse(csv_table *t, const char *text);

/* Reads the CSV file path into *t (csv_parse). */
void csv_read(csv_table *t, const char *path);

/* Reads the neo4j CSV files of dir (nodes.csv, relationships.csv) into g. */
void parse_csv(parsed *g, const char *dir);

/* Reads the export of format at path into g. */
void parse_any(parsed *g, const char *format, const char *path);

#endif
