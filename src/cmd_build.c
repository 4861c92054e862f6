/* cmd_build: `kg build`: ingest documents, extract, resolve and store them. Documents
 * already in the store (same content hash) are skipped; a bad input is reported on one line
 * and the others are still built; the exit status is then 1. One transaction per batch. */
#include "cli.h"
#include "extract/kg_extract.h"
#include "extract/kg_lexicon.h"
#include "ingest/kg_ingest.h"
#include "resolve/kg_resolve.h"
#include "store/kg_store.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define SYNOPSIS "kg build [--format auto|text|html|feed|jsonl] <path>..."
#define BATCH 512

typedef struct build {
    kg_store *st;
    kg_lexicon *lx;
    size_t added;
    size_t skipped;
    size_t in_batch;
    int progress;
    size_t entities_before;
} build;

static int on_document(kg_document *doc, void *ctx, kg_error *err)
{
    build *b = ctx;
    int rc = kg_store_has_document(b->st, doc->id, err);
    if (rc < 0)
        goto done;
    if (rc == 1) {
        b->skipped++;
        rc = KG_OK;
        goto done;
    }
    kg_extraction *x = NULL;
    rc = kg_extract_document(&x, b->lx, doc, err);
    if (rc != KG_OK)
        goto done;
    if (b->in_batch == 0)
        rc = kg_store_begin(b->st, err);
    if (rc == KG_OK)
        rc = kg_resolve_into_store(b->st, x, err);
    kg_extraction_free(x);
    if (rc != KG_OK) {
        kg_store_rollback(b->st);
        b->in_batch = 0;
        goto done;
    }
    b->added++;
    if (++b->in_batch >= BATCH) {
        rc = kg_store_commit(b->st, err);
        b->in_batch = 0;
    }
    if (b->progress)
        fprintf(stderr, "\rkg: %zu documents added, %zu unchanged", b->added, b->skipped);
done:
    kg_document_free(doc);
    return rc;
}

static void on_error(const kg_error *problem, void *ctx)
{
    build *b = ctx;
    if (b->progress)
        fputc('\n', stderr);
    fprintf(stderr, "kg: %s\n", problem->msg);
}

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "Reads documents and adds their entities and relations to the store.\n"
           "A path is a file, a directory (read recursively, in name order) or '-' for\n"
           "standard input. Formats are detected by extension and content: .txt (the first\n"
           "line is the title), .html, .rss/.atom/.xml feeds, .jsonl (one object a line with\n"
           "\"text\" and optional \"id\", \"title\", \"date\", \"source\").\n"
           "Documents already in the store are skipped (their id is the hash of the text).\n\n"
           "  -f, --format <fmt>  read every input as this format (default auto)\n"
           "  -h, --help          show this help\n\n"
           "Exit status: 0 when every input was read, 1 when an input was bad (the others are\n"
           "still built) or the store failed, 2 on a usage error.\n");
}

int kg_cmd_build(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {
        {"format", required_argument, NULL, 'f'}, {"help", no_argument, NULL, 'h'}, {0}};
    kg_format format = KG_FORMAT_AUTO;
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
    b.progress = !cli->quiet && isatty(STDERR_FILENO);
    int code = KG_EXIT_OK;
    if (kg_lexicon_load(&b.lx, cli->data_dir ? cli->data_dir : kg_lexicon_default_dir(), &err) !=
            KG_OK ||
        kg_store_open(&b.st, cli->db_path, 1, &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    kg_ingest_stats stats;
    int rc = kg_ingest_paths((const char *const *)argv + optind, (size_t)(argc - optind), format,
                             on_document, on_error, &b, &stats, &err);
    if (rc == KG_OK && b.in_batch)
        rc = kg_store_commit(b.st, &err);
    if (rc == KG_OK && b.added)
        rc = kg_store_touch_graph(b.st, &err);
    if (b.progress)
        fputc('\n', stderr);
    if (rc != KG_OK) {
        kg_store_rollback(b.st);
        code = kg_cli_fail(&err);
        goto done;
    }
    if (!cli->quiet) {
        kg_error ignored;
        fprintf(stderr,
                "kg: %zu documents added, %zu unchanged, %zu bad inputs; store '%s' holds %lld "
                "entities and %lld edges\n",
                b.added, b.skipped, stats.bad_inputs, cli->db_path,
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
