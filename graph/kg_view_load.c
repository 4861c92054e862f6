/* kg_view_load: see kg_view_load.h. */
#include "kg_view_load.h"

#include "../src/kg_mem.h"
#include "kg_filter.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *column_text(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? kg_xstrdup((const char *)t) : NULL;
}

/* Index of the node with store id, by binary search: nodes are loaded in id order. */
static size_t node_index(const kg_view *v, long long id)
{
    size_t lo = 0, hi = v->n_nodes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->nodes[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < v->n_nodes && v->nodes[lo].id == id ? lo : (size_t)-1;
}

/* The documents of the period, in SQL (kg_in_period is registered by load_graph). */
#define PERIOD_DOCS "(SELECT num FROM documents WHERE kg_in_period(date))"

/* Prepares before, then cond when sliced, then after. */
static int prepare(sqlite3 *db, const char *before, int sliced, const char *cond, const char *after,
                   sqlite3_stmt **s)
{
    char *text = kg_xasprintf("%s%s%s", before, sliced ? cond : "", after);
    int rc = sqlite3_prepare_v2(db, text, -1, s, NULL);
    free(text);
    return rc;
}

/* Drops the nodes the period does not mention and no edge of the period touches. */
static void drop_unmentioned(kg_view *v)
{
    unsigned char *keep = kg_xcalloc(v->n_nodes + 1, 1);
    for (size_t i = 0; i < v->n_nodes; i++)
        keep[i] = v->nodes[i].mentions > 0;
    for (size_t e = 0; e < v->n_edges; e++)
        keep[v->edges[e].source] = keep[v->edges[e].target] = 1;
    kg_view_keep(v, keep, NULL);
    free(keep);
}

/* Gives each node the distinct dates of the documents (of the period) that mention it. Run
 * before nodes are dropped (node_index needs them in id order). */
static int load_doc_dates(kg_view *v, sqlite3 *db, int sliced, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    if (prepare(db,
                "SELECT DISTINCT m.entity, d.date FROM mentions m JOIN documents d"
                " ON d.num = m.document WHERE d.date IS NOT NULL",
                sliced, " AND kg_in_period(d.date)", " ORDER BY 1, 2", &s) != SQLITE_OK)
        return kg_error_set(err, KG_ESTORE, "cannot read graph from store: %s", sqlite3_errmsg(db));
    while (sqlite3_step(s) == SQLITE_ROW) {
        size_t i = node_index(v, sqlite3_column_int64(s, 0));
        if (i != (size_t)-1)
            kg_view_add_doc_date(v, i, (const char *)sqlite3_column_text(s, 1));
    }
    sqlite3_finalize(s);
    return KG_OK;
}

static int load_graph(kg_view *v, sqlite3 *db, const kg_period *period, int doc_dates,
                      kg_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = KG_OK;
    int sliced = kg_period_active(period);
    if (sliced && kg_period_register(db, period, err) != KG_OK)
        return KG_ESTORE;
    if (prepare(db,
                "SELECT id, name, type, date, place, country, region, lat, lon,"
                " (SELECT count(*) FROM mentions m WHERE m.entity = e.id",
                sliced, " AND m.document IN " PERIOD_DOCS, ") FROM entities e ORDER BY id",
                &s) != SQLITE_OK)
        goto fail;
    while (sqlite3_step(s) == SQLITE_ROW) {
        size_t i =
            kg_view_add_node(v, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1),
                             (const char *)sqlite3_column_text(s, 2));
        kg_view_node *n = &v->nodes[i];
        n->date = column_text(s, 3);
        n->place = column_text(s, 4);
        n->country = column_text(s, 5);
        n->region = column_text(s, 6);
        if (sqlite3_column_type(s, 7) != SQLITE_NULL && sqlite3_column_type(s, 8) != SQLITE_NULL) {
            n->has_geo = 1;
            n->lat = sqlite3_column_double(s, 7);
            n->lon = sqlite3_column_double(s, 8);
        }
        n->mentions = (long)sqlite3_column_int64(s, 9);
    }
    sqlite3_finalize(s);
    /* node ids are increasing: find by binary search */
    const char *sql_alias = "SELECT entity, alias FROM aliases a JOIN entities e ON e.id = a.entity"
                            " WHERE a.alias <> e.name ORDER BY entity, alias";
    if (sqlite3_prepare_v2(db, sql_alias, -1, &s, NULL) != SQLITE_OK)
        goto fail;
    while (sqlite3_step(s) == SQLITE_ROW) {
        size_t i = node_index(v, sqlite3_column_int64(s, 0));
        if (i != (size_t)-1)
            kg_view_add_alias(v, i, (const char *)sqlite3_column_text(s, 1));
    }
    sqlite3_finalize(s);
    /* an edge's evidence from its earliest document first (the first sentence the formats
     * with one sentence per edge carry); the weight as stored, a near-duplicate cluster
     * counting once (in a period: the evidence sentences of the period) */
    if (prepare(
            db,
            "SELECT ed.id, ed.source, ed.target, ed.type, d.id, d.title, ev.sentence,"
            " ev.start, ev.end, d.date, ed.weight FROM edges ed JOIN evidence ev ON ev.edge = ed.id"
            " JOIN documents d ON d.num = ev.document",
            sliced, " WHERE kg_in_period(d.date)",
            " ORDER BY ed.id, coalesce(d.date, '9999'), d.id, ev.start", &s) != SQLITE_OK)
        goto fail;
    long long last_edge = -1;
    size_t e = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        long long edge = sqlite3_column_int64(s, 0);
        if (edge != last_edge) {
            size_t src = node_index(v, sqlite3_column_int64(s, 1));
            size_t dst = node_index(v, sqlite3_column_int64(s, 2));
            if (src == (size_t)-1 || dst == (size_t)-1)
                continue;
            e = kg_view_add_edge(v, src, dst, (const char *)sqlite3_column_text(s, 3));
            last_edge = edge;
        }
        kg_view_add_evidence(v, e, (const char *)sqlite3_column_text(s, 4),
                             (const char *)sqlite3_column_text(s, 5),
                             (const char *)sqlite3_column_text(s, 6),
                             (long)sqlite3_column_int64(s, 7), (long)sqlite3_column_int64(s, 8));
        kg_view_edge *ed = &v->edges[e];
        ed->evidence[ed->n_evidence - 1].date = column_text(s, 9);
        if (!sliced)
            ed->weight = (long)sqlite3_column_int64(s, 10);
    }
    sqlite3_finalize(s);
    s = NULL;
    if (sqlite3_prepare_v2(db, "SELECT id, title, date, source FROM documents ORDER BY id", -1, &s,
                           NULL) != SQLITE_OK)
        goto fail;
    while (sqlite3_step(s) == SQLITE_ROW)
        kg_view_add_document(
            v, (const char *)sqlite3_column_text(s, 0), (const char *)sqlite3_column_text(s, 1),
            (const char *)sqlite3_column_text(s, 2), (const char *)sqlite3_column_text(s, 3));
    sqlite3_finalize(s);
    s = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT m.entity, d.id, count(*) FROM mentions m JOIN documents d"
                           " ON d.num = m.document GROUP BY m.entity, d.id ORDER BY m.entity, d.id",
                           -1, &s, NULL) != SQLITE_OK)
        goto fail;
    while (sqlite3_step(s) == SQLITE_ROW) {
        size_t i = node_index(v, sqlite3_column_int64(s, 0));
        if (i != (size_t)-1)
            kg_view_add_mentioned_in(v, i, (const char *)sqlite3_column_text(s, 1),
                                     (long)sqlite3_column_int64(s, 2));
    }
    sqlite3_finalize(s);
    s = NULL;
    if (doc_dates && (rc = load_doc_dates(v, db, sliced, err)) != KG_OK)
        goto done;
    if (sliced)
        drop_unmentioned(v);
    goto done;
fail:
    rc = kg_error_set(err, KG_ESTORE, "cannot read graph from store: %s", sqlite3_errmsg(db));
    sqlite3_finalize(s);
done:
    if (sliced)
        kg_period_unregister(db);
    return rc;
}

/* Loads every entity as a bare node (id, name, type), for rankings read from the cache. */
static int load_nodes(kg_view *v, sqlite3 *db, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, "SELECT id, name, type FROM entities ORDER BY id", -1, &s, NULL) !=
        SQLITE_OK)
        return kg_error_set(err, KG_ESTORE, "cannot read graph from store: %s", sqlite3_errmsg(db));
    while (sqlite3_step(s) == SQLITE_ROW)
        kg_view_add_node(v, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1),
                         (const char *)sqlite3_column_text(s, 2));
    sqlite3_finalize(s);
    return KG_OK;
}

/* Adds the edges of the store to v's bare nodes, each with its stored weight (as load_graph
 * reads it) but without the evidence itself: what the analytics need. */
static int load_edge_weights(kg_view *v, sqlite3 *db, kg_error *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT ed.source, ed.target, ed.type, ed.weight FROM edges ed"
                           " WHERE EXISTS (SELECT 1 FROM evidence ev JOIN documents d"
                           " ON d.num = ev.document WHERE ev.edge = ed.id) ORDER BY ed.id",
                           -1, &s, NULL) != SQLITE_OK)
        return kg_error_set(err, KG_ESTORE, "cannot read graph from store: %s", sqlite3_errmsg(db));
    while (sqlite3_step(s) == SQLITE_ROW) {
        size_t src = node_index(v, sqlite3_column_int64(s, 0));
        size_t dst = node_index(v, sqlite3_column_int64(s, 1));
        if (src == (size_t)-1 || dst == (size_t)-1)
            continue;
        size_t e = kg_view_add_edge(v, src, dst, (const char *)sqlite3_column_text(s, 2));
        v->edges[e].weight = (long)sqlite3_column_int64(s, 3);
    }
    sqlite3_finalize(s);
    return KG_OK;
}

/* The options communities depend on, as cached with them. */
static char *options_tag(const kg_analytics_options *o)
{
    return kg_xasprintf("%s:%.6g:%lu", kg_analytics_algorithm_name(o->algorithm), o->resolution,
                        o->seed);
}

static long long meta_int(kg_store *st, const char *key, long long missing)
{
    char *v = kg_store_get_meta(st, key);
    long long n = v ? atoll(v) : missing;
    free(v);
    return n;
}

/* The scores cached for the current graph version that o would compute the same way: the
 * communities only for o's algorithm, resolution and seed, the path-based scores only with
 * the cutoff o gives a graph of n nodes. The cutoff of the cache goes to *cutoff. A cache
 * written before scores were cached one by one holds them all, exact. */
static unsigned cached_scores(kg_store *st, const kg_analytics_options *o, size_t n, int *cutoff)
{
    long long gv = kg_store_graph_version(st, NULL);
    unsigned present;
    *cutoff = 0;
    if (meta_int(st, "scores_version", -1) == gv) {
        present = (unsigned)meta_int(st, "scores_present", 0) & KG_SCORE_ALL;
        *cutoff = (int)meta_int(st, "scores_cutoff", 0);
    } else if (meta_int(st, "scores_graph_version", -1) == gv) {
        present = KG_SCORE_ALL;
    } else {
        return 0;
    }
    char *tag = kg_store_get_meta(st, "scores_options");
    char *want_tag = options_tag(o);
    char *modularity = kg_store_get_meta(st, "scores_modularity");
    if (!tag || !modularity || strcmp(tag, want_tag) != 0)
        present &= ~(unsigned)KG_SCORE_COMMUNITIES;
    free(tag);
    free(want_tag);
    free(modularity);
    char *closeness = kg_store_get_meta(st, "scores_closeness");
    if (!closeness || strcmp(closeness, "wasserman-faust") != 0)
        present &= ~(unsigned)KG_SCORE_CLOSENESS;
    free(closeness);
    int want_cutoff = n > o->exact_limit && o->cutoff > 0 ? o->cutoff : 0;
    if (*cutoff != want_cutoff)
        present &= ~(unsigned)KG_SCORE_PATH_BASED;
    return present;
}

/* Reads into v the cached scores that are valid for o and asked for in need; returns the
 * KG_SCORE_* bits read (0 when the cache does not cover every node). */
static unsigned load_cached(kg_view *v, kg_store *st, const kg_analytics_options *o, unsigned need)
{
    int cutoff;
    unsigned present = cached_scores(st, o, v->n_nodes, &cutoff) & need;
    if (!present)
        return 0;
    sqlite3_stmt *s = NULL;
    size_t loaded = 0;
    if (sqlite3_prepare_v2(kg_store_sqlite(st),
                           "SELECT entity, degree, weighted_degree, pagerank, betweenness,"
                           " eigenvector, closeness, harmonic, community FROM scores",
                           -1, &s, NULL) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW) {
            size_t i = node_index(v, sqlite3_column_int64(s, 0));
            if (i == (size_t)-1)
                continue;
            kg_view_node *n = &v->nodes[i];
            double *score[] = {&n->degree,      &n->weighted_degree, &n->pagerank, &n->betweenness,
                               &n->eigenvector, &n->closeness,       &n->harmonic};
            for (int k = 0; k < 7; k++)
                if (present & (1u << k))
                    *score[k] = sqlite3_column_double(s, k + 1);
            if (present & KG_SCORE_COMMUNITIES)
                n->community = (long)sqlite3_column_int64(s, 8);
            loaded++;
        }
    }
    sqlite3_finalize(s);
    if (loaded != v->n_nodes)
        return 0;
    if (present & KG_SCORE_COMMUNITIES) {
        char *modularity = kg_store_get_meta(st, "scores_modularity");
        v->modularity = modularity ? atof(modularity) : 0;
        free(modularity);
        free(v->community_algorithm);
        v->community_algorithm = kg_xstrdup(kg_analytics_algorithm_name(o->algorithm));
    }
    if (present & KG_SCORE_PATH_BASED)
        v->cutoff = cutoff;
    v->scores |= present;
    v->has_scores = 1;
    return present;
}

/* Caches every score v holds (the others as NULL) for the current graph version. */
static int save_cache(kg_view *v, kg_store *st, const kg_analytics_options *o, kg_error *err)
{
    sqlite3 *db = kg_store_sqlite(st);
    int rc = kg_store_begin(st, err);
    if (rc != KG_OK)
        return rc;
    sqlite3_stmt *s = NULL;
    if (sqlite3_exec(db, "DELETE FROM scores", NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO scores(entity, degree, weighted_degree, pagerank,"
                           " betweenness, eigenvector, closeness, harmonic, community)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           -1, &s, NULL) != SQLITE_OK) {
        rc = kg_error_set(err, KG_ESTORE, "cannot cache scores: %s", sqlite3_errmsg(db));
        goto done;
    }
    for (size_t i = 0; i < v->n_nodes; i++) {
        const kg_view_node *n = &v->nodes[i];
        const double score[] = {n->degree,      n->weighted_degree, n->pagerank, n->betweenness,
                                n->eigenvector, n->closeness,       n->harmonic};
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        sqlite3_bind_int64(s, 1, n->id);
        for (int k = 0; k < 7; k++)
            if (v->scores & (1u << k))
                sqlite3_bind_double(s, k + 2, score[k]);
        if (v->scores & KG_SCORE_COMMUNITIES)
            sqlite3_bind_int64(s, 9, n->community);
        if (sqlite3_step(s) != SQLITE_DONE) {
            rc = kg_error_set(err, KG_ESTORE, "cannot cache scores: %s", sqlite3_errmsg(db));
            goto done;
        }
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%lld", kg_store_graph_version(st, err));
    rc = kg_store_set_meta(st, "scores_version", buf, err);
    snprintf(buf, sizeof buf, "%u", v->scores);
    if (rc == KG_OK)
        rc = kg_store_set_meta(st, "scores_present", buf, err);
    snprintf(buf, sizeof buf, "%d", v->cutoff);
    if (rc == KG_OK)
        rc = kg_store_set_meta(st, "scores_cutoff", buf, err);
    /* a kg that cached every score at once must not read a partial cache as complete */
    if (rc == KG_OK)
        rc = kg_store_set_meta(st, "scores_graph_version", "-1", err);
    char *tag = options_tag(o);
    if (rc == KG_OK)
        rc = kg_store_set_meta(st, "scores_options", tag, err);
    free(tag);
    snprintf(buf, sizeof buf, "%.17g", v->modularity);
    if (rc == KG_OK)
        rc = kg_store_set_meta(st, "scores_modularity", buf, err);
    /* closeness is Wasserman-Faust normalised since issue 14: an older cache's is not */
    if (rc == KG_OK)
        rc = kg_store_set_meta(st, "scores_closeness", "wasserman-faust", err);
done:
    sqlite3_finalize(s);
    if (rc == KG_OK)
        rc = kg_store_commit(st, err);
    else
        kg_store_rollback(st);
    return rc;
}

/* Gives v the scores opts asks for: those cached, and the others computed now (loading
 * the edges first when bare is set: v then holds nodes only) and cached with them. */
static int add_scores(kg_view *v, kg_store *st, const kg_analytics_options *opts, int bare,
                      int *recomputed, kg_error *err)
{
    unsigned need = opts->scores & KG_SCORE_ALL;
    unsigned missing = need & ~load_cached(v, st, opts, need);
    if (!missing)
        return KG_OK;
    if (bare) {
        int rc = load_edge_weights(v, kg_store_sqlite(st), err);
        if (rc != KG_OK)
            return rc;
    }
    /* the cached scores not asked for are written back with the new ones */
    load_cached(v, st, opts, KG_SCORE_ALL & ~need);
    kg_analytics_options o = *opts;
    o.scores = missing;
    int rc = kg_analytics_compute(v, &o, err);
    if (rc != KG_OK)
        return rc;
    if (recomputed)
        *recomputed = 1;
    /* a read-only or busy store still answers; the cache is an optimisation */
    kg_error ignored;
    if (!kg_store_is_read_only(st))
        save_cache(v, st, opts, &ignored);
    return KG_OK;
}

int kg_view_load(kg_view **out, kg_store *st, const kg_analytics_options *opts, int *recomputed,
                 kg_error *err)
{
    *out = NULL;
    if (recomputed)
        *recomputed = 0;
    kg_view *v = kg_view_new();
    int rc = load_graph(v, kg_store_sqlite(st), NULL, 0, err);
    if (rc == KG_OK && opts)
        rc = add_scores(v, st, opts, 0, recomputed, err);
    /* level 1 of the communities: not cached, Leiden inside each community is quick */
    if (rc == KG_OK && opts && (v->scores & KG_SCORE_COMMUNITIES))
        rc = kg_analytics_subcommunities(v, opts, err);
    if (rc != KG_OK) {
        kg_view_free(v);
        return rc;
    }
    *out = v;
    return KG_OK;
}

int kg_view_load_scores(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                        int *recomputed, kg_error *err)
{
    *out = NULL;
    if (recomputed)
        *recomputed = 0;
    kg_view *v = kg_view_new();
    int rc = load_nodes(v, kg_store_sqlite(st), err);
    if (rc == KG_OK)
        rc = add_scores(v, st, opts, 1, recomputed, err);
    if (rc != KG_OK) {
        kg_view_free(v);
        return rc;
    }
    *out = v;
    return KG_OK;
}

unsigned kg_view_cached_scores(kg_store *st, const kg_analytics_options *opts)
{
    kg_error ignored;
    long long n = kg_store_count(st, "entities", &ignored);
    int cutoff;
    return cached_scores(st, opts, n > 0 ? (size_t)n : 0, &cutoff);
}

int kg_view_load_filtered(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                          const kg_view_filter *f, int *recomputed, kg_error *err)
{
    *out = NULL;
    if (recomputed)
        *recomputed = 0;
    kg_view *v = NULL;
    int rc;
    if (f && kg_period_active(&f->period)) {
        /* the period's own graph: its scores are computed now, never cached */
        v = kg_view_new();
        rc = load_graph(v, kg_store_sqlite(st), &f->period, f->doc_dates, err);
        if (rc == KG_OK && opts) {
            rc = kg_analytics_compute(v, opts, err);
            if (rc == KG_OK && recomputed)
                *recomputed = 1;
        }
    } else {
        rc = kg_view_load(&v, st, opts, recomputed, err);
        if (rc == KG_OK && f && f->doc_dates)
            rc = load_doc_dates(v, kg_store_sqlite(st), 0, err);
    }
    if (rc == KG_OK) {
        v->scored_nodes = v->n_nodes;
        rc = kg_view_filter_apply(v, f, err);
    }
    if (rc != KG_OK) {
        kg_view_free(v);
        return rc;
    }
    *out = v;
    return KG_OK;
}

int kg_view_load_scores_filtered(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                                 const kg_view_filter *f, int *recomputed, kg_error *err)
{
    if (f && (kg_period_active(&f->period) || kg_view_filter_needs_edges(f)))
        return kg_view_load_filtered(out, st, opts, f, recomputed, err);
    int rc = kg_view_load_scores(out, st, opts, recomputed, err);
    if (rc == KG_OK)
        (*out)->scored_nodes = (*out)->n_nodes;
    if (rc == KG_OK && f && f->types)
        kg_view_filter_apply(*out, f, err); /* types alone need no edges: cannot fail */
    return rc;
}

unsigned kg_view_cached_scores_of(kg_store *st, const kg_analytics_options *opts, size_t n)
{
    int cutoff;
    return cached_scores(st, opts, n, &cutoff);
}
