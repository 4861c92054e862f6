/* kg_store_docs: documents as replaceable things: stable keys (path, URL, JSON id, feed
 * guid) beside the content hash, removal of a document with everything only it supported,
 * and near-duplicate clusters that count once as evidence. See kg_store.h. */
#include "../kg_mem.h"
#include "../text/kg_simhash.h"
#include "kg_store_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct near_doc {
    uint64_t hash;
    char cluster[65]; /* the cluster label: its first document's id */
} near_doc;

struct kg_near_index {
    near_doc *docs;
    size_t n, cap;
};

void kg_near_index_free(kg_near_index *ix)
{
    if (!ix)
        return;
    free(ix->docs);
    free(ix);
}

int kg_store_has_new_schema(kg_store *st)
{
    return !st->old_schema;
}

static int db_error(kg_store *st, kg_error *err, const char *what)
{
    return kg_error_set(err, KG_ESTORE, "%s '%s': %s", what, st->path, sqlite3_errmsg(st->db));
}

/* Prepares sql into *s. Returns KG_OK or KG_ESTORE. */
static int prepare(kg_store *st, sqlite3_stmt **s, const char *sql, kg_error *err)
{
    if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK)
        return db_error(st, err, "cannot read store");
    return KG_OK;
}

/* Runs a one-parameter statement that returns no rows. */
static int run_text(kg_store *st, const char *sql, const char *a, const char *b, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, &s, sql, err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, a, -1, SQLITE_TRANSIENT);
    if (b)
        sqlite3_bind_text(s, 2, b, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE)
        rc = db_error(st, err, "cannot update store");
    sqlite3_finalize(s);
    return rc;
}

int kg_store_document_of_key(kg_store *st, const char *key, char out[65], kg_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, &s, "SELECT document FROM document_keys WHERE key = ?1", err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(s, 0);
        snprintf(out, 65, "%s", d ? d : "");
        rc = 1;
    } else if (step == SQLITE_DONE) {
        rc = 0;
    } else {
        rc = db_error(st, err, "cannot read store");
    }
    sqlite3_finalize(s);
    return rc;
}

int kg_store_set_document_key(kg_store *st, const char *key, const char *document, kg_error *err)
{
    return run_text(st,
                    "INSERT INTO document_keys(key, document) VALUES(?1, ?2)"
                    " ON CONFLICT(key) DO UPDATE SET document = excluded.document",
                    key, document, err);
}

/* Reads the integers the one-text-parameter query sql returns into a new array (*out, *n;
 * the caller frees *out). */
static int collect_ids(kg_store *st, const char *sql, const char *param, long long **out,
                       size_t *n, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    int rc = prepare(st, &s, sql, err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, param, -1, SQLITE_TRANSIENT);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        KG_GROW(*out, cap, *n + 1);
        (*out)[(*n)++] = sqlite3_column_int64(s, 0);
    }
    if (step != SQLITE_DONE)
        rc = db_error(st, err, "cannot read store");
    sqlite3_finalize(s);
    return rc;
}

/* Sets each edge's weight from its evidence, a near-duplicate cluster counting once (the
 * most evidence rows one of its documents gives), and removes edges left at 0. */
static int recount_edges(kg_store *st, const long long *edges, size_t n, kg_error *err)
{
    sqlite3_stmt *count = NULL, *set = NULL, *drop = NULL;
    int rc = prepare(st, &count,
                     "SELECT coalesce(sum(most), 0) FROM (SELECT max(n) AS most FROM"
                     " (SELECT coalesce(d.cluster, d.id) AS c, count(*) AS n FROM evidence ev"
                     " JOIN documents d ON d.id = ev.document WHERE ev.edge = ?1"
                     " GROUP BY ev.document) GROUP BY c)",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &set, "UPDATE edges SET weight = ?2 WHERE id = ?1", err);
    if (rc == KG_OK)
        rc = prepare(st, &drop, "DELETE FROM edges WHERE id = ?1", err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        sqlite3_reset(count);
        sqlite3_bind_int64(count, 1, edges[i]);
        if (sqlite3_step(count) != SQLITE_ROW) {
            rc = db_error(st, err, "cannot read store");
            break;
        }
        long long w = sqlite3_column_int64(count, 0);
        sqlite3_stmt *s = w > 0 ? set : drop;
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, edges[i]);
        if (w > 0)
            sqlite3_bind_int64(s, 2, w);
        if (sqlite3_step(s) != SQLITE_DONE)
            rc = db_error(st, err, "cannot update store");
    }
    sqlite3_finalize(count);
    sqlite3_finalize(set);
    sqlite3_finalize(drop);
    return rc;
}

/* Removes each entity of ids that has no mention left (its aliases, edges and scores go
 * with it by the foreign keys). */
static int drop_unmentioned(kg_store *st, const long long *ids, size_t n, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, &s,
                     "DELETE FROM entities WHERE id = ?1"
                     " AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity = ?1)",
                     err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, ids[i]);
        if (sqlite3_step(s) != SQLITE_DONE)
            rc = db_error(st, err, "cannot update store");
    }
    sqlite3_finalize(s);
    return rc;
}

/* The aliases document introduced: each is kept (and credited to another document) when a
 * remaining mention of its entity is written exactly so, or when it is the entity's name;
 * else removed. Runs after the document's mentions are gone. */
static int drop_aliases_of(kg_store *st, const char *document, kg_error *err)
{
    sqlite3_stmt *list = NULL, *support = NULL, *any = NULL, *credit = NULL, *drop = NULL;
    int rc = prepare(st, &list,
                     "SELECT a.entity, a.alias, a.alias = e.name FROM aliases a"
                     " JOIN entities e ON e.id = a.entity WHERE a.document = ?1",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &support,
                     "SELECT m.document FROM mentions m JOIN documents d ON d.id = m.document"
                     " WHERE m.entity = ?1 AND m.end - m.start = length(CAST(?2 AS BLOB))"
                     " AND substr(CAST(d.text AS BLOB), m.start + 1, m.end - m.start)"
                     " = CAST(?2 AS BLOB) ORDER BY m.document LIMIT 1",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &any,
                     "SELECT document FROM mentions WHERE entity = ?1 ORDER BY document LIMIT 1",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &credit,
                     "UPDATE aliases SET document = ?3 WHERE entity = ?1 AND alias = ?2", err);
    if (rc == KG_OK)
        rc = prepare(st, &drop, "DELETE FROM aliases WHERE entity = ?1 AND alias = ?2", err);
    if (rc != KG_OK)
        goto done;
    sqlite3_bind_text(list, 1, document, -1, SQLITE_TRANSIENT);
    /* collected first: the loop changes the rows the query reads */
    typedef struct {
        long long entity;
        char *alias;
        int is_name;
    } row;
    row *rows = NULL;
    size_t n = 0, cap = 0;
    while (sqlite3_step(list) == SQLITE_ROW) {
        KG_GROW(rows, cap, n + 1);
        rows[n].entity = sqlite3_column_int64(list, 0);
        rows[n].alias = kg_xstrdup((const char *)sqlite3_column_text(list, 1));
        rows[n].is_name = sqlite3_column_int(list, 2);
        n++;
    }
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        sqlite3_stmt *q = rows[i].is_name ? any : support;
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, rows[i].entity);
        if (!rows[i].is_name)
            sqlite3_bind_text(q, 2, rows[i].alias, -1, SQLITE_TRANSIENT);
        sqlite3_stmt *w = drop;
        char *by = NULL;
        if (sqlite3_step(q) == SQLITE_ROW) {
            by = kg_xstrdup((const char *)sqlite3_column_text(q, 0));
            w = credit;
        }
        sqlite3_reset(w);
        sqlite3_bind_int64(w, 1, rows[i].entity);
        sqlite3_bind_text(w, 2, rows[i].alias, -1, SQLITE_TRANSIENT);
        if (by)
            sqlite3_bind_text(w, 3, by, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(w) != SQLITE_DONE)
            rc = db_error(st, err, "cannot update store");
        free(by);
    }
    for (size_t i = 0; i < n; i++)
        free(rows[i].alias);
    free(rows);
done:
    sqlite3_finalize(list);
    sqlite3_finalize(support);
    sqlite3_finalize(any);
    sqlite3_finalize(credit);
    sqlite3_finalize(drop);
    return rc;
}

int kg_store_remove_document(kg_store *st, const char *document, kg_error *err)
{
    long long *edges = NULL, *entities = NULL;
    size_t n_edges = 0, n_entities = 0;
    int rc = kg_store_has_document(st, document, err);
    if (rc == 0)
        return kg_error_set(err, KG_ENOTFOUND, "no document '%s' in the store", document);
    if (rc < 0)
        return rc;
    rc = collect_ids(st, "SELECT DISTINCT edge FROM evidence WHERE document = ?1", document,
                     &edges, &n_edges, err);
    if (rc == KG_OK)
        rc = collect_ids(st, "SELECT DISTINCT entity FROM mentions WHERE document = ?1", document,
                         &entities, &n_entities, err);
    /* the document's keys, mentions and evidence go by the foreign keys */
    if (rc == KG_OK)
        rc = run_text(st, "DELETE FROM documents WHERE id = ?1", document, NULL, err);
    if (rc == KG_OK)
        rc = recount_edges(st, edges, n_edges, err);
    if (rc == KG_OK)
        rc = drop_unmentioned(st, entities, n_entities, err);
    if (rc == KG_OK)
        rc = drop_aliases_of(st, document, err);
    /* persons, mention counts and fingerprints held in memory may name what is gone */
    kg_store_forget_indexes(st);
    free(edges);
    free(entities);
    return rc;
}

int kg_store_drop_key(kg_store *st, const char *key, int *removed, kg_error *err)
{
    char doc[65];
    *removed = 0;
    int rc = kg_store_document_of_key(st, key, doc, err);
    if (rc == 0)
        return kg_error_set(err, KG_ENOTFOUND, "no document '%s' in the store", key);
    if (rc < 0)
        return rc;
    rc = run_text(st, "DELETE FROM document_keys WHERE key = ?1", key, NULL, err);
    if (rc != KG_OK)
        return rc;
    long long *left = NULL;
    size_t n_left = 0;
    rc = collect_ids(st, "SELECT count(*) FROM document_keys WHERE document = ?1", doc, &left,
                     &n_left, err);
    if (rc == KG_OK && n_left == 1 && left[0] == 0) {
        rc = kg_store_remove_document(st, doc, err);
        *removed = rc == KG_OK;
    }
    free(left);
    return rc;
}

/* PRAGMA data_version: changes when another connection commits. */
static long long data_version(kg_store *st)
{
    sqlite3_stmt *s = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(st->db, "PRAGMA data_version", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

/* Makes st->near hold the fingerprint of every stored document that has one. */
static int load_near(kg_store *st, kg_error *err)
{
    long long version = data_version(st);
    if (st->near && version == st->near_version)
        return KG_OK;
    kg_near_index_free(st->near);
    st->near = kg_xcalloc(1, sizeof *st->near);
    st->near_version = version;
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, &s,
                     "SELECT simhash, coalesce(cluster, id) FROM documents"
                     " WHERE simhash IS NOT NULL ORDER BY rowid",
                     err);
    if (rc != KG_OK)
        return rc;
    int step;
    kg_near_index *ix = st->near;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        KG_GROW(ix->docs, ix->cap, ix->n + 1);
        ix->docs[ix->n].hash = (uint64_t)sqlite3_column_int64(s, 0);
        snprintf(ix->docs[ix->n].cluster, 65, "%s", (const char *)sqlite3_column_text(s, 1));
        ix->n++;
    }
    if (step != SQLITE_DONE)
        rc = db_error(st, err, "cannot read store");
    sqlite3_finalize(s);
    return rc;
}

int kg_store_cluster_document(kg_store *st, const char *document, const char *text, size_t len,
                              kg_error *err)
{
    uint64_t hash;
    if (!kg_simhash(text, len, &hash))
        return KG_OK;
    int rc = load_near(st, err);
    if (rc != KG_OK)
        return rc;
    kg_near_index *ix = st->near;
    size_t best = ix->n;
    int best_d = KG_SIMHASH_NEAR + 1;
    for (size_t i = 0; i < ix->n; i++) {
        int d = kg_simhash_distance(hash, ix->docs[i].hash);
        if (d < best_d) {
            best_d = d;
            best = i;
        }
    }
    const char *cluster = best < ix->n ? ix->docs[best].cluster : NULL;
    sqlite3_stmt *s = NULL;
    rc = prepare(st, &s, "UPDATE documents SET simhash = ?2, cluster = ?3 WHERE id = ?1", err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, document, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)hash);
    if (cluster)
        sqlite3_bind_text(s, 3, cluster, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE)
        rc = db_error(st, err, "cannot update store");
    sqlite3_finalize(s);
    if (rc != KG_OK)
        return rc;
    KG_GROW(ix->docs, ix->cap, ix->n + 1);
    ix->docs[ix->n].hash = hash;
    snprintf(ix->docs[ix->n].cluster, 65, "%s", cluster ? cluster : document);
    ix->n++;
    if (!cluster)
        return KG_OK;
    /* a near-duplicate: its evidence must not add to the cluster's weights */
    long long *edges = NULL;
    size_t n_edges = 0;
    rc = collect_ids(st, "SELECT DISTINCT edge FROM evidence WHERE document = ?1", document,
                     &edges, &n_edges, err);
    if (rc == KG_OK)
        rc = recount_edges(st, edges, n_edges, err);
    free(edges);
    return rc;
}
