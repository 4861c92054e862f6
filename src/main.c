/* main: reads the global options and dispatches to a command. */
#include "cli.h"
#include "kg_config.h"

#include <stdlib.h>
#include <string.h>

static const kg_command commands[] = {
    {"build", kg_cmd_build, "ingest documents, extract entities and relations into the store",
     "kg build [--format <fmt>] [<path>...]"},
    {"export", kg_cmd_export, "write the graph as graphml, json, cytoscape, gexf, html or csv",
     "kg export <format> [-o <file>]"},
    {"query", kg_cmd_query, "neighbors, centrality, communities, path, entity, search",
     "kg query <query> [<args>]"},
    {"report", kg_cmd_report, "an HTML page of plots beside the interactive graph view",
     "kg report [-o <dir>]"},
    {"stats", kg_cmd_stats, "documents, entities per type, edges per type", "kg stats [--json]"},
    {NULL, NULL, NULL, NULL},
};

static void usage(FILE *out)
{
    fputs("usage: kg [--db <path>] [--data-dir <dir>] [-q] <command> [<args>]\n"
          "       kg --version | --help\n\n"
          "kg builds a knowledge graph of people, organisations, parties, places and events\n"
          "from news articles (text, HTML, RSS/Atom, JSON lines), with the sentence behind\n"
          "every edge, and answers questions about it.\n\ncommands:\n",
          out);
    kg_cli_print_commands(out, commands);
    fputs("\nThe store is --db, else $KG_DB, else ./kg.db. 'kg <command> --help' for more.\n", out);
}

/* Takes a global option with a value (--db PATH or --db=PATH) out of argv, wherever it
 * stands, so that it works before and after the subcommand. */
static int take_option(int *argc, char **argv, const char *name, const char **value)
{
    size_t n = strlen(name);
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        int with_eq = strncmp(argv[i], name, n) == 0 && argv[i][n] == '=';
        if (strcmp(argv[i], name) != 0 && !with_eq)
            continue;
        int drop = 1;
        if (with_eq) {
            *value = argv[i] + n + 1;
        } else if (i + 1 < *argc) {
            *value = argv[i + 1];
            drop = 2;
        } else {
            return kg_cli_usage_error(NULL, "option '%s' needs a value", name);
        }
        memmove(&argv[i], &argv[i + drop], (size_t)(*argc - i - drop + 1) * sizeof *argv);
        *argc -= drop;
        i--;
    }
    return 0;
}

int main(int argc, char **argv)
{
    kg_cli cli = {0};
    const char *env = getenv("KG_DB");
    cli.db_path = env && *env ? env : "kg.db";
    if (take_option(&argc, argv, "--db", &cli.db_path) ||
        take_option(&argc, argv, "--data-dir", &cli.data_dir))
        return KG_EXIT_USAGE;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (kg_cli_is_help(argv[i])) {
            usage(stdout);
            return kg_cli_finish(KG_EXIT_OK);
        } else if (strcmp(argv[i], "--version") == 0) {
            printf("kg %s\n", KG_VERSION);
            return kg_cli_finish(KG_EXIT_OK);
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            cli.quiet = 1;
        } else {
            kg_cli_message("unknown option '%s'", argv[i]);
            usage(stderr);
            return KG_EXIT_USAGE;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return KG_EXIT_USAGE;
    }
    const kg_command *c = kg_cli_find(commands, argv[i]);
    if (!c) {
        kg_cli_message("'%s' is not a kg command; see 'kg --help'", argv[i]);
        return KG_EXIT_USAGE;
    }
    return kg_cli_finish(c->fn(argc - i, argv + i, &cli));
}
