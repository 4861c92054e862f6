/* kx_merge: see kx_merge.h. */
#include "kx_merge.h"

#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* The indexes of the mentions (or relations) of one entity. */
typedef struct member_list {
    size_t *items;
    size_t n, cap;
} member_list;

struct kx_merge_batch {
    member_list *mentions;  /* per entity: its mentions */
    member_list *relations; /* per entity: relations it is an end of (maybe twice) */
    size_t n_entities;
};

static void list_add(member_list *l, size_t item)
{
    KG_GROW(l->items, l->cap, l->n + 1);
    l->items[l->n++] = item;
}

void kx_merge_batch_begin(kx *x)
{
    assert(!x->merge_batch);
    const kg_extraction *e = x->out;
    kx_merge_batch *b = kg_xcalloc(1, sizeof *b);
    b->n_entities = e->n_entities;
    b->mentions = kg_xcalloc(e->n_entities + 1, sizeof *b->mentions);
    b->relations = kg_xcalloc(e->n_entities + 1, sizeof *b->relations);
    for (size_t i = 0; i < e->n_mentions; i++)
        if (e->mentions[i].entity < e->n_entities)
            list_add(&b->mentions[e->mentions[i].entity], i);
    for (size_t i = 0; i < e->n_relations; i++) {
        list_add(&b->relations[e->relations[i].source], i);
        if (e->relations[i].target != e->relations[i].source)
            list_add(&b->relations[e->relations[i].target], i);
    }
    x->merge_batch = b;
}

void kx_merge_batch_end(kx *x)
{
    kx_merge_batch *b = x->merge_batch;
    if (!b)
        return;
    for (size_t i = 0; i < b->n_entities; i++) {
        free(b->mentions[i].items);
        free(b->relations[i].items);
    }
    free(b->mentions);
    free(b->relations);
    free(b);
    x->merge_batch = NULL;
    kx_reindex_relations(x);
}

void kx_set_mentions_type(kx *x, size_t entity, kg_entity_type type)
{
    kg_extraction *e = x->out;
    const kx_merge_batch *b = x->merge_batch;
    if (b) {
        assert(entity < b->n_entities);
        for (size_t k = 0; k < b->mentions[entity].n; k++)
            e->mentions[b->mentions[entity].items[k]].type = type;
        return;
    }
    for (size_t i = 0; i < e->n_mentions; i++)
        if (e->mentions[i].entity == entity)
            e->mentions[i].type = type;
}

/* Points the mentions and relations of entity from at entity into. */
static void move_members(kx *x, size_t from, size_t into)
{
    kg_extraction *e = x->out;
    kx_merge_batch *b = x->merge_batch;
    if (!b) {
        for (size_t i = 0; i < e->n_mentions; i++)
            if (e->mentions[i].entity == from)
                e->mentions[i].entity = into;
        for (size_t i = 0; i < e->n_relations; i++) {
            if (e->relations[i].source == from)
                e->relations[i].source = into;
            if (e->relations[i].target == from)
                e->relations[i].target = into;
        }
        kx_reindex_relations(x);
        return;
    }
    assert(from < b->n_entities && into < b->n_entities && e->n_entities == b->n_entities);
    member_list *fm = &b->mentions[from], *fr = &b->relations[from];
    for (size_t k = 0; k < fm->n; k++) {
        e->mentions[fm->items[k]].entity = into;
        list_add(&b->mentions[into], fm->items[k]);
    }
    for (size_t k = 0; k < fr->n; k++) {
        kg_x_relation *r = &e->relations[fr->items[k]];
        if (r->source == from)
            r->source = into;
        if (r->target == from)
            r->target = into;
        list_add(&b->relations[into], fr->items[k]);
    }
    free(fm->items);
    free(fr->items);
    *fm = (member_list){0};
    *fr = (member_list){0};
}

void kx_merge_entity(kx *x, size_t from, size_t into, const char *reason)
{
    kg_extraction *e = x->out;
    kg_x_entity *a = &e->entities[from], *b = &e->entities[into];
    /* the fullest form becomes the name */
    if (strlen(a->name) > strlen(b->name) && a->type != KG_EVENT) {
        char *tmp = b->name;
        b->name = a->name;
        a->name = tmp;
        free(b->key);
        b->key = kg_normalize_key(b->name, strlen(b->name));
    }
    kx_add_alias(x, into, a->name, strlen(a->name), reason);
    for (size_t i = 0; i < a->n_aliases; i++)
        kx_add_alias(x, into, a->aliases[i].text, strlen(a->aliases[i].text), a->aliases[i].reason);
    move_members(x, from, into);
    if (!b->geo)
        b->geo = a->geo;
    if (a->first_sentence < b->first_sentence)
        b->first_sentence = a->first_sentence;
    a->type = KG_ENTITY_TYPE_COUNT; /* dead */
}
