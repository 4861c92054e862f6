/* kx_rel_agendas: what meetings discussed (kx_rel_agendas.c). Not part of kg's API. */
#ifndef KX_REL_AGENDAS_H
#define KX_REL_AGENDAS_H

#include "kx_rel_common.h"

/* What the article's meeting, or the meeting of the sides the sentence names, is said to
 * be about. */
void kx_rel_find_meeting_topics(kx_rel_state *rs);

/* The agenda of each meeting held in the text, from the paragraph that introduces it, for
 * the meeting and those who discussed it. Needs the spoke-at relations of the families
 * before. */
void kx_rel_find_meeting_agendas(kx_rel_state *rs);

#endif
