/* kg_minhash: see kg_minhash.h. */
#include "kg_minhash.h"

#include "kg_utf8.h"

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

/* Hashes the next word at or after *pos into *h; returns 0 when there is none. */
static int next_word(const char *text, size_t len, size_t *pos, uint64_t *h)
{
    size_t i = *pos;
    while (i < len && !kg_is_word_byte((unsigned char)text[i]))
        i++;
    if (i >= len)
        return 0;
    uint64_t x = FNV_OFFSET;
    for (; i < len && kg_is_word_byte((unsigned char)text[i]); i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        x = (x ^ c) * FNV_PRIME;
    }
    *pos = i;
    *h = x;
    return 1;
}

/* splitmix64's finaliser: spreads x over all 64 bits. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

int kg_minhash(const char *text, size_t len, uint32_t sig[KG_MINHASH_N])
{
    for (int k = 0; k < KG_MINHASH_N; k++)
        sig[k] = UINT32_MAX;
    uint64_t w[3] = {0, 0, 0};
    size_t pos = 0, words = 0, shingles = 0;
    uint64_t h;
    while (next_word(text, len, &pos, &h)) {
        w[0] = w[1];
        w[1] = w[2];
        w[2] = h;
        if (++words < 3)
            continue;
        uint64_t s = mix(w[0] ^ (w[1] * 0x9e3779b97f4a7c15ull) ^ (w[2] * 0xc2b2ae3d27d4eb4full));
        /* hash function k: the shingle's hash mixed with k's seed; each 64-bit value gives
         * two 32-bit ones */
        uint64_t seed = 0;
        for (int k = 0; k < KG_MINHASH_N; k += 2) {
            seed += 0x9e3779b97f4a7c15ull;
            uint64_t v = mix(s + seed);
            uint32_t lo = (uint32_t)v, hi = (uint32_t)(v >> 32);
            if (lo < sig[k])
                sig[k] = lo;
            if (hi < sig[k + 1])
                sig[k + 1] = hi;
        }
        shingles++;
    }
    return shingles >= KG_MINHASH_MIN_SHINGLES;
}

int kg_minhash_matches(const uint32_t a[KG_MINHASH_N], const uint32_t b[KG_MINHASH_N], int need)
{
    int equal = 0;
    for (int k = 0; k < KG_MINHASH_N; k++) {
        equal += a[k] == b[k];
        if (equal + (KG_MINHASH_N - 1 - k) < need)
            return equal; /* cannot reach need any more */
    }
    return equal;
}
