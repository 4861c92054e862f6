/* kx_merge: one entity merged into another (kx_merge_entity, declared in
 * kg_extract_internal.h), and merge batches for the passes that merge many.
 *
 * Outside a batch a merge rewrites every mention and relation that points to the merged
 * entity by scanning them all and rebuilds the relation index: fine for the few merges of
 * most passes, quadratic for a pass that merges thousands of variants. Inside a batch, the
 * mentions and relations of each entity are kept in per-entity lists, so that a merge moves
 * only the merged entity's own, and the relation index is rebuilt once when the batch ends.
 * While a batch is open no mention may be added or re-pointed by hand, no entity added and no
 * relation added or asked for (kx_add_relation and kx_has_relation assert so). Not part of
 * kg's API. */
#ifndef KX_MERGE_H
#define KX_MERGE_H

#include "kx_state.h"

/* Opens a batch over the current mentions, relations and entities of x. The batch is owned
 * by x until kx_merge_batch_end, which frees it. */
void kx_merge_batch_begin(kx *x);
/* Closes x's batch: rebuilds the relation index and frees the lists. */
void kx_merge_batch_end(kx *x);

/* Sets the type of every mention of entity to type (through the batch's list when one is
 * open). */
void kx_set_mentions_type(kx *x, size_t entity, kg_entity_type type);

#endif
