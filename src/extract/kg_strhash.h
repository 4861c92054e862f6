/* kg_strhash: the string hash of extraction's hash tables (the lexicon's word lists and
 * gazetteer, the rules' word sets in kx_words.c): 64-bit FNV-1a over bytes. Not part of
 * kg's API. */
#ifndef KG_STRHASH_H
#define KG_STRHASH_H

#include <stddef.h>
#include <stdint.h>

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

#endif
