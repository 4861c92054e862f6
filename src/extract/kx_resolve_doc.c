/* kx_resolve_doc: resolution within one document, after typing and before events.
 *
 * Reads: the typed mentions, and the alias notes, part-of links and gazetteer rows that the
 *        mention passes left (kx_state.h).
 * Adds:  the entities: each mention's entity, aliases with the reason for each, dead
 *        (merged) entities; affiliated-with for each part of a name chain. The references
 *        that repeat an entity are found later, by kx_references.c.
 * Patterns:
 * - grouping: mentions of one type and key are one entity ("Kyrgyz Republic" and
 *   "Kyrgyzstan" meet under their gazetteer name); noted aliases join their entity ("the
 *   Kasip Korgan trade union"); a part of a name chain is affiliated with the whole;
 * - variants merged: place spellings one letter apart ("Syrdarya region" / "Sirdaryo
 *   region"), people named several ways (kx_resolve_people.c: "Christopher Smith" /
 *   "Christopher H. Smith", a lone surname "Secretary Sherman"), a party named by its
 *   persuasion into the only party named with it ("the Conservatives" / "Conservative
 *   Party"), short forms ("Committee on Information Policy"), a bare head noun ("Parliament"), a
 * name's end
 *   ("Election Commission"), "Foreign Ministry" = "Ministry of Foreign Affairs", acronyms
 *   ("KISI", "CEC" of "Central Election Commission of Kazakhstan"), names set side by side
 *   by "known as", one body's name spelt two ways ("Jorgorku" / "Jogorku Kenesh"), a name
 *   an alias gives after a country ("U.S. Helsinki Commission"). */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"
#include "kx_hash_chain.h"
#include "kx_merge.h"
#include "kx_name_forms.h"
#include "kx_party_lists.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
/* The text of mention m, borrowed from the document, and its length in *len. */
static const char *mention_text(const kx *x, const kg_x_mention *m, size_t *len)
{
    *len = m->end - m->start;
    return x->t->text + m->start;
}

size_t kx_word_count(const char *s)
{
    size_t n = 0;
    int in = 0;
    for (; *s; s++) {
        if (*s == ' ')
            in = 0;
        else if (!in)
            in = 1, n++;
    }
    return n;
}

/* Whether key (n bytes) is a generational suffix: "Jr.", "Sr.", "III". */
int kx_is_generational_key(const char *key, size_t n)
{
    /* keys fold repeated letters: "III" and "II" are "i" */
    static const char *const suffixes[] = {"jr", "sr", "i", "iv", NULL};
    for (size_t i = 0; suffixes[i]; i++)
        if (strlen(suffixes[i]) == n && strncmp(key, suffixes[i], n) == 0)
            return 1;
    return 0;
}

/* Whether key (kl bytes) is the last word or words of the first pl bytes of person_key. */
static int is_key_tail(const char *person_key, size_t pl, const char *key, size_t kl)
{
    return kl > 0 && pl > kl + 1 && person_key[pl - kl - 1] == ' ' &&
           strncmp(person_key + pl - kl, key, kl) == 0;
}

/* Whether key is the last word or words of a longer person key: the surname, which may
 * itself be hyphenated ("sherwood randall" of "elizabeth sherwood randall"), with the
 * generational suffix or without it ("blake jr" and "blake" of "robert blake jr"), but
 * never the suffix alone. */
int kx_is_surname_key(const char *person_key, const char *key)
{
    size_t pl = strlen(person_key), kl = strlen(key);
    if (kx_is_generational_key(key, kl))
        return 0;
    if (is_key_tail(person_key, pl, key, kl))
        return 1;
    /* "Robert O. Blake, Jr.": the surname is the word before the suffix */
    const char *last = strrchr(person_key, ' ');
    return last && kx_is_generational_key(last + 1, strlen(last + 1)) &&
           is_key_tail(person_key, (size_t)(last - person_key), key, kl);
}

int kx_entity_has_key(const kx *x, size_t e, const char *key)
{
    const kg_x_entity *en = &x->out->entities[e];
    if (strcmp(en->key, key) == 0)
        return 1;
    for (size_t i = 0; i < en->n_aliases; i++)
        if (strcmp(en->aliases[i].key, key) == 0)
            return 1;
    return 0;
}

/* The keys of a document's entities (each one's key and its aliases' keys) by hash, for
 * group_mentions: chained entries in arrays, only added to, so that each mention looks up
 * the entities of its key instead of comparing every entity's keys. */
typedef struct key_index {
    kx_hash_chain keys; /* entity by the hash of each key */
    size_t *indexed; /* per entity: aliases already indexed + 1 (0: key not yet) */
    size_t n_indexed;
    /* the smallest entity of each (key hash, type): a key that thousands of entities share
     * ("VSC" of thousands of bodies) is answered without walking its chain; open
     * addressing, at most half full */
    struct min_slot {
        uint64_t hash;
        size_t entity; /* + 1; 0: free */
        kg_entity_type type;
    } * min;
    size_t min_cap, min_used;
} key_index;

static struct min_slot *min_slot_of(const key_index *ix, uint64_t h, kg_entity_type t)
{
    size_t i = (size_t)(h ^ ((uint64_t)t * 0x9e3779b97f4a7c15ULL)) & (ix->min_cap - 1);
    while (ix->min[i].entity && !(ix->min[i].hash == h && ix->min[i].type == t))
        i = (i + 1) & (ix->min_cap - 1);
    return &ix->min[i];
}

static void min_put(key_index *ix, uint64_t h, kg_entity_type t, size_t entity)
{
    if (2 * (ix->min_used + 1) > ix->min_cap) {
        struct min_slot *old = ix->min;
        size_t old_cap = ix->min_cap;
        ix->min_cap = old_cap ? 2 * old_cap : 64;
        ix->min = kg_xcalloc(ix->min_cap, sizeof *ix->min);
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].entity)
                *min_slot_of(ix, old[i].hash, old[i].type) = old[i];
        free(old);
    }
    struct min_slot *sl = min_slot_of(ix, h, t);
    if (!sl->entity) {
        *sl = (struct min_slot){h, entity + 1, t};
        ix->min_used++;
    } else if (entity + 1 < sl->entity) {
        sl->entity = entity + 1;
    }
}

/* The smallest entity of type t with a key of hash h, or (size_t)-1. */
static size_t min_get(const key_index *ix, uint64_t h, kg_entity_type t)
{
    if (!ix->min_cap)
        return (size_t)-1;
    const struct min_slot *sl = min_slot_of(ix, h, t);
    return sl->entity ? sl->entity - 1 : (size_t)-1;
}

static void key_index_put(key_index *ix, const char *key, size_t entity, kg_entity_type type)
{
    uint64_t h = kg_strhash(key, strlen(key));
    min_put(ix, h, type, entity);
    kx_hash_chain_put(&ix->keys, h, entity);
}

/* Indexes what of entity's keys is not yet: its key, then its aliases added since. */
static void key_index_entity(key_index *ix, const kx *x, size_t entity)
{
    const kg_x_entity *en = &x->out->entities[entity];
    if (entity >= ix->n_indexed) {
        size_t n = x->out->n_entities + 16;
        ix->indexed = kg_xrealloc(ix->indexed, n * sizeof *ix->indexed);
        memset(ix->indexed + ix->n_indexed, 0, (n - ix->n_indexed) * sizeof *ix->indexed);
        ix->n_indexed = n;
    }
    if (!ix->indexed[entity]) {
        key_index_put(ix, en->key, entity, en->type);
        ix->indexed[entity] = 1;
    }
    for (; ix->indexed[entity] - 1 < en->n_aliases; ix->indexed[entity]++)
        key_index_put(ix, en->aliases[ix->indexed[entity] - 1].key, entity, en->type);
}

/* Assigns every non-event mention to an entity of the same type and key. */
static void group_mentions(kx *x)
{
    kg_extraction *e = x->out;
    key_index ix = {0};
    size_t nbuckets = 64;
    while (nbuckets < 2 * (e->n_entities + e->n_mentions))
        nbuckets *= 2;
    kx_hash_chain_init(&ix.keys, nbuckets);
    for (size_t k = 0; k < e->n_entities; k++)
        key_index_entity(&ix, x, k);
    /* the notes of each mention in the order they were taken: notes note_order[note_start[i]
     * .. note_start[i + 1]) are mention i's (a counting sort, stable) */
    size_t *note_start = kg_xcalloc(e->n_mentions + 2, sizeof *note_start);
    size_t *note_order = kg_xmalloc((x->n_notes + 1) * sizeof *note_order);
    for (size_t k = 0; k < x->n_notes; k++)
        if (x->notes[k].mention < e->n_mentions)
            note_start[x->notes[k].mention + 2]++;
    for (size_t i = 2; i < e->n_mentions + 2; i++)
        note_start[i] += note_start[i - 1];
    for (size_t k = 0; k < x->n_notes; k++)
        if (x->notes[k].mention < e->n_mentions)
            note_order[note_start[x->notes[k].mention + 1]++] = k;
    for (size_t i = 0; i < e->n_mentions; i++) {
        kg_x_mention *m = &e->mentions[i];
        if (m->entity != (size_t)-1)
            continue;
        size_t len;
        const char *s = mention_text(x, m, &len);
        const kg_place *geo = i < x->cap_mention_place ? x->mention_place[i] : NULL;
        /* gazetteer places meet under their canonical name: "Kyrgyz Republic" = "Kyrgyzstan" */
        char *key = geo && geo->canonical ? kg_normalize_key(geo->canonical, strlen(geo->canonical))
                                          : kg_normalize_key(s, len);
        size_t found = (size_t)-1;
        /* an acronym may name a party as well as an organisation: "SPDK" */
        int acronym = kx_is_allcaps(x, m->tok_start) && m->tok_end == m->tok_start + 1;
        /* the first entity (by index) of a compatible type that has the key: the smallest
         * entity of each compatible type with the key's hash, when it has the key (else, a
         * hash shared by another key, the entities of the hash one by one) */
        uint64_t h = kg_strhash(key, strlen(key));
        static const kg_entity_type bodies[] = {KG_ORGANISATION, KG_PARTY};
        int sure = 1;
        for (int c = 0;
             c < (acronym && (m->type == KG_PARTY || m->type == KG_ORGANISATION) ? 2 : 1); c++) {
            kg_entity_type t = acronym && (m->type == KG_PARTY || m->type == KG_ORGANISATION)
                                   ? bodies[c]
                                   : m->type;
            size_t k = min_get(&ix, h, t);
            if (k == (size_t)-1)
                continue;
            if (e->entities[k].type != t || !kx_entity_has_key(x, k, key))
                sure = 0;
            else if (found == (size_t)-1 || k < found)
                found = k;
        }
        for (size_t en = sure ? 0 : kx_hash_chain_bucket(&ix.keys, h); en;
             en = ix.keys.entries[en - 1].next) {
            size_t k = ix.keys.entries[en - 1].value;
            if (ix.keys.entries[en - 1].hash != h || (found != (size_t)-1 && k >= found))
                continue;
            kg_entity_type t = e->entities[k].type;
            int compatible = t == m->type || (acronym && (t == KG_PARTY || t == KG_ORGANISATION) &&
                                              (m->type == KG_PARTY || m->type == KG_ORGANISATION));
            if (compatible && kx_entity_has_key(x, k, key))
                found = k;
        }
        if (found == (size_t)-1) {
            found = kx_add_entity(x, s, len, m->type);
            if (geo) {
                e->entities[found].geo = geo;
                free(e->entities[found].key);
                e->entities[found].key = kg_xstrdup(key);
            }
        } else {
            kg_x_entity *en = &e->entities[found];
            /* a place is labelled by its gazetteer name when the text uses it */
            if (geo && geo->canonical && strlen(geo->canonical) == len &&
                memcmp(geo->canonical, s, len) == 0 && strcmp(en->name, geo->canonical) != 0) {
                kx_add_alias(x, found, en->name, strlen(en->name), "gazetteer variant");
                free(en->name);
                en->name = kg_xstrndup(s, len);
            } else {
                kx_add_alias(x, found, s, len, geo ? "gazetteer variant" : "spelling variant");
            }
        }
        if (m->sentence < e->entities[found].first_sentence)
            e->entities[found].first_sentence = m->sentence;
        m->entity = found;
        m->type = e->entities[found].type;
        free(key);
        /* aliases noted for this mention count for the mentions after it */
        for (size_t k = note_start[i]; k < note_start[i + 1]; k++) {
            const kx_note *n = &x->notes[note_order[k]];
            kx_add_alias(x, found, x->t->text + n->start, n->end - n->start, n->reason);
        }
        key_index_entity(&ix, x, found);
    }
    kx_hash_chain_free(&ix.keys);
    free(ix.indexed);
    free(ix.min);
    free(note_start);
    free(note_order);
    for (size_t i = 0; i < x->n_parts; i++) {
        const kx_part *p = &x->parts[i];
        size_t part = e->mentions[p->part].entity, whole = e->mentions[p->whole].entity;
        size_t a = x->t->tokens[p->chain_start].start, b = x->t->tokens[p->chain_end - 1].end;
        kx_add_alias(x, part, x->t->text + a, b - a, "with its parent");
        kx_add_relation(x, part, whole, KG_AFFILIATED_WITH, e->mentions[p->part].sentence);
    }
}

int kx_names_body_within(const kx *x, const char *outer, const char *inner)
{
    size_t lo = strlen(outer), li = strlen(inner);
    if (li == 0 || lo <= li)
        return 0;
    /* "Senate of Oliy Majlis", "Parliamentary Assembly of the Council of Europe" */
    if (strcasecmp(outer + lo - li, inner) == 0 && outer[lo - li - 1] == ' ') {
        size_t before = lo - li - 1;
        if ((before >= 3 && strncasecmp(outer + before - 3, " of", 3) == 0) ||
            (before >= 7 && strncasecmp(outer + before - 7, " of the", 7) == 0))
            return 1;
    }
    if (strncasecmp(outer, inner, li) != 0)
        return 0;
    const char *w = outer + li;
    /* "DFID's Central Asia Team" */
    if ((strncmp(w, "'s ", 3) == 0 || strncmp(w, "\xe2\x80\x99s ", 5) == 0))
        return 1;
    if (*w != ' ')
        return 0;
    /* "African Union Commission", "United Nations Security Council", "OSCE Office in X": a
     * capitalised organisation head before any lower-case word */
    while (*w == ' ') {
        w++;
        size_t n = strcspn(w, " ");
        if (!(*w >= 'A' && *w <= 'Z'))
            return 0;
        if (kg_lexicon_has(x->lx, KG_LIST_ORG_HEADS, w, n))
            return 1;
        w += n;
    }
    return 0;
}

/* Whether s[0..n) has a digit: a number is no spelling ("District 8", "Velm12"). */
int kx_key_has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* Places of one document whose keys differ by one letter are one place spelt two ways
 * ("Syrdarya region" / "Sirdaryo region"): long names only, never two different gazetteer
 * places. */
static void merge_place_spellings(kx *x)
{
    kg_extraction *e = x->out;
    /* each place meets the places whose keys share a one-deletion form with its key */
    kx_name_forms *ix = kx_name_forms_new(KX_FORMS_SPELLING);
    for (size_t a = 0; a < e->n_entities; a++)
        if (e->entities[a].type == KG_PLACE && strlen(e->entities[a].key) >= 7)
            kx_name_forms_add(ix, x, a);
    for (size_t a = 0; a < e->n_entities; a++) {
        if (e->entities[a].type != KG_PLACE || strlen(e->entities[a].key) < 7)
            continue;
        size_t n, *cand = kx_name_forms_candidates(ix, x, a, &n);
        for (size_t c = 0; c < n; c++) {
            size_t b = cand[c];
            kg_x_entity *ea = &e->entities[a], *eb = &e->entities[b];
            if (b <= a || ea->type != KG_PLACE || eb->type != KG_PLACE)
                continue;
            size_t la = strlen(ea->key), lb = strlen(eb->key);
            if (la < 7 || la != lb || kx_word_count(ea->key) != kx_word_count(eb->key) ||
                (ea->geo && eb->geo && ea->geo != eb->geo) || kx_key_has_digit(ea->key, la) ||
                kx_key_has_digit(eb->key, lb) || kg_normalize_distance(ea->key, eb->key, 1) != 1)
                continue;
            char *key = kg_xstrdup(ea->key);
            kx_merge_entity(x, b, a, "spelling variant");
            kx_name_forms_add(ix, x, a);
            if (strcmp(key, e->entities[a].key) != 0) { /* a took b's name: its forms anew */
                free(cand);
                cand = kx_name_forms_candidates(ix, x, a, &n);
                c = (size_t)-1;
                while (c + 1 < n && cand[c + 1] <= b)
                    c++;
            }
            free(key);
        }
        free(cand);
    }
    kx_name_forms_free(ix);
}

/* Whether party key b names the persuasion of the plural a ("conservatives", "social
 * democrats"): a word of b begins with a's last word less its "s" and is followed by
 * "party" or "workers" ("conservative party", "spanish socialist workers party", "democratic
 * party"), and a's other words are b's too ("social democrats" is no "liberal democratic
 * party", nor "liberals" one). */
static int persuasion_of(const char *b, const char *a)
{
    const char *last = strrchr(a, ' ');
    last = last ? last + 1 : a;
    size_t n = strlen(last) - 1;
    int found = 0;
    for (const char *w = b; w && !found; w = strchr(w + 1, ' ')) {
        if (*w == ' ')
            w++;
        const char *next = strchr(w, ' ');
        found = strncmp(w, last, n) == 0 && next &&
                (strncmp(next + 1, "parti", 5) == 0 || strncmp(next + 1, "party", 5) == 0 ||
                 strncmp(next + 1, "workers", 7) == 0); /* keys fold y to i */
    }
    for (const char *w = a; found && w < last; w = strchr(w, ' ') + 1) {
        size_t wl = strcspn(w, " ");
        int in_b = 0;
        for (const char *v = b; v && !in_b; v = strchr(v + 1, ' ')) {
            if (*v == ' ')
                v++;
            in_b = strncmp(v, w, wl) == 0 && (v[wl] == ' ' || v[wl] == 0);
        }
        found = in_b;
    }
    return found;
}

/* Merges a party named by its persuasion in the plural ("the Conservatives", "the
 * Socialists", "the Social Democrats") into the only other party of the document whose name
 * holds the word in the singular before "Party" or "Workers" and the plural's other words
 * ("Conservative Party", "Spanish Socialist Workers' Party"). */
typedef struct persuasion_query {
    const kx *x;
    size_t a, owner, last_seen;
    int owners;
} persuasion_query;

static int count_persuasion_owner(void *ctx, size_t b)
{
    persuasion_query *q = ctx;
    const kg_extraction *e = q->x->out;
    const char *k = e->entities[q->a].key;
    if (b == q->last_seen) /* one party's word indexed twice */
        return 0;
    if (b != q->a && e->entities[b].type == KG_PARTY && strlen(e->entities[b].key) > strlen(k) &&
        persuasion_of(e->entities[b].key, k)) {
        if (q->owners && q->owner == b)
            return 0;
        q->owner = b;
        q->owners++;
    }
    q->last_seen = b;
    return q->owners >= 2;
}

static void merge_persuasions(kx *x)
{
    kg_extraction *e = x->out;
    /* the parties by the words before their "party" (kx_name_forms 'W'): a plural meets the
     * parties whose such word opens with its singular */
    kx_name_forms *ix = kx_name_forms_new(KX_FORMS_BODY);
    for (size_t b = 0; b < e->n_entities; b++)
        if (e->entities[b].type == KG_PARTY)
            kx_name_forms_add(ix, x, b);
    for (size_t a = 0; a < e->n_entities; a++) {
        const char *k = e->entities[a].key, *last = strrchr(k, ' ');
        last = last ? last + 1 : k;
        size_t n = strlen(last);
        if (e->entities[a].type != KG_PARTY || kx_word_count(k) > 3 || n < 6 || last[n - 1] != 's')
            continue;
        persuasion_query q = {x, a, 0, (size_t)-1, 0};
        kx_name_forms_each(ix, 'W', last, n - 1, count_persuasion_owner, &q);
        if (q.owners == 1) {
            kx_merge_entity(x, a, q.owner, "persuasion of a party");
            kx_name_forms_add(ix, x, q.owner);
        }
    }
    kx_name_forms_free(ix);
}

/* "the U.S. Commission on Security and Cooperation in Europe (Helsinki Commission)": a
 * body's name in parentheses right after another body's name is its other name. */
static void merge_parenthesised_names(kx *x)
{
    kg_extraction *e = x->out;
    for (size_t i = 0; i < e->n_mentions; i++) {
        const kg_x_mention *m = &e->mentions[i];
        if ((m->type != KG_ORGANISATION && m->type != KG_PARTY) || m->entity == (size_t)-1 ||
            !kx_is(x, m->tok_end, "("))
            continue;
        size_t in = x->label[m->tok_end + 1];
        if (!in || m->tok_end + 1 >= x->n)
            continue;
        const kg_x_mention *p = &e->mentions[in - 1];
        if (p->type != m->type || p->tok_start != m->tok_end + 1 || !kx_is(x, p->tok_end, ")") ||
            p->entity == (size_t)-1 || p->entity == m->entity ||
            e->entities[p->entity].type != m->type || e->entities[m->entity].type != m->type)
            continue;
        kx_merge_entity(x, p->entity, m->entity, "name in parentheses");
    }
}

/* The mention of an organisation or party that starts at token i, or NULL. */
static const kg_x_mention *body_at(const kx *x, size_t i)
{
    if (i >= x->n || !x->label[i])
        return NULL;
    const kg_x_mention *m = &x->out->mentions[x->label[i] - 1];
    return m->tok_start == i && (m->type == KG_ORGANISATION || m->type == KG_PARTY) &&
                   m->entity != (size_t)-1
               ? m
               : NULL;
}

/* Whether a mention of type a and one of type b may be one body: the same type, or a party
 * and an organisation ("the Civic Front, also known as the Alliance for Change": the party's
 * cue is the surer). */
static int body_types_agree(kg_entity_type a, kg_entity_type b)
{
    return a == b || (a == KG_PARTY && b == KG_ORGANISATION) ||
           (a == KG_ORGANISATION && b == KG_PARTY);
}

/* Merges entity from into entity into, as merge_entity does; a party and an organisation
 * become one party, mentions and all. */
static void merge_bodies(kx *x, size_t from, size_t into, const char *reason)
{
    kg_extraction *e = x->out;
    int party = e->entities[from].type == KG_PARTY || e->entities[into].type == KG_PARTY;
    kx_merge_entity(x, from, into, reason);
    if (!party)
        return;
    e->entities[into].type = KG_PARTY;
    kx_set_mentions_type(x, into, KG_PARTY);
}

/* "the legislature, known as the Jogorku Kenesh, or Supreme Council", "the Front, also known
 * as Alliance X": the names that "known as" sets side by side are one body's. */
static void merge_known_as(kx *x)
{
    kg_extraction *e = x->out;
    /* per entity: it is already the other name of a body ("X, also known as A"); a name that
     * the text gives as the other name of a second body ("Y, also known as A") names neither
     * for sure, and merging on would pile every such body into one */
    unsigned char *named_other = kg_xcalloc(e->n_entities + 1, 1);
    for (size_t i = 2; i + 1 < x->n; i++) {
        if (!kx_is(x, i - 1, "as") || !kx_is(x, i - 2, "known"))
            continue;
        size_t k = kx_is(x, i, "the") ? i + 1 : i;
        const kg_x_mention *m = body_at(x, k);
        if (!m || !kx_same_sentence(x, i - 2, k))
            continue;
        /* "known as A, or B": B is A's other name */
        size_t j = m->tok_end;
        if (kx_is(x, j, ","))
            j++;
        if (kx_is(x, j, "or")) {
            j += kx_is(x, j + 1, "the") ? 2 : 1;
            const kg_x_mention *o = body_at(x, j);
            if (o && o->type == m->type && o->entity != m->entity &&
                e->entities[o->entity].type == m->type && e->entities[m->entity].type == m->type)
                kx_merge_entity(x, o->entity, m->entity, "known as");
        }
        /* "X, known as A", "X, also known as A": A is X's other name */
        size_t c = i - 2;
        if (c > 0 && kx_is(x, c - 1, "also"))
            c--;
        if (c < 2 || !kx_is(x, c - 1, ",") || !x->label[c - 2])
            continue;
        const kg_x_mention *b = &e->mentions[x->label[c - 2] - 1];
        if (b->tok_end == c - 1 && body_types_agree(b->type, m->type) && b->entity != (size_t)-1 &&
            b->entity != m->entity && e->entities[b->entity].type == b->type &&
            e->entities[m->entity].type == m->type && !named_other[m->entity]) {
            size_t into = b->entity;
            merge_bodies(x, m->entity, into, "known as");
            named_other[into] = 1;
        }
    }
    free(named_other);
}

/* Whether more than half of the letters of the acronym at token acr begin words of the name
 * [a, b), in any order: "Revolutionary Armed Forces of Colombia" covers FARC (its Spanish
 * order), "Collective Security Treaty Organisation" does not cover NATO. */
static int initials_cover_acronym(const kx *x, size_t a, size_t b, size_t acr)
{
    size_t len, hits = 0;
    const char *w = kx_tok(x, acr, &len);
    for (size_t c = 0; c < len; c++) {
        int hit = 0;
        for (size_t k = a; k < b && !hit; k++) {
            size_t wl;
            const char *t = kx_tok(x, k, &wl);
            hit = wl > 0 && (t[0] == w[c] || t[0] == w[c] + 32);
        }
        hits += (size_t)hit;
    }
    return hits * 2 > len;
}

/* "the Revolutionary Armed Forces of Colombia, or FARC, guerrillas", "the National Union,
 * or UNA)": an acronym set off after a body's name by ", or" is that body's short name, even
 * when its letters spell the name in another language, as long as most of them begin its
 * words. Both sides must be bodies the text names, and the acronym stands alone between
 * commas, or before a full stop or a closing bracket. */
static void merge_or_acronyms(kx *x)
{
    kg_extraction *e = x->out;
    for (size_t i = 1; i + 2 < x->n; i++) {
        if (!kx_is(x, i, ",") || !kx_is(x, i + 1, "or") || !x->label[i - 1])
            continue;
        const kg_x_mention *b = &e->mentions[x->label[i - 1] - 1];
        const kg_x_mention *a = body_at(x, i + 2);
        if (!a || b->tok_end != i || a->tok_end != i + 3 || !kx_is_allcaps(x, i + 2) ||
            !kx_same_sentence(x, i, i + 3) ||
            !(kx_is(x, i + 3, ",") || kx_is(x, i + 3, ".") || kx_is(x, i + 3, ")")))
            continue;
        if ((b->type != KG_ORGANISATION && b->type != KG_PARTY) || b->entity == (size_t)-1 ||
            b->entity == a->entity || b->tok_end - b->tok_start < 2 ||
            !initials_cover_acronym(x, b->tok_start, b->tok_end, i + 2) ||
            !body_types_agree(b->type, a->type) || e->entities[b->entity].type != b->type ||
            e->entities[a->entity].type != a->type)
            continue;
        merge_bodies(x, a->entity, b->entity, "acronym");
    }
}

/* Merges people whose names differ only by a spelling variant of the surname
 * ("Alpanbayeva"/"Alpanbaeva" already share a key) and organisations whose shorter name
 * is a word prefix of a longer one or its acronym. */
static void merge_variants(kx *x)
{
    merge_place_spellings(x);
    kx_merge_person_variants(x);
    merge_persuasions(x);
    merge_parenthesised_names(x);
    merge_known_as(x);
    merge_or_acronyms(x);
    kx_merge_body_variants(x);
}

void kx_group_entities(kx *x)
{
    group_mentions(x);
    kx_merge_batch_begin(x);
    merge_variants(x);
    kx_merge_batch_end(x);
}
