/* cli: see cli.h. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

const kg_command *kg_cli_find(const kg_command *table, const char *name)
{
    for (const kg_command *c = table; c->name; c++)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

int kg_cli_fail(const kg_error *err)
{
    fprintf(stderr, "kg: %s\n", err->msg[0] ? err->msg : "unknown error");
    return err->code == KG_EUSAGE ? KG_EXIT_USAGE : KG_EXIT_FAILURE;
}

int kg_cli_usage_error(const char *synopsis, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kg: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (synopsis)
        fprintf(stderr, "usage: %s\n", synopsis);
    return KG_EXIT_USAGE;
}

int kg_cli_finish(int code)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "kg: cannot write output: %s\n", strerror(errno));
        return KG_EXIT_FAILURE;
    }
    return code;
}

int kg_cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

void kg_cli_print_commands(FILE *out, const kg_command *table)
{
    for (const kg_command *c = table; c->name; c++)
        fprintf(out, "   %-12s %s\n", c->name, c->summary);
}
