/* test_analytics: centrality scores and communities of kg_analytics_compute against known
 * values, and PageRank parity with networkx. */
#include "../exporters/kg_export.h"
#include "../graph/kg_analytics.h"
#include "../src/kg_mem.h"
#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EPS 1e-9

/* Returns a view of n nodes with ids 1..n, labels "node<i>", type person. */
static kg_view *nodes_view(size_t n)
{
    kg_view *v = kg_view_new();
    for (size_t i = 0; i < n; i++) {
        char label[32];
        snprintf(label, sizeof label, "node%zu", i);
        kg_view_add_node(v, (long long)i + 1, label, "person");
    }
    return v;
}

static void add_edge(kg_view *v, size_t s, size_t t, const char *type, long weight)
{
    size_t e = kg_view_add_edge(v, s, t, type);
    v->edges[e].weight = weight;
}

static void compute(kg_view *v, kg_community_algorithm a)
{
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    o.algorithm = a;
    kg_error err = {0};
    int rc = kg_analytics_compute(v, &o, &err);
    ck_assert_msg(rc == KG_OK, "kg_analytics_compute: %d %s", rc, err.msg);
    ck_assert_int_eq(v->has_scores, 1);
}

static void assert_no_nan(const kg_view *v)
{
    ck_assert(isfinite(v->modularity));
    for (size_t i = 0; i < v->n_nodes; i++) {
        const kg_view_node *n = &v->nodes[i];
        ck_assert(isfinite(n->degree) && isfinite(n->weighted_degree));
        ck_assert(isfinite(n->pagerank) && isfinite(n->betweenness));
        ck_assert(isfinite(n->eigenvector) && isfinite(n->closeness) && isfinite(n->harmonic));
        ck_assert(n->community >= 0 && (size_t)n->community < v->n_nodes);
    }
}

START_TEST(test_analytics_options_defaults)
{
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    ck_assert_int_eq(o.algorithm, KG_COMMUNITY_LEIDEN);
    ck_assert(o.resolution == 1.0);
    ck_assert_uint_eq(o.seed, 42);
}
END_TEST

START_TEST(test_analytics_parse_algorithm)
{
    static const char *const names[] = {"leiden", "louvain", "labelprop"};
    for (size_t i = 0; i < 3; i++) {
        kg_community_algorithm a = KG_COMMUNITY_LEIDEN;
        kg_error err = {0};
        ck_assert_int_eq(kg_analytics_parse_algorithm(&a, names[i], &err), KG_OK);
        ck_assert_str_eq(kg_analytics_algorithm_name(a), names[i]);
    }
    kg_community_algorithm a = KG_COMMUNITY_LOUVAIN;
    kg_error err = {0};
    ck_assert_int_eq(kg_analytics_parse_algorithm(&a, "Leiden2", &err), KG_EUSAGE);
    ck_assert_int_eq(err.code, KG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "leiden, louvain or labelprop"));
    ck_assert_int_eq(a, KG_COMMUNITY_LOUVAIN);
    ck_assert_int_eq(kg_analytics_parse_algorithm(&a, NULL, &err), KG_EUSAGE);
    ck_assert_str_eq(kg_analytics_algorithm_name((kg_community_algorithm)99), "unknown");
}
END_TEST

START_TEST(test_analytics_bad_options)
{
    kg_view *v = nodes_view(2);
    add_edge(v, 0, 1, "discussed", 1);
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    o.resolution = 0;
    kg_error err = {0};
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_EUSAGE);
    ck_assert_int_eq(v->has_scores, 0);
    o.resolution = NAN;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_EUSAGE);
    kg_analytics_options_init(&o);
    v->edges[0].weight = -1;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "negative weight"));
    v->edges[0].weight = 1;
    v->edges[0].target = 7;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_EUSAGE);
    v->edges[0].target = 1;
    ck_assert_int_eq(kg_analytics_compute(v, NULL, &err), KG_OK);
    ck_assert_str_eq(v->community_algorithm, "leiden");
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_empty_view)
{
    for (int a = KG_COMMUNITY_LEIDEN; a <= KG_COMMUNITY_LABELPROP; a++) {
        kg_view *v = kg_view_new();
        compute(v, (kg_community_algorithm)a);
        ck_assert(v->modularity == 0);
        ck_assert_str_eq(v->community_algorithm,
                         kg_analytics_algorithm_name((kg_community_algorithm)a));
        kg_view_free(v);
    }
}
END_TEST

START_TEST(test_analytics_isolated_nodes)
{
    for (int a = KG_COMMUNITY_LEIDEN; a <= KG_COMMUNITY_LABELPROP; a++) {
        kg_view *v = nodes_view(3);
        add_edge(v, 1, 1, "discussed", 4); /* a self-loop only: still edgeless */
        compute(v, (kg_community_algorithm)a);
        assert_no_nan(v);
        for (size_t i = 0; i < 3; i++) {
            const kg_view_node *n = &v->nodes[i];
            ck_assert(n->degree == 0 && n->weighted_degree == 0 && n->betweenness == 0);
            ck_assert(n->eigenvector == 0 && n->closeness == 0 && n->harmonic == 0);
            ck_assert_double_eq_tol(n->pagerank, 1.0 / 3, EPS);
            ck_assert_int_eq(n->community, (long)i);
        }
        ck_assert(v->modularity == 0);
        kg_view_free(v);
    }
}
END_TEST

START_TEST(test_analytics_single_node)
{
    kg_view *v = nodes_view(1);
    compute(v, KG_COMMUNITY_LEIDEN);
    assert_no_nan(v);
    ck_assert_double_eq_tol(v->nodes[0].pagerank, 1.0, EPS);
    ck_assert_int_eq(v->nodes[0].community, 0);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_star)
{
    kg_view *v = nodes_view(5); /* node 0 is the hub of 4 leaves */
    for (size_t i = 1; i < 5; i++)
        add_edge(v, 0, i, "spoke-at", 1);
    compute(v, KG_COMMUNITY_LEIDEN);
    assert_no_nan(v);
    ck_assert_double_eq_tol(v->nodes[0].degree, 4, EPS);
    ck_assert_double_eq_tol(v->nodes[0].weighted_degree, 4, EPS);
    ck_assert_double_eq_tol(v->nodes[0].betweenness, 6, EPS); /* C(4, 2) leaf pairs */
    ck_assert_double_eq_tol(v->nodes[0].closeness, 1, EPS);
    ck_assert_double_eq_tol(v->nodes[0].harmonic, 1, EPS);
    ck_assert_double_eq_tol(v->nodes[0].eigenvector, 1, EPS);
    double pr_sum = v->nodes[0].pagerank;
    for (size_t i = 1; i < 5; i++) {
        const kg_view_node *n = &v->nodes[i];
        ck_assert_double_eq_tol(n->degree, 1, EPS);
        ck_assert_double_eq_tol(n->betweenness, 0, EPS);
        ck_assert_double_eq_tol(n->closeness, 4.0 / 7, EPS);
        ck_assert_double_eq_tol(n->harmonic, (1 + 3 * 0.5) / 4, EPS);
        ck_assert_double_eq_tol(n->eigenvector, 0.5, EPS); /* 1 / sqrt(4) */
        ck_assert(n->pagerank < v->nodes[0].pagerank);
        pr_sum += n->pagerank;
    }
    ck_assert_double_eq_tol(pr_sum, 1, 1e-9);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_path_closeness)
{
    kg_view *v = nodes_view(5); /* 0 - 1 - 2 - 3 - 4 */
    for (size_t i = 0; i + 1 < 5; i++)
        add_edge(v, i, i + 1, "located-in", 1);
    compute(v, KG_COMMUNITY_LOUVAIN);
    ck_assert_double_eq_tol(v->nodes[0].closeness, 4.0 / 10, EPS);
    ck_assert_double_eq_tol(v->nodes[1].closeness, 4.0 / 7, EPS);
    ck_assert_double_eq_tol(v->nodes[2].closeness, 4.0 / 6, EPS);
    ck_assert_double_eq_tol(v->nodes[3].closeness, 4.0 / 7, EPS);
    ck_assert_double_eq_tol(v->nodes[4].closeness, 4.0 / 10, EPS);
    ck_assert_double_eq_tol(v->nodes[2].betweenness, 4, EPS);
    ck_assert_double_eq_tol(v->nodes[1].betweenness, 3, EPS);
    ck_assert_double_eq_tol(v->nodes[0].harmonic, (1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4) / 4, EPS);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_closeness_per_component)
{
    kg_view *v = nodes_view(4); /* 0 - 1 - 2 and the isolated node 3 */
    add_edge(v, 0, 1, "discussed", 1);
    add_edge(v, 1, 2, "discussed", 1);
    compute(v, KG_COMMUNITY_LEIDEN);
    assert_no_nan(v);
    /* Wasserman-Faust: closeness in the component times reached / (n - 1) = 2 / 3 */
    ck_assert_double_eq_tol(v->nodes[0].closeness, 2.0 / 3 * 2.0 / 3, EPS);
    ck_assert_double_eq_tol(v->nodes[1].closeness, 2.0 / 3, EPS);
    ck_assert_double_eq_tol(v->nodes[3].closeness, 0, EPS);
    ck_assert_double_eq_tol(v->nodes[1].harmonic, 2.0 / 3, EPS); /* 2 reached, n - 1 = 3 */
    ck_assert_double_eq_tol(v->nodes[3].harmonic, 0, EPS);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_closeness_main_component_first)
{
    /* a pair 0 - 1 (each 1.0 within its component) and a star centred on 2 with 5 leaves:
     * the star's centre ranks first, the pair below every star node */
    kg_view *v = nodes_view(8);
    add_edge(v, 0, 1, "discussed", 1);
    for (size_t leaf = 3; leaf < 8; leaf++)
        add_edge(v, 2, leaf, "spoke-at", 1);
    compute(v, KG_COMMUNITY_LEIDEN);
    ck_assert_double_eq_tol(v->nodes[2].closeness, 1.0 * 5 / 7, EPS);
    ck_assert_double_eq_tol(v->nodes[0].closeness, 1.0 * 1 / 7, EPS);
    ck_assert_double_eq_tol(v->nodes[3].closeness, 5.0 / 9 * 5 / 7, EPS);
    for (size_t i = 3; i < 8; i++)
        ck_assert_double_gt(v->nodes[i].closeness, v->nodes[0].closeness);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_subcommunities)
{
    /* two cliques of 4 joined by one edge, and a pair: level 0 may put both cliques in one
     * community at a low resolution; level 1 must split them */
    kg_view *v = nodes_view(10);
    for (size_t a = 0; a < 4; a++)
        for (size_t b = a + 1; b < 4; b++) {
            add_edge(v, a, b, "discussed", 3);
            add_edge(v, 4 + a, 4 + b, "discussed", 3);
        }
    add_edge(v, 3, 4, "discussed", 1);
    add_edge(v, 8, 9, "discussed", 1);
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    o.resolution = 0.05; /* coarse: the cliques merge at level 0 */
    kg_error err;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    ck_assert_int_eq(v->nodes[0].community, v->nodes[7].community);
    o.resolution = 1.0;
    ck_assert_int_eq(kg_analytics_subcommunities(v, &o, &err), KG_OK);
    ck_assert_int_ne(v->nodes[0].subcommunity, v->nodes[7].subcommunity);
    ck_assert_int_eq(v->nodes[0].subcommunity, v->nodes[3].subcommunity);
    ck_assert_int_eq(v->nodes[4].subcommunity, v->nodes[7].subcommunity);
    for (size_t i = 0; i < v->n_nodes; i++) {
        long s = v->nodes[i].subcommunity;
        ck_assert(s >= 0 && (size_t)s < v->n_subcommunities);
        ck_assert_int_eq(v->subcommunity_parent[s], v->nodes[i].community); /* nested */
    }
    /* a node without a community is refused */
    v->nodes[9].community = -1;
    ck_assert_int_eq(kg_analytics_subcommunities(v, &o, &err), KG_EUSAGE);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_multi_edges_merged)
{
    kg_view *v = nodes_view(3);
    add_edge(v, 0, 1, "spoke-at", 2);
    add_edge(v, 1, 0, "discussed", 3);
    add_edge(v, 0, 1, "discussed", 1);
    add_edge(v, 0, 0, "discussed", 9); /* self-loop: dropped */
    add_edge(v, 2, 1, "located-in", 1);
    compute(v, KG_COMMUNITY_LEIDEN);
    ck_assert_double_eq_tol(v->nodes[0].degree, 1, EPS);
    ck_assert_double_eq_tol(v->nodes[0].weighted_degree, 6, EPS);
    ck_assert_double_eq_tol(v->nodes[1].degree, 2, EPS);
    ck_assert_double_eq_tol(v->nodes[1].weighted_degree, 7, EPS);
    ck_assert_double_eq_tol(v->nodes[2].weighted_degree, 1, EPS);
    ck_assert_double_eq_tol(v->nodes[1].betweenness, 1, EPS);
    /* Weighted eigenvector of the path with weights 6 and 1, scaled to max 1. */
    double lambda = sqrt(37.0);
    ck_assert_double_eq_tol(v->nodes[1].eigenvector, 1, 1e-6);
    ck_assert_double_eq_tol(v->nodes[0].eigenvector, 6 / lambda, 1e-6);
    ck_assert_double_eq_tol(v->nodes[2].eigenvector, 1 / lambda, 1e-6);
    kg_view_free(v);
}
END_TEST

/* Two 5-cliques (edge weight 3) joined by one edge of weight 1; the second clique is built
 * first so that renumbering by size then smallest node index is visible. */
static kg_view *two_cliques(void)
{
    kg_view *v = nodes_view(10);
    for (size_t base = 0; base < 10; base += 5)
        for (size_t i = 0; i < 5; i++)
            for (size_t j = i + 1; j < 5; j++)
                add_edge(v, base + i, base + j, "affiliated-with", 3);
    add_edge(v, 4, 5, "discussed", 1);
    return v;
}

START_TEST(test_analytics_two_cliques_communities)
{
    static const kg_community_algorithm algorithms[] = {KG_COMMUNITY_LEIDEN, KG_COMMUNITY_LOUVAIN,
                                                        KG_COMMUNITY_LABELPROP};
    for (size_t a = 0; a < 3; a++) {
        kg_view *v = two_cliques();
        compute(v, algorithms[a]);
        assert_no_nan(v);
        for (size_t i = 0; i < 10; i++)
            ck_assert_msg(v->nodes[i].community == (i < 5 ? 0 : 1), "%s: node %zu in %ld",
                          kg_analytics_algorithm_name(algorithms[a]), i, v->nodes[i].community);
        /* m = 2 * 10 * 3 + 1 = 61; each community: 30 inside, degree sum 61.
         * Q = 2 * (30/61 - (61/122)^2) = 60/61 - 1/2. */
        ck_assert_double_eq_tol(v->modularity, 60.0 / 61 - 0.5, 1e-9);
        ck_assert_str_eq(v->community_algorithm, kg_analytics_algorithm_name(algorithms[a]));
        kg_view_free(v);
    }
}
END_TEST

START_TEST(test_analytics_communities_by_size)
{
    /* A triangle (nodes 0-2) and a 5-clique (nodes 3-7), no bridge: the clique is 0. */
    kg_view *v = nodes_view(8);
    add_edge(v, 0, 1, "discussed", 1);
    add_edge(v, 1, 2, "discussed", 1);
    add_edge(v, 2, 0, "discussed", 1);
    for (size_t i = 3; i < 8; i++)
        for (size_t j = i + 1; j < 8; j++)
            add_edge(v, i, j, "discussed", 1);
    compute(v, KG_COMMUNITY_LEIDEN);
    for (size_t i = 0; i < 8; i++)
        ck_assert_int_eq(v->nodes[i].community, i < 3 ? 1 : 0);
    /* Q = sum over communities of L_c/m - (d_c/2m)^2 with m = 13. */
    double q = 3.0 / 13 - (6.0 / 26) * (6.0 / 26) + 10.0 / 13 - (20.0 / 26) * (20.0 / 26);
    ck_assert_double_eq_tol(v->modularity, q, 1e-9);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_resolution)
{
    /* A very low resolution puts everything connected into one community. */
    kg_view *v = two_cliques();
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    o.resolution = 0.01;
    kg_error err = {0};
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    for (size_t i = 0; i < 10; i++)
        ck_assert_int_eq(v->nodes[i].community, 0);
    kg_view_free(v);
}
END_TEST

/* 16 nodes: a 10-node component with mixed weights, a multi-edge pair in both directions
 * and a self-loop; a 5-node component; one isolated node. */
static kg_view *parity_view(void)
{
    kg_view *v = nodes_view(16);
    add_edge(v, 0, 1, "spoke-at", 2);
    add_edge(v, 1, 0, "discussed", 3); /* multi-edge pair 0-1, both directions */
    add_edge(v, 0, 1, "discussed", 1);
    add_edge(v, 0, 2, "affiliated-with", 5);
    add_edge(v, 1, 2, "discussed", 1);
    add_edge(v, 2, 3, "located-in", 4);
    add_edge(v, 3, 4, "discussed", 1);
    add_edge(v, 4, 5, "spoke-at", 7);
    add_edge(v, 5, 6, "discussed", 2);
    add_edge(v, 6, 3, "affiliated-with", 1);
    add_edge(v, 6, 7, "discussed", 3);
    add_edge(v, 7, 8, "located-in", 1);
    add_edge(v, 8, 9, "discussed", 6);
    add_edge(v, 9, 7, "discussed", 2);
    add_edge(v, 2, 9, "spoke-at", 1);
    add_edge(v, 5, 5, "discussed", 3); /* self-loop */
    add_edge(v, 10, 11, "affiliated-with", 1);
    add_edge(v, 11, 12, "affiliated-with", 2);
    add_edge(v, 12, 13, "discussed", 1);
    add_edge(v, 13, 14, "located-in", 8);
    add_edge(v, 14, 10, "discussed", 1);
    add_edge(v, 12, 14, "spoke-at", 3);
    /* node 15 is isolated */
    return v;
}

START_TEST(test_analytics_deterministic)
{
    static const kg_community_algorithm algorithms[] = {KG_COMMUNITY_LEIDEN, KG_COMMUNITY_LOUVAIN,
                                                        KG_COMMUNITY_LABELPROP};
    for (size_t a = 0; a < 3; a++) {
        kg_view *v1 = parity_view(), *v2 = parity_view();
        compute(v1, algorithms[a]);
        compute(v2, algorithms[a]);
        assert_no_nan(v1);
        for (size_t i = 0; i < v1->n_nodes; i++) {
            ck_assert_int_eq(v1->nodes[i].community, v2->nodes[i].community);
            ck_assert(v1->nodes[i].pagerank == v2->nodes[i].pagerank);
        }
        ck_assert(v1->modularity == v2->modularity);
        ck_assert(v1->modularity > 0);
        /* communities never span components */
        ck_assert_int_ne(v1->nodes[0].community, v1->nodes[10].community);
        ck_assert_int_ne(v1->nodes[15].community, v1->nodes[0].community);
        ck_assert_int_ne(v1->nodes[15].community, v1->nodes[10].community);
        kg_view_free(v1);
        kg_view_free(v2);
    }
}
END_TEST

START_TEST(test_analytics_pagerank_sum_and_eigenvector_max)
{
    kg_view *v = parity_view();
    compute(v, KG_COMMUNITY_LEIDEN);
    double sum = 0, max_eig = 0;
    for (size_t i = 0; i < v->n_nodes; i++) {
        sum += v->nodes[i].pagerank;
        if (v->nodes[i].eigenvector > max_eig)
            max_eig = v->nodes[i].eigenvector;
    }
    ck_assert_double_eq_tol(sum, 1, 1e-9);
    ck_assert_double_eq_tol(max_eig, 1, 1e-9);
    ck_assert_double_eq_tol(v->nodes[15].eigenvector, 0, 1e-9);
    kg_view_free(v);
}
END_TEST

START_TEST(test_analytics_pagerank_parity_networkx)
{
    char *out = NULL;
    if (harness_run("/usr/bin/python3 -c 'import networkx' 2>/dev/null", &out, NULL) != 0) {
        printf("note: /usr/bin/python3 with networkx not available; pagerank parity skipped\n");
        free(out);
        return;
    }
    free(out);
    kg_view *v = parity_view();
    compute(v, KG_COMMUNITY_LEIDEN);
    char *dir = harness_tmpdir();
    char *path = kg_xasprintf("%s/graph.json", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    kg_error err = {0};
    ck_assert_int_eq(kg_export_json(f, v, &err), KG_OK);
    ck_assert_int_eq(fclose(f), 0);
    char *script = harness_source_path("tests/pagerank_parity.py");
    char *cmd = kg_xasprintf("/usr/bin/python3 '%s' '%s' 1e-6 2>&1", script, path);
    int st = harness_run(cmd, &out, NULL);
    printf("%s", out ? out : "");
    ck_assert_msg(st == 0, "pagerank differs from networkx:\n%s", out ? out : "");
    free(out);
    free(cmd);
    free(script);
    harness_rmtree(dir);
    free(path);
    free(dir);
    kg_view_free(v);
}
END_TEST

/* Only the scores asked for are computed; the others keep their values. */
START_TEST(test_analytics_only_scores_asked_for)
{
    kg_view *v = parity_view();
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    o.scores = KG_SCORE_PAGERANK;
    kg_error err = {0};
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    ck_assert_uint_eq(v->scores, KG_SCORE_PAGERANK);
    double sum = 0, betweenness = 0;
    for (size_t i = 0; i < v->n_nodes; i++) {
        sum += v->nodes[i].pagerank;
        betweenness += v->nodes[i].betweenness + v->nodes[i].closeness + v->nodes[i].degree;
        ck_assert_int_eq(v->nodes[i].community, -1);
    }
    ck_assert_double_eq_tol(sum, 1, 1e-9);
    ck_assert(betweenness == 0);
    ck_assert_ptr_null(v->community_algorithm);
    /* then the communities: PageRank stays as it was */
    double pr0 = v->nodes[0].pagerank;
    o.scores = KG_SCORE_COMMUNITIES;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    ck_assert_uint_eq(v->scores, KG_SCORE_PAGERANK | KG_SCORE_COMMUNITIES);
    ck_assert(v->nodes[0].pagerank == pr0);
    ck_assert(v->nodes[0].community >= 0);
    ck_assert(v->modularity > 0);
    kg_view_free(v);
}
END_TEST

/* Above exact_limit nodes the path-based scores count paths of up to cutoff hops. */
START_TEST(test_analytics_cutoff_above_limit)
{
    /* the path 0-1-2-3-4-5: node 2 lies on the shortest paths of (0|1, 3|4|5) */
    kg_view *v = nodes_view(6);
    for (size_t i = 0; i + 1 < 6; i++)
        add_edge(v, i, i + 1, "discussed", 1);
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    kg_error err = {0};
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    ck_assert_int_eq(v->cutoff, 0);
    ck_assert_double_eq_tol(v->nodes[2].betweenness, 6, EPS);
    ck_assert_double_eq_tol(v->nodes[0].harmonic, (1 + 1. / 2 + 1. / 3 + 1. / 4 + 1. / 5) / 5, EPS);
    o.exact_limit = 5;
    o.cutoff = 2;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    ck_assert_int_eq(v->cutoff, 2);
    /* within 2 hops only (1, 3) passes through node 2 */
    ck_assert_double_eq_tol(v->nodes[2].betweenness, 1, EPS);
    ck_assert_double_eq_tol(v->nodes[0].harmonic, (1 + 1. / 2) / 5, EPS);
    /* PageRank alone does not touch the path-based scores nor their cutoff */
    o.scores = KG_SCORE_PAGERANK;
    o.cutoff = 3;
    ck_assert_int_eq(kg_analytics_compute(v, &o, &err), KG_OK);
    ck_assert_int_eq(v->cutoff, 2);
    kg_view_free(v);
}
END_TEST

static Suite *analytics_suite(void)
{
    Suite *s = suite_create("analytics");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_analytics_options_defaults);
    tcase_add_test(tc, test_analytics_parse_algorithm);
    tcase_add_test(tc, test_analytics_bad_options);
    tcase_add_test(tc, test_analytics_empty_view);
    tcase_add_test(tc, test_analytics_isolated_nodes);
    tcase_add_test(tc, test_analytics_single_node);
    tcase_add_test(tc, test_analytics_star);
    tcase_add_test(tc, test_analytics_path_closeness);
    tcase_add_test(tc, test_analytics_closeness_per_component);
    tcase_add_test(tc, test_analytics_multi_edges_merged);
    tcase_add_test(tc, test_analytics_two_cliques_communities);
    tcase_add_test(tc, test_analytics_communities_by_size);
    tcase_add_test(tc, test_analytics_resolution);
    tcase_add_test(tc, test_analytics_deterministic);
    tcase_add_test(tc, test_analytics_pagerank_sum_and_eigenvector_max);
    tcase_add_test(tc, test_analytics_pagerank_parity_networkx);
    tcase_add_test(tc, test_analytics_closeness_main_component_first);
    tcase_add_test(tc, test_analytics_subcommunities);
    tcase_add_test(tc, test_analytics_only_scores_asked_for);
    tcase_add_test(tc, test_analytics_cutoff_above_limit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(analytics_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
