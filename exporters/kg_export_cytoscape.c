/* kg_export_cytoscape: Cytoscape.js elements JSON, {"elements": {"nodes": [{"data": {...}}],
 * "edges": [{"data": {"id": "e<index>", "source", "target", ...}}]}}, which Cytoscape.js
 * (cy.add / elements option) and Cytoscape desktop (File > Import > Network from File) read. */
#include "kg_export.h"
#include "kg_export_util.h"

#include <assert.h>
#include <stdlib.h>

static json_t *wrap_data(json_t *data)
{
    json_t *element = json_object();
    if (!element)
        abort(); /* out of memory, as kg_xmalloc */
    json_object_set_new(element, "data", data);
    return element;
}

int kg_export_cytoscape(FILE *out, const kg_view *v, kg_error *err)
{
    json_t *root = json_object();
    json_t *elements = json_object();
    json_t *nodes = json_array();
    json_t *edges = json_array();
    if (!root || !elements || !nodes || !edges)
        abort(); /* out of memory, as kg_xmalloc */
    for (size_t i = 0; i < v->n_nodes; i++)
        json_array_append_new(nodes, wrap_data(kg_export_json_node(v, i)));
    for (size_t i = 0; i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        assert(e->source < v->n_nodes && e->target < v->n_nodes);
        char id[32];
        snprintf(id, sizeof id, "e%zu", i);
        json_t *data = json_object();
        json_object_set_new(data, "id", json_string(id));
        json_object_set_new(data, "source", kg_export_json_string(v->nodes[e->source].key));
        json_object_set_new(data, "target", kg_export_json_string(v->nodes[e->target].key));
        json_object_set_new(data, "type", kg_export_json_string(e->type));
        json_object_set_new(data, "weight", json_integer(e->weight));
        json_object_set_new(data, "evidence", kg_export_json_evidence(e));
        json_array_append_new(edges, wrap_data(data));
    }
    json_object_set_new(elements, "nodes", nodes);
    json_object_set_new(elements, "edges", edges);
    if (v->has_scores) {
        json_t *data = json_object();
        json_object_set_new(data, "communities", kg_export_json_communities(v));
        json_object_set_new(root, "data", data);
    }
    json_object_set_new(root, "elements", elements);
    int rc = kg_export_json_dump(out, root, "cytoscape", err);
    json_decref(root);
    return rc;
}
