/* test_translit: ICU's fold and latin forms of names (diacritics, case, compatibility forms,
 * Kazakh and Russian Cyrillic, Greek, other scripts), which strings need ICU at all, odd input,
 * the fallback when ICU fails, and one transliterator per thread. */
#include "../src/text/kg_translit.h"
#include "harness.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *fold(const char *s)
{
    size_t len = 0;
    char *f = kg_translit_fold(s, strlen(s), &len);
    ck_assert_msg(f != NULL, "no fold form of '%s'", s);
    ck_assert_uint_eq(len, strlen(f));
    return f;
}

static char *latin(const char *s)
{
    size_t len = 0;
    char *l = kg_translit_latin(s, strlen(s), &len);
    ck_assert_msg(l != NULL, "no latin form of '%s'", s);
    ck_assert_uint_eq(len, strlen(l));
    return l;
}

static int is_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

START_TEST(test_translit_which_strings_need_icu)
{
    static const char *const table_path[] = {
        "",         "Kassym-Jomart Tokayev", "Kazakhstan’s", "“Amanat” – «Ak Zhol»",
        "A\u00a0B", "Tokayev…Nazarbayev",
    };
    for (size_t i = 0; i < sizeof table_path / sizeof table_path[0]; i++)
        ck_assert_msg(!kg_translit_needed(table_path[i], strlen(table_path[i])), "'%s'",
                      table_path[i]);
    static const char *const icu_path[] = {
        "Café", "Токаев", "Tokayev 😀", "Ｔｏｋａｙｅｖ", "e\xcc\x81", "a\377b",
    };
    for (size_t i = 0; i < sizeof icu_path / sizeof icu_path[0]; i++)
        ck_assert_msg(kg_translit_needed(icu_path[i], strlen(icu_path[i])), "'%s'", icu_path[i]);
    /* the length bounds the input */
    ck_assert(!kg_translit_needed("Astana Тараз", 6));
    /* only letters of scripts other than Latin need the latin form */
    static const char *const latin_script[] = {"", "Tokayev", "Café", "Nguyễn", "Łódź 😀 ★"};
    for (size_t i = 0; i < sizeof latin_script / sizeof latin_script[0]; i++)
        ck_assert_msg(!kg_translit_other_script(latin_script[i], strlen(latin_script[i])), "'%s'",
                      latin_script[i]);
    static const char *const other_script[] = {"Токаев", "Tокаев", "Κυριάκος", "习近平", "محمد"};
    for (size_t i = 0; i < sizeof other_script / sizeof other_script[0]; i++)
        ck_assert_msg(kg_translit_other_script(other_script[i], strlen(other_script[i])), "'%s'",
                      other_script[i]);
}
END_TEST

START_TEST(test_translit_fold_keeps_scripts)
{
    static const char *const cases[][2] = {
        {"Nguyễn Phú Trọng", "nguyen phu trong"},
        {"Straße ẞ", "strasse ss"},
        {"Đặng Łódź Ørsted Æbelø", "dang lodz orsted aebelo"},
        {"ＴＯＫＡＹＥＶ", "tokayev"},
        {"İstanbul", "istanbul"},
        {"ﬁnance", "finance"},
        {"Ilham Əliyev", "ilham aliyev"},
        {"Nazar\u00adbayev", "nazarbayev"},       /* a soft hyphen */
        {"Cafe\xcc\x81", "cafe"},                 /* a decomposed é */
        {"Қазақстан", "қазақстан"},               /* Cyrillic lower-cased, kept */
        {"ЙОШКАР-ОЛА Ёлкин", "йошкар-ола ёлкин"}, /* й and ё are letters, not diacritics */
        {"ΣΟΦΟΣ σοφος", "σοφοσ σοφοσ"},           /* final sigma folded */
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *f = fold(cases[i][0]);
        ck_assert_msg(strcmp(f, cases[i][1]) == 0, "'%s' -> '%s', want '%s'", cases[i][0], f,
                      cases[i][1]);
        free(f);
    }
}
END_TEST

START_TEST(test_translit_latin_forms)
{
    static const char *const cases[][2] = {
        {"Касым-Жомарт Токаев", "kasym-zhomart tokayev"},
        {"Жолдыбалина", "zholdybalina"},
        {"Ермек", "yermek"},
        {"Мирзиёев", "mirziyoyev"},
        {"Объект Ильич", "obekt ilich"}, /* hard and soft signs dropped */
        {"Щукин Цой Хабаров", "shchukin tsoy khabarov"},
        /* Kazakh letters as English-language news writes them */
        {"Ә Ғ Қ Ң Ө Ұ Ү Һ І", "a g k n o u u h i"},
        {"әғқңөұүһі", "agknouuhi"},
        {"Маңғыстау Жаңаөзен Өскемен", "mangystau zhanaozen oskemen"},
        {"Нұрсұлтан Әбішұлы", "nursultan abishuly"},
        {"Κυριάκος Μητσοτάκης", "kiriakos mitsotakis"},
        {"Ανδρέας", "andreas"},
        {"Nguyễn Phú Trọng", "nguyen phu trong"},
        {"Ilham Əliyev", "ilham aliyev"},
        {"ＴＯＫＡＹＥＶ", "tokayev"},
        {"Tокаев", "tokayev"}, /* a Latin T in a Cyrillic word */
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *l = latin(cases[i][0]);
        ck_assert_msg(strcmp(l, cases[i][1]) == 0, "'%s' -> '%s', want '%s'", cases[i][0], l,
                      cases[i][1]);
        free(l);
    }
    /* scripts without a special rule get some ASCII form of their own */
    static const char *const other[] = {"محمد بن سلمان", "习近平", "Бенјамин Нетанјаху",
                                        "בנימין נתניהו", "문재인", "ქართული"};
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++) {
        char *l = latin(other[i]);
        ck_assert_msg(strlen(l) > 0 && is_ascii(l), "'%s' -> '%s'", other[i], l);
        free(l);
    }
}
END_TEST

START_TEST(test_translit_odd_input)
{
    char *l = latin("\xcc\x81"); /* a lone combining mark */
    ck_assert_str_eq(l, "");
    free(l);
    l = latin("😀 Токаев 👩‍💻"); /* emoji have no Latin form and stay */
    ck_assert_str_eq(l, "😀 tokayev 👩‍💻");
    free(l);
    char *f = fold("a\377b"); /* invalid UTF-8 becomes U+FFFD */
    ck_assert_str_eq(f, "a\ufffdb");
    free(f);
    /* a NUL byte stays and the length says so */
    static const char nul[] = "Ток\0аев";
    size_t len = 0;
    l = kg_translit_latin(nul, sizeof nul - 1, &len);
    ck_assert_ptr_nonnull(l);
    ck_assert_str_eq(l, "tok");
    ck_assert_uint_gt(len, strlen(l) + 1);
    free(l);
    /* growth: щ becomes four letters, and U+FDFA (three bytes) eighteen letters in NFKC,
     * more than the first buffer holds */
    char big[2 * 2 * 50 + 1] = "";
    for (int i = 0; i < 50; i++)
        strcat(big, "щщ");
    l = latin(big);
    ck_assert_uint_eq(strlen(l), 400);
    free(l);
    char ligatures[3 * 20 + 1] = "";
    for (int i = 0; i < 20; i++)
        strcat(ligatures, "\xef\xb7\xba");
    l = latin(ligatures);
    ck_assert_msg(strlen(l) >= 20 * 15 && is_ascii(l), "'%s'", l);
    free(l);
}
END_TEST

START_TEST(test_translit_failure_returns_null)
{
    size_t len = 7;
    kg_translit_simulate_failure(1);
    ck_assert_ptr_null(kg_translit_latin("Токаев", strlen("Токаев"), &len));
    ck_assert_ptr_null(kg_translit_fold("Café", strlen("Café"), &len));
    kg_translit_simulate_failure(0);
    char *l = latin("Токаев");
    ck_assert_str_eq(l, "tokayev");
    free(l);
    /* released, then opened again on the next call */
    kg_translit_release();
    kg_translit_release();
    l = latin("Токаев");
    ck_assert_str_eq(l, "tokayev");
    free(l);
}
END_TEST

START_TEST(test_translit_classes)
{
    ck_assert(kg_translit_is_alnum('a'));
    ck_assert(kg_translit_is_alnum('7'));
    ck_assert(kg_translit_is_alnum(0x0436)); /* ж */
    ck_assert(kg_translit_is_alnum(0x4E60)); /* 习 */
    ck_assert(kg_translit_is_alnum(0x0661)); /* Arabic-Indic digit one */
    ck_assert(!kg_translit_is_alnum(' '));
    ck_assert(!kg_translit_is_alnum(0x1F600)); /* emoji */
    ck_assert(!kg_translit_is_alnum(0x110000));
    ck_assert(kg_translit_is_mark(0x0301));
    ck_assert(kg_translit_is_mark(0x093F)); /* Devanagari vowel sign i */
    ck_assert(!kg_translit_is_mark('a'));
    ck_assert(!kg_translit_is_mark(0x110000));
}
END_TEST

/* Each thread opens its own transliterators; those of a thread that exits are closed by the
 * key's destructor (LeakSanitizer would report them otherwise). */
static void *thread_main(void *arg)
{
    int release = *(const int *)arg;
    for (int i = 0; i < 50; i++) {
        size_t len;
        char *l = kg_translit_latin("Касым-Жомарт Токаев", strlen("Касым-Жомарт Токаев"), &len);
        char *f = kg_translit_fold("Nguyễn", strlen("Nguyễn"), &len);
        int ok = l && f && strcmp(l, "kasym-zhomart tokayev") == 0 && strcmp(f, "nguyen") == 0;
        free(l);
        free(f);
        if (!ok)
            return NULL;
    }
    if (release)
        kg_translit_release();
    return arg;
}

START_TEST(test_translit_one_per_thread)
{
    pthread_t th[4];
    int release[4] = {0, 1, 0, 1};
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(pthread_create(&th[i], NULL, thread_main, &release[i]), 0);
    for (int i = 0; i < 4; i++) {
        void *res = NULL;
        ck_assert_int_eq(pthread_join(th[i], &res), 0);
        ck_assert_msg(res == &release[i], "thread %d got a wrong form", i);
    }
}
END_TEST

static Suite *translit_suite(void)
{
    Suite *s = suite_create("translit");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_translit_which_strings_need_icu);
    tcase_add_test(tc, test_translit_fold_keeps_scripts);
    tcase_add_test(tc, test_translit_latin_forms);
    tcase_add_test(tc, test_translit_odd_input);
    tcase_add_test(tc, test_translit_failure_returns_null);
    tcase_add_test(tc, test_translit_classes);
    tcase_add_test(tc, test_translit_one_per_thread);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(translit_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
