/* cli_filter: see cli_filter.h. */
#include "cli_filter.h"

#include "../queries/kg_query.h"
#include "cli.h"
#include "cli_args.h"
#include "kg_mem.h"

#include <string.h>

const char kg_cli_period_help[] =
    "  --since <date>       only the evidence of documents dated on or after <date>\n"
    "  --until <date>       ... and on or before <date> (YYYY-MM-DD, YYYY-MM or YYYY; a\n"
    "                       document dated by month or year only is in a period that\n"
    "                       holds its whole month or year; an undated one in none)\n";

const char kg_cli_filter_help[] =
    "  --edge <types>       only edges of these types (comma-separated: spoke-at,\n"
    "                       affiliated-with, discussed, located-in)\n"
    "  --min-weight <w>     only edges with at least w evidence sentences\n"
    "  --type <types>       only entities of these types (comma-separated: person,\n"
    "                       organisation, party, place, event)\n"
    "  --around <name>      only entities within --depth hops of <name>\n"
    "  --depth <n>          hops for --around (1 to 10, default 1)\n"
    "  --largest-component  only the largest connected part of what is left\n"
    "  --min-degree <k>     only entities with at least k neighbours in what is left\n";

/* Checks each comma-separated word of list against names; on the first unknown one sets err
 * (KG_EUSAGE) to one line with the nearest name and the names allowed, and returns -1. */
static int check_words(const char *option, const char *list, const char *const *names,
                       kg_error *err)
{
    for (const char *p = list; p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char word[64];
        snprintf(word, sizeof word, "%.*s", (int)(len < sizeof word ? len : sizeof word - 1), p);
        size_t k = 0;
        while (names[k] && strcmp(names[k], word) != 0)
            k++;
        if (!names[k]) {
            kg_buf b = {0};
            const char *near = kg_cli_suggest(word, names);
            if (near)
                kg_buf_printf(&b, "; did you mean '%s'?", near);
            kg_buf_puts(&b, " (expected ");
            for (size_t i = 0; names[i]; i++)
                kg_buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
            kg_buf_putc(&b, ')');
            kg_error_set(err, KG_EUSAGE, "unknown %s value '%.*s'%s", option, (int)len, p, b.data);
            kg_buf_free(&b);
            return -1;
        }
        p = comma ? comma + 1 : NULL;
    }
    return 0;
}

void kg_cli_filter_init(kg_view_filter *f)
{
    kg_view_filter_init(f);
    f->depth = 0; /* not given */
}

static int whole(unsigned long long *out, const char *option, const char *arg,
                 unsigned long long max, kg_error *err)
{
    if (kg_cli_parse_uint(arg, max, out) != 0)
        return kg_error_set(err, KG_EUSAGE, "%s takes a whole number from 0 to %llu, not '%s'",
                            option, max, arg);
    return 1;
}

int kg_cli_filter_option(kg_view_filter *f, int opt, const char *arg, kg_error *err)
{
    unsigned long long n;
    int rc;
    switch (opt) {
    case KG_OPT_SINCE:
    case KG_OPT_UNTIL:
        rc = kg_period_set(&f->period, opt == KG_OPT_UNTIL, arg,
                           opt == KG_OPT_UNTIL ? "--until" : "--since", err);
        return rc == KG_OK ? 1 : rc;
    case KG_OPT_TYPE:
        if (check_words("--type", arg, kg_cli_entity_types, err) != 0)
            return KG_EUSAGE;
        rc = kg_view_filter_add_types(&f->types, arg, err);
        return rc == KG_OK ? 1 : rc;
    case KG_OPT_EDGE:
        if (check_words("--edge", arg, kg_cli_relation_types, err) != 0)
            return KG_EUSAGE;
        rc = kg_view_filter_add_edges(&f->edges, arg, err);
        return rc == KG_OK ? 1 : rc;
    case KG_OPT_MIN_WEIGHT:
        rc = whole(&f->min_weight, "--min-weight", arg, 1000000000, err);
        return rc;
    case KG_OPT_MIN_DEGREE:
        rc = whole(&f->min_degree, "--min-degree", arg, 1000000000, err);
        return rc;
    case KG_OPT_LARGEST_COMPONENT:
        f->largest_component = 1;
        return 1;
    case KG_OPT_AROUND:
        f->around_name = arg;
        return 1;
    case KG_OPT_DEPTH:
        if (kg_cli_parse_uint(arg, 10, &n) != 0 || n < 1)
            return kg_error_set(err, KG_EUSAGE, "--depth takes 1 to 10, not '%s'", arg);
        f->depth = (unsigned)n;
        return 1;
    default:
        return 0;
    }
}

int kg_cli_filter_check(kg_view_filter *f, kg_error *err)
{
    if (f->depth && !f->around_name)
        return kg_error_set(err, KG_EUSAGE, "--depth needs --around <name>");
    if (!f->depth)
        f->depth = 1;
    return kg_period_check(&f->period, err);
}

int kg_cli_filter_resolve(kg_view_filter *f, kg_store *st, kg_error *err)
{
    if (!f->around_name)
        return KG_OK;
    return kg_query_lookup(&f->around, st, f->around_name, err);
}
