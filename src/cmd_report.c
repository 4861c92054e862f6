/* cmd_report: `kg report [-o DIR]`: DIR/index.html with SVG plots of the graph and
 * DIR/graph.html, the interactive view, beside it. DIR is created when missing; a page in it
 * that kg did not write is never overwritten. */
#include "../exporters/kg_export.h"
#include "../exporters/kg_report.h"
#include "../graph/kg_view_details.h"
#include "../graph/kg_view_load.h"
#include "cli.h"
#include "cli_args.h"
#include "kg_mem.h"
#include "kg_outfile.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define SYNOPSIS "kg report [-o <dir>]"
#define VIEW_GENERATOR "<meta name=\"generator\" content=\"kg\">"

static void help(void)
{
    printf("usage: " SYNOPSIS
           "\n\nWrites a report of the graph into a folder: index.html, a page of "
           "plots (degree\ndistribution, community sizes, documents per month, the top entities "
           "of each\ntype by PageRank), drawn as SVG by kg, and graph.html, the interactive "
           "view\n(kg export html) it links to. Both open offline in any browser.\n\n"
           "  -o, --output <dir>   the folder (default kg-report), created when missing; a\n"
           "                       index.html or graph.html in it that kg did not write is\n"
           "                       refused, never overwritten\n"
           "  -h, --help           show this help\n");
}

/* Whether path may be written: it does not exist, or it is a page kg wrote (it holds mark
 * near its start). Sets err when not. */
static int may_write(const char *path, const char *mark, kg_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errno == ENOENT)
            return 1;
        kg_error_set(err, KG_EIO, "cannot read '%s': %s", path, strerror(errno));
        return 0;
    }
    char head[4096];
    size_t n = fread(head, 1, sizeof head - 1, f);
    fclose(f);
    head[n] = '\0';
    if (strstr(head, mark))
        return 1;
    kg_error_set(err, KG_EIO, "refusing to overwrite '%s': kg did not write it", path);
    return 0;
}

/* Writes path with writer as a whole new file (kg_outfile), never the store at db. */
static int write_file(const char *path, int (*writer)(FILE *, const kg_view *, kg_error *),
                      const kg_view *v, const char *db, kg_error *err)
{
    kg_outfile *o = NULL;
    int rc = kg_outfile_open(&o, path, db, "the report", err);
    if (rc == KG_OK)
        rc = writer(kg_outfile_stream(o), v, err);
    if (rc == KG_OK)
        return kg_outfile_commit(o, err);
    kg_outfile_free(o);
    return rc;
}

int kg_cmd_report(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {
        {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'}, {0}};
    const char *dir = "kg-report";
    kg_cli_getopt_init();
    int c;
    while ((c = getopt_long(argc, argv, ":o:h", options, NULL)) != -1) {
        switch (c) {
        case 'o':
            dir = optarg;
            break;
        case 'h':
            help();
            return KG_EXIT_OK;
        default:
            return kg_cli_option_error(c, argv, ":o:h", options, SYNOPSIS);
        }
    }
    if (optind != argc)
        return kg_cli_usage_error(SYNOPSIS, "unexpected argument '%s'", argv[optind]);
    if (!dir || dir[0] == '\0' || strcmp(dir, "-") == 0)
        return kg_cli_usage_error(SYNOPSIS, "the report is a folder: name one with -o");
    kg_error err;
    kg_error_clear(&err);
    char *index = kg_xasprintf("%s/index.html", dir);
    char *graph = kg_xasprintf("%s/graph.html", dir);
    kg_store *st = NULL;
    kg_view *v = NULL;
    int code = KG_EXIT_OK;
    kg_analytics_options opts;
    kg_analytics_options_init(&opts);
    struct stat sb;
    if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
        kg_error_set(&err, KG_EIO, "cannot write the report into '%s': not a folder", dir);
        code = kg_cli_fail(&err);
        goto done;
    }
    if (!may_write(index, KG_REPORT_GENERATOR, &err) || !may_write(graph, VIEW_GENERATOR, &err)) {
        code = kg_cli_fail(&err);
        goto done;
    }
    if (kg_store_open(&st, cli->db_path, KG_STORE_READ, &err) != KG_OK ||
        kg_view_load(&v, st, &opts, NULL, &err) != KG_OK ||
        kg_export_html_prepare(v, st, &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        kg_error_set(&err, KG_EIO, "cannot create '%s': %s", dir, strerror(errno));
        code = kg_cli_fail(&err);
        goto done;
    }
    if (write_file(graph, kg_export_html, v, cli->db_path, &err) != KG_OK ||
        write_file(index, kg_report_write_page, v, cli->db_path, &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    if (!cli->quiet)
        fprintf(stderr, "kg: wrote %s and %s\n", index, graph);
done:
    kg_view_free(v);
    kg_store_close(st);
    free(index);
    free(graph);
    return code;
}
