/* kg_query_neighbors: `kg query neighbors NAME`: the entities linked to NAME, answered
 * from the store's edge indexes (no graph build), breadth-first to --depth. */
#include "../src/cli_filter.h"
#include "../src/kg_mem.h"
#include "kg_idset.h"
#include "kg_query.h"

#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS                                                                                   \
    "kg query neighbors [--depth <n>] [--type <type>] [--edge <type>] [--evidence] "               \
    "[--json] " KG_CLI_PERIOD_SYNOPSIS " <name>"

typedef struct hop {
    long long id;
    long long via; /* the node it was reached from */
    size_t via_hop; /* its index in the hops */
    long long edge;
    int depth;
    int outgoing; /* edge points from via to id */
    char *edge_type;
    long weight;
    char *name, *type; /* the entity's, read with the edge */
} hop;

/* Adds the evidence of edge (within the period when sliced) to arr (JSON) or, when arr is
 * NULL, as notes under t's row. */
static void print_evidence(sqlite3 *db, long long edge, int sliced, json_t *arr, kg_table *t)
{
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(db,
                       sliced ? "SELECT coalesce(d.title, d.source), ev.sentence, d.id FROM"
                                " evidence ev JOIN documents d ON d.num = ev.document WHERE"
                                " ev.edge = ?1 AND kg_in_period(d.date) ORDER BY d.date, ev.start"
                              : "SELECT coalesce(d.title, d.source), ev.sentence, d.id FROM"
                                " evidence ev JOIN documents d ON d.num = ev.document WHERE"
                                " ev.edge = ?1 ORDER BY d.date, ev.start",
                       -1, &s, NULL);
    sqlite3_bind_int64(s, 1, edge);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *title = (const char *)sqlite3_column_text(s, 0);
        const char *sentence = (const char *)sqlite3_column_text(s, 1);
        if (arr) {
            json_t *o = json_object();
            json_object_set_new(o, "document",
                                json_string((const char *)sqlite3_column_text(s, 2)));
            json_object_set_new(o, "title", json_string(title));
            json_object_set_new(o, "sentence", json_string(sentence));
            json_array_append_new(arr, o);
        } else {
            char *line = kg_xasprintf("    \"%s\"", sentence ? sentence : "");
            kg_table_note(t, line);
            free(line);
            line = kg_xasprintf("      -- %s", title ? title : "");
            kg_table_note(t, line);
            free(line);
        }
    }
    sqlite3_finalize(s);
}

int kg_query_neighbors(int argc, char **argv, kg_store *st)
{
    static const struct option options[] = {{"depth", required_argument, NULL, 'd'},
                                            {"type", required_argument, NULL, 't'},
                                            {"edge", required_argument, NULL, 'e'},
                                            {"evidence", no_argument, NULL, 'v'},
                                            {"json", no_argument, NULL, 'j'},
                                            {"help", no_argument, NULL, 'h'},
                                            KG_CLI_PERIOD_OPTIONS,
                                            {0}};
    int depth = 1, evidence = 0, as_json = 0;
    kg_view_filter filter;
    kg_cli_filter_init(&filter);
    kg_error err;
    const char *type = NULL, *edge_type = NULL;
    kg_cli_getopt_init();
    int c;
    size_t pick;
    while ((c = getopt_long(argc, argv, ":d:t:e:vjh", options, NULL)) != -1) {
        switch (c) {
        case 'd': {
            unsigned long long d;
            if (kg_cli_parse_count(&d, "--depth", optarg, 1, 10, SYNOPSIS) != 0)
                return KG_EXIT_USAGE;
            depth = (int)d;
        } break;
        case 't':
            if (kg_cli_parse_enum(&pick, "--type", optarg, kg_cli_entity_types, SYNOPSIS) != 0)
                return KG_EXIT_USAGE;
            type = kg_cli_entity_types[pick];
            break;
        case 'e':
            if (kg_cli_parse_enum(&pick, "--edge", optarg, kg_cli_relation_types, SYNOPSIS) != 0)
                return KG_EXIT_USAGE;
            edge_type = kg_cli_relation_types[pick];
            break;
        case 'v':
            evidence = 1;
            break;
        case 'j':
            as_json = 1;
            break;
        case 'h':
            printf("usage: " SYNOPSIS "\n\nLists the entities linked to <name> (its name or any "
                   "alias), with the edge type,\ndirection and weight (number of evidence "
                   "sentences).\n\n"
                   "  --depth <n>    follow edges up to n hops (default 1)\n"
                   "  --type <type>  only neighbours of this entity type (person, organisation,\n"
                   "                 party, place, event)\n"
                   "  --edge <type>  only edges of this type (spoke-at, affiliated-with,\n"
                   "                 discussed, located-in)\n"
                   "  --evidence     print the sentences behind each edge, with document title\n"
                   "  --json         print JSON\n\n"
                   "A period follows only the edges its documents state, weighted and shown\n"
                   "with their evidence in it:\n");
            fputs(kg_cli_period_help, stdout);
            return KG_EXIT_OK;
        default:
            if (c == KG_OPT_SINCE || c == KG_OPT_UNTIL) {
                if (kg_cli_filter_option(&filter, c, optarg, &err) < 0)
                    return kg_cli_fail(&err);
                break;
            }
            return kg_cli_option_error(c, argv, ":d:t:e:vjh", options, SYNOPSIS);
        }
    }
    if (kg_cli_filter_check(&filter, &err) != KG_OK)
        return kg_cli_fail(&err);
    if (optind + 1 != argc)
        return kg_cli_usage_error(SYNOPSIS, "name one entity");
    long long root;
    if (kg_query_lookup(&root, st, argv[optind], &err) != KG_OK)
        return kg_cli_fail(&err);
    sqlite3 *db = kg_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    int sliced = kg_period_active(&filter.period);
    if (sliced && kg_period_register(db, &filter.period, &err) != KG_OK)
        return kg_cli_fail(&err);
    /* in a period an edge weighs its evidence in the period's documents, and without any it
     * is not there; the neighbour's name and type come with its edge (one lookup each would
     * be thousands of statements on a hub) */
    sqlite3_prepare_v2(
        db,
        sliced ? "SELECT * FROM (SELECT ed.id, ed.target, ed.type, (SELECT count(*) FROM"
                 " evidence ev JOIN documents d ON d.num = ev.document WHERE ev.edge = ed.id AND"
                 " kg_in_period(d.date)) AS w, 1, e.name, e.type FROM edges ed JOIN entities e ON"
                 " e.id = ed.target WHERE ed.source = ?1 UNION ALL SELECT ed.id, ed.source,"
                 " ed.type, (SELECT count(*) FROM evidence ev JOIN documents d ON d.num ="
                 " ev.document WHERE ev.edge = ed.id AND kg_in_period(d.date)), 0, e.name, e.type"
                 " FROM edges ed JOIN entities e ON e.id = ed.source WHERE ed.target = ?1)"
                 " WHERE w > 0 ORDER BY 4 DESC, 2"
               : "SELECT ed.id, ed.target, ed.type, ed.weight, 1, e.name, e.type FROM edges ed"
                 " JOIN entities e ON e.id = ed.target WHERE ed.source = ?1 UNION ALL SELECT"
                 " ed.id, ed.source, ed.type, ed.weight, 0, e.name, e.type FROM edges ed JOIN"
                 " entities e ON e.id = ed.source WHERE ed.target = ?1 ORDER BY 4 DESC, 2",
        -1, &s, NULL);
    hop *hops = NULL;
    size_t n = 0, cap = 0, head = 0;
    kg_idset seen; /* the nodes reached: a hash set, not a scan of hops */
    kg_idset_init(&seen);
    kg_idset_add(&seen, root);
    KG_GROW(hops, cap, 1);
    hops[n++] = (hop){root, 0, 0, 0, 0, 0, NULL, 0, NULL, NULL};
    while (head < n) {
        size_t cur_hop = head;
        hop cur = hops[head++];
        if (cur.depth >= depth)
            continue;
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, cur.id);
        while (sqlite3_step(s) == SQLITE_ROW) {
            long long other = sqlite3_column_int64(s, 1);
            const char *et = (const char *)sqlite3_column_text(s, 2);
            if (edge_type && strcmp(et, edge_type) != 0)
                continue;
            if (!kg_idset_add(&seen, other))
                continue;
            KG_GROW(hops, cap, n + 1);
            hops[n++] = (hop){other,
                              cur.id,
                              cur_hop,
                              sqlite3_column_int64(s, 0),
                              cur.depth + 1,
                              sqlite3_column_int(s, 4),
                              kg_xstrdup(et),
                              (long)sqlite3_column_int64(s, 3),
                              kg_xstrdup((const char *)sqlite3_column_text(s, 5)),
                              kg_xstrdup((const char *)sqlite3_column_text(s, 6))};
        }
    }
    sqlite3_finalize(s);
    kg_idset_free(&seen);
    char *root_name = NULL, *root_type = NULL;
    kg_query_entity_name(st, root, &root_name, &root_type, &err);
    json_t *out = json_object(), *arr = json_array();
    kg_table *table = kg_table_new(6, 2, 1);
    kg_table_column(table, 2, NULL, KG_TABLE_LEFT, 12);
    kg_table_column(table, 5, NULL, KG_TABLE_LEFT, 8);
    if (!as_json)
        printf("%s (%s)\n", root_name, root_type);
    size_t shown = 0;
    for (size_t i = 1; i < n; i++) {
        const char *name = hops[i].name, *t = hops[i].type, *via = NULL;
        if (!type || strcmp(t, type) == 0) {
            shown++;
            if (hops[i].via != root)
                via = hops[hops[i].via_hop].name;
            if (as_json) {
                json_t *o = json_object();
                json_object_set_new(o, "name", json_string(name));
                json_object_set_new(o, "type", json_string(t));
                json_object_set_new(o, "edge", json_string(hops[i].edge_type));
                json_object_set_new(o, "direction", json_string(hops[i].outgoing ? "out" : "in"));
                json_object_set_new(o, "weight", json_integer(hops[i].weight));
                json_object_set_new(o, "depth", json_integer(hops[i].depth));
                if (via)
                    json_object_set_new(o, "via", json_string(via));
                if (evidence) {
                    json_t *ev = json_array();
                    print_evidence(db, hops[i].edge, sliced, ev, NULL);
                    json_object_set_new(o, "evidence", ev);
                }
                json_array_append_new(arr, o);
            } else {
                kg_table_row(table);
                kg_table_cell(table, hops[i].outgoing ? "->" : "<-");
                kg_table_cell(table, hops[i].edge_type);
                kg_table_cell(table, name);
                kg_table_cell(table, t);
                kg_table_cellf(table, "w=%ld", hops[i].weight);
                if (via)
                    kg_table_cellf(table, "via %s", via);
                if (evidence)
                    print_evidence(db, hops[i].edge, sliced, NULL, table);
            }
        }
    }
    if (as_json) {
        json_object_set_new(out, "name", json_string(root_name));
        json_object_set_new(out, "type", json_string(root_type));
        json_object_set_new(out, "neighbors", arr);
        json_dumpf(out, stdout, JSON_INDENT(2));
        putchar('\n');
    } else {
        json_decref(arr);
        kg_table_print(table, stdout, kg_table_terminal_width());
        if (!shown)
            printf("  (no neighbours)\n");
    }
    kg_table_free(table);
    json_decref(out);
    for (size_t i = 0; i < n; i++) {
        free(hops[i].edge_type);
        free(hops[i].name);
        free(hops[i].type);
    }
    free(hops);
    free(root_name);
    free(root_type);
    if (sliced)
        kg_period_unregister(db);
    return KG_EXIT_OK;
}
