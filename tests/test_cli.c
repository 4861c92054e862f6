/* test_cli: the command-line helpers: edit distance and suggestions (cli_args), display
 * widths, cuts and fitting of terminal tables (cli_table). */
#include "../src/cli_args.h"
#include "../src/cli_table.h"
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

START_TEST(test_cli_edit_distance)
{
    ck_assert_uint_eq(kg_cli_edit_distance("build", "build"), 0);
    ck_assert_uint_eq(kg_cli_edit_distance("buidl", "build"), 1); /* one transposition */
    ck_assert_uint_eq(kg_cli_edit_distance("neighbrs", "neighbors"), 1);
    ck_assert_uint_eq(kg_cli_edit_distance("BUILD", "build"), 0);
    ck_assert_uint_eq(kg_cli_edit_distance("", "abc"), 3);
    ck_assert_uint_eq(kg_cli_edit_distance("kitten", "sitting"), 3);
    char long_word[80];
    memset(long_word, 'a', sizeof long_word - 1);
    long_word[sizeof long_word - 1] = '\0';
    ck_assert_uint_eq(kg_cli_edit_distance(long_word, "a"), SIZE_MAX);
}
END_TEST

START_TEST(test_cli_suggest)
{
    static const char *const commands[] = {"build", "export", "query", "stats", "help", NULL};
    ck_assert_str_eq(kg_cli_suggest("buidl", commands), "build");
    ck_assert_str_eq(kg_cli_suggest("qeury", commands), "query");
    ck_assert_str_eq(kg_cli_suggest("exp", commands), "export"); /* a prefix of one */
    ck_assert_ptr_null(kg_cli_suggest("zebra", commands));
    ck_assert_ptr_null(kg_cli_suggest("x", commands));
    ck_assert_ptr_null(kg_cli_suggest("", commands));
    ck_assert_str_eq(kg_cli_suggest("persn", kg_cli_entity_types), "person");
    ck_assert_str_eq(kg_cli_suggest("spoke", kg_cli_relation_types), "spoke-at");
    ck_assert_str_eq(kg_cli_suggest("organization", kg_cli_entity_types), "organisation");
}
END_TEST

START_TEST(test_cli_display_width)
{
    ck_assert_uint_eq(kg_table_display_width("Tokayev"), 7);
    ck_assert_uint_eq(kg_table_display_width("Токаев"), 6);       /* 12 bytes */
    ck_assert_uint_eq(kg_table_display_width("東京"), 4);         /* wide */
    ck_assert_uint_eq(kg_table_display_width("e\xcc\x81te"), 3);  /* e + combining acute */
    ck_assert_uint_eq(kg_table_display_width("\xef\xbc\xa1"), 2); /* full-width A */
    ck_assert_uint_eq(kg_table_display_width(""), 0);
}
END_TEST

/* ASCII is measured without asking ICU (a table of thousands of rows asked it per
 * character): every code point 1-127 must get the width ICU's properties give it. */
START_TEST(test_cli_display_width_ascii_as_icu)
{
    for (UChar32 c = 1; c < 0x80; c++) {
        int8_t cat = u_charType(c);
        int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        size_t icu = cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR
                         ? 0
                     : ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2
                                                               : 1;
        char s[2] = {(char)c, '\0'};
        ck_assert_uint_eq(kg_table_display_width(s), icu);
    }
}
END_TEST

START_TEST(test_cli_fit)
{
    char *s = kg_table_fit("Tokayev", 7);
    ck_assert_str_eq(s, "Tokayev");
    free(s);
    s = kg_table_fit("Tokayev", 5);
    ck_assert_str_eq(s, "Toka\xe2\x80\xa6");
    free(s);
    s = kg_table_fit("Токаев", 4); /* never half a Cyrillic letter */
    ck_assert_str_eq(s, "Ток\xe2\x80\xa6");
    free(s);
    s = kg_table_fit("東京大学", 4); /* a wide letter that does not fit is left out whole */
    ck_assert_str_eq(s, "東\xe2\x80\xa6");
    ck_assert_uint_le(kg_table_display_width(s), 4);
    free(s);
    s = kg_table_fit("e\xcc\x81tude", 3); /* the mark stays with its letter */
    ck_assert_str_eq(s, "e\xcc\x81t\xe2\x80\xa6");
    free(s);
    s = kg_table_fit("abc", 0);
    ck_assert_str_eq(s, "");
    free(s);
}
END_TEST

/* Prints t into a string at width. */
static char *render(const kg_table *t, size_t width)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    ck_assert_ptr_nonnull(f);
    kg_table_print(t, f, width);
    fclose(f);
    return buf;
}

START_TEST(test_cli_table_fits)
{
    kg_table *t = kg_table_new(3, 0, 2);
    kg_table_column(t, 0, "entity", KG_TABLE_LEFT, 4);
    kg_table_column(t, 1, "type", KG_TABLE_LEFT, 0);
    kg_table_column(t, 2, "degree", KG_TABLE_RIGHT, 0);
    kg_table_row(t);
    kg_table_cell(t, "Касым-Жомарт Токаев");
    kg_table_cell(t, "person");
    kg_table_cellf(t, "%d", 31);
    kg_table_row(t);
    kg_table_cell(t, "UN\x1b[31m"); /* a control character is escaped, not printed */
    kg_table_cell(t, "organisation");
    kg_table_cellf(t, "%d", 4);
    char *wide = render(t, 80);
    ck_assert_str_eq(wide, "entity               type          degree\n"
                           "Касым-Жомарт Токаев  person            31\n"
                           "UN\\e[31m             organisation       4\n");
    free(wide);
    char *narrow = render(t, 30); /* 19 + 12 + 6 + 2 gaps of 2: entity cut to 8 */
    ck_assert_str_eq(narrow, "entity    type          degree\n"
                             "Касым-Ж…  person            31\n"
                             "UN\\e[31m  organisation       4\n");
    free(narrow);
    kg_table_free(t);
}
END_TEST

static Suite *cli_suite(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_cli_edit_distance);
    tcase_add_test(tc, test_cli_suggest);
    tcase_add_test(tc, test_cli_display_width);
    tcase_add_test(tc, test_cli_display_width_ascii_as_icu);
    tcase_add_test(tc, test_cli_fit);
    tcase_add_test(tc, test_cli_table_fits);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(cli_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
