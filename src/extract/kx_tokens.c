/* kx_tokens: the token predicates (see kx_tokens.h): what a token is, which word list holds
 * it, where it stands. They read the tokens, the lexicon and the labels, and change nothing. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "../text/kg_utf8.h"
#include "kg_extract_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- token predicates ---------------------------------------------------------------- */

const char *kx_tok(const kx *x, size_t i, size_t *len)
{
    const kg_token *t = &x->t->tokens[i];
    *len = t->end - t->start;
    return x->t->text + t->start;
}

int kx_is(const kx *x, size_t i, const char *word)
{
    return i < x->n && kg_token_is(x->t, i, word);
}

int kx_is_ci(const kx *x, size_t i, const char *word)
{
    return i < x->n && kg_token_is_ci(x->t, i, word);
}

int kx_is_word(const kx *x, size_t i)
{
    return i < x->n && x->t->tokens[i].kind == KG_TOKEN_WORD &&
           !(x->t->tokens[i].flags & KG_TOKEN_POSSESSIVE);
}

int kx_is_cap(const kx *x, size_t i)
{
    return kx_is_word(x, i) && (x->t->tokens[i].flags & (KG_TOKEN_CAP | KG_TOKEN_ALLCAPS));
}

int kx_is_allcaps(const kx *x, size_t i)
{
    return kx_is_word(x, i) && (x->t->tokens[i].flags & KG_TOKEN_ALLCAPS);
}

int kx_is_lower_word(const kx *x, size_t i)
{
    return kx_is_word(x, i) && !(x->t->tokens[i].flags & KG_TOKEN_CAP);
}

int kx_is_gerund(const kx *x, size_t i)
{
    size_t len;
    if (!kx_is_lower_word(x, i))
        return 0;
    const char *w = kx_tok(x, i, &len);
    return len > 4 && strncmp(w + len - 3, "ing", 3) == 0;
}

int kx_same_sentence(const kx *x, size_t a, size_t b)
{
    return a < x->n && b < x->n && x->t->tokens[a].sentence == x->t->tokens[b].sentence;
}

size_t kx_recase(const char *s, size_t n, kx_case mode, char *buf, size_t cap)
{
    size_t k = 0, o = 0;
    int word_start = 1;
    while (k < n) {
        uint32_t cp = kg_utf8_next(s, n, &k);
        if (o + 4 > cap) /* lower case may take more bytes than capitals (U+023A) */
            return (size_t)-1;
        uint32_t out = kg_cp_to_lower(cp);
        if (mode == KX_CASE_TITLE_FIRST && o == 0)
            out = cp;
        else if (mode == KX_CASE_TITLE_WORDS) {
            int letter = kg_cp_is_letter(cp);
            out = letter && !word_start ? out : cp; /* what is no letter stays as written */
            word_start = !letter;
        }
        o += kg_utf8_encode(out, buf + o);
    }
    return o;
}

/* kx_in_list's memo keeps two bits per list in a uint32_t */
_Static_assert(2 * KG_LIST_COUNT <= 32, "kx_in_list's memo holds 16 lists");

/* kx_in_list without the memo: looks up token i (lower-cased when lower is set) in a word
 * list. */
static int lookup_in_list(const kx *x, size_t i, kg_wordlist list, int lower)
{
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (!lower)
        return kg_lexicon_has(x->lx, list, s, len);
    char buf[128];
    size_t o = kx_recase(s, len, KX_CASE_LOWER, buf, sizeof buf);
    return o != (size_t)-1 && kg_lexicon_has(x->lx, list, buf, o);
}

int kx_in_list(const kx *x, size_t i, kg_wordlist list, int lower)
{
    if (i >= x->n)
        return 0;
    if (!x->list_asked)
        return lookup_in_list(x, i, list, lower);
    uint32_t bit = 1u << (2 * (unsigned)list + (lower ? 1u : 0u));
    if (!(x->list_asked[i] & bit)) {
        x->list_asked[i] |= bit;
        if (lookup_in_list(x, i, list, lower))
            x->list_found[i] |= bit;
    }
    return (x->list_found[i] & bit) != 0;
}

size_t kx_after_parenthetical(const kx *x, size_t i, size_t max)
{
    if (!kx_is(x, i, "("))
        return i;
    for (size_t k = i + 1; k < x->n && k < i + max && kx_same_sentence(x, i, k); k++)
        if (kx_is(x, k, ")"))
            return k + 1;
    return i;
}

int kx_is_given_name(const kx *x, size_t i)
{
    if (kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0))
        return 1;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    const char *h = i < x->n ? memchr(s, '-', len) : NULL;
    /* "Jean-Marie", "Anna-Lena": a compound of a given name and a capitalised part */
    return h && h > s && (size_t)(h - s) + 1 < len && h[1] >= 'A' && h[1] <= 'Z' &&
           kg_lexicon_has(x->lx, KG_LIST_GIVEN_NAMES, s, (size_t)(h - s));
}

/* Looks up the two tokens i, i+1 joined by a space, lower-cased. */
int kx_in_list2(const kx *x, size_t i, kg_wordlist list)
{
    if (i + 1 >= x->n || !kx_same_sentence(x, i, i + 1))
        return 0;
    char buf[160];
    size_t l1, l2;
    const char *a = kx_tok(x, i, &l1), *b = kx_tok(x, i + 1, &l2);
    if (l1 + l2 + 2 > sizeof buf)
        return 0;
    for (size_t k = 0; k < l1; k++)
        buf[k] = (char)((a[k] >= 'A' && a[k] <= 'Z') ? a[k] + 32 : a[k]);
    buf[l1] = ' ';
    for (size_t k = 0; k < l2; k++)
        buf[l1 + 1 + k] = (char)((b[k] >= 'A' && b[k] <= 'Z') ? b[k] + 32 : b[k]);
    return kg_lexicon_has(x->lx, list, buf, l1 + 1 + l2);
}

/* "members", "co-chairs", "Chairmen", "Secretaries": a title in the plural (the singular
 * in the titles list, after a "co-"/"vice-" prefix if any). */
int kx_is_plural_title(const kx *x, size_t i)
{
    if (i >= x->n)
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    char low[64];
    if (len < 4 || len >= sizeof low)
        return 0;
    size_t from = 0;
    if (len > 3 && (w[0] == 'c' || w[0] == 'C') && w[1] == 'o' && w[2] == '-')
        from = 3;
    else if (len > 5 && (w[0] == 'v' || w[0] == 'V') && strncmp(w + 1, "ice-", 4) == 0)
        from = 5;
    size_t n = 0;
    for (size_t k = from; k < len; k++)
        low[n++] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
    low[n] = '\0';
    if (n < 4)
        return 0;
    /* chairmen -> chairman, secretaries -> secretary, members -> member */
    if (n > 4 && strcmp(low + n - 3, "men") == 0) {
        low[n - 2] = 'a';
        return kg_lexicon_has(x->lx, KG_LIST_TITLES, low, n);
    }
    if (n > 4 && strcmp(low + n - 3, "ies") == 0) {
        low[n - 3] = 'y';
        return kg_lexicon_has(x->lx, KG_LIST_TITLES, low, n - 2);
    }
    if (low[n - 1] != 's' || low[n - 2] == 's')
        return 0;
    return kg_lexicon_has(x->lx, KG_LIST_TITLES, low, n - 1);
}

/* Whether "General" (or the rank word before it) at token i is a title: "Major General",
 * "Lieutenant General", "Brigadier General" (a rank of two words, each a title beside the
 * other); "Secretary General", "Attorney General" (the second word of a compound title);
 * "General Musharraf" (alone, before a surname no dictionary has). Before a word of English
 * or a head it names a body ("General Motors", "General Assembly", "General Staff"). */
static int general_is_title(const kx *x, size_t i)
{
    static const char *const rank[] = {"Major", "Lieutenant", "Brigadier", NULL};
    if (kx_is_any(x, i, rank))
        return kx_is(x, i + 1, "General") && kx_same_sentence(x, i, i + 1);
    if (!kx_is(x, i, "General"))
        return 0;
    int after_cap = i > 0 && kx_same_sentence(x, i - 1, i) && kx_is_cap(x, i - 1);
    if (after_cap && (kx_is_any(x, i - 1, rank) || kx_in_list(x, i - 1, KG_LIST_TITLES, 1)))
        return 1;
    return !after_cap && kx_is_cap(x, i + 1) && kx_same_sentence(x, i, i + 1) &&
           !kx_is_allcaps(x, i + 1) && !kx_in_list(x, i + 1, KG_LIST_COMMON_WORDS, 1) &&
           !kx_is_head(x, i + 1);
}

int kx_is_title(const kx *x, size_t i)
{
    if (!kx_is_word(x, i))
        return 0;
    if (kx_in_list(x, i, KG_LIST_TITLES, 1) || (x->title_acronym && x->title_acronym[i]))
        return 1;
    if (general_is_title(x, i))
        return 1;
    /* "Charge d'Affaires" written without its accent ("charge" alone is a word of English) */
    if (kx_is_ci(x, i, "charge") &&
        (kx_is_ci(x, i + 1, "d'affaires") || kx_is_ci(x, i + 1, "d\u2019affaires")))
        return 1;
    /* "Rep.", "Sen.", "Gen.": a title cut short, written with its full stop ("Sen" alone
     * is a surname as often) */
    static const char *const cut[] = {"Rep", "Sen", "Gov", "Gen", "Lt",   "Col", "Capt",
                                      "Sgt", "Adm", "Maj", "Amb", "Cmdr", "Dep", NULL};
    if (kx_is_any(x, i, cut) && kx_is(x, i + 1, ".") &&
        !(x->t->tokens[i + 1].flags & KG_TOKEN_SPACE_BEFORE))
        return 1;
    /* "Co-Chairman", "Vice-Chair", "ex-President": a prefixed title */
    size_t len;
    const char *w = kx_tok(x, i, &len);
    const char *h = memchr(w, '-', len);
    if (!h)
        return 0;
    size_t pre = (size_t)(h - w), rest = len - pre - 1;
    /* "Secretary-General", "Secretaries-General", "Attorney-General": a compound title */
    char first[32];
    if (pre > 0 && pre < sizeof first) {
        for (size_t k = 0; k < pre; k++)
            first[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
        if (kg_lexicon_has(x->lx, KG_LIST_TITLES, first, pre) ||
            (pre == 11 && memcmp(first, "secretaries", 11) == 0))
            return 1;
    }
    int prefix = (pre == 2 && (w[0] == 'C' || w[0] == 'c') && (w[1] == 'o')) ||
                 (pre == 2 && (w[0] == 'E' || w[0] == 'e') && w[1] == 'x') ||
                 (pre == 4 && (w[0] == 'V' || w[0] == 'v') && strncmp(w + 1, "ice", 3) == 0);
    char low[64];
    if (!prefix || rest == 0 || rest >= sizeof low)
        return 0;
    for (size_t k = 0; k < rest; k++)
        low[k] = (char)((h[1 + k] >= 'A' && h[1 + k] <= 'Z') ? h[1 + k] + 32 : h[1 + k]);
    return kg_lexicon_has(x->lx, KG_LIST_TITLES, low, rest);
}

int kx_is_head(const kx *x, size_t i)
{
    return kx_is_cap(x, i) && kx_in_list(x, i, KG_LIST_ORG_HEADS, 0);
}

/* "delivered opening remarks", "made a report", "gave a speech": a verb of giving with a
 * speech noun is a speech verb. */
static int gives_speech(const kx *x, size_t i)
{
    static const char *const verbs[] = {"delivered", "delivers", "made", "makes",
                                        "gave",      "gives",    NULL};
    static const char *const nouns[] = {"remarks",   "speech",     "address",       "report",
                                        "statement", "lecture",    "presentation",  "speeches",
                                        "reports",   "statements", "presentations", NULL};
    if (!kx_is_any(x, i, verbs))
        return 0;
    for (size_t j = i + 1; j < i + 4 && kx_same_sentence(x, i, j); j++)
        if (kx_is_any(x, j, nouns))
            return 1;
    return 0;
}

/* Whether the speech verb in -s at i ("states", "notes", "claims") is a plural noun instead:
 * "ten member states", "the notes". A verb follows its subject's name, a pronoun, a
 * comma, a quote or an adverb. */
static int is_plural_noun_reading(const kx *x, size_t i)
{
    static const char *const subjects[] = {"he",   "she",     "it",   "who",   "which", "that",
                                           "also", "further", "then", "still", "now",   NULL};
    size_t len;
    const char *w = kx_tok(x, i, &len);
    if (len < 3 || w[len - 1] != 's' || w[len - 2] == 's' || i == 0 ||
        !kx_same_sentence(x, i - 1, i))
        return 0;
    if (!kx_is_lower_word(x, i - 1) || kx_is_any_ci(x, i - 1, subjects))
        return 0;
    const char *p = kx_tok(x, i - 1, &len);
    return !(len > 2 && strncmp(p + len - 2, "ly", 2) == 0);
}

int kx_is_speech_verb(const kx *x, size_t i)
{
    return kx_is_lower_word(x, i) &&
           ((kx_in_list(x, i, KG_LIST_SPEECH_VERBS, 0) && !is_plural_noun_reading(x, i)) ||
            gives_speech(x, i));
}

int kx_is_determiner(const kx *x, size_t i)
{
    static const char *const dets[] = {"a",     "an",  "the", "this", "that",  "its",
                                       "their", "his", "her", "our",  "these", "those",
                                       "A",     "An",  "The", "This", NULL};
    return kx_is_any(x, i, dets) || (i < x->n && (x->t->tokens[i].flags & KG_TOKEN_POSSESSIVE));
}

int kx_is_sentence_start(const kx *x, size_t i)
{
    if (i >= x->n)
        return 0;
    const kg_sentence *s = &x->t->sentences[x->t->tokens[i].sentence];
    size_t k = s->first_token;
    while (k < i &&
           (x->t->tokens[k].kind == KG_TOKEN_QUOTE || x->t->tokens[k].kind == KG_TOKEN_PUNCT))
        k++;
    return k == i;
}

/* A capitalised word that is only capitalised because a sentence (or a quote) starts
 * with it: a common English word in lower case, not a known name. */
int kx_is_common_cap(const kx *x, size_t i)
{
    if (!kx_is_cap(x, i) || kx_is_allcaps(x, i))
        return 0;
    if (kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) || kx_in_list(x, i, KG_LIST_ORG_HEADS, 0))
        return 0;
    return kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
}

int kx_is_plural_noun(const kx *x, size_t i)
{
    if (i >= x->n || !kx_is_word(x, i))
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    char low[64];
    if (len < 4 || len >= sizeof low || w[len - 1] != 's' || w[len - 2] == 's' ||
        !kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1))
        return 0;
    /* the singular: the lower-cased word less its "s" (when lower case kept its length) */
    size_t n = kx_recase(w, len, KX_CASE_LOWER, low, sizeof low);
    return n == len && kg_lexicon_has(x->lx, KG_LIST_COMMON_WORDS, low, n - 1);
}

/* Words that are capitalised but never names on their own: months, weekdays, pronouns. */
int kx_is_stop_word(const kx *x, size_t i)
{
    static const char *const stops[] = {
        "January",   "February",  "March",   "April",    "May",      "June",   "July",
        "August",    "September", "October", "November", "December", "Monday", "Tuesday",
        "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday",   "I",      "Mr",
        "Mrs",       "Ms",        "Dr",      "Source",   "Photo",    "Read",   "Also",
        "According", "In",        "On",      "At",       "The",      "A",      "An",
        "This",      "That",      "These",   "Those",    "It",       "He",     "She",
        "They",      "We",        "You",     "His",      "Her",      "Their",  "Our",
        "My",        "Its",       "But",     "And",      "Or",       "If",     "As",
        NULL};
    if (kx_is_any(x, i, stops))
        return 1;
    return kx_is_honorific(x, i);
}

/* The lower-case words that join a surname: Arabic, Dutch, German, French, Italian,
 * Spanish and Portuguese ("bin Laden", "van der Bellen", "dos Santos", "del Castillo"). */
static int is_particle_word(const kx *x, size_t i)
{
    static const char *const particles[] = {"bin", "ibn", "bint", "ben", "van", "von", "ter",
                                            "de",  "da",  "di",   "du",  "des", "del", "della",
                                            "dos", "das", "al",   "el",  "abu", NULL};
    return i < x->n && kx_is_any(x, i, particles);
}

/* The lower-case words that follow a first particle: "van der", "van den", "de la". */
static int is_second_particle(const kx *x, size_t i)
{
    static const char *const seconds[] = {"der", "den", "la", "los", "las", NULL};
    return i < x->n && kx_is_any(x, i, seconds);
}

/* Whether token i is a surname that a particle and an apostrophe open, in one word:
 * "d'Escoto", "d’Estaing". */
static int apostrophe_particle(const char *w, size_t len)
{
    if (len >= 3 && w[0] == 'd' && w[1] == '\'')
        return w[2] >= 'A' && w[2] <= 'Z';
    /* U+2019, the typographic apostrophe: E2 80 99 */
    return len >= 5 && w[0] == 'd' && (unsigned char)w[1] == 0xE2 && (unsigned char)w[2] == 0x80 &&
           (unsigned char)w[3] == 0x99 && w[4] >= 'A' && w[4] <= 'Z';
}

int kx_is_name_particle(const kx *x, size_t i)
{
    if (i >= x->n || !kx_is_lower_word(x, i))
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    if (apostrophe_particle(w, len))
        return 1;
    const char *h = memchr(w, '-', len);
    if (h) /* "al-Assad" */
        return (h - w == 2 && (strncmp(w, "al", 2) == 0 || strncmp(w, "el", 2) == 0)) &&
               (size_t)(h - w) + 1 < len && h[1] >= 'A' && h[1] <= 'Z';
    /* "van der Bellen", "de la Rúa": two particles before the surname */
    size_t s = is_second_particle(x, i + 1) ? i + 2 : i + 1;
    return is_particle_word(x, i) && kx_is_cap(x, s) && !x->label[s] && !x->label[i + 1] &&
           kx_same_sentence(x, i, s);
}

size_t kx_name_particle_len(const kx *x, size_t i)
{
    if (!kx_is_name_particle(x, i))
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    if (kx_has_hyphen(x, i) || apostrophe_particle(w, len))
        return 1;
    return is_second_particle(x, i + 1) ? 3 : 2;
}

int kx_is_honorific(const kx *x, size_t i)
{
    /* with the styles of peers and knights ("Baroness Warsi", "Sir John X") and of royal
     * service ("HM Ambassador X") */
    static const char *const honorifics[] = {
        "Mr",  "Mrs",  "Ms",    "Dr",       "Prof", "Hon", "Lord",       "Lady",
        "Sir", "Dame", "Baron", "Baroness", "HM",   "HRH", "Excellency", NULL};
    if (kx_is_any(x, i, honorifics))
        return 1;
    /* "H.E." (His or Her Excellency) */
    size_t len;
    const char *w = kx_tok(x, i, &len);
    return (len == 4 && memcmp(w, "H.E.", 4) == 0) || (len == 3 && memcmp(w, "H.E", 3) == 0);
}

int kx_after_honorific(const kx *x, size_t i)
{
    if (i == 0 || !kx_same_sentence(x, i - 1, i))
        return 0;
    size_t h = kx_is(x, i - 1, ".") && i >= 2 && kx_same_sentence(x, i - 2, i) ? i - 2 : i - 1;
    return kx_is_honorific(x, h);
}

int kx_is_month(const kx *x, size_t i)
{
    static const char *const months[] = {"january",  "february", "march",  "april",     "may",
                                         "june",     "july",     "august", "september", "october",
                                         "november", "december", NULL};
    return kx_is_any_ci(x, i, months);
}

/* A stop word in any case: "OCTOBER". */
int kx_is_stop_word_ci(const kx *x, size_t i)
{
    return kx_is_month(x, i) || kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) || kx_is_stop_word(x, i);
}

/* Whether w[0..len) is a country's adjective formed from the country's name, as most are:
 * "Zimbabwean", "Ghanaian", "Kenyan", "Iraqi" (the name, less one to three letters or
 * with a final "a" or "o" restored or "c" written "que", is a country of the gazetteer, and the
 * word ends in -n or -i; -i follows a consonant only, as "Iraq-i", "Pakistan-i": a name ending in a
 * vowel takes -n, so "Tongai" is a given name, not "Tonga-i"). The list of demonyms covers
 * the irregular ones ("Dutch", "Kazakh"). */
static int adjective_of_country(const kx *x, const char *w, size_t len)
{
    if (len < 5 || len > 40 || (w[len - 1] != 'n' && w[len - 1] != 'i'))
        return 0;
    char buf[48];
    if (w[len - 1] == 'i') {
        char c = w[len - 2];
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y')
            return 0;
        const kg_place *p = kg_lexicon_place(x->lx, w, len - 1);
        return p && strcmp(p->kind, "country") == 0;
    }
    for (size_t cut = 1; cut <= 3 && len - cut >= 4; cut++) {
        size_t n = len - cut;
        memcpy(buf, w, n);
        /* the stem as it is, with a final "a" or "o" ("Mexic-an"), or its final "c" written
         * "que" ("Mozambic-an") */
        static const char *const ends[] = {"", "a", "o", NULL};
        for (size_t k = 0; ends[k]; k++) {
            size_t e = strlen(ends[k]);
            memcpy(buf + n, ends[k], e);
            const kg_place *p = kg_lexicon_place(x->lx, buf, n + e);
            if (p && strcmp(p->kind, "country") == 0)
                return 1;
        }
        if (buf[n - 1] == 'c') {
            memcpy(buf + n - 1, "que", 3);
            const kg_place *p = kg_lexicon_place(x->lx, buf, n + 2);
            if (p && strcmp(p->kind, "country") == 0)
                return 1;
        }
    }
    return 0;
}

/* Whether tokens a and a + 1 are two capitalised words of one sentence one space apart:
 * their text, "Sri Lankan", in *s and *n. */
static int two_word_span(const kx *x, size_t a, const char **s, size_t *n)
{
    if (a + 1 >= x->n || !kx_is_cap(x, a) || !kx_is_cap(x, a + 1) || kx_is_allcaps(x, a) ||
        kx_is_allcaps(x, a + 1) || !kx_same_sentence(x, a, a + 1))
        return 0;
    const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[a + 1];
    if (tb->start != ta->end + 1 || x->t->text[ta->end] != ' ')
        return 0;
    *s = x->t->text + ta->start;
    *n = tb->end - ta->start;
    return 1;
}

/* Whether token i is such an adjective, alone or with the word before or after it of a
 * country named in two words ("Sri Lankan"). */
static int derived_demonym(const kx *x, size_t i)
{
    if (i >= x->n || !kx_is_cap(x, i) || kx_is_allcaps(x, i))
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    if (adjective_of_country(x, w, len))
        return 1;
    /* of a country named in two words: "Sri Lankan", "Sierra Leonean", "Costa Rican" */
    const char *s;
    size_t n;
    return (i > 0 && two_word_span(x, i - 1, &s, &n) && adjective_of_country(x, s, n)) ||
           (two_word_span(x, i, &s, &n) && adjective_of_country(x, s, n));
}

int kx_is_demonym(const kx *x, size_t i)
{
    return kx_in_list(x, i, KG_LIST_DEMONYMS, 0) || derived_demonym(x, i);
}

/* A capitalised word that never stands for a name by itself: stop words and demonyms. */
int kx_is_stop_cap(const kx *x, size_t i)
{
    return kx_is_stop_word(x, i) || kx_is_demonym(x, i);
}

int kx_lower_title_before(const kx *x, size_t a)
{
    size_t t = a > 1 && kx_is(x, a - 1, ",") ? a - 2 : a - 1;
    return a > 0 && kx_is_title(x, t) && kx_is_lower_word(x, t) && kx_same_sentence(x, t, a);
}

int kx_is_based(const kx *x, size_t i)
{
    size_t len;
    const char *s = kx_tok(x, i, &len);
    return len > 6 && strncmp(s + len - 6, "-based", 6) == 0;
}

int kx_is_name_word(const kx *x, size_t i)
{
    if (!kx_is_cap(x, i) || kx_is_stop_cap(x, i) || kx_is_based(x, i))
        return 0;
    if (kx_is_sentence_start(x, i) && kx_is_common_cap(x, i))
        return 0;
    return 1;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n > m + 1 && strncmp(s + n - m, suf, m) == 0;
}

/* Whether token i is a capitalised word (not in capitals) ending in one of suffixes. */
static int name_ends_with_any(const kx *x, size_t i, const char *const *suffixes)
{
    if (!kx_is_cap(x, i) || kx_is_allcaps(x, i))
        return 0;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    for (size_t k = 0; suffixes[k]; k++)
        if (ends_with(s, len, suffixes[k]))
            return 1;
    return 0;
}

/* Surname endings common in the region: -ov/-ova, -ev/-eva, -in/-ina, -uly, -kyzy,
 * -bayev/-baev, -enko (Belarusian -enka), -ich (Ukrainian -vych), -sky, -yan, -dze, -shvili,
 * -zoda. */
int kx_has_surname_suffix(const kx *x, size_t i)
{
    static const char *const suffixes[] = {
        "ov",    "ova",   "ev",   "eva",  "yev",  "yeva",   "in",   "ina",   "yn",    "yna",
        "uly",   "ulu",   "kyzy", "qyzy", "kizi", "enko",   "ich",  "vich",  "sky",   "skiy",
        "skaya", "sky",   "yan",  "ian",  "dze",  "shvili", "zoda", "zade",  "iyev",  "iyeva",
        "ayev",  "ayeva", "aev",  "aeva", "bek",  "ovich",  "ovna", "evna",  "bayev", "baeva",
        "uulu",  "ski",   "ska",  "enka", "vych", "oglu",   "ogly", "zadeh", NULL};
    return name_ends_with_any(x, i, suffixes);
}

int kx_has_strong_surname_suffix(const kx *x, size_t i)
{
    static const char *const suffixes[] = {"ov",   "ova",  "ev",     "eva",  "ovich", "ovna",
                                           "evna", "uly",  "kyzy",   "qyzy", "uulu",  "enko",
                                           "dze",  "zoda", "shvili", "enka", "vych",  NULL};
    return name_ends_with_any(x, i, suffixes);
}

/* An ordinal written in digits: "2nd", "14th", "21st". */
int kx_is_ordinal(const kx *x, size_t i)
{
    if (i >= x->n || x->t->tokens[i].kind != KG_TOKEN_NUMBER)
        return 0;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (len < 3)
        return 0;
    const char *suf = s + len - 2;
    return strspn(s, "0123456789") == len - 2 &&
           (strncmp(suf, "st", 2) == 0 || strncmp(suf, "nd", 2) == 0 ||
            strncmp(suf, "rd", 2) == 0 || strncmp(suf, "th", 2) == 0);
}

const char *kx_event_kind(const kx *x, size_t i)
{
    size_t len;
    char low[32];
    if (!kx_is_word(x, i))
        return NULL;
    const char *w = kx_tok(x, i, &len);
    if (len >= sizeof low)
        return NULL;
    for (size_t k = 0; k < len; k++)
        low[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
    return kg_lexicon_event_kind(x->lx, low, len);
}

int kx_sentence_is_paragraph(const kx *x, size_t s)
{
    const kg_sentence *sen = &x->t->sentences[s];
    return (s == 0 || x->t->sentences[s - 1].paragraph != sen->paragraph) &&
           (s + 1 == x->t->n_sentences || x->t->sentences[s + 1].paragraph != sen->paragraph);
}

int kx_in_byline_window(const kx *x, size_t s)
{
    size_t last = x->t->n_paragraphs ? x->t->n_paragraphs - 1 : 0;
    size_t p = x->t->sentences[s].paragraph;
    return p <= 3 || p + 2 > last;
}

/* Whether token i holds a hyphen ("al-Assad"). */
int kx_has_hyphen(const kx *x, size_t i)
{
    if (i >= x->n)
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    return memchr(w, '-', len) != NULL;
}

/* Whether token i joins a lower-case word with a hyphen ("Syrian-backed", "pro-Kremlin"),
 * or opens in lower case: a modifier, not a name. */
int kx_has_lower_hyphen_part(const kx *x, size_t i)
{
    if (i >= x->n)
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    for (size_t k = 0; k + 1 < len; k++)
        if (w[k] == '-' && w[k + 1] >= 'a' && w[k + 1] <= 'z')
            return 1;
    return len > 0 && w[0] >= 'a' && w[0] <= 'z';
}

int kx_is_legal_form(const kx *x, size_t i)
{
    static const char *const forms[] = {"Inc", "Corp", "Co", "Ltd",  "Plc", "PLC", "LLC", "AG",
                                        "SA",  "SpA",  "NV", "GmbH", "AB",  "Bhd", "Pty", NULL};
    return kx_is_any(x, i, forms);
}

int kx_is_party_head(const kx *x, size_t i)
{
    static const char *const heads[] = {"Movement", "Front",     "Alliance", "Union",
                                        "Bloc",     "Coalition", "League",   "Congress",
                                        "Platform", "Rally",     "Party",    NULL};
    return kx_is_any(x, i, heads);
}

enum {
    SPELL_WORDS = 10,
    SPELL_LETTERS = 12
};

static int spells_word(const kx *x, size_t a, size_t k, size_t b, const char *acr, size_t alen,
                       size_t j, unsigned char memo[SPELL_WORDS + 1][SPELL_LETTERS + 1]);

/* Whether letters acr[j..] spell words [k, b) of the name, from word k on (see
 * kx_spells_acronym); word k is the (k - a)th of the name. memo holds the failures met
 * (1) by word and letter, so that the search is polynomial whatever the input. */
static int spells_from(const kx *x, size_t a, size_t k, size_t b, const char *acr, size_t alen,
                       size_t j, unsigned char memo[SPELL_WORDS + 1][SPELL_LETTERS + 1])
{
    if (k == b)
        return j == alen;
    if (memo[k - a][j])
        return 0;
    int ok = spells_word(x, a, k, b, acr, alen, j, memo);
    if (!ok)
        memo[k - a][j] = 1;
    return ok;
}

/* One step of spells_from: word k gives nothing (a connector in lower case), or its
 * initial and then letters from inside it. */
static int spells_word(const kx *x, size_t a, size_t k, size_t b, const char *acr, size_t alen,
                       size_t j, unsigned char memo[SPELL_WORDS + 1][SPELL_LETTERS + 1])
{
    size_t len;
    const char *w = kx_tok(x, k, &len);
    if (!kx_is_word(x, k))
        return spells_from(x, a, k + 1, b, acr, alen, j, memo);
    /* a connector in lower case may give its initial or nothing */
    if (!kx_is_cap(x, k) && spells_from(x, a, k + 1, b, acr, alen, j, memo))
        return 1;
    if (j >= alen || (w[0] | 0x20) != (acr[j] | 0x20))
        return 0;
    /* the initial, then letters from inside the word, in order ("FREnte", "pEople") */
    size_t jj = j + 1, p = 1;
    for (;;) {
        if (spells_from(x, a, k + 1, b, acr, alen, jj, memo))
            return 1;
        if (jj >= alen)
            return 0;
        while (p < len && (w[p] | 0x20) != (acr[jj] | 0x20))
            p++;
        if (p >= len)
            return 0;
        p++;
        jj++;
    }
}

int kx_spells_acronym(const kx *x, size_t a, size_t b, size_t acr)
{
    if (kx_spells_initials(x, a, b, acr))
        return 1;
    size_t alen;
    const char *as = kx_tok(x, acr, &alen);
    if (alen < 3 || alen > SPELL_LETTERS || b <= a || b - a > SPELL_WORDS)
        return 0;
    unsigned char memo[SPELL_WORDS + 1][SPELL_LETTERS + 1] = {{0}};
    return spells_from(x, a, a, b, as, alen, 0, memo);
}

/* (kx_tokens.h) */
int kx_spells_initials(const kx *x, size_t a, size_t b, size_t acr)
{
    size_t alen, n = 0;
    const char *as = kx_tok(x, acr, &alen);
    const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[b - 1];
    char *bare = kg_normalize_acronym(x->t->text + ta->start, tb->end - ta->start);
    int fits = strlen(bare) == alen && memcmp(bare, as, alen) == 0;
    free(bare);
    if (fits)
        return 1;
    /* every word's first letter, connectors included */
    for (size_t k = a; k < b; k++) {
        size_t len;
        const char *w = kx_tok(x, k, &len);
        if (!kx_is_word(x, k))
            continue;
        if (n >= alen || (w[0] | 0x20) != (as[n] | 0x20))
            return 0;
        n++;
    }
    return n == alen;
}
