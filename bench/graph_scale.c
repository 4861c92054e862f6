/* graph_scale: the cost of kg's analytics (kg_analytics_compute, the code every `kg query
 * centrality` and `kg query communities` runs) on random graphs of growing size, up to the
 * issue's 1M edges: PageRank alone, Leiden alone, and both, as medians of several runs, with
 * each size's time as a ratio against the size half as large (a cost linear in the edges
 * shows 2.0x per doubling). The graphs have the shape of a news graph: groups of 64 nodes
 * (a country's or a topic's people, bodies and meetings) that hold three edges in four, a
 * few hubs (places, heads of state) that many edges reach and a long tail; ends are drawn
 * with a fixed seed, so every run and every kg binary sees the same graphs.
 *   graph_scale [--edges M] [--runs R]   (defaults: 1000000 edges, 3 runs)
 * Prints one line per size and measure: wall and CPU seconds (medians), edges per second,
 * and the modularity of the communities found. */
#include "../graph/kg_analytics.h"
#include "../graph/kg_view.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* xorshift64*: a small fixed-seed generator, the same sequence on every machine. */
static uint64_t next_random(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

/* A node index with a heavy tail: the square of a uniform draw favours low indexes, so the
 * first nodes become hubs. */
static size_t skewed_node(uint64_t *s, size_t n)
{
    double u = (double)(next_random(s) >> 11) / (double)(1ULL << 53);
    size_t i = (size_t)(u * u * (double)n);
    return i < n ? i : n - 1;
}

/* A view of n_edges random edges over n_edges * 2 / 5 nodes (kg's 100k-document store has
 * 2.4 edges a node); the caller frees it with kg_view_free. */
static kg_view *random_view(size_t n_edges)
{
    static const char *const types[] = {"person", "organisation", "place", "event", "party"};
    static const char *const rels[] = {"discussed", "spoke-at", "affiliated-with", "located-in"};
    size_t n_nodes = n_edges * 2 / 5 + 2;
    kg_view *v = kg_view_new();
    char label[32];
    for (size_t i = 0; i < n_nodes; i++) {
        snprintf(label, sizeof label, "node %zu", i);
        kg_view_add_node(v, (long long)i + 1, label, types[i % 5]);
    }
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (size_t e = 0; e < n_edges; e++) {
        /* three edges in four stay within a group of 64 nodes (a country's or a topic's
         * people, bodies and meetings), the fourth goes to a hub anywhere */
        size_t a = (size_t)(next_random(&seed) % n_nodes), b;
        if (next_random(&seed) % 4 != 0)
            b = (a / 64) * 64 + skewed_node(&seed, 64);
        else
            b = skewed_node(&seed, n_nodes);
        if (b >= n_nodes || a == b)
            b = (a + 1) % n_nodes;
        size_t k = kg_view_add_edge(v, a, b, rels[e % 4]);
        v->edges[k].weight = 1 + (long)(next_random(&seed) % 3);
    }
    return v;
}

static double wall_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *xs, size_t n)
{
    qsort(xs, n, sizeof *xs, cmp_double);
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    size_t max_edges = 1000000, runs = 3;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--edges") == 0 && i + 1 < argc)
            max_edges = strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = strtoul(argv[++i], NULL, 10);
        else {
            fprintf(stderr, "usage: graph_scale [--edges M] [--runs R]\n");
            return 2;
        }
    }
    if (max_edges < 1000 || runs < 1 || runs > 99) {
        fprintf(stderr, "graph_scale: --edges must be 1000 or more, --runs 1 to 99\n");
        return 2;
    }
    static const struct {
        const char *name;
        unsigned scores;
    } measures[] = {{"pagerank", KG_SCORE_PAGERANK},
                    {"leiden", KG_SCORE_COMMUNITIES},
                    {"pagerank+leiden", KG_SCORE_PAGERANK | KG_SCORE_COMMUNITIES}};
    double previous[3] = {0, 0, 0};
    printf("%-10s %-16s %10s %10s %14s %12s %11s\n", "edges", "measure", "wall s", "cpu s",
           "edges/s (cpu)", "vs half", "modularity");
    for (size_t edges = max_edges / 8; edges <= max_edges; edges *= 2) {
        kg_view *v = random_view(edges);
        for (size_t m = 0; m < 3; m++) {
            double wall[99], cpu[99];
            for (size_t r = 0; r < runs; r++) {
                kg_analytics_options o;
                kg_analytics_options_init(&o);
                o.scores = measures[m].scores;
                kg_error err = {0};
                double w0 = wall_now();
                clock_t c0 = clock();
                if (kg_analytics_compute(v, &o, &err) != 0) {
                    fprintf(stderr, "graph_scale: %s\n", err.msg);
                    kg_view_free(v);
                    return 1;
                }
                cpu[r] = (double)(clock() - c0) / CLOCKS_PER_SEC;
                wall[r] = wall_now() - w0;
            }
            double mw = median(wall, runs), mc = median(cpu, runs);
            char ratio[32] = "";
            if (previous[m] > 0)
                snprintf(ratio, sizeof ratio, "%.2fx", mc / previous[m]);
            /* the communities' quality beside their cost: a faster Leiden must not find
             * worse communities */
            char modularity[32] = "";
            if (measures[m].scores & KG_SCORE_COMMUNITIES)
                snprintf(modularity, sizeof modularity, "%.4f", v->modularity);
            printf("%-10zu %-16s %10.3f %10.3f %14.0f %12s %11s\n", edges, measures[m].name, mw, mc,
                   mc > 0 ? (double)edges / mc : 0.0, ratio, modularity);
            previous[m] = mc;
        }
        kg_view_free(v);
        fflush(stdout);
    }
    return 0;
}
