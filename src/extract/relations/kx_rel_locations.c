/* kx_rel_locations: located-in.
 *
 * Reads: the event, organisation and place mentions, the gazetteer rows of places.
 * Adds:  located-in relations; the place name of each event it locates; an alias for a
 *        mission named by its city; the place of "X-based" (an entity, made when the
 *        document has none).
 * Patterns:
 * - events, where they are introduced (their first three sentences; the most precise place
 *   wins): "Brussels hosted a briefing", "the ministerial meeting in Washington", "held in
 *   X", "was held at the X", "in the capital, X", "came to X for the forum"; and the
 *   building besides the town ("in B-318 of the Rayburn House Office Building", "at the X
 *   Hall");
 * - elections and referendums: a country their own phrase names ("the 2022 Kazakhstan
 *   constitutional referendum"), the only country their sentence names unless the document
 *   is about another, "elections ... will be held in Kazakhstan", else the country the
 *   document is about (the most mentioned, twice at least);
 * - organisations: "Ukraine's parliament" (a country's body in lower case, in that
 *   country); "the Embassy of Kazakhstan (today) in Moscow" (also named "Embassy ... in
 *   Moscow"), "the Institute, based in Almaty", "headquartered in Vienna", "the
 *   Bishkek-based Institute", and a name that ends where the body sits ("the OSCE Office in
 *   Ashgabat", "British Embassy Bishkek");
 * - places: "Zhezkazgan, Ulytau region"; "Bolotnaya Square, Moscow"; "Ashgabat, the
 *   capital of Turkmenistan"; "the capital of Turkmenistan, Ashgabat"; "Syria's capital,
 *   Damascus" (also where an event "in Syria's capital, Damascus" was held). */
#include "kx_rel_locations.h"

#include "../../kg_mem.h"
#include "../kg_strhash.h"
#include "../kx_hash_chain.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* "was held at (the) X", "took place at X": the place at token i. */
static int held_at(const kx *x, size_t i)
{
    size_t k = i;
    if (k > 0 && kx_is(x, k - 1, "the"))
        k--;
    return k >= 2 && kx_is(x, k - 1, "at") && (kx_is(x, k - 2, "held") || kx_is(x, k - 2, "place"));
}

/* "in room 226 of the X Building", "in B-318 of the X Building", "at the X Hall": the place at
 * token i is the building an event is held in. */
static int in_building(const kx *x, const kg_x_mention *pm)
{
    if (pm->entity == (size_t)-1 || x->out->entities[pm->entity].geo ||
        !kx_is_venue_word(x, pm->tok_end - 1))
        return 0;
    size_t k = pm->tok_start;
    if (k > 0 && kx_is(x, k - 1, "the"))
        k--;
    if (k > 0 && kx_is(x, k - 1, "at"))
        return 1;
    if (k < 3 || !kx_is(x, k - 1, "of"))
        return 0;
    const kg_token *t = &x->t->tokens[k - 2];
    int digit = 0;
    for (size_t c = t->start; c < t->end; c++)
        digit |= x->t->text[c] >= '0' && x->t->text[c] <= '9';
    return digit &&
           (kx_is_ci(x, k - 3, "in") || kx_is_ci(x, k - 3, "room") || kx_is_ci(x, k - 3, "hall"));
}

/* Whether "country's" or "nation's" ends right before token k. */
static int country_s_before(const kx *x, size_t k)
{
    return k >= 2 && (x->t->tokens[k - 1].flags & KG_TOKEN_POSSESSIVE) &&
           (kx_is(x, k - 2, "country") || kx_is(x, k - 2, "nation"));
}

/* The lower-case nouns of a settlement ("the capital, X", "the city of X"). */
static const char *const settlements[] = {"capital", "city", "town", "village", NULL};

/* "in the capital, X", "in the capital X", "in the city of X", "in the southern city of X",
 * "in the Midlands city of X": the place at token i is what "in" names. */
static int in_the_city_of(const kx *x, size_t i)
{
    size_t k = i;
    if (k > 0 && (kx_is(x, k - 1, ",") || kx_is(x, k - 1, "of")))
        k--;
    if (k == 0 || !kx_is_any(x, k - 1, settlements))
        return 0;
    k--;
    if (country_s_before(x, k))
        k -= 2; /* "the country's capital, X" */
    else if (k > 0 && kx_is_lower_word(x, k - 1) && !kx_is(x, k - 1, "the") &&
             !kx_is(x, k - 1, "in"))
        k--; /* "the southern city of" */
    else if (k > 0 && x->label[k - 1] && x->out->mentions[x->label[k - 1] - 1].type == KG_PLACE &&
             x->out->mentions[x->label[k - 1] - 1].tok_end == k)
        k = x->out->mentions[x->label[k - 1] - 1].tok_start; /* "the Midlands city of" */
    return k >= 2 && kx_is(x, k - 1, "the") && kx_is_ci(x, k - 2, "in");
}

/* Whether "in" at token i belongs to the clause (where something happened: "met in X",
 * "on 5 June in X", "In X, the sides ...", "Fazilov in X") and not to the noun before it
 * ("Russia's war in Ukraine", "the situation in Afghanistan"). */
static int in_of_clause(const kx *x, size_t i)
{
    static const char *const verbs[] = {"met",   "meet",  "meets",  "held",  "was",   "were",
                                        "is",    "are",   "be",     "been",  "place", "today",
                                        "also",  "later", "here",   "there", "took",  "begun",
                                        "began", "begin", "begins", NULL};
    if (i == 0 || !kx_same_sentence(x, i - 1, i))
        return 1;
    size_t p = i - 1;
    if (!kx_is_lower_word(x, p) || kx_is_any(x, p, verbs))
        return 1;
    size_t len;
    const char *w = kx_tok(x, p, &len);
    return len > 3 && strncmp(w + len - 2, "ed", 2) == 0; /* "gathered in X" */
}

/* "came to X for the <event>", "to visit X for the Assembly's annual session", "welcomed A to
 * X for the third round of the <event>": the place pm, a destination, is where the event em
 * was held; between "for" and the event three words at most ("for the annual <event>"), or
 * only its determiner, an ordinal, "round of" and names (an owner's possessive, the start of
 * the event's own name). */
static int travelled_for(const kx *x, const kg_x_mention *pm, const kg_x_mention *em)
{
    static const char *const visiting[] = {"visit", "visits", "visited", "visiting", NULL};
    static const char *const ordinals[] = {"first",   "second", "third", "fourth", "fifth", "sixth",
                                           "seventh", "eighth", "ninth", "tenth",  "next",  NULL};
    if (pm->tok_start == 0 ||
        !(kx_is(x, pm->tok_start - 1, "to") || kx_is_any_ci(x, pm->tok_start - 1, visiting)) ||
        !kx_is(x, pm->tok_end, "for") || em->tok_start <= pm->tok_end ||
        em->tok_start > pm->tok_end + 12)
        return 0;
    /* the event's own place, stated after it: "for the Vienna Summit held in Vienna" */
    size_t after = kx_is(x, em->tok_end, "held") ? em->tok_end + 1 : em->tok_end;
    if (kx_is(x, after, "in") && after + 1 < x->n && kx_is_cap(x, after + 1))
        return 0;
    if (em->tok_start <= pm->tok_end + 4) /* "for the annual <event>" */
        return 1;
    for (size_t k = pm->tok_end + 1; k < em->tok_start; k++)
        if (!(kx_is(x, k, "the") || kx_is(x, k, "round") || kx_is(x, k, "of") ||
              kx_is_ordinal(x, k) || kx_is_any(x, k, ordinals) || kx_is_cap(x, k) ||
              (x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE) || kx_is(x, k, "'") ||
              kx_is(x, k, "\xe2\x80\x99") || kx_is(x, k, "-") || kx_is(x, k, "\xe2\x80\x93")))
            return 0;
    return 1;
}

/* Whether token i is a lower-case word of direction ("southern", "north-western"). */
static int direction_word(const kx *x, size_t i)
{
    if (kx_is_compass_word(x, i))
        return 1;
    if (!kx_is_lower_word(x, i))
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    return len > 9 && (strncmp(w, "north-", 6) == 0 || strncmp(w, "south-", 6) == 0);
}

/* The place mention that starts at token j, in the sentence of token from, or NULL. */
static const kg_x_mention *place_mention_at(kx_rel_state *rs, size_t from, size_t j)
{
    kx *x = rs->x;
    size_t mk = j < x->n && kx_same_sentence(x, from, j) ? rs->mention_at[j] : 0;
    const kg_x_mention *q = mk ? kx_rel_mention(rs, mk - 1) : NULL;
    return q && q->type == KG_PLACE && q->tok_start == j ? q : NULL;
}

/* Whether token i is a settlement's noun or another that an apposition describes a place
 * with ("the third city of X", "a port in X", "X's largest province"). */
static int place_noun(const kx *x, size_t i)
{
    static const char *const areas[] = {"port", "region", "province", "district", NULL};
    return kx_is_any(x, i, settlements) || kx_is_any(x, i, areas);
}

/* The place an apposition after the place mention pm puts it in: "Osh, southern
 * Kyrgyzstan's largest city", "Gweru, the third city of Zimbabwe", "Nakuru, a town in
 * western Kenya" (a settlement noun ends the description, a few words of it at most);
 * (size_t)-1 when none. */
static size_t apposed_place(kx_rel_state *rs, const kg_x_mention *pm)
{
    kx *x = rs->x;
    size_t k = pm->tok_end;
    if (!kx_is(x, k, ",") || !kx_same_sentence(x, k, k + 4))
        return (size_t)-1;
    size_t j = k + 1;
    if (kx_is(x, j, "the") || kx_is(x, j, "a") || kx_is(x, j, "an")) {
        /* "the third city of Q", "a town in western Q" */
        size_t n = j + 1;
        while (n < j + 4 && kx_is_lower_word(x, n) && !place_noun(x, n))
            n++;
        if (!place_noun(x, n) || !(kx_is(x, n + 1, "of") || kx_is(x, n + 1, "in")))
            return (size_t)-1;
        j = n + 2;
        if (kx_is(x, j, "the"))
            j++;
        while (direction_word(x, j))
            j++;
        const kg_x_mention *q = place_mention_at(rs, k, j);
        return q ? q->entity : (size_t)-1;
    }
    /* "[southern] Q's largest city" */
    while (direction_word(x, j))
        j++;
    const kg_x_mention *q = place_mention_at(rs, k, j);
    if (!q || q->tok_end >= x->n || !(x->t->tokens[q->tok_end].flags & KG_TOKEN_POSSESSIVE))
        return (size_t)-1;
    for (size_t n = q->tok_end + 1; n < q->tok_end + 4 && kx_is_lower_word(x, n); n++)
        if (place_noun(x, n))
            return q->entity;
    return (size_t)-1;
}

/* The country of "capital of <country>" at token c ("capital"), or (size_t)-1. */
static size_t capital_of(kx_rel_state *rs, size_t c)
{
    kx *x = rs->x;
    if (!kx_is_ci(x, c, "capital") || !kx_is(x, c + 1, "of"))
        return (size_t)-1;
    size_t k = c + 2;
    if (kx_is(x, k, "the"))
        k++;
    size_t mk = k < x->n ? rs->mention_at[k] : 0;
    if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
        return (size_t)-1;
    return kx_rel_mention(rs, mk - 1)->entity;
}

/* "Syria's capital, Damascus": the capital named after the place mention pm, or
 * (size_t)-1. */
static size_t named_capital(kx_rel_state *rs, const kg_x_mention *pm)
{
    kx *x = rs->x;
    size_t k = pm->tok_end;
    if (k + 2 >= x->n || !(x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE) ||
        !kx_is(x, k + 1, "capital"))
        return (size_t)-1;
    size_t j = kx_is(x, k + 2, ",") ? k + 3 : k + 2;
    const kg_x_mention *q = place_mention_at(rs, k, j);
    return q ? q->entity : (size_t)-1;
}

/* The place an "in" before mention pm names: pm's, or the capital named right after it. */
static size_t place_named(kx_rel_state *rs, const kg_x_mention *pm)
{
    size_t capital = named_capital(rs, pm);
    return capital != (size_t)-1 ? capital : pm->entity;
}

/* A diplomatic mission's head noun, which its city may follow: "British Embassy Bishkek". */
static const char *const missions[] = {"Embassy", "Consulate", "Consulate-General", NULL};

/* The document's entity of gazetteer place p, made (named s, n bytes) when it has none. */
static size_t place_entity(kx *x, const kg_place *p, const char *s, size_t n)
{
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (x->out->entities[k].type == KG_PLACE && x->out->entities[k].geo == p)
            return k;
    size_t e = kx_add_entity(x, s, n, KG_PLACE);
    x->out->entities[e].geo = p;
    return e;
}

/* The place of "<Place>-based" at token i: the document's place of that gazetteer name,
 * made when the document has none; (size_t)-1 when the word is no such phrase. */
static size_t based_place(kx_rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (!kx_is_based(x, i) || !kx_is_cap(x, i))
        return (size_t)-1;
    /* "New York-based": the words before the hyphenated one belong to the place's name */
    const kg_place *p = NULL;
    for (size_t back = 2; back > 0 && !p; back--) {
        if (i < back || !kx_is_cap(x, i - back) || !kx_same_sentence(x, i - back, i) ||
            !kx_is_cap(x, i - 1))
            continue;
        const char *from = x->t->text + x->t->tokens[i - back].start;
        size_t n = (size_t)(s + len - 6 - from);
        if ((p = kg_lexicon_place(x->lx, from, n)) != NULL)
            s = from, len = n + 6;
    }
    if (!p)
        p = kg_lexicon_place(x->lx, s, len - 6);
    if (!p)
        return (size_t)-1;
    return place_entity(x, p, s, len - 6);
}

/* The place a body's own name ends in, as the name says where it sits: "the OSCE Office in
 * Ashgabat", "the USAID Mission in Uzbekistan", "British Embassy Bishkek", "US Embassy,
 * Dushanbe"; the document's entity of that place, made when it has none; (size_t)-1 when
 * the name ends in no place so placed. "of" says whose the body is, not where it sits
 * ("Embassy of Kazakhstan", "Central Election Commission of Uzbekistan"), nor does "in"
 * after a word that is no body's head ("Security and Cooperation in Europe"). */
static size_t own_place(kx *x, const kg_x_mention *m)
{
    static const char *const offices[] = {"Office", "Mission", NULL};
    size_t a = m->tok_start, b = m->tok_end;
    for (size_t t = b - 1; t > a + 1 && t + 4 > b; t--) {
        int in = kx_is(x, t - 1, "in") && kx_is_head(x, t - 2);
        int the_in = kx_is(x, t - 1, "the") && t > a + 2 && kx_is(x, t - 2, "in") &&
                     kx_is_head(x, t - 3);
        size_t h = kx_is(x, t - 1, ",") ? t - 2 : t - 1;
        int named = kx_is_any(x, h, missions) || kx_is_any(x, h, offices);
        if (!in && !the_in && !named)
            continue;
        size_t len;
        const kg_place *p = kx_place_at(x, t, &len);
        if (!p || t + len != b)
            return (size_t)-1;
        const kg_token *ta = &x->t->tokens[t], *tb = &x->t->tokens[b - 1];
        return place_entity(x, p, x->t->text + ta->start, tb->end - ta->start);
    }
    return (size_t)-1;
}

/* The entity of the last country the text names before token k, in k's sentence or the
 * one before, or (size_t)-1. */
static size_t last_country_before(kx_rel_state *rs, size_t k)
{
    size_t s = rs->x->t->tokens[k].sentence;
    size_t from = rs->x->t->sentences[s > 0 ? s - 1 : 0].first_token;
    for (size_t i = k; i > from; i--) {
        size_t mk = rs->mention_at[i - 1];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PLACE &&
            kx_rel_is_country(rs->x, kx_rel_mention(rs, mk - 1)->entity))
            return kx_rel_mention(rs, mk - 1)->entity;
    }
    return (size_t)-1;
}

/* The gazetteer places of the document by canonical name, for "the Annapolis Conference" (a
 * scan of every entity per event was quadratic): place entities by the hash of their row's
 * canonical name, newest first. Read lazily: entities added since the last question are
 * indexed first. */
typedef struct canonical_places {
    kx_hash_chain places;
    size_t indexed; /* entities [0, indexed) are in places */
} canonical_places;

/* The last place entity whose gazetteer row is named canonical, or (size_t)-1. */
static size_t last_place_named(const kg_extraction *e, canonical_places *cp, const char *canonical)
{
    for (; cp->indexed < e->n_entities; cp->indexed++) {
        const kg_x_entity *en = &e->entities[cp->indexed];
        if (en->type == KG_PLACE && en->geo && en->geo->canonical)
            kx_hash_chain_put(&cp->places,
                              kg_strhash(en->geo->canonical, strlen(en->geo->canonical)),
                              cp->indexed);
    }
    uint64_t h = kg_strhash(canonical, strlen(canonical));
    /* a place entity's type and row do not change in this pass */
    for (size_t k = kx_hash_chain_bucket(&cp->places, h); k; k = cp->places.entries[k - 1].next)
        if (cp->places.entries[k - 1].hash == h &&
            strcmp(e->entities[cp->places.entries[k - 1].value].geo->canonical, canonical) == 0)
            return cp->places.entries[k - 1].value;
    return (size_t)-1;
}

/* The country the document is about: the country entity with the most mentions, at least
 * two and more than any other; (size_t)-1 when none stands out. */
static size_t dominant_country(const kx *x)
{
    const kg_extraction *e = x->out;
    size_t *count = kg_xcalloc(e->n_entities + 1, sizeof *count);
    for (size_t mi = 0; mi < e->n_mentions; mi++)
        if (e->mentions[mi].type == KG_PLACE && e->mentions[mi].entity != (size_t)-1)
            count[e->mentions[mi].entity]++;
    size_t best = (size_t)-1, best_n = 0, second_n = 0;
    for (size_t k = 0; k < e->n_entities; k++) {
        if (!count[k] || !kx_rel_is_country(x, k))
            continue;
        if (count[k] > best_n) {
            second_n = best_n;
            best_n = count[k];
            best = k;
        } else if (count[k] > second_n) {
            second_n = count[k];
        }
    }
    free(count);
    return best_n >= 2 && best_n > second_n ? best : (size_t)-1;
}

void kx_rel_find_locations(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t home = dominant_country(x);
    /* each event's mentions, in order (the loop below adds places, never mentions) */
    size_t n_grouped = e->n_entities, *first = NULL;
    size_t *order = kx_rel_mentions_by_entity(x, &first);
    canonical_places by_canonical = {0};
    kx_hash_chain_init(&by_canonical.places, 64);
    /* events: "in X" in a sentence that mentions them; elections: the country named */
    for (size_t ev = 0; ev < e->n_entities; ev++) {
        if (e->entities[ev].type != KG_EVENT || ev >= n_grouped)
            continue;
        const size_t *mine = order + first[ev], n_mine = first[ev + 1] - first[ev];
        int ballot = strcmp(e->entities[ev].event_kind, "election") == 0 ||
                     strcmp(e->entities[ev].event_kind, "referendum") == 0;
        size_t best = (size_t)-1, best_s = 0, building = (size_t)-1, building_s = 0;
        int best_rank = 0;
        /* where an event was held is said where it is introduced (title, first
         * sentences); later mentions talk about other places */
        size_t first3[3] = {(size_t)-1, (size_t)-1, (size_t)-1};
        for (size_t j = 0; j < n_mine; j++) {
            size_t sv = e->mentions[mine[j]].sentence;
            if (sv == first3[0] || sv == first3[1] || sv == first3[2])
                continue;
            for (size_t k = 0; k < 3; k++)
                if (sv < first3[k]) {
                    size_t t = first3[k];
                    first3[k] = sv;
                    sv = t;
                }
        }
        for (size_t j = 0; j < n_mine && best == (size_t)-1; j++) {
            const kg_x_mention *em = &e->mentions[mine[j]];
            if (em->sentence > first3[2])
                continue;
            const kg_sentence *sen = &x->t->sentences[em->sentence];
            /* "Brussels hosted a briefing" */
            size_t h = em->tok_start;
            while (h > sen->first_token && h + 3 > em->tok_start && !kx_is(x, h - 1, "hosted"))
                h--;
            if (!ballot && h > sen->first_token + 1 && kx_is(x, h - 1, "hosted") &&
                rs->mention_at[h - 2] &&
                kx_rel_mention(rs, rs->mention_at[h - 2] - 1)->type == KG_PLACE) {
                best = kx_rel_mention(rs, rs->mention_at[h - 2] - 1)->entity;
                best_s = em->sentence;
                break;
            }
            /* a ballot's own phrase names its country: "the 2022 Kazakhstan constitutional
             * referendum", whatever country the document is about */
            if (ballot) {
                size_t own = (size_t)-1, from = em->tok_start;
                /* the country may stand right before the phrase's words */
                while (from > sen->first_token && from + 3 > em->tok_start &&
                       (kx_is_cap(x, from - 1) || x->t->tokens[from - 1].kind == KG_TOKEN_NUMBER))
                    from--;
                for (size_t i = from; i < em->tok_end; i++) {
                    size_t mk = rs->mention_at[i];
                    if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PLACE &&
                        kx_rel_mention(rs, mk - 1)->entity != (size_t)-1 &&
                        kx_rel_is_country(x, kx_rel_mention(rs, mk - 1)->entity))
                        own = kx_rel_mention(rs, mk - 1)->entity;
                }
                if (own != (size_t)-1) {
                    best = own;
                    best_s = em->sentence;
                    break;
                }
            }
            /* the event's own phrase says where: "the ministerial meeting in Washington" */
            if (!ballot) {
                size_t own = (size_t)-1;
                for (size_t i = em->tok_start + 1; i <= em->tok_end && i < sen->end_token; i++)
                    if (kx_is_ci(x, i - 1, "in") && rs->mention_at[i] &&
                        kx_rel_mention(rs, rs->mention_at[i] - 1)->type == KG_PLACE &&
                        kx_rel_mention(rs, rs->mention_at[i] - 1)->tok_start == i)
                        own = place_named(rs, kx_rel_mention(rs, rs->mention_at[i] - 1));
                if (own != (size_t)-1) {
                    best = own;
                    best_s = em->sentence;
                    break;
                }
            }
            size_t countries = 0, country = (size_t)-1; /* no country yet */
            for (size_t i = sen->first_token; i < sen->end_token; i++) {
                size_t mk = rs->mention_at[i];
                if (!mk || kx_rel_mention(rs, mk - 1)->tok_start != i ||
                    kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
                    continue;
                const kg_x_mention *pm = kx_rel_mention(rs, mk - 1);
                if (kx_rel_is_country(x, pm->entity) && pm->entity != country) {
                    countries++;
                    country = pm->entity;
                }
                /* the building it is held in, besides the town */
                if (!ballot && building == (size_t)-1 && in_building(x, pm)) {
                    building = pm->entity;
                    building_s = em->sentence;
                }
                if (ballot || i == 0 ||
                    !((kx_is_ci(x, i - 1, "in") && in_of_clause(x, i - 1)) || held_at(x, i) ||
                      travelled_for(x, pm, em) || in_the_city_of(x, i)))
                    continue;
                size_t named = place_named(rs, pm);
                int rank = kx_rel_place_rank(x, named);
                if (rank > best_rank) {
                    best_rank = rank;
                    best = named;
                    best_s = em->sentence;
                }
            }
            /* a ballot whose phrase names no country is the one of the country its
             * sentence names, unless the document is about another: an article on
             * Kyrgyzstan that says "the United States welcomes the elections" */
            if (ballot && countries == 1 && (home == (size_t)-1 || home == country)) {
                best = country;
                best_s = em->sentence;
            }
        }
        /* "elections ... will be held in Kazakhstan": said in so many words, wherever */
        for (size_t j = 0; j < n_mine && best == (size_t)-1 && ballot; j++) {
            const kg_x_mention *em = &e->mentions[mine[j]];
            const kg_sentence *sen = &x->t->sentences[em->sentence];
            for (size_t i = em->tok_end; i + 2 < sen->end_token && i < em->tok_end + 6; i++) {
                size_t mk = rs->mention_at[i + 2];
                if ((kx_is(x, i, "held") || kx_is(x, i, "place")) && kx_is(x, i + 1, "in") && mk &&
                    kx_rel_mention(rs, mk - 1)->type == KG_PLACE) {
                    best = kx_rel_mention(rs, mk - 1)->entity;
                    best_s = em->sentence;
                    break;
                }
            }
        }
        /* a ballot the text places nowhere is held in the country the document is about */
        if (best == (size_t)-1 && ballot && home != (size_t)-1 && first3[0] != (size_t)-1) {
            best = home;
            best_s = first3[0];
        }
        /* "the Annapolis Conference": a city in the event's own name, where the text names
         * the city too */
        for (size_t j = 0; j < n_mine && best == (size_t)-1 && !ballot; j++) {
            const kg_x_mention *em = &e->mentions[mine[j]];
            size_t len;
            const kg_place *p = kx_place_at(x, em->tok_start, &len);
            if (!p || strcmp(p->kind, "city") != 0 || em->tok_start + len >= em->tok_end)
                continue;
            size_t k = last_place_named(e, &by_canonical, p->canonical);
            if (k != (size_t)-1) {
                best = k;
                best_s = em->sentence;
            }
        }
        if (building != (size_t)-1)
            kx_add_relation(x, ev, building, KG_LOCATED_IN, building_s);
        if (best != (size_t)-1) {
            kx_add_relation(x, ev, best, KG_LOCATED_IN, best_s);
            if (!e->entities[ev].place)
                e->entities[ev].place = kg_xstrdup(e->entities[best].name);
        }
    }
    free(first);
    free(order);
    kx_hash_chain_free(&by_canonical.places);
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        /* organisation in X: "the Embassy of Kazakhstan (today) in Moscow" */
        if (m->type == KG_ORGANISATION) {
            if (kx_is(x, k, "today"))
                k++;
            /* "the Institute, based in Almaty", "headquartered in Vienna" */
            size_t b2 = kx_is(x, k, ",") ? k + 1 : k;
            if ((kx_is(x, b2, "based") || kx_is(x, b2, "headquartered") ||
                 kx_is(x, b2, "located")) &&
                kx_is(x, b2 + 1, "in"))
                k = b2 + 1;
            if (kx_is(x, k, "in") && rs->mention_at[k + 1] &&
                kx_rel_mention(rs, rs->mention_at[k + 1] - 1)->type == KG_PLACE) {
                const kg_x_mention *pm = kx_rel_mention(rs, rs->mention_at[k + 1] - 1);
                kx_add_relation(x, m->entity, pm->entity, KG_LOCATED_IN, m->sentence);
                /* a diplomatic mission is named by its city: "U.S. Consulate in Jerusalem" */
                size_t last = m->tok_end - 1;
                if (k == m->tok_end &&
                    (kx_is_ci(x, last, "embassy") || kx_is_ci(x, last, "consulate") ||
                     kx_is_ci(x, last, "consulate-general"))) {
                    size_t a = x->t->tokens[m->tok_start].start;
                    size_t b = x->t->tokens[pm->tok_end - 1].end;
                    kx_add_alias(x, m->entity, x->t->text + a, b - a, "mission in its city");
                }
            }
            /* "British Embassy Bishkek", "US Embassy, Dushanbe": a mission then its city */
            size_t c = kx_is(x, m->tok_end, ",") ? m->tok_end + 1 : m->tok_end;
            if (kx_is_any(x, m->tok_end - 1, missions) && c < x->n && rs->mention_at[c] &&
                kx_same_sentence(x, m->tok_start, c)) {
                const kg_x_mention *pm = kx_rel_mention(rs, rs->mention_at[c] - 1);
                if (pm->type == KG_PLACE && pm->tok_start == c &&
                    kx_rel_place_rank(x, pm->entity) == 3 && /* a city */
                    !kx_is_cap(x, pm->tok_end))
                    kx_add_relation(x, m->entity, pm->entity, KG_LOCATED_IN, m->sentence);
            }
            /* "Ukraine's parliament": the country whose body it is, in lower case */
            for (size_t t = m->tok_start + 1; t + 1 < m->tok_end; t++) {
                size_t len;
                const kg_place *p = (x->t->tokens[t].flags & KG_TOKEN_POSSESSIVE) &&
                                            kx_common_body_end(x, t + 1) == m->tok_end
                                        ? kx_place_at(x, m->tok_start, &len)
                                        : NULL;
                if (p && m->tok_start + len == t && strcmp(p->kind, "country") == 0) {
                    const kg_token *ta = &x->t->tokens[m->tok_start], *tb = &x->t->tokens[t - 1];
                    kx_add_relation(x, m->entity,
                                    place_entity(x, p, x->t->text + ta->start, tb->end - ta->start),
                                    KG_LOCATED_IN, m->sentence);
                }
            }
            size_t own = own_place(x, m);
            if (own != (size_t)-1 && own != m->entity)
                kx_add_relation(x, m->entity, own, KG_LOCATED_IN, m->sentence);
            /* "the Bishkek-based Institute": where it sits */
            size_t based = m->tok_start;
            if (based > 0 && kx_is(x, based - 1, "the"))
                based--;
            size_t place = based > 0 ? based_place(rs, based - 1) : (size_t)-1;
            if (place != (size_t)-1)
                kx_add_relation(x, m->entity, place, KG_LOCATED_IN, m->sentence);
        }
        /* place, place: "Zhezkazgan, Ulytau region" */
        if (m->type == KG_PLACE && kx_is(x, k, ",") && rs->mention_at[k + 1]) {
            const kg_x_mention *n2 = kx_rel_mention(rs, rs->mention_at[k + 1] - 1);
            /* "Bolotnaya Square, Moscow": a building or square, then its town */
            int venue = !e->entities[m->entity].geo && kx_is_venue_word(x, k - 1) &&
                        n2->entity != (size_t)-1 && e->entities[n2->entity].geo;
            if (n2->type == KG_PLACE &&
                (venue || kx_rel_place_rank(x, m->entity) > kx_rel_place_rank(x, n2->entity)))
                kx_add_relation(x, m->entity, n2->entity, KG_LOCATED_IN, m->sentence);
        }
        /* "Osh, southern Kyrgyzstan's largest city", "Nakuru, a town in western Kenya" */
        if (m->type == KG_PLACE) {
            size_t in = apposed_place(rs, m);
            if (in != (size_t)-1 && in != m->entity &&
                kx_rel_place_rank(x, m->entity) > kx_rel_place_rank(x, in))
                kx_add_relation(x, m->entity, in, KG_LOCATED_IN, m->sentence);
        }
        /* "the Midlands city of Gweru": the region, then the town in it */
        if (m->type == KG_PLACE && k + 2 < x->n && kx_is_any(x, k, settlements) &&
            kx_is(x, k + 1, "of") && rs->mention_at[k + 2] && kx_same_sentence(x, k, k + 2)) {
            const kg_x_mention *n2 = kx_rel_mention(rs, rs->mention_at[k + 2] - 1);
            if (n2->type == KG_PLACE && n2->tok_start == k + 2 && n2->entity != m->entity &&
                kx_rel_place_rank(x, n2->entity) > kx_rel_place_rank(x, m->entity))
                kx_add_relation(x, n2->entity, m->entity, KG_LOCATED_IN, m->sentence);
        }
        /* "in the country's capital, Bishkek": the country the text named last */
        if (m->type == KG_PLACE && m->tok_start >= 5) {
            size_t c = kx_is(x, m->tok_start - 1, ",") ? m->tok_start - 1 : m->tok_start;
            if (kx_is(x, c - 1, "capital") && country_s_before(x, c - 1) &&
                kx_is_ci(x, c - 4, "the") && kx_same_sentence(x, c - 4, m->tok_start)) {
                size_t country = last_country_before(rs, c - 4);
                /* not where the gazetteer puts the city in another country ("Kyrgyzstan
                 * borders China. ... the country's capital, Bishkek") */
                const kg_place *city = e->entities[m->entity].geo;
                const kg_place *land = country != (size_t)-1 ? e->entities[country].geo : NULL;
                int other = city && land && city->country && land->country &&
                            strcmp(city->country, land->country) != 0;
                if (country != (size_t)-1 && country != m->entity && !other)
                    kx_add_relation(x, m->entity, country, KG_LOCATED_IN, m->sentence);
            }
        }
        /* "Ashgabat, the capital of Turkmenistan"; "the capital of Turkmenistan, Ashgabat";
         * "Syria's capital, Damascus" */
        if (m->type == KG_PLACE) {
            size_t capital = named_capital(rs, m);
            if (capital != (size_t)-1 && capital != m->entity)
                kx_add_relation(x, capital, m->entity, KG_LOCATED_IN, m->sentence);
            size_t c = kx_is(x, k, ",") ? k + 1 : k;
            if (kx_is(x, c, "the"))
                c++;
            size_t country = capital_of(rs, c);
            if (country != (size_t)-1)
                kx_add_relation(x, m->entity, country, KG_LOCATED_IN, m->sentence);
            size_t a = m->tok_start;
            if (a >= 5 && kx_is(x, a - 1, ",")) {
                for (size_t b = a - 1; b > 0 && b + 6 > a; b--)
                    if (kx_is_ci(x, b - 1, "capital") && kx_is(x, b, "of")) {
                        country = capital_of(rs, b - 1);
                        if (country != (size_t)-1 && country != m->entity)
                            kx_add_relation(x, m->entity, country, KG_LOCATED_IN, m->sentence);
                        break;
                    }
            }
        }
    }
}
