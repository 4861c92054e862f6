/* kg_export: writers of a kg_view in every export format kg supports, and a table to find
 * them by name. Every format carries the same nodes (id = node.key, e.g. "n12") and the same
 * edges, with the analytics when v->has_scores:
 *   graphml    GraphML for Gephi, yEd, networkx, igraph (keys v_<name> / e_<name>)
 *   json       networkx node-link data (directed multigraph, edges under "links")
 *   cytoscape  Cytoscape.js elements JSON
 *   gexf       GEXF 1.2draft with viz colours by community and sizes by PageRank, edge kind
 *   gexf1.3    the same in GEXF 1.3
 *   csv        neo4j-admin import files nodes.csv and relationships.csv in a directory
 *   html       one self-contained page that draws the graph (cytoscape.js, laid out by igraph)
 * Text: XML 1.0 cannot carry most control characters (U+0001..U+001F except tab, LF, CR), so
 * the XML writers (GraphML, GEXF) replace them by U+FFFD; the JSON writers escape them (\u0001)
 * and CSV keeps them inside its fields. Every writer replaces invalid UTF-8 by U+FFFD.
 * Aliases are a JSON array, and one string joined by '|' in GraphML and GEXF and by ';' (the
 * neo4j-admin array delimiter) in CSV. Numbers read back exactly (XML and CSV with the fewest
 * digits, JSON with jansson's 17) and are never NaN or infinity (those become 0).
 * Ownership: the view and the stream are borrowed; a writer neither closes nor frees them. */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include "../graph/kg_view.h"
#include "../src/store/kg_store.h"
#include "../src/kg_error.h"

#include <stdio.h>

/* Each writer below writes v to out, flushes out and checks it for write errors.
 * Returns KG_OK, or KG_EIO ("cannot write <format>: <reason>") when a write fails. */
int kg_export_graphml(FILE *out, const kg_view *v, kg_error *err);
int kg_export_json(FILE *out, const kg_view *v, kg_error *err);
int kg_export_cytoscape(FILE *out, const kg_view *v, kg_error *err);
int kg_export_gexf(FILE *out, const kg_view *v, kg_error *err);   /* GEXF 1.2draft */
int kg_export_gexf13(FILE *out, const kg_view *v, kg_error *err); /* GEXF 1.3 */

/* The interactive view (kg_export_html.c). v must have been prepared by
 * kg_export_html_prepare: it loads the documents and alias reasons (kg_view_details.h) and
 * computes the layout (kg_layout.h). Both return KG_OK, or KG_EUSAGE when kg was built
 * without the vendored graph library, KG_ESTORE, KG_EGRAPH or KG_EIO. */
int kg_export_html(FILE *out, const kg_view *v, kg_error *err);
int kg_export_html_prepare(kg_view *v, kg_store *st, kg_error *err);

/* Writes dir/nodes.csv and dir/relationships.csv (neo4j-admin import headers), creating dir
 * and its missing parents. Returns KG_OK or KG_EIO. */
int kg_export_csv(const char *dir, const kg_view *v, kg_error *err);

/* One export format. Exactly one of write_file and write_dir is set: write_file formats go
 * to a stream (a file or stdout), write_dir formats to a directory. */
typedef struct kg_exporter {
    const char *name;    /* "graphml", "json", "cytoscape", "gexf", "csv" */
    const char *summary; /* one line for usage texts */
    int (*write_file)(FILE *out, const kg_view *v, kg_error *err);
    int (*write_dir)(const char *dir, const kg_view *v, kg_error *err);
} kg_exporter;

/* Returns the exporter called name, or NULL if there is none. The result is static. */
const kg_exporter *kg_export_find(const char *name);

/* Returns the static table of all exporters, sorted by name and ended by an entry whose
 * name is NULL. */
const kg_exporter *kg_export_list(void);

#endif
