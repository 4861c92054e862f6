/* kx_rel_common: the relation pass's indexes over the document and the helpers that more
 * than one relation family uses (see kx_rel_common.h).
 *
 * Reads: the mentions and entities.
 * Adds:  nothing to the extraction; the indexes of kx_rel_state. */
#include "kx_rel_common.h"

#include "../../kg_mem.h"
#include "../kg_strhash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Indexes the longest organisation and event mentions by their first token (after the
 * last pass that adds mentions), so that rules find them without scanning every mention. */
static void index_mention_starts(kx_rel_state *rs)
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

int kx_rel_is_negation(const kx *x, size_t i)
{
    return kx_is(x, i, "not") || kx_is(x, i, "n't") || kx_is(x, i, "never") ||
           kx_is(x, i, "declined") || kx_is(x, i, "refused") || kx_is(x, i, "denied");
}

/* Whether the title word at i ends a phrase opened by "the": "the Secretary", "the Prime
 * Minister", "the Foreign Minister". */
int kx_rel_title_after_the(const kx *x, size_t i)
{
    size_t k = i;
    while (k > 0 && k + 3 > i && kx_is_cap(x, k - 1) && !kx_is_ci(x, k - 1, "the") &&
           kx_same_sentence(x, k - 1, i))
        k--;
    return k > 0 && kx_is_ci(x, k - 1, "the") && (k == i || kx_is_cap(x, i));
}

int kx_rel_span_has_title(const kx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (kx_is_title(x, i))
            return 1;
    return 0;
}

/* The one person whose name the document gives after the title at token i, which ends a
 * phrase opened by "the" ("the Secretary", "the Foreign Minister"). Returns entity + 1, or
 * 0 when none or several. */
static size_t kx_referent_scan(kx_rel_state *rs, const char *title, size_t len, const char *mod,
                               size_t ml);

struct kx_title_memo {
    uint64_t key; /* hash of the title and its modifier, case-insensitive */
    size_t referent;
};

size_t kx_rel_referent_of_title(kx_rel_state *rs, size_t i)
{
    kx *x = rs->x;
    if (!kx_is_title(x, i) || !kx_rel_title_after_the(x, i) || rs->mention_at[i])
        return 0;
    size_t len;
    const char *title = kx_tok(x, i, &len);
    /* the answer depends on the title, its modifier and the person mentions only */
    /* "the Prime Minister" is not "Deputy Minister X": the word before the title */
    size_t ml = 0;
    const char *mod =
        kx_is_cap(x, i - 1) && !kx_is_ci(x, i - 1, "the") ? kx_tok(x, i - 1, &ml) : NULL;
    uint64_t key = kg_strhash_ascii_ci(title, len) * 31u + (mod ? kg_strhash_ascii_ci(mod, ml) : 0);
    if (rs->memo_mentions != x->out->n_mentions) {
        rs->n_memo = 0;
        rs->memo_mentions = x->out->n_mentions;
    }
    for (size_t k = 0; k < rs->n_memo; k++)
        if (rs->memo[k].key == key)
            return rs->memo[k].referent;
    size_t found = kx_referent_scan(rs, title, len, mod, ml);
    KG_GROW(rs->memo, rs->cap_memo, rs->n_memo + 1);
    rs->memo[rs->n_memo++] = (struct kx_title_memo){key, found};
    return found;
}

/* The scan behind kx_rel_referent_of_title: every person mention with the title before it. */
static size_t kx_referent_scan(kx_rel_state *rs, const char *title, size_t len, const char *mod,
                               size_t ml)
{
    kx *x = rs->x;
    size_t found = 0;
    int ambiguous = 0;
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
        if (m->type != KG_PERSON)
            continue;
        for (size_t b = m->tok_start; b > 0 && b + 5 > m->tok_start; b--) {
            size_t l2;
            const char *t2 = kx_tok(x, b - 1, &l2);
            size_t ml2 = 0;
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

/* The main meeting of the document, or (size_t)-1. */
size_t kx_rel_main_meeting(const kx *x)
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

/* The mention that starts at token i as a topic (index + 1, or 0): the shortest, so that
 * names inside an event phrase count, but of organisations the whole name, not the parent
 * named in front of it ("the OSCE Office of Democratic Institutions" over "OSCE"). */
size_t kx_rel_topic_at(kx_rel_state *rs, size_t i)
{
    size_t mi = rs->mention_at[i];
    if (!mi || kx_rel_mention(rs, mi - 1)->tok_start != i)
        return 0;
    size_t longest = rs->org_at[i];
    if (longest && kx_rel_mention(rs, mi - 1)->type == KG_ORGANISATION &&
        kx_rel_mention(rs, longest - 1)->tok_end > kx_rel_mention(rs, mi - 1)->tok_end &&
        kx_same_sentence(rs->x, i, kx_rel_mention(rs, longest - 1)->tok_end - 1))
        mi = longest;
    return mi;
}

/* Whether an event is one the text tells as held: the article's meeting or a meeting with
 * a person, not an event named in passing. */
int kx_rel_is_held(const kg_x_entity *en)
{
    return en->is_main_event || strstr(en->key, "|with|") != NULL;
}

/* The meeting a sentence speaks of: one mentioned in it, else the last one mentioned
 * earlier in its paragraph; (size_t)-1 when none. */
size_t kx_rel_meeting_in_context(const kx *x, size_t s)
{
    size_t para = x->t->sentences[s].paragraph, best = (size_t)-1, best_tok = 0, best_k = 0;
    /* the sentence and those before it in its paragraph, KX_CONTEXT_SENTENCES at most (a
     * paragraph of thousands of sentences is no context), newest mention first: the one
     * kept is the held one first, then the latest, then of one start the first made */
    for (size_t t = s + 1;
         t > 0 && t + KX_CONTEXT_SENTENCES > s + 1 && x->t->sentences[t - 1].paragraph == para; t--)
        for (size_t k1 = kx_last_mention_in_sentence(x, t - 1); k1;
             k1 = kx_prev_mention_in_sentence(x, k1 - 1)) {
            const kg_x_mention *m = &x->out->mentions[k1 - 1];
            if (m->entity == (size_t)-1)
                continue;
            const kg_x_entity *en = &x->out->entities[m->entity];
            if (en->type != KG_EVENT || !en->event_kind || strcmp(en->event_kind, "meeting") != 0)
                continue;
            /* the meeting the sides held (the article's, or one with a person) before an
             * event merely named in passing ("ahead of the Dialogue") */
            int held = kx_rel_is_held(en);
            int best_held = best != (size_t)-1 && kx_rel_is_held(&x->out->entities[best]);
            if (best == (size_t)-1 || (held && !best_held) ||
                (held == best_held &&
                 (m->tok_start > best_tok || (m->tok_start == best_tok && k1 - 1 < best_k)))) {
                best = m->entity;
                best_tok = m->tok_start;
                best_k = k1 - 1;
            }
        }
    return best;
}

/* Whether the mention starting at token i names where something happens, not what it is
 * about: "at (the) X", "on the margins of (the) X", "on the sidelines of X", "in room 226 of
 * X", the text's dateline. */
int kx_rel_names_venue(const kx *x, size_t i)
{
    /* the text's dateline and its line of date and places say where it is from */
    if ((x->dateline && x->dateline[i]) || (x->place_line && x->place_line[i]))
        return 1;
    size_t k = i;
    /* "at the prestigious X": an adjective or two after the article; not a name that
     * modifies a noun ("at the troubled Kazakhstan economy") */
    size_t adj = k;
    while (adj > 0 && adj + 2 > k && kx_is_lower_word(x, adj - 1) && !kx_is(x, adj - 1, "the") &&
           !kx_is(x, adj - 1, "of") && !kx_is_ci(x, adj - 1, "at") &&
           kx_same_sentence(x, adj - 1, k))
        adj--;
    size_t name_end = k;
    while (name_end < x->n && kx_is_cap(x, name_end) && kx_same_sentence(x, k, name_end))
        name_end++;
    /* the closed-class words that may follow a venue's name */
    static const char *const after_venue[] = {
        "to",    "for",   "and",   "or",     "in",      "on",        "of",     "with",
        "where", "which", "that",  "who",    "this",    "last",      "at",     "by",
        "from",  "as",    "when",  "during", "today",   "yesterday", "was",    "is",
        "were",  "has",   "had",   "will",   "earlier", "later",     "before", "after",
        "about", "into",  "since", "until",  NULL};
    int modifies = name_end < x->n && kx_same_sentence(x, k, name_end) &&
                   kx_is_lower_word(x, name_end) && !kx_is_any(x, name_end, after_venue);
    if (adj < k && adj >= 2 && kx_is(x, adj - 1, "the") && kx_is_ci(x, adj - 2, "at") &&
        kx_same_sentence(x, adj - 2, k) && !modifies)
        return 1;
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
    /* "to be here in Ashgabat", "pleased to be back in X": where the speaker is */
    if (k >= 2 && kx_is(x, k - 1, "in") && (kx_is(x, k - 2, "here") || kx_is(x, k - 2, "back")))
        return 1;
    /* "in room 226 of the X Building", "in Hall 3 of X" */
    if (k >= 3 && kx_is(x, k - 1, "of") && x->t->tokens[k - 2].kind == KG_TOKEN_NUMBER &&
        (kx_is_ci(x, k - 3, "room") || kx_is_ci(x, k - 3, "hall")))
        return 1;
    return k >= 2 && kx_is(x, k - 1, "of") &&
           (kx_is(x, k - 2, "margins") || kx_is(x, k - 2, "sidelines") ||
            kx_is(x, k - 2, "margin") || kx_is(x, k - 2, "sideline"));
}

int kx_rel_place_rank(const kx *x, size_t entity)
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

void kx_rel_state_init(kx_rel_state *rs, kx *x)
{
    *rs = (kx_rel_state){0};
    rs->x = x;
    rs->mention_at = kg_xcalloc(x->n + 1, sizeof *rs->mention_at);
    rs->speaker = kg_xcalloc(x->t->n_sentences + 1, sizeof *rs->speaker);
    rs->co_speaker = kg_xcalloc(x->t->n_sentences + 1, sizeof *rs->co_speaker);

    /* shortest mention wins a token, so inner names stay visible inside event phrases */
    for (size_t i = 0; i < x->out->n_mentions; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        for (size_t k = m->tok_start; k < m->tok_end; k++) {
            size_t cur = rs->mention_at[k];
            if (!cur || (x->out->mentions[cur - 1].tok_end - x->out->mentions[cur - 1].tok_start) >
                            (m->tok_end - m->tok_start))
                rs->mention_at[k] = i + 1;
        }
    }
}

void kx_rel_index_starts(kx_rel_state *rs)
{
    kx *x = rs->x;
    rs->role_end = kg_xcalloc(x->out->n_mentions + 1, sizeof *rs->role_end);
    rs->role_start = kg_xcalloc(x->out->n_mentions + 1, sizeof *rs->role_start);
    rs->n_roles = x->out->n_mentions;
    rs->org_at = kg_xcalloc(x->n + 1, sizeof *rs->org_at);
    rs->event_at = kg_xcalloc(x->n + 1, sizeof *rs->event_at);
    index_mention_starts(rs);
}

void kx_rel_state_free(kx_rel_state *rs)
{
    free(rs->mention_at);
    free(rs->speaker);
    free(rs->co_speaker);
    free(rs->role_end);
    free(rs->role_start);
    free(rs->org_at);
    free(rs->event_at);
    free(rs->memo);
    *rs = (kx_rel_state){0};
}

int kx_rel_is_country(const kx *x, size_t entity)
{
    const kg_x_entity *en = &x->out->entities[entity];
    return en->geo && strcmp(en->geo->kind, "country") == 0;
}

int kx_rel_starts_quoted(const kx *x, size_t s)
{
    return x->t->tokens[x->t->sentences[s].first_token].kind == KG_TOKEN_QUOTE;
}

int kx_rel_in_quotation(const kx *x, size_t s)
{
    return kx_rel_starts_quoted(x, s) || x->open_quote[s];
}

/* Groups mentions by key(mention) < n_keys with a stable counting sort; mentions whose key
 * is n_keys or more are left out. */
static size_t *group_mentions(const kx *x, size_t n_keys, int by_sentence, size_t **first)
{
    const kg_extraction *e = x->out;
    size_t *start = kg_xcalloc(n_keys + 2, sizeof *start);
    size_t *order = kg_xmalloc((e->n_mentions + 1) * sizeof *order);
    for (size_t i = 0; i < e->n_mentions; i++) {
        size_t k = by_sentence ? e->mentions[i].sentence : e->mentions[i].entity;
        if (k < n_keys)
            start[k + 2]++;
    }
    for (size_t k = 2; k < n_keys + 2; k++)
        start[k] += start[k - 1];
    for (size_t i = 0; i < e->n_mentions; i++) {
        size_t k = by_sentence ? e->mentions[i].sentence : e->mentions[i].entity;
        if (k < n_keys)
            order[start[k + 1]++] = i;
    }
    *first = start; /* start[k] is now where key k's mentions begin, start[k + 1] their end */
    return order;
}

size_t *kx_rel_mentions_by_sentence(const kx *x, size_t **first)
{
    return group_mentions(x, x->t->n_sentences, 1, first);
}

size_t *kx_rel_mentions_by_entity(const kx *x, size_t **first)
{
    return group_mentions(x, x->out->n_entities, 0, first);
}
