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
    "[--level <n>] [--json] " KG_CLI_FILTER_SYNOPSIS

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

/* Prints as a table (or appends to arr, with --json) the top limit nodes of v by measure. */
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
    kg_table *t = kg_table_new(4, 0, 2);
    kg_table_column(t, 0, "rank", KG_TABLE_RIGHT, 0);
    kg_table_column(t, 1, "entity", KG_TABLE_LEFT, 6);
    kg_table_column(t, 2, "type", KG_TABLE_LEFT, 4);
    kg_table_column(t, 3, measures[measure], KG_TABLE_RIGHT, 0);
    /* degree and weighted degree (sums of evidence counts) are whole numbers */
    int whole = measure <= 1;
    for (size_t r = 0; r < n; r++) {
        const kg_view_node *nd = &v->nodes[order[r]];
        double val = measure_of(nd, measure);
        if (arr) {
            json_t *o = json_object();
            json_object_set_new(o, "rank", json_integer((json_int_t)r + 1));
            json_object_set_new(o, "name", json_string(nd->label));
            json_object_set_new(o, "type", json_string(nd->type));
            json_object_set_new(o, measures[measure],
                                whole ? json_integer((json_int_t)val) : json_real(val));
            json_object_set_new(o, "community", json_integer(nd->community));
            json_array_append_new(arr, o);
        } else {
            kg_table_row(t);
            kg_table_cellf(t, "%zu", r + 1);
            kg_table_cell(t, nd->label);
            kg_table_cell(t, nd->type);
            if (whole)
                kg_table_cellf(t, "%.0f", val);
            else
                kg_table_cellf(t, "%.6f", val);
        }
    }
    if (!arr)
        kg_table_print(t, stdout, kg_table_terminal_width());
    kg_table_free(t);
    free(order);
}

/* A row of the cached ranking. */
typedef struct ranked_row {
    long long id;
    char *name, *type;
    double value;
    long community;
} ranked_row;

static int by_id(const void *a, const void *b)
{
    long long x = ((const ranked_row *)a)->id, y = ((const ranked_row *)b)->id;
    return (x > y) - (x < y);
}

/* The ranking read straight from the cached scores, without loading the graph or every
 * entity: the scores table in the measure's order (PageRank through scores_pagerank), only
 * as many rows as the ranking shows and those tied with the last, then ordered as
 * print_ranking orders them. Only for a store of schema 3, no period, no filter but --type,
 * and a cache that holds the measure (and the communities --json shows) for every entity.
 * Sets *v to the view of the rows read (caller frees) and returns 1, or returns 0 when the
 * cache cannot answer. */
static int cached_ranking(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                          const kg_view_filter *f, size_t measure, size_t limit)
{
    *out = NULL;
    if (kg_store_schema_version(st) < 3 || kg_period_active(&f->period) ||
        kg_view_filter_needs_edges(f))
        return 0;
    unsigned need = opts->scores & KG_SCORE_ALL;
    sqlite3 *db = kg_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    /* the scores cached for the current graph version cover every entity (they are written
     * for all at once, and every change of entities bumps the version); the entities are
     * counted (a walk of a whole index) only for the path-based scores, whose cutoff and
     * note depend on it */
    long long entities = 0;
    if (need & KG_SCORE_PATH_BASED) {
        kg_error ignored;
        entities = kg_store_count(st, "entities", &ignored);
        if (entities < 0)
            return 0;
    }
    if ((kg_view_cached_scores_of(st, opts, (size_t)entities) & need) != need)
        return 0;
    /* the column name comes from the fixed list of measures, never from input */
    char *sql = kg_xasprintf("SELECT s.entity, e.name, e.type, s.%s, s.community FROM scores s"
                             " JOIN entities e ON e.id = s.entity ORDER BY s.%s DESC",
                             measures[measure], measures[measure]);
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
    free(sql);
    if (rc != SQLITE_OK)
        return 0;
    ranked_row *rows = NULL;
    size_t n = 0, cap = 0;
    double last = 0;
    int missing = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        if (sqlite3_column_type(s, 3) == SQLITE_NULL) {
            missing = 1; /* a score missing from the cache: the loader computes it */
            break;
        }
        double val = sqlite3_column_double(s, 3);
        const char *type = (const char *)sqlite3_column_text(s, 2);
        if (limit && n >= limit && val < last)
            break; /* every row left ranks below the last one shown */
        if (!kg_view_filter_type_ok(f, type))
            continue;
        KG_GROW(rows, cap, n + 1);
        rows[n++] = (ranked_row){sqlite3_column_int64(s, 0),
                                 kg_xstrdup((const char *)sqlite3_column_text(s, 1)),
                                 kg_xstrdup(type), val, (long)sqlite3_column_int64(s, 4)};
        last = val;
    }
    sqlite3_finalize(s);
    /* in id order, as the loader's view: print_ranking then breaks full ties alike */
    qsort(rows, n, sizeof *rows, by_id);
    kg_view *v = kg_view_new();
    for (size_t k = 0; k < n; k++) {
        size_t i = kg_view_add_node(v, rows[k].id, rows[k].name, rows[k].type);
        kg_view_node *nd = &v->nodes[i];
        double *score[] = {&nd->degree,      &nd->weighted_degree, &nd->pagerank, &nd->betweenness,
                           &nd->eigenvector, &nd->closeness,       &nd->harmonic};
        *score[measure] = rows[k].value;
        nd->community = rows[k].community;
        free(rows[k].name);
        free(rows[k].type);
    }
    free(rows);
    if (missing) {
        kg_view_free(v);
        return 0;
    }
    char *cutoff = kg_store_get_meta(st, "scores_cutoff");
    v->cutoff = cutoff ? atoi(cutoff) : 0;
    free(cutoff);
    v->scored_nodes = (size_t)entities;
    v->scores = need;
    v->has_scores = 1;
    *out = v;
    return 1;
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
    kg_cli_getopt_init();
    int c;
    while ((c = getopt_long(argc, argv, ":m:t:n:jh", options, NULL)) != -1) {
        switch (c) {
        case 'm': {
            const char *want = strcmp(optarg, "weighted-degree") == 0 ? "weighted_degree" : optarg;
            if (kg_cli_parse_enum(&measure, "--measure", want, measures, SYNOPSIS_C) != 0)
                return KG_EXIT_USAGE;
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
            if (kg_cli_parse_count(&n, "-n", optarg, 0, SIZE_MAX, SYNOPSIS_C) != 0)
                return KG_EXIT_USAGE;
            limit = (size_t)n;
        } break;
        case 'j':
            as_json = 1;
            break;
        case 'h':
            printf("usage: " SYNOPSIS_C "\n\nRanks entities by a centrality measure of the "
                   "undirected graph (edge weights\nsummed per pair): degree, weighted_degree, "
                   "pagerank (default), betweenness,\neigenvector, closeness (Wasserman-Faust: "
                   "within the node's component, times the\nshare of the other nodes it reaches, "
                   "as networkx computes it, so that the centre\nof the main component ranks above "
                   "the members of a two-node component),\nharmonic. Only "
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
                return kg_cli_option_error(c, argv, ":m:t:n:jh", options, SYNOPSIS_C);
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
    if (!cached_ranking(&v, st, &opts, &filter, measure, limit) &&
        kg_view_load_scores_filtered(&v, st, &opts, &filter, NULL, &err) != KG_OK)
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

/* The community of nd at level 0, its subcommunity at level 1. */
static long group_of(const kg_view_node *nd, unsigned long long level)
{
    return level ? nd->subcommunity : nd->community;
}

int kg_query_communities(int argc, char **argv, kg_store *st)
{
    static const struct option options[] = {{"algorithm", required_argument, NULL, 'a'},
                                            {"resolution", required_argument, NULL, 'r'},
                                            {"level", required_argument, NULL, 'l'},
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
    unsigned long long level = 0;
    kg_cli_getopt_init();
    int c;
    while ((c = getopt_long(argc, argv, ":a:r:l:jh", options, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (kg_cli_parse_count(&level, "--level", optarg, 0, 1, SYNOPSIS_M) != 0)
                return KG_EXIT_USAGE;
            break;
        case 'a':
            if (kg_analytics_parse_algorithm(&opts.algorithm, optarg, &err) != KG_OK) {
                static const char *const names[] = {"leiden", "louvain", "labelprop", NULL};
                return kg_cli_unknown_word("--algorithm value", optarg, names, 1, SYNOPSIS_M);
            }
            break;
        case 'r': {
            char *end = NULL;
            opts.resolution = strtod(optarg, &end);
            if (end == optarg || *end || !(opts.resolution > 0) || opts.resolution > 1e6)
                return kg_cli_usage_error(SYNOPSIS_M,
                                          "--resolution takes a positive number, not '%s'", optarg);
        } break;
        case 'j':
            as_json = 1;
            break;
        case 'h':
            printf("usage: " SYNOPSIS_M "\n\nLists the communities of the graph, largest first, "
                   "each with its members by\nPageRank, and the partition's modularity.\n\n"
                   "  --algorithm <a>   leiden (default, modularity), louvain, labelprop\n"
                   "  --resolution <r>  modularity resolution (default 1; higher: smaller "
                   "communities)\n"
                   "  --level <n>       0: the communities (default); 1: the subcommunities "
                   "found by\n"
                   "                    running Leiden again inside each community, each with "
                   "its parent\n"
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
                return kg_cli_option_error(c, argv, ":a:r:l:jh", options, SYNOPSIS_M);
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
    /* level 1 needs the edges inside each community: the whole (filtered) graph is loaded */
    if ((level ? kg_view_load_filtered(&v, st, &opts, &filter, NULL, &err)
               : kg_view_load_scores_filtered(&v, st, &opts, &filter, NULL, &err)) != KG_OK)
        return kg_cli_fail(&err);
    long n_comm = 0, n_top = 0;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].community + 1 > n_top)
            n_top = v->nodes[i].community + 1;
    n_comm = level ? (long)v->n_subcommunities : n_top;
    size_t *order = kg_xmalloc((v->n_nodes + 1) * sizeof *order);
    for (size_t i = 0; i < v->n_nodes; i++)
        order[i] = i;
    sort_view = v;
    sort_measure = 2;
    qsort(order, v->n_nodes, sizeof *order, by_measure);
    json_t *root = json_object(), *arr = json_array();
    if (!as_json && level)
        printf("%ld subcommunities (level 1: leiden inside each of the %ld communities of %s, "
               "modularity %.4f)\n",
               n_comm, n_top, v->community_algorithm, v->modularity);
    else if (!as_json)
        printf("%ld communities (%s), modularity %.4f\n", n_comm, v->community_algorithm,
               v->modularity);
    for (long cm = 0; cm < n_comm; cm++) {
        json_t *members = json_array();
        size_t size = 0;
        for (size_t k = 0; k < v->n_nodes; k++)
            if (group_of(&v->nodes[order[k]], level) == cm)
                size++;
        if (size == 0) { /* every member filtered out */
            json_decref(members);
            continue;
        }
        if (!as_json && level)
            printf("\nsubcommunity %ld of community %ld (%zu members)\n", cm,
                   v->subcommunity_parent[cm], size);
        else if (!as_json)
            printf("\ncommunity %ld (%zu members)\n", cm, size);
        kg_table *t = kg_table_new(3, 2, 2);
        kg_table_column(t, 0, NULL, KG_TABLE_LEFT, 12);
        kg_table_column(t, 2, NULL, KG_TABLE_RIGHT, 0);
        for (size_t k = 0; k < v->n_nodes; k++) {
            const kg_view_node *nd = &v->nodes[order[k]];
            if (group_of(nd, level) != cm)
                continue;
            if (as_json) {
                json_t *o = json_object();
                json_object_set_new(o, "name", json_string(nd->label));
                json_object_set_new(o, "type", json_string(nd->type));
                json_object_set_new(o, "pagerank", json_real(nd->pagerank));
                json_array_append_new(members, o);
            } else {
                kg_table_row(t);
                kg_table_cell(t, nd->label);
                kg_table_cell(t, nd->type);
                kg_table_cellf(t, "%.6f", nd->pagerank);
            }
        }
        if (!as_json)
            kg_table_print(t, stdout, kg_table_terminal_width());
        kg_table_free(t);
        json_t *o = json_object();
        json_object_set_new(o, "community", json_integer(cm));
        json_object_set_new(o, "level", json_integer((json_int_t)level));
        json_object_set_new(o, "parent",
                            level ? json_integer(v->subcommunity_parent[cm]) : json_null());
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
