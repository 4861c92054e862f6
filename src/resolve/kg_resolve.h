/* kg_resolve: cross-document entity resolution and loading one document's extraction into
 * the store: each extracted entity joins the stored entity of the same type whose name or
 * alias has the same normalised key (a surname-only person joins the only stored person
 * with that surname), or becomes a new one; aliases keep the reason of each merge. */
#ifndef KG_RESOLVE_H
#define KG_RESOLVE_H

#include "../extract/kg_extract.h"
#include "../store/kg_store.h"

/* Writes the document, its entities (resolved against the store), mentions and relations
 * with their evidence sentences. Call inside a transaction. Returns KG_OK or the store's
 * error. */
int kg_resolve_into_store(kg_store *st, const kg_extraction *x, kg_error *err);

#endif
