/* test_text: UTF-8 validation, decoding and letter classes, SHA-256 against the FIPS 180-4
 * and coreutils vectors, and the tokenizer's tokens, byte offsets, sentences and paragraphs. */
#include "../src/kg_mem.h"
#include "../src/text/kg_sha256.h"
#include "../src/text/kg_tokenize.h"
#include "../src/text/kg_utf8.h"
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- UTF-8 ------------------------------------------------------------------------------ */

static int valid(const char *s, size_t n, size_t *bad)
{
    *bad = (size_t)-1;
    return kg_utf8_valid(s, n, bad);
}

START_TEST(test_text_utf8_valid_kazakh_cyrillic)
{
    size_t bad;
    /* Қазақстан, and the other Kazakh letters: ә ғ қ ң ө ұ ү һ і */
    const char *kz = "\xD2\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD2\x9B\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD";
    ck_assert_str_eq(kz, "Қазақстан");
    ck_assert_int_eq(valid(kz, strlen(kz), &bad), 1);
    ck_assert_uint_eq(bad, (size_t)-1); /* untouched on success */
    const char *letters = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";
    ck_assert_int_eq(valid(letters, strlen(letters), &bad), 1);
    /* ASCII, Latin-1, 3-byte and 4-byte sequences, and the largest code point */
    const char *mix = "ASCII caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF";
    ck_assert_int_eq(valid(mix, strlen(mix), &bad), 1);
    ck_assert_int_eq(valid("", 0, &bad), 1);
    /* NUL is a valid code point; n, not the terminator, bounds the check */
    ck_assert_int_eq(valid("a\0b", 3, &bad), 1);
    ck_assert_int_eq(kg_utf8_valid("ok", 2, NULL), 1);
}
END_TEST

START_TEST(test_text_utf8_invalid_overlong)
{
    size_t bad;
    ck_assert_int_eq(valid("ab\xC0\xAF", 4, &bad), 0); /* overlong '/' */
    ck_assert_uint_eq(bad, 2);
    ck_assert_int_eq(valid("\xC1\xBF", 2, &bad), 0);
    ck_assert_uint_eq(bad, 0);
    ck_assert_int_eq(valid("x\xE0\x80\xAF", 4, &bad), 0); /* 3-byte overlong */
    ck_assert_uint_eq(bad, 1);
    ck_assert_int_eq(valid("\xF0\x80\x80\xAF", 4, &bad), 0); /* 4-byte overlong */
    ck_assert_uint_eq(bad, 0);
    /* the smallest legal forms of each length are fine */
    ck_assert_int_eq(valid("\xC2\x80\xE0\xA0\x80\xF0\x90\x80\x80", 9, &bad), 1);
}
END_TEST

START_TEST(test_text_utf8_invalid_surrogate_and_range)
{
    size_t bad;
    ck_assert_int_eq(valid("ok \xED\xA0\x80", 6, &bad), 0); /* U+D800 */
    ck_assert_uint_eq(bad, 3);
    ck_assert_int_eq(valid("\xED\xBF\xBF", 3, &bad), 0); /* U+DFFF */
    ck_assert_uint_eq(bad, 0);
    ck_assert_int_eq(valid("\xED\x9F\xBF", 3, &bad), 1);         /* U+D7FF just below */
    ck_assert_int_eq(valid("\xF4\x90\x80\x80", 4, &bad), 0);     /* U+110000 */
    ck_assert_int_eq(valid("\xF8\x88\x80\x80\x80", 5, &bad), 0); /* 5-byte form */
    ck_assert_int_eq(valid("\xFF", 1, &bad), 0);
}
END_TEST

START_TEST(test_text_utf8_invalid_truncated_and_stray)
{
    size_t bad;
    ck_assert_int_eq(valid("ab\xD0", 3, &bad), 0); /* lead byte at the end */
    ck_assert_uint_eq(bad, 2);
    ck_assert_int_eq(valid("\xE2\x80", 2, &bad), 0);
    ck_assert_uint_eq(bad, 0);
    ck_assert_int_eq(valid("\xF0\x9F\x98", 3, &bad), 0);
    /* a lead byte followed by a non-continuation byte */
    ck_assert_int_eq(valid("a\xD0"
                           "b",
                           3, &bad),
                     0);
    ck_assert_uint_eq(bad, 1);
    /* a stray continuation byte after valid Cyrillic */
    ck_assert_int_eq(valid("\xD0\xB0\x80", 3, &bad), 0);
    ck_assert_uint_eq(bad, 2);
    /* Latin-1 encoded é (a classic non-UTF-8 input) */
    ck_assert_int_eq(valid("caf\xE9", 4, &bad), 0);
    ck_assert_uint_eq(bad, 3);
}
END_TEST

START_TEST(test_text_utf8_next_and_encode)
{
    const char *s = "A\xC3\xA9\xD2\x9A\xE2\x80\x94\xF0\x9F\x98\x80";
    size_t n = strlen(s), i = 0;
    ck_assert_uint_eq(kg_utf8_next(s, n, &i), 0x41);
    ck_assert_uint_eq(i, 1);
    ck_assert_uint_eq(kg_utf8_next(s, n, &i), 0xE9);
    ck_assert_uint_eq(i, 3);
    ck_assert_uint_eq(kg_utf8_next(s, n, &i), 0x49A);
    ck_assert_uint_eq(i, 5);
    ck_assert_uint_eq(kg_utf8_next(s, n, &i), 0x2014);
    ck_assert_uint_eq(i, 8);
    ck_assert_uint_eq(kg_utf8_next(s, n, &i), 0x1F600);
    ck_assert_uint_eq(i, 12);
    /* invalid bytes decode as U+FFFD and advance by one */
    const char *badb = "\xFF\xD0z";
    i = 0;
    ck_assert_uint_eq(kg_utf8_next(badb, 3, &i), 0xFFFD);
    ck_assert_uint_eq(i, 1);
    ck_assert_uint_eq(kg_utf8_next(badb, 3, &i), 0xFFFD);
    ck_assert_uint_eq(i, 2);
    ck_assert_uint_eq(kg_utf8_next(badb, 3, &i), 'z');
    /* truncated at n */
    i = 0;
    ck_assert_uint_eq(kg_utf8_next("\xE2\x80\x94", 2, &i), 0xFFFD);
    ck_assert_uint_eq(i, 1);

    static const struct {
        uint32_t cp;
        const char *utf8;
    } cases[] = {{0x41, "A"},
                 {0xE9, "\xC3\xA9"},
                 {0x7FF, "\xDF\xBF"},
                 {0x49A, "\xD2\x9A"},
                 {0x20AC, "\xE2\x82\xAC"},
                 {0xFFFD, "\xEF\xBF\xBD"},
                 {0x1F600, "\xF0\x9F\x98\x80"},
                 {0x10FFFF, "\xF4\x8F\xBF\xBF"}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char out[5] = {0};
        size_t len = kg_utf8_encode(cases[k].cp, out);
        ck_assert_uint_eq(len, strlen(cases[k].utf8));
        ck_assert_int_eq(memcmp(out, cases[k].utf8, len), 0);
        size_t j = 0;
        ck_assert_uint_eq(kg_utf8_next(out, len, &j), cases[k].cp);
        ck_assert_uint_eq(j, len);
    }
}
END_TEST

START_TEST(test_text_cp_classes)
{
    /* Latin */
    ck_assert(kg_cp_is_letter('a') && kg_cp_is_lower('a') && !kg_cp_is_upper('a'));
    ck_assert(kg_cp_is_letter('Z') && kg_cp_is_upper('Z') && !kg_cp_is_lower('Z'));
    ck_assert(kg_cp_is_upper(0xC9) && kg_cp_is_lower(0xE9));   /* É é */
    ck_assert(kg_cp_is_upper(0x17D) && kg_cp_is_lower(0x17E)); /* Ž ž */
    /* Cyrillic and Kazakh */
    ck_assert(kg_cp_is_upper(0x49A) && kg_cp_is_lower(0x49B));   /* Қ қ */
    ck_assert(kg_cp_is_upper(0x410) && kg_cp_is_lower(0x430));   /* А а */
    ck_assert(kg_cp_is_lower(0x4D9) && kg_cp_is_upper(0x4D8));   /* ә Ә */
    ck_assert(kg_cp_is_letter(0x4AF) && kg_cp_is_letter(0x4A3)); /* ү ң */
    ck_assert(kg_cp_is_letter(0x456) && kg_cp_is_letter(0x4E9)); /* і ө */
    /* Greek */
    ck_assert(kg_cp_is_upper(0x391) && kg_cp_is_lower(0x3B1)); /* Α α */
    /* not letters */
    ck_assert(!kg_cp_is_letter('1') && !kg_cp_is_letter(' ') && !kg_cp_is_letter('-'));
    ck_assert(!kg_cp_is_letter(0x2019) && !kg_cp_is_letter(0xAB) && !kg_cp_is_letter(0x2014));
    ck_assert(!kg_cp_is_letter(0xD7)); /* × */
    /* digits: ASCII only */
    ck_assert(kg_cp_is_digit('0') && kg_cp_is_digit('9') && !kg_cp_is_digit('a'));
    ck_assert(!kg_cp_is_digit(0x661)); /* Arabic-Indic one */
    /* apostrophes */
    ck_assert(kg_cp_is_apostrophe('\'') && kg_cp_is_apostrophe(0x2019));
    ck_assert(kg_cp_is_apostrophe(0x2BC) && kg_cp_is_apostrophe(0x2BB));
    ck_assert(!kg_cp_is_apostrophe('"') && !kg_cp_is_apostrophe('`'));
    /* dashes */
    ck_assert(kg_cp_is_dash('-') && kg_cp_is_dash(0x2013) && kg_cp_is_dash(0x2014));
    ck_assert(kg_cp_is_dash(0x2010) && kg_cp_is_dash(0x2212));
    ck_assert(!kg_cp_is_dash('_') && !kg_cp_is_dash('~') && !kg_cp_is_dash(0x2016));
    /* quotes */
    ck_assert(kg_cp_is_quote('"') && kg_cp_is_quote(0xAB) && kg_cp_is_quote(0xBB));
    ck_assert(kg_cp_is_quote(0x201C) && kg_cp_is_quote(0x201D) && kg_cp_is_quote(0x201E));
    ck_assert(!kg_cp_is_quote('a') && !kg_cp_is_quote('('));
    /* spaces */
    ck_assert(kg_cp_is_space(' ') && kg_cp_is_space('\n') && kg_cp_is_space('\t'));
    ck_assert(kg_cp_is_space(0xA0) && kg_cp_is_space(0x2009) && kg_cp_is_space(0x202F));
    ck_assert(!kg_cp_is_space('x') && !kg_cp_is_space(0x2014));
}
END_TEST

START_TEST(test_text_cp_lower_and_fold)
{
    ck_assert_uint_eq(kg_cp_to_lower('A'), 'a');
    ck_assert_uint_eq(kg_cp_to_lower('a'), 'a');
    ck_assert_uint_eq(kg_cp_to_lower('1'), '1');
    ck_assert_uint_eq(kg_cp_to_lower(0xC9), 0xE9);   /* É -> é */
    ck_assert_uint_eq(kg_cp_to_lower(0x17D), 0x17E); /* Ž -> ž */
    ck_assert_uint_eq(kg_cp_to_lower(0x49A), 0x49B); /* Қ -> қ */
    ck_assert_uint_eq(kg_cp_to_lower(0x410), 0x430); /* А -> а */
    ck_assert_uint_eq(kg_cp_to_lower(0x406), 0x456); /* І -> і */
    ck_assert_uint_eq(kg_cp_to_lower(0x3A3), 0x3C3); /* Σ -> σ */
    ck_assert_uint_eq(kg_cp_to_lower(0x1F600), 0x1F600);

    ck_assert_uint_eq(kg_cp_fold_diacritic(0xE9), 'e');  /* é */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0xC9), 'E');  /* É */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x17E), 'z'); /* ž */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x17D), 'Z'); /* Ž */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x131), 'i'); /* dotless ı */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0xF6), 'o');  /* ö */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x15F), 's'); /* ş */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x142), 'l'); /* ł */
    ck_assert_uint_eq(kg_cp_fold_diacritic('a'), 'a');
    /* Cyrillic letters are not Latin letters with diacritics: unchanged */
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x49B), 0x49B);
    ck_assert_uint_eq(kg_cp_fold_diacritic(0x439), 0x439); /* й */
    ck_assert_uint_eq(kg_cp_fold_diacritic('-'), '-');
}
END_TEST

/* ---- SHA-256 ---------------------------------------------------------------------------- */

static void assert_sha(const void *data, size_t n, const char *want)
{
    char hex[65];
    memset(hex, 'X', sizeof hex);
    kg_sha256_hex(data, n, hex);
    ck_assert_uint_eq(strlen(hex), 64);
    ck_assert_msg(strcmp(hex, want) == 0, "sha256 of %zu bytes: %s, want %s", n, hex, want);
}

START_TEST(test_text_sha256_fips_vectors)
{
    assert_sha("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_sha("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    assert_sha(two, strlen(two),
               "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
END_TEST

START_TEST(test_text_sha256_million_a)
{
    size_t n = 1000000;
    char *a = kg_xmalloc(n);
    memset(a, 'a', n);
    assert_sha(a, n, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);
}
END_TEST

START_TEST(test_text_sha256_padding_boundaries)
{
    /* lengths around the 56- and 64-byte padding boundaries (from coreutils sha256sum) */
    static const struct {
        size_t n;
        const char *hex;
    } cases[] = {
        {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
    };
    char buf[128];
    memset(buf, 'a', sizeof buf);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_sha(buf, cases[i].n, cases[i].hex);
}
END_TEST

/* ---- tokenizer -------------------------------------------------------------------------- */

static const char *tok(const kg_tokens *t, size_t i)
{
    static char buf[256];
    return kg_token_text(t, i, buf, sizeof buf);
}

/* Asserts that t's tokens are exactly the NULL-terminated list want. */
static void assert_tokens(const kg_tokens *t, const char *const *want)
{
    size_t n = 0;
    while (want[n])
        n++;
    for (size_t i = 0; i < n && i < t->n_tokens; i++)
        ck_assert_msg(strcmp(tok(t, i), want[i]) == 0, "token %zu is '%s', want '%s'", i, tok(t, i),
                      want[i]);
    ck_assert_uint_eq(t->n_tokens, n);
}

/* Returns the text of sentence i (static buffer). */
static const char *sentence(const kg_tokens *t, size_t i)
{
    static char buf[512];
    const kg_sentence *s = &t->sentences[i];
    size_t n = s->end - s->start;
    ck_assert_uint_lt(n, sizeof buf);
    memcpy(buf, t->text + s->start, n);
    buf[n] = '\0';
    return buf;
}

static void assert_sentences(const kg_tokens *t, const char *const *want)
{
    size_t n = 0;
    while (want[n])
        n++;
    for (size_t i = 0; i < n && i < t->n_sentences; i++)
        ck_assert_msg(strcmp(sentence(t, i), want[i]) == 0, "sentence %zu is '%s', want '%s'", i,
                      sentence(t, i), want[i]);
    ck_assert_uint_eq(t->n_sentences, n);
    /* every token belongs to the sentence whose token range holds it */
    for (size_t i = 0; i < t->n_sentences; i++)
        for (size_t k = t->sentences[i].first_token; k < t->sentences[i].end_token; k++)
            ck_assert_uint_eq(t->tokens[k].sentence, i);
}

/* A dateline's place in capitals ends at a dash written without spaces; a dash inside other
 * words, and a hyphen, join them */
START_TEST(test_text_tokenize_dateline_dash)
{
    kg_tokens t;
    const char *text = "BERLIN\xe2\x80\x93U.S. Senator Ann Roe spoke.\n"
                       "The NATO\xe2\x80\x93Russia Council and the KAZ-US forum met.";
    kg_tokenize(&t, text, strlen(text));
    const char *const want[] = {"BERLIN", "\xe2\x80\x93", "U.S.", "Senator", "Ann", "Roe",
                                "spoke", ".", "The", "NATO\xe2\x80\x93Russia", "Council",
                                "and", "the", "KAZ-US", "forum", "met", ".", NULL};
    assert_tokens(&t, want);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_run_on_sentence_is_cut)
{
    /* a list of 3,000 names without a stop is cut after a comma past the bound; a long
     * sentence of real length (400 tokens) is left whole */
    size_t cap = 3000 * 16 + 64, n = 0;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    for (int i = 0; i < 3000; i++)
        n += (size_t)snprintf(text + n, cap - n, "Name%d Roe, ", i);
    n += (size_t)snprintf(text + n, cap - n, "and Ann Roe met.");
    kg_tokens t;
    kg_tokenize(&t, text, n);
    ck_assert_uint_ge(t.n_sentences, 7);
    for (size_t s = 0; s < t.n_sentences; s++) {
        const kg_sentence *sen = &t.sentences[s];
        ck_assert_uint_le(sen->end_token - sen->first_token,
                          KG_SENTENCE_MAX_TOKENS + KG_SENTENCE_MAX_TOKENS / 5);
        if (s + 1 < t.n_sentences) /* cut after a comma */
            ck_assert_int_eq(text[sen->end - 1], ',');
    }
    kg_tokens_free(&t);
    n = 0;
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(text + n, cap - n, "Ann Roe%d, ", i);
    n += (size_t)snprintf(text + n, cap - n, "and Ann Roe met.");
    kg_tokenize(&t, text, n);
    ck_assert_uint_eq(t.n_sentences, 1);
    kg_tokens_free(&t);
    free(text);
}
END_TEST

START_TEST(test_text_tokenize_byte_offsets)
{
    const char *text = "Alua met Ермек in Қазақстан, 2023.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Alua", "met",  "Ермек", "in", "Қазақстан",
                                       ",",    "2023", ".",     NULL};
    assert_tokens(&t, want);
    /* offsets are bytes: Ермек is 5 letters and 10 bytes */
    ck_assert_uint_eq(t.tokens[0].start, 0);
    ck_assert_uint_eq(t.tokens[0].end, 4);
    ck_assert_uint_eq(t.tokens[2].start, 9);
    ck_assert_uint_eq(t.tokens[2].end, 19);
    ck_assert_uint_eq(t.tokens[4].start, 23);
    ck_assert_uint_eq(t.tokens[4].end, 23 + strlen("Қазақстан"));
    ck_assert_uint_eq(t.tokens[7].end, strlen(text));
    /* kinds and flags */
    ck_assert_int_eq(t.tokens[0].kind, KG_TOKEN_WORD);
    ck_assert_int_eq(t.tokens[5].kind, KG_TOKEN_PUNCT);
    ck_assert_int_eq(t.tokens[6].kind, KG_TOKEN_NUMBER);
    ck_assert(t.tokens[0].flags & KG_TOKEN_CAP);
    ck_assert(!(t.tokens[1].flags & KG_TOKEN_CAP));
    ck_assert(t.tokens[2].flags & KG_TOKEN_CAP); /* Cyrillic capital */
    ck_assert(t.tokens[4].flags & KG_TOKEN_CAP);
    ck_assert(!(t.tokens[0].flags & KG_TOKEN_SPACE_BEFORE));
    ck_assert(t.tokens[1].flags & KG_TOKEN_SPACE_BEFORE);
    ck_assert(!(t.tokens[5].flags & KG_TOKEN_SPACE_BEFORE)); /* the comma */
    ck_assert_str_eq(t.text, text);
    ck_assert_uint_eq(t.text_len, strlen(text));
    ck_assert_uint_eq(t.n_sentences, 1);
    ck_assert_uint_eq(t.n_paragraphs, 1);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_allcaps_and_helpers)
{
    const char *text = "KISI and OSCE met I. Ivanov";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    ck_assert(t.tokens[0].flags & KG_TOKEN_ALLCAPS);
    ck_assert(t.tokens[0].flags & KG_TOKEN_CAP);
    ck_assert(!(t.tokens[1].flags & KG_TOKEN_ALLCAPS));
    ck_assert(t.tokens[2].flags & KG_TOKEN_ALLCAPS);
    ck_assert(!(t.tokens[4].flags & KG_TOKEN_ALLCAPS)); /* one letter is not all-caps */
    ck_assert(!(t.tokens[6].flags & KG_TOKEN_ALLCAPS)); /* Ivanov */
    ck_assert_int_eq(kg_token_is(&t, 0, "KISI"), 1);
    ck_assert_int_eq(kg_token_is(&t, 0, "kisi"), 0);
    ck_assert_int_eq(kg_token_is(&t, 0, "KIS"), 0);
    ck_assert_int_eq(kg_token_is_ci(&t, 0, "kisi"), 1);
    ck_assert_int_eq(kg_token_is_ci(&t, 0, "kisis"), 0);
    char small[4];
    ck_assert_str_eq(kg_token_text(&t, 6, small, sizeof small), "Iva"); /* truncated */
    kg_tokens_free(&t);
    kg_tokens_free(NULL);
}
END_TEST

START_TEST(test_text_tokenize_curly_quotes)
{
    const char *text = "He called it “historic” and «fair» today.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"He", "called", "it", "“",     "historic", "”", "and",
                                       "«",  "fair",   "»",  "today", ".",        NULL};
    assert_tokens(&t, want);
    for (size_t i = 0; i < t.n_tokens; i++) {
        int is_q = i == 3 || i == 5 || i == 7 || i == 9;
        ck_assert_msg((t.tokens[i].kind == KG_TOKEN_QUOTE) == is_q, "token %zu '%s' kind %d", i,
                      tok(&t, i), t.tokens[i].kind);
    }
    ck_assert_uint_eq(t.tokens[3].end - t.tokens[3].start, 3); /* U+201C is 3 bytes */
    ck_assert_uint_eq(t.tokens[7].end - t.tokens[7].start, 2); /* « is 2 bytes */
    /* straight double quotes too */
    kg_tokens_free(&t);
    const char *ascii = "the \"Amanat\" party";
    kg_tokenize(&t, ascii, strlen(ascii));
    static const char *const want2[] = {"the", "\"", "Amanat", "\"", "party", NULL};
    assert_tokens(&t, want2);
    ck_assert_int_eq(t.tokens[1].kind, KG_TOKEN_QUOTE);
    ck_assert_int_eq(t.tokens[3].kind, KG_TOKEN_QUOTE);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_dashes)
{
    const char *text = "Astana – the capital — grew - fast.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Astana", "–", "the",  "capital", "—",
                                       "grew",   "-", "fast", ".",       NULL};
    assert_tokens(&t, want);
    ck_assert_int_eq(t.tokens[1].kind, KG_TOKEN_PUNCT);
    ck_assert_uint_eq(t.tokens[1].end - t.tokens[1].start, 3);
    ck_assert_int_eq(t.tokens[4].kind, KG_TOKEN_PUNCT);
    ck_assert_int_eq(t.tokens[6].kind, KG_TOKEN_PUNCT);
    ck_assert_uint_eq(t.n_sentences, 1);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_possessive)
{
    const char *text = "Kazakhstan’s election and Tokayev's reforms.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Kazakhstan", "’s",      "election", "and", "Tokayev",
                                       "'s",         "reforms", ".",        NULL};
    assert_tokens(&t, want);
    ck_assert(t.tokens[1].flags & KG_TOKEN_POSSESSIVE);
    ck_assert(t.tokens[5].flags & KG_TOKEN_POSSESSIVE);
    ck_assert(!(t.tokens[0].flags & KG_TOKEN_POSSESSIVE));
    ck_assert(!(t.tokens[1].flags & KG_TOKEN_SPACE_BEFORE));
    ck_assert_uint_eq(t.tokens[0].end, strlen("Kazakhstan"));
    ck_assert_uint_eq(t.tokens[1].end - t.tokens[1].start, 4); /* ’ is 3 bytes, then s */
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_inner_apostrophe_and_hyphen)
{
    const char *text = "Kassym-Jomart Tokayev met O’Brien in Ust-Kamenogorsk.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Kassym-Jomart",   "Tokayev", "met", "O’Brien", "in",
                                       "Ust-Kamenogorsk", ".",       NULL};
    assert_tokens(&t, want);
    ck_assert_int_eq(t.tokens[0].kind, KG_TOKEN_WORD);
    ck_assert(t.tokens[0].flags & KG_TOKEN_CAP);
    ck_assert(!(t.tokens[3].flags & KG_TOKEN_POSSESSIVE));
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_abbreviation_sentences)
{
    const char *text = "Dr. Smith arrived. He spoke.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Dr. Smith arrived.", "He spoke.", NULL};
    assert_sentences(&t, want);
    ck_assert_uint_eq(t.sentences[0].first_token, 0);
    ck_assert_uint_eq(t.sentences[0].end_token, 5); /* Dr . Smith arrived . */
    ck_assert_uint_eq(t.sentences[1].first_token, 5);
    ck_assert_uint_eq(t.sentences[1].end_token, t.n_tokens);
    ck_assert_uint_eq(t.n_paragraphs, 1);
    kg_tokens_free(&t);

    ck_assert_int_eq(kg_is_abbreviation("Dr", 2), 1);
    ck_assert_int_eq(kg_is_abbreviation("Prof", 4), 1);
    ck_assert_int_eq(kg_is_abbreviation("U.S", 3), 1);
    ck_assert_int_eq(kg_is_abbreviation("Smith", 5), 0);
    ck_assert_int_eq(kg_is_abbreviation("Drive", 2), 1); /* only the first len bytes */
    ck_assert_int_eq(kg_is_abbreviation("dr", 2), 0);    /* case-sensitive */
}
END_TEST

START_TEST(test_text_tokenize_initials)
{
    const char *text = "J. R. Smith said. Then Prof. Ivanov left!";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"J. R. Smith said.", "Then Prof. Ivanov left!", NULL};
    assert_sentences(&t, want);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_us_inside_sentence)
{
    const char *text = "The U.S. delegation met officials of the U.K. embassy. They agreed.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"The U.S. delegation met officials of the U.K. embassy.",
                                       "They agreed.", NULL};
    assert_sentences(&t, want);
    /* the acronym is one word, with or without its final period */
    ck_assert_msg(strcmp(tok(&t, 1), "U.S") == 0 || strcmp(tok(&t, 1), "U.S.") == 0, "'%s'",
                  tok(&t, 1));
    ck_assert_int_eq(t.tokens[1].kind, KG_TOKEN_WORD);
    ck_assert(t.tokens[1].flags & KG_TOKEN_CAP);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_question_exclamation)
{
    const char *text = "Did they win? Yes! 2023 was a good year.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Did they win?", "Yes!", "2023 was a good year.", NULL};
    assert_sentences(&t, want);
    kg_tokens_free(&t);
    /* a period before a lower-case word does not end a sentence */
    const char *t2 = "The vote ended at 8 p.m. and counting began.";
    kg_tokenize(&t, t2, strlen(t2));
    ck_assert_uint_eq(t.n_sentences, 1);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_paragraphs)
{
    const char *text = "Election Results Discussed\nMarch 19, 2023\nThe round table began. "
                       "Experts spoke.\n\nA new paragraph here.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Election Results Discussed", "March 19, 2023",
                                       "The round table began.",     "Experts spoke.",
                                       "A new paragraph here.",      NULL};
    assert_sentences(&t, want);
    ck_assert_uint_eq(t.sentences[0].paragraph, 0);
    ck_assert_uint_eq(t.sentences[1].paragraph, 1);
    ck_assert_uint_eq(t.sentences[2].paragraph, 2);
    ck_assert_uint_eq(t.sentences[3].paragraph, 2);
    ck_assert_uint_eq(t.sentences[4].paragraph, 3);
    ck_assert_uint_eq(t.n_paragraphs, 4);
    /* the first token after a line break carries the flag */
    size_t first = t.sentences[2].first_token;
    ck_assert(t.tokens[first].flags & KG_TOKEN_LINE_BEFORE);
    ck_assert(!(t.tokens[first + 1].flags & KG_TOKEN_LINE_BEFORE));
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_multi_sentence_quotation)
{
    const char *text = "Tokayev said: “The elections were held in full accordance with the law. "
                       "The new parliament will be more representative than the old one.” "
                       "Observers agreed.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {
        "Tokayev said: “The elections were held in full accordance with the law.",
        "The new parliament will be more representative than the old one.”", "Observers agreed.",
        NULL};
    assert_sentences(&t, want);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_quoted_name_stays_whole)
{
    /* a short quoted title with periods is a name, not three sentences */
    const char *text =
        "The platform “KISI GPS: Gylym. Pikir. Sayasat” met in Zhezkazgan. It ended.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {
        "The platform “KISI GPS: Gylym. Pikir. Sayasat” met in Zhezkazgan.", "It ended.", NULL};
    assert_sentences(&t, want);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_empty_and_spaces)
{
    kg_tokens t;
    kg_tokenize(&t, "", 0);
    ck_assert_uint_eq(t.n_tokens, 0);
    ck_assert_uint_eq(t.n_sentences, 0);
    ck_assert_uint_eq(t.n_paragraphs, 0);
    kg_tokens_free(&t);
    const char *sp = " \n\t \xC2\xA0 ";
    kg_tokenize(&t, sp, strlen(sp));
    ck_assert_uint_eq(t.n_tokens, 0);
    ck_assert_uint_eq(t.n_sentences, 0);
    kg_tokens_free(&t);
    /* a text without final punctuation is still one sentence */
    const char *np = "no final stop";
    kg_tokenize(&t, np, strlen(np));
    ck_assert_uint_eq(t.n_sentences, 1);
    ck_assert_str_eq(sentence(&t, 0), "no final stop");
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_numbers)
{
    const char *text = "Turnout was 3.5 percent on the 19th, in 2023.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Turnout", "was", "3.5", "percent", "on", "the",
                                       "19th",    ",",   "in",  "2023",    ".",  NULL};
    assert_tokens(&t, want);
    ck_assert_int_eq(t.tokens[2].kind, KG_TOKEN_NUMBER);
    ck_assert_int_eq(t.tokens[6].kind, KG_TOKEN_NUMBER);
    ck_assert_int_eq(t.tokens[9].kind, KG_TOKEN_NUMBER);
    ck_assert_uint_eq(t.n_sentences, 1);
    kg_tokens_free(&t);
}
END_TEST

/* Was a bug, fixed: scan_word in src/text/kg_tokenize.c keeps the final period of "an acronym
 * written with periods" without checking that the token is made of letters, so a decimal
 * number that ends a sentence swallows the sentence's period ("3.5.") and the next sentence
 * is glued on. Not registered in the suite until that is fixed. */
START_TEST(test_text_tokenize_decimal_ends_sentence)
{
    kg_tokens t;
    const char *t2 = "Turnout rose by 3.5. Observers agreed.";
    kg_tokenize(&t, t2, strlen(t2));
    static const char *const want2[] = {"Turnout rose by 3.5.", "Observers agreed.", NULL};
    assert_sentences(&t, want2);
    ck_assert_str_eq(tok(&t, 3), "3.5");
    kg_tokens_free(&t);
}
END_TEST

/* Was a bug, fixed: scan_word in src/text/kg_tokenize.c joins a period only after a single
 * character ("a period joins single letters only"), so "3.5" is one NUMBER token as the
 * header promises but "61.8" becomes "61", ".", "8". Not registered in the suite until fixed. */
START_TEST(test_text_tokenize_decimal_one_token)
{
    const char *text = "Turnout was 61.8 percent.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"Turnout", "was", "61.8", "percent", ".", NULL};
    assert_tokens(&t, want);
    ck_assert_int_eq(t.tokens[2].kind, KG_TOKEN_NUMBER);
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_group_with_plus)
{
    /* "C5+1" names a group: one token, flagged like an acronym; "2+2" stays arithmetic */
    const char *text = "The C5+1 met, and 2 + 2 talks followed.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    static const char *const want[] = {"The", "C5+1", "met",   ",",        "and", "2",
                                       "+",   "2",    "talks", "followed", ".",   NULL};
    assert_tokens(&t, want);
    ck_assert(t.tokens[1].flags & KG_TOKEN_ALLCAPS);
    ck_assert(!(t.tokens[0].flags & KG_TOKEN_ALLCAPS));
    kg_tokens_free(&t);
}
END_TEST

START_TEST(test_text_tokenize_plural_possessive)
{
    /* "Investors’ Council": a possessive; a closing single quote stays a quote */
    const char *text = "The Investors’ Council met. He called it ‘the Farmers’ and left.";
    kg_tokens t;
    kg_tokenize(&t, text, strlen(text));
    ck_assert_str_eq(tok(&t, 2), "’");
    ck_assert(t.tokens[2].flags & KG_TOKEN_POSSESSIVE);
    ck_assert_int_eq(t.tokens[2].kind, KG_TOKEN_WORD);
    size_t n = t.n_tokens;
    ck_assert_str_eq(tok(&t, n - 4), "’");
    ck_assert_int_eq(t.tokens[n - 4].kind, KG_TOKEN_QUOTE);
    kg_tokens_free(&t);
}
END_TEST

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_text_utf8_valid_kazakh_cyrillic);
    tcase_add_test(tc, test_text_utf8_invalid_overlong);
    tcase_add_test(tc, test_text_utf8_invalid_surrogate_and_range);
    tcase_add_test(tc, test_text_utf8_invalid_truncated_and_stray);
    tcase_add_test(tc, test_text_utf8_next_and_encode);
    tcase_add_test(tc, test_text_cp_classes);
    tcase_add_test(tc, test_text_cp_lower_and_fold);
    tcase_add_test(tc, test_text_sha256_fips_vectors);
    tcase_add_test(tc, test_text_sha256_million_a);
    tcase_add_test(tc, test_text_sha256_padding_boundaries);
    tcase_add_test(tc, test_text_tokenize_byte_offsets);
    tcase_add_test(tc, test_text_tokenize_allcaps_and_helpers);
    tcase_add_test(tc, test_text_tokenize_curly_quotes);
    tcase_add_test(tc, test_text_tokenize_dashes);
    tcase_add_test(tc, test_text_tokenize_possessive);
    tcase_add_test(tc, test_text_tokenize_inner_apostrophe_and_hyphen);
    tcase_add_test(tc, test_text_tokenize_abbreviation_sentences);
    tcase_add_test(tc, test_text_tokenize_initials);
    tcase_add_test(tc, test_text_tokenize_us_inside_sentence);
    tcase_add_test(tc, test_text_tokenize_question_exclamation);
    tcase_add_test(tc, test_text_tokenize_paragraphs);
    tcase_add_test(tc, test_text_tokenize_multi_sentence_quotation);
    tcase_add_test(tc, test_text_tokenize_quoted_name_stays_whole);
    tcase_add_test(tc, test_text_tokenize_empty_and_spaces);
    tcase_add_test(tc, test_text_tokenize_numbers);
    tcase_add_test(tc, test_text_tokenize_decimal_ends_sentence);
    tcase_add_test(tc, test_text_tokenize_decimal_one_token);
    tcase_add_test(tc, test_text_tokenize_group_with_plus);
    tcase_add_test(tc, test_text_tokenize_plural_possessive);
    tcase_add_test(tc, test_text_tokenize_dateline_dash);
    tcase_add_test(tc, test_text_tokenize_run_on_sentence_is_cut);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(text_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
