/* kx_context_names: the last finder of names but those that extend others (kg_mentions.c
 * runs it after places): capitalised words no finder took, typed by their context. An
 * organisation after "<title> of"; the holder after a title chain ("Secretary of State
 * Wendy Sherman"); a person by a title before or after, a speech verb, a name set off by
 * commas before a speech verb; a lone surname of the region's morphology, or a two-word name
 * whose last word, that the text repeats alone inside its sentences (what the text does
 * with surnames). Reads the tokens, labels and lexicon; adds mentions (kx_state.h). */
#include "../kg_mem.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"

#include <stdlib.h>
#include <string.h>

/* The capitalised words that stand alone somewhere in the text (no capitalised word right
 * before or after them in their sentence), as a set of hashes: built once per document,
 * so that asking costs O(1). */
typedef struct alone_words {
    uint64_t *slot;  /* hash | 1 of each word, 0 when free; owned, free with free() */
    unsigned *inner; /* per slot: how often the word stands alone inside a sentence (not at
                        its start, not in the headline); owned, free with free() */
    size_t mask;     /* slots - 1, a power of two minus one */
} alone_words;

static int is_alone(const kx *x, size_t k)
{
    if (!kx_is_cap(x, k))
        return 0;
    if (k > 0 && kx_same_sentence(x, k - 1, k) && kx_is_cap(x, k - 1) &&
        !kx_is_sentence_start(x, k - 1))
        return 0;
    return !(k + 1 < x->n && kx_same_sentence(x, k, k + 1) && kx_is_cap(x, k + 1));
}

static uint64_t word_hash(const kx *x, size_t k)
{
    size_t len;
    const char *w = kx_tok(x, k, &len);
    return kg_strhash(w, len) | 1;
}

static alone_words find_alone_words(const kx *x)
{
    size_t cap = 64;
    while (cap < 2 * x->n + 2)
        cap *= 2;
    alone_words set = {kg_xcalloc(cap, sizeof *set.slot), kg_xcalloc(cap, sizeof *set.inner),
                       cap - 1};
    for (size_t k = 0; k < x->n; k++) {
        if (!is_alone(x, k))
            continue;
        uint64_t h = word_hash(x, k);
        size_t i = (size_t)h & set.mask;
        while (set.slot[i] && set.slot[i] != h)
            i = (i + 1) & set.mask;
        set.slot[i] = h;
        if (!kx_is_sentence_start(x, k) && !kx_in_headline(x, k))
            set.inner[i]++;
    }
    return set;
}

/* How often the word at token w stands alone inside a sentence (set: find_alone_words). */
static unsigned word_alone_inside(const kx *x, const alone_words *set, size_t w)
{
    uint64_t h = word_hash(x, w);
    for (size_t i = (size_t)h & set->mask; set->slot[i]; i = (i + 1) & set->mask)
        if (set->slot[i] == h)
            return set->inner[i];
    return 0;
}

/* Whether the word at token w stands alone somewhere in the text (set: find_alone_words). */
static int word_repeated_alone(const kx *x, const alone_words *set, size_t w)
{
    uint64_t h = word_hash(x, w);
    for (size_t i = (size_t)h & set->mask; set->slot[i]; i = (i + 1) & set->mask)
        if (set->slot[i] == h)
            return 1;
    return 0;
}

/* The capitalised words the text sets right after a preposition of place ("in Zagreb",
 * "to Banda", "from Osh"), as sorted hashes: built once, asked in O(log n). */
typedef struct place_words {
    uint64_t *hash; /* owned; free with free() */
    size_t n;
} place_words;

static place_words find_place_words(const kx *x)
{
    static const char *const preps[] = {"in", "at", "from", "to", "near", "into", NULL};
    place_words w = {NULL, 0};
    size_t cap = 0;
    for (size_t k = 1; k < x->n; k++)
        if (kx_is_cap(x, k) && kx_is_any(x, k - 1, preps) && kx_same_sentence(x, k - 1, k)) {
            KG_GROW(w.hash, cap, w.n + 1);
            w.hash[w.n++] = word_hash(x, k);
        }
    if (w.n > 1)
        qsort(w.hash, w.n, sizeof *w.hash, kg_cmp_u64);
    return w;
}

static int in_place_words(const place_words *w, uint64_t h)
{
    return w->n && bsearch(&h, w->hash, w->n, sizeof *w->hash, kg_cmp_u64) != NULL;
}

/* Whether token i opens a place of the gazetteer that is more than a one-word town: a
 * country, a region, a name of several words. A town's name is often a surname too
 * ("Rupiah Banda", "Alpha Conde"). */
static int is_country_or_region(const kx *x, size_t i)
{
    size_t plen;
    const kg_place *p = kx_place_at(x, i, &plen);
    return p && (plen > 1 || strcmp(p->kind, "city") != 0);
}

/* Leftover capitalised names typed by their context: "Chairwoman of the Dialogue" (an
 * organisation after "title of"), "X, director of ..." and "Ambassador X" (people), a lone
 * surname of the region's morphology that the text repeats inside its sentences. */
void kx_find_by_context(kx *x)
{
    alone_words alone = find_alone_words(x);
    place_words where = find_place_words(x);
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_name_word(x, i) || kx_is_title(x, i) || kx_is_allcaps(x, i))
            continue;
        /* "Long-exiled Gilchrist Olympio": a modifier joined by a hyphen opens no name */
        if (kx_has_lower_hyphen_part(x, i) && kx_is_cap(x, i + 1) && kx_same_sentence(x, i, i + 1))
            continue;
        size_t b = i;
        /* a title-case headline capitalises its verbs and prepositions: "Secretary Kerry
         * Meets With ..." names Kerry */
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b) &&
               !kx_is_stop_cap(x, b) && !kx_is_title(x, b) &&
               !(b > i && kx_is_headline_common(x, b)))
            b++;
        if (b == i)
            continue;
        /* after "<title> of (the)": an organisation */
        size_t k = i;
        if (k > 0 && kx_is(x, k - 1, "the"))
            k--;
        int after_title_of =
            k > 1 && (kx_is(x, k - 1, "of") || kx_is(x, k - 1, "at") || kx_is(x, k - 1, "for")) &&
            kx_is_title(x, k - 2);
        /* "Secretary of State Wendy Sherman", "Minister of Foreign Affairs of Latvia X Y":
         * the words at the end that are no common English words name the holder */
        size_t ps = b;
        while (ps > i && b - ps < 3 && !kx_in_list(x, ps - 1, KG_LIST_COMMON_WORDS, 1) &&
               !kx_is_head(x, ps - 1))
            ps--;
        /* "Secretary of State Kerry": one name word after common words */
        int one_name = b - ps == 1;
        for (size_t c = i; c < ps && one_name; c++)
            one_name = kx_in_list(x, c, KG_LIST_COMMON_WORDS, 1);
        /* "Head of Economic Cooperation and Official Development Assistance Unit Asset
         * Makhmetov": in a title chain the body's name may coordinate two parts when a name
         * follows it at once; the part after "and" must end in no title ("Chair of X and
         * Foreign Minister Y" is two offices) */
        if (after_title_of && ps == b && kx_is(x, b, "and") && kx_same_sentence(x, i, b + 1)) {
            size_t c = b + 1, titles = 0;
            while (c < x->n && kx_is_cap(x, c) && !x->label[c] && kx_same_sentence(x, i, c) &&
                   !kx_is_stop_cap(x, c) && !kx_in_list(x, c, KG_LIST_GIVEN_NAMES, 0))
                titles += kx_is_title(x, c) != 0, c++;
            if (c > b + 2 && titles < c - b - 1 && !kx_is_title(x, c - 1) && x->label[c] &&
                x->out->mentions[x->label[c] - 1].type == KG_PERSON) {
                kx_add_mention(x, i, c, KG_ORGANISATION);
                i = c - 1;
                continue;
            }
        }
        if (after_title_of && ps > i && (b - ps >= 2 || one_name)) {
            int bare = ps == i + 1 && kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
            if (!bare && !kx_is_ci(x, k - 2, "minister") && !kx_is(x, k - 1, "for"))
                kx_add_mention(x, i, ps, KG_ORGANISATION);
            kx_add_mention(x, ps, b, KG_PERSON);
            i = b - 1;
            continue;
        }
        int bare_common = k == i && b == i + 1 && kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
        /* "Secretary of State Condoleezza Rice", "Secretary of Defense X": the portfolio
         * ends the title, the words after it name the holder */
        static const char *const portfolios[] = {
            "State",   "Defense",     "Defence",        "Energy",    "Commerce", "Labor",
            "Labour",  "Agriculture", "Health",         "Education", "Interior", "Treasury",
            "Justice", "Finance",     "Transportation", "Transport", NULL};
        if (k > 1 && kx_is(x, k - 1, "of") && kx_is_title(x, k - 2) && k == i &&
            kx_is_any(x, i, portfolios) && b >= i + 3 && b <= i + 4) {
            kx_add_mention(x, i + 1, b, KG_PERSON);
            i = b - 1;
            continue;
        }
        /* "Minister of Foreign Affairs": a portfolio, not an organisation */
        int portfolio = k > 1 && kx_is_ci(x, k - 2, "minister");
        if (k > 1 && (kx_is(x, k - 1, "of") || kx_is(x, k - 1, "at")) && kx_is_title(x, k - 2) &&
            !bare_common && !portfolio) {
            kx_add_mention(x, i, b, KG_ORGANISATION);
            i = b - 1;
            continue;
        }
        size_t pl0;
        /* "and Lukashenka is threatening", "evidenced by Lukashenka": one word of the
         * region's strong surname morphology, no word of English, place, head or given name,
         * that the text sets alone inside its sentences twice at least is a surname used
         * alone */
        if (b - i == 1 && !x->label[i] && kx_has_strong_surname_suffix(x, i) &&
            !kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) && !kx_place_at(x, i, &pl0) &&
            !kx_is_demonym(x, i) && !kx_is_head(x, i) &&
            !kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) && !kx_in_headline(x, i) &&
            !kx_is_sentence_start(x, i) && word_alone_inside(x, &alone, i) >= 2) {
            kx_add_mention(x, i, b, KG_PERSON);
            continue;
        }
        if (b - i < 2 || b - i > 3)
            continue;
        /* "X Y, <title>" or "X Y, a <title>" or "<Title> X Y" or "X Y said" */
        size_t after = b;
        int person = 0;
        /* "X Y, the bureau chief for ...", "X Y is Ghana's foreign minister": a title
         * after at most two modifiers in lower case (or a place's possessive); not "X Y,
         * where the president ..." */
        static const char *const kinship[] = {
            "son",     "daughter", "wife",   "husband", "widow",    "widower",
            "brother", "sister",   "father", "mother",  "grandson", "granddaughter",
            "nephew",  "niece",    "cousin", "uncle",   "aunt",     NULL};
        static const char *const clause_words[] = {
            "where", "when",  "which",  "who", "whom", "whose", "that", "the",   "a",    "an", "as",
            "while", "after", "before", "and", "or",   "but",   "if",   "since", "said", NULL};
        if (kx_is(x, after, ",") || kx_is(x, after, "is") || kx_is(x, after, "was")) {
            size_t t = after + 1;
            if (kx_is_ci(x, t, "a") || kx_is_ci(x, t, "an") || kx_is_ci(x, t, "the") ||
                kx_is_ci(x, t, "former"))
                t++;
            size_t pl;
            if (kx_place_at(x, t, &pl) && t + pl < x->n &&
                (x->t->tokens[t + pl].flags & KG_TOKEN_POSSESSIVE))
                t += pl + 1;
            /* "X Y, the son of Togo's first president": only people have kin */
            if (kx_is_any(x, t, kinship) && kx_is(x, t + 1, "of") &&
                kx_same_sentence(x, after, t + 1))
                person = 1;
            for (size_t mods = 0; mods < 2 && kx_is_lower_word(x, t) && !kx_is_title(x, t) &&
                                  !kx_is_any_ci(x, t, clause_words) && !kx_is_speech_verb(x, t) &&
                                  kx_same_sentence(x, after, t + 1);
                 mods++)
                t++;
            if (kx_is_title(x, t) && kx_same_sentence(x, after, t) &&
                (kx_is(x, after, ",") || kx_is_lower_word(x, t)))
                person = 1;
        }
        /* "Ambassador X Y"; "Chargé d'Affaires X Y", whose last title word is elided */
        if (i > 0 && kx_is_title(x, i - 1) &&
            (kx_is_cap(x, i - 1) || (i > 1 && kx_is_title(x, i - 2) && kx_is_cap(x, i - 2))))
            person = 1;
        /* "opposition leader X Y", "the Kremlin spokesman X Y": a lower-case title right
         * before a name whose words are neither heads nor places */
        /* and "the opposition leader, Alpha Conde, who ...": set off by commas, the last
         * word maybe a town's name too */
        int set_off_by_commas = i > 0 && kx_is(x, i - 1, ",");
        if (kx_lower_title_before(x, i) && (!set_off_by_commas || kx_is(x, b, ",")) && b - i == 2 &&
            !kx_is_head(x, i) && !kx_is_head(x, i + 1)) {
            size_t pl;
            if (!kx_place_at(x, i, &pl) &&
                (set_off_by_commas ? !is_country_or_region(x, i + 1) : !kx_place_at(x, i + 1, &pl)))
                person = 1;
        }
        /* "the President of the European Bank for Reconstruction and Development X Y",
         * "the Minister for Foreign Affairs of Latvia X Y": a title, then what it is of,
         * then the name */
        /* "the Archbishop of X, Y Z, ...": the name set off by commas after what the title
         * is of */
        int set_off = i > 2 && kx_is(x, i - 1, ",") && (x->label[i - 2] || kx_is_cap(x, i - 2)) &&
                      kx_is(x, b, ",");
        if (!person && i > 1 &&
            (x->label[i - 1] || (kx_is(x, i - 1, ")") && x->label[i - 2]) || set_off) &&
            !kx_is_common_cap(x, i)) {
            for (size_t back = set_off ? i - 1 : i; back > 0 && back + 14 > i; back--) {
                size_t t = back - 1;
                if (kx_is_title(x, t) && (kx_is(x, t + 1, "of") || kx_is(x, t + 1, "for"))) {
                    person = 1;
                    break;
                }
                if (!(x->label[t] || kx_is_cap(x, t) || kx_is(x, t, "of") || kx_is(x, t, "the") ||
                      kx_is(x, t, "for") || kx_is(x, t, "and") || kx_is(x, t, "(") ||
                      kx_is(x, t, ")")) ||
                    !kx_same_sentence(x, t, i))
                    break;
            }
        }
        if (kx_is_speech_verb(x, b) || (i > 0 && kx_is_speech_verb(x, i - 1)))
            person = 1;
        /* "The head of the mission, X Y, told reporters": a name set off by commas before a
         * speech verb */
        if (i > 0 && kx_is(x, i - 1, ",") && kx_is(x, b, ",") && kx_is_speech_verb(x, b + 1))
            person = 1;
        /* a name has a word that is not a common English word: "Investment Forum opened"
         * is no person */
        int all_common = 1;
        for (size_t k2 = i; k2 < b; k2++)
            if (!kx_in_list(x, k2, KG_LIST_COMMON_WORDS, 1))
                all_common = 0;
        /* "the killing of Munir Shakir in X ... Shakir was shot": two name words, neither of
         * English nor a place, whose last word the text repeats alone, as it does a
         * person's surname */
        if (!person && b - i == 2 && !kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) &&
            !kx_in_list(x, i + 1, KG_LIST_COMMON_WORDS, 1) && !kx_is_head(x, i + 1) &&
            !kx_is_head(x, i) && !kx_in_headline(x, i) && !kx_is_sentence_start(x, i) &&
            !kx_is_allcaps(x, i + 1) && !kx_place_at(x, i, &pl0) &&
            !is_country_or_region(x, i + 1) && !kx_is_demonym(x, i) && !kx_is_cap(x, b) &&
            !kx_has_lower_hyphen_part(x, i) && !kx_has_lower_hyphen_part(x, i + 1) &&
            word_repeated_alone(x, &alone, i + 1) &&
            /* a town the text also goes to or is in is a place ("Dinamo Zagreb ... police in
             * Zagreb"): a club or a body named after it */
            !(kx_place_at(x, i + 1, &pl0) && in_place_words(&where, word_hash(x, i + 1))))
            person = 1;
        if (person && !all_common) {
            kx_add_mention(x, i, b, KG_PERSON);
            i = b - 1;
        }
    }
    free(alone.slot);
    free(alone.inner);
    free(where.hash);
}
