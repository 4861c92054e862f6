/* test_search: queries from the store's indexes (issue 11). `kg query search` from the name
 * index answers what a scan of every name answers, finds misspelt names and parts of names
 * through the index, follows every change of names (renames, merges, aliases, removed
 * documents), and an older store is read by a scan and upgraded to the index. The cached
 * ranking read from the scores table equals the one the loaded graph gives. */
#include "../queries/kg_query.h"
#include "../src/kg_mem.h"
#include "../src/store/kg_name_index.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dir;
static char *db;

static void setup(void)
{
    dir = harness_tmpdir();
    db = kg_xasprintf("%s/kg.db", dir);
}

static void teardown(void)
{
    harness_rmtree(dir);
    free(dir);
    free(db);
}

/* Runs `kg --db DB ARGS` and asserts that it exits 0. */
static void kg(const char *args)
{
    char *cmd = kg_xasprintf("'%s' -q --db '%s' %s", KG_BINARY, db, args);
    char *out = NULL, *err = NULL;
    int rc = harness_run(cmd, &out, &err);
    ck_assert_msg(rc == 0, "'%s' exited %d: %s", args, rc, err);
    free(out);
    free(err);
    free(cmd);
}

/* The store of the seed articles and five dev sets: 261 entities, 409 aliases. */
static void build_fixture(void)
{
    kg("build '" KG_SOURCE_ROOT "/examples' '" KG_TEST_DATA "/dev' '" KG_TEST_DATA
       "/dev2' '" KG_TEST_DATA "/dev3' '" KG_TEST_DATA "/dev4' '" KG_TEST_DATA "/dev5'");
}

static kg_store *open_store(int mode)
{
    kg_store *st = NULL;
    kg_error err;
    ck_assert_int_eq(kg_store_open(&st, db, mode, &err), KG_OK);
    return st;
}

static long long query_int(kg_store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(kg_store_sqlite(st), sql, -1, &s, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    long long v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

/* Every entity has one row of the name index, and it holds exactly its names. */
static void assert_index_in_step(void)
{
    kg_store *st = open_store(KG_STORE_READ);
    ck_assert_int_eq(kg_store_schema_version(st), KG_SCHEMA_VERSION);
    ck_assert_int_eq(query_int(st, "SELECT count(*) FROM name_index"),
                     query_int(st, "SELECT count(*) FROM entities"));
    ck_assert_int_eq(query_int(st,
                               "SELECT count(*) FROM entities e LEFT JOIN name_index n"
                               " ON n.rowid = e.id WHERE n.names IS NOT (" KG_NAME_INDEX_TEXT ")"),
                     0);
    kg_store_close(st);
}

/* Asserts that the index and the scan give the same entities and scores for text. */
static void assert_same(kg_store *st, const char *text)
{
    long long a[10], b[10];
    double sa[10], sb[10];
    size_t na = kg_query_fuzzy(st, text, a, sa, 10);
    size_t nb = kg_query_fuzzy_scan(st, text, b, sb, 10);
    ck_assert_msg(na == nb, "'%s': %zu results from the index, %zu from a scan", text, na, nb);
    for (size_t i = 0; i < na; i++)
        ck_assert_msg(a[i] == b[i] && sa[i] == sb[i],
                      "'%s' result %zu: entity %lld (%.2f) from the index, %lld (%.2f) from a scan",
                      text, i, a[i], sa[i], b[i], sb[i]);
}

/* The rank of entity id among the results for text (index path), or -1. */
static int rank_of(kg_store *st, const char *text, long long id, double *score)
{
    long long ids[10];
    double scores[10];
    size_t n = kg_query_fuzzy(st, text, ids, scores, 10);
    for (size_t i = 0; i < n; i++)
        if (ids[i] == id) {
            if (score)
                *score = scores[i];
            return (int)i;
        }
    return -1;
}

static long long entity_named(kg_store *st, const char *name)
{
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st), "SELECT id FROM entities WHERE name = ?1", -1, &s,
                       NULL);
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
    long long id = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_finalize(s);
    return id;
}

START_TEST(test_search_index_equals_scan)
{
    build_fixture();
    assert_index_in_step();
    kg_store *st = open_store(KG_STORE_READ);
    /* every name and alias, each with a letter dropped and with a letter doubled, its words
     * and its first five letters: no chosen case */
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st),
                       "SELECT name FROM entities UNION SELECT alias FROM aliases ORDER BY 1", -1,
                       &s, NULL);
    size_t asked = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(s, 0);
        size_t len = strlen(name);
        assert_same(st, name);
        char *v = kg_xstrdup(name);
        if (len > 4) {
            memmove(v + len / 2, v + len / 2 + 1, len - len / 2);
            assert_same(st, v);
        }
        free(v);
        v = kg_xasprintf("%.*s%c%s", (int)(len / 3), name, name[len / 3], name + len / 3);
        assert_same(st, v);
        free(v);
        v = kg_xasprintf("%.5s", name);
        assert_same(st, v);
        free(v);
        const char *sp = strrchr(name, ' ');
        if (sp)
            assert_same(st, sp + 1);
        asked++;
    }
    sqlite3_finalize(s);
    ck_assert_uint_gt(asked, 300);
    kg_store_close(st);
}
END_TEST

START_TEST(test_search_finds_misspelt_and_parts_through_the_index)
{
    build_fixture();
    kg_store *st = open_store(KG_STORE_READ);
    long long id = entity_named(st, "Ermek Kosherbayev");
    ck_assert_int_gt(id, 0);
    double score = 0;
    ck_assert_int_eq(rank_of(st, "Kosherbaev", id, &score), 0); /* the same key */
    ck_assert_int_eq(rank_of(st, "Kosherbyev", id, &score), 0); /* a letter dropped */
    ck_assert(score >= 0.5 && score < 0.8);
    ck_assert_int_eq(rank_of(st, "Kosherb", id, &score), 0); /* a part: contained */
    ck_assert_double_eq(score, 0.8);
    kg_store_close(st);
    /* the answer comes from the index: without the entity's row it is not found */
    kg_store *w = open_store(KG_STORE_OPEN);
    char *sql = kg_xasprintf("DELETE FROM name_index WHERE rowid = %lld", id);
    ck_assert_int_eq(sqlite3_exec(kg_store_sqlite(w), sql, NULL, NULL, NULL), SQLITE_OK);
    free(sql);
    kg_store_close(w);
    st = open_store(KG_STORE_READ);
    ck_assert_int_eq(rank_of(st, "Kosherbyev", id, NULL), -1);
    ck_assert_int_eq(rank_of(st, "Kosherb", id, NULL), -1);
    long long ids[10];
    double scores[10];
    ck_assert_uint_gt(kg_query_fuzzy_scan(st, "Kosherbyev", ids, scores, 10), 0);
    ck_assert_int_eq(ids[0], id);
    kg_store_close(st);
}
END_TEST

START_TEST(test_search_index_follows_changes)
{
    build_fixture();
    kg("rename 'Ermek Kosherbayev' 'Quentin Zarzuela'");
    assert_index_in_step();
    kg_store *st = open_store(KG_STORE_READ);
    long long id = entity_named(st, "Quentin Zarzuela");
    ck_assert_int_gt(id, 0);
    ck_assert_int_eq(rank_of(st, "Zarzuella", id, NULL), 0);
    kg_store_close(st);
    kg("alias add 'Quentin Zarzuela' 'Wobbleton'");
    assert_index_in_step();
    st = open_store(KG_STORE_READ);
    ck_assert_int_eq(rank_of(st, "Wobleton", id, NULL), 0);
    kg_store_close(st);
    kg("alias remove 'Quentin Zarzuela' 'Wobbleton'");
    assert_index_in_step();
    st = open_store(KG_STORE_READ);
    ck_assert_int_eq(rank_of(st, "Wobbleton", id, NULL), -1);
    long long other = entity_named(st, "Alexandra Perminova");
    ck_assert_int_gt(other, 0);
    kg_store_close(st);
    /* a merge: one entity answers to both names, the other is gone from the index */
    kg("merge 'Quentin Zarzuela' 'Alexandra Perminova'");
    assert_index_in_step();
    st = open_store(KG_STORE_READ);
    long long kept = entity_named(st, "Quentin Zarzuela");
    ck_assert_int_gt(kept, 0);
    ck_assert_int_eq(rank_of(st, "Perminova", kept, NULL), 0);
    ck_assert_int_eq(rank_of(st, "Perminova", other == kept ? id : other, NULL), -1);
    kg_store_close(st);
    /* removed documents take the entities only they mention out of the index */
    kg("remove '" KG_SOURCE_ROOT "/examples/kisi-zhezkazgan-2023-03-03.txt' '" KG_SOURCE_ROOT
       "/examples/moscow-roundtable-2023-03-19.txt'");
    assert_index_in_step();
    st = open_store(KG_STORE_READ);
    ck_assert_int_eq(entity_named(st, "Quentin Zarzuela"), 0);
    ck_assert_int_eq(rank_of(st, "Zarzuela", kept, NULL), -1);
    assert_same(st, "Zarzuela");
    assert_same(st, "Kazakhstan");
    kg_store_close(st);
}
END_TEST

/* Rewrites the store behind db as schema 3 wrote it (tests/stores/schema3.sql). */
static void as_schema_3(sqlite3 *h)
{
    char *sql = harness_read_file(KG_SOURCE_ROOT "/tests/stores/schema3.sql");
    ck_assert_ptr_nonnull(sql);
    ck_assert_int_eq(sqlite3_exec(h, "PRAGMA foreign_keys=OFF", NULL, NULL, NULL), SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(h, sql, NULL, NULL, &msg);
    ck_assert_msg(rc == SQLITE_OK, "schema3.sql: %s", msg ? msg : "");
    ck_assert_int_eq(sqlite3_exec(h, "PRAGMA foreign_keys=ON", NULL, NULL, NULL), SQLITE_OK);
    free(sql);
}

START_TEST(test_search_schema_2_store_scanned_then_upgraded)
{
    build_fixture();
    kg_store *w = open_store(KG_STORE_OPEN);
    /* what a schema 2 store looks like: schema 3's tables less the name index */
    as_schema_3(kg_store_sqlite(w));
    ck_assert_int_eq(sqlite3_exec(kg_store_sqlite(w),
                                  "DROP TRIGGER name_index_entity_insert;"
                                  "DROP TRIGGER name_index_entity_key;"
                                  "DROP TRIGGER name_index_entity_delete;"
                                  "DROP TRIGGER name_index_alias_insert;"
                                  "DROP TRIGGER name_index_alias_update;"
                                  "DROP TRIGGER name_index_alias_delete;"
                                  "DROP TABLE name_vocab; DROP TABLE name_index;"
                                  "DROP INDEX entities_key; DROP INDEX scores_pagerank;"
                                  "UPDATE meta SET value = '2' WHERE key = 'schema_version';",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    kg_store_close(w);
    /* read as it is: the names are scanned */
    kg_store *st = open_store(KG_STORE_READ);
    ck_assert_int_eq(kg_store_schema_version(st), 2);
    ck_assert_int_eq(query_int(st, "SELECT count(*) FROM sqlite_master WHERE name = 'name_index'"),
                     0);
    long long id = entity_named(st, "Ermek Kosherbayev");
    long long ids[10];
    double scores[10];
    ck_assert_uint_gt(kg_query_fuzzy(st, "Kosherbyev", ids, scores, 10), 0);
    ck_assert_int_eq(ids[0], id);
    kg_store_close(st);
    /* a write upgrades it, index filled, in one transaction */
    kg("build '" KG_SOURCE_ROOT "/examples'");
    assert_index_in_step();
    st = open_store(KG_STORE_READ);
    ck_assert_int_eq(rank_of(st, "Kosherbyev", id, NULL), 0);
    assert_same(st, "Kosherbyev");
    kg_store_close(st);
}
END_TEST

/* Runs `kg --db PATH ARGS`, asserts that it exits 0 and returns stdout (caller frees). */
static char *kg_out(const char *path, const char *args)
{
    char *cmd = kg_xasprintf("'%s' -q --db '%s' %s", KG_BINARY, path, args);
    char *out = NULL, *err = NULL;
    int rc = harness_run(cmd, &out, &err);
    ck_assert_msg(rc == 0, "'%s' exited %d: %s", args, rc, err);
    free(err);
    free(cmd);
    return out;
}

START_TEST(test_search_cached_ranking_equals_loaded)
{
    build_fixture();
    static const char *const asks[] = {
        "query centrality",
        "query centrality -n 0 --json",
        "query centrality -n 7 --type person,place",
        "query centrality --measure degree -n 0",
        "query centrality --measure degree -n 0 --json", /* ties of score and name */
        "query centrality --measure degree -n 4",        /* ties across the cut */
        "query centrality --measure degree -n 9",
        "query centrality --measure degree -n 17",
        "query centrality --measure weighted-degree -n 12 --json",
        "query centrality --measure betweenness -n 5",
        "query centrality --measure harmonic -n 0 --json",
        NULL};
    for (size_t i = 0; asks[i]; i++) /* computed and cached */
        free(kg_out(db, asks[i]));
    /* the same store, read as schema 2: the scores come through the loaded view */
    char *old = kg_xasprintf("%s/old.db", dir);
    kg_store *w = open_store(KG_STORE_OPEN);
    char *sql = kg_xasprintf("VACUUM INTO '%s'", old);
    ck_assert_int_eq(sqlite3_exec(kg_store_sqlite(w), sql, NULL, NULL, NULL), SQLITE_OK);
    free(sql);
    kg_store_close(w);
    kg_store *o = NULL;
    kg_error err;
    ck_assert_int_eq(kg_store_open(&o, old, KG_STORE_OPEN, &err), KG_OK);
    as_schema_3(kg_store_sqlite(o));
    ck_assert_int_eq(sqlite3_exec(kg_store_sqlite(o),
                                  "UPDATE meta SET value = '2' WHERE key = 'schema_version'", NULL,
                                  NULL, NULL),
                     SQLITE_OK);
    kg_store_close(o);
    for (size_t i = 0; asks[i]; i++) {
        char *fast = kg_out(db, asks[i]);
        char *loaded = kg_out(old, asks[i]);
        ck_assert_msg(strcmp(fast, loaded) == 0, "'%s' from the cache:\n%s\nloaded:\n%s", asks[i],
                      fast, loaded);
        ck_assert_uint_gt(strlen(fast), 100);
        free(fast);
        free(loaded);
    }
    free(old);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("search");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_search_index_equals_scan);
    tcase_add_test(tc, test_search_finds_misspelt_and_parts_through_the_index);
    tcase_add_test(tc, test_search_index_follows_changes);
    tcase_add_test(tc, test_search_schema_2_store_scanned_then_upgraded);
    tcase_add_test(tc, test_search_cached_ranking_equals_loaded);
    suite_add_tcase(s, tc);
    return harness_run_suite(s);
}
