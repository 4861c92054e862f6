/* kg_extract: runs the passes over one document and groups its mentions into entities:
 * identical or transliteration-equal names, surname-only and short forms, acronyms and
 * their expansions. Every alias records why it was merged. */
#include "kg_extract.h"

#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"

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
    return kg_xasprintf("meeting|%s|with|%s", d->date ? d->date : d->id, person_key);
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

void kx_add_alias(kx *x, size_t entity, const char *text, size_t len, const char *reason)
{
    kg_x_entity *en = &x->out->entities[entity];
    if (len == strlen(en->name) && memcmp(text, en->name, len) == 0)
        return;
    for (size_t i = 0; i < en->n_aliases; i++)
        if (strlen(en->aliases[i].text) == len && memcmp(en->aliases[i].text, text, len) == 0)
            return;
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

static const char *mention_text(const kx *x, const kg_x_mention *m, size_t *len)
{
    *len = m->end - m->start;
    return x->t->text + m->start;
}

static size_t word_count(const char *s)
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

/* Whether key is the last word or words of a longer person key: the surname, which may
 * itself be hyphenated ("sherwood randall" of "elizabeth sherwood randall"). */
static int is_surname_key(const char *person_key, const char *key)
{
    size_t pl = strlen(person_key), kl = strlen(key);
    return kl > 0 && pl > kl + 1 && person_key[pl - kl - 1] == ' ' &&
           strcmp(person_key + pl - kl, key) == 0;
}

static int entity_has_key(const kx *x, size_t e, const char *key)
{
    const kg_x_entity *en = &x->out->entities[e];
    if (strcmp(en->key, key) == 0)
        return 1;
    for (size_t i = 0; i < en->n_aliases; i++)
        if (strcmp(en->aliases[i].key, key) == 0)
            return 1;
    return 0;
}

/* Moves everything of entity `from` into `into` and marks `from` dead. */
static void merge_entity(kx *x, size_t from, size_t into, const char *reason)
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
    for (size_t i = 0; i < e->n_mentions; i++)
        if (e->mentions[i].entity == from)
            e->mentions[i].entity = into;
    for (size_t i = 0; i < e->n_relations; i++) {
        if (e->relations[i].source == from)
            e->relations[i].source = into;
        if (e->relations[i].target == from)
            e->relations[i].target = into;
    }
    if (!b->geo)
        b->geo = a->geo;
    if (a->first_sentence < b->first_sentence)
        b->first_sentence = a->first_sentence;
    a->type = KG_ENTITY_TYPE_COUNT; /* dead */
}

/* Assigns every non-event mention to an entity of the same type and key. */
static void group_mentions(kx *x)
{
    kg_extraction *e = x->out;
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
        for (size_t k = 0; k < e->n_entities && found == (size_t)-1; k++) {
            kg_entity_type t = e->entities[k].type;
            int compatible = t == m->type || (acronym && (t == KG_PARTY || t == KG_ORGANISATION) &&
                                              (m->type == KG_PARTY || m->type == KG_ORGANISATION));
            if (compatible && entity_has_key(x, k, key))
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
        for (size_t k = 0; k < x->n_notes; k++) {
            const kx_note *n = &x->notes[k];
            if (n->mention == i)
                kx_add_alias(x, found, x->t->text + n->start, n->end - n->start, n->reason);
        }
    }
    for (size_t i = 0; i < x->n_parts; i++) {
        const kx_part *p = &x->parts[i];
        size_t part = e->mentions[p->part].entity, whole = e->mentions[p->whole].entity;
        size_t a = x->t->tokens[p->chain_start].start, b = x->t->tokens[p->chain_end - 1].end;
        kx_add_alias(x, part, x->t->text + a, b - a, "with its parent");
        kx_add_relation(x, part, whole, KG_AFFILIATED_WITH, e->mentions[p->part].sentence);
    }
}

/* Whether b is the only other organisation whose key starts with a's key and " of ". */
static int unique_prefix_owner(const kx *x, size_t a, size_t b)
{
    const kg_extraction *e = x->out;
    size_t la = strlen(e->entities[a].key);
    for (size_t k = 0; k < e->n_entities; k++)
        if (k != a && k != b && e->entities[k].type == e->entities[a].type &&
            strncmp(e->entities[k].key, e->entities[a].key, la) == 0 &&
            strncmp(e->entities[k].key + la, " of ", 4) == 0)
            return 0;
    return 1;
}

/* Whether entity e's name ends with an organisation head noun. */
static int head_last(const kx *x, const kg_x_entity *e)
{
    const char *sp = strrchr(e->name, ' ');
    const char *w = sp ? sp + 1 : e->name;
    return kg_lexicon_has(x->lx, KG_LIST_ORG_HEADS, w, strlen(w));
}

/* Whether b is the only other organisation whose key ends with " " + a's key. */
static int unique_suffix_owner(const kx *x, size_t a, size_t b)
{
    const kg_extraction *e = x->out;
    const char *ka = e->entities[a].key;
    size_t la = strlen(ka);
    for (size_t k = 0; k < e->n_entities; k++) {
        const char *kk = e->entities[k].key;
        size_t lk = strlen(kk);
        const char *kb = e->entities[b].key;
        size_t lb = strlen(kb);
        /* "Election Commission" is itself a short form of "Central Election Commission" */
        int family = lb > lk && strcmp(kb + lb - lk, kk) == 0 && kb[lb - lk - 1] == ' ';
        if (k != a && k != b && !family && e->entities[k].type == e->entities[a].type && lk > la &&
            strcmp(kk + lk - la, ka) == 0 && kk[lk - la - 1] == ' ')
            return 0;
    }
    return 1;
}

/* "x ministry" and "ministry of x affairs" / "ministry of x" (keys). */
static int ministry_synonym(const char *a, const char *b)
{
    size_t la = strlen(a);
    if (la <= 9 || strcmp(a + la - 9, " ministri") != 0) /* keys fold y to i */
        return 0;
    char *x = kg_xasprintf("ministri of %.*s", (int)(la - 9), a);
    char *y = kg_xasprintf("ministri of %.*s afairs", (int)(la - 9), a);
    size_t lx = strlen(x), ly = strlen(y);
    /* "Ministry of Foreign Affairs (of Uzbekistan)" */
    int same = (strncmp(b, y, ly) == 0 && (b[ly] == '\0' || b[ly] == ' ')) ||
               (strncmp(b, x, lx) == 0 && (b[lx] == '\0' || strncmp(b + lx, " of ", 4) == 0));
    free(x);
    free(y);
    return same;
}

/* Places of one document whose keys differ by one letter are one place spelt two ways
 * ("Syrdarya region" / "Sirdaryo region"): long names only, never two different gazetteer
 * places. */
static void merge_place_spellings(kx *x)
{
    kg_extraction *e = x->out;
    for (size_t a = 0; a < e->n_entities; a++) {
        for (size_t b = a + 1; b < e->n_entities; b++) {
            kg_x_entity *ea = &e->entities[a], *eb = &e->entities[b];
            if (ea->type != KG_PLACE || eb->type != KG_PLACE)
                continue;
            size_t la = strlen(ea->key), lb = strlen(eb->key);
            if (la < 7 || la != lb || word_count(ea->key) != word_count(eb->key) ||
                (ea->geo && eb->geo && ea->geo != eb->geo) ||
                kg_normalize_distance(ea->key, eb->key, 1) != 1)
                continue;
            merge_entity(x, b, a, "spelling variant");
        }
    }
}

/* Merges a person named by one word ("Secretary Sherman" in a headline, before the text
 * gives her name in full) into the only person of the document with that surname. */
static void merge_surnames(kx *x)
{
    kg_extraction *e = x->out;
    for (size_t a = 0; a < e->n_entities; a++) {
        if (e->entities[a].type != KG_PERSON || word_count(e->entities[a].key) != 1)
            continue;
        size_t owner = (size_t)-1;
        int owners = 0;
        for (size_t b = 0; b < e->n_entities; b++)
            if (b != a && e->entities[b].type == KG_PERSON && word_count(e->entities[b].key) >= 2 &&
                is_surname_key(e->entities[b].key, e->entities[a].key)) {
                owner = b;
                owners++;
            }
        if (owners == 1)
            merge_entity(x, a, owner, "surname in the same document");
    }
}

/* Merges people whose names differ only by a spelling variant of the surname
 * ("Alpanbayeva"/"Alpanbaeva" already share a key) and organisations whose shorter name
 * is a word prefix of a longer one or its acronym. */
static void merge_variants(kx *x)
{
    kg_extraction *e = x->out;
    merge_place_spellings(x);
    merge_surnames(x);
    for (size_t a = 0; a < e->n_entities; a++) {
        kg_x_entity *ea = &e->entities[a];
        if (ea->type != KG_ORGANISATION && ea->type != KG_PARTY)
            continue;
        for (size_t b = 0; b < e->n_entities; b++) {
            kg_x_entity *eb = &e->entities[b];
            if (a == b || eb->type != ea->type || ea->type == KG_ENTITY_TYPE_COUNT)
                continue;
            size_t la = strlen(ea->key), lb = strlen(eb->key);
            /* short form: "Committee on Information Policy" of "Committee on Information
             * Policy, Information Technology, and Communications" */
            if (la < lb && word_count(ea->key) >= 2 && strncmp(eb->key, ea->key, la) == 0 &&
                eb->key[la] == ' ') {
                merge_entity(x, a, b, "short form");
                break;
            }
            /* a bare head noun: "Parliament" of the only "Parliament of the Republic of X" */
            if (la < lb && word_count(ea->key) == 1 && strncmp(eb->key, ea->key, la) == 0 &&
                strncmp(eb->key + la, " of ", 4) == 0 &&
                kg_lexicon_has(x->lx, KG_LIST_ORG_HEADS, ea->name, strlen(ea->name)) &&
                unique_prefix_owner(x, a, b)) {
                merge_entity(x, a, b, "short form");
                break;
            }
            /* "Election Commission", "the Commission" after "Central Election Commission":
             * the end of the only longer name that ends so */
            if (la < lb && strcmp(eb->key + lb - la, ea->key) == 0 && eb->key[lb - la - 1] == ' ' &&
                head_last(x, ea) && unique_suffix_owner(x, a, b)) {
                merge_entity(x, a, b, "short form");
                break;
            }
            /* "Foreign Ministry" = "Ministry of Foreign Affairs" */
            if (ministry_synonym(ea->key, eb->key)) {
                merge_entity(x, a, b, "same ministry");
                break;
            }
            /* acronym: KISI = Kazakhstan Institute for Strategic Studies; ODIHR = OSCE
             * Office of Democratic Institutions and Human Rights (a parent's acronym first) */
            char *acr = kg_normalize_acronym(eb->name, strlen(eb->name));
            int is_acr = strlen(acr) >= 2 && strcmp(acr, ea->name) == 0;
            free(acr);
            /* "CEC" of "Central Election Commission of Kazakhstan": the acronym of the name
             * before what it is of */
            const char *of = strstr(eb->name, " of ");
            if (!is_acr && of && strlen(ea->name) >= 3) {
                acr = kg_normalize_acronym(eb->name, (size_t)(of - eb->name));
                is_acr = strcmp(acr, ea->name) == 0;
                free(acr);
            }
            /* "NSC" of "White House National Security Council": the acronym of the name's
             * last words */
            for (const char *w = strchr(eb->name, ' '); !is_acr && w && strlen(ea->name) >= 3;
                 w = strchr(w + 1, ' ')) {
                acr = kg_normalize_acronym(w + 1, strlen(w + 1));
                is_acr = strcmp(acr, ea->name) == 0;
                free(acr);
            }
            const char *sp = strchr(eb->name, ' ');
            if (!is_acr && sp &&
                strspn(eb->name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == (size_t)(sp - eb->name) &&
                sp - eb->name >= 2) {
                acr = kg_normalize_acronym(sp + 1, strlen(sp + 1));
                is_acr = strlen(acr) >= 3 && strcmp(acr, ea->name) == 0;
                free(acr);
            }
            if (is_acr) {
                merge_entity(x, b, a, "acronym");
                break;
            }
        }
    }
}

/* Finds free capitalised words that repeat a known entity: a person's surname or given
 * name when only one person in the document has it, a party's or organisation's name. */
static void find_repeats(kx *x)
{
    kg_extraction *e = x->out;
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i))
            continue;
        size_t b = i;
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        for (size_t end = b; end > i; end--) {
            const kg_token *ta = &x->t->tokens[i], *tb = &x->t->tokens[end - 1];
            char *key = kg_normalize_key(x->t->text + ta->start, tb->end - ta->start);
            size_t hit = (size_t)-1;
            int hits = 0;
            const char *reason = "same name";
            int may_be_given =
                end == i + 1 && !(kx_is_sentence_start(x, i) && kx_is_common_cap(x, i));
            for (size_t k = 0; k < e->n_entities; k++) {
                kg_x_entity *en = &e->entities[k];
                if (en->type == KG_ENTITY_TYPE_COUNT || en->type == KG_EVENT)
                    continue;
                int match = entity_has_key(x, k, key);
                const char *why = "same name";
                if (!match && en->type == KG_PERSON && end == i + 1 && word_count(en->key) >= 2 &&
                    is_surname_key(en->key, key)) {
                    match = 1;
                    why = "surname in the same document";
                }
                /* a given name alone names the only person in the document who has it */
                size_t kl = strlen(key);
                if (!match && en->type == KG_PERSON && may_be_given && word_count(en->key) >= 2 &&
                    strncmp(en->key, key, kl) == 0 && en->key[kl] == ' ') {
                    match = 1;
                    why = "given name in the same document";
                }
                if (match) {
                    if (hit != k)
                        hits++;
                    hit = k;
                    reason = why;
                }
            }
            free(key);
            if (hits == 1) {
                size_t m = kx_add_mention(x, i, end, e->entities[hit].type);
                e->mentions[m].entity = hit;
                size_t len = tb->end - ta->start;
                kx_add_alias(x, hit, x->t->text + ta->start, len, reason);
                i = end - 1;
                break;
            }
        }
    }
}

/* Whether token i is the lower-case word for a parliament not yet in a name. */
static int is_common_parliament_word(const kx *x, size_t i)
{
    return (kx_is(x, i, "parliament") || kx_is(x, i, "legislature")) && !x->label[i];
}

/* Whether the free token before i is a demonym: "Kyrgyz" in "the Kyrgyz parliament". */
static int demonym_before(const kx *x, size_t i)
{
    return i > 0 && !x->label[i - 1] && kx_in_list(x, i - 1, KG_LIST_DEMONYMS, 0);
}

/* "parliament", "the legislature", "the Kyrgyz parliament" written in lower case: the
 * parliament of the country the document is about, one organisation, called by the demonym
 * the text gives it ("Kyrgyz parliament"), else after the only country the document names
 * ("parliament of Kyrgyzstan"); with neither, a bare "parliament" names nothing. A document
 * that names its "Parliament ..." in capitals uses the lower-case word generically ("young
 * people come to parliament"). */
static void find_common_parliament(kx *x)
{
    kg_extraction *e = x->out;
    size_t found = (size_t)-1, demonym = (size_t)-1, country = (size_t)-1;
    int countries = 0;
    for (size_t k = 0; k < e->n_entities; k++) {
        const kg_x_entity *en = &e->entities[k];
        if (en->type == KG_ORGANISATION &&
            (strcmp(en->key, "parliament") == 0 || strncmp(en->key, "parliament of ", 14) == 0))
            return;
        /* "the Mongolian Parliament ... the parliament" */
        size_t kl = strlen(en->key);
        if (en->type == KG_ORGANISATION && kl > 11 && strcmp(en->key + kl - 11, " parliament") == 0)
            found = k;
        if (en->type == KG_PLACE && en->geo && strcmp(en->geo->kind, "country") == 0) {
            if (country != k)
                countries++;
            country = k;
        }
    }
    for (size_t i = 1; i < x->n && demonym == (size_t)-1; i++)
        if (is_common_parliament_word(x, i) && demonym_before(x, i))
            demonym = i - 1;
    if (found != (size_t)-1)
        demonym = (size_t)-1;
    for (size_t i = 0; i < x->n; i++) {
        if (!is_common_parliament_word(x, i))
            continue;
        if (found == (size_t)-1) {
            char *name =
                demonym != (size_t)-1
                    ? kg_xasprintf("%.*s parliament",
                                   (int)(x->t->tokens[demonym].end - x->t->tokens[demonym].start),
                                   x->t->text + x->t->tokens[demonym].start)
                : countries == 1 ? kg_xasprintf("parliament of %s", e->entities[country].name)
                                 : NULL;
            if (!name)
                return;
            found = kx_add_entity(x, name, strlen(name), KG_ORGANISATION);
            free(name);
        }
        size_t a = demonym_before(x, i) ? i - 1 : i;
        size_t m = kx_add_mention(x, a, i + 1, KG_ORGANISATION);
        e->mentions[m].entity = found;
        const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[i];
        kx_add_alias(x, found, x->t->text + ta->start, tb->end - ta->start,
                     "the country's parliament");
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
        if (r.source == r.target)
            continue;
        int dup = 0;
        for (size_t k = 0; k < rw && !dup; k++)
            dup = e->relations[k].source == r.source && e->relations[k].target == r.target &&
                  e->relations[k].type == r.type && e->relations[k].sentence == r.sentence;
        if (!dup)
            e->relations[rw++] = r;
    }
    e->n_relations = rw;
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
    x.out = e;

    kx_read_structure(&x);
    kx_find_mentions(&x);
    kx_decide_types(&x);
    group_mentions(&x);
    merge_variants(&x);
    kx_drop_bare_heads(&x);
    find_repeats(&x);
    find_common_parliament(&x);
    find_head_of_state(&x);
    kx_find_events(&x);
    kx_find_relations(&x);
    compact(&x);

    free(x.label);
    free(x.notes);
    free(x.parts);
    free(x.mention_place);
    free(x.capital_line);
    free(x.event_title);
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
