/* fuzz_readers: libFuzzer harness for the document readers (kg_ingest_buffer). The first
 * byte picks the reader: 't' text, 'h' HTML, 'f' RSS/Atom, 'j' JSON lines, anything else
 * detection by content; the rest is the input. Every document a reader returns must have
 * an id, a source and NUL-free text of the length it claims. */
#include "../../src/ingest/kg_ingest.h"

#include <assert.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    kg_format format = data[0] == 't'   ? KG_FORMAT_TEXT
                       : data[0] == 'h' ? KG_FORMAT_HTML
                       : data[0] == 'f' ? KG_FORMAT_FEED
                       : data[0] == 'j' ? KG_FORMAT_JSONL
                                        : KG_FORMAT_AUTO;
    kg_document_list docs = {0};
    kg_error err;
    kg_error_clear(&err);
    kg_ingest_buffer(&docs, "fuzz", format, (const char *)data + 1, size - 1, &err);
    for (size_t i = 0; i < docs.n; i++) {
        const kg_document *d = docs.items[i];
        assert(strlen(d->id) == 64);
        assert(d->source);
        assert(strlen(d->text) == d->text_len);
    }
    kg_document_list_free(&docs);
    return 0;
}
