/* kg_store: see kg_store.h. */
#include "kg_store.h"

#include "../kg_mem.h"
#include "kg_mention_counts.h"
#include "kg_name_index.h"
#include "kg_store_internal.h"
#include "kg_surnames.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

enum {
    S_HAS_DOC,
    S_DOC_NUM,
    S_ADD_DOC,
    S_FIND_ENTITY,
    S_MENTION_COUNT,
    S_PERSON_KEYS,
    S_DATA_VERSION,
    S_ADD_ENTITY,
    S_MERGE_ATTRS,
    S_ADD_ALIAS,
    S_ADD_ALIAS_DOC,
    S_ADD_NAME_DOC,
    S_ADD_MENTION,
    S_UPSERT_EDGE,
    S_EDGE_ID,
    S_ADD_EVIDENCE,
    S_EDGE_WEIGHT_ADD,
    S_GET_META,
    S_SET_META,
    S_COUNT
};

_Static_assert(S_COUNT <= KG_STORE_MAX_STMT, "raise KG_STORE_MAX_STMT");

static const char *const statement_sql[S_COUNT] = {
    [S_HAS_DOC] = "SELECT 1 FROM documents WHERE id = ?1",
    [S_DOC_NUM] = "SELECT num FROM documents WHERE id = ?1",
    [S_ADD_DOC] = "INSERT OR IGNORE INTO documents(id, source, title, date, text, ingested_at)"
                  " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    /* two lookups, each through its own index ((type, key) and aliases(key)); an OR of the
     * two would use only the type part of the first and scan every entity of the type */
    [S_FIND_ENTITY] = "SELECT id FROM entities WHERE type = ?1 AND key = ?2"
                      " UNION SELECT a.entity FROM aliases a JOIN entities e ON e.id = a.entity"
                      " WHERE a.key = ?2 AND e.type = ?1",
    [S_MENTION_COUNT] = "SELECT count(*) FROM mentions WHERE entity = ?1",
    [S_PERSON_KEYS] = "SELECT id, key FROM entities WHERE type = 'person'",
    [S_DATA_VERSION] = "PRAGMA data_version",
    [S_ADD_ENTITY] = "INSERT INTO entities(name, type, key, date, place, country, region, lat,"
                     " lon) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [S_MERGE_ATTRS] = "UPDATE entities SET date = coalesce(date, ?2), place = coalesce(place, ?3),"
                      " country = coalesce(country, ?4), region = coalesce(region, ?5),"
                      " lat = coalesce(lat, ?6), lon = coalesce(lon, ?7) WHERE id = ?1",
    [S_ADD_ALIAS] = "INSERT OR IGNORE INTO aliases(entity, alias, key, reason, document)"
                    " VALUES(?1, ?2, ?3, ?4, ?5)",
    [S_ADD_ALIAS_DOC] = "INSERT OR IGNORE INTO alias_documents(entity, alias, document, reason)"
                        " VALUES(?1, ?2, ?3, ?4)",
    /* a document's own name of the entity, with the entity key it gives (alias_documents) */
    [S_ADD_NAME_DOC] = "INSERT INTO alias_documents(entity, alias, document, reason, entity_key)"
                       " VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(entity, alias, document)"
                       " DO UPDATE SET entity_key = excluded.entity_key",
    [S_ADD_MENTION] = "INSERT OR IGNORE INTO mentions(document, entity, start, end,"
                      " sentence_start, sentence_end) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    [S_UPSERT_EDGE] = "INSERT OR IGNORE INTO edges(source, target, type) VALUES(?1, ?2, ?3)",
    [S_EDGE_ID] = "SELECT id FROM edges WHERE source = ?1 AND target = ?2 AND type = ?3",
    [S_ADD_EVIDENCE] = "INSERT OR IGNORE INTO evidence(edge, document, start, end, sentence)"
                       " VALUES(?1, ?2, ?3, ?4, ?5)",
    [S_EDGE_WEIGHT_ADD] = "UPDATE edges SET weight = weight + 1 WHERE id = ?1",
    [S_GET_META] = "SELECT value FROM meta WHERE key = ?1",
    [S_SET_META] = "INSERT INTO meta(key, value) VALUES(?1, ?2)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
};

static long ms_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)(now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000;
}

/* SQLite's busy handler: another connection holds the lock. Sleeps a little (longer as the
 * wait goes on) and retries until wait_limit_ms, noting the wait once after a second. */
static int wait_for_lock(void *arg, int count)
{
    kg_store *st = arg;
    if (count == 0) {
        clock_gettime(CLOCK_MONOTONIC, &st->waiting);
        st->noted = 0;
    }
    long waited = ms_since(&st->waiting);
    if (waited >= st->wait_limit_ms)
        return 0;
    if (!st->noted && waited >= 1000 && st->on_wait) {
        st->noted = 1;
        st->on_wait(st->path, st->wait_ctx);
    }
    long ms = count < 10 ? 2 : count < 50 ? 10 : 50;
    struct timespec nap = {0, ms * 1000000L};
    nanosleep(&nap, NULL);
    return 1;
}

void kg_store_on_wait(kg_store *st, kg_store_wait_fn fn, void *ctx)
{
    st->on_wait = fn;
    st->wait_ctx = ctx;
}

int kg_store_db_error(kg_store *st, kg_error *err, const char *what)
{
    return kg_error_set(err, KG_ESTORE, "%s '%s': %s", what, st->path, sqlite3_errmsg(st->db));
}

/* Returns the prepared statement k, reset and with bindings cleared (a store opened for
 * reading prepares it on first use: a query needs two or three of them). NULL when it does
 * not prepare: sqlite3_step then fails with SQLITE_MISUSE. */
static sqlite3_stmt *stmt(kg_store *st, int k)
{
    if (!st->stmt[k] && st->lazy &&
        sqlite3_prepare_v3(st->db, statement_sql[k], -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[k],
                           NULL) != SQLITE_OK)
        return NULL;
    sqlite3_reset(st->stmt[k]);
    sqlite3_clear_bindings(st->stmt[k]);
    return st->stmt[k];
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* What the database at st holds before kg touches it: *tables counts its tables and
 * *has_meta says whether one is kg's meta table. Reading sqlite_master is the first read,
 * so a file that is not a database fails here, unchanged. */
static int probe_tables(kg_store *st, int *tables, int *has_meta, kg_error *err)
{
    sqlite3_stmt *q = NULL;
    *tables = *has_meta = 0;
    int rc =
        sqlite3_prepare_v2(st->db,
                           "SELECT count(*), coalesce(sum(name = 'meta'), 0) FROM sqlite_master"
                           " WHERE type = 'table'",
                           -1, &q, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        kg_error_set(err, KG_ESTORE, "cannot open store '%s': %s", st->path,
                     sqlite3_errmsg(st->db));
        sqlite3_finalize(q);
        return KG_ESTORE;
    }
    *tables = sqlite3_column_int(q, 0);
    *has_meta = sqlite3_column_int(q, 1) > 0;
    sqlite3_finalize(q);
    return KG_OK;
}

/* A WAL store in a directory the user cannot write, with no -shm file, cannot be read the
 * usual way: SQLite would need to create the -shm file. When the -wal file is missing or
 * empty (no writer is at work), it is read as immutable: read-only, without locks or -shm.
 * Returns KG_OK when st->db was reopened so. */
static int reopen_immutable(kg_store *st)
{
    if (sqlite3_errcode(st->db) != SQLITE_READONLY && sqlite3_errcode(st->db) != SQLITE_CANTOPEN)
        return KG_EIO;
    /* an empty -wal file (left by a reader) holds no frames: the database file is whole */
    char *wal = kg_xasprintf("%s-wal", st->path);
    struct stat ws;
    int has_frames = stat(wal, &ws) == 0 && ws.st_size > 0;
    free(wal);
    if (has_frames)
        return KG_EIO;
    kg_buf uri = {0};
    kg_buf_puts(&uri, "file:");
    for (const unsigned char *p = (const unsigned char *)st->path; *p; p++) {
        if (isalnum(*p) || strchr("/-._~", *p))
            kg_buf_putc(&uri, (char)*p);
        else
            kg_buf_printf(&uri, "%%%02X", *p);
    }
    kg_buf_puts(&uri, "?immutable=1");
    sqlite3_close(st->db);
    st->db = NULL;
    int rc = sqlite3_open_v2(uri.data, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    kg_buf_free(&uri);
    sqlite3_busy_handler(st->db, wait_for_lock, st);
    return rc == SQLITE_OK ? KG_OK : KG_EIO;
}

int kg_store_open(kg_store **out, const char *path, int mode, kg_error *err)
{
    *out = NULL;
    int force = mode & KG_STORE_FORCE;
    mode &= ~KG_STORE_FORCE;
    kg_store *st = kg_xcalloc(1, sizeof *st);
    st->path = kg_xstrdup(path);
    int rc = KG_OK;
    struct stat fst;
    if (stat(path, &fst) == 0 && !S_ISREG(fst.st_mode)) {
        rc = kg_error_set(err, KG_ESTORE, "cannot open store '%s': not a regular file", path);
        goto done;
    }
    /* READWRITE opens read-only by itself when the file is write-protected */
    int flags = SQLITE_OPEN_READWRITE | (mode == KG_STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
        rc = mode == KG_STORE_CREATE
                 ? kg_store_db_error(st, err, "cannot open store")
                 : kg_error_set(err, KG_ENOTFOUND,
                                "cannot open store '%s': %s (run 'kg build' first)", path,
                                sqlite3_errmsg(st->db));
        goto done;
    }
    st->wait_limit_ms = mode == KG_STORE_READ ? KG_STORE_READ_WAIT_MS : KG_STORE_WRITE_WAIT_MS;
    sqlite3_busy_handler(st->db, wait_for_lock, st);
    int tables, has_meta;
    rc = probe_tables(st, &tables, &has_meta, err);
    if (rc != KG_OK && mode == KG_STORE_READ && reopen_immutable(st) == KG_OK)
        rc = probe_tables(st, &tables, &has_meta, err);
    if (rc != KG_OK)
        goto done;
    if (tables > 0 && !has_meta && !(force && mode != KG_STORE_READ)) {
        rc = kg_error_set(err, KG_ESTORE,
                          "'%s' is an SQLite database of another program (no kg meta table); "
                          "left as it is%s",
                          path, mode == KG_STORE_READ ? "" : " (--force adds kg's tables to it)");
        goto done;
    }
    if (mode == KG_STORE_READ && !has_meta) {
        rc = kg_error_set(err, KG_ENOTFOUND,
                          "cannot open store '%s': empty database (run 'kg build' first)", path);
        goto done;
    }
    char *msg = NULL;
    /* (PRAGMA mmap_size was tried for readers: the faults around each page and unmapping at
     * exit cost more than the copies it saves, 0.52x -> 0.64x of the baseline's CPU for
     * neighbours of a hub) */
    const char *setup = mode == KG_STORE_READ
                            ? "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;"
                            : "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"
                              " PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;";
    /* switching a new store to WAL can meet another kg doing the same, and SQLite may then
     * answer SQLITE_BUSY without calling the busy handler (four builds creating one store
     * at once, seen once in CI under ASan): retried, as the busy handler would, until the
     * wait limit */
    struct timespec began;
    clock_gettime(CLOCK_MONOTONIC, &began);
    int src;
    while ((src = sqlite3_exec(st->db, setup, NULL, NULL, &msg)) == SQLITE_BUSY &&
           ms_since(&began) < st->wait_limit_ms) {
        sqlite3_free(msg);
        msg = NULL;
        struct timespec nap = {0, 20 * 1000000L};
        nanosleep(&nap, NULL);
    }
    if (src != SQLITE_OK) {
        rc = kg_error_set(err, KG_ESTORE, "cannot open store '%s': %s", path,
                          msg ? msg : "not a database");
        sqlite3_free(msg);
        goto done;
    }
    /* refuse a store written by a newer kg before touching its schema */
    sqlite3_stmt *q = NULL;
    long long version = 0;
    if (has_meta &&
        sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &q,
                           NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW)
            version = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    if (version > KG_SCHEMA_VERSION) {
        rc = kg_error_set(err, KG_ESTORE,
                          "cannot open store '%s': schema version %lld is newer than this kg "
                          "supports (%d); upgrade kg",
                          path, version, KG_SCHEMA_VERSION);
        goto done;
    }
    st->schema = version > 0 ? (int)version : KG_SCHEMA_VERSION;
    if (mode == KG_STORE_READ && version > 0 && version < KG_SCHEMA_VERSION) {
        /* an older store read as it is: the commands that need the new tables say so (a
         * schema 2 store has document keys but no name index: queries scan the names) */
        st->old_schema = version < 2;
        /* one snapshot for the whole command: a write by another kg upgrades the store
         * under the views, which would then read no rows */
        if (kg_store_old_schema_views(st, version) != KG_OK ||
            kg_store_begin_read(st, err) != KG_OK) {
            rc = kg_store_db_error(st, err, "cannot read older store");
            goto done;
        }
    } else if (mode != KG_STORE_READ) {
        rc = kg_store_create_schema(st, version, err);
        if (rc != KG_OK)
            goto done;
    }
    st->lazy = mode == KG_STORE_READ;
    for (int k = 0; k < S_COUNT && !st->lazy; k++)
        if ((!st->old_schema || k != S_ADD_ALIAS_DOC) && /* an older store read: not there */
            sqlite3_prepare_v3(st->db, statement_sql[k], -1, SQLITE_PREPARE_PERSISTENT,
                               &st->stmt[k], NULL) != SQLITE_OK) {
            rc = kg_store_db_error(st, err, "cannot prepare statement in");
            goto done;
        }
    if (version == 0 && mode != KG_STORE_READ) {
        char v[16];
        snprintf(v, sizeof v, "%d", KG_SCHEMA_VERSION);
        rc = kg_store_set_meta(st, "schema_version", v, err);
    }
done:
    if (rc != KG_OK) {
        kg_store_close(st);
        return rc;
    }
    *out = st;
    return KG_OK;
}

void kg_store_close(kg_store *st)
{
    if (!st)
        return;
    for (int k = 0; k < S_COUNT; k++)
        sqlite3_finalize(st->stmt[k]);
    for (int k = 0; k < KG_STORE_MAX_QUERY_STMT; k++)
        sqlite3_finalize(st->query_stmt[k]);
    kg_store_end_read(st);
    /* names written outside a transaction (a writer that never began one) */
    if (st->schema >= 3 && sqlite3_db_readonly(st->db, "main") == 0 &&
        sqlite3_get_autocommit(st->db))
        kg_name_index_flush(st->db);
    sqlite3_close(st->db);
    kg_store_forget_caches(st);
    free(st->path);
    free(st);
}

int kg_store_schema_version(kg_store *st)
{
    return st->schema;
}

int kg_store_is_read_only(kg_store *st)
{
    return sqlite3_db_readonly(st->db, "main") == 1;
}

const char *kg_store_path(kg_store *st)
{
    return st->path;
}

sqlite3 *kg_store_sqlite(kg_store *st)
{
    return st->db;
}

sqlite3_stmt *kg_store_statement(kg_store *st, const char *sql)
{
    int k = 0;
    for (; k < KG_STORE_MAX_QUERY_STMT && st->query_sql[k]; k++)
        if (st->query_sql[k] == sql || strcmp(st->query_sql[k], sql) == 0)
            break;
    if (k == KG_STORE_MAX_QUERY_STMT)
        return NULL;
    if (!st->query_sql[k]) {
        if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->query_stmt[k],
                               NULL) != SQLITE_OK) {
            sqlite3_finalize(st->query_stmt[k]);
            st->query_stmt[k] = NULL;
            return NULL;
        }
        st->query_sql[k] = sql;
    }
    sqlite3_reset(st->query_stmt[k]);
    sqlite3_clear_bindings(st->query_stmt[k]);
    return st->query_stmt[k];
}

int kg_store_begin_read(kg_store *st, kg_error *err)
{
    if (!sqlite3_get_autocommit(st->db))
        return KG_OK;
    if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        return kg_store_db_error(st, err, "cannot read");
    st->reading = 1;
    return KG_OK;
}

void kg_store_end_read(kg_store *st)
{
    if (!st->reading)
        return;
    st->reading = 0;
    if (!sqlite3_get_autocommit(st->db))
        sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
}

static int exec(kg_store *st, const char *sql, kg_error *err)
{
    if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return kg_store_db_error(st, err, "cannot update store");
    return KG_OK;
}

int kg_store_begin(kg_store *st, kg_error *err)
{
    st->doc_num_id[0] = '\0'; /* another connection may have renumbered it since */
    return exec(st, "BEGIN IMMEDIATE", err);
}

int kg_store_commit(kg_store *st, kg_error *err)
{
    if (st->schema >= 3 && kg_name_index_flush(st->db) != SQLITE_OK)
        return kg_store_db_error(st, err, "cannot update the name index of");
    return exec(st, "COMMIT", err);
}

void kg_store_rollback(kg_store *st)
{
    if (!sqlite3_get_autocommit(st->db))
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    /* persons, mentions and documents added in the transaction are gone */
    kg_store_forget_caches(st);
}

void kg_store_forget_caches(kg_store *st)
{
    st->doc_num_id[0] = '\0';
    kg_surnames_free(st->surnames);
    st->surnames = NULL;
    kg_mention_counts_free(st->counts);
    st->counts = NULL;
    kg_near_index_free(st->near);
    st->near = NULL;
    kg_store_forget_naming(st);
}

/* Steps a statement that returns no rows. */
static int step_done(kg_store *st, sqlite3_stmt *s, kg_error *err)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return kg_store_db_error(st, err, "cannot write to store");
    return KG_OK;
}

int kg_store_has_document(kg_store *st, const char *id, kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_HAS_DOC);
    bind_text(s, 1, id);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return kg_store_db_error(st, err, "cannot read store");
}

long long kg_store_document_num(kg_store *st, const char *id)
{
    if (!id)
        return 0;
    if (st->doc_num_id[0] && strcmp(st->doc_num_id, id) == 0)
        return st->doc_num;
    sqlite3_stmt *s = stmt(st, S_DOC_NUM);
    bind_text(s, 1, id);
    long long num = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    if (num > 0 && strlen(id) < sizeof st->doc_num_id) {
        strcpy(st->doc_num_id, id);
        st->doc_num = num;
    }
    return num;
}

/* Binds the number of the document whose content id is id, 0 when there is none or it
 * cannot be read: no document has number 0, so the row then fails its foreign key (an error
 * that INSERT OR IGNORE does not ignore; NULL would be ignored and the row silently lost). */
static void bind_document(kg_store *st, sqlite3_stmt *s, int i, const char *id)
{
    sqlite3_bind_int64(s, i, kg_store_document_num(st, id));
}

int kg_store_add_document(kg_store *st, const kg_document *doc, kg_error *err)
{
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sqlite3_stmt *s = stmt(st, S_ADD_DOC);
    bind_text(s, 1, doc->id);
    bind_text(s, 2, doc->source);
    bind_text(s, 3, doc->title);
    bind_text(s, 4, doc->date);
    sqlite3_bind_text(s, 5, doc->text, (int)doc->text_len, SQLITE_TRANSIENT);
    bind_text(s, 6, now);
    return step_done(st, s, err);
}

long long kg_store_data_version(kg_store *st)
{
    sqlite3_stmt *s = stmt(st, S_DATA_VERSION);
    long long v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_reset(s);
    return v;
}

/* Makes st->counts valid: emptied when another connection committed since it was filled. */
static void refresh_counts(kg_store *st)
{
    long long version = kg_store_data_version(st);
    if (st->counts && version != st->counts_version) {
        kg_mention_counts_free(st->counts);
        st->counts = NULL;
    }
    if (!st->counts) {
        st->counts = kg_mention_counts_new();
        st->counts_version = version;
    }
}

/* The number of stored mentions of entity, or <0 on error. Call refresh_counts first. */
static long long mention_count(kg_store *st, long long entity, kg_error *err)
{
    long long known;
    if (kg_mention_counts_get(st->counts, entity, &known))
        return known;
    sqlite3_stmt *s = stmt(st, S_MENTION_COUNT);
    sqlite3_bind_int64(s, 1, entity);
    int rc = sqlite3_step(s);
    long long n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW)
        return kg_store_db_error(st, err, "cannot read store");
    kg_mention_counts_set(st->counts, entity, n);
    return n;
}

long long kg_store_find_entity(kg_store *st, const char *type, const char *key, kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_FIND_ENTITY);
    bind_text(s, 1, type);
    bind_text(s, 2, key);
    long long *ids = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        KG_GROW(ids, cap, n + 1);
        ids[n++] = sqlite3_column_int64(s, 0);
    }
    sqlite3_reset(s);
    long long best = 0;
    if (rc != SQLITE_DONE) {
        best = kg_store_db_error(st, err, "cannot read store");
        goto done;
    }
    /* mentions are counted only when several entities share the key (rare): counting them
     * for every lookup would cost a popular entity's mentions each time */
    long long best_mentions = -1;
    if (n > 1)
        refresh_counts(st);
    for (size_t i = 0; i < n; i++) {
        long long m = n > 1 ? mention_count(st, ids[i], err) : 0;
        if (m < 0) {
            best = m;
            goto done;
        }
        if (m > best_mentions || (m == best_mentions && ids[i] < best)) {
            best = ids[i];
            best_mentions = m;
        }
    }
done:
    free(ids);
    return best;
}

long long kg_store_find_person_by_surname(kg_store *st, const char *surname_key, kg_error *err)
{
    long long version = kg_store_data_version(st);
    if (st->surnames && version != st->surnames_version) {
        kg_surnames_free(st->surnames);
        st->surnames = NULL;
    }
    if (!st->surnames) {
        kg_surnames *ix = kg_surnames_new();
        sqlite3_stmt *s = stmt(st, S_PERSON_KEYS);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            kg_surnames_add(ix, sqlite3_column_int64(s, 0),
                            (const char *)sqlite3_column_text(s, 1));
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            kg_surnames_free(ix);
            return kg_store_db_error(st, err, "cannot read store");
        }
        st->surnames = ix;
        st->surnames_version = version;
    }
    return kg_surnames_find(st->surnames, surname_key);
}

static void bind_attrs(sqlite3_stmt *s, int first, const kg_entity_attrs *a)
{
    bind_text(s, first, a ? a->date : NULL);
    bind_text(s, first + 1, a ? a->place : NULL);
    bind_text(s, first + 2, a ? a->country : NULL);
    bind_text(s, first + 3, a ? a->region : NULL);
    if (a && a->has_geo) {
        sqlite3_bind_double(s, first + 4, a->lat);
        sqlite3_bind_double(s, first + 5, a->lon);
    }
}

long long kg_store_add_entity(kg_store *st, const char *name, const char *type, const char *key,
                              const kg_entity_attrs *attrs, kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_ADD_ENTITY);
    bind_text(s, 1, name);
    bind_text(s, 2, type);
    bind_text(s, 3, key);
    bind_attrs(s, 4, attrs);
    int rc = step_done(st, s, err);
    if (rc != KG_OK)
        return rc;
    long long id = sqlite3_last_insert_rowid(st->db);
    if (st->surnames && strcmp(type, "person") == 0)
        kg_surnames_add(st->surnames, id, key);
    return id;
}

int kg_store_merge_attrs(kg_store *st, long long entity, const kg_entity_attrs *attrs,
                         kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_MERGE_ATTRS);
    sqlite3_bind_int64(s, 1, entity);
    bind_attrs(s, 2, attrs);
    return step_done(st, s, err);
}

/* kg_store_add_alias and kg_store_add_name: the alias row, then the document's row with
 * entity_key when it is not NULL. */
static int add_alias_row(kg_store *st, long long entity, const char *alias, const char *key,
                         const char *reason, const char *document, const char *entity_key,
                         kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_ADD_ALIAS);
    sqlite3_bind_int64(s, 1, entity);
    bind_text(s, 2, alias);
    bind_text(s, 3, key);
    bind_text(s, 4, reason);
    bind_text(s, 5, document);
    int rc = step_done(st, s, err);
    if (rc != KG_OK || !document)
        return rc;
    /* every document that gives the alias, so that removing one keeps what others support */
    s = stmt(st, entity_key ? S_ADD_NAME_DOC : S_ADD_ALIAS_DOC);
    sqlite3_bind_int64(s, 1, entity);
    bind_text(s, 2, alias);
    bind_document(st, s, 3, document);
    bind_text(s, 4, reason);
    if (entity_key)
        bind_text(s, 5, entity_key);
    rc = step_done(st, s, err);
    if (rc == KG_OK && sqlite3_changes(st->db) > 0)
        kg_store_note_alias_document(st, entity, alias, reason, document);
    return rc;
}

int kg_store_add_alias(kg_store *st, long long entity, const char *alias, const char *key,
                       const char *reason, const char *document, kg_error *err)
{
    return add_alias_row(st, entity, alias, key, reason, document, NULL, err);
}

int kg_store_add_name(kg_store *st, long long entity, const char *name, const char *key,
                      const char *reason, const char *document, const char *entity_key,
                      kg_error *err)
{
    return add_alias_row(st, entity, name, key, reason, document, entity_key, err);
}

int kg_store_add_mention(kg_store *st, const char *document, long long entity, long start, long end,
                         long sentence_start, long sentence_end, kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_ADD_MENTION);
    bind_document(st, s, 1, document);
    sqlite3_bind_int64(s, 2, entity);
    sqlite3_bind_int64(s, 3, start);
    sqlite3_bind_int64(s, 4, end);
    sqlite3_bind_int64(s, 5, sentence_start);
    sqlite3_bind_int64(s, 6, sentence_end);
    int rc = step_done(st, s, err);
    if (rc == KG_OK && st->counts && sqlite3_changes(st->db) > 0)
        kg_mention_counts_add_one(st->counts, entity);
    return rc;
}

int kg_store_add_evidence(kg_store *st, long long source, long long target, const char *type,
                          const char *document, long start, long end, const char *sentence,
                          kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_UPSERT_EDGE);
    sqlite3_bind_int64(s, 1, source);
    sqlite3_bind_int64(s, 2, target);
    bind_text(s, 3, type);
    int rc = step_done(st, s, err);
    if (rc != KG_OK)
        return rc;
    s = stmt(st, S_EDGE_ID);
    sqlite3_bind_int64(s, 1, source);
    sqlite3_bind_int64(s, 2, target);
    bind_text(s, 3, type);
    if (sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_reset(s);
        return kg_store_db_error(st, err, "cannot read edge from");
    }
    long long edge = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    s = stmt(st, S_ADD_EVIDENCE);
    sqlite3_bind_int64(s, 1, edge);
    bind_document(st, s, 2, document);
    sqlite3_bind_int64(s, 3, start);
    sqlite3_bind_int64(s, 4, end);
    bind_text(s, 5, sentence);
    rc = step_done(st, s, err);
    if (rc != KG_OK || sqlite3_changes(st->db) == 0)
        return rc;
    /* the weight counts evidence rows: one more when this one was new (recounting them
     * would cost a popular edge's evidence on every sentence) */
    s = stmt(st, S_EDGE_WEIGHT_ADD);
    sqlite3_bind_int64(s, 1, edge);
    return step_done(st, s, err);
}

char *kg_store_get_meta(kg_store *st, const char *key)
{
    sqlite3_stmt *s = stmt(st, S_GET_META);
    bind_text(s, 1, key);
    char *v = NULL;
    if (sqlite3_step(s) == SQLITE_ROW)
        v = kg_xstrdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    return v;
}

int kg_store_set_meta(kg_store *st, const char *key, const char *value, kg_error *err)
{
    sqlite3_stmt *s = stmt(st, S_SET_META);
    bind_text(s, 1, key);
    bind_text(s, 2, value);
    return step_done(st, s, err);
}

long long kg_store_graph_version(kg_store *st, kg_error *err)
{
    (void)err;
    char *v = kg_store_get_meta(st, "graph_version");
    long long n = v ? atoll(v) : 0;
    free(v);
    return n;
}

int kg_store_touch_graph(kg_store *st, kg_error *err)
{
    char v[32];
    snprintf(v, sizeof v, "%lld", kg_store_graph_version(st, err) + 1);
    return kg_store_set_meta(st, "graph_version", v, err);
}

long long kg_store_count(kg_store *st, const char *table, kg_error *err)
{
    static const char *const tables[] = {"documents", "entities", "edges", "mentions",
                                         "aliases",   "evidence", NULL};
    int ok = 0;
    for (size_t i = 0; tables[i]; i++)
        ok |= strcmp(tables[i], table) == 0;
    if (!ok)
        return kg_error_set(err, KG_EUSAGE, "unknown table '%s'", table);
    /* the table name comes from the fixed list above, never from input */
    char sql[64];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return kg_store_db_error(st, err, "cannot read store");
    long long n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_finalize(s);
    return n;
}
