/* kg_mem: allocation that aborts on exhaustion, and a growable byte buffer.
 * Every pointer these functions return belongs to the caller, who frees it with free()
 * (kg_buf's contents with kg_buf_free or by taking buf.data). */
#ifndef KG_MEM_H
#define KG_MEM_H

#include <stdarg.h>
#include <stddef.h>

void *kg_xmalloc(size_t n);
void *kg_xcalloc(size_t count, size_t size);
void *kg_xrealloc(void *p, size_t n);
/* Returns a malloc'd copy of s (NULL for NULL). */
char *kg_xstrdup(const char *s);
/* Returns a malloc'd, NUL-terminated copy of the first n bytes of s. */
char *kg_xstrndup(const char *s, size_t n);
/* Returns a malloc'd printf-formatted string. */
char *kg_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* kg_xasprintf with a va_list (the caller owns the result). */
char *kg_xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Grows an array *items of *cap elements of size elem so that it holds at least need. */
void kg_grow(void **items, size_t *cap, size_t need, size_t elem);
#define KG_GROW(arr, cap, need) kg_grow((void **)&(arr), &(cap), (need), sizeof *(arr))

/* A growable NUL-terminated byte buffer. Zero-initialise, append, then free or take data. */
typedef struct kg_buf {
    char *data;
    size_t len;
    size_t cap;
} kg_buf;

void kg_buf_append(kg_buf *b, const char *s, size_t n);
void kg_buf_puts(kg_buf *b, const char *s);
void kg_buf_putc(kg_buf *b, char c);
void kg_buf_printf(kg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void kg_buf_reset(kg_buf *b);
/* Returns the contents (never NULL) and leaves b empty; the caller frees the result. */
char *kg_buf_take(kg_buf *b);
void kg_buf_free(kg_buf *b);

#endif
