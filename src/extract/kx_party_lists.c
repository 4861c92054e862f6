/* kx_party_lists: parties read from the structure of lists and from the party lexicon, and
 * bodies from lists the text calls bodies (a pass of typing, kx_typing.c, which calls it
 * before and after weighing evidence).
 *
 * Reads: the mentions the finders proposed, the tokens, the Party Facts lexicon.
 * Adds:  party mentions for free names of the lexicon; for the items of a list the text
 *        calls parties ("the A, B and C parties", "parties such as A and B", "Other parties
 *        (A, B and C)"); for the free names and weak names of a coordinated list that a
 *        party the evidence is sure of opens ("Likud and Beiteinu, Habayit Hayehudi, Shas and
 *        United Torah Judaism"), and for repeats of a sure party's name; organisation
 *        mentions for the free items of a list of bodies ("NGOs such as A and B").
 * Also the list reading that typing shares: separators and the item after a mention. */
#include "kx_party_lists.h"

#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_strhash.h"

#include <stdlib.h>
#include <string.h>

int kx_is_party_key_of(const char *party_key, const char *name_key)
{
    size_t n = strlen(name_key);
    return strncmp(party_key, name_key, n) == 0 && strcmp(party_key + n, " parti") == 0;
}

int kx_is_party_word(const kx *x, size_t i)
{
    return kx_is_ci(x, i, "party");
}

static int is_party_plural(const kx *x, size_t i)
{
    return kx_is(x, i, "parties") || kx_is(x, i, "factions") || kx_is(x, i, "Parties");
}

/* The length of the list separator at j: 2 for ", and" / ", or", 1 for ",", "and", "or",
 * 0 for none. */
size_t kx_list_separator(const kx *x, size_t j)
{
    if (kx_is(x, j, ",") && (kx_is(x, j + 1, "and") || kx_is(x, j + 1, "or")))
        return 2;
    return kx_is(x, j, ",") || kx_is(x, j, "and") || kx_is(x, j, "or") ? 1 : 0;
}

/* The first token of the list item after mention m (over "party", the separator and an
 * opening quote: "the Ortak party, "Birlik""), or (size_t)-1 when no separator follows. */
size_t kx_list_item_after(const kx *x, const kg_x_mention *m)
{
    size_t j = m->tok_end + (kx_is_party_word(x, m->tok_end) ? 1 : 0);
    j = kx_after_parenthetical(x, j, 8); /* "Labor (13 seats), Meretz" */
    size_t sep = kx_list_separator(x, j);
    if (!sep)
        return (size_t)-1;
    j += sep;
    if (kx_is(x, j, "the") && kx_is_cap(x, j + 1))
        j++;
    if (j < x->n && x->t->tokens[j].kind == KG_TOKEN_QUOTE)
        j++;
    return j;
}

/* The end of a capitalised list item starting at i (quotes around it skipped), or i. */
static size_t item_end(const kx *x, size_t i)
{
    size_t b = i;
    /* a title word may open a party's name when a name word follows that is no person's
     * ("Citizen Solidarity", not "President Aliyev") */
    if (b + 1 < x->n && kx_is_cap(x, b) && kx_is_title(x, b) && kx_is_cap(x, b + 1) &&
        kx_same_sentence(x, b, b + 1) && !kx_is_title(x, b + 1) && !kx_is_given_name(x, b + 1) &&
        !kx_is_determiner(x, b + 1) && !x->label[b + 1])
        b++;
    while (b < x->n && kx_is_cap(x, b) && kx_same_sentence(x, i, b) && !kx_is_title(x, b) &&
           !kx_is_determiner(x, b))
        b++;
    return b;
}

/* A list item whose name ends in a place's ("Free Azerbaijan", "For a Fair Kazakhstan" in
 * a list of parties): the place's mention widens to the whole item and becomes the party.
 * Only where [a, b) is free words and then that one place. */
static void widen_place_to_party(kx *x, size_t a, size_t b)
{
    size_t c = a;
    while (c < b && !x->label[c])
        c++;
    if (c == a || c == b)
        return;
    size_t m = x->label[c] - 1;
    kg_x_mention *mm = &x->out->mentions[m];
    if (mm->type != KG_PLACE || mm->tok_start != c || mm->tok_end != b)
        return;
    for (size_t k = a; k < c; k++)
        x->label[k] = m + 1;
    mm->tok_start = a;
    mm->start = x->t->tokens[a].start;
    mm->type = KG_PARTY;
    kx_set_place(x, m, NULL);
}

/* Marks [a, b) as a party: retypes the mention that spans it exactly, or adds one when the
 * span is free. Words of English alone ("All parties", "Political parties", "the
 * Democratic and Republican parties") name no party, unless named_list: the item of a
 * list of names after the cue. */
static void mark_party(kx *x, size_t a, size_t b, double *bonus, size_t cap, int named_list)
{
    int common = !named_list;
    for (size_t k = a; k < b && common; k++)
        common = kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1);
    if (a >= b || common)
        return;
    if (kx_free_span(x, a, b)) {
        kx_add_mention(x, a, b, KG_PARTY);
        return;
    }
    if (!x->label[a]) { /* the span holds a mention further on */
        widen_place_to_party(x, a, b);
        return;
    }
    size_t m = x->label[a] - 1;
    const kg_x_mention *mm = &x->out->mentions[m];
    if (mm->tok_start == a && mm->tok_end == b && m < cap)
        bonus[m] += KX_W_PARTY_LIST;
}

/* "the A, B and C parties": items back from the cue at i, separated by commas and one
 * "and"/"or". Returns how many items there were. */
static size_t items_before(const kx *x, size_t i, size_t *starts, size_t *ends, size_t max)
{
    size_t n = 0, j = i;
    for (;;) {
        if (j > 0 && x->t->tokens[j - 1].kind == KG_TOKEN_QUOTE)
            j--;
        size_t b = j, a = j;
        while (a > 0 && kx_is_cap(x, a - 1) && kx_same_sentence(x, a - 1, i) &&
               !kx_is_title(x, a - 1) && !kx_is_determiner(x, a - 1))
            a--;
        if (a == b || n == max)
            break;
        starts[n] = a;
        ends[n++] = b;
        size_t k = a;
        if (k > 0 && x->t->tokens[k - 1].kind == KG_TOKEN_QUOTE)
            k--;
        if (k > 0 && (kx_is(x, k - 1, ",") || kx_is(x, k - 1, "and") || kx_is(x, k - 1, "or")))
            k--;
        else
            break;
        if (k > 0 && kx_is(x, k - 1, ",") && (kx_is(x, k, "and") || kx_is(x, k, "or")))
            k--; /* the serial comma */
        j = k;
    }
    return n;
}

/* "parties A, B and C", "parties such as A and B", "the parties: A, B": items after i. */
static size_t items_after(const kx *x, size_t i, size_t *starts, size_t *ends, size_t max)
{
    size_t j = i + 1, n = 0;
    /* "NGOs, such as A and B": a comma before the cue */
    if (kx_is(x, j, ",") && (kx_is(x, j + 1, "including") || kx_is(x, j + 1, "like") ||
                             (kx_is(x, j + 1, "such") && kx_is(x, j + 2, "as"))))
        j++;
    /* "parties and groups including A, B and C", "parties or blocs such as A" */
    if ((kx_is(x, j, "and") || kx_is(x, j, "or")) && kx_is_lower_word(x, j + 1) &&
        (kx_is(x, j + 2, "including") || kx_is(x, j + 2, "like") ||
         (kx_is(x, j + 2, "such") && kx_is(x, j + 3, "as"))))
        j += 2;
    if (kx_is(x, j, ":") || kx_is(x, j, "-") || kx_is(x, j, "–") || kx_is(x, j, "—") ||
        kx_is(x, j, "("))
        j++;
    else if (kx_is(x, j, "such") && kx_is(x, j + 1, "as"))
        j += 2;
    else if (kx_is(x, j, "including") || kx_is(x, j, "like"))
        j++;
    while (n < max && kx_same_sentence(x, i, j)) {
        if (kx_is(x, j, "the") && kx_is_cap(x, j + 1))
            j++;
        size_t q = x->t->tokens[j].kind == KG_TOKEN_QUOTE ? 1 : 0;
        size_t b = item_end(x, j + q);
        if (b == j + q)
            break;
        starts[n] = j + q;
        ends[n++] = b;
        j = b + (b < x->n && x->t->tokens[b].kind == KG_TOKEN_QUOTE ? 1 : 0);
        size_t sep = kx_list_separator(x, j);
        if (!sep)
            break;
        j += sep;
    }
    /* a single item after a bare plural is no list: "parties Amanat" is rare, "parties
     * Friday" is not */
    return n >= 2 || (n == 1 && j > i + 1 && !kx_is_cap(x, i + 1)) ? n : 0;
}

/* The names a text lists as parties become party mentions, or vote party. */
void kx_find_party_lists(kx *x, double *bonus, size_t cap)
{
    enum { MAX_ITEMS = 16 };
    size_t s[MAX_ITEMS], e[MAX_ITEMS];
    for (size_t i = 1; i < x->n; i++) {
        if (!is_party_plural(x, i))
            continue;
        size_t n = items_before(x, i, s, e, MAX_ITEMS);
        /* "Other parties (A, B and C)": a word of English before is no item */
        int english = n == 1;
        for (size_t k = english ? s[0] : 0; english && k < e[0]; k++)
            english = kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1);
        int after = 0;
        if (n == 0 || english) {
            n = items_after(x, i, s, e, MAX_ITEMS);
            after = 1;
        }
        /* a list of two or more after the cue ("parties such as Salvation and Progress")
         * is of names, however English their words */
        for (size_t k = 0; k < n; k++)
            mark_party(x, s[k], e[k], bonus, cap, after && n >= 2);
    }
}

/* "NGOs such as Freedom House and the BBC", "organizations including A, B and C": the free
 * items of a list of two or more names after a plural of bodies and its cue become
 * organisation mentions (their type is then weighed with the rest of the evidence). */
void kx_find_body_lists(kx *x)
{
    static const char *const bodies[] = {
        "organizations", "organisations", "NGOs",      "groups",       "agencies",
        "institutions",  "companies",     "firms",     "outlets",      "newspapers",
        "broadcasters",  "charities",     "universities", "think-tanks", "foundations",
        NULL};
    enum { MAX_ITEMS = 16 };
    size_t s[MAX_ITEMS], e[MAX_ITEMS];
    for (size_t i = 1; i < x->n; i++) {
        if (!kx_is_any(x, i, bodies))
            continue;
        size_t k = i + 1;
        if (kx_is(x, k, ","))
            k++;
        if (!(kx_is(x, k, "including") || (kx_is(x, k, "such") && kx_is(x, k + 1, "as"))))
            continue;
        size_t n = items_after(x, i, s, e, MAX_ITEMS);
        for (size_t m = 0; n >= 2 && m < n; m++)
            if (kx_free_span(x, s[m], e[m]))
                kx_add_mention(x, s[m], e[m], KG_ORGANISATION);
    }
}

/* Free capitalised runs that are, as a whole, a name of the party lexicon: a part of a
 * longer name ("Birlik" of "Birlik Zholy") is not the party, nor a run after "a" ("for a
 * Bright Future"). */
void kx_find_lexicon_parties(kx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i))
            continue;
        size_t b = i;
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        const kg_token *ta = &x->t->tokens[i], *tb = &x->t->tokens[b - 1];
        int common_start = b == i + 1 && kx_is_sentence_start(x, i) && kx_is_common_cap(x, i);
        /* "a Partnership for a Bright Future": a name takes no indefinite article, but a
         * noun it modifies does ("a Likud government") */
        int indefinite = i > 0 && (kx_is_ci(x, i - 1, "a") || kx_is_ci(x, i - 1, "an")) &&
                         kx_same_sentence(x, i - 1, i) &&
                         !(kx_is_lower_word(x, b) && kx_same_sentence(x, i, b));
        if (!common_start && !indefinite && b - i <= 6 &&
            kg_lexicon_has(x->lx, KG_LIST_PARTIES, x->t->text + ta->start, tb->end - ta->start))
            kx_add_mention(x, i, b, KG_PARTY);
        i = b - 1;
    }
}

/* The free capitalised name coordinated right after mention m ("Ortak and Birlik
 * debated"): its token span in *a, *b; 0 when there is none or it is English words. */
static int free_item_after(const kx *x, const kg_x_mention *m, size_t *a, size_t *b)
{
    size_t j = kx_list_item_after(x, m);
    if (j >= x->n)
        return 0;
    size_t e = j;
    while (e < x->n && kx_is_cap(x, e) && !x->label[e] && kx_same_sentence(x, j, e) &&
           !kx_is_title(x, e) && !kx_is_determiner(x, e) && !kx_is_allcaps(x, e))
        e++;
    int common = 1;
    for (size_t k = j; k < e && common; k++)
        common = kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1) ||
                 kx_is_demonym(x, k);
    size_t plen, len;
    kx_tok(x, j, &len);
    /* "the party and I": a pronoun or an initial is no name; one word of English neither,
     * though two capitalised ones may be ("National Accord"); "Likud and Avigdor
     * Lieberman's party": a given name, or a possessive after, says a person */
    int person = (e > j + 1 && kx_is_given_name(x, j)) ||
                 (e < x->n && (x->t->tokens[e].flags & KG_TOKEN_POSSESSIVE));
    if (e == j || e > j + 4 || (common && e == j + 1) || (e == j + 1 && len < 3) || person ||
        kx_place_at(x, j, &plen) ||
        (kx_is_cap(x, e) && kx_same_sentence(x, j, e)))
        return 0;
    *a = j;
    *b = e;
    return 1;
}

/* Whether the list that goes on at token j closes with "and" or "or" ("A, B, C and D"):
 * over capitalised names, commas, "the", quotation marks and parentheses ("Labor (13
 * seats), Meretz and ..."); not a name set off in apposition ("the Movement for Democratic
 * Change, Lovemore Moyo, has been elected": no conjunction before the verb). */
static int list_closes_with_and(const kx *x, size_t j)
{
    for (size_t k = j; k < x->n && k < j + 60 && kx_same_sentence(x, j, k); k++) {
        if (kx_is(x, k, "and") || kx_is(x, k, "or"))
            return 1;
        if (kx_is(x, k, "(")) {
            size_t close = kx_after_parenthetical(x, k, 12);
            if (close == k)
                return 0;
            k = close - 1;
            continue;
        }
        if (!(kx_is_cap(x, k) || kx_is(x, k, ",") || kx_is(x, k, "the") ||
              x->t->tokens[k].kind == KG_TOKEN_QUOTE || kx_is(x, k, "-") || kx_is(x, k, "'s")))
            return 0;
    }
    return 0;
}

/* A party's name is a bare name more often than any other kind's: a free name coordinated
 * with a party the evidence is sure of is a party too ("Ortak and Birlik debated"). */
static int is_strong_party(const kx *x, const unsigned char *strong, size_t n, size_t i,
                           size_t first_repeat)
{
    return x->out->mentions[i].type == KG_PARTY && (i >= first_repeat || (i < n && strong[i]));
}

/* Free runs of capitalised words that repeat the name of a party the evidence is sure of
 * ("Besides Ortak and Tuganyr, ..."): party mentions, so that the lists they open are read.
 * The sure parties' keys are sorted once and looked up by bisection, the run's key as it is
 * and with "party" after it. */
static void find_party_repeats(kx *x, char *const *keys, const unsigned char *strong, size_t n)
{
    const char **sure = kg_xcalloc(n + 1, sizeof *sure);
    size_t n_sure = 0;
    for (size_t k = 0; k < n; k++)
        if (x->out->mentions[k].type == KG_PARTY && strong[k])
            sure[n_sure++] = keys[k];
    qsort(sure, n_sure, sizeof *sure, kg_cmp_key);
    for (size_t i = 0; i < x->n && n_sure > 0; i++) {
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i))
            continue;
        size_t b = i;
        while (b < x->n && b < i + 4 && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        const kg_token *ta = &x->t->tokens[i], *tb = &x->t->tokens[b - 1];
        char *key = kg_normalize_key(x->t->text + ta->start, tb->end - ta->start);
        char *with_party = kg_xasprintf("%s parti", key);
        const char *k1 = key, *k2 = with_party;
        if (bsearch(&k1, sure, n_sure, sizeof *sure, kg_cmp_key) ||
            bsearch(&k2, sure, n_sure, sizeof *sure, kg_cmp_key))
            kx_add_mention(x, i, b, KG_PARTY);
        free(with_party);
        free(key);
        i = b - 1;
    }
    free(sure);
}

void kx_extend_party_lists(kx *x, char *const *keys, const unsigned char *strong, size_t n)
{
    size_t first_repeat = x->out->n_mentions;
    find_party_repeats(x, keys, strong, n);
    for (size_t i = 0; i < x->out->n_mentions; i++) {
        if (!is_strong_party(x, strong, n, i, first_repeat) || (i >= n && i < first_repeat))
            continue;
        /* along the list: "Likud and Beiteinu, Habayit Hayehudi, Shas, National Union and
         * United Torah Judaism": free names become parties, weak names of other types too */
        size_t cur = i;
        for (size_t steps = 0; steps < 16; steps++) {
            const kg_x_mention *m = &x->out->mentions[cur];
            size_t a, b, j = kx_list_item_after(x, m);
            if (j >= x->n || !kx_same_sentence(x, m->tok_start, j))
                break;
            /* an item after a bare comma only in a list that closes with a conjunction */
            size_t sep = m->tok_end + (kx_is_party_word(x, m->tok_end) ? 1 : 0);
            sep = kx_after_parenthetical(x, sep, 8);
            if (kx_list_separator(x, sep) == 1 && kx_is(x, sep, ",") && !list_closes_with_and(x, j))
                break;
            if (x->label[j]) {
                size_t k = x->label[j] - 1;
                kg_x_mention *next = &x->out->mentions[k];
                if (next->tok_start != j || next->type == KG_PERSON || next->type >= KG_EVENT ||
                    (next->type != KG_PARTY && (k >= n || strong[k])))
                    break;
                if (next->type == KG_PLACE)
                    kx_set_place(x, k, NULL);
                next->type = KG_PARTY;
                cur = k;
            } else if (free_item_after(x, m, &a, &b)) {
                cur = kx_add_mention(x, a, b, KG_PARTY);
            } else {
                break;
            }
        }
    }
}
