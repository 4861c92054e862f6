/* test_filter: periods (kg_period: dates the CLI accepts, what a period holds, spells) and the
 * filters of the graph view (kg_filter), on views built by hand. The end-to-end checks against
 * stores of a period's documents and networkx are in tests/time_slices.py. */
#include "../graph/kg_filter.h"
#include "../graph/kg_period.h"
#include "../graph/kg_view.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_filter_period_dates)
{
    static const struct {
        const char *in, *lo, *hi;
    } good[] = {
        {"2023-03-19", "2023-03-19", "2023-03-19"}, {"2023-03", "2023-03-01", "2023-03-31"},
        {"2023", "2023-01-01", "2023-12-31"},       {"2024-02", "2024-02-01", "2024-02-29"},
        {"2023-02", "2023-02-01", "2023-02-28"},    {"1900-02", "1900-02-01", "1900-02-28"},
        {"2000-02-29", "2000-02-29", "2000-02-29"},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        char lo[11], hi[11];
        ck_assert_int_eq(kg_period_bounds(good[i].in, lo, hi), 0);
        ck_assert_str_eq(lo, good[i].lo);
        ck_assert_str_eq(hi, good[i].hi);
    }
    static const char *const bad[] = {"2023-02-29", "2023-13",    "2023-00",          "2023-3",
                                      "23",         "March 2023", "2023-03-19T10:00", "",
                                      "-2023",      "0000",       "2023/03"};
    kg_period p = {"", ""};
    kg_error err;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char lo[11], hi[11];
        ck_assert_msg(kg_period_bounds(bad[i], lo, hi) == -1, "'%s' accepted", bad[i]);
        ck_assert_int_eq(kg_period_set(&p, 0, bad[i], "--since", &err), KG_EUSAGE);
        ck_assert_ptr_nonnull(strstr(err.msg, "--since"));
    }
    ck_assert(!kg_period_active(&p)); /* bad values leave it as it was */
    ck_assert_int_eq(kg_period_set(&p, 1, "2022", "--until", &err), KG_OK);
    ck_assert_str_eq(p.until, "2022-12-31");
    ck_assert_int_eq(kg_period_check(&p, &err), KG_OK);
    ck_assert_int_eq(kg_period_set(&p, 0, "2023-01", "--since", &err), KG_OK);
    ck_assert_str_eq(p.since, "2023-01-01");
    ck_assert_int_eq(kg_period_check(&p, &err), KG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "after"));
}
END_TEST

START_TEST(test_filter_period_contains)
{
    kg_period all = {"", ""};
    ck_assert(kg_period_contains(&all, NULL));
    ck_assert(kg_period_contains(NULL, "2023"));
    kg_period march = {"2023-03-01", "2023-03-31"};
    ck_assert(kg_period_contains(&march, "2023-03-19"));
    ck_assert(kg_period_contains(&march, "2023-03"));
    ck_assert(!kg_period_contains(&march, "2023")); /* a year is not inside one month */
    ck_assert(!kg_period_contains(&march, "2023-04-01"));
    ck_assert(!kg_period_contains(&march, "2023-02-28"));
    ck_assert(!kg_period_contains(&march, NULL)); /* undated: in no period */
    ck_assert(!kg_period_contains(&march, "garbage"));
    kg_period half = {"2023-03-15", ""};
    ck_assert(!kg_period_contains(&half, "2023-03"));
    ck_assert(kg_period_contains(&half, "2023-03-15"));
    ck_assert(kg_period_contains(&half, "2024"));
    kg_period until = {"", "2023-12-31"};
    ck_assert(kg_period_contains(&until, "2023"));
    ck_assert(!kg_period_contains(&until, "2024-01-01"));
}
END_TEST

START_TEST(test_filter_period_spells)
{
    const char *dates[] = {"2023-03-19", "2023-01-05", "2023-03-03", "2023-02",    "2023-05-01",
                           NULL,         "bad",        "2021",       "2021-06-01", "2022-01-31"};
    kg_spell *sp = NULL;
    size_t n = kg_period_spells(&sp, dates, sizeof dates / sizeof dates[0]);
    /* 2021 holds June 2021 and touches January 2022; January to March 2023 touch; May apart */
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(sp[0].start, "2021-01-01");
    ck_assert_str_eq(sp[0].end, "2022-01-31");
    ck_assert_str_eq(sp[1].start, "2023-01-01");
    ck_assert_str_eq(sp[1].end, "2023-03-31");
    ck_assert_str_eq(sp[2].start, "2023-05-01");
    ck_assert_str_eq(sp[2].end, "2023-05-31");
    free(sp);
    const char *none[] = {NULL, "x"};
    ck_assert_uint_eq(kg_period_spells(&sp, none, 2), 0);
    ck_assert_ptr_null(sp);
}
END_TEST

/* A view of two parts: persons p1 - p2 - p3 (spoke-at, weights 1 and 3) with event e4 linked
 * to p3 (discussed, weight 2); place x5 - x6 (located-in, 1); place x7 alone. */
static kg_view *sample(void)
{
    kg_view *v = kg_view_new();
    const char *types[] = {"person", "person", "person", "event", "place", "place", "place"};
    for (int i = 0; i < 7; i++) {
        char name[8];
        snprintf(name, sizeof name, "N%d", i + 1);
        kg_view_add_node(v, i + 1, name, types[i]);
    }
    struct {
        size_t s, t;
        const char *type;
        int w;
    } e[] = {{0, 1, "spoke-at", 1},
             {1, 2, "spoke-at", 3},
             {2, 3, "discussed", 2},
             {4, 5, "located-in", 1}};
    for (size_t k = 0; k < 4; k++) {
        size_t ed = kg_view_add_edge(v, e[k].s, e[k].t, e[k].type);
        for (int j = 0; j < e[k].w; j++)
            kg_view_add_evidence(v, ed, "doc", NULL, "sentence", j * 10, j * 10 + 5);
    }
    return v;
}

/* The labels of v's nodes joined by spaces, into buf. */
static const char *labels(const kg_view *v, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t i = 0; i < v->n_nodes; i++) {
        strncat(buf, i ? " " : "", size - strlen(buf) - 1);
        strncat(buf, v->nodes[i].label, size - strlen(buf) - 1);
    }
    return buf;
}

static const char *apply(kg_view_filter *f, char *buf, size_t size, size_t *n_edges)
{
    kg_view *v = sample();
    kg_error err;
    ck_assert_int_eq(kg_view_filter_apply(v, f, &err), KG_OK);
    for (size_t e = 0; e < v->n_edges; e++) { /* every edge still names kept nodes */
        ck_assert_uint_lt(v->edges[e].source, v->n_nodes);
        ck_assert_uint_lt(v->edges[e].target, v->n_nodes);
    }
    *n_edges = v->n_edges;
    labels(v, buf, size);
    kg_view_free(v);
    return buf;
}

START_TEST(test_filter_apply_each)
{
    char buf[128];
    size_t ne;
    kg_view_filter f;
    kg_error err;
    kg_view_filter_init(&f);
    ck_assert(!kg_view_filter_active(&f));
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2 N3 N4 N5 N6 N7");
    ck_assert_uint_eq(ne, 4);

    ck_assert_int_eq(kg_view_filter_add_types(&f.types, "person,event", &err), KG_OK);
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2 N3 N4");
    ck_assert_uint_eq(ne, 3);
    kg_view_filter_init(&f);

    ck_assert_int_eq(kg_view_filter_add_edges(&f.edges, "spoke-at", &err), KG_OK);
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2 N3 N4 N5 N6 N7");
    ck_assert_uint_eq(ne, 2);
    kg_view_filter_init(&f);

    f.min_weight = 2;
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2 N3 N4 N5 N6 N7");
    ck_assert_uint_eq(ne, 2);
    f.min_degree = 1; /* after --min-weight 2: N1 and the places lose their edges */
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N2 N3 N4");
    kg_view_filter_init(&f);

    f.min_degree = 2;
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N2 N3");
    ck_assert_uint_eq(ne, 1);
    kg_view_filter_init(&f);

    f.largest_component = 1;
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2 N3 N4");
    kg_view_filter_init(&f);

    f.around = 1;
    f.around_name = "N1";
    f.depth = 2;
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2 N3");
    f.depth = 1;
    ck_assert_str_eq(apply(&f, buf, sizeof buf, &ne), "N1 N2");
    ck_assert_uint_eq(ne, 1);
    /* around an entity the filters before it removed */
    ck_assert_int_eq(kg_view_filter_add_types(&f.types, "place", &err), KG_OK);
    kg_view *v = sample();
    ck_assert_int_eq(kg_view_filter_apply(v, &f, &err), KG_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(err.msg, "'N1' is not in the graph"));
    kg_view_free(v);
}
END_TEST

START_TEST(test_filter_names)
{
    unsigned bits = 0;
    kg_error err;
    ck_assert_int_eq(kg_view_filter_add_types(&bits, "persn", &err), KG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "'persn'"));
    ck_assert_ptr_nonnull(strstr(err.msg, "organisation"));
    ck_assert_int_eq(kg_view_filter_add_types(&bits, "person,", &err), KG_EUSAGE);
    ck_assert_int_eq(kg_view_filter_add_types(&bits, "", &err), KG_EUSAGE);
    ck_assert_int_eq(kg_view_filter_add_edges(&bits, "spoke-at,speaks", &err), KG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "'speaks'"));
    bits = 0;
    ck_assert_int_eq(kg_view_filter_add_edges(&bits, "located-in,discussed", &err), KG_OK);
    kg_view_filter f;
    kg_view_filter_init(&f);
    f.edges = bits;
    ck_assert(kg_view_filter_edge_ok(&f, "located-in"));
    ck_assert(kg_view_filter_edge_ok(&f, "discussed"));
    ck_assert(!kg_view_filter_edge_ok(&f, "spoke-at"));
    ck_assert(kg_view_filter_needs_edges(&f));
    ck_assert(kg_view_filter_type_ok(&f, "anything")); /* no --type */
}
END_TEST

static Suite *filter_suite(void)
{
    Suite *s = suite_create("filter");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_filter_period_dates);
    tcase_add_test(tc, test_filter_period_contains);
    tcase_add_test(tc, test_filter_period_spells);
    tcase_add_test(tc, test_filter_apply_each);
    tcase_add_test(tc, test_filter_names);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(filter_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
