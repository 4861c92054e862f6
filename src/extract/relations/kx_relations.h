/* kx_relations: the relation pass, the last extraction pass: typed relations (spoke-at,
 * affiliated-with, discussed, located-in) from patterns over sentences and paragraphs, one
 * family of patterns at a time (see ../README.md). Not part of kg's API. */
#ifndef KX_RELATIONS_H
#define KX_RELATIONS_H

#include "../kx_state.h"

/* Reads the mentions, entities and events of the passes before; adds relations, and the
 * few entities and mentions they imply (the meeting a readout tells of, a visit, an akimat,
 * the place of "X-based"). */
void kx_find_relations(kx *x);

#endif
