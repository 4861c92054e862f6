/* cli: see cli.h. */
#include "cli.h"

#include "kg_mem.h"
#include "text/kg_escape.h"

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

/* Prints "kg: " and the formatted message, escaped, on one line. Messages are short: a
 * longer one is cut at KG_CLI_MESSAGE_MAX bytes. */
#define KG_CLI_MESSAGE_MAX 2048
static void vmessage(const char *fmt, va_list ap)
{
    char raw[KG_CLI_MESSAGE_MAX];
    vsnprintf(raw, sizeof raw, fmt, ap);
    kg_buf b = {0};
    kg_buf_puts(&b, "kg: ");
    kg_escape_append(&b, raw);
    kg_buf_putc(&b, '\n');
    fputs(b.data, stderr);
    kg_buf_free(&b);
}

void kg_cli_message(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
}

int kg_cli_fail(const kg_error *err)
{
    kg_cli_message("%s", err->msg[0] ? err->msg : "unknown error");
    return err->code == KG_EUSAGE ? KG_EXIT_USAGE : KG_EXIT_FAILURE;
}

int kg_cli_usage_error(const char *synopsis, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
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

int kg_cli_parse_uint(const char *s, unsigned long long max, unsigned long long *out)
{
    if (!s || !*s)
        return -1;
    unsigned long long v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        unsigned d = (unsigned)(*p - '0');
        if (d > max || v > (max - d) / 10) /* d > max: max - d would wrap */
            return -1;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

int kg_cli_parse_threads(const char *s, unsigned max, const char *synopsis, unsigned *out)
{
    unsigned long long n;
    if (kg_cli_parse_uint(s, max, &n) != 0 || n == 0)
        return kg_cli_usage_error(synopsis, "-j takes a number of threads from 1 to %u, not '%s'",
                                  max, s);
    *out = (unsigned)n;
    return KG_EXIT_OK;
}

int kg_cli_parse_size(const char *s, unsigned long long *out)
{
    if (!s)
        return -1;
    size_t n = strlen(s);
    unsigned shift = 0;
    if (n > 1) {
        switch (s[n - 1]) {
        case 'k':
        case 'K':
            shift = 10;
            break;
        case 'm':
        case 'M':
            shift = 20;
            break;
        case 'g':
        case 'G':
            shift = 30;
            break;
        default:
            break;
        }
    }
    char digits[32];
    size_t nd = shift ? n - 1 : n;
    if (nd == 0 || nd >= sizeof digits)
        return -1;
    memcpy(digits, s, nd);
    digits[nd] = '\0';
    unsigned long long v;
    if (kg_cli_parse_uint(digits, ~0ull >> shift, &v) != 0 || v == 0)
        return -1;
    *out = v << shift;
    return 0;
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
