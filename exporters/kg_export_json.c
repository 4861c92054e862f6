/* kg_export_json: networkx node-link data as networkx.node_link_data writes a directed
 * multigraph: {"directed", "multigraph", "graph", "nodes", "links"}, each link with source,
 * target and key (0, 1, ... per ordered source/target pair, in edge order), so that
 * networkx.node_link_graph, D3 and kg-score read it as is. Edges go under both "links" (the
 * key D3 and networkx up to 3.5 read) and "edges" (networkx 3.6's default), so the plain
 * call works on every version. Written as a stream: memory beyond the view is one node or
 * link at a time. */
#include "../src/kg_mem.h"
#include "kg_export.h"
#include "kg_export_util.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

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

/* Writes value as json_dumpf with JSON_INDENT(2) writes it at depth levels of nesting: its
 * lines after the first indented by 2 * depth spaces. Takes value and frees it. Returns 0, or
 * -1 on a write error. */
static int put_nested(FILE *out, json_t *value, int depth)
{
    char *s = json_dumps(value, JSON_INDENT(2) | JSON_ENCODE_ANY);
    json_decref(value);
    if (!s)
        abort(); /* out of memory, as kg_xmalloc */
    int rc = 0;
    for (const char *p = s; *p && rc == 0; p++) {
        if (fputc(*p, out) == EOF)
            rc = -1;
        else if (*p == '\n' && fprintf(out, "%*s", 2 * depth, "") < 0)
            rc = -1;
    }
    free(s);
    return rc;
}

/* The link of edge i, with its multigraph key. */
static json_t *link_of(const kg_view *v, size_t i, long key)
{
    const kg_view_edge *e = &v->edges[i];
    assert(e->source < v->n_nodes && e->target < v->n_nodes);
    json_t *link = json_object();
    if (!link)
        abort();
    json_object_set_new(link, "source", kg_export_json_string(v->nodes[e->source].key));
    json_object_set_new(link, "target", kg_export_json_string(v->nodes[e->target].key));
    json_object_set_new(link, "key", json_integer(key));
    json_object_set_new(link, "type", kg_export_json_string(e->type));
    json_object_set_new(link, "weight", json_integer(e->weight));
    json_object_set_new(link, "evidence", kg_export_json_evidence(e));
    return link;
}

/* The document is written element by element, each node and link built as a small jansson
 * tree and freed once written, never the whole graph as one tree (which took several times
 * the file's size); the bytes are those json_dumpf with JSON_INDENT(2) writes for the
 * whole. */
int kg_export_json(FILE *out, const kg_view *v, kg_error *err)
{
    json_t *graph = json_object();
    if (!graph)
        abort(); /* out of memory, as kg_xmalloc */
    json_object_set_new(graph, "name", json_string("kg"));
    if (v->has_scores) {
        json_object_set_new(graph, "modularity", kg_export_json_real(v->modularity));
        json_object_set_new(graph, "community_algorithm",
                            kg_export_json_string(v->community_algorithm));
        json_object_set_new(graph, "communities", kg_export_json_communities(v));
    }
    long *keys = edge_keys(v);
    errno = 0;
    int bad = fputs("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": ", out) == EOF;
    bad |= put_nested(out, graph, 1) != 0; /* it frees graph: called even after a failure */
    bad = bad || fputs(",\n  \"nodes\": [", out) == EOF;
    for (size_t i = 0; i < v->n_nodes && !bad; i++)
        bad = fputs(i ? ",\n    " : "\n    ", out) == EOF ||
              put_nested(out, kg_export_json_node(v, i), 2);
    if (!bad)
        bad = fputs(v->n_nodes ? "\n  ]" : "]", out) == EOF;
    /* networkx before 3.4 and D3 read "links", networkx 3.6 "edges" (3.4 and 3.5 "links"
     * with a warning): the same array under both keys, so node_link_graph(data) works on
     * every version */
    static const char *const edge_array_names[] = {"links", "edges"};
    for (int k = 0; k < 2 && !bad; k++) {
        bad = fprintf(out, ",\n  \"%s\": [", edge_array_names[k]) < 0;
        for (size_t i = 0; i < v->n_edges && !bad; i++)
            bad = fputs(i ? ",\n    " : "\n    ", out) == EOF ||
                  put_nested(out, link_of(v, i, keys[i]), 2);
        if (!bad)
            bad = fputs(v->n_edges ? "\n  ]" : "]", out) == EOF;
    }
    if (!bad)
        bad = fputs("\n}\n", out) == EOF;
    free(keys);
    if (bad)
        return kg_error_set(err, KG_EIO, "cannot write json: %s",
                            errno ? strerror(errno) : "write error");
    return kg_export_check_stream(out, "json", err);
}
