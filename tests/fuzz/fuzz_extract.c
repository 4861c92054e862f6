/* fuzz_extract: libFuzzer harness for extraction and resolution: the input is read as a
 * text document, extracted with the source tree's lexicon, and resolved into an in-memory
 * store, which must then pass its integrity and foreign-key checks. */
#include "../../src/extract/kg_extract.h"
#include "../../src/extract/kg_lexicon.h"
#include "../../src/ingest/kg_ingest.h"
#include "../../src/resolve/kg_resolve.h"
#include "../../src/store/kg_store.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kg_lexicon *lexicon;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    kg_error err;
    if (kg_lexicon_load(&lexicon, kg_lexicon_default_dir(), &err) != KG_OK) {
        fprintf(stderr, "fuzz_extract: %s\n", err.msg);
        exit(1);
    }
    return 0;
}

static int single_text(sqlite3 *db, const char *sql, const char *want)
{
    sqlite3_stmt *s = NULL;
    int ok = sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK;
    int rc = ok ? sqlite3_step(s) : SQLITE_ERROR;
    if (want)
        ok = rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(s, 0), want) == 0;
    else
        ok = rc == SQLITE_DONE; /* no rows */
    sqlite3_finalize(s);
    return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kg_document_list docs = {0};
    kg_error err;
    kg_error_clear(&err);
    if (kg_ingest_buffer(&docs, "fuzz.txt", KG_FORMAT_TEXT, (const char *)data, size, &err) !=
        KG_OK) {
        kg_document_list_free(&docs);
        return 0;
    }
    kg_store *st = NULL;
    int rc = kg_store_open(&st, ":memory:", KG_STORE_CREATE, &err);
    assert(rc == KG_OK);
    for (size_t i = 0; i < docs.n; i++) {
        kg_extraction *x = NULL;
        if (kg_extract_document(&x, lexicon, docs.items[i], &err) != KG_OK)
            continue;
        assert(kg_store_begin(st, &err) == KG_OK);
        rc = kg_resolve_into_store(st, x, &err);
        assert(rc == KG_OK);
        assert(kg_store_commit(st, &err) == KG_OK);
        kg_extraction_free(x);
    }
    assert(single_text(kg_store_sqlite(st), "PRAGMA integrity_check", "ok"));
    assert(single_text(kg_store_sqlite(st), "PRAGMA foreign_key_check", NULL));
    kg_store_close(st);
    kg_document_list_free(&docs);
    return 0;
}
