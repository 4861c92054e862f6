/* kx_rel_body_roles: affiliated-with read from the roles a body's name or a reference to it
 * gives the people named beside it (kx_rel_body_roles.c). Not part of kg's API. */
#ifndef KX_REL_BODY_ROLES_H
#define KX_REL_BODY_ROLES_H

#include "kx_rel_common.h"

/* Adds affiliated-with for "Hamas leaders like X", "COPE founders X and Y", "the party's
 * leader, X" and "chose X as its candidate". Runs after kx_rel_find_memberships. */
void kx_rel_find_body_roles(kx_rel_state *rs);

#endif
