/* kg_extract_internal: state shared by the extraction passes (mentions, events,
 * resolution within a document, relations). Not part of kg's API. */
#ifndef KG_EXTRACT_INTERNAL_H
#define KG_EXTRACT_INTERNAL_H

#include "kg_extract.h"

/* An alias noted for a mention before entities exist ("Kasip Korgan trade union"). */
typedef struct kx_note {
    size_t mention;
    size_t start; /* byte span of the alias */
    size_t end;
    const char *reason;
} kx_note;

/* "first is part of second" between two organisation mentions of one name chain. */
typedef struct kx_part {
    size_t part;
    size_t whole;
    size_t chain_start; /* token span of the whole chain, an alias of the part */
    size_t chain_end;
} kx_part;

typedef struct kx {
    const kg_lexicon *lx;
    const kg_tokens *t;
    size_t n;      /* number of tokens */
    size_t *label; /* per token: mention index + 1, 0 when free */
    kg_extraction *out;
    kx_note *notes;
    size_t n_notes;
    size_t cap_notes;
    kx_part *parts;
    size_t n_parts;
    size_t cap_parts;
    const kg_place **mention_place; /* per mention: gazetteer row, grown with mentions */
    unsigned char *capital_line;    /* per token: in a line written in capitals */
    unsigned char *event_title;     /* per token: in the quoted title of an event */
    size_t cap_mention_place;
} kx;

/* token predicates (kg_mentions.c) */
const char *kx_tok(const kx *x, size_t i, size_t *len);
int kx_is(const kx *x, size_t i, const char *word);
int kx_is_ci(const kx *x, size_t i, const char *word);
int kx_is_word(const kx *x, size_t i);
int kx_is_cap(const kx *x, size_t i);
int kx_is_allcaps(const kx *x, size_t i);
int kx_is_lower_word(const kx *x, size_t i);
/* Whether token i is one of words (a NULL-terminated list), as written or in any case. */
int kx_is_any(const kx *x, size_t i, const char *const *words);
int kx_is_any_ci(const kx *x, size_t i, const char *const *words);
/* Whether token i names a month, in any case ("March", "OCTOBER"). */
int kx_is_month(const kx *x, size_t i);
int kx_same_sentence(const kx *x, size_t a, size_t b);
int kx_in_list(const kx *x, size_t i, kg_wordlist list, int lower);
int kx_in_list2(const kx *x, size_t i, kg_wordlist list);
int kx_is_title(const kx *x, size_t i);
int kx_is_head(const kx *x, size_t i);
int kx_is_speech_verb(const kx *x, size_t i);
int kx_is_sentence_start(const kx *x, size_t i);
/* "Bishkek-based": where a body sits, no part of its name */
int kx_is_based(const kx *x, size_t i);
/* a, an, the, this, that, its, their ... or a possessive 's */
int kx_is_determiner(const kx *x, size_t i);
int kx_is_common_cap(const kx *x, size_t i);
int kx_is_name_word(const kx *x, size_t i);
/* Whether token i is in a title-case headline, and there a common word that only the
 * headline's style capitalises. */
int kx_in_headline(const kx *x, size_t i);
int kx_is_headline_common(const kx *x, size_t i);
int kx_has_surname_suffix(const kx *x, size_t i);
int kx_free_span(const kx *x, size_t a, size_t b);
const kg_place *kx_place_at(const kx *x, size_t i, size_t *len);

/* Adds a mention of tokens [a, b) and labels them; returns its index. */
size_t kx_add_mention(kx *x, size_t a, size_t b, kg_entity_type type);
void kx_find_mentions(kx *x);
/* Whether token i comes right after a capitalised title phrase ("Secretary of State X"). */
int kx_after_title(const kx *x, size_t i);
/* Whether token i ends the name of a building or square ("Building", "Hall", "Palace"). */
int kx_is_venue_word(const kx *x, size_t i);

/* text structure (kx_structure.c): datelines and lines in capitals; runs first */
void kx_read_structure(kx *x);
/* Whether token i is inside the quoted title an event noun announces. */
int kx_in_event_title(const kx *x, size_t i);

/* typing (kx_typing.c): one type per name by the document's evidence */
void kx_decide_types(kx *x);
/* After in-document merging: a generic head noun alone that merged into no longer name
 * ("Police", "the Government") names nothing; its entity dies. */
void kx_drop_bare_heads(kx *x);

/* notes kept until entities exist (kg_extract.c) */
void kx_note_noun_alias(kx *x, size_t mention, size_t noun_start, size_t noun_end);
void kx_note_alias_span(kx *x, size_t mention, size_t a, size_t b, const char *reason);
void kx_set_place(kx *x, size_t mention, const kg_place *p);
void kx_add_part_of(kx *x, size_t part, size_t whole, size_t chain_start, size_t chain_end);

/* events (kg_events.c): finds event mentions and makes their entities */
void kx_find_events(kx *x);

/* relations (kg_relations.c) */
void kx_find_relations(kx *x);
void kx_add_relation(kx *x, size_t source, size_t target, kg_relation_type type, size_t sentence);
/* The key of the meeting with a person (whose key is person_key): the same on every
 * document of the same date, so that two reports of one meeting meet in one node. The caller
 * frees it. Such keys end in "|with|" + person_key. */
char *kx_meeting_with_key(const kx *x, const char *person_key);

/* The meeting with person (under kx_meeting_with_key), made when the document has none:
 * named name (copied; NULL: "meeting with <person>"), dated by its sentence or the
 * document. Returns the event's entity index (kg_events.c). */
size_t kx_meeting_with(kx *x, size_t person, const char *name, size_t sentence);

/* Adds an entity and returns its index. name is copied. */
size_t kx_add_entity(kx *x, const char *name, size_t len, kg_entity_type type);
void kx_add_alias(kx *x, size_t entity, const char *text, size_t len, const char *reason);

#endif
