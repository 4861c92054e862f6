/* kx_rel_protests: what protests are against and where they march (kx_rel_protests.c). Not
 * part of kg's API. */
#ifndef KX_REL_PROTESTS_H
#define KX_REL_PROTESTS_H

#include "kx_rel_common.h"

/* "protests against X", "a rally over alleged fraud in X", "Protesters marched in A and in
 * B against C": the protest discussed X and C, and took place in A and B. */
void kx_rel_find_protest_aims(kx_rel_state *rs);

#endif
