/* kg_tokenize: splits UTF-8 text into word, number, punctuation and quote tokens with byte
 * offsets, and groups them into sentences and paragraphs. Knows abbreviations, initials
 * ("J. Smith"), curly quotes, en/em dashes and possessive 's. */
#ifndef KG_TOKENIZE_H
#define KG_TOKENIZE_H

#include <stddef.h>

typedef enum kg_token_kind {
    KG_TOKEN_WORD,   /* letters, possibly with digits, inner hyphens and apostrophes */
    KG_TOKEN_NUMBER, /* starts with a digit: 2023, 19th, 3.5 */
    KG_TOKEN_PUNCT,  /* any other single character: . , : ; ( ) dashes ... */
    KG_TOKEN_QUOTE,  /* a quotation mark: " « » “ ” „ or a quoting apostrophe */
} kg_token_kind;

enum {
    KG_TOKEN_CAP = 1 << 0,     /* starts with an upper-case letter */
    KG_TOKEN_ALLCAPS = 1 << 1, /* two or more letters, all upper case */
    KG_TOKEN_SPACE_BEFORE = 1 << 2,
    KG_TOKEN_LINE_BEFORE = 1 << 3, /* a line break separates it from the previous token */
    KG_TOKEN_POSSESSIVE = 1 << 4,  /* the token is 's / ’s after a word */
};

typedef struct kg_token {
    size_t start; /* byte offsets into the text, end exclusive */
    size_t end;
    kg_token_kind kind;
    unsigned flags;
    size_t sentence; /* index of the sentence that holds it */
} kg_token;

/* The tokens after which a sentence without a stop ends at its next comma or semicolon (and
 * at a fifth more, anywhere): eight times the longest sentence of the repository's 360
 * articles (about 120 tokens), so that no real sentence is cut. */
#define KG_SENTENCE_MAX_TOKENS 1000

typedef struct kg_sentence {
    size_t start; /* byte span in the text */
    size_t end;
    size_t first_token; /* token range, end exclusive */
    size_t end_token;
    size_t paragraph; /* paragraphs are separated by line breaks */
} kg_sentence;

typedef struct kg_tokens {
    const char *text; /* borrowed: the text the offsets point into */
    size_t text_len;
    kg_token *tokens;
    size_t n_tokens;
    kg_sentence *sentences;
    size_t n_sentences;
    size_t n_paragraphs;
} kg_tokens;

/* Tokenizes text[0..len) (valid UTF-8) into *out, which the caller releases with
 * kg_tokens_free. The text is borrowed and must outlive *out. */
void kg_tokenize(kg_tokens *out, const char *text, size_t len);

/* Frees the arrays in t (not t itself). Accepts NULL. */
void kg_tokens_free(kg_tokens *t);

/* Returns 1 when token i's text equals word exactly (case-sensitive). */
int kg_token_is(const kg_tokens *t, size_t i, const char *word);

/* Returns 1 when token i's text equals word ignoring ASCII case. */
int kg_token_is_ci(const kg_tokens *t, size_t i, const char *word);

/* Copies token i's text into buf (truncated to cap-1 bytes) and returns buf. */
char *kg_token_text(const kg_tokens *t, size_t i, char *buf, size_t cap);

/* Returns 1 when word (without its final period) is a known abbreviation that does not end
 * a sentence: Mr, Dr, Prof, St, Gen, Jan, U.S ... */
int kg_is_abbreviation(const char *word, size_t len);

#endif
