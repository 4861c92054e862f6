/* kg_minhash: MinHash signatures of texts, for finding near-duplicate documents (syndicated
 * copies, the same release on two sites). The text is cut into words (runs of letters and
 * digits, ASCII lower-cased; every byte of a UTF-8 sequence counts as a letter), every three
 * consecutive words form a shingle, and the signature keeps, for each of KG_MINHASH_N hash
 * functions, the least hash over the shingles. The share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets.
 *
 * Why MinHash rather than SimHash: news items are short (100-300 words), and a syndicated
 * copy differs by a headline, a dateline or a credit line. Measured on the dev articles,
 * such a copy moves a 64-bit SimHash by 1-8 bits, which is as far as two template-generated
 * releases that differ in names and numbers (8 bits), so no bit threshold separates them;
 * the Jaccard estimate does (copies above 0.8, templates about 0.5, unrelated articles near
 * 0). The price is 64 values per document instead of one, compared with an early exit. */
#ifndef KG_MINHASH_H
#define KG_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define KG_MINHASH_N 64
/* Two texts are near-duplicates when at least this many of the KG_MINHASH_N positions are
 * equal (an estimated Jaccard similarity of 0.75). */
#define KG_MINHASH_NEAR 48
/* Texts with fewer shingles than this get no signature (too short to judge). */
#define KG_MINHASH_MIN_SHINGLES 16

/* Computes the signature of text[0..len) into sig. Returns 1, or 0 when the text has fewer
 * than KG_MINHASH_MIN_SHINGLES shingles. */
int kg_minhash(const char *text, size_t len, uint32_t sig[KG_MINHASH_N]);

/* The number of equal positions of a and b, or a number below need as soon as it is clear
 * that need cannot be reached (an early exit for scans). */
int kg_minhash_matches(const uint32_t a[KG_MINHASH_N], const uint32_t b[KG_MINHASH_N], int need);

#endif
