/* kx_evidence: the evidence that the text around a candidate name gives for each type
 * (person, organisation, party, place), in finder votes; used by kx_typing.c. Not part of
 * kg's API. */
#ifndef KX_EVIDENCE_H
#define KX_EVIDENCE_H

#include "kg_extract_internal.h"
#include "kx_party_lists.h"

#define N_TYPES 4 /* person, organisation, party, place: the types before KG_EVENT */
_Static_assert(KG_EVENT == N_TYPES, "the typed kinds come first");
/* one more slot of evidence: for "a party or a candidate" (a share of the vote), which goes
 * to whichever of the two the rest of a name's evidence prefers once it is summed over the
 * name's mentions (resolve_contestant) */
#define EV_CONTESTANT N_TYPES
#define N_SLOTS (N_TYPES + 1)

/* weights, in finder votes */
#define W_FINDER 1.0                 /* the type the finder that proposed the span gave it */
#define W_PARTY_WORD KX_W_PARTY_LIST /* "Party" inside the name, "X party" after it */
#define W_PARTY_BEFORE 2.0           /* "the ruling party X" */
#define W_PARTY_LEXICON 2.0          /* a name of Party Facts */
#define W_ORG_HEAD 2.0               /* "Institute", "Committee" inside the name */
#define W_PROGRAMME 1.5              /* "Liberation" in a name of a shared head ("Front") */
#define W_ORG_NOUN 2.0               /* "the X newspaper" */
#define W_GIVEN 2.0                  /* a given name first, one more word after it */
#define W_SURNAME 1.0                /* the region's surname morphology at the end */
#define W_TITLE_BEFORE 2.5           /* "Ambassador X", "Secretary of the Party X Y" */
#define W_TITLE_AFTER 2.0            /* "X, director of ..." */
#define W_SPEECH 0.5                 /* "X said": bodies speak too */
#define W_COUNTRY 4.0                /* a country or continent of the gazetteer, the whole span */
#define W_PLACE 1.5                  /* a region or city of the gazetteer, the whole span */
#define W_PLACE_WORDS 3.5            /* a gazetteer name of two words or more ("West Bank") */
#define W_ORG_NOUN_BEFORE 2.5        /* "the daily Le Matin", "news agency Xinhua" */
#define W_LEGAL_FORM 3.0             /* "Ericsson AB", "Kia Motor Corp" */
#define W_VENUE 3.0                  /* "the Rayburn House Office Building": a building, a place */
#define W_LIST 2.0                   /* a weak item of a list whose strong items have one type */
#define W_COMPANY 4.0 /* "Lear" where the text named "Lear Corp" (beats a given name) */
#define W_SPEAKER_LINE 3.0           /* the name opening a line of a list of speakers */
#define W_SEATS 3.0                  /* "Labor (13 seats)", "X won 40 of the 76 seats" */
#define W_BASED 3.0                  /* "the Ohio-based KeyCorp": places base bodies, not people */
#define W_EMPLOYER 3.0               /* "a Reuters reporter": the body a role is held in */
#define W_PARTY_ROLE 3.0             /* "Ak Zhol deputies", "the Likud candidate" */
#define W_VOTED_FOR 2.0              /* "voted for X": a party, or a candidate */
#define W_AGE 3.0                    /* "Samer Soliman, 42, said": people have ages */
#define W_WHO 2.0                    /* "Ivar Sandqvist, who leads": bodies take "which" */
#define W_VOTE_SHARE 3.0             /* "X received 6.6%": a party, or a candidate */
#define W_MEDIA 3.0                  /* "Interfax reported", "reported by the Daily X" */
#define W_MEMBERS 3.0       /* "two Hamas members": what has members is a body or a party */
#define W_NAMED_SURNAME 3.0 /* "Buhari" where the text named "Muhammadu Buhari" */
#define STRONG 3.0          /* evidence at which an item decides its list's type */

/* Adds to ev (N_SLOTS weights, indexed by type, and EV_CONTESTANT) the evidence that
 * mention m's text and context give: what it contains, what precedes and follows it. */
void kx_mention_evidence(const kx *x, const kg_x_mention *m, double ev[N_SLOTS]);

/* Whether the name [a, b) is joined by "and" to a person's name ("Prince Norodom Ranariddh
 * and Hun Sen agreed"): coordinated names are of one kind. */
int kx_coordinated_with_person(const kx *x, size_t a, size_t b);

#endif
