/* cmd_corrections: `kg corrections [list]`, `kg corrections export [-o <file>]` and
 * `kg corrections import <file>`: the corrections by hand stored in the store, listed, and
 * shared as a file of JSON lines (src/corrections/kg_corrections_file.c). */
#include "cli.h"
#include "corrections/kg_corrections.h"
#include "kg_mem.h"
#include "kg_outfile.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS "kg corrections [list | export [-o <file>] | import <file>]"

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\n"
           "The corrections made by hand ('kg merge', 'split', 'alias', 'retype', 'rename',\n"
           "'ignore'), which every 'kg build' applies again.\n"
           "  list                 each correction with its date, oldest first (the default)\n"
           "  export [-o <file>]   write them as JSON lines to <file> ('-' or none: standard\n"
           "                       output): one object a line with \"op\", \"name\", \"type\",\n"
           "                       \"date\" and by op \"other\" (merge), \"alias\" (alias-add,\n"
           "                       alias-remove, split), \"as\" and \"documents\" (split), \"to\"\n"
           "                       (retype, rename)\n"
           "  import <file>        add the corrections of <file> ('#' lines and blank lines\n"
           "                       skipped) and apply them, all in one transaction; those\n"
           "                       already stored are skipped, so importing twice changes\n"
           "                       nothing. A malformed line is reported with its number and\n"
           "                       nothing is imported\n"
           "Exit status: 0 done, 1 on a bad file or a store error, 2 on a usage error.\n");
}

static int list(const kg_cli *cli)
{
    kg_store *st = NULL;
    kg_error err;
    kg_correction *cs = NULL;
    size_t n = 0;
    if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK ||
        kg_corrections_list(&cs, &n, st, 0, &err) != KG_OK) {
        kg_store_close(st);
        return kg_cli_fail(&err);
    }
    kg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        kg_buf_reset(&b);
        kg_correction_describe(&b, &cs[i]);
        printf("%-20s  %s\n", cs[i].date, b.data);
    }
    if (n == 0 && !cli->quiet)
        kg_cli_message("no corrections in '%s'", cli->db_path);
    kg_buf_free(&b);
    kg_correction_list_free(cs, n);
    kg_store_close(st);
    return KG_EXIT_OK;
}

static int export(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {
        {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'}, {0}};
    const char *output = NULL;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "o:h", options, NULL)) != -1) {
        if (c == 'o') {
            output = optarg;
        } else if (c == 'h') {
            help();
            return KG_EXIT_OK;
        } else {
            return kg_cli_usage_error(SYNOPSIS, "unknown option");
        }
    }
    if (optind != argc)
        return kg_cli_usage_error(SYNOPSIS, "unexpected argument '%s'", argv[optind]);
    if (!output)
        output = "-";
    kg_store *st = NULL;
    kg_outfile *o = NULL;
    kg_error err;
    kg_error_clear(&err);
    int code = KG_EXIT_OK;
    /* a whole file or none, never the store nor an SQLite database */
    if (kg_outfile_check(output, cli->db_path, "the corrections", &err) != KG_OK ||
        kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK ||
        kg_outfile_open(&o, output, cli->db_path, "the corrections", &err) != KG_OK ||
        kg_corrections_export(kg_outfile_stream(o), st, &err) != KG_OK) {
        kg_outfile_free(o);
        code = kg_cli_fail(&err);
    } else if (kg_outfile_commit(o, &err) != KG_OK) {
        code = kg_cli_fail(&err);
    }
    kg_store_close(st);
    return code;
}

static int import(int argc, char **argv, const kg_cli *cli)
{
    if (argc != 2 || !argv[1][0])
        return kg_cli_usage_error(SYNOPSIS, "import takes one file");
    kg_store *st = NULL;
    kg_error err;
    size_t added = 0;
    long long changes = 0;
    if (kg_store_open(&st, cli->db_path, KG_STORE_OPEN, &err) != KG_OK ||
        kg_corrections_import(st, argv[1], &added, &changes, &err) != KG_OK) {
        kg_store_close(st);
        return kg_cli_fail(&err);
    }
    kg_store_close(st);
    printf("%zu corrections imported, %lld changes to the graph\n", added, changes);
    return KG_EXIT_OK;
}

int kg_cmd_corrections(int argc, char **argv, const kg_cli *cli)
{
    for (int i = 1; i < argc; i++)
        if (kg_cli_is_help(argv[i])) {
            help();
            return KG_EXIT_OK;
        }
    if (argc < 2 || strcmp(argv[1], "list") == 0) {
        if (argc > 2)
            return kg_cli_usage_error(SYNOPSIS, "unexpected argument '%s'", argv[2]);
        return list(cli);
    }
    if (strcmp(argv[1], "export") == 0)
        return export(argc - 1, argv + 1, cli);
    if (strcmp(argv[1], "import") == 0)
        return import(argc - 1, argv + 1, cli);
    return kg_cli_usage_error(SYNOPSIS, "unknown action '%s' (list, export or import)", argv[1]);
}
