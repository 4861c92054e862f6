/* kg_store_naming: which document names an entity. The first document by key does
 * (DOC_ORDER in kg_store_docs.c), whatever the order of the builds; kg_store_prefer_name
 * renames an entity when a new document sorts before every document that gave its current
 * name. The least such key per entity is kept in memory (kg_naming_keys.h): asking SQLite
 * scanned every document that gave the name, for each document of a build, and a name that
 * most documents give ("Kazakhstan") made a build's cost grow with the store. See kg_store.h. */
#include "../kg_mem.h"
#include "kg_store_internal.h"

#include <stdlib.h>
#include <string.h>

/* The reasons of NAME_REASONS (kg_store_internal.h), for the rows kg_store_add_alias writes. */
static int is_name_reason(const char *reason)
{
    static const char *const reasons[] = {KG_NAME_REASON_LIST};
    for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++)
        if (strcmp(reason, reasons[i]) == 0)
            return 1;
    return 0;
}

static void clear_pending(kg_store *st)
{
    for (size_t i = 0; i < st->n_pending; i++)
        free(st->pending_names[i]);
    st->n_pending = 0;
    free(st->pending_document);
    st->pending_document = NULL;
    free(st->pending_least_key);
    st->pending_least_key = NULL;
}

void kg_store_forget_naming(kg_store *st)
{
    kg_naming_keys_free(st->naming);
    st->naming = NULL;
    clear_pending(st);
    free(st->pending_entities);
    free(st->pending_names);
    st->pending_entities = NULL;
    st->pending_names = NULL;
    st->cap_pending = 0;
}

/* The least key of document into a new string (the caller frees it), or NULL when it has
 * none (or on error: then the caller treats the naming keys as unknown). */
static char *least_key_of(kg_store *st, const char *document)
{
    sqlite3_stmt *s =
        kg_store_statement(st, "SELECT min(key) FROM document_keys WHERE document = ?1");
    if (!s)
        return NULL;
    sqlite3_bind_int64(s, 1, kg_store_document_num(st, document));
    char *key = NULL;
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
        key = kg_xstrdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    return key;
}

/* Makes st->naming valid: emptied when another connection committed since it was filled. */
static void refresh_naming(kg_store *st)
{
    long long version = kg_store_data_version(st);
    if (st->naming && (version != st->naming_version || version < 0)) {
        kg_naming_keys_free(st->naming);
        st->naming = NULL;
    }
    if (!st->naming) {
        st->naming = kg_naming_keys_new();
        st->naming_version = version;
    }
}

void kg_store_note_alias_document(kg_store *st, long long entity, const char *alias,
                                  const char *reason, const char *document)
{
    if (!is_name_reason(reason))
        return;
    if (!st->pending_document || strcmp(st->pending_document, document) != 0) {
        clear_pending(st);
        st->pending_document = kg_xstrdup(document);
        st->pending_least_key = least_key_of(st, document);
    }
    /* a document with a key counts at once; a new one when kg_store_set_document_key
     * gives it its key (kg_writer.c resolves a document before it records its key) */
    if (st->pending_least_key) {
        if (st->naming)
            kg_naming_keys_lower(st->naming, entity, alias, st->pending_least_key);
        return;
    }
    if (st->n_pending == st->cap_pending) {
        st->cap_pending = st->cap_pending ? 2 * st->cap_pending : 64;
        st->pending_entities =
            kg_xrealloc(st->pending_entities, st->cap_pending * sizeof *st->pending_entities);
        st->pending_names =
            kg_xrealloc(st->pending_names, st->cap_pending * sizeof *st->pending_names);
    }
    st->pending_entities[st->n_pending] = entity;
    st->pending_names[st->n_pending++] = kg_xstrdup(alias);
}

int kg_store_naming_before_key(kg_store *st, const char *key, const char *document)
{
    if (!st->naming && !st->pending_document)
        return KG_OK;
    sqlite3_stmt *s = kg_store_statement(st, "SELECT d.id FROM document_keys k JOIN documents d"
                                             " ON d.num = k.document WHERE k.key = ?1");
    if (!s) {
        kg_store_forget_naming(st);
        return KG_OK;
    }
    sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    int found = sqlite3_step(s) == SQLITE_ROW;
    int same = found && strcmp((const char *)sqlite3_column_text(s, 0), document) == 0;
    sqlite3_reset(s);
    if (same)
        return KG_OK;
    if (found) { /* the key leaves another document, whose names may now sort later */
        kg_naming_keys_free(st->naming);
        st->naming = NULL;
    }
    if (st->pending_document && strcmp(st->pending_document, document) == 0) {
        /* a second key below the one its names were lowered with (an exact copy at a path
         * that sorts first): those names are not listed any more, so look all up again */
        if (st->pending_least_key && strcmp(key, st->pending_least_key) < 0) {
            kg_naming_keys_free(st->naming);
            st->naming = NULL;
        }
        if (st->naming)
            for (size_t i = 0; i < st->n_pending; i++)
                kg_naming_keys_lower(st->naming, st->pending_entities[i], st->pending_names[i],
                                     key);
        for (size_t i = 0; i < st->n_pending; i++)
            free(st->pending_names[i]);
        st->n_pending = 0;
        if (!st->pending_least_key || strcmp(key, st->pending_least_key) < 0) {
            free(st->pending_least_key);
            st->pending_least_key = kg_xstrdup(key);
        }
        return KG_OK;
    }
    /* another document gains a key: what it named is unknown here, so unless its least key
     * stays the same, every entity is looked up again */
    char *least = least_key_of(st, document);
    if (!least || strcmp(key, least) < 0) {
        kg_naming_keys_free(st->naming);
        st->naming = NULL;
    }
    free(least);
    return KG_OK;
}

/* Up to this many documents giving a name, its least key is the least of theirs; beyond, the
 * documents are read in key order until one gives it (a name most documents give is met
 * among the first few). Either way the cost does not grow with the store. */
#define FEW_NAMING_DOCUMENTS 64

/* The least key of a document that gives entity its name name, into a new string (the caller
 * frees it; NULL: none) through *out. KG_OK or KG_ESTORE. */
static int least_naming_key(kg_store *st, long long entity, const char *name, char **out,
                            kg_error *err)
{
    *out = NULL;
    sqlite3_stmt *s = kg_store_statement(
        st, "SELECT count(DISTINCT ad.document), min(k.key) FROM (SELECT document"
            " FROM alias_documents WHERE entity = ?1 AND alias = ?2 AND reason IN " NAME_REASONS
            " LIMIT ?3) ad LEFT JOIN document_keys k ON k.document = ad.document");
    if (!s)
        return kg_store_db_error(st, err, "cannot read store");
    sqlite3_bind_int64(s, 1, entity);
    sqlite3_bind_text(s, 2, name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(s, 3, FEW_NAMING_DOCUMENTS + 1);
    int rc = sqlite3_step(s);
    long long n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    if (rc == SQLITE_ROW && n <= FEW_NAMING_DOCUMENTS && sqlite3_column_type(s, 1) != SQLITE_NULL)
        *out = kg_xstrdup((const char *)sqlite3_column_text(s, 1));
    sqlite3_reset(s);
    if (rc != SQLITE_ROW)
        return kg_store_db_error(st, err, "cannot read store");
    if (n <= FEW_NAMING_DOCUMENTS)
        return KG_OK;
    /* CROSS JOIN keeps document_keys outside, read in key order */
    s = kg_store_statement(st,
                           "SELECT k.key FROM document_keys k CROSS JOIN alias_documents ad"
                           " WHERE ad.entity = ?1 AND ad.alias = ?2 AND ad.document = k.document"
                           " AND ad.reason IN " NAME_REASONS " ORDER BY k.key LIMIT 1");
    if (!s)
        return kg_store_db_error(st, err, "cannot read store");
    sqlite3_bind_int64(s, 1, entity);
    sqlite3_bind_text(s, 2, name, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *out = kg_xstrdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? KG_OK
                                                 : kg_store_db_error(st, err, "cannot read store");
}

/* Reads entity's name into st->naming (nothing when there is no such entity). KG_OK or
 * KG_ESTORE. */
static int look_up_name(kg_store *st, long long entity, kg_error *err)
{
    sqlite3_stmt *s = kg_store_statement(st, "SELECT name FROM entities WHERE id = ?1");
    if (!s)
        return kg_store_db_error(st, err, "cannot read store");
    sqlite3_bind_int64(s, 1, entity);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        kg_naming_keys_set(st->naming, entity, (const char *)sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? KG_OK
                                                 : kg_store_db_error(st, err, "cannot read store");
}

int kg_store_prefer_name(kg_store *st, long long entity, const char *name, const char *key,
                         const char *doc_key, kg_error *err)
{
    if (!doc_key)
        return KG_OK;
    refresh_naming(st);
    const char *current = NULL, *least = NULL;
    int known = 0;
    if (!kg_naming_keys_get(st->naming, entity, &current, &least, &known)) {
        int rc = look_up_name(st, entity, err);
        if (rc != KG_OK)
            return rc;
        if (!kg_naming_keys_get(st->naming, entity, &current, &least, &known))
            return KG_OK; /* no such entity */
    }
    /* this document gives the current name: nothing to decide (most calls) */
    if (strcmp(current, name) == 0)
        return KG_OK;
    if (!known) {
        char *key_found = NULL;
        int rc = least_naming_key(st, entity, current, &key_found, err);
        if (rc != KG_OK)
            return rc;
        kg_naming_keys_set_key(st->naming, entity, key_found);
        free(key_found);
        kg_naming_keys_get(st->naming, entity, &current, &least, &known);
    }
    /* the current name stays when a document that sorts no later than this one gives it */
    if (least && strcmp(least, doc_key) <= 0)
        return KG_OK;
    sqlite3_stmt *u =
        kg_store_statement(st, "UPDATE entities SET name = ?2, key = ?3 WHERE id = ?1");
    if (!u)
        return kg_store_db_error(st, err, "cannot update store");
    sqlite3_bind_int64(u, 1, entity);
    sqlite3_bind_text(u, 2, name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(u, 3, key, -1, SQLITE_TRANSIENT);
    int rc =
        sqlite3_step(u) == SQLITE_DONE ? KG_OK : kg_store_db_error(st, err, "cannot update store");
    sqlite3_reset(u);
    kg_naming_keys_forget(st->naming, entity);
    return rc;
}
