/* kg_read_text: plain UTF-8 text. The first non-blank line is the title; a date on one of
 * the next few lines (as news sites print it under the headline) is the document's date; a
 * last line "Source: <publisher>" is a credit, left out of the text. */
#include "../kg_mem.h"
#include "kg_document.h"

#include <stdlib.h>
#include <string.h>

/* A last line "Source: <publisher>" credits the text; it is not part of it. Returns the end
 * of the text without it (and without the blank lines before it), or len. */
static size_t strip_source_line(const char *data, size_t start, size_t len)
{
    size_t e = len;
    while (e > start && (data[e - 1] == '\n' || data[e - 1] == '\r' || data[e - 1] == ' '))
        e--;
    size_t b = e;
    while (b > start && data[b - 1] != '\n')
        b--;
    if (b == start || e - b > 200 || e - b < 9 || memcmp(data + b, "Source:", 7) != 0)
        return len;
    while (b > start && (data[b - 1] == '\n' || data[b - 1] == '\r' || data[b - 1] == ' '))
        b--;
    return b;
}

/* Returns a malloc'd copy of data[0..*len) with CR LF and lone CR (old Mac line ends) made
 * LF, and sets *len to its length; NULL (nothing to change) when data has no CR. */
static char *unify_line_ends(const char *data, size_t *len)
{
    if (!memchr(data, '\r', *len))
        return NULL;
    char *copy = kg_xmalloc(*len + 1);
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        if (data[i] == '\r') {
            copy[n++] = '\n';
            if (i + 1 < *len && data[i + 1] == '\n')
                i++;
        } else {
            copy[n++] = data[i];
        }
    }
    copy[n] = '\0';
    *len = n;
    return copy;
}

static int read_lines(kg_document_list *out, const char *source, const char *data, size_t len,
                      kg_error *err);

int kg_read_text(kg_document_list *out, const char *source, const char *data, size_t len,
                 kg_error *err)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
    int rc = kg_check_text(source, data, len, err);
    if (rc != KG_OK)
        return rc;
    char *unified = unify_line_ends(data, &len);
    rc = read_lines(out, source, unified ? unified : data, len, err);
    free(unified);
    return rc;
}

/* The reader proper, on text whose only line end is LF. */
static int read_lines(kg_document_list *out, const char *source, const char *data, size_t len,
                      kg_error *err)
{
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (i == len)
        return kg_error_set(err, KG_EFORMAT, "%s: empty document", source);
    const char *nl = memchr(data + i, '\n', len - i);
    size_t title_end = nl ? (size_t)(nl - data) : len;
    char *title = kg_xstrndup(data + i, title_end - i);
    size_t tl = strlen(title);
    while (tl && (title[tl - 1] == '\r' || title[tl - 1] == ' '))
        title[--tl] = '\0';
    /* date: within the first five lines after the title */
    char date[11] = "";
    size_t p = title_end, lines = 0;
    while (p < len && lines < 6) {
        const char *e = memchr(data + p, '\n', len - p);
        size_t le = e ? (size_t)(e - data) : len;
        if (le - p > 0 && le - p < 60 && kg_parse_date_partial(data + p, le - p, 0, date))
            break;
        date[0] = '\0';
        p = le + 1;
        lines++;
    }
    size_t body_end = strip_source_line(data, i, len);
    kg_document_list_push(
        out, kg_document_new(source, title, date[0] ? date : NULL, data + i, body_end - i));
    free(title);
    return KG_OK;
}
