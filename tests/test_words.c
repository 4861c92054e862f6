/* test_words: kx_is_any and kx_is_any_ci (src/extract/kx_words.c), which look a token up in
 * a hash set built once per word list, give the answer of kx_is / kx_is_ci on each word in
 * turn: for every token of a text, exact and ignoring ASCII case, with repeated words,
 * non-ASCII words and tokens, tokens past the end, and lists first used by several threads
 * at once. */
#include "../src/extract/kg_lexicon.h"
#include "../src/extract/kx_tokens.h"
#include "harness.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const text =
    "He said: \"the THE The tHe\" and she, She, SHE n't don't. Қазақстан қазақстан "
    "KELVIN \xE2\x84\xAA"
    "elvin Straße STRASSE March MARCH march marches Mar. "
    "An extraordinarily-long-hyphenated-word-beyond-every-list ends it, İstanbul istanbul.";

static const char *const pronouns[] = {"he", "she", "He", "She", NULL};
static const char *const mixed[] = {"the",    "The",      "n't", "March", "k", "Қазақстан",
                                    "straße", "istanbul", "the", "a",     NULL}; /* "the" twice */
static const char *const one[] = {"SHE", NULL};
static const char *const none[] = {NULL};

/* What kx_is / kx_is_ci answer by definition: the token's bytes are the word's, exactly or
 * with ASCII letters of either case (strncasecmp in the C locale). */
static int reference_is(const kx *x, size_t i, const char *word, int ignore_case)
{
    if (i >= x->n)
        return 0;
    const kg_token *k = &x->t->tokens[i];
    size_t n = strlen(word);
    if (k->end - k->start != n)
        return 0;
    const char *s = x->t->text + k->start;
    return ignore_case ? strncasecmp(s, word, n) == 0 : memcmp(s, word, n) == 0;
}

/* The answer kx_is_any / kx_is_any_ci had before: a scan with kx_is / kx_is_ci. */
static int scan(const kx *x, size_t i, const char *const *words, int ignore_case)
{
    for (size_t k = 0; words[k]; k++)
        if (ignore_case ? kx_is_ci(x, i, words[k]) : kx_is(x, i, words[k]))
            return 1;
    return 0;
}

/* Checks every token (and two past the end) against list; returns the number of tokens
 * found, so that a test sees the lists match something. */
static size_t check_list(const kx *x, const char *const *words)
{
    size_t hits = 0;
    for (size_t i = 0; i < x->n + 2; i++) {
        ck_assert_int_eq(kx_is_any(x, i, words), scan(x, i, words, 0));
        ck_assert_int_eq(kx_is_any_ci(x, i, words), scan(x, i, words, 1));
        hits += (size_t)kx_is_any_ci(x, i, words);
    }
    return hits;
}

static void make_kx(kx *x, kg_tokens *t)
{
    kg_tokenize(t, text, strlen(text));
    *x = (kx){0};
    x->t = t;
    x->n = t->n_tokens;
}

/* kx_is and kx_is_ci, which compare without measuring the word first, against their
 * definition: for every token, words that are its prefix, extend it, differ in case, or
 * differ by a byte that ASCII case folding would wrongly equate ('@' and '`', '[' and '{'). */
START_TEST(test_words_token_is)
{
    kg_tokens t;
    kx x;
    make_kx(&x, &t);
    static const char *const probes[] = {
        "",       "t",      "th",     "the",   "thee",  "THE",     "tHE", "The.",  "she,", "She",
        "n",      "n't",    "N'T",    "MARCH", "march", "marches", "Mar", "Mar.",  "mar.", "straße",
        "STRAßE", "KELVIN", "kelvin", "@",     "`",     "[",       "{",   "said:", "said", NULL};
    size_t hits = 0;
    for (size_t i = 0; i < x.n + 2; i++)
        for (size_t k = 0; probes[k]; k++) {
            ck_assert_int_eq(kx_is(&x, i, probes[k]), reference_is(&x, i, probes[k], 0));
            ck_assert_int_eq(kx_is_ci(&x, i, probes[k]), reference_is(&x, i, probes[k], 1));
            hits += (size_t)kx_is_ci(&x, i, probes[k]);
        }
    ck_assert_uint_gt(hits, 10);
    kg_tokens_free(&t);
    /* bytes that differ only in bit 0x20 but are no letters */
    static const char *const odd = "@ ` [ { ^ ~";
    kg_tokenize(&t, odd, strlen(odd));
    x = (kx){0};
    x.t = &t;
    x.n = t.n_tokens;
    for (size_t i = 0; i < x.n; i++)
        for (size_t k = 0; probes[k]; k++)
            ck_assert_int_eq(kx_is_ci(&x, i, probes[k]), reference_is(&x, i, probes[k], 1));
    kg_tokens_free(&t);
}
END_TEST

/* kx_in_list's memo gives the lexicon's answers: for every token, list and case mode, asked
 * in turn with the memo (twice: made, then read) and without it; kx_place_at's likewise. */
START_TEST(test_words_memos)
{
    kg_lexicon *lx = NULL;
    kg_error err = {0};
    ck_assert_int_eq(kg_lexicon_load(&lx, kg_lexicon_default_dir(), &err), KG_OK);
    static const char *const sample =
        "President Anna Berg of the Kazakh Ministry said the president met Florence officials "
        "and the SECRETARY of the Party; Minister Leo Reyes spoke, said, told.";
    kg_tokens t;
    kg_tokenize(&t, sample, strlen(sample));
    kx plain = {0}, cached = {0};
    plain.lx = cached.lx = lx;
    plain.t = cached.t = &t;
    plain.n = cached.n = t.n_tokens;
    kx_token_caches_new(&cached);
    size_t found = 0;
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < t.n_tokens + 1; i++)
            for (int list = 0; list < KG_LIST_COUNT; list++)
                for (int lower = 0; lower < 2; lower++) {
                    int want = kx_in_list(&plain, i, (kg_wordlist)list, lower);
                    ck_assert_int_eq(kx_in_list(&cached, i, (kg_wordlist)list, lower), want);
                    found += (size_t)want;
                }
    ck_assert_uint_gt(found, 20); /* titles, given names, demonyms, speech verbs, words */
    kx_token_caches_free(&cached);
    kg_tokens_free(&t);

    /* kx_place_at's memo: the same place and length, asked twice, for names of one to
     * several words, and none where there is none */
    static const char *const places =
        "Officials from New York, the United States and Kazakhstan met in Almaty, not in "
        "Anna. Florence and Washington, D.C. sent notes to Bosnia and Herzegovina.";
    kg_tokenize(&t, places, strlen(places));
    plain.n = cached.n = t.n_tokens;
    kx_token_caches_new(&cached);
    size_t long_names = 0, names = 0;
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < t.n_tokens; i++) {
            size_t want_len = 0, got_len = 0;
            const kg_place *want = kx_place_at(&plain, i, &want_len);
            const kg_place *got = kx_place_at(&cached, i, &got_len);
            ck_assert_ptr_eq(got, want);
            ck_assert_uint_eq(got_len, want_len);
            names += want != NULL;
            long_names += want && want_len > 1;
        }
    ck_assert_uint_ge(names, 2 * 5);
    ck_assert_uint_ge(long_names, 2 * 2);
    kx_token_caches_free(&cached);
    ck_assert_ptr_null(cached.list_asked);
    kg_tokens_free(&t);
    kg_lexicon_free(lx);
}
END_TEST

/* With the tokens hashed once (as extraction does), the lists give the same answers. */
START_TEST(test_words_hashed_tokens)
{
    kg_tokens t;
    kx x;
    make_kx(&x, &t);
    kx_token_caches_new(&x);
    ck_assert_ptr_nonnull(x.token_hash);
    ck_assert_uint_gt(check_list(&x, pronouns), 0);
    ck_assert_uint_gt(check_list(&x, mixed), 0);
    ck_assert_uint_gt(check_list(&x, one), 0);
    ck_assert_uint_eq(check_list(&x, none), 0);
    kx_token_caches_free(&x);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_words_same_as_scan)
{
    kg_tokens t;
    kx x;
    make_kx(&x, &t);
    ck_assert_uint_gt(check_list(&x, pronouns), 0);
    ck_assert_uint_gt(check_list(&x, mixed), 0);
    ck_assert_uint_gt(check_list(&x, one), 0);
    ck_assert_uint_eq(check_list(&x, none), 0);
    /* the second use of each list goes through its registered set */
    check_list(&x, pronouns);
    check_list(&x, mixed);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_words_case)
{
    kg_tokens t;
    kx x;
    make_kx(&x, &t);
    size_t none_yet = (size_t)-1, he = none_yet, mar = none_yet, kaz = none_yet, kelvin = none_yet;
    for (size_t i = 0; i < x.n; i++) {
        if (kx_is(&x, i, "He"))
            he = i;
        if (kx_is(&x, i, "MARCH"))
            mar = i;
        if (kx_is(&x, i, "қазақстан"))
            kaz = i;
        if (kx_is(&x, i, "\xE2\x84\xAA"))
            kelvin = i;
    }
    ck_assert(he != none_yet && mar != none_yet && kaz != none_yet && kelvin != none_yet);
    ck_assert_int_eq(kx_is_any(&x, he, pronouns), 1);
    ck_assert_int_eq(kx_is_any(&x, mar, mixed), 0);    /* "March" only as written */
    ck_assert_int_eq(kx_is_any_ci(&x, mar, mixed), 1); /* ASCII case ignored */
    /* only ASCII letters fold: not Cyrillic, and the Kelvin sign (a token of its own) is no
     * 'k' */
    ck_assert_int_eq(kx_is_any_ci(&x, kaz, mixed), 0);
    ck_assert_int_eq(kx_is_any_ci(&x, kelvin, mixed), 0);
    kg_tokens_free(&t);
}
END_TEST

/* Lists no other test uses, so that the threads race to build their sets. */
static const char *const race_a[] = {"said", "and", "she", "it", "ends", NULL};
static const char *const race_b[] = {"STRASSE", "Mar", "don't", "An", NULL};

/* Returns NULL when every answer matched the scan. */
static void *race(void *arg)
{
    const kx *x = arg;
    for (int round = 0; round < 50; round++)
        for (size_t i = 0; i < x->n; i++)
            if (kx_is_any_ci(x, i, race_a) != scan(x, i, race_a, 1) ||
                kx_is_any(x, i, race_b) != scan(x, i, race_b, 0))
                return arg;
    return NULL;
}

/* POSIX threads, which ThreadSanitizer follows (gcc 12's does not intercept glibc's
 * thrd_create). */
START_TEST(test_words_threads)
{
    kg_tokens t;
    kx x;
    make_kx(&x, &t);
    enum {
        N_THREADS = 8
    };
    pthread_t threads[N_THREADS];
    for (int k = 0; k < N_THREADS; k++)
        ck_assert_int_eq(pthread_create(&threads[k], NULL, race, &x), 0);
    for (int k = 0; k < N_THREADS; k++) {
        void *mismatch = &x;
        ck_assert_int_eq(pthread_join(threads[k], &mismatch), 0);
        ck_assert_ptr_null(mismatch);
    }
    kg_tokens_free(&t);
}
END_TEST

static Suite *words_suite(void)
{
    Suite *s = suite_create("words");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_words_same_as_scan);
    tcase_add_test(tc, test_words_case);
    tcase_add_test(tc, test_words_threads);
    tcase_add_test(tc, test_words_token_is);
    tcase_add_test(tc, test_words_hashed_tokens);
    tcase_add_test(tc, test_words_memos);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(words_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
