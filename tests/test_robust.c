/* test_robust: inputs that cannot hang kg and messages that stay on one line (issue 12):
 * symbolic link loops, FIFOs alone and inside directories, the --max-bytes limit, kg's own
 * outputs left out by exact extension, CR-only line ends, strict numbers for -n and
 * --depth, and file and entity names with control characters escaped (kg_escape). Each
 * reproducer of the issue runs the kg binary under `timeout`, so a hang fails the test
 * instead of stalling the suite. */
#include "../src/cli.h"
#include "../src/ingest/kg_document.h"
#include "../src/ingest/kg_ingest.h"
#include "../src/kg_mem.h"
#include "../src/text/kg_escape.h"
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TIMEOUT "timeout 60 " /* for commands that pipe into kg */
#define TIMED_OUT HARNESS_TIMED_OUT

static const char good_text[] = "Talks in Astana\nMarch 3, 2023\nThe Foreign Minister of "
                                "Kazakhstan met officials of Uzbekistan in Astana.\n";

/* Runs `cd dir && timeout kg --db kg.db args`; returns the exit status, output in out/err. */
static int kg(const char *dir, const char *args, char **out, char **err)
{
    char *a = kg_xasprintf("--db kg.db %s", args);
    int rc = harness_run_kg(dir, a, out, err);
    free(a);
    return rc;
}

static void write_in(const char *dir, const char *name, const char *data, size_t len)
{
    char *p = kg_xasprintf("%s/%s", dir, name);
    harness_write_file(p, data, len);
    free(p);
}

/* Number of lines of text (its newline characters). */
static size_t count_lines(const char *text)
{
    size_t n = 0;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    return n;
}

/* Number of lines of text that contain needle. */
static size_t lines_with(const char *text, const char *needle)
{
    size_t n = 0;
    const char *line = text;
    while (*line) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char *copy = kg_xstrndup(line, len);
        n += strstr(copy, needle) != NULL;
        free(copy);
        if (!end)
            break;
        line = end + 1;
    }
    return n;
}

/* Runs one SQL statement returning one integer (or text compared by the caller) on the
 * store dir/kg.db. */
static long long store_int(const char *dir, const char *sql)
{
    char *path = kg_xasprintf("%s/kg.db", dir);
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    long long v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    free(path);
    return v;
}

static void assert_store_intact(const char *dir)
{
    char *path = kg_xasprintf("%s/kg.db", dir);
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "ok");
    sqlite3_finalize(s);
    sqlite3_close(db);
    free(path);
}

START_TEST(test_robust_escape)
{
    char *e = kg_escape("a\nb\tc\rd\033[31me\\f\x7fg");
    ck_assert_str_eq(e, "a\\nb\\tc\\rd\\e[31me\\\\f\\x7fg");
    free(e);
    /* letters beyond ASCII stay; invalid UTF-8 and C1 controls (CSI, U+009B) do not */
    e = kg_escape("Caf\xc3\xa9 \xd0\x9c\xd0\xb8\xd1\x80 \xff\xc3 \xc2\x9b"
                  "2J");
    ck_assert_str_eq(e, "Caf\xc3\xa9 \xd0\x9c\xd0\xb8\xd1\x80 \\xff\\xc3 \\xc2\\x9b"
                        "2J");
    free(e);
    e = kg_escape(NULL);
    ck_assert_str_eq(e, "");
    free(e);
    kg_buf b = {0};
    kg_buf_puts(&b, "kg: ");
    kg_escape_append(&b, "\x01");
    ck_assert_str_eq(b.data, "kg: \\x01");
    kg_buf_free(&b);
}
END_TEST

START_TEST(test_robust_parse_numbers)
{
    unsigned long long v = 99;
    ck_assert_int_eq(kg_cli_parse_uint("0", 10, &v), 0);
    ck_assert_uint_eq(v, 0);
    ck_assert_int_eq(kg_cli_parse_uint("10", 10, &v), 0);
    ck_assert_uint_eq(v, 10);
    static const char *const bad[] = {
        "abc", "-3", "+3", " 3", "3 ", "5x", "", "11", "99999999999999999999999"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(kg_cli_parse_uint(bad[i], 10, &v) == -1, "accepted '%s'", bad[i]);
    ck_assert_int_eq(kg_cli_parse_size("64M", &v), 0);
    ck_assert_uint_eq(v, 64ull << 20);
    ck_assert_int_eq(kg_cli_parse_size("1k", &v), 0);
    ck_assert_uint_eq(v, 1024);
    ck_assert_int_eq(kg_cli_parse_size("123", &v), 0);
    ck_assert_uint_eq(v, 123);
    static const char *const bad_sizes[] = {"0", "M", "-1M", "1.5M", "1T", "abc", ""};
    for (size_t i = 0; i < sizeof bad_sizes / sizeof bad_sizes[0]; i++)
        ck_assert_msg(kg_cli_parse_size(bad_sizes[i], &v) == -1, "accepted '%s'", bad_sizes[i]);
}
END_TEST

START_TEST(test_robust_skip_by_exact_extension)
{
    static const char *const skipped[] = {"kg.db",        "kg.db-wal",  "kg.db-shm",
                                          "x.db-journal", "g.graphml",  "g.gexf",
                                          "nodes.csv",    "graph.json", "README.md"};
    for (size_t i = 0; i < sizeof skipped / sizeof skipped[0]; i++)
        ck_assert_msg(kg_ingest_skip_reason(skipped[i]) != NULL, "read '%s'", skipped[i]);
    static const char *const read[] = {"notes.db.txt", "my.dbase.txt", "a.csv.txt",
                                       "graphml.txt",  "x.gexf.html",  "feed.jsonl",
                                       "db",           ".db2",         "README.md.txt"};
    for (size_t i = 0; i < sizeof read / sizeof read[0]; i++)
        ck_assert_msg(kg_ingest_skip_reason(read[i]) == NULL, "skipped '%s'", read[i]);
}
END_TEST

START_TEST(test_robust_skipped_files_read_and_noted)
{
    char *dir = harness_tmpdir();
    char *in = kg_xasprintf("%s/in", dir);
    ck_assert_int_eq(mkdir(in, 0700), 0);
    write_in(in, "notes.db.txt", good_text, strlen(good_text));
    write_in(in, "export.csv", "a,b\n", 4);
    write_in(in, "old.db", "not read", 8);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "build in", &out, &err), 0);
    /* the file whose name merely contains .db is read; each skipped file gets a note */
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 1);
    ck_assert_uint_eq(lines_with(err, "skipped"), 2);
    ck_assert_uint_eq(lines_with(err, "in/export.csv: skipped"), 1);
    ck_assert_uint_eq(lines_with(err, "in/old.db: skipped"), 1);
    free(out);
    free(err);
    /* -q keeps the notes out */
    ck_assert_int_eq(kg(dir, "-q build in", &out, &err), 0);
    ck_assert_str_eq(err, "");
    free(out);
    free(err);
    harness_rmtree(dir);
    free(dir);
    free(in);
}
END_TEST

START_TEST(test_robust_symlink_loop)
{
    char *dir = harness_tmpdir();
    char *in = kg_xasprintf("%s/in", dir);
    ck_assert_int_eq(mkdir(in, 0700), 0);
    write_in(in, "a.txt", good_text, strlen(good_text));
    char *l1 = kg_xasprintf("%s/loop1", in), *l2 = kg_xasprintf("%s/loop2", in);
    ck_assert_int_eq(symlink(".", l1), 0);
    ck_assert_int_eq(symlink(".", l2), 0);
    char *out = NULL, *err = NULL;
    int rc = kg(dir, "build in", &out, &err);
    ck_assert_int_ne(rc, TIMED_OUT);
    ck_assert_int_eq(rc, 1);
    /* one line per loop, naming it; the file beside them stored once */
    ck_assert_uint_eq(lines_with(err, "loop"), 2);
    ck_assert_uint_eq(lines_with(err, "in/loop1:"), 1);
    ck_assert_uint_eq(lines_with(err, "in/loop2:"), 1);
    ck_assert_uint_eq(count_lines(err), 3); /* the two loops and the summary */
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 1);
    assert_store_intact(dir);
    free(out);
    free(err);
    harness_rmtree(dir);
    free(dir);
    free(in);
    free(l1);
    free(l2);
}
END_TEST

START_TEST(test_robust_fifo_alone_and_in_directory)
{
    char *dir = harness_tmpdir();
    char *in = kg_xasprintf("%s/in", dir);
    ck_assert_int_eq(mkdir(in, 0700), 0);
    write_in(in, "a.txt", good_text, strlen(good_text));
    char *p1 = kg_xasprintf("%s/p.txt", dir), *p2 = kg_xasprintf("%s/q.txt", in);
    ck_assert_int_eq(mkfifo(p1, 0600), 0);
    ck_assert_int_eq(mkfifo(p2, 0600), 0);
    char *out = NULL, *err = NULL;
    int rc = kg(dir, "build p.txt", &out, &err);
    ck_assert_int_ne(rc, TIMED_OUT);
    ck_assert_int_eq(rc, 1);
    ck_assert_uint_eq(lines_with(err, "p.txt: a FIFO, not a regular file"), 1);
    free(out);
    free(err);
    rc = kg(dir, "build in", &out, &err);
    ck_assert_int_ne(rc, TIMED_OUT);
    ck_assert_int_eq(rc, 1);
    ck_assert_uint_eq(lines_with(err, "in/q.txt: a FIFO"), 1);
    ck_assert_uint_eq(count_lines(err), 2); /* the FIFO and the summary */
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 1);
    assert_store_intact(dir);
    free(out);
    free(err);
    /* a device is refused the same way */
    rc = kg(dir, "build /dev/zero", &out, &err);
    ck_assert_int_eq(rc, 1);
    ck_assert_uint_eq(lines_with(err, "/dev/zero: a character device"), 1);
    free(out);
    free(err);
    /* standard input is read when named '-', even from a pipe */
    char *cmd = kg_xasprintf("cd '%s' && printf 'Piped Story\\nText about Astana.\\n' | " TIMEOUT
                             "'%s' --db kg.db build -",
                             dir, KG_BINARY);
    ck_assert_int_eq(harness_run(cmd, &out, &err), 0);
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 2);
    free(cmd);
    free(out);
    free(err);
    harness_rmtree(dir);
    free(dir);
    free(in);
    free(p1);
    free(p2);
}
END_TEST

START_TEST(test_robust_max_bytes)
{
    char *dir = harness_tmpdir();
    char *in = kg_xasprintf("%s/in", dir);
    ck_assert_int_eq(mkdir(in, 0700), 0);
    write_in(in, "a.txt", good_text, strlen(good_text));
    kg_buf big = {0};
    kg_buf_puts(&big, "A Long Story\n");
    while (big.len < 3000)
        kg_buf_puts(&big, "Delegates from Kazakhstan met in Astana again. ");
    write_in(in, "b-big.txt", big.data, big.len);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "build --max-bytes 1K in", &out, &err), 1);
    ck_assert_uint_eq(lines_with(err, "in/b-big.txt:"), 1);
    ck_assert_uint_eq(lines_with(err, "larger than the limit of 1024"), 1);
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 1);
    free(out);
    free(err);
    /* standard input over the limit too */
    char *cmd = kg_xasprintf("cd '%s' && cat in/b-big.txt | " TIMEOUT
                             "'%s' --db kg.db build --max-bytes 2000 -",
                             dir, KG_BINARY);
    ck_assert_int_eq(harness_run(cmd, &out, &err), 1);
    ck_assert_uint_eq(lines_with(err, "-: larger than the limit of 2000"), 1);
    free(cmd);
    free(out);
    free(err);
    /* under the default limit it is read */
    ck_assert_int_eq(kg(dir, "build in", &out, &err), 0);
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 2);
    free(out);
    free(err);
    /* a limit that is not a number is a usage error */
    static const char *const bad[] = {"abc", "-5", "0", "1.5M"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *args = kg_xasprintf("build --max-bytes '%s' in", bad[i]);
        ck_assert_int_eq(kg(dir, args, &out, &err), 2);
        ck_assert_ptr_nonnull(strstr(err, "--max-bytes"));
        free(args);
        free(out);
        free(err);
    }
    kg_buf_free(&big);
    harness_rmtree(dir);
    free(dir);
    free(in);
}
END_TEST

START_TEST(test_robust_cr_only_text)
{
    const char *cr = "Talks in Astana\rMarch 3, 2023\rThe minister spoke.\rSecond line.\r";
    kg_document_list l = {0};
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_read_text(&l, "cr.txt", cr, strlen(cr), &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0]->title, "Talks in Astana");
    ck_assert_str_eq(l.items[0]->date, "2023-03-03");
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "\nThe minister spoke.\nSecond line."));
    /* the same text with LF and CR LF ends is the same document */
    const char *lf = "Talks in Astana\nMarch 3, 2023\nThe minister spoke.\nSecond line.\n";
    const char *crlf =
        "Talks in Astana\r\nMarch 3, 2023\r\nThe minister spoke.\r\nSecond line.\r\n";
    ck_assert_int_eq(kg_read_text(&l, "lf.txt", lf, strlen(lf), &err), KG_OK);
    ck_assert_int_eq(kg_read_text(&l, "crlf.txt", crlf, strlen(crlf), &err), KG_OK);
    ck_assert_uint_eq(l.n, 3);
    ck_assert_str_eq(l.items[0]->id, l.items[1]->id);
    ck_assert_str_eq(l.items[1]->id, l.items[2]->id);
    ck_assert_str_eq(l.items[2]->title, "Talks in Astana");
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_robust_count_options_strict)
{
    char *dir = harness_tmpdir();
    write_in(dir, "a.txt", good_text, strlen(good_text));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "build a.txt", &out, &err), 0);
    free(out);
    free(err);
    static const char *const bad[] = {"query centrality -n abc", "query centrality -n -3",
                                      "query centrality -n 3x",
                                      "query neighbors --depth 2x "
                                      "Kazakhstan"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_msg(kg(dir, bad[i], &out, &err) == 2, "'%s' accepted", bad[i]);
        ck_assert_uint_eq(lines_with(err, "kg: "), 1);
        ck_assert_uint_eq(lines_with(err, "usage: "), 1);
        free(out);
        free(err);
    }
    ck_assert_int_eq(kg(dir, "query centrality -n 1", &out, &err), 0);
    ck_assert_uint_eq(count_lines(out), 2); /* the header and one entity */
    free(out);
    free(err);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_robust_names_with_control_characters)
{
    char *dir = harness_tmpdir();
    /* a binary file whose name holds a newline and a terminal colour sequence */
    write_in(dir, "bad\nname\033[31m.txt",
             "\x7f"
             "ELF\0\0\x01",
             7);
    write_in(dir, "a.txt", good_text, strlen(good_text));
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "build .", &out, &err), 1);
    ck_assert_ptr_null(strchr(err, '\033'));
    ck_assert_uint_eq(lines_with(err, "bad\\nname\\e[31m.txt: "), 1);
    ck_assert_uint_eq(count_lines(err), 2); /* the bad file and the summary */
    ck_assert_int_eq(store_int(dir, "SELECT count(*) FROM documents"), 1);
    free(out);
    free(err);
    /* a name asked for: one line, escaped */
    ck_assert_int_eq(kg(dir, "query entity \"$(printf 'No\\nSuch\\033]0;x\\007')\"", &out, &err),
                     1);
    ck_assert_ptr_null(strchr(err, '\033'));
    ck_assert_ptr_null(strchr(err, '\007'));
    ck_assert_uint_eq(count_lines(err), 1);
    ck_assert_ptr_nonnull(strstr(err, "No\\nSuch\\e]0;x\\x07"));
    free(out);
    free(err);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

static Suite *robust_suite(void)
{
    Suite *s = suite_create("robust");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_robust_escape);
    tcase_add_test(tc, test_robust_parse_numbers);
    tcase_add_test(tc, test_robust_skip_by_exact_extension);
    tcase_add_test(tc, test_robust_skipped_files_read_and_noted);
    tcase_add_test(tc, test_robust_symlink_loop);
    tcase_add_test(tc, test_robust_fifo_alone_and_in_directory);
    tcase_add_test(tc, test_robust_max_bytes);
    tcase_add_test(tc, test_robust_cr_only_text);
    tcase_add_test(tc, test_robust_count_options_strict);
    tcase_add_test(tc, test_robust_names_with_control_characters);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(robust_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
