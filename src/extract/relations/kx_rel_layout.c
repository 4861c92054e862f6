/* kx_rel_layout: relations that the layout and the shape of phrases state, read after the
 * sentence patterns (the last family).
 *
 * Reads: mentions, entities, the article's meeting, paragraphs.
 * Adds:
 * - spoke-at for the people a list announces as speakers: "The following witnesses are
 *   scheduled to testify:" then one line per person ("Rodger Potocki, Senior Director, ...");
 * - located-in of the article's meeting at the venue an announcement gives on a line of its
 *   own ("Room 210 Cannon House Office Building");
 * - located-in of a city the text calls the capital ("in the capital, Dushanbe") in the
 *   country the text is about;
 * - located-in of an election or referendum in the country its phrase names ("the 2022
 *   Kazakhstan constitutional referendum");
 * - affiliated-with of a body named with its parent's possessive or slash ("the OSCE's
 *   Office for ...", "OSCE/ODIHR");
 * - affiliated-with of a person whose entry in a list takes a line each for the name, the
 *   title and the body ("Hon. X" / "Chairman" / "Commission on Y");
 * - located-in of a place named with a country's possessive ("Zambia's Northern Province"). */
#include "kx_rel_layout.h"

#include "../../kg_mem.h"

#include <stdlib.h>
#include <string.h>

/* The speakers a sentence lists after its opening: "Testifying before the Commission are
 * Mr. A, Chairman of X; Mr. B, ...; and Dr. C, ...", "Speakers include A, B and C": the
 * first person of each item (items end at ";", or at "," and "and" when no ";" is there). */
static void find_listed_speakers(kx_rel_state *rs, size_t event, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    if (!kx_is_speaking_cue(x, sen->first_token) &&
        !(kx_is_determiner(x, sen->first_token) && kx_is_speaking_cue(x, sen->first_token + 1)))
        return;
    size_t v = sen->first_token + 1;
    while (v < sen->end_token && v < sen->first_token + 8 &&
           !(kx_is(x, v, "are") || kx_is(x, v, "is") || kx_is(x, v, "include") ||
             kx_is(x, v, "includes") || kx_is(x, v, "will")))
        v++;
    if (v >= sen->end_token || v >= sen->first_token + 8)
        return;
    int semicolons = 0;
    for (size_t k = v; k < sen->end_token; k++)
        semicolons |= kx_is(x, k, ";");
    int item_open = 1;
    for (size_t k = v + 1; k < sen->end_token; k++) {
        if (kx_is(x, k, ";") || (!semicolons && (kx_is(x, k, ",") || kx_is(x, k, "and")))) {
            item_open = 1;
            continue;
        }
        size_t mk = rs->mention_at[k];
        if (!item_open || !mk || kx_rel_mention(rs, mk - 1)->tok_start != k)
            continue;
        if (kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
            kx_add_relation(x, kx_rel_mention(rs, mk - 1)->entity, event, KG_SPOKE_AT, s);
            item_open = 0;
        }
        k = kx_rel_mention(rs, mk - 1)->tok_end - 1;
    }
}

/* Speakers the layout announces: the names on lines of speakers ("Witnesses:" then one
 * line per person, "Moderator: X"; kx_structure.c finds them) and the people a sentence
 * lists after "Testifying ... are". */
static void find_announced_speakers(kx_rel_state *rs, size_t event)
{
    kx *x = rs->x;
    for (size_t s = 0; s < x->t->n_sentences; s++)
        find_listed_speakers(rs, event, s);
    for (size_t i = 0; i < x->n; i++) {
        size_t mk = rs->mention_at[i];
        if (!mk || !kx_in_speaker_line(x, i) || kx_rel_mention(rs, mk - 1)->tok_start != i ||
            kx_rel_mention(rs, mk - 1)->type != KG_PERSON)
            continue;
        kx_add_relation(x, kx_rel_mention(rs, mk - 1)->entity, event, KG_SPOKE_AT,
                        kx_rel_mention(rs, mk - 1)->sentence);
        i = kx_rel_mention(rs, mk - 1)->tok_end - 1;
    }
}

/* A line of the opening that is only a venue ("Room 210 Cannon House Office Building",
 * "Palace of Independence, Astana"): where the announced meeting is. */
static void find_venue_line(kx_rel_state *rs, size_t event)
{
    kx *x = rs->x;
    const kg_tokens *t = x->t;
    for (size_t s = 0; s < t->n_sentences && t->sentences[s].paragraph <= 8; s++) {
        const kg_sentence *sen = &t->sentences[s];
        if (!kx_sentence_is_paragraph(x, s))
            continue;
        size_t i = sen->first_token, e = sen->end_token;
        if (kx_is(x, i, "Room") && i + 1 < e && x->t->tokens[i + 1].kind == KG_TOKEN_NUMBER)
            i += 2; /* "Room 210" */
        size_t mk = i < e ? rs->mention_at[i] : 0;
        if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
            continue;
        const kg_x_mention *pm = kx_rel_mention(rs, mk - 1);
        size_t end = pm->tok_end;
        while (end < e && x->t->tokens[end].kind == KG_TOKEN_PUNCT)
            end++;
        if (end != e || i == sen->first_token)
            continue; /* a venue line has its room number; a lone place line is a dateline */
        kx_add_relation(x, event, pm->entity, KG_LOCATED_IN, s);
        return;
    }
}

/* The country the document is about: the one mentioned most, if it is mentioned at least
 * twice and more than any other; (size_t)-1 when none. */
static size_t document_country(const kx *x)
{
    size_t best = (size_t)-1, best_n = 0, second = 0;
    size_t *count = kg_xcalloc(x->out->n_entities + 1, sizeof *count);
    for (size_t m = 0; m < x->out->n_mentions; m++)
        if (x->out->mentions[m].entity < x->out->n_entities)
            count[x->out->mentions[m].entity]++;
    for (size_t k = 0; k < x->out->n_entities; k++) {
        if (!kx_rel_is_country(x, k))
            continue;
        size_t n = count[k];
        if (n > best_n) {
            second = best_n;
            best_n = n;
            best = k;
        } else if (n > second) {
            second = n;
        }
    }
    free(count);
    return best_n >= 2 && best_n > second ? best : (size_t)-1;
}

/* "in the capital, Dushanbe", "the capital Dushanbe": the capital of the document's country. */
static void find_capitals(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t country = (size_t)-1;
    int looked = 0;
    for (size_t i = 1; i + 1 < x->n; i++) {
        if (!kx_is(x, i, "capital") || !(kx_is(x, i - 1, "the") || kx_is(x, i - 1, "its")))
            continue;
        size_t j = kx_is(x, i + 1, ",") ? i + 2 : i + 1;
        size_t mk = j < x->n ? rs->mention_at[j] : 0;
        if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE ||
            kx_rel_mention(rs, mk - 1)->tok_start != j)
            continue;
        if (!looked) {
            country = document_country(x);
            looked = 1;
        }
        size_t city = kx_rel_mention(rs, mk - 1)->entity;
        if (country != (size_t)-1 && city != country && !kx_rel_is_country(x, city))
            kx_add_relation(x, city, country, KG_LOCATED_IN, x->t->tokens[i].sentence);
    }
}

/* The document's place entity that is the gazetteer's country named name, or (size_t)-1. */
static size_t country_entity(const kx *x, const char *name)
{
    const kg_place *p = kg_lexicon_place(x->lx, name, strlen(name));
    if (!p)
        return (size_t)-1;
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (x->out->entities[k].type == KG_PLACE && kx_rel_is_country(x, k) &&
            strcmp(x->out->entities[k].geo->canonical, p->canonical) == 0)
            return k;
    return (size_t)-1;
}

/* "the 2022 Kazakhstan constitutional referendum", "the French presidential election": a
 * ballot is held in the country its phrase names before the noun. */
static void find_ballot_countries(kx_rel_state *rs)
{
    kx *x = rs->x;
    for (size_t mi = 0; mi < x->out->n_mentions; mi++) {
        const kg_x_mention *m = &x->out->mentions[mi];
        if (m->type != KG_EVENT || m->entity == (size_t)-1)
            continue;
        const char *kind = x->out->entities[m->entity].event_kind;
        if (!kind || (strcmp(kind, "election") != 0 && strcmp(kind, "referendum") != 0))
            continue;
        /* "the 2017 French presidential election": the adjective may lie before the phrase */
        size_t from = m->tok_start;
        while (from > 0 && from + 2 > m->tok_start && kx_same_sentence(x, from - 1, m->tok_start) &&
               kx_is_cap(x, from - 1) && kx_is_demonym(x, from - 1))
            from--;
        for (size_t k = from; k < m->tok_end; k++) {
            if ((kx_is(x, k, "in") || kx_is(x, k, "of") || kx_is(x, k, "to")) && k > 0 &&
                kx_event_kind(x, k - 1))
                break; /* after the noun the locations family reads "in X" */
            size_t mk = rs->mention_at[k];
            const kg_x_mention *pm = mk ? kx_rel_mention(rs, mk - 1) : NULL;
            if (pm && pm->type == KG_PLACE && pm->tok_start == k && pm->entity != (size_t)-1 &&
                kx_rel_is_country(x, pm->entity))
                kx_add_relation(x, m->entity, pm->entity, KG_LOCATED_IN, m->sentence);
            /* "the 2017 French presidential election": in France, when the text names it */
            size_t len;
            const char *w = kx_tok(x, k, &len);
            const char *country = kg_lexicon_demonym_country(x->lx, w, len);
            size_t c = country ? country_entity(x, country) : (size_t)-1;
            if (c != (size_t)-1)
                kx_add_relation(x, m->entity, c, KG_LOCATED_IN, m->sentence);
        }
    }
}

/* The mention of the given type that a name's possessive (or, with slash, a slash) joins to
 * mention m: "the OSCE's Office for ...", "OSCE/ODIHR", "Zambia's Northern Province";
 * NULL when none starts right after it in its sentence. */
static const kg_x_mention *named_after_possessive(kx_rel_state *rs, const kg_x_mention *m,
                                                  kg_entity_type type, int slash)
{
    kx *x = rs->x;
    size_t k = m->tok_end, j = k + 1;
    int joined = k < x->n &&
                 ((x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE) ||
                  (slash && kx_is(x, k, "/") && !(x->t->tokens[k].flags & KG_TOKEN_SPACE_BEFORE)));
    if (!joined || j >= x->n || !kx_same_sentence(x, k, j))
        return NULL;
    size_t mk = rs->mention_at[j];
    const kg_x_mention *n = mk ? kx_rel_mention(rs, mk - 1) : NULL;
    return n && n->type == type && n->tok_start == j ? n : NULL;
}

/* "the OSCE's Office for ...", "OSCE/ODIHR": a body named with its parent's possessive or
 * slash is part of the parent. "Zambia's Northern Province", "Russia's Far East": a place
 * named with a country's possessive lies in that country. */
static void find_possessive_parts(kx_rel_state *rs)
{
    kx *x = rs->x;
    /* bodies first, then places: the relations keep the order they had */
    for (int places = 0; places < 2; places++)
        for (size_t mi = 0; mi < x->out->n_mentions; mi++) {
            const kg_x_mention *m = &x->out->mentions[mi], *part;
            if (m->entity == (size_t)-1)
                continue;
            if (!places && m->type == KG_ORGANISATION &&
                (part = named_after_possessive(rs, m, KG_ORGANISATION, 1)) &&
                part->entity != m->entity)
                kx_add_relation(x, part->entity, m->entity, KG_AFFILIATED_WITH, m->sentence);
            if (places && m->type == KG_PLACE && kx_rel_is_country(x, m->entity) &&
                (part = named_after_possessive(rs, m, KG_PLACE, 0)) && part->entity != m->entity &&
                !kx_rel_is_country(x, part->entity))
                kx_add_relation(x, part->entity, m->entity, KG_LOCATED_IN, m->sentence);
        }
}

/* "July 27, 2015, The Kremlin, Moscow" among the first lines: the article's meeting was
 * held at each place of the line, and the venue lies in the city after it. */
static void find_date_and_places_line(kx_rel_state *rs, size_t event)
{
    kx *x = rs->x;
    size_t prev = (size_t)-1;
    for (size_t i = 0; i < x->n; i++) {
        size_t mk = x->place_line[i] ? rs->mention_at[i] : 0;
        if (!mk || kx_rel_mention(rs, mk - 1)->tok_start != i ||
            kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
            continue;
        const kg_x_mention *m = kx_rel_mention(rs, mk - 1);
        if (event != (size_t)-1)
            kx_add_relation(x, event, m->entity, KG_LOCATED_IN, m->sentence);
        if (prev != (size_t)-1 && prev != m->entity)
            kx_add_relation(x, prev, m->entity, KG_LOCATED_IN, m->sentence);
        prev = m->entity;
        i = m->tok_end - 1;
    }
}

/* The end of the line that token a is on, or a + 22 when the line is longer: an entry's
 * lines are short (kx_is_entry_line), and a bounded look keeps a document of one long line
 * linear. */
static size_t line_end_at(const kx *x, size_t a)
{
    size_t b = a + 1;
    while (b < x->n && b < a + 22 && !(x->t->tokens[b].flags & KG_TOKEN_LINE_BEFORE))
        b++;
    return b;
}

/* Whether the person mention m fills its line, after honorifics and titles at most ("Hon.
 * Christopher H. Smith", "His Excellency Bolat Nurgaliev"). */
static int person_fills_line(const kx *x, const kg_x_mention *m)
{
    if (m->type != KG_PERSON ||
        !(m->tok_end >= x->n || (x->t->tokens[m->tok_end].flags & KG_TOKEN_LINE_BEFORE)))
        return 0;
    size_t k = m->tok_start;
    while (k > 0 && !(x->t->tokens[k].flags & KG_TOKEN_LINE_BEFORE)) {
        k--;
        if (!(kx_is_honorific(x, k) || kx_is_title(x, k) || kx_is(x, k, ".") ||
              kx_is(x, k, "His") || kx_is(x, k, "Her")))
            return 0;
    }
    return 1;
}

/* A list of people whose entries take a line each for the name, the title and the body:
 * "Hon. Christopher H. Smith" / "Chairman" / "Commission on Security and Cooperation in
 * Europe": the person is affiliated with the bodies and parties of the entry's lines when
 * one of them holds a title. */
static void find_entry_affiliations(kx_rel_state *rs)
{
    kx *x = rs->x;
    for (size_t i = 0; i < x->n; i++) {
        size_t mk = rs->mention_at[i];
        if (!mk || kx_rel_mention(rs, mk - 1)->tok_start != i)
            continue;
        const kg_x_mention *pm = kx_rel_mention(rs, mk - 1);
        i = pm->tok_end - 1;
        if (!person_fills_line(x, pm))
            continue;
        size_t bodies[8], n = 0, lines = 0;
        int titled = 0;
        /* the entry ends with the line that names a body after its title */
        for (size_t l = pm->tok_end; l < x->n && lines < 4 && !(titled && n);
             l = line_end_at(x, l), lines++) {
            size_t le = line_end_at(x, l), lm = 0;
            for (size_t k = l; k < le && !lm; k++) /* past "Dr." to the next entry's name */
                lm = rs->mention_at[k];
            if (!kx_is_entry_line(x, l, le) ||
                (lm && person_fills_line(x, kx_rel_mention(rs, lm - 1))))
                break;
            for (size_t k = l; k < le; k++) {
                titled |= kx_is_title(x, k);
                size_t bk = rs->mention_at[k];
                if (!bk || kx_rel_mention(rs, bk - 1)->tok_start != k)
                    continue;
                const kg_x_mention *bm = kx_rel_mention(rs, bk - 1);
                if ((bm->type == KG_ORGANISATION || bm->type == KG_PARTY) && n < 8)
                    bodies[n++] = bm->entity;
                k = bm->tok_end - 1;
            }
        }
        for (size_t b = 0; titled && b < n; b++)
            kx_add_relation(x, pm->entity, bodies[b], KG_AFFILIATED_WITH, pm->sentence);
    }
}

void kx_rel_find_layout(kx_rel_state *rs)
{
    find_entry_affiliations(rs);
    size_t event = kx_rel_main_meeting(rs->x);
    if (event != (size_t)-1) {
        find_announced_speakers(rs, event);
        find_venue_line(rs, event);
    }
    find_date_and_places_line(rs, event);
    find_capitals(rs);
    find_ballot_countries(rs);
    find_possessive_parts(rs);
}
