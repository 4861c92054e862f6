/* kx_relations: the relation pass: runs the relation families in order over one state
 * (kx_rel_common.h). Each family reads what the families before it left:
 * 1. speakers (kx_rel_speakers.c): the speaker of each sentence;
 * 2. readouts of meetings (kx_rel_meetings.c): may add meetings and mentions, so the
 *    indexes by first token and by mention are built after it;
 * 3. affiliations (kx_rel_affiliations.c): affiliated-with, and each person's role span;
 *    then roles in predicates and memberships (kx_rel_predicates.c) and the roles a body
 *    gives the people beside it (kx_rel_body_roles.c);
 * 4. meeting participants and delegation leaders (kx_rel_meetings.c): spoke-at;
 * 5. reported speech (kx_rel_speech.c): each speaker's spoke-at and discussed, outside the
 *    speaker's role and the meeting's participants;
 * 6. visits (kx_rel_meetings.c): spoke-at and located-in; then delegations
 *    (kx_rel_delegations.c): each member speaks at what the delegation takes part in, and
 *    persons who take part in an event speak at it;
 * 7. meeting topics and agendas (kx_rel_agendas.c): discussed, for the meetings and those
 *    who took part in them; then protests (kx_rel_protests.c): what they are against and
 *    where they march;
 * 8. locations (kx_rel_locations.c): located-in;
 * 9. layout (kx_rel_layout.c): announced speakers, a venue line, capitals, a ballot's
 *    country, a body's parent by its possessive. */
#include "kx_relations.h"

#include "kx_rel_affiliations.h"
#include "kx_rel_agendas.h"
#include "kx_rel_bodies.h"
#include "kx_rel_body_roles.h"
#include "kx_rel_common.h"
#include "kx_rel_delegations.h"
#include "kx_rel_layout.h"
#include "kx_rel_locations.h"
#include "kx_rel_meetings.h"
#include "kx_rel_predicates.h"
#include "kx_rel_protests.h"
#include "kx_rel_speakers.h"
#include "kx_rel_speech.h"

void kx_find_relations(kx *x)
{
    kx_rel_state rs;
    kx_rel_state_init(&rs, x);
    kx_rel_find_speakers(&rs);
    kx_rel_find_meetings_by_verb(&rs); /* may add mentions: role arrays are sized after it */
    kx_rel_index_starts(&rs);
    kx_rel_find_affiliations(&rs);
    kx_rel_find_predicate_roles(&rs);
    kx_rel_find_memberships(&rs);
    kx_rel_find_body_roles(&rs);
    kx_rel_find_body_parents(&rs);
    kx_rel_find_meeting_participants(&rs);
    kx_rel_find_delegation_leaders(&rs);
    kx_rel_find_spoke_and_discussed(&rs);
    kx_rel_find_visits(&rs);
    kx_rel_find_visit_phrases(&rs);
    kx_rel_find_delegation_events(&rs);
    kx_rel_find_event_participants(&rs);
    kx_rel_find_meeting_topics(&rs);
    kx_rel_find_meeting_agendas(&rs);
    kx_rel_find_protest_aims(&rs);
    kx_rel_find_locations(&rs);
    kx_rel_find_layout(&rs);
    kx_rel_state_free(&rs);
}
