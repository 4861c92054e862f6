/* cmd_documents: `kg documents`: the stored documents with their keys, title, date, source
 * and counts; `--duplicates` the near-duplicate clusters. */
#include "cli.h"
#include "kg_mem.h"
#include "store/kg_store.h"
#include "text/kg_escape.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS "kg documents [--duplicates] [--json]"

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "Lists the stored documents, one a line: id (the key 'kg remove' takes: canonical\n"
           "path, JSON \"id\" or feed guid/link; the content hash when none), date, number of\n"
           "mentions, number of edges it gives evidence to, title and source, separated by\n"
           "tabs (control characters escaped). Documents are ordered by date, then as built.\n\n"
           "  --duplicates  list only near-duplicates (syndicated copies, the same release\n"
           "                on two sites: MinHash of 3-word shingles, estimated Jaccard\n"
           "                similarity at least 0.75), by cluster; a\n"
           "                cluster counts once as evidence for an edge\n"
           "  --json        print a JSON array of {id, hash, keys, title, date, source,\n"
           "                mentions, edges, cluster} (with --duplicates: of {cluster,\n"
           "                documents})\n"
           "  -h, --help    show this help\n");
}

/* The columns every listing reads, in the order doc_json and print_row use. */
#define DOC_COLUMNS                                                                                \
    "d.id, d.title, d.date, d.source, coalesce(d.cluster, d.id),"                                  \
    " (SELECT count(*) FROM mentions m WHERE m.document = d.num),"                                 \
    " (SELECT count(DISTINCT ev.edge) FROM evidence ev WHERE ev.document = d.num),"                \
    " (SELECT group_concat(key, char(10)) FROM (SELECT key FROM document_keys k"                   \
    "   WHERE k.document = d.num ORDER BY key))"

static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* Returns a new JSON object of the row's document. */
static json_t *doc_json(sqlite3_stmt *s)
{
    json_t *o = json_object(), *keys = json_array();
    const char *joined = col(s, 7);
    char *copy = joined ? kg_xstrdup(joined) : NULL;
    for (char *k = copy, *next; k && *k; k = next) {
        next = strchr(k, '\n');
        if (next)
            *next++ = '\0';
        json_array_append_new(keys, json_string(k));
    }
    free(copy);
    json_t *first = json_array_get(keys, 0);
    json_object_set_new(o, "id", first ? json_copy(first) : json_string(col(s, 0)));
    json_object_set_new(o, "hash", json_string(col(s, 0)));
    json_object_set_new(o, "keys", keys);
    json_object_set_new(o, "title", col(s, 1) ? json_string(col(s, 1)) : json_null());
    json_object_set_new(o, "date", col(s, 2) ? json_string(col(s, 2)) : json_null());
    json_object_set_new(o, "source", json_string(col(s, 3)));
    json_object_set_new(o, "mentions", json_integer(sqlite3_column_int64(s, 5)));
    json_object_set_new(o, "edges", json_integer(sqlite3_column_int64(s, 6)));
    json_object_set_new(o, "cluster", json_string(col(s, 4)));
    return o;
}

static void print_field(const char *s, int last)
{
    kg_escape_fputs(s && *s ? s : "-", stdout);
    putchar(last ? '\n' : '\t');
}

static void print_row(json_t *o, const char *indent)
{
    fputs(indent, stdout);
    print_field(json_string_value(json_object_get(o, "id")), 0);
    print_field(json_string_value(json_object_get(o, "date")), 0);
    printf("%lld\t%lld\t", (long long)json_integer_value(json_object_get(o, "mentions")),
           (long long)json_integer_value(json_object_get(o, "edges")));
    print_field(json_string_value(json_object_get(o, "title")), 0);
    print_field(json_string_value(json_object_get(o, "source")), 1);
}

int kg_cmd_documents(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {{"duplicates", no_argument, NULL, 'd'},
                                            {"json", no_argument, NULL, 'j'},
                                            {"help", no_argument, NULL, 'h'},
                                            {0}};
    int duplicates = 0, as_json = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+h", options, NULL)) != -1) {
        switch (c) {
        case 'd':
            duplicates = 1;
            break;
        case 'j':
            as_json = 1;
            break;
        case 'h':
            help();
            return KG_EXIT_OK;
        default:
            return kg_cli_usage_error(SYNOPSIS, "unknown option");
        }
    }
    if (optind < argc)
        return kg_cli_usage_error(SYNOPSIS, "unknown argument '%s'", argv[optind]);
    kg_store *st = NULL;
    kg_error err;
    if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK)
        return kg_cli_fail(&err);
    int code = KG_EXIT_OK;
    sqlite3_stmt *s = NULL;
    json_t *root = json_array();
    if (!kg_store_has_new_schema(st)) {
        kg_cli_message("store '%s' was written by an older kg (no document keys yet); "
                       "'kg build' on it upgrades it",
                       cli->db_path);
        code = KG_EXIT_FAILURE;
        goto done;
    }
    const char *sql = duplicates ? "SELECT " DOC_COLUMNS " FROM documents d WHERE"
                                   " coalesce(d.cluster, d.id) IN (SELECT coalesce(cluster, id)"
                                   " FROM documents GROUP BY 1 HAVING count(*) > 1)"
                                   " ORDER BY 5, d.num"
                                 : "SELECT " DOC_COLUMNS " FROM documents d"
                                   " ORDER BY coalesce(d.date, ''), d.num";
    if (sqlite3_prepare_v2(kg_store_sqlite(st), sql, -1, &s, NULL) != SQLITE_OK) {
        kg_cli_message("cannot read store '%s': %s", cli->db_path,
                       sqlite3_errmsg(kg_store_sqlite(st)));
        code = KG_EXIT_FAILURE;
        goto done;
    }
    json_t *group = NULL;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        json_t *o = doc_json(s);
        if (!duplicates) {
            if (!as_json)
                print_row(o, "");
            json_array_append_new(root, o);
            continue;
        }
        const char *cluster = col(s, 4);
        if (!group || strcmp(json_string_value(json_object_get(group, "cluster")), cluster) != 0) {
            group = json_object();
            json_object_set_new(group, "cluster", json_string(cluster));
            json_object_set_new(group, "documents", json_array());
            json_array_append_new(root, group);
            if (!as_json)
                printf("%scluster %.12s\n", json_array_size(root) > 1 ? "\n" : "", cluster);
        }
        if (!as_json)
            print_row(o, "  ");
        json_array_append_new(json_object_get(group, "documents"), o);
    }
    if (step != SQLITE_DONE) {
        kg_cli_message("cannot read store '%s': %s", cli->db_path,
                       sqlite3_errmsg(kg_store_sqlite(st)));
        code = KG_EXIT_FAILURE;
    } else if (as_json) {
        json_dumpf(root, stdout, JSON_INDENT(2));
        putchar('\n');
    }
done:
    sqlite3_finalize(s);
    json_decref(root);
    kg_store_close(st);
    return code;
}
