/* kg_normalize: the normalised key under which surface forms of one entity meet: other
 * scripts transliterated to Latin ("Токаев" -> "tokayev"), case folded, diacritics removed,
 * punctuation dropped, a leading "the" dropped, and the common transliteration variants of
 * Central Asian and Russian names folded together (zh/j, dzh/j, kh/h, q/k, ye/e, y/i, ay/a
 * before a vowel, doubled letters). Pure ASCII input (and ASCII with typographic quotes,
 * apostrophes and dashes) is folded by kg's own tables; anything else by ICU through
 * kg_translit, or by kg's tables when ICU fails. */
#ifndef KG_NORMALIZE_H
#define KG_NORMALIZE_H

#include <stddef.h>

/* Returns the malloc'd key of s[0..n) (caller frees): ASCII except for what has no Latin
 * form (emoji, symbols). */
char *kg_normalize_key(const char *s, size_t n);

/* Returns the malloc'd case- and punctuation-folded form without transliteration (caller
 * frees): Latin letters in ASCII without diacritics, letters of other scripts lower-cased
 * and kept ("Қазақстан" -> "қазақстан"), no variant folding. */
char *kg_normalize_plain(const char *s, size_t n);

/* Returns the malloc'd acronym of a name: the first letters of its capitalised words,
 * skipping "of", "for", "and", "the", "on", "in", "under" ("Kazakhstan Institute for
 * Strategic Studies" -> "KISS"? no: "KIFSS" is never formed; connectors are skipped). */
char *kg_normalize_acronym(const char *s, size_t n);

/* Levenshtein distance between two strings in bytes, capped at cap+1. */
size_t kg_normalize_distance(const char *a, const char *b, size_t cap);

#endif
