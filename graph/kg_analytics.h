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

/* The scores, one bit each, so that a caller computes only what it shows: a PageRank ranking
 * needs PageRank only, not exact betweenness, which costs hundreds of times more. */
enum {
    KG_SCORE_DEGREE = 1u << 0,
    KG_SCORE_WEIGHTED_DEGREE = 1u << 1,
    KG_SCORE_PAGERANK = 1u << 2,
    KG_SCORE_BETWEENNESS = 1u << 3,
    KG_SCORE_EIGENVECTOR = 1u << 4,
    KG_SCORE_CLOSENESS = 1u << 5,
    KG_SCORE_HARMONIC = 1u << 6,
    KG_SCORE_COMMUNITIES = 1u << 7, /* node.community, v->modularity, v->community_algorithm */
    KG_SCORE_ALL = (1u << 8) - 1
};
/* The path-based scores, whose cost grows with nodes times edges. */
#define KG_SCORE_PATH_BASED (KG_SCORE_BETWEENNESS | KG_SCORE_CLOSENESS | KG_SCORE_HARMONIC)

/* Above this many nodes the path-based scores count only paths of at most
 * KG_ANALYTICS_CUTOFF hops (igraph's *_cutoff variants): exact betweenness of a 20k-node
 * news graph takes minutes; with a cutoff of 2 hops betweenness counts the paths through a
 * node between its own neighbours. */
#define KG_ANALYTICS_EXACT_LIMIT 5000
#define KG_ANALYTICS_CUTOFF 2

typedef struct kg_analytics_options {
    kg_community_algorithm algorithm;
    double resolution;  /* modularity resolution (gamma) the algorithm optimises, default 1.0 */
    unsigned long seed; /* seed of igraph's RNG before each randomised call, default 42 */
    unsigned scores;    /* KG_SCORE_* bits to compute, default KG_SCORE_ALL */
    size_t exact_limit; /* most nodes for exact path-based scores, default
                           KG_ANALYTICS_EXACT_LIMIT */
    int cutoff;         /* hops counted above exact_limit, default KG_ANALYTICS_CUTOFF */
} kg_analytics_options;

/* Sets o to the defaults: Leiden, resolution 1.0, seed 42, every score, exact up to
 * KG_ANALYTICS_EXACT_LIMIT nodes, then cut off at KG_ANALYTICS_CUTOFF hops. */
void kg_analytics_options_init(kg_analytics_options *o);

/* Computes the scores o->scores asks for and stores them in v (the others are left as they
 * are, so that scores read from a cache and scores computed now can be combined):
 *   node.degree           distinct neighbours
 *   node.weighted_degree  strength (sum of the summed pair weights)
 *   node.pagerank         PRPACK, damping 0.85, weighted; equals networkx.pagerank
 *   node.betweenness      unweighted (hop counts), igraph's raw undirected value
 *                         (betweenness, closeness and harmonic count only paths of up to
 *                         o->cutoff hops when v has more than o->exact_limit nodes)
 *   node.eigenvector      weighted, scaled so that the maximum is 1; 0 without edges
 *   node.closeness        unweighted, Wasserman-Faust normalised (networkx's default): the
 *                         inverse mean distance to the r nodes the node reaches, times
 *                         r / (n - 1), so that a member of a two-node component (1.0 within
 *                         its component) ranks below the centre of the main component; 0 if
 *                         isolated
 *   node.harmonic         unweighted, normalised by n - 1
 *   node.community        0-based; communities numbered by decreasing size, ties by the
 *                         smallest node index they contain
 *   v->modularity         weighted modularity (resolution 1) of the partition
 *   v->community_algorithm  the algorithm's name (replaces any previous one)
 *   v->scores             the KG_SCORE_* bits computed now added to those it had
 *   v->cutoff             o->cutoff when path-based scores were computed with a cutoff now,
 *                         0 when they were computed exactly now (else unchanged)
 *   v->has_scores         1
 * o may be NULL for the defaults. Leiden optimises modularity with o->resolution, Louvain is
 * igraph's multilevel method with o->resolution, labelprop ignores the resolution. The
 * results depend only on v and o (igraph's RNG is seeded with o->seed). No value is NaN.
 * Returns KG_OK, KG_EUSAGE for a bad option (resolution not positive and finite, unknown
 * algorithm, edge naming a missing node), or KG_EGRAPH with igraph's message; on failure v's
 * scores are left unspecified and v->has_scores is 0. */
int kg_analytics_compute(kg_view *v, const kg_analytics_options *o, kg_error *err);

/* Level 1 of the communities: Leiden (modularity, o->resolution, o->seed) run again on the
 * subgraph inside each level-0 community of v (node.community, which must be set), so that
 * a large community splits into the groups inside it. Sets node.subcommunity (numbered
 * community by community, each community's subcommunities by decreasing size, so one
 * community's subcommunities are consecutive), v->subcommunity_parent and
 * v->n_subcommunities. A community of fewer than 3 nodes, or without an edge inside, is one
 * subcommunity. o may be NULL for the defaults. Returns KG_OK, KG_EUSAGE when a node has no
 * community, or KG_EGRAPH with igraph's message. */
int kg_analytics_subcommunities(kg_view *v, const kg_analytics_options *o, kg_error *err);

/* Parses "leiden", "louvain" or "labelprop" into *out. Returns KG_OK, or KG_EUSAGE (with a
 * message listing the valid names) for anything else, leaving *out unchanged. */
int kg_analytics_parse_algorithm(kg_community_algorithm *out, const char *name, kg_error *err);

/* Returns the name of a (static string): "leiden", "louvain", "labelprop" or "unknown". */
const char *kg_analytics_algorithm_name(kg_community_algorithm a);

#endif
