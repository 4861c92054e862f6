/* kx_merge_bodies: document resolution's variants of organisations and parties (the last of
 * kx_resolve_doc.c's merges): a short form of a longer name ("Committee on Information
 * Policy"), a bare head ("Parliament" of the only "Parliament of X"), a name's end ("Election
 * Commission"), a name an alias gives after a country ("U.S. Helsinki Commission"), one body
 * spelt two ways ("Jorgorku" / "Jogorku Kenesh"), a party's one word ("Likud"), one
 * government or ministry named two ways, words written as their initials ("U.S. Embassy" /
 * "United States Embassy"), and acronyms ("KISI", "CEC" of "Central Election
 * Commission of Kazakhstan", "DPJ" of a party). Each body meets only the bodies that share a
 * name form with it (kx_name_forms.h), in the order of their index, as if every pair were
 * compared. Runs inside kx_group_entities's merge batch. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kx_merge.h"
#include "kx_name_forms.h"
#include "kx_party_lists.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What the owner checks below ask of each entity a name form holds. */
typedef struct owner_query {
    const kx *x;
    size_t a, b;
} owner_query;

static int other_prefix_owner(void *ctx, size_t k)
{
    const owner_query *q = ctx;
    const kg_extraction *e = q->x->out;
    size_t la = strlen(e->entities[q->a].key);
    return k != q->a && k != q->b && e->entities[k].type == e->entities[q->a].type &&
           strncmp(e->entities[k].key, e->entities[q->a].key, la) == 0 &&
           strncmp(e->entities[k].key + la, " of ", 4) == 0;
}

/* Whether b is the only other organisation whose key starts with a's key and " of ": the
 * others are looked up among the keys that open with the words "<a's key> of". */
static int unique_prefix_owner(const kx *x, const kx_name_forms *ix, size_t a, size_t b)
{
    owner_query q = {x, a, b};
    char *prefix = kg_xasprintf("%s of", x->out->entities[a].key);
    int other = kx_name_forms_each(ix, 'P', prefix, strlen(prefix), other_prefix_owner, &q);
    free(prefix);
    return !other;
}

/* Whether entity e's name ends with an organisation head noun. */
static int head_last(const kx *x, const kg_x_entity *e)
{
    const char *sp = strrchr(e->name, ' ');
    const char *w = sp ? sp + 1 : e->name;
    return kg_lexicon_has(x->lx, KG_LIST_ORG_HEADS, w, strlen(w));
}

static int other_suffix_owner(void *ctx, size_t k)
{
    const owner_query *q = ctx;
    const kg_extraction *e = q->x->out;
    size_t a = q->a, b = q->b;
    const char *ka = e->entities[a].key, *kk = e->entities[k].key, *kb = e->entities[b].key;
    size_t la = strlen(ka), lk = strlen(kk), lb = strlen(kb);
    /* "Election Commission" is itself a short form of "Central Election Commission" */
    int family = lb > lk && strcmp(kb + lb - lk, kk) == 0 && kb[lb - lk - 1] == ' ';
    return k != a && k != b && !family && e->entities[k].type == e->entities[a].type && lk > la &&
           strcmp(kk + lk - la, ka) == 0 && kk[lk - la - 1] == ' ';
}

/* Whether b is the only other organisation whose key ends with " " + a's key (looked up
 * among the keys that end with a's key's words). */
static int unique_suffix_owner(const kx *x, const kx_name_forms *ix, size_t a, size_t b)
{
    owner_query q = {x, a, b};
    const char *ka = x->out->entities[a].key;
    return !kx_name_forms_each(ix, 'S', ka, strlen(ka), other_suffix_owner, &q);
}

/* Whether key a is a word of key b at its start or end. */
static int edge_word(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    return la < lb && ((strncmp(b, a, la) == 0 && b[la] == ' ') ||
                       (strcmp(b + lb - la, a) == 0 && b[lb - la - 1] == ' '));
}

static int other_edge_party(void *ctx, size_t k)
{
    const owner_query *q = ctx;
    const kg_extraction *e = q->x->out;
    const char *ka = e->entities[q->a].key, *kb = e->entities[q->b].key;
    return k != q->a && k != q->b && e->entities[k].type == KG_PARTY &&
           edge_word(ka, e->entities[k].key) && strncmp(e->entities[k].key, kb, strlen(kb)) != 0;
}

/* Whether party a is a short form of party b: b is a's name and "Party" ("parti" in keys), or
 * a is one word at an edge of b's name and of no other party's (looked up among the keys
 * that open or end with the word). */
static int party_short_form(const kx *x, const kx_name_forms *ix, size_t a, size_t b)
{
    const kg_extraction *e = x->out;
    const char *ka = e->entities[a].key, *kb = e->entities[b].key;
    if (kx_is_party_key_of(kb, ka))
        return 1;
    if (kx_word_count(ka) != 1 || strlen(ka) < 4 || !edge_word(ka, kb))
        return 0;
    owner_query q = {x, a, b};
    return !kx_name_forms_each(ix, 'P', ka, strlen(ka), other_edge_party, &q) &&
           !kx_name_forms_each(ix, 'S', ka, strlen(ka), other_edge_party, &q);
}

/* "x ministry" and "ministry of x affairs" / "ministry of x" (keys). */
static int ministry_synonym(const char *a, const char *b)
{
    size_t la = strlen(a);
    if (la <= 9 || strcmp(a + la - 9, " ministri") != 0) /* keys fold y to i */
        return 0;
    char *x = kg_xasprintf("ministri of %.*s", (int)(la - 9), a);
    char *y = kg_xasprintf("ministri of %.*s afairs", (int)(la - 9), a);
    size_t lx = strlen(x), ly = strlen(y);
    /* "Ministry of Foreign Affairs (of Uzbekistan)" */
    int same = (strncmp(b, y, ly) == 0 && (b[ly] == '\0' || b[ly] == ' ')) ||
               (strncmp(b, x, lx) == 0 && (b[lx] == '\0' || strncmp(b + lx, " of ", 4) == 0));
    free(x);
    free(y);
    return same;
}

/* The aliases of an entity that the pairwise rules compare with another name (a spelling
 * variant of an alias, a name an alias gives after a country): a body named more ways than
 * this in one document is not told by its spellings, and a bound keeps a document of
 * thousands of names linear. A behaviour change of the sixteenth session: an alias past the
 * 64th of a body is no longer compared. */
enum {
    KX_ALIASES_COMPARED = 64
};

/* Whether keys a and b name one body spelt two ways: the same words but one, of six letters
 * or more, that differs by one letter ("Jorgorku Kenesh" / "Jogorku Kenesh"). */
static int spelling_variant(const char *a, const char *b)
{
    int differ = 0;
    while (*a && *b) {
        size_t n = strcspn(a, " "), m = strcspn(b, " ");
        if (n != m || memcmp(a, b, n) != 0) {
            /* a number is no spelling: "Velm12 Institute" is not "Velm13 Institute" */
            if (differ || n < 6 || m < 6 || kx_key_has_digit(a, n) || kx_key_has_digit(b, m))
                return 0;
            char *wa = kg_xstrndup(a, n), *wb = kg_xstrndup(b, m);
            int one = kg_normalize_distance(wa, wb, 1) == 1;
            free(wa);
            free(wb);
            if (!one)
                return 0;
            differ = 1;
        }
        a += n + (a[n] == ' ');
        b += m + (b[m] == ' ');
    }
    return differ && !*a && !*b;
}

/* Whether key a writes one run of key b's words by their initials and the rest as b does:
 * "us embasi" / "united states embasi" ("U.S. Embassy", "United States Embassy"), "un
 * general asembli" / "united nations general asembli". The short word has two to four
 * letters and stands for as many words; a has another word besides. */
static int abbreviated_words(const char *a, const char *b)
{
    int abbreviated = 0, words = 0;
    while (*a && *b) {
        size_t n = strcspn(a, " "), m = strcspn(b, " ");
        words++;
        if (n == m && memcmp(a, b, n) == 0) {
            a += n + (a[n] == ' ');
            b += m + (b[m] == ' ');
            continue;
        }
        if (abbreviated || n < 2 || n > 4 || kx_key_has_digit(a, n))
            return 0;
        /* the next n words of b begin with a's letters in turn */
        const char *w = b;
        for (size_t k = 0; k < n; k++) {
            if (!*w || *w != a[k])
                return 0;
            w += strcspn(w, " ");
            w += *w == ' ';
        }
        abbreviated = 1;
        a += n + (a[n] == ' ');
        b = w;
    }
    return abbreviated && words >= 2 && !*a && !*b;
}

/* Whether name has a word written as an abbreviation: two to four capitals, with or without
 * full stops ("U.S.", "UN", "U.N."), so that a word that only looks like initials in the
 * key ("Sea Port Authority" of "South East Asia Port Authority") is not taken for them. */
static int written_abbreviation(const char *name)
{
    for (const char *w = name; *w;) {
        size_t n = strcspn(w, " "), letters = 0, other = 0;
        for (size_t k = 0; k < n; k++) {
            if (w[k] >= 'A' && w[k] <= 'Z')
                letters++;
            else if (w[k] != '.')
                other++;
        }
        if (!other && letters >= 2 && letters <= 4)
            return 1;
        w += n + (w[n] == ' ');
    }
    return 0;
}

/* Whether an alias of b is a's name after a country or its demonym ("U.S. Helsinki
 * Commission", "Kazakh Central Election Commission"). a's name has two words at least. */
static int country_less_alias(const kx *x, const kg_x_entity *a, const kg_x_entity *b)
{
    size_t n = strlen(a->name);
    if (kx_word_count(a->key) < 2)
        return 0;
    for (size_t k = 0; k < b->n_aliases && k < KX_ALIASES_COMPARED; k++) {
        const char *t = b->aliases[k].text;
        size_t tl = strlen(t);
        if (tl <= n + 1 || t[tl - n - 1] != ' ' || strcasecmp(t + tl - n, a->name) != 0)
            continue;
        size_t pl = tl - n - 1;
        const kg_place *p = kg_lexicon_place(x->lx, t, pl);
        if ((p && strcmp(p->kind, "country") == 0) || kg_lexicon_demonym_country(x->lx, t, pl))
            return 1;
    }
    return 0;
}

/* Tries the rules of merge_variants on bodies a and b (in that order of the rules, the
 * first that holds merges); returns the entity merged into, or (size_t)-1. */
static size_t merge_body_pair(kx *x, const kx_name_forms *ix, size_t a, size_t b)
{
    kg_extraction *e = x->out;
    kg_x_entity *ea = &e->entities[a];
    kg_x_entity *eb = &e->entities[b];
    if (a == b || ea->type == KG_ENTITY_TYPE_COUNT)
        return (size_t)-1;
    /* "the DPJ" of "the Democratic Party of Japan": an acronym the finders typed as
     * a body spells a party's name */
    if (eb->type != ea->type) {
        if (ea->type != KG_ORGANISATION || eb->type != KG_PARTY || strlen(ea->name) < 3 ||
            strspn(ea->name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != strlen(ea->name))
            return (size_t)-1;
        char *acr = kg_normalize_acronym(eb->name, strlen(eb->name));
        int spelt = strcmp(acr, ea->name) == 0;
        free(acr);
        if (spelt) {
            /* its mentions become the party's, type and all */
            kx_set_mentions_type(x, a, KG_PARTY);
            kx_merge_entity(x, a, b, "acronym");
            return b;
        }
        return (size_t)-1;
    }
    size_t la = strlen(ea->key), lb = strlen(eb->key);
    /* short form: "Committee on Information Policy" of "Committee on Information
     * Policy, Information Technology, and Communications" */
    if (la < lb && kx_word_count(ea->key) >= 2 && strncmp(eb->key, ea->key, la) == 0 &&
        eb->key[la] == ' ' && !kx_names_body_within(x, eb->name, ea->name)) {
        kx_merge_entity(x, a, b, "short form");
        return b;
    }
    /* a bare head noun: "Parliament" of the only "Parliament of the Republic of X" */
    if (la < lb && kx_word_count(ea->key) == 1 && strncmp(eb->key, ea->key, la) == 0 &&
        strncmp(eb->key + la, " of ", 4) == 0 &&
        kg_lexicon_has(x->lx, KG_LIST_ORG_HEADS, ea->name, strlen(ea->name)) &&
        unique_prefix_owner(x, ix, a, b)) {
        kx_merge_entity(x, a, b, "short form");
        return b;
    }
    /* "Election Commission", "the Commission" after "Central Election Commission":
     * the end of the only longer name that ends so */
    if (la < lb && strcmp(eb->key + lb - la, ea->key) == 0 && eb->key[lb - la - 1] == ' ' &&
        head_last(x, ea) && !kx_names_body_within(x, eb->name, ea->name) &&
        unique_suffix_owner(x, ix, a, b)) {
        kx_merge_entity(x, a, b, "short form");
        return b;
    }
    /* "Helsinki Commission" of "X (U.S. Helsinki Commission)": an alias of b less
     * the country or demonym that opens it */
    if (country_less_alias(x, ea, eb)) {
        kx_merge_entity(x, a, b, "short form");
        return b;
    }
    int variant = spelling_variant(ea->key, eb->key);
    for (size_t k = 0; !variant && k < eb->n_aliases && k < KX_ALIASES_COMPARED; k++)
        variant = spelling_variant(ea->key, eb->aliases[k].key);
    if (variant) {
        kx_merge_entity(x, a, b, "spelling variant");
        return b;
    }
    /* "U.S. Embassy" = "United States Embassy": the longer form names it */
    if (abbreviated_words(ea->key, eb->key) && written_abbreviation(ea->name)) {
        kx_merge_entity(x, a, b, "abbreviation");
        return b;
    }
    if (abbreviated_words(eb->key, ea->key) && written_abbreviation(eb->name)) {
        kx_merge_entity(x, b, a, "abbreviation");
        return a;
    }
    /* a party is named without its head or by one word of its name: "Likud" of
     * "Likud Party", "Beiteinu" of "Yisrael Beiteinu", "Meretz" of "Meretz and
     * New Movement", when only one party of the document is so named */
    if (ea->type == KG_PARTY && la < lb && party_short_form(x, ix, a, b)) {
        kx_merge_entity(x, a, b, "short form of a party");
        return b;
    }
    /* "the Iraqi government" = "Iraq's government" = "the government of Iraq" */
    const char *ga = ea->type == KG_ORGANISATION ? kx_government_country(x, ea->name) : NULL;
    const char *gb = ga ? kx_government_country(x, eb->name) : NULL;
    if (ga && gb && strcmp(ga, gb) == 0) {
        kx_merge_entity(x, a, b, "same government");
        return b;
    }
    /* "the Somali Parliament" = "Somalia's parliament" = "the parliament of Somalia" */
    const char *pa = ea->type == KG_ORGANISATION ? kx_parliament_country(x, ea->name) : NULL;
    const char *pb = pa ? kx_parliament_country(x, eb->name) : NULL;
    if (pa && pb && strcmp(pa, pb) == 0) {
        kx_merge_entity(x, a, b, "same parliament");
        return b;
    }
    /* "Foreign Ministry" = "Ministry of Foreign Affairs" */
    if (ministry_synonym(ea->key, eb->key)) {
        kx_merge_entity(x, a, b, "same ministry");
        return b;
    }
    /* acronym: KISI = Kazakhstan Institute for Strategic Studies; ODIHR = OSCE
     * Office of Democratic Institutions and Human Rights (a parent's acronym first) */
    char *acr = kg_normalize_acronym(eb->name, strlen(eb->name));
    int is_acr = strlen(acr) >= 2 && strcmp(acr, ea->name) == 0;
    free(acr);
    /* "CEC" of "Central Election Commission of Kazakhstan": the acronym of the name
     * before what it is of */
    const char *of = strstr(eb->name, " of ");
    if (!is_acr && of && strlen(ea->name) >= 3) {
        acr = kg_normalize_acronym(eb->name, (size_t)(of - eb->name));
        is_acr = strcmp(acr, ea->name) == 0;
        free(acr);
    }
    /* "NSC" of "White House National Security Council": the acronym of the name's
     * last words */
    for (const char *w = strchr(eb->name, ' '); !is_acr && w && strlen(ea->name) >= 3;
         w = strchr(w + 1, ' ')) {
        acr = kg_normalize_acronym(w + 1, strlen(w + 1));
        is_acr = strcmp(acr, ea->name) == 0;
        free(acr);
    }
    const char *sp = strchr(eb->name, ' ');
    if (!is_acr && sp &&
        strspn(eb->name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == (size_t)(sp - eb->name) &&
        sp - eb->name >= 2) {
        acr = kg_normalize_acronym(sp + 1, strlen(sp + 1));
        is_acr = strlen(acr) >= 3 && strcmp(acr, ea->name) == 0;
        free(acr);
    }
    if (is_acr) {
        kx_merge_entity(x, b, a, "acronym");
        return a;
    }
    return (size_t)-1;
}

void kx_merge_body_variants(kx *x)
{
    kg_extraction *e = x->out;
    /* each body meets the bodies that share a name form with it (kx_name_forms.h), in
     * the order of their index, as if every pair were compared */
    kx_name_forms *ix = kx_name_forms_new(KX_FORMS_BODY);
    for (size_t k = 0; k < e->n_entities; k++)
        if (e->entities[k].type == KG_ORGANISATION || e->entities[k].type == KG_PARTY)
            kx_name_forms_add(ix, x, k);
    for (size_t a = 0; a < e->n_entities; a++) {
        kg_x_entity *ea = &e->entities[a];
        if (ea->type != KG_ORGANISATION && ea->type != KG_PARTY)
            continue;
        size_t n, *cand = kx_name_forms_candidates(ix, x, a, &n);
        for (size_t c = 0; c < n; c++) {
            size_t into = merge_body_pair(x, ix, a, cand[c]);
            if (into != (size_t)-1) {
                kx_name_forms_add(ix, x, into);
                break;
            }
        }
        free(cand);
    }
    kx_name_forms_free(ix);
}
