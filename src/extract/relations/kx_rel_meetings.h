/* kx_rel_meetings: who takes part in meetings and visits, and where visits were
 * (kx_rel_meetings.c). Not part of kg's API. */
#ifndef KX_REL_MEETINGS_H
#define KX_REL_MEETINGS_H

#include "kx_rel_common.h"

/* Readouts ("A met with B"): spoke-at for both, and the meeting when the document names
 * none. Adds mentions: runs before kx_rel_index_starts. */
void kx_rel_find_meetings_by_verb(kx_rel_state *rs);

/* "a meeting (of A) with B": those who meet speak at it. */
void kx_rel_find_meeting_participants(kx_rel_state *rs);

/* "the delegations led by A and B": each leader speaks at the meeting. */
void kx_rel_find_delegation_leaders(kx_rel_state *rs);

/* "A visited X": A's visit, held in X, made when the document names none. */
void kx_rel_find_visits(kx_rel_state *rs);

/* "her visit to X", "the visit of A to X": the visitor speaks at the visit, held in X. */
void kx_rel_find_visit_phrases(kx_rel_state *rs);

#endif
