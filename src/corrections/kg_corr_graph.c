/* kg_corr_graph: see kg_corr_graph.h. */
#include "kg_corr_graph.h"

#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int db_error(kg_store *st, kg_error *err)
{
    return kg_error_set(err, KG_ESTORE, "cannot correct store '%s': %s", kg_store_path(st),
                        sqlite3_errmsg(kg_store_sqlite(st)));
}

/* Prepares sql and binds the arguments as binds says; NULL (error set) on failure. */
static sqlite3_stmt *prepare(kg_store *st, kg_error *err, const char *sql, const char *binds,
                             va_list ap)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(kg_store_sqlite(st), sql, -1, &s, NULL) != SQLITE_OK) {
        db_error(st, err);
        return NULL;
    }
    for (int i = 0; binds[i]; i++) {
        if (binds[i] == 'i') {
            sqlite3_bind_int64(s, i + 1, va_arg(ap, long long));
        } else {
            const char *t = va_arg(ap, const char *);
            if (t)
                sqlite3_bind_text(s, i + 1, t, -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(s, i + 1);
        }
    }
    return s;
}

int kg_corr_exec(kg_store *st, long long *changes, kg_error *err, const char *sql,
                 const char *binds, ...)
{
    va_list ap;
    va_start(ap, binds);
    sqlite3_stmt *s = prepare(st, err, sql, binds, ap);
    va_end(ap);
    if (!s)
        return KG_ESTORE;
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return db_error(st, err);
    if (changes)
        *changes = sqlite3_changes(kg_store_sqlite(st));
    return KG_OK;
}

long long kg_corr_scalar(kg_store *st, kg_error *err, const char *sql, const char *binds, ...)
{
    va_list ap;
    va_start(ap, binds);
    sqlite3_stmt *s = prepare(st, err, sql, binds, ap);
    va_end(ap);
    if (!s)
        return KG_ESTORE;
    int rc = sqlite3_step(s);
    long long v = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return db_error(st, err);
    return v;
}

/* Steps s to the end, collecting its first column. Finalizes s. */
static int collect(long long **ids, size_t *n, kg_store *st, sqlite3_stmt *s, kg_error *err)
{
    size_t cap = 0;
    *ids = NULL;
    *n = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        KG_GROW(*ids, cap, *n + 1);
        (*ids)[(*n)++] = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        free(*ids);
        *ids = NULL;
        *n = 0;
        return db_error(st, err);
    }
    return KG_OK;
}

int kg_corr_ids(long long **ids, size_t *n, kg_store *st, kg_error *err, const char *sql,
                const char *binds, ...)
{
    va_list ap;
    va_start(ap, binds);
    sqlite3_stmt *s = prepare(st, err, sql, binds, ap);
    va_end(ap);
    if (!s) {
        *ids = NULL;
        *n = 0;
        return KG_ESTORE;
    }
    return collect(ids, n, st, s, err);
}

int kg_corr_named(long long **ids, size_t *n, kg_store *st, const char *type, const char *key,
                  kg_error *err)
{
    /* a name that normalises to nothing names nothing */
    if (!key[0]) {
        *ids = NULL;
        *n = 0;
        return KG_OK;
    }
    /* each part through an index: entities(type, key) and aliases(key) */
    if (type)
        return kg_corr_ids(ids, n, st, err,
                           "SELECT id FROM entities WHERE type = ?1 AND key = ?2 UNION"
                           " SELECT a.entity FROM aliases a JOIN entities e ON e.id = a.entity"
                           " WHERE a.key = ?2 AND e.type = ?1 ORDER BY 1",
                           "tt", type, key);
    return kg_corr_ids(ids, n, st, err,
                       "SELECT id FROM entities WHERE type IN ('person', 'organisation', 'party',"
                       " 'place', 'event') AND key = ?1 UNION SELECT entity FROM aliases"
                       " WHERE key = ?1 ORDER BY 1",
                       "t", key);
}

int kg_corr_own_name_is(kg_store *st, long long id, const char *key)
{
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st), "SELECT name, key FROM entities WHERE id = ?1", -1, &s,
                       NULL);
    sqlite3_bind_int64(s, 1, id);
    int yes = 0;
    if (sqlite3_step(s) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(s, 0);
        yes = strcmp((const char *)sqlite3_column_text(s, 1), key) == 0;
        if (!yes) {
            char *k = kg_normalize_key(name, strlen(name));
            yes = strcmp(k, key) == 0;
            free(k);
        }
    }
    sqlite3_finalize(s);
    return yes;
}

long long kg_corr_pick(kg_store *st, const long long *ids, size_t n, const char *name,
                       const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (kg_corr_scalar(st, NULL, "SELECT count(*) FROM entities WHERE id = ?1 AND name = ?2",
                           "it", ids[i], name) > 0)
            return ids[i];
    for (size_t i = 0; i < n; i++)
        if (kg_corr_own_name_is(st, ids[i], key))
            return ids[i];
    return ids[0];
}

/* Moves evidence row ev (of an edge of type from source to target) to the edge between new
 * endpoints, creating it when needed; an edge onto itself is not made (the row is left).
 * Adds the edge moved to to *touched. */
static int move_evidence(kg_store *st, long long ev, long long source, long long target,
                         const char *type, long long **touched, size_t *n, size_t *cap,
                         kg_error *err)
{
    if (source == target)
        return KG_OK;
    int rc = kg_corr_exec(st, NULL, err,
                          "INSERT OR IGNORE INTO edges(source, target, type) VALUES(?1, ?2, ?3)",
                          "iit", source, target, type);
    long long edge = rc == KG_OK ? kg_corr_scalar(st, err,
                                                  "SELECT id FROM edges WHERE source = ?1 AND"
                                                  " target = ?2 AND type = ?3",
                                                  "iit", source, target, type)
                                 : rc;
    if (edge <= 0)
        return edge < 0 ? (int)edge : db_error(st, err);
    KG_GROW(*touched, *cap, *n + 1);
    (*touched)[(*n)++] = edge;
    rc = kg_corr_exec(st, NULL, err,
                      "INSERT OR IGNORE INTO evidence(edge, document, start, end, sentence)"
                      " SELECT ?1, document, start, end, sentence FROM evidence WHERE rowid = ?2",
                      "ii", edge, ev);
    if (rc == KG_OK)
        rc = kg_corr_exec(st, NULL, err, "DELETE FROM evidence WHERE rowid = ?1", "i", ev);
    return rc;
}

/* Sets the weight of each edge to its number of evidence sentences and deletes those left
 * with none. */
static int recount(kg_store *st, const long long *edges, size_t n, kg_error *err)
{
    int rc = KG_OK;
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        rc = kg_corr_exec(st, NULL, err,
                          "UPDATE edges SET weight = (SELECT count(*) FROM evidence"
                          " WHERE edge = ?1) WHERE id = ?1",
                          "i", edges[i]);
        if (rc == KG_OK)
            rc = kg_corr_exec(st, NULL, err, "DELETE FROM edges WHERE id = ?1 AND weight = 0", "i",
                              edges[i]);
    }
    return rc;
}

/* An evidence row to move: its row id and its edge's endpoints and type. */
typedef struct ev_row {
    long long rowid, edge, source, target;
    char *type;
} ev_row;

/* Reads the rows of sql (rowid, edge, source, target, type) bound to entity. */
static int read_evidence(ev_row **out, size_t *n, kg_store *st, const char *sql, long long entity,
                         kg_error *err)
{
    sqlite3_stmt *s = NULL;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(kg_store_sqlite(st), sql, -1, &s, NULL) != SQLITE_OK)
        return db_error(st, err);
    sqlite3_bind_int64(s, 1, entity);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        KG_GROW(*out, cap, *n + 1);
        ev_row *r = &(*out)[(*n)++];
        r->rowid = sqlite3_column_int64(s, 0);
        r->edge = sqlite3_column_int64(s, 1);
        r->source = sqlite3_column_int64(s, 2);
        r->target = sqlite3_column_int64(s, 3);
        r->type = kg_xstrdup((const char *)sqlite3_column_text(s, 4));
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? KG_OK : db_error(st, err);
}

static void free_evidence(ev_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(rows[i].type);
    free(rows);
}

/* Moves every row to the edge with from replaced by to, then recounts the old and new
 * edges. */
static int move_rows(kg_store *st, ev_row *rows, size_t n, long long from, long long to,
                     kg_error *err)
{
    long long *touched = NULL;
    size_t nt = 0, cap = 0;
    int rc = KG_OK;
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        KG_GROW(touched, cap, nt + 1);
        touched[nt++] = rows[i].edge;
        long long s = rows[i].source == from ? to : rows[i].source;
        long long t = rows[i].target == from ? to : rows[i].target;
        rc = move_evidence(st, rows[i].rowid, s, t, rows[i].type, &touched, &nt, &cap, err);
    }
    if (rc == KG_OK)
        rc = recount(st, touched, nt, err);
    free(touched);
    return rc;
}

int kg_corr_merge(kg_store *st, long long keep, long long lose, kg_error *err)
{
    int rc = kg_corr_exec(st, NULL, err,
                          "UPDATE entities SET (date, place, country, region, lat, lon) ="
                          " (SELECT coalesce(k.date, l.date), coalesce(k.place, l.place),"
                          " coalesce(k.country, l.country), coalesce(k.region, l.region),"
                          " coalesce(k.lat, l.lat), coalesce(k.lon, l.lon)"
                          " FROM entities k, entities l WHERE k.id = ?1 AND l.id = ?2)"
                          " WHERE id = ?1",
                          "ii", keep, lose);
    if (rc == KG_OK)
        rc = kg_corr_exec(st, NULL, err,
                          "INSERT OR IGNORE INTO aliases(entity, alias, key, reason, document)"
                          " SELECT ?1, alias, key, 'merged by hand', document FROM aliases"
                          " WHERE entity = ?2",
                          "ii", keep, lose);
    if (rc == KG_OK)
        rc = kg_corr_exec(st, NULL, err,
                          "UPDATE OR IGNORE mentions SET entity = ?1 WHERE entity = ?2", "ii", keep,
                          lose);
    ev_row *rows = NULL;
    size_t n = 0;
    if (rc == KG_OK)
        rc = read_evidence(&rows, &n, st,
                           "SELECT v.rowid, e.id, e.source, e.target, e.type FROM edges e"
                           " JOIN evidence v ON v.edge = e.id WHERE e.source = ?1 OR"
                           " e.target = ?1 ORDER BY e.id, v.rowid",
                           lose, err);
    if (rc == KG_OK)
        rc = move_rows(st, rows, n, lose, keep, err);
    free_evidence(rows, n);
    if (rc == KG_OK)
        rc = kg_corr_delete(st, lose, err);
    return rc;
}

int kg_corr_move(kg_store *st, long long from, long long to, const long long *mentions,
                 size_t n_mentions, char *const *alias_keys, size_t n_keys, long long *changes,
                 kg_error *err)
{
    *changes = 0;
    int rc = kg_corr_exec(st, NULL, err,
                          "CREATE TEMP TABLE IF NOT EXISTS corr_moved(id INTEGER PRIMARY KEY)", "");
    if (rc == KG_OK)
        rc = kg_corr_exec(st, NULL, err, "DELETE FROM temp.corr_moved", "");
    for (size_t i = 0; i < n_mentions && rc == KG_OK; i++)
        rc = kg_corr_exec(st, NULL, err, "INSERT OR IGNORE INTO temp.corr_moved VALUES(?1)", "i",
                          mentions[i]);
    /* the evidence goes where the mentions of its sentence (else of its document) all go */
    ev_row *rows = NULL;
    size_t n = 0;
    if (rc == KG_OK)
        rc = read_evidence(
            &rows, &n, st,
            "SELECT v.rowid, e.id, e.source, e.target, e.type FROM edges e"
            " JOIN evidence v ON v.edge = e.id WHERE (e.source = ?1 OR e.target = ?1) AND"
            " CASE WHEN EXISTS(SELECT 1 FROM mentions m WHERE m.entity = ?1 AND"
            "   m.document = v.document AND m.sentence_start = v.start)"
            " THEN NOT EXISTS(SELECT 1 FROM mentions m WHERE m.entity = ?1 AND"
            "   m.document = v.document AND m.sentence_start = v.start AND"
            "   m.id NOT IN temp.corr_moved)"
            " ELSE EXISTS(SELECT 1 FROM mentions m WHERE m.entity = ?1 AND"
            "   m.document = v.document AND m.id IN temp.corr_moved) AND"
            "   NOT EXISTS(SELECT 1 FROM mentions m WHERE m.entity = ?1 AND"
            "   m.document = v.document AND m.id NOT IN temp.corr_moved) END"
            " ORDER BY e.id, v.rowid",
            from, err);
    if (rc == KG_OK)
        rc = move_rows(st, rows, n, from, to, err);
    *changes += (long long)n;
    free_evidence(rows, n);
    long long c = 0;
    for (size_t i = 0; i < n_mentions && rc == KG_OK; i++) {
        rc = kg_corr_exec(st, &c, err,
                          "UPDATE OR IGNORE mentions SET entity = ?1 WHERE id = ?2 AND entity = ?3",
                          "iii", to, mentions[i], from);
        *changes += c;
    }
    if (rc == KG_OK)
        rc = kg_corr_exec(st, NULL, err,
                          "DELETE FROM mentions WHERE entity = ?1 AND id IN"
                          " temp.corr_moved",
                          "i", from);
    for (size_t i = 0; i < n_keys && rc == KG_OK; i++) {
        rc = kg_corr_exec(st, &c, err,
                          "INSERT OR IGNORE INTO aliases(entity, alias, key, reason, document)"
                          " SELECT ?1, alias, key, 'split by hand', document FROM aliases"
                          " WHERE entity = ?2 AND key = ?3",
                          "iit", to, from, alias_keys[i]);
        if (rc == KG_OK)
            rc = kg_corr_exec(st, &c, err, "DELETE FROM aliases WHERE entity = ?1 AND key = ?2",
                              "it", from, alias_keys[i]);
        *changes += c;
    }
    return rc;
}

int kg_corr_delete(kg_store *st, long long id, kg_error *err)
{
    /* aliases, mentions, edges (with their evidence) and scores go by ON DELETE CASCADE */
    return kg_corr_exec(st, NULL, err, "DELETE FROM entities WHERE id = ?1", "i", id);
}
