/* kx_name_ends: where people's names end, after the finders of the mentions pass
 * (kg_mentions.c) have run: a lower-case particle and further name words a finder stopped
 * short of ("President Bashar al-Assad", "Nana Addo Dankwa Akufo-Addo"), and generational
 * suffixes ("James S. Gilmore III"). Reads the tokens, labels and lexicon; extends person
 * mentions (kx_state.h). */
#include "../kg_mem.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"

#include <stdlib.h>
#include <string.h>

/* The hashes of the document's hyphenated words ("Atta-Mills"), sorted: built once, so that
 * asking whether the text joins two words costs O(log n). */
typedef struct hyphenated {
    uint64_t *hash; /* owned; free with free() */
    size_t n;
} hyphenated;

/* The hyphenated words of x; free .hash with free(). */
static hyphenated hyphenated_words(const kx *x)
{
    hyphenated h = {NULL, 0};
    size_t cap = 0;
    for (size_t k = 0; k < x->n; k++) {
        size_t len;
        const char *w = kx_tok(x, k, &len);
        if (!kx_has_hyphen(x, k))
            continue;
        KG_GROW(h.hash, cap, h.n + 1);
        h.hash[h.n++] = kg_strhash(w, len);
    }
    if (h.n)
        qsort(h.hash, h.n, sizeof *h.hash, kg_cmp_u64);
    return h;
}

/* Whether the text joins the words at a and b with a hyphen somewhere ("Atta-Mills" for
 * "Atta" and "Mills"): then they are parts of one name, whatever English has of them. */
static int hyphen_compound_in_text(const kx *x, const hyphenated *h, size_t a, size_t b)
{
    if (!h->n)
        return 0;
    size_t la, lb;
    const char *wa = kx_tok(x, a, &la), *wb = kx_tok(x, b, &lb);
    uint64_t key = kg_strhash_more(kg_strhash_more(kg_strhash(wa, la), "-", 1), wb, lb);
    return bsearch(&key, h->hash, h->n, sizeof *h->hash, kg_cmp_u64) != NULL;
}

/* Whether token k can go on a person's name that ends right before it: a capitalised word
 * of no other kind (no head, title, demonym, country, word in capitals), and either a
 * hyphenated name ("Akufo-Addo"), a word that is no word of English ("Dankwa"), or one the
 * text writes joined to the name's last word ("Atta-Mills" for "John Atta Mills"). */
static int continues_person_name(const kx *x, const hyphenated *h, size_t k)
{
    if (k >= x->n)
        return 0;
    size_t pl;
    const kg_place *p = kx_place_at(x, k, &pl);
    if (x->label[k] || !kx_is_cap(x, k) || !kx_same_sentence(x, k - 1, k) ||
        kx_is_head(x, k) || kx_is_title(x, k) || kx_is_stop_cap(x, k) || kx_is_allcaps(x, k) ||
        kx_is_demonym(x, k) || (p && strcmp(p->kind, "country") == 0) ||
        kx_has_lower_hyphen_part(x, k) || kx_in_headline(x, k))
        return 0;
    if (kx_has_hyphen(x, k) || !kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1))
        return 1;
    return hyphen_compound_in_text(x, h, k - 1, k);
}

/* Whether token i is an initial: one capital letter followed by its stop. */
static int is_initial(const kx *x, size_t i)
{
    return i + 1 < x->n && x->t->tokens[i].end - x->t->tokens[i].start == 1 && kx_is_cap(x, i) &&
           kx_is(x, i + 1, ".") && kx_same_sentence(x, i, i + 1);
}

/* Whether token k can be a name word after an initial: capitalised, free, no word of
 * English, no title, head, demonym or country. */
static int initial_name_word(const kx *x, size_t k)
{
    size_t pl;
    const kg_place *p = kx_place_at(x, k, &pl);
    return k < x->n && kx_is_cap(x, k) && !x->label[k] && !kx_is_allcaps(x, k) &&
           x->t->tokens[k].end - x->t->tokens[k].start >= 3 &&
           !kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1) && !kx_is_title(x, k) && !kx_is_head(x, k) &&
           !kx_is_demonym(x, k) && !(p && strcmp(p->kind, "country") == 0);
}

/* Whether token k, a word of English maybe, can be the surname after an initial and a
 * given name: capitalised, free, no title, head, honorific, demonym or place. */
static int surname_word(const kx *x, size_t k)
{
    size_t pl;
    return k < x->n && kx_is_cap(x, k) && !x->label[k] && !kx_is_allcaps(x, k) &&
           x->t->tokens[k].end - x->t->tokens[k].start >= 3 && !kx_is_title(x, k) &&
           !kx_is_head(x, k) && !kx_is_stop_cap(x, k) && !kx_is_demonym(x, k) &&
           !kx_place_at(x, k, &pl) && !kx_in_headline(x, k);
}

/* "Bashar al-Assad" after a title ("President Bashar al-Assad"), "Nana Addo Dankwa
 * Akufo-Addo", "John Atta Mills": a name particle in lower case, and further name words,
 * go on a person's name that a finder stopped short (at most five words, six with a particle); an unknown
 * word between a title and the name opens it ("President Abdullahi Yusuf Ahmed"). */
void kx_extend_person_names(kx *x)
{
    hyphenated hy = hyphenated_words(x);
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        kg_x_mention *m = &x->out->mentions[k];
        if (m->type != KG_PERSON)
            continue;
        /* "Leo Docherty MP", "Jane Roe QC": a post-nominal is no part of the name */
        static const char *const post_nominals[] = {"MP",  "MEP",  "MSP",  "MLA", "MPP", "QC",
                                                    "KC",  "OBE",  "MBE",  "CBE", "KBE", "DBE",
                                                    "CMG", "KCMG", "GCMG", NULL};
        while (m->tok_end - m->tok_start > 2 && kx_is_any(x, m->tok_end - 1, post_nominals)) {
            if (x->label[m->tok_end - 1] == k + 1)
                x->label[m->tok_end - 1] = 0;
            m->tok_end--;
            m->end = x->t->tokens[m->tok_end - 1].end;
        }
        size_t end = m->tok_end;
        if (end < x->n && !x->label[end] && kx_same_sentence(x, m->tok_start, end))
            end += kx_name_particle_len(x, end);
        while (end - m->tok_start < 5 && continues_person_name(x, &hy, end))
            end++;
        if (end > m->tok_end)
            kx_extend_mention(x, k, end);
        /* "J. Edgar Hoover": an initial before the given name opens the name; not after
         * another name word ("Kim J. Dennis"), but after a title or a body's head noun
         * ("Speaker of the House J. Dennis Hastert") */
        size_t s0 = m->tok_start;
        if (s0 >= 2 && is_initial(x, s0 - 2) && !x->label[s0 - 2] && !x->label[s0 - 1] &&
            kx_same_sentence(x, s0 - 2, s0) && kx_is_given_name(x, s0) &&
            !(s0 > 2 && kx_same_sentence(x, s0 - 3, s0) && kx_is_cap(x, s0 - 3) &&
              !kx_is_title(x, s0 - 3) && !kx_is_head(x, s0 - 3))) {
            x->label[s0 - 2] = x->label[s0 - 1] = k + 1;
            m->tok_start = s0 - 2;
            m->start = x->t->tokens[s0 - 2].start;
        }
        /* "President Abdullahi Yusuf Ahmed": an unknown name word between a title and the
         * name a finder found opens the name */
        size_t a = m->tok_start;
        if (a > 1 && m->tok_end - a < 4 && !x->label[a - 1] && kx_is_cap(x, a - 1) &&
            kx_same_sentence(x, a - 1, a) && kx_after_title(x, a - 1) &&
            !kx_is_title(x, a - 1) && !kx_is_head(x, a - 1) && !kx_is_stop_cap(x, a - 1) &&
            !kx_is_allcaps(x, a - 1) && !kx_is_demonym(x, a - 1) &&
            !kx_in_list(x, a - 1, KG_LIST_COMMON_WORDS, 1) && !kx_in_headline(x, a - 1)) {
            size_t pl;
            if (!kx_place_at(x, a - 1, &pl)) {
                x->label[a - 1] = k + 1;
                m->tok_start = a - 1;
                m->start = x->t->tokens[a - 1].start;
            }
        } else if (a > 1 && m->tok_end - a < 3 && !x->label[a - 1] && kx_is_cap(x, a - 1) &&
                   kx_same_sentence(x, a - 2, a) && kx_is_lower_word(x, a - 2) &&
                   !kx_is_title(x, a - 2) && !kx_is_title(x, a - 1) && !kx_is_head(x, a - 1) &&
                   !kx_is_stop_cap(x, a - 1) && !kx_is_allcaps(x, a - 1) &&
                   !kx_is_demonym(x, a - 1) && !kx_in_list(x, a - 1, KG_LIST_COMMON_WORDS, 1) &&
                   !kx_has_hyphen(x, a - 1) && !kx_in_headline(x, a - 1)) {
            /* "the support of Ibrahima Abe Sylla": in running text, an unknown name word
             * right before a name the finders found (a given name they knew) opens it */
            size_t pl;
            if (!kx_place_at(x, a - 1, &pl)) {
                x->label[a - 1] = k + 1;
                m->tok_start = a - 1;
                m->start = x->t->tokens[a - 1].start;
            }
        }
    }
    free(hy.hash);
}

/* "H. Knox Thames", "By J. Roe Smith": an initial and two name words, where no
 * capitalised word other than a title or "By" comes before. */
void kx_find_initialled_names(kx *x)
{
    for (size_t i = 0; i + 3 < x->n; i++) {
        if (x->label[i] || !is_initial(x, i) || x->label[i + 1] || !kx_same_sentence(x, i, i + 3))
            continue;
        /* after an initial and a given name, a word of English is the surname too ("E.
         * Wayne Merry", "J. Edgar Young") */
        int given = (kx_is_given_name(x, i + 2) || kx_in_list(x, i + 2, KG_LIST_GIVEN_PLACES, 0)) &&
                    !x->label[i + 2] && !kx_is_title(x, i + 2);
        if (!(initial_name_word(x, i + 2) || given) ||
            !(initial_name_word(x, i + 3) || (given && surname_word(x, i + 3))))
            continue;
        /* "U. N. Smith" is two initials; a capitalised word before is another name's */
        if ((i >= 2 && is_initial(x, i - 2) && kx_same_sentence(x, i - 2, i)) ||
            (i > 0 && kx_same_sentence(x, i - 1, i) && kx_is_cap(x, i - 1) &&
             !kx_is_title(x, i - 1) && !kx_is_ci(x, i - 1, "by")))
            continue;
        kx_add_mention(x, i, i + 4, KG_PERSON);
        i += 3;
    }
}

/* "James S. Gilmore III", "Martin Luther King Jr.": a generational suffix ends the name. */
void kx_extend_generational_suffixes(kx *x)
{
    static const char *const suffixes[] = {"Jr", "Sr", "II", "III", "IV", NULL};
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        kg_x_mention *m = &x->out->mentions[k];
        size_t j = m->tok_end;
        /* "Robert O. Blake, Jr.": the comma before Jr and Sr */
        if (j + 1 < x->n && kx_is(x, j, ",") && (kx_is(x, j + 1, "Jr") || kx_is(x, j + 1, "Sr")))
            j++;
        if (m->type != KG_PERSON || m->tok_end - m->tok_start < 2 || j >= x->n || x->label[j] ||
            !kx_same_sentence(x, m->tok_start, j) || !kx_is_any(x, j, suffixes))
            continue;
        size_t end = j + 1;
        /* "Jr." keeps its stop unless the stop ends the sentence */
        if (kx_is(x, end, ".") && kx_same_sentence(x, j, end + 1) && !kx_is(x, j, "II") &&
            !kx_is(x, j, "III") && !kx_is(x, j, "IV"))
            end++;
        kx_extend_mention(x, k, end);
    }
}
