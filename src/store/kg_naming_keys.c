/* kg_naming_keys: see kg_naming_keys.h. Open addressing with linear probing on the entity id
 * (ids are positive: 0 marks a free slot), the table at most half full; a forgotten entity
 * keeps its slot, marked unknown, so that probing never needs deletion. */
#include "kg_naming_keys.h"

#include "../kg_mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    long long entity; /* 0: free slot */
    int known;        /* 0: forgotten */
    int key_known;    /* 0: key not looked up yet */
    char *name;       /* owned */
    char *key;        /* owned; NULL: no document gives the name */
} entry;

struct kg_naming_keys {
    entry *slots;
    size_t cap; /* a power of two */
    size_t used;
};

kg_naming_keys *kg_naming_keys_new(void)
{
    kg_naming_keys *nk = kg_xcalloc(1, sizeof *nk);
    nk->cap = 256;
    nk->slots = kg_xcalloc(nk->cap, sizeof *nk->slots);
    return nk;
}

void kg_naming_keys_free(kg_naming_keys *nk)
{
    if (!nk)
        return;
    for (size_t i = 0; i < nk->cap; i++) {
        free(nk->slots[i].name);
        free(nk->slots[i].key);
    }
    free(nk->slots);
    free(nk);
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

int kg_naming_keys_get(const kg_naming_keys *nk, long long entity, const char **name,
                       const char **key, int *key_known)
{
    const entry *e = slot(nk->slots, nk->cap, entity);
    if (!e->entity || !e->known)
        return 0;
    *name = e->name;
    *key = e->key;
    *key_known = e->key_known;
    return 1;
}

void kg_naming_keys_set(kg_naming_keys *nk, long long entity, const char *name)
{
    if (2 * (nk->used + 1) > nk->cap) {
        size_t cap = nk->cap * 2;
        entry *slots = kg_xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < nk->cap; i++)
            if (nk->slots[i].entity)
                *slot(slots, cap, nk->slots[i].entity) = nk->slots[i];
        free(nk->slots);
        nk->slots = slots;
        nk->cap = cap;
    }
    entry *e = slot(nk->slots, nk->cap, entity);
    if (!e->entity) {
        e->entity = entity;
        nk->used++;
    }
    free(e->name);
    free(e->key);
    e->known = 1;
    e->key_known = 0;
    e->name = kg_xstrdup(name);
    e->key = NULL;
}

void kg_naming_keys_set_key(kg_naming_keys *nk, long long entity, const char *key)
{
    entry *e = slot(nk->slots, nk->cap, entity);
    if (!e->entity || !e->known)
        return;
    free(e->key);
    e->key = key ? kg_xstrdup(key) : NULL;
    e->key_known = 1;
}

void kg_naming_keys_forget(kg_naming_keys *nk, long long entity)
{
    entry *e = slot(nk->slots, nk->cap, entity);
    if (e->entity)
        e->known = 0;
}

void kg_naming_keys_lower(kg_naming_keys *nk, long long entity, const char *name, const char *key)
{
    entry *e = slot(nk->slots, nk->cap, entity);
    if (!e->entity || !e->known || !e->key_known || strcmp(e->name, name) != 0)
        return;
    if (!e->key || strcmp(key, e->key) < 0) {
        free(e->key);
        e->key = kg_xstrdup(key);
    }
}
