/* kg_normalize: see kg_normalize.h. */
#include "kg_normalize.h"

#include "../kg_mem.h"
#include "../text/kg_translit.h"
#include "../text/kg_utf8.h"

#include <stdlib.h>
#include <string.h>

/* The words of s[0..n), lower case, joined by single spaces, without apostrophes and full
 * stops, and without a leading "the". With icu, s is ICU's fold form and ICU classifies its
 * letters; else kg_utf8's tables lower-case and fold it (ASCII, and the fallback when ICU
 * fails). A combining mark belongs to the word of the letter before it, else it is dropped. */
static char *plain_words(const char *s, size_t n, int icu)
{
    kg_buf b = {0};
    size_t i = 0;
    int space = 0, in_word = 0;
    while (i < n) {
        uint32_t cp = kg_utf8_next(s, n, &i);
        if (kg_cp_is_apostrophe(cp) || cp == '.')
            continue;
        if (icu && kg_translit_is_mark(cp)) {
            if (in_word) {
                char enc[4];
                kg_buf_append(&b, enc, kg_utf8_encode(cp, enc));
            }
            continue;
        }
        if (icu ? kg_translit_is_alnum(cp) : kg_cp_is_letter(cp) || kg_cp_is_digit(cp)) {
            if (space && b.len)
                kg_buf_putc(&b, ' ');
            space = 0;
            in_word = 1;
            char enc[4];
            uint32_t c = icu ? cp : kg_cp_fold_diacritic(kg_cp_to_lower(cp));
            kg_buf_append(&b, enc, kg_utf8_encode(c, enc));
        } else {
            space = 1;
            in_word = 0;
        }
    }
    if (b.len >= 4 && memcmp(b.data, "the ", 4) == 0) {
        memmove(b.data, b.data + 4, b.len - 4 + 1);
        b.len -= 4;
    }
    return kg_buf_take(&b);
}

/* Returns 1 when s[0..n) is pure ASCII: one pass without branches, for the fast path. */
static int all_ascii(const char *s, size_t n)
{
    unsigned char any = 0;
    for (size_t i = 0; i < n; i++)
        any |= (unsigned char)s[i];
    return any < 0x80;
}

char *kg_normalize_plain(const char *s, size_t n)
{
    size_t len;
    char *folded =
        !all_ascii(s, n) && kg_translit_needed(s, n) ? kg_translit_fold(s, n, &len) : NULL;
    if (!folded)
        return plain_words(s, n, 0);
    char *p = plain_words(folded, len, 1);
    free(folded);
    return p;
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

char *kg_normalize_key(const char *s, size_t n)
{
    /* other scripts in Latin first, so that the variant folding below sees them; Latin with
     * diacritics is left to kg_normalize_plain, whose transliterator is cheaper to open */
    size_t len;
    char *latin =
        !all_ascii(s, n) && kg_translit_other_script(s, n) ? kg_translit_latin(s, n, &len) : NULL;
    char *p = latin ? kg_normalize_plain(latin, len) : kg_normalize_plain(s, n);
    free(latin);
    len = strlen(p);
    kg_buf b = {0};
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        int word_start = i == 0 || p[i - 1] == ' ';
        char next = i + 1 < len ? p[i + 1] : '\0';
        char next2 = i + 2 < len ? p[i + 2] : '\0';
        if (c == 'd' && next == 'z' && next2 == 'h') { /* dzh -> j */
            kg_buf_putc(&b, 'j');
            i += 2;
        } else if ((c == 'z' || c == 'k') && next == 'h') { /* zh -> j, kh -> h */
            kg_buf_putc(&b, c == 'z' ? 'j' : 'h');
            i += 1;
        } else if (c == 'q') {
            kg_buf_putc(&b, 'k');
        } else if (c == 'y' && word_start && (next == 'e' || next == 'o')) { /* ye -> e */
            continue;
        } else if (is_vowel(c) && c != 'y' && next == 'y' && is_vowel(next2) && next2 != 'y') {
            /* a glide between vowels: Alpanbayeva/Alpanbaeva, Mirziyoyev/Mirziyoev */
            kg_buf_putc(&b, c);
            i += 1;
        } else if (c == 'y') {
            kg_buf_putc(&b, 'i');
        } else {
            kg_buf_putc(&b, c);
        }
    }
    free(p);
    /* collapse doubled letters (Kassym/Kasym) and "ii" (Dmitrii/Dmitri) */
    char *k = kg_buf_take(&b);
    size_t w = 0;
    for (size_t r = 0; k[r]; r++)
        if (w == 0 || k[r] != k[w - 1] || k[r] == ' ')
            k[w++] = k[r];
    k[w] = '\0';
    return k;
}

char *kg_normalize_acronym(const char *s, size_t n)
{
    static const char *const skip[] = {"of",    "for", "and", "the", "on", "in",
                                       "under", "at",  "to",  "&",   NULL};
    kg_buf b = {0};
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '-'))
            i++;
        size_t start = i;
        while (i < n && s[i] != ' ' && s[i] != '-')
            i++;
        if (i == start)
            break;
        int skipped = 0;
        for (size_t k = 0; skip[k]; k++)
            if (strlen(skip[k]) == i - start && strncmp(s + start, skip[k], i - start) == 0)
                skipped = 1;
        if (skipped)
            continue;
        size_t j = start;
        uint32_t cp = kg_utf8_next(s, n, &j);
        if (kg_cp_is_upper(cp)) {
            char enc[4];
            kg_buf_append(&b, enc, kg_utf8_encode(cp, enc));
        }
    }
    return kg_buf_take(&b);
}

size_t kg_normalize_distance(const char *a, const char *b, size_t cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if ((la > lb ? la - lb : lb - la) > cap)
        return cap + 1;
    size_t *row = kg_xmalloc((lb + 1) * sizeof *row);
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t prev = row[0], best = row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cur = row[j];
            size_t sub = prev + (a[i - 1] != b[j - 1]);
            size_t del = row[j] + 1, ins = row[j - 1] + 1;
            row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
            prev = cur;
            if (row[j] < best)
                best = row[j];
        }
        if (best > cap) {
            free(row);
            return cap + 1;
        }
    }
    size_t d = row[lb];
    free(row);
    return d;
}
