/* kg_export: the table of exporters; see kg_export.h. */
#include "kg_export.h"

#include <string.h>

/* Sorted by name, ended by a NULL name. */
static const kg_exporter exporters[] = {
    {"csv",
     "neo4j-admin import files nodes.csv, relationships.csv, documents.csv, evidence.csv\n"
     "              and mentioned_in.csv (a directory)",
     NULL, kg_export_csv},
    {"cytoscape", "Cytoscape.js elements JSON", kg_export_cytoscape, NULL},
    {"gexf",
     "GEXF 1.2draft (Gephi, graphology, networkx), coloured by community, sized by PageRank",
     kg_export_gexf, NULL},
    {"gexf1.3", "the same in GEXF 1.3 (Gephi 0.9+, graphology; not networkx)", kg_export_gexf13,
     NULL},
    {"graphml", "GraphML for Gephi, yEd, networkx and igraph", kg_export_graphml, NULL},
    {"html", "one self-contained page that draws the graph, offline (search, filters, evidence)",
     kg_export_html, NULL},
    {"json", "networkx node-link JSON (D3, networkx, kg-score)", kg_export_json, NULL},
    {NULL, NULL, NULL, NULL},
};

const kg_exporter *kg_export_find(const char *name)
{
    for (const kg_exporter *e = exporters; name && e->name; e++)
        if (strcmp(e->name, name) == 0)
            return e;
    return NULL;
}

const kg_exporter *kg_export_list(void)
{
    return exporters;
}
