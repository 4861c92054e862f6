/* kx_name_forms: see kx_name_forms.h. The 64-bit hash of each tagged form maps to its
 * entities through a kx_hash_chain. */
#include "kx_name_forms.h"

#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"
#include "kx_hash_chain.h"

#include <stdlib.h>
#include <string.h>

/* How far each entity is indexed. */
typedef struct entity_state {
    uint64_t name_hash; /* hash of the name (and key) indexed, 0: none yet */
    size_t aliases;     /* aliases indexed */
} entity_state;

struct kx_name_forms {
    int what;
    kx_hash_chain forms; /* the entities by the hash of each of their forms */
    entity_state *state;
    size_t n_state;
};

/* The hash of a form: its tag, a number (the word of a neighbourhood, else 0) and its text
 * given in up to three pieces. */
static uint64_t form_hash(char tag, size_t number, const char *a, size_t na, const char *b,
                          size_t nb, const char *c, size_t nc)
{
    char head[2] = {tag, (char)(number & 0xff)};
    uint64_t h = kg_strhash(head, 2);
    h = kg_strhash_more(h, a, na);
    h = kg_strhash_more(h, b, nb);
    h = kg_strhash_more(h, c, nc);
    return h ? h : 1;
}

kx_name_forms *kx_name_forms_new(int what)
{
    kx_name_forms *ix = kg_xcalloc(1, sizeof *ix);
    ix->what = what;
    kx_hash_chain_init(&ix->forms, 256);
    return ix;
}

void kx_name_forms_free(kx_name_forms *ix)
{
    if (!ix)
        return;
    kx_hash_chain_free(&ix->forms);
    free(ix->state);
    free(ix);
}

static void put(kx_name_forms *ix, uint64_t h, size_t entity)
{
    kx_hash_chain_put(&ix->forms, h, entity);
}

/* Calls emit(ctx, hash) for the one-deletion neighbourhood of each word of key of six bytes
 * or more: the key with that word as it is and with each of its bytes left out, tagged by
 * the word's number. Two keys of the same words but one that is one byte insert, delete or
 * change away share a form. */
static void word_neighbourhood(const char *key, void (*emit)(void *, uint64_t), void *ctx)
{
    size_t len = strlen(key), word = 0;
    for (size_t s = 0; s <= len; word++) {
        size_t n = strcspn(key + s, " ");
        if (n >= 6) {
            const char *after = key + s + n;
            size_t rest = len - s - n;
            emit(ctx, form_hash('V', word, key, s + n, NULL, 0, after, rest));
            for (size_t d = 0; d < n; d++)
                emit(ctx,
                     form_hash('V', word, key, s + d, key + s + d + 1, n - d - 1, after, rest));
        }
        s += n + 1;
    }
}

/* The whole key's one-deletion neighbourhood (a place spelt two ways). */
static void key_neighbourhood(const char *key, void (*emit)(void *, uint64_t), void *ctx)
{
    size_t len = strlen(key);
    emit(ctx, form_hash('D', 0, key, len, NULL, 0, NULL, 0));
    for (size_t d = 0; d < len; d++)
        emit(ctx, form_hash('D', 0, key, d, key + d + 1, len - d - 1, NULL, 0));
}

/* Calls emit for the acronyms of name that the acronym rules compare: of the whole name,
 * of the name before its first " of ", of each of its word suffixes. */
static void acronyms(const char *name, void (*emit)(void *, uint64_t), void *ctx)
{
    char *acr = kg_normalize_acronym(name, strlen(name));
    emit(ctx, form_hash('A', 0, acr, strlen(acr), NULL, 0, NULL, 0));
    free(acr);
    const char *of = strstr(name, " of ");
    if (of) {
        acr = kg_normalize_acronym(name, (size_t)(of - name));
        emit(ctx, form_hash('A', 0, acr, strlen(acr), NULL, 0, NULL, 0));
        free(acr);
    }
    for (const char *w = strchr(name, ' '); w; w = strchr(w + 1, ' ')) {
        acr = kg_normalize_acronym(w + 1, strlen(w + 1));
        emit(ctx, form_hash('A', 0, acr, strlen(acr), NULL, 0, NULL, 0));
        free(acr);
    }
}

/* Calls emit for the key with each run of two to four words (whose first letters are ASCII
 * letters) written as their initials, tagged tag: the forms under which a name written out
 * meets the name written with an abbreviation ("united states embasi" / "us embasi"), whose
 * whole key is indexed under the other tag. The two tags keep collapsed forms from meeting
 * each other: many long names of one document may collapse alike, and comparing each with
 * each would be quadratic. */
static void collapsed_runs(const char *key, char tag, void (*emit)(void *, uint64_t), void *ctx)
{
    size_t len = strlen(key);
    for (size_t start = 0; start < len;) {
        char initials[4];
        size_t end = start, r = 0;
        while (r < 4 && end < len && key[end] >= 'a' && key[end] <= 'z') {
            initials[r++] = key[end];
            end += strcspn(key + end, " ");
            if (r >= 2)
                emit(ctx, form_hash(tag, 0, key, start, initials, r, key + end, len - end));
            end += end < len;
        }
        start += strcspn(key + start, " ");
        start += start < len;
    }
}

/* The hash of s[0..n) lower-cased in ASCII, tagged 'C'. */
static uint64_t lower_hash(const char *s, size_t n)
{
    char head[2] = {'C', 0};
    uint64_t h = kg_strhash(head, 2);
    for (size_t i = 0; i < n; i++) {
        char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + ('a' - 'A')) : s[i];
        h = kg_strhash_more(h, &c, 1);
    }
    return h ? h : 1;
}

typedef struct put_ctx {
    kx_name_forms *ix;
    size_t entity;
} put_ctx;

static void emit_put(void *ctx, uint64_t h)
{
    put_ctx *p = ctx;
    put(p->ix, h, p->entity);
}

/* Whether word w (of key) is followed by a word that opens "party" or "workers": the
 * words a party's persuasion is read from ("conservative party"). Keys fold y to i. */
static int before_party_word(const char *next)
{
    return next && (strncmp(next + 1, "parti", 5) == 0 || strncmp(next + 1, "party", 5) == 0 ||
                    strncmp(next + 1, "workers", 7) == 0);
}

static void add_key_forms(kx_name_forms *ix, const kx *x, size_t e)
{
    const kg_x_entity *en = &x->out->entities[e];
    const char *key = en->key;
    size_t len = strlen(key);
    put_ctx pc = {ix, e};
    if (ix->what == KX_FORMS_SPELLING) {
        key_neighbourhood(key, emit_put, &pc);
        return;
    }
    put(ix, form_hash('P', 0, key, len, NULL, 0, NULL, 0), e);
    for (size_t i = 0; i < len; i++)
        if (key[i] == ' ') {
            put(ix, form_hash('P', 0, key, i, NULL, 0, NULL, 0), e);
            put(ix, form_hash('S', 0, key + i + 1, len - i - 1, NULL, 0, NULL, 0), e);
        }
    word_neighbourhood(key, emit_put, &pc);
    acronyms(en->name, emit_put, &pc);
    /* the whole key as written ('b') and its runs written as initials ('B') */
    put(ix, form_hash('b', 0, key, len, NULL, 0, NULL, 0), e);
    collapsed_runs(key, 'B', emit_put, &pc);
    if (en->type == KG_ORGANISATION) {
        const char *g = kx_government_country(x, en->name);
        if (g)
            put(ix, form_hash('G', 0, g, strlen(g), NULL, 0, NULL, 0), e);
        const char *l = kx_parliament_country(x, en->name);
        if (l)
            put(ix, form_hash('L', 0, l, strlen(l), NULL, 0, NULL, 0), e);
    }
    /* a party's words before "party": each prefix of five bytes or more */
    for (const char *w = key; w && *w; w = strchr(w, ' '), w = w ? w + 1 : NULL) {
        const char *next = strchr(w, ' ');
        if (!before_party_word(next))
            continue;
        for (size_t n = 5; n <= (size_t)(next - w); n++)
            put(ix, form_hash('W', 0, w, n, NULL, 0, NULL, 0), e);
    }
}

static void add_alias_forms(kx_name_forms *ix, const kg_x_alias *al, size_t e)
{
    if (ix->what == KX_FORMS_SPELLING)
        return;
    put_ctx pc = {ix, e};
    word_neighbourhood(al->key, emit_put, &pc);
    size_t tl = strlen(al->text);
    for (size_t i = 0; i < tl; i++)
        if (al->text[i] == ' ')
            put(ix, lower_hash(al->text + i + 1, tl - i - 1), e);
}

void kx_name_forms_add(kx_name_forms *ix, const kx *x, size_t e)
{
    if (e >= ix->n_state) {
        size_t n = x->out->n_entities + 16;
        ix->state = kg_xrealloc(ix->state, n * sizeof *ix->state);
        memset(ix->state + ix->n_state, 0, (n - ix->n_state) * sizeof *ix->state);
        ix->n_state = n;
    }
    const kg_x_entity *en = &x->out->entities[e];
    entity_state *st = &ix->state[e];
    uint64_t nh = kg_strhash_more(kg_strhash(en->name, strlen(en->name)), en->key, strlen(en->key));
    if (st->name_hash != (nh ? nh : 1)) {
        st->name_hash = nh ? nh : 1;
        add_key_forms(ix, x, e);
    }
    for (; st->aliases < en->n_aliases; st->aliases++)
        add_alias_forms(ix, &en->aliases[st->aliases], e);
}

/* Collected candidates. */
typedef struct found {
    const kx_name_forms *ix;
    size_t *items;
    size_t n, cap;
} found;

static void emit_find(void *ctx, uint64_t h)
{
    found *f = ctx;
    const kx_name_forms *ix = f->ix;
    for (size_t en = kx_hash_chain_bucket(&ix->forms, h); en; en = ix->forms.entries[en - 1].next)
        if (ix->forms.entries[en - 1].hash == h) {
            KG_GROW(f->items, f->cap, f->n + 1);
            f->items[f->n++] = ix->forms.entries[en - 1].value;
        }
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

size_t *kx_name_forms_candidates(const kx_name_forms *ix, const kx *x, size_t a, size_t *n)
{
    const kg_x_entity *en = &x->out->entities[a];
    const char *key = en->key;
    size_t len = strlen(key);
    found f = {ix, NULL, 0, 0};
    if (ix->what == KX_FORMS_SPELLING) {
        key_neighbourhood(key, emit_find, &f);
    } else {
        emit_find(&f, form_hash('P', 0, key, len, NULL, 0, NULL, 0));
        emit_find(&f, form_hash('S', 0, key, len, NULL, 0, NULL, 0));
        emit_find(&f, lower_hash(en->name, strlen(en->name)));
        emit_find(&f, form_hash('A', 0, en->name, strlen(en->name), NULL, 0, NULL, 0));
        word_neighbourhood(key, emit_find, &f);
        /* a key written with initials meets the names that collapse to it, and a key's
         * collapsed forms meet the keys written so */
        emit_find(&f, form_hash('B', 0, key, len, NULL, 0, NULL, 0));
        collapsed_runs(key, 'b', emit_find, &f);
        const char *g = en->type == KG_ORGANISATION ? kx_government_country(x, en->name) : NULL;
        if (g)
            emit_find(&f, form_hash('G', 0, g, strlen(g), NULL, 0, NULL, 0));
        const char *l = en->type == KG_ORGANISATION ? kx_parliament_country(x, en->name) : NULL;
        if (l)
            emit_find(&f, form_hash('L', 0, l, strlen(l), NULL, 0, NULL, 0));
        /* "x ministry" meets "ministry of x affairs" and "ministry of x" (keys) */
        if (len > 9 && strcmp(key + len - 9, " ministri") == 0) {
            char *m = kg_xasprintf("ministri of %.*s", (int)(len - 9), key);
            emit_find(&f, form_hash('P', 0, m, strlen(m), NULL, 0, NULL, 0));
            emit_find(&f, form_hash('P', 0, m, strlen(m), " afairs", 7, NULL, 0));
            free(m);
        }
    }
    if (f.n > 1)
        qsort(f.items, f.n, sizeof *f.items, cmp_size);
    size_t w = 0;
    for (size_t i = 0; i < f.n; i++)
        if (f.items[i] != a && (w == 0 || f.items[w - 1] != f.items[i]))
            f.items[w++] = f.items[i];
    *n = w;
    if (!w) {
        free(f.items);
        return NULL;
    }
    return f.items;
}

int kx_name_forms_each(const kx_name_forms *ix, char tag, const char *key, size_t len,
                       int (*visit)(void *ctx, size_t entity), void *ctx)
{
    uint64_t h = form_hash(tag, 0, key, len, NULL, 0, NULL, 0);
    for (size_t en = kx_hash_chain_bucket(&ix->forms, h); en; en = ix->forms.entries[en - 1].next)
        if (ix->forms.entries[en - 1].hash == h) {
            int r = visit(ctx, ix->forms.entries[en - 1].value);
            if (r)
                return r;
        }
    return 0;
}
