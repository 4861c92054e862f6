/* kg_writer: see kg_writer.h. */
#include "kg_writer.h"

#include "corrections/kg_corrections.h"
#include "kg_mem.h"
#include "resolve/kg_resolve.h"

#include <stdlib.h>
#include <string.h>

typedef struct pending {
    kg_document *doc;
    kg_extraction *x; /* borrows doc */
} pending;

struct kg_writer {
    kg_store *st;
    pending batch[KG_WRITER_BATCH];
    size_t n_pending;
    size_t limit; /* documents a transaction: KG_WRITER_BATCH, or fewer by KG_BATCH_DOCS */
    size_t pending_bytes;
    /* streaming: each document is written when it comes, into a transaction left open
     * until the batch is full (or kg_writer_idle); n_pending and pending_bytes then count
     * what the open transaction holds. Gathered batches are written through the same open
     * transaction, at once. open_*: what the open transaction did so far */
    int streaming;
    int in_transaction;
    size_t open_added, open_skipped, open_replaced;
    size_t added;
    size_t skipped;
    size_t replaced; /* older versions of a document removed for a new one */
};

void kg_writer_new(kg_writer **out, kg_store *st, int streaming)
{
    kg_writer *w = kg_xcalloc(1, sizeof *w);
    w->st = st;
    w->streaming = streaming;
    /* KG_BATCH_DOCS=N (1 to KG_WRITER_BATCH) commits every N documents: less work lost to a
     * crash and sooner visible to readers, at more commits; anything else is ignored */
    w->limit = KG_WRITER_BATCH;
    const char *env = getenv("KG_BATCH_DOCS");
    if (env && *env) {
        char *end;
        unsigned long n = strtoul(env, &end, 10);
        if (*end == '\0' && n >= 1 && n <= KG_WRITER_BATCH && env[0] != '-')
            w->limit = n;
    }
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

/* Writes one pending document: a key that names an older version drops it (with everything
 * only it supported), new content is resolved into the store, and the key is made to name
 * the document. Counts what it did in *added, *skipped and *replaced. */
static int write_one(kg_writer *w, const pending *p, size_t *added, size_t *skipped,
                     size_t *replaced, kg_error *err)
{
    const kg_document *doc = p->doc;
    char stored[65] = "";
    int known = doc->key ? kg_store_document_of_key(w->st, doc->key, stored, err) : 0;
    if (known < 0)
        return known;
    if (known == 1 && strcmp(stored, doc->id) == 0) {
        (*skipped)++; /* another build stored it meanwhile */
        return KG_OK;
    }
    int has = kg_store_has_document(w->st, doc->id, err);
    if (has < 0)
        return has;
    int rc = KG_OK;
    if (known == 1) {
        int removed = 0;
        rc = kg_store_drop_key(w->st, doc->key, &removed, err);
        *replaced += (size_t)removed;
    }
    if (rc == KG_OK && !has) {
        if ((rc = kg_resolve_into_store(w->st, p->x, err)) == KG_OK)
            (*added)++;
    } else if (rc == KG_OK) {
        (*skipped)++; /* an exact copy of a stored document: skipped as before, but named */
    }
    if (rc == KG_OK && doc->key)
        rc = kg_store_set_document_key(w->st, doc->key, doc->id, err);
    return rc;
}

/* Writes one document into the writer's open transaction, beginning it when none is open,
 * and counts what it did for end_transaction. */
static int write_into_transaction(kg_writer *w, const pending *p, kg_error *err)
{
    int rc = KG_OK;
    if (!w->in_transaction) {
        rc = kg_store_begin(w->st, err);
        w->in_transaction = rc == KG_OK;
    }
    if (rc == KG_OK)
        rc = write_one(w, p, &w->open_added, &w->open_skipped, &w->open_replaced, err);
    return rc;
}

/* Ends the open transaction (rc: how its writes went): a new graph version, the corrections
 * by hand again, the commit, and the counts added to the writer's; or a rollback on error.
 * Returns rc or the first error of these steps. */
static int end_transaction(kg_writer *w, int rc, kg_error *err)
{
    if (!w->in_transaction)
        return rc;
    if (rc == KG_OK && (w->open_added || w->open_replaced))
        rc = kg_store_touch_graph(w->st, err);
    /* corrections by hand apply again to what the batch added, in the same transaction, for
     * kg build and kg load alike */
    if (rc == KG_OK && w->open_added)
        rc = kg_corrections_apply(w->st, NULL, err);
    if (rc == KG_OK)
        rc = kg_store_commit(w->st, err);
    if (rc != KG_OK) {
        kg_store_rollback(w->st);
    } else {
        w->added += w->open_added;
        w->skipped += w->open_skipped;
        w->replaced += w->open_replaced;
    }
    w->in_transaction = 0;
    w->open_added = w->open_skipped = w->open_replaced = 0;
    w->n_pending = 0;
    w->pending_bytes = 0;
    return rc;
}

/* Writes the gathered documents in one transaction, together with a new graph version. */
static int write_batch(kg_writer *w, kg_error *err)
{
    if (w->n_pending == 0)
        return KG_OK;
    int rc = KG_OK;
    for (size_t i = 0; i < w->n_pending && rc == KG_OK; i++)
        rc = write_into_transaction(w, &w->batch[i], err);
    drop_pending(w);
    return end_transaction(w, rc, err);
}

/* kg_writer_add of a streaming writer: the document is written now. */
static int add_streaming(kg_writer *w, kg_document *doc, kg_extraction *x, kg_error *err)
{
    pending p = {doc, x};
    int rc = write_into_transaction(w, &p, err);
    w->n_pending++;
    w->pending_bytes += doc->text_len;
    kg_extraction_free(x);
    kg_document_free(doc);
    if (rc != KG_OK || w->n_pending >= w->limit || w->pending_bytes >= KG_WRITER_BATCH_BYTES)
        rc = end_transaction(w, rc, err);
    return rc;
}

int kg_writer_idle(kg_writer *w, kg_error *err)
{
    return w->streaming ? end_transaction(w, KG_OK, err) : KG_OK;
}

int kg_writer_add(kg_writer *w, kg_document *doc, kg_extraction *x, kg_error *err)
{
    if (w->streaming)
        return add_streaming(w, doc, x, err);
    w->batch[w->n_pending++] = (pending){doc, x};
    w->pending_bytes += doc->text_len;
    if (w->n_pending >= w->limit || w->pending_bytes >= KG_WRITER_BATCH_BYTES)
        return write_batch(w, err);
    return KG_OK;
}

int kg_writer_finish(kg_writer *w, kg_error *err)
{
    int rc = w->streaming ? end_transaction(w, KG_OK, err) : write_batch(w, err);
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

size_t kg_writer_replaced(const kg_writer *w)
{
    return w->replaced;
}

void kg_writer_free(kg_writer *w)
{
    if (!w)
        return;
    if (w->in_transaction) /* what the open transaction wrote is unwritten */
        kg_store_rollback(w->st);
    else
        drop_pending(w);
    free(w);
}
