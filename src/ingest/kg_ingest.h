/* kg_ingest: walks input paths (files, directories recursively in name order, "-" for
 * stdin), reads each with the reader for its format and hands every document to a
 * callback. A bad input is reported through on_error and the walk goes on. */
#ifndef KG_INGEST_H
#define KG_INGEST_H

#include "kg_document.h"

/* Receives one document; takes ownership of it. Returns KG_OK to go on, or an error code to
 * stop the walk (err filled). */
typedef int (*kg_ingest_document_fn)(kg_document *doc, void *ctx, kg_error *err);
/* Receives a message about one bad input ("file: reason"). */
typedef void (*kg_ingest_error_fn)(const kg_error *problem, void *ctx);

typedef struct kg_ingest_stats {
    size_t files;      /* inputs read */
    size_t documents;  /* documents handed to the callback */
    size_t bad_inputs; /* inputs reported through on_error */
} kg_ingest_stats;

/* Largest input file kg reads; larger ones are reported and skipped. */
#define KG_INGEST_MAX_FILE (256u * 1024u * 1024u)

/* Walks paths[0..n). Returns KG_OK when the walk finished (even with bad inputs, which
 * stats->bad_inputs counts), or the callback's error code when it stopped the walk. */
int kg_ingest_paths(const char *const *paths, size_t n, kg_format format,
                    kg_ingest_document_fn on_document, kg_ingest_error_fn on_error, void *ctx,
                    kg_ingest_stats *stats, kg_error *err);

/* Reads one in-memory input (named source) in the given format (AUTO detects) and appends
 * its documents to out. Returns KG_OK or the reader's error. */
int kg_ingest_buffer(kg_document_list *out, const char *source, kg_format format, const char *data,
                     size_t len, kg_error *err);

#endif
