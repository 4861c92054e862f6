/* kg_utf8: UTF-8 validation and decoding, and the letter classes the tokenizer needs
 * (Latin with diacritics, Cyrillic, Greek), without a locale. */
#ifndef KG_UTF8_H
#define KG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Returns 1 when s[0..n) is valid UTF-8 (no overlongs, no surrogates), else 0 and, when
 * bad_at is not NULL, the byte offset of the first invalid sequence. */
int kg_utf8_valid(const char *s, size_t n, size_t *bad_at);

/* Decodes one code point at s[*i] (n = length) and advances *i. Invalid bytes decode as
 * U+FFFD and advance by one. */
uint32_t kg_utf8_next(const char *s, size_t n, size_t *i);

/* Appends the UTF-8 encoding of cp to out (at least 4 bytes free) and returns its length. */
size_t kg_utf8_encode(uint32_t cp, char *out);

int kg_cp_is_letter(uint32_t cp);
int kg_cp_is_upper(uint32_t cp);
int kg_cp_is_lower(uint32_t cp);
int kg_cp_is_digit(uint32_t cp);
/* Apostrophes: ' and the typographic ones (U+2019, U+02BC, U+02BB, U+2018). */
int kg_cp_is_apostrophe(uint32_t cp);
/* Dashes and hyphens: - and U+2010..U+2015, U+2212. */
int kg_cp_is_dash(uint32_t cp);
/* Opening/closing/neutral quotation marks: " « » “ ” „ and the single curly ones. */
int kg_cp_is_quote(uint32_t cp);
int kg_cp_is_space(uint32_t cp);

/* The two folds below cover U+0000..U+052F only. Keys of names fold through ICU instead
 * (kg_translit) whenever a name has letters beyond ASCII; these serve ASCII, word-list
 * lookups, and the fallback when ICU fails. */
/* Lower-cases a code point (ASCII, Latin-1, Latin Extended-A, Cyrillic, Greek). */
uint32_t kg_cp_to_lower(uint32_t cp);
/* Maps a Latin letter with a diacritic to its base ASCII letter (é -> e, ž -> z, ı -> i);
 * returns cp unchanged otherwise. */
uint32_t kg_cp_fold_diacritic(uint32_t cp);

/* Whether byte c can belong to a word, as kg's byte-level word scans count it: an ASCII
 * letter or digit, or any byte of a multi-byte UTF-8 sequence. */
static inline int kg_is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

#endif
