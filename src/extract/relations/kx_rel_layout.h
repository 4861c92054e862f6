/* kx_rel_layout: relations the layout and the shape of phrases state: announced speakers,
 * a venue line, "the capital, X", the country in a ballot's phrase, a body's parent by its
 * possessive (kx_rel_layout.c). Not part of kg's API. */
#ifndef KX_REL_LAYOUT_H
#define KX_REL_LAYOUT_H

#include "kx_rel_common.h"

/* Adds spoke-at, located-in and affiliated-with read from layout and phrase shape. Runs
 * after the locations family. */
void kx_rel_find_layout(kx_rel_state *rs);

#endif
