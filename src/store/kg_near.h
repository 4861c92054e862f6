/* kg_near: the near-duplicate index of a store's documents, by their MinHash signatures
 * (kg_minhash.h). Private to src/store/. */
#ifndef KG_NEAR_H
#define KG_NEAR_H

#include "../text/kg_minhash.h"

#include <stddef.h>
#include <stdint.h>

typedef struct kg_near_index kg_near_index;

/* A new, empty index. Free with kg_near_index_free. */
kg_near_index *kg_near_new(void);

/* Frees an index. Accepts NULL. */
void kg_near_index_free(kg_near_index *ix);

/* Adds a document's signature and its cluster label (copied; up to 64 bytes kept). */
void kg_near_add(kg_near_index *ix, const uint32_t sig[KG_MINHASH_N], const char *cluster);

/* The cluster label of the document most like sig among those added, at least
 * KG_MINHASH_NEAR equal positions, the first added on ties; NULL when none. The label is
 * owned by the index, valid until the next kg_near_add. */
const char *kg_near_best(kg_near_index *ix, const uint32_t sig[KG_MINHASH_N]);

/* Documents in the index. */
size_t kg_near_count(const kg_near_index *ix);

#endif
