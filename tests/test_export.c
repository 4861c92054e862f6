/* test_export: every exporter against its format's readers (libxml2, jansson, a small RFC 4180
 * reader, igraph, networkx and graphml-check when available), escaping of hard labels, and
 * the same nodes and edges in all five formats. */
#define _GNU_SOURCE /* strcasestr */
#include "../exporters/kg_export.h"
#include "../graph/kg_analytics.h"
#include "../src/kg_mem.h"
#include "export_readback.h"
#include "harness.h"

#include <igraph.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define N_FORMATS 6
static const char *const formats[N_FORMATS] = {"graphml", "json",    "cytoscape",
                                               "gexf",    "gexf1.3", "csv"};

/* ---- views ---------------------------------------------------------------------------- */

static void add_evidence(kg_view *v, size_t e, const char *doc, const char *title,
                         const char *sentence)
{
    kg_view_add_evidence(v, e, doc, title, sentence, 10, 10 + (long)strlen(sentence));
}

/* Six nodes of every type with optional attributes, a multi-edge, a reverse edge, a self-loop
 * and an isolated node; scores computed when scored. */
static kg_view *sample_view(int scored)
{
    kg_view *v = kg_view_new();
    size_t p = kg_view_add_node(v, 1, "Galymzhan Kusmangali", "person");
    kg_view_add_alias(v, p, "Kusmangali");
    v->nodes[p].mentions = 3;
    size_t o = kg_view_add_node(v, 2, "KISI", "organisation");
    kg_view_add_alias(v, o, "Kazakhstan Institute for Strategic Studies");
    kg_view_add_alias(v, o, "KISI under the President");
    v->nodes[o].mentions = 5;
    size_t ev = kg_view_add_node(v, 3, "KISI GPS meeting in Zhezkazgan", "event");
    v->nodes[ev].date = kg_xstrdup("2023-03-03");
    v->nodes[ev].place = kg_xstrdup("Zhezkazgan");
    size_t pl = kg_view_add_node(v, 4, "Zhezkazgan", "place");
    v->nodes[pl].country = kg_xstrdup("KZ");
    v->nodes[pl].region = kg_xstrdup("Ulytau Region");
    v->nodes[pl].has_geo = 1;
    v->nodes[pl].lat = 47.7833;
    v->nodes[pl].lon = 67.7144;
    size_t pa = kg_view_add_node(v, 5, "Respublica", "party");
    kg_view_add_node(v, 6, "Loner", "person");

    const char *doc = "3f2a9c";
    size_t e = kg_view_add_edge(v, p, ev, "spoke-at");
    add_evidence(v, e, doc, "KISI in Zhezkazgan", "Kusmangali said the meeting mattered.");
    add_evidence(v, e, doc, "KISI in Zhezkazgan", "He noted the region's growth.");
    e = kg_view_add_edge(v, p, o, "affiliated-with");
    add_evidence(v, e, doc, NULL, "Kusmangali, head of a department of KISI, spoke.");
    e = kg_view_add_edge(v, p, o, "discussed");
    add_evidence(v, e, doc, NULL, "Kusmangali discussed KISI.");
    e = kg_view_add_edge(v, o, p, "discussed");
    add_evidence(v, e, doc, NULL, "KISI discussed Kusmangali.");
    e = kg_view_add_edge(v, ev, pl, "located-in");
    add_evidence(v, e, doc, "KISI in Zhezkazgan", "The meeting was held in Zhezkazgan.");
    e = kg_view_add_edge(v, p, pa, "discussed");
    add_evidence(v, e, doc, NULL, "The success of Respublica was addressed.");
    e = kg_view_add_edge(v, ev, ev, "discussed"); /* self-loop, no evidence */
    (void)e;
    if (scored) {
        kg_error err = {0};
        ck_assert_int_eq(kg_analytics_compute(v, NULL, &err), KG_OK);
    }
    return v;
}

static const char *const hard_labels[] = {
    "Caf\xC3\xA9 \xF0\x9F\x87\xB0\xF0\x9F\x87\xBF <\xD0\xA1\xD0\xBE\xD1\x8E\xD0\xB7> & "
    "\"Partners\"",
    "O'Brien\tand \"Sons\", Ltd.",
    "control\x01"
    "char",
    "line one\nline two\r\nline three",
    "semi;colon|pipe ]]> <!-- not a comment --> &amp;",
    "  spaced  ",
};
#define N_HARD (sizeof hard_labels / sizeof hard_labels[0])

static kg_view *hard_view(void)
{
    kg_view *v = kg_view_new();
    for (size_t i = 0; i < N_HARD; i++) {
        size_t n = kg_view_add_node(v, (long long)i + 1, hard_labels[i], "organisation");
        kg_view_add_alias(v, n, "alias \"q\" & <b>");
    }
    for (size_t i = 0; i + 1 < N_HARD; i++) {
        size_t e = kg_view_add_edge(v, i, i + 1, "discussed");
        add_evidence(v, e, "d1", "T\x01itle <&>", hard_labels[i]);
    }
    kg_error err = {0};
    ck_assert_int_eq(kg_analytics_compute(v, NULL, &err), KG_OK);
    return v;
}

/* Returns the label XML can carry: C0 controls other than tab, LF and CR become U+FFFD. */
static char *xml_expected(const char *s)
{
    kg_buf b = {0};
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            kg_buf_puts(&b, "\xEF\xBF\xBD");
        else
            kg_buf_putc(&b, *p);
    }
    return kg_buf_take(&b);
}

/* ---- writing -------------------------------------------------------------------------- */

/* Exports v in format into dir: a file dir/out.<format>, or dir/csv/ for csv. Returns the
 * malloc'd path written. */
static char *export_to(const char *dir, const char *format, const kg_view *v)
{
    const kg_exporter *x = kg_export_find(format);
    ck_assert_ptr_nonnull(x);
    kg_error err = {0};
    char *path;
    int rc;
    if (x->write_dir) {
        path = kg_xasprintf("%s/%s", dir, format);
        rc = x->write_dir(path, v, &err);
    } else {
        path = kg_xasprintf("%s/out.%s", dir, format);
        FILE *f = fopen(path, "w");
        ck_assert_ptr_nonnull(f);
        rc = x->write_file(f, v, &err);
        ck_assert_int_eq(fclose(f), 0);
    }
    ck_assert_msg(rc == KG_OK, "export %s: %s", format, err.msg);
    return path;
}

/* ---- external checkers ---------------------------------------------------------------- */

static int have_networkx(void)
{
    char *out = NULL;
    int st = harness_run("/usr/bin/python3 -c 'import networkx' 2>/dev/null", &out, NULL);
    free(out);
    return st == 0;
}

/* Runs graphml-check on path when it exists; fails the test when it rejects the file. */
static void graphml_check(const char *path)
{
    char *checker = harness_source_path("../shared/eval/graphml-check");
    if (access(checker, R_OK) != 0) {
        printf("note: %s not found; graphml-check skipped\n", checker);
        free(checker);
        return;
    }
    const char *py = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
    char *cmd = kg_xasprintf("%s '%s' '%s' 2>&1", py, checker, path);
    char *out = NULL;
    int st = harness_run(cmd, &out, NULL);
    ck_assert_msg(st == 0, "graphml-check rejects %s:\n%s", path, out ? out : "");
    ck_assert_ptr_nonnull(strstr(out, "graphml ok"));
    free(out);
    free(cmd);
    free(checker);
}

/* ---- tests ---------------------------------------------------------------------------- */

START_TEST(test_export_find)
{
    const kg_exporter *list = kg_export_list();
    size_t n = 0;
    for (; list[n].name; n++) {
        ck_assert_ptr_eq(kg_export_find(list[n].name), &list[n]);
        ck_assert((list[n].write_file == NULL) != (list[n].write_dir == NULL));
        ck_assert_ptr_nonnull(list[n].summary);
        if (n > 0)
            ck_assert_int_lt(strcmp(list[n - 1].name, list[n].name), 0);
    }
    ck_assert_uint_eq(n, N_FORMATS + 1); /* and html: tests/test_html.c */
    for (size_t i = 0; i < N_FORMATS; i++)
        ck_assert_ptr_nonnull(kg_export_find(formats[i]));
    ck_assert(kg_export_find("csv")->write_dir != NULL);
    ck_assert_ptr_null(kg_export_find("dot"));
    ck_assert_ptr_null(kg_export_find(NULL));
}
END_TEST

START_TEST(test_export_graphml_valid)
{
    char *dir = harness_tmpdir();
    for (int scored = 0; scored <= 1; scored++) {
        kg_view *v = sample_view(scored);
        char *path = export_to(dir, "graphml", v);
        graphml_check(path);
        char *text = harness_read_file(path);
        /* every key before the graph, declared with for, attr.name and attr.type */
        ck_assert_ptr_nonnull(strstr(text, "<key id=\"v_label\" for=\"node\" attr.name=\"label\" "
                                           "attr.type=\"string\"/>"));
        ck_assert_ptr_nonnull(strstr(text, "<key id=\"e_weight\" for=\"edge\" "
                                           "attr.name=\"weight\" attr.type=\"double\"/>"));
        ck_assert_ptr_nonnull(strstr(text, "edgedefault=\"directed\""));
        ck_assert_ptr_nonnull(strstr(text, "xsi:schemaLocation="));
        ck_assert(strstr(text, "<key ") < strstr(text, "<graph "));
        ck_assert((strstr(text, "v_pagerank") != NULL) == scored);
        ck_assert((strstr(text, "attr.name=\"r\"") != NULL) == scored);
        ck_assert_ptr_nonnull(strstr(text, "<data key=\"v_date\">2023-03-03</data>"));
        free(text);
        free(path);
        kg_view_free(v);
    }
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_export_graphml_igraph_reads)
{
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_set_attribute_table(&igraph_cattribute_table);
    kg_view *v = sample_view(1);
    char *dir = harness_tmpdir();
    char *path = export_to(dir, "graphml", v);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    igraph_t g;
    ck_assert_int_eq(igraph_read_graph_graphml(&g, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    ck_assert_int_eq(igraph_vcount(&g), (igraph_integer_t)v->n_nodes);
    ck_assert_int_eq(igraph_ecount(&g), (igraph_integer_t)v->n_edges);
    ck_assert(igraph_is_directed(&g));
    for (size_t i = 0; i < v->n_nodes; i++) {
        ck_assert_str_eq(VAS(&g, "id", (igraph_integer_t)i), v->nodes[i].key);
        ck_assert_str_eq(VAS(&g, "label", (igraph_integer_t)i), v->nodes[i].label);
        ck_assert_double_eq_tol(VAN(&g, "pagerank", (igraph_integer_t)i), v->nodes[i].pagerank,
                                1e-15);
    }
    for (size_t e = 0; e < v->n_edges; e++) {
        ck_assert_double_eq(EAN(&g, "weight", (igraph_integer_t)e), (double)v->edges[e].weight);
        ck_assert_str_eq(EAS(&g, "type", (igraph_integer_t)e), v->edges[e].type);
        igraph_integer_t from, to;
        igraph_edge(&g, (igraph_integer_t)e, &from, &to);
        ck_assert_uint_eq((size_t)from, v->edges[e].source);
        ck_assert_uint_eq((size_t)to, v->edges[e].target);
    }
    igraph_destroy(&g);
    harness_rmtree(dir);
    free(path);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_json_node_link)
{
    kg_view *v = sample_view(1);
    char *dir = harness_tmpdir();
    char *path = export_to(dir, "json", v);
    json_t *root = read_json(path);
    const char *order[] = {"directed", "multigraph", "graph", "nodes", "links", "edges"};
    size_t k = 0;
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val)
    {
        ck_assert_uint_lt(k, 6);
        ck_assert_str_eq(key, order[k++]);
    }
    json_t *n0 = json_array_get(json_object_get(root, "nodes"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(n0, "id")), "n1");
    ck_assert(json_is_array(json_object_get(n0, "aliases")));
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(n0, "aliases"), 0)),
                     "Kusmangali");
    ck_assert_int_eq(json_integer_value(json_object_get(n0, "mentions")), 3);
    ck_assert(json_is_real(json_object_get(n0, "pagerank")));
    ck_assert(json_is_integer(json_object_get(n0, "community")));
    ck_assert_ptr_nonnull(json_object_get(n0, "colour"));
    ck_assert_ptr_null(json_object_get(n0, "date")); /* only when present */
    json_t *n3 = json_array_get(json_object_get(root, "nodes"), 3);
    ck_assert_double_eq(json_real_value(json_object_get(n3, "lat")), 47.7833);
    /* keys count per (source, target): n1->n2 appears twice, n2->n1 once */
    json_t *links = json_object_get(root, "links");
    ck_assert_uint_eq(json_array_size(links), v->n_edges);
    long expect_key[] = {0, 0, 1, 0, 0, 0, 0};
    for (size_t i = 0; i < json_array_size(links); i++) {
        json_t *l = json_array_get(links, i);
        ck_assert_int_eq(json_integer_value(json_object_get(l, "key")), expect_key[i]);
        ck_assert_int_eq(json_integer_value(json_object_get(l, "weight")), v->edges[i].weight);
    }
    json_t *ev = json_array_get(json_object_get(json_array_get(links, 0), "evidence"), 1);
    ck_assert_str_eq(json_string_value(json_object_get(ev, "sentence")),
                     "He noted the region's growth.");
    ck_assert_str_eq(json_string_value(json_object_get(ev, "document")), "3f2a9c");
    ck_assert_int_eq(json_integer_value(json_object_get(ev, "start")), 10);
    ev = json_array_get(json_object_get(json_array_get(links, 1), "evidence"), 0);
    ck_assert(json_is_null(json_object_get(ev, "title")));
    json_decref(root);

    if (have_networkx()) {
        char *cmd = kg_xasprintf(
            "/usr/bin/python3 -c 'import json, sys, networkx as nx; "
            "G = nx.node_link_graph(json.load(open(sys.argv[1], encoding=\"utf-8\"))); "
            "print(G.number_of_nodes(), G.number_of_edges(), G.is_directed(), "
            "G.is_multigraph(), G.nodes[\"n2\"][\"label\"], "
            "sorted(G[\"n1\"][\"n2\"].keys()), G[\"n1\"][\"n2\"][1][\"type\"])' '%s' 2>&1",
            path);
        char *out = NULL;
        int st = harness_run(cmd, &out, NULL);
        ck_assert_msg(st == 0, "networkx cannot read the export:\n%s", out ? out : "");
        ck_assert_str_eq(out, "6 7 True True KISI [0, 1] discussed\n");
        free(out);
        free(cmd);
    } else {
        printf("note: /usr/bin/python3 with networkx not available; node_link_graph skipped\n");
    }
    harness_rmtree(dir);
    free(path);
    free(dir);
    kg_view_free(v);
}
END_TEST

/* The streamed node-link file is, byte for byte, what jansson writes for the whole document
 * as one tree (JSON_INDENT(2)): with and without scores, with and without nodes. */
START_TEST(test_export_json_streamed_as_one_tree)
{
    kg_view *views[] = {sample_view(1), sample_view(0), hard_view(), kg_view_new()};
    char *dir = harness_tmpdir();
    for (size_t i = 0; i < sizeof views / sizeof *views; i++) {
        char *path = export_to(dir, "json", views[i]);
        char *text = harness_read_file(path);
        ck_assert_ptr_nonnull(text);
        json_error_t jerr;
        json_t *root = json_loads(text, 0, &jerr);
        ck_assert_msg(root != NULL, "view %zu: %s", i, jerr.text);
        char *whole = json_dumps(root, JSON_INDENT(2));
        char *expect = kg_xasprintf("%s\n", whole);
        ck_assert_msg(strcmp(text, expect) == 0, "view %zu streamed:\n%s\nas one tree:\n%s", i,
                      text, expect);
        free(expect);
        free(whole);
        json_decref(root);
        free(text);
        free(path);
        kg_view_free(views[i]);
    }
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_export_cytoscape_elements)
{
    kg_view *v = sample_view(1);
    char *dir = harness_tmpdir();
    char *path = export_to(dir, "cytoscape", v);
    json_t *root = read_json(path);
    json_t *el = json_object_get(root, "elements");
    ck_assert_uint_eq(json_array_size(json_object_get(el, "nodes")), v->n_nodes);
    ck_assert_uint_eq(json_array_size(json_object_get(el, "edges")), v->n_edges);
    json_t *d = json_object_get(json_array_get(json_object_get(el, "edges"), 1), "data");
    ck_assert_str_eq(json_string_value(json_object_get(d, "id")), "e1");
    ck_assert_str_eq(json_string_value(json_object_get(d, "source")), "n1");
    ck_assert_str_eq(json_string_value(json_object_get(d, "target")), "n2");
    ck_assert_str_eq(json_string_value(json_object_get(d, "type")), "affiliated-with");
    ck_assert_int_eq(json_integer_value(json_object_get(d, "weight")), 1);
    ck_assert_uint_eq(json_array_size(json_object_get(d, "evidence")), 1);
    d = json_object_get(json_array_get(json_object_get(el, "nodes"), 0), "data");
    ck_assert_str_eq(json_string_value(json_object_get(d, "label")), "Galymzhan Kusmangali");
    ck_assert_str_eq(json_string_value(json_object_get(d, "colour")),
                     kg_view_community_colour(v->nodes[0].community));
    json_decref(root);
    harness_rmtree(dir);
    free(path);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_gexf_viz)
{
    kg_view *v = sample_view(1);
    char *dir = harness_tmpdir();
    char *path = export_to(dir, "gexf", v);
    xmlDocPtr doc = read_xml(path);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    ck_assert_str_eq((const char *)root->name, "gexf");
    xmlNsPtr viz =
        xmlSearchNsByHref(doc, root, (const xmlChar *)"http://www.gexf.net/1.2draft/viz");
    ck_assert_ptr_nonnull(viz);
    ck_assert_str_eq((const char *)viz->prefix, "viz");
    xmlFreeDoc(doc);
    char *text = harness_read_file(path);
    ck_assert_ptr_nonnull(strstr(text, "<graph mode=\"static\" defaultedgetype=\"directed\">"));
    ck_assert_ptr_nonnull(strstr(text, "<attributes class=\"node\""));
    ck_assert_ptr_nonnull(strstr(text, "<attributes class=\"edge\""));
    ck_assert_ptr_nonnull(
        strstr(text, "<attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>"));
    /* node n1 (largest PageRank) gets the largest size, 50 */
    double max_pr = 0;
    size_t top = 0;
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].pagerank > max_pr) {
            max_pr = v->nodes[i].pagerank;
            top = i;
        }
    ck_assert_uint_eq(top, 0);
    ck_assert_ptr_nonnull(strstr(text, "<viz:size value=\"50\"/>"));
    char colour[64];
    unsigned r, g, b;
    ck_assert_int_eq(
        sscanf(kg_view_community_colour(v->nodes[0].community), "#%02x%02x%02x", &r, &g, &b), 3);
    snprintf(colour, sizeof colour, "<viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>", r, g, b);
    ck_assert_ptr_nonnull(strstr(text, colour));
    ck_assert_ptr_nonnull(strstr(text, "label=\"spoke-at\" kind=\"spoke-at\" weight=\"2\""));
    free(text);
    harness_rmtree(dir);
    free(path);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_csv_neo4j)
{
    kg_view *v = sample_view(1);
    char *dir = harness_tmpdir();
    char *sub = kg_xasprintf("%s/a/b/c", dir); /* missing parents are created */
    kg_error err = {0};
    ck_assert_int_eq(kg_export_csv(sub, v, &err), KG_OK);
    ck_assert_int_eq(kg_export_csv(sub, v, &err), KG_OK); /* existing directory: fine */
    char *nodes = kg_xasprintf("%s/nodes.csv", sub),
         *rels = kg_xasprintf("%s/relationships.csv", sub);
    char *text = harness_read_file(nodes);
    ck_assert_ptr_nonnull(text);
    const char *header = "id:ID,label,type,:LABEL,aliases:string[],mentions:long,date,place,"
                         "country,region,lat:double,lon:double,degree:double,"
                         "weighted_degree:double,pagerank:double,betweenness:double,"
                         "eigenvector:double,closeness:double,harmonic:double,community:long,"
                         "colour\n";
    ck_assert_msg(strncmp(text, header, strlen(header)) == 0, "header: %.300s", text);
    free(text);
    csv_table t;
    csv_read(&t, nodes);
    ck_assert_uint_eq(t.n_rows, v->n_nodes + 1);
    static const char *const labels[] = {"Person", "Organisation", "Event",
                                         "Place",  "Party",        "Person"};
    for (size_t r = 1; r < t.n_rows; r++)
        ck_assert_str_eq(t.rows[r][3], labels[r - 1]);
    ck_assert_str_eq(t.rows[2][4], "Kazakhstan Institute for Strategic Studies;KISI under the "
                                   "President");
    ck_assert_str_eq(t.rows[4][10], "47.7833");
    ck_assert_str_eq(t.rows[1][10], "");
    csv_free(&t);
    csv_read(&t, rels);
    ck_assert_uint_eq(t.n_rows, v->n_edges + 1);
    ck_assert_str_eq(t.rows[0][0], ":START_ID");
    ck_assert_str_eq(t.rows[0][1], ":END_ID");
    ck_assert_str_eq(t.rows[0][2], ":TYPE");
    ck_assert_str_eq(t.rows[0][3], "weight:long");
    ck_assert_str_eq(t.rows[0][4], "evidence");
    ck_assert_str_eq(t.rows[1][2], "SPOKE_AT");
    ck_assert_str_eq(t.rows[1][3], "2");
    ck_assert_str_eq(t.rows[1][4], "Kusmangali said the meeting mattered.");
    ck_assert_str_eq(t.rows[2][2], "AFFILIATED_WITH");
    ck_assert_str_eq(t.rows[2][4], "Kusmangali, head of a department of KISI, spoke.");
    ck_assert_str_eq(t.rows[5][2], "LOCATED_IN");
    ck_assert_str_eq(t.rows[6][2], "DISCUSSED");
    csv_free(&t);
    free(nodes);
    free(rels);
    free(sub);
    harness_rmtree(dir);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_csv_dir_errors)
{
    kg_view *v = sample_view(0);
    char *dir = harness_tmpdir();
    char *file = kg_xasprintf("%s/plain", dir);
    harness_write_file(file, "x", 1);
    kg_error err = {0};
    ck_assert_int_eq(kg_export_csv(file, v, &err), KG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "cannot create directory"));
    char *below = kg_xasprintf("%s/plain/sub", dir);
    ck_assert_int_eq(kg_export_csv(below, v, &err), KG_EIO);
    /* unscored: no score columns */
    char *ok = kg_xasprintf("%s/ok", dir);
    ck_assert_int_eq(kg_export_csv(ok, v, &err), KG_OK);
    char *nodes = kg_xasprintf("%s/nodes.csv", ok);
    char *text = harness_read_file(nodes);
    ck_assert_ptr_null(strstr(text, "pagerank"));
    free(text);
    free(nodes);
    free(ok);
    free(below);
    free(file);
    harness_rmtree(dir);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_write_errors)
{
    kg_view *v = sample_view(1);
    for (size_t i = 0; i < N_FORMATS; i++) {
        const kg_exporter *x = kg_export_find(formats[i]);
        if (!x->write_file)
            continue;
        /* a full device: the error shows at the final flush */
        FILE *f = fopen("/dev/full", "w");
        if (f) {
            kg_error err = {0};
            ck_assert_int_eq(x->write_file(f, v, &err), KG_EIO);
            ck_assert_msg(strncmp(err.msg, "cannot write ", 13) == 0, "%s", err.msg);
            ck_assert_ptr_nonnull(strstr(err.msg, formats[i]));
            fclose(f);
        }
        /* a stream open for reading only: the first write fails */
        f = fopen("/dev/null", "r");
        ck_assert_ptr_nonnull(f);
        kg_error err = {0};
        ck_assert_int_eq(x->write_file(f, v, &err), KG_EIO);
        ck_assert_msg(strncmp(err.msg, "cannot write ", 13) == 0, "%s", err.msg);
        fclose(f);
    }
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_no_nan)
{
    kg_view *v = kg_view_new();
    kg_view_add_node(v, 1, "a", "person");
    kg_view_add_node(v, 2, "b", "place");
    kg_view_add_edge(v, 0, 1, "located-in");
    v->has_scores = 1;
    v->modularity = NAN;
    v->nodes[0].pagerank = NAN;
    v->nodes[0].betweenness = INFINITY;
    v->nodes[1].closeness = -INFINITY;
    v->nodes[1].has_geo = 1;
    v->nodes[1].lat = NAN;
    v->nodes[1].community = 0;
    char *dir = harness_tmpdir();
    for (size_t i = 0; i < N_FORMATS; i++) {
        char *path = export_to(dir, formats[i], v);
        parsed g;
        parse_any(&g, formats[i], path); /* jansson rejects NaN */
        ck_assert_uint_eq(g.n_nodes, 2);
        parsed_free(&g);
        char *file =
            strcmp(formats[i], "csv") == 0 ? kg_xasprintf("%s/nodes.csv", path) : kg_xstrdup(path);
        char *text = harness_read_file(file);
        ck_assert_msg(strcasestr(text, "nan") == NULL && strcasestr(text, "inf") == NULL,
                      "%s holds a NaN or infinity", formats[i]);
        free(text);
        free(file);
        if (strcmp(formats[i], "graphml") == 0)
            graphml_check(path);
        free(path);
    }
    harness_rmtree(dir);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_empty_view)
{
    kg_view *v = kg_view_new();
    char *dir = harness_tmpdir();
    for (int scored = 0; scored <= 1; scored++) {
        if (scored) {
            kg_error err = {0};
            ck_assert_int_eq(kg_analytics_compute(v, NULL, &err), KG_OK);
        }
        for (size_t i = 0; i < N_FORMATS; i++) {
            char *path = export_to(dir, formats[i], v);
            parsed g;
            parse_any(&g, formats[i], path);
            ck_assert_uint_eq(g.n_nodes, 0);
            ck_assert_uint_eq(g.n_edges, 0);
            parsed_free(&g);
            if (strcmp(formats[i], "graphml") == 0)
                graphml_check(path);
            free(path);
        }
    }
    harness_rmtree(dir);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_escaping)
{
    kg_view *v = hard_view();
    char *dir = harness_tmpdir();
    for (size_t i = 0; i < N_FORMATS; i++) {
        char *path = export_to(dir, formats[i], v);
        parsed g;
        parse_any(&g, formats[i], path);
        ck_assert_uint_eq(g.n_nodes, N_HARD);
        int xml = strcmp(formats[i], "graphml") == 0 || strncmp(formats[i], "gexf", 4) == 0;
        for (size_t n = 0; n < N_HARD; n++) {
            char *want = xml ? xml_expected(hard_labels[n]) : kg_xstrdup(hard_labels[n]);
            const char *got = label_of(&g, v->nodes[n].key);
            ck_assert_msg(got && strcmp(got, want) == 0, "%s: label %zu is '%s', not '%s'",
                          formats[i], n, got ? got : "(none)", want);
            free(want);
        }
        parsed_free(&g);
        if (strcmp(formats[i], "graphml") == 0)
            graphml_check(path);
        free(path);
    }
    if (have_networkx()) {
        char *cmd = kg_xasprintf("/usr/bin/python3 -c 'import json, sys, networkx as nx; "
                                 "G = nx.node_link_graph(json.load(open(sys.argv[1], "
                                 "encoding=\"utf-8\"))); print(G.nodes[\"n1\"][\"label\"])' "
                                 "'%s/out.json'",
                                 dir);
        char *out = NULL;
        ck_assert_int_eq(harness_run(cmd, &out, NULL), 0);
        char *want = kg_xasprintf("%s\n", hard_labels[0]);
        ck_assert_str_eq(out, want);
        free(want);
        free(out);
        free(cmd);
    }
    harness_rmtree(dir);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_invalid_utf8)
{
    kg_view *v = kg_view_new();
    kg_view_add_node(v, 1, "bad \xC3\x28 byte \xFF", "person");
    char *dir = harness_tmpdir();
    for (size_t i = 0; i < N_FORMATS; i++) {
        char *path = export_to(dir, formats[i], v);
        parsed g;
        parse_any(&g, formats[i], path);
        ck_assert_str_eq(g.labels[0], "bad \xEF\xBF\xBD( byte \xEF\xBF\xBD");
        parsed_free(&g);
        free(path);
    }
    harness_rmtree(dir);
    free(dir);
    kg_view_free(v);
}
END_TEST

START_TEST(test_export_cross_format)
{
    kg_view *views[] = {sample_view(1), hard_view()};
    for (size_t k = 0; k < 2; k++) {
        kg_view *v = views[k];
        char *dir = harness_tmpdir();
        parsed all[N_FORMATS];
        for (size_t i = 0; i < N_FORMATS; i++) {
            char *path = export_to(dir, formats[i], v);
            parse_any(&all[i], formats[i], path);
            qsort(all[i].ids, all[i].n_nodes, sizeof *all[i].ids, str_cmp);
            qsort(all[i].edges, all[i].n_edges, sizeof *all[i].edges, str_cmp);
            free(path);
        }
        ck_assert_uint_eq(all[0].n_nodes, v->n_nodes);
        ck_assert_uint_eq(all[0].n_edges, v->n_edges);
        for (size_t i = 1; i < N_FORMATS; i++) {
            ck_assert_uint_eq(all[i].n_nodes, all[0].n_nodes);
            ck_assert_uint_eq(all[i].n_edges, all[0].n_edges);
            for (size_t n = 0; n < all[0].n_nodes; n++)
                ck_assert_str_eq(all[i].ids[n], all[0].ids[n]);
            for (size_t e = 0; e < all[0].n_edges; e++)
                ck_assert_msg(strcmp(all[i].edges[e], all[0].edges[e]) == 0,
                              "%s edge '%s' vs graphml '%s'", formats[i], all[i].edges[e],
                              all[0].edges[e]);
        }
        for (size_t i = 0; i < N_FORMATS; i++)
            parsed_free(&all[i]);
        harness_rmtree(dir);
        free(dir);
        kg_view_free(v);
    }
}
END_TEST

static Suite *export_suite(void)
{
    Suite *s = suite_create("export");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_export_find);
    tcase_add_test(tc, test_export_graphml_valid);
    tcase_add_test(tc, test_export_graphml_igraph_reads);
    tcase_add_test(tc, test_export_json_node_link);
    tcase_add_test(tc, test_export_json_streamed_as_one_tree);
    tcase_add_test(tc, test_export_cytoscape_elements);
    tcase_add_test(tc, test_export_gexf_viz);
    tcase_add_test(tc, test_export_csv_neo4j);
    tcase_add_test(tc, test_export_csv_dir_errors);
    tcase_add_test(tc, test_export_write_errors);
    tcase_add_test(tc, test_export_no_nan);
    tcase_add_test(tc, test_export_empty_view);
    tcase_add_test(tc, test_export_escaping);
    tcase_add_test(tc, test_export_invalid_utf8);
    tcase_add_test(tc, test_export_cross_format);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(export_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
