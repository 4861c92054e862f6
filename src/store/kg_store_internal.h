/* kg_store_internal: the store handle's fields, shared by the files that implement the store
 * (kg_store.c: opening, entities, evidence; kg_store_schema.c: the tables and their
 * upgrades; kg_store_docs.c: document identity, removal and near-duplicates). Private to
 * src/store/. */
#ifndef KG_STORE_INTERNAL_H
#define KG_STORE_INTERNAL_H

#include "kg_mention_counts.h"
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
    int schema; /* the schema version the store has (after any upgrade) */
};

/* Creates kg's tables in st (a store of schema version `version`, 0 when new), upgrading an
 * older schema (1 or 2) in one transaction with the version bump, so that a kill leaves the
 * old or the new schema. Sets st->schema. KG_OK, or KG_ESTORE with err set. */
int kg_store_create_schema(kg_store *st, long long version, kg_error *err);

#endif
