/* kx_rel_affiliations: affiliated-with from the words around a person's name
 * (kx_rel_affiliations.c). Not part of kg's API. */
#ifndef KX_REL_AFFILIATIONS_H
#define KX_REL_AFFILIATIONS_H

#include "kx_rel_common.h"

/* Adds affiliated-with relations and fills the role spans (rs->role_end, rs->role_start).
 * Needs rs->speaker and kx_rel_index_starts. */
void kx_rel_find_affiliations(kx_rel_state *rs);

/* Shared with kx_rel_predicates.c. */
/* Affiliations of person entity p in the role span [a, b) of sentence s: every organisation
 * and party in it, the akimat of an akim, the embassy of an ambassador, and the membership of
 * a smaller body of a larger one joined to it. */
void kx_rel_role_span_affiliations(kx_rel_state *rs, size_t p, size_t a, size_t b, size_t s);
/* Whether the lower-case word at i is a verb a role phrase cannot hold ("hosted", "met"). */
int kx_rel_is_finite_verb(const kx *x, size_t i);
/* Whether person mention m opens its clause (titles, "the", names of bodies and places
 * before it at most, from the sentence's start, a comma, "and", "that" or a quote). */
int kx_rel_opens_clause(kx_rel_state *rs, const kg_x_mention *m);

#endif
