/* kg_idset: see kg_idset.h. */
#include "kg_idset.h"

#include "../src/kg_mem.h"

#include <stdint.h>
#include <stdlib.h>

static size_t slot_of(long long id, size_t cap)
{
    uint64_t h = (uint64_t)id * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (cap - 1);
}

void kg_idset_init(kg_idset *s)
{
    s->slots = NULL;
    s->cap = s->n = 0;
}

void kg_idset_free(kg_idset *s)
{
    free(s->slots);
    kg_idset_init(s);
}

static void grow(kg_idset *s)
{
    size_t cap = s->cap ? s->cap * 2 : 64;
    long long *slots = kg_xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->slots[i])
            continue;
        size_t k = slot_of(s->slots[i], cap);
        while (slots[k])
            k = (k + 1) & (cap - 1);
        slots[k] = s->slots[i];
    }
    free(s->slots);
    s->slots = slots;
    s->cap = cap;
}

int kg_idset_add(kg_idset *s, long long id)
{
    if ((s->n + 1) * 2 > s->cap)
        grow(s);
    size_t k = slot_of(id, s->cap);
    while (s->slots[k]) {
        if (s->slots[k] == id)
            return 0;
        k = (k + 1) & (s->cap - 1);
    }
    s->slots[k] = id;
    s->n++;
    return 1;
}

int kg_idset_has(const kg_idset *s, long long id)
{
    if (!s->cap)
        return 0;
    size_t k = slot_of(id, s->cap);
    while (s->slots[k]) {
        if (s->slots[k] == id)
            return 1;
        k = (k + 1) & (s->cap - 1);
    }
    return 0;
}
