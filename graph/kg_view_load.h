/* kg_view_load: builds the kg_view of a store: every entity as a node (with aliases and
 * attributes), every edge with its evidence, and the analytics, taken from the store's
 * cache when the graph has not changed since they were computed with the same options,
 * else computed with igraph and cached. */
#ifndef KG_VIEW_LOAD_H
#define KG_VIEW_LOAD_H

#include "../src/store/kg_store.h"
#include "kg_analytics.h"
#include "kg_view.h"

/* Loads the view into *out (caller frees with kg_view_free). With opts NULL no analytics
 * are loaded or computed. *recomputed (may be NULL) is set to 1 when the analytics were
 * computed now rather than read from the cache. */
int kg_view_load(kg_view **out, kg_store *st, const kg_analytics_options *opts, int *recomputed,
                 kg_error *err);

#endif
