/* cli_table: see cli_table.h. */
#include "cli_table.h"

#include "kg_mem.h"
#include "text/kg_escape.h"
#include "text/kg_utf8.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unicode/uchar.h>
#include <unistd.h>

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026, one column */

typedef struct column {
    char *header;
    kg_table_align align;
    size_t min_width;
} column;

typedef struct row {
    char **cells; /* n_cols escaped cells, NULL when not given; NULL for a note */
    char *note;   /* escaped note line, or NULL */
} row;

struct kg_table {
    size_t n_cols, indent, gap;
    column *cols;
    row *rows;
    size_t n_rows, cap_rows;
    size_t next; /* next cell of the last row */
};

size_t kg_table_terminal_width(void)
{
    const char *env = getenv("COLUMNS");
    if (env && *env) {
        char *end = NULL;
        long n = strtol(env, &end, 10);
        if (*end == '\0' && n > 0 && n <= 100000)
            return (size_t)n;
    }
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

/* Display columns of one code point: 0 for combining marks, format characters and the
 * zero-width joiners, 2 for East Asian wide and full-width characters, else 1. */
static size_t cp_width(uint32_t cp)
{
    if (cp == 0)
        return 0;
    /* ASCII, most of every table: ICU says 1 for each (controls are Cc, width neutral);
     * asking it per character was an eighth of `kg query entity` on a hub */
    if (cp < 0x80)
        return 1;
    UChar32 c = (UChar32)cp;
    int8_t cat = u_charType(c);
    if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR)
        return 0;
    if (cp >= 0x1160 && cp <= 0x11FF) /* Hangul medial vowels and final consonants */
        return 0;
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

size_t kg_table_display_width(const char *s)
{
    size_t n = strlen(s), i = 0, w = 0;
    while (i < n)
        w += cp_width(kg_utf8_next(s, n, &i));
    return w;
}

char *kg_table_fit(const char *s, size_t width)
{
    if (kg_table_display_width(s) <= width)
        return kg_xstrdup(s);
    if (width == 0)
        return kg_xstrdup("");
    size_t n = strlen(s), i = 0, w = 0, cut = 0;
    while (i < n) {
        size_t cw = cp_width(kg_utf8_next(s, n, &i));
        if (w + cw > width - 1)
            break;
        w += cw;
        cut = i;
    }
    /* combining marks that follow the last whole character stay with it */
    while (cut < n) {
        size_t j = cut;
        if (cp_width(kg_utf8_next(s, n, &j)) != 0)
            break;
        cut = j;
    }
    kg_buf b = {0};
    kg_buf_append(&b, s, cut);
    kg_buf_puts(&b, ELLIPSIS);
    return kg_buf_take(&b);
}

kg_table *kg_table_new(size_t n_cols, size_t indent, size_t gap)
{
    kg_table *t = kg_xcalloc(1, sizeof *t);
    t->n_cols = n_cols;
    t->indent = indent;
    t->gap = gap;
    t->cols = kg_xcalloc(n_cols ? n_cols : 1, sizeof *t->cols);
    return t;
}

void kg_table_free(kg_table *t)
{
    if (!t)
        return;
    for (size_t c = 0; c < t->n_cols; c++)
        free(t->cols[c].header);
    for (size_t r = 0; r < t->n_rows; r++) {
        if (t->rows[r].cells)
            for (size_t c = 0; c < t->n_cols; c++)
                free(t->rows[r].cells[c]);
        free(t->rows[r].cells);
        free(t->rows[r].note);
    }
    free(t->rows);
    free(t->cols);
    free(t);
}

void kg_table_column(kg_table *t, size_t col, const char *header, kg_table_align align,
                     size_t min_width)
{
    if (col >= t->n_cols)
        return;
    free(t->cols[col].header);
    t->cols[col].header = header ? kg_escape(header) : NULL;
    t->cols[col].align = align;
    t->cols[col].min_width = min_width;
}

void kg_table_row(kg_table *t)
{
    KG_GROW(t->rows, t->cap_rows, t->n_rows + 1);
    t->rows[t->n_rows++] = (row){kg_xcalloc(t->n_cols ? t->n_cols : 1, sizeof(char *)), NULL};
    t->next = 0;
}

void kg_table_cell(kg_table *t, const char *text)
{
    if (t->n_rows == 0 || !t->rows[t->n_rows - 1].cells)
        kg_table_row(t);
    row *r = &t->rows[t->n_rows - 1];
    if (t->next >= t->n_cols)
        return;
    r->cells[t->next++] = kg_escape(text ? text : "");
}

void kg_table_cellf(kg_table *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = kg_xvasprintf(fmt, ap);
    va_end(ap);
    kg_table_cell(t, s);
    free(s);
}

void kg_table_note(kg_table *t, const char *text)
{
    KG_GROW(t->rows, t->cap_rows, t->n_rows + 1);
    t->rows[t->n_rows++] = (row){NULL, kg_escape(text ? text : "")};
}

static void pad(FILE *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc(' ', out);
}

/* Prints one line of cells (NULL cells empty) within the widths w. */
static void print_line(const kg_table *t, FILE *out, char *const *cells, const size_t *w)
{
    /* the last column with text: nothing is padded after it */
    size_t last = 0;
    for (size_t c = 0; c < t->n_cols; c++)
        if (cells[c] && *cells[c])
            last = c;
    pad(out, t->indent);
    for (size_t c = 0; c <= last; c++) {
        if (w[c] == 0)
            continue;
        char *fit = kg_table_fit(cells[c] ? cells[c] : "", w[c]);
        size_t fw = kg_table_display_width(fit);
        size_t room = w[c] > fw ? w[c] - fw : 0;
        if (t->cols[c].align == KG_TABLE_RIGHT)
            pad(out, room);
        fputs(fit, out);
        if (t->cols[c].align == KG_TABLE_LEFT && c < last)
            pad(out, room);
        if (c < last)
            pad(out, t->gap);
        free(fit);
    }
    fputc('\n', out);
}

void kg_table_print(const kg_table *t, FILE *out, size_t width)
{
    size_t *w = kg_xcalloc(t->n_cols ? t->n_cols : 1, sizeof *w);
    int headers = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        if (t->cols[c].header) {
            headers = 1;
            w[c] = kg_table_display_width(t->cols[c].header);
        }
    }
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!t->rows[r].cells)
            continue;
        for (size_t c = 0; c < t->n_cols; c++) {
            const char *s = t->rows[r].cells[c];
            size_t sw = s ? kg_table_display_width(s) : 0;
            if (sw > w[c])
                w[c] = sw;
        }
    }
    size_t total = t->indent;
    size_t used = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        if (w[c] == 0)
            continue;
        total += w[c] + (used++ ? t->gap : 0);
    }
    /* too wide: take a column at a time from the widest column that may shrink */
    while (total > width) {
        size_t pick = t->n_cols;
        for (size_t c = 0; c < t->n_cols; c++)
            if (t->cols[c].min_width > 0 && w[c] > t->cols[c].min_width &&
                (pick == t->n_cols || w[c] > w[pick]))
                pick = c;
        if (pick == t->n_cols)
            break;
        w[pick]--;
        total--;
    }
    if (headers) {
        char **cells = kg_xcalloc(t->n_cols ? t->n_cols : 1, sizeof *cells);
        for (size_t c = 0; c < t->n_cols; c++)
            cells[c] = t->cols[c].header;
        print_line(t, out, cells, w);
        free(cells);
    }
    for (size_t r = 0; r < t->n_rows; r++) {
        if (t->rows[r].cells) {
            print_line(t, out, t->rows[r].cells, w);
        } else {
            pad(out, t->indent);
            fputs(t->rows[r].note, out);
            fputc('\n', out);
        }
    }
    free(w);
}
