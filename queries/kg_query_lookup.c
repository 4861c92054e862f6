/* kg_query_lookup: name resolution and fuzzy search shared by the queries. */
#include "../src/kg_mem.h"
#include "../src/resolve/kg_normalize.h"
#include "kg_query.h"

#include <stdlib.h>
#include <string.h>

int kg_query_entity_name(kg_store *st, long long id, char **name, char **type, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st), "SELECT name, type FROM entities WHERE id = ?1", -1, &s,
                       NULL);
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
    sqlite3_finalize(s);
    return rc;
}

size_t kg_query_fuzzy(kg_store *st, const char *text, long long *ids, double *scores, size_t max)
{
    char *q = kg_normalize_key(text, strlen(text));
    size_t ql = strlen(q);
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st),
                       "SELECT e.id, e.key FROM entities e UNION ALL"
                       " SELECT a.entity, a.key FROM aliases a",
                       -1, &s, NULL);
    size_t n = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        long long id = sqlite3_column_int64(s, 0);
        const char *key = (const char *)sqlite3_column_text(s, 1);
        double score = 0;
        if (strcmp(key, q) == 0)
            score = 1.0;
        else if (ql >= 2 && strncmp(key, q, ql) == 0)
            score = 0.9;
        else if (ql >= 3 && strstr(key, q))
            score = 0.8;
        else {
            size_t cap = ql / 3 + 1;
            size_t d = kg_normalize_distance(q, key, cap);
            if (d <= cap)
                score = 0.7 - 0.1 * (double)d;
            else {
                /* a word of the name close to the query: "Tokaev" ~ "kassym-jomart tokayev" */
                const char *w = key;
                while (w && *w) {
                    const char *sp = strchr(w, ' ');
                    size_t wl = sp ? (size_t)(sp - w) : strlen(w);
                    char *word = kg_xstrndup(w, wl);
                    size_t dw = kg_normalize_distance(q, word, cap);
                    if (dw <= cap && 0.6 - 0.1 * (double)dw > score)
                        score = 0.6 - 0.1 * (double)dw;
                    free(word);
                    w = sp ? sp + 1 : NULL;
                }
            }
        }
        if (score <= 0)
            continue;
        size_t k;
        for (k = 0; k < n && ids[k] != id; k++)
            ;
        if (k < n) {
            if (score > scores[k])
                scores[k] = score;
        } else if (n < max) {
            ids[n] = id;
            scores[n++] = score;
        } else {
            size_t worst = 0;
            for (size_t j = 1; j < n; j++)
                if (scores[j] < scores[worst])
                    worst = j;
            if (score > scores[worst]) {
                ids[worst] = id;
                scores[worst] = score;
            }
        }
    }
    sqlite3_finalize(s);
    free(q);
    /* best first (insertion sort: n is small) */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && scores[j] > scores[j - 1]; j--) {
            double ts = scores[j];
            scores[j] = scores[j - 1];
            scores[j - 1] = ts;
            long long ti = ids[j];
            ids[j] = ids[j - 1];
            ids[j - 1] = ti;
        }
    return n;
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
                       "SELECT e.id FROM entities e WHERE e.key = ?1 OR e.id IN"
                       " (SELECT entity FROM aliases WHERE key = ?1) ORDER BY"
                       " (SELECT count(*) FROM mentions m WHERE m.entity = e.id) DESC, e.id"
                       " LIMIT 1",
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
