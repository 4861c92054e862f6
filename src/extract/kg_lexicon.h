/* kg_lexicon: the word lists and gazetteers extraction reads, loaded from the data folder
 * at start (TSV/text, one entry a line, '#' comments). Lookups are hash-table based.
 * Opaque handle: kg_lexicon_load creates it, kg_lexicon_free frees it. */
#ifndef KG_LEXICON_H
#define KG_LEXICON_H

#include "../kg_error.h"

#include <stddef.h>

typedef struct kg_lexicon kg_lexicon;

/* The word lists. */
typedef enum kg_wordlist {
    KG_LIST_GIVEN_NAMES, /* case-sensitive */
    KG_LIST_ORG_HEADS,   /* case-sensitive */
    KG_LIST_ORG_NOUNS,   /* lower case, may be two words */
    KG_LIST_TITLES,      /* lower case, may be two words */
    KG_LIST_SPEECH_VERBS,
    KG_LIST_DEMONYMS,
    KG_LIST_COMMON_WORDS, /* lower case English words (wamerican) */
    KG_LIST_PARTIES,      /* party names as written (Party Facts), may be several words */
    KG_LIST_GIVEN_PLACES, /* given names that are also places ("Leo", "Florence") */
    KG_LIST_COUNT
} kg_wordlist;

/* A gazetteer place. Strings are owned by the lexicon. */
typedef struct kg_place {
    const char *canonical;
    const char *kind; /* country, region, city */
    const char *country;
    const char *region;
    int has_geo;
    double lat;
    double lon;
} kg_place;

/* Returns the data directory: $KG_DATA_DIR, else the installed one, else the source tree's
 * (static string or environment). */
const char *kg_lexicon_default_dir(void);

/* Loads every list from dir into *out. Missing optional files (places, common words) load
 * as empty lists; a missing required file is KG_EIO. */
int kg_lexicon_load(kg_lexicon **out, const char *dir, kg_error *err);
void kg_lexicon_free(kg_lexicon *lx);

/* Returns 1 when word[0..n) is in the list. */
int kg_lexicon_has(const kg_lexicon *lx, kg_wordlist list, const char *word, size_t n);

/* Returns the event kind ("meeting", "election", ...) of an event noun, or NULL. */
const char *kg_lexicon_event_kind(const kg_lexicon *lx, const char *word, size_t n);

/* Returns the place named exactly name[0..n), or NULL. The result is owned by lx. */
const kg_place *kg_lexicon_place(const kg_lexicon *lx, const char *name, size_t n);

/* Returns the country an adjective of nationality belongs to ("French" -> "France"), or
 * NULL when it names a region, a faith or several countries. Owned by lx. */
const char *kg_lexicon_demonym_country(const kg_lexicon *lx, const char *word, size_t n);

#endif
