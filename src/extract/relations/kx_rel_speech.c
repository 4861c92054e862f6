/* kx_rel_speech: what the speaker of a sentence says there.
 *
 * Reads: rs->speaker and rs->co_speaker (kx_rel_speakers.c), the role span of each person
 *        mention (kx_rel_affiliations.c), the event mentions, the spoke-at relations so far.
 * Adds:  spoke-at and discussed relations.
 * Patterns:
 * - spoke-at: a speaker speaks where the sentence is said: at the meeting with a person the
 *   sentence names ("At the meeting with B, A informed B ..."), else at the article's
 *   meeting; and at a meeting the sentence puts them at ("X told a press conference", "X
 *   said at the forum", "during the talks");
 * - discussed: what the speaker's sentence names ("X stressed the role of the OSCE"), except
 *   the speaker's own role ("X, director of Y"), whom one meets ("met with members of the
 *   Armed Forces"), whom one thanks or greets ("Thank you, Rector X, for ..."), where one
 *   speaks ("at the Embassy", "on the margins of the Assembly"),
 *   the interlocutor who takes part in the same meeting, and the article's own meeting. */
#include "kx_rel_speech.h"

#include "../../kg_mem.h"
#include "../kg_strhash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Whether the organisation at token i is met: "met with (members of) the X", "met with
 * staff at Y's X". */
static int met_body(const kx *x, size_t i)
{
    static const char *const people[] = {
        "members", "staff", "representatives", "leaders",   "officials",
        "heads",   "head",  "students",        "employees", NULL};
    for (size_t k = i; k > 1 && k + 8 > i && kx_same_sentence(x, k - 1, i); k--) {
        if (kx_is(x, k - 1, "with"))
            return kx_is(x, k - 2, "met") || kx_is(x, k - 2, "meets") || kx_is(x, k - 2, "meet") ||
                   kx_is(x, k - 2, "also") || kx_is(x, k - 2, "meeting");
        if (!(kx_is(x, k - 1, "the") || kx_is(x, k - 1, "of") || kx_is(x, k - 1, "at") ||
              kx_is(x, k - 1, "from") || kx_is_cap(x, k - 1) ||
              (x->t->tokens[k - 1].flags & KG_TOKEN_POSSESSIVE) || kx_is_any(x, k - 1, people)))
            return 0;
    }
    return 0;
}

/* Whether the mention at tokens [i, end) is addressed, not spoken of: one of the names a
 * sentence thanks or greets right after "Thank you" or "Dear", each set off by commas
 * ("Thank you, Rector X, for ...", "Thank you Foreign Minister X, other members of the
 * delegation, Charge Y, ladies and gentlemen"); not the subject of the sentence that
 * follows the greeting ("Dear friends, Kazakhstan has ..."). */
static int addressed(const kx *x, size_t i, size_t end)
{
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[i].sentence];
    size_t f = sen->first_token;
    int thanks = (kx_is_ci(x, f, "thank") && kx_is(x, f + 1, "you")) || kx_is_ci(x, f, "thanks") ||
                 kx_is_ci(x, f, "dear");
    if (!thanks)
        return 0;
    for (size_t k = f + 1; k < i; k++) {
        if (kx_is(x, k, "for") || kx_is(x, k, "to") || kx_is(x, k, "that") ||
            kx_is_speech_verb(x, k))
            return 0;
        /* "ladies and gentlemen", or "and" before the last name of the run */
        if (kx_is(x, k, "and") && !kx_is(x, k - 1, "ladies") && !kx_is(x, k + 1, "gentlemen")) {
            size_t t = k + 1;
            while (t < i && (kx_is_title(x, t) || kx_is_cap(x, t)))
                t++;
            if (t != i)
                return 0;
        }
    }
    /* the rest of its item has no verb: "members of the Government of X delegation," but
     * not "Dear friends, Kazakhstan has achieved ..." */
    static const char *const auxiliaries[] = {"is",   "are",    "was",   "were", "has",   "have",
                                              "had",  "will",   "would", "can",  "could", "may",
                                              "must", "should", "shall", "does", "did",   NULL};
    for (size_t k = end; k < sen->end_token && k < end + 12 && !kx_is(x, k, ","); k++) {
        size_t len;
        const char *w = kx_tok(x, k, &len);
        if (kx_is_any(x, k, auxiliaries) || kx_is_speech_verb(x, k) ||
            (kx_is_lower_word(x, k) && len > 3 && strncmp(w + len - 2, "ed", 2) == 0) ||
            (k == end && kx_is_lower_word(x, k) && w[len - 1] == 's')) /* "X faces" */
            return 0;
    }
    return 1;
}

/* Who holds a role span over each token: a list per token of (person, limit), where a
 * mention starting at the token is in that person's role if it ends at or before limit
 * (the person's first token for a title before the name; no limit for an apposition). Built
 * once, so that asking costs the roles over one token, not a scan of every mention. */
typedef struct role_entry {
    size_t person; /* entity */
    size_t limit;
    size_t next; /* entry index + 1, 0 at the end */
} role_entry;

typedef struct role_map {
    size_t *head; /* per token: entry index + 1, 0 when none */
    role_entry *entries;
    size_t n, cap;
} role_map;

static void role_map_add(role_map *rm, size_t token, size_t person, size_t limit)
{
    KG_GROW(rm->entries, rm->cap, rm->n + 1);
    rm->entries[rm->n] = (role_entry){person, limit, rm->head[token]};
    rm->head[token] = ++rm->n;
}

/* The role map of the role spans the affiliations pass left. Free with role_map_free. */
static role_map role_map_build(kx_rel_state *rs)
{
    kx *x = rs->x;
    role_map rm = {0};
    rm.head = kg_xcalloc(x->n + 1, sizeof *rm.head);
    for (size_t k = 0; k < rs->n_roles && k < x->out->n_mentions; k++) {
        const kg_x_mention *pm = kx_rel_mention(rs, k);
        for (size_t t = pm->tok_end; rs->role_end[k] && t < rs->role_end[k] && t < x->n; t++)
            role_map_add(&rm, t, pm->entity, (size_t)-1);
        /* the title before the name */
        for (size_t t = rs->role_start[k] ? rs->role_start[k] - 1 : pm->tok_start;
             t < pm->tok_start; t++)
            role_map_add(&rm, t, pm->entity, pm->tok_start);
    }
    return rm;
}

static void role_map_free(role_map *rm)
{
    free(rm->head);
    free(rm->entries);
}

/* Whether mention index mi lies inside the role span of a mention of entity p. */
static int in_role_of(kx_rel_state *rs, const role_map *rm, size_t mi, size_t p)
{
    const kg_x_mention *m = kx_rel_mention(rs, mi);
    for (size_t e = rm->head[m->tok_start]; e; e = rm->entries[e - 1].next)
        if (rm->entries[e - 1].person == p && m->tok_end <= rm->entries[e - 1].limit)
            return 1;
    return 0;
}

/* Whether the body at mention mi is the speaker p's own, named just after them: "said X
 * of the Brookings Institution", "X, an analyst at Y, said" (an affiliation found in this
 * sentence, with no other name between). */
static int speaker_body(kx_rel_state *rs, size_t mi, size_t p)
{
    kx *x = rs->x;
    const kg_x_mention *m = kx_rel_mention(rs, mi);
    if ((m->type != KG_ORGANISATION && m->type != KG_PARTY) ||
        !kx_has_relation(x, p, m->entity, KG_AFFILIATED_WITH))
        return 0;
    for (size_t k = m->tok_start;
         k > 0 && k + 8 > m->tok_start && kx_same_sentence(x, k - 1, m->tok_start); k--) {
        size_t mk = rs->mention_at[k - 1];
        if (mk)
            return kx_rel_mention(rs, mk - 1)->entity == p;
    }
    return 0;
}

/* Whether the name at token a is whom a statement is made to or through, not what it is
 * about: "told the BBC", "told CNN's Spanish service", "in an interview (a talk) with X",
 * "speaking to X", "according to press agency X", "reported by X"; or the subject of a
 * speech verb of its own ("TVN24 reported"), another source. e is the token after the
 * name. */
static int speech_channel(const kx *x, size_t a, size_t e)
{
    size_t k = a;
    if (k > 0 && kx_is(x, k - 1, "the"))
        k--;
    if (k > 0 && (kx_is(x, k - 1, "told") || kx_is(x, k - 1, "to") || kx_is(x, k - 1, "with") ||
                  kx_is(x, k - 1, "by"))) {
        if (kx_is(x, k - 1, "told"))
            return 1;
        if (k >= 2 && kx_is(x, k - 1, "by") && kx_is_speech_verb(x, k - 2))
            return 1;
        /* "in an interview with X", "in a talk with X", "speaking to X", "talking with X" */
        static const char *const channels[] = {"interview", "interviews", "talk", "conversation",
                                               "speaking",  "talking",    NULL};
        if (k >= 2 && !kx_is(x, k - 1, "by") && kx_is_any_ci(x, k - 2, channels))
            return 1;
    }
    /* "according to (the) Cuban press agency X": lower-case words and adjectives between */
    for (size_t j = a; j > 1 && j + 6 > a; j--) {
        if (kx_is(x, j - 1, "to") && kx_is_ci(x, j - 2, "according"))
            return 1;
        if (!kx_is_lower_word(x, j - 1) && !kx_is_cap(x, j - 1))
            break;
    }
    return e < x->n && kx_is_speech_verb(x, e) && kx_same_sentence(x, a, e) &&
           (kx_is(x, e, "reported") || kx_is(x, e, "reports") || kx_is(x, e, "said") ||
            kx_is(x, e, "says") || kx_is(x, e, "quoted"));
}

/* Whether the event named from token a is the speaker's own: "our recent fruitful talks",
 * "my visit" (a first-person possessive over a few adjectives). */
static int first_person_event(const kx *x, size_t a)
{
    if (kx_is_ci(x, a, "our") || kx_is_ci(x, a, "my"))
        return 1; /* the possessive opens the event's phrase */
    for (size_t k = a; k > 0 && k + 4 > a && kx_same_sentence(x, k - 1, a); k--) {
        if (kx_is_ci(x, k - 1, "our") || kx_is_ci(x, k - 1, "my"))
            return 1;
        if (!kx_is_lower_word(x, k - 1) || kx_is_determiner(x, k - 1))
            return 0;
    }
    return 0;
}

/* Whether the "at" or "during" at token j says where someone speaks: after a verb of
 * speaking ("Speaking at", "said at", "spoke during") or a form of "address" whose object is
 * an audience ("addressed thousands of supporters at a rally"). */
static int speaks_at(const kx *x, size_t j)
{
    static const char *const speaking[] = {"speaking", "spoke", "speaks",     "speak", "said",
                                           "says",     "told",  "addressing", NULL};
    static const char *const addressing[] = {"addressed", "addresses", "addressing", "address",
                                             NULL};
    /* whom one addresses there: "addressed thousands of cheering supporters at" (not
     * "addressed concerns about arrests at", "addressed a letter to police about ... at") */
    static const char *const audience[] = {
        "thousands", "hundreds",  "dozens",   "of",        "the",       "a",        "his",
        "her",       "their",     "its",      "cheering",  "crowd",     "crowds",   "supporters",
        "audience",  "delegates", "members",  "activists", "voters",    "students", "people",
        "followers", "party",     "faithful", "gathered",  "gathering", NULL};
    if (j > 0 && kx_is_any_ci(x, j - 1, speaking))
        return 1;
    for (size_t k = j; k > 0 && k + 7 > j && kx_same_sentence(x, k - 1, j); k--) {
        if (kx_is_any_ci(x, k - 1, addressing))
            return 1;
        if (!kx_is_any_ci(x, k - 1, audience) && x->t->tokens[k - 1].kind != KG_TOKEN_NUMBER)
            return 0;
    }
    return 0;
}

/* Whether the speaker p acts "on behalf of (the)" the body at token i: the phrase comes
 * right before it, and before the phrase the sentence names the speaker ("I", "we", or p
 * itself) before any other name, not someone else who acts for the body ("Ali said Kenya
 * had intervened on behalf of the African Union"). */
static int speaks_on_behalf_of(kx_rel_state *rs, size_t i, size_t p)
{
    const kx *x = rs->x;
    size_t k = i > 0 && kx_is(x, i - 1, "the") ? i - 1 : i;
    if (!(k >= 3 && kx_is(x, k - 1, "of") && kx_is(x, k - 2, "behalf") &&
          kx_is_ci(x, k - 3, "on") && kx_same_sentence(x, k - 3, i)))
        return 0;
    for (size_t j = k - 3; j > 0 && kx_same_sentence(x, j - 1, i); j--) {
        if (kx_is(x, j - 1, "I") || kx_is_ci(x, j - 1, "we"))
            return 1;
        size_t mi = rs->mention_at[j - 1];
        if (mi)
            return kx_rel_mention(rs, mi - 1)->entity == p;
    }
    return 0;
}

/* Whether the place mention starting at token i names the state or constituency a
 * legislator is known by, not a topic: "the gentleman from Nebraska", "the Senator from
 * Ohio", "Mr. SMITH of New Jersey" (a surname in capitals, the Congressional Record's). */
static int members_state(const kx *x, size_t i)
{
    static const char *const members[] = {
        "gentleman", "gentlewoman", "gentlelady",    "Senator",        "senator", "Member",
        "member",    "Congressman", "Congresswoman", "Representative", NULL};
    if (i < 2 || !kx_same_sentence(x, i - 2, i))
        return 0;
    if (kx_is(x, i - 1, "from") && kx_is_any(x, i - 2, members))
        return 1;
    return kx_is(x, i - 1, "of") && kx_is_allcaps(x, i - 2) && i >= 4 && kx_is(x, i - 3, ".") &&
           kx_is_honorific(x, i - 4);
}

/* Whether the "At" or "During" at token j opens sentence s as a fronted phrase of place
 * whose main clause has speaker p for subject: "At a rally in N on Sunday, X said ...",
 * "During the congress, party leader X told delegates ...". The speaker speaks there, as in
 * "Speaking at a rally, X said"; not "At the rally, police detained 20 people, X said",
 * where the clause after the comma has another subject. */
static int fronted_venue_of_speaker(kx_rel_state *rs, size_t s, size_t j, size_t p)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    if (!kx_is_sentence_start(x, j) || !(kx_is(x, j, "At") || kx_is(x, j, "During")))
        return 0;
    size_t comma = j + 1;
    while (comma < sen->end_token && comma < j + 16 && !kx_is(x, comma, ","))
        comma++;
    if (comma >= sen->end_token || !kx_is(x, comma, ","))
        return 0;
    /* the subject: p's name, after at most a title of a few words ("opposition leader") */
    for (size_t k = comma + 1; k < sen->end_token && k < comma + 6; k++) {
        size_t mi = rs->mention_at[k];
        if (!mi) {
            /* a title's words only: "police detained X, Y said" has another subject */
            if (!(kx_is_title(x, k) || kx_is_cap(x, k) || kx_is(x, k, "of") || kx_is(x, k, "the") ||
                  (kx_is_lower_word(x, k) && kx_is_title(x, k + 1))))
                return 0;
            continue;
        }
        const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
        if (m->entity != p || m->type != KG_PERSON || m->tok_start != k)
            return 0;
        size_t after = m->tok_end;
        if (mi - 1 < rs->n_roles && rs->role_end[mi - 1] > after)
            after = rs->role_end[mi - 1]; /* "X, the party's leader, said" */
        if (kx_is(x, after, ",") && kx_is(x, after + 1, "who")) {
            /* "X, who heads the bloc, said" */
            after += 2;
            while (after < sen->end_token && !kx_is(x, after, ","))
                after++;
        }
        if (kx_is(x, after, ","))
            after++;
        /* "At the rally, X said, police fired": X reports what happened there */
        return kx_is_speech_verb(x, after) && !kx_is(x, after + 1, ",");
    }
    return 0;
}

/* Where sentence s is said: "At the meeting with B, A informed B ...": a meeting with a
 * person named in the sentence, else the article's meeting (size_t)-1 when none. */
static size_t speech_venue(kx_rel_state *rs, size_t s, size_t meeting)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t j = sen->first_token; j < sen->end_token; j++) {
        size_t em = rs->event_at[j];
        if (em && strstr(x->out->entities[kx_rel_mention(rs, em - 1)->entity].key, "|with|"))
            return kx_rel_mention(rs, em - 1)->entity;
    }
    return meeting;
}

/* The (speaker, venue) pairs of the sentences, sorted: who speaks where, for takes_part. */
typedef struct speaker_venues {
    uint64_t *pairs;
    size_t n;
} speaker_venues;

static uint64_t pair_of(size_t person, size_t venue)
{
    return ((uint64_t)person << 32) ^ (uint64_t)(uint32_t)venue;
}

/* The pairs of every sentence's speaker and co-speaker with its venue. The caller frees
 * sv.pairs. */
static speaker_venues speaker_venues_build(kx_rel_state *rs, const size_t *venue)
{
    kx *x = rs->x;
    speaker_venues sv = {kg_xcalloc(2 * x->t->n_sentences + 1, sizeof *sv.pairs), 0};
    for (size_t k = 0; k < x->t->n_sentences; k++) {
        if (venue[k] == (size_t)-1)
            continue;
        if (rs->speaker[k])
            sv.pairs[sv.n++] = pair_of(rs->speaker[k] - 1, venue[k]);
        if (rs->co_speaker[k])
            sv.pairs[sv.n++] = pair_of(rs->co_speaker[k] - 1, venue[k]);
    }
    qsort(sv.pairs, sv.n, sizeof *sv.pairs, kg_cmp_u64);
    return sv;
}

/* Whether person q speaks at event at: in a sentence whose venue it is, or by a relation. */
static int takes_part(kx_rel_state *rs, const speaker_venues *sv, size_t q, size_t at)
{
    if (at == (size_t)-1)
        return 0;
    uint64_t key = pair_of(q, at);
    if (sv->n && bsearch(&key, sv->pairs, sv->n, sizeof *sv->pairs, kg_cmp_u64))
        return 1;
    return kx_has_relation(rs->x, q, at, KG_SPOKE_AT);
}

/* The events each person speaks at, read from the relations as they are added: per entity a
 * list of spoke-at targets, brought up to date before each question. */
typedef struct spoke_index {
    size_t *head; /* per entity: entry index + 1 */
    size_t n_heads;
    size_t *target, *next; /* entries */
    size_t n, cap;
    size_t seen; /* relations read so far */
} spoke_index;

static void spoke_index_update(const kx *x, spoke_index *si)
{
    const kg_extraction *e = x->out;
    for (; si->seen < e->n_relations; si->seen++) {
        const kg_x_relation *r = &e->relations[si->seen];
        if (r->type != KG_SPOKE_AT)
            continue;
        if (r->source >= si->n_heads) {
            size_t n = 2 * (r->source + 1);
            si->head = kg_xrealloc(si->head, n * sizeof *si->head);
            memset(si->head + si->n_heads, 0, (n - si->n_heads) * sizeof *si->head);
            si->n_heads = n;
        }
        if (si->n == si->cap) {
            si->cap = si->cap ? 2 * si->cap : 64;
            si->target = kg_xrealloc(si->target, si->cap * sizeof *si->target);
            si->next = kg_xrealloc(si->next, si->cap * sizeof *si->next);
        }
        si->target[si->n] = r->target;
        si->next[si->n] = si->head[r->source];
        si->head[r->source] = ++si->n;
    }
}

static void spoke_index_free(spoke_index *si)
{
    free(si->head);
    free(si->target);
    free(si->next);
}

/* Whether persons p and q both speak at some event: "A met with B" makes B A's
 * interlocutor wherever A speaks of B. */
static int meet_elsewhere(const kx *x, spoke_index *si, size_t p, size_t q)
{
    spoke_index_update(x, si);
    for (size_t i = q < si->n_heads ? si->head[q] : 0; i; i = si->next[i - 1])
        if (kx_has_relation(x, p, si->target[i - 1], KG_SPOKE_AT))
            return 1;
    return 0;
}

void kx_rel_find_spoke_and_discussed(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t meeting = kx_rel_main_meeting(x);
    size_t *venue = kg_xcalloc(x->t->n_sentences + 1, sizeof *venue);
    for (size_t s = 0; s < x->t->n_sentences; s++)
        venue[s] = speech_venue(rs, s, meeting);
    role_map roles = role_map_build(rs);
    speaker_venues sv = speaker_venues_build(rs, venue);
    spoke_index spoke = {0};
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        size_t sp = rs->speaker[s];
        if (!sp)
            continue;
        size_t p = sp - 1;
        const kg_sentence *sen = &x->t->sentences[s];
        size_t at = venue[s], co = rs->co_speaker[s];
        int said_where = 0; /* the sentence names where the speaker speaks */
        /* "X told a press conference", "X said at the forum": the speaker speaks there; at
         * a rally or a demonstration only when the words say so ("Speaking at a rally in
         * N, X said", "X addressed supporters at a rally"), as many go to one who do not */
        for (size_t j = sen->first_token; j < sen->end_token; j++) {
            if (!(kx_is(x, j, "told") || kx_is(x, j, "addressed") || kx_is_ci(x, j, "at") ||
                  kx_is_ci(x, j, "during")))
                continue;
            int speaks = kx_is(x, j, "told") || kx_is(x, j, "addressed") || speaks_at(x, j) ||
                         fronted_venue_of_speaker(rs, s, j, p);
            for (size_t k = j + 1; k < j + 4 && k < sen->end_token; k++) {
                /* "told VOA the protests were ...": what was told, not whom */
                if (kx_is(x, j, "told") && k > j + 1 && !kx_is_lower_word(x, k - 1))
                    break;
                size_t em = rs->event_at[k];
                const kg_x_entity *ev =
                    em ? &x->out->entities[kx_rel_mention(rs, em - 1)->entity] : NULL;
                if (ev && ev->event_kind &&
                    (strcmp(ev->event_kind, "meeting") == 0 ||
                     (speaks && strcmp(ev->event_kind, "protest") == 0)) &&
                    kx_rel_mention(rs, em - 1)->entity != meeting) {
                    kx_add_relation(x, p, kx_rel_mention(rs, em - 1)->entity, KG_SPOKE_AT, s);
                    if (co)
                        kx_add_relation(x, co - 1, kx_rel_mention(rs, em - 1)->entity, KG_SPOKE_AT,
                                        s);
                    said_where = 1;
                    break;
                }
            }
        }
        /* "welcome to this briefing", "this important conference": the meeting that a
         * speaker's words point at with "this" is the one where they speak */
        for (size_t j = sen->first_token; j + 1 < sen->end_token && !said_where; j++) {
            if (!kx_is_ci(x, j, "this"))
                continue;
            /* the event's mention may take in "this" or open after it (and an adjective) */
            size_t em = rs->event_at[j];
            for (size_t k = j + 1; !em && k < j + 3 && k < sen->end_token; k++) {
                em = rs->event_at[k];
                if (em && kx_rel_mention(rs, em - 1)->tok_start != k)
                    em = 0;
                if (em || !kx_is_lower_word(x, k))
                    break;
            }
            const kg_x_entity *ev =
                em ? &x->out->entities[kx_rel_mention(rs, em - 1)->entity] : NULL;
            if (ev && ev->event_kind && strcmp(ev->event_kind, "meeting") == 0) {
                kx_add_relation(x, p, kx_rel_mention(rs, em - 1)->entity, KG_SPOKE_AT, s);
                if (co)
                    kx_add_relation(x, co - 1, kx_rel_mention(rs, em - 1)->entity, KG_SPOKE_AT, s);
                said_where = 1;
            }
        }
        /* else the meeting the sentence speaks of, or the article's */
        if (at != (size_t)-1 && !said_where) {
            kx_add_relation(x, p, at, KG_SPOKE_AT, s);
            if (co)
                kx_add_relation(x, co - 1, at, KG_SPOKE_AT, s);
        }
        size_t event_end = 0; /* the end of the last meeting phrase the loop entered */
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = kx_rel_topic_at(rs, i);
            if (!mi)
                continue;
            const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
            if (m->type != KG_EVENT)
                i = m->tok_end - 1;
            else if ((x->out->entities[m->entity].event_kind &&
                      (strcmp(x->out->entities[m->entity].event_kind, "meeting") == 0 ||
                       strcmp(x->out->entities[m->entity].event_kind, "visit") == 0)) ||
                     kx_has_relation(x, p, m->entity, KG_SPOKE_AT))
                event_end = m->tok_end; /* also where the speaker speaks: "a rally in N" */
            if (m->entity == p || m->entity == meeting || m->entity + 1 == co)
                continue;
            /* "talks in Tashkent", "my first visit to Astana": where a meeting or a visit
             * was, inside its phrase, is no topic (the country of "elections in Georgia" is) */
            if (m->type == KG_PLACE && m->tok_start < event_end && m->tok_start > 0 &&
                (kx_is(x, m->tok_start - 1, "in") || kx_is(x, m->tok_start - 1, "at") ||
                 kx_is(x, m->tok_start - 1, "to")))
                continue;
            /* a person the speaker talks about, not one who takes part in the same
             * meeting: the interlocutor is not a topic */
            if (m->type == KG_PERSON &&
                (takes_part(rs, &sv, m->entity, at) || meet_elsewhere(x, &spoke, p, m->entity)))
                continue;
            /* the roles of the speaker and of the co-speaker are the subject, not a topic:
             * "A, Chairman of X, and B welcomed ..." */
            if (in_role_of(rs, &roles, mi - 1, p) ||
                (co && in_role_of(rs, &roles, mi - 1, co - 1)) || speaker_body(rs, mi - 1, p))
                continue;
            if (m->type == KG_PLACE && members_state(x, m->tok_start))
                continue;
            /* whom one speaks to or through is not what one speaks of */
            if (m->type != KG_EVENT && (speech_channel(x, m->tok_start, m->tok_end) ||
                                        addressed(x, m->tok_start, m->tok_end)))
                continue;
            /* "on behalf of the Commission": the body one speaks for is one's own */
            if ((m->type == KG_ORGANISATION || m->type == KG_PARTY) &&
                speaks_on_behalf_of(rs, m->tok_start, p)) {
                kx_add_relation(x, p, m->entity, KG_AFFILIATED_WITH, s);
                continue;
            }
            /* whom one meets is not what one speaks of: "met with members of the Armed
             * Forces", "met with staff at Mongolia's LGBT Center" */
            if (m->type == KG_ORGANISATION && met_body(x, m->tok_start))
                continue;
            /* where one speaks is not what one speaks of: "at the Embassy", "on the margins
             * of the Assembly" */
            if (m->type != KG_PERSON && kx_rel_names_venue(x, m->tok_start))
                continue;
            /* "our recent talks in Tashkent": the speaker took part in it */
            if (m->type == KG_EVENT && first_person_event(x, m->tok_start)) {
                kx_add_relation(x, p, m->entity, KG_SPOKE_AT, s);
                continue;
            }
            if (m->type == KG_EVENT && kx_has_relation(x, p, m->entity, KG_SPOKE_AT))
                continue;
            if (m->type == KG_EVENT && x->out->entities[m->entity].is_main_event)
                continue;
            kx_add_relation(x, p, m->entity, KG_DISCUSSED, s);
            if (co)
                kx_add_relation(x, co - 1, m->entity, KG_DISCUSSED, s);
        }
    }
    role_map_free(&roles);
    free(sv.pairs);
    spoke_index_free(&spoke);
    free(venue);
}
