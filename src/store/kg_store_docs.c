/* kg_store_docs: documents as replaceable things: stable keys (path, URL, JSON id, feed
 * guid) beside the content hash, removal of a document with everything only it supported,
 * and near-duplicate clusters that count once as evidence. See kg_store.h. */
#include "../kg_mem.h"
#include "../text/kg_minhash.h"
#include "kg_near.h"
#include "kg_store_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int kg_store_has_new_schema(kg_store *st)
{
    return !st->old_schema;
}

/* The number of the document whose content id is the statement's first parameter. */
#define NUM_OF_ID "(SELECT num FROM documents WHERE id = ?1)"

/* Prepares sql into *s. Returns KG_OK or KG_ESTORE. */
static int prepare(kg_store *st, sqlite3_stmt **s, const char *sql, kg_error *err)
{
    if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK)
        return kg_store_db_error(st, err, "cannot read store");
    return KG_OK;
}

/* The statement for sql from the store's cache (kg_store_statement), reset, for the statements
 * a build runs once per document or per entity: preparing them on every call was over a third
 * of a build's time. The caller resets it when done and never finalizes it. */
static int prepare_cached(kg_store *st, sqlite3_stmt **s, const char *sql, kg_error *err)
{
    *s = kg_store_statement(st, sql);
    if (!*s)
        return kg_store_db_error(st, err, "cannot read store");
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
        rc = kg_store_db_error(st, err, "cannot update store");
    sqlite3_finalize(s);
    return rc;
}

int kg_store_document_of_key(kg_store *st, const char *key, char out[65], kg_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc =
        prepare_cached(st, &s,
                       "SELECT d.id FROM document_keys k JOIN documents d ON d.num = k.document"
                       " WHERE k.key = ?1",
                       err);
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
        rc = kg_store_db_error(st, err, "cannot read store");
    }
    sqlite3_reset(s);
    return rc;
}

int kg_store_is_input(kg_store *st, const char *path, kg_error *err)
{
    if (!kg_store_has_new_schema(st))
        return 0;
    sqlite3_stmt *s = NULL;
    /* '#' + 1 is '$': the range is every key that starts with "<path>#" */
    int rc = prepare(st, &s,
                     "SELECT 1 FROM document_keys WHERE key = ?1"
                     " OR (key >= ?1 || '#' AND key < ?1 || '$') LIMIT 1",
                     err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, path, -1, SQLITE_TRANSIENT);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW)
        rc = 1;
    else if (step == SQLITE_DONE)
        rc = 0;
    else
        rc = kg_store_db_error(st, err, "cannot read store");
    sqlite3_finalize(s);
    return rc;
}

int kg_store_set_document_key(kg_store *st, const char *key, const char *document, kg_error *err)
{
    kg_store_naming_before_key(st, key, document);
    sqlite3_stmt *s = NULL;
    int rc = prepare_cached(st, &s,
                            "INSERT INTO document_keys(key, document)"
                            " VALUES(?1, (SELECT num FROM documents WHERE id = ?2))"
                            " ON CONFLICT(key) DO UPDATE SET document = excluded.document",
                            err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, document, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE)
        rc = kg_store_db_error(st, err, "cannot update store");
    sqlite3_reset(s);
    return rc;
}

/* Reads the integers the one-text-parameter query sql returns into a new array (*out, *n;
 * the caller frees *out). */
static int collect_ids(kg_store *st, const char *sql, const char *param, long long **out, size_t *n,
                       kg_error *err)
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
        rc = kg_store_db_error(st, err, "cannot read store");
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
                     " JOIN documents d ON d.num = ev.document WHERE ev.edge = ?1"
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
            rc = kg_store_db_error(st, err, "cannot read store");
            break;
        }
        long long w = sqlite3_column_int64(count, 0);
        sqlite3_stmt *s = w > 0 ? set : drop;
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, edges[i]);
        if (w > 0)
            sqlite3_bind_int64(s, 2, w);
        if (sqlite3_step(s) != SQLITE_DONE)
            rc = kg_store_db_error(st, err, "cannot update store");
    }
    sqlite3_finalize(count);
    sqlite3_finalize(set);
    sqlite3_finalize(drop);
    return rc;
}

/* Takes n[i] evidence rows off each edge edges[i] of a document in no near-duplicate cluster
 * (its rows were all its cluster's: a decrement is the recount, without reading every row
 * of a popular edge) and removes edges left at 0. */
static int subtract_edges(kg_store *st, const long long *edges, const long long *n, size_t count,
                          kg_error *err)
{
    sqlite3_stmt *sub = NULL, *drop = NULL;
    int rc = prepare(st, &sub, "UPDATE edges SET weight = weight - ?2 WHERE id = ?1", err);
    if (rc == KG_OK)
        rc = prepare(st, &drop, "DELETE FROM edges WHERE id = ?1 AND weight <= 0", err);
    for (size_t i = 0; i < count && rc == KG_OK; i++) {
        sqlite3_reset(sub);
        sqlite3_bind_int64(sub, 1, edges[i]);
        sqlite3_bind_int64(sub, 2, n[i]);
        sqlite3_reset(drop);
        sqlite3_bind_int64(drop, 1, edges[i]);
        if (sqlite3_step(sub) != SQLITE_DONE || sqlite3_step(drop) != SQLITE_DONE)
            rc = kg_store_db_error(st, err, "cannot update store");
    }
    sqlite3_finalize(sub);
    sqlite3_finalize(drop);
    return rc;
}

/* Removes each entity of ids that nothing supports any more: no mention, no edge and no
 * alias another document gave it (its aliases and scores go with it by the foreign keys). */
static int drop_unmentioned(kg_store *st, const long long *ids, size_t n, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, &s,
                     "DELETE FROM entities WHERE id = ?1"
                     " AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity = ?1)"
                     " AND NOT EXISTS (SELECT 1 FROM edges WHERE source = ?1 OR target = ?1)"
                     " AND NOT EXISTS (SELECT 1 FROM alias_documents WHERE entity = ?1)",
                     err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, ids[i]);
        if (sqlite3_step(s) != SQLITE_DONE)
            rc = kg_store_db_error(st, err, "cannot update store");
    }
    sqlite3_finalize(s);
    return rc;
}

/* Which document names an entity when several give it a name: the one whose least key sorts
 * first (keyless ones last, then in the order they were built). A clean build reads files in
 * name order, so this is the first one it reads; and the name does not depend on the order in
 * which documents were built, replaced or removed (kg_store_prefer_name keeps it so). */
#define DOC_ORDER(d)                                                                               \
    "(SELECT min(k.key) FROM document_keys k WHERE k.document = " d ".num) IS NULL,"               \
    " (SELECT min(k.key) FROM document_keys k WHERE k.document = " d ".num), " d ".num"

/* An entity named by a removed document is renamed as a build without that document would
 * have named it: by the name the first remaining document (DOC_ORDER) gives it. */
static int rename_entity(kg_store *st, long long entity, kg_error *err)
{
    sqlite3_stmt *q = NULL, *set = NULL;
    int rc = prepare(st, &q,
                     "SELECT a.alias, coalesce(a.entity_key,"
                     " (SELECT key FROM aliases WHERE entity = ?1 AND alias = a.alias))"
                     " FROM alias_documents a JOIN documents d ON d.num = a.document"
                     " WHERE a.entity = ?1 AND a.reason IN " NAME_REASONS
                     " ORDER BY " DOC_ORDER("d") " LIMIT 1",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &set, "UPDATE entities SET name = ?2, key = ?3 WHERE id = ?1", err);
    if (rc == KG_OK) {
        sqlite3_bind_int64(q, 1, entity);
        if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_type(q, 1) != SQLITE_NULL) {
            sqlite3_bind_int64(set, 1, entity);
            sqlite3_bind_value(set, 2, sqlite3_column_value(q, 0));
            sqlite3_bind_value(set, 3, sqlite3_column_value(q, 1));
            if (sqlite3_step(set) != SQLITE_DONE)
                rc = kg_store_db_error(st, err, "cannot update store");
        }
    }
    sqlite3_finalize(q);
    sqlite3_finalize(set);
    return rc;
}

/* An alias a document gave an entity (a row of alias_documents). */
typedef struct alias_ref {
    long long entity;
    char *alias;
} alias_ref;

/* Reads the aliases document gave (before it is removed) into a new array (*out, *n; the
 * caller frees it with free_refs). */
static int aliases_given_by(kg_store *st, const char *document, alias_ref **out, size_t *n,
                            kg_error *err)
{
    sqlite3_stmt *s = NULL;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    int rc = prepare(st, &s,
                     "SELECT entity, alias FROM alias_documents"
                     " WHERE document = (SELECT num FROM documents WHERE id = ?1)",
                     err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, document, -1, SQLITE_TRANSIENT);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        KG_GROW(*out, cap, *n + 1);
        (*out)[*n].entity = sqlite3_column_int64(s, 0);
        (*out)[(*n)++].alias = kg_xstrdup((const char *)sqlite3_column_text(s, 1));
    }
    if (step != SQLITE_DONE)
        rc = kg_store_db_error(st, err, "cannot read store");
    sqlite3_finalize(s);
    return rc;
}

static void free_refs(alias_ref *refs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(refs[i].alias);
    free(refs);
}

/* The aliases the removed document gave (refs): an entity it named is renamed
 * (rename_entity); an alias credited to it that another document also gave is credited to
 * the earliest of them, with its reason; one no other document gave is removed. */
static int drop_aliases_of(kg_store *st, const char *document, const alias_ref *refs, size_t n,
                           kg_error *err)
{
    sqlite3_stmt *look = NULL, *credit = NULL, *drop = NULL;
    int rc = prepare(st, &look,
                     "SELECT a.alias = e.name FROM aliases a JOIN entities e ON e.id = a.entity"
                     " WHERE a.entity = ?1 AND a.alias = ?2 AND a.document = ?3",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &credit,
                     "UPDATE aliases SET (document, reason) = (SELECT d.id, ad.reason"
                     " FROM alias_documents ad JOIN documents d ON d.num = ad.document"
                     " WHERE ad.entity = ?1 AND ad.alias = ?2 ORDER BY " DOC_ORDER(
                         "d") " LIMIT 1)"
                              " WHERE entity = ?1 AND alias = ?2",
                     err);
    if (rc == KG_OK)
        rc = prepare(st, &drop,
                     "DELETE FROM aliases WHERE entity = ?1 AND alias = ?2 AND NOT EXISTS"
                     " (SELECT 1 FROM alias_documents WHERE entity = ?1 AND alias = ?2)",
                     err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        sqlite3_reset(look);
        sqlite3_bind_int64(look, 1, refs[i].entity);
        sqlite3_bind_text(look, 2, refs[i].alias, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(look, 3, document, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(look) != SQLITE_ROW)
            continue; /* credited to another document, or its entity is gone */
        if (sqlite3_column_int(look, 0))
            rc = rename_entity(st, refs[i].entity, err);
        sqlite3_stmt *steps[] = {drop, credit};
        for (size_t k = 0; k < 2 && rc == KG_OK; k++) {
            sqlite3_reset(steps[k]);
            sqlite3_bind_int64(steps[k], 1, refs[i].entity);
            sqlite3_bind_text(steps[k], 2, refs[i].alias, -1, SQLITE_TRANSIENT);
            if (sqlite3_step(steps[k]) != SQLITE_DONE)
                rc = kg_store_db_error(st, err, "cannot update store");
        }
    }
    sqlite3_finalize(look);
    sqlite3_finalize(credit);
    sqlite3_finalize(drop);
    return rc;
}

int kg_store_remove_document(kg_store *st, const char *document, kg_error *err)
{
    long long *edges = NULL, *entities = NULL;
    size_t n_edges = 0, n_entities = 0, n_refs = 0;
    alias_ref *refs = NULL;
    int rc = kg_store_has_document(st, document, err);
    if (rc == 0)
        return kg_error_set(err, KG_ENOTFOUND, "no document '%s' in the store", document);
    if (rc < 0)
        return rc;
    /* in a near-duplicate cluster with others, its edges are recounted; else its evidence
     * rows per edge are subtracted */
    long long *clustered = NULL, *per_edge = NULL;
    size_t n_clustered = 0, n_per_edge = 0;
    rc = collect_ids(st,
                     "SELECT count(*) FROM documents WHERE cluster = ?1 OR id = ?1 OR id ="
                     " (SELECT cluster FROM documents WHERE id = ?1) OR cluster ="
                     " (SELECT cluster FROM documents WHERE id = ?1)",
                     document, &clustered, &n_clustered, err);
    int alone = rc == KG_OK && n_clustered == 1 && clustered[0] <= 1;
    free(clustered);
    if (rc == KG_OK)
        rc = collect_ids(st,
                         "SELECT edge FROM evidence WHERE document = " NUM_OF_ID " GROUP BY edge",
                         document, &edges, &n_edges, err);
    if (rc == KG_OK)
        rc = collect_ids(
            st, "SELECT count(*) FROM evidence WHERE document = " NUM_OF_ID " GROUP BY edge",
            document, &per_edge, &n_per_edge, err);
    if (rc == KG_OK && n_per_edge != n_edges)
        rc = kg_error_set(err, KG_ESTORE, "store '%s' changed during a removal", st->path);
    if (rc == KG_OK)
        rc = collect_ids(st,
                         "SELECT entity FROM mentions WHERE document = " NUM_OF_ID
                         " UNION SELECT entity FROM alias_documents WHERE document = " NUM_OF_ID
                         " UNION SELECT ed.source FROM edges ed JOIN evidence ev ON ev.edge = ed.id"
                         "  WHERE ev.document = " NUM_OF_ID
                         " UNION SELECT ed.target FROM edges ed JOIN evidence ev ON ev.edge = ed.id"
                         "  WHERE ev.document = " NUM_OF_ID,
                         document, &entities, &n_entities, err);
    if (rc == KG_OK)
        rc = aliases_given_by(st, document, &refs, &n_refs, err);
    /* the document's keys, mentions, evidence and alias_documents go by the foreign keys */
    if (rc == KG_OK)
        rc = run_text(st, "DELETE FROM documents WHERE id = ?1", document, NULL, err);
    if (rc == KG_OK)
        rc = alone ? subtract_edges(st, edges, per_edge, n_edges, err)
                   : recount_edges(st, edges, n_edges, err);
    free(per_edge);
    if (rc == KG_OK)
        rc = drop_unmentioned(st, entities, n_entities, err);
    if (rc == KG_OK)
        rc = drop_aliases_of(st, document, refs, n_refs, err);
    /* persons, mention counts and signatures held in memory may name what is gone */
    kg_store_forget_caches(st);
    free(edges);
    free(entities);
    free_refs(refs, n_refs);
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
    /* the document's least key may rise: what it named may now sort later */
    kg_store_forget_naming(st);
    long long *left = NULL;
    size_t n_left = 0;
    rc = collect_ids(st, "SELECT count(*) FROM document_keys WHERE document = " NUM_OF_ID, doc,
                     &left, &n_left, err);
    if (rc == KG_OK && n_left == 1 && left[0] == 0) {
        rc = kg_store_remove_document(st, doc, err);
        *removed = rc == KG_OK;
    }
    free(left);
    return rc;
}

/* Makes st->near hold the signature of every stored document that has one. */
static int load_near(kg_store *st, kg_error *err)
{
    long long version = kg_store_data_version(st);
    if (st->near && version == st->near_version)
        return KG_OK;
    kg_near_index_free(st->near);
    st->near = kg_near_new();
    st->near_version = version;
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, &s,
                     "SELECT minhash, coalesce(cluster, id) FROM documents"
                     " WHERE minhash IS NOT NULL ORDER BY rowid",
                     err);
    if (rc != KG_OK)
        return rc;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        if (sqlite3_column_bytes(s, 0) != (int)(KG_MINHASH_N * sizeof(uint32_t)))
            continue;
        uint32_t sig[KG_MINHASH_N];
        memcpy(sig, sqlite3_column_blob(s, 0), sizeof sig);
        kg_near_add(st->near, sig, (const char *)sqlite3_column_text(s, 1));
    }
    if (step != SQLITE_DONE)
        rc = kg_store_db_error(st, err, "cannot read store");
    sqlite3_finalize(s);
    return rc;
}

int kg_store_cluster_document(kg_store *st, const char *document, const char *text, size_t len,
                              kg_error *err)
{
    uint32_t sig[KG_MINHASH_N];
    if (!kg_minhash(text, len, sig))
        return KG_OK;
    int rc = load_near(st, err);
    if (rc != KG_OK)
        return rc;
    /* a copy: kg_near_add below may move the index's labels */
    const char *nearest = kg_near_best(st->near, sig);
    char cluster_buf[65];
    const char *cluster = NULL;
    if (nearest) {
        snprintf(cluster_buf, sizeof cluster_buf, "%s", nearest);
        cluster = cluster_buf;
    }
    sqlite3_stmt *s = NULL;
    rc = prepare_cached(st, &s, "UPDATE documents SET minhash = ?2, cluster = ?3 WHERE id = ?1",
                        err);
    if (rc != KG_OK)
        return rc;
    sqlite3_bind_text(s, 1, document, -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob(s, 2, sig, (int)sizeof sig, SQLITE_TRANSIENT);
    if (cluster)
        sqlite3_bind_text(s, 3, cluster, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE)
        rc = kg_store_db_error(st, err, "cannot update store");
    sqlite3_reset(s);
    if (rc != KG_OK)
        return rc;
    kg_near_add(st->near, sig, cluster ? cluster : document);
    if (!cluster)
        return KG_OK;
    /* a near-duplicate: its evidence must not add to the cluster's weights */
    long long *edges = NULL;
    size_t n_edges = 0;
    rc = collect_ids(st, "SELECT DISTINCT edge FROM evidence WHERE document = " NUM_OF_ID, document,
                     &edges, &n_edges, err);
    if (rc == KG_OK)
        rc = recount_edges(st, edges, n_edges, err);
    free(edges);
    return rc;
}
