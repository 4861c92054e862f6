/* kx_rel_agendas: what meetings discussed.
 *
 * Reads: the event mentions and entities, rs->speaker and rs->co_speaker, the affiliations
 *        and the spoke-at relations so far (a meeting's participants).
 * Adds:  discussed relations from a meeting, and from those who discussed it there, to each
 *        topic.
 * Patterns:
 * - the article's meeting: "a round table on the results of X", "on the theme", "dedicated
 *   to", "These questions were discussed at the meeting" (the paragraph's questions), "a
 *   conference in Tashkent, Uzbekistan to promote X", "will examine X for A, the B and C"
 *   (a list of names goes on past its commas; bodies count after the words that open an
 *   agenda);
 * - the sides of a meeting as the subject: "The two sides discussed A, B and C", "The
 *   delegations emphasized", "The United States and Turkmenistan discussed", "The Secretary
 *   and the Foreign Minister discussed X" (both of them, and their meeting); once the
 *   text joins two countries so, each alone too ("Chile welcomed X"), bodies included;
 * - the agenda of each meeting held in the text, in the paragraph that introduces it:
 *   "discussed", "exchanged views on", "issues of", "prospects of"; "At the meeting with B,
 *   A informed B of X"; "The outcome of X was discussed with B"; "met with A and B to discuss
 *   X" (the meeting's purpose, and its subject's).
 * A meeting's place, host and participants are not its topics. */
#include "kx_rel_agendas.h"

#include "../../kg_mem.h"

#include <stdlib.h>
#include <string.h>

/* Whether sentence s names entity e before token end. */
static int first_mention_before(kx_rel_state *rs, size_t e, size_t s, size_t end)
{
    const kg_sentence *sen = &rs->x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token && i < end; i++)
        if (rs->mention_at[i] && kx_rel_mention(rs, rs->mention_at[i] - 1)->entity == e)
            return 1;
    return 0;
}

/* Whether sentence s names entity e. */
static int names_in_sentence(kx_rel_state *rs, size_t e, size_t s)
{
    return first_mention_before(rs, e, s, (size_t)-1);
}

/* Whether token i follows right after a mention of the meeting: "the round table on". */
static int ends_meeting_mention(kx_rel_state *rs, size_t i, size_t meeting)
{
    const kx *x = rs->x;
    if (i == 0 || i > x->n)
        return 0;
    /* a mention ending at i starts in the sentence of token i - 1 */
    for (size_t k1 = kx_last_mention_in_sentence(x, x->t->tokens[i - 1].sentence); k1;
         k1 = kx_prev_mention_in_sentence(x, k1 - 1)) {
        const kg_x_mention *m = kx_rel_mention(rs, k1 - 1);
        if (m->entity == meeting && m->tok_end == i)
            return 1;
    }
    return 0;
}

/* Whether token i is "in" before a place that closes the clause: "... in Almaty." */
static int place_ends_clause(kx_rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t mk = i + 1 < x->n ? rs->mention_at[i + 1] : 0;
    if (!kx_is(x, i, "in") || !mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
        return 0;
    size_t e = kx_rel_mention(rs, mk - 1)->tok_end;
    return e >= x->n || !kx_same_sentence(x, i, e) || x->t->tokens[e].kind == KG_TOKEN_PUNCT ||
           kx_is(x, e, "on") || kx_is(x, e, "was") || kx_is(x, e, "were");
}

/* The start of the subject of the verb at v: back over "also", "have", "had", "jointly". */
static size_t subject_end(const kx *x, size_t v, size_t first)
{
    size_t k = v;
    while (k > first && (kx_is(x, k - 1, "also") || kx_is(x, k - 1, "have") ||
                         kx_is(x, k - 1, "had") || kx_is(x, k - 1, "jointly")))
        k--;
    return k;
}

/* The place mention that ends at token k and opens the sentence (after "the"), + 1, or 0. */
static size_t place_opening(kx_rel_state *rs, size_t k, size_t first)
{
    const kx *x = rs->x;
    size_t mk = k > first ? rs->mention_at[k - 1] : 0;
    if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
        return 0;
    size_t b = kx_rel_mention(rs, mk - 1)->tok_start;
    return b == first || (b == first + 1 && kx_is_ci(x, first, "the")) ? mk : 0;
}

/* "The United States and Turkmenistan discussed": the two places joined by "and" that are
 * the subject ending at token k, as entities in pair; returns 1 when so. */
static int joint_places(kx_rel_state *rs, size_t k, size_t first, size_t pair[2])
{
    const kx *x = rs->x;
    size_t mk = k > first ? rs->mention_at[k - 1] : 0;
    if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PLACE)
        return 0;
    size_t a = kx_rel_mention(rs, mk - 1)->tok_start;
    size_t m2 = a >= 2 && kx_is(x, a - 1, "and") ? place_opening(rs, a - 1, first) : 0;
    if (!m2)
        return 0;
    pair[0] = kx_rel_mention(rs, m2 - 1)->entity;
    pair[1] = kx_rel_mention(rs, mk - 1)->entity;
    return 1;
}

/* Whether the verb at v has the sides of a meeting for its subject: "The two sides
 * discussed", "The delegations also emphasized", "The United States and Turkmenistan
 * discussed" (two places joined by "and"), "Participants affirmed", and one place that the
 * document makes a side (side[], one flag an entity, or NULL): "The United States
 * welcomed". What such a sentence names is what the meeting discussed, not what one speaker
 * said. After another verb of speech (speech), only places are the sides: not "Officials
 * said". */
static int sides_subject(kx_rel_state *rs, size_t v, const unsigned char *side, int speech)
{
    kx *x = rs->x;
    static const char *const sides[] = {"sides",        "leaders",   "parties", "delegations",
                                        "participants", "ministers", "two",     "counterparts",
                                        "presidents",   "officials", "heads",   "interlocutors",
                                        "negotiators",  NULL};
    size_t first = x->t->sentences[x->t->tokens[v].sentence].first_token;
    size_t k = subject_end(x, v, first), pair[2];
    if (k == first)
        return 0;
    size_t mk = rs->mention_at[k - 1];
    if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON)
        return 0;
    if (!speech && (kx_is(x, k - 1, "They") || kx_is_any_ci(x, k - 1, sides)))
        return 1;
    if (joint_places(rs, k, first, pair))
        return 1;
    size_t one = side ? place_opening(rs, k, first) : 0;
    return one && side[kx_rel_mention(rs, one - 1)->entity];
}

/* The person that the words [a, b) of a subject name: a person mention that ends there, or
 * a title phrase of one person ("the Secretary", "the Foreign Minister"); entity + 1 or 0. */
static size_t subject_person(kx_rel_state *rs, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    size_t mk = rs->mention_at[b - 1];
    if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON &&
        kx_rel_mention(rs, mk - 1)->tok_end == b && kx_rel_mention(rs, mk - 1)->tok_start >= a)
        return kx_rel_mention(rs, mk - 1)->entity + 1;
    return kx_rel_referent_of_title(rs, b - 1);
}

/* "A and B discussed", "The Secretary and the Foreign Minister also discussed": the two
 * persons who are the subject of the verb at v, into who; returns 2, or 0 when the subject
 * is not two persons. */
static size_t persons_subject(kx_rel_state *rs, size_t v, size_t who[2])
{
    kx *x = rs->x;
    size_t first = x->t->sentences[x->t->tokens[v].sentence].first_token;
    size_t e = v;
    while (e > first && (kx_is(x, e - 1, "also") || kx_is(x, e - 1, "jointly")))
        e--;
    size_t a = e, and_at = 0;
    while (a > first && !kx_is(x, a - 1, ",") && e - a < 16) {
        if (kx_is(x, a - 1, "and"))
            and_at = a - 1;
        a--;
    }
    if (!and_at)
        return 0;
    size_t p1 = subject_person(rs, a, and_at), p2 = subject_person(rs, and_at + 1, e);
    if (!p1 || !p2 || p1 == p2)
        return 0;
    who[0] = p1 - 1;
    who[1] = p2 - 1;
    return 2;
}

/* Verbs whose subject, when it is the sides of a meeting, gives the meeting's agenda: 1 for
 * the verbs of a meeting's account ("discussed", "agreed"), 2 for the other verbs of speech,
 * which give an agenda only when the subject names the sides ("Kazakhstan and Japan said"),
 * not "Officials said" or "They told". */
static int is_sides_verb(const kx *x, size_t i)
{
    static const char *const verbs[] = {
        "discussed",  "emphasized", "emphasised", "underscored", "reaffirmed", "affirmed",
        "agreed",     "noted",      "stressed",   "highlighted", "welcomed",   "reviewed",
        "exchanged",  "covered",    "expressed",  "considered",  "addressed",  "explored",
        "shared",     "focused",    "touched",    "appreciated", "thanked",    "pledged",
        "recognized", "recognised", NULL};
    return kx_is_any(x, i, verbs) ? 1 : kx_is_speech_verb(x, i) ? 2 : 0;
}

/* Whether token i is "to" with a verb of purpose right after a mention of the meeting
 * ("the conference in Tashkent, Uzbekistan to promote"). */
static int is_purpose_after_meeting(kx_rel_state *rs, size_t i, size_t meeting)
{
    static const char *const verbs[] = {"promote", "strengthen", "discuss", "address", "advance",
                                        "explore", "deepen",     "expand",  "review",  NULL};
    kx *x = rs->x;
    if (!kx_is(x, i, "to") || i + 1 >= x->n || !kx_is_any(x, i + 1, verbs))
        return 0;
    /* back over "in Tashkent, Uzbekistan" to the meeting's mention */
    for (size_t k = i; k > 0 && k + 6 > i && kx_same_sentence(x, k - 1, i); k--) {
        if (ends_meeting_mention(rs, k, meeting))
            return 1;
        size_t mk = rs->mention_at[k - 1];
        if (!(kx_is(x, k - 1, ",") || kx_is(x, k - 1, "in") ||
              (mk && kx_rel_mention(rs, mk - 1)->type == KG_PLACE)))
            return 0;
    }
    return 0;
}

/* The event of a mention that starts at token i and reaches past it ("Astana Economic
 * Forum" over the place "Astana"), or (size_t)-1. */
static size_t named_event_at(const kx_rel_state *rs, size_t i)
{
    size_t k = rs->event_at[i];
    if (!k || rs->x->out->mentions[k - 1].tok_end <= i + 1)
        return (size_t)-1;
    return rs->x->out->mentions[k - 1].entity;
}

/* "will focus on", "focused on", "examined": a verb whose object is the agenda (token i is
 * the verb; "on" follows the focus verbs). */
static int focus_on(const kx *x, size_t i)
{
    static const char *const focus[] = {"focus",    "focuses",     "focused",      "focussed",
                                        "focusing", "concentrate", "concentrated", NULL};
    static const char *const examine[] = {"examine",  "examined", "examines", "explore", "explored",
                                          "explores", "review",   "reviewed", "reviews", NULL};
    return (kx_is_any(x, i, focus) && kx_is(x, i + 1, "on")) || kx_is_any(x, i, examine);
}

/* The places that the document joins as the subject of a sides verb ("The United States
 * and Kazakhstan underscored"): one flag an entity, owned by the caller (free). */
static unsigned char *document_sides(kx_rel_state *rs)
{
    kx *x = rs->x;
    unsigned char *side = kg_xcalloc(x->out->n_entities + 1, 1);
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        for (size_t i = sen->first_token; i < sen->end_token && i < sen->first_token + 12; i++) {
            size_t pair[2];
            if (is_sides_verb(x, i) &&
                joint_places(rs, subject_end(x, i, sen->first_token), sen->first_token, pair)) {
                side[pair[0]] = side[pair[1]] = 1;
                break;
            }
        }
    }
    return side;
}

/* Whether the comma at token i goes on a list of names: "for Georgia, the United States and
 * NATO" (names, each after "the" or not, set off by commas, the last after "and" or "or").
 * Returns the token after the list's last name, or 0. */
static size_t list_goes_on(kx_rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t k = i;
    while (k < x->n && kx_same_sentence(x, i, k)) {
        if (!(kx_is(x, k, ",") || kx_is(x, k, "and") || kx_is(x, k, "or")))
            return 0;
        int last = !kx_is(x, k, ",");
        k++;
        if (kx_is(x, k, "and") || kx_is(x, k, "or")) { /* the serial comma */
            last = 1;
            k++;
        }
        if (kx_is(x, k, "the"))
            k++;
        size_t mk = k < x->n ? rs->mention_at[k] : 0;
        if (!mk || kx_rel_mention(rs, mk - 1)->tok_start != k)
            return 0;
        k = kx_rel_mention(rs, mk - 1)->tok_end;
        if (last)
            return k;
    }
    return 0;
}

/* What a meeting is said to be about. */
void kx_rel_find_meeting_topics(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t meeting = kx_rel_main_meeting(x);
    if (meeting == (size_t)-1)
        return;
    unsigned char *side = document_sides(rs);
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        int has_meeting = 0, purpose = 0;
        size_t cue = 0;
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = rs->mention_at[i];
            if (mi && kx_rel_mention(rs, mi - 1)->entity == meeting)
                has_meeting = 1;
            if (!cue &&
                ((kx_is(x, i, "results") && kx_is(x, i - 1, "the") && kx_is(x, i - 2, "on")) ||
                 (kx_is(x, i, "theme") && kx_is(x, i - 1, "the")) || kx_is(x, i, "dedicated") ||
                 kx_is(x, i, "devoted") || kx_is_ci(x, i, "discussed") || focus_on(x, i) ||
                 (kx_is(x, i, "on") && i > 0 && ends_meeting_mention(rs, i, meeting))))
                cue = focus_on(x, i) && kx_is(x, i + 1, "on") ? i + 2 : i + 1;
            /* "a conference in Tashkent, Uzbekistan to promote X and to strengthen Y": the
             * meeting's purpose is its agenda */
            if (!cue && !purpose && is_purpose_after_meeting(rs, i, meeting)) {
                cue = i + 1;
                purpose = 1;
            }
        }
        /* "The two sides discussed ...", "The delegations emphasized ...": the meeting's
         * agenda */
        size_t who[2], n_who = 0;
        if (!has_meeting)
            for (size_t i = sen->first_token; i < sen->end_token && i < sen->first_token + 12;
                 i++) {
                int verb = is_sides_verb(x, i);
                if (!verb)
                    continue;
                /* "The Secretary and the Foreign Minister discussed X": both, and their
                 * meeting */
                n_who = verb == 1 ? persons_subject(rs, i, who) : 0;
                if (sides_subject(rs, i, side, verb == 2) || n_who == 2) {
                    has_meeting = 2;
                    cue = i + 1;
                    break;
                }
            }
        if (has_meeting != 2)
            n_who = 0;
        if (!has_meeting || !cue)
            continue;
        size_t target = meeting;
        if (has_meeting == 2) { /* the sides of the meeting this paragraph is about */
            size_t here = kx_rel_meeting_in_context(x, s);
            if (here != (size_t)-1 && kx_rel_is_held(&x->out->entities[here]))
                target = here;
        }
        /* "These questions were discussed at the meeting": the paragraph's questions */
        size_t from = cue;
        if (kx_is_ci(x, cue - 1, "discussed") && has_meeting == 1 && cue >= 2 &&
            (kx_is(x, cue - 2, "was") || kx_is(x, cue - 2, "were") || kx_is(x, cue - 2, "been") ||
             kx_is(x, cue - 2, "are") || kx_is(x, cue - 2, "is"))) {
            from = sen->first_token;
            while (from > 0 &&
                   x->t->sentences[x->t->tokens[from - 1].sentence].paragraph == sen->paragraph)
                from--;
        }
        size_t chosen[64];
        size_t n_chosen = 0, list_end = 0; /* the end of the list the phrase is in */
        for (size_t i = from; i < sen->end_token && n_chosen < 64; i++) {
            /* the topic phrase of "a round table on X, with ..." ends at the comma; the
             * agenda "the sides discussed A, B and C" is a list (read once, not again at
             * each of its commas) */
            if (i >= cue && has_meeting == 1 && !purpose && kx_is(x, i, ",") && i >= list_end)
                list_end = list_goes_on(rs, i);
            if (i >= cue && has_meeting == 1 && !purpose &&
                (kx_is(x, i, "with") || (kx_is(x, i, ",") && i >= list_end) || kx_is(x, i, ";")))
                break;
            /* "a conference on X in Y was held ...": the place and what follows are not
             * the topic */
            if (i >= cue && kx_is(x, cue - 1, "on") &&
                (kx_is(x, i, "was") || kx_is(x, i, "were") || kx_is(x, i, "held") ||
                 place_ends_clause(rs, i)))
                break;
            /* a named event on the sides' agenda, not the place in its name */
            size_t named = has_meeting == 2 ? named_event_at(rs, i) : (size_t)-1;
            if (named != (size_t)-1 && named != target) {
                chosen[n_chosen++] = named;
                i = kx_rel_mention(rs, rs->event_at[i] - 1)->tok_end - 1;
                continue;
            }
            size_t mi = kx_rel_topic_at(rs, i);
            if (!mi)
                continue;
            const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
            if (m->type != KG_EVENT)
                i = m->tok_end - 1;
            if (m->entity == meeting || m->type == KG_PERSON)
                continue;
            /* the meeting's own place and host are where it was, not what it discussed */
            if (i < cue && !kx_is_ci(x, cue - 1, "discussed"))
                continue;
            if (kx_rel_names_venue(x, m->tok_start))
                continue;
            /* bodies are topics after the words that open an agenda, not after others */
            if (m->type == KG_ORGANISATION && has_meeting != 2 &&
                !kx_is_ci(x, cue - 1, "results") && !kx_is(x, cue - 1, "theme") &&
                !kx_is(x, cue - 1, "on") && !focus_on(x, cue - 1))
                continue;
            chosen[n_chosen++] = m->entity;
        }
        for (size_t k = 0; k < n_chosen; k++) {
            /* "the Mazhilis of the Parliament": the Mazhilis is the subject, not its parent */
            int parent = 0;
            for (size_t j = 0; j < n_chosen; j++)
                if (j != k && kx_has_relation(x, chosen[j], chosen[k], KG_AFFILIATED_WITH))
                    parent = 1;
            if (parent)
                continue;
            kx_add_relation(x, target, chosen[k], KG_DISCUSSED, s);
            for (size_t w = 0; w < n_who; w++)
                if (who[w] != chosen[k])
                    kx_add_relation(x, who[w], chosen[k], KG_DISCUSSED, s);
        }
    }
    free(side);
}

/* Words that say a meeting's agenda follows. */
static int is_agenda_cue(const kx *x, size_t i)
{
    return kx_is_ci(x, i, "discussed") || kx_is_ci(x, i, "discussing") ||
           (kx_is(x, i, "discuss") && kx_is(x, i - 1, "to")) || kx_is_ci(x, i, "exchanged") ||
           kx_is_ci(x, i, "talked") || kx_is_ci(x, i, "focused") || kx_is_ci(x, i, "considered") ||
           kx_is_ci(x, i, "touched") || (kx_is_ci(x, i, "issues") && kx_is(x, i + 1, "of")) ||
           (kx_is_ci(x, i, "prospects") && kx_is(x, i + 1, "of"));
}

/* Whether token i lies inside a mention of event: its host and name are not its agenda. */
static int inside_event_phrase(const kx *x, size_t event, size_t i)
{
    /* a mention covering i starts in i's sentence (mentions keep to their sentence) */
    for (size_t k1 = kx_last_mention_in_sentence(x, x->t->tokens[i].sentence); k1;
         k1 = kx_prev_mention_in_sentence(x, k1 - 1)) {
        const kg_x_mention *m = &x->out->mentions[k1 - 1];
        if (m->entity == event && i >= m->tok_start && i < m->tok_end)
            return 1;
    }
    return 0;
}

/* Whether the sentence of event mention em opens with it: "At the meeting with X, ...",
 * "During the talks, ...". */
static int opens_with_at_event(const kx *x, const kg_x_mention *em)
{
    size_t first = x->t->sentences[em->sentence].first_token;
    return (kx_is(x, first, "At") || kx_is(x, first, "During")) && em->tok_start <= first + 2 &&
           em->tok_start > first;
}

/* The agenda of each meeting: in the paragraph that introduces a meeting, a sentence with
 * an agenda cue ("discussed", "exchanged views on", "issues of") names what the meeting
 * discussed, and so did the people who took part in it. */
void kx_rel_find_meeting_agendas(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
    /* who spoke at each event (16 at most), read from the relations once: one pass per
     * meeting mention made a paragraph of many meetings quadratic */
    size_t *spoke = kg_xcalloc(16 * (e->n_entities + 1), sizeof *spoke);
    unsigned char *n_spoke = kg_xcalloc(e->n_entities + 1, 1);
    for (size_t r = 0; r < e->n_relations; r++) {
        const kg_x_relation *rel = &e->relations[r];
        if (rel->type == KG_SPOKE_AT && n_spoke[rel->target] < 16)
            spoke[16 * rel->target + n_spoke[rel->target]++] = rel->source;
    }
    for (size_t mi = 0; mi < n_mentions; mi++) {
        const kg_x_mention *em = &e->mentions[mi];
        const kg_x_entity *ev = &e->entities[em->entity];
        if (ev->type != KG_EVENT || !ev->event_kind || strcmp(ev->event_kind, "meeting") != 0)
            continue;
        /* only meetings that are held in the text, not ones named in passing */
        if (!kx_rel_is_held(ev))
            continue;
        size_t event = em->entity;
        /* who took part: people in the event's phrase and those who spoke at it */
        size_t parts[16], n_parts = 0;
        const kg_sentence *esen = &x->t->sentences[em->sentence];
        for (size_t t = em->tok_start; t < esen->end_token && t < em->tok_end + 12 && n_parts < 16;
             t++) {
            size_t pk = rs->mention_at[t];
            const kg_x_mention *pm = pk ? &e->mentions[pk - 1] : NULL;
            if (pm && pm->type == KG_PERSON && pm->tok_start == t &&
                pm->tok_end <= em->tok_end + 12)
                parts[n_parts++] = pm->entity;
        }
        for (size_t k = 0; k < n_spoke[event] && n_parts < 16; k++)
            parts[n_parts++] = spoke[16 * event + k];
        size_t para = x->t->sentences[em->sentence].paragraph;
        /* the paragraph that introduces the meeting, its next twelve sentences at most */
        for (size_t s = em->sentence;
             s < x->t->n_sentences && s < em->sentence + 12 && x->t->sentences[s].paragraph == para;
             s++) {
            const kg_sentence *sen = &x->t->sentences[s];
            size_t cue = 0;
            for (size_t i = sen->first_token; i < sen->end_token && !cue; i++)
                if (is_agenda_cue(x, i))
                    cue = i + 1;
            /* "At the meeting with B, A informed B of X": a sentence set at the meeting
             * speaks of what it discussed */
            if (!cue && s == em->sentence && opens_with_at_event(x, em))
                for (size_t i = em->tok_end; i < sen->end_token && !cue; i++)
                    if (kx_is(x, i, ","))
                        cue = i + 1;
            if (!cue)
                continue;
            /* a later meeting of the paragraph has the sentence: "At the meeting with B,
             * the sides discussed ..." */
            size_t here = kx_rel_meeting_in_context(x, s);
            if (here != (size_t)-1 && here != event)
                continue;
            /* "X were discussed at the meeting Y": what follows the meeting names it */
            size_t limit = sen->end_token;
            for (size_t i = cue; i < sen->end_token; i++)
                if (rs->event_at[i] && e->mentions[rs->event_at[i] - 1].entity == event) {
                    limit = i;
                    break;
                }
            /* "The outcome of X was discussed with B": the passive's subject is the agenda */
            size_t from = cue;
            if (kx_is(x, cue - 1, "discussed") && cue >= 2 &&
                (kx_is(x, cue - 2, "was") || kx_is(x, cue - 2, "were")) && kx_is(x, cue, "with")) {
                from = sen->first_token;
                limit = cue - 2;
            }
            /* "the sides discussed X": the meeting discussed X, and so did the sides that
             * the sentence names ("At the meeting of A with B, the sides discussed X") */
            size_t speaking[16], n_speaking = 0;
            int sides = sides_subject(rs, cue - 1, NULL, 0);
            /* "the Deputy Secretary discussed X": X is the agenda, and hers alone */
            size_t sp = sides ? 0 : rs->speaker[s], co = sides ? 0 : rs->co_speaker[s];
            /* "The delegation met with A and B to discuss X": the meeting's purpose, and
             * its subject's (one named before the cue), not of those it met */
            int purpose = kx_is(x, cue - 1, "discuss") && kx_is(x, cue - 2, "to");
            for (size_t k = 0; k < n_parts; k++)
                if (purpose ? first_mention_before(rs, parts[k], s, em->tok_start)
                    : sp    ? parts[k] + 1 == sp || parts[k] + 1 == co
                            : !sides || names_in_sentence(rs, parts[k], s))
                    speaking[n_speaking++] = parts[k];
            for (size_t i = from; i < limit; i++) {
                /* a named event on the agenda: "the sides discussed the Astana Forum" */
                size_t named = named_event_at(rs, i);
                if (named != (size_t)-1 && named != event && !inside_event_phrase(x, event, i)) {
                    kx_add_relation(x, event, named, KG_DISCUSSED, s);
                    for (size_t k = 0; k < n_speaking; k++)
                        kx_add_relation(x, speaking[k], named, KG_DISCUSSED, s);
                }
                size_t mk = kx_rel_topic_at(rs, i);
                if (!mk)
                    continue;
                const kg_x_mention *m = kx_rel_mention(rs, mk - 1);
                if (m->entity == event || inside_event_phrase(x, event, i))
                    continue;
                int participant = 0;
                for (size_t k = 0; k < n_parts; k++)
                    participant |= parts[k] == m->entity;
                if (participant)
                    continue;
                kx_add_relation(x, event, m->entity, KG_DISCUSSED, s);
                for (size_t k = 0; k < n_speaking; k++)
                    kx_add_relation(x, speaking[k], m->entity, KG_DISCUSSED, s);
            }
        }
    }
    free(spoke);
    free(n_spoke);
}
