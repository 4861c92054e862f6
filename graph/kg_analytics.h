/* kg_analytics: centrality scores and communities of a kg_view, computed with igraph on the
 * undirected simple graph behind the view: one edge per unordered pair of distinct nodes, its
 * weight the sum of the weights of all view edges between the pair (either direction, any
 * type); self-loops are dropped. The results are written into the view's nodes and header.
 * Ownership: the view is borrowed and modified in place; nothing returned needs freeing. */
#ifndef KG_ANALYTICS_H
#define KG_ANALYTICS_H

#include "../src/kg_error.h"
#include "kg_view.h"

typedef enum {
    KG_COMMUNITY_LEIDEN,
    KG_COMMUNITY_LOUVAIN,
    KG_COMMUNITY_LABELPROP,
} kg_community_algorithm;

typedef struct kg_analytics_options {
    kg_community_algorithm algorithm;
    double resolution;  /* modularity resolution (gamma) the algorithm optimises, default 1.0 */
    unsigned long seed; /* seed of igraph's RNG before each randomised call, default 42 */
} kg_analytics_options;

/* Sets o to the defaults: Leiden, resolution 1.0, seed 42. */
void kg_analytics_options_init(kg_analytics_options *o);

/* Computes every score and the communities of v and stores them in v:
 *   node.degree           distinct neighbours
 *   node.weighted_degree  strength (sum of the summed pair weights)
 *   node.pagerank         PRPACK, damping 0.85, weighted; equals networkx.pagerank
 *   node.betweenness      unweighted (hop counts), igraph's raw undirected value
 *   node.eigenvector      weighted, scaled so that the maximum is 1; 0 without edges
 *   node.closeness        unweighted, normalised, within the node's component; 0 if isolated
 *   node.harmonic         unweighted, normalised by n - 1
 *   node.community        0-based; communities numbered by decreasing size, ties by the
 *                         smallest node index they contain
 *   v->modularity         weighted modularity (resolution 1) of the partition
 *   v->community_algorithm  the algorithm's name (replaces any previous one)
 *   v->has_scores         1
 * o may be NULL for the defaults. Leiden optimises modularity with o->resolution, Louvain is
 * igraph's multilevel method with o->resolution, labelprop ignores the resolution. The
 * results depend only on v and o (igraph's RNG is seeded with o->seed). No value is NaN.
 * Returns KG_OK, KG_EUSAGE for a bad option (resolution not positive and finite, unknown
 * algorithm, edge naming a missing node), or KG_EGRAPH with igraph's message; on failure v's
 * scores are left unspecified and v->has_scores is 0. */
int kg_analytics_compute(kg_view *v, const kg_analytics_options *o, kg_error *err);

/* Parses "leiden", "louvain" or "labelprop" into *out. Returns KG_OK, or KG_EUSAGE (with a
 * message listing the valid names) for anything else, leaving *out unchanged. */
int kg_analytics_parse_algorithm(kg_community_algorithm *out, const char *name, kg_error *err);

/* Returns the name of a (static string): "leiden", "louvain", "labelprop" or "unknown". */
const char *kg_analytics_algorithm_name(kg_community_algorithm a);

#endif
