/* kg_mem: see kg_mem.h. Out of memory is not recoverable in kg: report and abort. */
#include "kg_mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "kg: out of memory allocating %zu bytes\n", n);
    abort();
}

void *kg_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *kg_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(count * size);
    return p;
}

void *kg_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *kg_xstrdup(const char *s)
{
    return s ? kg_xstrndup(s, strlen(s)) : NULL;
}

char *kg_xstrndup(const char *s, size_t n)
{
    char *p = kg_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Formats into b; a first try into a stack buffer sizes the output (passing NULL to
 * vsnprintf trips gcc's -Wformat-truncation under the sanitizers). */
static void buf_vprintf(kg_buf *b, const char *fmt, va_list ap)
{
    char small[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n > 0) {
        KG_GROW(b->data, b->cap, b->len + (size_t)n + 1);
        if ((size_t)n < sizeof small)
            memcpy(b->data + b->len, small, (size_t)n + 1);
        else
            vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
}

char *kg_xasprintf(const char *fmt, ...)
{
    kg_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return kg_buf_take(&b);
}

char *kg_xvasprintf(const char *fmt, va_list ap)
{
    kg_buf b = {0};
    buf_vprintf(&b, fmt, ap);
    return kg_buf_take(&b);
}

void kg_grow(void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need)
        n *= 2;
    *items = kg_xrealloc(*items, n * elem);
    *cap = n;
}

void kg_buf_append(kg_buf *b, const char *s, size_t n)
{
    KG_GROW(b->data, b->cap, b->len + n + 1);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void kg_buf_puts(kg_buf *b, const char *s)
{
    kg_buf_append(b, s, strlen(s));
}

void kg_buf_putc(kg_buf *b, char c)
{
    kg_buf_append(b, &c, 1);
}

void kg_buf_printf(kg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void kg_buf_reset(kg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *kg_buf_take(kg_buf *b)
{
    char *s = b->data ? b->data : kg_xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void kg_buf_free(kg_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
