/* kx_rel_bodies: bodies within bodies, read from their names (kx_rel_bodies.c). Not part of
 * kg's API. */
#ifndef KX_REL_BODIES_H
#define KX_REL_BODIES_H

#include "kx_rel_common.h"

/* "Senate of Oliy Majlis", "African Union Commission": an organisation whose name places it
 * in another body of the document is affiliated with the nearest such body. */
void kx_rel_find_body_parents(kx_rel_state *rs);

#endif
