/* kx_rel_protests: what protests are against and where they march.
 *
 * Reads: the event mentions of protests (kind "protest"), the person, organisation, party,
 *        place and event mentions.
 * Adds:  discussed and located-in relations from a protest.
 * Patterns:
 * - the complement of the protest's noun: "a protest against X", "protests over alleged
 *   fraud in X", "demonstrations regarding X", "a rally in support of X": the protest
 *   discussed what the phrase names, up to the end of its clause;
 * - the clause of its people or its verb: "Protesters marched in A, and in B", "Protesters
 *   torched the offices of X in the capital, A", "people demonstrated in A, demanding that X":
 *   the protest of the sentence, else the last one told before it in the document, took
 *   place in A and B and discussed X; who leads or meets it ("led by X", "clashed with X")
 *   is not its subject.
 * Places after "in" inside the aim ("against fraud in the election in A") belong to what is
 * protested, not to the protest, and are left out. */
#include "kx_rel_protests.h"

#include "../../kg_mem.h"

#include <stdlib.h>
#include <string.h>

static int is_protest(const kx *x, size_t entity)
{
    const char *kind = x->out->entities[entity].event_kind;
    return kind && strcmp(kind, "protest") == 0;
}

/* The words that open a protest's aim at token i; the first token of the aim, or 0. */
static size_t aim_opens(const kx *x, size_t i)
{
    static const char *const preps[] = {"against", "over", "regarding", "concerning",
                                        "about",   "for",  NULL};
    static const char *const demands[] = {"demanding", "demanded", "demand", "calling", NULL};
    if (kx_is_any(x, i, preps))
        return i + 1;
    /* "demanding that X resign", "calling for X" */
    if (kx_is_any(x, i, demands))
        return kx_is(x, i + 1, "that") || kx_is(x, i + 1, "for") ? i + 2 : i + 1;
    /* "in support of X", "in favour of X", "in protest at X" */
    if (kx_is(x, i, "in") &&
        (kx_is(x, i + 1, "support") || kx_is(x, i + 1, "favour") || kx_is(x, i + 1, "favor")) &&
        kx_is(x, i + 2, "of"))
        return i + 3;
    return 0;
}

/* Whether token i ends the clause an aim or a place list lies in. */
static int ends_clause(const kx *x, size_t i)
{
    static const char *const stops[] = {";",     "which", "who",    "that", "after", "before",
                                        "since", "when",  "while",  "as",   "but",   "because",
                                        "where", "until", "during", NULL};
    return kx_is_any(x, i, stops) || kx_is_speech_verb(x, i) ||
           x->t->tokens[i].kind == KG_TOKEN_QUOTE;
}

/* Adds protest -discussed-> each name of the aim from token a to its clause's end, and
 * returns the token after it. */
static size_t add_aim(kx_rel_state *rs, size_t protest, size_t a, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    size_t k = a;
    for (; k < sen->end_token && k < a + 16 && !ends_clause(x, k); k++) {
        /* ", and in B" goes on with a list of places; any other comma ends the aim */
        if (kx_is(x, k, ",") && !kx_is(x, k + 1, "and"))
            break;
        size_t mi = kx_rel_topic_at(rs, k);
        if (!mi)
            continue;
        const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
        k = m->tok_end - 1;
        if (m->entity == protest || (m->type == KG_EVENT && is_protest(x, m->entity)))
            continue;
        if (m->type == KG_PLACE && m->tok_start > a && kx_is(x, m->tok_start - 1, "in"))
            continue;
        kx_add_relation(x, protest, m->entity, KG_DISCUSSED, s);
    }
    return k;
}

/* A protest's mention, by where it starts. */
typedef struct protest_at {
    size_t tok, mention, entity;
} protest_at;

static int cmp_protest_at(const void *a, const void *b)
{
    const protest_at *x = a, *y = b;
    if (x->tok != y->tok)
        return x->tok < y->tok ? -1 : 1;
    return (x->mention > y->mention) - (x->mention < y->mention);
}

/* The protest mentions of the document sorted by start (then by index); the pass adds
 * none. Sets *n; returns a new array the caller frees. */
static protest_at *protests_by_start(kx_rel_state *rs, size_t *n)
{
    kx *x = rs->x;
    protest_at *p = kg_xmalloc((x->out->n_mentions + 1) * sizeof *p);
    *n = 0;
    for (size_t i = 0; i < x->out->n_mentions; i++) {
        const kg_x_mention *m = kx_rel_mention(rs, i);
        if (m->type == KG_EVENT && is_protest(x, m->entity))
            p[(*n)++] = (protest_at){m->tok_start, i, m->entity};
    }
    if (*n > 1)
        qsort(p, *n, sizeof *p, cmp_protest_at);
    return p;
}

/* The protest a sentence s speaks of: one it mentions, else the last one mentioned before
 * it, else the first one after it ("people demonstrated in X. ... led the rally");
 * (size_t)-1 when none. By bisection of the protests sorted by start: the last that starts
 * before the sentence's end (of one start, the last made), else the first after. */
static size_t protest_in_context(kx_rel_state *rs, const protest_at *p, size_t n, size_t s)
{
    size_t end = rs->x->t->sentences[s].end_token, lo = 0, hi = n;
    while (lo < hi) { /* lo: the first that starts at end or later */
        size_t mid = lo + (hi - lo) / 2;
        if (p[mid].tok < end)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0)
        return p[lo - 1].entity;
    return lo < n ? p[lo].entity : (size_t)-1;
}

/* Whether token i is a noun for the people of a protest. */
static int is_protesters(const kx *x, size_t i)
{
    static const char *const nouns[] = {"protesters", "protestors", "demonstrators", "marchers",
                                        NULL};
    return kx_is_any_ci(x, i, nouns);
}

/* Whether token i is a verb of protesting ("people demonstrated in X"); not "protested" after
 * a name, which reports what someone said. */
static int is_protest_verb(const kx *x, size_t i)
{
    static const char *const verbs[] = {"marched",      "marching",      "rallied", "rallying",
                                        "demonstrated", "demonstrating", NULL};
    return kx_is_any(x, i, verbs) || (kx_is(x, i, "protesting") && i > 0 &&
                                      (kx_is(x, i - 1, "were") || kx_is(x, i - 1, "are")));
}

/* The place named after "in" at token k: "in A", "in the capital, A" (a description and a
 * comma before the name); the mention index + 1, or 0. */
static size_t place_after_in(kx_rel_state *rs, size_t k, size_t end)
{
    kx *x = rs->x;
    for (size_t j = k + 1; j < end && j < k + 8; j++) {
        size_t mi = rs->mention_at[j];
        if (mi)
            return kx_rel_mention(rs, mi - 1)->type == KG_PLACE ? mi : 0;
        if (kx_is(x, j, ",") && !(j > k + 1 && kx_is_lower_word(x, j - 1)))
            return 0;
        if (!kx_is(x, j, ",") && !kx_is_lower_word(x, j))
            return 0;
    }
    return 0;
}

/* The clause of a protest's people from token a, over its commas (", the largest city, and
 * in B", ", demanding that X"): "Protesters torched the party's offices in
 * the capital, A", "people demonstrated in A, demanding that X": places after "in" say where
 * the protest was, the other names and the aim what it was about. */
static void protest_clause(kx_rel_state *rs, size_t protest, size_t a, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t k = a; k < sen->end_token && k < a + 30 && !ends_clause(x, k); k++) {
        size_t aim = aim_opens(x, k);
        if (aim) {
            k = add_aim(rs, protest, aim, s);
            continue;
        }
        if (kx_is(x, k, "in")) {
            size_t mi = place_after_in(rs, k, sen->end_token);
            if (mi) {
                kx_add_relation(x, protest, kx_rel_mention(rs, mi - 1)->entity, KG_LOCATED_IN, s);
                k = kx_rel_mention(rs, mi - 1)->tok_end - 1;
            }
            continue;
        }
        size_t mi = kx_rel_topic_at(rs, k);
        if (!mi)
            continue;
        const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
        k = m->tok_end - 1;
        /* who protests or polices it is not its subject: "led by X", "clashed with X" */
        int by = m->tok_start > 0 &&
                 (kx_is(x, m->tok_start - 1, "by") || kx_is(x, m->tok_start - 1, "with"));
        if (m->type == KG_PLACE || by || m->entity == protest ||
            (m->type == KG_EVENT && is_protest(x, m->entity)))
            continue;
        kx_add_relation(x, protest, m->entity, KG_DISCUSSED, s);
    }
}

void kx_rel_find_protest_aims(kx_rel_state *rs)
{
    kx *x = rs->x;
    for (size_t i = 0; i < x->out->n_mentions; i++) {
        const kg_x_mention *m = kx_rel_mention(rs, i);
        if (m->type != KG_EVENT || !is_protest(x, m->entity) || m->tok_end >= x->n ||
            !kx_same_sentence(x, m->tok_start, m->tok_end))
            continue;
        size_t a = aim_opens(x, m->tok_end);
        if (a)
            add_aim(rs, m->entity, a, x->t->tokens[m->tok_start].sentence);
    }
    size_t n_protests;
    protest_at *protests = protests_by_start(rs, &n_protests);
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        for (size_t i = sen->first_token; i + 1 < sen->end_token; i++) {
            if (!is_protesters(x, i) && !is_protest_verb(x, i))
                continue;
            size_t protest = protest_in_context(rs, protests, n_protests, s);
            if (protest != (size_t)-1)
                protest_clause(rs, protest, i + 1, s);
            break;
        }
    }
    free(protests);
}
