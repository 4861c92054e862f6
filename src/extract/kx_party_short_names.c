/* kx_party_short_names: "The Ulster Unionist Party won ... Ulster Unionist leader Sir Reg
 * Empey": a party the text names "X Y Party" it names "X Y" too. One of the mention finders
 * (kg_mentions.c), run right after the party finder and before any finder reads the words.
 * Reads: the party mentions so far. Adds: party mentions of the short names. */
#include "../kg_mem.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Whether the words of tokens [a, a + n) are those of [b, b + n), written alike. */
static int same_words(const kx *x, size_t a, size_t b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t la, lb;
        const char *wa = kx_tok(x, a + k, &la), *wb = kx_tok(x, b + k, &lb);
        if (la != lb || memcmp(wa, wb, la) != 0)
            return 0;
    }
    return 1;
}

/* h continued over the word of token k and a separator byte: the hash of a run of words. */
static uint64_t words_hash_more(const kx *x, uint64_t h, size_t k)
{
    size_t len;
    const char *w = kx_tok(x, k, &len);
    return kg_strhash_more(kg_strhash_more(h, w, len), "\x1f", 1);
}

/* A party "X Y Party" whose short name "X Y" is looked for, or a place where it is written. */
typedef struct short_name {
    uint64_t hash; /* of the short name's words */
    size_t party;  /* the party's mention */
    size_t at;     /* candidate: the token where the words are written */
} short_name;

static int cmp_short_name_hash(const void *a, const void *b)
{
    const short_name *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return (x->party > y->party) - (x->party < y->party);
}

static int cmp_short_name_hash_only(const void *a, const void *b)
{
    uint64_t x = ((const short_name *)a)->hash, y = ((const short_name *)b)->hash;
    return (x > y) - (x < y);
}

static int cmp_short_name_place(const void *a, const void *b)
{
    const short_name *x = a, *y = b;
    if (x->party != y->party)
        return x->party < y->party ? -1 : 1;
    return (x->at > y->at) - (x->at < y->at);
}

/* "The Ulster Unionist Party won ... Ulster Unionist leader Sir Reg Empey": a party the text
 * names "X Y Party" it names "X Y" too, before any other finder reads the words ("Ulster"
 * is a place of the gazetteer). Two words at least, not followed by another capitalised
 * word or "party", not inside a longer capitalised run. The short names are hashed and the
 * text read once for all of them (each party's own scan of the text was quadratic in a long
 * document naming many parties); a name that an earlier party has is not looked for again.
 * The places found are taken party by party, in the text's order, as a scan per party
 * would take them. */
void kx_find_party_short_names(kx *x)
{
    size_t n_parties = x->out->n_mentions, n_wanted = 0, n_found = 0, cap_found = 0;
    short_name *wanted = kg_xmalloc((n_parties + 1) * sizeof *wanted), *found = NULL;
    for (size_t p = 0; p < n_parties; p++) {
        const kg_x_mention *pm = &x->out->mentions[p];
        size_t a = pm->tok_start, e = pm->tok_end - 1; /* e: "Party" */
        if (pm->type != KG_PARTY || !kx_is(x, e, "Party") || e - a < 2 || e - a > 5)
            continue;
        int all_cap = 1;
        for (size_t k = a; k < e; k++)
            all_cap &= kx_is_cap(x, k);
        if (!all_cap)
            continue;
        uint64_t h = KG_STRHASH_INIT;
        for (size_t k = a; k < e; k++)
            h = words_hash_more(x, h, k);
        wanted[n_wanted++] = (short_name){h, p, 0};
    }
    if (n_wanted > 1)
        qsort(wanted, n_wanted, sizeof *wanted, cmp_short_name_hash);
    /* the first party of each name (an equal hash of other words is kept) */
    size_t w = 0;
    for (size_t i = 0; i < n_wanted; i++) {
        const kg_x_mention *m = &x->out->mentions[wanted[i].party];
        int repeat = 0;
        for (size_t j = w; j > 0 && wanted[j - 1].hash == wanted[i].hash && !repeat; j--) {
            const kg_x_mention *o = &x->out->mentions[wanted[j - 1].party];
            repeat = o->tok_end - o->tok_start == m->tok_end - m->tok_start &&
                     same_words(x, o->tok_start, m->tok_start, m->tok_end - m->tok_start - 1);
        }
        if (!repeat)
            wanted[w++] = wanted[i];
    }
    n_wanted = w;
    for (size_t i = 0; i < x->n && n_wanted; i++) {
        uint64_t h = KG_STRHASH_INIT;
        for (size_t len = 1; len <= 5 && i + len < x->n; len++) {
            h = words_hash_more(x, h, i + len - 1);
            if (len < 2)
                continue;
            short_name key = {h, 0, 0};
            short_name *hit =
                bsearch(&key, wanted, n_wanted, sizeof *wanted, cmp_short_name_hash_only);
            while (hit && hit > wanted && hit[-1].hash == h)
                hit--;
            for (; hit && hit < wanted + n_wanted && hit->hash == h; hit++) {
                const kg_x_mention *pm = &x->out->mentions[hit->party];
                if (pm->tok_end - 1 - pm->tok_start == len) {
                    KG_GROW(found, cap_found, n_found + 1);
                    found[n_found++] = (short_name){h, hit->party, i};
                }
            }
        }
    }
    if (n_found > 1)
        qsort(found, n_found, sizeof *found, cmp_short_name_place);
    size_t skip_party = (size_t)-1, skip_to = 0;
    for (size_t c = 0; c < n_found; c++) {
        size_t p = found[c].party, i = found[c].at;
        size_t a = x->out->mentions[p].tok_start, len = x->out->mentions[p].tok_end - 1 - a;
        if (p == skip_party && i < skip_to)
            continue; /* inside the name this party's scan just took */
        if (i == a || !kx_free_span(x, i, i + len) || !same_words(x, a, i, len) ||
            !kx_same_sentence(x, i, i + len - 1) ||
            (kx_is_cap(x, i + len) && !kx_is_title(x, i + len) &&
             kx_same_sentence(x, i, i + len)) ||
            kx_is_ci(x, i + len, "party") ||
            (i > 0 && kx_is_cap(x, i - 1) && !x->label[i - 1] && !kx_is_stop_cap(x, i - 1) &&
             !kx_is_title(x, i - 1) && kx_same_sentence(x, i - 1, i)))
            continue;
        kx_add_mention(x, i, i + len, KG_PARTY);
        skip_party = p;
        skip_to = i + len;
    }
    free(wanted);
    free(found);
}
