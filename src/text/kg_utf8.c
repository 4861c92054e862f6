/* kg_utf8: see kg_utf8.h. */
#include "kg_utf8.h"

#include "kg_utf8_tables.h"

int kg_utf8_valid(const char *s, size_t n, size_t *bad_at)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t len;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            goto bad;
        }
        if (i + len > n)
            goto bad;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                goto bad;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            goto bad;
        i += len;
    }
    return 1;
bad:
    if (bad_at)
        *bad_at = i;
    return 0;
}

uint32_t kg_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[*i];
    size_t len;
    uint32_t cp;
    if (c < 0x80) {
        (*i)++;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, cp = c & 0x07;
    } else {
        (*i)++;
        return 0xFFFD;
    }
    if (*i + len > n) {
        (*i)++;
        return 0xFFFD;
    }
    for (size_t k = 1; k < len; k++) {
        if ((p[*i + k] & 0xC0) != 0x80) {
            (*i)++;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[*i + k] & 0x3F);
    }
    *i += len;
    return cp;
}

size_t kg_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    } else if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    } else if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static int table_class(uint32_t cp)
{
    return cp < KG_UTF8_TABLE_LIMIT ? kg_utf8_table[cp].cls : 0;
}

int kg_cp_is_upper(uint32_t cp)
{
    return table_class(cp) == 1;
}

int kg_cp_is_lower(uint32_t cp)
{
    return table_class(cp) == 2;
}

int kg_cp_is_letter(uint32_t cp)
{
    if (cp < KG_UTF8_TABLE_LIMIT)
        return kg_utf8_table[cp].cls != 0;
    /* beyond the table: Cyrillic supplement, Latin Extended Additional, Arabic, CJK are
     * letters for the tokenizer's purpose, so names written in them stay whole */
    return (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x0600 && cp <= 0x06FF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

int kg_cp_is_digit(uint32_t cp)
{
    return cp >= '0' && cp <= '9';
}

int kg_cp_is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB || cp == 0x2018;
}

int kg_cp_is_dash(uint32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

int kg_cp_is_quote(uint32_t cp)
{
    return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
           cp == 0x201F;
}

int kg_cp_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200B || cp == 0xFEFF ||
           (cp >= 0x2000 && cp <= 0x200A);
}

uint32_t kg_cp_to_lower(uint32_t cp)
{
    return cp < KG_UTF8_TABLE_LIMIT ? kg_utf8_table[cp].lower : cp;
}

uint32_t kg_cp_fold_diacritic(uint32_t cp)
{
    return cp < KG_UTF8_TABLE_LIMIT ? kg_utf8_table[cp].base : cp;
}
