/* kg_progress: a one-line progress report on standard error for long commands (build,
 * extract, load): documents done, input done against its total, rate and time left. It is
 * redrawn in place (carriage return) at most five times a second, from any thread; messages
 * printed through kg_progress_say erase it first and redraw it after, so that a note from
 * one thread never lands in the middle of the line another thread is drawing.
 * Opaque handle: kg_progress_new creates it, kg_progress_free frees it. */
#ifndef KG_PROGRESS_H
#define KG_PROGRESS_H

#include <stddef.h>

typedef struct kg_progress kg_progress;

/* Returns a new report (caller frees with kg_progress_free). When enabled is 0 nothing is
 * ever drawn (quiet, or standard error is not a terminal) and kg_progress_say only prints
 * the message. total_bytes is the size of the whole input, or 0 when unknown (standard
 * input), which leaves the percentage and the time left out. */
kg_progress *kg_progress_new(int enabled, unsigned long long total_bytes);

/* Records that docs documents (skipped ones included) and bytes_done bytes of the input are
 * done (each figure only ever grows: the largest reported counts), and redraws the line when the
 * last drawing is older than 200 ms. Thread-safe. */
void kg_progress_update(kg_progress *p, size_t docs, unsigned long long bytes_done);

/* Prints "kg: <msg>" on a line of its own (kg_cli_message) with the progress line erased
 * first and redrawn after. Thread-safe. p may be NULL. */
void kg_progress_say(kg_progress *p, const char *msg);

/* Draws the line a last time and ends it with a newline (when anything was drawn). */
void kg_progress_end(kg_progress *p);

/* Frees p. Accepts NULL. */
void kg_progress_free(kg_progress *p);

/* Formats the line for docs documents and bytes done of total after seconds into buf: count,
 * total (percentage), documents per second, megabytes (kilobytes for an input under one
 * megabyte) per second and the time left. Split
 * out for tests. */
void kg_progress_format(char *buf, size_t size, size_t docs, unsigned long long bytes,
                        unsigned long long total, double seconds);

#endif
