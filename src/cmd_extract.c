/* cmd_extract: `kg extract`: the map step. Reads documents as `kg build` does and writes
 * one JSON line per document to standard output (kg_extract_json.h: metadata, text and its
 * hash, mentions with byte spans and types, relations with their evidence), in input order,
 * without a store. `kg load` stores such lines; `kg extract ... | kg load` gives the store
 * `kg build` gives. Any engine that runs a program over parts of a corpus (GNU parallel,
 * Spark's rdd.pipe, Hadoop streaming) can run it. */
#include "cli.h"
#include "extract/kg_extract.h"
#include "extract/kg_extract_json.h"
#include "extract/kg_lexicon.h"
#include "ingest/kg_ingest.h"
#include "kg_mem.h"
#include "kg_pipeline.h"
#include "kg_progress.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define SYNOPSIS                                                                                   \
    "kg extract [-j <n>] [--format auto|text|html|feed|jsonl] [--max-bytes <n>] <path>..."

typedef struct extract {
    kg_progress *progress;
    const kg_ingest_stats *stats; /* the walk's, live */
    size_t written;
    size_t bad; /* documents whose extraction has a string that is not UTF-8 */
} extract;

/* The consumer: one line per document, in input order. */
static int take(kg_document *doc, kg_extraction *x, unsigned long long input_pos, void *ctx,
                kg_error *err)
{
    extract *e = ctx;
    kg_error problem;
    char *line = kg_extract_json_dump(x, &problem);
    int rc = KG_OK;
    if (!line) {
        e->bad++;
        kg_progress_say(e->progress, problem.msg);
    } else {
        if (fputs(line, stdout) == EOF || putchar('\n') == EOF)
            rc = kg_error_set(err, KG_EIO, "cannot write to standard output");
        free(line);
        e->written++;
    }
    kg_progress_update(e->progress, e->written + e->bad, input_pos);
    kg_extraction_free(x);
    kg_document_free(doc);
    return rc;
}

typedef struct walk_ctx {
    extract *e;
    kg_pipeline *pipeline;
} walk_ctx;

static int on_document(kg_document *doc, void *ctx, kg_error *err)
{
    walk_ctx *w = ctx;
    return kg_pipeline_push(w->pipeline, doc, w->e->stats->bytes, err);
}

static void on_error(const kg_error *problem, void *ctx)
{
    walk_ctx *w = ctx;
    kg_progress_say(w->e->progress, problem->msg);
}

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "The map step of a distributed build: reads documents as 'kg build' does (files,\n"
           "directories, '-' for standard input; same formats and limits) and writes one JSON\n"
           "line per document to standard output, in input order: its id (the SHA-256 of the\n"
           "text), source, title, date and text; its entities with their keys, aliases and\n"
           "gazetteer rows; mentions with byte spans and types; relations with the evidence\n"
           "sentence. No store is read or written. 'kg load' stores the lines, resolving\n"
           "entities across documents: 'kg extract DIR | kg load' gives the store that\n"
           "'kg build DIR' gives. Notes on kg's own outputs inside directories are left\n"
           "out.\n\n"
           "  -j, --jobs <n>         extract on n threads (default: the number of processors,\n"
           "                         here %u); the output is the same whatever n is\n"
           "  -f, --format <fmt>     read every input as this format (default auto)\n"
           "      --max-bytes <n>    refuse inputs larger than n bytes (suffix K, M or G;\n"
           "                         default 64M)\n"
           "  -h, --help             show this help\n\n"
           "Exit status: 0 when every input was read, 1 when an input was bad (the others are\n"
           "still written) or the output failed, 2 on a usage error.\n",
           kg_pipeline_default_threads());
}

int kg_cmd_extract(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {{"format", required_argument, NULL, 'f'},
                                            {"max-bytes", required_argument, NULL, 'B'},
                                            {"jobs", required_argument, NULL, 'j'},
                                            {"help", no_argument, NULL, 'h'},
                                            {0}};
    kg_format format = KG_FORMAT_AUTO;
    unsigned long long max_bytes = KG_INGEST_DEFAULT_MAX_BYTES;
    unsigned threads = kg_pipeline_default_threads();
    kg_error err;
    kg_error_clear(&err);
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+f:j:h", options, NULL)) != -1) {
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
            return kg_cli_usage_error(SYNOPSIS, "unknown option");
        }
    }
    if (optind >= argc)
        return kg_cli_usage_error(SYNOPSIS, "no input: name files, directories or '-'");

    const char *const *paths = (const char *const *)argv + optind;
    size_t n_paths = (size_t)(argc - optind);
    int show = !cli->quiet && isatty(STDERR_FILENO);
    extract e = {0};
    e.progress = kg_progress_new(show, show ? kg_ingest_measure(paths, n_paths, max_bytes) : 0);
    walk_ctx w = {&e, NULL};
    kg_lexicon *lx = NULL;
    int code = KG_EXIT_OK;
    if (kg_lexicon_load(&lx, cli->data_dir ? cli->data_dir : kg_lexicon_default_dir(), &err) !=
            KG_OK ||
        kg_pipeline_new(&w.pipeline, lx, threads, take, &e, &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    kg_ingest_stats stats;
    e.stats = &stats;
    kg_ingest_options io = {format, max_bytes, on_document, on_error, NULL, &w};
    int rc = kg_ingest_walk(&io, paths, n_paths, &stats, &err);
    kg_error perr;
    int prc = kg_pipeline_finish(w.pipeline, &perr);
    if (rc == KG_OK && prc != KG_OK) {
        rc = prc;
        err = perr;
    }
    kg_progress_end(e.progress);
    if (rc != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    if (stats.bad_inputs || e.bad)
        code = KG_EXIT_FAILURE;
done:
    kg_pipeline_free(w.pipeline);
    kg_lexicon_free(lx);
    kg_progress_free(e.progress);
    return code;
}
