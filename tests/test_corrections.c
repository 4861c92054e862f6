/* test_corrections: corrections by hand end to end (kg merge, split, alias, retype, rename,
 * ignore, corrections export/import) on State Department articles of the dev sets, with the
 * store read back through SQLite: merges combine evidence and weights, corrections survive a
 * build of new documents, an export imported into a fresh store gives the same graph, bad
 * input changes nothing; and kg_corrections_apply merging a re-created duplicate again. */
#include "../src/corrections/kg_corrections.h"
#include "../src/kg_mem.h"
#include "../src/resolve/kg_normalize.h"
#include "../src/store/kg_store.h"
#include "harness.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MACRIS "dev2/06-macris-osce-kazakhstan-elections-2019.txt"
#define KISI "kisi-zhezkazgan-2023-03-03.txt"
#define MOSCOW "moscow-roundtable-2023-03-19.txt"

typedef struct fixture {
    char *dir;
} fixture;

static void setup(fixture *f)
{
    f->dir = harness_tmpdir();
}

static void teardown(fixture *f)
{
    harness_rmtree(f->dir);
    free(f->dir);
}

/* Runs kg with args in f's directory (store kg.db); returns its exit status, output into
 * out and err when not NULL. */
static int kg(const fixture *f, const char *args, char **out, char **err)
{
    char *o = NULL, *e = NULL; /* what the caller does not want */
    char *full = kg_xasprintf("--db kg.db %s", args);
    int rc = harness_run_kg(f->dir, full, out ? out : &o, err ? err : &e);
    free(full);
    free(o);
    free(e);
    return rc;
}

/* Runs kg and fails the test unless it exits 0. */
static void kg_ok(const fixture *f, const char *args)
{
    char *err = NULL;
    int rc = kg(f, args, NULL, &err);
    ck_assert_msg(rc == 0, "kg %s exited %d: %s", args, rc, err);
    free(err);
}

/* Builds data files (paths under tests/data, or examples/ for names without a slash). */
static void build(const fixture *f, const char *store, const char *file)
{
    char *path = strchr(file, '/') ? harness_data_path(file)
                                   : kg_xasprintf("%s/examples/%s", KG_SOURCE_ROOT, file);
    char *args = kg_xasprintf("-q --db %s build '%s'", store, path);
    char *out = NULL, *err = NULL;
    int rc = harness_run_kg(f->dir, args, &out, &err);
    ck_assert_msg(rc == 0, "kg build %s exited %d: %s", file, rc, err);
    free(out);
    free(err);
    free(args);
    free(path);
}

/* The rows of sql on the store, one a line, columns joined by '|' (malloc'd). */
static char *rows(const fixture *f, const char *store, const char *sql)
{
    char *path = kg_xasprintf("%s/%s", f->dir, store);
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *s = NULL;
    ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK, "%s: %s", sql,
                  sqlite3_errmsg(db));
    kg_buf b = {0};
    kg_buf_puts(&b, "");
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(s); i++) {
            const unsigned char *t = sqlite3_column_text(s, i);
            kg_buf_printf(&b, "%s%s", i ? "|" : "", t ? (const char *)t : "NULL");
        }
        kg_buf_putc(&b, '\n');
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    free(path);
    return kg_buf_take(&b);
}

static long long number(const fixture *f, const char *store, const char *sql)
{
    char *r = rows(f, store, sql);
    long long n = atoll(r);
    free(r);
    return n;
}

/* The graph by names: entities with type and aliases, edges with weights. */
#define GRAPH_SQL                                                                                  \
    "SELECT 'n', name, type, (SELECT group_concat(alias, ';') FROM (SELECT alias FROM aliases"     \
    " WHERE entity = e.id ORDER BY alias)), (SELECT count(*) FROM mentions WHERE entity = e.id)"   \
    " FROM entities e UNION ALL SELECT 'e', a.name, b.name, d.type, d.weight FROM edges d"         \
    " JOIN entities a ON a.id = d.source JOIN entities b ON b.id = d.target ORDER BY 1, 2, 3, 4"

/* What must not change on refused input: the graph, its version, the corrections. */
static char *state(const fixture *f)
{
    char *g = rows(f, "kg.db", GRAPH_SQL);
    char *v = rows(f, "kg.db",
                   "SELECT value FROM meta WHERE key = 'graph_version' UNION ALL SELECT count(*)"
                   " FROM sqlite_master WHERE name = 'corrections'");
    char *c = strstr(v, "\n1\n") ? rows(f, "kg.db", "SELECT * FROM corrections ORDER BY id")
                                 : kg_xstrdup("");
    char *all = kg_xasprintf("%s--\n%s--\n%s", g, v, c);
    free(g);
    free(v);
    free(c);
    return all;
}

/* Every edge's weight is its number of evidence sentences; no edge joins a node to itself. */
static void assert_consistent(const fixture *f, const char *store)
{
    ck_assert_int_eq(number(f, store,
                            "SELECT count(*) FROM edges e WHERE weight != (SELECT count(*) FROM"
                            " evidence WHERE edge = e.id) OR weight = 0 OR source = target"),
                     0);
    ck_assert_int_eq(number(f, store,
                            "SELECT count(*) FROM mentions WHERE entity NOT IN (SELECT id FROM"
                            " entities)"),
                     0);
}

/* The edges a merge of b into a must leave, computed from the evidence before it: every
 * edge with b replaced by a, those between a and b dropped, weights the distinct sentences. */
static char *expected_after_merge(const fixture *f, long long a, long long b)
{
    char *sql = kg_xasprintf(
        "SELECT s, t, type, count(DISTINCT document || ':' || start) FROM (SELECT CASE"
        " WHEN e.source = %lld THEN %lld ELSE e.source END s, CASE WHEN e.target = %lld THEN"
        " %lld ELSE e.target END t, e.type, v.document, v.start FROM edges e JOIN evidence v"
        " ON v.edge = e.id) WHERE s != t GROUP BY s, t, type ORDER BY s, t, type",
        b, a, b, a);
    char *r = rows(f, "kg.db", sql);
    free(sql);
    return r;
}

static long long id_of(const fixture *f, const char *name)
{
    char *sql = kg_xasprintf("SELECT id FROM entities WHERE name = '%s'", name);
    long long id = number(f, "kg.db", sql);
    free(sql);
    return id;
}

START_TEST(test_corrections_merge_combines_weights_and_drops_self_loops)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", MACRIS);
    long long iom = id_of(&f, "OSCE International Election Observation Mission");
    long long pa = id_of(&f, "OSCE Parliamentary Assembly");
    long long osce = id_of(&f, "OSCE");
    ck_assert(iom > 0 && pa > 0 && osce > 0);
    /* two organisations with two neighbours in common: their edges combine */
    char *want = expected_after_merge(&f, iom, pa);
    long long evidence = number(&f, "kg.db", "SELECT count(*) FROM evidence");
    long long version = number(&f, "kg.db", "SELECT value FROM meta WHERE key = 'graph_version'");
    kg_ok(&f, "merge 'OSCE International Election Observation Mission' 'osce parliamentary "
              "assembly'");
    char *got =
        rows(&f, "kg.db", "SELECT source, target, type, weight FROM edges ORDER BY 1, 2, 3");
    ck_assert_str_eq(got, want);
    ck_assert(strstr(got, "|affiliated-with|2\n")); /* two sentences to the OSCE now */
    ck_assert_int_eq(number(&f, "kg.db", "SELECT count(*) FROM evidence"), evidence);
    ck_assert_int_eq(id_of(&f, "OSCE Parliamentary Assembly"), 0);
    ck_assert(number(&f, "kg.db", "SELECT value FROM meta WHERE key = 'graph_version'") > version);
    assert_consistent(&f, "kg.db");
    free(want);
    free(got);
    /* an organisation and the one it belongs to: the edge between them is dropped */
    want = expected_after_merge(&f, osce, iom);
    long long between = number(&f, "kg.db",
                               "SELECT count(*) FROM evidence v JOIN edges e ON e.id = v.edge"
                               " JOIN entities a ON a.id = e.source WHERE a.name LIKE 'OSCE I%'"
                               " AND e.target = (SELECT id FROM entities WHERE name = 'OSCE')");
    ck_assert_int_eq(between, 2);
    kg_ok(&f, "merge OSCE 'OSCE International Election Observation Mission'");
    got = rows(&f, "kg.db", "SELECT source, target, type, weight FROM edges ORDER BY 1, 2, 3");
    ck_assert_str_eq(got, want);
    ck_assert_int_eq(number(&f, "kg.db", "SELECT count(*) FROM evidence"), evidence - between);
    assert_consistent(&f, "kg.db");
    /* the aliases and mentions of both */
    char *out = NULL;
    ck_assert_int_eq(kg(&f, "query entity --json 'OSCE Parliamentary Assembly'", &out, NULL), 0);
    json_t *o = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(o);
    ck_assert_str_eq(json_string_value(json_object_get(o, "name")), "OSCE");
    json_t *fixes = json_object_get(o, "corrections");
    ck_assert_int_eq((int)json_array_size(fixes), 2);
    const char *date = json_string_value(json_object_get(json_array_get(fixes, 0), "date"));
    ck_assert_msg(date && strlen(date) == 20 && date[4] == '-' && date[10] == 'T', "date %s", date);
    json_decref(o);
    free(out);
    free(want);
    free(got);
    teardown(&f);
}
END_TEST

START_TEST(test_corrections_split_by_alias_undoes_a_merge)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", MACRIS);
    char *before = rows(&f, "kg.db", GRAPH_SQL);
    kg_ok(&f, "merge OSCE ODIHR");
    ck_assert_int_eq(id_of(&f, "ODIHR"), 0);
    char *out = NULL;
    ck_assert_int_eq(kg(&f, "split osce --alias odihr --as ODIHR", &out, NULL), 0);
    ck_assert(strstr(out, "split alias 'odihr' off 'OSCE' as 'ODIHR'"));
    free(out);
    char *after = rows(&f, "kg.db",
                       "SELECT 'n', name, type, (SELECT group_concat(alias, ';') FROM (SELECT alias"
                       " FROM aliases WHERE entity = e.id ORDER BY alias)), (SELECT count(*) FROM"
                       " mentions WHERE entity = e.id) FROM entities e UNION ALL SELECT 'e',"
                       " a.name, b.name, d.type, d.weight FROM edges d JOIN entities a ON a.id ="
                       " d.source JOIN entities b ON b.id = d.target ORDER BY 1, 2, 3, 4");
    ck_assert_str_eq(after, before);
    assert_consistent(&f, "kg.db");
    /* both are kept, and a build applies them again without undoing either */
    char *list = rows(&f, "kg.db", "SELECT op FROM corrections ORDER BY id");
    ck_assert_str_eq(list, "merge\nsplit\n");
    free(list);
    char *ids = rows(&f, "kg.db", "SELECT id, name, type FROM entities ORDER BY id");
    build(&f, "kg.db", KISI);
    char *ids_after = rows(&f, "kg.db", "SELECT id, name, type FROM entities ORDER BY id");
    ck_assert(strncmp(ids_after, ids, strlen(ids)) == 0);
    ck_assert_int_eq(number(&f, "kg.db", "SELECT count(*) FROM entities WHERE name = 'ODIHR'"), 1);
    free(ids);
    free(ids_after);
    free(before);
    free(after);
    teardown(&f);
}
END_TEST

START_TEST(test_corrections_split_by_document)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", KISI);
    build(&f, "kg.db", MOSCOW);
    long long total = number(&f, "kg.db",
                             "SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity"
                             " WHERE e.name = 'Mazhilis'");
    char *doc = kg_xasprintf("%s/examples/%s", KG_SOURCE_ROOT, MOSCOW);
    char *moved_sql = kg_xasprintf("SELECT count(*) FROM mentions m JOIN entities e ON e.id ="
                                   " m.entity JOIN documents d ON d.num = m.document WHERE"
                                   " e.name = 'Mazhilis' AND d.source = '%s'",
                                   doc);
    long long in_moscow = number(&f, "kg.db", moved_sql);
    ck_assert(in_moscow > 0 && in_moscow < total);
    char *args = kg_xasprintf("split Mazhilis --document '%s' --as 'Mazhilis (Moscow)'", doc);
    kg_ok(&f, args);
    ck_assert_int_eq(number(&f, "kg.db", moved_sql), 0);
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity"
                            " WHERE e.name = 'Mazhilis (Moscow)'"),
                     in_moscow);
    /* every evidence sentence of the new node comes from that document */
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(*) FROM evidence v JOIN edges e ON e.id = v.edge JOIN"
                            " entities n ON n.id IN (e.source, e.target) JOIN documents d ON"
                            " d.num = v.document WHERE n.name = 'Mazhilis (Moscow)'"),
                     number(&f, "kg.db",
                            "SELECT count(*) FROM evidence v JOIN edges e ON e.id = v.edge JOIN"
                            " entities n ON n.id IN (e.source, e.target) WHERE n.name ="
                            " 'Mazhilis (Moscow)'"));
    assert_consistent(&f, "kg.db");
    /* a document that does not mention it, and a missing document */
    char *err = NULL;
    char *kisi = kg_xasprintf("%s/examples/%s", KG_SOURCE_ROOT, KISI);
    free(args);
    args = kg_xasprintf("split 'Mazhilis (Moscow)' --document '%s' --as X", kisi);
    ck_assert_int_eq(kg(&f, args, NULL, &err), 1);
    ck_assert(strstr(err, "does not mention"));
    free(err);
    ck_assert_int_eq(kg(&f, "split Mazhilis --document nosuchdoc --as X", NULL, &err), 1);
    ck_assert(strstr(err, "no document 'nosuchdoc'"));
    free(err);
    free(kisi);
    free(args);
    free(doc);
    free(moved_sql);
    teardown(&f);
}
END_TEST

START_TEST(test_corrections_alias_rename_retype_ignore)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", MACRIS);
    kg_ok(&f, "alias add Macris 'G. Macris'");
    char *out = NULL;
    ck_assert_int_eq(kg(&f, "query entity 'g macris'", &out, NULL), 0);
    ck_assert(strstr(out, "Gregory Macris (person)"));
    ck_assert(strstr(out, "added by hand"));
    ck_assert(strstr(out, "added alias 'G. Macris' to 'Gregory Macris'"));
    free(out);
    kg_ok(&f, "alias remove 'Gregory Macris' 'g. macris'");
    ck_assert_int_eq(kg(&f, "query entity 'G. Macris'", NULL, NULL), 1);
    kg_ok(&f, "rename 'Permanent Council' 'OSCE Permanent Council'");
    ck_assert_int_eq(id_of(&f, "Permanent Council"), 0);
    ck_assert(id_of(&f, "OSCE Permanent Council") > 0);
    ck_assert_int_eq(kg(&f, "query entity 'permanent council'", &out, NULL), 0);
    ck_assert(strstr(out, "OSCE Permanent Council (organisation)"));
    free(out);
    kg_ok(&f, "retype ODIHR party");
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(*) FROM entities WHERE name = 'ODIHR' AND"
                            " type = 'party'"),
                     1);
    long long edges = number(&f, "kg.db", "SELECT count(*) FROM edges");
    long long tokayev_edges = number(&f, "kg.db",
                                     "SELECT count(*) FROM edges WHERE (SELECT id FROM entities"
                                     " WHERE name = 'Tokayev') IN (source, target)");
    ck_assert(tokayev_edges > 0);
    kg_ok(&f, "ignore tokayev");
    ck_assert_int_eq(id_of(&f, "Tokayev"), 0);
    ck_assert_int_eq(number(&f, "kg.db", "SELECT count(*) FROM edges"), edges - tokayev_edges);
    assert_consistent(&f, "kg.db");
    teardown(&f);
}
END_TEST

START_TEST(test_corrections_survive_a_build_of_new_documents)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", KISI);
    kg_ok(&f, "retype Mazhilis party");
    kg_ok(&f, "ignore Kazakhstan");
    kg_ok(&f, "rename '2023 election of deputies to the Mazhilis and Maslikhats' "
              "'Kazakh legislative election, 2023'");
    /* the second article names all three again, as an organisation, a place and an event */
    build(&f, "kg.db", MOSCOW);
    ck_assert_int_eq(number(&f, "kg.db", "SELECT count(*) FROM entities WHERE name = 'Mazhilis'"),
                     1);
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(*) FROM entities WHERE name = 'Mazhilis'"
                            " AND type = 'party'"),
                     1);
    ck_assert_int_eq(number(&f, "kg.db", "SELECT count(*) FROM entities WHERE name = 'Kazakhstan'"),
                     0);
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(*) FROM entities WHERE name LIKE"
                            " '2023 election of deputies%'"),
                     0);
    /* the Moscow article's mentions went to the corrected nodes */
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(DISTINCT m.document) FROM mentions m JOIN entities e ON"
                            " e.id = m.entity WHERE e.name = 'Mazhilis'"),
                     2);
    assert_consistent(&f, "kg.db");
    teardown(&f);
}
END_TEST

/* The corrections of one store, exported and imported into a store built from the same
 * documents, give the same graph; importing again changes nothing. */
START_TEST(test_corrections_export_import_same_graph)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", KISI);
    build(&f, "kg.db", MACRIS);
    kg_ok(&f, "merge OSCE ODIHR");
    kg_ok(&f, "split OSCE --alias ODIHR --as 'OSCE ODIHR'");
    kg_ok(&f, "merge 'OSCE International Election Observation Mission' 'OSCE Parliamentary "
              "Assembly'");
    kg_ok(&f, "retype Mazhilis party");
    kg_ok(&f, "rename Macris 'Greg Macris'");
    kg_ok(&f, "alias add Macris 'G. Macris'");
    kg_ok(&f, "ignore Vienna");
    kg_ok(&f, "corrections export -o fixes.jsonl");
    char *path = kg_xasprintf("%s/fixes.jsonl", f.dir);
    char *text = harness_read_file(path);
    ck_assert_ptr_nonnull(text);
    ck_assert(strstr(text, "{\"op\":\"merge\",\"name\":\"OSCE International Election Observation"
                           " Mission\",\"type\":\"organisation\",\"other\":\"OSCE Parliamentary "
                           "Assembly\",\"date\":\""));
    free(text);
    build(&f, "fresh.db", KISI);
    build(&f, "fresh.db", MACRIS);
    char *plain = rows(&f, "fresh.db", GRAPH_SQL);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(
        harness_run_kg(f.dir, "--db fresh.db corrections import fixes.jsonl", &out, &err), 0);
    /* the split gave the merged node another name: the merge is kept */
    char *count = kg_xasprintf("%lld corrections imported",
                               number(&f, "kg.db", "SELECT count(*) FROM corrections"));
    ck_assert_msg(strstr(out, count) && strstr(out, "7 corrections"), "%s", out);
    free(count);
    free(out);
    free(err);
    char *want = rows(&f, "kg.db", GRAPH_SQL);
    char *got = rows(&f, "fresh.db", GRAPH_SQL);
    ck_assert_str_ne(plain, want);
    ck_assert_str_eq(got, want);
    char *fixes = rows(&f, "kg.db",
                       "SELECT op, name, type, arg, arg2, documents, created_at FROM"
                       " corrections ORDER BY id");
    char *imported = rows(&f, "fresh.db",
                          "SELECT op, name, type, arg, arg2, documents,"
                          " created_at FROM corrections ORDER BY id");
    ck_assert_str_eq(imported, fixes);
    free(got);
    ck_assert_int_eq(
        harness_run_kg(f.dir, "--db fresh.db corrections import fixes.jsonl", &out, &err), 0);
    free(err);
    ck_assert_msg(strstr(out, "0 corrections imported, 0 changes"), "%s", out);
    got = rows(&f, "fresh.db", GRAPH_SQL);
    ck_assert_str_eq(got, want);
    assert_consistent(&f, "fresh.db");
    /* a build of another document leaves the corrected nodes as they are: the merge and the
     * split that renamed part of it do not undo each other again */
    char *ids = rows(&f, "fresh.db", "SELECT id, name FROM entities ORDER BY id");
    build(&f, "fresh.db", MOSCOW);
    char *ids_after = rows(&f, "fresh.db", "SELECT id, name FROM entities ORDER BY id");
    ck_assert_msg(strncmp(ids_after, ids, strlen(ids)) == 0, "entities changed: %.300s", ids_after);
    ck_assert(strstr(ids, "|OSCE ODIHR\n"));
    free(ids);
    free(ids_after);
    free(out);
    free(got);
    free(want);
    free(plain);
    free(fixes);
    free(imported);
    free(path);
    teardown(&f);
}
END_TEST

/* Each refused correction: exit 1 (2 for usage), one line on stderr naming the thing, the
 * store as it was. */
START_TEST(test_corrections_bad_input_changes_nothing)
{
    static const struct {
        const char *args;
        int status;
        const char *says;
    } cases[] = {
        {"merge Macris OSCE", 1, "different types"},
        {"merge Macris 'Nobody Atall'", 1, "no entity named 'Nobody Atall'"},
        {"merge Macris 'gregory macris'", 1, "already one entity"},
        {"retype ODIHR ministry", 1, "unknown type 'ministry'"},
        {"retype ODIHR organisation", 1, "already of type organisation"},
        {"rename 'Nobody Atall' X", 1, "no entity named"},
        {"rename ODIHR OSCE", 1, "already names another organisation"},
        {"rename ODIHR '!!'", 1, "is no name"},
        {"ignore 'Nobody Atall'", 1, "no entity named"},
        {"alias add Nobodyatall X", 1, "no entity named"},
        {"alias remove OSCE 'Not An Alias'", 1, "has no alias 'Not An Alias'"},
        {"alias remove OSCE OSCE", 1, "not an alias"},
        {"alias add OSCE osce", 1, "already has the alias"},
        {"split OSCE --alias Nothing", 1, "has no alias 'Nothing'"},
        {"split OSCE --alias OSCE --as Other", 1, "not an alias"},
        {"merge OSCE", 2, "missing argument"},
        {"merge a b c", 2, "unexpected argument"},
        {"alias rename OSCE X", 2, "unknown action"},
        {"split OSCE", 2, "--alias or by --document"},
        {"split OSCE --document x", 2, "needs --as"},
        {"retype --force OSCE party", 2, "unknown option"},
        {"corrections import", 2, "one file"},
        {"corrections import missing.jsonl", 1, "cannot read 'missing.jsonl'"},
        {"corrections import bad.jsonl", 1, "bad.jsonl:3: no known \"type\""},
        {"corrections import notjson.jsonl", 1, "notjson.jsonl:1: not JSON"},
        {"corrections import baddate.jsonl", 1, "baddate.jsonl:1: \"date\" is not an ISO 8601"},
        {"corrections export -o kg.db", 1, "refusing"},
    };
    fixture f;
    setup(&f);
    build(&f, "kg.db", MACRIS);
    kg_ok(&f, "alias add OSCE 'Organization for Security and Co-operation in Europe'");
    char *bad = kg_xasprintf("%s/bad.jsonl", f.dir);
    const char *lines = "# two good lines, then a bad one\n"
                        "{\"op\":\"ignore\",\"name\":\"Vienna\",\"type\":\"place\"}\n"
                        "{\"op\":\"ignore\",\"name\":\"Kazakhstan\",\"type\":\"country\"}\n";
    harness_write_file(bad, lines, strlen(lines));
    char *notjson = kg_xasprintf("%s/notjson.jsonl", f.dir);
    harness_write_file(notjson, "{\"op\": merge}\n", 14);
    char *baddate = kg_xasprintf("%s/baddate.jsonl", f.dir);
    const char *bd =
        "{\"op\":\"ignore\",\"name\":\"Vienna\",\"type\":\"place\",\"date\":\"May 3\"}\n";
    harness_write_file(baddate, bd, strlen(bd));
    char *before = state(&f);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *out = NULL, *err = NULL;
        int rc = kg(&f, cases[i].args, &out, &err);
        ck_assert_msg(rc == cases[i].status, "kg %s exited %d: %s", cases[i].args, rc, err);
        ck_assert_msg(strstr(err, cases[i].says), "kg %s said: %s", cases[i].args, err);
        size_t n_lines = 0;
        for (const char *p = err; *p; p++)
            n_lines += *p == '\n';
        /* a usage error adds the usage line */
        ck_assert_msg(strncmp(err, "kg: ", 4) == 0 && n_lines == (cases[i].status == 2 ? 2u : 1u),
                      "kg %s: not one line: %s", cases[i].args, err);
        char *now = state(&f);
        ck_assert_msg(strcmp(now, before) == 0, "kg %s changed the store", cases[i].args);
        free(now);
        free(out);
        free(err);
    }
    free(before);
    free(bad);
    free(notjson);
    free(baddate);
    teardown(&f);
}
END_TEST

/* A later build that re-creates a merged entity as its own node (as a build of documents
 * that spell it so does when the merged node is gone) gets it merged again by
 * kg_corrections_apply, which the build calls. */
START_TEST(test_corrections_apply_merges_a_recreated_duplicate)
{
    fixture f;
    setup(&f);
    build(&f, "kg.db", MACRIS);
    kg_ok(&f, "merge OSCE ODIHR");
    char *path = kg_xasprintf("%s/kg.db", f.dir);
    kg_store *st = NULL;
    kg_error err;
    ck_assert_int_eq(kg_store_open(&st, path, KG_STORE_OPEN, &err), KG_OK);
    char *key = kg_normalize_key("ODIHR", 5);
    char *doc = rows(&f, "kg.db", "SELECT id FROM documents");
    *strchr(doc, '\n') = '\0';
    long long osce = id_of(&f, "OSCE");
    long long mentions = number(&f, "kg.db",
                                "SELECT count(*) FROM mentions WHERE entity ="
                                " (SELECT id FROM entities WHERE name = 'OSCE')");
    /* a node of the old name, with a mention of its own, as a build would add it */
    ck_assert_int_eq(kg_store_begin(st, &err), KG_OK);
    long long dup = kg_store_add_entity(st, "ODIHR", "organisation", key, NULL, &err);
    ck_assert(dup > osce);
    ck_assert_int_eq(kg_store_add_mention(st, doc, dup, 0, 3, 0, 10, &err), KG_OK);
    ck_assert_int_eq(kg_store_commit(st, &err), KG_OK);
    ck_assert_int_eq(id_of(&f, "ODIHR"), dup);
    long long changes = 0;
    ck_assert_int_eq(kg_corrections_apply(st, &changes, &err), KG_OK);
    ck_assert_int_eq(changes, 1);
    ck_assert_int_eq(id_of(&f, "ODIHR"), 0);
    ck_assert_int_eq(number(&f, "kg.db",
                            "SELECT count(*) FROM mentions WHERE entity ="
                            " (SELECT id FROM entities WHERE name = 'OSCE')"),
                     mentions + 1);
    ck_assert_int_eq(kg_corrections_apply(st, &changes, &err), KG_OK);
    ck_assert_int_eq(changes, 0);
    kg_store_close(st);
    free(doc);
    free(key);
    free(path);
    teardown(&f);
}
END_TEST

/* Every command has --help (exit 0, usage on stdout); `kg corrections` lists what export
 * writes, oldest first, and export writes to standard output by default and for '-'. */
START_TEST(test_corrections_help_list_and_export_to_stdout)
{
    static const char *const commands[] = {"merge",  "split",  "alias",       "retype",
                                           "rename", "ignore", "corrections", NULL};
    fixture f;
    setup(&f);
    for (size_t i = 0; commands[i]; i++) {
        char *args = kg_xasprintf("%s --help", commands[i]);
        char *out = NULL;
        ck_assert_int_eq(kg(&f, args, &out, NULL), 0);
        char *usage = kg_xasprintf("usage: kg %s", commands[i]);
        ck_assert_msg(strncmp(out, usage, strlen(usage)) == 0, "%s: %s", args, out);
        free(usage);
        free(out);
        free(args);
    }
    build(&f, "kg.db", MACRIS);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(&f, "corrections", &out, &err), 0);
    ck_assert_str_eq(out, "");
    ck_assert(strstr(err, "no corrections"));
    free(out);
    free(err);
    kg_ok(&f, "merge OSCE ODIHR");
    kg_ok(&f, "retype 'Permanent Council' party");
    ck_assert_int_eq(kg(&f, "corrections list", &out, NULL), 0);
    char *first = strstr(out, "merged 'ODIHR' into 'OSCE' (organisation)\n");
    char *second = strstr(out, "retyped 'Permanent Council' from organisation to party\n");
    ck_assert(first && second && first < second);
    free(out);
    char *dash = NULL;
    ck_assert_int_eq(kg(&f, "corrections export", &out, NULL), 0);
    ck_assert_int_eq(kg(&f, "corrections export -o -", &dash, NULL), 0);
    ck_assert_str_eq(out, dash);
    json_error_t jerr;
    json_t *o = json_loadb(out, (size_t)(strchr(out, '\n') - out), 0, &jerr);
    ck_assert_ptr_nonnull(o);
    ck_assert_str_eq(json_string_value(json_object_get(o, "op")), "merge");
    ck_assert_str_eq(json_string_value(json_object_get(o, "other")), "ODIHR");
    json_decref(o);
    free(out);
    free(dash);
    teardown(&f);
}
END_TEST

static Suite *corrections_suite(void)
{
    Suite *s = suite_create("corrections");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_corrections_merge_combines_weights_and_drops_self_loops);
    tcase_add_test(tc, test_corrections_split_by_alias_undoes_a_merge);
    tcase_add_test(tc, test_corrections_split_by_document);
    tcase_add_test(tc, test_corrections_alias_rename_retype_ignore);
    tcase_add_test(tc, test_corrections_survive_a_build_of_new_documents);
    tcase_add_test(tc, test_corrections_export_import_same_graph);
    tcase_add_test(tc, test_corrections_bad_input_changes_nothing);
    tcase_add_test(tc, test_corrections_apply_merges_a_recreated_duplicate);
    tcase_add_test(tc, test_corrections_help_list_and_export_to_stdout);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(corrections_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
