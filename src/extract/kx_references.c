/* kx_references: references to the document's entities that no finder proposed (a pass after
 * grouping, kx_resolve_doc.c, and before events).
 *
 * Reads: the entities and their keys, the free tokens, the gazetteer.
 * Adds:  mentions, joined to their entity, for free capitalised words that repeat an entity
 *        ("Tokayev" after "Kassym-Jomart Tokayev", a given name alone), the country's
 *        lower-case "parliament" ("the Kyrgyz parliament"), its lower-case ministries ("the
 *        Kyrgyz interior ministry"), "the President" / "the Head of State", "the ruling
 *        party" where the text names it. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void add_key_words(uint64_t **words, size_t *n, size_t *cap, const char *key)
{
    for (const char *w = key; *w;) {
        size_t len = strcspn(w, " ");
        if (len) {
            KG_GROW(*words, *cap, *n + 1);
            (*words)[(*n)++] = kg_strhash(w, len);
        }
        w += len;
        while (*w == ' ')
            w++;
    }
}

/* The hashes of every word of every live entity's key and alias keys, sorted: a run whose
 * key's first word is not among them can match no entity (same name, surname or given
 * name), so most runs of a long document skip the scan of all entities. The set stays
 * valid while repeats are found: the aliases they add are words already in it. Returned
 * array owned by the caller. */
static uint64_t *entity_words(const kx *x, size_t *n)
{
    uint64_t *words = NULL;
    size_t cap = 0;
    *n = 0;
    for (size_t k = 0; k < x->out->n_entities; k++) {
        const kg_x_entity *en = &x->out->entities[k];
        if (en->type == KG_ENTITY_TYPE_COUNT || en->type == KG_EVENT)
            continue;
        add_key_words(&words, n, &cap, en->key);
        for (size_t a = 0; a < en->n_aliases; a++)
            add_key_words(&words, n, &cap, en->aliases[a].key);
    }
    if (*n)
        qsort(words, *n, sizeof *words, kg_cmp_u64);
    return words;
}

/* What a key names, for find_repeats: an entity by its name or an alias (EXACT), a
 * person by the last words of their name (SURNAME) or the first (GIVEN). */
enum {
    EXACT,
    SURNAME,
    GIVEN
};

typedef struct key_entry {
    const char *key; /* borrowed from the entity, or owned_key */
    char *owned_key; /* a part of a person's key, or a copy: freed with the index */
    size_t entity;
    int kind;
    size_t next; /* entry index + 1 in the same bucket, 0 at the end */
} key_entry;

typedef struct key_index {
    size_t *bucket;   /* entry index + 1, 0 when empty */
    size_t n_buckets; /* a power of two */
    key_entry *entries;
    size_t n, cap;
} key_index;

/* Adds key (borrowed) or owned (taken over, when key is NULL) under entity. */
static void index_add(key_index *ix, const char *key, char *owned, size_t entity, int kind)
{
    KG_GROW(ix->entries, ix->cap, ix->n + 1);
    if (!key)
        key = owned;
    size_t b = (size_t)kg_strhash(key, strlen(key)) & (ix->n_buckets - 1);
    ix->entries[ix->n] = (key_entry){key, owned, entity, kind, ix->bucket[b]};
    ix->bucket[b] = ++ix->n;
}

/* The keys under which find_repeats finds the document's entities: every live entity's key
 * and alias keys; every person's of two words or more, the word-bounded ends and starts of
 * their key. Free with key_index_free. */
static key_index key_index_build(const kx *x)
{
    const kg_extraction *e = x->out;
    key_index ix = {0};
    ix.n_buckets = 64;
    while (ix.n_buckets < 4 * (e->n_entities + 1))
        ix.n_buckets *= 2;
    ix.bucket = kg_xcalloc(ix.n_buckets, sizeof *ix.bucket);
    for (size_t k = 0; k < e->n_entities; k++) {
        const kg_x_entity *en = &e->entities[k];
        if (en->type == KG_ENTITY_TYPE_COUNT || en->type == KG_EVENT)
            continue;
        index_add(&ix, en->key, NULL, k, EXACT);
        for (size_t a = 0; a < en->n_aliases; a++)
            index_add(&ix, en->aliases[a].key, NULL, k, EXACT);
        if (en->type != KG_PERSON || kx_word_count(en->key) < 2)
            continue;
        /* "robert o blake jr": the ends before the suffix ("blake"), and with it, but never
         * the suffix alone */
        const char *last = strrchr(en->key, ' ');
        size_t base = last && kx_is_generational_key(last + 1, strlen(last + 1))
                          ? (size_t)(last - en->key)
                          : strlen(en->key);
        for (const char *sp = strchr(en->key, ' '); sp; sp = strchr(sp + 1, ' ')) {
            size_t at = (size_t)(sp - en->key) + 1;
            if (at < base)
                index_add(&ix, NULL, kg_xstrndup(sp + 1, base - at), k, SURNAME);
            if (at < base && base < strlen(en->key))
                index_add(&ix, NULL, kg_xstrdup(sp + 1), k, SURNAME);
            index_add(&ix, NULL, kg_xstrndup(en->key, (size_t)(sp - en->key)), k, GIVEN);
        }
    }
    return ix;
}

static void key_index_free(key_index *ix)
{
    for (size_t i = 0; i < ix->n; i++)
        free(ix->entries[i].owned_key);
    free(ix->entries);
    free(ix->bucket);
}

/* The one entity key names, or (size_t)-1 when none or several do; *reason says how. A
 * surname or a given name counts only for a one-word name (single), a given name only where
 * it may be one. */
static size_t entity_named_by(const key_index *ix, const char *key, int single, int may_be_given,
                              const char **reason)
{
    static const char *const why[] = {"same name", "surname in the same document",
                                      "given name in the same document"};
    size_t hit = (size_t)-1;
    int hit_kind = GIVEN + 1;
    size_t b = (size_t)kg_strhash(key, strlen(key)) & (ix->n_buckets - 1);
    for (size_t i = ix->bucket[b]; i; i = ix->entries[i - 1].next) {
        const key_entry *en = &ix->entries[i - 1];
        if (strcmp(en->key, key) != 0 || (en->kind == SURNAME && !single) ||
            (en->kind == GIVEN && !may_be_given))
            continue;
        if (hit != (size_t)-1 && hit != en->entity)
            return (size_t)-1; /* a second entity: the name is ambiguous */
        hit = en->entity;
        if (en->kind < hit_kind)
            hit_kind = en->kind;
    }
    if (hit != (size_t)-1)
        *reason = why[hit_kind];
    return hit;
}

/* Finds free capitalised words that repeat a known entity: a person's surname or given
 * name when only one person in the document has it, a party's or organisation's name. */
static void find_repeats(kx *x)
{
    kg_extraction *e = x->out;
    size_t n_words;
    uint64_t *words = entity_words(x, &n_words);
    key_index ix = key_index_build(x);
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i))
            continue;
        size_t b = i;
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        for (size_t end = b; end > i; end--) {
            const kg_token *ta = &x->t->tokens[i], *tb = &x->t->tokens[end - 1];
            char *key = kg_normalize_key(x->t->text + ta->start, tb->end - ta->start);
            const char *reason = "same name";
            int may_be_given =
                end == i + 1 && !(kx_is_sentence_start(x, i) && kx_is_common_cap(x, i));
            uint64_t first = kg_strhash(key, strcspn(key, " "));
            int known = n_words && bsearch(&first, words, n_words, sizeof *words, kg_cmp_u64);
            size_t hit =
                known ? entity_named_by(&ix, key, end == i + 1, may_be_given, &reason) : (size_t)-1;
            if (hit != (size_t)-1) {
                size_t m = kx_add_mention(x, i, end, e->entities[hit].type);
                e->mentions[m].entity = hit;
                size_t len = tb->end - ta->start;
                size_t before = e->entities[hit].n_aliases;
                kx_add_alias(x, hit, x->t->text + ta->start, len, reason);
                /* the new alias names the entity from now on */
                if (e->entities[hit].n_aliases > before) {
                    index_add(&ix, NULL, kg_xstrdup(e->entities[hit].aliases[before].key), hit,
                              EXACT);
                }
                free(key);
                i = end - 1;
                break;
            }
            free(key);
        }
    }
    key_index_free(&ix);
    free(words);
}

/* Whether token i is the lower-case word for a parliament not yet in a name. */
static int is_common_parliament_word(const kx *x, size_t i)
{
    return (kx_is(x, i, "parliament") || kx_is(x, i, "legislature")) && !x->label[i];
}

/* Whether the free token before i is a demonym: "Kyrgyz" in "the Kyrgyz parliament". */
static int demonym_before(const kx *x, size_t i)
{
    return i > 0 && !x->label[i - 1] && kx_is_demonym(x, i - 1);
}

/* A parliament the document names, and the country its name gives (NULL when none). */
typedef struct parliament {
    size_t entity;
    const char *country;
} parliament;

/* The parliament among ps[0, n) of the given country, or (size_t)-1. */
static size_t parliament_of(const parliament *ps, size_t n, const char *country)
{
    for (size_t k = 0; k < n; k++)
        if (ps[k].country && strcmp(ps[k].country, country) == 0)
            return ps[k].entity;
    return (size_t)-1;
}

/* The country of the parliament entity among ps[0, n), or NULL. */
static const char *parliament_country(const parliament *ps, size_t n, size_t entity)
{
    for (size_t k = 0; k < n; k++)
        if (ps[k].entity == entity)
            return ps[k].country;
    return NULL;
}

/* Whether the sentence of token i names, before i, a country other than country. */
static int other_country_before(const kx *x, size_t i, const char *country)
{
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[i].sentence];
    for (size_t t = sen->first_token; t < i; t++) {
        if (!x->label[t])
            continue;
        const kg_x_mention *m = &x->out->mentions[x->label[t] - 1];
        const kg_x_entity *en =
            m->entity < x->out->n_entities ? &x->out->entities[m->entity] : NULL;
        if (m->type == KG_PLACE && en && en->geo && strcmp(en->geo->kind, "country") == 0 &&
            (!country || strcmp(en->geo->canonical, country) != 0))
            return 1;
    }
    return 0;
}

/* "parliament", "the legislature", "the Kyrgyz parliament" written in lower case: a
 * country's parliament, one organisation per country. After a demonym it is that country's
 * ("the Belgian parliament" and "Somalia's parliament" are two); alone, it is the parliament
 * the text named last, else the one its first demonym names; with neither, a bare
 * "parliament" names nothing (the dev sets' annotators made no node of "a new parliament"
 * in a text about one country: 8 of 10 such nodes were false). A document that names its
 * "Parliament ..." in capitals uses the lower-case word generically ("young people come to
 * parliament"). */
static void find_common_parliament(kx *x)
{
    kg_extraction *e = x->out;
    size_t first_demonym = (size_t)-1;
    parliament ps[8];
    size_t n_ps = 0;
    for (size_t k = 0; k < e->n_entities; k++) {
        const kg_x_entity *en = &e->entities[k];
        if (en->type == KG_ORGANISATION &&
            (strcmp(en->key, "parliament") == 0 || strncmp(en->key, "parliament of ", 14) == 0))
            return;
        /* "the Mongolian Parliament ... the parliament", "Somalia's parliament" */
        size_t kl = strlen(en->key);
        if (en->type == KG_ORGANISATION && kl > 11 &&
            strcmp(en->key + kl - 11, " parliament") == 0 && n_ps < 8)
            ps[n_ps++] = (parliament){k, kx_parliament_country(x, en->name)};
    }
    for (size_t i = 1; i < x->n && first_demonym == (size_t)-1; i++)
        if (is_common_parliament_word(x, i) && demonym_before(x, i))
            first_demonym = i - 1;
    size_t last = n_ps == 1 ? ps[0].entity : (size_t)-1;
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i]) { /* a parliament named: the one a bare word after it means */
            size_t ent = e->mentions[x->label[i] - 1].entity;
            for (size_t k = 0; k < n_ps; k++)
                if (ps[k].entity == ent)
                    last = ent;
            continue;
        }
        if (!is_common_parliament_word(x, i))
            continue;
        size_t d = demonym_before(x, i) ? i - 1 : (size_t)-1;
        size_t target = (size_t)-1;
        char *name = NULL;
        const char *of = NULL;
        if (d == (size_t)-1 && last != (size_t)-1) {
            /* not when its sentence names another country first ("In neighbouring Kenya,
             * parliament approved ...") */
            if (other_country_before(x, i, parliament_country(ps, n_ps, last)))
                continue;
            target = last;
        } else {
            size_t dn = d != (size_t)-1 ? d : n_ps == 0 ? first_demonym : (size_t)-1;
            if (dn != (size_t)-1) {
                const kg_token *td = &x->t->tokens[dn];
                name = kg_xasprintf("%.*s parliament", (int)(td->end - td->start),
                                    x->t->text + td->start);
                of = kx_parliament_country(x, name);
                target = of ? parliament_of(ps, n_ps, of) : (size_t)-1;
            }
        }
        if (target == (size_t)-1 && name) {
            target = kx_add_entity(x, name, strlen(name), KG_ORGANISATION);
            if (n_ps < 8)
                ps[n_ps++] = (parliament){target, of};
        }
        free(name);
        if (target == (size_t)-1)
            continue;
        last = target;
        size_t a = d != (size_t)-1 ? d : i;
        size_t m = kx_add_mention(x, a, i + 1, KG_ORGANISATION);
        e->mentions[m].entity = target;
        const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[i];
        kx_add_alias(x, target, x->t->text + ta->start, tb->end - ta->start,
                     "the country's parliament");
    }
}

/* "the Kyrgyz interior ministry", "the foreign ministry" written in lower case: the
 * country's ministry of that portfolio, one organisation, named as the text first writes it
 * ("Kyrgyz interior ministry"); a later "the interior ministry" is the same one. A bare
 * "the ministry" names nothing. */
static void find_common_ministries(kx *x)
{
    static const char *const portfolios[] = {
        "interior", "foreign",     "defence",   "defense",   "justice", "finance",
        "health",   "education",   "economy",   "energy",    "culture", "agriculture",
        "labour",   "emergencies", "emergency", "transport", NULL};
    kg_extraction *e = x->out;
    for (size_t i = 1; i < x->n; i++) {
        if (!kx_is(x, i, "ministry") || x->label[i] || x->label[i - 1] ||
            !kx_is_any(x, i - 1, portfolios))
            continue;
        size_t a = demonym_before(x, i - 1) ? i - 2 : i - 1;
        const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[i], *tp = &x->t->tokens[i - 1];
        const char *text = x->t->text + ta->start;
        size_t len = tb->end - ta->start;
        /* the portfolio's ministry, named with a demonym or not: "interior ministry" */
        /* with a demonym, only the same demonym's: "the Russian foreign ministry" is not
         * "the Kazakh foreign ministry" */
        char *bare = a < i - 1 ? kg_normalize_key(text, len)
                               : kg_normalize_key(x->t->text + tp->start, tb->end - tp->start);
        size_t bl = strlen(bare), found = (size_t)-1;
        for (size_t k = 0; k < e->n_entities && found == (size_t)-1; k++) {
            const kg_x_entity *en = &e->entities[k];
            size_t kl = strlen(en->key);
            if (en->type == KG_ORGANISATION && kl >= bl && strcmp(en->key + kl - bl, bare) == 0 &&
                (kl == bl || en->key[kl - bl - 1] == ' '))
                found = k;
        }
        free(bare);
        if (found == (size_t)-1)
            found = kx_add_entity(x, text, len, KG_ORGANISATION);
        else
            kx_add_alias(x, found, text, len, "the country's ministry");
        size_t m = kx_add_mention(x, a, i + 1, KG_ORGANISATION);
        e->mentions[m].entity = found;
        i++;
    }
}

/* "the President" / "the Head of State": the one person the document titles President. */
static void find_head_of_state(kx *x)
{
    kg_extraction *e = x->out;
    size_t president = (size_t)-1;
    int count = 0;
    for (size_t i = 0; i < e->n_mentions; i++) {
        const kg_x_mention *m = &e->mentions[i];
        if (m->type == KG_PERSON && m->tok_start > 0 && kx_is(x, m->tok_start - 1, "President") &&
            president != m->entity) {
            president = m->entity;
            count++;
        }
    }
    if (count != 1)
        return;
    for (size_t i = 0; i + 2 < x->n; i++) {
        size_t a = i, b = 0;
        if (kx_is(x, i, "Head") && kx_is(x, i + 1, "of") && kx_is(x, i + 2, "State"))
            b = i + 3;
        else if (kx_is(x, i, "President") && i > 0 && kx_is_ci(x, i - 1, "the") &&
                 !kx_is(x, i + 1, "of") && !kx_is_cap(x, i + 1))
            b = i + 1;
        if (!b || !kx_free_span(x, a, b))
            continue;
        size_t m = kx_add_mention(x, a, b, KG_PERSON);
        e->mentions[m].entity = president;
        kx_add_alias(x, president, x->t->text + x->t->tokens[a].start,
                     x->t->tokens[b - 1].end - x->t->tokens[a].start, "title reference");
    }
}

static const char *const ruling[] = {"ruling", "governing", NULL};

/* The one party the text calls the ruling (or governing) one: "the ruling MMD", "the ruling
 * party, the MMD", "the MMD, the ruling party"; (size_t)-1 when none or several. */
static size_t ruling_party(const kx *x)
{
    const kg_extraction *e = x->out;
    size_t found = (size_t)-1;
    for (size_t i = 0; i < e->n_mentions; i++) {
        const kg_x_mention *m = &e->mentions[i];
        if (m->type != KG_PARTY || m->entity == (size_t)-1)
            continue;
        size_t a = m->tok_start, b = m->tok_end;
        /* "the former ruling X" is no longer the ruling one */
        if (a > 1 && kx_is_any(x, a - 1, ruling) && kx_is_ci(x, a - 2, "former"))
            continue;
        size_t d = a > 0 && kx_is_ci(x, a - 1, "the") ? a - 1 : a; /* "party, the MMD" */
        int named = (a > 0 && kx_is_any(x, a - 1, ruling) && kx_same_sentence(x, a - 1, a)) ||
                    (d >= 3 && kx_is(x, d - 1, ",") && kx_is(x, d - 2, "party") &&
                     kx_is_any(x, d - 3, ruling) && kx_same_sentence(x, d - 3, a)) ||
                    (kx_is(x, b, ",") && kx_is_ci(x, b + 1, "the") && kx_is_any(x, b + 2, ruling) &&
                     kx_is(x, b + 3, "party") && kx_same_sentence(x, a, b + 3));
        if (!named)
            continue;
        if (found != (size_t)-1 && found != m->entity)
            return (size_t)-1;
        found = m->entity;
    }
    return found;
}

/* "the ruling party" in lower case, where the text names the ruling party elsewhere ("the
 * ruling party, led by President X" ... "the ruling party, the MMD"): a mention of that
 * party, so that what the text says of it ("led by X") reaches it. */
static void find_ruling_party(kx *x)
{
    size_t party = ruling_party(x);
    if (party == (size_t)-1)
        return;
    for (size_t i = 0; i + 1 < x->n; i++) {
        if (!kx_is_any(x, i, ruling) || !kx_is(x, i + 1, "party") || !kx_free_span(x, i, i + 2) ||
            !kx_same_sentence(x, i, i + 1))
            continue;
        /* "the former ruling party": another party than the one the text calls ruling */
        if (i > 0 && kx_same_sentence(x, i - 1, i) &&
            (kx_is_ci(x, i - 1, "former") || kx_is_ci(x, i - 1, "ex") ||
             kx_is_ci(x, i - 1, "previous")))
            continue;
        size_t m = kx_add_mention(x, i, i + 2, KG_PARTY);
        x->out->mentions[m].entity = party;
        i++;
    }
}

void kx_find_references(kx *x)
{
    find_repeats(x);
    find_common_parliament(x);
    find_common_ministries(x);
    find_head_of_state(x);
    find_ruling_party(x);
}
