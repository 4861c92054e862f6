/* kg_query_lookup: name resolution and fuzzy search shared by the queries. */
#include "../src/kg_mem.h"
#include "../src/resolve/kg_normalize.h"
#include "kg_query.h"

#include <stdlib.h>
#include <string.h>

int kg_query_entity_name(kg_store *st, long long id, char **name, char **type, kg_error *err)
{
    /* prepared once per store: the queries name thousands of entities on a hub */
    static const char sql[] = "SELECT name, type FROM entities WHERE id = ?1";
    sqlite3_stmt *s = kg_store_statement(st, sql), *own = NULL;
    if (!s)
        sqlite3_prepare_v2(kg_store_sqlite(st), sql, -1, &own, NULL);
    if (own)
        s = own;
    sqlite3_bind_int64(s, 1, id);
    int rc = KG_OK;
    if (sqlite3_step(s) == SQLITE_ROW) {
        if (name)
            *name = kg_xstrdup((const char *)sqlite3_column_text(s, 0));
        if (type)
            *type = kg_xstrdup((const char *)sqlite3_column_text(s, 1));
    } else {
        rc = kg_error_set(err, KG_ENOTFOUND, "no entity %lld", id);
    }
    if (own)
        sqlite3_finalize(own);
    else
        sqlite3_reset(s); /* ends its read of the store */
    return rc;
}

/* The max entities whose names are nearest to name by edit distance, however far: the
 * suggestions when nothing is close. Returns how many. */
static size_t closest_names(kg_store *st, const char *name, long long *ids, size_t max)
{
    char *q = kg_normalize_key(name, strlen(name));
    size_t dist[8], n = 0;
    if (max > 8)
        max = 8;
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st), "SELECT id, key FROM entities", -1, &s, NULL);
    while (sqlite3_step(s) == SQLITE_ROW) {
        size_t d = kg_normalize_distance(q, (const char *)sqlite3_column_text(s, 1), 1000);
        size_t k;
        if (n < max)
            k = n++;
        else if (d < dist[max - 1])
            k = max - 1;
        else
            continue;
        ids[k] = sqlite3_column_int64(s, 0);
        dist[k] = d;
        for (; k > 0 && dist[k] < dist[k - 1]; k--) {
            size_t td = dist[k];
            dist[k] = dist[k - 1];
            dist[k - 1] = td;
            long long ti = ids[k];
            ids[k] = ids[k - 1];
            ids[k - 1] = ti;
        }
    }
    sqlite3_finalize(s);
    free(q);
    return n;
}

int kg_query_lookup(long long *id, kg_store *st, const char *name, kg_error *err)
{
    char *key = kg_normalize_key(name, strlen(name));
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st),
                       /* one lookup through each index (an OR of the two would scan
                        * every entity); the mentions are counted only for the matches */
                       "SELECT x.id FROM (SELECT id FROM entities WHERE key = ?1 UNION SELECT"
                       " entity AS id FROM aliases WHERE key = ?1) AS x ORDER BY (SELECT"
                       " count(*) FROM mentions m WHERE m.entity = x.id) DESC, x.id LIMIT 1",
                       -1, &s, NULL);
    sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    int found = sqlite3_step(s) == SQLITE_ROW;
    if (found)
        *id = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (!found && !strchr(key, ' ')) {
        /* a surname alone names the only person who has it */
        long long pid = kg_store_find_person_by_surname(st, key, NULL);
        if (pid > 0) {
            *id = pid;
            found = 1;
        }
    }
    free(key);
    if (found)
        return KG_OK;
    long long ids[5];
    double scores[5];
    size_t n = kg_query_fuzzy(st, name, ids, scores, 5);
    if (n == 0)
        n = closest_names(st, name, ids, 3);
    kg_buf msg = {0};
    for (size_t i = 0; i < n; i++) {
        char *nm = NULL;
        if (kg_query_entity_name(st, ids[i], &nm, NULL, NULL) == KG_OK)
            kg_buf_printf(&msg, "%s'%s'", msg.len ? ", " : "", nm);
        free(nm);
    }
    int rc = kg_error_set(err, KG_ENOTFOUND, "no entity named '%s'%s%s", name,
                          n ? "; did you mean " : "", msg.data ? msg.data : "");
    kg_buf_free(&msg);
    return rc;
}
