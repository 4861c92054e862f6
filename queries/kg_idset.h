/* kg_idset: a set of entity ids (positive 64-bit integers) by open addressing, for the
 * queries' breadth-first searches and candidate lists: membership in constant time where a
 * list would be scanned. Ownership: kg_idset_init's set owns its table; kg_idset_free frees
 * it. */
#ifndef KG_IDSET_H
#define KG_IDSET_H

#include <stddef.h>

typedef struct kg_idset {
    long long *slots; /* 0: empty */
    size_t cap;       /* a power of two, or 0 */
    size_t n;
} kg_idset;

void kg_idset_init(kg_idset *s);
void kg_idset_free(kg_idset *s);
/* Adds id (> 0): 1 when it was not in the set, 0 when it was. */
int kg_idset_add(kg_idset *s, long long id);
/* 1 when id is in the set, else 0. */
int kg_idset_has(const kg_idset *s, long long id);

#endif
