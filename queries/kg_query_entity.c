/* kg_query_entity: `kg query entity NAME` (type, attributes, aliases with the reason each
 * was merged, documents, strongest relations) and `kg query search TEXT` (fuzzy, ranked). */
#include "../src/corrections/kg_corrections.h"
#include "../src/kg_mem.h"
#include "kg_query.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS_E "kg query entity [--json] [--documents <n>] <name>"
#define SYNOPSIS_S "kg query search [--json] <text>"
/* documents `kg query entity` lists unless told: a hub is mentioned by tens of thousands */
#define ENTITY_DOCUMENTS 20

/* The arguments of `kg query entity` and `kg query search`: --json, <arg>, and --documents
 * <n> when limit is not NULL. 0, -1 after --help (help printed), or an exit status. */
static int parse_args(int argc, char **argv, int *as_json, size_t *limit, const char **arg,
                      const char *synopsis, const char *help)
{
    *arg = NULL;
    for (int i = 1; i < argc; i++) {
        if (kg_cli_is_help(argv[i])) {
            printf("usage: %s\n\n%s", synopsis, help);
            return -1;
        } else if (strcmp(argv[i], "--json") == 0) {
            *as_json = 1;
        } else if (limit && (strcmp(argv[i], "--documents") == 0 ||
                             strncmp(argv[i], "--documents=", 12) == 0)) {
            const char *v = argv[i][11] == '=' ? argv[i] + 12 : i + 1 < argc ? argv[++i] : NULL;
            unsigned long long n;
            if (!v)
                return kg_cli_usage_error(synopsis, "--documents needs a number");
            if (kg_cli_parse_count(&n, "--documents", v, 0, SIZE_MAX, synopsis) != 0)
                return KG_EXIT_USAGE;
            *limit = (size_t)n;
        } else if (argv[i][0] == '-' && argv[i][1] && !*arg) {
            static const char *const known[] = {"--json", "--help", NULL};
            static const char *const known_entity[] = {"--json", "--documents", "--help", NULL};
            return kg_cli_unknown_word("option", argv[i], limit ? known_entity : known, 0,
                                       synopsis);
        } else if (!*arg) {
            *arg = argv[i];
        } else {
            return kg_cli_usage_error(synopsis, "unexpected argument '%s'", argv[i]);
        }
    }
    if (!*arg)
        return kg_cli_usage_error(synopsis, "missing argument");
    return 0;
}

/* The corrections by hand that name the entity, oldest first: {"date", "op",
 * "correction"} (a new reference). */
static json_t *corrections_of(kg_store *st, long long id)
{
    json_t *arr = json_array();
    kg_correction *cs = NULL;
    size_t n = 0;
    kg_error err;
    if (kg_corrections_list(&cs, &n, st, id, &err) != KG_OK)
        return arr;
    kg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        kg_buf_reset(&b);
        kg_correction_describe(&b, &cs[i]);
        json_t *c = json_object();
        json_object_set_new(c, "date", json_string(cs[i].date));
        json_object_set_new(c, "op", json_string(cs[i].op));
        json_object_set_new(c, "correction", json_string(b.data));
        json_array_append_new(arr, c);
    }
    kg_buf_free(&b);
    kg_correction_list_free(cs, n);
    return arr;
}

int kg_query_entity(int argc, char **argv, kg_store *st)
{
    int as_json = 0;
    size_t limit = ENTITY_DOCUMENTS;
    const char *name;
    char *help = kg_xasprintf(
        "Shows an entity: type, attributes, every alias with the reason it was merged,\nhow many "
        "documents mention it and the %d that mention it most (the latest\nstored first among "
        "equals), its strongest relations and the corrections made by hand\nthat name it, with "
        "their dates.\n\n"
        "  --documents <n>  list n documents (default %d; 0 for all, by date)\n"
        "  --json           print JSON\n",
        ENTITY_DOCUMENTS, ENTITY_DOCUMENTS);
    int rc = parse_args(argc, argv, &as_json, &limit, &name, SYNOPSIS_E, help);
    free(help);
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    kg_error err;
    long long id;
    if (kg_query_lookup(&id, st, name, &err) != KG_OK)
        return kg_cli_fail(&err);
    sqlite3 *db = kg_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    json_t *o = json_object();
    sqlite3_prepare_v2(db,
                       "SELECT name, type, date, place, country, region, lat, lon FROM entities"
                       " WHERE id = ?1",
                       -1, &s, NULL);
    sqlite3_bind_int64(s, 1, id);
    if (sqlite3_step(s) == SQLITE_ROW) {
        static const char *const cols[] = {"name", "type", "date", "place", "country", "region"};
        for (int c = 0; c < 6; c++)
            if (sqlite3_column_type(s, c) != SQLITE_NULL)
                json_object_set_new(o, cols[c],
                                    json_string((const char *)sqlite3_column_text(s, c)));
        if (sqlite3_column_type(s, 6) != SQLITE_NULL) {
            json_object_set_new(o, "lat", json_real(sqlite3_column_double(s, 6)));
            json_object_set_new(o, "lon", json_real(sqlite3_column_double(s, 7)));
        }
    }
    sqlite3_finalize(s);
    json_t *aliases = json_array();
    sqlite3_prepare_v2(db, "SELECT alias, reason FROM aliases WHERE entity = ?1 ORDER BY alias", -1,
                       &s, NULL);
    sqlite3_bind_int64(s, 1, id);
    while (sqlite3_step(s) == SQLITE_ROW) {
        json_t *a = json_object();
        json_object_set_new(a, "alias", json_string((const char *)sqlite3_column_text(s, 0)));
        json_object_set_new(a, "reason", json_string((const char *)sqlite3_column_text(s, 1)));
        json_array_append_new(aliases, a);
    }
    sqlite3_finalize(s);
    json_object_set_new(o, "aliases", aliases);
    json_t *docs = json_array();
    /* the mentions are counted per document from the (entity, document) index in one pass
     * that also gives the totals, and only the documents listed are read (a hub has tens of
     * thousands): those that mention it most, the latest stored first among equals (their
     * dates would have to be read for every document); all of them by date with
     * --documents 0 */
    sqlite3_prepare_v2(db,
                       limit ? "SELECT coalesce(d.title, d.source), d.date, x.n, x.docs, x.total"
                               " FROM (SELECT document, n, count(*) OVER () AS docs, sum(n) OVER ()"
                               " AS total FROM (SELECT document, count(*) AS n FROM mentions"
                               " WHERE entity = ?1 GROUP BY document)"
                               " ORDER BY n DESC, document DESC LIMIT ?2) AS x"
                               " JOIN documents d ON d.num = x.document"
                               " ORDER BY x.n DESC, d.date DESC, d.title, d.id"
                             : "SELECT coalesce(d.title, d.source), d.date, x.n, count(*) OVER (),"
                               " sum(x.n) OVER () FROM (SELECT document, count(*) AS n FROM"
                               " mentions WHERE entity = ?1 GROUP BY document) AS x"
                               " JOIN documents d ON d.num = x.document"
                               " ORDER BY d.date, d.title, d.id",
                       -1, &s, NULL);
    sqlite3_bind_int64(s, 1, id);
    if (limit)
        sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
    long long n_docs = 0, n_mentions = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        json_t *d = json_object();
        json_object_set_new(d, "title", json_string((const char *)sqlite3_column_text(s, 0)));
        if (sqlite3_column_type(s, 1) != SQLITE_NULL)
            json_object_set_new(d, "date", json_string((const char *)sqlite3_column_text(s, 1)));
        json_object_set_new(d, "mentions", json_integer(sqlite3_column_int64(s, 2)));
        json_array_append_new(docs, d);
        n_docs = sqlite3_column_int64(s, 3);
        n_mentions = sqlite3_column_int64(s, 4);
    }
    sqlite3_finalize(s);
    json_object_set_new(o, "documents_total", json_integer(n_docs));
    json_object_set_new(o, "mentions_total", json_integer(n_mentions));
    json_object_set_new(o, "documents", docs);
    json_t *rels = json_array();
    sqlite3_prepare_v2(db,
                       "SELECT ed.type, e.name, e.type, ed.weight, 'out' FROM edges ed JOIN"
                       " entities e ON e.id = ed.target WHERE ed.source = ?1 UNION ALL"
                       " SELECT ed.type, e.name, e.type, ed.weight, 'in' FROM edges ed JOIN"
                       " entities e ON e.id = ed.source WHERE ed.target = ?1"
                       " ORDER BY 4 DESC, 2 LIMIT 20",
                       -1, &s, NULL);
    sqlite3_bind_int64(s, 1, id);
    while (sqlite3_step(s) == SQLITE_ROW) {
        json_t *r = json_object();
        json_object_set_new(r, "edge", json_string((const char *)sqlite3_column_text(s, 0)));
        json_object_set_new(r, "name", json_string((const char *)sqlite3_column_text(s, 1)));
        json_object_set_new(r, "type", json_string((const char *)sqlite3_column_text(s, 2)));
        json_object_set_new(r, "weight", json_integer(sqlite3_column_int64(s, 3)));
        json_object_set_new(r, "direction", json_string((const char *)sqlite3_column_text(s, 4)));
        json_array_append_new(rels, r);
    }
    sqlite3_finalize(s);
    json_object_set_new(o, "relations", rels);
    json_t *fixes = corrections_of(st, id);
    json_object_set_new(o, "corrections", fixes);
    if (as_json) {
        json_dumpf(o, stdout, JSON_INDENT(2));
        putchar('\n');
    } else {
        printf("%s (%s)\n", json_string_value(json_object_get(o, "name")),
               json_string_value(json_object_get(o, "type")));
        static const char *const attrs[] = {"date", "place", "country", "region", NULL};
        for (size_t i = 0; attrs[i]; i++)
            if (json_object_get(o, attrs[i]))
                printf("  %-9s %s\n", attrs[i], json_string_value(json_object_get(o, attrs[i])));
        if (json_object_get(o, "lat"))
            printf("  %-9s %.4f, %.4f\n", "lat/lon", json_real_value(json_object_get(o, "lat")),
                   json_real_value(json_object_get(o, "lon")));
        size_t i;
        json_t *it;
        size_t width = kg_table_terminal_width();
        printf("aliases (and why they were merged):\n");
        kg_table *t = kg_table_new(2, 2, 2);
        kg_table_column(t, 0, NULL, KG_TABLE_LEFT, 8);
        json_array_foreach(aliases, i, it)
        {
            kg_table_row(t);
            kg_table_cell(t, json_string_value(json_object_get(it, "alias")));
            kg_table_cell(t, json_string_value(json_object_get(it, "reason")));
        }
        kg_table_print(t, stdout, width);
        kg_table_free(t);
        if ((size_t)n_docs > json_array_size(docs))
            printf("documents: %lld (%lld mentions); the %zu that mention it most:\n", n_docs,
                   n_mentions, json_array_size(docs));
        else
            printf("documents: %lld (%lld mentions):\n", n_docs, n_mentions);
        t = kg_table_new(3, 2, 1);
        kg_table_column(t, 1, NULL, KG_TABLE_LEFT, 8);
        json_array_foreach(docs, i, it)
        {
            json_t *date = json_object_get(it, "date");
            kg_table_row(t);
            kg_table_cell(t, date ? json_string_value(date) : "");
            kg_table_cell(t, json_string_value(json_object_get(it, "title")));
            kg_table_cellf(t, "(%lld mentions)",
                           (long long)json_integer_value(json_object_get(it, "mentions")));
        }
        kg_table_print(t, stdout, width);
        kg_table_free(t);
        printf("relations:\n");
        t = kg_table_new(5, 2, 1);
        kg_table_column(t, 2, NULL, KG_TABLE_LEFT, 8);
        json_array_foreach(rels, i, it)
        {
            int out = strcmp(json_string_value(json_object_get(it, "direction")), "out") == 0;
            kg_table_row(t);
            kg_table_cell(t, out ? "->" : "<-");
            kg_table_cell(t, json_string_value(json_object_get(it, "edge")));
            kg_table_cell(t, json_string_value(json_object_get(it, "name")));
            kg_table_cell(t, json_string_value(json_object_get(it, "type")));
            kg_table_cellf(t, "w=%lld",
                           (long long)json_integer_value(json_object_get(it, "weight")));
        }
        kg_table_print(t, stdout, width);
        kg_table_free(t);
        if (json_array_size(fixes))
            printf("corrections:\n");
        json_array_foreach(fixes, i, it)
        {
            printf("  %-20s %s\n", json_string_value(json_object_get(it, "date")),
                   json_string_value(json_object_get(it, "correction")));
        }
    }
    json_decref(o);
    return KG_EXIT_OK;
}

int kg_query_search(int argc, char **argv, kg_store *st)
{
    int as_json = 0;
    const char *text;
    int rc = parse_args(argc, argv, &as_json, NULL, &text, SYNOPSIS_S,
                             "Finds entities whose name or alias is close to <text> (case, "
                             "accents,\ntransliteration and typos forgiven), best first.\n\n"
                             "  --json  print JSON\n");
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    long long ids[10];
    double scores[10];
    size_t n = kg_query_fuzzy(st, text, ids, scores, 10);
    json_t *arr = json_array();
    kg_table *t = kg_table_new(3, 0, 2);
    kg_table_column(t, 0, NULL, KG_TABLE_RIGHT, 0);
    kg_table_column(t, 1, NULL, KG_TABLE_LEFT, 8);
    for (size_t i = 0; i < n; i++) {
        char *name = NULL, *type = NULL;
        kg_query_entity_name(st, ids[i], &name, &type, NULL);
        if (as_json) {
            json_t *o = json_object();
            json_object_set_new(o, "name", json_string(name));
            json_object_set_new(o, "type", json_string(type));
            json_object_set_new(o, "score", json_real(scores[i]));
            json_array_append_new(arr, o);
        } else {
            kg_table_row(t);
            kg_table_cellf(t, "%.2f", scores[i]);
            kg_table_cell(t, name);
            kg_table_cell(t, type);
        }
        free(name);
        free(type);
    }
    if (as_json) {
        json_dumpf(arr, stdout, JSON_INDENT(2));
        putchar('\n');
    } else if (!n) {
        printf("no match for '%s'\n", text);
    } else {
        kg_table_print(t, stdout, kg_table_terminal_width());
    }
    kg_table_free(t);
    json_decref(arr);
    return n ? KG_EXIT_OK : KG_EXIT_FAILURE;
}
