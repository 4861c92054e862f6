/* test_mem: the allocation helpers and the growable buffer of kg_mem. */
#include "../src/kg_mem.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_mem_buf_append_puts_putc)
{
    kg_buf b = {0};
    kg_buf_append(&b, "abc", 3);
    kg_buf_puts(&b, "def");
    kg_buf_putc(&b, 'g');
    ck_assert_uint_eq(b.len, 7);
    ck_assert_str_eq(b.data, "abcdefg");
    ck_assert_uint_ge(b.cap, b.len + 1);
    ck_assert_int_eq(b.data[b.len], '\0');
    /* only the first n bytes are appended */
    kg_buf_append(&b, "hijklmn", 2);
    ck_assert_str_eq(b.data, "abcdefghi");
    kg_buf_free(&b);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
}
END_TEST

START_TEST(test_mem_buf_embedded_nul)
{
    kg_buf b = {0};
    kg_buf_append(&b, "a\0b", 3);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_int_eq(memcmp(b.data, "a\0b", 4), 0);
    kg_buf_putc(&b, '\0');
    ck_assert_uint_eq(b.len, 4);
    ck_assert_int_eq(b.data[3], '\0');
    ck_assert_int_eq(b.data[2], 'b');
    kg_buf_free(&b);
}
END_TEST

START_TEST(test_mem_buf_grows_large)
{
    kg_buf b = {0};
    char expect[64];
    for (int i = 0; i < 10000; i++)
        kg_buf_printf(&b, "%d,", i);
    /* spot-check content and total length computed independently */
    size_t want = 0;
    for (int i = 0; i < 10000; i++)
        want += (size_t)snprintf(expect, sizeof expect, "%d,", i);
    ck_assert_uint_eq(b.len, want);
    ck_assert_uint_eq(strlen(b.data), want);
    ck_assert_int_eq(strncmp(b.data, "0,1,2,3,", 8), 0);
    ck_assert_str_eq(b.data + b.len - 5, "9999,");
    kg_buf_free(&b);
}
END_TEST

START_TEST(test_mem_buf_printf_formats)
{
    kg_buf b = {0};
    kg_buf_puts(&b, "x=");
    kg_buf_printf(&b, "%d %s %.2f %zu", -42, "Қазақстан", 2.5, (size_t)7);
    ck_assert_str_eq(b.data, "x=-42 Қазақстан 2.50 7");
    ck_assert_uint_eq(b.len, strlen("x=-42 Қазақстан 2.50 7"));
    /* an empty expansion leaves the buffer as it was */
    kg_buf_printf(&b, "%s", "");
    ck_assert_str_eq(b.data, "x=-42 Қазақстан 2.50 7");
    kg_buf_free(&b);
}
END_TEST

START_TEST(test_mem_buf_reset_and_take)
{
    kg_buf b = {0};
    kg_buf_puts(&b, "hello");
    kg_buf_reset(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(b.data, "");
    kg_buf_puts(&b, "again");
    char *s = kg_buf_take(&b);
    ck_assert_str_eq(s, "again");
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    free(s);
    /* reset of a never-used buffer is harmless; take of it gives "" (never NULL) */
    kg_buf empty = {0};
    kg_buf_reset(&empty);
    char *e = kg_buf_take(&empty);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e, "");
    free(e);
    kg_buf_free(NULL);
}
END_TEST

START_TEST(test_mem_xasprintf)
{
    char *s = kg_xasprintf("%s-%03d-%c", "kg", 7, 'z');
    ck_assert_str_eq(s, "kg-007-z");
    free(s);
    char *e = kg_xasprintf("%s", "");
    ck_assert_str_eq(e, "");
    free(e);
    /* a result far longer than any internal first guess */
    char *big = kg_xmalloc(5001);
    memset(big, 'q', 5000);
    big[5000] = '\0';
    char *l = kg_xasprintf("<%s>", big);
    ck_assert_uint_eq(strlen(l), 5002);
    ck_assert_int_eq(l[0], '<');
    ck_assert_int_eq(l[5001], '>');
    ck_assert_int_eq(l[2500], 'q');
    free(l);
    free(big);
}
END_TEST

START_TEST(test_mem_grow_doubling)
{
    int *a = NULL;
    size_t cap = 0;
    KG_GROW(a, cap, 1);
    ck_assert_ptr_nonnull(a);
    ck_assert_uint_eq(cap, 8); /* first allocation holds 8 */
    for (int i = 0; i < 8; i++)
        a[i] = i * i;
    int *before = a;
    KG_GROW(a, cap, 8); /* already big enough: untouched */
    ck_assert_ptr_eq(a, before);
    ck_assert_uint_eq(cap, 8);
    KG_GROW(a, cap, 9);
    ck_assert_uint_eq(cap, 16);
    KG_GROW(a, cap, 100);
    ck_assert_uint_eq(cap, 128);
    /* contents survive the reallocations */
    for (int i = 0; i < 8; i++)
        ck_assert_int_eq(a[i], i * i);
    a[127] = 5; /* the whole capacity is usable (ASan checks) */
    ck_assert_int_eq(a[127], 5);
    free(a);
}
END_TEST

START_TEST(test_mem_grow_struct_elements)
{
    typedef struct {
        double x;
        char name[24];
    } item;
    item *items = NULL;
    size_t cap = 0, n = 0;
    for (size_t i = 0; i < 1000; i++) {
        KG_GROW(items, cap, n + 1);
        items[n].x = (double)i / 2;
        snprintf(items[n].name, sizeof items[n].name, "item%zu", i);
        n++;
    }
    ck_assert_uint_ge(cap, 1000);
    ck_assert_uint_eq(cap, 1024);
    ck_assert_str_eq(items[999].name, "item999");
    ck_assert(items[999].x == 499.5);
    ck_assert_str_eq(items[0].name, "item0");
    free(items);
}
END_TEST

START_TEST(test_mem_strdup_strndup_calloc)
{
    ck_assert_ptr_null(kg_xstrdup(NULL));
    char *d = kg_xstrdup("Zhezkazgan");
    ck_assert_str_eq(d, "Zhezkazgan");
    free(d);
    char *n = kg_xstrndup("Zhezkazgan", 4);
    ck_assert_str_eq(n, "Zhez");
    free(n);
    char *z = kg_xstrndup("abc", 0);
    ck_assert_str_eq(z, "");
    free(z);
    unsigned char *c = kg_xcalloc(16, 4);
    for (size_t i = 0; i < 64; i++)
        ck_assert_uint_eq(c[i], 0);
    free(c);
    /* zero-size requests still return freeable, non-NULL memory */
    void *m = kg_xmalloc(0);
    ck_assert_ptr_nonnull(m);
    m = kg_xrealloc(m, 0);
    ck_assert_ptr_nonnull(m);
    free(m);
    void *cz = kg_xcalloc(0, 0);
    ck_assert_ptr_nonnull(cz);
    free(cz);
}
END_TEST

static Suite *mem_suite(void)
{
    Suite *s = suite_create("mem");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_mem_buf_append_puts_putc);
    tcase_add_test(tc, test_mem_buf_embedded_nul);
    tcase_add_test(tc, test_mem_buf_grows_large);
    tcase_add_test(tc, test_mem_buf_printf_formats);
    tcase_add_test(tc, test_mem_buf_reset_and_take);
    tcase_add_test(tc, test_mem_xasprintf);
    tcase_add_test(tc, test_mem_grow_doubling);
    tcase_add_test(tc, test_mem_grow_struct_elements);
    tcase_add_test(tc, test_mem_strdup_strndup_calloc);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(mem_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
