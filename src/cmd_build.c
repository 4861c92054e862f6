/* cmd_build: `kg build`: ingest documents, extract, resolve and store them. Documents
 * already in the store (same content hash) are skipped; a bad input is reported on one line
 * and the others are still built; the exit status is then 1. Documents are extracted
 * outside transactions, on -j threads (kg_pipeline), and written in input order in batches,
 * one transaction each (kg_writer), so the store does not depend on the number of threads;
 * a document whose key (kg_document.h) names an older version replaces it in the same
 * transaction; a build that finds another one writing waits for it (with a note) instead of
 * failing. */
#include "cli.h"
#include "cli_args.h"
#include "extract/kg_extract.h"
#include "extract/kg_lexicon.h"
#include "ingest/kg_ingest.h"
#include "kg_mem.h"
#include "kg_path.h"
#include "kg_pipeline.h"
#include "kg_progress.h"
#include "kg_writer.h"
#include "store/kg_store.h"

#include <getopt.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SYNOPSIS                                                                                   \
    "kg build [-j <n>] [--format auto|text|html|feed|jsonl] [--max-bytes <n>] [--force] "          \
    "<path>..."

typedef struct build {
    kg_store *st;     /* the writer's connection */
    kg_store *reader; /* where the ingest thread asks whether a document is stored: st with
                         one thread, else a connection of its own */
    kg_lexicon *lx;
    kg_writer *writer;
    kg_pipeline *pipeline;
    kg_progress *progress;
    const kg_ingest_stats *stats; /* the walk's, live */
    atomic_size_t known;          /* documents found stored before extraction */
    size_t taken;                 /* documents handed to the writer (consumer thread) */
    const kg_cli *cli;
} build;

/* The consumer: stores documents in input order. */
static int take(kg_document *doc, kg_extraction *x, unsigned long long input_pos, void *ctx,
                kg_error *err)
{
    build *b = ctx;
    int rc = kg_writer_add(b->writer, doc, x, err);
    b->taken++;
    kg_progress_update(b->progress, b->taken + atomic_load(&b->known), input_pos);
    return rc;
}

/* The input keeps the consumer waiting: commit what the writer holds, so that the store is
 * not locked while nothing is written. */
static int idle(void *ctx, kg_error *err)
{
    build *b = ctx;
    return kg_writer_idle(b->writer, err);
}

/* A document from the walk: left out when stored already (so that a re-run extracts
 * nothing), else queued for extraction. */
static int on_document(kg_document *doc, void *ctx, kg_error *err)
{
    build *b = ctx;
    /* unchanged: its key names this content already (or, without a key, it is stored) */
    char stored[65] = "";
    int rc = doc->key ? kg_store_document_of_key(b->reader, doc->key, stored, err) : 0;
    int has = rc >= 0 ? kg_store_has_document(b->reader, doc->id, err) : rc;
    if (rc < 0 || has < 0) {
        kg_document_free(doc);
        return rc < 0 ? rc : has;
    }
    if ((rc == 1 && strcmp(stored, doc->id) == 0) || (!doc->key && has)) {
        kg_document_free(doc);
        size_t known = atomic_fetch_add(&b->known, 1) + 1;
        kg_progress_update(b->progress, known, b->stats->bytes);
        return KG_OK;
    }
    return kg_pipeline_push(b->pipeline, doc, b->stats->bytes, err);
}

/* Another build holds the store's write lock: say so once per wait. */
static void on_wait(const char *path, void *ctx)
{
    build *b = ctx;
    if (b->cli->quiet)
        return;
    char *msg = kg_xasprintf("waiting for another process writing to '%s'", path);
    kg_progress_say(b->progress, msg);
    free(msg);
}

static void on_error(const kg_error *problem, void *ctx)
{
    build *b = ctx;
    kg_progress_say(b->progress, problem->msg);
}

/* A file left out on purpose (kg's own outputs inside a directory): a note, not an error,
 * and none for the store being built and its -wal and -shm files. */
static void on_skip(const char *path, const char *why, void *ctx)
{
    build *b = ctx;
    if (b->cli->quiet)
        return;
    static const char *const companions[] = {"", "-wal", "-shm", "-journal", NULL};
    for (size_t i = 0; companions[i]; i++) {
        char *p = kg_xasprintf("%s%s", b->cli->db_path, companions[i]);
        int same = kg_path_same_file(path, p);
        free(p);
        if (same)
            return;
    }
    char *msg = kg_xasprintf("%s: skipped, %s", path, why);
    kg_progress_say(b->progress, msg);
    free(msg);
}

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "Reads documents and adds their entities and relations to the store.\n"
           "A path is a file, a directory (read recursively, in name order) or '-' for\n"
           "standard input. Formats are detected by extension and content: .txt (the first\n"
           "line is the title), .html, .rss/.atom/.xml feeds, .jsonl (one object a line with\n"
           "\"text\" and optional \"id\", \"title\", \"date\", \"source\").\n"
           "A document is known by its content hash and by a stable key: the canonical path\n"
           "of its file, the \"id\" of a JSON line (else file#n), the guid or link of a feed\n"
           "item (else file#n). Unchanged documents and exact copies are skipped; a changed\n"
           "one replaces its older version, and everything only that version supported\n"
           "(mentions, evidence, edges left without evidence, entities left without\n"
           "mentions) goes. A near-duplicate of a stored document (MinHash of 3-word\n"
           "shingles) is stored but counts once as evidence ('kg documents --duplicates').\n"
           "The corrections made by hand ('kg corrections') apply again to what a build adds.\n"
           "Only regular files are read: FIFOs, sockets and devices are refused, and so are\n"
           "symbolic link loops. Inside directories, hidden files and kg's own outputs\n"
           "(.db, .db-wal, .db-shm, .graphml, .gexf, .csv, .json, README.md) are left out,\n"
           "each with a note. On a terminal a progress line shows the documents done, the\n"
           "input done of its total, the rate and the time left (not with -q).\n\n"
           "  -j, --jobs <n>         extract on n threads (default: the number of processors,\n"
           "                         here %u); documents are stored in input order, so the\n"
           "                         store is the same whatever n is. With n > 1 the\n"
           "                         extraction threads run 5 nice steps below the one\n"
           "                         thread that writes the store, which they all feed\n"
           "  -f, --format <fmt>     read every input as this format (default auto)\n"
           "      --max-bytes <n>    refuse inputs larger than n bytes (suffix K, M or G;\n"
           "                         default 64M)\n"
           "      --force            build into an existing SQLite database that is not a\n"
           "                         kg store (adds kg's tables to it)\n"
           "  -h, --help             show this help\n\n"
           "Exit status: 0 when every input was read, 1 when an input was bad (the others are\n"
           "still built) or the store failed, 2 on a usage error.\n",
           kg_pipeline_default_threads());
}

int kg_cmd_build(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {
        {"format", required_argument, NULL, 'f'}, {"max-bytes", required_argument, NULL, 'B'},
        {"force", no_argument, NULL, 'F'},        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},         {0}};
    kg_format format = KG_FORMAT_AUTO;
    unsigned long long max_bytes = KG_INGEST_DEFAULT_MAX_BYTES;
    int force = 0;
    unsigned threads = kg_pipeline_default_threads();
    kg_error err;
    kg_error_clear(&err);
    kg_cli_getopt_init();
    int c;
    while ((c = getopt_long(argc, argv, "+:f:j:h", options, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (kg_format_parse(&format, optarg, &err) != KG_OK) {
                static const char *const names[] = {"auto", "text", "html", "feed", "jsonl", NULL};
                return kg_cli_unknown_word("--format value", optarg, names, 1, SYNOPSIS);
            }
            break;
        case 'B':
            if (kg_cli_parse_size(optarg, &max_bytes) != 0)
                return kg_cli_usage_error(SYNOPSIS,
                                          "--max-bytes takes a positive number of bytes "
                                          "(suffix K, M or G), not '%s'",
                                          optarg);
            break;
        case 'F':
            force = 1;
            break;
        case 'j': {
            int jobs = kg_cli_parse_threads(optarg, KG_PIPELINE_MAX_THREADS, SYNOPSIS, &threads);
            if (jobs != KG_EXIT_OK)
                return jobs;
            break;
        }
        case 'h':
            help();
            return KG_EXIT_OK;
        default:
            return kg_cli_option_error(c, argv, "+:f:j:h", options, SYNOPSIS);
        }
    }
    if (optind >= argc)
        return kg_cli_usage_error(SYNOPSIS, "no input: name files, directories or '-'");

    build b = {0};
    b.cli = cli;
    const char *const *paths = (const char *const *)argv + optind;
    size_t n_paths = (size_t)(argc - optind);
    int progress = !cli->quiet && isatty(STDERR_FILENO);
    b.progress =
        kg_progress_new(progress, progress ? kg_ingest_measure(paths, n_paths, max_bytes) : 0);
    int code = KG_EXIT_OK;
    if (kg_lexicon_load(&b.lx, cli->data_dir ? cli->data_dir : kg_lexicon_default_dir(), &err) !=
            KG_OK ||
        kg_store_open(&b.st, cli->db_path, KG_STORE_CREATE | (force ? KG_STORE_FORCE : 0), &err) !=
            KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    b.reader = b.st;
    if (threads > 1 && kg_store_open(&b.reader, cli->db_path, KG_STORE_READ, &err) != KG_OK) {
        b.reader = NULL;
        code = kg_cli_fail(&err);
        goto done;
    }
    kg_store_on_wait(b.st, on_wait, &b);
    /* with threads, the consumer writes each document as it comes while the workers extract
     * the next ones; alone, a batch is gathered first so that the store is not locked while
     * the input is read and extracted */
    kg_writer_new(&b.writer, b.st, threads > 1);
    if (kg_pipeline_new(&b.pipeline, b.lx, threads, take, &b, &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    kg_pipeline_on_idle(b.pipeline, idle);
    kg_ingest_stats stats;
    b.stats = &stats;
    kg_ingest_options io = {format, max_bytes, on_document, on_error, on_skip, &b};
    int rc = kg_ingest_walk(&io, paths, n_paths, &stats, &err);
    kg_error perr;
    int prc = kg_pipeline_finish(b.pipeline, &perr);
    if (rc == KG_OK && prc != KG_OK) {
        rc = prc;
        err = perr;
    }
    if (rc == KG_OK)
        rc = kg_writer_finish(b.writer, &err);
    kg_progress_end(b.progress);
    if (rc != KG_OK) {
        kg_store_rollback(b.st);
        code = kg_cli_fail(&err);
        goto done;
    }
    if (!cli->quiet) {
        kg_error ignored;
        kg_cli_message(
            "%zu documents added, %zu unchanged, %zu bad inputs, %zu replaced; store "
            "'%s' holds %lld entities and %lld edges",
            kg_writer_added(b.writer), kg_writer_skipped(b.writer) + atomic_load(&b.known),
            stats.bad_inputs, kg_writer_replaced(b.writer), cli->db_path,
            kg_store_count(b.st, "entities", &ignored), kg_store_count(b.st, "edges", &ignored));
    }
    if (stats.bad_inputs)
        code = KG_EXIT_FAILURE;
done:
    kg_pipeline_free(b.pipeline);
    kg_writer_free(b.writer);
    if (b.reader != b.st)
        kg_store_close(b.reader);
    kg_store_close(b.st);
    kg_lexicon_free(b.lx);
    kg_progress_free(b.progress);
    return code;
}
