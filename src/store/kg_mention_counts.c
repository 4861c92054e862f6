/* kg_mention_counts: see kg_mention_counts.h. Open addressing with linear probing on the
 * entity id (ids are positive: 0 marks a free slot), the table at most half full. */
#include "kg_mention_counts.h"

#include "../kg_mem.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct entry {
    long long entity; /* 0: free slot */
    long long count;
} entry;

struct kg_mention_counts {
    entry *slots;
    size_t cap; /* a power of two */
    size_t used;
};

kg_mention_counts *kg_mention_counts_new(void)
{
    kg_mention_counts *mc = kg_xcalloc(1, sizeof *mc);
    mc->cap = 256;
    mc->slots = kg_xcalloc(mc->cap, sizeof *mc->slots);
    return mc;
}

void kg_mention_counts_free(kg_mention_counts *mc)
{
    if (!mc)
        return;
    free(mc->slots);
    free(mc);
}

/* The slot holding entity, or the free slot where it belongs. */
static entry *slot(entry *slots, size_t cap, long long entity)
{
    uint64_t h = (uint64_t)entity * 0x9E3779B97F4A7C15ULL;
    size_t i = (size_t)(h >> 32) & (cap - 1);
    while (slots[i].entity && slots[i].entity != entity)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

int kg_mention_counts_get(const kg_mention_counts *mc, long long entity, long long *count)
{
    const entry *e = slot(mc->slots, mc->cap, entity);
    if (!e->entity)
        return 0;
    *count = e->count;
    return 1;
}

void kg_mention_counts_set(kg_mention_counts *mc, long long entity, long long count)
{
    if (2 * (mc->used + 1) > mc->cap) {
        size_t cap = mc->cap * 2;
        entry *slots = kg_xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < mc->cap; i++)
            if (mc->slots[i].entity)
                *slot(slots, cap, mc->slots[i].entity) = mc->slots[i];
        free(mc->slots);
        mc->slots = slots;
        mc->cap = cap;
    }
    entry *e = slot(mc->slots, mc->cap, entity);
    if (!e->entity) {
        e->entity = entity;
        mc->used++;
    }
    e->count = count;
}

void kg_mention_counts_add_one(kg_mention_counts *mc, long long entity)
{
    entry *e = slot(mc->slots, mc->cap, entity);
    if (e->entity)
        e->count++;
}
