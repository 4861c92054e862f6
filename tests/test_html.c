/* test_html: the HTML view's writer without a browser (tests/view_browser.mjs opens it in
 * one): the data payload cannot end its <script> element or open a comment whatever the
 * names and sentences hold, and reads back as the same JSON; the igraph layout puts every node
 * inside the drawing box, the same way each time; kg export html, kg report and their errors
 * end to end. */
#include "../exporters/html/kg_html_template.h"
#include "../exporters/kg_export.h"
#include "../graph/kg_layout.h"
#include "../src/kg_mem.h"
#include "harness.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DATA_OPEN "<script id=\"kg-data\" type=\"application/json\">"
#define EVIL_LABEL "</script><script>window.kgPwned=1</script><!-- &amp; \xE2\x80\xA8 end"
#define EVIL_SENTENCE "He said </SCRIPT ><script>alert(1)</script> and <!-- x --> \xE2\x80\xA9 then."

/* Number of case-insensitive occurrences of needle in len bytes at s. */
static size_t count_ci(const char *s, size_t len, const char *needle)
{
    size_t n = 0, k = strlen(needle);
    for (size_t i = 0; i + k <= len; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            n++;
    return n;
}

static kg_view *evil_view(void)
{
    kg_view *v = kg_view_new();
    size_t a = kg_view_add_node(v, 1, EVIL_LABEL, "person");
    kg_view_add_alias(v, a, "<b>alias</b>");
    size_t b = kg_view_add_node(v, 2, "Astana", "place");
    size_t c = kg_view_add_node(v, 3, "Forum", "event");
    kg_view_add_node(v, 4, "Loner", "organisation");
    size_t e = kg_view_add_edge(v, a, c, "spoke-at");
    kg_view_add_evidence(v, e, "d1", "<title>", EVIL_SENTENCE, 0, 10);
    e = kg_view_add_edge(v, c, b, "located-in");
    kg_view_add_evidence(v, e, "d1", NULL, "The forum was held in Astana.", 20, 50);
    return v;
}

/* Returns the page of kg_export_html(v) (malloc'd) and its length in *len. */
static char *write_page(const kg_view *v, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    ck_assert_ptr_nonnull(f);
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_export_html(f, v, &err), KG_OK);
    ck_assert_int_eq(fclose(f), 0);
    return buf;
}

START_TEST(test_html_payload_cannot_escape)
{
    if (!kg_html_has_library)
        ck_abort_msg("kg was built without cytoscape.js: run npm ci and reconfigure");
    kg_view *v = evil_view();
    ck_assert_int_eq(kg_layout_compute(v, NULL), KG_OK);
    size_t len;
    char *page = write_page(v, &len);
    /* the page holds exactly the template's </script> and <!-- (the data adds none) */
    size_t tmpl_end = count_ci((const char *)kg_html_head, kg_html_head_len, "</script") +
                      count_ci((const char *)kg_html_tail, kg_html_tail_len, "</script");
    size_t tmpl_comment = count_ci((const char *)kg_html_head, kg_html_head_len, "<!--") +
                          count_ci((const char *)kg_html_tail, kg_html_tail_len, "<!--");
    ck_assert_uint_eq(count_ci(page, len, "</script"), tmpl_end);
    ck_assert_uint_eq(count_ci(page, len, "<!--"), tmpl_comment);
    ck_assert_ptr_null(strstr(page, "\xE2\x80\xA8"));
    ck_assert_ptr_null(strstr(page, "\xE2\x80\xA9"));
    /* the data reads back as the names and sentences given */
    char *open = strstr(page, DATA_OPEN);
    ck_assert_ptr_nonnull(open);
    open += strlen(DATA_OPEN);
    char *close = strstr(open, "</script>");
    ck_assert_ptr_nonnull(close);
    json_error_t jerr;
    json_t *data = json_loadb(open, (size_t)(close - open), 0, &jerr);
    ck_assert_msg(data != NULL, "payload is not JSON: %s", jerr.text);
    json_t *nodes = json_object_get(data, "nodes");
    ck_assert_uint_eq(json_array_size(nodes), 4);
    ck_assert_str_eq(json_string_value(json_object_get(json_array_get(nodes, 0), "label")),
                     EVIL_LABEL);
    json_t *alias = json_array_get(json_object_get(json_array_get(nodes, 0), "aliases"), 0);
    ck_assert_str_eq(json_string_value(json_array_get(alias, 0)), "<b>alias</b>");
    json_t *ev = json_array_get(
        json_object_get(json_array_get(json_object_get(data, "edges"), 0), "evidence"), 0);
    json_t *sentences = json_object_get(data, "sentences");
    ck_assert_str_eq(json_string_value(json_array_get(
                         sentences, (size_t)json_integer_value(json_array_get(ev, 1)))),
                     EVIL_SENTENCE);
    json_t *doc = json_array_get(json_object_get(data, "docs"), 0);
    ck_assert_ptr_null(doc); /* the view has no document table: evidence names none */
    ck_assert_int_eq(json_integer_value(json_array_get(ev, 0)), -1);
    json_decref(data);
    free(page);
    kg_view_free(v);
}
END_TEST

START_TEST(test_html_documents_and_reasons)
{
    if (!kg_html_has_library)
        ck_abort_msg("kg was built without cytoscape.js: run npm ci and reconfigure");
    kg_view *v = evil_view();
    /* details as kg_view_load_details fills them */
    kg_view_add_document(v, "d0", "Other", NULL, NULL);
    kg_view_add_document(v, "d1", "Forum </script>", "2023-05-03", "forum.txt");
    v->has_details = 1;
    kg_view_node *n = &v->nodes[0];
    n->alias_reasons = kg_xcalloc(1, sizeof *n->alias_reasons);
    n->alias_reasons[0] = kg_xstrdup("surname in the same document");
    n->documents = kg_xcalloc(2, sizeof *n->documents);
    n->documents[0] = 0;
    n->documents[1] = 1;
    n->n_documents = 2;
    size_t len;
    char *page = write_page(v, &len);
    char *open = strstr(page, DATA_OPEN) + strlen(DATA_OPEN);
    json_t *data = json_loadb(open, (size_t)(strstr(open, "</script>") - open), 0, NULL);
    ck_assert_ptr_nonnull(data);
    json_t *node = json_array_get(json_object_get(data, "nodes"), 0);
    json_t *alias = json_array_get(json_object_get(node, "aliases"), 0);
    ck_assert_str_eq(json_string_value(json_array_get(alias, 1)), "surname in the same document");
    ck_assert_int_eq(json_integer_value(json_object_get(node, "ndocs")), 2);
    ck_assert_str_eq(json_string_value(json_object_get(node, "first")), "2023-05-03");
    /* the node's documents and the evidence's document point into one table */
    json_t *docs = json_object_get(data, "docs");
    ck_assert_uint_eq(json_array_size(docs), 2);
    json_t *ev = json_array_get(
        json_object_get(json_array_get(json_object_get(data, "edges"), 0), "evidence"), 0);
    json_t *d = json_array_get(docs, (size_t)json_integer_value(json_array_get(ev, 0)));
    ck_assert_str_eq(json_string_value(json_array_get(d, 0)), "d1");
    ck_assert_str_eq(json_string_value(json_array_get(d, 1)), "Forum </script>");
    ck_assert_str_eq(json_string_value(json_array_get(d, 2)), "2023-05-03");
    json_decref(data);
    free(page);
    kg_view_free(v);
}
END_TEST

START_TEST(test_html_sentences_once)
{
    if (!kg_html_has_library)
        ck_abort_msg("kg was built without cytoscape.js: run npm ci and reconfigure");
    /* one sentence naming three entities supports three edges: it is written once */
    kg_view *v = kg_view_new();
    size_t a = kg_view_add_node(v, 1, "Tokayev", "person");
    size_t b = kg_view_add_node(v, 2, "Blinken", "person");
    size_t c = kg_view_add_node(v, 3, "Astana Forum", "event");
    const char *shared = "Tokayev and Blinken spoke at the Astana Forum.";
    kg_view_add_evidence(v, kg_view_add_edge(v, a, c, "spoke-at"), "d1", NULL, shared, 0, 46);
    kg_view_add_evidence(v, kg_view_add_edge(v, b, c, "spoke-at"), "d1", NULL, shared, 0, 46);
    size_t e = kg_view_add_edge(v, a, b, "discussed");
    kg_view_add_evidence(v, e, "d1", NULL, shared, 0, 46);
    kg_view_add_evidence(v, e, "d2", NULL, "Tokayev met Blinken.", 0, 20);
    size_t len;
    char *page = write_page(v, &len);
    char *open = strstr(page, DATA_OPEN) + strlen(DATA_OPEN);
    json_t *data = json_loadb(open, (size_t)(strstr(open, "</script>") - open), 0, NULL);
    ck_assert_ptr_nonnull(data);
    json_t *sentences = json_object_get(data, "sentences");
    ck_assert_uint_eq(json_array_size(sentences), 2);
    json_t *edges = json_object_get(data, "edges");
    ck_assert_uint_eq(json_array_size(edges), 3);
    for (size_t k = 0; k < 3; k++) {
        json_t *ev = json_array_get(json_object_get(json_array_get(edges, k), "evidence"), 0);
        ck_assert_str_eq(json_string_value(json_array_get(
                             sentences, (size_t)json_integer_value(json_array_get(ev, 1)))),
                         shared);
    }
    json_t *second = json_array_get(json_object_get(json_array_get(edges, 2), "evidence"), 1);
    ck_assert_str_eq(json_string_value(json_array_get(
                         sentences, (size_t)json_integer_value(json_array_get(second, 1)))),
                     "Tokayev met Blinken.");
    ck_assert_uint_eq(count_ci(page, len, "Tokayev and Blinken spoke"), 1);
    json_decref(data);
    free(page);
    kg_view_free(v);
}
END_TEST

START_TEST(test_html_layout)
{
    /* two triangles joined by one edge, and an isolated node */
    kg_view *v = kg_view_new();
    for (long long i = 0; i < 7; i++) {
        char name[16];
        snprintf(name, sizeof name, "N%lld", i);
        kg_view_add_node(v, i + 1, name, "person");
    }
    static const size_t pairs[][2] = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        kg_view_add_evidence(v, kg_view_add_edge(v, pairs[k][0], pairs[k][1], "discussed"), "d",
                             NULL, "s", 0, 1);
    ck_assert_int_eq(kg_layout_compute(v, NULL), KG_OK);
    double first[7][2];
    double min = 1e9, max = -1e9;
    for (size_t i = 0; i < 7; i++) {
        first[i][0] = v->nodes[i].x;
        first[i][1] = v->nodes[i].y;
        for (int c = 0; c < 2; c++) {
            ck_assert(first[i][c] >= -1e-9 && first[i][c] <= 1000 + 1e-9);
            min = first[i][c] < min ? first[i][c] : min;
            max = first[i][c] > max ? first[i][c] : max;
        }
    }
    ck_assert(max - min > 500); /* spread over the box, not collapsed */
    /* a node is nearer its triangle than the other triangle's far corner */
    double d01 = hypot(first[0][0] - first[1][0], first[0][1] - first[1][1]);
    double d05 = hypot(first[0][0] - first[5][0], first[0][1] - first[5][1]);
    ck_assert(d01 < d05);
    ck_assert_int_eq(kg_layout_compute(v, NULL), KG_OK);
    for (size_t i = 0; i < 7; i++) {
        ck_assert_double_eq(v->nodes[i].x, first[i][0]);
        ck_assert_double_eq(v->nodes[i].y, first[i][1]);
    }
    kg_view_free(v);
}
END_TEST

START_TEST(test_html_layout_split)
{
    /* above KG_LAYOUT_SPLIT_MIN nodes: a ring of 600 (the largest component), a pair and 500
     * isolated nodes; the others are set in rows below the ring, the pair side by side */
    kg_view *v = kg_view_new();
    size_t ring = 600, n = KG_LAYOUT_SPLIT_MIN + 102;
    for (size_t i = 0; i < n; i++) {
        char name[24];
        snprintf(name, sizeof name, "N%zu", i);
        kg_view_add_node(v, (long long)i + 1, name, "event");
    }
    for (size_t i = 0; i < ring; i++)
        kg_view_add_edge(v, i, (i + 1) % ring, "discussed");
    kg_view_add_edge(v, n - 2, n - 1, "discussed");
    ck_assert_int_eq(kg_layout_compute(v, NULL), KG_OK);
    double ring_bottom = -1, ring_left = 1e9, ring_right = -1;
    for (size_t i = 0; i < ring; i++) {
        ring_bottom = fmax(ring_bottom, v->nodes[i].y);
        ring_left = fmin(ring_left, v->nodes[i].x);
        ring_right = fmax(ring_right, v->nodes[i].x);
    }
    ck_assert(ring_right - ring_left > 300); /* the ring is spread, not a knot */
    for (size_t i = 0; i < n; i++) {
        ck_assert(v->nodes[i].x >= -1e-9 && v->nodes[i].x <= 1000 + 1e-9);
        ck_assert(v->nodes[i].y >= -1e-9 && v->nodes[i].y <= 1000 + 1e-9);
        if (i >= ring)
            ck_assert_msg(v->nodes[i].y > ring_bottom, "node %zu is not below the ring", i);
    }
    /* the pair, the largest of the other components, comes first and side by side */
    const kg_view_node *p = &v->nodes[n - 2], *q = &v->nodes[n - 1];
    ck_assert_double_eq(p->y, q->y);
    for (size_t i = ring; i < n - 2; i++)
        ck_assert(v->nodes[i].y >= p->y);
    kg_view_free(v);
}
END_TEST

START_TEST(test_html_end_to_end)
{
    char *dir = harness_tmpdir();
    char *examples = harness_source_path("examples");
    char *args = kg_xasprintf("-q build '%s'", examples);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(harness_run_kg(dir, args, &out, &err), 0);
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "export html -o graph.html", &out, &err), 0);
    free(out);
    free(err);
    char *path = kg_xasprintf("%s/graph.html", dir);
    char *page = harness_read_file(path);
    ck_assert_ptr_nonnull(page);
    ck_assert(strncmp(page, "<!DOCTYPE html>", 15) == 0);
    ck_assert_ptr_nonnull(strstr(page, "cytoscape"));
    ck_assert_ptr_nonnull(strstr(page, "Kusmangali"));
    ck_assert_ptr_nonnull(strstr(page, "title reference")); /* an alias's merge reason */
    /* nothing to fetch (tests/view_browser.mjs also checks that no request is made) */
    ck_assert_ptr_null(strstr(page, "<script src"));
    ck_assert_ptr_null(strstr(page, "<link"));
    free(page);
    /* standard output is the same page */
    ck_assert_int_eq(harness_run_kg(dir, "export html -o -", &out, &err), 0);
    ck_assert(strncmp(out, "<!DOCTYPE html>", 15) == 0);
    free(out);
    free(err);
    /* a folder that does not exist: one line, exit 1 */
    ck_assert_int_eq(harness_run_kg(dir, "export html -o no/such/dir/g.html", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "no/such/dir/g.html"));
    ck_assert_ptr_nonnull(strchr(err, '\n'));
    ck_assert_ptr_null(strchr(strchr(err, '\n') + 1, '\n'));
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "export html --help", &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(out, "html"));
    free(out);
    free(err);
    free(path);
    free(args);
    free(examples);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

/* Number of occurrences of needle in s. */
static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

START_TEST(test_report_end_to_end)
{
    char *dir = harness_tmpdir();
    char *examples = harness_source_path("examples");
    char *args = kg_xasprintf("-q build '%s'", examples);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(harness_run_kg(dir, args, &out, &err), 0);
    free(out);
    free(err);
    /* the top person of the ranking, to find in the report */
    ck_assert_int_eq(
        harness_run_kg(dir, "query centrality --type person -n 1 --json", &out, &err), 0);
    json_t *rank = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(rank);
    json_t *first = json_is_array(rank) ? json_array_get(rank, 0)
                                        : json_array_get(json_object_get(rank, "results"), 0);
    const char *top = json_string_value(json_object_get(first, "label"));
    if (!top)
        top = json_string_value(json_object_get(first, "name"));
    ck_assert_msg(top != NULL, "no label in %s", out);
    char *top_person = kg_xstrdup(top);
    json_decref(rank);
    free(out);
    free(err);

    ck_assert_int_eq(harness_run_kg(dir, "report -o rep", &out, &err), 0);
    free(out);
    free(err);
    char *index_path = kg_xasprintf("%s/rep/index.html", dir);
    char *graph_path = kg_xasprintf("%s/rep/graph.html", dir);
    char *index = harness_read_file(index_path);
    char *graph = harness_read_file(graph_path);
    ck_assert_ptr_nonnull(index);
    ck_assert_ptr_nonnull(graph);
    ck_assert_ptr_nonnull(strstr(graph, "kg-data"));
    ck_assert_ptr_nonnull(strstr(index, "href=\"graph.html\""));
    /* three plots and one per entity type, each an SVG with bars */
    ck_assert_uint_eq(count(index, "<svg"), 3 + 5);
    ck_assert_uint_ge(count(index, "<rect"), 20);
    ck_assert_ptr_nonnull(strstr(index, "Degree distribution"));
    ck_assert_ptr_nonnull(strstr(index, "Community sizes"));
    ck_assert_ptr_nonnull(strstr(index, "Documents per month"));
    ck_assert_ptr_nonnull(strstr(index, ">2023-03<")); /* both seed articles are of March 2023 */
    ck_assert_ptr_nonnull(strstr(index, "2 documents, 0 of them without a date"));
    ck_assert_msg(strstr(index, top_person) != NULL, "top person %s missing", top_person);
    free(index);
    /* a second run overwrites its own pages */
    ck_assert_int_eq(harness_run_kg(dir, "report -o rep", &out, &err), 0);
    free(out);
    free(err);
    /* a page kg did not write is refused and left as it was */
    harness_write_file(index_path, "mine\n", 5);
    ck_assert_int_eq(harness_run_kg(dir, "report -o rep", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "refusing to overwrite"));
    free(out);
    free(err);
    index = harness_read_file(index_path);
    ck_assert_str_eq(index, "mine\n");
    free(index);
    /* usage errors */
    ck_assert_int_eq(harness_run_kg(dir, "report -o -", &out, &err), 2);
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "report extra", &out, &err), 2);
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "report --help", &out, &err), 0);
    ck_assert_ptr_nonnull(strstr(out, "kg report"));
    free(out);
    free(err);
    free(graph);
    free(index_path);
    free(graph_path);
    free(top_person);
    free(args);
    free(examples);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

static Suite *html_suite(void)
{
    Suite *s = suite_create("html");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_html_payload_cannot_escape);
    tcase_add_test(tc, test_html_documents_and_reasons);
    tcase_add_test(tc, test_html_sentences_once);
    tcase_add_test(tc, test_html_layout);
    tcase_add_test(tc, test_html_layout_split);
    tcase_add_test(tc, test_html_end_to_end);
    tcase_add_test(tc, test_report_end_to_end);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(html_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
