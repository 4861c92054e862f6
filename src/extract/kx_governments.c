/* kx_governments: a country's government and its other common bodies named in lower case
 * ("the Kazakh government", "Iraq's parliament", "the government of Turkmenistan"), after the
 * organisation finders (kx_orgs.c) in the mentions pass. Reads the tokens, labels and
 * gazetteer; adds organisation mentions (kx_state.h). */
#include "kg_extract_internal.h"

#include <string.h>
#include <strings.h>

/* The gazetteer's canonical name of the country an adjective of nationality names
 * ("Iraqi"), or NULL. */
static const char *demonym_country(const kx *x, const char *s, size_t n)
{
    const char *c = kg_lexicon_demonym_country(x->lx, s, n);
    const kg_place *p = c ? kg_lexicon_place(x->lx, c, strlen(c)) : NULL;
    return p ? p->canonical : NULL;
}

static const char *country_at(const kx *x, size_t i, size_t *len)
{
    const kg_place *p = kx_place_at(x, i, len);
    if (p && strcmp(p->kind, "country") == 0)
        return p->canonical;
    size_t n;
    const char *w = kx_tok(x, i, &n);
    *len = 1;
    return i < x->n && kx_is_cap(x, i) ? demonym_country(x, w, n) : NULL;
}

size_t kx_common_body_end(const kx *x, size_t g)
{
    if (kx_is(x, g, "parliament") || kx_is(x, g, "legislature"))
        return g + 1;
    if ((kx_is(x, g, "electoral") || kx_is(x, g, "election")) && kx_is(x, g + 1, "commission") &&
        kx_same_sentence(x, g, g + 1))
        return g + 2;
    return g;
}

void kx_find_governments(kx *x)
{
    for (size_t g = 0; g < x->n; g++) {
        /* "Ukraine's parliament", "Ghana's electoral commission": a country's body in
         * lower case after its possessive */
        size_t body_end = kx_common_body_end(x, g), len;
        if (body_end > g && g > 1 && !x->label[g] && kx_same_sentence(x, g - 2, g) &&
            (x->t->tokens[g - 1].flags & KG_TOKEN_POSSESSIVE)) {
            size_t start = g - 2;
            while (start > 0 && start + 3 > g - 2 && kx_is_cap(x, start - 1) &&
                   !x->label[start - 1])
                start--;
            for (; start <= g - 2; start++)
                if (!x->label[start] && country_at(x, start, &len) && start + len == g - 1)
                    break;
            if (start <= g - 2) {
                kx_add_mention(x, start, body_end, KG_ORGANISATION);
                g = body_end - 1;
            }
            continue;
        }
        if (!kx_is(x, g, "government") || x->label[g])
            continue;
        size_t a = g, b = g + 1;
        /* "the government of (the) Zimbabwe" */
        size_t c = kx_is(x, g + 1, "of") ? g + 2 + (kx_is(x, g + 2, "the") ? 1 : 0) : 0;
        if (c && c < x->n && kx_same_sentence(x, g, c) && !x->label[c] && country_at(x, c, &len))
            b = c + len;
        /* "the Iraqi government", "Iraq's government", "the Pakistan government" */
        else if (g > 0 && kx_same_sentence(x, g - 1, g)) {
            size_t k = g - 1;
            if ((x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE) && k > 0)
                k--;
            size_t start = k;
            while (start > 0 && start + 3 > k && kx_is_cap(x, start - 1) && !x->label[start - 1])
                start--; /* the first word of a country of several words */
            for (; start <= k; start++)
                if (!x->label[start] && country_at(x, start, &len) && start + len == k + 1)
                    break;
            if (start > k)
                continue;
            a = start;
        }
        if (a == g && b == g + 1)
            continue;
        kx_add_mention(x, a, b, KG_ORGANISATION);
    }
}

/* The country of a common body's name: "<noun> of (the) <country>", "<Country>'s <noun>",
 * "<Demonym> <noun>" (the noun in either case: "Somali Parliament"); NULL when the name is of
 * no such shape. */
static const char *body_country(const kx *x, const char *name, const char *noun)
{
    size_t n = strlen(name), nl = strlen(noun);
    const char *rest = NULL;
    size_t rest_len = 0;
    if (strncasecmp(name, noun, nl) == 0 && strncmp(name + nl, " of ", 4) == 0) {
        rest = name + nl + 4;
        if (strncmp(rest, "the ", 4) == 0)
            rest += 4;
        rest_len = strlen(rest);
    } else if (n > nl + 1 && name[n - nl - 1] == ' ' && strcasecmp(name + n - nl, noun) == 0) {
        rest = name;
        rest_len = n - nl - 1;
        if (rest_len > 2 && (strncmp(rest + rest_len - 2, "'s", 2) == 0))
            rest_len -= 2;
        else if (rest_len > 4 && strncmp(rest + rest_len - 4, "\u2019s", 4) == 0)
            rest_len -= 4;
    }
    if (!rest || rest_len == 0)
        return NULL;
    const kg_place *p = kg_lexicon_place(x->lx, rest, rest_len);
    if (p && strcmp(p->kind, "country") == 0)
        return p->canonical;
    return demonym_country(x, rest, rest_len);
}

const char *kx_government_country(const kx *x, const char *name)
{
    return body_country(x, name, "government");
}

const char *kx_parliament_country(const kx *x, const char *name)
{
    const char *c = body_country(x, name, "parliament");
    return c ? c : body_country(x, name, "legislature");
}
