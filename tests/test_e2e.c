/* test_e2e: the kg binary end to end in a temporary directory: build the two seed articles,
 * rebuild without changes, the queries, the exports read back with igraph and checked with
 * graphml-check and kg-score against the gold, global options, bad inputs, help and exit
 * codes. */
#include "../src/ingest/kg_document.h"
#include "../src/kg_mem.h"
#include "../src/store/kg_store.h"
#include "harness.h"

#include <igraph.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PYTHON "/usr/bin/python3"

typedef struct fixture {
    char *dir;
    char *db;
} fixture;

/* Runs `KG_BINARY args` (args already shell-quoted) with the working directory dir. Returns
 * the exit status; out and err receive malloc'd output (err may be NULL). */
static int kg(const char *dir, const char *args, char **out, char **err)
{
    char *cmd = kg_xasprintf("cd '%s' && '%s' %s", dir, KG_BINARY, args);
    int rc = harness_run(cmd, out, err);
    free(cmd);
    return rc;
}

/* Same, discarding the output. */
static int kg_quiet(const char *dir, const char *args)
{
    char *out = NULL, *err = NULL;
    int rc = kg(dir, args, &out, &err);
    free(out);
    free(err);
    return rc;
}

static void setup(fixture *f)
{
    f->dir = harness_tmpdir();
    f->db = kg_xasprintf("%s/kg.db", f->dir);
}

static void teardown(fixture *f)
{
    harness_rmtree(f->dir);
    free(f->dir);
    free(f->db);
}

/* Builds the seed articles into f's store; returns kg's stderr. */
static char *build_examples(fixture *f)
{
    char *args = kg_xasprintf("--db '%s' build '%s/examples'", f->db, KG_SOURCE_ROOT);
    char *out = NULL, *err = NULL;
    int rc = kg(f->dir, args, &out, &err);
    ck_assert_msg(rc == 0, "kg build exited %d: %s", rc, err);
    free(args);
    free(out);
    return err;
}

typedef struct counts {
    long long documents, entities, edges;
} counts;

/* Reads `kg stats --json` with the given db arguments. */
static counts stats(const fixture *f, const char *db_args)
{
    char *args = kg_xasprintf("%s stats --json", db_args);
    char *out = NULL, *err = NULL;
    int rc = kg(f->dir, args, &out, &err);
    ck_assert_msg(rc == 0, "kg stats exited %d: %s", rc, err);
    json_error_t jerr;
    json_t *root = json_loads(out, 0, &jerr);
    ck_assert_msg(root != NULL, "stats --json is not JSON: %s: %s", jerr.text, out);
    counts c;
    c.documents = json_integer_value(json_object_get(root, "documents"));
    c.entities = json_integer_value(json_object_get(root, "entities"));
    c.edges = json_integer_value(json_object_get(root, "edges"));
    ck_assert(json_is_integer(json_object_get(root, "entities")));
    ck_assert(json_is_integer(json_object_get(root, "edges")));
    /* the per-type counts add up to the totals */
    long long by_type = 0;
    const char *k;
    json_t *v;
    json_object_foreach(json_object_get(root, "entities_by_type"), k, v) by_type +=
        json_integer_value(v);
    ck_assert_int_eq(by_type, c.entities);
    by_type = 0;
    json_object_foreach(json_object_get(root, "edges_by_type"), k, v) by_type +=
        json_integer_value(v);
    ck_assert_int_eq(by_type, c.edges);
    json_decref(root);
    free(args);
    free(out);
    free(err);
    return c;
}

static counts stats_db(const fixture *f)
{
    char *a = kg_xasprintf("--db '%s'", f->db);
    counts c = stats(f, a);
    free(a);
    return c;
}

/* Runs a query against f's store. */
static int query(const fixture *f, const char *q, char **out, char **err)
{
    char *args = kg_xasprintf("--db '%s' query %s", f->db, q);
    int rc = kg(f->dir, args, out, err);
    free(args);
    return rc;
}

static char *meta(const char *db, const char *key)
{
    sqlite3 *h = NULL;
    ck_assert_int_eq(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(h, "SELECT value FROM meta WHERE key = ?1", -1, &s, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    char *v =
        sqlite3_step(s) == SQLITE_ROW ? kg_xstrdup((const char *)sqlite3_column_text(s, 0)) : NULL;
    sqlite3_finalize(s);
    sqlite3_close(h);
    return v;
}

/* A store whose names need escaping in every format: quotes, ampersand, angle brackets,
 * emoji, a tab and a control character. Every export must parse and give the names back. */
START_TEST(test_e2e_exports_escape_names_from_a_store)
{
    char *dir = harness_tmpdir();
    char *db = kg_xasprintf("%s/kg.db", dir);
    static const char *const names[] = {"Caf\xc3\xa9 \"Partners\" & <Co>",
                                        "\xf0\x9f\x87\xb0\xf0\x9f\x87\xbf Union 'Q' \x01\tX"};
    kg_store *st = NULL;
    kg_error err;
    ck_assert_int_eq(kg_store_open(&st, db, 1, &err), KG_OK);
    kg_document *doc = kg_document_new("test", "T", "2023-01-01", "A <b> & \"c\".", 12);
    ck_assert_int_eq(kg_store_begin(st, &err), KG_OK);
    ck_assert_int_eq(kg_store_add_document(st, doc, &err), KG_OK);
    long long a = kg_store_add_entity(st, names[0], "organisation", "a", NULL, &err);
    long long b = kg_store_add_entity(st, names[1], "party", "b", NULL, &err);
    ck_assert(a > 0 && b > 0);
    ck_assert_int_eq(
        kg_store_add_evidence(st, a, b, "affiliated-with", doc->id, 0, 12, "A <b> & \"c\".", &err),
        KG_OK);
    ck_assert_int_eq(kg_store_touch_graph(st, &err), KG_OK);
    ck_assert_int_eq(kg_store_commit(st, &err), KG_OK);
    kg_store_close(st);
    kg_document_free(doc);

    static const char *const formats[] = {"graphml", "gexf", "json", "cytoscape"};
    for (size_t f = 0; f < 4; f++) {
        char *cmd = kg_xasprintf("'%s' --db '%s' export %s", KG_BINARY, db, formats[f]);
        char *out = NULL, *errs = NULL;
        ck_assert_msg(harness_run(cmd, &out, &errs) == 0, "%s: %s", formats[f], errs);
        if (f < 2) {
            xmlDocPtr x = xmlReadMemory(out, (int)strlen(out), "export.xml", NULL, XML_PARSE_NONET);
            ck_assert_msg(x != NULL, "%s is not well-formed XML", formats[f]);
            xmlFreeDoc(x);
            /* the first name survives (XML escapes), the control character does not */
            ck_assert_ptr_nonnull(strstr(out, "&amp;"));
            ck_assert_ptr_null(strchr(out, '\x01'));
        } else {
            json_error_t jerr;
            json_t *j = json_loads(out, 0, &jerr);
            ck_assert_msg(j != NULL, "%s is not JSON: %s", formats[f], jerr.text);
            char *dump = json_dumps(j, JSON_ENSURE_ASCII);
            json_t *back = json_loads(dump, 0, &jerr);
            ck_assert_ptr_nonnull(back);
            /* both labels come back exactly */
            char *text = json_dumps(j, 0);
            json_t *s0 = json_string(names[0]), *s1 = json_string(names[1]);
            char *e0 = json_dumps(s0, JSON_ENCODE_ANY), *e1 = json_dumps(s1, JSON_ENCODE_ANY);
            ck_assert_msg(strstr(text, e0) && strstr(text, e1), "%s lost a name", formats[f]);
            free(e0);
            free(e1);
            json_decref(s0);
            json_decref(s1);
            free(text);
            free(dump);
            json_decref(back);
            json_decref(j);
        }
        free(out);
        free(errs);
        free(cmd);
    }
    free(db);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_e2e_build_examples)
{
    fixture f;
    setup(&f);
    char *err = build_examples(&f);
    ck_assert_ptr_nonnull(strstr(err, "2 documents added"));
    ck_assert_ptr_nonnull(strstr(err, "0 bad inputs"));
    free(err);
    counts c = stats_db(&f);
    ck_assert_int_eq(c.documents, 2);
    ck_assert_int_gt(c.entities, 10);
    ck_assert_int_gt(c.edges, 10);
    char *v = meta(f.db, "graph_version");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "1");
    free(v);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_rebuild_adds_nothing)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    counts before = stats_db(&f);
    char *v1 = meta(f.db, "graph_version");
    char *err = build_examples(&f);
    ck_assert_ptr_nonnull(strstr(err, "0 documents added, 2 unchanged"));
    free(err);
    counts after = stats_db(&f);
    ck_assert_int_eq(after.documents, before.documents);
    ck_assert_int_eq(after.entities, before.entities);
    ck_assert_int_eq(after.edges, before.edges);
    /* nothing changed, so cached analytics stay valid */
    char *v2 = meta(f.db, "graph_version");
    ck_assert_str_eq(v1, v2);
    free(v1);
    free(v2);
    /* one article given again by its own path is also unchanged */
    char *args = kg_xasprintf("--db '%s' build '%s/examples/kisi-zhezkazgan-2023-03-03.txt'", f.db,
                              KG_SOURCE_ROOT);
    char *out = NULL;
    ck_assert_int_eq(kg(f.dir, args, &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(err, "0 documents added, 1 unchanged"));
    free(out);
    free(err);
    free(args);
    counts again = stats_db(&f);
    ck_assert_int_eq(again.entities, before.entities);
    ck_assert_int_eq(again.edges, before.edges);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_query_neighbors)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(query(&f, "neighbors Respublica", &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(out, "Anton Tkachev"));
    ck_assert_ptr_nonnull(strstr(out, "Kamila Baidildina"));
    ck_assert_ptr_nonnull(strstr(out, "Respublica"));
    free(out);
    free(err);
    /* a differently cased and spelled name finds the same entity */
    ck_assert_int_eq(query(&f, "neighbors 'the RESPUBLICA'", &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(out, "Anton Tkachev"));
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_query_unknown_name)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(query(&f, "neighbors NoSuchName", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "no entity named 'NoSuchName'"));
    ck_assert_str_eq(out, "");
    free(out);
    free(err);
    /* a misspelling gets suggestions, the right name among them */
    ck_assert_int_eq(query(&f, "neighbors Respublika", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "did you mean"));
    ck_assert_ptr_nonnull(strstr(err, "'Respublica'"));
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

/* Was a bug, fixed: kg_query_lookup (queries/kg_query_lookup.c) promises "a message that suggests
 * the closest names", but kg_query_fuzzy only returns names within an edit distance of
 * len/3 + 1, so a name unlike every stored one ("NoSuchName") gets no "did you mean" at all.
 * Not registered in the suite until that is fixed. */
START_TEST(test_e2e_query_unknown_name_suggests)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(query(&f, "neighbors NoSuchName", &out, &err), 1);
    ck_assert_msg(strstr(err, "did you mean") != NULL, "stderr: %s", err);
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

/* Returns a malloc'd copy of the line of text that starts with prefix, or NULL. */
static char *line_starting(const char *text, const char *prefix)
{
    for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        if (strncmp(p, prefix, strlen(prefix)) == 0)
            return kg_xstrndup(p, strcspn(p, "\n"));
    }
    return NULL;
}

START_TEST(test_e2e_query_entity_aliases)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(query(&f, "entity Zholdybalina", &out, &err), 0);
    ck_assert_msg(strncmp(out, "Alua Joldybalina", 16) == 0 ||
                      strncmp(out, "Alua Zholdybalina", 17) == 0,
                  "output: %s", out);
    ck_assert_ptr_nonnull(strstr(out, "(person)"));
    ck_assert_ptr_nonnull(strstr(out, "aliases"));
    /* both spellings are listed, each with the reason it names her */
    static const char *const spellings[] = {"  Alua Joldybalina", "  Alua Zholdybalina"};
    for (size_t i = 0; i < 2; i++) {
        char *line = line_starting(out, spellings[i]);
        ck_assert_msg(line != NULL, "no alias line '%s' in: %s", spellings[i], out);
        const char *reason = line + strlen(spellings[i]);
        while (*reason == ' ')
            reason++;
        ck_assert_msg(strlen(reason) >= 4, "alias without a reason: '%s'", line);
        free(line);
    }
    /* the document she appears in */
    ck_assert_ptr_nonnull(strstr(out, "2023-03-03"));
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_query_centrality_json)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(query(&f, "centrality -n 5 --json", &out, &err), 0);
    json_error_t jerr;
    json_t *a = json_loads(out, 0, &jerr);
    ck_assert_msg(a != NULL, "not JSON: %s: %s", jerr.text, out);
    ck_assert(json_is_array(a));
    ck_assert_uint_eq(json_array_size(a), 5);
    double prev = 2.0;
    for (size_t i = 0; i < 5; i++) {
        json_t *row = json_array_get(a, i);
        ck_assert(json_is_object(row));
        ck_assert(json_is_string(json_object_get(row, "name")));
        ck_assert_int_eq(json_integer_value(json_object_get(row, "rank")), (long long)i + 1);
        json_t *pr = json_object_get(row, "pagerank");
        if (pr) { /* ranked by PageRank by default: non-increasing */
            double v = json_number_value(pr);
            ck_assert(v > 0 && v <= prev);
            prev = v;
        }
    }
    json_decref(a);
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_query_path_sentence)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(query(&f, "path 'Anton Tkachev' 'Kamila Baidildina'", &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(out, "Anton Tkachev"));
    ck_assert_ptr_nonnull(strstr(out, "Kamila Baidildina"));
    /* every quoted evidence sentence is a sentence of the source article */
    char *article_path = harness_source_path("examples/moscow-roundtable-2023-03-19.txt");
    char *article = harness_read_file(article_path);
    ck_assert_ptr_nonnull(article);
    size_t quoted = 0;
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
        while (*line == ' ')
            line++;
        size_t n = strlen(line);
        if (n < 3 || line[0] != '"' || line[n - 1] != '"')
            continue;
        line[n - 1] = '\0';
        ck_assert_msg(strstr(article, line + 1) != NULL, "not in the article: %s", line + 1);
        ck_assert(strchr(".!?", line[n - 2]) != NULL); /* a whole sentence */
        quoted++;
    }
    ck_assert_uint_ge(quoted, 1);
    free(article);
    free(article_path);
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_export_graphml_igraph)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    counts c = stats_db(&f);
    char *file = kg_xasprintf("%s/graph.graphml", f.dir);
    char *args = kg_xasprintf("--db '%s' export graphml -o '%s'", f.db, file);
    ck_assert_int_eq(kg_quiet(f.dir, args), 0);
    igraph_set_attribute_table(&igraph_cattribute_table);
    FILE *in = fopen(file, "r");
    ck_assert_ptr_nonnull(in);
    igraph_t g;
    ck_assert_int_eq(igraph_read_graph_graphml(&g, in, 0), IGRAPH_SUCCESS);
    fclose(in);
    ck_assert_int_eq((long long)igraph_vcount(&g), c.entities);
    ck_assert_int_eq((long long)igraph_ecount(&g), c.edges);
    ck_assert(igraph_is_directed(&g));
    ck_assert(igraph_cattribute_has_attr(&g, IGRAPH_ATTRIBUTE_VERTEX, "label"));
    int anton = 0, respublica = 0;
    for (igraph_integer_t i = 0; i < igraph_vcount(&g); i++) {
        const char *label = VAS(&g, "label", i);
        anton += strcmp(label, "Anton Tkachev") == 0;
        if (strcmp(label, "Respublica") == 0) {
            respublica++;
            ck_assert_str_eq(VAS(&g, "type", i), "party");
        }
    }
    ck_assert_int_eq(anton, 1);
    ck_assert_int_eq(respublica, 1);
    igraph_destroy(&g);

    char *check = kg_xasprintf("%s/../shared/eval/graphml-check", KG_SOURCE_ROOT);
    if (access(check, R_OK) == 0 && access(PYTHON, X_OK) == 0) {
        char *cmd = kg_xasprintf("'%s' '%s' '%s'", PYTHON, check, file);
        char *out = NULL, *err = NULL;
        int rc = harness_run(cmd, &out, &err);
        ck_assert_msg(rc == 0, "graphml-check exited %d: %s%s", rc, out, err);
        ck_assert_ptr_nonnull(strstr(out, "graphml ok"));
        free(cmd);
        free(out);
        free(err);
    } else {
        printf("test_e2e_export_graphml_igraph: %s not found, graphml-check skipped\n", check);
    }
    free(check);
    free(args);
    free(file);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_export_json_score)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    counts c = stats_db(&f);
    char *file = kg_xasprintf("%s/graph.json", f.dir);
    char *args = kg_xasprintf("--db '%s' export json -o '%s'", f.db, file);
    ck_assert_int_eq(kg_quiet(f.dir, args), 0);
    /* node-link JSON with every entity and edge */
    json_error_t jerr;
    json_t *root = json_load_file(file, 0, &jerr);
    ck_assert_msg(root != NULL, "%s", jerr.text);
    ck_assert_int_eq((long long)json_array_size(json_object_get(root, "nodes")), c.entities);
    json_t *links = json_object_get(root, "links");
    if (!links)
        links = json_object_get(root, "edges");
    ck_assert_int_eq((long long)json_array_size(links), c.edges);
    json_decref(root);

    char *score = kg_xasprintf("%s/../shared/eval/kg-score", KG_SOURCE_ROOT);
    char *gold = kg_xasprintf("%s/../shared/gold/seeds-combined.json", KG_SOURCE_ROOT);
    if (access(score, R_OK) == 0 && access(gold, R_OK) == 0 && access(PYTHON, X_OK) == 0) {
        char *cmd = kg_xasprintf("'%s' '%s' --gold '%s' --pred '%s'", PYTHON, score, gold, file);
        char *out = NULL, *err = NULL;
        int rc = harness_run(cmd, &out, &err);
        ck_assert_msg(rc == 0, "kg-score exited %d: %s", rc, err);
        /* the last line: "entities F1 X relations F1 Y" */
        size_t n = strlen(out);
        while (n && out[n - 1] == '\n')
            out[--n] = '\0';
        const char *last = strrchr(out, '\n') ? strrchr(out, '\n') + 1 : out;
        double ef1 = -1, rf1 = -1;
        ck_assert_msg(sscanf(last, "entities F1 %lf relations F1 %lf", &ef1, &rf1) == 2,
                      "last line: %s", last);
        printf("test_e2e_export_json_score: entities F1 %.3f relations F1 %.3f\n", ef1, rf1);
        ck_assert_msg(ef1 >= 0.85, "entities F1 %.3f < 0.85", ef1);
        ck_assert_msg(rf1 >= 0.80, "relations F1 %.3f < 0.80", rf1);
        free(cmd);
        free(out);
        free(err);
    } else {
        printf("test_e2e_export_json_score: kg-score or gold not found, scoring skipped\n");
    }
    free(score);
    free(gold);
    free(args);
    free(file);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_db_option_anywhere_and_env)
{
    fixture f;
    setup(&f);
    free(build_examples(&f));
    counts want = stats_db(&f);
    /* --db after the subcommand, and --db=PATH */
    char *after = kg_xasprintf("stats --json --db '%s'", f.db);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(f.dir, after, &out, &err), 0);
    json_t *j = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(j);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "entities")), want.entities);
    json_decref(j);
    free(out);
    free(err);
    char *eq = kg_xasprintf("--db='%s'", f.db);
    counts c = stats(&f, eq);
    ck_assert_int_eq(c.entities, want.entities);
    ck_assert_int_eq(c.edges, want.edges);
    /* KG_DB in the environment */
    char *env = kg_xasprintf("cd '%s' && KG_DB='%s' '%s' stats --json", f.dir, f.db, KG_BINARY);
    ck_assert_int_eq(harness_run(env, &out, &err), 0);
    j = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(j);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "edges")), want.edges);
    json_decref(j);
    free(out);
    free(err);
    /* --db wins over KG_DB */
    char *both = kg_xasprintf("cd '%s' && KG_DB=/nonexistent/kg.db '%s' --db '%s' stats", f.dir,
                              KG_BINARY, f.db);
    ck_assert_int_eq(harness_run(both, &out, &err), 0);
    free(out);
    free(err);
    /* without either, ./kg.db in the working directory (here: f.dir) */
    ck_assert_int_eq(kg_quiet(f.dir, "stats"), 0);
    /* a store that does not exist: exit 1 with a hint */
    ck_assert_int_eq(kg(f.dir, "--db nope.db stats", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "nope.db"));
    ck_assert_ptr_nonnull(strstr(err, "kg build"));
    char *nope = kg_xasprintf("%s/nope.db", f.dir);
    ck_assert_int_eq(access(nope, F_OK), -1); /* not created */
    free(nope);
    free(out);
    free(err);
    free(after);
    free(eq);
    free(env);
    free(both);
    teardown(&f);
}
END_TEST

static size_t count_lines_with(const char *text, const char *needle)
{
    size_t n = 0;
    for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        size_t len = strcspn(p, "\n");
        char *line = kg_xstrndup(p, len);
        n += strstr(line, needle) != NULL;
        free(line);
    }
    return n;
}

START_TEST(test_e2e_build_bad_inputs)
{
    fixture f;
    setup(&f);
    char *in = kg_xasprintf("%s/in", f.dir);
    char *mk = kg_xasprintf("mkdir '%s'", in);
    ck_assert_int_eq(system(mk), 0);
    char *good = kg_xasprintf("%s/a-good.txt", in);
    const char *text = "Experts Met in Astana\nMarch 3, 2023\n\nAlua Joldybalina spoke at the "
                       "meeting in Astana.\n";
    harness_write_file(good, text, strlen(text));
    char *bin = kg_xasprintf("%s/b-blob.bin", in);
    harness_write_file(bin, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    char *jl = kg_xasprintf("%s/c-docs.jsonl", in);
    const char *lines = "{\"title\": \"One\", \"text\": \"Kamila Baidildina spoke in Moscow.\"}\n"
                        "{\"title\": broken}\n"
                        "{\"title\": \"Two\", \"text\": \"Anton Tkachev spoke in Moscow.\"}\n";
    harness_write_file(jl, lines, strlen(lines));

    char *args = kg_xasprintf("--db '%s' build '%s'", f.db, in);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(f.dir, args, &out, &err), 1);
    /* one "kg: <file>: <reason>" line per bad input */
    char *prefix = kg_xasprintf("kg: %s/", in);
    ck_assert_uint_eq(count_lines_with(err, prefix), 2);
    char *bin_line = kg_xasprintf("kg: %s: ", bin);
    ck_assert_msg(strstr(err, bin_line) != NULL, "stderr: %s", err);
    char *jl_line = kg_xasprintf("kg: %s:2: ", jl);
    ck_assert_msg(strstr(err, jl_line) != NULL, "stderr: %s", err);
    ck_assert_ptr_null(strstr(err, "a-good.txt"));
    ck_assert_ptr_nonnull(strstr(err, "2 bad inputs"));
    /* the good documents are stored: the text file and both good lines */
    counts c = stats_db(&f);
    ck_assert_int_eq(c.documents, 3);
    ck_assert_int_gt(c.entities, 0);
    free(out);
    free(err);
    /* -q keeps the error lines and drops the summary */
    char *qargs = kg_xasprintf("-q --db '%s' build '%s'", f.db, bin);
    ck_assert_int_eq(kg(f.dir, qargs, &out, &err), 1);
    ck_assert_uint_eq(count_lines_with(err, "kg: "), 1);
    ck_assert_ptr_nonnull(strstr(err, bin_line));
    free(out);
    free(err);
    free(qargs);
    free(prefix);
    free(bin_line);
    free(jl_line);
    free(args);
    free(in);
    free(mk);
    free(good);
    free(bin);
    free(jl);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_build_stdin_and_format)
{
    fixture f;
    setup(&f);
    /* "-" reads standard input */
    char *cmd = kg_xasprintf("cd '%s' && printf 'Experts Met\\nMarch 3, 2023\\nAlua Joldybalina "
                             "spoke in Astana.\\n' | '%s' -q --db '%s' build -",
                             f.dir, KG_BINARY, f.db);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(harness_run(cmd, &out, &err), 0);
    ck_assert_str_eq(err, ""); /* -q: nothing on stderr */
    free(out);
    free(err);
    ck_assert_int_eq(stats_db(&f).documents, 1);
    /* --format text reads an .html file as plain text: another document */
    char *page = kg_xasprintf("%s/page.html", f.dir);
    const char *html = "<html><head><title>T</title></head><body><p>Kamila Baidildina "
                       "spoke.</p></body></html>\n";
    harness_write_file(page, html, strlen(html));
    char *args = kg_xasprintf("-q --db '%s' build --format text '%s'", f.db, page);
    ck_assert_int_eq(kg_quiet(f.dir, args), 0);
    ck_assert_int_eq(stats_db(&f).documents, 2);
    /* read as HTML (auto) it is a different text of the same file: it replaces the first */
    char *auto_args = kg_xasprintf("-q --db '%s' build '%s'", f.db, page);
    ck_assert_int_eq(kg_quiet(f.dir, auto_args), 0);
    ck_assert_int_eq(stats_db(&f).documents, 2);
    /* an unknown format is a usage error */
    char *bad = kg_xasprintf("--db '%s' build --format pdf '%s'", f.db, page);
    ck_assert_int_eq(kg_quiet(f.dir, bad), 2);
    free(cmd);
    free(page);
    free(args);
    free(auto_args);
    free(bad);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_help_and_usage)
{
    fixture f;
    setup(&f);
    static const char *const helps[] = {"--help",
                                        "-h",
                                        "build --help",
                                        "query --help",
                                        "export --help",
                                        "stats --help",
                                        "query neighbors --help",
                                        "query path --help",
                                        "query centrality --help",
                                        "query entity --help"};
    for (size_t i = 0; i < sizeof helps / sizeof helps[0]; i++) {
        char *out = NULL, *err = NULL;
        int rc = kg(f.dir, helps[i], &out, &err);
        ck_assert_msg(rc == 0, "kg %s exited %d", helps[i], rc);
        ck_assert_msg(strstr(out, "usage:") != NULL, "kg %s printed: %s", helps[i], out);
        free(out);
        free(err);
    }
    /* help never creates a store */
    ck_assert_int_eq(access(f.db, F_OK), -1);
    teardown(&f);
}
END_TEST

START_TEST(test_e2e_exit_codes)
{
    fixture f;
    setup(&f);
    char *out = NULL, *err = NULL;
    /* unknown command: 2 */
    ck_assert_int_eq(kg(f.dir, "frobnicate", &out, &err), 2);
    ck_assert_ptr_nonnull(strstr(err, "frobnicate"));
    free(out);
    free(err);
    /* no command, unknown option, unknown query, unknown export format: 2 */
    static const char *const usage_errors[] = {
        "",      "--bogus stats", "query", "query frobnicate", "export nosuchformat",
        "build", "stats --bogus", "--db"};
    for (size_t i = 0; i < sizeof usage_errors / sizeof usage_errors[0]; i++) {
        int rc = kg(f.dir, usage_errors[i], &out, &err);
        ck_assert_msg(rc == 2, "kg %s exited %d", usage_errors[i], rc);
        ck_assert_msg(strlen(err) > 0, "kg %s: nothing on stderr", usage_errors[i]);
        free(out);
        free(err);
    }
    /* --version */
    ck_assert_int_eq(kg(f.dir, "--version", &out, &err), 0);
    ck_assert_int_eq(strncmp(out, "kg ", 3), 0);
    ck_assert(out[3] >= '0' && out[3] <= '9');
    free(out);
    free(err);
    teardown(&f);
}
END_TEST

static Suite *e2e_suite(void)
{
    Suite *s = suite_create("e2e");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_e2e_build_examples);
    tcase_add_test(tc, test_e2e_rebuild_adds_nothing);
    tcase_add_test(tc, test_e2e_query_neighbors);
    tcase_add_test(tc, test_e2e_query_unknown_name);
    tcase_add_test(tc, test_e2e_query_entity_aliases);
    tcase_add_test(tc, test_e2e_query_centrality_json);
    tcase_add_test(tc, test_e2e_query_path_sentence);
    tcase_add_test(tc, test_e2e_export_graphml_igraph);
    tcase_add_test(tc, test_e2e_export_json_score);
    tcase_add_test(tc, test_e2e_db_option_anywhere_and_env);
    tcase_add_test(tc, test_e2e_build_bad_inputs);
    tcase_add_test(tc, test_e2e_build_stdin_and_format);
    tcase_add_test(tc, test_e2e_help_and_usage);
    tcase_add_test(tc, test_e2e_exit_codes);
    tcase_add_test(tc, test_e2e_exports_escape_names_from_a_store);
    tcase_add_test(tc, test_e2e_query_unknown_name_suggests);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(e2e_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
