/* kg_outfile: an output file that is never seen half written. The bytes go to a new hidden
 * file beside the target (".<name>.kg-<pid>-<n>.tmp", created with O_EXCL), which is flushed,
 * fsync'ed and renamed over the target only when the writer succeeded; on failure, on
 * SIGINT, SIGTERM, SIGHUP or SIGPIPE the temporary file is removed. After a SIGKILL the
 * target is the old file or the whole new one; the temporary file it leaves is removed by the
 * next kg_outfile_open of the same target (its process no longer runs).
 * "-" is standard output. A target that exists and is not a regular file (a terminal,
 * /dev/null, a FIFO) is written directly, as rename would replace it.
 * Refused, with the target untouched: a directory, an SQLite database (a store, kg's or
 * another program's: an export never is one), and the store named by db and its -wal, -shm
 * and -journal files. */
#ifndef KG_OUTFILE_H
#define KG_OUTFILE_H

#include "kg_error.h"

#include <stdio.h>

typedef struct kg_outfile kg_outfile;

/* Returns KG_OK, or KG_EIO ("refusing to write <what> onto the store: '<path>' is '<file>'")
 * when path names the store at db or its -wal, -shm or -journal file (existing or not). */
int kg_outfile_check_store(const char *path, const char *db, const char *what, kg_error *err);

/* Checks that path may be written (see above; db may be NULL) without creating anything;
 * what names the output in messages ("the export": "refusing to write the export onto the
 * store: ..."). Returns KG_OK, or KG_EIO with a one-line reason in err. */
int kg_outfile_check(const char *path, const char *db, const char *what, kg_error *err);

/* Checks path as kg_outfile_check does and opens it for writing into *out (the caller owns
 * it and ends it with kg_outfile_commit or kg_outfile_free). Returns KG_OK, or KG_EIO (refused,
 * or the temporary file cannot be created) with *out NULL. */
int kg_outfile_open(kg_outfile **out, const char *path, const char *db, const char *what,
                    kg_error *err);

/* The stream to write to, owned by o (stdout for "-"). */
FILE *kg_outfile_stream(kg_outfile *o);

/* The path as given to kg_outfile_open, owned by o. */
const char *kg_outfile_path(const kg_outfile *o);

/* Flushes and checks the stream, fsyncs it, renames the temporary file over the target and
 * fsyncs the directory, then frees o. On failure the target is left as it was, the temporary
 * file is removed and err says why (KG_EIO). o may be NULL (KG_OK). */
int kg_outfile_commit(kg_outfile *o, kg_error *err);

/* Abandons the output: closes the stream, removes the temporary file (the target is left as
 * it was) and frees o. Accepts NULL. */
void kg_outfile_free(kg_outfile *o);

#endif
