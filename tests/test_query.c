/* test_query: the terminal queries run through the kg binary on a store built from the
 * seed articles: filters of neighbors, communities, fuzzy search, names in other scripts, and
 * that analytics are cached until the graph changes. */
#include "../src/kg_mem.h"
#include "harness.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEED1 KG_SOURCE_ROOT "/examples/kisi-zhezkazgan-2023-03-03.txt"
#define SEED2 KG_SOURCE_ROOT "/examples/moscow-roundtable-2023-03-19.txt"

static char *dir;

static void setup(void)
{
    dir = harness_tmpdir();
}

static void teardown(void)
{
    harness_rmtree(dir);
    free(dir);
}

/* Runs `kg --db DIR/kg.db ARGS`, asserts the exit status and returns stdout (caller frees). */
static char *kg(int want, const char *args)
{
    char *cmd = kg_xasprintf("'%s' --db '%s/kg.db' %s", KG_BINARY, dir, args);
    char *out = NULL, *err = NULL;
    int rc = harness_run(cmd, &out, &err);
    ck_assert_msg(rc == want, "'%s' exited %d, not %d: %s", args, rc, want, err);
    free(err);
    free(cmd);
    return out;
}

static json_t *kg_json(const char *args)
{
    char *out = kg(0, args);
    json_error_t jerr;
    json_t *j = json_loads(out, 0, &jerr);
    ck_assert_msg(j != NULL, "'%s' printed no JSON: %s", args, jerr.text);
    free(out);
    return j;
}

static void build(const char *inputs)
{
    char *args = kg_xasprintf("-q build %s", inputs);
    free(kg(0, args));
    free(args);
}

static int analytics_cached(void)
{
    json_t *st = kg_json("stats --json");
    int cached = json_is_true(json_object_get(st, "analytics_cached"));
    json_decref(st);
    return cached;
}

START_TEST(test_query_analytics_cached_until_graph_changes)
{
    build("'" SEED1 "'");
    ck_assert(!analytics_cached());
    free(kg(0, "query centrality -n 3"));
    ck_assert(analytics_cached());
    free(kg(0, "query centrality --measure betweenness -n 3"));
    ck_assert(analytics_cached());
    build("'" SEED1 "'"); /* same document: nothing changes */
    ck_assert(analytics_cached());
    build("'" SEED2 "'");
    ck_assert(!analytics_cached());
}
END_TEST

START_TEST(test_query_neighbors_filters)
{
    build("'" SEED1 "' '" SEED2 "'");
    json_t *all = kg_json("query neighbors --json Respublica");
    json_t *n = json_object_get(all, "neighbors");
    ck_assert_uint_ge(json_array_size(n), 2);
    size_t i;
    json_t *it;
    json_array_foreach(n, i, it)
    {
        ck_assert_int_eq(json_integer_value(json_object_get(it, "depth")), 1);
    }
    /* depth 2 reaches the round table through the people who discussed Respublica */
    json_t *deep = kg_json("query neighbors --json --depth 2 --type event Respublica");
    int round_table = 0;
    json_array_foreach(json_object_get(deep, "neighbors"), i, it)
    {
        ck_assert_str_eq(json_string_value(json_object_get(it, "type")), "event");
        if (strstr(json_string_value(json_object_get(it, "name")), "round table"))
            round_table = 1;
    }
    ck_assert(round_table);
    json_t *edge = kg_json("query neighbors --json --edge spoke-at 'Anton Tkachev'");
    json_array_foreach(json_object_get(edge, "neighbors"), i, it)
    {
        ck_assert_str_eq(json_string_value(json_object_get(it, "edge")), "spoke-at");
    }
    ck_assert_uint_eq(json_array_size(json_object_get(edge, "neighbors")), 1);
    json_t *ev = kg_json("query neighbors --json --evidence Respublica");
    json_t *first = json_array_get(json_object_get(ev, "neighbors"), 0);
    json_t *sentences = json_object_get(first, "evidence");
    ck_assert_uint_ge(json_array_size(sentences), 1);
    ck_assert(strstr(json_string_value(json_object_get(json_array_get(sentences, 0), "sentence")),
                     "Respublica") != NULL);
    json_decref(all);
    json_decref(deep);
    json_decref(edge);
    json_decref(ev);
}
END_TEST

START_TEST(test_query_communities_cover_every_entity)
{
    build("'" SEED1 "' '" SEED2 "'");
    json_t *st = kg_json("stats --json");
    json_int_t entities = json_integer_value(json_object_get(st, "entities"));
    static const char *const algorithms[] = {"leiden", "louvain", "labelprop"};
    for (size_t a = 0; a < 3; a++) {
        char *args = kg_xasprintf("query communities --json --algorithm %s", algorithms[a]);
        json_t *c = kg_json(args);
        ck_assert_str_eq(json_string_value(json_object_get(c, "algorithm")), algorithms[a]);
        double q = json_number_value(json_object_get(c, "modularity"));
        ck_assert_double_gt(q, 0.2); /* two articles: clearly separated communities */
        ck_assert_double_le(q, 1.0);
        json_int_t members = 0;
        size_t i;
        json_t *it;
        json_array_foreach(json_object_get(c, "communities"), i, it)
        {
            members += json_integer_value(json_object_get(it, "size"));
        }
        ck_assert_int_eq(members, entities);
        json_decref(c);
        free(args);
    }
    json_decref(st);
}
END_TEST

START_TEST(test_query_search_forgives_spelling)
{
    build("'" SEED1 "'");
    char *out = kg(0, "query search Zoldybalina");
    ck_assert_msg(strstr(out, "Joldybalina") != NULL, "search output: %s", out);
    free(out);
    out = kg(1, "query search Qwertyuiop");
    free(out);
}
END_TEST

START_TEST(test_query_centrality_by_type)
{
    build("'" SEED1 "' '" SEED2 "'");
    json_t *r = kg_json("query centrality --json --type person --measure degree -n 5");
    ck_assert_uint_eq(json_array_size(r), 5);
    double prev = 1e9;
    size_t i;
    json_t *it;
    json_array_foreach(r, i, it)
    {
        ck_assert_str_eq(json_string_value(json_object_get(it, "type")), "person");
        double v = json_number_value(json_object_get(it, "degree"));
        ck_assert_double_le(v, prev);
        prev = v;
    }
    json_decref(r);
    free(kg(2, "query centrality --measure nosuch"));
}
END_TEST

START_TEST(test_query_pagerank_matches_networkx_on_seeds)
{
    char *out = NULL;
    if (harness_run("/usr/bin/python3 -c 'import networkx'", &out, NULL) != 0) {
        printf("note: /usr/bin/python3 has no networkx; PageRank parity skipped\n");
        free(out);
        return;
    }
    free(out);
    build("'" SEED1 "' '" SEED2 "'");
    char *args = kg_xasprintf("export json -o '%s/g.json'", dir);
    free(kg(0, args));
    free(args);
    char *cmd = kg_xasprintf("/usr/bin/python3 '%s/tests/pagerank_parity.py' '%s/g.json' 1e-6",
                             KG_SOURCE_ROOT, dir);
    char *err = NULL;
    int rc = harness_run(cmd, &out, &err);
    ck_assert_msg(rc == 0, "PageRank differs from networkx: %s %s", out, err);
    free(out);
    free(err);
    free(cmd);
}
END_TEST

/* Writes text to DIR/name and returns the shell-quoted path (caller frees). */
static char *write_doc(const char *name, const char *text)
{
    char *path = kg_xasprintf("%s/%s", dir, name);
    harness_write_file(path, text, strlen(text));
    char *quoted = kg_xasprintf("'%s'", path);
    free(path);
    return quoted;
}

/* Names in another script find the entity an English text names, and a second document that
 * writes the name in Cyrillic joins the same entity. */
START_TEST(test_query_entity_in_other_scripts)
{
    char *en = write_doc("en.txt", "President of Kazakhstan meets think tank\n"
                                   "March 3, 2023\n\n"
                                   "President Kassym-Jomart Tokayev met Alua Zholdybalina, "
                                   "deputy director of the Kazakhstan Institute for Strategic "
                                   "Studies, in Astana.\n"
                                   "\"The reforms will continue,\" Tokayev said.\n");
    build(en);
    static const char *const queries[][2] = {
        {"query entity 'Токаев'", "Kassym-Jomart Tokayev (person)"},
        {"query entity 'ТОКАЕВ'", "Kassym-Jomart Tokayev (person)"},
        {"query entity 'Касым-Жомарт Токаев'", "Kassym-Jomart Tokayev (person)"},
        {"query entity 'Қасым-Жомарт Тоқаев'", "Kassym-Jomart Tokayev (person)"},
        {"query entity 'Ｔｏｋａｙｅｖ'", "Kassym-Jomart Tokayev (person)"},
        {"query entity 'Жолдыбалина'", "Alua Zholdybalina (person)"},
        {"query entity 'Алуа Жолдыбалина'", "Alua Zholdybalina (person)"},
        {"query neighbors 'Токаев'", "Kassym-Jomart Tokayev (person)"},
    };
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
        char *out = kg(0, queries[i][0]);
        ck_assert_msg(strncmp(out, queries[i][1], strlen(queries[i][1])) == 0, "'%s' printed: %s",
                      queries[i][0], out);
        free(out);
    }
    free(kg(1, "query entity 'Назарбаев'"));
    char *ru = write_doc("ru.txt", "Parliament meets\n"
                                   "March 5, 2023\n\n"
                                   "President Касым-Жомарт Токаев met the delegation in Astana.\n"
                                   "\"We will hold elections,\" President Токаев said.\n");
    build(ru);
    char *out = kg(0, "query entity Tokayev");
    ck_assert_msg(strstr(out, "  Касым-Жомарт Токаев") != NULL, "output: %s", out);
    ck_assert_msg(strstr(out, "Parliament meets") != NULL, "output: %s", out);
    free(out);
    free(en);
    free(ru);
}
END_TEST

/* `kg query entity` counts every document and mention of an entity and lists the documents
 * that mention it most, --documents of them (0: all, by date). */
START_TEST(test_query_entity_documents_counted_and_limited)
{
    /* document i mentions Aral Sea Institute i + 1 times and is dated 2020-0(i + 1) */
    char *paths = kg_xstrdup("");
    for (int i = 0; i < 5; i++) {
        char *text = kg_xasprintf("Report %d\n2020-0%d-10\n\n", i, i + 1);
        for (int k = 0; k <= i; k++) {
            char *more = kg_xasprintf("%sThe Aral Sea Institute published study %d-%d in Nukus.\n",
                                      text, i, k);
            free(text);
            text = more;
        }
        char *name = kg_xasprintf("r%d.txt", i);
        char *path = write_doc(name, text);
        char *all = kg_xasprintf("%s %s", paths, path);
        free(paths);
        paths = all;
        free(path);
        free(name);
        free(text);
    }
    build(paths);
    free(paths);
    json_t *j = kg_json("query entity --json --documents 2 'Aral Sea Institute'");
    ck_assert_int_eq(json_integer_value(json_object_get(j, "documents_total")), 5);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "mentions_total")), 15);
    json_t *docs = json_object_get(j, "documents");
    ck_assert_uint_eq(json_array_size(docs), 2);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(docs, 0), "title")),
                     "Report 4");
    ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(docs, 1), "mentions")), 4);
    json_decref(j);
    j = kg_json("query entity --json --documents 0 'Aral Sea Institute'");
    docs = json_object_get(j, "documents");
    ck_assert_uint_eq(json_array_size(docs), 5);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(docs, 0), "title")),
                     "Report 0"); /* by date */
    json_decref(j);
    char *out = kg(0, "query entity --documents 3 'Aral Sea Institute'");
    ck_assert_msg(strstr(out, "documents: 5 (15 mentions); the 3 that mention it most:") != NULL,
                  "output: %s", out);
    free(out);
    out = kg(2, "query entity --documents -1 'Aral Sea Institute'");
    free(out);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("query");
    TCase *tc = tcase_create("cli");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_query_analytics_cached_until_graph_changes);
    tcase_add_test(tc, test_query_neighbors_filters);
    tcase_add_test(tc, test_query_communities_cover_every_entity);
    tcase_add_test(tc, test_query_search_forgives_spelling);
    tcase_add_test(tc, test_query_entity_in_other_scripts);
    tcase_add_test(tc, test_query_entity_documents_counted_and_limited);
    tcase_add_test(tc, test_query_centrality_by_type);
    tcase_add_test(tc, test_query_pagerank_matches_networkx_on_seeds);
    suite_add_tcase(s, tc);
    return harness_run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
