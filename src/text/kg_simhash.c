/* kg_simhash: see kg_simhash.h. */
#include "kg_simhash.h"

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Hashes the next word at or after *pos into *h; returns 0 when there is none. */
static int next_word(const char *text, size_t len, size_t *pos, uint64_t *h)
{
    size_t i = *pos;
    while (i < len && !is_word_byte((unsigned char)text[i]))
        i++;
    if (i >= len)
        return 0;
    uint64_t x = FNV_OFFSET;
    for (; i < len && is_word_byte((unsigned char)text[i]); i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        x = (x ^ c) * FNV_PRIME;
    }
    *pos = i;
    *h = x;
    return 1;
}

/* Mixes a shingle's word hashes into one well-spread 64-bit value (splitmix64 finaliser). */
static uint64_t shingle_hash(uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t x = a ^ (b * 0x9e3779b97f4a7c15ull) ^ (c * 0xc2b2ae3d27d4eb4full);
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

int kg_simhash(const char *text, size_t len, uint64_t *out)
{
    long votes[64] = {0};
    uint64_t w[3] = {0, 0, 0};
    size_t pos = 0, words = 0, shingles = 0;
    uint64_t h;
    while (next_word(text, len, &pos, &h)) {
        w[0] = w[1];
        w[1] = w[2];
        w[2] = h;
        if (++words < 3)
            continue;
        uint64_t s = shingle_hash(w[0], w[1], w[2]);
        for (int b = 0; b < 64; b++)
            votes[b] += (s >> b) & 1u ? 1 : -1;
        shingles++;
    }
    *out = 0;
    if (shingles < KG_SIMHASH_MIN_SHINGLES)
        return 0;
    uint64_t f = 0;
    for (int b = 0; b < 64; b++)
        if (votes[b] > 0)
            f |= 1ull << b;
    *out = f;
    return 1;
}

int kg_simhash_distance(uint64_t a, uint64_t b)
{
    uint64_t x = a ^ b;
    int n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}
