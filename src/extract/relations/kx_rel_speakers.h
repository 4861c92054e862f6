/* kx_rel_speakers: who speaks in each sentence (kx_rel_speakers.c). Not part of kg's API. */
#ifndef KX_REL_SPEAKERS_H
#define KX_REL_SPEAKERS_H

#include "kx_rel_common.h"

/* Fills rs->speaker and rs->co_speaker of every sentence. Runs first of the families. */
void kx_rel_find_speakers(kx_rel_state *rs);

#endif
