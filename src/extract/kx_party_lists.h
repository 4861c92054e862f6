/* kx_party_lists: parties read from lists and the party lexicon, and the list reading
 * typing shares (kx_party_lists.c says what it reads and adds). */
#ifndef KX_PARTY_LISTS_H
#define KX_PARTY_LISTS_H

#include "kg_extract_internal.h"

/* The evidence a list that the text calls parties gives each item that is a mention
 * already, in finder votes (kx_typing.c weighs it with the rest). */
#define KX_W_PARTY_LIST 3.0

/* Whether party_key is name_key and the word "Party" (keys fold "party" to "parti"):
 * "ortak parti" of "ortak". */
int kx_is_party_key_of(const char *party_key, const char *name_key);

/* Whether token i is "party" in any case. */
int kx_is_party_word(const kx *x, size_t i);

/* The length of the list separator at j: 2 for ", and" / ", or", 1 for ",", "and", "or",
 * 0 for none. */
size_t kx_list_separator(const kx *x, size_t j);

/* The first token of the list item after mention m (over "party", a parenthetical, the
 * separator, "the" and an opening quote), or (size_t)-1 when no separator follows. */
size_t kx_list_item_after(const kx *x, const kg_x_mention *m);

/* Free names of the party lexicon become party mentions. */
void kx_find_lexicon_parties(kx *x);

/* The items of lists the text calls parties: free spans become party mentions; mentions
 * among the first cap that span an item exactly get KX_W_PARTY_LIST added to bonus[m]. */
void kx_find_party_lists(kx *x, double *bonus, size_t cap);

/* The free items of a list of two or more names after a plural of bodies and "such as" or
 * "including" ("NGOs, such as A and B") become organisation mentions. */
void kx_find_body_lists(kx *x);

/* Reads on along the lists that sure parties open. keys[i] is the key of mention i,
 * strong[i] whether its evidence for its own type is strong, for the first n mentions. */
void kx_extend_party_lists(kx *x, char *const *keys, const unsigned char *strong, size_t n);

#endif
