/* kg_escape: makes a string from outside kg (a file name, an entity name, a message that
 * quotes them) safe to print on one terminal line, as `ls -b` and git do: control
 * characters become C escapes (\n, \t, \r, \e for ESC, \xNN for the others and for DEL),
 * a backslash becomes \\, bytes that are not valid UTF-8 and C1 controls (U+0080..U+009F,
 * which terminals also obey) become \xNN per byte. Everything else, including letters
 * beyond ASCII, is kept as it is. */
#ifndef KG_ESCAPE_H
#define KG_ESCAPE_H

#include "../kg_mem.h"

#include <stdio.h>

/* Appends the escaped form of s (NUL-terminated; NULL appends nothing) to out. */
void kg_escape_append(kg_buf *out, const char *s);

/* Returns the escaped form of s as a malloc'd string the caller frees ("" for NULL). */
char *kg_escape(const char *s);

/* Writes the escaped form of s to f. */
void kg_escape_fputs(const char *s, FILE *f);

#endif
