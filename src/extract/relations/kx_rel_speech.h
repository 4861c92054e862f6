/* kx_rel_speech: what the speaker of a sentence says there: spoke-at and discussed
 * (kx_rel_speech.c). Not part of kg's API. */
#ifndef KX_REL_SPEECH_H
#define KX_REL_SPEECH_H

#include "kx_rel_common.h"

/* Adds each speaker's spoke-at and discussed relations. Needs rs->speaker and the role
 * spans (kx_rel_find_affiliations). */
void kx_rel_find_spoke_and_discussed(kx_rel_state *rs);

#endif
