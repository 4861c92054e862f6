/* cmd_remove: `kg remove`: takes documents out of the store with everything only they
 * supported, in one transaction: each argument must name a stored document, else nothing is
 * removed and the exit status is 1. */
#include "cli.h"
#include "kg_mem.h"
#include "kg_path.h"
#include "store/kg_store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define SYNOPSIS "kg remove <path>|<id>..."

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "Removes documents from the store, with everything only they supported: their\n"
           "mentions and evidence, edges left without evidence, entities left without\n"
           "mentions, aliases no remaining mention writes. Cached analytics become stale.\n"
           "An argument names documents by:\n"
           "  - a key as 'kg documents' lists it: a JSON line's \"id\", a feed item's guid or\n"
           "    link, a file's canonical path;\n"
           "  - a file path (made canonical; for a feed or JSON lines file, its items keyed\n"
           "    by position, file#n) or a directory (every document keyed under it);\n"
           "  - a content id (the SHA-256 'kg documents --json' shows as \"hash\"), which\n"
           "    removes the document whatever names it.\n"
           "A document that another key still names (an exact copy built from another file)\n"
           "stays, named by that key. Everything happens in one transaction: when one\n"
           "argument names no stored document, nothing is removed.\n\n"
           "  -h, --help   show this help\n\n"
           "Exit status: 0 when every argument was removed, 1 when one names no document (the\n"
           "store is left unchanged) or the store failed, 2 on a usage error.\n");
}

/* Collects into keys the stored keys that start with prefix. */
static int keys_under(kg_store *st, const char *prefix, char ***keys, size_t *n, size_t *cap,
                      kg_error *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(kg_store_sqlite(st),
                           "SELECT key FROM document_keys WHERE substr(key, 1, length(?1)) = ?1"
                           " ORDER BY key",
                           -1, &s, NULL) != SQLITE_OK)
        return kg_error_set(err, KG_ESTORE, "cannot read store '%s': %s", kg_store_path(st),
                            sqlite3_errmsg(kg_store_sqlite(st)));
    sqlite3_bind_text(s, 1, prefix, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) {
        KG_GROW(*keys, *cap, *n + 1);
        (*keys)[(*n)++] = kg_xstrdup((const char *)sqlite3_column_text(s, 0));
    }
    sqlite3_finalize(s);
    return KG_OK;
}

static int is_content_id(const char *s)
{
    size_t n = strlen(s);
    return n == 64 && strspn(s, "0123456789abcdef") == 64;
}

/* Removes what arg names; *found says whether it named anything, *removed counts the
 * documents removed. */
static int remove_arg(kg_store *st, const char *arg, int *found, size_t *removed, kg_error *err)
{
    char doc[65];
    int rc = kg_store_document_of_key(st, arg, doc, err);
    char **keys = NULL;
    size_t n = 0, cap = 0;
    *found = 0;
    if (rc == 1) {
        KG_GROW(keys, cap, 1);
        keys[n++] = kg_xstrdup(arg);
    } else if (rc == 0 && is_content_id(arg) && (rc = kg_store_has_document(st, arg, err)) == 1) {
        *found = 1;
        rc = kg_store_remove_document(st, arg, err);
        *removed += rc == KG_OK;
        return rc;
    } else if (rc == 0) {
        char *canonical = kg_path_canonical(arg);
        struct stat sb;
        int is_dir = stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode);
        if (canonical && (rc = kg_store_document_of_key(st, canonical, doc, err)) == 1) {
            KG_GROW(keys, cap, 1);
            keys[n++] = kg_xstrdup(canonical);
        } else if (canonical && rc == 0) {
            /* a directory: every key under it; a feed or JSON lines file: its items */
            char *prefix = kg_xasprintf("%s%s", canonical, is_dir ? "/" : "#");
            rc = keys_under(st, prefix, &keys, &n, &cap, err);
            free(prefix);
        }
        free(canonical);
    }
    for (size_t i = 0; i < n && rc >= 0; i++) {
        int gone = 0;
        rc = kg_store_drop_key(st, keys[i], &gone, err);
        *removed += (size_t)gone;
    }
    *found = n > 0;
    for (size_t i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
    return rc < 0 ? rc : KG_OK;
}

int kg_cmd_remove(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {{"help", no_argument, NULL, 'h'}, {0}};
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+h", options, NULL)) != -1) {
        if (c == 'h') {
            help();
            return KG_EXIT_OK;
        }
        return kg_cli_usage_error(SYNOPSIS, "unknown option");
    }
    if (optind >= argc)
        return kg_cli_usage_error(SYNOPSIS, "name the documents to remove");
    kg_store *st = NULL;
    kg_error err;
    kg_error_clear(&err);
    if (kg_store_open(&st, cli->db_path, KG_STORE_OPEN, &err) != KG_OK)
        return kg_cli_fail(&err);
    int code = KG_EXIT_OK;
    size_t removed = 0;
    int rc = kg_store_begin(st, &err);
    for (int i = optind; i < argc && rc == KG_OK; i++) {
        int found = 0;
        rc = remove_arg(st, argv[i], &found, &removed, &err);
        if (rc == KG_OK && !found)
            rc = kg_error_set(&err, KG_ENOTFOUND,
                              "'%s': no such document in store '%s'; nothing removed", argv[i],
                              cli->db_path);
    }
    if (rc == KG_OK && removed)
        rc = kg_store_touch_graph(st, &err);
    if (rc == KG_OK)
        rc = kg_store_commit(st, &err);
    if (rc != KG_OK) {
        kg_store_rollback(st);
        code = kg_cli_fail(&err);
    } else if (!cli->quiet) {
        kg_error ignored;
        kg_cli_message("%zu documents removed; store '%s' holds %lld documents, %lld entities "
                       "and %lld edges",
                       removed, cli->db_path, kg_store_count(st, "documents", &ignored),
                       kg_store_count(st, "entities", &ignored),
                       kg_store_count(st, "edges", &ignored));
    }
    kg_store_close(st);
    return code;
}
