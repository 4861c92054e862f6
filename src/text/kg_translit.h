/* kg_translit: folding and transliteration of text outside ASCII through ICU, for the keys
 * under which names meet. Two forms:
 *   fold   ICU's NFKC_Casefold (full case folding, compatibility forms such as fullwidth
 *          letters and ligatures, no soft hyphens or joiners), then Latin letters without
 *          diacritics and in ASCII ("Nguyễn" -> "nguyen", "đ" -> "d", "ß" -> "ss"); letters of
 *          other scripts kept ("Қазақстан" -> "қазақстан").
 *   latin  the same, with every script transliterated to Latin first: Kazakh letters as
 *          English-language news writes them (ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i),
 *          the rest of Cyrillic by BGN/PCGN ("Токаев" -> "tokayev", "Жолдыбалина" ->
 *          "zholdybalina"), with ё as yo ("Мирзиёев" -> "mirziyoyev") and soft and hard
 *          signs dropped; Greek by BGN/PCGN with δ as d; every other script by ICU's
 *          Any-Latin; then ASCII ("Κυριάκος" -> "kiriakos").
 * ICU's transliterators are costly to open (the first one loads ICU's registry of transforms:
 * some 25 ms and 4 MB) and not safe to share between threads: each thread opens its own on
 * first use and keeps it until the thread exits (or the process does, for the main thread).
 * The fold form needs only ICU's normalisers, and a transliterator (Latin-ASCII) only for
 * Latin letters that do not decompose (đ ł ø æ ı ə). Every function here may be called from
 * any thread.
 * Strings returned are malloc'd and belong to the caller. */
#ifndef KG_TRANSLIT_H
#define KG_TRANSLIT_H

#include <stddef.h>
#include <stdint.h>

/* Returns 1 when s[0..n) holds a code point beyond ASCII that is not one of kg_utf8's
 * apostrophes, dashes, quotation marks or spaces, nor "…": a string that only ICU folds
 * right. Returns 0 for everything else (most input), which kg's own tables handle. */
int kg_translit_needed(const char *s, size_t n);

/* Returns 1 when s[0..n) holds a character of a script other than Latin (Cyrillic, Greek,
 * Arabic, Han ...), which only the latin form brings to Latin; 0 for Latin letters with or
 * without diacritics, digits, punctuation, symbols and emoji, which the cheaper fold form
 * handles as well. */
int kg_translit_other_script(const char *s, size_t n);

/* Returns the fold form of s[0..n) (see above) and its length in *len, or NULL when ICU
 * failed (no data, an error code): the caller then falls back to kg_utf8's tables. Invalid
 * UTF-8 becomes U+FFFD; a NUL byte stays in the result, so use *len, not strlen. */
char *kg_translit_fold(const char *s, size_t n, size_t *len);

/* Returns the latin form of s[0..n) (see above) and its length in *len, or NULL when ICU
 * failed. The result is ASCII except for what has no Latin form (emoji, symbols). */
char *kg_translit_latin(const char *s, size_t n, size_t *len);

/* Character classes of a folded string, by ICU's properties: a letter or digit of any
 * script; a combining mark (part of the word of the letter before it). */
int kg_translit_is_alnum(uint32_t cp);
int kg_translit_is_mark(uint32_t cp);

/* Closes the calling thread's transliterators; the next call opens them again. Done
 * automatically at thread exit and at process exit. */
void kg_translit_release(void);

/* For tests: while on is not 0, the calling thread behaves as if ICU could not open its
 * transliterators, so kg_translit_fold and kg_translit_latin return NULL. */
void kg_translit_simulate_failure(int on);

#endif
