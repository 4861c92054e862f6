/* kg_writer: stores extracted documents in the order it receives them, in batches of up to
 * KG_WRITER_BATCH documents (fewer with the environment variable KG_BATCH_DOCS=N) or
 * KG_WRITER_BATCH_BYTES bytes of text, one transaction each
 * with a new graph version (a crash between data and version would leave analytics cached
 * for the old graph served as current). A document already stored (by an earlier run, an
 * earlier line of this one, or another build meanwhile) is skipped; one whose key
 * (kg_document.h) names an older version replaces it, with everything only that version
 * supported. A streaming writer writes each document when it comes, into a transaction it
 * keeps open until the batch is full or kg_writer_idle: the same rows, but the store's work
 * is done while the next documents are extracted (on other threads), not after a whole batch
 * has been gathered; the write lock is then held while the batch is extracted too, and each
 * kg_writer_idle that commits ends a batch early (a graph version more). kg_writer_finish writes
 * the last batch and runs the end-of-run steps: every command that stores documents (build,
 * load) ends through it, so a step added there runs after each of them.
 * Opaque handle: kg_writer_new creates it, kg_writer_free frees it. */
#ifndef KG_WRITER_H
#define KG_WRITER_H

#include "extract/kg_extract.h"
#include "store/kg_store.h"

#define KG_WRITER_BATCH 2048
#define KG_WRITER_BATCH_BYTES (128u << 20)

typedef struct kg_writer kg_writer;

/* A writer into st (borrowed: it must outlive the writer), streaming or not, into *out. */
void kg_writer_new(kg_writer **out, kg_store *st, int streaming);

/* Takes doc and x (x borrows doc; the writer owns and frees both) and writes the batch when
 * it is full. Returns KG_OK or the store's error (the batch is then rolled back and
 * dropped). */
int kg_writer_add(kg_writer *w, kg_document *doc, kg_extraction *x, kg_error *err);

/* Commits what a streaming writer's open transaction holds (call it when no document is at
 * hand, so that the store's lock is not held while the input waits). Returns KG_OK or the
 * store's error (the transaction is then rolled back). A writer that is not streaming has
 * nothing open: KG_OK. */
int kg_writer_idle(kg_writer *w, kg_error *err);

/* Writes the last batch, then runs the end-of-run steps. Returns KG_OK or the error. */
int kg_writer_finish(kg_writer *w, kg_error *err);

/* Documents stored, and documents skipped because they were stored already. */
size_t kg_writer_added(const kg_writer *w);
size_t kg_writer_skipped(const kg_writer *w);
/* Older versions of documents removed because a new version came under their key. */
size_t kg_writer_replaced(const kg_writer *w);

/* Drops what is pending (unwritten: a streaming writer's open transaction is rolled back)
 * and frees w. Accepts NULL. */
void kg_writer_free(kg_writer *w);

#endif
