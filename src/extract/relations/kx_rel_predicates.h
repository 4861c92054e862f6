/* kx_rel_predicates: affiliated-with stated by the verb of a person's clause
 * (kx_rel_predicates.c). Not part of kg's API. */
#ifndef KX_REL_PREDICATES_H
#define KX_REL_PREDICATES_H

#include "kx_rel_common.h"

/* Adds affiliated-with relations for roles after a copula or "as". Runs after
 * kx_rel_find_affiliations (it needs rs->mention_at). */
void kx_rel_find_predicate_roles(kx_rel_state *rs);

#endif
