/* kg_extract_json: one document's extraction as one JSON line, the map step's output
 * (`kg extract`) and the reduce step's input (`kg load`), and back. The line holds what
 * cross-document resolution needs to store the document as `kg build` would:
 *   {"kg_extract": 1, "id": SHA-256 of the text, "source", "title", "date", "text",
 *    "entities": [{"name", "type", "key", "date", "place", "geo": {"canonical", "kind",
 *                  "country", "region", "lat", "lon"}, "aliases": [{"text", "key",
 *                  "reason"}]}],
 *    "mentions": [{"entity": index, "type", "start", "end", "sentence": [start, end]}],
 *    "relations": [{"type", "source": index, "target": index, "sentence": [start, end],
 *                   "evidence": the sentence's text}]}
 * Spans are byte offsets into "text"; optional strings are null when unknown; "geo" only for
 * places of the gazetteer, its "lat" and "lon" only when it has coordinates (17 significant
 * digits, so they read back exactly).
 * Ownership: the dump is malloc'd for the caller; a loaded document and extraction belong to
 * the caller (kg_document_free, kg_extraction_free), and borrow their alias reasons and
 * gazetteer rows from the pool they were loaded with, which must outlive them. */
#ifndef KG_EXTRACT_JSON_H
#define KG_EXTRACT_JSON_H

#include "kg_extract.h"

/* The version number of the line's layout, its "kg_extract" member. */
#define KG_EXTRACT_JSON_VERSION 1

/* Returns x (with its document) as one line of JSON without the newline, malloc'd, or NULL
 * with KG_EFORMAT in err when a string of it is not valid UTF-8. */
char *kg_extract_json_dump(const kg_extraction *x, kg_error *err);

/* Strings and gazetteer rows shared by the extractions loaded with it (interned: a few
 * dozen reasons, one row per place). */
typedef struct kg_extract_json_pool kg_extract_json_pool;
kg_extract_json_pool *kg_extract_json_pool_new(void);
/* Frees the pool. Accepts NULL. */
void kg_extract_json_pool_free(kg_extract_json_pool *pool);

/* Reads one line line[0..len) into a new document *doc and its extraction *x. Checked: valid
 * JSON of the layout above and its version, an id that is the SHA-256 of the text, a text
 * without NUL, types that exist, indexes inside their arrays and spans inside the text.
 * Returns KG_OK, or KG_EFORMAT with the reason in err (nothing returned). */
int kg_extract_json_load(kg_document **doc, kg_extraction **x, kg_extract_json_pool *pool,
                         const char *line, size_t len, kg_error *err);

#endif
