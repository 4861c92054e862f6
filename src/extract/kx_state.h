/* kx_state: the analysis of one document that the extraction passes share, and the
 * primitives that add to it. The passes run in order (see src/extract/README.md); each reads
 * what the earlier ones left here and adds its own kind of annotation:
 * - tokens and sentences (kg_tokens, read only);
 * - per token: the mention that labels it (label), whether its line is in capitals and
 *   whether it is in the quoted title of an event;
 * - the extraction being built (out): mentions, entities with aliases, relations;
 * - what waits for entities: alias notes and part-of links between mentions, and the
 *   gazetteer row of each place mention.
 * Not part of kg's API. Ownership: the extraction owns every entity, alias and relation that
 * the primitives add; strings passed in are copied unless a comment says otherwise. */
#ifndef KX_STATE_H
#define KX_STATE_H

#include "kg_extract.h"

#include <stdint.h>

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

/* Hash indexes over out->relations, so that adding a relation and asking whether one
 * exists cost O(1) (kx_relation_index.c). Slots hold a relation index + 1, 0 when free. */
typedef struct kx_relation_index {
    size_t *by_fact;  /* key (source, target, type, sentence): every distinct relation */
    size_t *by_link;  /* key (source, target, type): the first relation of each link */
    size_t cap;       /* slots in each table: a power of two, or 0 before the first insert */
    size_t n_facts;   /* keys in by_fact */
    size_t n_links;   /* keys in by_link */
    size_t n_indexed; /* relations [0, n_indexed) of the array are indexed */
} kx_relation_index;

/* A hash set of (entity, alias) over the entities' alias lists, so that kx_add_alias asks
 * whether an entity already has an alias in O(1) instead of scanning its list (kg_extract.c).
 * Slots hold the entity + 1 (0 when free), the alias's index and its text's hash. */
typedef struct kx_alias_set {
    struct kx_alias_slot {
        size_t entity; /* + 1; 0: free */
        size_t alias;
        uint64_t hash;
    } * slots;
    size_t cap, used;
} kx_alias_set;

typedef struct kx_merge_batch kx_merge_batch;

typedef struct kx {
    const kg_lexicon *lx;
    const kg_tokens *t;
    size_t n;      /* number of tokens */
    size_t *label; /* per token: mention index + 1, 0 when free */
    /* per token: kg_strhash of its text, and kg_strhash_ascii_ci; made once so that the
     * rules' word lists (kx_words.c) need not hash a token again for every list; NULL in a
     * kx made without them (tests), which then hash each time */
    uint64_t *token_hash;
    uint64_t *token_hash_ci;
    /* per token: which lexicon lookups of kx_in_list were made (bit 2 * list + lower) and
     * their answers; the rules ask the same token the same question many times. NULL in a
     * kx made without them (tests) */
    uint32_t *list_asked;
    uint32_t *list_found;
    /* per token: kx_place_at's answer once asked (place_at_len: 0xFF not asked yet, 0 no
     * place, else its tokens), NULL without the caches */
    const kg_place **place_at;
    unsigned char *place_at_len;
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
    unsigned char *place_line;      /* per token: in a line of a date and places */
    unsigned char *dateline;        /* per token: in the place of a dateline */
    unsigned char *headline;        /* per sentence: a title-case headline (kx_tokens.c) */
    unsigned char *speaker_line;    /* per token: in a name on a line of speakers */
    unsigned char *title_acronym;   /* per token: an acronym the text defines for a title
                                       ("Deputy Assistant Secretary (DAS)"), kx_structure.c */
    unsigned char *eponym;          /* per token: a person's name that begins a body's name
                                       ("George Mason University"), kg_mentions.c */
    size_t cap_mention_place;
    kx_relation_index relation_index;   /* over out->relations; see kx_add_relation */
    kx_alias_set alias_set;             /* over the entities' aliases; see kx_add_alias */
    struct kx_merge_batch *merge_batch; /* open merge batch or NULL (kx_merge.h) */
    struct kx_event_index *events;      /* events by key, made on first use (kx_find_event) */
    /* the mentions of each sentence, newest first: sentence_last[s] is the last mention of
     * sentence s + 1 (0: none), mention_prev[m] the mention of m's sentence before m + 1;
     * kept by kx_add_mention (mentions never move to another sentence) */
    size_t *sentence_last;
    size_t *mention_prev;
    size_t cap_mention_prev;
    unsigned char *open_quote; /* per sentence: a quotation of its paragraph is open at its
                                  start (kx_structure.c) */
} kx;

/* ---- mentions (kg_mentions.c) ---------------------------------------------------------- */

/* Adds a mention of tokens [a, b) and labels them; returns its index. */
size_t kx_add_mention(kx *x, size_t a, size_t b, kg_entity_type type);
/* Calls the mentions of sentence s, newest first: returns the last mention index + 1 (0 for
 * none); kx_prev_mention_in_sentence(x, m) the one before mention m, + 1. */
static inline size_t kx_last_mention_in_sentence(const kx *x, size_t s)
{
    return x->sentence_last ? x->sentence_last[s] : 0;
}
static inline size_t kx_prev_mention_in_sentence(const kx *x, size_t m)
{
    return x->mention_prev[m];
}
/* Extends mention's span to end before token b (b > its end), labelling the new tokens. */
void kx_extend_mention(kx *x, size_t mention, size_t b);

/* ---- entities and aliases (kg_extract.c) ------------------------------------------------ */

/* Adds an entity named name[0..len) (copied) and returns its index. */
size_t kx_add_entity(kx *x, const char *name, size_t len, kg_entity_type type);

/* Adds text[0..len) (copied) as an alias of entity unless it is its name or already an
 * alias; reason must be a static string. */
void kx_add_alias(kx *x, size_t entity, const char *text, size_t len, const char *reason);

/* ---- notes kept until entities exist (kg_extract.c) -------------------------------------- */

/* Notes "X trade union" (the mention with its kind noun, tokens [noun_start, noun_end)) as
 * an alias of the mention's future entity. */
void kx_note_noun_alias(kx *x, size_t mention, size_t noun_start, size_t noun_end);

/* Notes tokens [a, b) as an alias of the mention's future entity; reason must be static. */
void kx_note_alias_span(kx *x, size_t mention, size_t a, size_t b, const char *reason);

/* Records the gazetteer row (borrowed from the lexicon) of a place mention. */
void kx_set_place(kx *x, size_t mention, const kg_place *p);

/* Records that mention part is part of mention whole, in the name chain of tokens
 * [chain_start, chain_end). */
void kx_add_part_of(kx *x, size_t part, size_t whole, size_t chain_start, size_t chain_end);

/* The key of the meeting with a person (whose key is person_key): the same on every
 * document of the same date, so that two reports of one meeting meet in one node. Such keys
 * end in "|with|" + person_key. Returns a new string: the caller frees it. */
char *kx_meeting_with_key(const kx *x, const char *person_key);

/* ---- relations (kx_relation_index.c) --------------------------------------------------- */

/* Appends source -type-> target, stated in sentence, unless source == target or the same
 * relation from the same sentence is already there: relations keep the order they were
 * first added in. O(1) through x->relation_index. */
void kx_add_relation(kx *x, size_t source, size_t target, kg_relation_type type, size_t sentence);

/* Whether the extraction has source -type-> target from any sentence. O(1). */
int kx_has_relation(const kx *x, size_t source, size_t target, kg_relation_type type);

/* Rebuilds x->relation_index after the endpoints of relations were rewritten in place
 * (merging two entities). */
void kx_reindex_relations(kx *x);

/* Frees the tables of ix (not ix itself) and empties it. */
void kx_relation_index_free(kx_relation_index *ix);

/* Removes from rels[0..*n) every relation whose source equals its target or that repeats an
 * earlier one (same source, target, type and sentence), keeping the first of each in order;
 * updates *n. */
void kx_relations_dedup(kg_x_relation *rels, size_t *n);

#endif
