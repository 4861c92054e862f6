/* kg_layout: see kg_layout.h. */
#include "kg_layout.h"

#include "../src/kg_mem.h"

#include "kg_igraph.h"
#include <math.h>
#include <stdlib.h>

#define LAYOUT_SEED 14

/* Scales the nodes' positions into [0, 1000]^2 keeping the aspect ratio, centred; a node
 * without a finite position goes to the centre. */
static void normalise(kg_view *v)
{
    double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
    for (size_t i = 0; i < v->n_nodes; i++) {
        double x = v->nodes[i].x, y = v->nodes[i].y;
        if (!isfinite(x) || !isfinite(y))
            continue;
        min_x = fmin(min_x, x);
        max_x = fmax(max_x, x);
        min_y = fmin(min_y, y);
        max_y = fmax(max_y, y);
    }
    double span = fmax(max_x - min_x, max_y - min_y);
    if (!isfinite(span) || span <= 0)
        span = 1;
    double scale = 1000.0 / span;
    double off_x = (1000.0 - (max_x - min_x) * scale) / 2;
    double off_y = (1000.0 - (max_y - min_y) * scale) / 2;
    for (size_t i = 0; i < v->n_nodes; i++) {
        kg_view_node *n = &v->nodes[i];
        if (!isfinite(n->x) || !isfinite(n->y) || !isfinite(min_x)) {
            n->x = n->y = 500;
            continue;
        }
        n->x = off_x + (n->x - min_x) * scale;
        n->y = off_y + (n->y - min_y) * scale;
    }
}

/* The force layout of the nodes i with sub[i] >= 0 (m of them, numbered by sub) and the edges
 * between them: each such node's x and y, in the layout's own units. */
static igraph_error_t force_layout(kg_view *v, const igraph_integer_t *sub, igraph_integer_t m)
{
    igraph_t g;
    igraph_vector_int_t edges;
    igraph_vector_t weights;
    igraph_matrix_t res;
    igraph_error_t rc = igraph_vector_int_init(&edges, 0);
    int have_edges = rc == IGRAPH_SUCCESS, have_weights = 0, have_graph = 0, have_res = 0;
    if (rc == IGRAPH_SUCCESS && (rc = igraph_vector_init(&weights, 0)) == IGRAPH_SUCCESS)
        have_weights = 1;
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        if (e->source == e->target || sub[e->source] < 0 || sub[e->target] < 0)
            continue;
        rc = igraph_vector_int_push_back(&edges, sub[e->source]);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_vector_int_push_back(&edges, sub[e->target]);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_vector_push_back(&weights, e->weight > 0 ? (double)e->weight : 1.0);
    }
    if (rc == IGRAPH_SUCCESS &&
        (rc = igraph_create(&g, &edges, m, IGRAPH_UNDIRECTED)) == IGRAPH_SUCCESS)
        have_graph = 1;
    if (rc == IGRAPH_SUCCESS && (rc = igraph_matrix_init(&res, 0, 0)) == IGRAPH_SUCCESS)
        have_res = 1;
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_rng_seed(igraph_rng_default(), LAYOUT_SEED);
    if (rc == IGRAPH_SUCCESS) {
        if (v->n_nodes <= KG_LAYOUT_FR_LIMIT) {
            /* weights are parallel edges' evidence counts: log-scaled, so that one busy pair
             * does not collapse onto itself */
            for (igraph_integer_t k = 0; k < igraph_vector_size(&weights); k++)
                VECTOR(weights)[k] = 1.0 + log(VECTOR(weights)[k]);
            rc = igraph_layout_fruchterman_reingold(&g, &res, 0, 500, sqrt((double)m) / 10.0,
                                                    IGRAPH_LAYOUT_AUTOGRID, &weights, NULL, NULL,
                                                    NULL, NULL);
        } else {
            igraph_layout_drl_options_t o;
            rc = igraph_layout_drl_options_init(&o, IGRAPH_LAYOUT_DRL_DEFAULT);
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_layout_drl(&g, &res, 0, &o, &weights);
        }
    }
    if (rc == IGRAPH_SUCCESS) {
        for (size_t i = 0; i < v->n_nodes; i++) {
            if (sub[i] >= 0) {
                v->nodes[i].x = MATRIX(res, sub[i], 0);
                v->nodes[i].y = MATRIX(res, sub[i], 1);
            }
        }
    }
    if (have_res)
        igraph_matrix_destroy(&res);
    if (have_graph)
        igraph_destroy(&g);
    if (have_weights)
        igraph_vector_destroy(&weights);
    if (have_edges)
        igraph_vector_int_destroy(&edges);
    return rc;
}

/* Union-find root of i, halving the path. */
static size_t root(size_t *parent, size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

/* A node outside the largest component, with the size and root of its component. */
typedef struct {
    size_t size, comp, node;
} placed;

/* For qsort: the larger component first, then by component, then by node index. */
static int by_component(const void *a, const void *b)
{
    const placed *p = a, *q = b;
    if (p->size != q->size)
        return p->size > q->size ? -1 : 1;
    if (p->comp != q->comp)
        return p->comp < q->comp ? -1 : 1;
    return p->node < q->node ? -1 : p->node > q->node;
}

/* Lays out the largest component with the force layout in [0, 1000]^2 and puts the nodes of
 * every other component in rows below it, component after component (largest first), so
 * that hundreds of isolated entities and pairs do not push the connected graph into a knot
 * at the centre. */
static igraph_error_t split_layout(kg_view *v)
{
    size_t n = v->n_nodes;
    size_t *parent = kg_xmalloc(n * sizeof *parent), *size = kg_xcalloc(n, sizeof *size);
    for (size_t i = 0; i < n; i++)
        parent[i] = i;
    for (size_t k = 0; k < v->n_edges; k++) {
        size_t a = root(parent, v->edges[k].source), b = root(parent, v->edges[k].target);
        if (a != b)
            parent[a] = b;
    }
    size_t largest = 0;
    for (size_t i = 0; i < n; i++) {
        parent[i] = root(parent, i);
        if (++size[parent[i]] > size[largest])
            largest = parent[i];
    }
    igraph_integer_t *sub = kg_xmalloc(n * sizeof *sub), m = 0;
    placed *rest = kg_xmalloc(n * sizeof *rest);
    size_t r = 0;
    for (size_t i = 0; i < n; i++) {
        sub[i] = parent[i] == largest ? m++ : -1;
        if (parent[i] != largest)
            rest[r++] = (placed){size[parent[i]], parent[i], i};
    }
    igraph_error_t rc = m > 1 ? force_layout(v, sub, m) : IGRAPH_SUCCESS;
    if (rc == IGRAPH_SUCCESS) {
        /* the main component into [0, 1000]^2 (normalise works on all nodes: park the rest) */
        for (size_t k = 0; k < r; k++)
            v->nodes[rest[k].node].x = v->nodes[rest[k].node].y = NAN;
        normalise(v);
        qsort(rest, r, sizeof *rest, by_component);
        size_t cols = (size_t)ceil(sqrt((double)r));
        cols = cols < 60 ? 60 : cols;
        double cell = 1000.0 / (double)cols;
        for (size_t k = 0; k < r; k++) {
            v->nodes[rest[k].node].x = cell * ((double)(k % cols) + 0.5);
            v->nodes[rest[k].node].y = 1000.0 + 4 * cell + cell * (double)(k / cols);
        }
        normalise(v);
    }
    free(rest);
    free(sub);
    free(size);
    free(parent);
    return rc;
}

int kg_layout_compute(kg_view *v, kg_error *err)
{
    if (v->n_nodes == 0)
        return KG_OK;
    if (v->n_nodes == 1) {
        v->nodes[0].x = v->nodes[0].y = 500;
        return KG_OK;
    }
    igraph_error_t rc;
    if (v->n_nodes > KG_LAYOUT_SPLIT_MIN) {
        rc = split_layout(v);
    } else {
        igraph_integer_t *all = kg_xmalloc(v->n_nodes * sizeof *all);
        for (size_t i = 0; i < v->n_nodes; i++)
            all[i] = (igraph_integer_t)i;
        rc = force_layout(v, all, (igraph_integer_t)v->n_nodes);
        free(all);
        if (rc == IGRAPH_SUCCESS)
            normalise(v);
    }
    if (rc != IGRAPH_SUCCESS)
        return kg_error_set(err, KG_EGRAPH, "cannot compute the layout: %s", igraph_strerror(rc));
    return KG_OK;
}
