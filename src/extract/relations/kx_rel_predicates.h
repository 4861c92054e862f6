/* kx_rel_predicates: affiliated-with stated by the verb of a person's clause
 * (kx_rel_predicates.c). Not part of kg's API. */
#ifndef KX_REL_PREDICATES_H
#define KX_REL_PREDICATES_H

#include "kx_rel_common.h"

/* Adds affiliated-with relations for roles after a copula or "as". Runs after
 * kx_rel_find_affiliations (it needs rs->mention_at). */
void kx_rel_find_predicate_roles(kx_rel_state *rs);

/* Adds affiliated-with for a membership a verb states ("X joined the Y", "X defected from the
 * Y to the Z", "X ran on the Y ticket") and for "X, whose Y". Runs after
 * kx_rel_find_predicate_roles. */
void kx_rel_find_memberships(kx_rel_state *rs);

#endif
