/* kg_near: finds the stored document nearest a new one's MinHash signature without comparing
 * it with every stored document, so that building the n-th document does not cost O(n).
 *
 * Banding with an exact guarantee: two signatures are near-duplicates when at least
 * KG_MINHASH_NEAR = 48 of their 64 positions are equal, so at most 16 differ. The 64
 * positions are cut into 17 bands (13 of four positions, 4 of three); 16 differing positions
 * can spoil at most 16 bands, so a near-duplicate pair has at least one band equal in full.
 * Each document is filed under the hash of each of its bands; the candidates for a new
 * signature are the documents filed under one of its band hashes, and each candidate is
 * compared in full. The answer is therefore exactly the full scan's: the best match, the
 * first added on ties. Unrelated texts share a whole band only by chance. */
#include "kg_near.h"

#include "../kg_mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    N_BANDS = 17,
};

typedef struct near_doc {
    uint32_t sig[KG_MINHASH_N];
    char cluster[65]; /* the cluster label: its first document's id */
} near_doc;

struct kg_near_index {
    near_doc *docs;
    size_t n, cap;
    /* band entries: entry e files document doc[e] under key[e]; next[e] chains a slot */
    uint64_t *key;
    size_t *doc, *next;
    size_t n_entries, cap_entries;
    size_t *head; /* per slot: the first entry, or SIZE_MAX; slots = mask + 1 */
    size_t mask;
    uint32_t *seen; /* per document: the stamp of the last lookup that compared it */
    size_t cap_seen;
    uint32_t stamp;
};

/* The first position and the width of band b. */
static void band_range(int b, int *from, int *width)
{
    *width = b < 13 ? 4 : 3;
    *from = b < 13 ? 4 * b : 52 + 3 * (b - 13);
}

static uint64_t band_key(const uint32_t sig[KG_MINHASH_N], int b)
{
    int from, width;
    band_range(b, &from, &width);
    uint64_t h = 0x9E3779B97F4A7C15ULL * (uint64_t)(unsigned)(b + 1);
    for (int k = 0; k < width; k++) {
        h ^= sig[from + k];
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    return h;
}

kg_near_index *kg_near_new(void)
{
    kg_near_index *ix = kg_xcalloc(1, sizeof *ix);
    ix->mask = 1023;
    ix->head = kg_xmalloc((ix->mask + 1) * sizeof *ix->head);
    for (size_t s = 0; s <= ix->mask; s++)
        ix->head[s] = SIZE_MAX;
    return ix;
}

void kg_near_index_free(kg_near_index *ix)
{
    if (!ix)
        return;
    free(ix->docs);
    free(ix->key);
    free(ix->doc);
    free(ix->next);
    free(ix->head);
    free(ix->seen);
    free(ix);
}

/* Doubles the slots and chains every entry again. */
static void grow_slots(kg_near_index *ix)
{
    ix->mask = 2 * ix->mask + 1;
    free(ix->head);
    ix->head = kg_xmalloc((ix->mask + 1) * sizeof *ix->head);
    for (size_t s = 0; s <= ix->mask; s++)
        ix->head[s] = SIZE_MAX;
    for (size_t e = 0; e < ix->n_entries; e++) {
        size_t s = (size_t)(ix->key[e] & ix->mask);
        ix->next[e] = ix->head[s];
        ix->head[s] = e;
    }
}

void kg_near_add(kg_near_index *ix, const uint32_t sig[KG_MINHASH_N], const char *cluster)
{
    KG_GROW(ix->docs, ix->cap, ix->n + 1);
    size_t d = ix->n++;
    memcpy(ix->docs[d].sig, sig, sizeof ix->docs[d].sig);
    snprintf(ix->docs[d].cluster, sizeof ix->docs[d].cluster, "%s", cluster);
    if (ix->cap_seen < ix->cap) {
        ix->seen = kg_xrealloc(ix->seen, ix->cap * sizeof *ix->seen);
        ix->cap_seen = ix->cap;
    }
    ix->seen[d] = 0;
    if (ix->n_entries + N_BANDS > ix->cap_entries) {
        size_t cap = ix->cap_entries ? 2 * ix->cap_entries : 1024;
        ix->key = kg_xrealloc(ix->key, cap * sizeof *ix->key);
        ix->doc = kg_xrealloc(ix->doc, cap * sizeof *ix->doc);
        ix->next = kg_xrealloc(ix->next, cap * sizeof *ix->next);
        ix->cap_entries = cap;
    }
    for (int b = 0; b < N_BANDS; b++) {
        size_t e = ix->n_entries++;
        ix->key[e] = band_key(sig, b);
        ix->doc[e] = d;
        size_t s = (size_t)(ix->key[e] & ix->mask);
        ix->next[e] = ix->head[s];
        ix->head[s] = e;
    }
    if (ix->n_entries > 2 * (ix->mask + 1))
        grow_slots(ix);
}

const char *kg_near_best(kg_near_index *ix, const uint32_t sig[KG_MINHASH_N])
{
    if (++ix->stamp == 0) { /* wrapped: forget every mark */
        memset(ix->seen, 0, ix->n * sizeof *ix->seen);
        ix->stamp = 1;
    }
    size_t best = ix->n;
    int best_m = KG_MINHASH_NEAR - 1;
    for (int b = 0; b < N_BANDS; b++) {
        uint64_t key = band_key(sig, b);
        for (size_t e = ix->head[key & ix->mask]; e != SIZE_MAX; e = ix->next[e]) {
            size_t d = ix->doc[e];
            if (ix->key[e] != key || ix->seen[d] == ix->stamp)
                continue;
            ix->seen[d] = ix->stamp;
            /* ties go to the first added, as a scan in order would give them */
            int m = kg_minhash_matches(sig, ix->docs[d].sig, best_m);
            if (m > best_m || (m == best_m && m >= KG_MINHASH_NEAR && d < best)) {
                best_m = m;
                best = d;
            }
        }
    }
    return best < ix->n ? ix->docs[best].cluster : NULL;
}

size_t kg_near_count(const kg_near_index *ix)
{
    return ix->n;
}
