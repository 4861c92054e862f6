/* kg_mentions: finds typed mentions in a tokenized document. Layered rules, strongest
 * evidence first: quoted names with an organisation noun, organisations around head nouns
 * and acronyms, people from given names, surname morphology and context, parties from
 * party cues, places from the gazetteer and region cues, then context-typed leftovers. */
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

int kx_same_sentence(const kx *x, size_t a, size_t b)
{
    return a < x->n && b < x->n && x->t->tokens[a].sentence == x->t->tokens[b].sentence;
}

/* Looks up token i (lower-cased when lower is set) in a word list. */
int kx_in_list(const kx *x, size_t i, kg_wordlist list, int lower)
{
    if (i >= x->n)
        return 0;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (!lower)
        return kg_lexicon_has(x->lx, list, s, len);
    char buf[128];
    if (len >= sizeof buf)
        return 0;
    size_t o = 0, k = 0;
    while (k < len) {
        uint32_t cp = kg_utf8_next(s, len, &k);
        o += kg_utf8_encode(kg_cp_to_lower(cp), buf + o);
    }
    return kg_lexicon_has(x->lx, list, buf, o);
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

int kx_is_title(const kx *x, size_t i)
{
    if (!kx_is_word(x, i))
        return 0;
    if (kx_in_list(x, i, KG_LIST_TITLES, 1))
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
            (pre > 3 && strncmp(first + pre - 3, "ies", 3) == 0 &&
             kg_lexicon_has(x->lx, KG_LIST_TITLES, "secretary", 9) && strncmp(first, "secretar", 8) == 0))
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

int kx_is_speech_verb(const kx *x, size_t i)
{
    return kx_is_lower_word(x, i) &&
           (kx_in_list(x, i, KG_LIST_SPEECH_VERBS, 0) || gives_speech(x, i));
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

/* Words that are capitalised but never names on their own: months, weekdays, pronouns. */
static int is_stop_word(const kx *x, size_t i)
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
    return kx_is_any(x, i, stops);
}

int kx_is_month(const kx *x, size_t i)
{
    static const char *const months[] = {"january",  "february", "march",  "april",     "may",
                                         "june",     "july",     "august", "september", "october",
                                         "november", "december", NULL};
    return kx_is_any_ci(x, i, months);
}

/* A stop word in any case: "OCTOBER". */
static int is_stop_word_ci(const kx *x, size_t i)
{
    return kx_is_month(x, i) || kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
}

/* A capitalised word that never stands for a name by itself: stop words and demonyms. */
static int is_stop_cap(const kx *x, size_t i)
{
    return is_stop_word(x, i) || kx_in_list(x, i, KG_LIST_DEMONYMS, 0);
}

/* A capitalised verb form in a title-case headline ("... Discussed in Moscow"): a common
 * word ending in -ed, or a speech verb. */
static int is_headline_verb(const kx *x, size_t i)
{
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (!kx_is_cap(x, i) || kx_is_allcaps(x, i))
        return 0;
    if (kx_in_list(x, i, KG_LIST_SPEECH_VERBS, 1))
        return 1;
    return len > 3 && strncmp(s + len - 2, "ed", 2) == 0 &&
           kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
}

int kx_in_headline(const kx *x, size_t i)
{
    if (i >= x->n)
        return 0;
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[i].sentence];
    /* a headline has no final period: "The 5th Caspian Energy Forum was held in Baku." is a
     * sentence full of names */
    if (sen->end_token > sen->first_token) {
        const kg_token *last = &x->t->tokens[sen->end_token - 1];
        char c = x->t->text[last->end - 1];
        if (c == '.' || c == '!' || c == '?') /* "... in Washington, D.C." too */
            return 0;
    }
    /* title case leaves only short function words in lower case: "As delivered by X to
     * the Council" is a byline, not a headline */
    static const char *const small[] = {"with", "from", "into", "over", "upon", "amid",
                                        "near", "onto", "than", "that", "amongst", NULL};
    size_t words = 0, caps = 0;
    for (size_t k = sen->first_token; k < sen->end_token; k++) {
        if (!kx_is_word(x, k) || x->t->tokens[k].end - x->t->tokens[k].start <= 3)
            continue;
        words++;
        if (kx_is_cap(x, k))
            caps++;
        else if (!kx_is_any(x, k, small))
            return 0;
    }
    /* the document's title line may be short: "Six Parties Enter Parliament" */
    size_t min_words = sen->paragraph == 0 ? 2 : 4;
    return words >= min_words && caps * 10 >= words * 8;
}

int kx_is_headline_common(const kx *x, size_t i)
{
    return kx_is_cap(x, i) && !kx_is_allcaps(x, i) && kx_in_headline(x, i) &&
           !kx_in_list(x, i, KG_LIST_ORG_HEADS, 0) && kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
}

int kx_is_based(const kx *x, size_t i)
{
    size_t len;
    const char *s = kx_tok(x, i, &len);
    return len > 6 && strncmp(s + len - 6, "-based", 6) == 0;
}

int kx_is_name_word(const kx *x, size_t i)
{
    if (!kx_is_cap(x, i) || is_stop_cap(x, i) || kx_is_based(x, i))
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

/* Surname endings common in the region: -ov/-ova, -ev/-eva, -in/-ina, -uly, -kyzy,
 * -bayev/-baev, -enko, -ich, -sky, -yan, -dze, -shvili, -zoda. */
int kx_has_surname_suffix(const kx *x, size_t i)
{
    static const char *const suffixes[] = {
        "ov",   "ova",  "ev",    "eva",   "yev",   "yeva", "in",   "ina",    "yn",
        "yna",  "uly",  "ulu",   "kyzy",  "qyzy",  "kizi", "enko", "ich",    "vich",
        "sky",  "skiy", "skaya", "sky",   "yan",   "ian",  "dze",  "shvili", "zoda",
        "zade", "iyev", "iyeva", "ayev",  "ayeva", "aev",  "aeva", "bek",    "ovich",
        "ovna", "evna", "bayev", "baeva", "uulu",  "ski",  "ska",  NULL};
    if (!kx_is_cap(x, i) || kx_is_allcaps(x, i))
        return 0;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    for (size_t k = 0; suffixes[k]; k++)
        if (ends_with(s, len, suffixes[k]))
            return 1;
    return 0;
}

/* An ordinal written in digits: "2nd", "14th", "21st". */
static int is_ordinal(const kx *x, size_t i)
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

/* ---- spans and labels ---------------------------------------------------------------- */

int kx_free_span(const kx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (i >= x->n || x->label[i])
            return 0;
    return 1;
}

size_t kx_add_mention(kx *x, size_t a, size_t b, kg_entity_type type)
{
    kg_extraction *e = x->out;
    KG_GROW(e->mentions, e->cap_mentions, e->n_mentions + 1);
    kg_x_mention *m = &e->mentions[e->n_mentions];
    *m = (kg_x_mention){
        .tok_start = a,
        .tok_end = b,
        .start = x->t->tokens[a].start,
        .end = x->t->tokens[b - 1].end,
        .sentence = x->t->tokens[a].sentence,
        .entity = (size_t)-1,
        .type = type,
    };
    for (size_t i = a; i < b; i++)
        if (!x->label[i])
            x->label[i] = e->n_mentions + 1;
    return e->n_mentions++;
}

/* The gazetteer place that spans tokens [i, i+k) for the largest k <= 6, or NULL. */
const kg_place *kx_place_at(const kx *x, size_t i, size_t *len)
{
    if (!kx_is_cap(x, i))
        return NULL;
    for (size_t k = 6; k >= 1; k--) {
        size_t j = i + k - 1;
        if (j >= x->n || !kx_same_sentence(x, i, j) || !kx_is_word(x, j))
            continue;
        const kg_token *a = &x->t->tokens[i], *b = &x->t->tokens[j];
        const kg_place *p = kg_lexicon_place(x->lx, x->t->text + a->start, b->end - a->start);
        if (p) {
            *len = k;
            return p;
        }
    }
    return NULL;
}

static int is_connector(const kx *x, size_t i)
{
    return kx_is(x, i, "of") || kx_is(x, i, "for") || kx_is(x, i, "on") || kx_is(x, i, "and") ||
           kx_is(x, i, "&") || kx_is(x, i, "de");
}

/* Whether a head noun ends a run of at most max capitalised words from j: "Senate
 * [Foreign Relations] Committee" is one name. */
static int next_head_within(const kx *x, size_t j, size_t max)
{
    for (size_t k = j; k < j + max + 1 && k < x->n && kx_same_sentence(x, j, k); k++) {
        if (!kx_is_cap(x, k) || x->label[k] || kx_is_title(x, k) || is_stop_word(x, k) ||
            kx_in_list(x, k, KG_LIST_GIVEN_NAMES, 0) || kx_is_headline_common(x, k))
            return 0;
        if (kx_is_head(x, k))
            return k > j;
    }
    return 0;
}

/* Whether a second organisation starts at i after "and": its head noun comes first ("the
 * Ministry of X and Ministry of Y", "and the Senate"). Otherwise the words after "and" go on
 * the first name: "Coalition for Democracy and Civil Society". */
static int starts_with_head(const kx *x, size_t i)
{
    if (kx_is(x, i, "the"))
        i++;
    return kx_is_head(x, i);
}

/* Extends an organisation name rightwards from end over capitalised words and the
 * connectors of institutional names ("of", "for", "on", "and", "of the", "in the ...");
 * returns the new end. */
static size_t extend_org_right(const kx *x, size_t start, size_t end)
{
    int has_on = 0, has_of = 0, after_connector = 0;
    for (;;) {
        size_t j = end;
        /* a title's modifier after a name word starts the holder's title, not more name:
         * "Department of State Deputy Assistant Secretary X" */
        if (after_connector && j > start && !is_connector(x, j - 1) && !kx_is(x, j - 1, "the") &&
            (kx_is(x, j, "Deputy") || kx_is(x, j, "Assistant") || kx_is(x, j, "Acting") ||
             kx_is(x, j, "Principal") || kx_is(x, j, "Vice")))
            break;
        /* right after a head noun only another head or an acronym continues the name
         * ("European Commission Lukas Maurer" is an organisation and a person) */
        if (kx_is_cap(x, j) && x->label[j] == 0 && !is_headline_verb(x, j) && !is_stop_word(x, j) &&
            !kx_is_headline_common(x, j) && !kx_in_list(x, j, KG_LIST_GIVEN_NAMES, 0) &&
            (after_connector || ((kx_is_head(x, j) || kx_is_allcaps(x, j)) && !kx_is_title(x, j)) ||
             next_head_within(x, j, 3))) {
            if (kx_is_head(x, j))
                after_connector = 0;
            end = j + 1;
            continue;
        }
        if (!kx_same_sentence(x, start, j))
            break;
        size_t k = j;
        /* "the U.S. Mission to Kazakhstan", "Permanent Delegation to the OSCE" */
        int mission_to = kx_is(x, k, "to") && k > 0 &&
                         (kx_is(x, k - 1, "Mission") || kx_is(x, k - 1, "Delegation") ||
                          kx_is(x, k - 1, "Representation"));
        if (is_connector(x, k) || mission_to) {
            if (kx_is(x, k, "on") || kx_is(x, k, "for"))
                has_on = has_of = 1;
            if ((kx_is(x, k, "and") || kx_is(x, k, "&")) && (starts_with_head(x, k + 1) || !has_of))
                break; /* "the Ministry of X and Ministry of Y", "Mazhilis and Maslikhats" */
            if (kx_is(x, k, "of"))
                has_of = 1;
            k++;
            if (kx_is(x, k, "the"))
                k++;
        } else if (kx_is(x, k, "in") && k > 0 && kx_is(x, k - 1, "Mission") &&
                   kx_is_cap(x, k + 1)) {
            /* "the USAID Mission in Uzbekistan": a mission is named by where it serves */
            size_t plen;
            const kg_place *p = kx_place_at(x, k + 1, &plen);
            if (!p || strcmp(p->kind, "country") != 0)
                break;
            k++;
        } else if (kx_is(x, k, "in") && has_of && (kx_is(x, k + 1, "the") || kx_is_cap(x, k + 1))) {
            /* "... for Security and Cooperation in Europe", "... in the Former Soviet
             * Union" name a world region and belong to the name; "in Moscow", "in the
             * Republic of X" say where the organisation is */
            size_t plen, at = kx_is(x, k + 1, "the") ? k + 2 : k + 1;
            const kg_place *p = kx_place_at(x, at, &plen);
            if (p ? strcmp(p->kind, "continent") != 0 : at == k + 1)
                break;
            k = at;
        } else if (kx_is(x, k, ",") && has_on && kx_is_cap(x, k + 1)) {
            /* "Committee on A, B, and C" */
            k++;
        } else if (kx_is(x, k, ",") && has_on && kx_is(x, k + 1, "and") && kx_is_cap(x, k + 2)) {
            k += 2;
        } else {
            break;
        }
        if (!kx_is_cap(x, k) || x->label[k] || is_stop_word(x, k) || is_headline_verb(x, k) ||
            !kx_same_sentence(x, j, k))
            break;
        end = k;
        after_connector = 1;
    }
    return end;
}

/* Splits an organisation span at "of the"/"of" before a second head noun or acronym
 * ("Institute of China and Modern Asia of the Russian Academy of Sciences"); records the
 * parts as mentions and the part-of relation; returns the first part's mention. */
static size_t add_org_chain(kx *x, size_t a, size_t b)
{
    int seen_head = 0;
    for (size_t j = a; j < b; j++) {
        int head = kx_is_head(x, j) || kx_is_allcaps(x, j);
        /* split "A of the B" only: "Academy of Public Administration" is one name */
        if (head && seen_head) {
            /* back from the second head over its name to the "of" that joins the two */
            size_t i = j;
            while (i > a && (kx_is_cap(x, i - 1) || kx_is(x, i - 1, "the")) &&
                   !(kx_is_head(x, i - 1) && i - 1 < j))
                i--;
            if (i > a + 1 && kx_is(x, i - 1, "of") && (kx_is(x, i, "the") || kx_is_allcaps(x, i))) {
                size_t k = i;
                if (kx_is(x, k, "the"))
                    k++;
                size_t first = kx_add_mention(x, a, i - 1, KG_ORGANISATION);
                size_t second = add_org_chain(x, k, b);
                kx_add_part_of(x, first, second, a, b);
                return first;
            }
        }
        if (head)
            seen_head = 1;
    }
    size_t m = kx_add_mention(x, a, b, KG_ORGANISATION);
    /* "OSCE Office of Democratic Institutions": the acronym in front is the parent body */
    size_t plen;
    /* "Senate Foreign Relations Committee": a body named in front is the parent too */
    int head_in_front =
        b > a + 2 && kx_is_head(x, a) && kx_is_head(x, b - 1) && !is_connector(x, a + 1);
    if (b > a + 2 && (kx_is_allcaps(x, a) || head_in_front) && !kx_is_allcaps(x, a + 1) &&
        !kx_place_at(x, a, &plen)) {
        size_t parent = kx_add_mention(x, a, a + 1, KG_ORGANISATION);
        kx_add_part_of(x, m, parent, a, b);
    }
    return m;
}

/* ---- passes ---------------------------------------------------------------------------- */

/* Quoted names next to an organisation or party noun: the "Kasip Korgan" trade union,
 * the platform "KISI GPS: Gylym. Pikir. Sayasat". */
static void find_quoted_names(kx *x)
{
    for (size_t i = 0; i + 2 < x->n; i++) {
        if (x->t->tokens[i].kind != KG_TOKEN_QUOTE || !kx_is_cap(x, i + 1))
            continue;
        size_t close = i + 1;
        while (close < x->n && close < i + 10 && x->t->tokens[close].kind != KG_TOKEN_QUOTE &&
               !(x->t->tokens[close].flags & KG_TOKEN_LINE_BEFORE))
            close++;
        if (close >= x->n || x->t->tokens[close].kind != KG_TOKEN_QUOTE || close == i + 1)
            continue;
        /* the last word before the closing quote must be capitalised: a name, not a phrase */
        size_t last = close - 1;
        while (last > i && x->t->tokens[last].kind == KG_TOKEN_PUNCT)
            last--;
        if (!kx_is_cap(x, last))
            continue;
        int party = 0, org = 0;
        size_t noun = close + 1;
        /* one adjective may stand between: the "Sayasat" analytical center */
        if (kx_is_lower_word(x, noun) && !kx_in_list(x, noun, KG_LIST_ORG_NOUNS, 1) &&
            !kx_in_list2(x, noun, KG_LIST_ORG_NOUNS) &&
            (kx_in_list(x, noun + 1, KG_LIST_ORG_NOUNS, 1) || kx_is_ci(x, noun + 1, "party")))
            noun++;
        if (kx_is_ci(x, noun, "party") || (i > 0 && kx_is_ci(x, i - 1, "party")))
            party = 1;
        else if (kx_in_list(x, noun, KG_LIST_ORG_NOUNS, 1) ||
                 kx_in_list2(x, noun, KG_LIST_ORG_NOUNS) ||
                 (i > 0 && kx_is_lower_word(x, i - 1) &&
                  (kx_in_list(x, i - 1, KG_LIST_ORG_NOUNS, 1))))
            org = 1;
        if (!party && !org)
            continue;
        if (!kx_free_span(x, i + 1, last + 1))
            continue;
        size_t m = kx_add_mention(x, i + 1, last + 1, party ? KG_PARTY : KG_ORGANISATION);
        if (!party && kx_in_list2(x, noun, KG_LIST_ORG_NOUNS))
            kx_note_noun_alias(x, m, close + 1, noun + 2);
        else if (!party && kx_in_list(x, noun, KG_LIST_ORG_NOUNS, 1))
            kx_note_noun_alias(x, m, close + 1, noun + 1);
        i = close;
    }
}

/* A bare apostrophe that makes a plural possessive ("Investors’"). */
static int is_plural_possessive(const kx *x, size_t i)
{
    const kg_token *t = &x->t->tokens[i];
    return (t->flags & KG_TOKEN_POSSESSIVE) && x->t->text[t->start] != 's' &&
           x->t->text[t->end - 1] != 's' && x->t->text[t->end - 1] != 'S';
}

/* Whether token i is letters, a hyphen and digits ("COVID-19", room "B-318"), or a
 * legislator's party and state ("D-FL"): no body's name. */
static int numbered_word(const kx *x, size_t i)
{
    size_t len;
    const char *w = kx_tok(x, i, &len);
    const char *h = memchr(w, '-', len);
    /* "(D-FL)", "(R-TX)": a legislator's party and state */
    if (h && h - w == 1 && len == 4 && w[2] >= 'A' && w[2] <= 'Z' && w[3] >= 'A' && w[3] <= 'Z')
        return 1;
    if (!h || (size_t)(h - w) + 1 >= len)
        return 0;
    /* "COVID-19" (four letters or more), "B-318" (one letter, three digits or more); "G-20"
     * names a group */
    if (!(h - w >= 4 || (h - w == 1 && len - 2 >= 3)))
        return 0;
    for (const char *c = h + 1; c < w + len; c++)
        if (*c < '0' || *c > '9')
            return 0;
    return 1;
}

/* Words that end the name of a building or a square: a venue, a place. */
int kx_is_venue_word(const kx *x, size_t i)
{
    static const char *const venues[] = {"Building", "Hall", "Palace", "Square", "Stadium",
                                         "Arena",    "Tower", NULL};
    return kx_is_any(x, i, venues);
}

/* Whether the head at h of a name starting at a is an event noun used for a meeting: after
 * an ordinal ("the 5th Congress"), after "party" ("the party Congress"), with a meeting's
 * modifier ("the Extraordinary Congress") or of a party ("Congress of the X Party"). */
static int is_event_head(const kx *x, size_t h, size_t a)
{
    size_t len;
    const char *w = kx_tok(x, h, &len);
    char low[32];
    if (len >= sizeof low)
        return 0;
    for (size_t k = 0; k < len; k++)
        low[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
    if (!kg_lexicon_event_kind(x->lx, low, len))
        return 0;
    static const char *const mods[] = {"Extraordinary", "Founding", "Constituent", "Regular",
                                       "Reporting",     "Annual",   NULL};
    if (a > 0 && (is_ordinal(x, a - 1) || kx_is_ci(x, a - 1, "party")))
        return 1;
    if (a < h && kx_is_any(x, a, mods))
        return 1;
    size_t o = h + 1;
    if (!kx_is(x, o, "of"))
        return 0;
    o += kx_is(x, o + 1, "the") ? 2 : 1;
    for (size_t k = o; k < o + 6 && kx_same_sentence(x, h, k) && kx_is_cap(x, k); k++)
        if (kx_is_ci(x, k, "party"))
            return 1;
    return 0;
}

/* Organisations: a head noun with the capitalised words around it, acronyms, and names
 * followed by an organisation noun ("the Zhezkazgan Vestnik newspaper"). */
static void find_organisations(kx *x)
{
    for (size_t h = 0; h < x->n; h++) {
        if (x->label[h] || !kx_is_head(x, h) || kx_in_event_title(x, h))
            continue;
        if (kx_is_sentence_start(x, h) && kx_is_common_cap(x, h) && !kx_is_cap(x, h + 1) &&
            !is_connector(x, h + 1))
            continue;
        size_t a = h;
        for (;;) {
            /* "the Foreign Investors’ Council": a plural possessive inside the name */
            if (a > 1 && a == h && is_plural_possessive(x, a - 1) && kx_is_cap(x, a - 2) &&
                !x->label[a - 2])
                a--;
            if (!(a > 0 && kx_same_sentence(x, a - 1, h) && kx_is_cap(x, a - 1) &&
                  !x->label[a - 1] && !kx_is_title(x, a - 1) && !kx_is_based(x, a - 1) &&
                  !kx_in_list(x, a - 1, KG_LIST_GIVEN_NAMES, 0) &&
                  !(kx_is_sentence_start(x, a - 1) && kx_is_common_cap(x, a - 1)) &&
                  !kx_is(x, a - 1, "The") && !kx_is(x, a - 1, "A")))
                break;
            a--;
        }
        /* "Information and Analytical Center": a coordinated modifier before the head */
        if (a > 1 && a < h + 1 && kx_is(x, a - 1, "and") && kx_is_cap(x, a - 2) &&
            !x->label[a - 2] && !kx_is_title(x, a - 2) && !is_stop_word(x, a - 2)) {
            /* "Afghan National Defense and Security Forces": the words before "and" too */
            size_t c = a - 2;
            while (c > 0 && kx_same_sentence(x, c - 1, h) && kx_is_cap(x, c - 1) &&
                   !x->label[c - 1] && !kx_is_title(x, c - 1) && !is_stop_word(x, c - 1) &&
                   !kx_in_list(x, c - 1, KG_LIST_GIVEN_NAMES, 0) &&
                   !(kx_is_sentence_start(x, c - 1) && kx_is_common_cap(x, c - 1)))
                c--;
            if (c == 0 || kx_is(x, c - 1, "the") || kx_is(x, c - 1, "of") ||
                kx_is_sentence_start(x, c) || !kx_is_cap(x, c - 1) ||
                (kx_is_sentence_start(x, c - 1) && kx_is_common_cap(x, c - 1)))
                a = c;
        }
        /* "the 5th Congress of the Party", "the party congress", "the Extraordinary
         * Congress": a head that is also an event noun, numbered or a party's, names the
         * meeting (kg_events.c), not a body */
        if (is_event_head(x, h, a))
            continue;
        /* "the 2nd Andijan District Electoral Commission": the number belongs to the name */
        if (a > 0 && a < h && is_ordinal(x, a - 1) && !x->label[a - 1])
            a--;
        size_t b = extend_org_right(x, a, h + 1);
        while (b > h + 1 && (is_connector(x, b - 1) || kx_is(x, b - 1, "the")))
            b--;
        /* "Council Approves Budget": a head noun alone in a headline names nothing, nor
         * does one with only the headline's capitalised common words ("New Party Enters
         * Regional Parliament") */
        if (kx_in_headline(x, h)) {
            int proper = 0;
            for (size_t k = a; k < b; k++)
                proper |= !kx_is_head(x, k) && kx_is_cap(x, k) && !kx_is_headline_common(x, k);
            if (!proper)
                continue;
        }
        /* "the Rayburn House Office Building", "the Palace of Independence": a building
         * named after a body is a place (find_places) */
        if (kx_is_venue_word(x, b) || kx_is_venue_word(x, b - 1))
            continue;
        /* "Russian Federation": a country's name is the place's */
        size_t plen;
        const kg_place *country = kx_place_at(x, a, &plen);
        if (country && a + plen == b && strcmp(country->kind, "country") == 0)
            continue;
        size_t m = add_org_chain(x, a, b);
        /* "the Karaganda Herald newspaper": the kind after the name is part of an alias */
        if (kx_is_lower_word(x, b) && kx_same_sentence(x, a, b)) {
            if (kx_in_list2(x, b, KG_LIST_ORG_NOUNS))
                kx_note_noun_alias(x, m, b, b + 2);
            else if (kx_in_list(x, b, KG_LIST_ORG_NOUNS, 0))
                kx_note_noun_alias(x, m, b, b + 1);
        }
        h = b - 1;
    }
    /* acronyms: runs of all-capital words, three letters or more (or followed by another) */
    for (size_t i = 0; i < x->n; i++) {
        /* a title in capitals ("Tcell CEO X") names an office, not a body; a word in
         * capitals with a number after a hyphen ("COVID-19") names a disease or a thing */
        if (x->label[i] || !kx_is_allcaps(x, i) || kx_is_title(x, i) || numbered_word(x, i) ||
            (x->capital_line && x->capital_line[i]) || kx_in_event_title(x, i))
            continue;
        size_t plen;
        if (kx_place_at(x, i, &plen))
            continue;
        size_t b = i;
        while (b < x->n && kx_is_allcaps(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        size_t len;
        kx_tok(x, i, &len);
        if (b == i + 1 && len < 3)
            continue;
        if (b - i > 3) { /* an upper-case headline, not an acronym */
            i = b - 1;
            continue;
        }
        if (b == i + 1 && is_stop_word_ci(x, i))
            continue;
        /* roman numerals are not acronyms */
        const char *s = kx_tok(x, i, &len);
        if (b == i + 1 && strspn(s, "IVXLCM") == len)
            continue;
        /* "Kazakhstan Temir Zholy (KTZ)": a name whose initials the acronym spells */
        if (b == i + 1 && i >= 2 && kx_is(x, i - 1, "(") && kx_is(x, i + 1, ")") &&
            !x->label[i - 2] && kx_is_cap(x, i - 2)) {
            size_t a = i - 1;
            while (a > 0 && kx_is_cap(x, a - 1) && !x->label[a - 1] &&
                   kx_same_sentence(x, a - 1, i) && !is_stop_cap(x, a - 1) &&
                   !kx_is_title(x, a - 1))
                a--;
            /* (a name may be missing: a title or stop word before the bracket) */
            int spells = 0;
            if (a + 1 < i) {
                const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[i - 2];
                char *acr = kg_normalize_acronym(x->t->text + ta->start, tb->end - ta->start);
                size_t alen;
                const char *as = kx_tok(x, i, &alen);
                spells = strlen(acr) == alen && memcmp(acr, as, alen) == 0;
                free(acr);
            }
            if (spells) {
                size_t m = kx_add_mention(x, a, i - 1, KG_ORGANISATION);
                kx_note_alias_span(x, m, i, i + 1, "acronym in parentheses");
                x->label[i] = m + 1;
                continue;
            }
        }
        /* "Social Democratic Party of Kyrgyzstan (SPDK)": the acronym is an alias */
        if (b == i + 1 && i >= 2 && kx_is(x, i - 1, "(") && kx_is(x, i + 1, ")") &&
            x->label[i - 2]) {
            size_t owner = x->label[i - 2] - 1;
            kg_entity_type t = x->out->mentions[owner].type;
            if (t == KG_ORGANISATION || t == KG_PARTY) {
                kx_note_alias_span(x, owner, i, i + 1, "acronym in parentheses");
                x->label[i] = owner + 1;
                continue;
            }
        }
        kx_add_mention(x, i, b, KG_ORGANISATION);
        i = b - 1;
    }
    /* a capitalised name followed by an organisation noun */
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_name_word(x, i))
            continue;
        size_t b = i;
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        int two = kx_in_list2(x, b, KG_LIST_ORG_NOUNS);
        if (!kx_same_sentence(x, i, b) || kx_is_ci(x, b, "party") ||
            !(two || (kx_is_lower_word(x, b) && kx_in_list(x, b, KG_LIST_ORG_NOUNS, 0))))
            continue;
        /* a person's name before an organisation noun is the person's, not the noun's */
        if (kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0))
            continue;
        size_t m = kx_add_mention(x, i, b, KG_ORGANISATION);
        kx_note_noun_alias(x, m, b, b + (two ? 2 : 1));
        i = b - 1;
    }
}

/* "al-Assad", "bin Laden", "van Gogh": a lower-case particle that starts a surname, with
 * the capitalised rest joined by a hyphen or following it. */
static int is_name_particle(const kx *x, size_t i)
{
    static const char *const particles[] = {"bin", "ibn", "van", "von", "de", "da", "di", "du",
                                            "al",  "el",  "abu", NULL};
    size_t len;
    const char *w = kx_tok(x, i, &len);
    if (i >= x->n || !kx_is_lower_word(x, i))
        return 0;
    const char *h = memchr(w, '-', len);
    if (h) /* "al-Assad" */
        return (h - w == 2 && (strncmp(w, "al", 2) == 0 || strncmp(w, "el", 2) == 0)) &&
               (size_t)(h - w) + 1 < len && h[1] >= 'A' && h[1] <= 'Z';
    return kx_is_any(x, i, particles) && kx_is_cap(x, i + 1) && !x->label[i + 1] &&
           kx_same_sentence(x, i, i + 1);
}

/* People: a given name followed by a capitalised word, or a capitalised word followed by a
 * surname with the region's morphology. */
static void find_people(kx *x)
{
    for (size_t i = 0; i + 1 < x->n; i++) {
        /* a title that is also a given name ("Dean") after a title phrase is the given name:
         * "Assistant Secretary for South and Central Asia Dean Thompson" */
        int given_title = kx_is_title(x, i) && kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) && i > 0 &&
                          kx_is_cap(x, i - 1) && !kx_is_title(x, i - 1) &&
                          kx_same_sentence(x, i - 1, i);
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i) || is_stop_cap(x, i) ||
            (kx_is_title(x, i) && !given_title) || kx_is_head(x, i))
            continue;
        size_t j = i + 1;
        if (kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) && is_name_particle(x, j) && !x->label[j] &&
            kx_same_sentence(x, i, j)) {
            size_t plen2;
            size_t e = memchr(kx_tok(x, j, &plen2), '-', plen2) ? j + 1 : j + 2;
            kx_add_mention(x, i, e, KG_PERSON);
            i = e - 1;
            continue;
        }
        if (!kx_same_sentence(x, i, j) || !kx_is_cap(x, j) || x->label[j] || kx_is_head(x, j) ||
            kx_is_allcaps(x, j) || is_stop_cap(x, j) || kx_is_title(x, j))
            continue;
        size_t plen;
        int given = kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0);
        int surname = kx_has_surname_suffix(x, j);
        /* "Alcee L. Hastings": a name, an initial and a name are a person whatever the
         * given name */
        if (!given && x->t->tokens[j].end - x->t->tokens[j].start == 1 && kx_is(x, j + 1, ".") &&
            kx_is_cap(x, j + 2) && !x->label[j + 2] && !kx_is_head(x, j + 2) &&
            x->t->tokens[j + 2].end - x->t->tokens[j + 2].start >= 3 &&
            !kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) && !kx_place_at(x, i, &plen) &&
            !kx_in_list(x, j + 2, KG_LIST_COMMON_WORDS, 1) && kx_same_sentence(x, i, j + 2)) {
            kx_add_mention(x, i, j + 3, KG_PERSON);
            i = j + 2;
            continue;
        }
        if (!given) {
            const kg_place *p = kx_place_at(x, i, &plen);
            /* a town may share a given name ("Raya"), and so may a one-word region before a
             * surname of the region's morphology ("Lola Bobokhojieva"); a country does not */
            int region_ok = p && plen == 1 && strcmp(p->kind, "region") == 0 &&
                            kx_has_surname_suffix(x, j) && !kx_is_cap(x, j + 1);
            if (!surname || (p && strcmp(p->kind, "city") != 0 && !region_ok) ||
                kx_is_common_cap(x, i))
                continue;
        }
        if (kx_place_at(x, j, &plen) && !surname && plen == 1 && !given)
            continue;
        size_t b = j + 1;
        /* "Antony J. Blinken" with the initial right after the given name */
        if (given && x->t->tokens[j].end - x->t->tokens[j].start == 1 && kx_is(x, j + 1, ".") &&
            kx_is_cap(x, j + 2) && !x->label[j + 2] && !kx_is_head(x, j + 2)) {
            kx_add_mention(x, i, j + 3, KG_PERSON);
            i = j + 2;
            continue;
        }
        /* a third part: patronymic, double surname, "kyzy"/"uulu", or a middle name */
        if (kx_same_sentence(x, i, b) && kx_is_cap(x, b) && !x->label[b] && !kx_is_head(x, b) &&
            !kx_is_title(x, b) && !is_stop_cap(x, b) && !kx_is_allcaps(x, b)) {
            size_t pl3;
            const kg_place *p3 = kx_place_at(x, b, &pl3);
            if (kx_has_surname_suffix(x, b) || kx_is(x, b, "Kyzy") || kx_is(x, b, "Uulu") ||
                kx_is(x, b, "Uly") || kx_is(x, b, "Kizi") || kx_is(x, b, "Qizi") ||
                (given && !surname && !kx_is_common_cap(x, b) &&
                 (!p3 || strcmp(p3->kind, "city") == 0)) ||
                (given && kx_in_list(x, j, KG_LIST_GIVEN_NAMES, 0) && !p3 &&
                 !kx_is_cap(x, b + 1)))
                b++; /* "Aaron David Miller": two given names, then the surname */
        }
        /* "Bashar al-Assad", "Osama bin Laden": a particle in lower case joins the surname */
        if (given && b == j + 1 && kx_same_sentence(x, i, b) && is_name_particle(x, b))
            b += kx_is_word(x, b) && memchr(kx_tok(x, b, &plen), '-', plen) ? 1 : 2;
        /* "Nurlanbek Turgunbek uulu": the patronymic particle in lower case */
        if (kx_same_sentence(x, i, b) &&
            (kx_is(x, b, "uulu") || kx_is(x, b, "kyzy") || kx_is(x, b, "uly") ||
             kx_is(x, b, "kizi") || kx_is(x, b, "qizi") || kx_is(x, b, "ugli") ||
             kx_is(x, b, "ogly")))
            b++;
        kx_add_mention(x, i, b, KG_PERSON);
        i = b - 1;
    }
}

/* Whether token i repeats the last word of a person mention of at least min_words words:
 * with 2, the surname of a person the document names in full, whom resolution links it to;
 * with 1, also a person named by title and surname alone ("Secretary Kerry"). */
static int is_surname_of(const kx *x, size_t i, size_t min_words)
{
    size_t len, l2;
    const char *w = kx_tok(x, i, &len);
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
        if (m->type != KG_PERSON || m->tok_end - m->tok_start < min_words)
            continue;
        const char *last = kx_tok(x, m->tok_end - 1, &l2);
        if (l2 == len && memcmp(last, w, len) == 0)
            return 1;
    }
    return 0;
}

static int is_known_surname(const kx *x, size_t i)
{
    return is_surname_of(x, i, 2);
}

/* Whether token i comes right after a capitalised title phrase: "Secretary Kerry",
 * "Secretary of State Kerry", "Speaker of Parliament Zandanshatar". */
int kx_after_title(const kx *x, size_t i)
{
    if (i == 0 || !kx_same_sentence(x, i - 1, i))
        return 0;
    if (kx_is_title(x, i - 1) && kx_is_cap(x, i - 1))
        return 1;
    /* what the title is of: common words or a name found already, not a given name */
    size_t k = i;
    while (k > 0 && i - k < 4 && kx_is_cap(x, k - 1) && !kx_is_title(x, k - 1) &&
           (x->label[k - 1] || kx_in_list(x, k - 1, KG_LIST_COMMON_WORDS, 1)))
        k--;
    if (k < i && k >= 3 && kx_is(x, k - 1, "the"))
        k--; /* "Speaker of the Mongolian Parliament Zandanshatar" */
    return k < i && k >= 2 && (kx_is(x, k - 1, "of") || kx_is(x, k - 1, "for")) &&
           kx_is_title(x, k - 2) && kx_is_cap(x, k - 2) && kx_same_sentence(x, k - 2, i);
}

/* "President Tokayev", "Ambassador Rosenblum", "Secretary of State Kerry": a capitalised
 * title and one word, with the region's surname morphology or no word of English or of
 * the gazetteer's countries (a person whose given name the text does not give). */
static void find_titled_surnames(kx *x)
{
    for (size_t i = 1; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i) ||
            (kx_is_cap(x, i + 1) && !kx_is_headline_common(x, i + 1)) || kx_is_common_cap(x, i) ||
            !kx_same_sentence(x, i - 1, i))
            continue;
        size_t plen;
        const kg_place *p = kx_place_at(x, i, &plen);
        if (kx_has_surname_suffix(x, i) && kx_is_title(x, i - 1) && kx_is_cap(x, i - 1)) {
            if (p || is_known_surname(x, i))
                continue;
        } else if (x->t->tokens[i].end - x->t->tokens[i].start == 1 && kx_after_title(x, i) &&
                   kx_is(x, i + 1, ".") && kx_is_cap(x, i + 2) && !x->label[i + 2] &&
                   !kx_is_cap(x, i + 3) && !kx_is_common_cap(x, i + 2) &&
                   kx_same_sentence(x, i, i + 2)) {
            /* "President U. Khurelsukh": an initial and the surname */
            kx_add_mention(x, i, i + 3, KG_PERSON);
            i += 2;
            continue;
        } else if (x->t->tokens[i].end - x->t->tokens[i].start < 2 || !kx_after_title(x, i) ||
                   (p && strcmp(p->kind, "country") == 0) ||
                   kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) ||
                   kx_in_list(x, i, KG_LIST_DEMONYMS, 0) ||
                   kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) || kx_is_head(x, i) ||
                   kx_is_title(x, i) || is_stop_word(x, i) || is_known_surname(x, i)) {
            continue;
        }
        kx_add_mention(x, i, i + 1, KG_PERSON);
    }
}

/* Parties: "X party", "the X Party", "party X", "party, X,". */
static void find_parties(kx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        if (!kx_is_ci(x, i, "party"))
            continue;
        if (kx_is(x, i, "Party") && i > 0 && kx_is_cap(x, i - 1) && !x->label[i - 1]) {
            size_t a = i;
            while (a > 0 && kx_is_cap(x, a - 1) && !x->label[a - 1] &&
                   kx_same_sentence(x, a - 1, i) && !is_stop_cap(x, a - 1) &&
                   !(kx_is_sentence_start(x, a - 1) && kx_is_common_cap(x, a - 1)))
                a--;
            size_t b = i + 1;
            size_t of_the = kx_is(x, b + 1, "the") ? 1 : 0; /* "Party of the Russian Federation" */
            if (kx_is(x, b, "of") && kx_is_cap(x, b + 1 + of_the)) {
                b += 2 + of_the;
                while (kx_is_cap(x, b) && kx_same_sentence(x, i, b) && !x->label[b])
                    b++;
            }
            if (a < i)
                kx_add_mention(x, a, b, KG_PARTY);
            continue;
        }
        /* X party, X (Y) party */
        size_t e = i;
        size_t paren_a = 0, paren_b = 0;
        if (e > 0 && kx_is(x, e - 1, ")")) {
            size_t o = e - 1;
            while (o > 0 && !kx_is(x, o, "(") && o + 8 > e)
                o--;
            if (kx_is(x, o, "(")) {
                paren_a = o + 1;
                paren_b = e - 1;
                e = o;
            }
        }
        size_t a = e;
        while (a > 0 && kx_is_cap(x, a - 1) && kx_same_sentence(x, a - 1, i) &&
               !is_stop_cap(x, a - 1) &&
               !(kx_is_sentence_start(x, a - 1) && kx_is_common_cap(x, a - 1)))
            a--;
        if (a < e) {
            if (!kx_free_span(x, a, e)) {
                size_t m = x->label[a] - 1;
                if (x->label[a] && x->out->mentions[m].tok_start == a &&
                    x->out->mentions[m].tok_end == e)
                    x->out->mentions[m].type = KG_PARTY; /* "Respublica party": a party */
                continue;
            }
            size_t m = kx_add_mention(x, a, e, KG_PARTY);
            if (paren_b > paren_a && kx_is_cap(x, paren_a)) {
                kx_note_alias_span(x, m, paren_a, paren_b, "translation");
                kx_note_alias_span(x, m, a, paren_b + 1, "translation");
                for (size_t k = paren_a; k < paren_b; k++)
                    x->label[k] = m + 1;
            }
            kx_note_alias_span(x, m, a, i + 1, "party cue");
            continue;
        }
        /* party, X / party X */
        size_t k = i + 1;
        if (kx_is(x, k, ","))
            k++;
        if (kx_is_name_word(x, k) && !x->label[k] && kx_same_sentence(x, i, k)) {
            size_t b = k;
            while (kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
                b++;
            kx_add_mention(x, k, b, KG_PARTY);
        }
    }
}

/* Places: gazetteer matches, and "X region/district/oblast/province". */
static void find_places(kx *x)
{
    static const char *const cues[] = {"region",   "Region",   "district", "District", "oblast",
                                       "Oblast",   "province", "Province", "oblys",    "city",
                                       "town",     "village",  "Building", "Hall",     "Palace",
                                       "Square",   "Stadium",  "Arena",    "Tower",    NULL};
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i))
            continue;
        size_t b = i, plen = 0;
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b) &&
               !is_stop_cap(x, b) && !kx_is_head(x, b))
            b++;
        int cue = 0;
        for (size_t k = 0; cues[k] && b > i; k++)
            if (kx_is(x, b, cues[k]) && kx_same_sentence(x, i, b))
                cue = 1;
        if (!cue && b > i + 1)
            for (size_t k = 0; cues[k]; k++)
                if (kx_is(x, b - 1, cues[k])) {
                    cue = 1; /* "Ulytau Region": the cue is part of the run */
                    b--;
                }
        if (cue && !(kx_is_sentence_start(x, i) && kx_is_common_cap(x, i) && b == i + 1)) {
            size_t from = i > 0 && is_ordinal(x, i - 1) && !x->label[i - 1] ? i - 1 : i;
            size_t m = kx_add_mention(x, from, b + 1, KG_PLACE);
            (void)m;
            i = b;
            continue;
        }
        /* "the Rayburn House Office Building": a venue word ends the capitalised run, over
         * the heads inside it */
        size_t v = i;
        while (v < x->n && v < i + 6 && kx_is_cap(x, v) && !x->label[v] &&
               kx_same_sentence(x, i, v) && !kx_is_venue_word(x, v))
            v++;
        if (v > i && kx_is_venue_word(x, v) && !x->label[v] && kx_same_sentence(x, i, v) &&
            !(kx_is_sentence_start(x, i) && kx_is_common_cap(x, i) && v == i + 1)) {
            kx_add_mention(x, i, v + 1, KG_PLACE);
            i = v;
            continue;
        }
        /* "the Palace of Independence", "the Hall of Columns": a venue named of something */
        if (kx_is_venue_word(x, i) && kx_is(x, i + 1, "of") && kx_same_sentence(x, i, i + 2)) {
            size_t o = i + 2 + (kx_is(x, i + 2, "the") ? 1 : 0), e = o;
            while (e < x->n && kx_is_cap(x, e) && !x->label[e] && kx_same_sentence(x, i, e))
                e++;
            if (e > o) {
                kx_add_mention(x, i, e, KG_PLACE);
                i = e - 1;
                continue;
            }
        }
        const kg_place *p = kx_place_at(x, i, &plen);
        /* "Secretary Kerry ... thanked Kerry": a person's surname, not the county */
        if (p && plen == 1 && strcmp(p->kind, "country") != 0 && is_surname_of(x, i, 1))
            p = NULL;
        /* a one-word town right after a capitalised title or another name word is a
         * surname: "Wendy Sherman", "Chairman Kerry" */
        if (p && plen == 1 && strcmp(p->kind, "country") != 0 && i > 0 && kx_is_cap(x, i - 1) &&
            !x->label[i - 1] && kx_same_sentence(x, i - 1, i) && !is_stop_cap(x, i - 1) &&
            (kx_is_title(x, i - 1) ||
             (strcmp(p->kind, "city") == 0 && !kx_in_list(x, i - 1, KG_LIST_COMMON_WORDS, 1) &&
              !kx_in_list(x, i - 1, KG_LIST_DEMONYMS, 0))))
            p = NULL;
        /* one word that is also a demonym or a common word ("Kazakh", "Central") is a
         * place only when it is a country */
        if (p && plen == 1 && strcmp(p->kind, "country") != 0 &&
            (kx_in_list(x, i, KG_LIST_DEMONYMS, 0) || kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1)))
            p = NULL;
        if (p && kx_free_span(x, i, i + plen)) {
            size_t m = kx_add_mention(x, i, i + plen, KG_PLACE);
            kx_set_place(x, m, p);
            i += plen - 1;
        }
    }
}

/* Leftover capitalised names typed by their context: "Chairwoman of the Dialogue" (an
 * organisation after "title of"), "X, director of ..." and "Ambassador X" (people). */
static void find_by_context(kx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_name_word(x, i) || kx_is_title(x, i) || kx_is_allcaps(x, i))
            continue;
        size_t b = i;
        /* a title-case headline capitalises its verbs and prepositions: "Secretary Kerry
         * Meets With ..." names Kerry */
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b) &&
               !is_stop_cap(x, b) && !kx_is_title(x, b) && !(b > i && kx_is_headline_common(x, b)))
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
            "State",   "Defense",   "Defence", "Energy",   "Commerce",       "Labor",
            "Labour",  "Agriculture", "Health", "Education", "Interior",     "Treasury",
            "Justice", "Finance",   "Transportation", "Transport", NULL};
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
        if (b - i < 2 || b - i > 3)
            continue;
        /* "X Y, <title>" or "X Y, a <title>" or "<Title> X Y" or "X Y said" */
        size_t after = b;
        int person = 0;
        if (kx_is(x, after, ",")) {
            size_t t = after + 1;
            if (kx_is_ci(x, t, "a") || kx_is_ci(x, t, "an") || kx_is_ci(x, t, "the") ||
                kx_is_ci(x, t, "former"))
                t++;
            if (kx_is_title(x, t))
                person = 1;
        }
        /* "Ambassador X Y"; "Chargé d'Affaires X Y", whose last title word is elided */
        if (i > 0 && kx_is_title(x, i - 1) &&
            (kx_is_cap(x, i - 1) || (i > 1 && kx_is_title(x, i - 2) && kx_is_cap(x, i - 2))))
            person = 1;
        /* "opposition leader X Y", "the Kremlin spokesman X Y": a lower-case title right
         * before a name whose words are neither heads nor places */
        if (i > 0 && kx_is_title(x, i - 1) && kx_is_lower_word(x, i - 1) && b - i == 2 &&
            !kx_is_head(x, i) && !kx_is_head(x, i + 1)) {
            size_t pl;
            if (!kx_place_at(x, i, &pl) && !kx_place_at(x, i + 1, &pl))
                person = 1;
        }
        /* "the President of the European Bank for Reconstruction and Development X Y",
         * "the Minister for Foreign Affairs of Latvia X Y": a title, then what it is of,
         * then the name */
        if (!person && i > 1 && (x->label[i - 1] || (kx_is(x, i - 1, ")") && x->label[i - 2])) &&
            !kx_is_common_cap(x, i)) {
            for (size_t back = i; back > 0 && back + 14 > i; back--) {
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
        if (person && !all_common) {
            kx_add_mention(x, i, b, KG_PERSON);
            i = b - 1;
        }
    }
}

/* "Tcell CEO X", "Gazprom Chairman X": an unknown capitalised name right before a person's
 * title names the body the title is of. */
static void find_bodies_before_titles(kx *x)
{
    size_t n_mentions = x->out->n_mentions;
    for (size_t k = 0; k < n_mentions; k++) {
        const kg_x_mention *m = &x->out->mentions[k];
        size_t t = m->tok_start;
        if (m->type != KG_PERSON || t < 2 || !kx_is_title(x, t - 1) || !kx_is_cap(x, t - 1))
            continue;
        size_t b = t - 1, a = b;
        while (a > 0 && b - a < 3 && kx_is_cap(x, a - 1) && !x->label[a - 1] &&
               !kx_is_title(x, a - 1) && !kx_in_list(x, a - 1, KG_LIST_COMMON_WORDS, 1) &&
               !kx_in_list(x, a - 1, KG_LIST_GIVEN_NAMES, 0) &&
               !kx_in_list(x, a - 1, KG_LIST_DEMONYMS, 0) && !is_stop_word(x, a - 1) &&
               kx_same_sentence(x, a - 1, t))
            a--;
        if (a < b && !kx_in_headline(x, a))
            kx_add_mention(x, a, b, KG_ORGANISATION);
    }
}

/* "James S. Gilmore III", "Martin Luther King Jr.": a generational suffix ends the name. */
static void extend_generational_suffixes(kx *x)
{
    static const char *const suffixes[] = {"Jr", "Sr", "II", "III", "IV", NULL};
    for (size_t k = 0; k < x->out->n_mentions; k++) {
        kg_x_mention *m = &x->out->mentions[k];
        size_t j = m->tok_end;
        if (m->type != KG_PERSON || m->tok_end - m->tok_start < 2 || j >= x->n ||
            x->label[j] || !kx_same_sentence(x, m->tok_start, j) || !kx_is_any(x, j, suffixes))
            continue;
        size_t end = j + 1;
        /* "Jr." keeps its stop unless the stop ends the sentence */
        if (kx_is(x, end, ".") && kx_same_sentence(x, j, end + 1) && !kx_is(x, j, "II") &&
            !kx_is(x, j, "III") && !kx_is(x, j, "IV"))
            end++;
        x->label[j] = k + 1;
        if (end > j + 1)
            x->label[j + 1] = k + 1;
        m->tok_end = end;
        m->end = x->t->tokens[end - 1].end;
    }
}

void kx_find_mentions(kx *x)
{
    find_quoted_names(x);
    find_parties(x);
    find_people(x);
    find_organisations(x);
    find_titled_surnames(x);
    find_places(x);
    find_by_context(x);
    find_bodies_before_titles(x);
    extend_generational_suffixes(x);
}
