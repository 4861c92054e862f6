/* kg_analytics: see kg_analytics.h. */
#include "kg_analytics.h"

#include "../src/kg_mem.h"

#include "kg_igraph.h"
#include <math.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Leiden iterations: enough to converge on kg's graphs. Never negative (it can hang). */
#define LEIDEN_ITERATIONS 10
#define LEIDEN_BETA 0.01
#define LEIDEN_MIN_GAIN 5e-3
#define PAGERANK_DAMPING 0.85

/* The last message igraph reported in this thread (igraph's handlers are per thread). */
static _Thread_local char igraph_message[256];

static void record_igraph_error(const char *reason, const char *file, int line, igraph_error_t code)
{
    (void)file;
    (void)line;
    (void)code;
    snprintf(igraph_message, sizeof igraph_message, "%s", reason ? reason : "");
    /* What igraph_error_handler_ignore does besides: free igraph's temporary allocations. */
    IGRAPH_FINALLY_FREE();
}

/* Installs, once per thread, an error handler that records igraph's message and returns
 * the error code instead of aborting, and silences igraph's warnings on stderr. */
static void install_igraph_handlers(void)
{
    static _Thread_local int installed;
    if (installed)
        return;
    igraph_set_error_handler(record_igraph_error);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
#ifdef _OPENMP
    /* PRPACK's OpenMP workers busy-wait after every parallel region: on kg's graphs that
     * spinning cost more CPU than PageRank itself (0.2-0.7 s a command), and one thread also
     * makes PageRank the same in every run */
    omp_set_num_threads(1);
#endif
    installed = 1;
}

static int graph_error(kg_error *err, igraph_error_t code, const char *what)
{
    return kg_error_set(err, KG_EGRAPH, "cannot compute %s: %s%s%s", what, igraph_strerror(code),
                        igraph_message[0] ? ": " : "", igraph_message);
}

/* Runs an igraph call; on failure sets rc from igraph's message and jumps to done. */
#define KG_IGRAPH(call, what)                                                                      \
    do {                                                                                           \
        igraph_message[0] = '\0';                                                                  \
        igraph_error_t ig_rc_ = (call);                                                            \
        if (ig_rc_ != IGRAPH_SUCCESS) {                                                            \
            rc = graph_error(err, ig_rc_, (what));                                                 \
            goto done;                                                                             \
        }                                                                                          \
    } while (0)

void kg_analytics_options_init(kg_analytics_options *o)
{
    o->algorithm = KG_COMMUNITY_LEIDEN;
    o->resolution = 1.0;
    o->seed = 42;
    o->scores = KG_SCORE_ALL;
    o->exact_limit = KG_ANALYTICS_EXACT_LIMIT;
    o->cutoff = KG_ANALYTICS_CUTOFF;
}

static const char *const algorithm_names[] = {
    [KG_COMMUNITY_LEIDEN] = "leiden",
    [KG_COMMUNITY_LOUVAIN] = "louvain",
    [KG_COMMUNITY_LABELPROP] = "labelprop",
};
#define N_ALGORITHMS (sizeof algorithm_names / sizeof algorithm_names[0])

const char *kg_analytics_algorithm_name(kg_community_algorithm a)
{
    if ((unsigned)a >= N_ALGORITHMS)
        return "unknown";
    return algorithm_names[a];
}

int kg_analytics_parse_algorithm(kg_community_algorithm *out, const char *name, kg_error *err)
{
    for (size_t i = 0; name && i < N_ALGORITHMS; i++) {
        if (strcmp(name, algorithm_names[i]) == 0) {
            *out = (kg_community_algorithm)i;
            return KG_OK;
        }
    }
    return kg_error_set(err, KG_EUSAGE,
                        "unknown community algorithm '%s': expected leiden, louvain or labelprop",
                        name ? name : "");
}

/* One undirected pair of node indexes (lo < hi) and its weight. */
typedef struct pair {
    size_t lo, hi;
    double weight;
} pair;

static int pair_cmp(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    if (x->hi != y->hi)
        return x->hi < y->hi ? -1 : 1;
    return 0;
}

/* Collapses v's edges into sorted, merged undirected pairs without self-loops. Returns the
 * number of pairs in *out (malloc'd, the caller frees it) or a negative KG_E* code. */
static int collapse_edges(pair **out, size_t *n_out, const kg_view *v, kg_error *err)
{
    pair *pairs = kg_xmalloc((v->n_edges ? v->n_edges : 1) * sizeof *pairs);
    size_t n = 0;
    for (size_t i = 0; i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        if (e->source >= v->n_nodes || e->target >= v->n_nodes) {
            free(pairs);
            return kg_error_set(err, KG_EUSAGE, "cannot compute analytics: edge %zu names no node",
                                i);
        }
        if (e->weight < 0) {
            free(pairs);
            return kg_error_set(err, KG_EUSAGE,
                                "cannot compute analytics: edge %zu has negative weight %ld", i,
                                e->weight);
        }
        if (e->source == e->target)
            continue;
        pairs[n].lo = e->source < e->target ? e->source : e->target;
        pairs[n].hi = e->source < e->target ? e->target : e->source;
        pairs[n].weight = (double)e->weight;
        n++;
    }
    qsort(pairs, n, sizeof *pairs, pair_cmp);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && pairs[m - 1].lo == pairs[i].lo && pairs[m - 1].hi == pairs[i].hi)
            pairs[m - 1].weight += pairs[i].weight;
        else
            pairs[m++] = pairs[i];
    }
    *out = pairs;
    *n_out = m;
    return KG_OK;
}

/* Returns x, or 0 for NaN, infinities and -0. */
static double finite_or_zero(double x)
{
    return isfinite(x) && x != 0 ? x : 0.0;
}

/* Scales v so that its largest entry is exactly 1 (igraph's scaling can leave 1 - 1e-16). */
static void scale_to_max_one(igraph_vector_t *v)
{
    double max = 0;
    for (igraph_integer_t i = 0; i < igraph_vector_size(v); i++)
        if (isfinite(VECTOR(*v)[i]) && VECTOR(*v)[i] > max)
            max = VECTOR(*v)[i];
    if (max > 0)
        for (igraph_integer_t i = 0; i < igraph_vector_size(v); i++)
            VECTOR(*v)[i] /= max;
}

typedef struct community_rank {
    size_t size;
    size_t first; /* smallest node index in the community */
    igraph_integer_t label;
} community_rank;

static int community_rank_cmp(const void *a, const void *b)
{
    const community_rank *x = a, *y = b;
    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return 0;
}

/* Stores membership into the nodes, renumbered by decreasing size, ties by smallest node
 * index. membership holds labels in [0, n). */
static void store_communities(kg_view *v, const igraph_vector_int_t *membership)
{
    size_t n = v->n_nodes;
    community_rank *ranks = kg_xcalloc(n, sizeof *ranks);
    long *renumber = kg_xcalloc(n, sizeof *renumber);
    for (size_t i = 0; i < n; i++) {
        ranks[i].label = (igraph_integer_t)i;
        ranks[i].first = n;
    }
    for (size_t i = 0; i < n; i++) {
        size_t c = (size_t)VECTOR(*membership)[i];
        if (ranks[c].size++ == 0)
            ranks[c].first = i;
    }
    qsort(ranks, n, sizeof *ranks, community_rank_cmp);
    for (size_t r = 0; r < n; r++)
        renumber[ranks[r].label] = (long)r;
    for (size_t i = 0; i < n; i++)
        v->nodes[i].community = renumber[VECTOR(*membership)[i]];
    free(ranks);
    free(renumber);
}

/* Checks that every label of membership lies in [0, n); igraph guarantees it, kg relies on
 * it for indexing. */
static int membership_valid(const igraph_vector_int_t *membership, size_t n)
{
    if ((size_t)igraph_vector_int_size(membership) != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(*membership)[i];
        if (c < 0 || (size_t)c >= n)
            return 0;
    }
    return 1;
}

/* Leiden for modularity (node weights the strengths, resolution gamma / 2m), one iteration
 * at a time from the last partition until an iteration changes nothing or gains less than
 * LEIDEN_MIN_GAIN of the quality, at most LEIDEN_ITERATIONS: each costs a pass over the
 * edges (ten fixed iterations took 10 s on a graph of 1M edges). Fills membership. */
static igraph_error_t leiden_until_stable(const igraph_t *g, const igraph_vector_t *weights,
                                          const igraph_vector_t *strength, double resolution,
                                          igraph_vector_int_t *membership)
{
    igraph_integer_t n_clusters;
    igraph_real_t quality;
    igraph_vector_int_t before;
    igraph_error_t rc = igraph_vector_int_init(&before, 0);
    if (rc != IGRAPH_SUCCESS)
        return rc;
    rc = igraph_community_leiden(g, weights, strength, resolution, LEIDEN_BETA, 0, 1, membership,
                                 &n_clusters, &quality);
    for (int it = 1; rc == IGRAPH_SUCCESS && it < LEIDEN_ITERATIONS; it++) {
        igraph_real_t last = quality;
        rc = igraph_vector_int_update(&before, membership);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_community_leiden(g, weights, strength, resolution, LEIDEN_BETA, 1, 1,
                                         membership, &n_clusters, &quality);
        /* stable, or the quality gained is below 0.5%: later iterations only move a few
         * nodes of a large graph between communities of equal worth (on graph_scale's 1M
         * edges the third and fourth iterations gained 0.2% and 0.08% of modularity and
         * cost 1.3 s each) */
        if (rc == IGRAPH_SUCCESS && (igraph_vector_int_all_e(&before, membership) ||
                                     quality - last <= LEIDEN_MIN_GAIN * fabs(last)))
            break;
    }
    igraph_vector_int_destroy(&before);
    return rc;
}

/* Computes the communities of g (strength: the weighted degrees) into v's nodes, its
 * modularity and algorithm name. */
static int communities(kg_view *v, const igraph_t *g, const igraph_vector_t *weights,
                       const igraph_vector_t *strength, double total_weight,
                       const kg_analytics_options *o, kg_error *err)
{
    int rc = KG_OK;
    size_t n = v->n_nodes;
    igraph_real_t q = 0;
    igraph_vector_int_t membership;
    igraph_message[0] = '\0';
    if (igraph_vector_int_init(&membership, 0) != IGRAPH_SUCCESS)
        return graph_error(err, IGRAPH_ENOMEM, "communities");
    /* Without any edge weight, modularity is undefined (0/0) and Leiden's resolution
     * gamma/(2m) infinite: every node is then its own community. */
    if (total_weight <= 0) {
        KG_IGRAPH(igraph_vector_int_resize(&membership, (igraph_integer_t)n), "communities");
        for (size_t i = 0; i < n; i++)
            VECTOR(membership)[i] = (igraph_integer_t)i;
    } else {
        KG_IGRAPH(igraph_rng_seed(igraph_rng_default(), o->seed), "communities");
        switch (o->algorithm) {
        case KG_COMMUNITY_LEIDEN:
            KG_IGRAPH(leiden_until_stable(g, weights, strength,
                                          o->resolution / (2.0 * total_weight), &membership),
                      "leiden communities");
            break;
        case KG_COMMUNITY_LOUVAIN:
            KG_IGRAPH(
                igraph_community_multilevel(g, weights, o->resolution, &membership, NULL, NULL),
                "louvain communities");
            break;
        case KG_COMMUNITY_LABELPROP:
            KG_IGRAPH(
                igraph_community_label_propagation(g, &membership, IGRAPH_ALL, weights, NULL, NULL),
                "label propagation communities");
            break;
        }
    }
    if (!membership_valid(&membership, n)) {
        rc = kg_error_set(err, KG_EGRAPH, "cannot compute communities: igraph returned %s",
                          "an invalid membership");
        goto done;
    }
    if (total_weight > 0)
        KG_IGRAPH(igraph_modularity(g, &membership, weights, 1.0, IGRAPH_UNDIRECTED, &q),
                  "modularity");
    store_communities(v, &membership);
    v->modularity = finite_or_zero(q);
    free(v->community_algorithm);
    v->community_algorithm = kg_xstrdup(kg_analytics_algorithm_name(o->algorithm));
done:
    igraph_vector_int_destroy(&membership);
    return rc;
}

int kg_analytics_compute(kg_view *v, const kg_analytics_options *o, kg_error *err)
{
    kg_analytics_options defaults;
    if (!o) {
        kg_analytics_options_init(&defaults);
        o = &defaults;
    }
    v->has_scores = 0;
    if ((unsigned)o->algorithm >= N_ALGORITHMS)
        return kg_error_set(err, KG_EUSAGE, "cannot compute communities: unknown algorithm %d",
                            (int)o->algorithm);
    if (!isfinite(o->resolution) || o->resolution <= 0)
        return kg_error_set(err, KG_EUSAGE,
                            "cannot compute communities: resolution %g is not a positive number",
                            o->resolution);
    install_igraph_handlers();

    int rc = KG_OK;
    pair *pairs = NULL;
    size_t n_pairs = 0;
    size_t n = v->n_nodes;
    igraph_t g;
    int have_graph = 0;
    igraph_vector_t weights, strength, pagerank, betweenness, eigenvector, closeness, harmonic;
    igraph_vector_t *vecs[] = {&weights,     &strength,  &pagerank, &betweenness,
                               &eigenvector, &closeness, &harmonic};
    size_t n_vecs = 0;
    igraph_vector_int_t edges, degree, reached;
    int have_reached = 0;
    igraph_vector_int_t *ivecs[] = {&edges, &degree};
    size_t n_ivecs = 0;
    double total_weight = 0;
    igraph_real_t value;

    rc = collapse_edges(&pairs, &n_pairs, v, err);
    if (rc != KG_OK)
        goto done;
    for (; n_vecs < sizeof vecs / sizeof vecs[0]; n_vecs++)
        KG_IGRAPH(igraph_vector_init(vecs[n_vecs], 0), "analytics");
    for (; n_ivecs < sizeof ivecs / sizeof ivecs[0]; n_ivecs++)
        KG_IGRAPH(igraph_vector_int_init(ivecs[n_ivecs], 0), "analytics");

    KG_IGRAPH(igraph_vector_int_resize(&edges, (igraph_integer_t)(2 * n_pairs)), "analytics");
    KG_IGRAPH(igraph_vector_resize(&weights, (igraph_integer_t)n_pairs), "analytics");
    for (size_t i = 0; i < n_pairs; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)pairs[i].lo;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)pairs[i].hi;
        VECTOR(weights)[i] = pairs[i].weight;
        total_weight += pairs[i].weight;
    }
    KG_IGRAPH(igraph_create(&g, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED), "the graph");
    have_graph = 1;

    unsigned want = o->scores & KG_SCORE_ALL;
    /* path-based scores of a large graph count only paths of up to o->cutoff hops */
    int cut = n > o->exact_limit && o->cutoff > 0;
    igraph_real_t cutoff = cut ? (igraph_real_t)o->cutoff : -1;
    if (want & KG_SCORE_DEGREE)
        KG_IGRAPH(igraph_degree(&g, &degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS),
                  "degree");
    /* strengths are Leiden's node weights too */
    if (want & (KG_SCORE_WEIGHTED_DEGREE | KG_SCORE_COMMUNITIES))
        KG_IGRAPH(
            igraph_strength(&g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS, &weights),
            "weighted degree");
    if (want & KG_SCORE_PAGERANK)
        KG_IGRAPH(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &pagerank, &value,
                                  igraph_vss_all(), IGRAPH_UNDIRECTED, PAGERANK_DAMPING, &weights,
                                  NULL),
                  "pagerank");
    if (want & KG_SCORE_BETWEENNESS)
        KG_IGRAPH(igraph_betweenness_cutoff(&g, &betweenness, igraph_vss_all(), IGRAPH_UNDIRECTED,
                                            NULL, cutoff),
                  "betweenness");
    if ((want & KG_SCORE_EIGENVECTOR) && n_pairs > 0 && total_weight > 0) {
        KG_IGRAPH(igraph_rng_seed(igraph_rng_default(), o->seed), "eigenvector centrality");
        KG_IGRAPH(igraph_eigenvector_centrality(&g, &eigenvector, &value, IGRAPH_UNDIRECTED, 1,
                                                &weights, NULL),
                  "eigenvector centrality");
        scale_to_max_one(&eigenvector);
    } else if (want & KG_SCORE_EIGENVECTOR) {
        KG_IGRAPH(igraph_vector_resize(&eigenvector, (igraph_integer_t)n), "eigenvector");
        igraph_vector_null(&eigenvector);
    }
    if (want & KG_SCORE_CLOSENESS) {
        /* Wasserman-Faust: closeness within the component times the share of the other
         * nodes it reaches */
        KG_IGRAPH(igraph_vector_int_init(&reached, 0), "closeness");
        have_reached = 1;
        KG_IGRAPH(igraph_closeness_cutoff(&g, &closeness, &reached, NULL, igraph_vss_all(),
                                          IGRAPH_ALL, NULL, 1, cutoff),
                  "closeness");
        for (size_t i = 0; i < n; i++)
            VECTOR(closeness)
        [i] = n > 1 ? finite_or_zero(VECTOR(closeness)[i]) * (double)VECTOR(reached)[i] /
                          (double)(n - 1)
                    : 0;
    }
    if (want & KG_SCORE_HARMONIC)
        KG_IGRAPH(igraph_harmonic_centrality_cutoff(&g, &harmonic, igraph_vss_all(), IGRAPH_ALL,
                                                    NULL, 1, cutoff),
                  "harmonic centrality");
    if (want & KG_SCORE_COMMUNITIES) {
        rc = communities(v, &g, &weights, &strength, total_weight, o, err);
        if (rc != KG_OK)
            goto done;
    }

    for (size_t i = 0; i < n; i++) {
        kg_view_node *node = &v->nodes[i];
        if (want & KG_SCORE_DEGREE)
            node->degree = (double)VECTOR(degree)[i];
        if (want & KG_SCORE_WEIGHTED_DEGREE)
            node->weighted_degree = finite_or_zero(VECTOR(strength)[i]);
        if (want & KG_SCORE_PAGERANK)
            node->pagerank = finite_or_zero(VECTOR(pagerank)[i]);
        if (want & KG_SCORE_BETWEENNESS)
            node->betweenness = finite_or_zero(VECTOR(betweenness)[i]);
        if (want & KG_SCORE_EIGENVECTOR)
            node->eigenvector = finite_or_zero(VECTOR(eigenvector)[i]);
        if (want & KG_SCORE_CLOSENESS)
            node->closeness = finite_or_zero(VECTOR(closeness)[i]);
        if (want & KG_SCORE_HARMONIC)
            node->harmonic = finite_or_zero(VECTOR(harmonic)[i]);
    }
    if (want & KG_SCORE_PATH_BASED)
        v->cutoff = cut ? o->cutoff : 0;
    v->scores |= want;
    v->has_scores = 1;
done:
    if (have_reached)
        igraph_vector_int_destroy(&reached);
    if (have_graph)
        igraph_destroy(&g);
    for (size_t i = 0; i < n_vecs; i++)
        igraph_vector_destroy(vecs[i]);
    for (size_t i = 0; i < n_ivecs; i++)
        igraph_vector_int_destroy(ivecs[i]);
    free(pairs);
    return rc;
}

/* One subcommunity while numbering: its label inside the community, size, first member. */
typedef struct sub_rank {
    size_t size, first;
    igraph_integer_t label;
} sub_rank;

static int sub_rank_cmp(const void *a, const void *b)
{
    const sub_rank *x = a, *y = b;
    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return x->first < y->first ? -1 : (x->first > y->first);
}

/* Runs Leiden on the subgraph of the k members (global indexes) whose internal pairs are
 * sub (local indexes lo/hi), and writes each member's label into membership (0-based,
 * < k). */
static int split_community(igraph_vector_int_t *membership, size_t k, const pair *sub, size_t n_sub,
                           const kg_analytics_options *o, kg_error *err)
{
    int rc = KG_OK;
    igraph_t g;
    int have_graph = 0;
    igraph_vector_int_t edges;
    igraph_vector_t weights, strength;
    double total = 0;
    igraph_message[0] = '\0';
    if (igraph_vector_int_init(&edges, (igraph_integer_t)(2 * n_sub)) != IGRAPH_SUCCESS)
        return graph_error(err, IGRAPH_ENOMEM, "subcommunities");
    if (igraph_vector_init(&weights, (igraph_integer_t)n_sub) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&edges);
        return graph_error(err, IGRAPH_ENOMEM, "subcommunities");
    }
    if (igraph_vector_init(&strength, 0) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&edges);
        igraph_vector_destroy(&weights);
        return graph_error(err, IGRAPH_ENOMEM, "subcommunities");
    }
    for (size_t i = 0; i < n_sub; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)sub[i].lo;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)sub[i].hi;
        VECTOR(weights)[i] = sub[i].weight;
        total += sub[i].weight;
    }
    KG_IGRAPH(igraph_create(&g, &edges, (igraph_integer_t)k, IGRAPH_UNDIRECTED), "subcommunities");
    have_graph = 1;
    KG_IGRAPH(
        igraph_strength(&g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS, &weights),
        "subcommunities");
    KG_IGRAPH(igraph_rng_seed(igraph_rng_default(), o->seed), "subcommunities");
    igraph_integer_t n_clusters;
    igraph_real_t quality;
    KG_IGRAPH(igraph_community_leiden(&g, &weights, &strength, o->resolution / (2.0 * total),
                                      LEIDEN_BETA, 0, LEIDEN_ITERATIONS, membership, &n_clusters,
                                      &quality),
              "subcommunities");
    if (!membership_valid(membership, k))
        rc = kg_error_set(err, KG_EGRAPH, "cannot compute subcommunities: igraph returned %s",
                          "an invalid membership");
done:
    if (have_graph)
        igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    igraph_vector_destroy(&weights);
    igraph_vector_destroy(&strength);
    return rc;
}

int kg_analytics_subcommunities(kg_view *v, const kg_analytics_options *o, kg_error *err)
{
    kg_analytics_options defaults;
    if (!o) {
        kg_analytics_options_init(&defaults);
        o = &defaults;
    }
    install_igraph_handlers();
    size_t n = v->n_nodes;
    long n_comm = 0;
    for (size_t i = 0; i < n; i++) {
        if (v->nodes[i].community < 0)
            return kg_error_set(err, KG_EUSAGE,
                                "cannot compute subcommunities: node %zu has no community", i);
        if (v->nodes[i].community + 1 > n_comm)
            n_comm = v->nodes[i].community + 1;
    }
    pair *pairs = NULL;
    size_t n_pairs = 0;
    int rc = collapse_edges(&pairs, &n_pairs, v, err);
    if (rc != KG_OK)
        return rc;
    /* members of each community, in node order, and each node's index among them */
    size_t *start = kg_xcalloc((size_t)n_comm + 1, sizeof *start);
    size_t *members = kg_xmalloc((n ? n : 1) * sizeof *members);
    size_t *local = kg_xmalloc((n ? n : 1) * sizeof *local);
    for (size_t i = 0; i < n; i++)
        start[v->nodes[i].community + 1]++;
    for (long c = 0; c < n_comm; c++)
        start[c + 1] += start[c];
    size_t *fill = kg_xmalloc(((size_t)n_comm + 1) * sizeof *fill);
    memcpy(fill, start, ((size_t)n_comm + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++) {
        size_t c = (size_t)v->nodes[i].community;
        local[i] = fill[c] - start[c];
        members[fill[c]++] = i;
    }
    /* the pairs inside each community, by community */
    pair *inside = kg_xmalloc((n_pairs ? n_pairs : 1) * sizeof *inside);
    size_t *pstart = kg_xcalloc((size_t)n_comm + 1, sizeof *pstart);
    for (size_t p = 0; p < n_pairs; p++)
        if (v->nodes[pairs[p].lo].community == v->nodes[pairs[p].hi].community)
            pstart[v->nodes[pairs[p].lo].community + 1]++;
    for (long c = 0; c < n_comm; c++)
        pstart[c + 1] += pstart[c];
    memcpy(fill, pstart, ((size_t)n_comm + 1) * sizeof *fill);
    for (size_t p = 0; p < n_pairs; p++) {
        long c = v->nodes[pairs[p].lo].community;
        if (c != v->nodes[pairs[p].hi].community)
            continue;
        inside[fill[c]++] = (pair){local[pairs[p].lo], local[pairs[p].hi], pairs[p].weight};
    }
    long *parent = NULL;
    size_t n_sub = 0, cap_sub = 0;
    sub_rank *ranks = kg_xcalloc(n ? n : 1, sizeof *ranks);
    long *renumber = kg_xcalloc(n ? n : 1, sizeof *renumber);
    igraph_vector_int_t membership;
    if (igraph_vector_int_init(&membership, 0) != IGRAPH_SUCCESS) {
        rc = graph_error(err, IGRAPH_ENOMEM, "subcommunities");
        goto done;
    }
    for (long c = 0; c < n_comm && rc == KG_OK; c++) {
        size_t k = start[c + 1] - start[c], np = pstart[c + 1] - pstart[c];
        double w = 0;
        for (size_t p = pstart[c]; p < pstart[c + 1]; p++)
            w += inside[p].weight;
        if (k >= 3 && np > 0 && w > 0) {
            rc = split_community(&membership, k, inside + pstart[c], np, o, err);
            if (rc != KG_OK)
                break;
        } else {
            if (igraph_vector_int_resize(&membership, (igraph_integer_t)k) != IGRAPH_SUCCESS) {
                rc = graph_error(err, IGRAPH_ENOMEM, "subcommunities");
                break;
            }
            igraph_vector_int_null(&membership);
        }
        /* number this community's subcommunities by decreasing size, then first member */
        for (size_t j = 0; j < k; j++)
            ranks[j] = (sub_rank){0, k, (igraph_integer_t)j};
        for (size_t j = 0; j < k; j++) {
            size_t lab = (size_t)VECTOR(membership)[j];
            if (ranks[lab].size++ == 0)
                ranks[lab].first = j;
        }
        qsort(ranks, k, sizeof *ranks, sub_rank_cmp);
        size_t used = 0;
        for (size_t r = 0; r < k && ranks[r].size > 0; r++, used++)
            renumber[ranks[r].label] = (long)(n_sub + r);
        for (size_t j = 0; j < k; j++)
            v->nodes[members[start[c] + j]].subcommunity = renumber[VECTOR(membership)[j]];
        KG_GROW(parent, cap_sub, n_sub + used);
        for (size_t r = 0; r < used; r++)
            parent[n_sub + r] = c;
        n_sub += used;
    }
    igraph_vector_int_destroy(&membership);
    if (rc == KG_OK) {
        free(v->subcommunity_parent);
        v->subcommunity_parent = parent;
        v->n_subcommunities = n_sub;
        parent = NULL;
    }
done:
    free(parent);
    free(ranks);
    free(renumber);
    free(inside);
    free(pstart);
    free(fill);
    free(local);
    free(members);
    free(start);
    free(pairs);
    return rc;
}
