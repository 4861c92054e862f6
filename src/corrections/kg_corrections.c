/* kg_corrections: see kg_corrections.h. How each correction is applied, again and again:
 *   merge A B        every entity of the type named A or B (name or alias) becomes one: the
 *                    one named A keeps its name, the others are merged into it
 *   split N ALIAS    mentions of N written as ALIAS, and the alias, move to the entity
 *                    named NEW (created when missing), with the evidence they alone state
 *   split N DOCS     N's mentions in those documents move to NEW, with their evidence and
 *                    the aliases only they use
 *   alias-add        N has the alias (future documents that write it resolve to N)
 *   alias-remove     N does not have the alias (its mentions stay)
 *   retype N T       entities of N's old type named N take type T, then merge with an
 *                    entity of type T named N
 *   rename N NEW     entities of the type named N are one, named NEW (N stays an alias)
 *   ignore N         every entity whose own name is N is deleted, whatever its type */
#include "kg_corrections.h"

#include "../resolve/kg_normalize.h"
#include "kg_corr_graph.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const ops[] = {"merge",  "split",  "alias-add", "alias-remove",
                                  "retype", "rename", "ignore",    NULL};
static const char *const types[] = {"person", "organisation", "party", "place", "event", NULL};

static int in_list(const char *const *list, const char *s)
{
    for (size_t i = 0; s && list[i]; i++)
        if (strcmp(list[i], s) == 0)
            return 1;
    return 0;
}

int kg_corrections_op_valid(const char *op)
{
    return in_list(ops, op);
}

int kg_corrections_type_valid(const char *type)
{
    return in_list(types, type);
}

static char *key_of(const char *s)
{
    return kg_normalize_key(s, strlen(s));
}

static int table_exists(kg_store *st)
{
    return kg_corr_scalar(st, NULL,
                          "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND"
                          " name = 'corrections'",
                          "") > 0;
}

static int ensure_table(kg_store *st, kg_error *err)
{
    /* '' rather than NULL in unused fields, so that UNIQUE finds an equal correction */
    return kg_corr_exec(st, NULL, err,
                        "CREATE TABLE IF NOT EXISTS corrections(id INTEGER PRIMARY KEY,"
                        " op TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,"
                        " arg TEXT NOT NULL DEFAULT '', arg2 TEXT NOT NULL DEFAULT '',"
                        " documents TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,"
                        " UNIQUE(op, name, type, arg, arg2, documents))",
                        "");
}

/* ---- applying one correction ---- */

/* Merges every entity in ids but keep into keep; *changes counts them. */
static int merge_all(kg_store *st, long long keep, const long long *ids, size_t n,
                     long long *changes, kg_error *err)
{
    int rc = KG_OK;
    for (size_t i = 0; i < n && rc == KG_OK; i++)
        if (ids[i] != keep) {
            rc = kg_corr_merge(st, keep, ids[i], err);
            ++*changes;
        }
    return rc;
}

/* The union of the entities of type named by a and by b, in id order (b may be NULL). */
static int named2(long long **ids, size_t *n, kg_store *st, const char *type, const char *a,
                  const char *b, kg_error *err)
{
    int rc = kg_corr_named(ids, n, st, type, a, err);
    if (rc != KG_OK || !b)
        return rc;
    long long *more = NULL;
    size_t nm = 0, cap = *n;
    rc = kg_corr_named(&more, &nm, st, type, b, err);
    for (size_t i = 0; i < nm; i++) {
        size_t k = 0;
        while (k < *n && (*ids)[k] != more[i])
            k++;
        if (k < *n)
            continue;
        KG_GROW(*ids, cap, *n + 1);
        size_t j = (*n)++;
        for (; j > 0 && (*ids)[j - 1] > more[i]; j--)
            (*ids)[j] = (*ids)[j - 1];
        (*ids)[j] = more[i];
    }
    free(more);
    return rc;
}

/* Makes the entities of type named name (and other, may be NULL) one, the one called name
 * kept, except one that a split made and whose own name has the key apart (may be NULL: a
 * later split put it apart). *keep (may be NULL) gets it, 0 when there is none. */
static int unite(kg_store *st, const char *type, const char *name, const char *other,
                 const char *apart, long long *keep, long long *changes, kg_error *err)
{
    char *k1 = key_of(name), *k2 = other ? key_of(other) : NULL;
    long long *ids = NULL;
    size_t n = 0;
    int rc = named2(&ids, &n, st, type, k1, k2, err);
    size_t kept_n = 0;
    for (size_t i = 0; i < n; i++)
        if (!apart || !kg_corr_own_name_is(st, ids[i], apart) ||
            kg_corr_scalar(st, NULL,
                           "SELECT count(*) FROM aliases WHERE entity = ?1 AND"
                           " reason = 'split by hand'",
                           "i", ids[i]) == 0)
            ids[kept_n++] = ids[i];
    n = kept_n;
    long long kept = 0;
    if (rc == KG_OK && n > 0) {
        kept = kg_corr_pick(st, ids, n, name, k1);
        rc = merge_all(st, kept, ids, n, changes, err);
    }
    if (keep)
        *keep = kept;
    free(ids);
    free(k1);
    free(k2);
    return rc;
}

static int apply_retype(kg_store *st, const kg_correction *c, long long *changes, kg_error *err)
{
    char *key = key_of(c->name);
    long long *ids = NULL;
    size_t n = 0;
    int rc = kg_corr_named(&ids, &n, st, c->type, key, err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        rc = kg_corr_exec(st, NULL, err, "UPDATE entities SET type = ?2 WHERE id = ?1", "it",
                          ids[i], c->arg);
        ++*changes;
    }
    free(ids);
    free(key);
    /* one entity of the new type under that name */
    return rc == KG_OK && n > 0 ? unite(st, c->arg, c->name, NULL, NULL, NULL, changes, err) : rc;
}

static int apply_rename(kg_store *st, const kg_correction *c, long long *changes, kg_error *err)
{
    long long id = 0;
    int rc = unite(st, c->type, c->name, NULL, NULL, &id, changes, err);
    if (rc != KG_OK || id == 0 ||
        kg_corr_scalar(st, NULL, "SELECT count(*) FROM entities WHERE id = ?1 AND name = ?2", "it",
                       id, c->arg) > 0)
        return rc;
    char *key = key_of(c->arg);
    long long ch = 0;
    rc = kg_corr_exec(st, &ch, err, "UPDATE entities SET name = ?2, key = ?3 WHERE id = ?1", "itt",
                      id, c->arg, key);
    *changes += ch;
    if (rc == KG_OK)
        rc = kg_store_add_alias(st, id, c->arg, key, "renamed by hand", NULL, err);
    free(key);
    return rc;
}

static int apply_alias(kg_store *st, const kg_correction *c, int add, long long *changes,
                       kg_error *err)
{
    char *key = key_of(c->name), *akey = key_of(c->arg);
    long long *ids = NULL;
    size_t n = 0;
    int rc = kg_corr_named(&ids, &n, st, c->type, key, err);
    long long ch = 0;
    if (rc == KG_OK && n > 0 && add) {
        long long id = kg_corr_pick(st, ids, n, c->name, key);
        if (kg_corr_scalar(st, NULL, "SELECT count(*) FROM aliases WHERE entity = ?1 AND key = ?2",
                           "it", id, akey) == 0) {
            rc = kg_store_add_alias(st, id, c->arg, akey, "added by hand", NULL, err);
            ch = 1;
        }
    }
    for (size_t i = 0; i < n && rc == KG_OK && !add; i++) {
        long long d = 0;
        if (!kg_corr_own_name_is(st, ids[i], akey))
            rc = kg_corr_exec(st, &d, err, "DELETE FROM aliases WHERE entity = ?1 AND key = ?2",
                              "it", ids[i], akey);
        ch += d;
    }
    *changes += ch;
    free(ids);
    free(key);
    free(akey);
    return rc;
}

static int apply_ignore(kg_store *st, const kg_correction *c, long long *changes, kg_error *err)
{
    char *key = key_of(c->name);
    long long *ids = NULL;
    size_t n = 0;
    int rc = kg_corr_named(&ids, &n, st, NULL, key, err);
    for (size_t i = 0; i < n && rc == KG_OK; i++)
        if (kg_corr_own_name_is(st, ids[i], key)) {
            rc = kg_corr_delete(st, ids[i], err);
            ++*changes;
        }
    free(ids);
    free(key);
    return rc;
}

/* Whether documents (ids one a line) holds doc. */
static int lists_document(const char *documents, const char *doc)
{
    size_t n = strlen(doc);
    for (const char *p = documents; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len == n && strncmp(p, doc, n) == 0)
            return 1;
        p += len + (nl ? 1 : 0);
    }
    return 0;
}

/* A set of keys, small: searched linearly. */
typedef struct keys {
    char **k;
    size_t n, cap;
} keys;

static int keys_has(const keys *s, const char *k)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->k[i], k) == 0)
            return 1;
    return 0;
}

static void keys_add(keys *s, const char *k)
{
    if (keys_has(s, k))
        return;
    KG_GROW(s->k, s->cap, s->n + 1);
    s->k[s->n++] = kg_xstrdup(k);
}

static void keys_free(keys *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->k[i]);
    free(s->k);
}

/* Splits entity id as c says into the entity named c->arg2 (found or created). */
static int split_one(kg_store *st, const kg_correction *c, long long id, const char *akey,
                     const char *nkey, long long *changes, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(kg_store_sqlite(st),
                           "SELECT m.id, d.id, CAST(substr(CAST(d.text AS BLOB),"
                           " m.start + 1, m.end - m.start) AS TEXT) FROM mentions m"
                           " JOIN documents d ON d.num = m.document WHERE m.entity = ?1",
                           -1, &s, NULL) != SQLITE_OK)
        return kg_error_set(err, KG_ESTORE, "cannot correct store: %s",
                            sqlite3_errmsg(kg_store_sqlite(st)));
    sqlite3_bind_int64(s, 1, id);
    long long *moved = NULL;
    size_t n = 0, cap = 0;
    keys gone = {0}, kept = {0}, moving = {0};
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *surface = (const char *)sqlite3_column_text(s, 2);
        char *k = key_of(surface ? surface : "");
        int move = akey ? strcmp(k, akey) == 0
                        : lists_document(c->documents, (const char *)sqlite3_column_text(s, 1));
        if (move) {
            KG_GROW(moved, cap, n + 1);
            moved[n++] = sqlite3_column_int64(s, 0);
            keys_add(&gone, k);
        } else {
            keys_add(&kept, k);
        }
        free(k);
    }
    sqlite3_finalize(s);
    if (akey) {
        if (kg_corr_scalar(st, NULL, "SELECT count(*) FROM aliases WHERE entity = ?1 AND key = ?2",
                           "it", id, akey) > 0)
            keys_add(&moving, akey);
    } else {
        /* the aliases only the moved mentions use */
        for (size_t i = 0; i < gone.n; i++)
            if (!keys_has(&kept, gone.k[i]) && !kg_corr_own_name_is(st, id, gone.k[i]))
                keys_add(&moving, gone.k[i]);
    }
    int rc = KG_OK;
    if (n > 0 || moving.n > 0) {
        long long *ids = NULL;
        size_t ni = 0;
        long long to = 0;
        rc = kg_corr_named(&ids, &ni, st, c->type, nkey, err);
        for (size_t i = 0; i < ni && !to; i++)
            if (ids[i] != id && kg_corr_own_name_is(st, ids[i], nkey))
                to = ids[i];
        free(ids);
        if (rc == KG_OK && !to) {
            to = kg_store_add_entity(st, c->arg2, c->type, nkey, NULL, err);
            rc = to < 0 ? (int)to
                        : kg_store_add_alias(st, to, c->arg2, nkey, "split by hand", NULL, err);
        }
        long long ch = 0;
        if (rc == KG_OK)
            rc = kg_corr_move(st, id, to, moved, n, moving.k, moving.n, &ch, err);
        *changes += ch + 1;
        /* split of all it was: no node without a mention is left behind */
        if (rc == KG_OK && n > 0 &&
            kg_corr_scalar(st, NULL, "SELECT count(*) FROM mentions WHERE entity = ?1", "i", id) ==
                0)
            rc = kg_corr_delete(st, id, err);
    }
    free(moved);
    keys_free(&gone);
    keys_free(&kept);
    keys_free(&moving);
    return rc;
}

static int apply_split(kg_store *st, const kg_correction *c, long long *changes, kg_error *err)
{
    char *key = key_of(c->name), *nkey = key_of(c->arg2);
    char *akey = c->arg[0] ? key_of(c->arg) : NULL;
    long long *ids = NULL;
    size_t n = 0;
    int rc = kg_corr_named(&ids, &n, st, c->type, key, err);
    for (size_t i = 0; i < n && rc == KG_OK; i++)
        if (!kg_corr_own_name_is(st, ids[i], nkey))
            rc = split_one(st, c, ids[i], akey, nkey, changes, err);
    free(ids);
    free(key);
    free(nkey);
    free(akey);
    return rc;
}

/* Applies c; apart (may be NULL) is for a merge: the key of the name a later split gave
 * what the merge joined. */
static int apply_one(kg_store *st, const kg_correction *c, const char *apart, long long *changes,
                     kg_error *err)
{
    if (strcmp(c->op, "merge") == 0)
        return unite(st, c->type, c->name, c->arg, apart, NULL, changes, err);
    if (strcmp(c->op, "split") == 0)
        return apply_split(st, c, changes, err);
    if (strcmp(c->op, "alias-add") == 0 || strcmp(c->op, "alias-remove") == 0)
        return apply_alias(st, c, strcmp(c->op, "alias-add") == 0, changes, err);
    if (strcmp(c->op, "retype") == 0)
        return apply_retype(st, c, changes, err);
    if (strcmp(c->op, "rename") == 0)
        return apply_rename(st, c, changes, err);
    if (strcmp(c->op, "ignore") == 0)
        return apply_ignore(st, c, changes, err);
    return kg_error_set(err, KG_EFORMAT, "unknown correction '%s'", c->op);
}

/* After changes: the graph has a new version (cached analytics are stale) and the store
 * forgets the entities it remembered. */
static int changed(kg_store *st, long long changes, kg_error *err)
{
    if (changes == 0)
        return KG_OK;
    kg_store_forget_caches(st);
    return kg_store_touch_graph(st, err);
}

/* ---- the table ---- */

void kg_correction_init(kg_correction *c, const char *op, const char *name, const char *type,
                        const char *arg, const char *arg2, const char *documents)
{
    c->id = 0;
    c->op = kg_xstrdup(op ? op : "");
    c->name = kg_xstrdup(name ? name : "");
    c->type = kg_xstrdup(type ? type : "");
    c->arg = kg_xstrdup(arg ? arg : "");
    c->arg2 = kg_xstrdup(arg2 ? arg2 : "");
    c->documents = kg_xstrdup(documents ? documents : "");
    c->date = kg_xstrdup("");
}

void kg_correction_clear(kg_correction *c)
{
    free(c->op);
    free(c->name);
    free(c->type);
    free(c->arg);
    free(c->arg2);
    free(c->documents);
    free(c->date);
}

static char *col(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return kg_xstrdup(t ? (const char *)t : "");
}

int kg_corrections_list(kg_correction **out, size_t *n, kg_store *st, long long entity,
                        kg_error *err)
{
    *out = NULL;
    *n = 0;
    if (!table_exists(st))
        return KG_OK;
    keys names = {0};
    if (entity > 0) {
        sqlite3_stmt *k = NULL;
        sqlite3_prepare_v2(kg_store_sqlite(st),
                           "SELECT key FROM entities WHERE id = ?1 UNION SELECT key FROM aliases"
                           " WHERE entity = ?1 UNION SELECT name FROM entities WHERE id = ?1",
                           -1, &k, NULL);
        sqlite3_bind_int64(k, 1, entity);
        while (sqlite3_step(k) == SQLITE_ROW) {
            char *key = key_of((const char *)sqlite3_column_text(k, 0));
            keys_add(&names, (const char *)sqlite3_column_text(k, 0));
            keys_add(&names, key);
            free(key);
        }
        sqlite3_finalize(k);
    }
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(kg_store_sqlite(st),
                           "SELECT id, op, name, type, arg, arg2, documents, created_at FROM"
                           " corrections ORDER BY id",
                           -1, &s, NULL) != SQLITE_OK) {
        keys_free(&names);
        return kg_error_set(err, KG_ESTORE, "cannot read corrections in '%s': %s",
                            kg_store_path(st), sqlite3_errmsg(kg_store_sqlite(st)));
    }
    size_t cap = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        kg_correction c = {sqlite3_column_int64(s, 0),
                           col(s, 1),
                           col(s, 2),
                           col(s, 3),
                           col(s, 4),
                           col(s, 5),
                           col(s, 6),
                           col(s, 7)};
        int keep = entity <= 0;
        /* the names it gives: the entity's, and for merge, rename and split the other's */
        const char *given[3] = {c.name, NULL, c.arg2};
        if (strcmp(c.op, "merge") == 0 || strcmp(c.op, "rename") == 0 || strcmp(c.op, "split") == 0)
            given[1] = c.arg;
        for (size_t i = 0; i < 3 && !keep; i++)
            if (given[i] && given[i][0]) {
                char *k = key_of(given[i]);
                keep = keys_has(&names, k);
                free(k);
            }
        if (!keep) {
            kg_correction_clear(&c);
            continue;
        }
        KG_GROW(*out, cap, *n + 1);
        (*out)[(*n)++] = c;
    }
    sqlite3_finalize(s);
    keys_free(&names);
    return KG_OK;
}

void kg_correction_list_free(kg_correction *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        kg_correction_clear(&list[i]);
    free(list);
}

void kg_correction_describe(kg_buf *b, const kg_correction *c)
{
    if (strcmp(c->op, "merge") == 0) {
        kg_buf_printf(b, "merged '%s' into '%s' (%s)", c->arg, c->name, c->type);
    } else if (strcmp(c->op, "split") == 0 && c->arg[0]) {
        kg_buf_printf(b, "split alias '%s' off '%s' as '%s'", c->arg, c->name, c->arg2);
    } else if (strcmp(c->op, "split") == 0) {
        size_t docs = 1;
        for (const char *p = c->documents; *p; p++)
            docs += *p == '\n';
        kg_buf_printf(b, "split %zu document%s off '%s' as '%s'", docs, docs > 1 ? "s" : "",
                      c->name, c->arg2);
    } else if (strcmp(c->op, "alias-add") == 0) {
        kg_buf_printf(b, "added alias '%s' to '%s'", c->arg, c->name);
    } else if (strcmp(c->op, "alias-remove") == 0) {
        kg_buf_printf(b, "removed alias '%s' from '%s'", c->arg, c->name);
    } else if (strcmp(c->op, "retype") == 0) {
        kg_buf_printf(b, "retyped '%s' from %s to %s", c->name, c->type, c->arg);
    } else if (strcmp(c->op, "rename") == 0) {
        kg_buf_printf(b, "renamed '%s' to '%s'", c->name, c->arg);
    } else {
        kg_buf_printf(b, "ignored '%s' (never a node)", c->name);
    }
}

/* Whether the keys of a and b are the set {x, y}. */
static int same_pair(const char *a, const char *b, const char *x, const char *y)
{
    char *ka = key_of(a), *kb = key_of(b), *kx = key_of(x), *ky = key_of(y);
    int same = (strcmp(ka, kx) == 0 && strcmp(kb, ky) == 0) ||
               (strcmp(ka, ky) == 0 && strcmp(kb, kx) == 0);
    free(ka);
    free(kb);
    free(kx);
    free(ky);
    return same;
}

/* Whether the later correction c undoes the earlier one old, which is then dropped (applied
 * both, they would undo each other at every build): a merge of what a split parted, an alias
 * added and removed, a retype back. (A split of what a merge joined keeps the merge: replayed
 * in a store built afresh, the two give what they gave here, and split_after keeps them from
 * undoing each other again.) */
static int undoes(const kg_correction *c, const kg_correction *old)
{
    if (strcmp(c->op, "merge") == 0 && strcmp(old->op, "split") == 0)
        return same_pair(c->name, c->arg, old->name, old->arg2);
    if ((strcmp(c->op, "alias-add") == 0 && strcmp(old->op, "alias-remove") == 0) ||
        (strcmp(c->op, "alias-remove") == 0 && strcmp(old->op, "alias-add") == 0))
        return same_pair(c->name, c->arg, old->name, old->arg);
    if (strcmp(c->op, "retype") == 0 && strcmp(old->op, "retype") == 0)
        return strcmp(c->type, old->arg) == 0 && same_pair(c->name, c->name, old->name, old->name);
    return 0;
}

/* Drops the stored corrections that c (stored as id) undoes. */
static int drop_undone(kg_store *st, const kg_correction *c, long long id, kg_error *err)
{
    kg_correction *list = NULL;
    size_t n = 0;
    int rc = kg_corrections_list(&list, &n, st, 0, err);
    for (size_t i = 0; i < n && rc == KG_OK; i++)
        if (list[i].id < id && undoes(c, &list[i]))
            rc = kg_corr_exec(st, NULL, err, "DELETE FROM corrections WHERE id = ?1", "i",
                              list[i].id);
    kg_correction_list_free(list, n);
    return rc;
}

int kg_corrections_add_in_tx(kg_store *st, const kg_correction *c, int *added, long long *changes,
                             kg_error *err)
{
    *added = 0;
    *changes = 0;
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
    long long inserted = 0;
    int rc = ensure_table(st, err);
    if (rc == KG_OK)
        rc = kg_corr_exec(st, &inserted, err,
                          "INSERT OR IGNORE INTO corrections(op, name, type, arg, arg2,"
                          " documents, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                          "ttttttt", c->op, c->name, c->type, c->arg, c->arg2, c->documents,
                          c->date[0] ? c->date : now);
    if (rc != KG_OK || inserted == 0)
        return rc;
    *added = 1;
    rc = drop_undone(st, c, sqlite3_last_insert_rowid(kg_store_sqlite(st)), err);
    if (rc == KG_OK)
        rc = apply_one(st, c, NULL, changes, err);
    return rc == KG_OK ? changed(st, *changes, err) : rc;
}

int kg_corrections_add(kg_store *st, const kg_correction *c, int *added, long long *changes,
                       kg_error *err)
{
    long long ch = 0;
    int add = 0;
    int rc = kg_store_begin(st, err);
    if (rc == KG_OK)
        rc = kg_corrections_add_in_tx(st, c, &add, &ch, err);
    if (rc == KG_OK)
        rc = kg_store_commit(st, err);
    if (rc != KG_OK) {
        kg_store_rollback(st);
        add = 0;
        ch = 0;
    }
    if (added)
        *added = add;
    if (changes)
        *changes = ch;
    return rc;
}

/* For a merge list[i] that a later split took apart again (split by the alias the merge
 * joined), the malloc'd key of the name the split gave: the merge leaves the entity the
 * split made out, so that the two do not undo each other at every build. Else NULL. */
static char *split_after(const kg_correction *list, size_t n, size_t i)
{
    if (strcmp(list[i].op, "merge") != 0)
        return NULL;
    for (size_t j = n; j-- > i + 1;)
        if (strcmp(list[j].op, "split") == 0 && list[j].arg[0] &&
            same_pair(list[i].name, list[i].arg, list[j].name, list[j].arg))
            return key_of(list[j].arg2);
    return NULL;
}

int kg_corrections_apply(kg_store *st, long long *changes, kg_error *err)
{
    if (changes)
        *changes = 0;
    if (!table_exists(st))
        return KG_OK;
    int own = sqlite3_get_autocommit(kg_store_sqlite(st));
    int rc = own ? kg_store_begin(st, err) : KG_OK;
    kg_correction *list = NULL;
    size_t n = 0;
    long long ch = 0;
    if (rc == KG_OK)
        rc = kg_corrections_list(&list, &n, st, 0, err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        char *apart = split_after(list, n, i);
        rc = apply_one(st, &list[i], apart, &ch, err);
        free(apart);
    }
    kg_correction_list_free(list, n);
    if (rc == KG_OK)
        rc = changed(st, ch, err);
    if (own && rc == KG_OK)
        rc = kg_store_commit(st, err);
    if (own && rc != KG_OK)
        kg_store_rollback(st);
    if (changes && rc == KG_OK)
        *changes = ch;
    return rc;
}
