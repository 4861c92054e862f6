/* kg_filter: see kg_filter.h. */
#include "kg_filter.h"

#include "../src/extract/kg_extract.h"
#include "../src/kg_mem.h"

#include <stdlib.h>
#include <string.h>

void kg_view_filter_init(kg_view_filter *f)
{
    *f = (kg_view_filter){0};
    f->depth = 1;
}

typedef const char *(*name_fn)(int k);

static const char *type_name(int k)
{
    return kg_entity_type_name((kg_entity_type)k);
}

static const char *edge_name(int k)
{
    return kg_relation_type_name((kg_relation_type)k);
}

static int add_names(unsigned *bits, const char *list, name_fn name, int count, const char *what,
                     kg_error *err)
{
    const char *p = list;
    do {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        int k;
        for (k = 0; k < count; k++)
            if (strlen(name(k)) == len && strncmp(name(k), p, len) == 0)
                break;
        if (k == count) {
            kg_buf valid = {0};
            for (int j = 0; j < count; j++) {
                kg_buf_puts(&valid, j ? ", " : "");
                kg_buf_puts(&valid, name(j));
            }
            kg_error_set(err, KG_EUSAGE, "unknown %s '%.*s' (%s)", what, (int)len, p, valid.data);
            kg_buf_free(&valid);
            return KG_EUSAGE;
        }
        *bits |= 1u << k;
        p = comma ? comma + 1 : NULL;
    } while (p);
    return KG_OK;
}

int kg_view_filter_add_types(unsigned *bits, const char *list, kg_error *err)
{
    return add_names(bits, list, type_name, KG_ENTITY_TYPE_COUNT, "entity type", err);
}

int kg_view_filter_add_edges(unsigned *bits, const char *list, kg_error *err)
{
    return add_names(bits, list, edge_name, KG_RELATION_TYPE_COUNT, "edge type", err);
}

int kg_view_filter_needs_edges(const kg_view_filter *f)
{
    return f &&
           (f->edges || f->min_weight || f->min_degree || f->largest_component || f->around_name);
}

int kg_view_filter_active(const kg_view_filter *f)
{
    return f && (kg_period_active(&f->period) || f->types || kg_view_filter_needs_edges(f));
}

static int name_ok(unsigned bits, const char *name, name_fn fn, int count)
{
    if (!bits)
        return 1;
    for (int k = 0; k < count; k++)
        if ((bits & (1u << k)) && strcmp(fn(k), name) == 0)
            return 1;
    return 0;
}

int kg_view_filter_type_ok(const kg_view_filter *f, const char *type)
{
    return !f || name_ok(f->types, type, type_name, KG_ENTITY_TYPE_COUNT);
}

int kg_view_filter_edge_ok(const kg_view_filter *f, const char *kind)
{
    return !f || name_ok(f->edges, kind, edge_name, KG_RELATION_TYPE_COUNT);
}

/* Undirected adjacency of v in compressed rows: the neighbours of node i are
 * adj[off[i] .. off[i + 1]) (a pair linked twice appears twice). */
typedef struct adjacency {
    size_t *off;
    size_t *adj;
} adjacency;

static adjacency adjacency_of(const kg_view *v)
{
    adjacency a;
    a.off = kg_xcalloc(v->n_nodes + 2, sizeof *a.off);
    a.adj = kg_xmalloc((2 * v->n_edges + 1) * sizeof *a.adj);
    for (size_t e = 0; e < v->n_edges; e++) {
        a.off[v->edges[e].source + 2]++;
        a.off[v->edges[e].target + 2]++;
    }
    for (size_t i = 2; i < v->n_nodes + 2; i++)
        a.off[i] += a.off[i - 1];
    for (size_t e = 0; e < v->n_edges; e++) {
        size_t s = v->edges[e].source, t = v->edges[e].target;
        a.adj[a.off[s + 1]++] = t;
        a.adj[a.off[t + 1]++] = s;
    }
    return a;
}

static void adjacency_free(adjacency *a)
{
    free(a->off);
    free(a->adj);
}

/* Breadth-first from root up to depth hops (depth (unsigned)-1: unlimited): dist[i] is the
 * hop count, or (size_t)-1 when not reached; queue (room for every node) receives the nodes
 * reached, in order. Returns how many nodes were reached. */
static size_t reach(const adjacency *a, size_t root, unsigned depth, size_t *dist, size_t *queue)
{
    size_t head = 0, tail = 0;
    dist[root] = 0;
    queue[tail++] = root;
    while (head < tail) {
        size_t cur = queue[head++];
        if (dist[cur] >= depth)
            continue;
        for (size_t k = a->off[cur]; k < a->off[cur + 1]; k++) {
            size_t o = a->adj[k];
            if (dist[o] == (size_t)-1) {
                dist[o] = dist[cur] + 1;
                queue[tail++] = o;
            }
        }
    }
    return tail;
}

static void keep_around(kg_view *v, size_t root, unsigned depth)
{
    adjacency a = adjacency_of(v);
    size_t *dist = kg_xmalloc((v->n_nodes + 1) * sizeof *dist);
    size_t *queue = kg_xmalloc((v->n_nodes + 1) * sizeof *queue);
    unsigned char *keep = kg_xcalloc(v->n_nodes + 1, 1);
    for (size_t i = 0; i < v->n_nodes; i++)
        dist[i] = (size_t)-1;
    reach(&a, root, depth, dist, queue);
    for (size_t i = 0; i < v->n_nodes; i++)
        keep[i] = dist[i] != (size_t)-1;
    kg_view_keep(v, keep, NULL);
    free(keep);
    free(queue);
    free(dist);
    adjacency_free(&a);
}

static void keep_largest_component(kg_view *v)
{
    adjacency a = adjacency_of(v);
    size_t *dist = kg_xmalloc((v->n_nodes + 1) * sizeof *dist);
    size_t *comp = kg_xmalloc((v->n_nodes + 1) * sizeof *comp);
    size_t *queue = kg_xmalloc((v->n_nodes + 1) * sizeof *queue);
    for (size_t i = 0; i < v->n_nodes; i++)
        dist[i] = comp[i] = (size_t)-1;
    size_t best = (size_t)-1, best_size = 0;
    for (size_t i = 0; i < v->n_nodes; i++) {
        if (dist[i] != (size_t)-1)
            continue;
        size_t size = reach(&a, i, (unsigned)-1, dist, queue);
        for (size_t j = 0; j < size; j++)
            comp[queue[j]] = i;
        if (size > best_size) {
            best_size = size;
            best = i;
        }
    }
    unsigned char *keep = kg_xcalloc(v->n_nodes + 1, 1);
    for (size_t i = 0; i < v->n_nodes; i++)
        keep[i] = comp[i] == best;
    kg_view_keep(v, keep, NULL);
    free(keep);
    free(queue);
    free(comp);
    free(dist);
    adjacency_free(&a);
}

static void keep_min_degree(kg_view *v, unsigned long long min_degree)
{
    adjacency a = adjacency_of(v);
    unsigned char *keep = kg_xcalloc(v->n_nodes + 1, 1);
    size_t *seen = kg_xmalloc((v->n_nodes + 1) * sizeof *seen);
    for (size_t i = 0; i < v->n_nodes; i++)
        seen[i] = (size_t)-1;
    for (size_t i = 0; i < v->n_nodes; i++) {
        unsigned long long degree = 0;
        for (size_t k = a.off[i]; k < a.off[i + 1]; k++) {
            size_t o = a.adj[k];
            if (o != i && seen[o] != i) { /* distinct neighbours */
                seen[o] = i;
                degree++;
            }
        }
        keep[i] = degree >= min_degree;
    }
    kg_view_keep(v, keep, NULL);
    free(seen);
    free(keep);
    adjacency_free(&a);
}

int kg_view_filter_apply(kg_view *v, const kg_view_filter *f, kg_error *err)
{
    if (!f)
        return KG_OK;
    if (f->edges || f->min_weight) {
        unsigned char *keep_edge = kg_xcalloc(v->n_edges + 1, 1);
        unsigned char *all = kg_xmalloc(v->n_nodes + 1);
        memset(all, 1, v->n_nodes + 1);
        for (size_t e = 0; e < v->n_edges; e++)
            keep_edge[e] = kg_view_filter_edge_ok(f, v->edges[e].type) &&
                           (unsigned long long)v->edges[e].weight >= f->min_weight;
        kg_view_keep(v, all, keep_edge);
        free(all);
        free(keep_edge);
    }
    if (f->types) {
        unsigned char *keep = kg_xcalloc(v->n_nodes + 1, 1);
        for (size_t i = 0; i < v->n_nodes; i++)
            keep[i] = (unsigned char)kg_view_filter_type_ok(f, v->nodes[i].type);
        kg_view_keep(v, keep, NULL);
        free(keep);
    }
    if (f->around_name) {
        size_t root = kg_view_find_id(v, f->around);
        if (root == (size_t)-1)
            return kg_error_set(err, KG_ENOTFOUND, "'%s' is not in the graph%s%s", f->around_name,
                                kg_period_active(&f->period) ? " of the period" : "",
                                f->types || f->edges || f->min_weight ? " left by the filters"
                                                                      : "");
        keep_around(v, root, f->depth);
    }
    if (f->largest_component && v->n_nodes > 0)
        keep_largest_component(v);
    if (f->min_degree)
        keep_min_degree(v, f->min_degree);
    return KG_OK;
}
