/* kg_view_load: builds the kg_view of a store: every entity as a node (with aliases and
 * attributes), every edge with its evidence, and the analytics. Scores are cached in the
 * store one by one (KG_SCORE_* bits): a score is read from the cache when the graph has not
 * changed since it was computed the same way (communities: with the same options; the
 * path-based scores: with the same cutoff), and only the scores missing from the cache are
 * computed with igraph, then cached beside the others. */
#ifndef KG_VIEW_LOAD_H
#define KG_VIEW_LOAD_H

#include "../src/store/kg_store.h"
#include "kg_analytics.h"
#include "kg_filter.h"
#include "kg_view.h"

/* Loads the view into *out (caller frees with kg_view_free) with the scores opts->scores
 * asks for. With opts NULL no analytics are loaded or computed. *recomputed (may be NULL)
 * is set to 1 when any score was computed now rather than read from the cache. */
int kg_view_load(kg_view **out, kg_store *st, const kg_analytics_options *opts, int *recomputed,
                 kg_error *err);

/* Like kg_view_load for rankings: the nodes hold only id, label, type and the scores
 * opts->scores asks for (no aliases, attributes, mention counts or edges). When the cache
 * holds those scores they are read without loading the graph; else the edges are loaded
 * with their weights only, the missing scores computed and cached, and v->edges is left
 * filled. opts must not be NULL. */
int kg_view_load_scores(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                        int *recomputed, kg_error *err);

/* Like kg_view_load, limited to f's period and then filtered (kg_filter.h; f may be NULL).
 * With a period the view holds only the evidence of the period's documents (each edge
 * weighted by it, edges without any left out) and only the entities the period mentions
 * or its edges touch, each with its mentions in the period; the scores are computed on that
 * graph (never read from or written to the cache). The filters apply after the scores: the
 * scores are those of the whole graph (of the period). Returns KG_OK, an error of
 * kg_view_load, or KG_ENOTFOUND from kg_view_filter_apply. */
int kg_view_load_filtered(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                          const kg_view_filter *f, int *recomputed, kg_error *err);

/* kg_view_load_scores with f: as cheap as kg_view_load_scores when f has no period and no
 * filter but --type, else kg_view_load_filtered. */
int kg_view_load_scores_filtered(kg_view **out, kg_store *st, const kg_analytics_options *opts,
                                 const kg_view_filter *f, int *recomputed, kg_error *err);

/* The KG_SCORE_* bits cached for the store's current graph version that opts would compute
 * the same way. */
unsigned kg_view_cached_scores(kg_store *st, const kg_analytics_options *opts);
/* The same for a graph of n nodes, without counting the entities (which reads a whole index):
 * n matters only to the path-based scores (their cutoff). */
unsigned kg_view_cached_scores_of(kg_store *st, const kg_analytics_options *opts, size_t n);

#endif
