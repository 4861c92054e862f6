/* cli_table: aligned tables for a terminal. Widths are display columns, not bytes: a letter
 * of a wide script (CJK, full-width forms) takes two columns, a combining mark or format
 * character none (Unicode's East Asian Width and general category, through ICU), so
 * Cyrillic, Greek and accented names line up. A table fits the width it is given (the
 * terminal's, kg_table_terminal_width): the columns marked shrinkable lose columns, widest
 * first, and a cut cell ends with an ellipsis; a cut never splits a character. Cells are
 * escaped first (kg_escape), so a control character in a name cannot break the table.
 * Ownership: a kg_table copies every string it is given and kg_table_free releases it;
 * strings returned by kg_table_fit belong to the caller. */
#ifndef KG_CLI_TABLE_H
#define KG_CLI_TABLE_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
    KG_TABLE_LEFT,
    KG_TABLE_RIGHT
} kg_table_align;

typedef struct kg_table kg_table;

/* Columns of the terminal: $COLUMNS when it is a positive number, else the width of the
 * terminal on standard output, else 80 (standard output is not a terminal). */
size_t kg_table_terminal_width(void);

/* Display columns of the UTF-8 string s (invalid bytes count one column each). */
size_t kg_table_display_width(const char *s);

/* Returns a malloc'd copy of s cut to at most width display columns: when s is wider, as
 * many whole characters as fit in width - 1 columns and then "…". width 0 gives "". */
char *kg_table_fit(const char *s, size_t width);

/* Returns a new table of n_cols columns, indented by indent spaces, with gap spaces between
 * columns; the caller frees it with kg_table_free. */
kg_table *kg_table_new(size_t n_cols, size_t indent, size_t gap);

/* Frees t. Accepts NULL. */
void kg_table_free(kg_table *t);

/* Sets column col's header (NULL: the table prints no header line unless another column
 * has one), alignment, and the narrowest it may be cut to when the table is too wide
 * (0: never cut). */
void kg_table_column(kg_table *t, size_t col, const char *header, kg_table_align align,
                     size_t min_width);

/* Starts a new row; the cells that follow fill it from the left. */
void kg_table_row(kg_table *t);

/* Adds one cell (NULL is empty) to the current row, or a printf-formatted one. */
void kg_table_cell(kg_table *t, const char *text);
void kg_table_cellf(kg_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Adds a line printed as it is under the current row (evidence sentences), escaped, not
 * measured and not cut. */
void kg_table_note(kg_table *t, const char *text);

/* Prints t to out within width display columns. */
void kg_table_print(const kg_table *t, FILE *out, size_t width);

#endif
