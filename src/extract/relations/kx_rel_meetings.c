/* kx_rel_meetings: who takes part in meetings and visits, and where a visit was.
 *
 * Reads: the person, place and event mentions, the events, rs->speaker.
 * Adds:  spoke-at and located-in relations; the meeting or visit a sentence tells of when
 *        the document names none (an event entity, and a mention of its verb).
 * Patterns:
 * - readouts: "A met (today) with B", "A meets B", "A hosted B", "A received B", "A held
 *   talks with B", "discussed with B"; "The delegation met with B" (B's side only); not
 *   "met with B's attorney";
 * - "a meeting (of A) with B": B, the people named in the phrase, and the subject of the
 *   sentence that introduces it ("A held a meeting with B");
 * - delegation leaders: "the delegations led by A and B covered", "A and Deputy Secretary B
 *   led the consultations", "A led the Tajik delegation";
 * - trips: "A visited X", "A will travel to X from May 3-5", "A will lead a delegation to X,
 *   Y and Z", "A arrived in X" (A's trip, held in each place); "her visit to X", "Sherman's
 *   visit to X", "the visit of A to X" (the most precise place any mention gives). */
#include "kx_rel_meetings.h"

#include "../../kg_mem.h"
#include "../kx_event_index.h"
#include "../kx_event_phrases.h"

#include <stdlib.h>
#include <string.h>

/* "discussed with X", "talked with X": a conversation with X, whoever the subject is. */
static int talks_with(const kx *x, size_t i)
{
    return (kx_is(x, i, "discussed") || kx_is(x, i, "talked") || kx_is(x, i, "spoke")) &&
           kx_is(x, i + 1, "with");
}

static int is_meeting_verb(const kx *x, size_t i)
{
    return kx_is(x, i, "met") || kx_is(x, i, "meets") || kx_is(x, i, "hosted") ||
           kx_is(x, i, "received") || (kx_is(x, i, "held") && kx_is(x, i + 1, "talks")) ||
           talks_with(x, i);
}

/* The meeting event keyed as a meeting with person p, or (size_t)-1. */
static size_t meeting_with(kx *x, size_t p)
{
    char *key = kx_meeting_with_key(x, x->out->entities[p].key);
    size_t found = kx_find_event(x, key);
    free(key);
    return found;
}

/* The person a subject pronoun before the meeting verb v of sentence s stands for ("He
 * met with B", "She also met with B"): the first person named in the sentence before, when
 * it is in the same paragraph; (size_t)-1 otherwise. */
static size_t pronoun_subject(kx_rel_state *rs, size_t s, size_t v)
{
    static const char *const pronouns[] = {"He", "She", "he", "she", NULL};
    static const char *const adverbs[] = {"also", "later", "then", "today", "yesterday", NULL};
    const kx *x = rs->x;
    size_t k = v;
    while (k > x->t->sentences[s].first_token && kx_is_any(x, k - 1, adverbs))
        k--;
    if (k == 0 || !kx_is_any(x, k - 1, pronouns) || !kx_same_sentence(x, k - 1, v) || s == 0 ||
        x->t->sentences[s - 1].paragraph != x->t->sentences[s].paragraph)
        return (size_t)-1;
    /* the sentence's subject: a person its first words name, only titles, determiners and
     * capitalised words before ("Minister Leo Docherty visited", not "The President
     * received Ambassador X") */
    const kg_sentence *prev = &x->t->sentences[s - 1];
    for (size_t i = prev->first_token; i < prev->end_token; i++) {
        size_t mk = rs->mention_at[i];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON)
            return kx_rel_mention(rs, mk - 1)->entity;
        if (!(kx_is_title(x, i) || kx_is_cap(x, i) || kx_is_determiner(x, i) || mk))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* Readouts of a meeting: "A met (today) with B", "A meets B", "A hosted B": both took part
 * and speak at it. When the document names no meeting, the sentence itself is one. */
void kx_rel_find_meetings_by_verb(kx_rel_state *rs)
{
    kx *x = rs->x;
    /* the main events, counted once: only this pass sets the flag from here on */
    size_t n_main = 0;
    for (size_t k = 0; k < x->out->n_entities; k++)
        n_main += x->out->entities[k].type == KG_EVENT && x->out->entities[k].is_main_event;
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        for (size_t v = sen->first_token; v < sen->end_token; v++) {
            if (!is_meeting_verb(x, v) || kx_rel_is_negation(x, v - 1))
                continue;
            size_t subject = (size_t)-1, object = (size_t)-1, object2 = (size_t)-1;
            for (size_t k = v; k > sen->first_token; k--) {
                size_t mk = rs->mention_at[k - 1];
                if (kx_is(x, k - 1, ",") || kx_is(x, k - 1, ";"))
                    break;
                if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
                    subject = kx_rel_mention(rs, mk - 1)->entity;
                    break;
                }
            }
            /* "X visited Tashkent. He met with B": a pronoun right before the verb stands
             * for the first person of the sentence before, in the same paragraph */
            if (subject == (size_t)-1)
                subject = pronoun_subject(rs, s, v);
            /* the object: the first person of the clause after the verb; a name or a
             * parenthesis on the way counts as one word ("met with leader of the Liberal
             * Democratic Party of Russia (LDPR) B") */
            size_t words = 0;
            int titled = 0; /* a title since the verb: "met with the Deputy Minister of X, B" */
            for (size_t k = v + 1; k < sen->end_token && words < (titled ? 20u : 12u); words++) {
                /* the person set off after a title and its body is the one met, when the
                 * apposition closes ("..., B, to discuss", "..., B."), not the subject of a
                 * clause ("the Foreign Minister, Ambassador B said") */
                if (titled && kx_is(x, k, ",") && k + 1 < sen->end_token && rs->mention_at[k + 1] &&
                    kx_rel_mention(rs, rs->mention_at[k + 1] - 1)->type == KG_PERSON &&
                    kx_rel_mention(rs, rs->mention_at[k + 1] - 1)->tok_start == k + 1) {
                    size_t after = kx_rel_mention(rs, rs->mention_at[k + 1] - 1)->tok_end;
                    if (after < sen->end_token && !kx_is(x, after, ",") && !kx_is(x, after, "to") &&
                        !kx_is(x, after, ".") && !kx_is(x, after, ";"))
                        break;
                    k++;
                    continue;
                }
                /* a comma inside the title's body's list: "of Investments, Industry, and
                 * Trade"; no title after it */
                if (titled && kx_is(x, k, ",") && k + 1 < sen->end_token &&
                    (kx_is_cap(x, k + 1) || kx_is(x, k + 1, "and")) && !kx_is_title(x, k + 1) &&
                    !kx_is_title(x, k + 2)) {
                    k++;
                    continue;
                }
                if (kx_is(x, k, ",") || kx_is(x, k, ";") || kx_is(x, k, "to"))
                    break;
                if (kx_is_title(x, k) && !rs->mention_at[k])
                    titled = 1;
                size_t mk = rs->mention_at[k];
                size_t after = kx_after_parenthetical(x, k, 12);
                if (after != k || (mk && kx_rel_mention(rs, mk - 1)->type != KG_PERSON)) {
                    k = after != k ? after : kx_rel_mention(rs, mk - 1)->tok_end;
                    continue;
                }
                if (!mk) {
                    k++;
                    continue;
                }
                /* "met with Mr. X's attorney": someone of X's, not X */
                size_t j = kx_rel_mention(rs, mk - 1)->tok_end;
                if (j + 1 < sen->end_token && (x->t->tokens[j].flags & KG_TOKEN_POSSESSIVE) &&
                    kx_is_lower_word(x, j + 1))
                    break;
                object = kx_rel_mention(rs, mk - 1)->entity;
                /* "met with A and (the title of X) B": both */
                if (kx_is(x, j, "and"))
                    for (size_t e2 = j + 1; e2 < sen->end_token && e2 < j + 10; e2++) {
                        size_t m2 = rs->mention_at[e2];
                        if (m2 && kx_rel_mention(rs, m2 - 1)->type == KG_PERSON) {
                            object2 = kx_rel_mention(rs, m2 - 1)->entity;
                            break;
                        }
                        if (!kx_is_cap(x, e2) && !kx_is_title(x, e2) && !kx_is(x, e2, "of") &&
                            !kx_is(x, e2, "the") && !m2)
                            break;
                    }
                break;
            }
            /* "The delegation met with B": B was met, by whom the text does not name */
            size_t w = v + 1;
            if (kx_is(x, w, "today") || kx_is(x, w, "yesterday") || kx_is(x, w, "also"))
                w++;
            int subjectless = subject == (size_t)-1 &&
                              ((kx_is(x, v, "met") && kx_is(x, w, "with")) || talks_with(x, v));
            if ((subject == (size_t)-1 && !subjectless) || object == (size_t)-1 ||
                subject == object)
                continue;
            /* the meeting with this person named elsewhere (with the object, or the subject
             * in "B met A"), or a meeting of its own; when the article names no meeting of
             * its own, this is the one it is about */
            size_t meeting = meeting_with(x, object);
            if (meeting == (size_t)-1 && !subjectless)
                meeting = meeting_with(x, subject);
            if (meeting == (size_t)-1) {
                const char *b = x->out->entities[object].name;
                char *name =
                    subjectless
                        ? (object2 == (size_t)-1 ? kg_xasprintf("meeting with %s", b)
                                                 : kg_xasprintf("meeting with %s and %s", b,
                                                                x->out->entities[object2].name))
                        : kg_xasprintf("meeting of %s with %s", x->out->entities[subject].name, b);
                meeting = kx_meeting_with(x, object, name, s);
                free(name);
                kg_x_entity *en = &x->out->entities[meeting];
                int was = en->is_main_event;
                en->is_main_event = !subjectless && n_main == 0;
                n_main = n_main - (size_t)was + (size_t)en->is_main_event;
            }
            /* the sentence speaks of the meeting: where it was held is said here */
            size_t mi = kx_add_mention(x, v, v + 1, KG_EVENT);
            x->out->mentions[mi].entity = meeting;
            if (!subjectless)
                kx_add_relation(x, subject, meeting, KG_SPOKE_AT, s);
            kx_add_relation(x, object, meeting, KG_SPOKE_AT, s);
            if (object2 != (size_t)-1)
                kx_add_relation(x, object2, meeting, KG_SPOKE_AT, s);
            break;
        }
    }
}

/* Those who meet in "a meeting (of A) with B": B, the people named in the phrase, and the
 * subject of the sentence that introduces it ("A held a meeting with B"). They take part,
 * so they speak at it. */
void kx_rel_find_meeting_participants(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
    size_t *first = NULL, *order = kx_rel_mentions_by_sentence(x, &first);
    for (size_t mi = 0; mi < n_mentions; mi++) {
        const kg_x_mention *em = &e->mentions[mi];
        size_t event = em->entity;
        if (e->entities[event].type != KG_EVENT || !strstr(e->entities[event].key, "|with|"))
            continue;
        const char *partner_key = strstr(e->entities[event].key, "|with|") + 6;
        const kg_sentence *sen = &x->t->sentences[em->sentence];
        /* the subject: the last person before the phrase in its clause */
        size_t subject = (size_t)-1;
        for (size_t k = em->tok_start; k > sen->first_token; k--) {
            size_t mk = rs->mention_at[k - 1];
            if (kx_is(x, k - 1, ";") || x->t->tokens[k - 1].kind == KG_TOKEN_QUOTE)
                break;
            if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
                subject = kx_rel_mention(rs, mk - 1)->entity;
                break;
            }
        }
        for (size_t j = first[em->sentence]; j < first[em->sentence + 1]; j++) {
            const kg_x_mention *pm = &e->mentions[order[j]];
            if (pm->type != KG_PERSON)
                continue;
            int in_phrase = pm->tok_start >= em->tok_start && pm->tok_end <= em->tok_end;
            if (in_phrase || strcmp(e->entities[pm->entity].key, partner_key) == 0 ||
                pm->entity == subject)
                kx_add_relation(x, pm->entity, event, KG_SPOKE_AT, em->sentence);
        }
    }
    free(first);
    free(order);
}

/* A verb of travelling at v: the first token of its destination in *dest and the word
 * that names the trip ("visit", "travel") in *word; 0 when v is none. "visited X", "will
 * visit X", "travels to X", "will travel to X", "arrived in X", "will lead a delegation to
 * X". */
static int travel_verb(const kx *x, size_t v, size_t *dest, const char **word)
{
    static const char *const visits[] = {"visited", "visits", "Visits", "Visited", NULL};
    static const char *const travels[] = {"travel",     "travels",   "Travels",
                                          "traveled",   "travelled", "traveling",
                                          "travelling", "Travel",    NULL};
    static const char *const arrives[] = {"arrived", "arrives", "arrive",
                                          "Arrives", "Arrived", NULL};
    static const char *const leads[] = {"lead", "leads", "led", "leading", NULL};
    size_t k;
    if (kx_is_any(x, v, visits) ||
        (kx_is_ci(x, v, "visit") && v > 0 &&
         (kx_is(x, v - 1, "will") || kx_is(x, v - 1, "to") || kx_is(x, v - 1, "would")))) {
        *dest = v + 1;
        *word = "visit";
        return 1;
    }
    if (kx_is_any(x, v, travels) && kx_is(x, v + 1, "to")) {
        *dest = v + 2;
        *word = "travel";
        return 1;
    }
    if (kx_is_any(x, v, arrives) && kx_is(x, v + 1, "in")) {
        *dest = v + 2;
        *word = "visit";
        return 1;
    }
    /* "will lead a (high-level) delegation to X" */
    if (kx_is_any(x, v, leads) && (kx_is(x, v + 1, "a") || kx_is(x, v + 1, "the"))) {
        for (k = v + 2; k < v + 6 && k < x->n && !kx_is(x, k, "delegation"); k++)
            if (!kx_is_lower_word(x, k) && !kx_is_cap(x, k))
                return 0;
        if (kx_is(x, k, "delegation") && kx_is(x, k + 1, "to")) {
            *dest = k + 2;
            *word = "travel";
            return 1;
        }
    }
    return 0;
}

/* Trips: "A visited X", "A will travel to X from December 16-20", "A will lead a delegation
 * to X, Y and Z on May 23-27", "A arrived in X": A's trip, held in each place named. */
void kx_rel_find_visits(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    for (size_t v = 0; v < x->n; v++) {
        size_t dest;
        const char *word;
        if (!travel_verb(x, v, &dest, &word))
            continue;
        size_t s = x->t->tokens[v].sentence;
        const kg_sentence *sen = &x->t->sentences[s];
        size_t subject = (size_t)-1;
        for (size_t k = v; k > sen->first_token; k--) {
            size_t mk = rs->mention_at[k - 1];
            if (kx_is(x, k - 1, ";") || kx_is(x, k - 1, "who") || kx_is(x, k - 1, "which"))
                break;
            if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
                subject = kx_rel_mention(rs, mk - 1)->entity;
                break;
            }
        }
        /* the places: "X", "the X", "X, Y and Z" */
        size_t places[8], n_places = 0;
        for (size_t k = dest; k < sen->end_token && n_places < 8;) {
            if (kx_is(x, k, "the"))
                k++;
            size_t mk = k < sen->end_token ? rs->mention_at[k] : 0;
            if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE ||
                kx_rel_mention(rs, mk - 1)->tok_start != k)
                break;
            places[n_places++] = kx_rel_mention(rs, mk - 1)->entity;
            k = kx_rel_mention(rs, mk - 1)->tok_end;
            if (kx_is(x, k, ",") && kx_is(x, k + 1, "and"))
                k += 2;
            else if (kx_is(x, k, ",") || kx_is(x, k, "and"))
                k++;
            else
                break;
        }
        if (subject == (size_t)-1 || n_places == 0)
            continue;
        /* the document's visit, if it names one; else this sentence makes it */
        size_t visit = kx_last_event_of_kind(x, "visit");
        if (visit == (size_t)-1) {
            char *name = kg_xasprintf("%s's %s to %s", e->entities[subject].name, word,
                                      e->entities[places[0]].name);
            visit = kx_add_entity(x, name, strlen(name), KG_EVENT);
            free(name);
            kg_x_entity *en = &e->entities[visit];
            free(en->key);
            en->key = kg_xasprintf("visit|%s|%s", x->out->doc->id, e->entities[places[0]].key);
            en->event_kind = "visit";
            en->first_sentence = s;
            en->date = kx_ev_sentence_date(x, s);
            if (!en->date && x->out->doc->date)
                en->date = kg_xstrdup(x->out->doc->date);
            size_t mi = kx_add_mention(x, v, v + 1, KG_EVENT);
            x->out->mentions[mi].entity = visit;
        }
        kx_add_relation(x, subject, visit, KG_SPOKE_AT, s);
        for (size_t k = 0; k < n_places; k++)
            kx_add_relation(x, visit, places[k], KG_LOCATED_IN, s);
        if (!e->entities[visit].place)
            e->entities[visit].place = kg_xstrdup(e->entities[places[0]].name);
    }
}

/* "her visit to X", "Sherman's visit to X", "the visit of A to X": the visit was held in X,
 * and the visitor (the possessor, or for "his"/"her" the person the sentence is about)
 * takes part in it. */
void kx_rel_find_visit_phrases(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
    size_t *best = kg_xmalloc((e->n_entities + 1) * sizeof *best);
    size_t *best_s = kg_xcalloc(e->n_entities + 1, sizeof *best_s);
    for (size_t k = 0; k <= e->n_entities; k++)
        best[k] = (size_t)-1;
    for (size_t mi = 0; mi < n_mentions; mi++) {
        const kg_x_mention *em = &e->mentions[mi];
        const kg_x_entity *ev = &e->entities[em->entity];
        if (ev->type != KG_EVENT || !ev->event_kind || strcmp(ev->event_kind, "visit") != 0)
            continue;
        size_t noun = em->tok_start;
        while (noun < em->tok_end && !kx_is_ci(x, noun, "visit") && !kx_is_ci(x, noun, "visits"))
            noun++;
        if (noun == em->tok_end)
            continue;
        const kg_sentence *sen = &x->t->sentences[em->sentence];
        size_t visitor = (size_t)-1, place = (size_t)-1, k = noun + 1;
        /* "the visit of A to X", "the visit of Lord A to X" (a style or title before A) */
        if (kx_is(x, k, "of")) {
            size_t who = k + 1;
            while (who < sen->end_token && who < k + 4 &&
                   (!rs->mention_at[who] ||
                    kx_rel_mention(rs, rs->mention_at[who] - 1)->type != KG_PERSON) &&
                   kx_is_cap(x, who) && (kx_is_honorific(x, who) || kx_is_title(x, who)))
                who++;
            size_t mw = who < sen->end_token ? rs->mention_at[who] : 0;
            if (mw && kx_rel_mention(rs, mw - 1)->type == KG_PERSON) {
                visitor = kx_rel_mention(rs, mw - 1)->entity;
                k = kx_rel_mention(rs, mw - 1)->tok_end;
            }
        }
        if (kx_is(x, k, "to") && k + 1 < sen->end_token) {
            size_t at = kx_is(x, k + 1, "the") ? k + 2 : k + 1;
            size_t mk = at < sen->end_token ? rs->mention_at[at] : 0;
            if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PLACE)
                place = kx_rel_mention(rs, mk - 1)->entity;
        }
        /* "a visit this month by Deputy Secretary X": the visitor after "by" */
        for (size_t b = noun + 1; visitor == (size_t)-1 && b < sen->end_token && b < noun + 6;
             b++) {
            if (rs->mention_at[b] || kx_is(x, b, ",") || kx_is_speech_verb(x, b))
                break;
            if (!kx_is(x, b, "by"))
                continue;
            size_t who = b + 1;
            while (who < sen->end_token && who < b + 8 && !rs->mention_at[who] &&
                   (kx_is_title(x, who) || kx_is(x, who, "of") || kx_is_cap(x, who)))
                who++;
            size_t mw = who < sen->end_token ? rs->mention_at[who] : 0;
            if (mw && kx_rel_mention(rs, mw - 1)->type == KG_PERSON)
                visitor = kx_rel_mention(rs, mw - 1)->entity;
            break;
        }
        if (visitor == (size_t)-1 && noun > sen->first_token) {
            size_t b = noun - 1;
            size_t mb = b > sen->first_token && (x->t->tokens[b].flags & KG_TOKEN_POSSESSIVE)
                            ? rs->mention_at[b - 1]
                            : 0;
            if (mb && kx_rel_mention(rs, mb - 1)->type == KG_PERSON)
                visitor = kx_rel_mention(rs, mb - 1)->entity;
            else if ((kx_is_ci(x, b, "his") || kx_is_ci(x, b, "her")) && rs->speaker[em->sentence])
                visitor = rs->speaker[em->sentence] - 1; /* the person the sentence is about */
            else if (kx_is_ci(x, b, "his") || kx_is_ci(x, b, "her"))
                for (size_t j = sen->first_token; j < sen->end_token && visitor == (size_t)-1;
                     j++) /* else its first person */
                    if (rs->mention_at[j] &&
                        kx_rel_mention(rs, rs->mention_at[j] - 1)->type == KG_PERSON)
                        visitor = kx_rel_mention(rs, rs->mention_at[j] - 1)->entity;
        }
        /* the most precise place any mention gives: "visit to Ulaanbaatar" over the
         * headline's "Visit to Mongolia" */
        if (place != (size_t)-1 &&
            (best[em->entity] == (size_t)-1 ||
             kx_rel_place_rank(x, place) > kx_rel_place_rank(x, best[em->entity]))) {
            best[em->entity] = place;
            best_s[em->entity] = em->sentence;
        }
        if (visitor != (size_t)-1)
            kx_add_relation(x, visitor, em->entity, KG_SPOKE_AT, em->sentence);
    }
    for (size_t k = 0; k < e->n_entities; k++) {
        if (best[k] == (size_t)-1)
            continue;
        kx_add_relation(x, k, best[k], KG_LOCATED_IN, best_s[k]);
        if (!e->entities[k].place)
            e->entities[k].place = kg_xstrdup(e->entities[best[k]].name);
    }
    free(best);
    free(best_s);
}

/* Whether token i ends a list of leaders with their titles: a lower-case word that is no
 * title and no "and", "of", "for", "the" ("covered" in "led by A and Minister B covered"). */
static int ends_leader_list(const kx *x, size_t i)
{
    return kx_is_lower_word(x, i) && !kx_is_title(x, i) && !kx_is(x, i, "and") &&
           !kx_is(x, i, "of") && !kx_is(x, i, "for") && !kx_is(x, i, "the");
}

/* Verbs of running an event: its host or chair speaks at it ("A and B will hold a hearing",
 * "the round table moderated by A"). */
static const char *const host_verbs[] = {
    "hold",     "holds",    "held",      "host",      "hosts",     "hosted",
    "chair",    "chairs",   "moderate",  "moderates", "moderated", "convene",
    "convenes", "convened", "co-hosted", "presided",  NULL};
static const char *const auxiliaries[] = {"will", "would", "shall", "to",      "is", "are",
                                          "was",  "were",  "also",  "jointly", NULL};

/* Delegation leaders and hosts take part in the meeting: "the delegations led by A and B
 * covered ...", "A and Deputy Secretary B led the consultations", "A will hold a hearing".
 * Each speaks at the meeting that the sentence speaks of (or the article's). */
void kx_rel_find_delegation_leaders(kx_rel_state *rs)
{
    kx *x = rs->x;
    /* this pass adds relations only: the main meeting stays what it is */
    size_t main_meeting = kx_rel_main_meeting(x);
    for (size_t v = 0; v + 1 < x->n; v++) {
        int leads = kx_is(x, v, "led") || kx_is(x, v, "headed") || kx_is(x, v, "co-chaired") ||
                    kx_is(x, v, "chaired");
        if (!leads && !kx_is_any(x, v, host_verbs))
            continue;
        size_t s = x->t->tokens[v].sentence;
        const kg_sentence *sen = &x->t->sentences[s];
        size_t leaders[8], n = 0, event = (size_t)-1;
        if (kx_is(x, v + 1, "by")) {
            /* the list after "by": names with their titles, up to the next verb */
            for (size_t k = v + 2; k < sen->end_token && n < 8; k++) {
                size_t mk = rs->mention_at[k];
                if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
                    leaders[n++] = kx_rel_mention(rs, mk - 1)->entity;
                    k = kx_rel_mention(rs, mk - 1)->tok_end - 1;
                    continue;
                }
                if (ends_leader_list(x, k))
                    break;
            }
        } else {
            /* "A and B led the consultations", "A led the Tajik delegation": the subjects
             * before, the event (or the delegation) right after */
            size_t k = v + 1;
            if (kx_is_determiner(x, k))
                k++;
            size_t em = k < x->n ? rs->event_at[k] : 0;
            if (!em && k == v + 2) /* the event's phrase opens with its determiner */
                em = rs->event_at[v + 1];
            while (k < sen->end_token && kx_is_cap(x, k) && !rs->mention_at[k])
                k++; /* "the U.S. delegation" */
            if (k < sen->end_token && rs->mention_at[k] &&
                kx_rel_mention(rs, rs->mention_at[k] - 1)->type == KG_PLACE)
                k = kx_rel_mention(rs, rs->mention_at[k] - 1)->tok_end;
            if (em)
                event = kx_rel_mention(rs, em - 1)->entity;
            else if (!leads || (!kx_is(x, k, "delegation") && !kx_is(x, k, "delegations")))
                continue; /* "hold" and its kind need the event right after */
            /* the subjects: names with their titles and bodies, back from the verb (over
             * "will", "(D-FL)" and the names of bodies, which are no verbs) */
            size_t j = v;
            while (j > sen->first_token && kx_is_any(x, j - 1, auxiliaries))
                j--;
            /* "A met B, and also held talks": the verb's subject is the sentence's, not the
             * name before "and" */
            if (!leads && j > sen->first_token &&
                (kx_is(x, j - 1, "and") || kx_is(x, j - 1, "but")))
                continue;
            for (; j > sen->first_token && n < 8; j--) {
                size_t mk = rs->mention_at[j - 1];
                if (mk && kx_rel_mention(rs, mk - 1)->tok_end == j) {
                    if (kx_rel_mention(rs, mk - 1)->type == KG_PERSON)
                        leaders[n++] = kx_rel_mention(rs, mk - 1)->entity;
                    j = kx_rel_mention(rs, mk - 1)->tok_start + 1;
                    continue;
                }
                if (kx_is(x, j - 1, ")")) {
                    size_t o = j - 1;
                    while (o > sen->first_token && o + 8 > j && !kx_is(x, o, "("))
                        o--;
                    if (kx_is(x, o, "(")) {
                        j = o + 1;
                        continue;
                    }
                }
                /* "A and opposition leader B held talks": a word in lower case before a
                 * title is the title's */
                if (ends_leader_list(x, j - 1) && !kx_is_title(x, j))
                    break;
            }
        }
        if (event == (size_t)-1)
            event = kx_rel_meeting_in_context(x, s);
        if (event == (size_t)-1)
            event = main_meeting;
        if (event == (size_t)-1)
            continue;
        for (size_t k = 0; k < n; k++)
            kx_add_relation(x, leaders[k], event, KG_SPOKE_AT, s);
    }
}
