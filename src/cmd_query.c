/* cmd_query: `kg query <query>`: dispatches to the queries in queries/. */
#include "../queries/kg_query.h"
#include "cli.h"
#include "cli_args.h"

#include <stdio.h>
#include <string.h>

typedef int (*query_fn)(int argc, char **argv, kg_store *st);

static const struct {
    const char *name;
    query_fn fn;
    const char *summary;
    int reads_only; /* never writes (the rankings cache their scores): one read transaction */
} queries[] = {
    {"centrality", kg_query_centrality, "rank entities by degree, pagerank, betweenness, ...", 0},
    {"communities", kg_query_communities, "communities (Leiden, Louvain, label propagation)", 0},
    {"entity", kg_query_entity, "type, attributes, aliases and why, documents, relations", 1},
    {"neighbors", kg_query_neighbors, "linked entities, with edge types and evidence", 1},
    {"path", kg_query_path, "shortest path between two entities, sentence per hop", 1},
    {"search", kg_query_search, "fuzzy search of names and aliases", 1},
    {NULL, NULL, NULL, 0},
};

static void usage(FILE *out)
{
    fputs("usage: kg query <query> [<args>]\n\nqueries:\n", out);
    for (size_t i = 0; queries[i].name; i++)
        fprintf(out, "   %-12s %s\n", queries[i].name, queries[i].summary);
    fputs("\n'kg query <query> --help' for each query's options.\n", out);
}

int kg_cmd_query(int argc, char **argv, const kg_cli *cli)
{
    if (argc < 2 || kg_cli_is_help(argv[1])) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? KG_EXIT_USAGE : KG_EXIT_OK;
    }
    for (size_t i = 0; queries[i].name; i++) {
        if (strcmp(queries[i].name, argv[1]) != 0)
            continue;
        for (int k = 2; k < argc; k++)
            if (kg_cli_is_help(argv[k]))
                return queries[i].fn(argc - 1, argv + 1, NULL);
        kg_store *st = NULL;
        kg_error err;
        if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK)
            return kg_cli_fail(&err);
        /* one snapshot and one lock for the whole answer, not one per statement */
        if (queries[i].reads_only && kg_store_begin_read(st, &err) != KG_OK) {
            kg_store_close(st);
            return kg_cli_fail(&err);
        }
        int code = queries[i].fn(argc - 1, argv + 1, st);
        kg_store_end_read(st);
        kg_store_close(st);
        return code;
    }
    const char *names[sizeof queries / sizeof queries[0]];
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++)
        names[i] = queries[i].name;
    return kg_cli_unknown_word("query", argv[1], names, 1, "kg query <query> [<args>]");
}
