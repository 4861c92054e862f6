/* kg_export_json: networkx node-link data as networkx.node_link_data writes a directed
 * multigraph: {"directed", "multigraph", "graph", "nodes", "links"}, each link with source,
 * target and key (0, 1, ... per ordered source/target pair, in edge order), so that
 * networkx.node_link_graph, D3 and kg-score read it as is. Edges go under both "links" (the
 * key D3 and networkx up to 3.5 read) and "edges" (networkx 3.6's default). */
#include "../src/kg_mem.h"
#include "kg_export.h"
#include "kg_export_util.h"

#include <assert.h>
#include <stdlib.h>

typedef struct edge_ref {
    size_t source, target, index;
} edge_ref;

static int edge_ref_cmp(const void *a, const void *b)
{
    const edge_ref *x = a, *y = b;
    if (x->source != y->source)
        return x->source < y->source ? -1 : 1;
    if (x->target != y->target)
        return x->target < y->target ? -1 : 1;
    return x->index < y->index ? -1 : (x->index > y->index);
}

/* Returns a malloc'd array of each edge's multigraph key: the number of earlier edges with
 * the same (source, target). */
static long *edge_keys(const kg_view *v)
{
    size_t m = v->n_edges;
    long *keys = kg_xcalloc(m ? m : 1, sizeof *keys);
    edge_ref *refs = kg_xmalloc((m ? m : 1) * sizeof *refs);
    for (size_t i = 0; i < m; i++)
        refs[i] = (edge_ref){v->edges[i].source, v->edges[i].target, i};
    qsort(refs, m, sizeof *refs, edge_ref_cmp);
    for (size_t i = 1; i < m; i++)
        if (refs[i].source == refs[i - 1].source && refs[i].target == refs[i - 1].target)
            keys[refs[i].index] = keys[refs[i - 1].index] + 1;
    free(refs);
    return keys;
}

int kg_export_json(FILE *out, const kg_view *v, kg_error *err)
{
    json_t *root = json_object();
    json_t *graph = json_object();
    json_t *nodes = json_array();
    json_t *links = json_array();
    long *keys = edge_keys(v);
    if (!root || !graph || !nodes || !links)
        abort(); /* out of memory, as kg_xmalloc */
    json_object_set_new(root, "directed", json_true());
    json_object_set_new(root, "multigraph", json_true());
    json_object_set_new(graph, "name", json_string("kg"));
    if (v->has_scores) {
        json_object_set_new(graph, "modularity", kg_export_json_real(v->modularity));
        json_object_set_new(graph, "community_algorithm",
                            kg_export_json_string(v->community_algorithm));
        json_object_set_new(graph, "communities", kg_export_json_communities(v));
    }
    json_object_set_new(root, "graph", graph);
    for (size_t i = 0; i < v->n_nodes; i++)
        json_array_append_new(nodes, kg_export_json_node(v, i));
    json_object_set_new(root, "nodes", nodes);
    for (size_t i = 0; i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        assert(e->source < v->n_nodes && e->target < v->n_nodes);
        json_t *link = json_object();
        json_object_set_new(link, "source", kg_export_json_string(v->nodes[e->source].key));
        json_object_set_new(link, "target", kg_export_json_string(v->nodes[e->target].key));
        json_object_set_new(link, "key", json_integer(keys[i]));
        json_object_set_new(link, "type", kg_export_json_string(e->type));
        json_object_set_new(link, "weight", json_integer(e->weight));
        json_object_set_new(link, "evidence", kg_export_json_evidence(e));
        json_array_append_new(links, link);
    }
    /* networkx before 3.4 and D3 read "links", networkx 3.6 "edges" (3.4 and 3.5 "links"
     * with a warning): the same array under both keys, so node_link_graph(data) works on
     * every version */
    json_object_set(root, "links", links);
    json_object_set_new(root, "edges", links);
    int rc = kg_export_json_dump(out, root, "json", err);
    json_decref(root);
    free(keys);
    return rc;
}
