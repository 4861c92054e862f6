/* kx_rel_delegations: what a delegation takes part in (kx_rel_delegations.c). Not part of
 * kg's API. */
#ifndef KX_REL_DELEGATIONS_H
#define KX_REL_DELEGATIONS_H

#include "kx_rel_common.h"

/* "The delegation will include A ... the delegation will participate in X and Y": each
 * member of the document's delegation speaks at each event the delegation takes part in. */
void kx_rel_find_delegation_events(kx_rel_state *rs);

/* "A, Chairman of B, and C took part in the ceremony", "A attended the forum": each person of
 * the subject speaks at the event named right after the verb. */
void kx_rel_find_event_participants(kx_rel_state *rs);

#endif
