/* kg_store_internal: the store handle's fields, shared by the files that implement the store
 * (kg_store.c: opening, entities, evidence; kg_store_schema.c: the tables and their
 * upgrades; kg_store_docs.c: document identity, removal and near-duplicates). Private to
 * src/store/. */
#ifndef KG_STORE_INTERNAL_H
#define KG_STORE_INTERNAL_H

#include "kg_mention_counts.h"
#include "kg_naming_keys.h"
#include "kg_store.h"
#include "kg_surnames.h"

#include <time.h>

#define KG_STORE_MAX_STMT 32
/* most statements kg_store_statement keeps */
#define KG_STORE_MAX_QUERY_STMT 32

#include "kg_near.h"

struct kg_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *stmt[KG_STORE_MAX_STMT]; /* kg_store.c's prepared statements; for
                                              KG_STORE_READ prepared on first use */
    int lazy;                              /* opened with KG_STORE_READ: see stmt */
    /* the query modules' statements (kg_store_statement), with their SQL */
    sqlite3_stmt *query_stmt[KG_STORE_MAX_QUERY_STMT];
    const char *query_sql[KG_STORE_MAX_QUERY_STMT];
    int reading; /* kg_store_begin_read began the open transaction */
    long wait_limit_ms;                    /* how long to wait for a lock */
    struct timespec waiting;               /* when the current wait began */
    int noted;                             /* on_wait called for the current wait */
    kg_store_wait_fn on_wait;              /* may be NULL */
    void *wait_ctx;
    /* persons by surname, built on the first surname lookup; valid while data_version (other
     * connections' commits) is unchanged and until a rollback */
    kg_surnames *surnames;
    long long surnames_version;
    /* mentions per entity, filled as ties are broken; valid on the same terms */
    kg_mention_counts *counts;
    long long counts_version;
    /* MinHash signatures of stored documents for near-duplicate lookups, loaded on first use;
     * valid on the same terms (kg_store_docs.c) */
    kg_near_index *near;
    int old_schema; /* opened for reading with an older schema version: the new tables are
                       missing (kg_store_has_new_schema) */
    long long near_version;
    /* each entity's name and the least key of a document giving it, filled by
     * kg_store_prefer_name; valid on the same terms (kg_store_docs.c) */
    kg_naming_keys *naming;
    long long naming_version;
    /* the names the document being resolved gave with a name reason, (entity, name) pairs
     * (names owned), to lower their naming keys when the document's key is set */
    char *pending_document;  /* owned; NULL: none */
    char *pending_least_key; /* owned; the document's least key, NULL: none yet */
    long long *pending_entities;
    char **pending_names;
    size_t n_pending, cap_pending;
    int schema; /* the schema version the store has (after any upgrade) */
    /* the last document whose number kg_store_document_num looked up: a build writes the
     * rows of one document at a time; emptied with the other caches */
    char doc_num_id[65];
    long long doc_num;
};

/* Creates kg's tables in st (a store of schema version `version`, 0 when new), upgrading an
 * older schema (1 to 3) in one transaction with the version bump, so that a kill leaves the
 * old or the new schema. Sets st->schema. KG_OK, or KG_ESTORE with err set. */
int kg_store_create_schema(kg_store *st, long long version, kg_error *err);
/* An older store (schema 1 to 3) opened for reading: TEMP views named like schema 4's
 * tables that name documents, so that the queries read it as they read schema 4; nothing in
 * the file changes. KG_OK or KG_ESTORE. */
int kg_store_old_schema_views(kg_store *st, long long version);

/* The number (documents.num) of the document whose content id is id; 0 when there is none.
 * Cached for the last document asked. */
long long kg_store_document_num(kg_store *st, const char *id);

/* PRAGMA data_version through the store's prepared statement: changes when another
 * connection commits; -1 when it cannot be read. */
long long kg_store_data_version(kg_store *st);
/* Sets err to KG_ESTORE with what, the store's path and SQLite's last message; returns
 * KG_ESTORE. */
int kg_store_db_error(kg_store *st, kg_error *err, const char *what);

/* The reasons resolution gives an entity's alias when the alias is a document's own name of
 * the entity (kg_resolve.c), as against aliases found beside it: a C list and an SQL one. */
#define KG_NAME_REASON_LIST                                                                        \
    "name in the document", "same name in another document", "shared alias with another document", \
        "surname of the only such person in the store"
#define NAME_REASONS                                                                               \
    "('name in the document', 'same name in another document',"                                    \
    " 'shared alias with another document', 'surname of the only such person in the store')"

/* Notes that document gave entity the name alias with reason (kg_store_add_alias, after a new
 * row of alias_documents), for kg_store_prefer_name's naming keys (kg_store_docs.c). */
void kg_store_note_alias_document(kg_store *st, long long entity, const char *alias,
                                  const char *reason, const char *document);
/* Keeps the naming keys right before key is recorded as a key of document
 * (kg_store_set_document_key). Always KG_OK. */
int kg_store_naming_before_key(kg_store *st, const char *key, const char *document);
/* Frees the naming keys and the pending names (kg_store_forget_caches, kg_store_close). */
void kg_store_forget_naming(kg_store *st);

#endif
