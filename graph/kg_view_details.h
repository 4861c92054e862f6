/* kg_view_details: what the HTML view and the report show beyond the exports' attributes:
 * every document of the store (id, title, date), the documents each entity is mentioned in,
 * and why each alias was merged (the aliases table's reason).
 * Ownership: everything loaded belongs to the view; kg_view_free releases it. */
#ifndef KG_VIEW_DETAILS_H
#define KG_VIEW_DETAILS_H

#include "../src/store/kg_store.h"
#include "kg_view.h"

/* Fills v->documents (sorted by id), each node's documents (indexes, ascending) and
 * alias_reasons (parallel to aliases; "" when the store has none) for a view loaded by
 * kg_view_load from st. Returns KG_OK, or KG_ESTORE with "cannot read documents from store:
 * <reason>". */
int kg_view_load_details(kg_view *v, kg_store *st, kg_error *err);

/* Returns the index in v->documents of the document with id, or (size_t)-1. Binary search. */
size_t kg_view_find_document(const kg_view *v, const char *id);

#endif
