/* kg_view_details: see kg_view_details.h. */
#include "kg_view_details.h"

#include "../src/kg_mem.h"

#include <stdlib.h>
#include <string.h>

/* Index of the node with store id, by binary search: kg_view_load adds nodes in id order. */
static size_t node_index(const kg_view *v, long long id)
{
    size_t lo = 0, hi = v->n_nodes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->nodes[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < v->n_nodes && v->nodes[lo].id == id ? lo : (size_t)-1;
}

size_t kg_view_find_document(const kg_view *v, const char *id)
{
    size_t lo = 0, hi = v->n_documents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(v->documents[mid].id, id);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (size_t)-1;
}

/* The store's documents by id, unless the view has them already (kg_view_load reads them
 * with the full graph). */
static int load_documents(kg_view *v, sqlite3 *db)
{
    if (v->n_documents)
        return 0;
    sqlite3_stmt *s = NULL;
    /* ids are hex digests: SQLite's BINARY order is strcmp's */
    if (sqlite3_prepare_v2(db, "SELECT id, title, date, source FROM documents ORDER BY id", -1,
                           &s, NULL) != SQLITE_OK)
        return -1;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(s, 0);
        kg_view_add_document(v, id ? id : "", (const char *)sqlite3_column_text(s, 1),
                             (const char *)sqlite3_column_text(s, 2),
                             (const char *)sqlite3_column_text(s, 3));
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int load_alias_reasons(kg_view *v, sqlite3 *db)
{
    for (size_t i = 0; i < v->n_nodes; i++) {
        kg_view_node *n = &v->nodes[i];
        n->alias_reasons = kg_xcalloc(n->n_aliases ? n->n_aliases : 1, sizeof *n->alias_reasons);
        for (size_t a = 0; a < n->n_aliases; a++)
            n->alias_reasons[a] = kg_xstrdup("");
    }
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, "SELECT entity, alias, reason FROM aliases", -1, &s, NULL) !=
        SQLITE_OK)
        return -1;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        size_t i = node_index(v, sqlite3_column_int64(s, 0));
        const char *alias = (const char *)sqlite3_column_text(s, 1);
        const char *reason = (const char *)sqlite3_column_text(s, 2);
        if (i == (size_t)-1 || !alias || !reason)
            continue;
        kg_view_node *n = &v->nodes[i];
        for (size_t a = 0; a < n->n_aliases; a++) {
            if (strcmp(n->aliases[a], alias) == 0) {
                free(n->alias_reasons[a]);
                n->alias_reasons[a] = kg_xstrdup(reason);
                break;
            }
        }
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int load_node_documents(kg_view *v, sqlite3 *db)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT DISTINCT m.entity, d.id FROM mentions m JOIN documents d"
                           " ON d.num = m.document ORDER BY m.entity, d.id",
                           -1, &s, NULL) != SQLITE_OK)
        return -1;
    int rc;
    size_t cap = 0, last = (size_t)-1;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        size_t i = node_index(v, sqlite3_column_int64(s, 0));
        const char *doc = (const char *)sqlite3_column_text(s, 1);
        size_t d = doc ? kg_view_find_document(v, doc) : (size_t)-1;
        if (i == (size_t)-1 || d == (size_t)-1)
            continue;
        kg_view_node *n = &v->nodes[i];
        if (i != last) {
            cap = n->n_documents;
            last = i;
        }
        KG_GROW(n->documents, cap, n->n_documents + 1);
        n->documents[n->n_documents++] = d;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int kg_view_load_details(kg_view *v, kg_store *st, kg_error *err)
{
    sqlite3 *db = kg_store_sqlite(st);
    if (load_documents(v, db) != 0 || load_alias_reasons(v, db) != 0 ||
        load_node_documents(v, db) != 0)
        return kg_error_set(err, KG_ESTORE, "cannot read documents from store: %s",
                            sqlite3_errmsg(db));
    v->has_details = 1;
    return KG_OK;
}
