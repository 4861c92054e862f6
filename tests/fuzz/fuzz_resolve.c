/* fuzz_resolve: libFuzzer harness for resolution into a store. The in-memory store is made
 * once (LLVMFuzzerInitialize) and holds one committed base document, so that inputs resolve
 * against stored people, organisations and places. Each input is split at its first form
 * feed into up to two text documents, which are extracted and written the way a build's
 * batch writes them (skip a stored copy, resolve, touch the graph, apply corrections, flush
 * the name index) in one transaction; the store must then pass its integrity and
 * foreign-key checks and keep its name index in step with the entities, and the
 * transaction is rolled back, so that every input meets the same store. Making a store
 * with the whole schema for every input cost most of the old harness's time. */
#include "../../src/corrections/kg_corrections.h"
#include "../../src/extract/kg_extract.h"
#include "../../src/extract/kg_lexicon.h"
#include "../../src/ingest/kg_ingest.h"
#include "../../src/resolve/kg_resolve.h"
#include "../../src/store/kg_name_index.h"
#include "../../src/store/kg_store.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kg_lexicon *lexicon;
static kg_store *store;

/* The committed base: names an input can join (a surname, an acronym, a place). */
static const char base_text[] =
    "Round table on energy in Almaty\n"
    "ALMATY, 3 March 2023. Daniyar Sarsenbayev, chairman of the Kazakhstan Energy "
    "Association (KEA), spoke at the round table on energy held in Almaty. Sarsenbayev said "
    "that prices would rise. Anna Petrova of the Nur Otan party discussed the tariffs with "
    "him.\n";

static void die(const char *what, const kg_error *err)
{
    fprintf(stderr, "fuzz_resolve: %s: %s\n", what, err->msg);
    exit(1);
}

/* Writes the documents of text[0..len) like one build's batch, inside the open
 * transaction. Returns KG_OK, or the store's error. */
static int write_text(const char *text, size_t len, kg_error *err)
{
    kg_document_list docs = {0};
    if (kg_ingest_buffer(&docs, "fuzz.txt", KG_FORMAT_TEXT, text, len, err) != KG_OK) {
        kg_document_list_free(&docs);
        return KG_OK; /* not a document: nothing to write */
    }
    int rc = KG_OK;
    for (size_t i = 0; i < docs.n && rc == KG_OK; i++) {
        int has = kg_store_has_document(store, docs.items[i]->id, err);
        assert(has == 0 || has == 1);
        if (has)
            continue; /* an exact copy of a stored document, as builds skip it */
        kg_extraction *x = NULL;
        rc = kg_extract_document(&x, lexicon, docs.items[i], err);
        assert(rc == KG_OK);
        rc = kg_resolve_into_store(store, x, err);
        kg_extraction_free(x);
    }
    kg_document_list_free(&docs);
    return rc;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    kg_error err;
    kg_error_clear(&err);
    if (kg_lexicon_load(&lexicon, kg_lexicon_default_dir(), &err) != KG_OK)
        die("lexicon", &err);
    if (kg_store_open(&store, ":memory:", KG_STORE_CREATE, &err) != KG_OK)
        die("store", &err);
    if (kg_store_begin(store, &err) != KG_OK ||
        write_text(base_text, sizeof base_text - 1, &err) != KG_OK ||
        kg_store_touch_graph(store, &err) != KG_OK || kg_store_commit(store, &err) != KG_OK)
        die("base document", &err);
    return 0;
}

/* Whether sql's first row's first column is the text want (want NULL: there is no row). */
static int single_text(sqlite3 *db, const char *sql, const char *want)
{
    sqlite3_stmt *s = NULL;
    int ok = sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK;
    int rc = ok ? sqlite3_step(s) : SQLITE_ERROR;
    if (want)
        ok = rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(s, 0), want) == 0;
    else
        ok = rc == SQLITE_DONE;
    sqlite3_finalize(s);
    return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *ff = memchr(text, '\f', size);
    size_t first = ff ? (size_t)(ff - text) : size;
    kg_error err;
    kg_error_clear(&err);
    int rc = kg_store_begin(store, &err);
    assert(rc == KG_OK);
    rc = write_text(text, first, &err);
    if (rc == KG_OK && ff)
        rc = write_text(ff + 1, size - first - 1, &err);
    if (rc != KG_OK)
        fprintf(stderr, "fuzz_resolve: %s\n", err.msg);
    assert(rc == KG_OK);
    assert(kg_store_touch_graph(store, &err) == KG_OK);
    assert(kg_corrections_apply(store, NULL, &err) == KG_OK);
    /* what kg_store_commit does before COMMIT */
    sqlite3 *db = kg_store_sqlite(store);
    assert(kg_name_index_flush(db) == SQLITE_OK);
    assert(single_text(db, "PRAGMA integrity_check", "ok"));
    assert(single_text(db, "PRAGMA foreign_key_check", NULL));
    assert(single_text(db,
                       "SELECT 1 FROM entities e WHERE (SELECT names FROM name_index WHERE "
                       "rowid = e.id) IS NOT " KG_NAME_INDEX_TEXT,
                       NULL));
    kg_store_rollback(store);
    return 0;
}
