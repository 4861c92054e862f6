/* kg_extract: the driver of extraction. Runs the passes over one document in order
 * (structure, mentions, typing, resolution in the document, events, relations; see
 * README.md), then drops dead entities and renumbers; and the primitives on the shared
 * state that every pass uses: entities, aliases, notes kept until entities exist. */
#include "kg_extract.h"

#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"
#include "kx_event_index.h"
#include "relations/kx_relations.h"

#include <stdlib.h>
#include <string.h>

const char *kg_entity_type_name(kg_entity_type t)
{
    static const char *const names[] = {"person", "organisation", "party", "place", "event"};
    return t < KG_ENTITY_TYPE_COUNT ? names[t] : "unknown";
}

const char *kg_relation_type_name(kg_relation_type t)
{
    static const char *const names[] = {"spoke-at", "affiliated-with", "discussed", "located-in"};
    return t < KG_RELATION_TYPE_COUNT ? names[t] : "unknown";
}

char *kx_meeting_with_key(const kx *x, const char *person_key)
{
    const kg_document *d = x->out->doc;
    /* a month or a year alone is not the day of one meeting */
    int day = d->date && strlen(d->date) == 10;
    return kg_xasprintf("meeting|%s|with|%s", day ? d->date : d->id, person_key);
}

/* ---- entities ------------------------------------------------------------------------- */

size_t kx_add_entity(kx *x, const char *name, size_t len, kg_entity_type type)
{
    kg_extraction *e = x->out;
    KG_GROW(e->entities, e->cap_entities, e->n_entities + 1);
    kg_x_entity *en = &e->entities[e->n_entities];
    *en = (kg_x_entity){0};
    en->name = kg_xstrndup(name, len);
    en->type = type;
    en->key = kg_normalize_key(name, len);
    en->first_sentence = (size_t)-1;
    return e->n_entities++;
}

static uint64_t alias_hash(size_t entity, const char *text, size_t len)
{
    uint64_t h = kg_strhash(text, len) ^ ((uint64_t)entity * 0x9e3779b97f4a7c15ULL);
    h ^= h >> 29;
    return h;
}

/* The slot of set s that holds entity's alias text[0..len), or the free slot where it
 * would go. The set must have a free slot. */
static struct kx_alias_slot *alias_slot(const kx *x, size_t entity, const char *text, size_t len,
                                        uint64_t h)
{
    const kx_alias_set *s = &x->alias_set;
    size_t i = (size_t)h & (s->cap - 1);
    for (;; i = (i + 1) & (s->cap - 1)) {
        struct kx_alias_slot *sl = &s->slots[i];
        if (!sl->entity)
            return sl;
        if (sl->hash == h && sl->entity == entity + 1) {
            const char *t = x->out->entities[entity].aliases[sl->alias].text;
            if (strlen(t) == len && memcmp(t, text, len) == 0)
                return sl;
        }
    }
}

static void alias_set_grow(kx *x)
{
    kx_alias_set *s = &x->alias_set;
    if (2 * (s->used + 1) <= s->cap)
        return;
    size_t old = s->cap;
    struct kx_alias_slot *slots = s->slots;
    s->cap = old ? 2 * old : 64;
    s->slots = kg_xcalloc(s->cap, sizeof *s->slots);
    for (size_t i = 0; i < old; i++)
        if (slots[i].entity) {
            size_t k = (size_t)slots[i].hash & (s->cap - 1);
            while (s->slots[k].entity)
                k = (k + 1) & (s->cap - 1);
            s->slots[k] = slots[i];
        }
    free(slots);
}

void kx_add_alias(kx *x, size_t entity, const char *text, size_t len, const char *reason)
{
    kg_x_entity *en = &x->out->entities[entity];
    if (len == strlen(en->name) && memcmp(text, en->name, len) == 0)
        return;
    alias_set_grow(x);
    uint64_t h = alias_hash(entity, text, len);
    struct kx_alias_slot *sl = alias_slot(x, entity, text, len, h);
    if (sl->entity)
        return;
    *sl = (struct kx_alias_slot){entity + 1, en->n_aliases, h};
    x->alias_set.used++;
    en->aliases = kg_xrealloc(en->aliases, (en->n_aliases + 1) * sizeof *en->aliases);
    en->aliases[en->n_aliases++] =
        (kg_x_alias){kg_xstrndup(text, len), kg_normalize_key(text, len), reason};
}

void kx_note_alias_span(kx *x, size_t mention, size_t a, size_t b, const char *reason)
{
    KG_GROW(x->notes, x->cap_notes, x->n_notes + 1);
    x->notes[x->n_notes++] =
        (kx_note){mention, x->t->tokens[a].start, x->t->tokens[b - 1].end, reason};
}

void kx_note_noun_alias(kx *x, size_t mention, size_t noun_start, size_t noun_end)
{
    const kg_x_mention *m = &x->out->mentions[mention];
    /* a quoted name keeps both its quotes in the alias: the "Adal Zhol" trade union */
    size_t start = m->start;
    if (m->tok_start > 0 && x->t->tokens[m->tok_start - 1].kind == KG_TOKEN_QUOTE &&
        noun_start > m->tok_end)
        start = x->t->tokens[m->tok_start - 1].start;
    KG_GROW(x->notes, x->cap_notes, x->n_notes + 1);
    x->notes[x->n_notes++] =
        (kx_note){mention, start, x->t->tokens[noun_end - 1].end, "with its kind"};
}

void kx_set_place(kx *x, size_t mention, const kg_place *p)
{
    if (mention >= x->cap_mention_place) {
        size_t old = x->cap_mention_place;
        KG_GROW(x->mention_place, x->cap_mention_place, mention + 1);
        memset(x->mention_place + old, 0, (x->cap_mention_place - old) * sizeof *x->mention_place);
    }
    x->mention_place[mention] = p;
}

void kx_add_part_of(kx *x, size_t part, size_t whole, size_t chain_start, size_t chain_end)
{
    KG_GROW(x->parts, x->cap_parts, x->n_parts + 1);
    x->parts[x->n_parts++] = (kx_part){part, whole, chain_start, chain_end};
}

/* Frees what an entity owns (not the entity itself, which lives in an array). */
static void entity_free_fields(kg_x_entity *d)
{
    free(d->name);
    free(d->key);
    for (size_t k = 0; k < d->n_aliases; k++) {
        free(d->aliases[k].text);
        free(d->aliases[k].key);
    }
    free(d->aliases);
    free(d->date);
    free(d->place);
}

/* Drops dead entities and renumbers mentions and relations. */
static void compact(kx *x)
{
    kg_extraction *e = x->out;
    size_t *map = kg_xmalloc((e->n_entities + 1) * sizeof *map);
    size_t w = 0;
    for (size_t i = 0; i < e->n_entities; i++) {
        if (e->entities[i].type == KG_ENTITY_TYPE_COUNT) {
            entity_free_fields(&e->entities[i]);
            map[i] = (size_t)-1;
            continue;
        }
        map[i] = w;
        e->entities[w++] = e->entities[i];
    }
    size_t n_old = e->n_entities;
    e->n_entities = w;
    size_t mw = 0;
    for (size_t i = 0; i < e->n_mentions; i++) {
        size_t ent = e->mentions[i].entity;
        if (ent >= n_old || map[ent] == (size_t)-1)
            continue;
        e->mentions[i].entity = map[ent];
        e->mentions[mw++] = e->mentions[i];
    }
    e->n_mentions = mw;
    size_t rw = 0;
    for (size_t i = 0; i < e->n_relations; i++) {
        kg_x_relation r = e->relations[i];
        if (map[r.source] == (size_t)-1 || map[r.target] == (size_t)-1)
            continue;
        r.source = map[r.source];
        r.target = map[r.target];
        e->relations[rw++] = r;
    }
    e->n_relations = rw;
    /* merged entities can make a relation a loop or a repeat */
    kx_relations_dedup(e->relations, &e->n_relations);
    free(map);
}

int kg_extract_document(kg_extraction **out, const kg_lexicon *lx, const kg_document *doc,
                        kg_error *err)
{
    (void)err;
    kg_extraction *e = kg_xcalloc(1, sizeof *e);
    e->doc = doc;
    kg_tokenize(&e->tokens, doc->text, doc->text_len);
    kx x = {0};
    x.lx = lx;
    x.t = &e->tokens;
    x.n = e->tokens.n_tokens;
    x.label = kg_xcalloc(x.n + 1, sizeof *x.label);
    kx_token_caches_new(&x);
    x.out = e;

    kx_read_structure(&x);
    kx_find_mentions(&x);
    kx_decide_types(&x);
    kx_group_entities(&x);
    kx_drop_bare_heads(&x);
    kx_find_references(&x);
    kx_find_events(&x);
    kx_find_relations(&x);
    compact(&x);

    free(x.label);
    kx_token_caches_free(&x);
    free(x.notes);
    free(x.parts);
    free(x.mention_place);
    free(x.capital_line);
    free(x.event_title);
    free(x.place_line);
    free(x.dateline);
    free(x.headline);
    free(x.eponym);
    free(x.speaker_line);
    free(x.title_acronym);
    kx_relation_index_free(&x.relation_index);
    free(x.alias_set.slots);
    kx_event_index_free(x.events);
    free(x.sentence_last);
    free(x.mention_prev);
    free(x.open_quote);
    *out = e;
    return KG_OK;
}

void kg_extraction_free(kg_extraction *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->n_entities; i++)
        entity_free_fields(&x->entities[i]);
    free(x->entities);
    free(x->mentions);
    free(x->relations);
    kg_tokens_free(&x->tokens);
    free(x);
}
