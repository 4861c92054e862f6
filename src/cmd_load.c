/* cmd_load: `kg load`: the reduce step. Reads the JSON lines `kg extract` writes (files, or
 * standard input) and stores each document as `kg build` does: entities resolved against
 * the store across documents, batches of documents one transaction each (kg_writer, which
 * build uses too, so both end the same way). A document already stored is skipped; a bad
 * line is reported on one line ("file:line: reason") and the others are still loaded; the
 * exit status is then 1. */
#include "cli.h"
#include "extract/kg_extract_json.h"
#include "ingest/kg_ingest.h"
#include "kg_mem.h"
#include "kg_progress.h"
#include "kg_writer.h"
#include "store/kg_store.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SYNOPSIS "kg load [--force] [<file>|-]..."

typedef struct load {
    kg_store *st;
    kg_writer *writer;
    kg_extract_json_pool *pool;
    kg_progress *progress;
    const kg_cli *cli;
    size_t lines; /* documents read, bad ones included */
    size_t bad;   /* bad lines and unreadable inputs */
    unsigned long long bytes;
} load;

static void say(load *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(load *l, const char *fmt, ...)
{
    char msg[KG_ERROR_MSG_MAX + 256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    kg_progress_say(l->progress, msg);
}

static void on_wait(const char *path, void *ctx)
{
    load *l = ctx;
    if (!l->cli->quiet)
        say(l, "waiting for another process writing to '%s'", path);
}

/* Bad lines reported one by one in a file; the rest are counted on one line at its end. */
#define LOAD_REPORTED_LINES 5

/* Loads every line of f (named name). A line with a NUL byte means a binary file: the rest
 * of it is skipped. Returns KG_OK, or the store's error. */
static int load_stream(load *l, FILE *f, const char *name, kg_error *err)
{
    char *line = NULL;
    size_t cap = 0, line_no = 0, bad = 0;
    ssize_t n;
    int rc = KG_OK;
    while (rc == KG_OK && (n = getline(&line, &cap, f)) >= 0) {
        line_no++;
        l->bytes += (unsigned long long)n;
        size_t len = (size_t)n;
        if (memchr(line, '\0', len)) {
            l->bad++;
            say(l, "%s:%zu: binary data, not kg extract's lines; the rest of the file is skipped",
                name, line_no);
            break;
        }
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (strspn(line, " \t") == len)
            continue; /* an empty line */
        kg_document *doc;
        kg_extraction *x;
        kg_error problem;
        l->lines++;
        if (kg_extract_json_load(&doc, &x, l->pool, line, len, &problem) != KG_OK) {
            l->bad++;
            if (++bad <= LOAD_REPORTED_LINES)
                say(l, "%s:%zu: %s", name, line_no, problem.msg);
        } else {
            rc = kg_writer_add(l->writer, doc, x, err);
        }
        kg_progress_update(l->progress, l->lines, l->bytes);
    }
    if (bad > LOAD_REPORTED_LINES)
        say(l, "%s: %zu more bad lines left out", name, bad - LOAD_REPORTED_LINES);
    if (rc == KG_OK && ferror(f)) {
        l->bad++;
        say(l, "%s: read error: %s", name, strerror(errno));
    }
    free(line);
    return rc;
}

/* Loads one named input: a regular file, or standard input for '-'. */
static int load_path(load *l, const char *path, kg_error *err)
{
    if (strcmp(path, "-") == 0) {
        int rc = load_stream(l, stdin, "-", err);
        clearerr(stdin);
        return rc;
    }
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        l->bad++;
        say(l, "%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return KG_OK;
    }
    if (!S_ISREG(st.st_mode)) {
        l->bad++;
        say(l, "%s: %s; skipped", path,
            S_ISDIR(st.st_mode) ? "a directory, not a file of kg extract's lines"
                                : "not a regular file");
        close(fd);
        return KG_OK;
    }
    FILE *f = fdopen(fd, "r");
    if (!f) {
        l->bad++;
        say(l, "%s: %s", path, strerror(errno));
        close(fd);
        return KG_OK;
    }
    int rc = load_stream(l, f, path, err);
    fclose(f);
    return rc;
}

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "The reduce step of a distributed build: reads the JSON lines 'kg extract' writes\n"
           "(files, or standard input when none is named or for '-') and stores each document\n"
           "as 'kg build' does, resolving its entities against the store across documents.\n"
           "'kg extract DIR | kg load' gives the store that 'kg build DIR' gives; lines from\n"
           "several extract runs may be concatenated in any order of the documents, which is\n"
           "the order they are stored in. Documents already in the store are skipped. A bad\n"
           "line (not JSON, not kg extract's layout, an id that is not the hash of its text,\n"
           "an index or span out of range) is reported as file:line and left out (the first\n"
           "five of a file, then their number); a binary file is skipped from its first NUL.\n\n"
           "      --force            load into an existing SQLite database that is not a\n"
           "                         kg store (adds kg's tables to it)\n"
           "  -h, --help             show this help\n\n"
           "Exit status: 0 when every line was loaded, 1 when a line or an input was bad (the\n"
           "others are still loaded) or the store failed, 2 on a usage error.\n");
}

int kg_cmd_load(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {
        {"force", no_argument, NULL, 'F'}, {"help", no_argument, NULL, 'h'}, {0}};
    int force = 0;
    kg_error err;
    kg_error_clear(&err);
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+h", options, NULL)) != -1) {
        switch (c) {
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
    static const char *const stdin_only[] = {"-"};
    const char *const *paths = (const char *const *)argv + optind;
    size_t n_paths = (size_t)(argc - optind);
    if (n_paths == 0) {
        paths = stdin_only;
        n_paths = 1;
    }
    load l = {0};
    l.cli = cli;
    int show = !cli->quiet && isatty(STDERR_FILENO);
    l.progress = kg_progress_new(show, show ? kg_ingest_measure(paths, n_paths, ~0ull) : 0);
    l.pool = kg_extract_json_pool_new();
    int code = KG_EXIT_OK;
    if (kg_store_open(&l.st, cli->db_path, KG_STORE_CREATE | (force ? KG_STORE_FORCE : 0), &err) !=
        KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    kg_store_on_wait(l.st, on_wait, &l);
    kg_writer_new(&l.writer, l.st, 0);
    int rc = KG_OK;
    for (size_t i = 0; i < n_paths && rc == KG_OK; i++)
        rc = load_path(&l, paths[i], &err);
    if (rc == KG_OK)
        rc = kg_writer_finish(l.writer, &err);
    kg_progress_end(l.progress);
    if (rc != KG_OK) {
        kg_store_rollback(l.st);
        code = kg_cli_fail(&err);
        goto done;
    }
    if (!cli->quiet) {
        kg_error ignored;
        kg_cli_message("%zu documents added, %zu unchanged, %zu bad lines or inputs, %zu "
                       "replaced; store '%s' holds %lld entities and %lld edges",
                       kg_writer_added(l.writer), kg_writer_skipped(l.writer), l.bad,
                       kg_writer_replaced(l.writer), cli->db_path,
                       kg_store_count(l.st, "entities", &ignored),
                       kg_store_count(l.st, "edges", &ignored));
    }
    if (l.bad)
        code = KG_EXIT_FAILURE;
done:
    kg_writer_free(l.writer);
    kg_store_close(l.st);
    kg_extract_json_pool_free(l.pool);
    kg_progress_free(l.progress);
    return code;
}
