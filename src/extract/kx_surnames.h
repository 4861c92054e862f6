/* kx_surnames: the surnames of the person mentions found so far, for the finders that ask
 * whether a word is a named person's surname ("Secretary Kerry ... thanked Kerry" is no
 * county). A hash set over the mentions' last words (before "Jr.", "III"), extended as
 * mentions are appended, so that a question costs a lookup instead of a scan of every
 * mention: a paragraph that names a town thousands of times beside thousands of people was
 * quadratic. Valid for one finder pass that only appends mentions (the spans and types of the
 * person mentions it has read do not change). Opaque: kx_surnames_new creates one,
 * kx_surnames_free frees it. Not part of kg's API. */
#ifndef KX_SURNAMES_H
#define KX_SURNAMES_H

#include "kx_state.h"

typedef struct kx_surnames kx_surnames;

/* Returns a new, empty set; the caller frees it with kx_surnames_free. */
kx_surnames *kx_surnames_new(void);
/* Frees the set. Accepts NULL. */
void kx_surnames_free(kx_surnames *sn);
/* Whether the word at token i is the last word (before a generational suffix) of a person
 * mention of x of min_words words or more. */
int kx_surnames_has(kx_surnames *sn, const kx *x, size_t i, size_t min_words);

#endif
