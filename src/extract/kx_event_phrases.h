/* kx_event_phrases: one event phrase around an event noun, read for the events pass
 * (kx_event_phrases.c says what it reads and gives). */
#ifndef KX_EVENT_PHRASES_H
#define KX_EVENT_PHRASES_H

#include "kg_extract_internal.h"

/* One event phrase of the text. name_key is owned by the events pass. */
typedef struct ev_mention {
    size_t a, b;      /* token span of the phrase */
    size_t a_common;  /* where the phrase starts without a proper name before the noun */
    size_t noun;      /* the event noun */
    size_t name_from; /* first token of a proper name ending at the noun, or noun + 1 */
    char *name_key;   /* its normalised key, or NULL */
    size_t acronym;   /* organisation entity of "(ACRONYM)" right after the phrase, or -1 */
    size_t body;      /* the body whose name stands before the noun ("the Politburo
                       * meeting"): its mention index, or -1 */
    const char *kind;
    char subtype[24];
    int year;
} ev_mention;

/* Whether token i is a modifier of an event noun's phrase ("presidential", "extraordinary"). */
int kx_ev_is_modifier(const kx *x, size_t i);
/* Whether the election noun ending before i heads a compound that names no event
 * ("election commission", "election law"). */
int kx_ev_is_non_event_compound(const kx *x, size_t i);
/* Whether token i is a year (1900-2099); stores it in *year when year is not NULL. */
int kx_ev_is_year(const kx *x, size_t i, int *year);
/* The event noun at i: its kind ("meeting", "election" ...) and its length in tokens (1 or
 * 2) in *len, or NULL. Kind strings are the lexicon's. */
const char *kx_ev_noun_at(const kx *x, size_t i, size_t *len);
/* Adds the quoted title inside the phrase [a, b) as an alias of event. */
void kx_ev_add_title_alias(kx *x, size_t event, size_t a, size_t b);
/* The end of the phrase that starts at start with its noun ending at end, over a quoted
 * title and the prepositional phrases that name its subject, place or time. */
size_t kx_ev_extend_right(const kx *x, size_t start, size_t end, int meeting);
/* 1 when an unnamed phrase speaks of a past event, 2 of a future one, else 0. */
int kx_ev_other_time(const kx *x, const ev_mention *m);
/* The document's year, or 0. */
int kx_ev_doc_year(const kx *x);
/* Sets m->subtype ("presidential", "parliamentary", "local", "general" ...). */
void kx_ev_phrase_subtype(const kx *x, ev_mention *m);
/* The label text of tokens [a, b), without leading determiners, quotes and "was held".
 * Returns a new string; the caller frees it. */
char *kx_ev_phrase_text(const kx *x, size_t a, size_t b);
/* The ISO date a sentence gives ("on March 19", "today", a full date), or NULL. Returns a
 * new string; the caller frees it. */
char *kx_ev_sentence_date(const kx *x, size_t sentence);
/* The first token of a proper event name ending at the capitalised noun i ("Astana
 * Economic Forum"), or i + 1 when the noun is generic. a is where the phrase starts. */
size_t kx_ev_proper_name_start(const kx *x, size_t a, size_t i);

#endif
