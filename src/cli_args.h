/* cli_args: the checks every command applies to its command line, so that each mistake gets
 * one line on stderr, a suggestion when the word is a near miss ("did you mean 'build'?", as
 * git does), and exit 2: names of commands, queries, formats and options, enumerated values
 * (--type, --edge, --measure), and counts (-n, --depth). Commands set opterr to 0 before
 * their getopt_long loop (kg_cli_getopt_init) and hand getopt's '?' and ':' to
 * kg_cli_option_error, so getopt's own message is never printed beside kg's.
 * Every function here borrows its arguments; nothing returned needs freeing. */
#ifndef KG_CLI_ARGS_H
#define KG_CLI_ARGS_H

#include <getopt.h>
#include <stddef.h>

/* The entity and relation type names, NULL-terminated, for --type and --edge. */
extern const char *const kg_cli_entity_types[];
extern const char *const kg_cli_relation_types[];

/* Optimal string alignment distance (Damerau-Levenshtein where a transposition of two
 * neighbouring bytes counts as one edit) between a and b, ASCII letters compared without
 * case. Inputs longer than 64 bytes count as far from everything (returns SIZE_MAX). */
size_t kg_cli_edit_distance(const char *a, const char *b);

/* The candidate of the NULL-terminated list closest to word, or NULL when none is close:
 * at most 1 edit for words of up to 4 bytes, 2 up to 8, 3 beyond, or word is a prefix of
 * exactly one candidate. Ties go to the earlier candidate. The result is borrowed from the
 * list. */
const char *kg_cli_suggest(const char *word, const char *const *candidates);

/* Prints the one line "kg: unknown <what> '<word>'; did you mean '<x>'? (expected a, b,
 * c)" (no suggestion part when none is close; no list when list is 0), then the synopsis
 * line when synopsis is not NULL. Returns KG_EXIT_USAGE. */
int kg_cli_unknown_word(const char *what, const char *word, const char *const *candidates, int list,
                        const char *synopsis);

/* Looks value up in the NULL-terminated list allowed and stores its index in *index. Returns
 * 0, or prints "kg: unknown <option> value '<value>' ..." through kg_cli_unknown_word and
 * returns KG_EXIT_USAGE. */
int kg_cli_parse_enum(size_t *index, const char *option, const char *value,
                      const char *const *allowed, const char *synopsis);

/* Parses value as a whole number in min..max (digits only: "-3", "abc", "5x", " 5" are
 * refused) into *out. Returns 0, or prints one line naming option, the range and the value
 * and returns KG_EXIT_USAGE. */
int kg_cli_parse_count(unsigned long long *out, const char *option, const char *value,
                       unsigned long long min, unsigned long long max, const char *synopsis);

/* Resets getopt for a new parse of a command's argv and silences getopt's own messages. */
void kg_cli_getopt_init(void);

/* Reports the option error getopt_long just returned (c is '?' or ':'; optstring should
 * start with ':' after any '+') on one line: an unknown option with the closest known one
 * ("--evidnce": did you mean '--evidence'?), or an option missing its value. argv and
 * longopts are the ones given to getopt_long; shortopts its optstring. Returns
 * KG_EXIT_USAGE. */
int kg_cli_option_error(int c, char **argv, const char *shortopts, const struct option *longopts,
                        const char *synopsis);

#endif
