/* kx_typing: the type of each candidate name, decided by weighing all the evidence the
 * document gives for it, instead of by the first finder that fired.
 *
 * Reads: the mentions the candidate finders proposed (kx_find_mentions), the tokens and
 *        the lexicons (given names, titles, organisation heads and nouns, gazetteer, the
 *        Party Facts party names).
 * Adds:  party mentions from the lexicon and from lists (kx_party_lists.c); then sets
 *        every mention's type to the one its name's evidence supports best, summed over all
 *        the name's mentions in the document, so that one name has one type ("an executive
 *        secretary of Ortak" and "the Ortak party" are one party); lets the weak items of a
 *        coordinated list ("A, B and C") take the type of its strong ones; and reads on
 *        along the lists that sure parties open. KG_DEBUG_TYPING=1 prints each mention's
 *        evidence on stderr.
 *
 * The evidence of each mention is kx_evidence.c's. The weights are set by hand, not
 * fitted: with some 60 gold documents a fitted model of this many features would learn the
 * dev sets' names. Each weight is the number of
 * finder votes a cue is worth: a cue that nearly always decides (the word "party" next to
 * the name, a country of the gazetteer, a title right before) outweighs two weaker ones. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"
#include "kx_evidence.h"
#include "kx_party_lists.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct typing {
    double (*ev)[N_SLOTS]; /* per mention */
    char **key;            /* per mention: kg_normalize_key of its text */
    size_t n;              /* mentions typed (the finders' ones and those added here) */
    char **company;        /* keys of company names without their legal form ("lear") */
    size_t n_company;
} typing;

/* Company names ending in a legal form give their short form: "Lear Corp" is "Lear" in the
 * next sentence. Notes the short form as an alias and keeps its key. */
static void collect_companies(kx *x, typing *ty)
{
    ty->company = kg_xcalloc(ty->n + 1, sizeof *ty->company);
    for (size_t i = 0; i < ty->n; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        size_t b = m->tok_end;
        if (m->type != KG_ORGANISATION || b - m->tok_start < 2 || !kx_is_legal_form(x, b - 1))
            continue;
        size_t e = b - 1;
        while (e > m->tok_start && (kx_is(x, e - 1, ",") || kx_is(x, e - 1, "&")))
            e--;
        if (e == m->tok_start)
            continue;
        const kg_token *ta = &x->t->tokens[m->tok_start], *tb = &x->t->tokens[e - 1];
        ty->company[ty->n_company++] =
            kg_normalize_key(x->t->text + ta->start, tb->end - ta->start);
        kx_note_alias_span(x, i, m->tok_start, e, "company without its legal form");
    }
}

static int is_company_key(const typing *ty, const char *key)
{
    for (size_t k = 0; k < ty->n_company; k++)
        if (strcmp(ty->company[k], key) == 0)
            return 1;
    return 0;
}

typedef struct keyed {
    const char *key;
    size_t mention;
} keyed;


/* Gives the evidence for "a party or a candidate" to the person when the rest of the
 * evidence prefers a person to a party (a given name, a surname's ending, the full name
 * elsewhere), to the party when a party is at least as likely as a body, else to neither. */
static void resolve_contestant(double ev[N_SLOTS])
{
    if (ev[KG_PERSON] > ev[KG_PARTY])
        ev[KG_PERSON] += ev[EV_CONTESTANT];
    else
        ev[KG_PARTY] += ev[EV_CONTESTANT]; /* a tie with a body stays the body's (best_type) */
    ev[EV_CONTESTANT] = 0;
}

static int best_type(const double ev[N_SLOTS], kg_entity_type fallback)
{
    int best = (int)fallback;
    for (int t = 0; t < N_TYPES; t++)
        if (ev[t] > ev[best])
            best = t;
    return best;
}

/* Order by key, so that one name's mentions are adjacent, then by position. */
static int by_key(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->mention > b->mention) - (a->mention < b->mention);
}

/* The typed mentions ordered by key, so that one name's mentions are adjacent; their number
 * in *n. Owned by the caller (free). */
static keyed *mentions_by_name(const kx *x, const typing *ty, size_t *n)
{
    keyed *order = kg_xmalloc((ty->n + 1) * sizeof *order);
    *n = 0;
    for (size_t i = 0; i < ty->n; i++)
        if ((int)x->out->mentions[i].type < N_TYPES)
            order[(*n)++] = (keyed){ty->key[i], i};
    qsort(order, *n, sizeof *order, by_key);
    return order;
}

/* The root of group g in the union-find array up (path halving). */
static size_t group_root(size_t *up, size_t g)
{
    while (up[g] != g) {
        up[g] = up[up[g]];
        g = up[g];
    }
    return g;
}

/* Joins the names an acronym defines ("the National Council for Democracy (CNDD)", "the
 * Department for International Development, DFID,") to the acronym's own group of mentions:
 * the acronym said alone elsewhere ("the ruling CNDD") is the same name, so its evidence
 * counts for the long name and the other way round; an acronym that two names define ("the
 * Movement for Democratic Change (MDC)", "the Ministry of Defence and Culture (MDC)") joins
 * none. gk holds each group's key, sorted; group_of the group of each typed mention (or
 * SIZE_MAX). */
static void join_acronym_groups(const kx *x, const char *const *gk, size_t n_groups,
                                const size_t *group_of, size_t n_typed, size_t *up,
                                unsigned char *defines)
{
    /* per acronym group: the name group that defines it, or SIZE_MAX - 1 when several do */
    size_t *definer = kg_xmalloc((n_groups + 1) * sizeof *definer);
    for (size_t g = 0; g < n_groups; g++)
        definer[g] = SIZE_MAX;
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < x->n_notes; k++) {
            const kx_note *note = &x->notes[k];
            if (note->mention >= n_typed || group_of[note->mention] == SIZE_MAX ||
                (strcmp(note->reason, "acronym in parentheses") != 0 &&
                 strcmp(note->reason, "acronym in apposition") != 0))
                continue;
            char *key = kg_normalize_key(x->t->text + note->start, note->end - note->start);
            const char *const *hit = bsearch(&key, gk, n_groups, sizeof *gk, kg_cmp_key);
            free(key);
            if (!hit)
                continue;
            size_t acr = (size_t)(hit - gk), name = group_of[note->mention];
            if (pass == 0) {
                definer[acr] =
                    definer[acr] == SIZE_MAX || definer[acr] == name ? name : SIZE_MAX - 1;
                continue;
            }
            if (definer[acr] != name)
                continue;
            defines[name] = 1;
            size_t a = group_root(up, name), b = group_root(up, acr);
            up[a > b ? a : b] = a > b ? b : a;
        }
    free(definer);
}

/* Sums the evidence of each name's mentions (a name and the acronym defined for it being
 * one name) and gives them all the winning type. */
static void decide_by_name(kx *x, typing *ty)
{
    size_t n;
    keyed *order = mentions_by_name(x, ty, &n);
    /* the groups of mentions of one key, in key order */
    size_t *first = kg_xmalloc((n + 1) * sizeof *first);
    const char **gk = kg_xmalloc((n + 1) * sizeof *gk);
    size_t *group_of = kg_xmalloc((ty->n + 1) * sizeof *group_of);
    for (size_t i = 0; i < ty->n; i++)
        group_of[i] = SIZE_MAX;
    size_t n_groups = 0;
    for (size_t g = 0; g < n; g++) {
        if (g == 0 || strcmp(order[g].key, order[g - 1].key) != 0) {
            first[n_groups] = g;
            gk[n_groups++] = order[g].key;
        }
        group_of[order[g].mention] = n_groups - 1;
    }
    first[n_groups] = n;
    size_t *up = kg_xmalloc((n_groups + 1) * sizeof *up);
    for (size_t g = 0; g < n_groups; g++)
        up[g] = g;
    unsigned char *defines = kg_xcalloc(n_groups + 1, 1);
    join_acronym_groups(x, gk, n_groups, group_of, ty->n, up, defines);
    double(*sum)[N_SLOTS] = kg_xcalloc(n_groups + 1, sizeof *sum);
    size_t *members = kg_xcalloc(n_groups + 1, sizeof *members);
    for (size_t g = 0; g < n_groups; g++)
        members[group_root(up, g)]++;
    for (size_t g = 0; g < n_groups; g++) {
        size_t root = group_root(up, g);
        for (size_t k = first[g]; k < first[g + 1]; k++) {
            size_t mi = order[k].mention;
            for (int t = 0; t < N_SLOTS; t++)
                sum[root][t] += ty->ev[mi][t];
            /* a name joined to its acronym: the finder's vote counts once, the defining
             * name's, not once per repetition of the acronym (which a finder of acronyms
             * calls a body wherever it stands) */
            int finder = (int)x->out->mentions[mi].type;
            if (members[root] > 1 && finder < N_TYPES && !(defines[g] && k == first[g]))
                sum[root][finder] -= W_FINDER;
        }
    }
    for (size_t g = 0; g < n_groups; g++)
        if (group_root(up, g) == g)
            resolve_contestant(sum[g]);
    for (size_t g = 0; g < n_groups; g++) {
        const double *total = sum[group_root(up, g)];
        int type = best_type(total, x->out->mentions[order[first[g]].mention].type);
        for (size_t k = first[g]; k < first[g + 1]; k++) {
            size_t mi = order[k].mention;
            kg_x_mention *m = &x->out->mentions[mi];
            if ((int)m->type != type && m->type == KG_PLACE)
                kx_set_place(x, mi, NULL);
            m->type = (kg_entity_type)type;
            memcpy(ty->ev[mi], total, sizeof sum[0]);
        }
    }
    free(sum);
    free(members);
    free(defines);
    free(up);
    free(group_of);
    free(gk);
    free(first);
    free(order);
}

/* The mention right after mention m across one list separator (",", "and", "or", ", and"),
 * in the same sentence, or (size_t)-1. */
static size_t next_item(const kx *x, const kg_x_mention *m)
{
    size_t j = kx_list_item_after(x, m);
    if (j >= x->n || !x->label[j] || !kx_same_sentence(x, m->tok_start, j))
        return (size_t)-1;
    size_t k = x->label[j] - 1;
    const kg_x_mention *n = &x->out->mentions[k];
    /* "A, Tcell CEO B": a name before a title or another name qualifies it; no item */
    if (n->tok_start != j || (kx_is_cap(x, n->tok_end) && kx_same_sentence(x, j, n->tok_end)))
        return (size_t)-1;
    return k;
}

/* The mentions that by_token_start orders (qsort takes no context). */
static _Thread_local const kg_x_mention *mentions_for_sort;

/* Order mention indices by their first token. */
static int by_token_start(const void *pa, const void *pb)
{
    size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
    size_t a = mentions_for_sort[ia].tok_start, b = mentions_for_sort[ib].tok_start;
    return a != b ? (a > b) - (a < b) : (ia > ib) - (ia < ib); /* the same on every libc */
}

/* A coordinated list of names ("A, B and C") names things of one kind: an item whose own
 * evidence is weak takes the type that the list's strong items agree on. Only the types a
 * bare name leaves open (person, organisation, party) move. */
static void decide_by_list(kx *x, typing *ty)
{
    size_t *items = kg_xmalloc((ty->n + 1) * sizeof *items);
    unsigned char *seen = kg_xcalloc(ty->n + 1, 1);
    /* lists are read from their first item: the mentions in the order of the text (those
     * added after the finders come last in the array) */
    size_t *by_start = kg_xmalloc((ty->n + 1) * sizeof *by_start);
    unsigned char *moved = kg_xcalloc(ty->n + 1, 1); /* a mention the list retyped */
    for (size_t i = 0; i < ty->n; i++)
        by_start[i] = i;
    mentions_for_sort = x->out->mentions;
    qsort(by_start, ty->n, sizeof *by_start, by_token_start);
    for (size_t o = 0; o < ty->n; o++) {
        size_t i = by_start[o];
        if (seen[i])
            continue;
        size_t n = 0;
        for (size_t k = i; k != (size_t)-1 && k < ty->n && !seen[k] && n < ty->n;
             k = next_item(x, &x->out->mentions[k])) {
            seen[k] = 1;
            items[n++] = k;
        }
        /* "A, title B, C": commas alone set off appositions and a line's segments; a list
         * of things of one kind joins its last item with "and" or "or" */
        int conjoined = 0;
        for (size_t k = 0; k + 1 < n && !conjoined; k++) {
            const kg_x_mention *m = &x->out->mentions[items[k]];
            size_t j = m->tok_end + (kx_is_party_word(x, m->tok_end) ? 1 : 0);
            conjoined = kx_list_separator(x, j) == 2 || kx_is(x, j, "and") || kx_is(x, j, "or");
        }
        if (n < 2 || !conjoined)
            continue;
        int agreed = -1, clash = 0;
        for (size_t k = 0; k < n; k++) {
            const kg_x_mention *m = &x->out->mentions[items[k]];
            if (ty->ev[items[k]][m->type] < STRONG)
                continue;
            if (agreed >= 0 && agreed != (int)m->type)
                clash = 1;
            agreed = (int)m->type;
        }
        if (agreed < 0 || clash || agreed == KG_PLACE)
            continue;
        for (size_t k = 0; k < n; k++) {
            kg_x_mention *m = &x->out->mentions[items[k]];
            double own = ty->ev[items[k]][m->type];
            if (m->type == KG_PLACE || own >= STRONG || (int)m->type == agreed)
                continue;
            if (ty->ev[items[k]][agreed] + W_LIST > own) {
                m->type = (kg_entity_type)agreed;
                moved[items[k]] = 1;
            }
        }
    }
    /* the name's other mentions, weak too, follow it ("Erk and Birlik" ... "the chairman
     * of Erk") */
    size_t n_order;
    keyed *order = mentions_by_name(x, ty, &n_order);
    for (size_t g = 0; g < n_order;) {
        size_t h = g, moved_to = (size_t)-1;
        for (; h < n_order && strcmp(order[h].key, order[g].key) == 0; h++)
            if (moved[order[h].mention])
                moved_to = x->out->mentions[order[h].mention].type;
        for (size_t k = g; k < h && moved_to != (size_t)-1; k++) {
            kg_x_mention *m = &x->out->mentions[order[k].mention];
            if (m->type != KG_PLACE && ty->ev[order[k].mention][m->type] < STRONG)
                m->type = (kg_entity_type)moved_to;
        }
        g = h;
    }
    free(order);
    free(moved);
    free(seen);
    free(items);
    free(by_start);
}

/* Capitalised runs no finder claimed, kept when their context alone is evidence enough:
 * "the daily Zorin Vestnik", "Ericsson AB", "the Ortak party said" is found already. */
static void find_evidenced_names(kx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        /* a title-case headline capitalises its verbs and prepositions ("Kerry On ...") */
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_title(x, i) || kx_is_determiner(x, i) ||
            kx_is_based(x, i) ||
            kx_in_event_title(x, i) || (x->capital_line && x->capital_line[i]) ||
            kx_in_headline(x, i) || (kx_is_sentence_start(x, i) && kx_is_common_cap(x, i)))
            continue;
        size_t b = i;
        while (b < x->n && b < i + 4 && kx_is_cap(x, b) && !x->label[b] &&
               kx_same_sentence(x, i, b) && !kx_is_title(x, b) && !kx_is_based(x, b))
            b++;
        int words = 1;
        for (size_t k = i; k < b && words; k++)
            words = kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1) || kx_is_demonym(x, k) ||
                    kx_is_month(x, k) || kx_is_number_word(x, k);
        /* one word of English names nothing by itself ("a Government official"); several
         * do when the context is strong ("the New York-based Human Rights Watch") */
        if (words && b - i < 2) {
            i = b - 1;
            continue;
        }
        kg_x_mention probe = {.tok_start = i, .tok_end = b, .type = KG_ENTITY_TYPE_COUNT};
        double ev[N_SLOTS] = {0};
        kx_mention_evidence(x, &probe, ev);
        /* a list's item takes its kind from a sure item beside it; the typing of found
         * names does this by decide_by_list */
        if (!words && b - i >= 2 && kx_coordinated_with_person(x, i, b))
            ev[KG_PERSON] += W_LIST;
        resolve_contestant(ev);
        int t = best_type(ev, KG_ORGANISATION);
        /* words of English are a name only by what stands around them ("the X-based ...",
         * "a ... reporter"), which speaks for a body; a venue word inside them is no
         * evidence ("Building New Platforms of Cooperation") */
        if (words && t != KG_ORGANISATION) {
            i = b - 1;
            continue;
        }
        /* "RIA Novosti reported": the run goes on a body's name that ends right before it */
        size_t prev = i > 0 && x->label[i - 1] ? x->label[i - 1] - 1 : (size_t)-1;
        if (prev != (size_t)-1 && t == KG_ORGANISATION &&
            x->out->mentions[prev].type == KG_ORGANISATION &&
            x->out->mentions[prev].tok_end == i && kx_same_sentence(x, i - 1, i) &&
            ev[t] >= STRONG) {
            kx_extend_mention(x, prev, b);
            i = b - 1;
            continue;
        }
        if (ev[t] >= (b - i >= 2 && !words ? W_ORG_NOUN : STRONG))
            kx_add_mention(x, i, b, (kg_entity_type)t);
        i = b - 1;
    }
}

/* Whether token i is one capitalised word that no finder took and that may name something by
 * itself: no common word, title, month, demonym, stop word or acronym, no capital next to it,
 * and not written in lower case elsewhere in the text ("Mazhilis and Maslikhats" where the
 * text also writes "maslikhats"; lower holds the sorted hashes of its lower-case words). */
static int lone_name_word(const kx *x, size_t i, const uint64_t *lower, size_t n_lower)
{
    if (i >= x->n || x->label[i] || !kx_is_name_word(x, i) || kx_is_allcaps(x, i) ||
        kx_is_title(x, i) || kx_is_month(x, i) || kx_is_demonym(x, i) || kx_is_determiner(x, i) ||
        kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) || kx_in_headline(x, i))
        return 0;
    if ((i > 0 && kx_is_cap(x, i - 1) && kx_same_sentence(x, i - 1, i)) ||
        (i + 1 < x->n && kx_is_cap(x, i + 1) && kx_same_sentence(x, i, i + 1)))
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    uint64_t h = kg_strhash_ascii_ci(w, len);
    return !bsearch(&h, lower, n_lower, sizeof *lower, kg_cmp_u64);
}

/* "Erk and Birlik, the two largest groups", "Birlik and Erk": one capitalised word that no
 * finder took, joined by "and" or "or" to a name that one did, is a name of a list too. It
 * takes that name's type for a start; decide_by_list then weighs the list's evidence. */
static void find_list_partners(kx *x)
{
    uint64_t *lower = kg_xmalloc((x->n + 1) * sizeof *lower);
    size_t n_lower = 0;
    for (size_t i = 0; i < x->n; i++)
        if (kx_is_lower_word(x, i)) {
            size_t len;
            const char *w = kx_tok(x, i, &len);
            lower[n_lower++] = kg_strhash_ascii_ci(w, len);
        }
    qsort(lower, n_lower, sizeof *lower, kg_cmp_u64);
    size_t n0 = x->out->n_mentions;
    for (size_t k = 0; k < n0; k++) {
        const kg_x_mention m = x->out->mentions[k]; /* a copy: adding a mention moves them */
        /* beside bodies and parties only: "Brexit and Boris Johnson" names no person */
        if (m.type != KG_ORGANISATION && m.type != KG_PARTY)
            continue;
        size_t a = m.tok_start, b = m.tok_end;
        /* "Ortak and Aidos Serikbayev's party": the possessive is of another item */
        if (x->t->tokens[b - 1].flags & KG_TOKEN_POSSESSIVE ||
            (b < x->n && (x->t->tokens[b].flags & KG_TOKEN_POSSESSIVE)))
            continue;
        if (a >= 2 && (kx_is(x, a - 1, "and") || kx_is(x, a - 1, "or")) &&
            kx_same_sentence(x, a - 2, a) && lone_name_word(x, a - 2, lower, n_lower))
            kx_add_mention(x, a - 2, a - 1, m.type);
        if (b + 1 < x->n && (kx_is(x, b, "and") || kx_is(x, b, "or")) &&
            kx_same_sentence(x, a, b + 1) && lone_name_word(x, b + 1, lower, n_lower))
            kx_add_mention(x, b + 1, b + 2, m.type);
    }
    free(lower);
}

/* A line that lists a person with a title and a body ("Rodger Potocki, Senior Director
 * Europe, National Endowment for Democracy"), as witness lists and delegation lists do:
 * its last segment names the body. */
static void find_list_line_bodies(kx *x)
{
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        size_t a = sen->first_token, e = sen->end_token;
        int line_start = a == 0 || (x->t->tokens[a].flags & KG_TOKEN_LINE_BEFORE);
        if (!line_start || !x->label[a] || x->out->mentions[x->label[a] - 1].type != KG_PERSON ||
            (e < x->n && !(x->t->tokens[e].flags & KG_TOKEN_LINE_BEFORE)))
            continue; /* the sentence must be the whole line */
        while (e > a && x->t->tokens[e - 1].kind == KG_TOKEN_PUNCT && !kx_is(x, e - 1, ")"))
            e--;
        size_t commas = 0, last = a, verbs = 0;
        for (size_t k = a; k < e; k++) {
            if (kx_is(x, k, ","))
                commas++, last = k;
            /* a lower-case word other than a connector or a title: a sentence, no list */
            verbs += kx_is_speech_verb(x, k) ||
                     (kx_is_lower_word(x, k) && !kx_is(x, k, "of") && !kx_is(x, k, "for") &&
                      !kx_is(x, k, "and") && !kx_is(x, k, "the") && !kx_is_title(x, k));
        }
        size_t b = last + 1;
        if (commas < 2 || verbs || e - b < 2 || e - b > 7 || !kx_is_cap(x, b) ||
            !kx_is_cap(x, e - 1) || !kx_free_span(x, b, e) || kx_is_title(x, b))
            continue;
        size_t plen;
        const kg_place *p = kx_place_at(x, b, &plen);
        if (p && b + plen == e)
            continue;
        kx_add_mention(x, b, e, KG_ORGANISATION);
    }
}

/* One line per typed mention: its text, the summed evidence per type, the type chosen. */
static void dump_evidence(const kx *x, const typing *ty)
{
    static const char *const names[N_TYPES] = {"per", "org", "party", "place"};
    for (size_t i = 0; i < x->out->n_mentions; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        if ((int)m->type >= N_TYPES)
            continue;
        fprintf(stderr, "typing: %-40.*s", (int)(m->end - m->start), x->t->text + m->start);
        for (int t = 0; t < N_TYPES && i < ty->n; t++)
            fprintf(stderr, " %s=%.1f", names[t], ty->ev[i][t]);
        if (i >= ty->n)
            fprintf(stderr, " (from a list or a repeat)");
        fprintf(stderr, " -> %s\n", names[m->type]);
    }
}

/* A lone word or two that are the surname of a person the document names in full, as the
 * finders found it ("Muhammadu Buhari" ... "a Buhari adviser", "Buhari, 72,"; "John Atta
 * Mills" ... "Atta Mills obtained 50 percent"), are that person's: evidence for a person at
 * each of their mentions. The surnames (a name's last word, and its last two of a name of
 * three words or more) are sorted once and looked up by bisection, so the pass is n log n in
 * the mentions. */
static void add_named_surnames(const kx *x, typing *ty)
{
    char **surnames = kg_xcalloc(2 * ty->n + 1, sizeof *surnames);
    size_t n = 0;
    for (size_t i = 0; i < ty->n; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        size_t words = m->tok_end - m->tok_start;
        if (m->type != KG_PERSON || words < 2)
            continue;
        const kg_token *t = &x->t->tokens[m->tok_end - 1];
        surnames[n++] = kg_normalize_key(x->t->text + t->start, t->end - t->start);
        if (words >= 3) {
            const kg_token *t2 = &x->t->tokens[m->tok_end - 2];
            surnames[n++] = kg_normalize_key(x->t->text + t2->start, t->end - t2->start);
        }
    }
    qsort(surnames, n, sizeof *surnames, kg_cmp_key);
    for (size_t i = 0; i < ty->n && n > 0; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        if (m->tok_end - m->tok_start > 2 || (int)m->type >= N_TYPES)
            continue;
        const char *key = ty->key[i];
        if (bsearch(&key, surnames, n, sizeof *surnames, kg_cmp_key))
            ty->ev[i][KG_PERSON] += W_NAMED_SURNAME;
    }
    for (size_t i = 0; i < n; i++)
        free(surnames[i]);
    free(surnames);
}

/* A person's full name said again where a finder took its first word for a town: "Prime
 * Minister Hun Sen's party" ... "Hun Sen and Sam Rainsy held talks" ("Hun" is a town). The
 * town's mention widens over the rest of the name and becomes the person's. The names are
 * sorted once and looked up by bisection. */
static void repeat_person_names(kx *x)
{
    size_t n0 = x->out->n_mentions, n = 0;
    char **names = kg_xcalloc(n0 + 1, sizeof *names);
    for (size_t i = 0; i < n0; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        if (m->type == KG_PERSON && m->tok_end - m->tok_start == 2)
            names[n++] = kg_normalize_key(x->t->text + m->start, m->end - m->start);
    }
    qsort(names, n, sizeof *names, kg_cmp_key);
    for (size_t i = 0; i < n0 && n > 0; i++) {
        kg_x_mention *m = &x->out->mentions[i];
        size_t b = m->tok_end;
        if (m->type != KG_PLACE || b - m->tok_start != 1 || b >= x->n || x->label[b] ||
            !kx_is_cap(x, b) || !kx_same_sentence(x, m->tok_start, b))
            continue;
        size_t plen;
        const kg_place *p = kx_place_at(x, m->tok_start, &plen);
        if (p && (strcmp(p->kind, "country") == 0 || strcmp(p->kind, "continent") == 0))
            continue;
        char *key = kg_normalize_key(x->t->text + m->start, x->t->tokens[b].end - m->start);
        if (bsearch(&key, names, n, sizeof *names, kg_cmp_key)) {
            kx_extend_mention(x, i, b + 1);
            m->type = KG_PERSON;
            kx_set_place(x, i, NULL);
        }
        free(key);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

void kx_decide_types(kx *x)
{
    repeat_person_names(x);
    find_list_line_bodies(x);
    find_evidenced_names(x);
    kx_find_lexicon_parties(x);
    find_list_partners(x);
    size_t n0 = x->out->n_mentions;
    double *bonus = kg_xcalloc(n0 + 1, sizeof *bonus);
    kx_find_party_lists(x, bonus, n0);
    kx_find_body_lists(x); /* after: "parties and groups including A" lists parties */
    typing ty = {0};
    ty.n = x->out->n_mentions;
    ty.ev = kg_xcalloc(ty.n + 1, sizeof *ty.ev);
    ty.key = kg_xcalloc(ty.n + 1, sizeof *ty.key);
    collect_companies(x, &ty);
    for (size_t i = 0; i < ty.n; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        ty.key[i] = kg_normalize_key(x->t->text + m->start, m->end - m->start);
        if ((int)m->type >= N_TYPES)
            continue;
        kx_mention_evidence(x, m, ty.ev[i]);
        if (is_company_key(&ty, ty.key[i]))
            ty.ev[i][KG_ORGANISATION] += W_COMPANY;
        if (i < n0)
            ty.ev[i][KG_PARTY] += bonus[i];
        else if (m->type == KG_PARTY)
            ty.ev[i][KG_PARTY] += W_PARTY_WORD; /* a listed party, added above */
    }
    add_named_surnames(x, &ty);
    decide_by_name(x, &ty);
    decide_by_list(x, &ty);
    unsigned char *strong = kg_xcalloc(ty.n + 1, 1);
    for (size_t i = 0; i < ty.n; i++)
        strong[i] =
            (int)x->out->mentions[i].type < N_TYPES && ty.ev[i][x->out->mentions[i].type] >= STRONG;
    kx_extend_party_lists(x, ty.key, strong, ty.n);
    free(strong);
    if (getenv("KG_DEBUG_TYPING")) /* a developer's view of the evidence, on stderr */
        dump_evidence(x, &ty);
    for (size_t i = 0; i < ty.n; i++)
        free(ty.key[i]);
    for (size_t i = 0; i < ty.n_company; i++)
        free(ty.company[i]);
    free(ty.company);
    free(ty.key);
    free(ty.ev);
    free(bonus);
}

/* Whether entity e is one generic head noun alone ("Police", "Government", "the Commission")
 * that names no body by itself; the heads that do ("Mazhilis", "Senate", "Congress",
 * "Parliament", "Kremlin") are kept. */
static int bare_generic_head(const kx *x, const kg_x_entity *e)
{
    static const char *const proper[] = {"Mazhilis", "Senate",     "Duma",     "Kenesh",
                                         "Kurultai", "Majlis",     "Kremlin",  "Akorda",
                                         "Congress", "Parliament", "Cabinet",  "Verkhovna",
                                         "Oliy",     "Akimat",     "Treasury", NULL};
    if (e->type != KG_ORGANISATION || strchr(e->name, ' ') || e->n_aliases > 0)
        return 0;
    size_t n = strlen(e->name);
    if (!kg_lexicon_has(x->lx, KG_LIST_ORG_HEADS, e->name, n))
        return 0;
    for (size_t k = 0; proper[k]; k++)
        if (strcmp(proper[k], e->name) == 0)
            return 0;
    return 1;
}

/* Whether entity e is a person named by one initial alone ("J" of "the House J. Dennis
 * Hastert" when the rest of the name went elsewhere): a letter names no one. */
static int lone_initial(const kg_x_entity *e)
{
    size_t n = strlen(e->name);
    return e->type == KG_PERSON && e->n_aliases == 0 && (n == 1 || (n == 2 && e->name[1] == '.')) &&
           e->name[0] >= 'A' && e->name[0] <= 'Z';
}

void kx_drop_bare_heads(kx *x)
{
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (bare_generic_head(x, &x->out->entities[k]) || lone_initial(&x->out->entities[k]) ||
            (x->out->entities[k].type == KG_PARTY && x->out->entities[k].n_aliases == 0 &&
             strcmp(x->out->entities[k].key, "parti") == 0)) /* "the Party": which? */
            x->out->entities[k].type = KG_ENTITY_TYPE_COUNT; /* dead: compacted away */
}
