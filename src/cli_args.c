/* cli_args: see cli_args.h. */
#include "cli_args.h"

#include "cli.h"
#include "kg_mem.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const kg_cli_entity_types[] = {"person", "organisation", "party",
                                           "place",  "event",        NULL};
const char *const kg_cli_relation_types[] = {"spoke-at", "affiliated-with", "discussed",
                                             "located-in", NULL};

#define EDIT_MAX 64

size_t kg_cli_edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > EDIT_MAX || m > EDIT_MAX)
        return SIZE_MAX;
    /* three rows of the dynamic programme: i-2, i-1, i */
    size_t rows[3][EDIT_MAX + 1];
    for (size_t j = 0; j <= m; j++)
        rows[1][j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t *cur = rows[(i + 1) % 3], *prev = rows[i % 3], *prev2 = rows[(i + 2) % 3];
        cur[0] = i;
        for (size_t j = 1; j <= m; j++) {
            int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
            size_t best = prev[j - 1] + (same ? 0 : 1);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 &&
                tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == tolower((unsigned char)b[j - 1]) &&
                prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
    }
    return rows[(n + 1) % 3][m];
}

const char *kg_cli_suggest(const char *word, const char *const *candidates)
{
    if (!word || !*word)
        return NULL;
    size_t len = strlen(word);
    size_t limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
    const char *best = NULL, *prefix_of = NULL;
    size_t best_d = SIZE_MAX, n_prefix = 0;
    for (size_t i = 0; candidates[i]; i++) {
        size_t d = kg_cli_edit_distance(word, candidates[i]);
        if (d < best_d) {
            best_d = d;
            best = candidates[i];
        }
        if (strncmp(candidates[i], word, len) == 0) {
            n_prefix++;
            prefix_of = candidates[i];
        }
    }
    if (best && best_d <= limit && best_d < len)
        return best;
    return n_prefix == 1 ? prefix_of : NULL;
}

int kg_cli_unknown_word(const char *what, const char *word, const char *const *candidates, int list,
                        const char *synopsis)
{
    kg_buf b = {0};
    const char *near = kg_cli_suggest(word, candidates);
    if (near)
        kg_buf_printf(&b, "; did you mean '%s'?", near);
    if (list) {
        kg_buf_puts(&b, " (expected ");
        for (size_t i = 0; candidates[i]; i++)
            kg_buf_printf(&b, "%s%s", i ? ", " : "", candidates[i]);
        kg_buf_putc(&b, ')');
    }
    kg_cli_message("unknown %s '%s'%s", what, word, b.data ? b.data : "");
    kg_buf_free(&b);
    if (synopsis)
        fprintf(stderr, "usage: %s\n", synopsis);
    return KG_EXIT_USAGE;
}

int kg_cli_parse_enum(size_t *index, const char *option, const char *value,
                      const char *const *allowed, const char *synopsis)
{
    for (size_t i = 0; allowed[i]; i++) {
        if (strcmp(allowed[i], value) == 0) {
            *index = i;
            return 0;
        }
    }
    char what[64];
    snprintf(what, sizeof what, "%s value", option);
    return kg_cli_unknown_word(what, value, allowed, 1, synopsis);
}

int kg_cli_parse_count(unsigned long long *out, const char *option, const char *value,
                       unsigned long long min, unsigned long long max, const char *synopsis)
{
    unsigned long long v;
    if (kg_cli_parse_uint(value, max, &v) == 0 && v >= min) {
        *out = v;
        return 0;
    }
    if (max >= SIZE_MAX && min == 0)
        return kg_cli_usage_error(synopsis, "%s takes a whole number (0 or more), not '%s'", option,
                                  value);
    if (max >= SIZE_MAX)
        return kg_cli_usage_error(synopsis, "%s takes a whole number of at least %llu, not '%s'",
                                  option, min, value);
    return kg_cli_usage_error(synopsis, "%s takes a whole number from %llu to %llu, not '%s'",
                              option, min, max, value);
}

void kg_cli_getopt_init(void)
{
    optind = 1;
    opterr = 0;
}

/* The long option whose flag val is c, preferring the one arg spells (a prefix of its name);
 * NULL when none. */
static const struct option *long_of(const struct option *longopts, int c, const char *arg)
{
    const struct option *any = NULL;
    for (const struct option *o = longopts; o && o->name; o++) {
        if (o->flag || o->val != c)
            continue;
        if (arg && strncmp(arg, "--", 2) == 0) {
            size_t n = strcspn(arg + 2, "=");
            if (n > 0 && strncmp(o->name, arg + 2, n) == 0)
                return o;
        }
        if (!any)
            any = o;
    }
    return any;
}

int kg_cli_option_error(int c, char **argv, const char *shortopts, const struct option *longopts,
                        const char *synopsis)
{
    const char *arg = optind > 0 ? argv[optind - 1] : NULL;
    int is_long = arg && strncmp(arg, "--", 2) == 0 && arg[2];
    if (c == ':') {
        const struct option *o = is_long ? long_of(longopts, optopt, arg) : NULL;
        if (o)
            return kg_cli_usage_error(synopsis, "option '--%s' needs a value", o->name);
        return kg_cli_usage_error(synopsis, "option '-%c' needs a value", optopt);
    }
    if (optopt != 0 && is_long) {
        const struct option *o = long_of(longopts, optopt, arg);
        if (o && o->has_arg == no_argument && strchr(arg, '='))
            return kg_cli_usage_error(synopsis, "option '--%s' takes no value", o->name);
    }
    if (optopt != 0 && !is_long) {
        if (optopt > 0 && optopt < 128 && isprint(optopt))
            return kg_cli_usage_error(synopsis, "unknown option '-%c'", optopt);
        return kg_cli_usage_error(synopsis, "unknown option");
    }
    if (!is_long)
        return kg_cli_usage_error(synopsis, "unknown option '%s'", arg ? arg : "");
    /* an unknown or ambiguous long option: suggest the closest long name */
    size_t n_long = 0;
    for (const struct option *o = longopts; o && o->name; o++)
        n_long++;
    const char **names = kg_xcalloc(n_long + 1, sizeof *names);
    char **owned = kg_xcalloc(n_long + 1, sizeof *owned);
    for (size_t i = 0; i < n_long; i++) {
        owned[i] = kg_xasprintf("--%s", longopts[i].name);
        names[i] = owned[i];
    }
    size_t n = strcspn(arg, "=");
    char *word = kg_xstrndup(arg, n);
    size_t n_prefix = 0;
    for (size_t i = 0; i < n_long; i++)
        n_prefix += strncmp(owned[i], word, n) == 0;
    int code;
    if (n_prefix > 1) {
        kg_buf b = {0};
        for (size_t i = 0; i < n_long; i++)
            if (strncmp(owned[i], word, n) == 0)
                kg_buf_printf(&b, "%s'%s'", b.data ? ", " : "", owned[i]);
        code = kg_cli_usage_error(synopsis, "option '%s' is ambiguous: %s", word, b.data);
        kg_buf_free(&b);
    } else {
        code = kg_cli_unknown_word("option", word, names, 0, synopsis);
    }
    (void)shortopts;
    free(word);
    for (size_t i = 0; i < n_long; i++)
        free(owned[i]);
    free(owned);
    free(names);
    return code;
}
