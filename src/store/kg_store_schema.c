/* kg_store_schema: kg's tables, created in a new store or upgraded from an older schema
 * version (see kg_store_internal.h). */
#include "../kg_mem.h"
#include "kg_name_index.h"
#include "kg_store_internal.h"

#include <stdio.h>

/* Schema 2 (issue 13): a document has stable identities besides its content hash (its
 * canonical path, URL, JSON "id" or feed guid: document_keys, several keys for exact
 * copies), a MinHash signature (kg_minhash.h) and the near-duplicate cluster it belongs to (the id
 * of the cluster's first document; NULL: none), every document that gave an entity an alias is
 * recorded (alias_documents, with the entity key the document gives when the alias is its
 * name for the entity; aliases keeps the first), and evidence is indexed by document
 * for removal. */
#define DOCUMENTS_V2_SQL                                                                           \
    "CREATE TABLE IF NOT EXISTS document_keys("                                                    \
    "  key TEXT PRIMARY KEY,"                                                                      \
    "  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE);"                        \
    "CREATE INDEX IF NOT EXISTS document_keys_document ON document_keys(document);"                \
    "CREATE TABLE IF NOT EXISTS alias_documents("                                                  \
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"                         \
    "  alias TEXT NOT NULL,"                                                                       \
    "  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"                         \
    "  reason TEXT NOT NULL, entity_key TEXT,"                                                     \
    "  PRIMARY KEY(entity, alias, document)) WITHOUT ROWID;"                                       \
    "CREATE INDEX IF NOT EXISTS alias_documents_document ON alias_documents(document);"            \
    "CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);"

/* Upgrades a schema 1 store to 2, inside a transaction, before schema_sql runs: the new
 * columns, then (after schema_sql) every document's source as its key. */
static const char *const upgrade_v1_sql = "ALTER TABLE documents ADD COLUMN minhash BLOB;"
                                          "ALTER TABLE documents ADD COLUMN cluster TEXT;";
static const char *const upgrade_v1_keys_sql =
    "INSERT OR IGNORE INTO document_keys(key, document) SELECT source, id FROM documents;"
    "INSERT OR IGNORE INTO alias_documents(entity, alias, document, reason)"
    " SELECT entity, alias, document, reason FROM aliases"
    " WHERE document IN (SELECT id FROM documents);";

static const char *const schema_sql =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS documents("
    "  id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, date TEXT,"
    "  text TEXT NOT NULL, ingested_at TEXT NOT NULL,"
    "  minhash BLOB, cluster TEXT);" /* schema 2: see upgrade_sql */
    DOCUMENTS_V2_SQL "CREATE TABLE IF NOT EXISTS entities("
    "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL,"
    "  date TEXT, place TEXT, country TEXT, region TEXT, lat REAL, lon REAL);"
    "CREATE INDEX IF NOT EXISTS entities_type_key ON entities(type, key);"
    "CREATE TABLE IF NOT EXISTS aliases("
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  alias TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL, document TEXT,"
    "  PRIMARY KEY(entity, alias));"
    "CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);"
    "CREATE TABLE IF NOT EXISTS mentions("
    "  id INTEGER PRIMARY KEY,"
    "  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,"
    "  UNIQUE(document, start, end, entity));"
    "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);"
    "CREATE TABLE IF NOT EXISTS edges("
    "  id INTEGER PRIMARY KEY,"
    "  source INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  target INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  type TEXT NOT NULL, weight INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE(source, target, type));"
    "CREATE INDEX IF NOT EXISTS edges_target ON edges(target);"
    "CREATE TABLE IF NOT EXISTS evidence("
    "  edge INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,"
    "  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL,"
    "  PRIMARY KEY(edge, document, start));"
    "CREATE INDEX IF NOT EXISTS evidence_document ON evidence(document);"
    "CREATE TABLE IF NOT EXISTS scores("
    "  entity INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,"
    "  degree REAL, weighted_degree REAL, pagerank REAL, betweenness REAL,"
    "  eigenvector REAL, closeness REAL, harmonic REAL, community INTEGER);";

/* Upgrades the schema of a store at version from (1 or 2) to KG_SCHEMA_VERSION inside the
 * caller's transaction: schema 2's columns and document keys (from 1), then schema 3's name
 * index filled from the entities (from 1 or 2). */
static int upgrade_schema(kg_store *st, long long from, char **msg)
{
    if (from < 2 && sqlite3_exec(st->db, upgrade_v1_sql, NULL, NULL, msg) != SQLITE_OK)
        return SQLITE_ERROR;
    if (sqlite3_exec(st->db, schema_sql, NULL, NULL, msg) != SQLITE_OK ||
        sqlite3_exec(st->db, kg_name_index_schema_sql, NULL, NULL, msg) != SQLITE_OK)
        return SQLITE_ERROR;
    if (from < 2 && sqlite3_exec(st->db, upgrade_v1_keys_sql, NULL, NULL, msg) != SQLITE_OK)
        return SQLITE_ERROR;
    return kg_name_index_rebuild(st->db);
}

/* Creates kg's tables, upgrading a store of an older schema version (1 or 2) in one
 * transaction with the version bump, so that a kill leaves the old or the new schema. */
int kg_store_create_schema(kg_store *st, long long version, kg_error *err)
{
    char *msg = NULL;
    int rc = KG_OK;
    if (version > 0 && version < KG_SCHEMA_VERSION) {
        if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK)
            goto fail;
        /* another kg may have upgraded it while this one waited for the lock */
        sqlite3_stmt *q = NULL;
        long long now = version;
        if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1,
                               &q, NULL) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            now = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
        char v[16];
        snprintf(v, sizeof v, "%d", KG_SCHEMA_VERSION);
        sqlite3_stmt *set = NULL;
        if (now < KG_SCHEMA_VERSION &&
            (upgrade_schema(st, now, &msg) != SQLITE_OK ||
             sqlite3_prepare_v2(st->db, "UPDATE meta SET value = ?1 WHERE key = 'schema_version'",
                                -1, &set, NULL) != SQLITE_OK ||
             sqlite3_bind_text(set, 1, v, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
             sqlite3_step(set) != SQLITE_DONE)) {
            sqlite3_finalize(set);
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            goto fail;
        }
        sqlite3_finalize(set);
        if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            goto fail;
        }
        st->schema = KG_SCHEMA_VERSION;
        return KG_OK;
    }
    /* one transaction, so that a reader of the new store sees all of kg's tables or none
     * (a concurrent build's reader once met 'meta' without 'mentions') */
    /* (a store of this version only runs the no-op CREATE ... IF NOT EXISTS, taking no
     * write lock) */
    int fresh = version == 0;
    if (fresh && sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK)
        goto fail;
    if (sqlite3_exec(st->db, schema_sql, NULL, NULL, &msg) == SQLITE_OK &&
        sqlite3_exec(st->db, kg_name_index_schema_sql, NULL, NULL, &msg) == SQLITE_OK &&
        (!fresh || sqlite3_exec(st->db, "COMMIT", NULL, NULL, &msg) == SQLITE_OK)) {
        st->schema = KG_SCHEMA_VERSION;
        return KG_OK;
    }
    if (fresh)
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
fail:
    rc = kg_error_set(err, KG_ESTORE, "cannot %s schema in '%s': %s",
                      version > 0 && version < KG_SCHEMA_VERSION ? "upgrade" : "create", st->path,
                      msg ? msg : sqlite3_errmsg(st->db));
    sqlite3_free(msg);
    return rc;
}
