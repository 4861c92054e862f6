/* kg_ingest: walks input paths (files, directories recursively in name order, "-" for
 * stdin), reads each with the reader for its format and hands every document to a
 * callback. A bad input is reported through on_error and the walk goes on.
 * Nothing an input can be makes the walk hang: only regular files are read (a FIFO, socket
 * or device is refused, and opening never blocks), a directory already on the current path
 * (a symbolic link loop) is refused, and a file over the size limit is refused before it is
 * read. Inside directories, kg's own outputs (stores, exports) are left out by extension. */
#ifndef KG_INGEST_H
#define KG_INGEST_H

#include "kg_document.h"

/* Receives one document; takes ownership of it. Returns KG_OK to go on, or an error code to
 * stop the walk (err filled). */
typedef int (*kg_ingest_document_fn)(kg_document *doc, void *ctx, kg_error *err);
/* Receives a message about one bad input ("file: reason"). */
typedef void (*kg_ingest_error_fn)(const kg_error *problem, void *ctx);
/* Receives a file left out on purpose and why (a static phrase, see kg_ingest_skip_reason). */
typedef void (*kg_ingest_skip_fn)(const char *path, const char *why, void *ctx);

typedef struct kg_ingest_stats {
    size_t files;      /* inputs read */
    size_t documents;  /* documents handed to the callback */
    size_t bad_inputs; /* inputs reported through on_error */
    size_t skipped;    /* files inside directories left out as kg's own outputs */
    /* bytes of input read so far; while on_document runs, how far into the input its
     * document is (its file's bytes shared evenly among the file's documents): a progress
     * report compares it with kg_ingest_measure's total */
    unsigned long long bytes;
} kg_ingest_stats;

/* Default for the largest input kg reads (--max-bytes); larger ones are reported. */
#define KG_INGEST_DEFAULT_MAX_BYTES (64ull * 1024 * 1024)

typedef struct kg_ingest_options {
    kg_format format;
    unsigned long long max_bytes; /* largest input read; 0 means the default */
    kg_ingest_document_fn on_document;
    kg_ingest_error_fn on_error; /* a bad input ("file: reason"); may be NULL */
    kg_ingest_skip_fn on_skip;   /* a file left out on purpose; may be NULL */
    void *ctx;                   /* passed to the three callbacks */
} kg_ingest_options;

/* Walks paths[0..n) with the options o. Returns KG_OK when the walk finished (even with bad
 * inputs, which stats->bad_inputs counts), or the callback's error code when it stopped the
 * walk. */
int kg_ingest_walk(const kg_ingest_options *o, const char *const *paths, size_t n,
                   kg_ingest_stats *stats, kg_error *err);

/* The total size of the regular files kg_ingest_walk would read from paths[0..n) with the
 * size limit max_bytes (0: the default), by the same rules, reading and reporting nothing:
 * the total against which progress is reported. 0 when a path is standard input ('-'). */
unsigned long long kg_ingest_measure(const char *const *paths, size_t n,
                                     unsigned long long max_bytes);

/* kg_ingest_walk with the default size limit and no note for skipped files. */
int kg_ingest_paths(const char *const *paths, size_t n, kg_format format,
                    kg_ingest_document_fn on_document, kg_ingest_error_fn on_error, void *ctx,
                    kg_ingest_stats *stats, kg_error *err);

/* Why a file named name (no directory part) is left out when found inside a directory, or
 * NULL when it is read: a store (.db, .db-wal, .db-shm, .db-journal), an export (.graphml,
 * .gexf, .csv, node-link .json) or README.md. Extensions are matched exactly at the end of
 * the name ("notes.db.txt" is read). The reason is a static string. */
const char *kg_ingest_skip_reason(const char *name);

/* Reads one in-memory input (named source) in the given format (AUTO detects) and appends
 * its documents to out. Returns KG_OK or the reader's error. */
int kg_ingest_buffer(kg_document_list *out, const char *source, kg_format format, const char *data,
                     size_t len, kg_error *err);

#endif
