/* kx_relation_index: the relations of the extraction in two open-addressing hash tables of
 * relation indexes (see kx_state.h): one keyed by the whole fact (source, target, type,
 * sentence), which kx_add_relation asks before it appends, and one keyed by the link
 * (source, target, type), which answers kx_has_relation. out->relations stays the one list of
 * relations, in the order they were first added; the tables only point into it. */
#include "../kg_mem.h"
#include "kx_state.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>

enum {
    MIN_SLOTS = 64
};

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* The hash of r's link, and with by_fact of its sentence too. */
static size_t hash_relation(const kg_x_relation *r, int by_fact)
{
    uint64_t h = mix((uint64_t)r->source + 1);
    h = mix(h ^ (uint64_t)r->target);
    h = mix(h ^ (uint64_t)r->type);
    if (by_fact)
        h = mix(h ^ (uint64_t)r->sentence);
    return (size_t)h;
}

static int same_relation(const kg_x_relation *a, const kg_x_relation *b, int by_fact)
{
    return a->source == b->source && a->target == b->target && a->type == b->type &&
           (!by_fact || a->sentence == b->sentence);
}

/* The slot of the table (by_fact or by_link) that holds a relation equal to key, or the
 * free slot where key would go: a pointer into ix's table, valid until the table is rebuilt.
 * The table must have a free slot. */
static size_t *find_slot(const kx_relation_index *ix, const kg_x_relation *rels,
                         const kg_x_relation *key, int by_fact)
{
    size_t *table = by_fact ? ix->by_fact : ix->by_link;
    size_t i = hash_relation(key, by_fact) & (ix->cap - 1);
    while (table[i] && !same_relation(&rels[table[i] - 1], key, by_fact))
        i = (i + 1) & (ix->cap - 1);
    return &table[i];
}

/* Indexes rels[i] under its fact and its link where no earlier relation holds them. The
 * tables must have room. */
static void index_one(kx_relation_index *ix, const kg_x_relation *rels, size_t i)
{
    size_t *slot = find_slot(ix, rels, &rels[i], 1);
    if (!*slot) {
        *slot = i + 1;
        ix->n_facts++;
    }
    slot = find_slot(ix, rels, &rels[i], 0);
    if (!*slot) {
        *slot = i + 1;
        ix->n_links++;
    }
    ix->n_indexed = i + 1;
}

/* Empties ix into tables of at least min_slots slots and indexes rels[0..n). */
static void rebuild(kx_relation_index *ix, const kg_x_relation *rels, size_t n, size_t min_slots)
{
    size_t cap = MIN_SLOTS;
    while (cap < min_slots || cap < 2 * (n + 1))
        cap *= 2;
    kx_relation_index_free(ix);
    ix->cap = cap;
    ix->by_fact = kg_xcalloc(cap, sizeof *ix->by_fact);
    ix->by_link = kg_xcalloc(cap, sizeof *ix->by_link);
    for (size_t i = 0; i < n; i++)
        index_one(ix, rels, i);
}

/* Makes room in ix for one more relation: the tables stay at most half full. There are
 * never more links than facts. */
static void make_room(kx_relation_index *ix, const kg_x_relation *rels)
{
    if (ix->cap == 0 || (ix->n_facts + 1) * 2 > ix->cap)
        rebuild(ix, rels, ix->n_indexed, ix->cap * 2);
}

void kx_relation_index_free(kx_relation_index *ix)
{
    free(ix->by_fact);
    free(ix->by_link);
    *ix = (kx_relation_index){0};
}

void kx_add_relation(kx *x, size_t source, size_t target, kg_relation_type type, size_t sentence)
{
    kg_extraction *e = x->out;
    kx_relation_index *ix = &x->relation_index;
    assert(ix->n_indexed == e->n_relations); /* relations are added here only */
    assert(!x->merge_batch);                 /* the index is stale in a merge batch */
    if (source == target)
        return;
    kg_x_relation r = {source, target, type, sentence};
    if (ix->cap && *find_slot(ix, e->relations, &r, 1))
        return;
    KG_GROW(e->relations, e->cap_relations, e->n_relations + 1);
    e->relations[e->n_relations++] = r;
    make_room(ix, e->relations);
    index_one(ix, e->relations, e->n_relations - 1);
}

int kx_has_relation(const kx *x, size_t source, size_t target, kg_relation_type type)
{
    const kx_relation_index *ix = &x->relation_index;
    assert(ix->n_indexed == x->out->n_relations);
    assert(!x->merge_batch);
    kg_x_relation r = {source, target, type, 0};
    return ix->cap && *find_slot(ix, x->out->relations, &r, 0);
}

void kx_reindex_relations(kx *x)
{
    rebuild(&x->relation_index, x->out->relations, x->out->n_relations, 0);
}

void kx_relations_dedup(kg_x_relation *rels, size_t *n)
{
    kx_relation_index ix = {0};
    size_t w = 0;
    for (size_t i = 0; i < *n; i++) {
        kg_x_relation r = rels[i];
        if (r.source == r.target)
            continue;
        if (ix.cap && *find_slot(&ix, rels, &r, 1))
            continue;
        rels[w] = r;
        make_room(&ix, rels);
        index_one(&ix, rels, w++);
    }
    *n = w;
    kx_relation_index_free(&ix);
}
