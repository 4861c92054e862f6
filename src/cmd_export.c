/* cmd_export: `kg export FORMAT [-o FILE]`: writes the graph with its analytics in one of
 * the exporters' formats, to stdout or a file (csv: a directory). */
#include "../exporters/kg_export.h"
#include "../graph/kg_view_load.h"
#include "cli.h"
#include "cli_args.h"
#include "cli_filter.h"
#include "kg_mem.h"
#include "kg_path.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SYNOPSIS                                                                               \
    "kg export <graphml|json|cytoscape|gexf|gexf1.3|html|csv> [-o <file>] " KG_CLI_FILTER_SYNOPSIS

static void help(void)
{
    printf("usage: " SYNOPSIS "\n\nWrites every entity and edge of the store, with aliases, "
           "attributes, evidence,\ncentrality scores and communities (Leiden, modularity).\n\n"
           "formats:\n");
    for (const kg_exporter *e = kg_export_list(); e->name; e++)
        printf("   %-10s %s\n", e->name, e->summary);
    printf("\n  -o, --output <path>  write to this file ('-': standard output, the default;\n"
           "                       csv: this directory, default kg-csv). The store itself\n"
           "                       (and its -wal, -shm files) is refused.\n"
           "  -h, --help           show this help\n\n"
           "A period limits the graph to the evidence of its documents: edges weighted by\n"
           "it, entities it mentions, scores computed on it.\n");
    fputs(kg_cli_period_help, stdout);
    fputs("\nFilters choose the part written, in this order (the scores stay those of the\n"
          "whole graph, or of the period):\n",
          stdout);
    fputs(kg_cli_filter_help, stdout);
}

/* Whether output names the store at db or one of its companion files; err says which. */
static int writes_onto_store(const char *output, const char *db, kg_error *err)
{
    static const char *const companions[] = {"", "-wal", "-shm", "-journal", NULL};
    for (size_t i = 0; companions[i]; i++) {
        char *p = kg_xasprintf("%s%s", db, companions[i]);
        int same = kg_path_same_file(output, p);
        if (same)
            kg_error_set(err, KG_EIO, "refusing to write the export onto the store: '%s' is '%s'",
                         output, p);
        free(p);
        if (same)
            return 1;
    }
    return 0;
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
    if (output && writes_onto_store(output, cli->db_path, &err))
        return kg_cli_fail(&err);
    kg_store *st = NULL;
    kg_view *v = NULL;
    int code = KG_EXIT_OK;
    kg_analytics_options opts;
    kg_analytics_options_init(&opts);
    filter.doc_dates = strncmp(ex->name, "gexf", 4) == 0; /* spells; the others skip the cost */
    if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK ||
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
    } else if (output) {
        FILE *f = fopen(output, "wb");
        if (!f) {
            kg_error_set(&err, KG_EIO, "cannot write '%s': %s", output, strerror(errno));
            code = kg_cli_fail(&err);
            goto done;
        }
        rc = ex->write_file(f, v, &err);
        if (fclose(f) != 0 && rc == KG_OK)
            rc = kg_error_set(&err, KG_EIO, "cannot write '%s'", output);
    } else {
        rc = ex->write_file(stdout, v, &err);
    }
    if (rc != KG_OK)
        code = kg_cli_fail(&err);
done:
    kg_view_free(v);
    kg_store_close(st);
    return code;
}
