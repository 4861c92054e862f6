/* test_walk: the path walker (kg_ingest_walk) over a temporary directory: every document of
 * a tree with the format of each file, a callback that stops the walk, a forced format, and
 * the seed articles; each bad input named in one error. */
#define _GNU_SOURCE /* strcasestr */
#include "../src/ingest/kg_document.h"
#include "../src/ingest/kg_ingest.h"
#include "../src/kg_mem.h"
#include "../src/text/kg_sha256.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Asserts that d's id is the SHA-256 of normalised_text. */
static void assert_id_of(const kg_document *d, const char *normalised_text)
{
    char hex[65];
    kg_sha256_hex(normalised_text, strlen(normalised_text), hex);
    ck_assert_str_eq(d->id, hex);
}

typedef struct collected {
    kg_document_list docs;
    char *errors[16];
    size_t n_errors;
    size_t stop_after; /* 0: never stop */
} collected;

static int collect_doc(kg_document *doc, void *ctx, kg_error *err)
{
    collected *c = ctx;
    kg_document_list_push(&c->docs, doc);
    if (c->stop_after && c->docs.n >= c->stop_after)
        return kg_error_set(err, KG_ESTORE, "stopped after %zu", c->docs.n);
    return KG_OK;
}

static void collect_error(const kg_error *problem, void *ctx)
{
    collected *c = ctx;
    ck_assert_uint_lt(c->n_errors, 16);
    c->errors[c->n_errors++] = kg_xstrdup(problem->msg);
}

static void collected_free(collected *c)
{
    kg_document_list_free(&c->docs);
    for (size_t i = 0; i < c->n_errors; i++)
        free(c->errors[i]);
}

static void write_str(const char *dir, const char *name, const char *data, size_t len)
{
    char *p = kg_xasprintf("%s/%s", dir, name);
    harness_write_file(p, data, len);
    free(p);
}

/* Returns the error message that names file, or NULL. */
static const char *error_naming(const collected *c, const char *file)
{
    for (size_t i = 0; i < c->n_errors; i++)
        if (strstr(c->errors[i], file))
            return c->errors[i];
    return NULL;
}

START_TEST(test_ingest_paths_directory)
{
    char *dir = harness_tmpdir();
    const char *good_b = "Second Story\nFebruary 1, 2022\nText of b.\n";
    const char *good_a = "First Story\nText of a.\n";
    write_str(dir, "b-good.txt", good_b, strlen(good_b));
    write_str(dir, "c-binary.txt",
              "\x7f"
              "ELF\0\0\0\x01\x02",
              9);
    write_str(dir, "d-empty.txt", "", 0);
    write_str(dir, "a-good.txt", good_a, strlen(good_a));
    write_str(dir, ".hidden.txt", "Hidden\nNot read.\n", 17);
    write_str(dir, "kg.db", "SQLite format 3", 15);
    char *sub = kg_xasprintf("%s/e-sub", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    write_str(sub, "z.txt", "Nested Story\nText of z.\n", 24);
    char *missing = kg_xasprintf("%s/no-such-file.txt", dir);

    const char *paths[] = {dir, missing};
    collected c = {0};
    kg_ingest_stats stats;
    kg_error err;
    kg_error_clear(&err);
    int rc =
        kg_ingest_paths(paths, 2, KG_FORMAT_AUTO, collect_doc, collect_error, &c, &stats, &err);
    ck_assert_int_eq(rc, KG_OK);
    /* the good files, in name order, the subdirectory's after them */
    ck_assert_uint_eq(c.docs.n, 3);
    ck_assert_str_eq(c.docs.items[0]->title, "First Story");
    ck_assert_str_eq(c.docs.items[1]->title, "Second Story");
    ck_assert_str_eq(c.docs.items[1]->date, "2022-02-01");
    ck_assert_str_eq(c.docs.items[2]->title, "Nested Story");
    ck_assert_ptr_nonnull(strstr(c.docs.items[0]->source, "a-good.txt"));
    ck_assert_uint_eq(stats.documents, 3);
    /* binary, empty and missing are reported, one message each, naming the file */
    ck_assert_uint_eq(stats.bad_inputs, 3);
    ck_assert_uint_eq(c.n_errors, 3);
    const char *e;
    ck_assert_ptr_nonnull(e = error_naming(&c, "c-binary.txt"));
    ck_assert_ptr_nonnull(strstr(e, "binary"));
    ck_assert_ptr_nonnull(e = error_naming(&c, "d-empty.txt"));
    ck_assert_ptr_nonnull(strstr(e, "empty"));
    ck_assert_ptr_nonnull(e = error_naming(&c, "no-such-file.txt"));
    ck_assert_ptr_nonnull(strstr(e, "No such file"));
    /* files read: a, b, c, d, z (not the hidden file, the store or the missing path) */
    ck_assert_uint_eq(stats.files, 5);
    collected_free(&c);
    harness_rmtree(dir);
    free(dir);
    free(sub);
    free(missing);
}
END_TEST

START_TEST(test_ingest_paths_callback_stops)
{
    char *dir = harness_tmpdir();
    write_str(dir, "1.txt", "One\nx\n", 6);
    write_str(dir, "2.txt", "Two\nx\n", 6);
    write_str(dir, "3.txt", "Three\nx\n", 8);
    const char *paths[] = {dir};
    collected c = {0};
    c.stop_after = 2;
    kg_ingest_stats stats;
    kg_error err;
    kg_error_clear(&err);
    int rc = kg_ingest_paths(paths, 1, KG_FORMAT_AUTO, collect_doc, NULL, &c, &stats, &err);
    ck_assert_int_eq(rc, KG_ESTORE);
    ck_assert_str_eq(err.msg, "stopped after 2");
    ck_assert_uint_eq(c.docs.n, 2);
    ck_assert_str_eq(c.docs.items[1]->title, "Two");
    collected_free(&c);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_ingest_paths_forced_format_and_jsonl)
{
    char *dir = harness_tmpdir();
    const char *jl = "{\"text\": \"Good one.\"}\n{oops}\n{\"text\": \"Good two.\"}\n";
    write_str(dir, "docs.jsonl", jl, strlen(jl));
    const char *paths[] = {dir};
    collected c = {0};
    kg_ingest_stats stats;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(
        kg_ingest_paths(paths, 1, KG_FORMAT_AUTO, collect_doc, collect_error, &c, &stats, &err),
        KG_OK);
    /* both good lines delivered and the bad line reported once, with its number */
    ck_assert_uint_eq(c.docs.n, 2);
    ck_assert_uint_eq(stats.bad_inputs, 1);
    ck_assert_uint_eq(c.n_errors, 1);
    ck_assert_ptr_nonnull(strstr(c.errors[0], "docs.jsonl:2"));
    collected_free(&c);

    /* --format text reads the same file as one text document */
    memset(&c, 0, sizeof c);
    ck_assert_int_eq(
        kg_ingest_paths(paths, 1, KG_FORMAT_TEXT, collect_doc, collect_error, &c, &stats, &err),
        KG_OK);
    ck_assert_uint_eq(c.docs.n, 1);
    ck_assert_uint_eq(stats.bad_inputs, 0);
    ck_assert_str_eq(c.docs.items[0]->title, "{\"text\": \"Good one.\"}");
    collected_free(&c);
    harness_rmtree(dir);
    free(dir);
}
END_TEST

START_TEST(test_ingest_paths_seed_articles)
{
    /* the two public-domain seed articles in examples/ */
    char *a = harness_source_path("examples/kisi-zhezkazgan-2023-03-03.txt");
    char *b = harness_source_path("examples/moscow-roundtable-2023-03-19.txt");
    const char *paths[] = {a, b};
    collected c = {0};
    kg_ingest_stats stats;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(
        kg_ingest_paths(paths, 2, KG_FORMAT_AUTO, collect_doc, collect_error, &c, &stats, &err),
        KG_OK);
    ck_assert_uint_eq(c.docs.n, 2);
    ck_assert_uint_eq(stats.bad_inputs, 0);
    ck_assert_str_eq(c.docs.items[0]->date, "2023-03-03");
    ck_assert_str_eq(c.docs.items[1]->date, "2023-03-19");
    ck_assert_ptr_nonnull(strstr(c.docs.items[0]->title, "Zhezkazgan"));
    ck_assert_ptr_nonnull(strstr(c.docs.items[1]->title, "Moscow"));
    /* the id is the SHA-256 of the stored text */
    assert_id_of(c.docs.items[0], c.docs.items[0]->text);
    collected_free(&c);
    free(a);
    free(b);
}
END_TEST

static Suite *walk_suite(void)
{
    Suite *s = suite_create("walk");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_ingest_paths_directory);
    tcase_add_test(tc, test_ingest_paths_callback_stops);
    tcase_add_test(tc, test_ingest_paths_forced_format_and_jsonl);
    tcase_add_test(tc, test_ingest_paths_seed_articles);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(walk_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
