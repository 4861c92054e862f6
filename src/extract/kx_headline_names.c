/* kx_headline_names: where a body's name begins in a title-case headline, whose every word
 * is capitalised, so that the headline's subject and verb run into the name ("Diallo Forms
 * Alliance for Guinea"). The body of the article names the same body in running text, where
 * capitals mark names alone: the headline's name begins where the body confirms it.
 *
 * Reads: the tokens and the headline marks (kx_structure.c); adds nothing. Used by the
 * organisation finder (kx_orgs.c). */
#include "../text/kg_utf8.h"
#include "kg_extract_internal.h"

#include <string.h>

/* Whether the text of tokens [a, b) is written again after byte `after`, as a whole name
 * (no letter or digit right before or after it). */
static int written_after(const kx *x, size_t a, size_t b, size_t after)
{
    const char *text = x->t->text;
    size_t end = x->t->text_len, start = x->t->tokens[a].start;
    size_t len = x->t->tokens[b - 1].end - start;
    for (size_t from = after; from + len <= end;) {
        const char *hit = memchr(text + from, text[start], end - from - len + 1);
        if (!hit)
            return 0;
        if (memcmp(hit, text + start, len) != 0) {
            from = (size_t)(hit - text) + 1;
            continue;
        }
        size_t at = (size_t)(hit - text);
        int word_before = at > 0 && kg_is_word_byte((unsigned char)text[at - 1]);
        int word_after = at + len < end && kg_is_word_byte((unsigned char)text[at + len]);
        if (!word_before && !word_after)
            return 1;
        from = at + 1;
    }
    return 0;
}

/* Whether token k reads as a headline's verb in -s after its subject ("Forms", "Wins",
 * "Holds"): a capitalised word in -s right after another capitalised word, no head noun, and
 * none of the plural endings that the nouns inside names have ("Workers", "Forces",
 * "Parties", "Relations", "Rights", "Democrats", "Socialists", "Republicans", "Affairs"). */
static int verb_in_s(const kx *x, size_t k)
{
    static const char *const noun_endings[] = {"ss", "'s",  "ers", "ors", "ces", "ies", "ions",
                                               "ts", "ans", "ics", "irs", "ves", "ns",  NULL};
    size_t len;
    const char *w = kx_tok(x, k, &len);
    if (k == 0 || len <= 3 || w[len - 1] != 's' || !kx_is_cap(x, k) || !kx_is_cap(x, k - 1) ||
        kx_is_head(x, k) || !kx_same_sentence(x, k - 1, k))
        return 0;
    for (size_t e = 0; noun_endings[e]; e++) {
        size_t el = strlen(noun_endings[e]);
        if (len > el && memcmp(w + len - el, noun_endings[e], el) == 0)
            return 0;
    }
    return 1;
}

size_t kx_headline_name_start(const kx *x, size_t a, size_t h, size_t b)
{
    if (!kx_in_headline(x, h) || a >= h)
        return a;
    size_t si = x->t->tokens[h].sentence;
    size_t body = x->t->sentences[si].end; /* the byte after the headline */
    /* the body's own name: the longest one that ends as the headline's does; looked for
     * from the article's headline only (its first lines), so that a text of many
     * title-case lines is read a bounded number of times */
    for (size_t s = a; s <= h && si < 3 && h - a < 12; s++)
        if (written_after(x, s, b, body))
            return s;
    /* the body says nothing: the name begins after the headline's verb, if it has one */
    for (size_t k = h; k > a; k--)
        if (verb_in_s(x, k - 1))
            return k;
    return a;
}
