/* kx_resolve_people: people of one document named several ways, merged (part of resolution
 * within the document, kx_resolve_doc.c): a name without its middle name or initial into
 * the only person named with it ("Christopher Smith" / "Christopher H. Smith", unless one
 * sentence names both), then a lone surname into the only person who has it ("Secretary
 * Sherman"). Reads and changes the entities and mentions (kx_state.h). */
#include "../kg_mem.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"

#include <stdlib.h>
#include <string.h>

/* The length of the person key k without a generational suffix ("robert o blake jr":
 * "robert o blake"); where its surname ends. */
static size_t without_generation(const char *k)
{
    const char *last = strrchr(k, ' ');
    return last && kx_is_generational_key(last + 1, strlen(last + 1)) ? (size_t)(last - k)
                                                                      : strlen(k);
}

/* The surname's word of the person key k: its last word before a generational suffix. */
static const char *surname_word(const char *k, size_t *len)
{
    size_t n = without_generation(k), a = n;
    while (a > 0 && k[a - 1] != ' ')
        a--;
    *len = n - a;
    return k + a;
}

/* Whether the person key s names the person of key l with fewer words: both open with the
 * same given name and end with the same surname, and every word of s is one of l's, in
 * order ("christopher smith" of "christopher h smith", "martha olcott" of "martha brill
 * olcott"). */
static int fewer_names_of(const char *s, const char *l)
{
    size_t ws = kx_word_count(s), wl = kx_word_count(l);
    if (ws < 2 || wl <= ws)
        return 0;
    /* a middle name or an initial must be what s leaves out, not only the suffix: "John
     * Berg" and "John Berg Jr." may be father and son */
    if (without_generation(l) < strlen(l) && wl - 1 <= ws)
        return 0;
    /* the same surname, "Robert Blake" of "Robert O. Blake, Jr." too */
    size_t ns, nl;
    const char *ls = surname_word(s, &ns), *ll = surname_word(l, &nl);
    if (ns != nl || strncmp(ls, ll, ns) != 0)
        return 0;
    /* each word of s found in turn in l, the first at l's start */
    const char *p = l;
    for (const char *w = s; *w;) {
        size_t n = strcspn(w, " ");
        const char *at = p;
        for (;;) {
            if (strncmp(at, w, n) == 0 && (at[n] == ' ' || at[n] == 0))
                break;
            if (w == s) /* the given name opens both */
                return 0;
            at = strchr(at, ' ');
            if (!at)
                return 0;
            at++;
        }
        p = at + n;
        if (*p == ' ')
            p++;
        w += n;
        if (*w == ' ')
            w++;
    }
    return 1;
}

/* A person's given name and surname in the document, for merge_middle_names. */
typedef struct person_first {
    uint64_t first; /* hash of the key's first word and surname */
    size_t entity;
} person_first;

static int cmp_person_first(const void *a, const void *b)
{
    const person_first *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return x->entity < y->entity ? -1 : x->entity > y->entity;
}

/* Whether entities a and b have mentions in one sentence: "John Quincy Adams was the son
 * of John Adams" names two people. Scans the mentions once. */
static int share_a_sentence(const kx *x, size_t a, size_t b)
{
    const kg_extraction *e = x->out;
    uint64_t *sa = NULL; /* the sentences of a's mentions, sorted */
    size_t n = 0, cap = 0;
    for (size_t m = 0; m < e->n_mentions; m++)
        if (e->mentions[m].entity == a) {
            KG_GROW(sa, cap, n + 1);
            sa[n++] = e->mentions[m].sentence;
        }
    if (n > 1)
        qsort(sa, n, sizeof *sa, kg_cmp_u64);
    int shared = 0;
    for (size_t m = 0; m < e->n_mentions && !shared && n; m++) {
        uint64_t s = e->mentions[m].sentence;
        shared = e->mentions[m].entity == b && bsearch(&s, sa, n, sizeof *sa, kg_cmp_u64);
    }
    free(sa);
    return shared;
}

/* Merges a person named without a middle name or initial ("Christopher Smith") into the
 * only person of the document named with it ("Christopher H. Smith"), unless the text names
 * both in one sentence ("X Quincy Y, the son of X Y"). People are sorted by their given name
 * and surname, so that only those who share both are compared. */
static void merge_middle_names(kx *x)
{
    kg_extraction *e = x->out;
    person_first *pf = NULL;
    size_t n = 0, cap = 0;
    for (size_t a = 0; a < e->n_entities; a++) {
        if (e->entities[a].type != KG_PERSON)
            continue;
        const char *k = e->entities[a].key;
        if (!strchr(k, ' '))
            continue;
        size_t nl;
        const char *last = surname_word(k, &nl);
        KG_GROW(pf, cap, n + 1);
        pf[n++] = (person_first){kg_strhash_more(kg_strhash(k, strcspn(k, " ")), last, nl), a};
    }
    if (n > 1)
        qsort(pf, n, sizeof *pf, cmp_person_first);
    for (size_t g = 0; g < n;) {
        size_t h = g;
        while (h < n && pf[h].first == pf[g].first)
            h++;
        for (size_t i = g; i < h && h - g > 1; i++) {
            size_t a = pf[i].entity, owner = 0;
            int owners = 0;
            for (size_t j = g; j < h && owners < 2; j++) {
                size_t b = pf[j].entity;
                if (b != a && e->entities[b].type == KG_PERSON &&
                    e->entities[a].type == KG_PERSON &&
                    fewer_names_of(e->entities[a].key, e->entities[b].key) &&
                    !share_a_sentence(x, a, b)) {
                    owner = b;
                    owners++;
                }
            }
            if (owners == 1)
                kx_merge_entity(x, a, owner, "middle name left out");
        }
        g = h;
    }
    free(pf);
}

/* Merges a person named by the surname alone ("Secretary Sherman" in a headline, before
 * the text gives her name in full; "Dr. Sherwood-Randall") into the only person of the
 * document with that surname. */
/* Adds a (hash of a tail of key, entity) pair for every word boundary of key[0, n): the
 * tails a surname may be ("smith", "h smith"). */
static void add_tails(person_first **pf, size_t *n, size_t *cap, const char *key, size_t len,
                      size_t entity)
{
    for (size_t i = 1; i < len; i++)
        if (key[i - 1] == ' ') {
            KG_GROW(*pf, *cap, *n + 1);
            (*pf)[(*n)++] = (person_first){kg_strhash(key + i, len - i), entity};
        }
}

/* A lone surname (or a shorter tail) into the only person of the document whose name ends
 * with it. The persons are indexed by the hashes of their names' tails, so that each name
 * is compared with the names that end with it, not with every person of the document. */
static void merge_surnames(kx *x)
{
    kg_extraction *e = x->out;
    person_first *tails = NULL;
    size_t n = 0, cap = 0;
    for (size_t b = 0; b < e->n_entities; b++) {
        if (e->entities[b].type != KG_PERSON)
            continue;
        const char *k = e->entities[b].key, *last = strrchr(k, ' ');
        add_tails(&tails, &n, &cap, k, strlen(k), b);
        /* "Robert O. Blake, Jr.": the tails before the generational suffix too */
        if (last && kx_is_generational_key(last + 1, strlen(last + 1)))
            add_tails(&tails, &n, &cap, k, (size_t)(last - k), b);
    }
    if (n > 1)
        qsort(tails, n, sizeof *tails, cmp_person_first);
    for (size_t a = 0; a < e->n_entities; a++) {
        if (e->entities[a].type != KG_PERSON)
            continue;
        const char *ka = e->entities[a].key;
        uint64_t h = kg_strhash(ka, strlen(ka));
        size_t lo = 0, hi = n; /* the first tail of hash h */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (tails[mid].first < h)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t words = kx_word_count(ka);
        size_t owner = (size_t)-1, last_b = (size_t)-1;
        int owners = 0;
        for (size_t i = lo; i < n && tails[i].first == h; i++) {
            size_t b = tails[i].entity;
            if (b == last_b) /* one person's two tails of one hash (sorted by entity) */
                continue;
            last_b = b;
            if (b != a && e->entities[b].type == KG_PERSON &&
                kx_word_count(e->entities[b].key) > words &&
                kx_is_surname_key(e->entities[b].key, ka)) {
                owner = b;
                owners++;
            }
        }
        if (owners == 1)
            kx_merge_entity(x, a, owner, "surname in the same document");
    }
    free(tails);
}

void kx_merge_person_variants(kx *x)
{
    merge_middle_names(x); /* first: "Smith" then has one owner */
    merge_surnames(x);
}
