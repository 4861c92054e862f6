/* kg_layout: see kg_layout.h. */
#include "kg_layout.h"

#include <igraph.h>
#include <math.h>

#define LAYOUT_SEED 14

/* Scales positions (res, n x 2) into [0, 1000]^2 keeping the aspect ratio, centred. */
static void normalise(kg_view *v, const igraph_matrix_t *res)
{
    double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
    for (size_t i = 0; i < v->n_nodes; i++) {
        double x = MATRIX(*res, (igraph_integer_t)i, 0), y = MATRIX(*res, (igraph_integer_t)i, 1);
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
        double x = MATRIX(*res, (igraph_integer_t)i, 0), y = MATRIX(*res, (igraph_integer_t)i, 1);
        if (!isfinite(x) || !isfinite(y) || !isfinite(min_x)) {
            v->nodes[i].x = v->nodes[i].y = 500;
            continue;
        }
        v->nodes[i].x = off_x + (x - min_x) * scale;
        v->nodes[i].y = off_y + (y - min_y) * scale;
    }
}

int kg_layout_compute(kg_view *v, kg_error *err)
{
    if (v->n_nodes == 0)
        return KG_OK;
    if (v->n_nodes == 1) {
        v->nodes[0].x = v->nodes[0].y = 500;
        return KG_OK;
    }
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
        if (e->source == e->target)
            continue;
        rc = igraph_vector_int_push_back(&edges, (igraph_integer_t)e->source);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_vector_int_push_back(&edges, (igraph_integer_t)e->target);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_vector_push_back(&weights, e->weight > 0 ? (double)e->weight : 1.0);
    }
    if (rc == IGRAPH_SUCCESS &&
        (rc = igraph_create(&g, &edges, (igraph_integer_t)v->n_nodes, IGRAPH_UNDIRECTED)) ==
            IGRAPH_SUCCESS)
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
            rc = igraph_layout_fruchterman_reingold(&g, &res, 0, 500,
                                                    sqrt((double)v->n_nodes) / 10.0,
                                                    IGRAPH_LAYOUT_AUTOGRID, &weights, NULL, NULL,
                                                    NULL, NULL);
        } else {
            igraph_layout_drl_options_t o;
            rc = igraph_layout_drl_options_init(&o, IGRAPH_LAYOUT_DRL_DEFAULT);
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_layout_drl(&g, &res, 0, &o, &weights);
        }
    }
    if (rc == IGRAPH_SUCCESS)
        normalise(v, &res);
    if (have_res)
        igraph_matrix_destroy(&res);
    if (have_graph)
        igraph_destroy(&g);
    if (have_weights)
        igraph_vector_destroy(&weights);
    if (have_edges)
        igraph_vector_int_destroy(&edges);
    if (rc != IGRAPH_SUCCESS)
        return kg_error_set(err, KG_EGRAPH, "cannot compute the layout: %s", igraph_strerror(rc));
    return KG_OK;
}
