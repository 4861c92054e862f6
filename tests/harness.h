/* harness: fixtures shared by the Check suites: paths to test data, temporary
 * directories, running the kg binary and capturing its output. */
#ifndef KG_TEST_HARNESS_H
#define KG_TEST_HARNESS_H

#include <check.h>
#include <stddef.h>

/* Returns a malloc'd path "KG_TEST_DATA/rel". */
char *harness_data_path(const char *rel);

/* Returns a malloc'd path "KG_SOURCE_ROOT/rel". */
char *harness_source_path(const char *rel);

/* Creates a fresh temporary directory and returns its malloc'd path. */
char *harness_tmpdir(void);

/* Removes a directory tree (rm -rf). */
void harness_rmtree(const char *dir);

/* Runs `sh -c cmd`, returns the exit status and stores malloc'd stdout (and stderr when
 * err_out is not NULL) in *out. */
int harness_run(const char *cmd, char **out, char **err_out);

/* The exit status of `timeout` when it had to kill the command. */
#define HARNESS_TIMED_OUT 124

/* Runs `cd dir && timeout 60 kg args` (60 s is long enough for the slowest sanitizer build;
 * a hang is far longer) and returns its exit status, output as harness_run. */
int harness_run_kg(const char *dir, const char *args, char **out, char **err_out);

/* Reads a whole file into a malloc'd string (NULL when it cannot be read). */
char *harness_read_file(const char *path);

/* Writes len bytes to path; fails the test on error. */
void harness_write_file(const char *path, const char *data, size_t len);

/* Runs a suite in CK_FORK mode and returns the number of failures. */
int harness_run_suite(Suite *s);

#endif
