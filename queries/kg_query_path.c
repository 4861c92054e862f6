/* kg_query_path: `kg query path A B`: a shortest path between two entities over edges in
 * either direction, each hop printed with the sentence behind it. */
#include "../src/cli_filter.h"
#include "../src/kg_mem.h"
#include "kg_idset.h"
#include "kg_query.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS "kg query path [--json] " KG_CLI_PERIOD_SYNOPSIS " <from> <to>"

typedef struct node {
    long long id;
    size_t parent;
    long long edge;
} node;

int kg_query_path(int argc, char **argv, kg_store *st)
{
    int as_json = 0;
    const char *names[2] = {NULL, NULL};
    int nn = 0;
    kg_view_filter filter;
    kg_cli_filter_init(&filter);
    kg_error err;
    for (int i = 1; i < argc; i++) {
        int period_opt = strcmp(argv[i], "--since") == 0   ? KG_OPT_SINCE
                         : strcmp(argv[i], "--until") == 0 ? KG_OPT_UNTIL
                                                           : 0;
        if (kg_cli_is_help(argv[i])) {
            printf("usage: " SYNOPSIS "\n\nFinds a shortest chain of edges (either direction) "
                   "from one entity to another\nand prints each hop with the sentence that "
                   "states it.\n\n  --json  print JSON\n\n"
                   "A period follows only the edges its documents state:\n");
            fputs(kg_cli_period_help, stdout);
            return KG_EXIT_OK;
        } else if (period_opt) {
            if (i + 1 == argc)
                return kg_cli_usage_error(SYNOPSIS, "%s needs a date", argv[i]);
            if (kg_cli_filter_option(&filter, period_opt, argv[++i], &err) < 0)
                return kg_cli_fail(&err);
        } else if (strcmp(argv[i], "--json") == 0) {
            as_json = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            static const char *const known[] = {"--json", "--help", NULL};
            return kg_cli_unknown_word("option", argv[i], known, 0, SYNOPSIS);
        } else if (nn < 2) {
            names[nn++] = argv[i];
        } else {
            return kg_cli_usage_error(SYNOPSIS, "unexpected argument '%s'", argv[i]);
        }
    }
    if (kg_cli_filter_check(&filter, &err) != KG_OK)
        return kg_cli_fail(&err);
    if (nn != 2)
        return kg_cli_usage_error(SYNOPSIS, "name two entities");
    long long from, to;
    if (kg_query_lookup(&from, st, names[0], &err) != KG_OK ||
        kg_query_lookup(&to, st, names[1], &err) != KG_OK)
        return kg_cli_fail(&err);
    sqlite3 *db = kg_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    int sliced = kg_period_active(&filter.period);
    if (sliced && kg_period_register(db, &filter.period, &err) != KG_OK)
        return kg_cli_fail(&err);
    /* in a period: only the edges its documents state */
    sqlite3_prepare_v2(db,
                       sliced ? "SELECT eid, other FROM (SELECT id AS eid, target AS other FROM"
                                " edges WHERE source = ?1 UNION ALL SELECT id, source FROM edges"
                                " WHERE target = ?1) WHERE EXISTS (SELECT 1 FROM evidence ev JOIN"
                                " documents d ON d.num = ev.document WHERE ev.edge = eid AND"
                                " kg_in_period(d.date)) ORDER BY 1"
                              : "SELECT id, target FROM edges WHERE source = ?1 UNION ALL"
                                " SELECT id, source FROM edges WHERE target = ?1 ORDER BY 1",
                       -1, &s, NULL);
    node *q = NULL;
    size_t n = 0, cap = 0, head = 0, found = (size_t)-1;
    kg_idset seen; /* the nodes reached: a hash set, not a scan of q */
    kg_idset_init(&seen);
    kg_idset_add(&seen, from);
    KG_GROW(q, cap, 1);
    q[n++] = (node){from, (size_t)-1, 0};
    if (from == to)
        found = 0;
    while (head < n && found == (size_t)-1) {
        size_t cur = head++;
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, q[cur].id);
        while (sqlite3_step(s) == SQLITE_ROW) {
            long long other = sqlite3_column_int64(s, 1);
            if (!kg_idset_add(&seen, other))
                continue;
            KG_GROW(q, cap, n + 1);
            q[n++] = (node){other, cur, sqlite3_column_int64(s, 0)};
            if (other == to) {
                found = n - 1;
                break;
            }
        }
    }
    sqlite3_finalize(s);
    kg_idset_free(&seen);
    int code = KG_EXIT_OK;
    if (found == (size_t)-1) {
        kg_cli_message("no path between '%s' and '%s'%s", names[0], names[1],
                       sliced ? " in the period" : "");
        code = KG_EXIT_FAILURE;
    } else {
        size_t len = 0;
        for (size_t k = found; k != (size_t)-1; k = q[k].parent)
            len++;
        size_t *chain = kg_xmalloc(len * sizeof *chain);
        size_t i = len;
        for (size_t k = found; k != (size_t)-1; k = q[k].parent)
            chain[--i] = k;
        sqlite3_stmt *e = NULL;
        sqlite3_prepare_v2(db,
                           sliced ? "SELECT ed.type, ed.source, ev.sentence, coalesce(d.title,"
                                    " d.source) FROM edges ed JOIN evidence ev ON ev.edge = ed.id"
                                    " JOIN documents d ON d.num = ev.document WHERE ed.id = ?1 AND"
                                    " kg_in_period(d.date) ORDER BY ev.start LIMIT 1"
                                  : "SELECT ed.type, ed.source, ev.sentence, coalesce(d.title,"
                                    " d.source) FROM edges ed JOIN evidence ev ON ev.edge = ed.id"
                                    " JOIN documents d ON d.num = ev.document WHERE ed.id = ?1"
                                    " ORDER BY ev.start LIMIT 1",
                           -1, &e, NULL);
        json_t *hops = json_array();
        char *first = NULL;
        kg_query_entity_name(st, q[chain[0]].id, &first, NULL, &err);
        if (!as_json)
            printf("%s\n", first);
        for (size_t k = 1; k < len; k++) {
            const node *nd = &q[chain[k]];
            char *name = NULL, *type = NULL;
            kg_query_entity_name(st, nd->id, &name, &type, &err);
            sqlite3_reset(e);
            sqlite3_bind_int64(e, 1, nd->edge);
            const char *et = "", *sentence = "", *title = "";
            int forward = 1;
            if (sqlite3_step(e) == SQLITE_ROW) {
                et = (const char *)sqlite3_column_text(e, 0);
                forward = sqlite3_column_int64(e, 1) == q[nd->parent].id;
                sentence = (const char *)sqlite3_column_text(e, 2);
                title = (const char *)sqlite3_column_text(e, 3);
            }
            if (as_json) {
                json_t *h = json_object();
                json_object_set_new(h, "edge", json_string(et));
                json_object_set_new(h, "direction", json_string(forward ? "out" : "in"));
                json_object_set_new(h, "to", json_string(name));
                json_object_set_new(h, "type", json_string(type));
                json_object_set_new(h, "sentence", json_string(sentence));
                json_object_set_new(h, "document", json_string(title));
                json_array_append_new(hops, h);
            } else {
                printf("  %s %s %s %s (%s)\n      \"%s\"\n        -- %s\n", forward ? "--" : "<-",
                       et, forward ? "->" : "--", name, type, sentence, title);
            }
            free(name);
            free(type);
        }
        if (as_json) {
            json_t *o = json_object();
            json_object_set_new(o, "from", json_string(first));
            json_object_set_new(o, "hops", hops);
            json_dumpf(o, stdout, JSON_INDENT(2));
            putchar('\n');
            json_decref(o);
        } else {
            json_decref(hops);
        }
        free(first);
        sqlite3_finalize(e);
        free(chain);
    }
    free(q);
    if (sliced)
        kg_period_unregister(db);
    return code;
}
