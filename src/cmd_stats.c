/* cmd_stats: `kg stats`: documents, entities per type, edges per type. */
#include "../graph/kg_view_load.h"
#include "cli.h"
#include "cli_args.h"
#include "store/kg_store.h"
#include "text/kg_escape.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS "kg stats [--json]"

static int count_by(sqlite3 *db, const char *sql, json_t *into, int print)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
        return -1;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(s, 0);
        long long n = sqlite3_column_int64(s, 1);
        json_object_set_new(into, k, json_integer(n));
        if (print)
            printf("  %-16s %lld\n", k, n);
    }
    sqlite3_finalize(s);
    return 0;
}

int kg_cmd_stats(int argc, char **argv, const kg_cli *cli)
{
    int as_json = 0;
    for (int i = 1; i < argc; i++) {
        if (kg_cli_is_help(argv[i])) {
            printf("usage: " SYNOPSIS "\n\nPrints the number of documents, entities per type "
                   "and edges per type in the store.\n\n  --json  print JSON\n");
            return KG_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            as_json = 1;
        } else {
            static const char *const known[] = {"--json", "--help", NULL};
            if (argv[i][0] == '-')
                return kg_cli_unknown_word("option", argv[i], known, 0, SYNOPSIS);
            return kg_cli_usage_error(SYNOPSIS, "unexpected argument '%s'", argv[i]);
        }
    }
    kg_store *st = NULL;
    kg_error err;
    if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK)
        return kg_cli_fail(&err);
    sqlite3 *db = kg_store_sqlite(st);
    json_t *root = json_object(), *ents = json_object(), *edges = json_object();
    long long docs = kg_store_count(st, "documents", &err);
    long long ne = kg_store_count(st, "entities", &err);
    long long ned = kg_store_count(st, "edges", &err);
    if (!as_json) {
        fputs("store      ", stdout);
        kg_escape_fputs(cli->db_path, stdout);
        printf("\ndocuments  %lld\nentities   %lld\n", docs, ne);
    }
    count_by(db, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY type", ents, !as_json);
    if (!as_json)
        printf("edges      %lld\n", ned);
    count_by(db, "SELECT type, count(*) FROM edges GROUP BY type ORDER BY type", edges, !as_json);
    /* scores are cached per graph version: say which the cache holds for the default options */
    long long version = kg_store_graph_version(st, &err);
    kg_analytics_options opts;
    kg_analytics_options_init(&opts);
    unsigned scores = kg_view_cached_scores(st, &opts);
    int cached = scores != 0;
    if (!as_json)
        printf("graph      version %lld, analytics %s\n", version,
               scores == KG_SCORE_ALL ? "cached"
               : cached               ? "partly cached"
                                      : "not computed since the last change");
    json_object_set_new(root, "graph_version", json_integer(version));
    json_object_set_new(root, "analytics_cached", json_boolean(cached));
    json_object_set_new(root, "documents", json_integer(docs));
    json_object_set_new(root, "entities", json_integer(ne));
    json_object_set_new(root, "entities_by_type", ents);
    json_object_set_new(root, "edges", json_integer(ned));
    json_object_set_new(root, "edges_by_type", edges);
    if (as_json) {
        json_dumpf(root, stdout, JSON_INDENT(2));
        putchar('\n');
    }
    json_decref(root);
    kg_store_close(st);
    return KG_EXIT_OK;
}
