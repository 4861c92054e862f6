/* cmd_build: `kg build`: ingest documents, extract, resolve and store them. Documents
 * already in the store (same content hash) are skipped; a bad input is reported on one line
 * and the others are still built; the exit status is then 1. Documents are extracted
 * outside transactions and written in batches, one transaction each; a document whose key
 * (kg_document.h) names an older version replaces it in the same transaction; a build that finds
 * another one writing waits for it (with a note) instead of failing. */
#include "cli.h"
#include "extract/kg_extract.h"
#include "extract/kg_lexicon.h"
#include "ingest/kg_ingest.h"
#include "kg_mem.h"
#include "kg_path.h"
#include "resolve/kg_resolve.h"
#include "store/kg_store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SYNOPSIS                                                                                   \
    "kg build [--format auto|text|html|feed|jsonl] [--max-bytes <n>] [--force] <path>..."
#define BATCH 512

/* Documents extracted and waiting to be written: extraction runs outside transactions, so
 * that the write lock is held only while a batch is written (another build waits less). */
typedef struct pending {
    kg_document *doc;
    kg_extraction *x; /* borrows doc; NULL when the content was stored already */
} pending;

typedef struct build {
    kg_store *st;
    kg_lexicon *lx;
    size_t added;
    size_t skipped;
    size_t replaced; /* older versions of a document removed for a new one */
    pending batch[BATCH];
    size_t n_pending;
    size_t pending_bytes;
    int progress;
    const kg_cli *cli;
} build;

static void drop_pending(build *b)
{
    for (size_t i = 0; i < b->n_pending; i++) {
        kg_extraction_free(b->batch[i].x);
        kg_document_free(b->batch[i].doc);
    }
    b->n_pending = 0;
    b->pending_bytes = 0;
}

/* Writes one pending document: a key that names an older version drops it (with everything
 * only it supported), new content is resolved into the store, and the key is made to name
 * the document. Counts what it did in *added, *skipped and *replaced. */
static int write_one(build *b, pending *p, size_t *added, size_t *skipped, size_t *replaced,
                     kg_error *err)
{
    kg_document *doc = p->doc;
    char stored[65] = "";
    int known = doc->key ? kg_store_document_of_key(b->st, doc->key, stored, err) : 0;
    if (known < 0)
        return known;
    if (known == 1 && strcmp(stored, doc->id) == 0) {
        (*skipped)++; /* another build stored it meanwhile */
        return KG_OK;
    }
    int has = kg_store_has_document(b->st, doc->id, err);
    if (has < 0)
        return has;
    int rc = KG_OK;
    if (known == 1) {
        int removed = 0;
        rc = kg_store_drop_key(b->st, doc->key, &removed, err);
        *replaced += (size_t)removed;
    }
    if (rc == KG_OK && !has) {
        /* content that was stored when it was read, and was removed since (by an earlier
         * document of this batch replacing it), is extracted now */
        if (!p->x)
            rc = kg_extract_document(&p->x, b->lx, doc, err);
        if (rc == KG_OK)
            rc = kg_resolve_into_store(b->st, p->x, err);
        if (rc == KG_OK)
            (*added)++;
    } else if (rc == KG_OK) {
        (*skipped)++; /* an exact copy of a stored document: skipped as before, but named */
    }
    if (rc == KG_OK && doc->key)
        rc = kg_store_set_document_key(b->st, doc->key, doc->id, err);
    return rc;
}

/* Writes the pending documents in one transaction, together with a new graph version: a
 * crash between data and version would leave analytics cached for the old graph served as
 * current. A document another build stored meanwhile is skipped. */
static int write_batch(build *b, kg_error *err)
{
    if (b->n_pending == 0)
        return KG_OK;
    size_t added = 0, skipped = 0, replaced = 0;
    int rc = kg_store_begin(b->st, err);
    for (size_t i = 0; i < b->n_pending && rc == KG_OK; i++)
        rc = write_one(b, &b->batch[i], &added, &skipped, &replaced, err);
    if (rc == KG_OK && (added || replaced))
        rc = kg_store_touch_graph(b->st, err);
    if (rc == KG_OK)
        rc = kg_store_commit(b->st, err);
    if (rc != KG_OK) {
        kg_store_rollback(b->st);
    } else {
        b->added += added;
        b->skipped += skipped;
        b->replaced += replaced;
    }
    drop_pending(b);
    if (b->progress)
        fprintf(stderr, "\rkg: %zu documents added, %zu unchanged", b->added, b->skipped);
    return rc;
}

/* A batch is written when it holds BATCH documents or this much text. */
#define BATCH_BYTES (32u << 20)

static int on_document(kg_document *doc, void *ctx, kg_error *err)
{
    build *b = ctx;
    /* unchanged: its key names this content already (or, without a key, it is stored) */
    char stored[65] = "";
    int rc = doc->key ? kg_store_document_of_key(b->st, doc->key, stored, err) : 0;
    int has = rc >= 0 ? kg_store_has_document(b->st, doc->id, err) : rc;
    if (rc < 0 || has < 0 || (rc == 1 && strcmp(stored, doc->id) == 0) || (!doc->key && has)) {
        if (rc >= 0 && has >= 0)
            b->skipped++;
        kg_document_free(doc);
        return rc < 0 ? rc : has < 0 ? has : KG_OK;
    }
    kg_extraction *x = NULL;
    if (!has && (rc = kg_extract_document(&x, b->lx, doc, err)) != KG_OK) {
        kg_document_free(doc);
        return rc;
    }
    b->batch[b->n_pending++] = (pending){doc, x};
    b->pending_bytes += doc->text_len;
    if (b->n_pending == BATCH || b->pending_bytes >= BATCH_BYTES)
        return write_batch(b, err);
    return KG_OK;
}

/* Another build holds the store's write lock: say so once per wait. */
static void on_wait(const char *path, void *ctx)
{
    build *b = ctx;
    if (b->cli->quiet)
        return;
    if (b->progress)
        fputc('\n', stderr);
    kg_cli_message("waiting for another process writing to '%s'", path);
}

static void on_error(const kg_error *problem, void *ctx)
{
    build *b = ctx;
    if (b->progress)
        fputc('\n', stderr);
    kg_cli_message("%s", problem->msg);
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
    if (b->progress)
        fputc('\n', stderr);
    kg_cli_message("%s: skipped, %s", path, why);
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
           "Only regular files are read: FIFOs, sockets and devices are refused, and so are\n"
           "symbolic link loops. Inside directories, hidden files and kg's own outputs\n"
           "(.db, .db-wal, .db-shm, .graphml, .gexf, .csv, .json, README.md) are left out,\n"
           "each with a note.\n\n"
           "  -f, --format <fmt>     read every input as this format (default auto)\n"
           "      --max-bytes <n>    refuse inputs larger than n bytes (suffix K, M or G;\n"
           "                         default 64M)\n"
           "      --force            build into an existing SQLite database that is not a\n"
           "                         kg store (adds kg's tables to it)\n"
           "  -h, --help             show this help\n\n"
           "Exit status: 0 when every input was read, 1 when an input was bad (the others are\n"
           "still built) or the store failed, 2 on a usage error.\n");
}

int kg_cmd_build(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {{"format", required_argument, NULL, 'f'},
                                            {"max-bytes", required_argument, NULL, 'B'},
                                            {"force", no_argument, NULL, 'F'},
                                            {"help", no_argument, NULL, 'h'},
                                            {0}};
    kg_format format = KG_FORMAT_AUTO;
    unsigned long long max_bytes = KG_INGEST_DEFAULT_MAX_BYTES;
    int force = 0;
    kg_error err;
    kg_error_clear(&err);
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+f:h", options, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (kg_format_parse(&format, optarg, &err) != KG_OK)
                return kg_cli_usage_error(SYNOPSIS, "%s", err.msg);
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
        case 'h':
            help();
            return KG_EXIT_OK;
        default:
            return kg_cli_usage_error(SYNOPSIS, "unknown option");
        }
    }
    if (optind >= argc)
        return kg_cli_usage_error(SYNOPSIS, "no input: name files, directories or '-'");

    build b = {0};
    b.cli = cli;
    b.progress = !cli->quiet && isatty(STDERR_FILENO);
    int code = KG_EXIT_OK;
    if (kg_lexicon_load(&b.lx, cli->data_dir ? cli->data_dir : kg_lexicon_default_dir(), &err) !=
            KG_OK ||
        kg_store_open(&b.st, cli->db_path, KG_STORE_CREATE | (force ? KG_STORE_FORCE : 0), &err) !=
            KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    kg_store_on_wait(b.st, on_wait, &b);
    kg_ingest_stats stats;
    kg_ingest_options io = {format, max_bytes, on_document, on_error, on_skip, &b};
    int rc = kg_ingest_walk(&io, (const char *const *)argv + optind, (size_t)(argc - optind),
                            &stats, &err);
    if (rc == KG_OK)
        rc = write_batch(&b, &err);
    drop_pending(&b);
    if (b.progress)
        fputc('\n', stderr);
    if (rc != KG_OK) {
        kg_store_rollback(b.st);
        code = kg_cli_fail(&err);
        goto done;
    }
    if (!cli->quiet) {
        kg_error ignored;
        kg_cli_message("%zu documents added, %zu unchanged, %zu bad inputs, %zu replaced; store "
                       "'%s' holds %lld entities and %lld edges",
                       b.added, b.skipped, stats.bad_inputs, b.replaced, cli->db_path,
                       kg_store_count(b.st, "entities", &ignored),
                       kg_store_count(b.st, "edges", &ignored));
    }
    if (stats.bad_inputs)
        code = KG_EXIT_FAILURE;
done:
    kg_store_close(b.st);
    kg_lexicon_free(b.lx);
    return code;
}
