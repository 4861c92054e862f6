/* cli_filter: the options every export and graph query shares to slice the graph by time
 * and filter it (graph/kg_filter.h), parsed in one place: --since, --until, --type, --edge,
 * --min-weight, --min-degree, --largest-component, --around, --depth. A command adds
 * KG_CLI_FILTER_OPTIONS (or KG_CLI_PERIOD_OPTIONS) to its getopt_long table, hands every
 * option code it does not know to kg_cli_filter_option, calls kg_cli_filter_check before
 * opening the store and kg_cli_filter_resolve after. */
#ifndef KG_CLI_FILTER_H
#define KG_CLI_FILTER_H

#include "../graph/kg_filter.h"
#include "store/kg_store.h"

#include <getopt.h>

enum {
    KG_OPT_SINCE = 0x200,
    KG_OPT_UNTIL,
    KG_OPT_TYPE,
    KG_OPT_EDGE,
    KG_OPT_MIN_WEIGHT,
    KG_OPT_MIN_DEGREE,
    KG_OPT_LARGEST_COMPONENT,
    KG_OPT_AROUND,
    KG_OPT_DEPTH,
};

#define KG_CLI_PERIOD_OPTIONS                                                                      \
    {"since", required_argument, NULL, KG_OPT_SINCE},                                              \
    {                                                                                              \
        "until", required_argument, NULL, KG_OPT_UNTIL                                             \
    }

#define KG_CLI_FILTER_OPTIONS                                                                      \
    KG_CLI_PERIOD_OPTIONS, {"type", required_argument, NULL, KG_OPT_TYPE},                         \
        {"edge", required_argument, NULL, KG_OPT_EDGE},                                            \
        {"min-weight", required_argument, NULL, KG_OPT_MIN_WEIGHT},                                \
        {"min-degree", required_argument, NULL, KG_OPT_MIN_DEGREE},                                \
        {"largest-component", no_argument, NULL, KG_OPT_LARGEST_COMPONENT},                        \
        {"around", required_argument, NULL, KG_OPT_AROUND},                                        \
    {                                                                                              \
        "depth", required_argument, NULL, KG_OPT_DEPTH                                             \
    }

#define KG_CLI_PERIOD_SYNOPSIS "[--since <date>] [--until <date>]"
#define KG_CLI_FILTER_SYNOPSIS                                                                     \
    KG_CLI_PERIOD_SYNOPSIS " [--type <types>] [--edge <types>] [--min-weight <w>] "                \
                           "[--min-degree <k>] [--largest-component] [--around <name> "            \
                           "[--depth <n>]]"

/* The help lines of the options, for a command's --help. */
extern const char kg_cli_period_help[];
extern const char kg_cli_filter_help[];

/* Sets f to no period and no filter. */
void kg_cli_filter_init(kg_view_filter *f);

/* Handles option code opt with its argument. Returns 1 when it was a filter option and its
 * value is good, 0 when opt is not a filter option, or KG_EUSAGE (err says why: an unknown
 * type or edge type, a date that does not parse, a count that is not a whole number). */
int kg_cli_filter_option(kg_view_filter *f, int opt, const char *arg, kg_error *err);

/* Checks the options together (--since after --until, --depth without --around). Returns
 * KG_OK or KG_EUSAGE. */
int kg_cli_filter_check(kg_view_filter *f, kg_error *err);

/* Finds the entity --around names in st (as every query names one). Returns KG_OK or
 * KG_ENOTFOUND with suggestions. */
int kg_cli_filter_resolve(kg_view_filter *f, kg_store *st, kg_error *err);

#endif
