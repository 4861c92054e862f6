/* kg_extract: rule-based information extraction from one document: typed mentions of
 * people, organisations, parties, places and events; their grouping into the document's
 * entities (one per real-world thing, with aliases and the reason for each merge); and
 * typed relations (spoke-at, affiliated-with, discussed, located-in) with the sentence that
 * states each. Cross-document resolution happens later, in resolve/.
 * Ownership: kg_extract_document returns an extraction the caller frees with
 * kg_extraction_free; it borrows the document, which must outlive it. */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include "../ingest/kg_document.h"
#include "../text/kg_tokenize.h"
#include "kg_lexicon.h"

#include <stddef.h>

typedef enum kg_entity_type {
    KG_PERSON,
    KG_ORGANISATION,
    KG_PARTY,
    KG_PLACE,
    KG_EVENT,
    KG_ENTITY_TYPE_COUNT
} kg_entity_type;

/* "person", "organisation", "party", "place", "event": a static string. */
const char *kg_entity_type_name(kg_entity_type t);

typedef enum kg_relation_type {
    KG_SPOKE_AT,
    KG_AFFILIATED_WITH,
    KG_DISCUSSED,
    KG_LOCATED_IN,
    KG_RELATION_TYPE_COUNT
} kg_relation_type;

/* "spoke-at", "affiliated-with", "discussed", "located-in": a static string. */
const char *kg_relation_type_name(kg_relation_type t);

typedef struct kg_x_alias {
    char *text;
    char *key;          /* kg_normalize_key of text */
    const char *reason; /* why it names the entity: "same name", "surname", "acronym", ... */
} kg_x_alias;

typedef struct kg_x_entity {
    char *name; /* the fullest form seen */
    kg_entity_type type;
    char *key; /* resolution key; for events a kind|subject|year key */
    kg_x_alias *aliases;
    size_t n_aliases;
    char *date; /* events */
    char *place;
    const kg_place *geo; /* gazetteer row for places, borrowed from the lexicon */
    int is_main_event;   /* the meeting the document is about */
    int label_headline;  /* events: the name comes from a title-case headline */
    const char *event_kind;
    size_t first_sentence;
} kg_x_entity;

typedef struct kg_x_mention {
    size_t tok_start; /* token range, end exclusive */
    size_t tok_end;
    size_t start; /* byte span */
    size_t end;
    size_t sentence;
    size_t entity; /* index into entities */
    kg_entity_type type;
} kg_x_mention;

typedef struct kg_x_relation {
    size_t source; /* entity indexes */
    size_t target;
    kg_relation_type type;
    size_t sentence;
} kg_x_relation;

typedef struct kg_extraction {
    const kg_document *doc;
    kg_tokens tokens;
    kg_x_entity *entities;
    size_t n_entities;
    size_t cap_entities;
    kg_x_mention *mentions;
    size_t n_mentions;
    size_t cap_mentions;
    kg_x_relation *relations;
    size_t n_relations;
    size_t cap_relations;
} kg_extraction;

/* Extracts entities and relations from doc into *out (caller frees with
 * kg_extraction_free). Returns KG_OK. */
int kg_extract_document(kg_extraction **out, const kg_lexicon *lx, const kg_document *doc,
                        kg_error *err);

/* Frees x and everything it owns. Accepts NULL. */
void kg_extraction_free(kg_extraction *x);

#endif
