/* cmd_export: `kg export FORMAT [-o FILE]`: writes the graph with its analytics in one of
 * the exporters' formats, to stdout or a file (csv: a directory). */
#include "../exporters/kg_export.h"
#include "../graph/kg_view_load.h"
#include "cli.h"
#include "cli_args.h"
#include "cli_filter.h"
#include "kg_mem.h"
#include "kg_outfile.h"
#include "kg_path.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS                                                                                   \
    "kg export <graphml|json|cytoscape|gexf|gexf1.3|html|csv> [-o <file>] " KG_CLI_FILTER_SYNOPSIS

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\nWrites every entity and edge of the store, with aliases, "
           "attributes, evidence,\ncentrality scores and communities (Leiden, modularity).\n\n"
           "formats:\n");
    for (const kg_exporter *e = kg_export_list(); e->name; e++)
        printf("   %-10s %s\n", e->name, e->summary);
    printf("\n  -o, --output <path>  write to this file ('-': standard output, the default;\n"
           "                       csv: this directory, default kg-csv), replaced whole\n"
           "                       once the export is complete. Refused: the store (and its\n"
           "                       -wal, -shm files), any SQLite database, a file the\n"
           "                       store's documents were read from.\n"
           "  -h, --help           show this help\n\n"
           "A period limits the graph to the evidence of its documents: edges weighted by\n"
           "it, entities it mentions, scores computed on it.\n");
    fputs(kg_cli_period_help, stdout);
    fputs("\nFilters choose the part written, in this order (the scores stay those of the\n"
          "whole graph, or of the period):\n",
          stdout);
    fputs(kg_cli_filter_help, stdout);
}

/* Refuses an output that is an input of the store (a file its documents came from). */
static int check_not_input(const char *output, kg_store *st, kg_error *err)
{
    char *canon = kg_path_canonical(output);
    int rc = canon ? kg_store_is_input(st, canon, err) : 0;
    free(canon);
    if (rc == 1)
        return kg_error_set(err, KG_EIO,
                            "refusing to write the export onto '%s': documents of the store "
                            "were read from it",
                            output);
    return rc;
}

int kg_cmd_export(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                            {"help", no_argument, NULL, 'h'},
                                            KG_CLI_FILTER_OPTIONS,
                                            {0}};
    const char *output = NULL;
    kg_view_filter filter;
    kg_cli_filter_init(&filter);
    kg_error err;
    kg_error_clear(&err);
    kg_cli_getopt_init();
    int c;
    while ((c = getopt_long(argc, argv, ":o:h", options, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'h':
            help();
            return KG_EXIT_OK;
        default:
            switch (kg_cli_filter_option(&filter, c, optarg, &err)) {
            case 1:
                break;
            case 0:
                return kg_cli_option_error(c, argv, ":o:h", options, SYNOPSIS);
            default:
                return kg_cli_fail(&err); /* one line: what is wrong with which value */
            }
        }
    }
    if (kg_cli_filter_check(&filter, &err) != KG_OK)
        return kg_cli_fail(&err);
    if (optind + 1 != argc)
        return kg_cli_usage_error(SYNOPSIS, "name exactly one format");
    const kg_exporter *ex = kg_export_find(argv[optind]);
    if (!ex) {
        const char *names[32];
        size_t n = 0;
        for (const kg_exporter *e = kg_export_list(); e->name && n + 1 < 32; e++)
            names[n++] = e->name;
        names[n] = NULL;
        return kg_cli_unknown_word("format", argv[optind], names, 1, SYNOPSIS);
    }
    if (output && strcmp(output, "-") == 0) {
        if (ex->write_dir)
            return kg_cli_usage_error(SYNOPSIS,
                                      "%s writes a directory of files; '-o -' (standard output) "
                                      "works only for single-file formats",
                                      ex->name);
        output = NULL;
    }
    /* refused before the graph is loaded: the store, an SQLite database, a folder */
    if (output && (ex->write_dir ? kg_outfile_check_store(output, cli->db_path, "the export", &err)
                                 : kg_outfile_check(output, cli->db_path, "the export", &err)))
        return kg_cli_fail(&err);
    kg_store *st = NULL;
    kg_view *v = NULL;
    int code = KG_EXIT_OK;
    kg_analytics_options opts;
    kg_analytics_options_init(&opts);
    filter.doc_dates = strncmp(ex->name, "gexf", 4) == 0; /* spells; the others skip the cost */
    if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK ||
        (output && !ex->write_dir && check_not_input(output, st, &err) != KG_OK) ||
        kg_cli_filter_resolve(&filter, st, &err) != KG_OK ||
        kg_view_load_filtered(&v, st, &opts, &filter, NULL, &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    if (v->cutoff > 0 && !cli->quiet)
        fprintf(stderr,
                "kg: betweenness, closeness and harmonic count paths of up to %d hops only (the "
                "graph has %zu nodes, more than %d)\n",
                v->cutoff, v->scored_nodes, KG_ANALYTICS_EXACT_LIMIT);
    int rc = KG_OK;
    if (ex->write_file == kg_export_html)
        rc = kg_export_html_prepare(v, st, &err);
    if (rc != KG_OK) {
        /* nothing written */
    } else if (ex->write_dir) {
        rc = ex->write_dir(output ? output : "kg-csv", v, &err);
    } else {
        /* a whole new file or none: written beside the target, renamed over it when done */
        kg_outfile *o = NULL;
        rc = kg_outfile_open(&o, output ? output : "-", cli->db_path, "the export", &err);
        if (rc == KG_OK)
            rc = ex->write_file(kg_outfile_stream(o), v, &err);
        if (rc == KG_OK)
            rc = kg_outfile_commit(o, &err);
        else
            kg_outfile_free(o);
    }
    if (rc != KG_OK)
        code = kg_cli_fail(&err);
done:
    kg_view_free(v);
    kg_store_close(st);
    return code;
}
