/* kx_rel_common: what the relation families share: the relation pass's indexes over the
 * document (the mention at each token, the speaker of each sentence, the role span of each
 * person mention, organisations and events by their first token) and the sentence and
 * clause helpers that more than one family uses. The families include this header; it
 * includes only the passes before relations (kg_extract_internal.h) and knows no family.
 * Not part of kg's API. */
#ifndef KX_REL_COMMON_H
#define KX_REL_COMMON_H

#include "../kg_extract_internal.h"

/* The relation pass's view of one document. Every array is owned by the state and freed by
 * kx_rel_state_free. Indexes hold a mention or entity index + 1, 0 for none. */
typedef struct kx_rel_state {
    kx *x;
    size_t *mention_at; /* per token: mention index + 1 (first mention covering it) */
    size_t *speaker;    /* per sentence: entity + 1 */
    size_t *co_speaker; /* per sentence: a second speaker ("X and Y said"), entity + 1 */
    size_t *role_end;   /* per mention: end token of its role span (apposition), or 0 */
    size_t *role_start; /* per mention: start token + 1 of the title before it, or 0 */
    size_t n_roles;     /* mentions role_end and role_start have room for */
    size_t *org_at;     /* per token: longest organisation mention starting there + 1, or 0 */
    size_t *event_at;   /* per token: longest event mention starting there + 1, or 0 */
    /* kx_rel_referent_of_title's answers by title and modifier, valid for memo_mentions
     * mentions (a mention added empties it): a long text repeats "the Secretary" often */
    struct kx_title_memo *memo;
    size_t n_memo, cap_memo, memo_mentions;
} kx_rel_state;

/* Makes *rs over x: mention_at (the shortest mention covering each token wins it) and
 * speaker arrays with no speaker. */
void kx_rel_state_init(kx_rel_state *rs, kx *x);

/* After the last family that adds mentions: the role span arrays, one slot per mention, and
 * org_at and event_at. */
void kx_rel_index_starts(kx_rel_state *rs);

/* Frees the arrays of rs (not rs itself) and empties it. */
void kx_rel_state_free(kx_rel_state *rs);

/* Mention i of the extraction: a pointer into its mention array, valid until a mention is
 * added. */
static inline kg_x_mention *kx_rel_mention(const kx_rel_state *rs, size_t i)
{
    return &rs->x->out->mentions[i];
}

/* The document's mentions grouped by sentence, in index order within each: the mentions
 * of sentence s are order[(*first)[s] .. (*first)[s + 1]). Valid until a mention is added.
 * Returns order and sets *first, both new arrays the caller frees. */
size_t *kx_rel_mentions_by_sentence(const kx *x, size_t **first);
/* The same grouped by entity: the mentions of entity k are order[(*first)[k] ..
 * (*first)[k + 1]) (mentions of no entity left out). Valid until a mention is added or
 * pointed at another entity, or an entity added. */
size_t *kx_rel_mentions_by_entity(const kx *x, size_t **first);

/* Whether token i negates a verb: "not", "n't", "never", "declined", "refused", "denied". */
int kx_rel_is_negation(const kx *x, size_t i);

/* Whether the title word at i ends a phrase opened by "the": "the Secretary", "the Prime
 * Minister", "the Foreign Minister". */
int kx_rel_title_after_the(const kx *x, size_t i);

/* Whether a token of [a, b) is a title. */
int kx_rel_span_has_title(const kx *x, size_t a, size_t b);

/* The one person whose name the document gives after the title at token i ("the
 * Secretary" of "Secretary of State X"): entity + 1, or 0 when none or several. */
size_t kx_rel_referent_of_title(kx_rel_state *rs, size_t i);

/* The main meeting of the document (its earliest), or (size_t)-1. */
size_t kx_rel_main_meeting(const kx *x);

/* The mention that starts at token i as a topic (index + 1, or 0): the shortest, but of
 * organisations the whole name. */
size_t kx_rel_topic_at(kx_rel_state *rs, size_t i);

/* Whether an event is one the text tells as held: the article's meeting or a meeting with a
 * person. */
int kx_rel_is_held(const kg_x_entity *en);

/* How many sentences back (the sentence itself included) a paragraph gives the context of
 * a sentence: the meeting or protest it speaks of. */
#define KX_CONTEXT_SENTENCES 64
/* The meeting sentence s speaks of: one it mentions, else the last one mentioned earlier in
 * its paragraph, KX_CONTEXT_SENTENCES back at most (a held one first); (size_t)-1 when
 * none. */
size_t kx_rel_meeting_in_context(const kx *x, size_t s);

/* Whether the mention starting at token i names where something happens, not what it is
 * about: "at (the) X", "at the prestigious X", "here in X", "on the margins of X",
 * "welcomed the delegation to X", "in room 226 of X", the text's dateline and its line of
 * date and places. */
int kx_rel_names_venue(const kx *x, size_t i);

/* Whether entity is a country of the gazetteer (only places carry a gazetteer row). */
int kx_rel_is_country(const kx *x, size_t entity);

/* How precise a place entity is: 3 a city, 2 a region (or a place found by its cue), 1 a
 * country or other gazetteer place. */
int kx_rel_place_rank(const kx *x, size_t entity);

/* Whether sentence s opens with a quotation mark. */
int kx_rel_starts_quoted(const kx *x, size_t s);

/* Whether sentence s is quoted speech: it opens with a quotation mark, or a quotation
 * opened earlier in its paragraph is still open. */
int kx_rel_in_quotation(const kx *x, size_t s);

#endif
