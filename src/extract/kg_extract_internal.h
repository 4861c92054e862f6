/* kg_extract_internal: the extraction passes that run before relations, in the order
 * kg_extract.c runs them, over the shared document analysis (kx_state.h) with the token
 * predicates (kx_tokens.h). The relation pass (relations/kx_relations.h) comes after all of
 * them, and nothing here depends on it. Not part of kg's API. */
#ifndef KG_EXTRACT_INTERNAL_H
#define KG_EXTRACT_INTERNAL_H

#include "kx_state.h"
#include "kx_tokens.h"

/* text structure (kx_structure.c): datelines and lines in capitals; runs first */
void kx_read_structure(kx *x);
/* Whether token i is inside the quoted title an event noun announces. */
int kx_in_event_title(const kx *x, size_t i);
/* Whether token i says speaking: "Testifying", "speakers", "panellists", "Moderator". */
int kx_is_speaking_cue(const kx *x, size_t i);
/* Whether tokens [first, end) announce speakers and end with a colon: "The following
 * witnesses are scheduled to testify:", "Witnesses:". */
int kx_announces_speakers(const kx *x, size_t first, size_t end);
/* Whether token i is in a name on a line of speakers (see kx_structure.c). */
int kx_in_speaker_line(const kx *x, size_t i);
/* Whether the line [a, e) can be a title's or a body's line of an entry of a list of people
 * ("Hon. X" / "Chairman" / "Commission on Y"): short, capitalised, no sentence. */
int kx_is_entry_line(const kx *x, size_t a, size_t e);

/* mentions (kg_mentions.c): typed mentions, alias notes, part-of links, places */
void kx_find_mentions(kx *x);
/* where people's names end (kx_name_ends.c), run last by kx_find_mentions */
void kx_extend_person_names(kx *x);
/* "H. Knox Thames": an initial and two name words (run before places are found) */
void kx_find_initialled_names(kx *x);
void kx_extend_generational_suffixes(kx *x);
/* leftover capitalised names typed by their context (kx_context_names.c), run after places */
void kx_find_by_context(kx *x);
/* organisation finders (kx_orgs.c), run first by kx_find_mentions */
void kx_find_quoted_names(kx *x);
/* names written as a web address ("Gundogar.org"): sites and outlets */
void kx_find_web_names(kx *x);
void kx_find_organisations(kx *x);
/* Where an organisation's name [a, b) with head h begins when it stands in a title-case
 * headline: where the body writes it again, else after the headline's verb in -s ("Diallo
 * Forms Alliance for Guinea"); a elsewhere (kx_headline_names.c). */
size_t kx_headline_name_start(const kx *x, size_t a, size_t h, size_t b);
/* "the government of Zimbabwe", "the Iraqi government", "Iraq's government", and a
 * country's body in lower case after its possessive ("Ukraine's parliament"): bodies. */
void kx_find_governments(kx *x);
/* The canonical name of the country a government's name names ("Iraqi government" ->
 * "Iraq"), owned by the lexicon, or NULL. */
const char *kx_government_country(const kx *x, const char *name);
/* The same for a parliament's name ("Belgian parliament", "parliament of Georgia",
 * "Somalia's parliament"), or NULL. */
const char *kx_parliament_country(const kx *x, const char *name);
/* The end of a country's body named in lower case at token g ("parliament", "legislature",
 * "electoral commission", "election commission"): the token after it, or g when none. */
size_t kx_common_body_end(const kx *x, size_t g);
/* Whether token i ends the name of a building or square ("Building", "Hall", "Palace"). */
int kx_is_venue_word(const kx *x, size_t i);

/* typing (kx_typing.c): one type per name by the document's evidence */
void kx_decide_types(kx *x);
/* After in-document merging: a generic head noun alone that merged into no longer name
 * ("Police", "the Government") names nothing, nor does a person's lone initial ("J"); their
 * entities die. */
void kx_drop_bare_heads(kx *x);

/* resolution in the document: mentions grouped into entities, variants merged
 * (kx_resolve_doc.c); then free words that repeat an entity become its mentions
 * (kx_references.c) */
void kx_group_entities(kx *x);
void kx_find_references(kx *x);

/* Key helpers of resolution within the document (kx_resolve_doc.c), which the references
 * pass shares: the words in a key; whether key is the surname (last words) of a longer
 * person key; whether entity e has key as its key or an alias's. */
size_t kx_word_count(const char *s);
int kx_is_surname_key(const char *person_key, const char *key);
/* Whether key[0..n) is a generational suffix ("jr", "sr", "iv"; keys fold "II" and "III" to
 * "i"), which ends a person's name but is no surname. */
int kx_is_generational_key(const char *key, size_t n);
int kx_entity_has_key(const kx *x, size_t e, const char *key);
/* Whether the name outer names a body within the body named inner, so that it is no longer
 * form of it: inner after "of" at outer's end ("Senate of Oliy Majlis"), or at its start
 * before "'s" or before capitalised words up to an organisation head ("African Union
 * Commission", "OSCE Office in Vienna"). Case-insensitive on the words of inner. */
int kx_names_body_within(const kx *x, const char *outer, const char *inner);
/* Merges entity from into entity into (kx_resolve_doc.c): aliases, mentions and relations
 * move, the fuller name becomes the name, from dies; reason says why (an alias's reason). */
void kx_merge_entity(kx *x, size_t from, size_t into, const char *reason);
/* Whether key s[0..n) has a digit: a number is no spelling ("District 8", "Velm12")
 * (kx_resolve_doc.c). */
int kx_key_has_digit(const char *s, size_t n);
/* The variants of organisations and parties merged (kx_merge_bodies.c): short forms, bare
 * heads, names' ends, spellings, acronyms ...; inside kx_group_entities's merge batch. */
void kx_merge_body_variants(kx *x);
/* People named several ways merged (kx_resolve_people.c): middle names left out, then lone
 * surnames. */
void kx_merge_person_variants(kx *x);

/* A party named "X Y Party" is named "X Y" too: the short names' mentions
 * (kx_party_short_names.c), one pass over the text for all parties. */
void kx_find_party_short_names(kx *x);

/* Whether a possessive of a common noun that belongs to a name ends right before token a:
 * "People's" of "People's Party" or "People's National Movement", not "Kazakhstan's", nor a
 * person's surname that is also a word ("Mr. Brown's Labor Party", "Gordon Brown's")
 * (kg_mentions.c). */
int kx_name_possessive_before(const kx *x, size_t a);

/* events (kg_events.c): finds event mentions and makes their entities */
void kx_find_events(kx *x);

/* The meeting with person (under kx_meeting_with_key), made when the document has none:
 * named name (copied; NULL: "meeting with <person>"), dated by its sentence or the
 * document. Returns the event's entity index (kg_events.c). */
size_t kx_meeting_with(kx *x, size_t person, const char *name, size_t sentence);

#endif
