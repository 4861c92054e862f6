/* kx_rel_affiliations: affiliated-with from the words around a person's name
 * (kx_rel_affiliations.c). Not part of kg's API. */
#ifndef KX_REL_AFFILIATIONS_H
#define KX_REL_AFFILIATIONS_H

#include "kx_rel_common.h"

/* Adds affiliated-with relations and fills the role spans (rs->role_end, rs->role_start).
 * Needs rs->speaker and kx_rel_index_starts. */
void kx_rel_find_affiliations(kx_rel_state *rs);

#endif
