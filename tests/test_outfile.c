/* test_outfile: an output file is never seen half written and never replaces what is not
 * kg's (issue 12): the target keeps its old bytes until the commit, an abandoned output or a
 * signal leaves no temporary file, the temporary file of a killed process goes at the next
 * write, and the store, an SQLite database, a folder and (through `kg export`) an input of
 * the store are refused. */
#include "../src/kg_mem.h"
#include "../src/kg_outfile.h"
#include "harness.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char *path_in(const char *dir, const char *name)
{
    return kg_xasprintf("%s/%s", dir, name);
}

/* The number of entries of dir other than "." and "..", and in *hidden those starting '.'. */
static size_t entries(const char *dir, size_t *hidden)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    size_t n = 0, h = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        n++;
        h += e->d_name[0] == '.';
    }
    closedir(d);
    if (hidden)
        *hidden = h;
    return n;
}

static void assert_content(const char *path, const char *want)
{
    char *got = harness_read_file(path);
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, want);
    free(got);
}

START_TEST(test_outfile_whole_file_only_at_commit)
{
    char *dir = harness_tmpdir();
    char *target = path_in(dir, "graph.json");
    harness_write_file(target, "old\n", 4);
    ck_assert_int_eq(chmod(target, 0640), 0);
    kg_outfile *o = NULL;
    kg_error err;
    ck_assert_int_eq(kg_outfile_open(&o, target, NULL, "the export", &err), KG_OK);
    ck_assert_str_eq(kg_outfile_path(o), target);
    fputs("new and longer\n", kg_outfile_stream(o));
    fflush(kg_outfile_stream(o));
    /* before the commit the target is the old file, the bytes are in a hidden file beside */
    assert_content(target, "old\n");
    size_t hidden = 0;
    ck_assert_uint_eq(entries(dir, &hidden), 2);
    ck_assert_uint_eq(hidden, 1);
    ck_assert_int_eq(kg_outfile_commit(o, &err), KG_OK);
    assert_content(target, "new and longer\n");
    ck_assert_uint_eq(entries(dir, &hidden), 1);
    ck_assert_uint_eq(hidden, 0);
    struct stat sb;
    ck_assert_int_eq(stat(target, &sb), 0);
    ck_assert_uint_eq(sb.st_mode & 0777, 0640); /* the replaced file's permissions */
    free(target);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_outfile_abandoned_leaves_target)
{
    char *dir = harness_tmpdir();
    char *target = path_in(dir, "graph.json");
    harness_write_file(target, "old\n", 4);
    kg_outfile *o = NULL;
    kg_error err;
    ck_assert_int_eq(kg_outfile_open(&o, target, NULL, "the export", &err), KG_OK);
    fputs("half of a", kg_outfile_stream(o));
    kg_outfile_free(o);
    assert_content(target, "old\n");
    ck_assert_uint_eq(entries(dir, NULL), 1);
    /* a new file abandoned is no file at all */
    char *fresh = path_in(dir, "new.json");
    ck_assert_int_eq(kg_outfile_open(&o, fresh, NULL, "the export", &err), KG_OK);
    fputs("half", kg_outfile_stream(o));
    kg_outfile_free(o);
    ck_assert_int_ne(access(fresh, F_OK), 0);
    ck_assert_uint_eq(entries(dir, NULL), 1);
    kg_outfile_free(NULL);
    ck_assert_int_eq(kg_outfile_commit(NULL, &err), KG_OK);
    free(fresh);
    free(target);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_outfile_signal_removes_temporary)
{
    char *dir = harness_tmpdir();
    char *target = path_in(dir, "graph.json");
    harness_write_file(target, "old\n", 4);
    int ready[2];
    ck_assert_int_eq(pipe(ready), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        signal(SIGTERM, SIG_DFL); /* as in kg (Check's own handler would stay) */
        kg_outfile *o = NULL;
        kg_error err;
        if (kg_outfile_open(&o, target, NULL, "the export", &err) != KG_OK)
            _exit(3);
        fputs("half", kg_outfile_stream(o));
        fflush(kg_outfile_stream(o));
        if (write(ready[1], "x", 1) != 1)
            _exit(4);
        for (;;)
            pause();
    }
    char c;
    ck_assert_int_eq(read(ready[0], &c, 1), 1);
    ck_assert_uint_eq(entries(dir, NULL), 2);
    ck_assert_int_eq(kill(pid, SIGTERM), 0);
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM); /* still dies of it */
    assert_content(target, "old\n");
    ck_assert_uint_eq(entries(dir, NULL), 1);
    close(ready[0]);
    close(ready[1]);
    free(target);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_outfile_stale_temporary_removed)
{
    char *dir = harness_tmpdir();
    char *target = path_in(dir, "graph.json");
    /* a child that exits leaves a pid that no longer runs, as a SIGKILL would */
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0)
        _exit(0);
    ck_assert_int_eq(waitpid(pid, NULL, 0), pid);
    char *name = kg_xasprintf(".graph.json.kg-%ld-0.tmp", (long)pid);
    char *stale = path_in(dir, name);
    harness_write_file(stale, "half", 4);
    char *live_name = kg_xasprintf(".graph.json.kg-%ld-0.tmp", (long)getppid());
    char *live = path_in(dir, live_name);
    harness_write_file(live, "running", 7);
    char *other = path_in(dir, ".other.json.kg-1-0.tmp");
    harness_write_file(other, "x", 1);
    kg_outfile *o = NULL;
    kg_error err;
    ck_assert_int_eq(kg_outfile_open(&o, target, NULL, "the export", &err), KG_OK);
    fputs("whole\n", kg_outfile_stream(o));
    ck_assert_int_eq(kg_outfile_commit(o, &err), KG_OK);
    assert_content(target, "whole\n");
    ck_assert_int_ne(access(stale, F_OK), 0); /* its process is gone */
    ck_assert_int_eq(access(live, F_OK), 0);  /* its process still runs */
    ck_assert_int_eq(access(other, F_OK), 0); /* another target's */
    free(other);
    free(live);
    free(live_name);
    free(stale);
    free(name);
    free(target);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_outfile_refusals)
{
    char *dir = harness_tmpdir();
    char *db = path_in(dir, "kg.db");
    char *wal = path_in(dir, "kg.db-wal");
    char *foreign = path_in(dir, "app.sqlite");
    static const char header[] = "SQLite format 3\0rest of a database page";
    harness_write_file(foreign, header, sizeof header);
    harness_write_file(db, header, sizeof header);
    kg_error err;
    kg_outfile *o = NULL;
    ck_assert_int_eq(kg_outfile_open(&o, db, db, "the export", &err), KG_EIO);
    ck_assert_ptr_null(o);
    ck_assert_ptr_nonnull(strstr(err.msg, "refusing to write the export onto the store"));
    ck_assert_int_eq(kg_outfile_check(wal, db, "the export", &err), KG_EIO); /* not yet there */
    ck_assert_int_eq(kg_outfile_check_store(wal, db, "the export", &err), KG_EIO);
    ck_assert_int_eq(kg_outfile_open(&o, foreign, NULL, "the export", &err), KG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "it is an SQLite database"));
    ck_assert_int_eq(kg_outfile_open(&o, dir, NULL, "the export", &err), KG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "it is a folder"));
    ck_assert_int_eq(kg_outfile_check("", NULL, "the export", &err), KG_EIO);
    char *missing = path_in(dir, "no/such/dir.json");
    ck_assert_int_eq(kg_outfile_open(&o, missing, NULL, "the export", &err), KG_EIO);
    ck_assert_ptr_nonnull(strstr(err.msg, "cannot write"));
    char *got = harness_read_file(foreign);
    ck_assert_mem_eq(got, header, 16);
    free(got);
    ck_assert_uint_eq(entries(dir, NULL), 2);
    /* "-" is standard output, never a file named "-" */
    ck_assert_int_eq(kg_outfile_open(&o, "-", db, "the export", &err), KG_OK);
    ck_assert_ptr_eq(kg_outfile_stream(o), stdout);
    ck_assert_int_eq(kg_outfile_commit(o, &err), KG_OK);
    /* a device is written directly, never replaced */
    ck_assert_int_eq(kg_outfile_open(&o, "/dev/null", NULL, "the export", &err), KG_OK);
    fputs("gone", kg_outfile_stream(o));
    ck_assert_int_eq(kg_outfile_commit(o, &err), KG_OK);
    struct stat sb;
    ck_assert_int_eq(stat("/dev/null", &sb), 0);
    ck_assert(S_ISCHR(sb.st_mode));
    free(missing);
    free(foreign);
    free(wal);
    free(db);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_outfile_through_symbolic_link)
{
    char *dir = harness_tmpdir();
    char *target = path_in(dir, "real.json"), *link_path = path_in(dir, "link.json");
    harness_write_file(target, "old\n", 4);
    ck_assert_int_eq(symlink("real.json", link_path), 0);
    kg_outfile *o = NULL;
    kg_error err;
    ck_assert_int_eq(kg_outfile_open(&o, link_path, NULL, "the export", &err), KG_OK);
    fputs("new\n", kg_outfile_stream(o));
    ck_assert_int_eq(kg_outfile_commit(o, &err), KG_OK);
    struct stat sb;
    ck_assert_int_eq(lstat(link_path, &sb), 0);
    ck_assert(S_ISLNK(sb.st_mode)); /* the link stays a link */
    assert_content(target, "new\n");
    free(link_path);
    free(target);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

/* kg export: never onto a file the store's documents were read from, nor onto an SQLite
 * database; a refused export leaves no file behind. */
START_TEST(test_outfile_export_onto_input_refused)
{
    char *dir = harness_tmpdir();
    static const char text[] = "Talks in Astana\nMarch 3, 2023\nThe Foreign Minister of "
                               "Kazakhstan met officials of Uzbekistan in Astana.\n";
    static const char line[] = "{\"text\": \"The Foreign Minister of Kazakhstan "
                               "met officials of Uzbekistan in Astana.\"}\n";
    char *a = path_in(dir, "a.txt"), *j = path_in(dir, "lines.jsonl");
    harness_write_file(a, text, strlen(text));
    harness_write_file(j, line, strlen(line));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(harness_run_kg(dir, "--db kg.db -q build a.txt", &out, &err), 0);
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "--db kg.db -q build lines.jsonl", &out, &err), 0);
    free(out);
    free(err);
    static const char *const commands[] = {"--db kg.db export json -o a.txt",
                                           "--db kg.db export graphml -o ./a.txt",
                                           "--db kg.db export gexf -o lines.jsonl"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        ck_assert_msg(harness_run_kg(dir, commands[i], &out, &err) == 1, "'%s' not refused",
                      commands[i]);
        ck_assert_ptr_nonnull(strstr(err, "documents of the store were read from it"));
        free(out);
        free(err);
    }
    assert_content(a, text);
    assert_content(j, line);
    ck_assert_int_eq(harness_run_kg(dir, "--db kg.db export json -o other.json", &out, &err), 0);
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "--db kg.db export json -o kg.db.copy", &out, &err), 0);
    free(out);
    free(err);
    ck_assert_int_eq(harness_run_kg(dir, "--db kg.db export json -o a.json", &out, &err), 0);
    free(out);
    free(err);
    /* a copy of the store is an SQLite database: refused, not replaced */
    char *cmd = kg_xasprintf("cd '%s' && cp kg.db copy.db && %s --db kg.db export json -o copy.db",
                             dir, KG_BINARY);
    int rc = harness_run(cmd, &out, &err);
    free(cmd);
    ck_assert_int_eq(rc, 1);
    ck_assert_ptr_nonnull(strstr(err, "it is an SQLite database"));
    free(out);
    free(err);
    size_t hidden = 0;
    entries(dir, &hidden);
    ck_assert_uint_eq(hidden, 0); /* no temporary file left */
    free(j);
    free(a);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

static Suite *outfile_suite(void)
{
    Suite *s = suite_create("outfile");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_outfile_whole_file_only_at_commit);
    tcase_add_test(tc, test_outfile_abandoned_leaves_target);
    tcase_add_test(tc, test_outfile_signal_removes_temporary);
    tcase_add_test(tc, test_outfile_stale_temporary_removed);
    tcase_add_test(tc, test_outfile_refusals);
    tcase_add_test(tc, test_outfile_through_symbolic_link);
    tcase_add_test(tc, test_outfile_export_onto_input_refused);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(outfile_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
