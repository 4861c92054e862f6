/* kg_store: the SQLite store: documents, entities, aliases, mentions, edges with evidence,
 * and cached analytics. WAL mode, foreign keys on, every statement prepared once and bound.
 * Opaque handle: kg_store_open creates it, kg_store_close frees it. */
#ifndef KG_STORE_H
#define KG_STORE_H

#include "../ingest/kg_document.h"
#include "../kg_error.h"

#include <sqlite3.h>

/* 3 (issue 11): the name index for fuzzy search, entities_key and scores_pagerank
 * (kg_name_index.h). 4 (issue 11): mentions, evidence, document keys and alias documents
 * name their document by its number (documents.num, given in the order documents are
 * stored) instead of its 64-character content id, so that a build appends to their indexes
 * instead of writing at random places in them; mentions are indexed by (entity, document). */
#define KG_SCHEMA_VERSION 4

typedef struct kg_store kg_store;

/* How kg_store_open opens a store: one mode, optionally or'ed with KG_STORE_FORCE. */
enum {
    KG_STORE_OPEN = 0,   /* read and write an existing store (an empty database gets the schema) */
    KG_STORE_CREATE = 1, /* the same, creating the file when it is missing */
    KG_STORE_READ = 2,   /* for reading: never changes the schema or the journal mode; opened
                            read-only when the file cannot be written (kg_store_is_read_only) */
    KG_STORE_FORCE = 4,  /* flag: accept an SQLite database without kg's meta table and add
                            kg's tables to it */
};

/* Opens the store at path into *out in the given mode. Refused, with the file left as it
 * was: a path that is not a regular file, a file that is not an SQLite database, a database
 * of another program (tables but no kg meta table; unless KG_STORE_FORCE), a store with a
 * newer schema_version (KG_ESTORE). A missing file, or for KG_STORE_READ an empty database,
 * is KG_ENOTFOUND unless the mode creates it. */
int kg_store_open(kg_store **out, const char *path, int mode, kg_error *err);
/* Finalizes every statement and closes the database. Accepts NULL. */
void kg_store_close(kg_store *st);

/* The store's schema version: KG_SCHEMA_VERSION, or an older one when the store was opened
 * for reading (KG_STORE_READ never upgrades; a write does). Version 3 has the name index. */
int kg_store_schema_version(kg_store *st);

/* 1 when the store was opened read-only (the file cannot be written), else 0. */
int kg_store_is_read_only(kg_store *st);

/* The store's path as given to kg_store_open. Owned by the store. */
const char *kg_store_path(kg_store *st);

/* The SQLite handle, for the query modules' read-only statements. Owned by the store. */
sqlite3 *kg_store_sqlite(kg_store *st);

/* A statement of sql, prepared on first use and kept until kg_store_close finalizes it,
 * returned reset with its bindings cleared: a query that looks up thousands of rows, or a
 * build that updates a row per entity (kg_store_docs.c), parses its SQL once. The query
 * modules use it for read-only statements. NULL when sql does not prepare (or more than
 * KG_STORE_MAX_QUERY_STMT kinds are asked for: then the caller prepares its own). Owned by
 * the store; the caller must not finalize it. */
sqlite3_stmt *kg_store_statement(kg_store *st, const char *sql);

/* Runs the statements that follow, until kg_store_end_read, in one read transaction: one
 * snapshot of the store and one shared lock, not one per statement (thousands for a query on
 * a hub). Does nothing inside another transaction. The reads must not write. */
int kg_store_begin_read(kg_store *st, kg_error *err);
/* Ends kg_store_begin_read's transaction. Accepts a store without one. */
void kg_store_end_read(kg_store *st);

/* How long a store opened for writing waits for another writer's lock before giving up with
 * "database is locked" (a reader waits KG_STORE_READ_WAIT_MS, and skips caching after it). */
#define KG_STORE_WRITE_WAIT_MS (10 * 60 * 1000)
#define KG_STORE_READ_WAIT_MS 1000

/* Called once per wait, after a second of waiting for another process's lock, with the
 * store's path, so that a command can say why it does not move. */
typedef void (*kg_store_wait_fn)(const char *path, void *ctx);
void kg_store_on_wait(kg_store *st, kg_store_wait_fn fn, void *ctx);

/* Starts a write transaction (BEGIN IMMEDIATE), waiting for another writer to finish. */
int kg_store_begin(kg_store *st, kg_error *err);
int kg_store_commit(kg_store *st, kg_error *err);
/* Rolls back an open transaction; never fails loudly. */
void kg_store_rollback(kg_store *st);

/* Forgets what the store keeps in memory about entities (persons by surname, mentions per
 * entity): call it after changing or deleting entities other than through kg_store_add_*
 * (corrections do), so that no lookup returns an entity that is gone. */
void kg_store_forget_caches(kg_store *st);

/* Returns 1 when a document with this id is stored, 0 when not, <0 on error. */
int kg_store_has_document(kg_store *st, const char *id, kg_error *err);
int kg_store_add_document(kg_store *st, const kg_document *doc, kg_error *err);

/* Optional entity attributes (NULL / has_geo 0 when unknown). */
typedef struct kg_entity_attrs {
    const char *date;
    const char *place;
    const char *country;
    const char *region;
    int has_geo;
    double lat;
    double lon;
} kg_entity_attrs;

/* Finds an entity of type whose name key or an alias key equals key. Returns its id (>0),
 * 0 when none, or <0 on error. When several match, the one with most mentions wins. */
long long kg_store_find_entity(kg_store *st, const char *type, const char *key, kg_error *err);

/* Person lookup by surname key: returns the id of the only stored person whose name key
 * ends with " <surname_key>", 0 when none or several, <0 on error. */
long long kg_store_find_person_by_surname(kg_store *st, const char *surname_key, kg_error *err);

/* Adds an entity and returns its id (>0) or <0 on error. attrs may be NULL. */
long long kg_store_add_entity(kg_store *st, const char *name, const char *type, const char *key,
                              const kg_entity_attrs *attrs, kg_error *err);

/* Fills in attributes the entity does not have yet (never overwrites). */
int kg_store_merge_attrs(kg_store *st, long long entity, const kg_entity_attrs *attrs,
                         kg_error *err);

/* Records that alias (normalised key) names entity, with the reason it was merged and the
 * document it came from. Idempotent. */
int kg_store_add_alias(kg_store *st, long long entity, const char *alias, const char *key,
                       const char *reason, const char *document, kg_error *err);

int kg_store_add_mention(kg_store *st, const char *document, long long entity, long start, long end,
                         long sentence_start, long sentence_end, kg_error *err);

/* Adds evidence for the edge (source, type, target), creating the edge when needed; the
 * edge's weight is its number of distinct evidence sentences. Idempotent per sentence. */
int kg_store_add_evidence(kg_store *st, long long source, long long target, const char *type,
                          const char *document, long start, long end, const char *sentence,
                          kg_error *err);

/* The graph version: incremented by kg_store_touch_graph whenever a build changed nodes or
 * edges; analytics cached for an older version are stale. */
long long kg_store_graph_version(kg_store *st, kg_error *err);
int kg_store_touch_graph(kg_store *st, kg_error *err);

/* Meta key/value access. kg_store_get_meta returns a malloc'd string or NULL. */
char *kg_store_get_meta(kg_store *st, const char *key);
int kg_store_set_meta(kg_store *st, const char *key, const char *value, kg_error *err);

/* Documents by identity (kg_store_docs.c). A document's key is its stable identity besides
 * its content hash: the canonical path of the file it came from, a URL, the "id" of a JSON
 * line or the guid/link of a feed item. One key names one stored document; several keys
 * may name one document (exact copies). These functions run inside the caller's
 * transaction (kg_store_begin) except the readers. */

/* 1 when the store has schema KG_SCHEMA_VERSION, 0 when it is an older store opened for
 * reading (whose document keys and clusters do not exist yet: a build upgrades it). */
int kg_store_has_new_schema(kg_store *st);

/* Looks key up: 1 and the content id in out[65] when it names a document, 0 when not, <0 on
 * error. */
int kg_store_document_of_key(kg_store *st, const char *key, char out[65], kg_error *err);

/* Whether the file at canonical path (kg_path_canonical) is an input of the store: the key
 * of a document, or the file of keys "<path>#<n>" (the lines of a JSON-lines file, the items
 * of a feed). 1 when it is, 0 when not (or for an older store without keys), <0 on error. */
int kg_store_is_input(kg_store *st, const char *path, kg_error *err);

/* Makes key name document (which must be stored), replacing what it named before. */
int kg_store_set_document_key(kg_store *st, const char *key, const char *document, kg_error *err);

/* Forgets key; when the document it named has no key left, removes that document with
 * kg_store_remove_document and sets *removed to 1 (else 0). Returns KG_ENOTFOUND when key
 * names no document. */
int kg_store_drop_key(kg_store *st, const char *key, int *removed, kg_error *err);

/* Removes document (a content id) and everything only it supported: its keys, mentions and
 * evidence; the weights of the edges it gave evidence to are recounted and edges left at 0
 * removed; entities left with no mention removed (with their aliases, edges and scores);
 * aliases it introduced that no remaining mention writes are removed. Does not touch the
 * graph version (the caller does, in the same transaction). KG_ENOTFOUND when it is not
 * stored. */
int kg_store_remove_document(kg_store *st, const char *document, kg_error *err);

/* Renames entity to name (normalised key) when the document with key doc_key, which gives
 * it that name, sorts before every document that gives it its current name (by least key;
 * see kg_store_docs.c): an entity's name is then the one the first document in name order
 * gives, however documents were added, replaced or removed. Does nothing when doc_key is
 * NULL. */
int kg_store_prefer_name(kg_store *st, long long entity, const char *name, const char *key,
                         const char *doc_key, kg_error *err);

/* kg_store_add_alias of the name document gives entity (reason as resolution gives it), and
 * records the entity key entity_key the entity would have if this document had created it, for
 * renaming it when the document that named it is removed. document and entity_key may not be
 * NULL. */
int kg_store_add_name(kg_store *st, long long entity, const char *name, const char *key,
                      const char *reason, const char *document, const char *entity_key,
                      kg_error *err);

/* Signs document (just added, text given) with MinHash (kg_minhash.h) and, when a stored
 * document is a near-duplicate (the most similar one, at least KG_MINHASH_NEAR of 64), puts it in
 * that document's cluster and recounts the weights of the edges it gives evidence to, so that a
 * cluster counts once: an edge's weight is the sum, over clusters, of the most evidence rows one
 * document of the cluster gives it. Call after the document's evidence was added. */
int kg_store_cluster_document(kg_store *st, const char *document, const char *text, size_t len,
                              kg_error *err);

/* Counts for `kg stats`. */
long long kg_store_count(kg_store *st, const char *table, kg_error *err);

#endif
