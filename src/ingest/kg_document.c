/* kg_document: see kg_document.h. */
#include "kg_document.h"

#include "../kg_mem.h"
#include "../text/kg_sha256.h"
#include "../text/kg_utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void kg_document_free(kg_document *d)
{
    if (!d)
        return;
    free(d->source);
    free(d->key);
    free(d->title);
    free(d->date);
    free(d->text);
    free(d);
}

kg_document *kg_document_new(const char *source, const char *title, const char *date,
                             const char *text, size_t text_len)
{
    kg_document *d = kg_xcalloc(1, sizeof *d);
    d->source = kg_xstrdup(source);
    d->title = title && *title ? kg_xstrdup(title) : NULL;
    d->date = date && *date ? kg_xstrdup(date) : NULL;
    kg_buf b = {0};
    for (size_t i = 0; i < text_len; i++) {
        char c = text[i];
        if (c == '\r') {
            if (i + 1 < text_len && text[i + 1] == '\n')
                continue;
            c = '\n';
        }
        if (c == '\0')
            continue;
        kg_buf_putc(&b, c);
    }
    /* trim trailing white space so that the id does not depend on a final newline */
    while (b.len && isspace((unsigned char)b.data[b.len - 1]))
        b.data[--b.len] = '\0';
    d->text_len = b.len;
    d->text = kg_buf_take(&b);
    kg_sha256_hex(d->text, d->text_len, d->id);
    return d;
}

void kg_document_list_push(kg_document_list *l, kg_document *d)
{
    KG_GROW(l->items, l->cap, l->n + 1);
    l->items[l->n++] = d;
}

void kg_document_list_free(kg_document_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        kg_document_free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

int kg_format_parse(kg_format *out, const char *name, kg_error *err)
{
    static const struct {
        const char *name;
        kg_format f;
    } formats[] = {{"auto", KG_FORMAT_AUTO},
                   {"text", KG_FORMAT_TEXT},
                   {"html", KG_FORMAT_HTML},
                   {"feed", KG_FORMAT_FEED},
                   {"jsonl", KG_FORMAT_JSONL}};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (strcmp(name, formats[i].name) == 0) {
            *out = formats[i].f;
            return KG_OK;
        }
    return kg_error_set(err, KG_EUSAGE, "unknown format '%s' (auto, text, html, feed, jsonl)",
                        name);
}

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), m = strlen(suffix);
    return n >= m && strcasecmp(name + n - m, suffix) == 0;
}

kg_format kg_format_detect(const char *name, const char *data, size_t len)
{
    if (name) {
        if (has_suffix(name, ".html") || has_suffix(name, ".htm") || has_suffix(name, ".xhtml"))
            return KG_FORMAT_HTML;
        if (has_suffix(name, ".rss") || has_suffix(name, ".atom") || has_suffix(name, ".xml"))
            return KG_FORMAT_FEED;
        if (has_suffix(name, ".jsonl") || has_suffix(name, ".ndjson") || has_suffix(name, ".json"))
            return KG_FORMAT_JSONL;
        if (has_suffix(name, ".txt") || has_suffix(name, ".text") || has_suffix(name, ".md"))
            return KG_FORMAT_TEXT;
    }
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && isspace((unsigned char)data[i]))
        i++;
    if (i < len && data[i] == '{')
        return KG_FORMAT_JSONL;
    if (i < len && data[i] == '<') {
        size_t head = len - i < 1024 ? len - i : 1024;
        for (size_t k = i; k + 5 < i + head; k++)
            if (strncasecmp(data + k, "<rss", 4) == 0 || strncasecmp(data + k, "<feed", 5) == 0)
                return KG_FORMAT_FEED;
        return KG_FORMAT_HTML;
    }
    return KG_FORMAT_TEXT;
}

int kg_check_text(const char *source, const char *data, size_t len, kg_error *err)
{
    if (memchr(data, '\0', len))
        return kg_error_set(err, KG_EFORMAT, "%s: binary data (NUL byte at offset %zu)", source,
                            (size_t)((const char *)memchr(data, '\0', len) - data));
    size_t bad = 0;
    if (!kg_utf8_valid(data, len, &bad))
        return kg_error_set(err, KG_EFORMAT, "%s: not valid UTF-8 (byte offset %zu)", source, bad);
    return KG_OK;
}

static const char *const month_names[] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};

/* Returns the month (1-12) whose name or 3-letter abbreviation starts s[0..n), or 0. */
static int month_at(const char *s, size_t n, size_t *wlen)
{
    size_t k = 0;
    while (k < n && isalpha((unsigned char)s[k]))
        k++;
    if (k < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t ml = strlen(month_names[m]);
        if ((k == ml || (k == 3) || (k == 4 && m == 8)) && k <= ml &&
            strncasecmp(s, month_names[m], k) == 0) {
            *wlen = k;
            return m + 1;
        }
    }
    return 0;
}

static int read_int(const char *s, size_t n, size_t *i, int maxdigits)
{
    int v = 0, d = 0;
    while (*i < n && isdigit((unsigned char)s[*i]) && d < maxdigits) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        d++;
    }
    if (*i < n && isdigit((unsigned char)s[*i]))
        return -1;
    return d ? v : -1;
}

static int valid_date(int y, int m, int d)
{
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int kg_parse_date(const char *s, size_t len, char out[11])
{
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue;
        size_t j = i, wl = 0;
        int y = -1, m = -1, d = -1;
        if (isdigit((unsigned char)s[i])) {
            int a = read_int(s, len, &j, 4);
            if (a < 0)
                continue;
            if (j - i == 4 && j < len && (s[j] == '-' || s[j] == '/')) { /* 2023-03-19 */
                j++;
                m = read_int(s, len, &j, 2);
                if (j < len && (s[j] == '-' || s[j] == '/')) {
                    j++;
                    d = read_int(s, len, &j, 2);
                    y = a;
                }
            } else if (j - i <= 2 && j < len && s[j] == '.') { /* 19.03.2023 */
                j++;
                m = read_int(s, len, &j, 2);
                if (j < len && s[j] == '.') {
                    j++;
                    y = read_int(s, len, &j, 4);
                    d = a;
                }
            } else if (j - i <= 2) { /* 19 March 2023 */
                while (j < len && s[j] == ' ')
                    j++;
                int mm = month_at(s + j, len - j, &wl);
                if (mm) {
                    j += wl;
                    while (j < len && (s[j] == ' ' || s[j] == ',' || s[j] == '.'))
                        j++;
                    y = read_int(s, len, &j, 4);
                    m = mm, d = a;
                }
            }
        } else if (isalpha((unsigned char)s[i])) { /* March 19, 2023 */
            int mm = month_at(s + i, len - i, &wl);
            if (!mm)
                continue;
            j = i + wl;
            if (j < len && s[j] == '.')
                j++;
            while (j < len && s[j] == ' ')
                j++;
            d = read_int(s, len, &j, 2);
            while (j < len && (s[j] == ',' || s[j] == ' '))
                j++;
            y = read_int(s, len, &j, 4);
            m = mm;
        }
        if (valid_date(y, m, d)) {
            snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
            return 1;
        }
    }
    return 0;
}

/* "2023-03" or "2023/03" at i: a 4-digit year, a separator and a 1-2 digit month, not
 * followed by another separator and digit (that would be a day kg_parse_date refused). */
static int year_month_at(const char *s, size_t len, size_t i, int *y, int *m)
{
    size_t j = i;
    int a = read_int(s, len, &j, 4);
    if (a < 0 || j - i != 4 || j >= len || (s[j] != '-' && s[j] != '/'))
        return 0;
    j++;
    size_t k = j;
    int b = read_int(s, len, &j, 2);
    if (b < 0 || j == k)
        return 0;
    if (j + 1 < len && (s[j] == '-' || s[j] == '/') && isdigit((unsigned char)s[j + 1]))
        return 0;
    *y = a;
    *m = b;
    return 1;
}

/* "March 2023", "Mar. 2023", "March, 2023" at i: a month name and a 4-digit year. */
static int month_year_at(const char *s, size_t len, size_t i, int *y, int *m)
{
    size_t wl = 0;
    int mm = month_at(s + i, len - i, &wl);
    if (!mm)
        return 0;
    size_t j = i + wl;
    if (j < len && s[j] == '.')
        j++;
    if (j < len && s[j] == ',')
        j++;
    size_t sp = j;
    while (j < len && s[j] == ' ')
        j++;
    if (j == sp)
        return 0;
    size_t k = j;
    int a = read_int(s, len, &j, 4);
    if (a < 0 || j - k != 4)
        return 0;
    *y = a;
    *m = mm;
    return 1;
}

int kg_parse_date_partial(const char *s, size_t len, int whole_field, char out[11])
{
    if (kg_parse_date(s, len, out))
        return 1;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1]))
            continue;
        int y = -1, m = -1;
        if (isdigit((unsigned char)s[i]) ? year_month_at(s, len, i, &y, &m)
                                         : month_year_at(s, len, i, &y, &m)) {
            if (valid_date(y, m, 1)) {
                snprintf(out, 11, "%04d-%02d", y, m);
                return 1;
            }
        }
    }
    if (!whole_field)
        return 0;
    size_t a = 0, b = len;
    while (a < b && isspace((unsigned char)s[a]))
        a++;
    while (b > a && isspace((unsigned char)s[b - 1]))
        b--;
    size_t j = a;
    int y = read_int(s, b, &j, 4);
    if (j != b || b - a != 4 || !valid_date(y, 1, 1))
        return 0;
    snprintf(out, 11, "%04d", y);
    return 1;
}
