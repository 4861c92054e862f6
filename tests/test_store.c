/* test_store: the SQLite store: creation and schema version, refusal of newer and non-SQLite
 * files, documents, entities, aliases, lookups, evidence and edge weights, meta and the graph
 * version, transactions. */
#include "../src/kg_mem.h"
#include "../src/store/kg_store.h"
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct fixture {
    char *dir;
    char *path;
    kg_store *st;
} fixture;

static void open_fixture(fixture *f)
{
    f->dir = harness_tmpdir();
    f->path = kg_xasprintf("%s/kg.db", f->dir);
    kg_error err;
    kg_error_clear(&err);
    int rc = kg_store_open(&f->st, f->path, 1, &err);
    ck_assert_msg(rc == KG_OK, "kg_store_open: %s", err.msg);
    ck_assert_ptr_nonnull(f->st);
}

static void close_fixture(fixture *f)
{
    kg_store_close(f->st);
    harness_rmtree(f->dir);
    free(f->dir);
    free(f->path);
}

/* Runs a one-value query on the store's handle and returns the integer. */
static long long query_int(kg_store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(kg_store_sqlite(st), sql, -1, &s, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    long long v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

static long long count(kg_store *st, const char *table)
{
    kg_error err;
    kg_error_clear(&err);
    long long n = kg_store_count(st, table, &err);
    ck_assert_msg(n >= 0, "count %s: %s", table, err.msg);
    return n;
}

static long long add_person(kg_store *st, const char *name, const char *key)
{
    kg_error err;
    kg_error_clear(&err);
    long long id = kg_store_add_entity(st, name, "person", key, NULL, &err);
    ck_assert_msg(id > 0, "add_entity %s: %s", name, err.msg);
    return id;
}

static kg_document *add_doc(kg_store *st, const char *text)
{
    kg_document *d = kg_document_new("test.txt", "Title", "2023-03-19", text, strlen(text));
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_add_document(st, d, &err), KG_OK);
    return d;
}

START_TEST(test_store_create_and_schema_version)
{
    fixture f;
    open_fixture(&f);
    struct stat sb;
    ck_assert_int_eq(stat(f.path, &sb), 0);
    char *v = kg_store_get_meta(f.st, "schema_version");
    ck_assert_ptr_nonnull(v);
    char want[16];
    snprintf(want, sizeof want, "%d", KG_SCHEMA_VERSION);
    ck_assert_str_eq(v, want);
    free(v);
    /* every table exists and is empty */
    static const char *const tables[] = {"documents", "entities", "edges", "mentions",
                                         "aliases",   "evidence", NULL};
    for (size_t i = 0; tables[i]; i++)
        ck_assert_int_eq(count(f.st, tables[i]), 0);
    /* WAL journal and foreign keys on */
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(kg_store_sqlite(f.st), "PRAGMA journal_mode", -1, &s, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "wal");
    sqlite3_finalize(s);
    ck_assert_int_eq(query_int(f.st, "PRAGMA foreign_keys"), 1);
    /* reopening without create works and keeps the version */
    kg_store_close(f.st);
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&f.st, f.path, 0, &err), KG_OK);
    v = kg_store_get_meta(f.st, "schema_version");
    ck_assert_str_eq(v, want);
    free(v);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_missing_without_create)
{
    char *dir = harness_tmpdir();
    char *path = kg_xasprintf("%s/none.db", dir);
    kg_store *st = (kg_store *)&st; /* must be reset to NULL */
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&st, path, 0, &err), KG_ENOTFOUND);
    ck_assert_ptr_null(st);
    ck_assert_int_eq(err.code, KG_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(err.msg, path));
    ck_assert_int_eq(access(path, F_OK), -1); /* not created */
    harness_rmtree(dir);
    free(dir);
    free(path);
}
END_TEST

START_TEST(test_store_refuses_newer_schema)
{
    fixture f;
    open_fixture(&f);
    kg_store_close(f.st);
    f.st = NULL;
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(f.path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, "UPDATE meta SET value = '999' WHERE key = 'schema_version'",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_changes(db), 1);
    sqlite3_close(db);
    kg_store *st = NULL;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&st, f.path, 0, &err), KG_ESTORE);
    ck_assert_ptr_null(st);
    ck_assert_ptr_nonnull(strstr(err.msg, "999"));
    ck_assert_ptr_nonnull(strstr(err.msg, "newer"));
    ck_assert_ptr_nonnull(strstr(err.msg, f.path));
    /* create 1 refuses it too, and leaves the version alone */
    ck_assert_int_eq(kg_store_open(&st, f.path, 1, &err), KG_ESTORE);
    ck_assert_int_eq(sqlite3_open(f.path, &db), SQLITE_OK);
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &s, NULL);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "999");
    sqlite3_finalize(s);
    sqlite3_close(db);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_not_a_database)
{
    char *dir = harness_tmpdir();
    char *path = kg_xasprintf("%s/notes.db", dir);
    kg_buf b = {0};
    for (int i = 0; i < 40; i++)
        kg_buf_puts(&b, "These are plain notes, not an SQLite database.\n");
    harness_write_file(path, b.data, b.len);
    kg_store *st = NULL;
    kg_error err;
    kg_error_clear(&err);
    int rc = kg_store_open(&st, path, 1, &err);
    ck_assert_int_ne(rc, KG_OK);
    ck_assert_int_eq(rc, KG_ESTORE);
    ck_assert_ptr_null(st);
    ck_assert_ptr_nonnull(strstr(err.msg, path));
    ck_assert_ptr_nonnull(strstr(err.msg, "not a database"));
    /* the file is left as it was */
    char *after = harness_read_file(path);
    ck_assert_str_eq(after, b.data);
    free(after);
    kg_buf_free(&b);
    harness_rmtree(dir);
    free(dir);
    free(path);
}
END_TEST

START_TEST(test_store_add_document_idempotent)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    const char *text = "Title\nAlua Joldybalina spoke in Zhezkazgan.";
    kg_document *d = kg_document_new("a.txt", "Title", "2023-03-03", text, strlen(text));
    ck_assert_int_eq(kg_store_has_document(f.st, d->id, &err), 0);
    ck_assert_int_eq(kg_store_add_document(f.st, d, &err), KG_OK);
    ck_assert_int_eq(kg_store_add_document(f.st, d, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "documents"), 1);
    ck_assert_int_eq(kg_store_has_document(f.st, d->id, &err), 1);
    ck_assert_int_eq(kg_store_has_document(f.st, "0000", &err), 0);
    /* the stored row holds the document */
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(f.st),
                       "SELECT source, title, date, text, ingested_at FROM documents", -1, &s,
                       NULL);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "a.txt");
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 1), "Title");
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 2), "2023-03-03");
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 3), text);
    ck_assert_uint_eq(strlen((const char *)sqlite3_column_text(s, 4)), 20); /* ISO UTC */
    sqlite3_finalize(s);
    /* a document without title or date */
    kg_document *d2 = kg_document_new("b.txt", NULL, NULL, "Other text.", 11);
    ck_assert_int_eq(kg_store_add_document(f.st, d2, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "documents"), 2);
    kg_document_free(d);
    kg_document_free(d2);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_entities_aliases_find)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    long long alua = add_person(f.st, "Alua Joldybalina", "alua joldibalina");
    long long kisi = kg_store_add_entity(f.st, "KISI", "organisation", "kisi", NULL, &err);
    ck_assert_int_gt(kisi, 0);
    ck_assert_int_ne(alua, kisi);
    ck_assert_int_eq(count(f.st, "entities"), 2);
    /* by name key, within the type only */
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "alua joldibalina", &err), alua);
    ck_assert_int_eq(kg_store_find_entity(f.st, "organisation", "alua joldibalina", &err), 0);
    ck_assert_int_eq(kg_store_find_entity(f.st, "organisation", "kisi", &err), kisi);
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "nobody", &err), 0);
    /* by alias key */
    ck_assert_int_eq(kg_store_add_alias(f.st, kisi, "Kazakhstan Institute for Strategic Studies",
                                        "kazahstan institute for strategic studies", "acronym",
                                        NULL, &err),
                     KG_OK);
    ck_assert_int_eq(kg_store_add_alias(f.st, kisi, "Kazakhstan Institute for Strategic Studies",
                                        "kazahstan institute for strategic studies", "acronym",
                                        NULL, &err),
                     KG_OK); /* idempotent */
    ck_assert_int_eq(count(f.st, "aliases"), 1);
    ck_assert_int_eq(kg_store_find_entity(f.st, "organisation",
                                          "kazahstan institute for strategic studies", &err),
                     kisi);
    /* the alias keeps its reason */
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(f.st), "SELECT alias, reason FROM aliases", -1, &s, NULL);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 0),
                     "Kazakhstan Institute for Strategic Studies");
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 1), "acronym");
    sqlite3_finalize(s);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_find_prefers_most_mentions)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    kg_document *d = add_doc(f.st, "Ivanov met Ivanov. Ivanov spoke.");
    long long first = add_person(f.st, "Ivanov", "ivanov");
    long long second = add_person(f.st, "Ivan Ivanov", "ivan ivanov");
    ck_assert_int_eq(kg_store_add_alias(f.st, second, "Ivanov", "ivanov", "surname", d->id, &err),
                     KG_OK);
    /* no mentions yet: the lower id wins */
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "ivanov", &err), first);
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, second, 0, 6, 0, 18, &err), KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, second, 11, 17, 0, 18, &err), KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, first, 19, 25, 19, 32, &err), KG_OK);
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "ivanov", &err), second);
    /* mentions are idempotent */
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, first, 19, 25, 19, 32, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "mentions"), 3);
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "ivanov", &err), second);
    /* counts follow the mentions added since the last lookup (2 each: the lower id wins) */
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, first, 0, 6, 0, 18, &err), KG_OK);
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "ivanov", &err), first);
    /* and mentions rolled back are forgotten */
    ck_assert_int_eq(kg_store_begin(f.st, &err), KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, second, 26, 32, 19, 32, &err), KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f.st, d->id, second, 7, 10, 0, 18, &err), KG_OK);
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "ivanov", &err), second);
    kg_store_rollback(f.st);
    ck_assert_int_eq(kg_store_find_entity(f.st, "person", "ivanov", &err), first);
    kg_document_free(d);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_find_person_by_surname)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    long long kamila = add_person(f.st, "Kamila Baidildina", "kamila baidildina");
    add_person(f.st, "Anton Tkachev", "anton tkachev");
    ck_assert_int_gt(kg_store_add_entity(f.st, "Tkachev Foundation", "organisation",
                                         "foundation tkachev", NULL, &err),
                     0);
    /* unique */
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "baidildina", &err), kamila);
    /* organisations do not count: still unique */
    ck_assert_int_gt(kg_store_find_person_by_surname(f.st, "tkachev", &err), 0);
    /* a first name or a part of a surname is not a surname */
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "kamila", &err), 0);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "dildina", &err), 0);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "nobody", &err), 0);
    /* LIKE wildcards in the key are literal */
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "%", &err), 0);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "baidildin_", &err), 0);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "", &err), 0);
    /* ambiguous once a second person has the surname */
    add_person(f.st, "Aigerim Baidildina", "aigerim baidildina");
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "baidildina", &err), 0);
    close_fixture(&f);
}
END_TEST

/* The surname index the store keeps in memory follows the store: persons added afterwards,
 * persons rolled back, persons another connection committed, multi-word surnames. */
START_TEST(test_store_surname_index_follows_store)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    long long cruz = add_person(f.st, "Maria de la Cruz", "maria de la cruz");
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "de la cruz", &err), cruz);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "cruz", &err), cruz);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "maria de la cruz", &err), 0);
    /* a person added in a transaction that is rolled back is forgotten */
    ck_assert_int_eq(kg_store_begin(f.st, &err), KG_OK);
    add_person(f.st, "Juan Cruz", "juan cruz");
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "cruz", &err), 0);
    kg_store_rollback(f.st);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "cruz", &err), cruz);
    /* a person committed by another connection is seen */
    sqlite3 *other = NULL;
    ck_assert_int_eq(sqlite3_open(f.path, &other), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(other,
                                  "INSERT INTO entities(name, type, key) VALUES('Ana Cruz',"
                                  " 'person', 'ana cruz')",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(other);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "cruz", &err), 0);
    ck_assert_int_eq(kg_store_find_person_by_surname(f.st, "de la cruz", &err), cruz);
    close_fixture(&f);
}
END_TEST

static long long edge_weight(kg_store *st, long long src, long long dst, const char *type)
{
    char *sql = kg_xasprintf("SELECT weight FROM edges WHERE source = %lld AND target = %lld"
                             " AND type = '%s'",
                             src, dst, type);
    long long w = query_int(st, sql);
    free(sql);
    return w;
}

START_TEST(test_store_evidence_weight)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    const char *text = "Tkachev discussed Respublica. Later Tkachev praised Respublica again.";
    kg_document *d = add_doc(f.st, text);
    long long a = add_person(f.st, "Anton Tkachev", "anton tkachev");
    long long p = kg_store_add_entity(f.st, "Respublica", "party", "respublica", NULL, &err);
    const char *s1 = "Tkachev discussed Respublica.";
    const char *s2 = "Later Tkachev praised Respublica again.";
    long e1 = (long)strlen(s1);
    /* the first evidence creates the edge with weight 1 */
    ck_assert_int_eq(kg_store_add_evidence(f.st, a, p, "discussed", d->id, 0, e1, s1, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "edges"), 1);
    ck_assert_int_eq(edge_weight(f.st, a, p, "discussed"), 1);
    /* the same sentence again changes nothing */
    ck_assert_int_eq(kg_store_add_evidence(f.st, a, p, "discussed", d->id, 0, e1, s1, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "edges"), 1);
    ck_assert_int_eq(count(f.st, "evidence"), 1);
    ck_assert_int_eq(edge_weight(f.st, a, p, "discussed"), 1);
    /* a second sentence: weight 2 */
    ck_assert_int_eq(
        kg_store_add_evidence(f.st, a, p, "discussed", d->id, e1 + 1, (long)strlen(text), s2, &err),
        KG_OK);
    ck_assert_int_eq(count(f.st, "edges"), 1);
    ck_assert_int_eq(edge_weight(f.st, a, p, "discussed"), 2);
    /* another type or the reverse direction is another edge */
    ck_assert_int_eq(kg_store_add_evidence(f.st, a, p, "affiliated-with", d->id, 0, e1, s1, &err),
                     KG_OK);
    ck_assert_int_eq(kg_store_add_evidence(f.st, p, a, "discussed", d->id, 0, e1, s1, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "edges"), 3);
    ck_assert_int_eq(edge_weight(f.st, a, p, "affiliated-with"), 1);
    ck_assert_int_eq(edge_weight(f.st, p, a, "discussed"), 1);
    ck_assert_int_eq(edge_weight(f.st, a, p, "discussed"), 2);
    /* the evidence keeps the sentence text */
    char *sql = kg_xasprintf("SELECT count(*) FROM evidence WHERE sentence = '%s'", s2);
    ck_assert_int_eq(query_int(f.st, sql), 1);
    free(sql);
    /* rows of a document the store does not hold are refused, not dropped in silence */
    const char *none = "0000000000000000000000000000000000000000000000000000000000000000";
    ck_assert_int_eq(kg_store_add_mention(f.st, none, a, 0, 7, 0, 29, &err), KG_ESTORE);
    ck_assert_int_eq(
        kg_store_add_alias(f.st, a, "A. Tkachev", "a tkachev", "name in the document", none, &err),
        KG_ESTORE);
    ck_assert_int_eq(kg_store_add_evidence(f.st, a, p, "discussed", none, 0, e1, s1, &err),
                     KG_ESTORE);
    ck_assert_int_eq(count(f.st, "mentions"), 0);
    kg_document_free(d);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_merge_attrs_never_overwrites)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    kg_entity_attrs first = {.date = "2023-03-03", .place = "Zhezkazgan"};
    long long ev =
        kg_store_add_entity(f.st, "KISI meeting", "event", "meeting|kisi|2023", &first, &err);
    ck_assert_int_gt(ev, 0);
    kg_entity_attrs later = {.date = "2024-01-01",
                             .place = "Astana",
                             .country = "KZ",
                             .region = "Ulytau Region",
                             .has_geo = 1,
                             .lat = 47.78,
                             .lon = 67.71};
    ck_assert_int_eq(kg_store_merge_attrs(f.st, ev, &later, &err), KG_OK);
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(f.st),
                       "SELECT date, place, country, region, lat, lon FROM entities WHERE id = ?1",
                       -1, &s, NULL);
    sqlite3_bind_int64(s, 1, ev);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "2023-03-03"); /* kept */
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 1), "Zhezkazgan"); /* kept */
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 2), "KZ");         /* filled */
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 3), "Ulytau Region");
    ck_assert(sqlite3_column_double(s, 4) == 47.78);
    ck_assert(sqlite3_column_double(s, 5) == 67.71);
    sqlite3_finalize(s);
    /* merging nothing changes nothing */
    ck_assert_int_eq(kg_store_merge_attrs(f.st, ev, NULL, &err), KG_OK);
    ck_assert_int_eq(query_int(f.st, "SELECT count(*) FROM entities WHERE country = 'KZ'"), 1);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_graph_version_and_meta)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_graph_version(f.st, &err), 0);
    ck_assert_int_eq(kg_store_touch_graph(f.st, &err), KG_OK);
    ck_assert_int_eq(kg_store_graph_version(f.st, &err), 1);
    ck_assert_int_eq(kg_store_touch_graph(f.st, &err), KG_OK);
    ck_assert_int_eq(kg_store_graph_version(f.st, &err), 2);
    /* meta values */
    ck_assert_ptr_null(kg_store_get_meta(f.st, "no-such-key"));
    ck_assert_int_eq(kg_store_set_meta(f.st, "k", "one", &err), KG_OK);
    ck_assert_int_eq(kg_store_set_meta(f.st, "k", "two", &err), KG_OK);
    char *v = kg_store_get_meta(f.st, "k");
    ck_assert_str_eq(v, "two");
    free(v);
    /* the version survives closing */
    kg_store_close(f.st);
    ck_assert_int_eq(kg_store_open(&f.st, f.path, 0, &err), KG_OK);
    ck_assert_int_eq(kg_store_graph_version(f.st, &err), 2);
    close_fixture(&f);
}
END_TEST

START_TEST(test_store_transactions_and_count)
{
    fixture f;
    open_fixture(&f);
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_begin(f.st, &err), KG_OK);
    add_person(f.st, "Rolled Back", "rolled back");
    ck_assert_int_eq(count(f.st, "entities"), 1);
    kg_store_rollback(f.st);
    ck_assert_int_eq(count(f.st, "entities"), 0);
    kg_store_rollback(f.st); /* no transaction: harmless */
    ck_assert_int_eq(kg_store_begin(f.st, &err), KG_OK);
    add_person(f.st, "Kept", "kept");
    ck_assert_int_eq(kg_store_commit(f.st, &err), KG_OK);
    ck_assert_int_eq(count(f.st, "entities"), 1);
    /* committing with no transaction open is an error with a message */
    ck_assert_int_eq(kg_store_commit(f.st, &err), KG_ESTORE);
    ck_assert_ptr_nonnull(strstr(err.msg, f.path));
    /* only the known tables can be counted */
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_count(f.st, "entities; DROP TABLE entities", &err), KG_EUSAGE);
    ck_assert_int_eq(kg_store_count(f.st, "meta", &err), KG_EUSAGE);
    ck_assert_int_eq(count(f.st, "entities"), 1);
    close_fixture(&f);
}
END_TEST

static Suite *store_suite(void)
{
    Suite *s = suite_create("store");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_store_create_and_schema_version);
    tcase_add_test(tc, test_store_missing_without_create);
    tcase_add_test(tc, test_store_refuses_newer_schema);
    tcase_add_test(tc, test_store_not_a_database);
    tcase_add_test(tc, test_store_add_document_idempotent);
    tcase_add_test(tc, test_store_entities_aliases_find);
    tcase_add_test(tc, test_store_find_prefers_most_mentions);
    tcase_add_test(tc, test_store_find_person_by_surname);
    tcase_add_test(tc, test_store_surname_index_follows_store);
    tcase_add_test(tc, test_store_evidence_weight);
    tcase_add_test(tc, test_store_merge_attrs_never_overwrites);
    tcase_add_test(tc, test_store_graph_version_and_meta);
    tcase_add_test(tc, test_store_transactions_and_count);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(store_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
