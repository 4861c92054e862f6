/* test_view: kg_view_load builds the view of a store (nodes with aliases and attributes,
 * edges with evidence) and caches analytics per graph version and options. */
#include "../graph/kg_analytics.h"
#include "../graph/kg_view.h"
#include "../graph/kg_view_load.h"
#include "../src/kg_mem.h"
#include "../src/store/kg_store.h"
#include "harness.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fixture {
    char *dir;
    char *path;
    kg_store *st;
    long long person, org, place, event;
    char doc_id[65];
} fixture;

static const char doc_text[] = "KISI Experts Met\n"
                               "Alua Joldybalina of KISI spoke. She works at KISI. "
                               "The meeting was held in Zhezkazgan.";
static const char s1[] = "Alua Joldybalina of KISI spoke.";
static const char s2[] = "She works at KISI.";
static const char s3[] = "The meeting was held in Zhezkazgan.";

static long offset_of(const char *s)
{
    const char *p = strstr(doc_text, s);
    ck_assert_ptr_nonnull(p);
    return (long)(p - doc_text);
}

static void evidence(fixture *f, long long a, long long b, const char *type, const char *s)
{
    kg_error err;
    kg_error_clear(&err);
    long start = offset_of(s);
    ck_assert_int_eq(kg_store_add_evidence(f->st, a, b, type, f->doc_id, start,
                                           start + (long)strlen(s), s, &err),
                     KG_OK);
}

static void open_fixture(fixture *f)
{
    memset(f, 0, sizeof *f);
    f->dir = harness_tmpdir();
    f->path = kg_xasprintf("%s/kg.db", f->dir);
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&f->st, f->path, 1, &err), KG_OK);
    kg_document *d =
        kg_document_new("d.txt", "KISI Experts Met", "2023-03-03", doc_text, strlen(doc_text));
    memcpy(f->doc_id, d->id, sizeof f->doc_id);
    ck_assert_int_eq(kg_store_add_document(f->st, d, &err), KG_OK);
    kg_document_free(d);
    f->person =
        kg_store_add_entity(f->st, "Alua Joldybalina", "person", "alua joldibalina", NULL, &err);
    f->org = kg_store_add_entity(f->st, "KISI", "organisation", "kisi", NULL, &err);
    kg_entity_attrs geo = {
        .country = "KZ", .region = "Ulytau Region", .has_geo = 1, .lat = 47.7833, .lon = 67.7144};
    f->place = kg_store_add_entity(f->st, "Zhezkazgan", "place", "jezkazgan", &geo, &err);
    kg_entity_attrs when = {.date = "2023-03-03", .place = "Zhezkazgan"};
    f->event =
        kg_store_add_entity(f->st, "KISI meeting", "event", "meeting|kisi|2023", &when, &err);
    ck_assert(f->person > 0 && f->org > 0 && f->place > 0 && f->event > 0);
    /* the name itself is an alias row too; the view lists only the other names */
    ck_assert_int_eq(kg_store_add_alias(f->st, f->person, "Alua Joldybalina", "alua joldibalina",
                                        "name in the document", f->doc_id, &err),
                     KG_OK);
    ck_assert_int_eq(kg_store_add_alias(f->st, f->person, "Alua Zholdybalina", "alua joldibalina",
                                        "spelling variant", f->doc_id, &err),
                     KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f->st, f->doc_id, f->person, 17, 33, 17, 48, &err),
                     KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f->st, f->doc_id, f->person, 49, 52, 49, 67, &err),
                     KG_OK);
    ck_assert_int_eq(kg_store_add_mention(f->st, f->doc_id, f->org, 37, 41, 17, 48, &err), KG_OK);
    evidence(f, f->person, f->org, "affiliated-with", s1);
    evidence(f, f->person, f->org, "affiliated-with", s2);
    evidence(f, f->person, f->event, "spoke-at", s1);
    evidence(f, f->event, f->place, "located-in", s3);
    ck_assert_int_eq(kg_store_touch_graph(f->st, &err), KG_OK);
}

static void close_fixture(fixture *f)
{
    kg_store_close(f->st);
    harness_rmtree(f->dir);
    free(f->dir);
    free(f->path);
}

static kg_view *load(fixture *f, const kg_analytics_options *o, int *recomputed)
{
    kg_view *v = NULL;
    kg_error err;
    kg_error_clear(&err);
    int rc = kg_view_load(&v, f->st, o, recomputed, &err);
    ck_assert_msg(rc == KG_OK, "kg_view_load: %s", err.msg);
    ck_assert_ptr_nonnull(v);
    return v;
}

static const kg_view_edge *find_edge(const kg_view *v, long long s, long long t, const char *type)
{
    for (size_t i = 0; i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        if (v->nodes[e->source].id == s && v->nodes[e->target].id == t &&
            strcmp(e->type, type) == 0)
            return e;
    }
    ck_abort_msg("no edge %lld -%s-> %lld", s, type, t);
    return NULL;
}

START_TEST(test_view_load_nodes_and_attributes)
{
    fixture f;
    open_fixture(&f);
    int recomputed = -1;
    kg_view *v = load(&f, NULL, &recomputed);
    ck_assert_int_eq(recomputed, 0);
    ck_assert_int_eq(v->has_scores, 0);
    ck_assert_uint_eq(v->n_nodes, 4);
    /* in id order */
    ck_assert_int_eq(v->nodes[0].id, f.person);
    ck_assert_int_eq(v->nodes[3].id, f.event);
    const kg_view_node *p = &v->nodes[kg_view_find_id(v, f.person)];
    ck_assert_str_eq(p->label, "Alua Joldybalina");
    ck_assert_str_eq(p->type, "person");
    char key[32];
    snprintf(key, sizeof key, "n%lld", f.person);
    ck_assert_str_eq(p->key, key);
    ck_assert_int_eq(p->mentions, 2);
    ck_assert_uint_eq(p->n_aliases, 1);
    ck_assert_str_eq(p->aliases[0], "Alua Zholdybalina");
    ck_assert_ptr_null(p->date);
    ck_assert_int_eq(p->has_geo, 0);
    const kg_view_node *o = &v->nodes[kg_view_find_id(v, f.org)];
    ck_assert_int_eq(o->mentions, 1);
    ck_assert_uint_eq(o->n_aliases, 0);
    const kg_view_node *pl = &v->nodes[kg_view_find_id(v, f.place)];
    ck_assert_str_eq(pl->type, "place");
    ck_assert_str_eq(pl->country, "KZ");
    ck_assert_str_eq(pl->region, "Ulytau Region");
    ck_assert_int_eq(pl->has_geo, 1);
    ck_assert(fabs(pl->lat - 47.7833) < 1e-9 && fabs(pl->lon - 67.7144) < 1e-9);
    const kg_view_node *ev = &v->nodes[kg_view_find_id(v, f.event)];
    ck_assert_str_eq(ev->date, "2023-03-03");
    ck_assert_str_eq(ev->place, "Zhezkazgan");
    ck_assert_int_eq(ev->mentions, 0);
    ck_assert_uint_eq(kg_view_find_id(v, 9999), (size_t)-1);
    kg_view_free(v);
    close_fixture(&f);
}
END_TEST

START_TEST(test_view_load_edges_and_evidence)
{
    fixture f;
    open_fixture(&f);
    kg_view *v = load(&f, NULL, NULL);
    ck_assert_uint_eq(v->n_edges, 3);
    const kg_view_edge *aff = find_edge(v, f.person, f.org, "affiliated-with");
    ck_assert_int_eq(aff->weight, 2);
    ck_assert_uint_eq(aff->n_evidence, 2);
    /* evidence in document order, with the document's title and the sentence span */
    ck_assert_str_eq(aff->evidence[0].sentence, s1);
    ck_assert_str_eq(aff->evidence[1].sentence, s2);
    ck_assert_str_eq(aff->evidence[0].document, f.doc_id);
    ck_assert_str_eq(aff->evidence[0].title, "KISI Experts Met");
    ck_assert_int_eq(aff->evidence[1].start, offset_of(s2));
    ck_assert_int_eq(aff->evidence[1].end, offset_of(s2) + (long)strlen(s2));
    const kg_view_edge *loc = find_edge(v, f.event, f.place, "located-in");
    ck_assert_int_eq(loc->weight, 1);
    ck_assert_str_eq(loc->evidence[0].sentence, s3);
    const kg_view_edge *spoke = find_edge(v, f.person, f.event, "spoke-at");
    ck_assert_int_eq(spoke->weight, 1);
    kg_view_free(v);
    close_fixture(&f);
}
END_TEST

START_TEST(test_view_load_scores_cached_per_version)
{
    fixture f;
    open_fixture(&f);
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    int recomputed = -1;
    kg_view *a = load(&f, &o, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    ck_assert_int_eq(a->has_scores, 1);
    double sum = 0;
    for (size_t i = 0; i < a->n_nodes; i++) {
        sum += a->nodes[i].pagerank;
        ck_assert(a->nodes[i].community >= 0);
    }
    ck_assert(fabs(sum - 1.0) < 1e-9);
    /* the person has two distinct neighbours (KISI, the meeting) */
    ck_assert(a->nodes[kg_view_find_id(a, f.person)].degree == 2.0);
    ck_assert(a->nodes[kg_view_find_id(a, f.person)].weighted_degree == 3.0);

    /* the same graph and options: read from the cache, same values */
    kg_view *b = load(&f, &o, &recomputed);
    ck_assert_int_eq(recomputed, 0);
    ck_assert_int_eq(b->has_scores, 1);
    ck_assert_str_eq(b->community_algorithm, "leiden");
    for (size_t i = 0; i < a->n_nodes; i++) {
        ck_assert(a->nodes[i].pagerank == b->nodes[i].pagerank);
        ck_assert(a->nodes[i].betweenness == b->nodes[i].betweenness);
        ck_assert(a->nodes[i].harmonic == b->nodes[i].harmonic);
        ck_assert_int_eq(a->nodes[i].community, b->nodes[i].community);
    }
    ck_assert(a->modularity == b->modularity);
    kg_view_free(b);

    /* other options: recomputed, then cached for those */
    kg_analytics_options lv = o;
    lv.algorithm = KG_COMMUNITY_LOUVAIN;
    b = load(&f, &lv, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    ck_assert_str_eq(b->community_algorithm, "louvain");
    kg_view_free(b);
    b = load(&f, &lv, &recomputed);
    ck_assert_int_eq(recomputed, 0);
    kg_view_free(b);

    /* a changed graph makes the cache stale */
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_touch_graph(f.st, &err), KG_OK);
    b = load(&f, &lv, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    kg_view_free(b);

    /* a node added without a version change does not get stale scores */
    ck_assert_int_gt(kg_store_add_entity(f.st, "Loner", "person", "loner", NULL, &err), 0);
    b = load(&f, &lv, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    ck_assert_uint_eq(b->n_nodes, 5);
    kg_view_free(b);
    kg_view_free(a);
    close_fixture(&f);
}
END_TEST

START_TEST(test_view_load_empty_store)
{
    char *dir = harness_tmpdir();
    char *path = kg_xasprintf("%s/empty.db", dir);
    kg_store *st = NULL;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&st, path, 1, &err), KG_OK);
    kg_view *v = NULL;
    ck_assert_int_eq(kg_view_load(&v, st, NULL, NULL, &err), KG_OK);
    ck_assert_uint_eq(v->n_nodes, 0);
    ck_assert_uint_eq(v->n_edges, 0);
    kg_view_free(v);
    kg_view_free(NULL);
    kg_store_close(st);
    harness_rmtree(dir);
    free(dir);
    free(path);
}
END_TEST

START_TEST(test_view_build_by_hand)
{
    kg_view *v = kg_view_new();
    size_t a = kg_view_add_node(v, 7, "A", "person");
    size_t b = kg_view_add_node(v, 3, "B", "organisation");
    ck_assert_str_eq(v->nodes[a].key, "n7");
    ck_assert_int_eq(v->nodes[b].community, -1);
    kg_view_add_alias(v, a, "Alpha");
    kg_view_add_alias(v, a, "Al");
    ck_assert_uint_eq(v->nodes[a].n_aliases, 2);
    ck_assert_str_eq(v->nodes[a].aliases[1], "Al");
    size_t e = kg_view_add_edge(v, a, b, "affiliated-with");
    ck_assert_int_eq(v->edges[e].weight, 0);
    kg_view_add_evidence(v, e, "doc", NULL, "A works at B.", 0, 13);
    kg_view_add_evidence(v, e, "doc", "T", "A still works at B.", 14, 33);
    ck_assert_int_eq(v->edges[e].weight, 2);
    ck_assert_ptr_null(v->edges[e].evidence[0].title);
    ck_assert_str_eq(v->edges[e].evidence[1].title, "T");
    ck_assert_uint_eq(kg_view_find_id(v, 3), b);
    ck_assert_uint_eq(kg_view_find_id(v, 7), a);
    /* community colours: "#rrggbb", stable, and distinct for the first few */
    const char *c0 = kg_view_community_colour(0), *c1 = kg_view_community_colour(1);
    ck_assert_uint_eq(strlen(c0), 7);
    ck_assert_int_eq(c0[0], '#');
    ck_assert_str_ne(c0, c1);
    ck_assert_str_eq(kg_view_community_colour(0), c0);
    kg_view_free(v);
}
END_TEST

/* The value of meta key as an integer, -1 when missing. */
static long long meta_int(fixture *f, const char *key)
{
    char *v = kg_store_get_meta(f->st, key);
    long long n = v ? atoll(v) : -1;
    free(v);
    return n;
}

static long long scores_where(fixture *f, const char *condition)
{
    char *sql = kg_xasprintf("SELECT count(*) FROM scores WHERE %s", condition);
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(kg_store_sqlite(f->st), sql, -1, &s, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    long long n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    free(sql);
    return n;
}

static kg_view *load_scores(fixture *f, unsigned scores, int *recomputed)
{
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    o.scores = scores;
    kg_view *v = NULL;
    kg_error err;
    kg_error_clear(&err);
    int rc = kg_view_load_scores(&v, f->st, &o, recomputed, &err);
    ck_assert_msg(rc == KG_OK, "kg_view_load_scores: %s", err.msg);
    return v;
}

/* Asking for PageRank computes and caches PageRank only; a cached score is read without
 * the graph; a score asked for later is computed alone and cached beside the others. */
START_TEST(test_view_load_scores_lazily)
{
    fixture f;
    open_fixture(&f);
    int recomputed = -1;
    kg_view *v = load_scores(&f, KG_SCORE_PAGERANK, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    ck_assert_uint_eq(v->scores, KG_SCORE_PAGERANK);
    ck_assert_uint_eq(v->n_nodes, 4);
    for (size_t i = 0; i < v->n_nodes; i++) {
        ck_assert(v->nodes[i].pagerank > 0);
        ck_assert(v->nodes[i].betweenness == 0);
        ck_assert_int_eq(v->nodes[i].community, -1);
    }
    /* the person lies between KISI and the meeting, yet no betweenness was computed */
    ck_assert_int_eq(meta_int(&f, "scores_present"), KG_SCORE_PAGERANK);
    ck_assert_int_eq(scores_where(&f, "pagerank IS NOT NULL"), 4);
    ck_assert_int_eq(scores_where(&f, "betweenness IS NOT NULL OR community IS NOT NULL"), 0);
    double pr = v->nodes[kg_view_find_id(v, f.person)].pagerank;
    kg_view_free(v);

    /* cached: read from the scores, without loading a single edge */
    v = load_scores(&f, KG_SCORE_PAGERANK, &recomputed);
    ck_assert_int_eq(recomputed, 0);
    ck_assert_uint_eq(v->n_edges, 0);
    ck_assert(v->nodes[kg_view_find_id(v, f.person)].pagerank == pr);
    kg_view_free(v);

    /* betweenness asked for later: computed alone, PageRank kept in the cache */
    v = load_scores(&f, KG_SCORE_BETWEENNESS, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    /* KISI - person - meeting - Zhezkazgan: (KISI, meeting) and (KISI, Zhezkazgan) */
    ck_assert(v->nodes[kg_view_find_id(v, f.person)].betweenness == 2.0);
    ck_assert_int_eq(v->cutoff, 0);
    kg_view_free(v);
    ck_assert_int_eq(meta_int(&f, "scores_present"), KG_SCORE_PAGERANK | KG_SCORE_BETWEENNESS);
    v = load_scores(&f, KG_SCORE_PAGERANK | KG_SCORE_BETWEENNESS, &recomputed);
    ck_assert_int_eq(recomputed, 0);
    ck_assert(v->nodes[kg_view_find_id(v, f.person)].pagerank == pr);
    kg_view_free(v);

    /* the full view asks for every score: only the missing ones are computed */
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    v = load(&f, &o, &recomputed);
    ck_assert_int_eq(recomputed, 1);
    ck_assert_uint_eq(v->scores, KG_SCORE_ALL);
    ck_assert(v->nodes[kg_view_find_id(v, f.person)].pagerank == pr);
    kg_view_free(v);
    ck_assert_int_eq(meta_int(&f, "scores_present"), KG_SCORE_ALL);

    /* a changed graph: nothing is cached any more */
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_touch_graph(f.st, &err), KG_OK);
    ck_assert_uint_eq(kg_view_cached_scores(f.st, &o), 0);
    close_fixture(&f);
}
END_TEST

/* A cache written before scores were cached one by one holds every score. */
START_TEST(test_view_load_scores_reads_old_cache)
{
    fixture f;
    open_fixture(&f);
    kg_analytics_options o;
    kg_analytics_options_init(&o);
    int recomputed = -1;
    kg_view_free(load(&f, &o, &recomputed));
    kg_error err;
    kg_error_clear(&err);
    /* what the earlier kg wrote: scores_graph_version only */
    char v[32];
    snprintf(v, sizeof v, "%lld", kg_store_graph_version(f.st, &err));
    ck_assert_int_eq(kg_store_set_meta(f.st, "scores_graph_version", v, &err), KG_OK);
    ck_assert_int_eq(kg_store_set_meta(f.st, "scores_version", "-1", &err), KG_OK);
    ck_assert_uint_eq(kg_view_cached_scores(f.st, &o), KG_SCORE_ALL);
    kg_view *view = load_scores(&f, KG_SCORE_HARMONIC | KG_SCORE_COMMUNITIES, &recomputed);
    ck_assert_int_eq(recomputed, 0);
    kg_view_free(view);
    close_fixture(&f);
}
END_TEST

static Suite *view_suite(void)
{
    Suite *s = suite_create("view");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_view_load_nodes_and_attributes);
    tcase_add_test(tc, test_view_load_edges_and_evidence);
    tcase_add_test(tc, test_view_load_scores_cached_per_version);
    tcase_add_test(tc, test_view_load_scores_lazily);
    tcase_add_test(tc, test_view_load_scores_reads_old_cache);
    tcase_add_test(tc, test_view_load_empty_store);
    tcase_add_test(tc, test_view_build_by_hand);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(view_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
