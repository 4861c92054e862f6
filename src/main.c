/* main: reads the global options and dispatches to a command. */
#include "cli.h"
#include "cli_args.h"
#include "kg_config.h"

#include <stdlib.h>
#include <string.h>

static const kg_command commands[] = {
    {"alias", kg_cmd_alias, "add an alias to an entity, or remove one (a correction)",
     "kg alias (add | remove) <name> <alias>"},
    {"build", kg_cmd_build, "ingest documents, extract entities and relations into the store",
     "kg build [-j <n>] [--format <fmt>] [<path>...]"},
    {"corrections", kg_cmd_corrections, "list, export or import the corrections made by hand",
     "kg corrections [list | export [-o <file>] | import <file>]"},
    {"documents", kg_cmd_documents, "list the stored documents, or their near-duplicates",
     "kg documents [--duplicates] [--json]"},
    {"export", kg_cmd_export, "write the graph as graphml, json, cytoscape, gexf, gexf1.3, html or csv",
     "kg export <format> [-o <file>]"},
    {"extract", kg_cmd_extract, "the map step: documents in, one JSON line each out (no store)",
     "kg extract [<path>...]"},
    {"ignore", kg_cmd_ignore, "delete an entity and keep its name out of the graph",
     "kg ignore <name>"},
    {"load", kg_cmd_load, "the reduce step: kg extract's lines into the store",
     "kg load [<file>...]"},
    {"merge", kg_cmd_merge, "merge two entities into one (a correction)",
     "kg merge <name> <other>"},
    {"query", kg_cmd_query, "neighbors, centrality, communities, path, entity, search",
     "kg query <query> [<args>]"},
    {"report", kg_cmd_report, "an HTML page of plots beside the interactive graph view",
     "kg report [-o <dir>]"},
    {"remove", kg_cmd_remove, "remove documents and everything only they supported",
     "kg remove <path>|<id>..."},
    {"rename", kg_cmd_rename, "give an entity another canonical name", "kg rename <name> <new>"},
    {"retype", kg_cmd_retype, "give an entity another type", "kg retype <name> <type>"},
    {"split", kg_cmd_split, "split part of an entity off, by alias or by document",
     "kg split <name> (--alias <alias> | --document <doc>...) [--as <new>]"},
    {"stats", kg_cmd_stats, "documents, entities per type, edges per type", "kg stats [--json]"},
    {NULL, NULL, NULL, NULL},
};

static void usage(FILE *out)
{
    fputs("usage: kg [--db <path>] [--data-dir <dir>] [-q] <command> [<args>]\n"
          "       kg -V | --version | -h | --help | help [<command> [<query>]]\n\n"
          "kg builds a knowledge graph of people, organisations, parties, places and events\n"
          "from news articles (text, HTML, RSS/Atom, JSON lines), with the sentence behind\n"
          "every edge, and answers questions about it.\n\ncommands:\n",
          out);
    kg_cli_print_commands(out, commands);
    fprintf(out, "   %-12s %s\n", "help", "this help, or a command's: kg help <command> [<query>]");
    fputs("\noptions:\n"
          "  --db <path>        the store (default $KG_DB, else ./kg.db); before or after the\n"
          "                     command\n"
          "  --data-dir <dir>   the lexicons extraction reads (default $KG_DATA_DIR, else the\n"
          "                     installed ones)\n"
          "  -q, --quiet        no notes or progress on stderr (errors are still printed)\n"
          "  -V, --version      print kg's version\n"
          "  -h, --help         print this help\n"
          "\nenvironment:\n"
          "  KG_DB              the store when --db is not given\n"
          "  KG_DATA_DIR        the lexicon folder when --data-dir is not given\n"
          "  COLUMNS            the width tables fit (default: the terminal's, else 80)\n"
          "  KG_DEBUG_TYPING    1: kg build prints the evidence behind each name's type\n"
          "\nExit status: 0 ok, 1 runtime error, 2 usage error. 'kg help <command>' for more.\n",
          out);
}

/* The command names (and help) for suggestions, NULL-terminated. */
static const char *const command_names[] = {"build", "export", "query", "stats", "help", NULL};

/* `kg help [<command> [<query>]]`: the command's own --help. */
static int help_command(int argc, char **argv, const kg_cli *cli)
{
    if (argc < 2) {
        usage(stdout);
        return KG_EXIT_OK;
    }
    if (strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return KG_EXIT_OK;
    }
    const kg_command *c = kg_cli_find(commands, argv[1]);
    if (!c)
        return kg_cli_unknown_word("command", argv[1], command_names, 0, NULL);
    char help_flag[] = "--help";
    char *args[4] = {argv[1], NULL, NULL, NULL};
    int n = 1;
    if (argc > 2 && strcmp(argv[1], "query") == 0)
        args[n++] = argv[2];
    else if (argc > 2)
        return kg_cli_usage_error("kg help [<command> [<query>]]", "unexpected argument '%s'",
                                  argv[2]);
    args[n++] = help_flag;
    return c->fn(n, args, cli);
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
        } else if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
            printf("kg %s\n", KG_VERSION);
            return kg_cli_finish(KG_EXIT_OK);
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            cli.quiet = 1;
        } else {
            static const char *const global[] = {"--db",      "--data-dir", "--quiet",
                                                 "--version", "--help",     NULL};
            if (strncmp(argv[i], "--", 2) == 0)
                return kg_cli_unknown_word("option", argv[i], global, 0,
                                           "kg [--db <path>] [--data-dir <dir>] [-q] <command>");
            return kg_cli_usage_error("kg [--db <path>] [--data-dir <dir>] [-q] <command>",
                                      "unknown option '%s'", argv[i]);
        }
    }
    if (i >= argc) {
        usage(stderr);
        return KG_EXIT_USAGE;
    }
    if (strcmp(argv[i], "help") == 0)
        return kg_cli_finish(help_command(argc - i, argv + i, &cli));
    const kg_command *c = kg_cli_find(commands, argv[i]);
    if (!c)
        return kg_cli_unknown_word("command", argv[i], command_names, 0, NULL);
    return kg_cli_finish(c->fn(argc - i, argv + i, &cli));
}
