/* kx_rel_delegations: what a delegation takes part in.
 *
 * Reads: the person and event mentions, the spoke-at relations of trips so far
 *        (kx_rel_meetings.c).
 * Adds:  spoke-at relations.
 * Patterns:
 * - members: "the delegation will include A, of B, and C", "a delegation headed by A", "led
 *   by A"; "A will lead a delegation", "A headed the Kazakh delegation"; the traveller of a
 *   trip the document tells of ("A will travel to X and Y"), whose delegation it is;
 * - events: "the delegation will participate in X and Y", "took part in X", "attended X":
 *   every member speaks at each event named after the verb. A text with no such sentence
 *   gets nothing from this family;
 * - the same verbs after persons: "A, Chairman of B, C, D's Representative, and the
 *   Ambassador took part in the ceremony": each person of the subject speaks at the event
 *   named right after the verb; and the passive "the summit was attended by A and B". */
#include "kx_rel_delegations.h"

#include <string.h>

#define MAX_MEMBERS 16

static int is_delegation(const kx *x, size_t i)
{
    return kx_is_ci(x, i, "delegation") || kx_is_ci(x, i, "delegations");
}

static void add_member(size_t *members, size_t *n, size_t p)
{
    for (size_t k = 0; k < *n; k++)
        if (members[k] == p)
            return;
    if (*n < MAX_MEMBERS)
        members[(*n)++] = p;
}

/* The persons of sentence s from token a to its end: the members a verb of inclusion or
 * "headed by" lists. */
static void persons_from(kx_rel_state *rs, size_t a, size_t *members, size_t *n)
{
    const kg_sentence *sen = &rs->x->t->sentences[rs->x->t->tokens[a].sentence];
    for (size_t k = a; k < sen->end_token; k++) {
        size_t mk = rs->mention_at[k];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
            add_member(members, n, kx_rel_mention(rs, mk - 1)->entity);
            k = kx_rel_mention(rs, mk - 1)->tok_end - 1;
        }
    }
}

/* Whether token i is a verb that takes part in an event: "participate in", "take part in",
 * "attended"; the token after the verb phrase in *after. */
static int takes_part_verb(const kx *x, size_t i, size_t *after)
{
    static const char *const in_verbs[] = {"participate", "participates", "participated",
                                           "participating", NULL};
    static const char *const attend[] = {"attend", "attends", "attended", "attending", NULL};
    if (kx_is_any(x, i, in_verbs) && kx_is(x, i + 1, "in")) {
        *after = i + 2;
        return 1;
    }
    if ((kx_is(x, i, "take") || kx_is(x, i, "took") || kx_is(x, i, "takes")) &&
        kx_is(x, i + 1, "part") && kx_is(x, i + 2, "in")) {
        *after = i + 3;
        return 1;
    }
    if (kx_is_any(x, i, attend)) {
        *after = i + 1;
        return 1;
    }
    return 0;
}

/* The members of the document's delegation into members (*n of them). */
static void delegation_members(kx_rel_state *rs, size_t *members, size_t *n)
{
    kx *x = rs->x;
    static const char *const include[] = {"include",   "includes",  "included",
                                          "comprises", "comprised", NULL};
    static const char *const lead[] = {"lead", "leads", "led", "head", "heads", "headed", NULL};
    for (size_t i = 0; i < x->n; i++) {
        if (!is_delegation(x, i))
            continue;
        const kg_sentence *sen = &x->t->sentences[x->t->tokens[i].sentence];
        /* after: "delegation (will) include A", "delegation headed by A" */
        for (size_t k = i + 1; k < sen->end_token && k < i + 4; k++) {
            if (kx_is_any(x, k, include) ||
                ((kx_is(x, k, "headed") || kx_is(x, k, "led")) && kx_is(x, k + 1, "by"))) {
                persons_from(rs, k + 1, members, n);
                break;
            }
        }
        /* before: "A will lead a delegation", "A headed the Kazakh delegation" */
        size_t k = i;
        while (k > sen->first_token && i - k < 5 && !kx_is_any(x, k - 1, lead))
            k--;
        if (k > sen->first_token && kx_is_any(x, k - 1, lead) && !kx_is(x, k, "by"))
            for (size_t j = k - 1; j > sen->first_token && k - j < 12; j--) {
                size_t mj = rs->mention_at[j - 1];
                if (mj && kx_rel_mention(rs, mj - 1)->type == KG_PERSON) {
                    add_member(members, n, kx_rel_mention(rs, mj - 1)->entity);
                    break;
                }
                if (kx_is(x, j - 1, ",") || kx_is(x, j - 1, ";"))
                    break;
            }
    }
    if (*n == 0)
        return;
    /* the traveller of the document's trip, whose delegation it is */
    const kg_extraction *e = x->out;
    for (size_t r = 0; r < e->n_relations; r++) {
        const kg_x_relation *rel = &e->relations[r];
        const char *name = e->entities[rel->target].name;
        if (rel->type == KG_SPOKE_AT && e->entities[rel->target].type == KG_EVENT &&
            (strstr(name, "travel to") || strstr(name, "trip to") || strstr(name, "visit to")))
            add_member(members, n, rel->source);
    }
}

void kx_rel_find_delegation_events(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t members[MAX_MEMBERS], n = 0;
    int asked = 0;
    for (size_t i = 0; i < x->n && !asked; i++)
        asked = is_delegation(x, i);
    if (!asked)
        return;
    delegation_members(rs, members, &n);
    if (n == 0)
        return;
    for (size_t i = 0; i < x->n; i++) {
        /* "the delegation (will) participate in", "the U.S. delegation took part in" */
        if (!is_delegation(x, i))
            continue;
        const kg_sentence *sen = &x->t->sentences[x->t->tokens[i].sentence];
        size_t after = 0, v = i + 1;
        while (v < sen->end_token && v < i + 4 && !takes_part_verb(x, v, &after))
            v++;
        int negated = 0;
        for (size_t k = i + 1; k <= v && k < sen->end_token; k++)
            negated |= kx_rel_is_negation(x, k);
        if (!after || negated)
            continue;
        for (size_t k = after; k < sen->end_token; k++) {
            size_t em = rs->event_at[k];
            if (!em)
                continue;
            size_t ev = kx_rel_mention(rs, em - 1)->entity;
            for (size_t m = 0; m < n; m++)
                kx_add_relation(x, members[m], ev, KG_SPOKE_AT, x->t->tokens[i].sentence);
            k = kx_rel_mention(rs, em - 1)->tok_end - 1;
        }
    }
}

/* Whether the person mention at token a is the object of a preposition or the agent of a
 * passive ("with X", "by X", "to X"), not a subject. */
static int after_preposition(const kx *x, size_t a)
{
    static const char *const preps[] = {"with", "by", "to", "from", "for", "of", NULL};
    return a > 0 && kx_is_any(x, a - 1, preps);
}

/* The passive "the summit in X was attended by A and B", "the ceremony, attended by A,":
 * at token v "attended by", after the event (within eight words, in the same clause), each
 * person of the list right after "by" speaks at it. Returns whether v is such a verb. */
static int attended_by(kx_rel_state *rs, size_t v)
{
    /* what may stand between the event and the verb: "was", "will be", "has been", "," */
    static const char *const between[] = {"was",  "were", "is",   "are",   "be",
                                          "been", "has",  "have", "had",   "will",
                                          "also", "well", ",",    "being", NULL};
    kx *x = rs->x;
    if (!kx_is(x, v, "attended") || !kx_is(x, v + 1, "by"))
        return 0;
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[v].sentence];
    /* the event is the verb's subject: only auxiliaries (no negation) between them */
    size_t e = v;
    while (e > sen->first_token && e + 6 > v && kx_is_any(x, e - 1, between))
        e--;
    size_t ev = (size_t)-1;
    for (size_t k = e; k > sen->first_token && k + 8 > e && ev == (size_t)-1; k--)
        if (rs->event_at[k - 1] && kx_rel_mention(rs, rs->event_at[k - 1] - 1)->tok_end == e)
            ev = kx_rel_mention(rs, rs->event_at[k - 1] - 1)->entity;
    if (ev == (size_t)-1)
        return 0;
    /* the list of persons right after "by", with their titles: "by President A, B and C";
     * at most 64 (the evidence of each is the whole sentence) */
    size_t listed = 0;
    for (size_t k = v + 2; k < sen->end_token && listed < 64; k++) {
        size_t mk = rs->mention_at[k];
        if (mk && kx_rel_mention(rs, mk - 1)->tok_start == k &&
            kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
            kx_add_relation(x, kx_rel_mention(rs, mk - 1)->entity, ev, KG_SPOKE_AT,
                            x->t->tokens[v].sentence);
            listed++;
            k = kx_rel_mention(rs, mk - 1)->tok_end - 1;
            continue;
        }
        if (!(kx_is(x, k, ",") || kx_is(x, k, "and") || kx_is(x, k, ".") || kx_is_title(x, k) ||
              kx_is_honorific(x, k)))
            break;
        /* ", and" before no name and no title ends the list: "by few, and X stayed home" */
        if (kx_is(x, k, ",") && kx_is(x, k + 1, "and") && k + 2 < sen->end_token &&
            !rs->mention_at[k + 2] && !kx_is_title(x, k + 2) && !kx_is_honorific(x, k + 2))
            break;
    }
    return 1;
}

void kx_rel_find_event_participants(kx_rel_state *rs)
{
    static const char *const auxiliaries[] = {"also", "will", "would", "both",    "all",
                                              "have", "has",  "had",   "jointly", NULL};
    kx *x = rs->x;
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        for (size_t v = sen->first_token + 1; v < sen->end_token; v++) {
            if (attended_by(rs, v))
                break;
            size_t after = 0;
            if (!takes_part_verb(x, v, &after) || kx_rel_is_negation(x, v - 1))
                continue;
            size_t ev = (size_t)-1;
            for (size_t k = after; k < sen->end_token && k < after + 4; k++)
                if (rs->event_at[k]) {
                    ev = kx_rel_mention(rs, rs->event_at[k] - 1)->entity;
                    break;
                }
            if (ev == (size_t)-1)
                break;
            /* the verb's subject ends right before it (over "also", "will"): a person, a
             * title ("and the British Ambassador") or an apposition's comma; not "citizens
             * to actively participate" */
            size_t e = v;
            while (e > sen->first_token && kx_is_any(x, e - 1, auxiliaries))
                e--;
            size_t me = e > sen->first_token ? rs->mention_at[e - 1] : 0;
            if (!(kx_is(x, e - 1, ",") || kx_is_title(x, e - 1) ||
                  (me && kx_rel_mention(rs, me - 1)->type == KG_PERSON &&
                   kx_rel_mention(rs, me - 1)->tok_end == e)))
                break;
            /* the persons of the subject: back to the clause's start */
            size_t from = v;
            while (from > sen->first_token && !kx_is(x, from - 1, ";") &&
                   !kx_is_ci(x, from - 1, "who") && !kx_is_ci(x, from - 1, "which") &&
                   !kx_is(x, from - 1, "that") && !kx_is_speech_verb(x, from - 1))
                from--;
            for (size_t k = from; k < v; k++) {
                size_t mk = rs->mention_at[k];
                if (!mk || kx_rel_mention(rs, mk - 1)->tok_start != k)
                    continue;
                const kg_x_mention *m = kx_rel_mention(rs, mk - 1);
                if (m->type == KG_PERSON && !after_preposition(x, k))
                    kx_add_relation(x, m->entity, ev, KG_SPOKE_AT, s);
                k = m->tok_end - 1;
            }
            break;
        }
    }
}
