/* kx_hash_chain: a multimap from 64-bit hashes to values (entity indexes) that only grows,
 * for the indexes of one document's extraction (events by key, entities by name form, keys):
 * entries in one array, each bucket the index + 1 of its newest entry, chained to older
 * ones; the buckets double when there are more entries than buckets. Entries of a bucket may
 * hold other hashes: the caller compares entries[e - 1].hash. Not part of kg's API. */
#ifndef KX_HASH_CHAIN_H
#define KX_HASH_CHAIN_H

#include <stddef.h>
#include <stdint.h>

typedef struct kx_hash_chain {
    size_t *head; /* per bucket: entry + 1, 0 for none */
    size_t nbuckets;
    struct kx_chain_entry {
        uint64_t hash;
        size_t value;
        size_t next; /* entry + 1 of the bucket's older entry, 0 for none */
    } * entries;
    size_t n, cap;
} kx_hash_chain;

/* Makes *c empty with nbuckets buckets (a power of two); free it with kx_hash_chain_free. */
void kx_hash_chain_init(kx_hash_chain *c, size_t nbuckets);
/* Frees what *c holds (not c itself). */
void kx_hash_chain_free(kx_hash_chain *c);
/* Adds (hash, value). */
void kx_hash_chain_put(kx_hash_chain *c, uint64_t hash, size_t value);

/* The newest entry + 1 of hash's bucket (0 for none); the next is entries[e - 1].next. */
static inline size_t kx_hash_chain_bucket(const kx_hash_chain *c, uint64_t hash)
{
    return c->head[(size_t)hash & (c->nbuckets - 1)];
}

#endif
