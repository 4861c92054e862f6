/* kg_strhash: the string hash of extraction's hash tables (the lexicon's word lists and
 * gazetteer, the rules' word sets in kx_words.c): 64-bit FNV-1a over bytes; and the
 * comparators of the sorted arrays of hashes and of keys that extraction bisects. Not part
 * of kg's API. */
#ifndef KG_STRHASH_H
#define KG_STRHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FNV-1a's starting value; kg_strhash_more(KG_STRHASH_INIT, s, n) == kg_strhash(s, n). */
#define KG_STRHASH_INIT 1469598103934665603ULL

/* The FNV-1a hash h continued over s[0..n): hashes a string given in pieces. */
static inline uint64_t kg_strhash_more(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The FNV-1a hash of s[0..n). */
static inline uint64_t kg_strhash(const char *s, size_t n)
{
    return kg_strhash_more(KG_STRHASH_INIT, s, n);
}

/* The FNV-1a hash of s[0..n) with ASCII letters lower-cased: equal for strings that differ
 * only in ASCII case. */
static inline uint64_t kg_strhash_ascii_ci(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        h ^= c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
        h *= 1099511628211ULL;
    }
    return h;
}

/* qsort/bsearch comparator of uint64_t elements (hashes, packed pairs). */
static inline int kg_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* qsort/bsearch comparator of string elements (char * or const char *), by strcmp. */
static inline int kg_cmp_key(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

#endif
