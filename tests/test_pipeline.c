/* test_pipeline: extraction on worker threads handed on in input order (kg_pipeline), the
 * progress line's figures (kg_progress) and the input's total size (kg_ingest_measure). */
#include "../src/extract/kg_extract_json.h"
#include "../src/ingest/kg_ingest.h"
#include "../src/kg_mem.h"
#include "../src/kg_pipeline.h"
#include "../src/kg_progress.h"
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define N_DOCS 120

/* Document i: of very different lengths, so that threads finish them out of order. */
static kg_document *make_doc(size_t i)
{
    kg_buf b = {0};
    kg_buf_printf(&b, "Meeting %zu in Astana\n\n", i);
    size_t paragraphs = i % 7 == 0 ? 40 : 1 + i % 3;
    for (size_t k = 0; k < paragraphs; k++)
        kg_buf_printf(&b,
                      "Foreign Minister Murat Nurtleu met delegation %zu-%zu of Uzbekistan in "
                      "Tashkent. Ambassador Daniel Rosenblum said the sides discussed water.\n\n",
                      i, k);
    kg_document *d = kg_document_new("test", NULL, "2023-03-19", b.data, b.len);
    kg_buf_free(&b);
    return d;
}

/* What the consumer saw: tags in order, each document's extraction as a JSON line. */
typedef struct seen {
    unsigned long long tags[N_DOCS];
    char *lines[N_DOCS];
    size_t n;
    size_t fail_at;       /* return an error when taking this document */
    int failed;           /* the error was returned */
    size_t after_failure; /* documents taken after it */
} seen;

static int take(kg_document *doc, kg_extraction *x, unsigned long long tag, void *ctx,
                kg_error *err)
{
    seen *s = ctx;
    int rc = KG_OK;
    if (s->failed) {
        s->after_failure++;
    } else if (s->n == s->fail_at) {
        s->failed = 1;
        rc = kg_error_set(err, KG_ESTORE, "store failed at document %zu", s->n);
    } else {
        ck_assert_uint_lt(s->n, N_DOCS);
        s->tags[s->n] = tag;
        s->lines[s->n] = kg_extract_json_dump(x, err);
        s->n++;
    }
    kg_extraction_free(x);
    kg_document_free(doc);
    return rc;
}

static void run(seen *s, unsigned threads)
{
    kg_pipeline *p = NULL;
    kg_error err = {0};
    ck_assert_int_eq(kg_pipeline_new(&p, lex, threads, take, s, &err), KG_OK);
    for (size_t i = 0; i < N_DOCS; i++)
        ck_assert_int_eq(kg_pipeline_push(p, make_doc(i), 1000 + i, &err), KG_OK);
    ck_assert_int_eq(kg_pipeline_finish(p, &err), KG_OK);
    kg_pipeline_free(p);
}

static void release(seen *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->lines[i]);
}

START_TEST(test_pipeline_hands_on_in_input_order)
{
    seen one = {.fail_at = (size_t)-1}, four = {.fail_at = (size_t)-1};
    run(&one, 1);
    run(&four, 4);
    ck_assert_uint_eq(one.n, N_DOCS);
    ck_assert_uint_eq(four.n, N_DOCS);
    for (size_t i = 0; i < N_DOCS; i++) {
        ck_assert_uint_eq(four.tags[i], 1000 + i);
        ck_assert_ptr_nonnull(four.lines[i]);
        ck_assert_msg(strcmp(one.lines[i], four.lines[i]) == 0,
                      "document %zu extracted differently on 4 threads", i);
        ck_assert_ptr_nonnull(strstr(four.lines[i], "Rosenblum"));
    }
    release(&one);
    release(&four);
}
END_TEST

START_TEST(test_pipeline_error_stops_it)
{
    for (unsigned threads = 1; threads <= 3; threads += 2) {
        seen s = {.fail_at = 5};
        kg_pipeline *p = NULL;
        kg_error err = {0};
        ck_assert_int_eq(kg_pipeline_new(&p, lex, threads, take, &s, &err), KG_OK);
        int rc = KG_OK;
        for (size_t i = 0; i < N_DOCS && rc == KG_OK; i++)
            rc = kg_pipeline_push(p, make_doc(i), i, &err);
        kg_error fin = {0};
        ck_assert_int_eq(kg_pipeline_finish(p, &fin), KG_ESTORE);
        ck_assert_str_eq(fin.msg, "store failed at document 5");
        if (threads == 1)
            ck_assert_int_eq(rc, KG_ESTORE);
        ck_assert_uint_eq(s.n, 5);
        ck_assert_uint_eq(s.after_failure, 0); /* nothing handed on after the failure */
        kg_pipeline_free(p);
        release(&s);
    }
}
END_TEST

/* What the idle function saw: when it was called, counted in documents taken. */
typedef struct idle_log {
    seen s;
    size_t calls;
    size_t taken_at_call[8];
    int fail; /* return an error */
} idle_log;

static int take_logged(kg_document *doc, kg_extraction *x, unsigned long long tag, void *ctx,
                       kg_error *err)
{
    return take(doc, x, tag, &((idle_log *)ctx)->s, err);
}

static int on_idle(void *ctx, kg_error *err)
{
    idle_log *log = ctx;
    if (log->calls < 8)
        log->taken_at_call[log->calls] = log->s.n;
    log->calls++;
    return log->fail ? kg_error_set(err, KG_ESTORE, "commit failed") : KG_OK;
}

static void pause_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

/* The consumer says it waits for input once per wait, after what came before was taken, and
 * only after KG_PIPELINE_IDLE_MS without a document; an error from it stops the pipeline. */
START_TEST(test_pipeline_tells_idle)
{
    idle_log log = {.s = {.fail_at = (size_t)-1}};
    kg_pipeline *p = NULL;
    kg_error err = {0};
    ck_assert_int_eq(kg_pipeline_new(&p, lex, 2, take_logged, &log, &err), KG_OK);
    kg_pipeline_on_idle(p, on_idle);
    pause_ms(3 * KG_PIPELINE_IDLE_MS); /* waiting for the first document: idle once */
    for (size_t i = 0; i < 3; i++)
        ck_assert_int_eq(kg_pipeline_push(p, make_doc(i), i, &err), KG_OK);
    pause_ms(4 * KG_PIPELINE_IDLE_MS); /* one wait, however long: idle once more */
    ck_assert_int_eq(kg_pipeline_push(p, make_doc(3), 3, &err), KG_OK);
    ck_assert_int_eq(kg_pipeline_finish(p, &err), KG_OK);
    kg_pipeline_free(p);
    ck_assert_uint_eq(log.s.n, 4);
    ck_assert_uint_eq(log.calls, 2);
    ck_assert_uint_eq(log.taken_at_call[0], 0);
    ck_assert_uint_eq(log.taken_at_call[1], 3);
    release(&log.s);

    /* documents that keep coming leave no time to be idle */
    idle_log busy = {.s = {.fail_at = (size_t)-1}};
    ck_assert_int_eq(kg_pipeline_new(&p, lex, 2, take_logged, &busy, &err), KG_OK);
    for (size_t i = 0; i < 20; i++)
        ck_assert_int_eq(kg_pipeline_push(p, make_doc(i), i, &err), KG_OK);
    kg_pipeline_on_idle(p, on_idle);
    ck_assert_int_eq(kg_pipeline_finish(p, &err), KG_OK);
    kg_pipeline_free(p);
    ck_assert_uint_eq(busy.calls, 0);
    release(&busy.s);

    /* an error stops it */
    idle_log failing = {.s = {.fail_at = (size_t)-1}, .fail = 1};
    ck_assert_int_eq(kg_pipeline_new(&p, lex, 2, take_logged, &failing, &err), KG_OK);
    kg_pipeline_on_idle(p, on_idle);
    ck_assert_int_eq(kg_pipeline_push(p, make_doc(0), 0, &err), KG_OK);
    pause_ms(3 * KG_PIPELINE_IDLE_MS);
    ck_assert_int_eq(kg_pipeline_push(p, make_doc(1), 1, &err), KG_ESTORE);
    ck_assert_str_eq(err.msg, "commit failed");
    ck_assert_int_eq(kg_pipeline_finish(p, &err), KG_ESTORE);
    kg_pipeline_free(p);
    ck_assert_uint_eq(failing.s.n, 1);
    release(&failing.s);
}
END_TEST

START_TEST(test_pipeline_thread_count_checked)
{
    seen s = {0};
    kg_pipeline *p = NULL;
    kg_error err = {0};
    ck_assert_int_eq(kg_pipeline_new(&p, lex, 0, take, &s, &err), KG_EUSAGE);
    ck_assert_ptr_null(p);
    ck_assert_int_eq(kg_pipeline_new(&p, lex, KG_PIPELINE_MAX_THREADS + 1, take, &s, &err),
                     KG_EUSAGE);
    ck_assert_uint_ge(kg_pipeline_default_threads(), 1);
}
END_TEST

START_TEST(test_pipeline_progress_figures)
{
    char line[256];
    kg_progress_format(line, sizeof line, 30, 500000, 1000000, 10.0);
    ck_assert_msg(strstr(line, "30 documents") && strstr(line, "0.5 of 1.0 MB (50%)") &&
                      strstr(line, "3 documents/s") && strstr(line, "0.05 MB/s") &&
                      strstr(line, "10s left"),
                  "%s", line);
    kg_progress_format(line, sizeof line, 30, 250000, 1000000, 100.0);
    ck_assert_msg(strstr(line, "(25%)") && strstr(line, "5m00s left"), "%s", line);
    kg_progress_format(line, sizeof line, 7, 1000, 0, 2.0); /* standard input: no total */
    ck_assert_msg(strstr(line, "7 documents") && !strstr(line, "left") && !strstr(line, "%"), "%s",
                  line);
}
END_TEST

START_TEST(test_pipeline_input_measured)
{
    char *dir = harness_tmpdir();
    char *sub = kg_xasprintf("%s/sub", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    static const struct {
        const char *name;
        size_t size;
    } files[] = {{"a.txt", 10}, {"sub/b.html", 20}, {".hidden.txt", 5}, {"kg.db", 7}};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char *path = kg_xasprintf("%s/%s", dir, files[i].name);
        harness_write_file(path, "xxxxxxxxxxxxxxxxxxxx", files[i].size);
        free(path);
    }
    const char *paths[] = {dir, "-"};
    ck_assert_uint_eq(kg_ingest_measure(paths, 1, 0), 30);  /* hidden and kg.db left out */
    ck_assert_uint_eq(kg_ingest_measure(paths, 1, 15), 10); /* over the limit: not read */
    ck_assert_uint_eq(kg_ingest_measure(paths, 2, 0), 0);   /* standard input: unknown */
    harness_rmtree(dir);
    free(sub);
    free(dir);
}
END_TEST

static Suite *pipeline_suite(void)
{
    Suite *s = suite_create("pipeline");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_pipeline_hands_on_in_input_order);
    tcase_add_test(tc, test_pipeline_error_stops_it);
    tcase_add_test(tc, test_pipeline_tells_idle);
    tcase_add_test(tc, test_pipeline_thread_count_checked);
    tcase_add_test(tc, test_pipeline_progress_figures);
    tcase_add_test(tc, test_pipeline_input_measured);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(pipeline_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
