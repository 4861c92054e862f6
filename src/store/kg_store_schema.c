/* kg_store_schema: kg's tables, created in a new store or upgraded from an older schema
 * version (see kg_store_internal.h). */
#include "../kg_mem.h"
#include "kg_name_index.h"
#include "kg_store_internal.h"

#include <stdio.h>
#include <stdlib.h>

/* Schema 2 (issue 13): a document has stable identities besides its content hash (its
 * canonical path, URL, JSON "id" or feed guid: document_keys, several keys for exact
 * copies), a MinHash signature (kg_minhash.h) and the near-duplicate cluster it belongs to (the id
 * of the cluster's first document; NULL: none), every document that gave an entity an alias is
 * recorded (alias_documents, with the entity key the document gives when the alias is its
 * name for the entity; aliases keeps the first), and evidence is indexed by document
 * for removal.
 * Schema 4: the rows of a document (document_keys, alias_documents, mentions, evidence) name
 * it by documents.num, a number given in the order documents are stored and never reused
 * (AUTOINCREMENT: a removed document's rows cannot be taken for a later one's); the content id
 * stays the document's identity for users. aliases.document (the first document that gave an
 * alias) keeps the content id. */
static const char *const schema_sql =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS documents("
    "  num INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
    "  title TEXT, date TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL,"
    "  minhash BLOB, cluster TEXT);"
    "CREATE TABLE IF NOT EXISTS document_keys("
    "  key TEXT PRIMARY KEY,"
    "  document INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE);"
    "CREATE INDEX IF NOT EXISTS document_keys_document ON document_keys(document);"
    "CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);"
    "CREATE TABLE IF NOT EXISTS entities("
    "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL,"
    "  date TEXT, place TEXT, country TEXT, region TEXT, lat REAL, lon REAL);"
    "CREATE INDEX IF NOT EXISTS entities_type_key ON entities(type, key);"
    "CREATE TABLE IF NOT EXISTS aliases("
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  alias TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL, document TEXT,"
    "  PRIMARY KEY(entity, alias));"
    "CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);"
    "CREATE TABLE IF NOT EXISTS alias_documents("
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  alias TEXT NOT NULL,"
    "  document INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,"
    "  reason TEXT NOT NULL, entity_key TEXT,"
    "  PRIMARY KEY(entity, alias, document)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS alias_documents_document ON alias_documents(document);"
    "CREATE TABLE IF NOT EXISTS mentions("
    "  id INTEGER PRIMARY KEY,"
    "  document INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,"
    "  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,"
    "  UNIQUE(document, start, end, entity));"
    /* (entity, document): an entity's documents from the index alone */
    "CREATE INDEX IF NOT EXISTS mentions_entity_document ON mentions(entity, document);"
    "CREATE TABLE IF NOT EXISTS edges("
    "  id INTEGER PRIMARY KEY,"
    "  source INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  target INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    "  type TEXT NOT NULL, weight INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE(source, target, type));"
    "CREATE INDEX IF NOT EXISTS edges_target ON edges(target);"
    "CREATE TABLE IF NOT EXISTS evidence("
    "  edge INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,"
    "  document INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL,"
    "  PRIMARY KEY(edge, document, start));"
    "CREATE INDEX IF NOT EXISTS evidence_document ON evidence(document);"
    "CREATE TABLE IF NOT EXISTS scores("
    "  entity INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,"
    "  degree REAL, weighted_degree REAL, pagerank REAL, betweenness REAL,"
    "  eigenvector REAL, closeness REAL, harmonic REAL, community INTEGER);";

/* Upgrading a store of schema 1-3 to 4, inside a transaction with foreign keys off (so that
 * dropping the old tables takes nothing with it): the old tables that name documents are
 * renamed (their indexes dropped: the new ones take the names), schema_sql makes the new
 * ones, the rows are copied with each document's number (documents in the order they were
 * stored), and the old tables go. A schema 1 store had no document keys and no alias
 * documents: every document's source becomes its key, and aliases' documents their rows. */
static const char *const rename_old_sql = "DROP INDEX IF EXISTS mentions_entity;"
                                          "DROP INDEX IF EXISTS evidence_document;"
                                          "DROP INDEX IF EXISTS document_keys_document;"
                                          "DROP INDEX IF EXISTS alias_documents_document;"
                                          "DROP INDEX IF EXISTS documents_cluster;"
                                          "ALTER TABLE documents RENAME TO old_documents;"
                                          "ALTER TABLE mentions RENAME TO old_mentions;"
                                          "ALTER TABLE evidence RENAME TO old_evidence;";
static const char *const rename_old_v2_sql =
    "ALTER TABLE document_keys RENAME TO old_document_keys;"
    "ALTER TABLE alias_documents RENAME TO old_alias_documents;";
static const char *const copy_old_sql =
    "INSERT INTO documents(id, source, title, date, text, ingested_at, minhash, cluster)"
    " SELECT id, source, title, date, text, ingested_at, minhash, cluster FROM old_documents"
    " ORDER BY rowid;"
    "INSERT INTO mentions(id, document, entity, start, end, sentence_start, sentence_end)"
    " SELECT m.id, d.num, m.entity, m.start, m.end, m.sentence_start, m.sentence_end"
    " FROM old_mentions m JOIN documents d ON d.id = m.document;"
    "INSERT INTO evidence(rowid, edge, document, start, end, sentence)"
    " SELECT e.rowid, e.edge, d.num, e.start, e.end, e.sentence"
    " FROM old_evidence e JOIN documents d ON d.id = e.document;";
static const char *const copy_old_v2_sql =
    "INSERT INTO document_keys(key, document)"
    " SELECT k.key, d.num FROM old_document_keys k JOIN documents d ON d.id = k.document;"
    "INSERT INTO alias_documents(entity, alias, document, reason, entity_key)"
    " SELECT a.entity, a.alias, d.num, a.reason, a.entity_key"
    " FROM old_alias_documents a JOIN documents d ON d.id = a.document;"
    "DROP TABLE old_document_keys;"
    "DROP TABLE old_alias_documents;";
static const char *const fill_v1_sql =
    "INSERT OR IGNORE INTO document_keys(key, document) SELECT source, num FROM documents;"
    "INSERT OR IGNORE INTO alias_documents(entity, alias, document, reason)"
    " SELECT a.entity, a.alias, d.num, a.reason FROM aliases a JOIN documents d"
    " ON d.id = a.document;";
static const char *const drop_old_sql = "DROP TABLE old_mentions;"
                                        "DROP TABLE old_evidence;"
                                        "DROP TABLE old_documents;";

/* Upgrades the schema of a store at version from (1, 2 or 3) to KG_SCHEMA_VERSION inside the
 * caller's transaction (foreign keys off): schema 2's columns (from 1), schema 4's tables,
 * then schema 3's name index filled from the entities. */
static int upgrade_schema(kg_store *st, long long from, char **msg)
{
    if (from < 2 && sqlite3_exec(st->db,
                                 "ALTER TABLE documents ADD COLUMN minhash BLOB;"
                                 "ALTER TABLE documents ADD COLUMN cluster TEXT;",
                                 NULL, NULL, msg) != SQLITE_OK)
        return SQLITE_ERROR;
    if (sqlite3_exec(st->db, rename_old_sql, NULL, NULL, msg) != SQLITE_OK ||
        (from >= 2 && sqlite3_exec(st->db, rename_old_v2_sql, NULL, NULL, msg) != SQLITE_OK) ||
        sqlite3_exec(st->db, schema_sql, NULL, NULL, msg) != SQLITE_OK ||
        sqlite3_exec(st->db, kg_name_index_schema_sql, NULL, NULL, msg) != SQLITE_OK ||
        sqlite3_exec(st->db, copy_old_sql, NULL, NULL, msg) != SQLITE_OK ||
        sqlite3_exec(st->db, from >= 2 ? copy_old_v2_sql : fill_v1_sql, NULL, NULL, msg) !=
            SQLITE_OK ||
        sqlite3_exec(st->db, drop_old_sql, NULL, NULL, msg) != SQLITE_OK)
        return SQLITE_ERROR;
    return kg_name_index_rebuild(st->db);
}

int kg_store_old_schema_views(kg_store *st, long long version)
{
    /* TEMP views are found before the main tables of the same name and change nothing in
     * the file: the queries of schema 4 read an older store through them */
    char *sql = kg_xasprintf(
        "CREATE TEMP VIEW documents AS SELECT rowid AS num, id, source, title, date, text,"
        " ingested_at, %s FROM main.documents;"
        "CREATE TEMP VIEW mentions AS SELECT m.id AS id, d.rowid AS document, m.entity AS entity,"
        " m.start AS start, m.end AS end, m.sentence_start AS sentence_start,"
        " m.sentence_end AS sentence_end FROM main.mentions m JOIN main.documents d"
        " ON d.id = m.document;"
        "CREATE TEMP VIEW evidence AS SELECT e.edge AS edge, d.rowid AS document,"
        " e.start AS start, e.end AS end, e.sentence AS sentence FROM main.evidence e"
        " JOIN main.documents d ON d.id = e.document;"
        "%s",
        version >= 2 ? "minhash, cluster" : "NULL AS minhash, NULL AS cluster",
        version >= 2 ? "CREATE TEMP VIEW document_keys AS SELECT k.key AS key,"
                       " d.rowid AS document FROM main.document_keys k JOIN main.documents d"
                       " ON d.id = k.document;"
                       "CREATE TEMP VIEW alias_documents AS SELECT a.entity AS entity,"
                       " a.alias AS alias, d.rowid AS document, a.reason AS reason,"
                       " a.entity_key AS entity_key FROM main.alias_documents a"
                       " JOIN main.documents d ON d.id = a.document;"
                     : "");
    int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
    free(sql);
    return rc == SQLITE_OK ? KG_OK : KG_ESTORE;
}

/* Upgrades a store of an older schema in one transaction with the version bump, so that a
 * kill leaves the old or the new schema. KG_OK, or KG_ESTORE with *msg possibly set. */
static int upgrade_in_transaction(kg_store *st, char **msg)
{
    if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, msg) != SQLITE_OK)
        return KG_ESTORE;
    /* another kg may have upgraded it while this one waited for the lock */
    sqlite3_stmt *q = NULL;
    long long now = st->schema;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &q,
                           NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        now = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    char v[16];
    snprintf(v, sizeof v, "%d", KG_SCHEMA_VERSION);
    sqlite3_stmt *set = NULL;
    if (now < KG_SCHEMA_VERSION &&
        (upgrade_schema(st, now, msg) != SQLITE_OK ||
         sqlite3_prepare_v2(st->db, "UPDATE meta SET value = ?1 WHERE key = 'schema_version'", -1,
                            &set, NULL) != SQLITE_OK ||
         sqlite3_bind_text(set, 1, v, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
         sqlite3_step(set) != SQLITE_DONE)) {
        sqlite3_finalize(set);
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return KG_ESTORE;
    }
    sqlite3_finalize(set);
    if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, msg) != SQLITE_OK) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return KG_ESTORE;
    }
    return KG_OK;
}

/* Creates kg's tables, upgrading a store of an older schema version (1 to 3) in one
 * transaction with the version bump, so that a kill leaves the old or the new schema. */
int kg_store_create_schema(kg_store *st, long long version, kg_error *err)
{
    char *msg = NULL;
    int rc = KG_OK;
    if (version > 0 && version < KG_SCHEMA_VERSION) {
        /* (a no-op inside a transaction: set before it, and back after it) */
        sqlite3_exec(st->db, "PRAGMA foreign_keys=OFF", NULL, NULL, NULL);
        rc = upgrade_in_transaction(st, &msg);
        sqlite3_exec(st->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
        if (rc != KG_OK)
            goto fail;
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
