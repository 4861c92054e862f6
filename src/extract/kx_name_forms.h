/* kx_name_forms: the entities of one document indexed by the forms of their names under
 * which resolution within the document compares another name with them, so that a pass
 * that merges names looks up the few entities that may match a name instead of comparing
 * every pair of entities (quadratic in a document of thousands of names).
 *
 * A form is a tagged string derived from an entity's key, name or aliases: the key's word
 * prefixes and word suffixes (short forms, a bare head, a party's edge word), the ASCII
 * lower-cased word suffixes of its aliases (a name after a country), the acronyms of its
 * name, of the name before " of " and of its word suffixes, the country a government's name
 * names, its key with a run of words written as their initials ("us embasi" of "united
 * states embasi"), and the one-deletion neighbourhood of its key, word by word (one word spelt two
 * ways) or whole (a place spelt two ways). Lookups return candidates: a superset of the
 * entities that a rule may accept, which the rule then checks exactly.
 *
 * The index only grows: kx_name_forms_add indexes what of an entity is new since its last
 * call (a changed name, aliases added by a merge), and stale forms are harmless since every
 * candidate is checked. Opaque; not part of kg's API. */
#ifndef KX_NAME_FORMS_H
#define KX_NAME_FORMS_H

#include "kx_state.h"

#include <stdint.h>

typedef struct kx_name_forms kx_name_forms;

/* What to index of an entity. */
enum {
    KX_FORMS_BODY =
        1, /* prefixes, suffixes, alias suffixes, acronyms, government, words' neighbourhood */
    KX_FORMS_SPELLING = 2 /* the whole key's one-deletion neighbourhood */
};

/* Returns a new, empty index of kind what (KX_FORMS_BODY or KX_FORMS_SPELLING); the
 * caller frees it with kx_name_forms_free. */
kx_name_forms *kx_name_forms_new(int what);
/* Frees ix. Accepts NULL. */
void kx_name_forms_free(kx_name_forms *ix);

/* Indexes the forms of entity e of x that ix does not hold yet. */
void kx_name_forms_add(kx_name_forms *ix, const kx *x, size_t e);

/* The candidates for entity a: the entities (other than a, alive or not, sorted, each
 * once) that share one of the forms a would be compared under. Sets *n; returns an array
 * the caller frees (NULL when *n is 0). */
size_t *kx_name_forms_candidates(const kx_name_forms *ix, const kx *x, size_t a, size_t *n);

/* The entities indexed under the word prefix (tag 'P') or word suffix ('S') key: calls
 * visit(ctx, entity) for each entry until it returns nonzero; returns that value or 0.
 * Entries may repeat an entity and may be stale: the caller checks each. */
int kx_name_forms_each(const kx_name_forms *ix, char tag, const char *key, size_t len,
                       int (*visit)(void *ctx, size_t entity), void *ctx);

#endif
