/* kg_writer: see kg_writer.h. */
#include "kg_writer.h"

#include "corrections/kg_corrections.h"
#include "kg_mem.h"
#include "resolve/kg_resolve.h"

#include <stdlib.h>

typedef struct pending {
    kg_document *doc;
    kg_extraction *x; /* borrows doc */
} pending;

struct kg_writer {
    kg_store *st;
    pending batch[KG_WRITER_BATCH];
    size_t n_pending;
    size_t pending_bytes;
    size_t added;
    size_t skipped;
};

void kg_writer_new(kg_writer **out, kg_store *st)
{
    kg_writer *w = kg_xcalloc(1, sizeof *w);
    w->st = st;
    *out = w;
}

static void drop_pending(kg_writer *w)
{
    for (size_t i = 0; i < w->n_pending; i++) {
        kg_extraction_free(w->batch[i].x);
        kg_document_free(w->batch[i].doc);
    }
    w->n_pending = 0;
    w->pending_bytes = 0;
}

/* Writes the pending documents in one transaction, together with a new graph version. */
static int write_batch(kg_writer *w, kg_error *err)
{
    if (w->n_pending == 0)
        return KG_OK;
    size_t added = 0, skipped = 0;
    int rc = kg_store_begin(w->st, err);
    for (size_t i = 0; i < w->n_pending && rc == KG_OK; i++) {
        int has = kg_store_has_document(w->st, w->batch[i].doc->id, err);
        if (has < 0)
            rc = has;
        else if (has == 1)
            skipped++;
        else if ((rc = kg_resolve_into_store(w->st, w->batch[i].x, err)) == KG_OK)
            added++;
    }
    if (rc == KG_OK && added)
        rc = kg_store_touch_graph(w->st, err);
    /* corrections by hand apply again to what the batch added, in the same transaction, for
     * kg build and kg load alike */
    if (rc == KG_OK && added)
        rc = kg_corrections_apply(w->st, NULL, err);
    if (rc == KG_OK)
        rc = kg_store_commit(w->st, err);
    if (rc != KG_OK) {
        kg_store_rollback(w->st);
    } else {
        w->added += added;
        w->skipped += skipped;
    }
    drop_pending(w);
    return rc;
}

int kg_writer_add(kg_writer *w, kg_document *doc, kg_extraction *x, kg_error *err)
{
    w->batch[w->n_pending++] = (pending){doc, x};
    w->pending_bytes += doc->text_len;
    if (w->n_pending == KG_WRITER_BATCH || w->pending_bytes >= KG_WRITER_BATCH_BYTES)
        return write_batch(w, err);
    return KG_OK;
}

int kg_writer_finish(kg_writer *w, kg_error *err)
{
    int rc = write_batch(w, err);
    /* end-of-run steps of build and load go here */
    return rc;
}

size_t kg_writer_added(const kg_writer *w)
{
    return w->added;
}

size_t kg_writer_skipped(const kg_writer *w)
{
    return w->skipped;
}

void kg_writer_free(kg_writer *w)
{
    if (!w)
        return;
    drop_pending(w);
    free(w);
}
