/* kg_relations: typed relations from patterns over sentences and paragraphs:
 * - speakers: "X said", "said X", "according to X", "addressed by X", quotes and their
 *   attribution, and anaphora ("he stressed", "the expert noted", "in her opinion");
 * - spoke-at: every speaker of an article about a meeting, to that meeting;
 * - affiliated-with: appositions ("X, director of Y"), titles before the name ("head of Y
 *   X"), possessives ("his Y party"), akim -> akimat, ambassador -> embassy;
 * - discussed: what a speaker's own sentences and quotes name; what a meeting is said to
 *   be about ("on the results of", "were discussed at");
 * - located-in: "held in X", "Y in X", "X, Y region", elections in a country.
 * Negated speech ("did not comment", "declined to") yields no speaker. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int names_venue(const kx *x, size_t i);
static int met_body(const kx *x, size_t i);

typedef struct rel_state {
    kx *x;
    size_t *mention_at; /* per token: mention index + 1 (first mention covering it) */
    size_t *speaker;    /* per sentence: entity + 1 */
    size_t *co_speaker; /* per sentence: a second speaker ("X and Y said"), entity + 1 */
    size_t *role_end;   /* per mention: end token of its role span (apposition), or 0 */
    size_t *role_start; /* per mention: start token + 1 of the title before it, or 0 */
    size_t *org_at;     /* per token: longest organisation mention starting there + 1, or 0 */
    size_t *event_at;   /* per token: longest event mention starting there + 1, or 0 */
} rel_state;

/* Indexes the longest organisation and event mentions by their first token (after the
 * last pass that adds mentions), so that rules find them without scanning every mention. */
static void index_mention_starts(rel_state *rs)
{
    const kg_extraction *e = rs->x->out;
    for (size_t k = 0; k < e->n_mentions; k++) {
        const kg_x_mention *m = &e->mentions[k];
        size_t *at = m->type == KG_ORGANISATION ? rs->org_at
                     : m->type == KG_EVENT      ? rs->event_at
                                                : NULL;
        if (!at)
            continue;
        size_t cur = at[m->tok_start];
        if (!cur || e->mentions[cur - 1].tok_end < m->tok_end)
            at[m->tok_start] = k + 1;
    }
}

static kg_x_mention *mention(rel_state *rs, size_t i)
{
    return &rs->x->out->mentions[i];
}

static int is_negation(const kx *x, size_t i)
{
    return kx_is(x, i, "not") || kx_is(x, i, "n't") || kx_is(x, i, "never") ||
           kx_is(x, i, "declined") || kx_is(x, i, "refused") || kx_is(x, i, "denied");
}

/* Whether the title word at i ends a phrase opened by "the": "the Secretary", "the Prime
 * Minister", "the Foreign Minister". */
static int title_after_the(const kx *x, size_t i)
{
    size_t k = i;
    while (k > 0 && k + 3 > i && kx_is_cap(x, k - 1) && !kx_is_ci(x, k - 1, "the") &&
           kx_same_sentence(x, k - 1, i))
        k--;
    return k > 0 && kx_is_ci(x, k - 1, "the") && (k == i || kx_is_cap(x, i));
}

/* Pronouns and role nouns that refer back to the last speaker: "he", "she", "according to
 * him", "in her opinion", "his remarks"; not a possessive of something else ("working with
 * President X and his government"). */
static int is_anaphor(const kx *x, size_t i)
{
    static const char *const words[] = {"he", "she", "He", "She", NULL};
    static const char *const speech[] = {"opinion", "view",      "words",    "remarks", "speech",
                                         "address", "statement", "comments", "view,",   NULL};
    if (kx_is_any(x, i, words))
        return 1;
    if ((kx_is_ci(x, i, "him") || kx_is_ci(x, i, "her")) && i >= 2 && kx_is(x, i - 1, "to") &&
        kx_is_ci(x, i - 2, "according"))
        return 1;
    if ((kx_is_ci(x, i, "his") || kx_is_ci(x, i, "her")) && kx_is_any(x, i + 1, speech))
        return 1;
    /* "the expert", "the deputy", "the speaker", "the scientist", "the parliamentarian" */
    return kx_is_title(x, i) && title_after_the(x, i);
}

/* Whether the word at i, a verb form, stands as a modifier: after a determiner or a
 * possessive ("Uzbekistan's continued partnership", "the expected results"). */
static int is_modifier_position(const kx *x, size_t i)
{
    if (i == 0)
        return 0;
    if (kx_is_determiner(x, i - 1))
        return 1;
    /* a passive: "the party is expected to win", "reforms were announced" */
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
    size_t k = i - 1;
    if (k > 0 && (kx_is(x, k, "widely") || kx_is(x, k, "also") || kx_is(x, k, "not")))
        k--;
    return kx_is_any(x, k, be);
}

/* Whether the speech verb at i has a subject of its own right before it: a pronoun other
 * than he/she, or a plural noun ("many people called", "observers noted"). */
static int has_other_subject(const kx *x, size_t i)
{
    static const char *const subjects[] = {
        "they",      "we",       "I",       "you",       "people",    "many",
        "others",    "some",     "both",    "critics",   "officials", "experts",
        "observers", "analysts", "sources", "reporters", "residents", NULL};
    return i > 0 && kx_is_any_ci(x, i - 1, subjects);
}

/* Whether a name starting at token a is the object of a verb or a preposition: back over
 * the titles and capitalised words before it ("thanked Uzbekistani Foreign Minister X",
 * "with the Minister of Y X"), the word there is a preposition or a past-tense verb. */
static int is_object_position(const kx *x, size_t a, size_t first)
{
    static const char *const preps[] = {"with",  "to",      "for", "from", "on", "at",
                                        "about", "against", "of",  "and",  NULL};
    size_t k = a;
    while (k > first && (kx_is_cap(x, k - 1) || kx_is_title(x, k - 1) || kx_is(x, k - 1, "the") ||
                         ((kx_is(x, k - 1, "of") || kx_is(x, k - 1, "for")) && k >= 2 &&
                          (kx_is_cap(x, k - 2) || kx_is_title(x, k - 2)))))
        k--;
    if (k == first || !kx_is_lower_word(x, k - 1))
        return 0;
    for (size_t j = 0; preps[j]; j++)
        if (kx_is(x, k - 1, preps[j]))
            return !kx_is(x, k - 1, "and");
    size_t len;
    const char *w = kx_tok(x, k - 1, &len);
    return len > 3 && strncmp(w + len - 2, "ed", 2) == 0 && !kx_is_speech_verb(x, k - 1);
}

static int span_has_title(const kx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (kx_is_title(x, i))
            return 1;
    return 0;
}

/* Whether the speech verb at i takes a person as its object ("congratulated X", "told X",
 * "urged X"), so that a name right after it is not its subject as in "said X". */
static int takes_person_object(const kx *x, size_t i)
{
    static const char *const verbs[] = {
        "told",       "addressed",  "congratulated", "informed",   "briefed",
        "assured",    "invited",    "urged",         "called",     "asked",
        "welcomed",   "supported",  "commended",     "encouraged", "praised",
        "criticized", "criticised", "condemned",     "urges",      "welcomes",
        "denounced",  "thanked",    "reminded",      "warned",     NULL};
    return kx_is_any(x, i, verbs);
}

/* Whether the subject of an inverted "said X" can end at token e: the clause ends there
 * ('..., said X.', 'said X, a lawyer') or an adjunct follows ('said X on Tuesday'); in
 * "said X also agreed" X is the subject of what was said. */
static int ends_inverted_subject(const kx *x, size_t e)
{
    static const char *const adjuncts[] = {"on",    "at",        "in",      "during", "after",
                                           "today", "yesterday", "earlier", "later",  "recently",
                                           "when",  "while",     NULL};
    if (e >= x->n || !kx_is_lower_word(x, e))
        return 1;
    return kx_is_any(x, e, adjuncts);
}

/* Whether the participle at i modifies the noun before it ("the reforms proposed by X"):
 * what X once proposed, not what this sentence reports X saying ("as noted by X", "was
 * stressed by X"). */
static int reduced_relative(const kx *x, size_t i)
{
    static const char *const ok[] = {"was", "were", "is", "are", "been", "be", "as", "also", NULL};
    return i > 0 && kx_is_lower_word(x, i - 1) && !kx_is_any(x, i - 1, ok);
}

/* Whether a country or a body ends right before the verb at v (over "also"), as its
 * subject: "The United States reiterated", "RIA Novosti reported". */
static int body_subject_of(rel_state *rs, size_t v)
{
    kx *x = rs->x;
    size_t first = x->t->sentences[x->t->tokens[v].sentence].first_token;
    size_t k = v;
    if (k > first + 1 && kx_is(x, k - 1, "also"))
        k--;
    if (k == first)
        return 0;
    size_t mk = rs->mention_at[k - 1];
    if (!mk || mention(rs, mk - 1)->tok_end != k)
        return 0;
    kg_entity_type t = mention(rs, mk - 1)->type;
    return t == KG_PLACE || t == KG_ORGANISATION || t == KG_PARTY;
}

/* Whether the verb at v has a body of its own that opens its clause: "..., RIA Novosti
 * reported" (not "X of the Institute noted", where the body is X's). */
static int clause_body_subject(rel_state *rs, size_t v)
{
    kx *x = rs->x;
    size_t a = v;
    while (a > 0 && v - a < 4 && kx_is_cap(x, a - 1) && kx_same_sentence(x, a - 1, v))
        a--;
    if (a == v || a == 0 || !kx_is(x, a - 1, ","))
        return 0;
    for (size_t i = a; i < v; i++)
        if (rs->mention_at[i] && (mention(rs, rs->mention_at[i] - 1)->type == KG_ORGANISATION ||
                                  mention(rs, rs->mention_at[i] - 1)->type == KG_PLACE))
            return 1;
    return 0;
}

/* Whether a country or a body is the subject of a speech verb in sentence s: "The United
 * States reiterated", "The Ministry also noted". */
static int body_speaks(rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t v = sen->first_token + 1; v < sen->end_token; v++)
        if (kx_is_speech_verb(x, v) && !is_modifier_position(x, v) && body_subject_of(rs, v))
            return 1;
    return 0;
}

/* The speaker named in sentence s: a person followed by a speech verb in the same clause,
 * right after one, after "according to" or "by". Returns the entity + 1, or 0. */
static size_t sentence_speaker(rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi)
            continue;
        const kg_x_mention *m = mention(rs, mi - 1);
        if (m->type != KG_PERSON || m->tok_start != i)
            continue;
        /* before: "said X", "believes X", "according to X", "by X", and with a short
         * description between: "said Bishkek resident X" */
        size_t a = m->tok_start;
        if (a >= 1 && ((kx_is_speech_verb(x, a - 1) && !takes_person_object(x, a - 1) &&
                        ends_inverted_subject(x, m->tok_end)) ||
                       (a >= 2 && kx_is(x, a - 1, "by") && kx_is_speech_verb(x, a - 2) &&
                        !reduced_relative(x, a - 2))))
            return m->entity + 1;
        for (size_t k = a; k > sen->first_token && k + 5 > a; k--) {
            size_t mk = rs->mention_at[k - 1];
            if (kx_is_speech_verb(x, k - 1) && k < a) {
                if (takes_person_object(x, k - 1) ||
                    (kx_is(x, k, "by") && reduced_relative(x, k - 1)))
                    break;
                int described = 0;
                for (size_t j = k; j < a; j++)
                    if (kx_is_title(x, j))
                        described = 1;
                if (described)
                    return m->entity + 1;
                break;
            }
            if ((mk && mention(rs, mk - 1)->type == KG_PERSON) ||
                x->t->tokens[k - 1].kind == KG_TOKEN_PUNCT ||
                x->t->tokens[k - 1].kind == KG_TOKEN_QUOTE)
                break;
        }
        /* the object of "with" ("met with X") is not the subject of what follows */
        if (a >= 1 && (kx_is(x, a - 1, "with") ||
                       (a >= 3 && kx_is(x, a - 3, "with") && kx_is_title(x, a - 1)) ||
                       (a >= 4 && kx_is(x, a - 4, "with") && kx_is_title(x, a - 1))))
            continue;
        if (a >= 2 && kx_is_ci(x, a - 2, "according") && kx_is(x, a - 1, "to"))
            return m->entity + 1;
        /* "according to the chairman of the CEC X", "according to a spokesman for
         * President Y, X": a title phrase, and whom it serves, set off before the name */
        for (size_t k = a; k > sen->first_token + 1 && k + 12 > a; k--) {
            if (kx_is(x, k - 1, "to") && kx_is_ci(x, k - 2, "according")) {
                /* not Y of "a spokesman for Y, X," */
                size_t after = m->tok_end < sen->end_token && kx_is(x, m->tok_end, ",")
                                   ? rs->mention_at[m->tok_end + 1]
                                   : 0;
                int serves =
                    kx_is(x, a - 1, "for") && after && mention(rs, after - 1)->type == KG_PERSON;
                if (span_has_title(x, k, a) && !serves)
                    return m->entity + 1;
                break;
            }
            size_t mk = rs->mention_at[k - 1];
            int served = mk && mention(rs, mk - 1)->type == KG_PERSON &&
                         mention(rs, mk - 1)->tok_start > sen->first_token &&
                         (kx_is(x, mention(rs, mk - 1)->tok_start - 1, "for") ||
                          kx_is_title(x, mention(rs, mk - 1)->tok_start - 1));
            if (served) {
                k = mention(rs, mk - 1)->tok_start + 1;
                continue;
            }
            if (!(kx_is_title(x, k - 1) || kx_is_cap(x, k - 1) || kx_is(x, k - 1, "the") ||
                  kx_is(x, k - 1, "of") || kx_is(x, k - 1, "a") || kx_is(x, k - 1, "an") ||
                  kx_is(x, k - 1, "for") || (k == a && kx_is(x, k - 1, ",")) || mk) ||
                (mk && mention(rs, mk - 1)->type == KG_PERSON))
                break;
        }
        /* "... by the professor of Y, Z X": a passive speech verb earlier in the sentence */
        for (size_t k = sen->first_token; k + 1 < a; k++)
            if (kx_is_speech_verb(x, k) && kx_is(x, k + 1, "by") && !reduced_relative(x, k)) {
                int other = 0;
                for (size_t j = k + 2; j < a; j++)
                    if (rs->mention_at[j] && mention(rs, rs->mention_at[j] - 1)->type == KG_PERSON)
                        other = 1;
                if (!other)
                    return m->entity + 1;
            }
        /* the object of a verb or preposition ("thanked Foreign Minister X for ...") is
         * not the subject of a later verb */
        if (is_object_position(x, a, sen->first_token))
            continue;
        /* "X, a spokesman for President Y, said": the verb after X's apposition */
        if (kx_is(x, m->tok_end, ",")) {
            for (size_t k = m->tok_end + 1; k < sen->end_token && k < m->tok_end + 25; k++) {
                if (x->t->tokens[k].kind == KG_TOKEN_QUOTE || kx_is(x, k, ";"))
                    break;
                if (!kx_is(x, k, ","))
                    continue;
                size_t v = k + 1;
                if (kx_is(x, v, "in") && kx_is(x, v + 1, "turn"))
                    continue;
                if (kx_is_speech_verb(x, v) && !is_negation(x, v))
                    return m->entity + 1;
                break;
            }
        }
        /* after: a speech verb before any other person or quote, not negated, and not in
         * a clause about something else ("X's party, which is expected to") */
        for (size_t k = m->tok_end; k < sen->end_token && k < m->tok_end + 60; k++) {
            if (x->t->tokens[k].kind == KG_TOKEN_QUOTE)
                break;
            if (is_negation(x, k) || kx_is(x, k, "which"))
                break;
            size_t mk = rs->mention_at[k];
            if (mk && mention(rs, mk - 1)->type == KG_PERSON &&
                mention(rs, mk - 1)->entity != m->entity)
                break;
            if (kx_is_speech_verb(x, k) && !is_modifier_position(x, k)) {
                /* "While A offered him immunity, he said": the pronoun after the comma is
                 * a subject of its own, for the anaphora to resolve */
                int pronoun = k > m->tok_end + 1 &&
                              (kx_is_ci(x, k - 1, "he") || kx_is_ci(x, k - 1, "she")) &&
                              kx_is(x, k - 2, ",");
                if (has_other_subject(x, k) || clause_body_subject(rs, k) || pronoun)
                    break; /* "what many people called", "..., RIA Novosti reported" */
                return m->entity + 1;
            }
        }
    }
    return 0;
}

/* Whether sentence s refers back to a speaker: "he said", "the expert noted", "in her
 * opinion", "according to him". */
static int sentence_has_anaphoric_speech(rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    int anaphor = 0, verb = 0;
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        if (is_anaphor(x, i))
            anaphor = 1;
        if (kx_is_speech_verb(x, i) || kx_is_ci(x, i, "opinion") || kx_is_ci(x, i, "according"))
            verb = 1;
        if (is_negation(x, i))
            return 0;
    }
    return anaphor && verb;
}

static int sentence_starts_quoted(const kx *x, size_t s)
{
    return x->t->tokens[x->t->sentences[s].first_token].kind == KG_TOKEN_QUOTE;
}

/* Whether sentence s mentions a person other than p. */
static int other_person_in(rel_state *rs, size_t s, size_t p)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (mi && mention(rs, mi - 1)->type == KG_PERSON && mention(rs, mi - 1)->entity != p)
            return 1;
    }
    return 0;
}

/* Whether sentence s is quoted speech: it opens with a quotation mark, or a quotation
 * opened earlier in its paragraph is still open. */
static int in_quotation(const kx *x, size_t s)
{
    if (sentence_starts_quoted(x, s))
        return 1;
    size_t para = x->t->sentences[s].paragraph, k = s, quotes = 0;
    while (k > 0 && x->t->sentences[k - 1].paragraph == para)
        k--;
    for (size_t i = x->t->sentences[k].first_token; i < x->t->sentences[s].first_token; i++)
        if (x->t->tokens[i].kind == KG_TOKEN_QUOTE && x->t->text[x->t->tokens[i].start] != '\'')
            quotes++;
    return quotes % 2 == 1;
}

/* The one person whose name the document gives after the title at token i, which ends a
 * phrase opened by "the" ("the Secretary", "the Foreign Minister"). Returns entity + 1, or
 * 0 when none or several. */
static size_t referent_of_title(rel_state *rs, size_t i)
{
    kx *x = rs->x;
    if (!kx_is_title(x, i) || !title_after_the(x, i) || rs->mention_at[i])
        return 0;
    size_t len;
    const char *title = kx_tok(x, i, &len);
    size_t found = 0;
    int ambiguous = 0;
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
        if (m->type != KG_PERSON)
            continue;
        for (size_t b = m->tok_start; b > 0 && b + 5 > m->tok_start; b--) {
            size_t l2;
            const char *t2 = kx_tok(x, b - 1, &l2);
            /* "the Prime Minister" is not "Deputy Minister X" */
            size_t ml = 0, ml2 = 0;
            const char *mod =
                kx_is_cap(x, i - 1) && !kx_is_ci(x, i - 1, "the") ? kx_tok(x, i - 1, &ml) : NULL;
            const char *mod2 = b >= 2 ? kx_tok(x, b - 2, &ml2) : NULL;
            int same_mod = !mod || (mod2 && ml == ml2 && strncasecmp(mod, mod2, ml) == 0);
            if (l2 == len && strncasecmp(t2, title, len) == 0 && same_mod) {
                if (found && found != m->entity + 1)
                    ambiguous = 1;
                found = m->entity + 1;
                break;
            }
            /* only the title phrase itself lies between: "Secretary of State X",
             * not "the Secretary thanked Foreign Minister X" */
            if (!kx_is_cap(x, b - 1) && !kx_is(x, b - 1, "of") && !kx_is(x, b - 1, "for"))
                break;
        }
    }
    return ambiguous ? 0 : found;
}

/* "the Secretary", "the Ambassador": the one person whose name the document gives after
 * the first such title in sentence s ("Secretary of State Antony J. Blinken"). Returns
 * entity + 1, or 0. */
static size_t titled_referent(rel_state *rs, size_t s)
{
    const kg_sentence *sen = &rs->x->t->sentences[s];
    for (size_t i = sen->first_token + 1; i < sen->end_token; i++) {
        size_t found = referent_of_title(rs, i);
        if (found)
            return found;
    }
    return 0;
}

/* "X, a lawyer, and Y, director of Z, said": X shares the speech verb of speaker p.
 * Returns X's entity + 1, or 0. */
static size_t joint_speaker(rel_state *rs, size_t s, size_t p)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token + 1; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi || mention(rs, mi - 1)->entity != p || mention(rs, mi - 1)->tok_start != i)
            continue;
        /* "A and Deputy Assistant Secretary B said": back over B's titles */
        size_t t = i;
        while (t > sen->first_token + 1 && kx_is_title(x, t - 1) && kx_is_cap(x, t - 1))
            t--;
        if (!kx_is(x, t - 1, "and"))
            return 0;
        size_t k = t - 1;
        if (k > sen->first_token && kx_is(x, k - 1, ","))
            k--;
        /* back over the first person's apposition to the person */
        for (size_t j = k; j > sen->first_token && j + 16 > k; j--) {
            size_t mj = rs->mention_at[j - 1];
            if (kx_is_speech_verb(x, j - 1) || x->t->tokens[j - 1].kind == KG_TOKEN_QUOTE)
                return 0;
            if (mj && mention(rs, mj - 1)->type == KG_PERSON) {
                const kg_x_mention *m = mention(rs, mj - 1);
                if (m->tok_end == k || kx_is(x, m->tok_end, ","))
                    return m->entity + 1;
                return 0;
            }
        }
        return 0;
    }
    return 0;
}

/* The author of a statement, whose words the whole text is: "Remarks by X", "Statement by
 * the Minister X", "As delivered by X to the Council", or a byline paragraph that is only
 * a name with titles and places ("X, Secretary of State, Washington, DC") among the first
 * paragraphs. Returns entity + 1, or 0. */
static size_t statement_author(rel_state *rs)
{
    kx *x = rs->x;
    /* a statement speaks in the first person ("I congratulate", "We urge"); a spokesperson's
     * account of what others did does not */
    int first_person_text = 0;
    for (size_t i = 0; i < x->n && !first_person_text; i++)
        first_person_text = (kx_is(x, i, "I") || kx_is_ci(x, i, "we") || kx_is_ci(x, i, "my")) &&
                            !in_quotation(x, x->t->tokens[i].sentence);
    if (!first_person_text)
        return 0;
    /* a byline opens the text or closes it (a transcript's "As delivered by" at the end) */
    size_t last = x->t->n_paragraphs ? x->t->n_paragraphs - 1 : 0;
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        if (sen->paragraph > 3 && sen->paragraph + 2 <= last)
            continue;
        size_t first_person = 0, persons = 0, words = 0, by = 0;
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = rs->mention_at[i];
            if (mi && mention(rs, mi - 1)->type == KG_PERSON &&
                mention(rs, mi - 1)->tok_start == i) {
                if (!first_person)
                    first_person = mention(rs, mi - 1)->entity + 1;
                persons++;
            }
            if (kx_is_lower_word(x, i) && !mi && !kx_is_title(x, i) && !kx_is(x, i, "of") &&
                !kx_is(x, i, "the") && !kx_is(x, i, "for") && !kx_is(x, i, "and"))
                words++;
            if (kx_is(x, i, "by") && i > sen->first_token &&
                (kx_is_ci(x, i - 1, "remarks") || kx_is_ci(x, i - 1, "statement") ||
                 kx_is(x, i - 1, "delivered") || kx_is(x, i - 1, "delivery") ||
                 kx_is_ci(x, i - 1, "address")))
                by = i;
        }
        if (by && first_person) {
            /* the first person after "by", before any other verb */
            for (size_t i = by + 1; i < sen->end_token && i < by + 12; i++) {
                size_t mi = rs->mention_at[i];
                if (mi && mention(rs, mi - 1)->type == KG_PERSON)
                    return mention(rs, mi - 1)->entity + 1;
            }
        }
        /* a byline: one person, nothing but names, titles and places around */
        int own_paragraph =
            (s == 0 || x->t->sentences[s - 1].paragraph != sen->paragraph) &&
            (s + 1 == x->t->n_sentences || x->t->sentences[s + 1].paragraph != sen->paragraph);
        if (own_paragraph && persons == 1 && words == 0 && s > 0 &&
            rs->mention_at[sen->first_token] &&
            mention(rs, rs->mention_at[sen->first_token] - 1)->type == KG_PERSON)
            return first_person;
    }
    return 0;
}

/* Whether sentence s gives its words to someone it does not name: "said an employee of the
 * ministry", "a university student said", "A spokesman for the ministry noted". */
static int unnamed_speaker(rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t v = sen->first_token; v < sen->end_token; v++) {
        if (!kx_is_speech_verb(x, v) || is_modifier_position(x, v))
            continue;
        if (v + 1 < sen->end_token &&
            (kx_is(x, v + 1, "a") || kx_is(x, v + 1, "an") || kx_is(x, v + 1, "another")))
            return 1;
        for (size_t k = v; k > sen->first_token && k + 8 > v; k--) {
            size_t mk = rs->mention_at[k - 1];
            if ((mk && mention(rs, mk - 1)->type == KG_PERSON) ||
                x->t->tokens[k - 1].kind == KG_TOKEN_QUOTE || kx_is(x, k - 1, ","))
                break;
            /* the indefinite subject opens the clause: '"...," a student said' */
            if ((kx_is_ci(x, k - 1, "a") || kx_is_ci(x, k - 1, "an") ||
                 kx_is_ci(x, k - 1, "another")) &&
                (k - 1 == sen->first_token || x->t->tokens[k - 2].kind == KG_TOKEN_QUOTE ||
                 kx_is(x, k - 2, ",")))
                return 1;
        }
    }
    return 0;
}

static void find_speakers(rel_state *rs)
{
    kx *x = rs->x;
    size_t last = 0, para_speaker = 0, para = (size_t)-1, para_speaker_from = 0;
    size_t author = statement_author(rs);
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        if (sen->paragraph != para) {
            para = sen->paragraph;
            para_speaker = 0;
            para_speaker_from = s;
            /* a paragraph of quotes belongs to the speaker it names, else the last one */
            for (size_t k = s; k < x->t->n_sentences && x->t->sentences[k].paragraph == para; k++) {
                size_t sp = sentence_speaker(rs, k);
                if (sp) {
                    para_speaker = sp;
                    para_speaker_from = k;
                    break;
                }
            }
            if (!para_speaker && sentence_starts_quoted(x, s) && !unnamed_speaker(rs, s))
                para_speaker = last;
        }
        size_t sp = sentence_speaker(rs, s);
        if (!sp && unnamed_speaker(rs, s)) {
            /* someone else speaks: neither the paragraph's speaker nor the last one */
            rs->speaker[s] = 0;
            last = 0;
            continue;
        }
        if (!sp && sentence_has_anaphoric_speech(rs, s)) {
            sp = titled_referent(rs, s);
            if (!sp) /* "he", "she": the latest speaker */
                sp = last ? last : para_speaker;
        }
        /* before the speaker is named, only quoted sentences are theirs: "'...,' said X";
         * nor is what a country or a body says ("The United States reiterated ...") */
        if (!sp && para_speaker &&
            (in_quotation(x, s) ||
             (s > para_speaker_from && !other_person_in(rs, s, para_speaker - 1) &&
              !body_speaks(rs, s))))
            sp = para_speaker;
        /* a statement's sentences are its author's, unless someone else is quoted */
        if (!sp && author && !kx_in_headline(x, sen->first_token))
            sp = author;
        rs->speaker[s] = sp;
        if (sp)
            rs->co_speaker[s] = joint_speaker(rs, s, sp - 1);
        if (sp) {
            last = sp;
            if (!para_speaker)
                para_speaker = sp;
        }
    }
}

/* The main meeting of the document, or (size_t)-1. */
static size_t main_meeting(const kx *x)
{
    size_t best = (size_t)-1;
    for (size_t k = 0; k < x->out->n_entities; k++) {
        const kg_x_entity *en = &x->out->entities[k];
        if (en->type == KG_EVENT && en->is_main_event &&
            (best == (size_t)-1 || en->first_sentence < x->out->entities[best].first_sentence))
            best = k;
    }
    return best;
}

/* The last organisation whose key equals name's key (or, with prefix, starts with it);
 * (size_t)-1 when none. */
static size_t find_organisation(const kx *x, const char *name, int prefix)
{
    char *key = kg_normalize_key(name, strlen(name));
    size_t found = (size_t)-1, kl = strlen(key);
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (x->out->entities[k].type == KG_ORGANISATION &&
            (prefix ? strncmp(x->out->entities[k].key, key, kl)
                    : strcmp(x->out->entities[k].key, key)) == 0)
            found = k;
    free(key);
    return found;
}

/* Derived organisations: "Akim of X" works for the X akimat. */
static size_t akimat_of(rel_state *rs, size_t place_entity)
{
    kx *x = rs->x;
    const char *pname = x->out->entities[place_entity].name;
    char *name = kg_xasprintf("%s akimat", pname);
    size_t found = find_organisation(x, name, 0);
    if (found == (size_t)-1) {
        found = kx_add_entity(x, name, strlen(name), KG_ORGANISATION);
        char *alias = kg_xasprintf("akimat of %s", pname);
        kx_add_alias(x, found, alias, strlen(alias), "akim's office");
        free(alias);
    }
    free(name);
    return found;
}

/* "Embassy of X" in the document, for "Ambassador of X". */
static size_t embassy_of(rel_state *rs, size_t place_entity)
{
    char *name = kg_xasprintf("Embassy of %s", rs->x->out->entities[place_entity].name);
    size_t found = find_organisation(rs->x, name, 1);
    free(name);
    return found;
}

/* Affiliations in a role span [a, b) of person p: every organisation and party in it, the
 * akimat of an akim, the embassy of an ambassador; and between consecutive organisations
 * joined by "at the"/"of the"/",", the smaller's membership of the larger. */
static void role_span_affiliations(rel_state *rs, size_t p, size_t a, size_t b, size_t s)
{
    kx *x = rs->x;
    size_t prev_org = (size_t)-1, prev_end = 0;
    for (size_t i = a; i < b; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi || mention(rs, mi - 1)->tok_start != i)
            continue;
        /* the whole name, not the parent named in front of it: "Senate Foreign Relations
         * Committee" over "Senate" */
        size_t longest = rs->org_at[i];
        if (longest && mention(rs, longest - 1)->tok_end > mention(rs, mi - 1)->tok_end &&
            mention(rs, longest - 1)->tok_end <= b)
            mi = longest;
        const kg_x_mention *m = mention(rs, mi - 1);
        if (m->type == KG_ORGANISATION || m->type == KG_PARTY) {
            kx_add_relation(x, p, m->entity, KG_AFFILIATED_WITH, s);
            if (prev_org != (size_t)-1 && m->type == KG_ORGANISATION) {
                size_t gap = i - prev_end;
                int joined = (gap == 2 && (kx_is(x, prev_end, "at") || kx_is(x, prev_end, "of")) &&
                              kx_is(x, prev_end + 1, "the")) ||
                             (gap == 1 && (kx_is(x, prev_end, ",") || kx_is(x, prev_end, "at")));
                if (joined)
                    kx_add_relation(x, prev_org, m->entity, KG_AFFILIATED_WITH, s);
            }
            if (m->type == KG_ORGANISATION) {
                prev_org = m->entity;
                prev_end = m->tok_end;
            }
        } else if (m->type == KG_PLACE && i >= 2 && kx_is(x, i - 1, "of")) {
            if (kx_is_ci(x, i - 2, "akim"))
                kx_add_relation(x, p, akimat_of(rs, m->entity), KG_AFFILIATED_WITH, s);
            if (kx_is_ci(x, i - 2, "ambassador")) {
                size_t emb = embassy_of(rs, m->entity);
                if (emb != (size_t)-1)
                    kx_add_relation(x, p, emb, KG_AFFILIATED_WITH, s);
            }
        }
        i = m->tok_end - 1;
    }
}

/* Whether the lower-case word at i is a verb that a role phrase cannot hold: a past form
 * in -ed ("hosted", "welcomed") or a common irregular one ("met", "led", "is"). */
static int is_finite_verb(const kx *x, size_t i)
{
    static const char *const verbs[] = {"met",  "led",  "held", "told", "gave",  "took",  "made",
                                        "sent", "is",   "was",  "are",  "were",  "has",   "have",
                                        "had",  "will", "said", "says", "meets", "hosts", NULL};
    if (!kx_is_lower_word(x, i) || kx_is_title(x, i))
        return 0;
    if (kx_is_any(x, i, verbs))
        return 1;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    return len > 4 && strncmp(w + len - 2, "ed", 2) == 0;
}

/* Whether the quote mark at i opens or closes a quoted name ("Kasip Korgan"). */
static int quotes_a_name(rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t before = i > 0 ? rs->mention_at[i - 1] : 0, after = rs->mention_at[i + 1];
    return (after && mention(rs, after - 1)->tok_start == i + 1) ||
           (before && mention(rs, before - 1)->tok_end == i && i + 1 < x->n &&
            kx_is_lower_word(x, i + 1));
}

static void find_affiliations(rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
    for (size_t mi = 0; mi < n_mentions; mi++) {
        kg_x_mention *m = &e->mentions[mi];
        if (m->type != KG_PERSON)
            continue;
        const kg_sentence *sen = &x->t->sentences[m->sentence];
        /* apposition: "X, director of Y and editor of Z, said" */
        if (kx_is(x, m->tok_end, ",")) {
            size_t b = m->tok_end + 1;
            while (b < sen->end_token && !kx_is_speech_verb(x, b) &&
                   (x->t->tokens[b].kind != KG_TOKEN_QUOTE || quotes_a_name(rs, b))) {
                size_t mk = rs->mention_at[b];
                if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                    /* "X, a spokesman for President Y, said": Y is whom X serves, in X's
                     * role; another person ends it */
                    size_t t = b;
                    while (t > m->tok_end + 1 && (kx_is_title(x, t - 1) || kx_is_cap(x, t - 1)))
                        t--;
                    if (!(kx_is(x, t - 1, "for") || kx_is(x, t - 1, "of") || kx_is(x, t - 1, "to")))
                        break;
                    b = mention(rs, mk - 1)->tok_end;
                    continue;
                }
                if (kx_is(x, b, ",") && kx_is_lower_word(x, b + 1) && !kx_is_title(x, b + 1) &&
                    !kx_is(x, b + 1, "a") && !kx_is(x, b + 1, "an") && !kx_is(x, b + 1, "the") &&
                    !kx_is(x, b + 1, "and") && !kx_is(x, b + 1, "former"))
                    break;
                b++;
            }
            /* "Ambassador A, Head of X, B, Director of Y, C": where the list puts titles
             * before names, the title after A's comma is B's */
            size_t mb = b < sen->end_token && b > m->tok_end + 1 && kx_is(x, b - 1, ",")
                            ? rs->mention_at[b]
                            : 0;
            int next_ones = mb && mention(rs, mb - 1)->type == KG_PERSON &&
                            m->tok_start > sen->first_token && kx_is_title(x, m->tok_start - 1) &&
                            kx_is_cap(x, m->tok_start - 1);
            if (span_has_title(x, m->tok_end + 1, b) && !next_ones) {
                role_span_affiliations(rs, m->entity, m->tok_end + 1, b, m->sentence);
                rs->role_end[mi] = b;
            }
        }
        /* title before the name: "head of the Y X", "the Ambassador of K in R X" */
        size_t a = m->tok_start;
        while (a > sen->first_token && a + 30 > m->tok_start) {
            size_t k = a - 1;
            if (kx_is_speech_verb(x, k) || x->t->tokens[k].kind == KG_TOKEN_QUOTE)
                break;
            size_t mk = rs->mention_at[k];
            const kg_x_entity *ev = mk ? &x->out->entities[mention(rs, mk - 1)->entity] : NULL;
            /* an election names a role ("the election observation mission"), a meeting or
             * another person ends it */
            if (mk && (mention(rs, mk - 1)->type == KG_PERSON ||
                       (mention(rs, mk - 1)->type == KG_EVENT &&
                        !(ev->event_kind && strcmp(ev->event_kind, "election") == 0))))
                break;
            /* a verb ends the role: "The State Department hosted Foreign Minister X" */
            if (is_finite_verb(x, k))
                break;
            /* "The head of the X Committee, Y Z, said": one comma right before the name
             * when a name ends there */
            int comma_before_name = k + 1 == m->tok_start && k > sen->first_token;
            if (kx_is(x, k, ",") && !comma_before_name &&
                !(rs->mention_at[k + 1] &&
                  mention(rs, rs->mention_at[k + 1] - 1)->type == KG_ORGANISATION))
                break;
            a = k;
        }
        if (a < m->tok_start && span_has_title(x, a, m->tok_start)) {
            role_span_affiliations(rs, m->entity, a, m->tok_start, m->sentence);
            rs->role_start[mi] = a + 1;
        }
    }
    /* "X from the Y Institute", "X of the Y Center" */
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        if (m->type != KG_PERSON || !(kx_is(x, k, "from") || kx_is(x, k, "of")))
            continue;
        k++;
        if (kx_is(x, k, "the"))
            k++;
        size_t mk = k < x->n ? rs->mention_at[k] : 0;
        if (mk && mention(rs, mk - 1)->tok_start == k &&
            (mention(rs, mk - 1)->type == KG_ORGANISATION || mention(rs, mk - 1)->type == KG_PARTY))
            kx_add_relation(x, m->entity, mention(rs, mk - 1)->entity, KG_AFFILIATED_WITH,
                            m->sentence);
    }
    /* "the Organization for Security and Cooperation in Europe (OSCE) Office of ...": a body
     * named right after another's name and acronym is part of it */
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        if (m->type != KG_ORGANISATION || !kx_is(x, k, "(") || k + 3 >= x->n ||
            !kx_is(x, k + 2, ")") || !kx_is_allcaps(x, k + 1) || !kx_same_sentence(x, k, k + 3))
            continue;
        size_t next = rs->org_at[k + 3];
        if (next && mention(rs, next - 1)->entity != m->entity)
            kx_add_relation(x, mention(rs, next - 1)->entity, m->entity, KG_AFFILIATED_WITH,
                            m->sentence);
    }
    /* possessives: "X's Y party" */
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        if (m->type != KG_PERSON || k + 1 >= x->n || !(x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE))
            continue;
        size_t mk = rs->mention_at[k + 1];
        if (mk && mention(rs, mk - 1)->tok_start == k + 1 &&
            (mention(rs, mk - 1)->type == KG_PARTY || mention(rs, mk - 1)->type == KG_ORGANISATION))
            kx_add_relation(x, m->entity, mention(rs, mk - 1)->entity, KG_AFFILIATED_WITH,
                            m->sentence);
    }
    /* possessives: "his Y party" -> the sentence's speaker */
    for (size_t i = 0; i + 1 < x->n; i++) {
        if (!(kx_is(x, i, "his") || kx_is(x, i, "her") || kx_is(x, i, "His") || kx_is(x, i, "Her")))
            continue;
        size_t mk = rs->mention_at[i + 1];
        if (!mk)
            continue;
        const kg_x_mention *m = mention(rs, mk - 1);
        size_t sp = rs->speaker[x->t->tokens[i].sentence];
        if (sp && (m->type == KG_PARTY || m->type == KG_ORGANISATION))
            kx_add_relation(x, sp - 1, m->entity, KG_AFFILIATED_WITH, m->sentence);
    }
}

/* Whether mention index mi lies inside the role span of a mention of entity p. */
static int in_role_of(rel_state *rs, size_t mi, size_t p)
{
    kx *x = rs->x;
    const kg_x_mention *m = mention(rs, mi);
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *pm = mention(rs, k);
        if (pm->entity != p || pm->sentence != m->sentence)
            continue;
        if (rs->role_end[k] && m->tok_start >= pm->tok_end && m->tok_start < rs->role_end[k])
            return 1;
        /* the title before the name */
        if (rs->role_start[k] && m->tok_start + 1 >= rs->role_start[k] &&
            m->tok_end <= pm->tok_start)
            return 1;
    }
    return 0;
}

/* Whether sentence s names entity e before token end. */
static int first_mention_before(rel_state *rs, size_t e, size_t s, size_t end)
{
    const kg_sentence *sen = &rs->x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token && i < end; i++)
        if (rs->mention_at[i] && mention(rs, rs->mention_at[i] - 1)->entity == e)
            return 1;
    return 0;
}

/* Whether sentence s names entity e. */
static int names_in_sentence(rel_state *rs, size_t e, size_t s)
{
    return first_mention_before(rs, e, s, (size_t)-1);
}

/* The mention that starts at token i as a topic (index + 1, or 0): the shortest, so that
 * names inside an event phrase count, but of organisations the whole name, not the parent
 * named in front of it ("the OSCE Office of Democratic Institutions" over "OSCE"). */
static size_t topic_at(rel_state *rs, size_t i)
{
    size_t mi = rs->mention_at[i];
    if (!mi || mention(rs, mi - 1)->tok_start != i)
        return 0;
    size_t longest = rs->org_at[i];
    if (longest && mention(rs, mi - 1)->type == KG_ORGANISATION &&
        mention(rs, longest - 1)->tok_end > mention(rs, mi - 1)->tok_end &&
        kx_same_sentence(rs->x, i, mention(rs, longest - 1)->tok_end - 1))
        mi = longest;
    return mi;
}

/* Where sentence s is said: "At the meeting with B, A informed B ...": a meeting with a
 * person named in the sentence, else the article's meeting (size_t)-1 when none. */
static size_t speech_venue(rel_state *rs, size_t s, size_t meeting)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t j = sen->first_token; j < sen->end_token; j++) {
        size_t em = rs->event_at[j];
        if (em && strstr(x->out->entities[mention(rs, em - 1)->entity].key, "|with|"))
            return mention(rs, em - 1)->entity;
    }
    return meeting;
}

/* Whether person q takes part in the event at (not (size_t)-1): named speaking in a
 * sentence said there, or already known to speak at it. venue holds each sentence's
 * speech_venue. */
static int takes_part(rel_state *rs, const size_t *venue, size_t q, size_t at)
{
    kx *x = rs->x;
    if (at == (size_t)-1)
        return 0;
    for (size_t k = 0; k < x->t->n_sentences; k++)
        if ((rs->speaker[k] == q + 1 || rs->co_speaker[k] == q + 1) && venue[k] == at)
            return 1;
    return kx_has_relation(x, q, at, KG_SPOKE_AT);
}

/* Whether persons p and q both speak at some event: "A met with B" makes B A's
 * interlocutor wherever A speaks of B. */
static int meet_elsewhere(const kx *x, size_t p, size_t q)
{
    const kg_extraction *e = x->out;
    for (size_t i = 0; i < e->n_relations; i++)
        if (e->relations[i].type == KG_SPOKE_AT && e->relations[i].source == q &&
            kx_has_relation(x, p, e->relations[i].target, KG_SPOKE_AT))
            return 1;
    return 0;
}

static void find_spoke_and_discussed(rel_state *rs)
{
    kx *x = rs->x;
    size_t meeting = main_meeting(x);
    size_t *venue = kg_xcalloc(x->t->n_sentences + 1, sizeof *venue);
    for (size_t s = 0; s < x->t->n_sentences; s++)
        venue[s] = speech_venue(rs, s, meeting);
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        size_t sp = rs->speaker[s];
        if (!sp)
            continue;
        size_t p = sp - 1;
        const kg_sentence *sen = &x->t->sentences[s];
        size_t at = venue[s], co = rs->co_speaker[s];
        if (at != (size_t)-1) {
            kx_add_relation(x, p, at, KG_SPOKE_AT, s);
            if (co)
                kx_add_relation(x, co - 1, at, KG_SPOKE_AT, s);
        }
        /* "X told a press conference", "X said at the forum": the speaker speaks there */
        for (size_t j = sen->first_token; j < sen->end_token; j++) {
            if (!(kx_is(x, j, "told") || kx_is(x, j, "addressed") || kx_is_ci(x, j, "at") ||
                  kx_is_ci(x, j, "during")))
                continue;
            for (size_t k = j + 1; k < j + 4 && k < sen->end_token; k++) {
                size_t em = rs->event_at[k];
                const kg_x_entity *ev = em ? &x->out->entities[mention(rs, em - 1)->entity] : NULL;
                if (ev && ev->event_kind && strcmp(ev->event_kind, "meeting") == 0 &&
                    mention(rs, em - 1)->entity != meeting) {
                    kx_add_relation(x, p, mention(rs, em - 1)->entity, KG_SPOKE_AT, s);
                    break;
                }
            }
        }
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = topic_at(rs, i);
            if (!mi)
                continue;
            const kg_x_mention *m = mention(rs, mi - 1);
            if (m->type != KG_EVENT)
                i = m->tok_end - 1;
            if (m->entity == p || m->entity == meeting || m->entity + 1 == co)
                continue;
            /* a person the speaker talks about, not one who takes part in the same
             * meeting: the interlocutor is not a topic */
            if (m->type == KG_PERSON &&
                (takes_part(rs, venue, m->entity, at) || meet_elsewhere(x, p, m->entity)))
                continue;
            if (in_role_of(rs, mi - 1, p))
                continue;
            /* whom one meets is not what one speaks of: "met with members of the Armed
             * Forces", "met with staff at Mongolia's LGBT Center" */
            if (m->type == KG_ORGANISATION && met_body(x, m->tok_start))
                continue;
            /* where one speaks is not what one speaks of: "at the Embassy", "on the margins
             * of the Assembly" */
            if (m->type != KG_PERSON && names_venue(x, m->tok_start))
                continue;
            if (m->type == KG_EVENT && kx_has_relation(x, p, m->entity, KG_SPOKE_AT))
                continue;
            if (m->type == KG_EVENT && x->out->entities[m->entity].is_main_event)
                continue;
            kx_add_relation(x, p, m->entity, KG_DISCUSSED, s);
            if (co && !in_role_of(rs, mi - 1, co - 1))
                kx_add_relation(x, co - 1, m->entity, KG_DISCUSSED, s);
        }
    }
    free(venue);
}

static int talks_with(const kx *x, size_t i);
static size_t meeting_in_context(const kx *x, size_t s);
static void find_delegation_leaders(rel_state *rs);
static void find_visit_phrases(rel_state *rs);
static int place_rank(const kx *x, size_t entity);
static size_t named_event_at(const rel_state *rs, size_t i);

static int is_meeting_verb(const kx *x, size_t i)
{
    return kx_is(x, i, "met") || kx_is(x, i, "meets") || kx_is(x, i, "hosted") ||
           kx_is(x, i, "received") || (kx_is(x, i, "held") && kx_is(x, i + 1, "talks")) ||
           talks_with(x, i);
}

/* "discussed with X", "talked with X": a conversation with X, whoever the subject is. */
static int talks_with(const kx *x, size_t i)
{
    return (kx_is(x, i, "discussed") || kx_is(x, i, "talked") || kx_is(x, i, "spoke")) &&
           kx_is(x, i + 1, "with");
}

/* The meeting event keyed as a meeting with person p, or (size_t)-1. */
static size_t meeting_with(const kx *x, size_t p)
{
    char *key = kx_meeting_with_key(x, x->out->entities[p].key);
    size_t found = (size_t)-1;
    for (size_t k = 0; k < x->out->n_entities && found == (size_t)-1; k++)
        if (x->out->entities[k].type == KG_EVENT && strcmp(x->out->entities[k].key, key) == 0)
            found = k;
    free(key);
    return found;
}

/* Readouts of a meeting: "A met (today) with B", "A meets B", "A hosted B": both took part
 * and speak at it. When the document names no meeting, the sentence itself is one. */
static void find_meetings_by_verb(rel_state *rs)
{
    kx *x = rs->x;
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        for (size_t v = sen->first_token; v < sen->end_token; v++) {
            if (!is_meeting_verb(x, v) || is_negation(x, v - 1))
                continue;
            size_t subject = (size_t)-1, object = (size_t)-1, object2 = (size_t)-1;
            for (size_t k = v; k > sen->first_token; k--) {
                size_t mk = rs->mention_at[k - 1];
                if (kx_is(x, k - 1, ",") || kx_is(x, k - 1, ";"))
                    break;
                if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                    subject = mention(rs, mk - 1)->entity;
                    break;
                }
            }
            for (size_t k = v + 1; k < sen->end_token && k < v + 12; k++) {
                if (kx_is(x, k, ",") || kx_is(x, k, ";") || kx_is(x, k, "to"))
                    break;
                size_t mk = rs->mention_at[k];
                if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                    object = mention(rs, mk - 1)->entity;
                    /* "met with A and (the title of X) B": both */
                    size_t j = mention(rs, mk - 1)->tok_end;
                    if (kx_is(x, j, "and"))
                        for (size_t e2 = j + 1; e2 < sen->end_token && e2 < j + 10; e2++) {
                            size_t m2 = rs->mention_at[e2];
                            if (m2 && mention(rs, m2 - 1)->type == KG_PERSON) {
                                object2 = mention(rs, m2 - 1)->entity;
                                break;
                            }
                            if (!kx_is_cap(x, e2) && !kx_is_title(x, e2) && !kx_is(x, e2, "of") &&
                                !kx_is(x, e2, "the") && !m2)
                                break;
                        }
                    break;
                }
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
                x->out->entities[meeting].is_main_event =
                    !subjectless && main_meeting(x) == (size_t)-1;
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
static void find_meeting_participants(rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
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
            if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                subject = mention(rs, mk - 1)->entity;
                break;
            }
        }
        for (size_t k = 0; k < e->n_mentions; k++) {
            const kg_x_mention *pm = &e->mentions[k];
            if (pm->type != KG_PERSON || pm->sentence != em->sentence)
                continue;
            int in_phrase = pm->tok_start >= em->tok_start && pm->tok_end <= em->tok_end;
            if (in_phrase || strcmp(e->entities[pm->entity].key, partner_key) == 0 ||
                pm->entity == subject)
                kx_add_relation(x, pm->entity, event, KG_SPOKE_AT, em->sentence);
        }
    }
}

/* Visits: "A visited X" is A's visit to X, held there. */
static void find_visits(rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    for (size_t v = 0; v < x->n; v++) {
        if (!kx_is(x, v, "visited") && !kx_is(x, v, "visits"))
            continue;
        const kg_sentence *sen = &x->t->sentences[x->t->tokens[v].sentence];
        size_t subject = (size_t)-1, place = (size_t)-1;
        for (size_t k = v; k > sen->first_token; k--) {
            size_t mk = rs->mention_at[k - 1];
            if (kx_is(x, k - 1, ";") || kx_is(x, k - 1, "who") || kx_is(x, k - 1, "which"))
                break;
            if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                subject = mention(rs, mk - 1)->entity;
                break;
            }
        }
        if (v + 1 < x->n && rs->mention_at[v + 1] &&
            mention(rs, rs->mention_at[v + 1] - 1)->type == KG_PLACE)
            place = mention(rs, rs->mention_at[v + 1] - 1)->entity;
        if (subject == (size_t)-1 || place == (size_t)-1)
            continue;
        /* the document's visit, if it names one; else this sentence makes it */
        size_t visit = (size_t)-1;
        for (size_t k = 0; k < e->n_entities; k++)
            if (e->entities[k].type == KG_EVENT && e->entities[k].event_kind &&
                strcmp(e->entities[k].event_kind, "visit") == 0)
                visit = k;
        if (visit == (size_t)-1) {
            char *name = kg_xasprintf("%s's visit to %s", e->entities[subject].name,
                                      e->entities[place].name);
            visit = kx_add_entity(x, name, strlen(name), KG_EVENT);
            free(name);
            kg_x_entity *en = &e->entities[visit];
            free(en->key);
            en->key = kg_xasprintf("visit|%s|%s", x->out->doc->id, e->entities[place].key);
            en->event_kind = "visit";
            en->first_sentence = x->t->tokens[v].sentence;
            if (x->out->doc->date)
                en->date = kg_xstrdup(x->out->doc->date);
        }
        kx_add_relation(x, subject, visit, KG_SPOKE_AT, x->t->tokens[v].sentence);
        kx_add_relation(x, visit, place, KG_LOCATED_IN, x->t->tokens[v].sentence);
        if (!e->entities[visit].place)
            e->entities[visit].place = kg_xstrdup(e->entities[place].name);
    }
}

/* Whether an event is one the text tells as held: the article's meeting or a meeting with
 * a person, not an event named in passing. */
static int is_held(const kg_x_entity *en)
{
    return en->is_main_event || strstr(en->key, "|with|") != NULL;
}

/* "her visit to X", "Sherman's visit to X", "the visit of A to X": the visit was held in X,
 * and the visitor (the possessor, or for "his"/"her" the person the sentence is about)
 * takes part in it. */
static void find_visit_phrases(rel_state *rs)
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
        /* "the visit of A to X" */
        if (kx_is(x, k, "of") && k + 1 < sen->end_token && rs->mention_at[k + 1] &&
            mention(rs, rs->mention_at[k + 1] - 1)->type == KG_PERSON) {
            visitor = mention(rs, rs->mention_at[k + 1] - 1)->entity;
            k = mention(rs, rs->mention_at[k + 1] - 1)->tok_end;
        }
        if (kx_is(x, k, "to") && k + 1 < sen->end_token) {
            size_t at = kx_is(x, k + 1, "the") ? k + 2 : k + 1;
            size_t mk = at < sen->end_token ? rs->mention_at[at] : 0;
            if (mk && mention(rs, mk - 1)->type == KG_PLACE)
                place = mention(rs, mk - 1)->entity;
        }
        if (visitor == (size_t)-1 && noun > sen->first_token) {
            size_t b = noun - 1;
            size_t mb = b > sen->first_token && (x->t->tokens[b].flags & KG_TOKEN_POSSESSIVE)
                            ? rs->mention_at[b - 1]
                            : 0;
            if (mb && mention(rs, mb - 1)->type == KG_PERSON)
                visitor = mention(rs, mb - 1)->entity;
            else if ((kx_is_ci(x, b, "his") || kx_is_ci(x, b, "her")) && rs->speaker[em->sentence])
                visitor = rs->speaker[em->sentence] - 1; /* the person the sentence is about */
            else if (kx_is_ci(x, b, "his") || kx_is_ci(x, b, "her"))
                for (size_t j = sen->first_token; j < sen->end_token && visitor == (size_t)-1;
                     j++) /* else its first person */
                    if (rs->mention_at[j] && mention(rs, rs->mention_at[j] - 1)->type == KG_PERSON)
                        visitor = mention(rs, rs->mention_at[j] - 1)->entity;
        }
        /* the most precise place any mention gives: "visit to Ulaanbaatar" over the
         * headline's "Visit to Mongolia" */
        if (place != (size_t)-1 && (best[em->entity] == (size_t)-1 ||
                                    place_rank(x, place) > place_rank(x, best[em->entity]))) {
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

/* The meeting a sentence speaks of: one mentioned in it, else the last one mentioned
 * earlier in its paragraph; (size_t)-1 when none. */
static size_t meeting_in_context(const kx *x, size_t s)
{
    size_t para = x->t->sentences[s].paragraph, best = (size_t)-1, best_tok = 0;
    size_t end = x->t->sentences[s].end_token;
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
        const kg_x_entity *en = &x->out->entities[m->entity];
        if (en->type != KG_EVENT || !en->event_kind || strcmp(en->event_kind, "meeting") != 0 ||
            x->t->sentences[m->sentence].paragraph != para || m->tok_start >= end)
            continue;
        /* the meeting the sides held (the article's, or one with a person) before an
         * event merely named in passing ("ahead of the Dialogue") */
        int held = is_held(en);
        int best_held = best != (size_t)-1 && is_held(&x->out->entities[best]);
        if (best == (size_t)-1 || (held && !best_held) ||
            (held == best_held && m->tok_start > best_tok)) {
            best = m->entity;
            best_tok = m->tok_start;
        }
    }
    return best;
}

/* Whether token i ends a list of leaders with their titles: a lower-case word that is no
 * title and no "and", "of", "for", "the" ("covered" in "led by A and Minister B covered"). */
static int ends_leader_list(const kx *x, size_t i)
{
    return kx_is_lower_word(x, i) && !kx_is_title(x, i) && !kx_is(x, i, "and") &&
           !kx_is(x, i, "of") && !kx_is(x, i, "for") && !kx_is(x, i, "the");
}

/* Delegation leaders take part in the meeting: "the delegations led by A and B covered
 * ...", "A and Deputy Secretary B led the consultations". Each leader speaks at the meeting
 * that the sentence speaks of (or the article's). */
static void find_delegation_leaders(rel_state *rs)
{
    kx *x = rs->x;
    for (size_t v = 0; v + 1 < x->n; v++) {
        if (!kx_is(x, v, "led") && !kx_is(x, v, "headed") && !kx_is(x, v, "co-chaired") &&
            !kx_is(x, v, "chaired"))
            continue;
        size_t s = x->t->tokens[v].sentence;
        const kg_sentence *sen = &x->t->sentences[s];
        size_t leaders[8], n = 0, event = (size_t)-1;
        if (kx_is(x, v + 1, "by")) {
            /* the list after "by": names with their titles, up to the next verb */
            for (size_t k = v + 2; k < sen->end_token && n < 8; k++) {
                size_t mk = rs->mention_at[k];
                if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                    leaders[n++] = mention(rs, mk - 1)->entity;
                    k = mention(rs, mk - 1)->tok_end - 1;
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
            while (k < sen->end_token && kx_is_cap(x, k) && !rs->mention_at[k])
                k++; /* "the U.S. delegation" */
            if (k < sen->end_token && rs->mention_at[k] &&
                mention(rs, rs->mention_at[k] - 1)->type == KG_PLACE)
                k = mention(rs, rs->mention_at[k] - 1)->tok_end;
            if (em)
                event = mention(rs, em - 1)->entity;
            else if (!kx_is(x, k, "delegation") && !kx_is(x, k, "delegations"))
                continue;
            for (size_t j = v; j > sen->first_token && n < 8; j--) {
                size_t mk = rs->mention_at[j - 1];
                if (mk && mention(rs, mk - 1)->type == KG_PERSON) {
                    leaders[n++] = mention(rs, mk - 1)->entity;
                    j = mention(rs, mk - 1)->tok_start + 1;
                    continue;
                }
                if (ends_leader_list(x, j - 1))
                    break;
            }
        }
        if (event == (size_t)-1)
            event = meeting_in_context(x, s);
        if (event == (size_t)-1)
            event = main_meeting(x);
        if (event == (size_t)-1)
            continue;
        for (size_t k = 0; k < n; k++)
            kx_add_relation(x, leaders[k], event, KG_SPOKE_AT, s);
    }
}

/* Whether token i follows right after a mention of the meeting: "the round table on". */
static int ends_meeting_mention(rel_state *rs, size_t i, size_t meeting)
{
    for (size_t k = 0; k < rs->x->out->n_mentions; k++) {
        const kg_x_mention *m = mention(rs, k);
        if (m->entity == meeting && m->tok_end == i)
            return 1;
    }
    return 0;
}

/* Whether token i is "in" before a place that closes the clause: "... in Almaty." */
static int place_ends_clause(rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t mk = i + 1 < x->n ? rs->mention_at[i + 1] : 0;
    if (!kx_is(x, i, "in") || !mk || mention(rs, mk - 1)->type != KG_PLACE)
        return 0;
    size_t e = mention(rs, mk - 1)->tok_end;
    return e >= x->n || !kx_same_sentence(x, i, e) || x->t->tokens[e].kind == KG_TOKEN_PUNCT ||
           kx_is(x, e, "on") || kx_is(x, e, "was") || kx_is(x, e, "were");
}

/* Whether the verb at v has the sides of a meeting for its subject: "The two sides
 * discussed", "The delegations also emphasized", "The United States and Turkmenistan
 * discussed" (two places joined by "and"), "Participants affirmed". What such a sentence
 * names is what the meeting discussed, not what one speaker said. */
static int sides_subject(rel_state *rs, size_t v)
{
    kx *x = rs->x;
    static const char *const sides[] = {"sides",        "leaders",   "parties", "delegations",
                                        "participants", "ministers", "two",     "counterparts",
                                        "presidents",   "officials", "heads",   "interlocutors",
                                        "negotiators",  NULL};
    size_t first = x->t->sentences[x->t->tokens[v].sentence].first_token;
    size_t k = v;
    while (k > first && (kx_is(x, k - 1, "also") || kx_is(x, k - 1, "have") ||
                         kx_is(x, k - 1, "had") || kx_is(x, k - 1, "jointly")))
        k--;
    if (k == first)
        return 0;
    size_t mk = rs->mention_at[k - 1];
    if (mk && mention(rs, mk - 1)->type == KG_PERSON)
        return 0;
    if (kx_is(x, k - 1, "They") || kx_is_any_ci(x, k - 1, sides))
        return 1;
    /* "The United States and Turkmenistan discussed" */
    if (mk && mention(rs, mk - 1)->type == KG_PLACE) {
        size_t a = mention(rs, mk - 1)->tok_start;
        size_t m2 = a >= 2 && kx_is(x, a - 1, "and") ? rs->mention_at[a - 2] : 0;
        if (m2 && mention(rs, m2 - 1)->type == KG_PLACE) {
            size_t b = mention(rs, m2 - 1)->tok_start;
            return b == first || (b == first + 1 && kx_is_ci(x, first, "the"));
        }
    }
    return 0;
}

/* The person that the words [a, b) of a subject name: a person mention that ends there, or
 * a title phrase of one person ("the Secretary", "the Foreign Minister"); entity + 1 or 0. */
static size_t subject_person(rel_state *rs, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    size_t mk = rs->mention_at[b - 1];
    if (mk && mention(rs, mk - 1)->type == KG_PERSON && mention(rs, mk - 1)->tok_end == b &&
        mention(rs, mk - 1)->tok_start >= a)
        return mention(rs, mk - 1)->entity + 1;
    return referent_of_title(rs, b - 1);
}

/* "A and B discussed", "The Secretary and the Foreign Minister also discussed": the two
 * persons who are the subject of the verb at v, into who; returns 2, or 0 when the subject
 * is not two persons. */
static size_t persons_subject(rel_state *rs, size_t v, size_t who[2])
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

/* Verbs whose subject, when it is the sides of a meeting, gives the meeting's agenda. */
static int is_sides_verb(const kx *x, size_t i)
{
    static const char *const verbs[] = {
        "discussed", "emphasized", "emphasised", "underscored", "reaffirmed", "affirmed",
        "agreed",    "noted",      "stressed",   "highlighted", "welcomed",   "reviewed",
        "exchanged", "covered",    "expressed",  "considered",  "addressed",  "explored",
        "shared",    "focused",    "touched",    NULL};
    return kx_is_any(x, i, verbs);
}

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

/* Whether the mention starting at token i names where something happens, not what it is
 * about: "at (the) X", "on the margins of (the) X", "on the sidelines of X". */
static int names_venue(const kx *x, size_t i)
{
    size_t k = i;
    if (k > 0 && kx_is(x, k - 1, "the"))
        k--;
    if (k > 0 && kx_is_ci(x, k - 1, "at"))
        return 1;
    /* a destination: "welcomed the delegation to Washington", "arrived in Astana" */
    static const char *const motion[] = {"welcomed", "arrived",  "traveled", "travelled", "came",
                                         "flew",     "returned", "invited",  "went",      NULL};
    if (k > 0 && (kx_is(x, k - 1, "to") || kx_is(x, k - 1, "in")))
        for (size_t j = k - 1; j > 0 && j + 20 > k && kx_same_sentence(x, j - 1, k); j--) {
            if (kx_is_any(x, j - 1, motion))
                return kx_is(x, k - 1, "to") || kx_is(x, j - 1, "arrived");
            if (kx_is(x, j - 1, ",") || kx_is(x, j - 1, ";"))
                break;
        }
    return k >= 2 && kx_is(x, k - 1, "of") &&
           (kx_is(x, k - 2, "margins") || kx_is(x, k - 2, "sidelines") ||
            kx_is(x, k - 2, "margin") || kx_is(x, k - 2, "sideline"));
}

/* Whether token i is "to" with a verb of purpose right after a mention of the meeting
 * ("the conference in Tashkent, Uzbekistan to promote"). */
static int is_purpose_after_meeting(rel_state *rs, size_t i, size_t meeting)
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
              (mk && mention(rs, mk - 1)->type == KG_PLACE)))
            return 0;
    }
    return 0;
}

/* What a meeting is said to be about. */
static void find_meeting_topics(rel_state *rs)
{
    kx *x = rs->x;
    size_t meeting = main_meeting(x);
    if (meeting == (size_t)-1)
        return;
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        int has_meeting = 0, purpose = 0;
        size_t cue = 0;
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = rs->mention_at[i];
            if (mi && mention(rs, mi - 1)->entity == meeting)
                has_meeting = 1;
            if (!cue &&
                ((kx_is(x, i, "results") && kx_is(x, i - 1, "the") && kx_is(x, i - 2, "on")) ||
                 (kx_is(x, i, "theme") && kx_is(x, i - 1, "the")) || kx_is(x, i, "dedicated") ||
                 kx_is(x, i, "devoted") || kx_is_ci(x, i, "discussed") ||
                 (kx_is(x, i, "on") && i > 0 && ends_meeting_mention(rs, i, meeting))))
                cue = i + 1;
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
                if (!is_sides_verb(x, i))
                    continue;
                /* "The Secretary and the Foreign Minister discussed X": both, and their
                 * meeting */
                n_who = persons_subject(rs, i, who);
                if (sides_subject(rs, i) || n_who == 2) {
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
            size_t here = meeting_in_context(x, s);
            if (here != (size_t)-1 && is_held(&x->out->entities[here]))
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
        size_t n_chosen = 0;
        for (size_t i = from; i < sen->end_token && n_chosen < 64; i++) {
            /* the topic phrase of "a round table on X, with ..." ends at the comma; the
             * agenda "the sides discussed A, B and C" is a list */
            if (i >= cue && has_meeting == 1 && !purpose &&
                (kx_is(x, i, "with") || kx_is(x, i, ",") || kx_is(x, i, ";")))
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
                i = mention(rs, rs->event_at[i] - 1)->tok_end - 1;
                continue;
            }
            size_t mi = topic_at(rs, i);
            if (!mi)
                continue;
            const kg_x_mention *m = mention(rs, mi - 1);
            if (m->type != KG_EVENT)
                i = m->tok_end - 1;
            if (m->entity == meeting || m->type == KG_PERSON)
                continue;
            /* the meeting's own place and host are where it was, not what it discussed */
            if (i < cue && !kx_is_ci(x, cue - 1, "discussed"))
                continue;
            if (names_venue(x, m->tok_start))
                continue;
            if (m->type == KG_ORGANISATION && !kx_is_ci(x, cue - 1, "results") &&
                !kx_is(x, cue - 1, "theme") && !kx_is(x, cue - 1, "on"))
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
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
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

/* The event of a mention that starts at token i and reaches past it ("Astana Economic
 * Forum" over the place "Astana"), or (size_t)-1. */
static size_t named_event_at(const rel_state *rs, size_t i)
{
    size_t k = rs->event_at[i];
    if (!k || rs->x->out->mentions[k - 1].tok_end <= i + 1)
        return (size_t)-1;
    return rs->x->out->mentions[k - 1].entity;
}

/* The agenda of each meeting: in the paragraph that introduces a meeting, a sentence with
 * an agenda cue ("discussed", "exchanged views on", "issues of") names what the meeting
 * discussed, and so did the people who took part in it. */
static void find_meeting_agendas(rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
    for (size_t mi = 0; mi < n_mentions; mi++) {
        const kg_x_mention *em = &e->mentions[mi];
        const kg_x_entity *ev = &e->entities[em->entity];
        if (ev->type != KG_EVENT || !ev->event_kind || strcmp(ev->event_kind, "meeting") != 0)
            continue;
        /* only meetings that are held in the text, not ones named in passing */
        if (!is_held(ev))
            continue;
        size_t event = em->entity;
        /* who took part: people in the event's phrase and those who spoke at it */
        size_t parts[16], n_parts = 0;
        for (size_t k = 0; k < e->n_mentions && n_parts < 16; k++) {
            const kg_x_mention *pm = &e->mentions[k];
            if (pm->type == KG_PERSON && pm->tok_start >= em->tok_start &&
                pm->tok_end <= em->tok_end + 12 && pm->sentence == em->sentence)
                parts[n_parts++] = pm->entity;
        }
        for (size_t r = 0; r < e->n_relations && n_parts < 16; r++)
            if (e->relations[r].type == KG_SPOKE_AT && e->relations[r].target == event)
                parts[n_parts++] = e->relations[r].source;
        size_t para = x->t->sentences[em->sentence].paragraph;
        for (size_t s = em->sentence; s < x->t->n_sentences && x->t->sentences[s].paragraph == para;
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
            size_t here = meeting_in_context(x, s);
            if (here != (size_t)-1 && here != event)
                continue;
            /* "X were discussed at the meeting Y": what follows the meeting names it */
            size_t limit = sen->end_token;
            for (size_t k = 0; k < e->n_mentions; k++)
                if (e->mentions[k].entity == event && e->mentions[k].sentence == s &&
                    e->mentions[k].tok_start >= cue && e->mentions[k].tok_start < limit)
                    limit = e->mentions[k].tok_start;
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
            int sides = sides_subject(rs, cue - 1);
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
                size_t mk = topic_at(rs, i);
                if (!mk)
                    continue;
                const kg_x_mention *m = mention(rs, mk - 1);
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
}

static int place_rank(const kx *x, size_t entity)
{
    const kg_x_entity *en = &x->out->entities[entity];
    if (!en->geo)
        return 2; /* "X region" found by its cue */
    if (strcmp(en->geo->kind, "city") == 0)
        return 3;
    if (strcmp(en->geo->kind, "region") == 0)
        return 2;
    return 1;
}

static int is_country(const kx *x, size_t entity)
{
    const kg_x_entity *en = &x->out->entities[entity];
    return en->geo && strcmp(en->geo->kind, "country") == 0;
}

/* "was held at (the) X", "took place at X": the place at token i. */
static int held_at(const kx *x, size_t i)
{
    size_t k = i;
    if (k > 0 && kx_is(x, k - 1, "the"))
        k--;
    return k >= 2 && kx_is(x, k - 1, "at") && (kx_is(x, k - 2, "held") || kx_is(x, k - 2, "place"));
}

/* "in the capital, X", "in the capital X", "in the city of X", "in the southern city of X":
 * the place at token i is what "in" names. */
static int in_the_city_of(const kx *x, size_t i)
{
    size_t k = i;
    if (k > 0 && (kx_is(x, k - 1, ",") || kx_is(x, k - 1, "of")))
        k--;
    if (k == 0 || !(kx_is(x, k - 1, "capital") || kx_is(x, k - 1, "city") ||
                    kx_is(x, k - 1, "town") || kx_is(x, k - 1, "village")))
        return 0;
    k--;
    if (k > 0 && kx_is_lower_word(x, k - 1) && !kx_is(x, k - 1, "the") && !kx_is(x, k - 1, "in"))
        k--; /* "the southern city of" */
    return k >= 2 && kx_is(x, k - 1, "the") && kx_is_ci(x, k - 2, "in");
}

/* "came to X for the <event>": the place pm is where the event em was held. */
static int travelled_for(const kx *x, const kg_x_mention *pm, const kg_x_mention *em)
{
    if (pm->tok_start == 0 || !kx_is(x, pm->tok_start - 1, "to") || !kx_is(x, pm->tok_end, "for"))
        return 0;
    return em->tok_start > pm->tok_end && em->tok_start <= pm->tok_end + 4;
}

/* The country of "capital of <country>" at token c ("capital"), or (size_t)-1. */
static size_t capital_of(rel_state *rs, size_t c)
{
    kx *x = rs->x;
    if (!kx_is_ci(x, c, "capital") || !kx_is(x, c + 1, "of"))
        return (size_t)-1;
    size_t k = c + 2;
    if (kx_is(x, k, "the"))
        k++;
    size_t mk = k < x->n ? rs->mention_at[k] : 0;
    if (!mk || mention(rs, mk - 1)->type != KG_PLACE)
        return (size_t)-1;
    return mention(rs, mk - 1)->entity;
}

/* The place of "<Place>-based" at token i: the document's place of that gazetteer name,
 * made when the document has none; (size_t)-1 when the word is no such phrase. */
static size_t based_place(rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (!kx_is_based(x, i) || !kx_is_cap(x, i))
        return (size_t)-1;
    const kg_place *p = kg_lexicon_place(x->lx, s, len - 6);
    if (!p)
        return (size_t)-1;
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (x->out->entities[k].type == KG_PLACE && x->out->entities[k].geo == p)
            return k;
    size_t e = kx_add_entity(x, s, len - 6, KG_PLACE);
    x->out->entities[e].geo = p;
    return e;
}

static void find_locations(rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    /* events: "in X" in a sentence that mentions them; elections: the country named */
    for (size_t ev = 0; ev < e->n_entities; ev++) {
        if (e->entities[ev].type != KG_EVENT)
            continue;
        int ballot = strcmp(e->entities[ev].event_kind, "election") == 0 ||
                     strcmp(e->entities[ev].event_kind, "referendum") == 0;
        size_t best = (size_t)-1, best_s = 0;
        int best_rank = 0;
        /* where an event was held is said where it is introduced (title, first
         * sentences); later mentions talk about other places */
        size_t first3[3] = {(size_t)-1, (size_t)-1, (size_t)-1};
        for (size_t mi = 0; mi < e->n_mentions; mi++) {
            size_t sv = e->mentions[mi].sentence;
            if (e->mentions[mi].entity != ev || sv == first3[0] || sv == first3[1] ||
                sv == first3[2])
                continue;
            for (size_t k = 0; k < 3; k++)
                if (sv < first3[k]) {
                    size_t t = first3[k];
                    first3[k] = sv;
                    sv = t;
                }
        }
        for (size_t mi = 0; mi < e->n_mentions && best == (size_t)-1; mi++) {
            const kg_x_mention *em = &e->mentions[mi];
            if (em->entity != ev || em->sentence > first3[2])
                continue;
            const kg_sentence *sen = &x->t->sentences[em->sentence];
            /* "Brussels hosted a briefing" */
            size_t h = em->tok_start;
            while (h > sen->first_token && h + 3 > em->tok_start && !kx_is(x, h - 1, "hosted"))
                h--;
            if (!ballot && h > sen->first_token + 1 && kx_is(x, h - 1, "hosted") &&
                rs->mention_at[h - 2] && mention(rs, rs->mention_at[h - 2] - 1)->type == KG_PLACE) {
                best = mention(rs, rs->mention_at[h - 2] - 1)->entity;
                best_s = em->sentence;
                break;
            }
            /* the event's own phrase says where: "the ministerial meeting in Washington" */
            if (!ballot) {
                size_t own = (size_t)-1;
                for (size_t i = em->tok_start + 1; i <= em->tok_end && i < sen->end_token; i++)
                    if (kx_is_ci(x, i - 1, "in") && rs->mention_at[i] &&
                        mention(rs, rs->mention_at[i] - 1)->type == KG_PLACE &&
                        mention(rs, rs->mention_at[i] - 1)->tok_start == i)
                        own = mention(rs, rs->mention_at[i] - 1)->entity;
                if (own != (size_t)-1) {
                    best = own;
                    best_s = em->sentence;
                    break;
                }
            }
            size_t countries = 0, country = (size_t)-1; /* no country yet */
            for (size_t i = sen->first_token; i < sen->end_token; i++) {
                size_t mk = rs->mention_at[i];
                if (!mk || mention(rs, mk - 1)->tok_start != i ||
                    mention(rs, mk - 1)->type != KG_PLACE)
                    continue;
                const kg_x_mention *pm = mention(rs, mk - 1);
                if (is_country(x, pm->entity) && pm->entity != country) {
                    countries++;
                    country = pm->entity;
                }
                if (ballot || i == 0 ||
                    !(kx_is_ci(x, i - 1, "in") || held_at(x, i) || travelled_for(x, pm, em) ||
                      in_the_city_of(x, i)))
                    continue;
                int rank = place_rank(x, pm->entity);
                if (rank > best_rank) {
                    best_rank = rank;
                    best = pm->entity;
                    best_s = em->sentence;
                }
            }
            if (ballot && countries == 1) {
                best = country;
                best_s = em->sentence;
            }
        }
        /* "elections ... will be held in Kazakhstan": said in so many words, wherever */
        for (size_t mi = 0; mi < e->n_mentions && best == (size_t)-1 && ballot; mi++) {
            const kg_x_mention *em = &e->mentions[mi];
            if (em->entity != ev)
                continue;
            const kg_sentence *sen = &x->t->sentences[em->sentence];
            for (size_t i = em->tok_end; i + 2 < sen->end_token && i < em->tok_end + 6; i++) {
                size_t mk = rs->mention_at[i + 2];
                if ((kx_is(x, i, "held") || kx_is(x, i, "place")) && kx_is(x, i + 1, "in") && mk &&
                    mention(rs, mk - 1)->type == KG_PLACE) {
                    best = mention(rs, mk - 1)->entity;
                    best_s = em->sentence;
                    break;
                }
            }
        }
        if (best != (size_t)-1) {
            kx_add_relation(x, ev, best, KG_LOCATED_IN, best_s);
            if (!e->entities[ev].place)
                e->entities[ev].place = kg_xstrdup(e->entities[best].name);
        }
    }
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
                mention(rs, rs->mention_at[k + 1] - 1)->type == KG_PLACE) {
                const kg_x_mention *pm = mention(rs, rs->mention_at[k + 1] - 1);
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
            const kg_x_mention *n2 = mention(rs, rs->mention_at[k + 1] - 1);
            if (n2->type == KG_PLACE && place_rank(x, m->entity) > place_rank(x, n2->entity))
                kx_add_relation(x, m->entity, n2->entity, KG_LOCATED_IN, m->sentence);
        }
        /* "Ashgabat, the capital of Turkmenistan"; "the capital of Turkmenistan, Ashgabat" */
        if (m->type == KG_PLACE) {
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

void kx_find_relations(kx *x)
{
    rel_state rs = {0};
    rs.x = x;
    rs.mention_at = kg_xcalloc(x->n + 1, sizeof *rs.mention_at);
    rs.speaker = kg_xcalloc(x->t->n_sentences + 1, sizeof *rs.speaker);
    rs.co_speaker = kg_xcalloc(x->t->n_sentences + 1, sizeof *rs.co_speaker);

    /* shortest mention wins a token, so inner names stay visible inside event phrases */
    for (size_t i = 0; i < x->out->n_mentions; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        for (size_t k = m->tok_start; k < m->tok_end; k++) {
            size_t cur = rs.mention_at[k];
            if (!cur || (x->out->mentions[cur - 1].tok_end - x->out->mentions[cur - 1].tok_start) >
                            (m->tok_end - m->tok_start))
                rs.mention_at[k] = i + 1;
        }
    }
    find_speakers(&rs);
    find_meetings_by_verb(&rs); /* may add mentions: role arrays are sized after it */
    rs.role_end = kg_xcalloc(x->out->n_mentions + 1, sizeof *rs.role_end);
    rs.role_start = kg_xcalloc(x->out->n_mentions + 1, sizeof *rs.role_start);
    rs.org_at = kg_xcalloc(x->n + 1, sizeof *rs.org_at);
    rs.event_at = kg_xcalloc(x->n + 1, sizeof *rs.event_at);
    index_mention_starts(&rs);
    find_affiliations(&rs);
    find_meeting_participants(&rs);
    find_delegation_leaders(&rs);
    find_spoke_and_discussed(&rs);
    find_visits(&rs);
    find_visit_phrases(&rs);
    find_meeting_topics(&rs);
    find_meeting_agendas(&rs);
    find_locations(&rs);
    free(rs.mention_at);
    free(rs.speaker);
    free(rs.co_speaker);
    free(rs.role_end);
    free(rs.role_start);
    free(rs.org_at);
    free(rs.event_at);
}
