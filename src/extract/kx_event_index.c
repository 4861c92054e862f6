/* kx_event_index: see kx_event_index.h. Events by the hash of their key in chained
 * buckets; per entity, the place and the order in which places were recorded; per kind (a
 * handful of the lexicon's strings), whether the document has one and its last main event. */
#include "kx_event_index.h"

#include "../kg_mem.h"
#include "kg_strhash.h"
#include "kx_hash_chain.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct kind_state {
    const char *kind;
    size_t last_main; /* (size_t)-1: none */
    size_t last;      /* the last event of the kind, (size_t)-1: none */
} kind_state;

struct kx_event_index {
    size_t synced; /* entities [0, synced) read */
    kx_hash_chain by_key; /* event entities by the hash of their key */
    size_t *place;     /* per entity: (size_t)-1 or the place */
    size_t *place_seq; /* per entity: 0 or the order its place was recorded in, from 1 */
    size_t n_per_entity, seq;
    kind_state *kinds;
    size_t n_kinds, cap_kinds;
    int has_main;
};

kx_event_index *kx_event_index_new(void)
{
    kx_event_index *ix = kg_xcalloc(1, sizeof *ix);
    kx_hash_chain_init(&ix->by_key, 64);
    return ix;
}

void kx_event_index_free(kx_event_index *ix)
{
    if (!ix)
        return;
    kx_hash_chain_free(&ix->by_key);
    free(ix->place);
    free(ix->place_seq);
    free(ix->kinds);
    free(ix);
}

static kind_state *kind_of(kx_event_index *ix, const char *kind)
{
    for (size_t i = 0; i < ix->n_kinds; i++)
        if (strcmp(ix->kinds[i].kind, kind) == 0)
            return &ix->kinds[i];
    KG_GROW(ix->kinds, ix->cap_kinds, ix->n_kinds + 1);
    ix->kinds[ix->n_kinds] = (kind_state){kind, (size_t)-1, (size_t)-1};
    return &ix->kinds[ix->n_kinds++];
}

static void grow_per_entity(kx_event_index *ix, size_t n)
{
    if (n <= ix->n_per_entity)
        return;
    size_t cap = n + n / 2 + 16;
    ix->place = kg_xrealloc(ix->place, cap * sizeof *ix->place);
    ix->place_seq = kg_xrealloc(ix->place_seq, cap * sizeof *ix->place_seq);
    for (size_t i = ix->n_per_entity; i < cap; i++) {
        ix->place[i] = (size_t)-1;
        ix->place_seq[i] = 0;
    }
    ix->n_per_entity = cap;
}

void kx_event_index_sync(kx_event_index *ix, const kx *x)
{
    const kg_extraction *e = x->out;
    for (; ix->synced < e->n_entities; ix->synced++) {
        const kg_x_entity *en = &e->entities[ix->synced];
        if (en->type != KG_EVENT)
            continue;
        kx_hash_chain_put(&ix->by_key, kg_strhash(en->key, strlen(en->key)), ix->synced);
        if (en->event_kind)
            kind_of(ix, en->event_kind)->last = ix->synced;
        if (en->is_main_event)
            kx_event_index_main(ix, x, ix->synced);
    }
    grow_per_entity(ix, e->n_entities);
}

void kx_event_index_main(kx_event_index *ix, const kx *x, size_t e)
{
    const kg_x_entity *en = &x->out->entities[e];
    ix->has_main = 1;
    if (!en->event_kind)
        return;
    kind_state *k = kind_of(ix, en->event_kind);
    if (k->last_main == (size_t)-1 || e > k->last_main)
        k->last_main = e;
}

size_t kx_event_index_find(const kx_event_index *ix, const kx *x, const char *key)
{
    uint64_t h = kg_strhash(key, strlen(key));
    size_t found = (size_t)-1;
    for (size_t en = kx_hash_chain_bucket(&ix->by_key, h); en;
         en = ix->by_key.entries[en - 1].next) {
        const struct kx_chain_entry *t = &ix->by_key.entries[en - 1];
        if (t->hash == h && t->value < found && x->out->entities[t->value].type == KG_EVENT &&
            strcmp(x->out->entities[t->value].key, key) == 0)
            found = t->value;
    }
    return found;
}

size_t kx_find_event(kx *x, const char *key)
{
    if (!x->events)
        x->events = kx_event_index_new();
    kx_event_index_sync(x->events, x);
    return kx_event_index_find(x->events, x, key);
}

size_t kx_last_event_of_kind(kx *x, const char *kind)
{
    if (!x->events)
        x->events = kx_event_index_new();
    kx_event_index_sync(x->events, x);
    for (size_t i = 0; i < x->events->n_kinds; i++)
        if (strcmp(x->events->kinds[i].kind, kind) == 0)
            return x->events->kinds[i].last;
    return (size_t)-1;
}

size_t kx_event_index_main_of_kind(const kx_event_index *ix, const char *kind)
{
    for (size_t i = 0; i < ix->n_kinds; i++)
        if (strcmp(ix->kinds[i].kind, kind) == 0)
            return ix->kinds[i].last_main;
    return (size_t)-1;
}

int kx_event_index_has_main(const kx_event_index *ix)
{
    return ix->has_main;
}

int kx_event_index_has_kind(const kx_event_index *ix, const char *kind)
{
    for (size_t i = 0; i < ix->n_kinds; i++)
        if (strcmp(ix->kinds[i].kind, kind) == 0)
            return 1;
    return 0;
}

void kx_event_index_place(kx_event_index *ix, size_t e, size_t place)
{
    grow_per_entity(ix, e + 1);
    if (ix->place_seq[e])
        return;
    ix->place[e] = place;
    ix->place_seq[e] = ++ix->seq;
}

size_t kx_event_index_place_of(const kx_event_index *ix, size_t e)
{
    return e < ix->n_per_entity ? ix->place[e] : (size_t)-1;
}

size_t kx_event_index_place_of_key(const kx_event_index *ix, const kx *x, const char *key)
{
    uint64_t h = kg_strhash(key, strlen(key));
    size_t best = (size_t)-1, best_seq = 0;
    for (size_t en = kx_hash_chain_bucket(&ix->by_key, h); en;
         en = ix->by_key.entries[en - 1].next) {
        size_t k = ix->by_key.entries[en - 1].value;
        if (ix->by_key.entries[en - 1].hash == h && k < ix->n_per_entity &&
            ix->place_seq[k] > best_seq && strcmp(x->out->entities[k].key, key) == 0) {
            best = ix->place[k];
            best_seq = ix->place_seq[k];
        }
    }
    return best;
}
