/* kx_words: kx_is_any and kx_is_any_ci (kx_tokens.h) by one hash lookup instead of a scan
 * of the list. A rule's word list is a static NULL-terminated array in the rule's code. The
 * first lookup in a list builds a hash set of its words (open addressing, FNV-1a as in
 * kg_lexicon.c; folded to ASCII lower case for kx_is_any_ci) and keeps it for the life of
 * the process in a registry keyed by the list's address and the case mode. The registry is
 * read without a lock; a set is built and published under a mutex (POSIX: ThreadSanitizer
 * does not see glibc's C11 mtx_lock, which calls the mutex internally, and reported the
 * registry's count as a race), so lookups may run in several threads at once. */
#include "../kg_mem.h"
#include "kg_strhash.h"
#include "kx_tokens.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The hash set of one word list. */
typedef struct word_set {
    const char *const *list; /* the list it holds: the registry's key */
    int ignore_case;         /* the other half of the key */
    size_t longest;          /* bytes of the list's longest word */
    size_t mask;             /* slots - 1; slots is a power of two */
    const char **words;      /* per slot: a word of the list (borrowed from it), or NULL */
    size_t *lens;            /* per slot: the word's length */
} word_set;

/* Room for half as many lists as slots; the code has a few dozen. */
enum {
    REGISTRY_SLOTS = 512
};

static _Atomic(word_set *) registry[REGISTRY_SLOTS];
static size_t n_registered; /* under registry_lock */
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;

static unsigned char ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* Whether a[0..n) and b[0..n) are equal, ignoring ASCII case when ignore_case is set: what
 * kx_is and kx_is_ci (memcmp, strncasecmp in the C locale) answer for one word. */
static int same_word(const char *a, const char *b, size_t n, int ignore_case)
{
    if (!ignore_case)
        return memcmp(a, b, n) == 0;
    for (size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)a[i]) != ascii_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

static size_t word_hash(const char *s, size_t n, int ignore_case)
{
    return (size_t)(ignore_case ? kg_strhash_ascii_ci(s, n) : kg_strhash(s, n));
}

/* The slot of set that holds s[0..n), whose word_hash is h, or the free slot where it would
 * go. */
static size_t find_hashed_word(const word_set *set, const char *s, size_t n, size_t h)
{
    size_t i = h & set->mask;
    while (set->words[i] &&
           !(set->lens[i] == n && same_word(set->words[i], s, n, set->ignore_case)))
        i = (i + 1) & set->mask;
    return i;
}

static size_t find_word(const word_set *set, const char *s, size_t n)
{
    return find_hashed_word(set, s, n, word_hash(s, n, set->ignore_case));
}

/* Builds the set of list. Returns a new set; it is never freed (the registry keeps it). */
static word_set *build_set(const char *const *list, int ignore_case)
{
    size_t n = 0;
    while (list[n])
        n++;
    size_t slots = 8;
    while (slots < 2 * n)
        slots *= 2;
    word_set *set = kg_xcalloc(1, sizeof *set);
    set->list = list;
    set->ignore_case = ignore_case;
    set->mask = slots - 1;
    set->words = kg_xcalloc(slots, sizeof *set->words);
    set->lens = kg_xcalloc(slots, sizeof *set->lens);
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(list[k]);
        size_t i = find_word(set, list[k], len);
        set->words[i] = list[k]; /* a repeated word keeps its slot */
        set->lens[i] = len;
        if (len > set->longest)
            set->longest = len;
    }
    return set;
}

static size_t registry_home(const char *const *list, int ignore_case)
{
    uint64_t h = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15ULL;
    return (size_t)((h >> 32) ^ (uint64_t)ignore_case) & (REGISTRY_SLOTS - 1);
}

/* The set registered for list, or NULL. Reads without the lock: a slot, once published,
 * never changes, and the registry is never more than half full. */
static const word_set *registered_set(const char *const *list, int ignore_case)
{
    for (size_t i = registry_home(list, ignore_case);; i = (i + 1) & (REGISTRY_SLOTS - 1)) {
        const word_set *set = atomic_load_explicit(&registry[i], memory_order_acquire);
        if (!set)
            return NULL;
        if (set->list == list && set->ignore_case == ignore_case)
            return set;
    }
}

/* The set of list, built and registered on first use; NULL when the registry is full (the
 * caller then scans the list). */
static const word_set *set_of(const char *const *list, int ignore_case)
{
    const word_set *found = registered_set(list, ignore_case);
    if (found)
        return found;
    if (pthread_mutex_lock(&registry_lock) != 0)
        abort();
    found = registered_set(list, ignore_case); /* another thread may have built it */
    if (!found && (n_registered + 1) * 2 <= REGISTRY_SLOTS) {
        word_set *set = build_set(list, ignore_case);
        size_t i = registry_home(list, ignore_case);
        while (atomic_load_explicit(&registry[i], memory_order_relaxed))
            i = (i + 1) & (REGISTRY_SLOTS - 1);
        atomic_store_explicit(&registry[i], set, memory_order_release);
        n_registered++;
        found = set;
    }
    pthread_mutex_unlock(&registry_lock);
    return found;
}

/* Whether token i is in list, by its set, or by a scan when there is no set. */
static int token_in_list(const kx *x, size_t i, const char *const *list, int ignore_case)
{
    if (i >= x->n)
        return 0;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    const word_set *set = set_of(list, ignore_case);
    if (!set) {
        for (size_t k = 0; list[k]; k++)
            if (ignore_case ? kx_is_ci(x, i, list[k]) : kx_is(x, i, list[k]))
                return 1;
        return 0;
    }
    if (len > set->longest)
        return 0;
    const uint64_t *hashes = ignore_case ? x->token_hash_ci : x->token_hash;
    size_t h = hashes ? (size_t)hashes[i] : word_hash(s, len, ignore_case);
    return set->words[find_hashed_word(set, s, len, h)] != NULL;
}

void kx_token_caches_new(kx *x)
{
    x->token_hash = kg_xmalloc((x->n + 1) * sizeof *x->token_hash);
    x->token_hash_ci = kg_xmalloc((x->n + 1) * sizeof *x->token_hash_ci);
    for (size_t i = 0; i < x->n; i++) {
        size_t len;
        const char *w = kx_tok(x, i, &len);
        x->token_hash[i] = word_hash(w, len, 0);
        x->token_hash_ci[i] = word_hash(w, len, 1);
    }
    x->list_asked = kg_xcalloc(x->n + 1, sizeof *x->list_asked);
    x->list_found = kg_xcalloc(x->n + 1, sizeof *x->list_found);
    x->place_at = kg_xcalloc(x->n + 1, sizeof *x->place_at);
    x->place_at_len = kg_xmalloc(x->n + 1);
    memset(x->place_at_len, 0xFF, x->n + 1);
}

void kx_token_caches_free(kx *x)
{
    free(x->token_hash);
    free(x->token_hash_ci);
    free(x->list_asked);
    free(x->list_found);
    free(x->place_at);
    free(x->place_at_len);
    x->place_at = NULL;
    x->place_at_len = NULL;
    x->token_hash = x->token_hash_ci = NULL;
    x->list_asked = x->list_found = NULL;
}

int kx_is_any(const kx *x, size_t i, const char *const *words)
{
    return token_in_list(x, i, words, 0);
}

int kx_is_any_ci(const kx *x, size_t i, const char *const *words)
{
    return token_in_list(x, i, words, 1);
}

int kx_opens_name_at_sentence_start(const kx *x, size_t i)
{
    /* words that open the names of bodies and parties ("National Assembly", "State
     * Department", "Freedom Front"); an adjective of mood or size ("Angry", "Big") or an
     * adverb ("Nearly") opens a clause, not a name */
    static const char *const name_words[] = {
        "National",      "Central",       "Federal",        "State",       "Foreign",
        "Supreme",       "United",        "Democratic",     "Republican",  "Social",
        "Socialist",     "Liberal",       "Conservative",   "Communist",   "Progressive",
        "Popular",       "Green",         "Labour",         "Labor",       "Civic",
        "Christian",     "Islamic",       "Justice",        "Interior",    "Defense",
        "Defence",       "Finance",       "Health",         "Education",   "Freedom",
        "Unity",         "Independent",   "Constitutional", "Electoral",   "Election",
        "Presidential",  "Parliamentary", "Security",       "General",     "Public",
        "Human",         "Economic",      "Energy",         "Agriculture", "Agrarian",
        "Revolutionary", "Reform",        "Development",    "Investment",  "International",
        "European",      "Regional",      "Provincial",     "Municipal",   "City",
        "Royal",         "Free",          "Patriotic",      "Civil",       "Trade",
        "Culture",       "Transport",     "Treasury",       "Commerce",    "Environment",
        "Environmental", "Internal",      "Homeland",       "Military",    "Armed",
        "Border",        "Police",        "Prosecutor",     "Audit",       "Statistics",
        "Press",         "Information",   "Broadcasting",   "World",       "Global",
        "Peace",         "Unified",       "Union",          "Workers",     "Farmers",
        "Youth",         "Women",         "Citizens",       "Renewal",     "Alliance",
        "Coalition",     "Congress",      "Movement",       "Solidarity",  "Liberty",
        "Democracy",     "Motherland",    "Fatherland",     "Rebirth",     "Revival",
        "Senate",        "House",         "Parliament",     "Cabinet",     "Council",
        "Constitution",  "Appeals",       "Treaty",         "Asian",       "African",
        "American",      "Arab",          "Eurasian",       "Pacific",     "Atlantic",
        "Northern",      "Southern",      "Eastern",        "Western",     NULL};
    return kx_is_sentence_start(x, i) && kx_is_any(x, i, name_words);
}

int kx_is_number_word(const kx *x, size_t i)
{
    static const char *const cardinals[] = {
        "one",      "two",      "three",   "four",     "five",      "six",
        "seven",    "eight",    "nine",    "ten",      "eleven",    "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen",
        "nineteen", "twenty",   "thirty",  "forty",    "fifty",     "sixty",
        "seventy",  "eighty",   "ninety",  "hundred",  "thousand",  "million",
        "billion",  "dozen",    "dozens",  "hundreds", "thousands", NULL};
    if (i >= x->n || x->t->tokens[i].kind != KG_TOKEN_WORD)
        return 0;
    const word_set *set = set_of(cardinals, 1);
    size_t len;
    const char *w = kx_tok(x, i, &len);
    /* each part of "Fifty-four" */
    for (size_t p = 0; p < len;) {
        size_t n = 0;
        while (p + n < len && w[p + n] != '-')
            n++;
        int found = 0;
        if (set)
            found = n > 0 && n <= set->longest && set->words[find_word(set, w + p, n)] != NULL;
        else
            for (size_t c = 0; cardinals[c] && !found; c++)
                found = strlen(cardinals[c]) == n && same_word(cardinals[c], w + p, n, 1);
        if (!found)
            return 0;
        p += n + 1;
    }
    return len > 0;
}

int kx_is_compass_word(const kx *x, size_t i)
{
    static const char *const parts[] = {"northern", "southern", "eastern", "western", "central",
                                        "north",    "south",    "east",    "west",    NULL};
    return kx_is_lower_word(x, i) && kx_is_any(x, i, parts);
}
