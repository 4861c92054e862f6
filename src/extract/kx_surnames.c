/* kx_surnames: see kx_surnames.h. Open addressing on the 64-bit hash of the word (0 marks a
 * free slot), the table at most half full; each slot keeps the most words of a person
 * mention ending with the word and one token that spells it, to tell a hash collision. */
#include "kx_surnames.h"

#include "../kg_mem.h"
#include "kg_strhash.h"
#include "kx_tokens.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    uint64_t hash; /* 0: free */
    size_t token;  /* a token that spells the word */
    size_t words;  /* the most words of a person mention that ends with it */
} slot;

struct kx_surnames {
    slot *slots;
    size_t cap, used;
    size_t read; /* mentions of x read so far */
};

kx_surnames *kx_surnames_new(void)
{
    kx_surnames *sn = kg_xcalloc(1, sizeof *sn);
    sn->cap = 64;
    sn->slots = kg_xcalloc(sn->cap, sizeof *sn->slots);
    return sn;
}

void kx_surnames_free(kx_surnames *sn)
{
    if (!sn)
        return;
    free(sn->slots);
    free(sn);
}

static uint64_t word_hash(const kx *x, size_t i)
{
    size_t len;
    const char *w = kx_tok(x, i, &len);
    uint64_t h = kg_strhash(w, len);
    return h ? h : 1;
}

static slot *find_slot(slot *slots, size_t cap, uint64_t h)
{
    size_t i = (size_t)(h >> 7) & (cap - 1);
    while (slots[i].hash && slots[i].hash != h)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

/* The last word of person mention m, before "Jr", "Sr", "II" ... and punctuation. */
static size_t surname_token(const kx *x, const kg_x_mention *m)
{
    static const char *const suffixes[] = {"Jr", "Sr", "II", "III", "IV", ".", ",", NULL};
    size_t e = m->tok_end;
    while (e > m->tok_start + 1 && kx_is_any(x, e - 1, suffixes))
        e--;
    return e - 1;
}

static void add(kx_surnames *sn, const kx *x, size_t token, size_t words)
{
    if (2 * (sn->used + 1) > sn->cap) {
        size_t cap = 2 * sn->cap;
        slot *slots = kg_xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < sn->cap; i++)
            if (sn->slots[i].hash)
                *find_slot(slots, cap, sn->slots[i].hash) = sn->slots[i];
        free(sn->slots);
        sn->slots = slots;
        sn->cap = cap;
    }
    uint64_t h = word_hash(x, token);
    slot *s = find_slot(sn->slots, sn->cap, h);
    if (!s->hash) {
        *s = (slot){h, token, words};
        sn->used++;
    } else if (words > s->words) {
        s->words = words;
    }
}

/* The question by a scan of every mention: for a hash that two words share. */
static int scan(const kx *x, size_t i, size_t min_words)
{
    size_t len, l2;
    const char *w = kx_tok(x, i, &len);
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
        if (m->type != KG_PERSON || m->tok_end - m->tok_start < min_words)
            continue;
        const char *last = kx_tok(x, surname_token(x, m), &l2);
        if (l2 == len && memcmp(last, w, len) == 0)
            return 1;
    }
    return 0;
}

int kx_surnames_has(kx_surnames *sn, const kx *x, size_t i, size_t min_words)
{
    for (; sn->read < x->out->n_mentions; sn->read++) {
        const kg_x_mention *m = &x->out->mentions[sn->read];
        if (m->type == KG_PERSON)
            add(sn, x, surname_token(x, m), m->tok_end - m->tok_start);
    }
    const slot *s = find_slot(sn->slots, sn->cap, word_hash(x, i));
    if (!s->hash)
        return 0;
    size_t len, l2;
    const char *w = kx_tok(x, i, &len), *v = kx_tok(x, s->token, &l2);
    if (len != l2 || memcmp(w, v, len) != 0)
        return scan(x, i, min_words);
    return s->words >= min_words;
}
