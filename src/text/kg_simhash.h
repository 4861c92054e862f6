/* kg_simhash: a 64-bit SimHash fingerprint of a text, for finding near-duplicate documents
 * (syndicated copies, the same release on two sites). The text is cut into words (runs of
 * letters and digits, ASCII lower-cased; every byte of a UTF-8 sequence counts as a
 * letter), every three consecutive words form a shingle, and each shingle's 64-bit FNV-1a
 * hash votes +1 or -1 on each bit. Two texts are near-duplicates when their fingerprints
 * differ in at most KG_SIMHASH_NEAR bits.
 *
 * Why SimHash rather than MinHash: one 64-bit integer per document (one column in the
 * store, compared by XOR and a popcount, so a scan of 20,000 documents costs microseconds)
 * against a signature of ~100 hashes and banded lookup tables for MinHash; the copies we
 * look for share almost all their text, which is where SimHash is reliable (Manku et al.,
 * 2007, 3 bits of 64 for web pages), while MinHash's advantage, estimating middling
 * Jaccard similarities, is not needed. */
#ifndef KG_SIMHASH_H
#define KG_SIMHASH_H

#include <stddef.h>
#include <stdint.h>

/* Fingerprints closer than this many differing bits are near-duplicates. */
#define KG_SIMHASH_NEAR 3
/* Texts with fewer shingles than this get no fingerprint (too short to judge). */
#define KG_SIMHASH_MIN_SHINGLES 16

/* Computes the fingerprint of text[0..len) into *out. Returns 1, or 0 when the text has
 * fewer than KG_SIMHASH_MIN_SHINGLES shingles (*out is then 0). */
int kg_simhash(const char *text, size_t len, uint64_t *out);

/* The number of bits in which a and b differ. */
int kg_simhash_distance(uint64_t a, uint64_t b);

#endif
