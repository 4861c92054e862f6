/* kg_period: a period of time, --since DATE --until DATE, and which documents it holds.
 * Dates are ISO 8601 as the store keeps them: YYYY-MM-DD, or YYYY-MM / YYYY when that is all
 * a document gives. A partial date stands for its whole month or year, and a document is in
 * the period when that whole interval is (a document of "2023-03" is in March 2023 and in
 * 2023, not in the first half of March); a document without a date is in no period. The
 * graph view is sliced by one SQL function, kg_in_period(date), that every loader uses. */
#ifndef KG_PERIOD_H
#define KG_PERIOD_H

#include "../src/kg_error.h"

#include <sqlite3.h>
#include <stddef.h>

typedef struct kg_period {
    char since[11]; /* first day in the period, YYYY-MM-DD, or "" when open */
    char until[11]; /* last day in the period, YYYY-MM-DD, or "" when open */
} kg_period;

/* Sets the start (end: 0) or the end (end: 1) of p from an ISO 8601 date: YYYY-MM-DD, YYYY-MM
 * or YYYY (a month or year starts on its first day and ends on its last). Returns KG_OK, or
 * KG_EUSAGE with a message naming option and value for anything else ("2023-02-30",
 * "March", "-1"), p unchanged. option names the option in the message ("--since"). */
int kg_period_set(kg_period *p, int end, const char *value, const char *option, kg_error *err);

/* KG_OK when the period can hold a day, else KG_EUSAGE ("--since 2024 is after --until
 * 2023"). */
int kg_period_check(const kg_period *p, kg_error *err);

/* 1 when p limits anything (a start or an end is set). p may be NULL. */
int kg_period_active(const kg_period *p);

/* The first and last day of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) into lo and hi, as
 * YYYY-MM-DD. Returns 0, or -1 when date is not one of these. */
int kg_period_bounds(const char *date, char lo[11], char hi[11]);

/* 1 when the document date (as stored, may be NULL) is inside p; an inactive p holds
 * everything, including undated documents. */
int kg_period_contains(const kg_period *p, const char *date);

/* A time interval of the graph's timeline: first and last day, YYYY-MM-DD. */
typedef struct kg_spell {
    char start[11];
    char end[11];
} kg_spell;

/* The spells of an element dated by dates[0..n) (ISO, as stored; others are skipped): the
 * month of each date (its year for a date that gives only a year), merged where they overlap
 * or touch, in order. Returns how many were written to *out (malloc'd, caller frees; NULL
 * when none). */
size_t kg_period_spells(kg_spell **out, const char *const *dates, size_t n);

/* Defines the SQL function kg_in_period(date) on db for p (borrowed: it must outlive the
 * statements that use the function, until kg_period_unregister). Returns KG_OK or
 * KG_ESTORE. */
int kg_period_register(sqlite3 *db, const kg_period *p, kg_error *err);
void kg_period_unregister(sqlite3 *db);

#endif
