/* kx_hash_chain: see kx_hash_chain.h. */
#include "kx_hash_chain.h"

#include "../kg_mem.h"

#include <stdlib.h>

void kx_hash_chain_init(kx_hash_chain *c, size_t nbuckets)
{
    *c = (kx_hash_chain){0};
    c->nbuckets = nbuckets;
    c->head = kg_xcalloc(nbuckets, sizeof *c->head);
}

void kx_hash_chain_free(kx_hash_chain *c)
{
    free(c->head);
    free(c->entries);
    *c = (kx_hash_chain){0};
}

void kx_hash_chain_put(kx_hash_chain *c, uint64_t hash, size_t value)
{
    if (c->n + 1 > c->nbuckets) { /* at most one entry per bucket on average */
        free(c->head);
        c->nbuckets *= 2;
        c->head = kg_xcalloc(c->nbuckets, sizeof *c->head);
        for (size_t i = 0; i < c->n; i++) {
            size_t b = (size_t)c->entries[i].hash & (c->nbuckets - 1);
            c->entries[i].next = c->head[b];
            c->head[b] = i + 1;
        }
    }
    KG_GROW(c->entries, c->cap, c->n + 1);
    size_t b = (size_t)hash & (c->nbuckets - 1);
    c->entries[c->n] = (struct kx_chain_entry){hash, value, c->head[b]};
    c->head[b] = ++c->n;
}
