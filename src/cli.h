/* cli: the command table, global options, and the usage and error printers every command
 * uses. Exit codes: 0 ok, 1 runtime error, 2 usage error. */
#ifndef KG_CLI_H
#define KG_CLI_H

#include "kg_error.h"

#include <stdio.h>

enum {
    KG_EXIT_OK = 0,
    KG_EXIT_FAILURE = 1,
    KG_EXIT_USAGE = 2
};

/* Global settings every command sees. Strings are borrowed from argv or the environment. */
typedef struct kg_cli {
    const char *db_path;  /* --db, else $KG_DB, else ./kg.db */
    const char *data_dir; /* --data-dir, else the default lexicon folder */
    int quiet;
} kg_cli;

typedef int (*kg_cmd_fn)(int argc, char **argv, const kg_cli *cli);

typedef struct kg_command {
    const char *name;
    kg_cmd_fn fn;
    const char *summary;
    const char *synopsis;
} kg_command;

/* Finds a command in a NULL-terminated table; NULL when unknown. */
const kg_command *kg_cli_find(const kg_command *table, const char *name);

/* Prints "kg: <message>" to stderr and returns KG_EXIT_FAILURE (KG_EXIT_USAGE for
 * KG_EUSAGE). Every message line kg prints goes through kg_cli_message, so it is one line
 * with control characters escaped (kg_escape), whatever file or entity name it quotes. */
int kg_cli_fail(const kg_error *err);

/* Prints "kg: <printf message>" to stderr on one line, escaped. */
void kg_cli_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "kg: <printf message>" and the synopsis hint to stderr; returns KG_EXIT_USAGE. */
int kg_cli_usage_error(const char *synopsis, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Flushes stdout and reports a write error. Returns code, or KG_EXIT_FAILURE on error. */
int kg_cli_finish(int code);

/* Parses s as a whole decimal number 0..max (digits only: no sign, no space, no suffix)
 * into *out. Returns 0, or -1 when s is anything else (so "-3", "abc", "5x" are refused). */
int kg_cli_parse_uint(const char *s, unsigned long long max, unsigned long long *out);

/* Parses a byte count: a whole number with an optional suffix K, M or G (KiB, MiB, GiB),
 * at least 1. Returns 0, or -1 when s is not one. */
int kg_cli_parse_size(const char *s, unsigned long long *out);

/* Parses the value of -j: a number of threads from 1 to max, into *out. Returns
 * KG_EXIT_OK, or prints the usage error with synopsis and returns its exit code. */
int kg_cli_parse_threads(const char *s, unsigned max, const char *synopsis, unsigned *out);

/* Whether argv[i] is -h or --help. */
int kg_cli_is_help(const char *arg);

/* Prints a table of commands (name and summary) to out. */
void kg_cli_print_commands(FILE *out, const kg_command *table);

/* Commands. */
int kg_cmd_build(int argc, char **argv, const kg_cli *cli);
int kg_cmd_query(int argc, char **argv, const kg_cli *cli);
int kg_cmd_export(int argc, char **argv, const kg_cli *cli);
int kg_cmd_stats(int argc, char **argv, const kg_cli *cli);
int kg_cmd_extract(int argc, char **argv, const kg_cli *cli);
int kg_cmd_load(int argc, char **argv, const kg_cli *cli);
/* Corrections by hand (cmd_correct.c, cmd_corrections.c). */
int kg_cmd_alias(int argc, char **argv, const kg_cli *cli);
int kg_cmd_corrections(int argc, char **argv, const kg_cli *cli);
int kg_cmd_ignore(int argc, char **argv, const kg_cli *cli);
int kg_cmd_merge(int argc, char **argv, const kg_cli *cli);
int kg_cmd_rename(int argc, char **argv, const kg_cli *cli);
int kg_cmd_retype(int argc, char **argv, const kg_cli *cli);
int kg_cmd_split(int argc, char **argv, const kg_cli *cli);
/* Documents (cmd_documents.c). */
int kg_cmd_documents(int argc, char **argv, const kg_cli *cli);
int kg_cmd_remove(int argc, char **argv, const kg_cli *cli);
/* Pictures (cmd_report.c). */
int kg_cmd_report(int argc, char **argv, const kg_cli *cli);

#endif
