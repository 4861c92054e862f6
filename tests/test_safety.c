/* test_safety: kg never touches what is not kg's (issue 12): an SQLite database of another
 * program or a file that is not a database given as --db is refused and left byte for byte
 * as it was (unless build --force); `export -o` onto the store or its -wal file is refused;
 * `-o -` is standard output for every single-file format and a usage error for csv; a store
 * the user may read but not write answers query, stats and export. */
#include "../src/kg_mem.h"
#include "../src/kg_path.h"
#include "../src/store/kg_store.h"
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TIMEOUT "timeout 60 "
#define TIMED_OUT HARNESS_TIMED_OUT

static const char good_text[] = "Talks in Astana\nMarch 3, 2023\nThe Foreign Minister of "
                                "Kazakhstan met officials of Uzbekistan in Astana.\n";

/* Runs `cd dir && timeout kg args`; returns the exit status, output in out/err. */
static int kg(const char *dir, const char *args, char **out, char **err)
{
    return harness_run_kg(dir, args, out, err);
}

static int kg_quiet(const char *dir, const char *args)
{
    char *out = NULL, *err = NULL;
    int rc = kg(dir, args, &out, &err);
    free(out);
    free(err);
    return rc;
}

/* A temporary directory with a.txt built into kg.db; returns its path. */
static char *built_store(void)
{
    char *dir = harness_tmpdir();
    char *p = kg_xasprintf("%s/a.txt", dir);
    harness_write_file(p, good_text, strlen(good_text));
    free(p);
    ck_assert_int_eq(kg_quiet(dir, "--db kg.db build a.txt"), 0);
    return dir;
}

/* The whole file at dir/name, or NULL; caller frees. Binary-safe enough for comparison
 * with the bytes written by the same test (harness_read_file stops at nothing). */
static char *file_bytes(const char *dir, const char *name, size_t *len)
{
    char *p = kg_xasprintf("%s/%s", dir, name);
    FILE *f = fopen(p, "rb");
    free(p);
    if (!f)
        return NULL;
    kg_buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kg_buf_append(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return kg_buf_take(&b);
}

/* Number of lines of text (its newline characters). */
static size_t count_lines(const char *text)
{
    size_t n = 0;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    return n;
}

static int exists(const char *dir, const char *name)
{
    char *p = kg_xasprintf("%s/%s", dir, name);
    int e = access(p, F_OK) == 0;
    free(p);
    return e;
}

/* Makes dir/app.db, an SQLite database of another program. */
static void make_foreign_db(const char *dir)
{
    char *p = kg_xasprintf("%s/app.db", dir);
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db,
                                  "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);"
                                  "INSERT INTO users(name) VALUES('ada'), ('grace');",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    free(p);
}

START_TEST(test_safety_foreign_sqlite_left_alone)
{
    char *dir = harness_tmpdir();
    char *p = kg_xasprintf("%s/a.txt", dir);
    harness_write_file(p, good_text, strlen(good_text));
    make_foreign_db(dir);
    size_t before_len, after_len;
    char *before = file_bytes(dir, "app.db", &before_len);
    static const char *const commands[] = {"--db app.db build a.txt", "--db app.db stats",
                                           "--db app.db query search ada",
                                           "--db app.db export json"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char *out = NULL, *err = NULL;
        ck_assert_msg(kg(dir, commands[i], &out, &err) == 1, "'%s' not refused", commands[i]);
        ck_assert_ptr_nonnull(strstr(err, "'app.db' is an SQLite database of another program"));
        ck_assert_uint_eq(count_lines(err), 1);
        char *after = file_bytes(dir, "app.db", &after_len);
        ck_assert_uint_eq(after_len, before_len);
        ck_assert_int_eq(memcmp(after, before, before_len), 0);
        free(after);
        free(out);
        free(err);
    }
    ck_assert(!exists(dir, "app.db-wal"));
    /* build says how to go on anyway; --force adds kg's tables beside the others */
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "--db app.db build a.txt", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "--force"));
    free(out);
    free(err);
    ck_assert_int_eq(kg_quiet(dir, "--db app.db build --force a.txt"), 0);
    sqlite3 *db = NULL;
    char *app = kg_xasprintf("%s/app.db", dir);
    ck_assert_int_eq(sqlite3_open(app, &db), SQLITE_OK);
    sqlite3_stmt *s = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db,
                                        "SELECT (SELECT count(*) FROM users),"
                                        " (SELECT count(*) FROM documents)",
                                        -1, &s, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_int(s, 0), 2);
    ck_assert_int_eq(sqlite3_column_int(s, 1), 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
    free(app);
    free(before);
    free(p);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_safety_not_a_database_or_not_a_file)
{
    char *dir = harness_tmpdir();
    char *p = kg_xasprintf("%s/a.txt", dir);
    harness_write_file(p, good_text, strlen(good_text));
    char *notes = kg_xasprintf("%s/notes.db", dir);
    kg_buf text = {0};
    for (int i = 0; i < 20; i++)
        kg_buf_puts(&text, "Plain notes that happen to end in .db, not a database.\n");
    harness_write_file(notes, text.data, text.len);
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "--db notes.db build a.txt", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "notes.db"));
    ck_assert_ptr_nonnull(strstr(err, "not a database"));
    free(out);
    free(err);
    size_t len;
    char *after = file_bytes(dir, "notes.db", &len);
    ck_assert_uint_eq(len, text.len);
    ck_assert_int_eq(memcmp(after, text.data, len), 0);
    free(after);
    /* a FIFO or a directory as --db: refused at once, not waited on */
    char *fifo = kg_xasprintf("%s/pipe.db", dir);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    int rc = kg(dir, "--db pipe.db build a.txt", &out, &err);
    ck_assert_int_ne(rc, TIMED_OUT);
    ck_assert_int_eq(rc, 1);
    ck_assert_ptr_nonnull(strstr(err, "not a regular file"));
    free(out);
    free(err);
    ck_assert_int_eq(kg(dir, "--db . stats", &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(err, "not a regular file"));
    free(out);
    free(err);
    kg_buf_free(&text);
    free(fifo);
    free(notes);
    free(p);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_safety_export_onto_store_refused)
{
    char *dir = built_store();
    size_t before_len, after_len;
    char *before = file_bytes(dir, "kg.db", &before_len);
    char *hard = kg_xasprintf("%s/same.db", dir), *db = kg_xasprintf("%s/kg.db", dir);
    ck_assert_int_eq(link(db, hard), 0);
    static const char *const commands[] = {
        "--db kg.db export json -o kg.db",      "--db kg.db export graphml -o ./kg.db",
        "--db kg.db export gexf -o kg.db-wal",  "--db kg.db export json -o same.db",
        "--db ./kg.db export csv -o kg.db-shm", "--db kg.db export cytoscape -o kg.db-journal"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char *out = NULL, *err = NULL;
        ck_assert_msg(kg(dir, commands[i], &out, &err) == 1, "'%s' not refused", commands[i]);
        ck_assert_ptr_nonnull(strstr(err, "refusing to write the export onto the store"));
        free(out);
        free(err);
    }
    char *after = file_bytes(dir, "kg.db", &after_len);
    ck_assert_uint_eq(after_len, before_len);
    ck_assert_int_eq(memcmp(after, before, before_len), 0);
    ck_assert(!exists(dir, "kg.db-wal"));
    ck_assert(!exists(dir, "kg.db-journal"));
    ck_assert_int_eq(kg_quiet(dir, "--db kg.db stats"), 0);
    /* the same name in another directory is another file */
    char *sub = kg_xasprintf("%s/out", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    ck_assert_int_eq(kg_quiet(dir, "--db kg.db export json -o out/kg.db"), 0);
    ck_assert(exists(dir, "out/kg.db"));
    ck_assert_int_eq(kg_path_same_file(db, hard), 1);
    free(sub);
    free(after);
    free(before);
    free(hard);
    free(db);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_safety_output_dash_is_stdout)
{
    char *dir = built_store();
    static const char *const formats[] = {"json", "graphml", "gexf", "cytoscape"};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        char *plain = NULL, *dash = NULL, *err = NULL;
        char *args = kg_xasprintf("--db kg.db export %s", formats[i]);
        ck_assert_int_eq(kg(dir, args, &plain, &err), 0);
        free(err);
        free(args);
        args = kg_xasprintf("--db kg.db export %s -o -", formats[i]);
        ck_assert_int_eq(kg(dir, args, &dash, &err), 0);
        ck_assert_uint_gt(strlen(dash), 100);
        ck_assert_str_eq(dash, plain);
        ck_assert_msg(!exists(dir, "-"), "%s wrote a file named '-'", formats[i]);
        free(args);
        free(plain);
        free(dash);
        free(err);
    }
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(kg(dir, "--db kg.db export csv -o -", &out, &err), 2);
    ck_assert_ptr_nonnull(strstr(err, "csv"));
    ck_assert(!exists(dir, "-"));
    free(out);
    free(err);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

/* Runs kg as a user who may read the store but not write it: as nobody when the tests run
 * as root (root may write anything), else as ourselves after chmod. Returns the exit status,
 * or -2 when it cannot be arranged here (the binary not reachable by nobody). */
static int kg_as_reader(const char *dir, const char *args, char **out, char **err)
{
    const char *as = "";
    if (geteuid() == 0) {
        as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
        char *probe = kg_xasprintf("%stest -x '%s'", as, KG_BINARY);
        int ok = system(probe) == 0;
        free(probe);
        if (!ok)
            return -2;
    }
    char *cmd = kg_xasprintf("cd '%s' && %s" TIMEOUT "'%s' %s", dir, as, KG_BINARY, args);
    int rc = harness_run(cmd, out, err);
    free(cmd);
    return rc;
}

/* Checks that query, stats and export answer from dir/kg.db as a reader, and that the
 * store's bytes do not change. */
static void assert_readable(const char *dir)
{
    size_t before_len, after_len;
    char *before = file_bytes(dir, "kg.db", &before_len);
    static const char *const commands[] = {"--db kg.db query centrality -n 3",
                                           "--db kg.db query search Astana", "--db kg.db stats",
                                           "--db kg.db export json"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char *out = NULL, *err = NULL;
        int rc = kg_as_reader(dir, commands[i], &out, &err);
        if (rc == -2) {
            fprintf(stderr, "test_safety: cannot run kg as another user here; skipped\n");
            free(before);
            return;
        }
        ck_assert_msg(rc == 0, "'%s' failed on a read-only store: %s", commands[i], err);
        ck_assert_ptr_null(strstr(err, "readonly"));
        ck_assert_uint_gt(strlen(out), 10);
        free(out);
        free(err);
    }
    char *after = file_bytes(dir, "kg.db", &after_len);
    ck_assert_uint_eq(after_len, before_len);
    ck_assert_int_eq(memcmp(after, before, before_len), 0);
    free(after);
    free(before);
}

START_TEST(test_safety_read_only_store)
{
    char *dir = built_store();
    char *db = kg_xasprintf("%s/kg.db", dir);
    /* the file and its directory write-protected: no -shm can be made */
    ck_assert_int_eq(chmod(db, 0444), 0);
    ck_assert_int_eq(chmod(dir, 0555), 0);
    assert_readable(dir);
    /* the directory writable, the file not */
    ck_assert_int_eq(chmod(dir, 0777), 0);
    assert_readable(dir);
    /* the library opens it read-only and says so; a writable store is not */
    kg_store *st = NULL;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&st, db, KG_STORE_READ, &err), KG_OK);
    ck_assert_int_eq(kg_store_is_read_only(st), geteuid() != 0);
    kg_store_close(st);
    ck_assert_int_eq(chmod(db, 0644), 0);
    ck_assert_int_eq(kg_store_open(&st, db, KG_STORE_READ, &err), KG_OK);
    ck_assert_int_eq(kg_store_is_read_only(st), 0);
    kg_store_close(st);
    free(db);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_safety_read_never_creates_or_changes_schema)
{
    char *dir = harness_tmpdir();
    char *empty = kg_xasprintf("%s/empty.db", dir);
    harness_write_file(empty, "", 0);
    kg_store *st = NULL;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_store_open(&st, empty, KG_STORE_READ, &err), KG_ENOTFOUND);
    ck_assert_ptr_null(st);
    ck_assert_ptr_nonnull(strstr(err.msg, "kg build"));
    size_t len = 99;
    char *bytes = file_bytes(dir, "empty.db", &len);
    ck_assert_uint_eq(len, 0);
    free(bytes);
    /* an empty file is fine to build into */
    ck_assert_int_eq(kg_store_open(&st, empty, KG_STORE_CREATE, &err), KG_OK);
    kg_store_close(st);
    free(empty);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_safety_newer_schema_refused_by_every_command)
{
    char *dir = built_store();
    char *db = kg_xasprintf("%s/kg.db", dir);
    sqlite3 *h = NULL;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(h, "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(h);
    size_t before_len, after_len;
    char *before = file_bytes(dir, "kg.db", &before_len);
    static const char *const commands[] = {"--db kg.db build a.txt", "--db kg.db stats",
                                           "--db kg.db query search Astana",
                                           "--db kg.db export json"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char *out = NULL, *err = NULL;
        ck_assert_msg(kg(dir, commands[i], &out, &err) == 1, "'%s' not refused", commands[i]);
        ck_assert_ptr_nonnull(strstr(err, "schema version 99 is newer"));
        ck_assert_uint_eq(count_lines(err), 1);
        free(out);
        free(err);
    }
    char *after = file_bytes(dir, "kg.db", &after_len);
    ck_assert_uint_eq(after_len, before_len);
    ck_assert_int_eq(memcmp(after, before, before_len), 0);
    free(after);
    free(before);
    free(db);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

static Suite *safety_suite(void)
{
    Suite *s = suite_create("safety");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_safety_foreign_sqlite_left_alone);
    tcase_add_test(tc, test_safety_not_a_database_or_not_a_file);
    tcase_add_test(tc, test_safety_export_onto_store_refused);
    tcase_add_test(tc, test_safety_output_dash_is_stdout);
    tcase_add_test(tc, test_safety_read_only_store);
    tcase_add_test(tc, test_safety_read_never_creates_or_changes_schema);
    tcase_add_test(tc, test_safety_newer_schema_refused_by_every_command);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(safety_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
