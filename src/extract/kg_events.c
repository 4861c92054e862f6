/* kg_events: event mentions (meetings, round tables, conferences, elections, referendums,
 * summits, visits, protests) as noun phrases around an event noun (read by
 * kx_event_phrases.c), grouped into the document's
 * events: one meeting the article is about, one election per kind and year (a run-off
 * apart from its first round), one referendum per year. Each event gets a date (explicit, "today" =
 * the document's date, or the document's date) and a key under which other documents' mentions of
 * it meet. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kx_event_index.h"
#include "kx_event_phrases.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether an event's phrase or sentence says where or when it was: "the rally in Baku",
 * "protesters gathered outside the parliament on Tuesday", or the headline tells of it. The
 * place may stand up to reach tokens after the phrase. */
static int event_is_anchored(const kx *x, const ev_mention *m, size_t reach)
{
    static const char *const days[] = {"Monday",   "Tuesday", "Wednesday", "Thursday",  "Friday",
                                       "Saturday", "Sunday",  "today",     "yesterday", NULL};
    static const char *const at[] = {"in", "at", "outside", "near", NULL};
    if (kx_in_headline(x, m->noun))
        return 1;
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[m->noun].sentence];
    static const char *const settlement[] = {"the", "capital", "city", "town", "of", ",", NULL};
    for (size_t i = m->a; i < m->b + reach && i + 1 < sen->end_token; i++) {
        if (!kx_is_any(x, i, at))
            continue;
        /* "in Baku", "in the capital, Baku", "outside the city of X" */
        size_t p = i + 1;
        while (p < sen->end_token && p < i + 5 && kx_is_any(x, p, settlement))
            p++;
        if (p < sen->end_token && x->label[p] && x->out->mentions[x->label[p] - 1].type == KG_PLACE)
            return 1;
    }
    /* "last week", "earlier this month": a time near the document's date */
    static const char *const near[] = {"last", "this", "next", NULL};
    static const char *const spans[] = {"week", "weekend", "month", NULL};
    for (size_t i = sen->first_token; i < sen->end_token; i++)
        if (kx_is_any(x, i, days) ||
            (kx_is_month(x, i) && kx_is_cap(x, i) && i + 1 < sen->end_token &&
             x->t->tokens[i + 1].kind == KG_TOKEN_NUMBER) ||
            (kx_is_any(x, i, near) && i + 1 < sen->end_token && kx_is_any(x, i + 1, spans)))
            return 1;
    return 0;
}

/* Whether place entity names a country, region or continent: "protests in Russia" may
 * span the rally in Moscow the text tells of. */
static int is_wide_place(const kx *x, size_t entity)
{
    const kg_x_entity *en = &x->out->entities[entity];
    return en->geo && strcmp(en->geo->kind, "city") != 0;
}

/* The place entity an event's phrase names after "in" ("a rally in Nairobi"), or
 * (size_t)-1. */
static size_t phrase_place(const kx *x, const ev_mention *m)
{
    for (size_t i = m->noun + 1; i < m->b; i++)
        if (x->label[i] && kx_is(x, i - 1, "in") &&
            x->out->mentions[x->label[i] - 1].type == KG_PLACE)
            return x->out->mentions[x->label[i] - 1].entity;
    return (size_t)-1;
}

/* Whether the text tells of a protest by its verb, with where or when: "Around four hundred
 * people demonstrated in Baku yesterday", "Opposition parties rally in Baku". Then "the
 * rally" it speaks of later is that protest. */
static int protest_told_by_verb(const kx *x)
{
    static const char *const verbs[] = {"demonstrated", "marched", "rallied",     "protested",
                                        "rally",        "march",   "demonstrate", NULL};
    static const char *const settlement[] = {"the", "capital", "city", "town", "of", ",", NULL};
    for (size_t v = 1; v + 2 < x->n; v++) {
        /* a verb after its plural subject ("people", "parties", "thousands"), not a noun
         * after a determiner ("the march") */
        if (!kx_is_any(x, v, verbs) || !kx_is_lower_word(x, v - 1) || kx_is_determiner(x, v - 1) ||
            !kx_is(x, v + 1, "in"))
            continue;
        size_t p = v + 2;
        while (p < x->n && p < v + 6 && kx_is_any(x, p, settlement))
            p++;
        if (p < x->n && kx_same_sentence(x, v, p) && x->label[p] &&
            x->out->mentions[x->label[p] - 1].type == KG_PLACE)
            return 1;
    }
    return 0;
}

/* Whether the word before the noun at i is one adjective after an article: "a rare protest",
 * "the peaceful rally"; not a plural subject ("the students protest") nor a verb form ("the
 * party will rally"). */
static int adjective_after_determiner(const kx *x, size_t i)
{
    static const char *const articles[] = {"a", "an", "the", "A", "An", "The", NULL};
    static const char *const verbs[] = {"will",  "would", "should", "can",   "could", "may",
                                        "might", "must",  "to",     "not",   "also",  "did",
                                        "does",  "do",    "shall",  "never", NULL};
    size_t len;
    if (i < 2 || !kx_same_sentence(x, i - 2, i) || !kx_is_any(x, i - 2, articles) ||
        !kx_is_lower_word(x, i - 1) || kx_is_any(x, i - 1, verbs) || x->label[i - 1])
        return 0;
    const char *w = kx_tok(x, i - 1, &len);
    return !(len > 1 && w[len - 1] == 's');
}

static int has_main_meeting(const kx *x)
{
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (x->out->entities[k].type == KG_EVENT && x->out->entities[k].is_main_event)
            return 1;
    return 0;
}

/* The people a meeting is with: "meeting with (the President of Armenia) X"; after the
 * plural "meetings (were held) with A, B and C", every person of the list. Stores up to cap
 * entity indexes in out and returns how many. */
static size_t meeting_partners(const kx *x, const ev_mention *m, size_t *out, size_t cap)
{
    if (strcmp(m->kind, "meeting") != 0 || cap == 0)
        return 0;
    int plural = kx_is_ci(x, m->noun, "meetings");
    size_t k = m->noun + 1;
    /* "meeting with", "meetings were also held with", "talks today with" */
    while (k < x->n && k < m->noun + (plural ? 5 : 3) &&
           (kx_is(x, k, "today") || kx_is(x, k, "yesterday") || kx_is(x, k, "also") ||
            kx_is(x, k, "held") || kx_is(x, k, "was") || kx_is(x, k, "were") ||
            kx_is(x, k, "later") || kx_is(x, k, "separately")))
        k++;
    /* "the meeting of Mr. A with B": past the one who met */
    if (kx_is(x, m->noun + 1, "of")) {
        size_t j = m->noun + 2;
        while (j < x->n && j < m->noun + 8 && kx_same_sentence(x, m->noun, j) &&
               (kx_is_cap(x, j) || kx_is(x, j, ".") || x->label[j]))
            j++;
        if (kx_is(x, j, "with"))
            k = j;
    }
    if (!kx_is(x, k, "with"))
        return 0;
    size_t n = 0;
    for (size_t j = k + 1; j < x->n && j < k + 20 && kx_same_sentence(x, k, j); j++) {
        size_t l = x->label[j];
        if (l && x->out->mentions[l - 1].type != KG_PERSON) {
            /* over "Bank for X and Y" (a parenthesised acronym is labelled by the name
             * before it, so never step back) */
            if (x->out->mentions[l - 1].tok_end > j + 1)
                j = x->out->mentions[l - 1].tok_end - 1;
            continue;
        }
        if (kx_is(x, j, ";") || ((kx_is(x, j, ",") || kx_is(x, j, "and")) && (!plural || !n)))
            break;
        if (l && x->out->mentions[l - 1].type == KG_PERSON &&
            x->out->mentions[l - 1].entity != (size_t)-1) {
            out[n++] = x->out->mentions[l - 1].entity;
            if (!plural || n == cap)
                break;
            /* the list goes on only after "," or "and" */
            j = x->out->mentions[l - 1].tok_end;
            if (!(kx_is(x, j, ",") || kx_is(x, j, "and")))
                break;
            k = j;
        }
    }
    return n;
}

size_t kx_meeting_with(kx *x, size_t person, const char *name, size_t sentence)
{
    char *key = kx_meeting_with_key(x, x->out->entities[person].key);
    size_t found = kx_find_event(x, key);
    if (found != (size_t)-1) {
        free(key);
        return found;
    }
    char *label =
        name ? kg_xstrdup(name) : kg_xasprintf("meeting with %s", x->out->entities[person].name);
    size_t ev = kx_add_entity(x, label, strlen(label), KG_EVENT);
    free(label);
    kg_x_entity *en = &x->out->entities[ev];
    free(en->key);
    en->key = key;
    en->event_kind = "meeting";
    en->first_sentence = sentence;
    en->date = kx_ev_sentence_date(x, sentence);
    if (!en->date && x->out->doc->date)
        en->date = kg_xstrdup(x->out->doc->date);
    return ev;
}

/* The organisation right after "<noun> of (the)": "session of the Foreign Investors'
 * Council". Returns its entity, or (size_t)-1. */
static size_t event_of_organisation(const kx *x, const ev_mention *m)
{
    size_t k = m->noun + 1;
    if (!kx_is(x, k, "of"))
        return (size_t)-1;
    k++;
    if (kx_is(x, k, "the"))
        k++;
    size_t l = k < x->n ? x->label[k] : 0;
    if (!l || x->out->mentions[l - 1].tok_start != k ||
        (x->out->mentions[l - 1].type != KG_ORGANISATION &&
         x->out->mentions[l - 1].type != KG_PARTY) ||
        x->out->mentions[l - 1].entity == (size_t)-1)
        return (size_t)-1;
    return x->out->mentions[l - 1].entity;
}

/* The key of the capitalised name right after "<noun> of (the)" when no mention is there:
 * "the meeting of the People's Assembly" is that assembly's, not the article's meeting.
 * Returns a key the caller frees, or NULL. */
static char *event_of_named(const kx *x, const ev_mention *m)
{
    size_t k = m->noun + 1;
    if (!kx_is(x, k, "of"))
        return NULL;
    k++;
    if (kx_is(x, k, "the"))
        k++;
    size_t e = k;
    while (e < x->n && kx_same_sentence(x, k, e) && e < k + 6 &&
           (kx_is_cap(x, e) || (e > k && (x->t->tokens[e].flags & KG_TOKEN_POSSESSIVE))))
        e++;
    if (e == k || x->label[k])
        return NULL;
    const kg_token *ta = &x->t->tokens[k], *tb = &x->t->tokens[e - 1];
    return kg_normalize_key(x->t->text + ta->start, tb->end - ta->start);
}

/* The organisation that possesses the phrase: "the State Duma's spring session". Returns its
 * entity, or (size_t)-1, and in *from the first word after the possessive ("spring"). */
static size_t event_of_possessor(const kx *x, const ev_mention *m, size_t *from)
{
    /* over a few lower-case words that qualify the noun: "the Senate's spring session" */
    size_t a = m->a;
    while (a > 0 && a + 3 > m->a && kx_same_sentence(x, a - 1, m->noun) && !x->label[a - 1] &&
           x->t->tokens[a - 1].kind == KG_TOKEN_WORD && !kx_is_cap(x, a - 1) &&
           !(x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE) && !kx_is_determiner(x, a - 1))
        a--;
    /* the possessive "'s" is a token of its own, after the name */
    if (a < 2 || !(x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE))
        return (size_t)-1;
    size_t l = x->label[a - 2];
    if (!l || !kx_same_sentence(x, a - 2, m->noun) ||
        x->out->mentions[l - 1].type != KG_ORGANISATION ||
        x->out->mentions[l - 1].tok_end != a - 1 || x->out->mentions[l - 1].entity == (size_t)-1)
        return (size_t)-1;
    *from = a;
    return x->out->mentions[l - 1].entity;
}

/* Whether the phrase speaks of many meetings of a kind, not of one: "one of a series of
 * meetings", "regular sessions". Words that name one event in the plural ("talks",
 * "elections", "consultations") are not such. */
static int is_plural_of_many(const kx *x, const ev_mention *m)
{
    static const char *const many[] = {"meetings", "sessions",   "conferences", "summits",
                                       "forums",   "congresses", NULL};
    return kx_is_any_ci(x, m->noun, many) && !m->name_key;
}

/* The occasion a statement was delivered at, said in its byline: "As delivered by X to the
 * Permanent Council, Vienna", "Remarks by X to the Assembly": a session of that body, the
 * document's main meeting, held where the byline says. Only when no meeting opens the
 * text. */
static void find_delivery_occasion(kx *x)
{
    static const char *const nouns[] = {"delivered", "delivery", "remarks", "statement",
                                        "address",   "speech",   NULL};
    static const char *const openers[] = {"as",      "prepared", "for",   "opening",
                                          "closing", "keynote",  "joint", NULL};
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        /* a byline is a paragraph of its own, at the start or the end, that opens with the
         * words */
        if (!kx_in_byline_window(x, s) || !kx_sentence_is_paragraph(x, s))
            continue;
        for (size_t i = sen->first_token; i + 1 < sen->end_token && i < sen->first_token + 4; i++) {
            if (!kx_is_any_ci(x, i, nouns) || !kx_is(x, i + 1, "by"))
                continue;
            /* "As prepared for delivery by", "Opening remarks by": nothing else before */
            int opening = 1;
            for (size_t k = sen->first_token; k < i && opening; k++)
                opening = kx_is_any_ci(x, k, openers);
            if (!opening)
                continue;
            size_t to = i + 2;
            while (to < sen->end_token && to < i + 16 && !kx_is(x, to, "to"))
                to++;
            size_t o = to + 1 + (kx_is(x, to + 1, "the") ? 1 : 0);
            size_t l = o < sen->end_token ? x->label[o] : 0;
            if (!kx_is(x, to, "to") || !l || x->out->mentions[l - 1].tok_start != o ||
                x->out->mentions[l - 1].type != KG_ORGANISATION ||
                x->out->mentions[l - 1].entity == (size_t)-1)
                continue;
            /* copies: kx_add_entity and kx_add_mention below may move both arrays */
            size_t om_end = x->out->mentions[l - 1].tok_end;
            const kg_x_entity *org = &x->out->entities[x->out->mentions[l - 1].entity];
            char *key = kg_xasprintf("meeting|%s|of|%s", x->out->doc->id, org->key);
            char *name = kg_xasprintf("session of the %s", org->name);
            size_t ev = kx_add_entity(x, name, strlen(name), KG_EVENT);
            free(name);
            kg_x_entity *en = &x->out->entities[ev];
            free(en->key);
            en->key = key;
            en->event_kind = "meeting";
            en->is_main_event = 1;
            en->first_sentence = s;
            if (x->out->doc->date)
                en->date = kg_xstrdup(x->out->doc->date);
            size_t mi = kx_add_mention(x, i, i + 1, KG_EVENT);
            x->out->mentions[mi].entity = ev;
            /* ", Vienna": where it was held */
            size_t pl = om_end + 1 < sen->end_token ? x->label[om_end + 1] : 0;
            if (kx_is(x, om_end, ",") && pl && x->out->mentions[pl - 1].type == KG_PLACE &&
                x->out->mentions[pl - 1].entity != (size_t)-1) {
                size_t place = x->out->mentions[pl - 1].entity;
                x->out->entities[ev].place = kg_xstrdup(x->out->entities[place].name);
                kx_add_relation(x, ev, place, KG_LOCATED_IN, s);
            }
            return;
        }
    }
}

/* A text that lists its speakers ("Witnesses:", "Moderator: X") announces an occasion: when
 * no meeting opens the text, the first one it names ("At the time of this hearing") is the
 * one it is about. */
static void find_announced_occasion(kx *x)
{
    int speakers = 0;
    for (size_t i = 0; i < x->n && !speakers; i++)
        speakers = kx_in_speaker_line(x, i);
    if (!speakers)
        return;
    size_t first = (size_t)-1;
    for (size_t k = 0; k < x->out->n_entities; k++) {
        const kg_x_entity *en = &x->out->entities[k];
        if (en->type == KG_EVENT && en->event_kind && strcmp(en->event_kind, "meeting") == 0 &&
            strstr(en->key, "|main") &&
            (first == (size_t)-1 || en->first_sentence < x->out->entities[first].first_sentence))
            first = k;
    }
    if (first == (size_t)-1)
        return;
    x->out->entities[first].is_main_event = 1;
    /* such a text's headline is the occasion's title ("Disappeared in Turkmenistan's
     * Prisons: Are They Still Alive?") */
    size_t h = 0;
    while (h < x->n && kx_in_headline(x, h))
        h++;
    if (h > 0) {
        const kg_token *ta = &x->t->tokens[0], *tb = &x->t->tokens[h - 1];
        kx_add_alias(x, first, x->t->text + ta->start, tb->end - ta->start, "title of the text");
    }
}

/* An election phrase by its year, to find the first of a year by bisection. */
typedef struct year_phrase {
    int year;
    size_t phrase;
} year_phrase;

static int cmp_year_phrase(const void *a, const void *b)
{
    const year_phrase *x = a, *y = b;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    return (x->phrase > y->phrase) - (x->phrase < y->phrase);
}

/* The first phrase (in text order) of year among yp[0..n), sorted by year and phrase, or
 * (size_t)-1. */
static size_t first_of_year(const year_phrase *yp, size_t n, int year)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (yp[mid].year < year)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && yp[lo].year == year ? yp[lo].phrase : (size_t)-1;
}

/* The mention of an organisation's or party's name that ends right before the event noun i
 * and follows a determiner ("the Central Committee meeting", "a Security Council session"),
 * or (size_t)-1 when none. */
static size_t body_before_noun(const kx *x, size_t i)
{
    if (i == 0 || !x->label[i - 1] || !kx_is_lower_word(x, i))
        return (size_t)-1;
    const kg_x_mention *m = &x->out->mentions[x->label[i - 1] - 1];
    if ((m->type != KG_ORGANISATION && m->type != KG_PARTY) || m->tok_end != i ||
        m->tok_start == 0 || !kx_same_sentence(x, m->tok_start - 1, i) ||
        !kx_is_determiner(x, m->tok_start - 1) ||
        (x->t->tokens[m->tok_start - 1].flags & KG_TOKEN_POSSESSIVE))
        return (size_t)-1;
    return x->label[i - 1] - 1;
}

void kx_find_events(kx *x)
{
    ev_mention *ms = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < x->n; i++) {
        size_t nlen = 0;
        const char *kind = kx_ev_noun_at(x, i, &nlen);
        if (!kind || kx_in_event_title(x, i)) /* "Armenia after the Election" names a hearing */
            continue;
        size_t noun_end = i + nlen;
        if (strcmp(kind, "election") == 0 && kx_ev_is_non_event_compound(x, noun_end))
            continue;
        /* modifiers and a determiner before the noun */
        size_t a = i;
        while (a > 0 && kx_same_sentence(x, a - 1, i) && !x->label[a - 1] &&
               (kx_ev_is_modifier(x, a - 1) || kx_ev_is_year(x, a - 1, NULL)))
            a--;
        int determined = a > 0 && kx_same_sentence(x, a - 1, i) && kx_is_determiner(x, a - 1);
        /* "Members of Congress", "Congress passed": "Congress" with nothing before it that
         * makes it a meeting (a determiner, an ordinal, a party's name or possessive) is a
         * legislature's name, not a party congress */
        if (kx_is(x, i, "Congress") && a == i && !determined &&
            !(i > 0 && kx_same_sentence(x, i - 1, i) &&
              (kx_is_cap(x, i - 1) || x->label[i - 1] || kx_is_ordinal(x, i - 1) ||
               (x->t->tokens[i - 1].flags & KG_TOKEN_POSSESSIVE))))
            continue;
        /* "the Central Committee meeting", "a Security Council session": the name of the
         * body that meets, between the determiner and the noun, is part of the phrase */
        size_t body = (size_t)-1;
        if (!determined && a == i && strcmp(kind, "election") != 0 &&
            strcmp(kind, "referendum") != 0) {
            body = body_before_noun(x, i);
            if (body != (size_t)-1) {
                a = x->out->mentions[body].tok_start;
                determined = 1;
            }
        }
        if (determined && !(x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE))
            a--;
        /* words that are also verbs or generic need a determiner: "should vote"; one
         * adjective may stand between ("a rare protest", not "the students protest") */
        if ((kx_is_ci(x, i, "meeting") || kx_is_ci(x, i, "vote") || kx_is_ci(x, i, "protest") ||
             kx_is_ci(x, i, "rally") || kx_is_ci(x, i, "march") || kx_is_ci(x, i, "trip")) &&
            !determined && a == i && !kx_is_cap(x, i)) {
            if (!adjective_after_determiner(x, i))
                continue;
            determined = 1;
            a = i - 2;
        }
        int meeting = strcmp(kind, "election") != 0 && strcmp(kind, "referendum") != 0;
        size_t name_from = meeting ? kx_ev_proper_name_start(x, a, i) : i + 1, a_common = a;
        if (name_from < a)
            a = name_from;
        size_t b = kx_ev_extend_right(x, a, noun_end, meeting);
        KG_GROW(ms, cap, n + 1);
        ev_mention *m = &ms[n++];
        *m = (ev_mention){
            .a = a, .a_common = a_common, .b = b, .noun = i, .name_from = name_from, .kind = kind};
        m->acronym = (size_t)-1;
        m->body = body;
        if (name_from <= i) {
            const kg_token *ta = &x->t->tokens[name_from], *tb = &x->t->tokens[i];
            m->name_key = kg_normalize_key(x->t->text + ta->start, tb->end - ta->start);
            size_t l = b + 2 < x->n ? x->label[b + 1] : 0;
            if (kx_is(x, b, "(") && kx_is(x, b + 2, ")") && kx_is_allcaps(x, b + 1) && l &&
                x->out->mentions[l - 1].type == KG_ORGANISATION &&
                x->out->mentions[l - 1].tok_start == b + 1 &&
                x->out->mentions[l - 1].tok_end == b + 2)
                m->acronym = x->out->mentions[l - 1].entity;
        }
        m->year = 0;
        for (size_t k = a; k < b; k++)
            if (kx_ev_is_year(x, k, &m->year))
                break;
        kx_ev_phrase_subtype(x, m);
        i = noun_end - 1;
    }

    /* a name seen only in a title-case headline may be the headline's style: it names an
     * event when the body uses it too */
    for (size_t i = 0; i < n; i++) {
        if (!ms[i].name_key || !kx_in_headline(x, ms[i].noun))
            continue;
        int in_body = 0;
        for (size_t k = 0; k < n; k++)
            in_body |= k != i && ms[k].name_key && !kx_in_headline(x, ms[k].noun) &&
                       strcmp(ms[k].name_key, ms[i].name_key) == 0;
        if (!in_body) {
            free(ms[i].name_key);
            ms[i].name_key = NULL;
            ms[i].name_from = ms[i].noun + 1;
            ms[i].a = ms[i].a_common;
        }
    }

    /* a title-case headline's generic event is the one its body tells of: group it last,
     * so that the headline's "Talks in Bishkek" joins "held talks with X" */
    for (size_t i = 0, w = 0; i < n; i++) {
        size_t partner;
        int generic_headline = kx_in_headline(x, ms[i].noun) && !ms[i].name_key &&
                               meeting_partners(x, &ms[i], &partner, 1) == 0;
        if (!generic_headline) {
            ev_mention t = ms[i];
            memmove(&ms[w + 1], &ms[w], (i - w) * sizeof *ms);
            ms[w++] = t;
        }
    }

    /* group: meetings into one event (the one the article is about), visits likewise,
     * elections by subtype and year, referendums by year */
    size_t *entity_of = kg_xmalloc((n + 1) * sizeof *entity_of);
    int year0 = kx_ev_doc_year(x);
    int told_by_verb = -1; /* protest_told_by_verb, when first needed */
    /* (event, place) pairs: the place the first placed phrase of each unnamed event gave */
    kx_event_index *evx = kx_event_index_new();
    /* the first election of each year with a subtype other than general and no run-off:
     * where an unqualified election of that year joins */
    year_phrase *specific = kg_xmalloc((n + 1) * sizeof *specific);
    size_t n_specific = 0;
    for (size_t k = 0; k < n; k++)
        if (strcmp(ms[k].kind, "election") == 0 && strcmp(ms[k].subtype, "general") != 0 &&
            !strstr(ms[k].subtype, "runoff"))
            specific[n_specific++] = (year_phrase){ms[k].year ? ms[k].year : year0, k};
    if (n_specific > 1)
        qsort(specific, n_specific, sizeof *specific, cmp_year_phrase);
    for (size_t i = 0; i < n; i++) {
        ev_mention *m = &ms[i];
        int year = m->year ? m->year : year0;
        kx_event_index_sync(evx, x);
        char *key = NULL;
        int general = strcmp(m->subtype, "general") == 0;
        if (strcmp(m->kind, "election") == 0 && general) {
            /* an unqualified election joins the document's specific election of that year */
            /* not a run-off: "the March election" of a text about the run-off is the
             * first round (a general election that joined one takes its subtype, so the
             * first specific one of the year decides) */
            size_t k = first_of_year(specific, n_specific, year);
            int joined = k != (size_t)-1;
            if (joined)
                strcpy(m->subtype, ms[k].subtype);
            /* "the campaign" is an election's only where the document has one */
            if (!joined && kx_is_ci(x, m->noun, "campaign")) {
                entity_of[i] = (size_t)-1;
                continue;
            }
        }
        /* "the launch of the service in Dushanbe", "the presentation of the report on May
         * 3", "the funeral ... on Friday": nouns that more often name an act than an event
         * name one only where the text says where or when */
        static const char *const acts[] = {"presentation", "launch", "funeral", "funerals", NULL};
        /* "a dialogue with the opposition": a process more often than a meeting, unless
         * named ("the Strategic Partnership Dialogue") or placed or dated */
        static const char *const processes[] = {"dialogue", "dialogues", NULL};
        if ((kx_is_any_ci(x, m->noun, acts) ||
             (kx_is_any(x, m->noun, processes) && !m->name_key)) &&
            !event_is_anchored(x, m, 6)) {
            entity_of[i] = (size_t)-1;
            continue;
        }
        /* "restrictions on protests": a protest is an event where the text says where or
         * when it was, or tells of it in its headline or by its verb; later mentions join
         * it */
        if (strcmp(m->kind, "protest") == 0 && !event_is_anchored(x, m, 3) &&
            !kx_event_index_has_kind(evx, "protest")) {
            if (told_by_verb < 0) /* once per document: the scan reads every token */
                told_by_verb = protest_told_by_verb(x);
            if (!told_by_verb) {
                entity_of[i] = (size_t)-1;
                continue;
            }
        }
        /* another time's meeting is not the one the article is about: a past one ("the
         * talks begun in Samarkand last November") is an event of its own, a future one
         * ("the next summit") none yet */
        int when = !m->name_key && strcmp(m->kind, "meeting") == 0 ? kx_ev_other_time(x, m) : 0;
        /* "the last elections", "the previous referendum" without a year: some other
         * ballot than the document's, that the text does not date */
        int ballot = strcmp(m->kind, "election") == 0 || strcmp(m->kind, "referendum") == 0;
        if (when == 2 || (ballot && !m->year && !m->name_key && kx_ev_other_time(x, m) == 1)) {
            entity_of[i] = (size_t)-1;
            continue;
        }
        size_t partners[8];
        size_t n_partners = meeting_partners(x, m, partners, 8);
        size_t with = n_partners ? partners[0] : (size_t)-1;
        /* "meetings were held with A, B and C": one meeting with each, named at the noun */
        for (size_t k = 1; k < n_partners; k++) {
            size_t ev = kx_meeting_with(x, partners[k], NULL, x->t->tokens[m->a].sentence);
            size_t mi = kx_add_mention(x, m->noun, m->noun + 1, KG_EVENT);
            x->out->mentions[mi].entity = ev;
        }
        if (with == (size_t)-1 && is_plural_of_many(x, m)) {
            entity_of[i] = (size_t)-1;
            continue;
        }
        size_t owner = with == (size_t)-1 ? event_of_organisation(x, m) : (size_t)-1;
        /* "the Politburo meeting", "the NATO summit": the body that meets keeps it apart
         * from another body's meeting and from the article's */
        if (owner == (size_t)-1 && with == (size_t)-1 && m->body != (size_t)-1 &&
            x->out->mentions[m->body].entity != (size_t)-1)
            owner = x->out->mentions[m->body].entity;
        int possessed = 0;
        size_t owned_from = m->a;
        if (owner == (size_t)-1 && with == (size_t)-1 && !m->name_key) {
            owner = event_of_possessor(x, m, &owned_from);
            possessed = owner != (size_t)-1;
        }
        size_t found = (size_t)-1, here = (size_t)-1;
        char *named = NULL;
        if (strcmp(m->kind, "election") == 0 || strcmp(m->kind, "referendum") == 0) {
            key = kg_xasprintf("%s|%s|%d", m->kind, m->subtype, year);
        } else if (with != (size_t)-1) { /* "the meeting with X": one event per person met */
            key = kx_meeting_with_key(x, x->out->entities[with].key);
        } else if (m->name_key) {
            /* a named event is itself wherever it is mentioned, in any document */
            key = kg_xasprintf("%s|name|%s", m->kind, m->name_key);
        } else if (when == 1) { /* each past meeting apart: the phrase is all kg knows */
            key = kg_xasprintf("%s|%s|past|%zu", m->kind, x->out->doc->id, m->noun);
        } else if (owner != (size_t)-1) { /* "the session of the X Council" */
            key =
                kg_xasprintf("%s|%s|of|%s", m->kind, x->out->doc->id, x->out->entities[owner].key);
        } else if ((named = event_of_named(x, m)) != NULL) { /* "meeting of the X Assembly" */
            key = kg_xasprintf("%s|%s|of|%s", m->kind, x->out->doc->id, named);
            free(named);
        } else {
            /* "the meeting", "the forum": the event the article is about */
            key = kg_xasprintf("%s|%s|%s", m->kind, x->out->doc->id, "main");
            kx_event_index_sync(evx, x);
            found = kx_event_index_main_of_kind(evx, m->kind);
            /* "a rally in Nairobi" ... "a rally in Kampala": a phrase that introduces one in
             * another town than the article's event of its kind names another event */
            here = phrase_place(x, m);
            size_t main_place = found != (size_t)-1 ? kx_event_index_place_of(evx, found)
                                                    : kx_event_index_place_of_key(evx, x, key);
            /* "the rally in Manhattan" looks back at a rally told of: the same one */
            int definite = kx_is_ci(x, m->a, "the") || (m->a > 0 && kx_is_ci(x, m->a - 1, "the"));
            if (here != (size_t)-1 && main_place != (size_t)-1 && here != main_place && !definite &&
                !is_wide_place(x, here) && !is_wide_place(x, main_place)) {
                free(key);
                key = kg_xasprintf("%s|%s|in|%s", m->kind, x->out->doc->id,
                                   x->out->entities[here].key);
                found = (size_t)-1;
            }
        }
        if (found == (size_t)-1) {
            kx_event_index_sync(evx, x);
            found = kx_event_index_find(evx, x, key);
        }
        char *text = kx_ev_phrase_text(x, m->a, m->b);
        if (found == (size_t)-1) {
            found = kx_add_entity(x, text, strlen(text), KG_EVENT);
            kg_x_entity *en = &x->out->entities[found];
            free(en->key);
            en->key = kg_xstrdup(key);
            en->event_kind = m->kind;
            if (with != (size_t)-1) { /* labelled by whom it was with */
                free(en->name);
                en->name = kg_xasprintf("meeting with %s", x->out->entities[with].name);
            } else if (possessed) { /* "spring session of the State Duma" */
                char *own = kx_ev_phrase_text(x, owned_from, m->b);
                free(en->name);
                en->name = kg_xasprintf("%s of the %s", own, x->out->entities[owner].name);
                free(own);
            }
            en->label_headline = kx_in_headline(x, m->noun) && with == (size_t)-1;
            /* the article's first meeting is the one it is about, when the article opens
             * with it (headline or first paragraphs), not one named in passing later */
            size_t sen = x->t->tokens[m->a].sentence;
            int opening = x->t->sentences[sen].paragraph <= 2 || sen <= 3;
            en->is_main_event =
                strcmp(m->kind, "meeting") == 0 && !kx_event_index_has_main(evx) && opening;
            kx_event_index_sync(evx, x); /* reads its key, kind and main */
            en->first_sentence = x->t->tokens[m->a].sentence;
            if (strcmp(m->kind, "election") == 0 || strcmp(m->kind, "referendum") == 0) {
                /* the label says which: "2023 elections to Mazhilis and maslikhats" */
                if (!m->year && year) {
                    char *label = kg_xasprintf("%d %s", year, text);
                    free(en->name);
                    en->name = label;
                }
            }
        } else {
            kg_x_entity *en = &x->out->entities[found];
            /* the headline names the event the article is about: "Commission Hearing on X"
             * joins the hearing the body announces */
            if (kx_in_headline(x, m->noun) && strcmp(m->kind, "meeting") == 0 &&
                strcmp(en->event_kind, "meeting") == 0 && !kx_event_index_has_main(evx)) {
                en->is_main_event = 1;
                kx_event_index_main(evx, x, found);
            }
            /* prefer the most descriptive phrase as the label, and never an upper-case
             * headline's */
            int shouting = strpbrk(en->name, "abcdefghijklmnopqrstuvwxyz") == NULL;
            int body = (en->label_headline || !strchr(en->name, ' ')) && strchr(text, ' ') &&
                       !kx_in_headline(x, m->noun) && with == (size_t)-1;
            if ((strlen(text) > strlen(en->name) && strcmp(m->kind, "meeting") != 0) ||
                (shouting && strpbrk(text, "abcdefghijklmnopqrstuvwxyz")) || body) {
                en->label_headline = 0;
                kx_add_alias(x, found, en->name, strlen(en->name), "same event");
                free(en->name);
                en->name = m->year || !year || strcmp(m->kind, "meeting") == 0
                               ? kg_xstrdup(text)
                               : kg_xasprintf("%d %s", year, text);
            }
        }
        kx_add_alias(x, found, text, strlen(text), "same event");
        free(text);
        kx_ev_add_title_alias(x, found, m->a, m->b);
        if (here != (size_t)-1) /* the first place a phrase gives the event is its own */
            kx_event_index_place(evx, found, here);
        kg_x_entity *en = &x->out->entities[found];
        if (!en->date) {
            char *d = kx_ev_sentence_date(x, x->t->tokens[m->a].sentence);
            if (d)
                en->date = d;
        }
        size_t mi = kx_add_mention(x, m->a, m->b, KG_EVENT);
        x->out->mentions[mi].entity = found;
        entity_of[i] = found;
        free(key);
        /* "the X Dialogue (XD)": the acronym names the event, not an organisation */
        if (m->acronym != (size_t)-1 && x->out->entities[m->acronym].type == KG_ORGANISATION) {
            kg_x_entity *acr = &x->out->entities[m->acronym];
            for (size_t k = 0; k < x->out->n_mentions; k++)
                if (x->out->mentions[k].entity == m->acronym) {
                    x->out->mentions[k].entity = found;
                    x->out->mentions[k].type = KG_EVENT;
                }
            kx_add_alias(x, found, acr->name, strlen(acr->name), "acronym in parentheses");
            for (size_t k = 0; k < acr->n_aliases; k++)
                kx_add_alias(x, found, acr->aliases[k].text, strlen(acr->aliases[k].text),
                             acr->aliases[k].reason);
            acr->type = KG_ENTITY_TYPE_COUNT; /* dead: compacted away */
        }
    }
    if (!has_main_meeting(x))
        find_delivery_occasion(x);
    if (!has_main_meeting(x))
        find_announced_occasion(x);
    for (size_t k = 0; k < x->out->n_entities; k++) {
        kg_x_entity *en = &x->out->entities[k];
        if (en->type == KG_EVENT && !en->date && x->out->doc->date && en->is_main_event)
            en->date = kg_xstrdup(x->out->doc->date);
    }
    free(entity_of);
    free(specific);
    kx_event_index_free(evx);
    for (size_t i = 0; i < n; i++)
        free(ms[i].name_key);
    free(ms);
}
