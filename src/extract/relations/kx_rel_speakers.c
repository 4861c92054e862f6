/* kx_rel_speakers: who speaks in each sentence.
 *
 * Reads: the sentences and paragraphs, the person, organisation and place mentions
 *        (rs->mention_at).
 * Adds:  rs->speaker and rs->co_speaker of every sentence, for the families after it; no
 *        relation.
 * Patterns:
 * - a speech verb after its subject: "X said", "X, director of Y, noted", "X and Y said",
 *   "X, a lawyer, and Y, director of Z, said" (both);
 * - before it: "said X", "said Bishkek resident X", "according to X", "according to the
 *   chairman of the CEC X", "as noted by X", "... by the professor of Y, Z X";
 * - quotes: a paragraph of quotes belongs to the speaker it names ("'...,' said X"), else to
 *   the last speaker; before the speaker is named, only quoted sentences are theirs;
 * - anaphora: "he stressed", "in her opinion", "according to him", "the expert noted", "the
 *   Secretary said" (the one person the document titles so);
 * - a text's author (kx_rel_authors.c) speaks every sentence no one else does; what follows
 *   "X will deliver remarks" in its paragraph is not X's.
 * - transcripts: a paragraph opening "President of Russia X: ..." is X's, and so are the
 *   paragraphs after it until the next label (when two paragraphs or more open so).
 * No speaker: negated speech ("did not comment", "declined to"), someone unnamed ("said an
 * employee of the ministry", "a student said"), a body ("The United States reiterated"). */
#include "kx_rel_speakers.h"

#include "kx_rel_authors.h"

#include <string.h>

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
    return kx_is_title(x, i) && kx_rel_title_after_the(x, i);
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
    if (kx_is_any(x, k - 1, preps))
        return !kx_is(x, k - 1, "and");
    size_t len;
    const char *w = kx_tok(x, k - 1, &len);
    return len > 3 && strncmp(w + len - 2, "ed", 2) == 0 && !kx_is_speech_verb(x, k - 1);
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
 * ('..., said X.', 'said X, a lawyer'), an adjunct follows ('said X on Tuesday') or whom X
 * works for ('said X of the Brookings Institution'); in "said X also agreed" X is the
 * subject of what was said. */
static int ends_inverted_subject(const kx *x, size_t e)
{
    static const char *const adjuncts[] = {"on",    "at",        "in",      "during", "after",
                                           "today", "yesterday", "earlier", "later",  "recently",
                                           "when",  "while",     "of",      "from",   NULL};
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
static int body_subject_of(kx_rel_state *rs, size_t v)
{
    kx *x = rs->x;
    size_t first = x->t->sentences[x->t->tokens[v].sentence].first_token;
    size_t k = v;
    if (k > first + 1 && kx_is(x, k - 1, "also"))
        k--;
    if (k == first)
        return 0;
    size_t mk = rs->mention_at[k - 1];
    if (!mk || kx_rel_mention(rs, mk - 1)->tok_end != k)
        return 0;
    kg_entity_type t = kx_rel_mention(rs, mk - 1)->type;
    return t == KG_PLACE || t == KG_ORGANISATION || t == KG_PARTY;
}

/* Whether the verb at v has a body of its own that opens its clause: "..., RIA Novosti
 * reported" (not "X of the Institute noted", nor "..., CEC Chairman X noted", where the body
 * is X's). */
static int clause_body_subject(kx_rel_state *rs, size_t v)
{
    kx *x = rs->x;
    size_t a = v;
    while (a > 0 && v - a < 4 && kx_is_cap(x, a - 1) && kx_same_sentence(x, a - 1, v))
        a--;
    if (a == v || a == 0 || !kx_is(x, a - 1, ","))
        return 0;
    /* ", CEC Chairman X noted": the body is in the title of the person right before */
    size_t last = rs->mention_at[v - 1];
    if (last && kx_rel_mention(rs, last - 1)->type == KG_PERSON)
        return 0;
    for (size_t i = a; i < v; i++)
        if (rs->mention_at[i] &&
            (kx_rel_mention(rs, rs->mention_at[i] - 1)->type == KG_ORGANISATION ||
             kx_rel_mention(rs, rs->mention_at[i] - 1)->type == KG_PLACE))
            return 1;
    return 0;
}

/* Whether a country or a body is the subject of a speech verb in sentence s: "The United
 * States reiterated", "The Ministry also noted". */
static int body_speaks(kx_rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t v = sen->first_token + 1; v < sen->end_token; v++)
        if (kx_is_speech_verb(x, v) && !is_modifier_position(x, v) && body_subject_of(rs, v))
            return 1;
    return 0;
}

/* Whether sentence s opens with a body or a party as its subject ("The Labour Party and
 * the Liberal Democrats campaigned"): narration about it, not more of what the paragraph's
 * speaker said ("Turkmenistan may join" after a quote may still be). */
static int opens_with_named_subject(kx_rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    size_t i = sen->first_token;
    if (kx_is(x, i, "The"))
        i++;
    size_t mi = i < sen->end_token ? rs->mention_at[i] : 0;
    return mi && kx_rel_mention(rs, mi - 1)->tok_start == i &&
           (kx_rel_mention(rs, mi - 1)->type == KG_ORGANISATION ||
            kx_rel_mention(rs, mi - 1)->type == KG_PARTY);
}

/* The speaker named in sentence s: a person followed by a speech verb in the same clause,
 * right after one, after "according to" or "by". Returns the entity + 1, or 0. */
static size_t sentence_speaker(kx_rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi)
            continue;
        const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
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
            if ((mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) ||
                x->t->tokens[k - 1].kind == KG_TOKEN_PUNCT ||
                x->t->tokens[k - 1].kind == KG_TOKEN_QUOTE)
                break;
        }
        /* "said spokesperson for the United Nations High Commissioner for Human Rights,
         * Rupert Colville": a title right after the verb, what it serves, then the name set
         * off at the clause's end */
        if (a > 0 && kx_is(x, a - 1, ",") && ends_inverted_subject(x, m->tok_end)) {
            for (size_t k = a - 1; k > sen->first_token && k + 24 > a; k--) {
                size_t t = k - 1;
                if (kx_is_speech_verb(x, t)) {
                    size_t h =
                        kx_is(x, k, "the") || kx_is(x, k, "a") || kx_is(x, k, "an") ? k + 1 : k;
                    if (!takes_person_object(x, t) && h < a && kx_is_title(x, h))
                        return m->entity + 1;
                    break;
                }
                size_t mk = rs->mention_at[t];
                if ((mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) ||
                    !(mk || kx_is_title(x, t) || kx_is_cap(x, t) || kx_is(x, t, "the") ||
                      kx_is(x, t, "of") || kx_is(x, t, "for") || kx_is(x, t, "a") ||
                      kx_is(x, t, "an") || kx_is(x, t, "and")))
                    break;
            }
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
                int serves = kx_is(x, a - 1, "for") && after &&
                             kx_rel_mention(rs, after - 1)->type == KG_PERSON;
                if (kx_rel_span_has_title(x, k, a) && !serves)
                    return m->entity + 1;
                break;
            }
            size_t mk = rs->mention_at[k - 1];
            int served = mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON &&
                         kx_rel_mention(rs, mk - 1)->tok_start > sen->first_token &&
                         (kx_is(x, kx_rel_mention(rs, mk - 1)->tok_start - 1, "for") ||
                          kx_is_title(x, kx_rel_mention(rs, mk - 1)->tok_start - 1));
            if (served) {
                k = kx_rel_mention(rs, mk - 1)->tok_start + 1;
                continue;
            }
            if (!(kx_is_title(x, k - 1) || kx_is_cap(x, k - 1) || kx_is(x, k - 1, "the") ||
                  kx_is(x, k - 1, "of") || kx_is(x, k - 1, "a") || kx_is(x, k - 1, "an") ||
                  kx_is(x, k - 1, "for") || (k == a && kx_is(x, k - 1, ",")) || mk) ||
                (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON))
                break;
        }
        /* "... by the professor of Y, Z X": a passive speech verb earlier in the sentence */
        for (size_t k = sen->first_token; k + 1 < a; k++)
            if (kx_is_speech_verb(x, k) && kx_is(x, k + 1, "by") && !reduced_relative(x, k)) {
                int other = 0;
                for (size_t j = k + 2; j < a; j++)
                    if (rs->mention_at[j] &&
                        kx_rel_mention(rs, rs->mention_at[j] - 1)->type == KG_PERSON)
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
                if (kx_is_speech_verb(x, v) && !kx_rel_is_negation(x, v))
                    return m->entity + 1;
                break;
            }
        }
        /* after: a speech verb before any other person or quote, not negated, and not in
         * a clause about something else ("X's party, which is expected to") */
        for (size_t k = m->tok_end; k < sen->end_token && k < m->tok_end + 60; k++) {
            if (x->t->tokens[k].kind == KG_TOKEN_QUOTE)
                break;
            if (kx_rel_is_negation(x, k) || kx_is(x, k, "which"))
                break;
            size_t mk = rs->mention_at[k];
            if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON &&
                kx_rel_mention(rs, mk - 1)->entity != m->entity)
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
static int sentence_has_anaphoric_speech(kx_rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    int anaphor = 0, verb = 0;
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        if (is_anaphor(x, i))
            anaphor = 1;
        if (kx_is_speech_verb(x, i) || kx_is_ci(x, i, "opinion") || kx_is_ci(x, i, "according"))
            verb = 1;
        if (kx_rel_is_negation(x, i))
            return 0;
    }
    return anaphor && verb;
}

/* Whether sentence s opens with "He said" or "She also noted": a pronoun, at most one
 * adverb, a speech verb. The main clause's speaker is then the one the pronoun refers to,
 * whoever else the reported clause names or has speak ("He said a plan that the
 * government announced ..."). */
static int opens_with_anaphoric_speech(const kx *x, size_t s)
{
    const kg_sentence *sen = &x->t->sentences[s];
    size_t i = sen->first_token;
    if (!(kx_is(x, i, "He") || kx_is(x, i, "She")))
        return 0;
    size_t v = i + 1;
    if (v < sen->end_token && kx_is_lower_word(x, v) && !kx_is_speech_verb(x, v) &&
        x->t->tokens[v].end - x->t->tokens[v].start > 2 &&
        memcmp(x->t->text + x->t->tokens[v].end - 2, "ly", 2) == 0)
        v++; /* "also" is no -ly adverb, but a speech verb's modifier all the same */
    else if (kx_is(x, v, "also"))
        v++;
    return v < sen->end_token && kx_is_speech_verb(x, v) && !kx_rel_is_negation(x, v);
}

/* The number of double quotation marks in tokens [a, b) (not apostrophes). */
static size_t quote_marks_between(const kx *x, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b && i < x->n; i++)
        if (x->t->tokens[i].kind == KG_TOKEN_QUOTE && x->t->text[x->t->tokens[i].start] != '\'')
            n++;
    return n;
}

/* Whether sentence s mentions a person other than p. */
static int other_person_in(kx_rel_state *rs, size_t s, size_t p)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (mi && kx_rel_mention(rs, mi - 1)->type == KG_PERSON &&
            kx_rel_mention(rs, mi - 1)->entity != p)
            return 1;
    }
    return 0;
}

/* "the Secretary", "the Ambassador": the one person whose name the document gives after
 * the first such title in sentence s ("Secretary of State Antony J. Blinken"). Returns
 * entity + 1, or 0. */
static size_t titled_referent(kx_rel_state *rs, size_t s)
{
    const kg_sentence *sen = &rs->x->t->sentences[s];
    for (size_t i = sen->first_token + 1; i < sen->end_token; i++) {
        size_t found = kx_rel_referent_of_title(rs, i);
        if (found)
            return found;
    }
    return 0;
}

/* "X, a lawyer, and Y, director of Z, said": X shares the speech verb of speaker p.
 * Returns X's entity + 1, or 0. */
static size_t joint_speaker(kx_rel_state *rs, size_t s, size_t p)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token + 1; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi || kx_rel_mention(rs, mi - 1)->entity != p ||
            kx_rel_mention(rs, mi - 1)->tok_start != i)
            continue;
        /* "A and Deputy Assistant Secretary B said": back over B's titles */
        size_t t = i;
        while (t > sen->first_token + 1 &&
               ((kx_is_title(x, t - 1) && kx_is_cap(x, t - 1)) ||
                (kx_is(x, t - 1, ".") && t > sen->first_token + 2 && kx_is_title(x, t - 2))))
            t--;
        if (!kx_is(x, t - 1, "and"))
            return 0;
        size_t k = t - 1;
        if (k > sen->first_token && kx_is(x, k - 1, ","))
            k--;
        /* back over the first person's apposition to the person: a long body's name
         * with its acronym and the person's party and state may come between ("A (D-MD),
         * Chairman of the Commission on Security and Cooperation in Europe (Helsinki
         * Commission) and Co-Chairman B") */
        for (size_t j = k; j > sen->first_token && j + 32 > k; j--) {
            size_t mj = rs->mention_at[j - 1];
            if (kx_is_speech_verb(x, j - 1) || x->t->tokens[j - 1].kind == KG_TOKEN_QUOTE)
                return 0;
            if (mj && kx_rel_mention(rs, mj - 1)->type == KG_PERSON) {
                const kg_x_mention *m = kx_rel_mention(rs, mj - 1);
                /* "A (R-KS) and B": over A's party and state */
                size_t end = kx_after_parenthetical(x, m->tok_end, 8);
                if (end == k || kx_is(x, end, ","))
                    return m->entity + 1;
                return 0;
            }
        }
        return 0;
    }
    return 0;
}

/* Whether sentence s gives its words to someone it does not name: "said an employee of the
 * ministry", "a university student said", "A spokesman for the ministry noted". */
static int unnamed_speaker(kx_rel_state *rs, size_t s)
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
            if ((mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) ||
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

/* "Chairman X issued the following statement ...:", "A and B released the following
 * statement regarding Y:": a sentence that ends its paragraph with a colon, before a
 * paragraph that opens with a quotation mark, introduces the quotation. Its speaker is the
 * first person of the sentence who is not the object of a verb or preposition, or the
 * sender of the message it names ("The message reads:"); a person joined to them by "and"
 * speaks with them (entity + 1 in *co, else 0). Returns entity + 1, or 0. */
/* The first person of sentence s who is not the object of a verb or preposition (entity +
 * 1, or 0); the mention index + 1 in *at. */
static size_t sentence_subject_person(kx_rel_state *rs, size_t s, size_t *at)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi || kx_rel_mention(rs, mi - 1)->type != KG_PERSON ||
            kx_rel_mention(rs, mi - 1)->tok_start != i)
            continue;
        if (is_object_position(x, i, sen->first_token) || (i > 0 && kx_is(x, i - 1, "with")))
            continue;
        *at = mi;
        return kx_rel_mention(rs, mi - 1)->entity + 1;
    }
    return 0;
}

/* "The message reads, in part:" after "X sent greetings to Y": a written message that the
 * introducing sentence names instead of a person belongs to who sent it, the subject of a
 * verb of sending in one of the three sentences before. Returns entity + 1, or 0. */
static size_t message_sender(kx_rel_state *rs, size_t s)
{
    static const char *const messages[] = {"message",   "letter",  "telegram", "greetings", "text",
                                           "statement", "address", "note",     NULL};
    static const char *const sending[] = {"sent",   "addressed", "wrote",     "signed",
                                          "issued", "released",  "published", NULL};
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    size_t i = sen->first_token;
    if (kx_is_determiner(x, i))
        i++;
    if (!kx_is_any_ci(x, i, messages))
        return 0;
    for (size_t b = s; b > 0 && b + 3 >= s; b--) {
        const kg_sentence *prev = &x->t->sentences[b - 1];
        size_t at = 0, p = sentence_subject_person(rs, b - 1, &at);
        if (!p)
            continue;
        for (size_t k = kx_rel_mention(rs, at - 1)->tok_end; k < prev->end_token; k++)
            if (kx_is_any(x, k, sending))
                return p;
    }
    return 0;
}

static size_t quote_introducer(kx_rel_state *rs, size_t s, size_t *co)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    *co = 0;
    if (sen->end_token == sen->first_token || !kx_is(x, sen->end_token - 1, ":") ||
        s + 1 >= x->t->n_sentences || x->t->sentences[s + 1].paragraph == sen->paragraph ||
        !kx_rel_starts_quoted(x, s + 1))
        return 0;
    size_t mi = 0, p = sentence_subject_person(rs, s, &mi);
    if (!p)
        return message_sender(rs, s);
    const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
    /* "A (D-OH) and Rep. B": over A's parenthesis, then B's titles */
    size_t k = kx_after_parenthetical(x, m->tok_end, 8);
    if (kx_is(x, k, "and"))
        for (size_t j = k + 1; j < sen->end_token && j < k + 6; j++) {
            size_t mj = rs->mention_at[j];
            if (mj && kx_rel_mention(rs, mj - 1)->type == KG_PERSON) {
                *co = kx_rel_mention(rs, mj - 1)->entity + 1;
                break;
            }
            if (!kx_is_title(x, j) && !kx_is(x, j, "."))
                break;
        }
    return p;
}

/* The speaker a transcript's paragraph opens with: "President of Russia Vladimir Putin:
 * Thank you.", "Emomali Rahmon: Thank you!" (entity + 1), or 0. Only titles and the words of
 * a title phrase may come before the name. */
static size_t transcript_label(kx_rel_state *rs, size_t s)
{
    kx *x = rs->x;
    const kg_sentence *sen = &x->t->sentences[s];
    if (s > 0 && x->t->sentences[s - 1].paragraph == sen->paragraph)
        return 0;
    for (size_t i = sen->first_token; i < sen->end_token && i < sen->first_token + 10; i++) {
        size_t mk = rs->mention_at[i];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
            const kg_x_mention *m = kx_rel_mention(rs, mk - 1);
            /* "JANE ROE (D-MD):": over the party and state */
            size_t e = kx_after_parenthetical(x, m->tok_end, 6);
            if (kx_is(x, e, ":"))
                return m->entity + 1;
            /* the Congressional Record's "Mr. HOYER. Mr. Speaker, ..." and "Mr. SMITH of
             * New Jersey. Mr. Speaker, ...": a surname in capitals, maybe its state, a
             * full stop, and the words in the sentences after it */
            if (kx_is_allcaps(x, m->tok_end - 1) && m->tok_end - m->tok_start == 1 &&
                kx_is(x, e, "of") && kx_is_cap(x, e + 1)) {
                size_t st = e + 1;
                while (st < sen->end_token && st < e + 5 && kx_is_cap(x, st))
                    st++;
                if (kx_is(x, st, "."))
                    e = st;
            }
            int words_after = e + 1 < sen->end_token
                                  ? kx_is_cap(x, e + 1)
                                  : s + 1 < x->t->n_sentences &&
                                        x->t->sentences[s + 1].paragraph == sen->paragraph;
            int record = kx_is(x, e, ".") && kx_is_allcaps(x, m->tok_end - 1) &&
                         m->tok_end - m->tok_start == 1 && words_after;
            return record ? m->entity + 1 : 0;
        }
        if (mk) { /* "President of Russia": the body or place of the title */
            i = kx_rel_mention(rs, mk - 1)->tok_end - 1;
            continue;
        }
        if (!(kx_is_title(x, i) || kx_is_honorific(x, i) || kx_is(x, i, "of") ||
              kx_is(x, i, "the") || kx_is(x, i, ".")))
            return 0;
    }
    return 0;
}

/* Whether sentence s opens with a person's name written in capitals. */
static int label_in_capitals(kx_rel_state *rs, size_t s)
{
    const kg_sentence *sen = &rs->x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token && i < sen->first_token + 10; i++) {
        size_t mk = rs->mention_at[i];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON)
            return kx_is_allcaps(rs->x, i);
    }
    return 0;
}

/* Whether sentence s announces speech to come rather than reports it: "will" before any
 * verb of speech ("X will deliver welcoming remarks"; not "X said the body will ...", nor
 * "X, who will lead the mission, said"). What follows in its paragraph is no longer the
 * speaker's. */
static int announces_speech(const kx *x, size_t s)
{
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        if (kx_is(x, i, ",") && (kx_is(x, i + 1, "who") || kx_is(x, i + 1, "which"))) {
            /* over the relative clause to its closing comma */
            size_t k = i + 2;
            while (k < sen->end_token && !kx_is(x, k, ","))
                k++;
            if (k < sen->end_token) {
                i = k;
                continue;
            }
        }
        if (kx_is_speech_verb(x, i))
            return 0;
        if (kx_is(x, i, "will") || kx_is(x, i, "shall"))
            return 1;
    }
    return 0;
}

void kx_rel_find_speakers(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t last = 0, para_speaker = 0, para = (size_t)-1, para_speaker_from = 0;
    int para_announced = 0; /* the sentence that names the paragraph's speaker announces */
    size_t byline = (size_t)-1;
    size_t author_co = 0, author = kx_rel_text_author(rs, &byline, &author_co);
    size_t role_line = kx_rel_author_role_line(rs, author, byline);
    size_t quote_owner = 0, quote_co = 0, quote_para = (size_t)-1, quote_from = 0;
    int quote_goes_on = 0; /* the paragraph continues the introduced quotation */
    /* a transcript: two paragraphs or more open with a speaker's label; a paragraph
     * without one continues the last label's words */
    size_t labels = 0, label_speaker = 0;
    for (size_t s = 0; s < x->t->n_sentences && labels < 2; s++) {
        size_t label = transcript_label(rs, s);
        /* a label in capitals ("SENATOR JANE ROE (D-MD):") is one by itself */
        labels += !label ? 0 : label_in_capitals(rs, s) ? 2 : 1;
    }
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        if (sen->paragraph != para && labels >= 2) {
            size_t label = transcript_label(rs, s);
            if (label)
                label_speaker = label;
            para = sen->paragraph;
            para_speaker = label_speaker;
            para_speaker_from = s;
            para_announced = 0;
            if (label_speaker && !kx_in_headline(x, sen->first_token)) {
                /* everything the paragraph says is the labelled speaker's */
                for (; s < x->t->n_sentences && x->t->sentences[s].paragraph == para; s++) {
                    rs->speaker[s] = label_speaker;
                    last = label_speaker;
                }
                s--;
                continue;
            }
        }
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
            para_announced = para_speaker && announces_speech(x, para_speaker_from);
            if (!para_speaker && kx_rel_starts_quoted(x, s) && !unnamed_speaker(rs, s))
                para_speaker = last;
        }
        size_t sp = opens_with_anaphoric_speech(x, s) && (last || para_speaker)
                        ? (last ? last : para_speaker)
                        : sentence_speaker(rs, s);
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
            (kx_rel_in_quotation(x, s) ||
             (s > para_speaker_from && !other_person_in(rs, s, para_speaker - 1) &&
              !body_speaks(rs, s) && !opens_with_named_subject(rs, s) && !para_announced)))
            sp = para_speaker;
        /* a statement's sentences are its author's, unless someone else is quoted; its
         * byline says who and where, not what about */
        if (!sp && author && s != byline && s != role_line && !kx_in_headline(x, sen->first_token))
            sp = author;
        /* a quotation introduced by "X issued the following statement:" is X's (and their
         * co-author's) until a paragraph opens without a quotation mark */
        if (sen->paragraph != quote_para && s > 0 &&
            x->t->sentences[s - 1].paragraph != sen->paragraph) {
            /* a quotation of several paragraphs may open only the first of them: a
             * paragraph goes on with it while its closing mark is still to come */
            quote_goes_on = quote_owner && !kx_rel_starts_quoted(x, s) &&
                            quote_marks_between(x, quote_from, sen->first_token) % 2 == 1;
            if (!quote_goes_on)
                quote_owner = kx_rel_starts_quoted(x, s) ? quote_owner : 0;
        }
        if (!sp) {
            size_t co = 0, q = quote_introducer(rs, s, &co);
            if (q) {
                sp = q;
                quote_owner = q;
                quote_co = co;
                quote_para = sen->paragraph;
                quote_from = sen->end_token;
                quote_goes_on = 0;
            } else if (quote_owner &&
                       (quote_goes_on ? !kx_rel_in_quotation(x, s) : kx_rel_in_quotation(x, s))) {
                sp = quote_owner;
            }
        }
        rs->speaker[s] = sp;
        if (sp)
            rs->co_speaker[s] = sp == quote_owner && quote_co ? quote_co
                                : sp == author && author_co   ? author_co
                                                              : joint_speaker(rs, s, sp - 1);
        if (sp) {
            last = sp;
            if (!para_speaker)
                para_speaker = sp;
        }
    }
}
