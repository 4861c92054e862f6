/* kg_query_centrality: `kg query centrality` and `kg query communities`: rankings and
 * communities from the analytics (cached in the store, recomputed when the graph changed). */
#include "../graph/kg_view_load.h"
#include "../src/cli_filter.h"
#include "../src/kg_mem.h"
#include "kg_query.h"

#include <getopt.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS_C                                                                                 \
    "kg query centrality [--measure <m>] [-n <n>] [--by month|year] "                              \
    "[--json] " KG_CLI_FILTER_SYNOPSIS
#define SYNOPSIS_M                                                                                 \
    "kg query communities [--algorithm leiden|louvain|labelprop] [--resolution <r>] "              \
    "[--json] " KG_CLI_FILTER_SYNOPSIS

static const char *const measures[] = {"degree",      "weighted_degree", "pagerank", "betweenness",
                                       "eigenvector", "closeness",       "harmonic", NULL};

static double measure_of(const kg_view_node *n, size_t m)
{
    const double v[] = {n->degree,      n->weighted_degree, n->pagerank, n->betweenness,
                        n->eigenvector, n->closeness,       n->harmonic};
    return v[m];
}

static const kg_view *sort_view;
static size_t sort_measure;

static int by_measure(const void *a, const void *b)
{
    const kg_view_node *x = &sort_view->nodes[*(const size_t *)a];
    const kg_view_node *y = &sort_view->nodes[*(const size_t *)b];
    double dx = measure_of(x, sort_measure), dy = measure_of(y, sort_measure);
    if (dx != dy)
        return dx < dy ? 1 : -1;
    return strcmp(x->label, y->label);
}

/* Prints (or appends to arr, with --json) the top limit nodes of v by measure. */
static void print_ranking(const kg_view *v, size_t measure, size_t limit, json_t *arr)
{
    size_t *order = kg_xmalloc((v->n_nodes + 1) * sizeof *order), n = 0;
    for (size_t i = 0; i < v->n_nodes; i++)
        order[n++] = i;
    sort_view = v;
    sort_measure = measure;
    qsort(order, n, sizeof *order, by_measure);
    if (limit && n > limit)
        n = limit;
    if (!arr)
        printf("%4s  %-50s %-13s %12s\n", "rank", "entity", "type", measures[measure]);
    for (size_t r = 0; r < n; r++) {
        const kg_view_node *nd = &v->nodes[order[r]];
        double val = measure_of(nd, measure);
        if (arr) {
            json_t *o = json_object();
            json_object_set_new(o, "rank", json_integer((json_int_t)r + 1));
            json_object_set_new(o, "name", json_string(nd->label));
            json_object_set_new(o, "type", json_string(nd->type));
            json_object_set_new(o, measures[measure], json_real(val));
            json_object_set_new(o, "community", json_integer(nd->community));
            json_array_append_new(arr, o);
        } else {
            printf("%4zu  %-50.50s %-13s %12.6f\n", r + 1, nd->label, nd->type, val);
        }
    }
    free(order);
}

/* The months (len 7) or years (len 4) the store's documents are dated in that overlap f's
 * period, in order, as a malloc'd array of malloc'd strings (*n of them). */
static char **store_periods(kg_store *st, size_t len, const kg_period *p, size_t *n)
{
    char **out = NULL;
    size_t cap = 0;
    *n = 0;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(kg_store_sqlite(st),
                           "SELECT DISTINCT substr(date, 1, ?1) FROM documents"
                           " WHERE length(date) >= ?1 ORDER BY 1",
                           -1, &s, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_int(s, 1, (int)len);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(s, 0);
        char lo[11], hi[11];
        if (kg_period_bounds(d, lo, hi) != 0 || (p->since[0] && strcmp(hi, p->since) < 0) ||
            (p->until[0] && strcmp(lo, p->until) > 0))
            continue;
        KG_GROW(out, cap, *n + 1);
        out[(*n)++] = kg_xstrdup(d);
    }
    sqlite3_finalize(s);
    return out;
}

/* `--by month|year`: one ranking per month (year) the documents are dated in, each computed
 * on that period's own graph (within --since and --until). */
static int rank_by_period(kg_store *st, const kg_analytics_options *opts,
                          const kg_view_filter *filter, size_t by_len, size_t measure, size_t limit,
                          int as_json)
{
    size_t n = 0;
    char **periods = store_periods(st, by_len, &filter->period, &n);
    json_t *all = json_array();
    int code = KG_EXIT_OK;
    for (size_t k = 0; k < n && code == KG_EXIT_OK; k++) {
        kg_view_filter f = *filter;
        char lo[11], hi[11];
        kg_period_bounds(periods[k], lo, hi);
        if (!f.period.since[0] || strcmp(lo, f.period.since) > 0)
            memcpy(f.period.since, lo, 11);
        if (!f.period.until[0] || strcmp(hi, f.period.until) < 0)
            memcpy(f.period.until, hi, 11);
        kg_view *v = NULL;
        kg_error err;
        if (kg_view_load_filtered(&v, st, opts, &f, NULL, &err) != KG_OK) {
            /* --around naming someone the month does not mention: an empty ranking */
            if (err.code != KG_ENOTFOUND)
                code = kg_cli_fail(&err);
            v = kg_view_new();
        }
        if (as_json) {
            json_t *o = json_object(), *arr = json_array();
            print_ranking(v, measure, limit, arr);
            json_object_set_new(o, "period", json_string(periods[k]));
            json_object_set_new(o, "ranking", arr);
            json_array_append_new(all, o);
        } else {
            printf("%s%s (%zu entities)\n", k ? "\n" : "", periods[k], v->n_nodes);
            print_ranking(v, measure, limit, NULL);
        }
        kg_view_free(v);
    }
    if (as_json && code == KG_EXIT_OK) {
        json_dumpf(all, stdout, JSON_INDENT(2));
        putchar('\n');
    }
    if (!as_json && n == 0)
        printf("(no document dated by %s%s)\n", by_len == 7 ? "month" : "year",
               kg_period_active(&filter->period) ? " in the period" : "");
    json_decref(all);
    for (size_t k = 0; k < n; k++)
        free(periods[k]);
    free(periods);
    return code;
}

int kg_query_centrality(int argc, char **argv, kg_store *st)
{
    static const struct option options[] = {{"measure", required_argument, NULL, 'm'},
                                            {"by", required_argument, NULL, 'b'},
                                            {"json", no_argument, NULL, 'j'},
                                            {"help", no_argument, NULL, 'h'},
                                            KG_CLI_FILTER_OPTIONS,
                                            {0}};
    size_t measure = 2, limit = 10, by_len = 0;
    int as_json = 0;
    kg_view_filter filter;
    kg_cli_filter_init(&filter);
    kg_error err;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "m:t:n:jh", options, NULL)) != -1) {
        switch (c) {
        case 'm': {
            const char *want = strcmp(optarg, "weighted-degree") == 0 ? "weighted_degree" : optarg;
            size_t k;
            for (k = 0; measures[k] && strcmp(measures[k], want) != 0; k++)
                ;
            if (!measures[k])
                return kg_cli_usage_error(SYNOPSIS_C,
                                          "unknown measure '%s' (degree, weighted_degree, "
                                          "pagerank, betweenness, eigenvector, closeness, "
                                          "harmonic)",
                                          optarg);
            measure = k;
            break;
        }
        case 't': /* -t: --type */
            if (kg_cli_filter_option(&filter, KG_OPT_TYPE, optarg, &err) < 0)
                return kg_cli_fail(&err);
            break;
        case 'b':
            if (strcmp(optarg, "month") == 0)
                by_len = 7;
            else if (strcmp(optarg, "year") == 0)
                by_len = 4;
            else {
                kg_error_set(&err, KG_EUSAGE, "--by takes month or year, not '%s'", optarg);
                return kg_cli_fail(&err);
            }
            break;
        case 'n': {
            unsigned long long n;
            if (kg_cli_parse_uint(optarg, SIZE_MAX, &n) != 0)
                return kg_cli_usage_error(SYNOPSIS_C,
                                          "-n takes a whole number (0 for all), not '%s'", optarg);
            limit = (size_t)n;
        } break;
        case 'j':
            as_json = 1;
            break;
        case 'h':
            printf("usage: " SYNOPSIS_C "\n\nRanks entities by a centrality measure of the "
                   "undirected graph (edge weights\nsummed per pair): degree, weighted_degree, "
                   "pagerank (default), betweenness,\neigenvector, closeness, harmonic. Only "
                   "the measure asked for is computed, and\ncached in the store until the "
                   "graph changes. On a graph of more than %d nodes,\nbetweenness, closeness "
                   "and harmonic count paths of up to %d hops only, and the\noutput says so."
                   "\n\n"
                   "  -n <n>               show the top n (default 10; 0 for all)\n"
                   "  --by month|year      one ranking per month (year) the documents are dated\n"
                   "                       in, each on the graph of that period alone\n"
                   "  --json               print JSON\n\n"
                   "A period ranks on the graph of its documents alone:\n",
                   KG_ANALYTICS_EXACT_LIMIT, KG_ANALYTICS_CUTOFF);
            fputs(kg_cli_period_help, stdout);
            fputs("\nFilters choose which entities are ranked, in this order (the scores stay\n"
                  "those of the whole graph, or of the period):\n",
                  stdout);
            fputs(kg_cli_filter_help, stdout);
            return KG_EXIT_OK;
        default:
            switch (kg_cli_filter_option(&filter, c, optarg, &err)) {
            case 1:
                break;
            case 0:
                return kg_cli_usage_error(SYNOPSIS_C, "unknown option");
            default:
                return kg_cli_fail(&err);
            }
        }
    }
    if (optind != argc)
        return kg_cli_usage_error(SYNOPSIS_C, "unexpected argument '%s'", argv[optind]);
    if (kg_cli_filter_check(&filter, &err) != KG_OK ||
        kg_cli_filter_resolve(&filter, st, &err) != KG_OK)
        return kg_cli_fail(&err);
    kg_view *v = NULL;
    kg_analytics_options opts;
    kg_analytics_options_init(&opts);
    /* only the measure ranked (and the communities JSON shows): a PageRank ranking must not
     * wait for exact betweenness */
    opts.scores = (1u << measure) | (as_json ? KG_SCORE_COMMUNITIES : 0);
    if (by_len)
        return rank_by_period(st, &opts, &filter, by_len, measure, limit, as_json);
    if (kg_view_load_scores_filtered(&v, st, &opts, &filter, NULL, &err) != KG_OK)
        return kg_cli_fail(&err);
    if (v->cutoff > 0 && ((1u << measure) & KG_SCORE_PATH_BASED))
        fprintf(as_json ? stderr : stdout,
                "%s counts paths of up to %d hops only: the graph has %zu nodes, more than %d\n",
                measures[measure], v->cutoff, v->scored_nodes, KG_ANALYTICS_EXACT_LIMIT);
    json_t *arr = as_json ? json_array() : NULL;
    print_ranking(v, measure, limit, arr);
    if (as_json) {
        json_dumpf(arr, stdout, JSON_INDENT(2));
        putchar('\n');
        json_decref(arr);
    }
    kg_view_free(v);
    return KG_EXIT_OK;
}

int kg_query_communities(int argc, char **argv, kg_store *st)
{
    static const struct option options[] = {{"algorithm", required_argument, NULL, 'a'},
                                            {"resolution", required_argument, NULL, 'r'},
                                            {"json", no_argument, NULL, 'j'},
                                            {"help", no_argument, NULL, 'h'},
                                            KG_CLI_FILTER_OPTIONS,
                                            {0}};
    kg_analytics_options opts;
    kg_analytics_options_init(&opts);
    kg_error err;
    kg_view_filter filter;
    kg_cli_filter_init(&filter);
    int as_json = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "a:r:jh", options, NULL)) != -1) {
        switch (c) {
        case 'a':
            if (kg_analytics_parse_algorithm(&opts.algorithm, optarg, &err) != KG_OK)
                return kg_cli_usage_error(SYNOPSIS_M, "%s", err.msg);
            break;
        case 'r':
            opts.resolution = atof(optarg);
            if (!(opts.resolution > 0))
                return kg_cli_usage_error(SYNOPSIS_M, "--resolution takes a positive number");
            break;
        case 'j':
            as_json = 1;
            break;
        case 'h':
            printf("usage: " SYNOPSIS_M "\n\nLists the communities of the graph, largest first, "
                   "each with its members by\nPageRank, and the partition's modularity.\n\n"
                   "  --algorithm <a>   leiden (default, modularity), louvain, labelprop\n"
                   "  --resolution <r>  modularity resolution (default 1; higher: smaller "
                   "communities)\n"
                   "  --json            print JSON\n\n"
                   "A period finds the communities of the graph of its documents alone:\n");
            fputs(kg_cli_period_help, stdout);
            fputs("\nFilters choose which members are listed, in this order:\n", stdout);
            fputs(kg_cli_filter_help, stdout);
            return KG_EXIT_OK;
        default:
            switch (kg_cli_filter_option(&filter, c, optarg, &err)) {
            case 1:
                break;
            case 0:
                return kg_cli_usage_error(SYNOPSIS_M, "unknown option");
            default:
                return kg_cli_fail(&err);
            }
        }
    }
    if (optind != argc)
        return kg_cli_usage_error(SYNOPSIS_M, "unexpected argument '%s'", argv[optind]);
    if (kg_cli_filter_check(&filter, &err) != KG_OK ||
        kg_cli_filter_resolve(&filter, st, &err) != KG_OK)
        return kg_cli_fail(&err);
    kg_view *v = NULL;
    opts.scores = KG_SCORE_COMMUNITIES | KG_SCORE_PAGERANK; /* members are listed by PageRank */
    if (kg_view_load_scores_filtered(&v, st, &opts, &filter, NULL, &err) != KG_OK)
        return kg_cli_fail(&err);
    long n_comm = 0;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].community + 1 > n_comm)
            n_comm = v->nodes[i].community + 1;
    size_t *order = kg_xmalloc((v->n_nodes + 1) * sizeof *order);
    for (size_t i = 0; i < v->n_nodes; i++)
        order[i] = i;
    sort_view = v;
    sort_measure = 2;
    qsort(order, v->n_nodes, sizeof *order, by_measure);
    json_t *root = json_object(), *arr = json_array();
    if (!as_json)
        printf("%ld communities (%s), modularity %.4f\n", n_comm, v->community_algorithm,
               v->modularity);
    for (long cm = 0; cm < n_comm; cm++) {
        json_t *members = json_array();
        size_t size = 0;
        for (size_t k = 0; k < v->n_nodes; k++)
            if (v->nodes[order[k]].community == cm)
                size++;
        if (size == 0) { /* every member filtered out */
            json_decref(members);
            continue;
        }
        if (!as_json)
            printf("\ncommunity %ld (%zu members)\n", cm, size);
        for (size_t k = 0; k < v->n_nodes; k++) {
            const kg_view_node *nd = &v->nodes[order[k]];
            if (nd->community != cm)
                continue;
            if (as_json) {
                json_t *o = json_object();
                json_object_set_new(o, "name", json_string(nd->label));
                json_object_set_new(o, "type", json_string(nd->type));
                json_object_set_new(o, "pagerank", json_real(nd->pagerank));
                json_array_append_new(members, o);
            } else {
                printf("  %-50.50s %-13s %.6f\n", nd->label, nd->type, nd->pagerank);
            }
        }
        json_t *o = json_object();
        json_object_set_new(o, "community", json_integer(cm));
        json_object_set_new(o, "size", json_integer((json_int_t)size));
        json_object_set_new(o, "members", members);
        json_array_append_new(arr, o);
    }
    if (as_json) {
        json_object_set_new(root, "algorithm", json_string(v->community_algorithm));
        json_object_set_new(root, "modularity", json_real(v->modularity));
        json_object_set_new(root, "communities", arr);
        json_dumpf(root, stdout, JSON_INDENT(2));
        putchar('\n');
    } else {
        json_decref(arr);
    }
    json_decref(root);
    free(order);
    kg_view_free(v);
    return KG_EXIT_OK;
}
