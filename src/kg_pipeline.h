/* kg_pipeline: extraction of a stream of documents on worker threads, handed on in input
 * order. The caller pushes documents one by one (from one thread: the ingest walk); N worker
 * threads extract them (kg_extract_document, with one shared lexicon loaded before they
 * start: extraction keeps no state between documents, its word sets are built under a lock
 * and ICU's transliterators are per thread, see kg_translit.h and kx_words.c); one consumer
 * thread receives each document with its extraction in the order they were pushed, so what
 * it writes does not depend on the number of threads. With one thread there are no threads:
 * kg_pipeline_push extracts and hands on at once.
 * The documents in flight are bounded (KG_PIPELINE_MAX_DOCS documents and
 * KG_PIPELINE_MAX_BYTES bytes of text, or one document of any size): push waits for room.
 * Opaque handle: kg_pipeline_new creates it, kg_pipeline_free frees it. */
#ifndef KG_PIPELINE_H
#define KG_PIPELINE_H

#include "extract/kg_extract.h"
#include "ingest/kg_document.h"

#define KG_PIPELINE_MAX_DOCS 512
#define KG_PIPELINE_MAX_BYTES (32u << 20)
#define KG_PIPELINE_MAX_THREADS 256
/* what the extraction threads add to the caller's nice value on Linux (up to 19; the
 * consumer keeps the caller's): a
 * consumer that stores documents is one thread that every worker waits on, and 2 workers
 * and it on 2 cores at equal priority gave it two thirds of a core */
#define KG_PIPELINE_WORKER_NICE 5
/* how long the consumer waits for input before it tells kg_pipeline_on_idle's function */
#define KG_PIPELINE_IDLE_MS 250

/* Receives a document, its extraction and the tag it was pushed with, in input order, and
 * owns the document and the extraction. Returns KG_OK, or
 * an error (err filled) that stops the pipeline: later documents are freed unseen. Called
 * from one thread at a time (the consumer thread, or the caller's with one thread). */
typedef int (*kg_pipeline_take_fn)(kg_document *doc, kg_extraction *x, unsigned long long tag,
                                   void *ctx, kg_error *err);

/* Told that the consumer has handed on every document pushed so far and has waited
 * KG_PIPELINE_IDLE_MS for the next (the input is slower than extraction: a pipe, a network
 * file system). Returns KG_OK, or
 * an error (err filled) that stops the pipeline. Called from the consumer thread, once per
 * such wait, never with one thread. */
typedef int (*kg_pipeline_idle_fn)(void *ctx, kg_error *err);

typedef struct kg_pipeline kg_pipeline;

/* Starts a pipeline of threads extraction threads (1..KG_PIPELINE_MAX_THREADS) over the
 * lexicon lx (borrowed: it must outlive the pipeline) into *out, handing documents to take.
 * Returns KG_OK, or KG_EUSAGE for a bad thread count, KG_EIO when a thread cannot start. */
int kg_pipeline_new(kg_pipeline **out, const kg_lexicon *lx, unsigned threads,
                    kg_pipeline_take_fn take, void *ctx, kg_error *err);

/* Sets the function told when the consumer waits for input (with take's ctx). */
void kg_pipeline_on_idle(kg_pipeline *p, kg_pipeline_idle_fn idle);

/* Queues doc (the pipeline owns it from now on) with a tag of the caller's (build: how far
 * into the input it is), waiting for room. Returns KG_OK, or the error that stopped the
 * pipeline (doc is then freed). */
int kg_pipeline_push(kg_pipeline *p, kg_document *doc, unsigned long long tag, kg_error *err);

/* Waits until every document pushed has been handed on (or dropped after an error) and the
 * threads have ended. Returns KG_OK or the first error. Call once, before kg_pipeline_free. */
int kg_pipeline_finish(kg_pipeline *p, kg_error *err);

/* Frees p (finishing it first when kg_pipeline_finish was not called). Accepts NULL. */
void kg_pipeline_free(kg_pipeline *p);

/* The number of processors online, at least 1: the default thread count. */
unsigned kg_pipeline_default_threads(void);

#endif
