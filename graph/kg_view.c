/* kg_view: see kg_view.h. */
#include "kg_view.h"

#include "../src/kg_mem.h"

#include <stdlib.h>

kg_view *kg_view_new(void)
{
    return kg_xcalloc(1, sizeof(kg_view));
}

static void node_free(kg_view_node *n)
{
    free(n->key);
    free(n->label);
    free(n->type);
    for (size_t i = 0; i < n->n_aliases; i++) {
        free(n->aliases[i]);
        if (n->alias_reasons)
            free(n->alias_reasons[i]);
    }
    free(n->aliases);
    free(n->alias_reasons);
    free(n->documents);
    free(n->date);
    free(n->place);
    free(n->country);
    free(n->region);
    for (size_t i = 0; i < n->n_doc_dates; i++)
        free(n->doc_dates[i]);
    free(n->doc_dates);
}

static void edge_free(kg_view_edge *e)
{
    free(e->type);
    for (size_t i = 0; i < e->n_evidence; i++) {
        free(e->evidence[i].document);
        free(e->evidence[i].title);
        free(e->evidence[i].date);
        free(e->evidence[i].sentence);
    }
    free(e->evidence);
}

void kg_view_free(kg_view *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n_nodes; i++)
        node_free(&v->nodes[i]);
    for (size_t i = 0; i < v->n_edges; i++)
        edge_free(&v->edges[i]);
    for (size_t i = 0; i < v->n_documents; i++) {
        free(v->documents[i].id);
        free(v->documents[i].title);
        free(v->documents[i].date);
        free(v->documents[i].source);
    }
    for (size_t i = 0; i < v->n_mentioned_in; i++)
        free(v->mentioned_in[i].document);
    free(v->documents);
    free(v->mentioned_in);
    free(v->nodes);
    free(v->edges);
    free(v->community_algorithm);
    free(v->subcommunity_parent);
    free(v);
}

size_t kg_view_add_node(kg_view *v, long long id, const char *label, const char *type)
{
    KG_GROW(v->nodes, v->cap_nodes, v->n_nodes + 1);
    kg_view_node *n = &v->nodes[v->n_nodes];
    *n = (kg_view_node){0};
    n->id = id;
    n->key = kg_xasprintf("n%lld", id);
    n->label = kg_xstrdup(label);
    n->type = kg_xstrdup(type);
    n->community = -1;
    n->subcommunity = -1;
    return v->n_nodes++;
}

void kg_view_add_alias(kg_view *v, size_t i, const char *alias)
{
    kg_view_node *n = &v->nodes[i];
    n->aliases = kg_xrealloc(n->aliases, (n->n_aliases + 1) * sizeof *n->aliases);
    n->aliases[n->n_aliases++] = kg_xstrdup(alias);
}

size_t kg_view_add_edge(kg_view *v, size_t source, size_t target, const char *type)
{
    KG_GROW(v->edges, v->cap_edges, v->n_edges + 1);
    kg_view_edge *e = &v->edges[v->n_edges];
    *e = (kg_view_edge){0};
    e->source = source;
    e->target = target;
    e->type = kg_xstrdup(type);
    return v->n_edges++;
}

void kg_view_add_evidence(kg_view *v, size_t e, const char *document, const char *title,
                          const char *sentence, long start, long end)
{
    kg_view_edge *ed = &v->edges[e];
    ed->evidence = kg_xrealloc(ed->evidence, (ed->n_evidence + 1) * sizeof *ed->evidence);
    ed->evidence[ed->n_evidence++] = (kg_view_evidence){
        .document = kg_xstrdup(document),
        .title = kg_xstrdup(title),
        .sentence = kg_xstrdup(sentence),
        .start = start,
        .end = end,
    };
    ed->weight++;
}

void kg_view_add_doc_date(kg_view *v, size_t i, const char *date)
{
    kg_view_node *n = &v->nodes[i];
    n->doc_dates = kg_xrealloc(n->doc_dates, (n->n_doc_dates + 1) * sizeof *n->doc_dates);
    n->doc_dates[n->n_doc_dates++] = kg_xstrdup(date);
}

void kg_view_keep(kg_view *v, const unsigned char *keep_node, const unsigned char *keep_edge)
{
    size_t *new_index = kg_xmalloc((v->n_nodes + 1) * sizeof *new_index);
    size_t n = 0;
    for (size_t i = 0; i < v->n_nodes; i++) {
        if (keep_node[i]) {
            new_index[i] = n;
            v->nodes[n++] = v->nodes[i];
        } else {
            new_index[i] = (size_t)-1;
            node_free(&v->nodes[i]);
        }
    }
    v->n_nodes = n;
    size_t m = 0;
    for (size_t e = 0; e < v->n_edges; e++) {
        kg_view_edge *ed = &v->edges[e];
        size_t s = new_index[ed->source], t = new_index[ed->target];
        if ((keep_edge && !keep_edge[e]) || s == (size_t)-1 || t == (size_t)-1) {
            edge_free(ed);
            continue;
        }
        ed->source = s;
        ed->target = t;
        v->edges[m++] = *ed;
    }
    v->n_edges = m;
    size_t k = 0;
    for (size_t i = 0; i < v->n_mentioned_in; i++) {
        kg_view_mention *mi = &v->mentioned_in[i];
        if (new_index[mi->node] == (size_t)-1) {
            free(mi->document);
            continue;
        }
        mi->node = new_index[mi->node];
        v->mentioned_in[k++] = *mi;
    }
    v->n_mentioned_in = k;
    free(new_index);
}

void kg_view_add_document(kg_view *v, const char *id, const char *title, const char *date,
                          const char *source)
{
    KG_GROW(v->documents, v->cap_documents, v->n_documents + 1);
    v->documents[v->n_documents++] = (kg_view_document){
        .id = kg_xstrdup(id),
        .title = title ? kg_xstrdup(title) : NULL,
        .date = date ? kg_xstrdup(date) : NULL,
        .source = source ? kg_xstrdup(source) : NULL,
    };
}

void kg_view_add_mentioned_in(kg_view *v, size_t i, const char *document, long count)
{
    KG_GROW(v->mentioned_in, v->cap_mentioned_in, v->n_mentioned_in + 1);
    v->mentioned_in[v->n_mentioned_in++] =
        (kg_view_mention){.node = i, .document = kg_xstrdup(document), .count = count};
}

size_t kg_view_find_id(const kg_view *v, long long id)
{
    for (size_t i = 0; i < v->n_nodes; i++)
        if (v->nodes[i].id == id)
            return i;
    return (size_t)-1;
}

const char *kg_view_community_colour(long community)
{
    /* Colour-blind-safe qualitative palette (Okabe-Ito, then Tableau). */
    static const char *const palette[] = {
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
        "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7",
    };
    if (community < 0)
        return "#999999";
    return palette[(size_t)community % (sizeof palette / sizeof palette[0])];
}
