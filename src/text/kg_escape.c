/* kg_escape: see kg_escape.h. */
#include "kg_escape.h"

#include "kg_utf8.h"

#include <stdlib.h>
#include <string.h>

/* Length of the UTF-8 sequence led by c, or 0 when c cannot lead one. */
static size_t sequence_length(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 0;
}

static void put_hex(kg_buf *out, unsigned char c)
{
    kg_buf_printf(out, "\\x%02x", c);
}

void kg_escape_append(kg_buf *out, const char *s)
{
    if (!s)
        return;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = sequence_length(c);
        if (k > 1 && i + k <= n && kg_utf8_valid(s + i, k, NULL)) {
            /* U+0080..U+009F (C2 80..C2 9F) are C1 controls, e.g. CSI */
            if (c == 0xC2 && (unsigned char)s[i + 1] <= 0x9F) {
                put_hex(out, c);
                put_hex(out, (unsigned char)s[i + 1]);
            } else {
                kg_buf_append(out, s + i, k);
            }
            i += k;
            continue;
        }
        i++;
        if (k != 1) { /* a byte that is not valid UTF-8 here */
            put_hex(out, c);
            continue;
        }
        switch (c) {
        case '\\':
            kg_buf_puts(out, "\\\\");
            break;
        case '\n':
            kg_buf_puts(out, "\\n");
            break;
        case '\r':
            kg_buf_puts(out, "\\r");
            break;
        case '\t':
            kg_buf_puts(out, "\\t");
            break;
        case 0x1B:
            kg_buf_puts(out, "\\e");
            break;
        default:
            if (c < 0x20 || c == 0x7F)
                put_hex(out, c);
            else
                kg_buf_putc(out, (char)c);
        }
    }
}

char *kg_escape(const char *s)
{
    kg_buf b = {0};
    kg_escape_append(&b, s);
    return kg_buf_take(&b);
}

void kg_escape_fputs(const char *s, FILE *f)
{
    char *e = kg_escape(s);
    fputs(e, f);
    free(e);
}
