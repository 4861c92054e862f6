/* kg_filter: the one slice-and-filter step every export and query applies to the graph
 * view. The period (kg_period.h) chooses the graph: only the evidence of documents dated in
 * it, edges weighted by that evidence, nodes mentioned in it (kg_view_load_filtered in
 * kg_view_load.h); the scores are those of that graph. The filters then choose which part of
 * it is shown, in this order:
 *   1. --edge KIND[,KIND]   only edges of these kinds
 *   2. --min-weight W       only edges of at least W evidence sentences
 *   3. --type TYPE[,TYPE]   only nodes of these types (and the edges between them)
 *   4. --around NAME --depth N   only nodes within N hops of NAME (either direction)
 *   5. --largest-component  only the largest connected component (ties: the one holding
 *                           the lowest node index)
 *   6. --min-degree K       only nodes with at least K distinct neighbours in what is left
 *                           (counted once, before any is removed, as Gephi's degree filter)
 * Ownership: a filter borrows around_name; it owns nothing. */
#ifndef KG_FILTER_H
#define KG_FILTER_H

#include "kg_period.h"
#include "kg_view.h"

typedef struct kg_view_filter {
    kg_period period;
    unsigned types; /* bit t: keep nodes of kg_entity_type t; 0: every type */
    unsigned edges; /* bit k: keep edges of kg_relation_type k; 0: every kind */
    unsigned long long min_weight;
    unsigned long long min_degree;
    int largest_component;
    long long around;        /* store id of the entity to centre on; 0: none */
    const char *around_name; /* as the user wrote it (messages); NULL: no --around */
    unsigned depth;          /* hops around `around` (default 1) */
    int doc_dates;           /* not a filter: load each node's document dates (GEXF spells;
                                a query on 100k mentions costs about a second) */
} kg_view_filter;

/* Sets f to no period and no filter. */
void kg_view_filter_init(kg_view_filter *f);

/* Adds the node types (edge kinds) of a comma-separated list to *bits. Returns KG_OK, or
 * KG_EUSAGE naming the unknown one and the valid names. */
int kg_view_filter_add_types(unsigned *bits, const char *list, kg_error *err);
int kg_view_filter_add_edges(unsigned *bits, const char *list, kg_error *err);

/* 1 when f needs the view's edges (any filter but --type), else 0. */
int kg_view_filter_needs_edges(const kg_view_filter *f);

/* 1 when f changes anything (a period or a filter), else 0. f may be NULL. */
int kg_view_filter_active(const kg_view_filter *f);

/* Whether node type (edge kind) name passes f's --type (--edge). */
int kg_view_filter_type_ok(const kg_view_filter *f, const char *type);
int kg_view_filter_edge_ok(const kg_view_filter *f, const char *kind);

/* Applies the filters (not the period, which the loader applies) to v in place. Returns
 * KG_OK, or KG_ENOTFOUND when --around names an entity that is not in the graph left by
 * the period and the filters before it. */
int kg_view_filter_apply(kg_view *v, const kg_view_filter *f, kg_error *err);

#endif
