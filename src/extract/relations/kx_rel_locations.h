/* kx_rel_locations: located-in for events, organisations and places
 * (kx_rel_locations.c). Not part of kg's API. */
#ifndef KX_REL_LOCATIONS_H
#define KX_REL_LOCATIONS_H

#include "kx_rel_common.h"

/* Adds located-in relations, and the place name of each event it locates. Runs last. */
void kx_rel_find_locations(kx_rel_state *rs);

#endif
