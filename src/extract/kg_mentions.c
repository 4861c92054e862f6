/* kg_mentions: finds typed mentions in a tokenized document. Layered rules, strongest
 * evidence first: quoted names with an organisation noun and organisations around head
 * nouns and acronyms (kx_orgs.c), people from given names, surname morphology and context,
 * parties from party cues, places from the gazetteer and region cues, then context-typed
 * leftovers. The typing pass (kx_typing.c) then weighs all of it per name. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "../text/kg_utf8.h"
#include "kg_extract_internal.h"
#include "kg_strhash.h"
#include "kx_surnames.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
    if (!x->sentence_last)
        x->sentence_last = kg_xcalloc(x->t->n_sentences + 1, sizeof *x->sentence_last);
    KG_GROW(x->mention_prev, x->cap_mention_prev, e->n_mentions + 1);
    x->mention_prev[e->n_mentions] = x->sentence_last[m->sentence];
    x->sentence_last[m->sentence] = e->n_mentions + 1;
    return e->n_mentions++;
}

void kx_extend_mention(kx *x, size_t mention, size_t b)
{
    kg_x_mention *m = &x->out->mentions[mention];
    for (size_t i = m->tok_end; i < b; i++)
        if (!x->label[i])
            x->label[i] = mention + 1;
    m->tok_end = b;
    m->end = x->t->tokens[b - 1].end;
}

/* kx_place_at without the cache: the gazetteer place that spans tokens [i, i+k) for the
 * largest k <= 6, or NULL. */
static const kg_place *find_place_at(const kx *x, size_t i, size_t *len)
{
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

const kg_place *kx_place_at(const kx *x, size_t i, size_t *len)
{
    if (!kx_is_cap(x, i))
        return NULL;
    if (!x->place_at)
        return find_place_at(x, i, len);
    if (x->place_at_len[i] == 0xFF) {
        size_t n = 0;
        x->place_at[i] = find_place_at(x, i, &n);
        x->place_at_len[i] = x->place_at[i] ? (unsigned char)n : 0;
    }
    if (x->place_at[i])
        *len = x->place_at_len[i];
    return x->place_at[i];
}

/* Whether a title set off by a comma opens at token k: ", U.S. Deputy Chief of Mission",
 * ", Ambassador of X" (an apposition that says who the name before is). */
static int given_then_title(const kx *x, size_t k)
{
    if (!kx_is(x, k, ","))
        return 0;
    for (size_t t = k + 1; t < x->n && t < k + 4 && kx_same_sentence(x, k, t); t++)
        if (kx_is_title(x, t) && kx_is_cap(x, t))
            return 1;
    return 0;
}

/* People: a given name followed by a capitalised word, or a capitalised word followed by a
 * surname with the region's morphology. */
/* Marks [a, b), a person's name before a head noun, as part of the organisation name that
 * kx_find_organisations reads from the head back (x->eponym). */
static void eponyms_before_head(kx *x, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        x->eponym[k] = 1;
}

/* Whether a reporting verb ("reports", "says") comes within four words after token k, in
 * its sentence, past the place the reporter is in ("in Belgrade reports"). */
static int reporting_verb_follows(const kx *x, size_t k)
{
    for (size_t v = k; v < x->n && v < k + 4 && kx_same_sentence(x, k - 1, v); v++)
        if (kx_is_speech_verb(x, v) || kx_is(x, v, "reports") || kx_is(x, v, "reported"))
            return 1;
    return 0;
}

static void find_people(kx *x)
{
    for (size_t i = 0; i + 1 < x->n; i++) {
        /* a title that is also a given name ("Dean") after a title phrase is the given name:
         * "Assistant Secretary for South and Central Asia Dean Thompson" */
        int given_title = kx_is_title(x, i) && kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) && i > 0 &&
                          kx_is_cap(x, i - 1) && !kx_is_title(x, i - 1) &&
                          kx_same_sentence(x, i - 1, i);
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i) || kx_is_stop_cap(x, i) ||
            (kx_is_title(x, i) && !given_title) || kx_is_head(x, i))
            continue;
        size_t j = i + 1;
        /* "Maria da Costa", "Gilbert da Costa" (a given name that is also a town); not "Rio
         * de Janeiro" (a place in full), nor a town named after a place ("Santiago de
         * Chile", "Victoria de Durango") or where something is ("in Rosario de la X") */
        if (kx_is_name_particle(x, j) && !x->label[j] && kx_same_sentence(x, i, j)) {
            static const char *const where[] = {"in", "to", "from", "near", "at", "of", NULL};
            size_t e = j + kx_name_particle_len(x, j), plen = 0, slen = 0;
            int given =
                kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) ||
                (kx_in_list(x, i, KG_LIST_GIVEN_PLACES, 0) &&
                 !(kx_place_at(x, i, &plen) && plen >= e - i) && !kx_place_at(x, e - 1, &slen) &&
                 !(i > 0 && kx_is_any(x, i - 1, where) && kx_same_sentence(x, i - 1, i)));
            if (given) {
                kx_add_mention(x, i, e, KG_PERSON);
                i = e - 1;
                continue;
            }
        }
        static const char *const roman[] = {"I", "V", "X", NULL};
        /* "Susan A. Thornton": a given name, an initial and a surname, the initial even when
         * it is a word too ("A", "I"), which the checks below refuse as a name word */
        if (kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0) &&
            x->t->tokens[j].end - x->t->tokens[j].start == 1 && kx_is_cap(x, j) &&
            kx_is(x, j + 1, ".") && kx_is_cap(x, j + 2) && !x->label[j + 2] &&
            !kx_is_head(x, j + 2) && !kx_is_title(x, j + 2) && !kx_is_stop_cap(x, j + 2) &&
            x->t->tokens[j + 2].end - x->t->tokens[j + 2].start >= 2 &&
            kx_same_sentence(x, i, j + 2) &&
            /* "Queen Elizabeth I. Historians say": a regnal numeral ends the sentence */
            !(kx_is_any(x, j, roman) && kx_in_list(x, j + 2, KG_LIST_COMMON_WORDS, 1))) {
            kx_add_mention(x, i, j + 3, KG_PERSON);
            i = j + 2;
            continue;
        }
        /* the title's verb is no surname: "Jonathan Congratulates Buhari" (a byline further
         * on has a title's shape too: "-- Harry Milling, New York Energy Desk") */
        /* ... unless a title opens the name and nothing capitalised follows it: "Remarks by
         * Ambassador Allan Mustard" */
        int titled_end = i > 0 && kx_is_title(x, i - 1) && kx_same_sentence(x, i - 1, i) &&
                         (!kx_same_sentence(x, j, j + 1) || !kx_is_cap(x, j + 1));
        if (!kx_same_sentence(x, i, j) || !kx_is_cap(x, j) || x->label[j] || kx_is_head(x, j) ||
            kx_is_allcaps(x, j) || kx_is_stop_cap(x, j) || kx_is_title(x, j) ||
            (kx_is_headline_common(x, j) && !titled_end &&
             x->t->sentences[x->t->tokens[j].sentence].paragraph == 0))
            continue;
        size_t plen;
        int given = kx_in_list(x, i, KG_LIST_GIVEN_NAMES, 0);
        int surname = kx_has_surname_suffix(x, j);
        /* "VOA's Barry Wood in Belgrade reports": after an outlet's possessive, a reporter's
         * surname may be a word of English too, when the reporting verb follows ("the
         * EU's Paris Agreement commitments" name no one) */
        int after_body_s = i > 1 && (x->t->tokens[i - 1].flags & KG_TOKEN_POSSESSIVE) &&
                           kx_is_allcaps(x, i - 2) && kx_same_sentence(x, i - 2, i) &&
                           !kx_is_head(x, j) && reporting_verb_follows(x, j + 1);
        /* "Leo Docherty", "Florence Brooks": a given name that is also a town, before a word
         * that can only be a surname (no word of English, no place, demonym or head), or
         * before a given name when a title is apposed ("Kyle Scott, Deputy Chief of X") */
        if (!given && kx_in_list(x, i, KG_LIST_GIVEN_PLACES, 0) &&
            x->t->tokens[j].end - x->t->tokens[j].start >= 3 &&
            (!kx_in_list(x, j, KG_LIST_COMMON_WORDS, 1) || after_body_s) &&
            !kx_place_at(x, j, &plen) && !kx_is_demonym(x, j) &&
            (!kx_in_list(x, j, KG_LIST_GIVEN_NAMES, 0) || given_then_title(x, j + 1)) &&
            !(i > 0 && kx_same_sentence(x, i - 1, i) && kx_is_cap(x, i - 1))) {
            const kg_place *town = kx_place_at(x, i, &plen);
            given = !town || strcmp(town->kind, "country") != 0;
        }
        /* "said legislator Johnstone Muthama", "opposition leader Sam Rainsy": after a
         * title in lower case, two name words (the second no word of English, no place) are
         * a person's whatever the first */
        /* and "Hamas leaders like X", "officials such as X", "members, including X" (roles
         * of people: "advisers such as Goldman Sachs" may be firms) */
        static const char *const people_roles[] = {
            "leaders",   "members",   "officials",  "politicians", "lawmakers", "legislators",
            "ministers", "activists", "founders",   "candidates",  "spokesmen", "deputies",
            "MPs",       "figures",   "dissidents", NULL};
        size_t tl = i;
        if (i > 1 && (kx_is(x, i - 1, "like") || kx_is(x, i - 1, "including")))
            tl = i - 1;
        else if (i > 2 && kx_is(x, i - 1, "as") && kx_is(x, i - 2, "such"))
            tl = i - 2;
        if (tl < i && tl > 1 && kx_is(x, tl - 1, ","))
            tl--;
        if (!given && tl < i && kx_is_any(x, tl - 1, people_roles) &&
            kx_same_sentence(x, tl - 1, i))
            tl--;
        else
            tl = i - (i > 0);
        if (!given && i > 0 && (kx_is_title(x, tl) || kx_is_plural_title(x, tl)) &&
            kx_is_lower_word(x, tl) && kx_same_sentence(x, tl, i) &&
            x->t->tokens[j].end - x->t->tokens[j].start >= 3 &&
            !kx_in_list(x, j, KG_LIST_COMMON_WORDS, 1) && !kx_place_at(x, j, &plen) &&
            !kx_is_demonym(x, j) && !kx_is_common_cap(x, i) &&
            !(kx_place_at(x, i, &plen) && plen > 1))
            given = 1;
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
            /* a word of English capitalised inside a running sentence, before a surname of
             * the region's morphology, is a given name the lists lack: "Head of the Unit
             * Asset Makhmetov"; at a sentence's start or in a headline it is just a word */
            /* (not a plural of English, which ends a title's body: "Minister of Foreign
             * Affairs Meredov") */
            int given_by_shape = surname && kx_has_strong_surname_suffix(x, j) && i > 0 &&
                                 kx_same_sentence(x, i - 1, i) && !kx_in_headline(x, i) &&
                                 !kx_is_determiner(x, i - 1) && !kx_place_at(x, j, &plen) &&
                                 !kx_is_plural_noun(x, i);
            if (!surname || (p && strcmp(p->kind, "city") != 0 && !region_ok) ||
                (kx_is_common_cap(x, i) && !given_by_shape))
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
            !kx_is_title(x, b) && !kx_is_stop_cap(x, b) && !kx_is_allcaps(x, b)) {
            size_t pl3;
            const kg_place *p3 = kx_place_at(x, b, &pl3);
            if (kx_has_surname_suffix(x, b) || kx_is(x, b, "Kyzy") || kx_is(x, b, "Uulu") ||
                kx_is(x, b, "Uly") || kx_is(x, b, "Kizi") || kx_is(x, b, "Qizi") ||
                (given && !surname && !kx_is_common_cap(x, b) &&
                 (!p3 || strcmp(p3->kind, "city") == 0)) ||
                (given && kx_in_list(x, j, KG_LIST_GIVEN_NAMES, 0) && !p3 && !kx_is_cap(x, b + 1)))
                b++; /* "Aaron David Miller": two given names, then the surname */
        }
        /* "Bashar al-Assad", "Osama bin Laden": a particle in lower case joins the surname */
        if (given && b == j + 1 && kx_same_sentence(x, i, b))
            b += kx_name_particle_len(x, b);
        /* "Nurlanbek Turgunbek uulu": the patronymic particle in lower case */
        if (kx_same_sentence(x, i, b) &&
            (kx_is(x, b, "uulu") || kx_is(x, b, "kyzy") || kx_is(x, b, "uly") ||
             kx_is(x, b, "kizi") || kx_is(x, b, "qizi") || kx_is(x, b, "ugli") ||
             kx_is(x, b, "ogly")))
            b++;
        /* "George Mason University", "Woodrow Wilson Center": a person's name before a head
         * noun names the body after them; the organisation finder takes the whole */
        if (kx_same_sentence(x, i, b) && kx_is_head(x, b) && !x->label[b] && !kx_is_title(x, b)) {
            eponyms_before_head(x, i, b);
            i = b - 1;
            continue;
        }
        kx_add_mention(x, i, b, KG_PERSON);
        i = b - 1;
    }
}

/* Whether token i repeats the last word of a person mention of two words or more: the
 * surname of a person the document names in full, whom resolution links it to (with one
 * word, kx_surnames_has also counts a person named by title and surname alone: "Secretary
 * Kerry"). */
static int is_known_surname(kx_surnames *sn, const kx *x, size_t i)
{
    return kx_surnames_has(sn, x, i, 2);
}

/* Whether token i is an elided word capitalised after its apostrophe ("d'Affaires",
 * "d’Affaires"). */
static int capital_after_elision(const kx *x, size_t i)
{
    size_t len;
    const char *w = kx_tok(x, i, &len);
    size_t k = len >= 2 && w[1] == '\'' ? 2 : len >= 4 && memcmp(w + 1, "\u2019", 3) == 0 ? 4 : 0;
    return k && k < len && w[k] >= 'A' && w[k] <= 'Z';
}

/* Whether token i comes right after a capitalised title phrase: "Secretary Kerry",
 * "Secretary of State Kerry", "Speaker of Parliament Zandanshatar". */
int kx_after_title(const kx *x, size_t i)
{
    if (i == 0 || !kx_same_sentence(x, i - 1, i))
        return 0;
    /* a capitalised title, or a title phrase that opens with one ("Chargé d'Affaires");
     * "d'Affaires" is capitalised after its elision ("Charge d'Affaires" has no accent to
     * make "Charge" a title) */
    if (kx_is_title(x, i - 1) &&
        (kx_is_cap(x, i - 1) || capital_after_elision(x, i - 1) ||
         (i > 1 && kx_is_title(x, i - 2) && kx_is_cap(x, i - 2) && kx_same_sentence(x, i - 2, i))))
        return 1;
    if (kx_after_honorific(x, i))
        return 1;
    /* what the title is of: a body found already ("State Secretary of Ministry of Foreign
     * Affairs of Mongolia Ankhbayar") */
    if (x->label[i - 1] && x->out->mentions[x->label[i - 1] - 1].type == KG_ORGANISATION &&
        x->out->mentions[x->label[i - 1] - 1].tok_end == i) {
        size_t s0 = x->out->mentions[x->label[i - 1] - 1].tok_start;
        if (s0 >= 3 && kx_is(x, s0 - 1, "the"))
            s0--;
        if (s0 >= 2 && (kx_is(x, s0 - 1, "of") || kx_is(x, s0 - 1, "for")) &&
            kx_is_title(x, s0 - 2) && kx_is_cap(x, s0 - 2) && kx_same_sentence(x, s0 - 2, i))
            return 1;
    }
    /* common words or a name found already, not a given name */
    size_t k = i;
    while (k > 0 && i - k < 4 && kx_is_cap(x, k - 1) && !kx_is_title(x, k - 1) &&
           (x->label[k - 1] || kx_in_list(x, k - 1, KG_LIST_COMMON_WORDS, 1)))
        k--;
    if (k < i && k >= 3 && kx_is(x, k - 1, "the"))
        k--; /* "Speaker of the Mongolian Parliament Zandanshatar" */
    return k < i && k >= 2 && (kx_is(x, k - 1, "of") || kx_is(x, k - 1, "for")) &&
           kx_is_title(x, k - 2) && kx_is_cap(x, k - 2) && kx_same_sentence(x, k - 2, i);
}

/* Whether the word at i, of English or not, is a surname by where it stands: right after a
 * title (in the same sentence) and before a verb of speech, a possessive or a colon:
 * "Ambassador Gross said", "President Bush's visit", "Chargé d'Affaires Fuller: Statement";
 * not "Ambassador Extraordinary and Plenipotentiary" nor a list's "groups including Citizen
 * Solidarity, ...", nor what qualifies a title ("President Elect said"). */
static int surname_by_place(const kx *x, size_t i)
{
    static const char *const title_modifiers[] = {"Elect",   "Designate", "Emeritus",
                                                  "General", "Interim",   NULL};
    return kx_same_sentence(x, i - 1, i) && !kx_is_any(x, i, title_modifiers) &&
           ((kx_is_title(x, i - 1) && (kx_is_cap(x, i - 1) || capital_after_elision(x, i - 1))) ||
            kx_after_honorific(x, i)) &&
           (kx_is(x, i + 1, ":") ||
            (!kx_in_headline(x, i) &&
             ((i + 1 < x->n && (x->t->tokens[i + 1].flags & KG_TOKEN_POSSESSIVE)) ||
              kx_is_speech_verb(x, i + 1))));
}

/* "President Tokayev", "Ambassador Rosenblum", "Secretary of State Kerry": a capitalised
 * title and one word, with the region's surname morphology or no word of English or of
 * the gazetteer's countries (a person whose given name the text does not give). */
static void find_titled_surnames(kx *x)
{
    kx_surnames *sn = kx_surnames_new();
    for (size_t i = 1; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i) ||
            (kx_is_cap(x, i + 1) && !kx_is_headline_common(x, i + 1)) ||
            !kx_same_sentence(x, i - 1, i))
            continue;
        int by_place = surname_by_place(x, i);
        if (kx_is_common_cap(x, i) && !kx_after_honorific(x, i) && !by_place)
            continue;
        size_t plen;
        const kg_place *p = kx_place_at(x, i, &plen);
        if (kx_has_surname_suffix(x, i) && kx_is_title(x, i - 1) && kx_is_cap(x, i - 1)) {
            if (p || is_known_surname(sn, x, i))
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
                   /* "Mr. Smith": after an honorific, a word of English is a surname too */
                   (kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1) && !kx_after_honorific(x, i) &&
                    !by_place) ||
                   kx_is_demonym(x, i) || kx_is_head(x, i) || kx_is_title(x, i) ||
                   kx_is_stop_word(x, i) || is_known_surname(sn, x, i)) {
            continue;
        }
        kx_add_mention(x, i, i + 1, KG_PERSON);
    }
    kx_surnames_free(sn);
}

int kx_name_possessive_before(const kx *x, size_t a)
{
    if (!(a > 1 && (x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE) && kx_is_cap(x, a - 2) &&
          !x->label[a - 2] && !kx_is_stop_cap(x, a - 2) &&
          kx_in_list(x, a - 2, KG_LIST_COMMON_WORDS, 1)))
        return 0;
    return !kx_after_honorific(x, a - 2) &&
           !(a > 2 && kx_same_sentence(x, a - 3, a - 2) &&
             (kx_is_given_name(x, a - 3) || kx_is_title(x, a - 3) || x->label[a - 3]));
}

/* Where a party's name that ends before "party" at token i and whose last capitalised run
 * starts at a really starts: "Movement for Democratic Change party", "Union of Forces for
 * Change party", "Rally of the Togolese People party" reach back over "for" and "of (the)"
 * to a head that parties take; without one, a stays ("Minister for Foreign Affairs"). */
static size_t party_name_over_connectors(const kx *x, size_t a, size_t i)
{
    /* a one-word party the lexicon names is whole: "the National Union of Mineworkers for
     * the Labour party" is two bodies ("Movement for Democratic Renewal party" is one) */
    const kg_token *ta = &x->t->tokens[a];
    if (i == a + 1 &&
        kg_lexicon_has(x->lx, KG_LIST_PARTIES, x->t->text + ta->start, ta->end - ta->start))
        return a;
    size_t c = a, best = a;
    for (int hops = 0; hops < 3; hops++) {
        size_t k = c;
        int the = k > 0 && kx_is(x, k - 1, "the");
        if (the)
            k--;
        /* "of (the)", "for"; "for the" rather joins two bodies */
        if (!(k > 1 && (kx_is(x, k - 1, "of") || (kx_is(x, k - 1, "for") && !the))))
            break;
        k--;
        size_t r = k;
        while (r > 0 && kx_is_cap(x, r - 1) && !x->label[r - 1] && kx_same_sentence(x, r - 1, i) &&
               !kx_is_stop_cap(x, r - 1) && !kx_is_title(x, r - 1))
            r--;
        if (r == k)
            break;
        c = r;
        for (size_t h = r; h < k; h++)
            if (kx_is_party_head(x, h))
                best = r;
    }
    for (size_t k = best; k < a; k++)
        if (x->label[k])
            return a;
    return best;
}

/* Parties: "X party", "the X Party", "party X", "party, X,". */
static void find_parties(kx *x)
{
    /* words that open a clause, not a name: "After Labour Party leader X said" */
    static const char *const clause_openers[] = {
        "After",    "Before",    "When",      "While", "Since", "Under", "Unlike",  "During",
        "Although", "Though",    "Because",   "Once",  "Until", "With",  "Without", "For",
        "From",     "At",        "In",        "On",    "By",    "Of",    "To",      "Despite",
        "Today",    "Yesterday", "Meanwhile", "Then",  "Now",   NULL};
    for (size_t i = 0; i < x->n; i++) {
        if (!kx_is_ci(x, i, "party"))
            continue;
        if (kx_is(x, i, "Party") && i > 0 &&
            ((kx_is_cap(x, i - 1) && !x->label[i - 1]) || kx_name_possessive_before(x, i))) {
            size_t a = i;
            for (;;) {
                if (kx_name_possessive_before(x, a))
                    a--;
                /* a sentence's first word opens the name when a name word follows it:
                 * "Social Democrat Party leader X said" */
                if (!(a > 0 && kx_is_cap(x, a - 1) && !x->label[a - 1] &&
                      kx_same_sentence(x, a - 1, i) && !kx_is_stop_cap(x, a - 1) &&
                      !kx_is_title(x, a - 1) && !kx_is_any(x, a - 1, clause_openers) &&
                      !(kx_is_sentence_start(x, a - 1) && kx_is_common_cap(x, a - 1) &&
                        (a == i || kx_in_headline(x, a - 1)))))
                    break;
                a--;
            }
            if (x->t->tokens[a].flags & KG_TOKEN_POSSESSIVE)
                a++; /* "Ortak's Party" */
            /* "the Mongolian Democratic Party": an adjective of nationality opens the name */
            if (a > 0 && a < i && !x->label[a - 1] && kx_same_sentence(x, a - 1, i) &&
                kx_is_demonym(x, a - 1))
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
               !kx_is_stop_cap(x, a - 1) &&
               !(kx_is_sentence_start(x, a - 1) && kx_is_common_cap(x, a - 1)))
            a--;
        if (a < e)
            a = party_name_over_connectors(x, a, i);
        /* "Yushchenko's Our Ukraine party": inside a sentence a capitalised "Our" opens a
         * name, unless it opens a quotation ('said, "Our Labour party ...') */
        if (a < e && a > 1 && kx_is(x, a - 1, "Our") && !x->label[a - 1] &&
            !kx_is_sentence_start(x, a - 1) && kx_same_sentence(x, a - 2, i) &&
            x->t->tokens[a - 2].kind != KG_TOKEN_QUOTE && !kx_is(x, a - 2, ":"))
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
        /* not "founder of the X party Jean-Marie Le Pen": a given name opens a person's */
        if (kx_is_name_word(x, k) && !x->label[k] && kx_same_sentence(x, i, k) &&
            !kx_is_given_name(x, k)) {
            size_t b = k;
            while (kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
                b++;
            kx_add_mention(x, k, b, KG_PARTY);
        }
    }
}

/* Whether token i is the capitalised plural of a political persuasion: "Socialists",
 * "Maoists", "Conservatives", "Democrats", "Republicans", "Liberals", "Tories", "Greens"
 * (the word in the singular and lower case is one of English, or ends in -ist; no
 * nationality: not "Americans"). */
static int persuasion_plural(const kx *x, size_t i)
{
    static const char *const ends[] = {"ists", "rats", "cans", NULL};
    static const char *const irregular[] = {"Tories",        "Greens",       "Liberals", "Radicals",
                                            "Conservatives", "Progressives", NULL};
    /* denominations are no parties */
    static const char *const faiths[] = {"Baptists",   "Methodists",  "Adventists",
                                         "Calvinists", "Evangelists", "Pentecostalists",
                                         NULL};
    if (!kx_is_cap(x, i) || kx_is_allcaps(x, i) || kx_is_any(x, i, faiths))
        return 0;
    if (kx_is_any(x, i, irregular))
        return 1;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    int plural = 0;
    for (size_t k = 0; ends[k] && !plural; k++) {
        size_t n = strlen(ends[k]);
        plural = len > n + 2 && memcmp(w + len - n, ends[k], n) == 0;
    }
    if (!plural || len > 40)
        return 0;
    char one[48];
    for (size_t k = 0; k + 1 < len; k++)
        one[k] = (char)(k == 0 ? w[0] | 0x20 : w[k]);
    /* "Maoists", "Peronists": a persuasion named after a person, no word of English */
    return (kg_lexicon_has(x->lx, KG_LIST_COMMON_WORDS, one, len - 1) ||
            memcmp(w + len - 4, "ists", 4) == 0) &&
           !kg_lexicon_demonym_country(x->lx, w, len - 1);
}

/* "the Socialists", "the Social Democrats", "the Tories": a party named by its persuasion,
 * capitalised inside a sentence after "the" (in lower case, "socialists" are people). */
static void find_party_plurals(kx *x)
{
    for (size_t i = 1; i < x->n; i++) {
        if (x->label[i] || !persuasion_plural(x, i) || kx_in_headline(x, i) ||
            kx_is_cap(x, i + 1) || kx_is_ci(x, i + 1, "party"))
            continue;
        size_t a = i;
        while (a > 0 && i - a < 2 && kx_is_cap(x, a - 1) && !x->label[a - 1] &&
               !kx_is_title(x, a - 1) && !kx_is_stop_cap(x, a - 1) && kx_same_sentence(x, a - 1, i))
            a--;
        if (a > 0 && kx_is_ci(x, a - 1, "the") && kx_same_sentence(x, a - 1, i))
            kx_add_mention(x, a, i + 1, KG_PARTY);
    }
}

/* Places: gazetteer matches, and "X region/district/oblast/province". */
static void find_places(kx *x)
{
    kx_surnames *sn = kx_surnames_new();
    static const char *const cues[] = {"region", "Region",   "district", "District", "oblast",
                                       "Oblast", "province", "Province", "oblys",    "city",
                                       "town",   "village",  "Building", "Hall",     "Palace",
                                       "Square", "Stadium",  "Arena",    "Tower",    NULL};
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i))
            continue;
        size_t b = i, plen = 0;
        while (b < x->n && kx_is_cap(x, b) && !x->label[b] && kx_same_sentence(x, i, b) &&
               !kx_is_stop_cap(x, b) && !kx_is_head(x, b))
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
            size_t from = i > 0 && kx_is_ordinal(x, i - 1) && !x->label[i - 1] ? i - 1 : i;
            /* "the Midlands city of Gweru": the cue in lower case names the next place, and
             * the run before it the region that holds it */
            int of_next = (kx_is(x, b, "city") || kx_is(x, b, "town") || kx_is(x, b, "village")) &&
                          kx_is(x, b + 1, "of") && kx_is_cap(x, b + 2) &&
                          kx_same_sentence(x, b, b + 2);
            kx_add_mention(x, from, of_next ? b : b + 1, KG_PLACE);
            i = of_next ? b - 1 : b;
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
        if (p && plen == 1 && strcmp(p->kind, "country") != 0 && kx_surnames_has(sn, x, i, 1))
            p = NULL;
        /* a one-word town right after a capitalised title or another name word is a
         * surname: "Wendy Sherman", "Chairman Kerry" */
        if (p && plen == 1 && strcmp(p->kind, "country") != 0 && i > 0 && kx_is_cap(x, i - 1) &&
            !x->label[i - 1] && kx_same_sentence(x, i - 1, i) && !kx_is_stop_cap(x, i - 1) &&
            (kx_is_title(x, i - 1) ||
             (strcmp(p->kind, "city") == 0 && !kx_in_list(x, i - 1, KG_LIST_COMMON_WORDS, 1) &&
              !kx_is_demonym(x, i - 1)) ||
             /* "Prime Minister Taro Aso": the word after the title is a given name, even
              * one that English also has */
             (kx_after_title(x, i - 1) && !kx_is_demonym(x, i - 1) && !kx_is_head(x, i - 1) &&
              !kx_in_headline(x, i - 1)) ||
             /* "the opposition leader(,) Alpha Conde" */
             (kx_lower_title_before(x, i - 1) && !kx_is_demonym(x, i - 1) &&
              !kx_is_head(x, i - 1))))
            p = NULL;
        /* one word that is also a demonym or a common word ("Kazakh", "Central") is a
         * place only when it is a country */
        if (p && plen == 1 && strcmp(p->kind, "country") != 0 &&
            (kx_is_demonym(x, i) || kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1)))
            p = NULL;
        if (p && kx_free_span(x, i, i + plen)) {
            size_t m = kx_add_mention(x, i, i + plen, KG_PLACE);
            kx_set_place(x, m, p);
            i += plen - 1;
        }
    }
    kx_surnames_free(sn);
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
               !kx_in_list(x, a - 1, KG_LIST_GIVEN_NAMES, 0) && !kx_is_demonym(x, a - 1) &&
               !kx_is_stop_word(x, a - 1) && kx_same_sentence(x, a - 1, t))
            a--;
        if (a < b && !kx_in_headline(x, a))
            kx_add_mention(x, a, b, KG_ORGANISATION);
    }
}

/* "won by United Russia": a run of capitalised words that the party lexicon names as a
 * whole and that holds a place ("Russia") is the party, found before the places are, so
 * that the place inside does not take it; a run that is itself a place stays one. */
static void find_lexicon_parties_over_places(kx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i) || kx_is_allcaps(x, i))
            continue;
        size_t r = i, plen;
        while (r < x->n && r < i + 6 && kx_is_cap(x, r) && !x->label[r] &&
               kx_same_sentence(x, i, r))
            r++;
        if (r < i + 2)
            continue;
        size_t first_place = r, whole_len = 0;
        for (size_t k = i; k < r && first_place == r; k++)
            if (kx_place_at(x, k, &plen))
                first_place = k;
        if (first_place == r)
            continue;
        if (!kx_place_at(x, i, &whole_len))
            whole_len = 0;
        /* the longest name of the lexicon from i, of two words or more, with a place */
        for (size_t b = r; b >= i + 2; b--) {
            const kg_token *ta = &x->t->tokens[i], *tb = &x->t->tokens[b - 1];
            if (first_place < b && whole_len != b - i &&
                kg_lexicon_has(x->lx, KG_LIST_PARTIES, x->t->text + ta->start,
                               tb->end - ta->start)) {
                kx_add_mention(x, i, b, KG_PARTY);
                i = b - 1;
                break;
            }
        }
    }
}

void kx_find_mentions(kx *x)
{
    x->eponym = kg_xcalloc(x->n + 1, 1);
    kx_find_quoted_names(x);
    kx_find_web_names(x);
    find_parties(x);
    kx_find_party_short_names(x);
    find_party_plurals(x);
    find_lexicon_parties_over_places(x);
    find_people(x);
    kx_find_initialled_names(x);
    kx_find_organisations(x);
    kx_find_governments(x);
    find_titled_surnames(x);
    find_places(x);
    kx_find_by_context(x);
    find_bodies_before_titles(x);
    kx_extend_generational_suffixes(x); /* first: "Jr." keeps its stop */
    kx_extend_person_names(x);
}
