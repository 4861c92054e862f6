/* kx_orgs: organisation mentions, the first finders of the mentions pass: quoted names with
 * an organisation noun ("the "Kasip Korgan" trade union"), names around a head noun with their
 * "of/for/on/under" chains split where one body belongs to another, acronyms and acronyms in
 * brackets, names before an organisation noun. Reads the tokens, labels and lexicon; adds
 * mentions, alias notes and part-of links (kx_state.h). */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
        if (!kx_is_cap(x, k) || x->label[k] || kx_is_title(x, k) || kx_is_stop_word(x, k) ||
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
/* A run of capitalised words from i that can be an item of a name's list: no head noun,
 * title, given name, place of the gazetteer or word found already. Returns its end (i when
 * none). */
static size_t list_item_end(const kx *x, size_t i)
{
    size_t b = i, plen;
    while (b < x->n && b < i + 4 && kx_is_cap(x, b) && !x->label[b] && !kx_is_head(x, b) &&
           !kx_is_title(x, b) && !kx_is_stop_word(x, b) &&
           !kx_in_list(x, b, KG_LIST_GIVEN_NAMES, 0) && !kx_place_at(x, b, &plen) &&
           kx_same_sentence(x, i, b))
        b++;
    return b;
}

/* "Bureau of Democracy, Human Rights and Labor": after "of X", a list of capitalised items
 * that closes with "and" (or ", and") and an item is the rest of the name. From the comma at
 * k, returns the end of the list's last item, or k when the words after the comma are no
 * such list (a list of bodies or places, or one that never closes with "and"). */
static size_t of_list_end(const kx *x, size_t k)
{
    size_t i = k;
    while (i < x->n && kx_is(x, i, ",")) {
        size_t a = kx_is(x, i + 1, "and") ? i + 2 : i + 1, b = list_item_end(x, a);
        if (b == a)
            return k;
        if (a == i + 2)
            return kx_is_cap(x, b) ? k : b; /* ", and C" closes it */
        if (kx_is(x, b, "and")) {
            size_t c = list_item_end(x, b + 1);
            return c > b + 1 && !kx_is_cap(x, c) ? c : k;
        }
        i = b;
    }
    return k;
}

/* Whether token i is written as one of the tokens at[0..n). */
static int same_word_as_any(const kx *x, size_t i, const size_t *at, size_t n)
{
    size_t len;
    const char *w = kx_tok(x, i, &len);
    for (size_t k = 0; k < n; k++) {
        size_t l2;
        const char *w2 = kx_tok(x, at[k], &l2);
        if (l2 == len && memcmp(w, w2, len) == 0)
            return 1;
    }
    return 0;
}

/* Whether token i is an acronym standing alone between commas or before the sentence's end
 * (", DFID,", ", OSCE."): another name of what precedes it, not an item of a list. */
static int lone_acronym(const kx *x, size_t i)
{
    return kx_is_allcaps(x, i) &&
           (i + 1 >= x->n || !kx_same_sentence(x, i, i + 1) || kx_is(x, i + 1, ",") ||
            kx_is(x, i + 1, ".") || kx_is(x, i + 1, ")") || kx_is(x, i + 1, ";"));
}

/* Whether token i is an honour written after a name ("George Edgar OBE", "Jane Roe CMG"):
 * the orders of the British and Commonwealth honours system, never a body there. */
static int is_post_nominal(const kx *x, size_t i)
{
    static const char *const honours[] = {"OBE",  "MBE",  "CBE", "KBE", "DBE", "CMG",
                                          "KCMG", "GCMG", "CVO", "LVO", "MVO", "KCVO",
                                          "GCVO", "QC",   "KC",  "FRS", "GBE", NULL};
    return i > 0 && kx_is_any(x, i, honours) && kx_is_cap(x, i - 1) && !kx_is_allcaps(x, i - 1);
}

/* "election observation mission", "observer mission", "needs assessment mission": the kind
 * of an observation mission in lower case, from token b; returns the end of "mission", or b
 * when the words there are no such phrase. */
static size_t mission_phrase_end(const kx *x, size_t b)
{
    static const char *const kinds[] = {"election",  "electoral",  "observation", "observer",
                                        "observers", "monitoring", "needs",       "assessment",
                                        "limited",   "long-term",  "short-term",  NULL};
    size_t k = b;
    while (k < x->n && k < b + 4 && kx_is_any(x, k, kinds) && kx_same_sentence(x, b, k))
        k++;
    return k > b && kx_is(x, k, "mission") && kx_same_sentence(x, b, k) ? k + 1 : b;
}

/* Whether the words from j to the end of its line or to the next comma are all a name's
 * (capitalised words and connectors, at most 12): a line of a list of members or witnesses
 * ("Carnegie Endowment for International Peace"), an item of a byline ("..., Bureau of
 * South and Central Asian Affairs, President Hotel, ...") is a name with a headline's shape,
 * whose common words go on the name. The document's title goes on only up to a comma: "New
 * Party Enters Regional Parliament" is a headline. */
static int name_fills_line(const kx *x, size_t j)
{
    size_t s = x->t->tokens[j].sentence;
    const kg_sentence *sen = &x->t->sentences[s];
    size_t k = j;
    for (; k < sen->end_token && k < j + 12 && !kx_is(x, k, ","); k++)
        if (!(kx_is_cap(x, k) && !kx_is_stop_word(x, k) && !kx_is_title(x, k)) &&
            !is_connector(x, k) && !kx_is(x, k, "the"))
            return 0;
    if (kx_is(x, k, ","))
        return 1;
    if (!(k == sen->end_token && s > 0 &&
          (k >= x->n || (x->t->tokens[k].flags & KG_TOKEN_LINE_BEFORE))))
        return 0;
    /* a line of a list comes after another short line ("Chairman", "Senior Associate"); a
     * subheading ("Council of Europe Approves New Budget") after a paragraph of sentences */
    size_t a = sen->first_token, p = a;
    while (p > 0 && a - p < 22 && !(x->t->tokens[p].flags & KG_TOKEN_LINE_BEFORE))
        p--;
    if (p == a && p > 0)
        do
            p--;
        while (p > 0 && a - p < 22 && !(x->t->tokens[p].flags & KG_TOKEN_LINE_BEFORE));
    return p < a && kx_is_entry_line(x, p, a);
}

static size_t extend_org_right(const kx *x, size_t start, size_t end)
{
    int has_on = 0, has_of = 0, after_connector = 0;
    size_t list_end = 0; /* the end of a list "on A, B, and C" read once, not at each comma */
    size_t resumed = 0;  /* the word right after the last connector */
    for (;;) {
        size_t j = end;
        /* a title's modifier after a name word starts the holder's title, not more name:
         * "Department of State Deputy Assistant Secretary X" */
        if (after_connector && j > start && !is_connector(x, j - 1) && !kx_is(x, j - 1, "the") &&
            (kx_is(x, j, "Deputy") || kx_is(x, j, "Assistant") || kx_is(x, j, "Acting") ||
             kx_is(x, j, "Principal") || kx_is(x, j, "Vice")))
            break;
        /* a country after a connector ends the name before one word that is no head or
         * acronym: "State Secretary of Ministry of Foreign Affairs of Mongolia Ankhbayar,"
         * names the holder */
        size_t clen;
        const kg_place *country =
            after_connector && resumed && resumed < j ? kx_place_at(x, resumed, &clen) : NULL;
        if (country && resumed + clen == j && strcmp(country->kind, "country") == 0 &&
            kx_is_cap(x, j) && !kx_is_head(x, j) && !kx_is_allcaps(x, j) &&
            !(kx_is_cap(x, j + 1) && kx_same_sentence(x, j, j + 1)))
            break; /* not "University of Ghana Medical School" */
        /* right after a head noun only another head or an acronym continues the name
         * ("European Commission Lukas Maurer" is an organisation and a person) */
        if (kx_is_cap(x, j) && x->label[j] == 0 && kx_same_sentence(x, start, j) &&
            (!kx_is_headline_verb(x, j) || name_fills_line(x, j)) && !kx_is_stop_word(x, j) &&
            /* a headline's common word ends the name ("Council Approves Budget"), but not
             * right after a connector: a line "Commission on Security and Cooperation in
             * Europe" has a headline's shape */
            (!kx_is_headline_common(x, j) || (after_connector && j == resumed) ||
             name_fills_line(x, j)) &&
            !kx_in_list(x, j, KG_LIST_GIVEN_NAMES, 0) &&
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
        /* "the U.S. Mission to Kazakhstan", "Permanent Delegation to the OSCE", "Committee
         * to Protect Journalists", "Office of the Special Envoy to Monitor and Combat X":
         * after a noun of mission, what it is sent to or for is named too */
        static const char *const sent[] = {"Mission",        "Delegation",  "Representation",
                                           "Envoy",          "Coordinator", "Committee",
                                           "Representative", "Commission",  NULL};
        /* in a headline, "to" is the headline's ("Commission to Hold Briefing", "Helsinki
         * Commission to Russia: Free ..."), but a mission's before an acronym or a place
         * that ends the name ("United States Mission to the OSCE" on a line of its own) */
        static const char *const envoys[] = {"Mission", "Delegation", "Representation", "Envoy",
                                             NULL};
        size_t to_what = kx_is(x, k + 1, "the") ? k + 2 : k + 1;
        size_t to_len = 1;
        int headline_mission = kx_is_any(x, k - 1, envoys) && !kx_is_allcaps(x, k - 1) &&
                               (kx_is_allcaps(x, to_what) || kx_place_at(x, to_what, &to_len)) &&
                               !kx_is(x, to_what + to_len, ":");
        int mission_to = kx_is(x, k, "to") && k > 0 && kx_is_any(x, k - 1, sent) &&
                         (!kx_in_headline(x, k) || headline_mission);
        if (is_connector(x, k) || mission_to) {
            if (kx_is(x, k, "on") || kx_is(x, k, "for"))
                has_on = has_of = 1;
            /* "the Ministry of X and Ministry of Y", "Mazhilis and Maslikhats", "the
             * Movement for Democratic Change and the United Nations" */
            if ((kx_is(x, k, "and") || kx_is(x, k, "&")) &&
                (starts_with_head(x, k + 1) || !has_of || kx_is(x, k + 1, "the")))
                break;
            /* "the Council of Europe and European Union": a place closes "of" and a name of
             * its own, with its own head, follows "and" */
            size_t plen2;
            const kg_place *closing = kx_is(x, k, "and") && resumed && resumed < k
                                          ? kx_place_at(x, resumed, &plen2)
                                          : NULL;
            if (closing && resumed + plen2 == k && kx_is_cap(x, k + 1) && !x->label[k + 1] &&
                next_head_within(x, k + 1, 3))
                break;
            if (kx_is(x, k, "of"))
                has_of = 1;
            k++;
            if (kx_is(x, k, "the"))
                k++;
        } else if (kx_is(x, k, "in") && k > 0 &&
                   (kx_is(x, k - 1, "Mission") || kx_is(x, k - 1, "Office") ||
                    kx_is(x, k - 1, "Centre")) &&
                   kx_is_cap(x, k + 1)) {
            /* "the USAID Mission in Uzbekistan", "the OSCE Office in Ashgabat": a field
             * office is named by where it serves (a mission by its country) */
            size_t plen;
            const kg_place *p = kx_place_at(x, k + 1, &plen);
            if (!p || (strcmp(p->kind, "country") != 0 &&
                       (kx_is(x, k - 1, "Mission") || strcmp(p->kind, "city") != 0)))
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
        } else if (kx_is(x, k, ",") && has_of && !has_on && j > start && !is_connector(x, j - 1) &&
                   of_list_end(x, k) > k) {
            end = of_list_end(x, k);
            break;
        } else if (kx_is(x, k, ",") && has_on && kx_is_cap(x, k + 1) && !kx_is_title(x, k + 1) &&
                   !lone_acronym(x, k + 1) &&
                   (k < list_end || (list_end = of_list_end(x, k)) > k)) {
            /* "Committee on A, B, and C"; not "Commission on A, and Co-Chair X", nor the
             * acronym set off after the name ("Department for International Development,
             * DFID,"), nor a name in apposition ("the Movement for Democratic Change,
             * Lovemore Moyo, ...": no list that closes with "and") */
            k++;
        } else if (kx_is(x, k, ",") && has_on && kx_is(x, k + 1, "and") && kx_is_cap(x, k + 2) &&
                   !kx_is_title(x, k + 2)) {
            k += 2;
        } else {
            break;
        }
        if (!kx_is_cap(x, k) || x->label[k] || kx_is_stop_word(x, k) ||
            (kx_is_headline_verb(x, k) && !name_fills_line(x, k)) || !kx_same_sentence(x, j, k))
            break;
        end = k;
        resumed = k;
        after_connector = 1;
    }
    return end;
}

/* Splits an organisation span at "of the"/"of" before a second head noun or acronym
 * ("Institute of China and Modern Asia of the Russian Academy of Sciences"), and at "for
 * the" right after a head ("Mission for the Organization for ..."); records the
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
            /* "the Mission for the Organization for Security ...": "for the" after a
             * mission or delegation (a body sent by another) joins two bodies too; not
             * "the Global Coalition for the International Criminal Court" */
            int for_the = i > a + 2 && kx_is(x, i - 1, "for") && kx_is(x, i, "the") &&
                          (kx_is(x, i - 2, "Mission") || kx_is(x, i - 2, "Delegation"));
            if (i > a + 1 && (kx_is(x, i - 1, "of") || for_the) &&
                (kx_is(x, i, "the") || kx_is_allcaps(x, i))) {
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

/* Names written as a web address, a site or outlet: "Gundogar.org", "Fergana.ru",
 * "Eurasianet.org" (a capitalised word, a stop and a domain, with no space between). */
void kx_find_web_names(kx *x)
{
    static const char *const domains[] = {"org", "com", "net", "info", "ru", "kz", "uz",
                                          "kg",  "tj",  "tm",  "az",   "am", "ge", "ua",
                                          "by",  "uk",  "eu",  "de",   "fr", NULL};
    for (size_t i = 0; i + 2 < x->n; i++) {
        if (x->label[i] || !kx_is_cap(x, i) || !kx_is(x, i + 1, ".") ||
            !kx_is_any(x, i + 2, domains) || (x->t->tokens[i + 1].flags & KG_TOKEN_SPACE_BEFORE) ||
            (x->t->tokens[i + 2].flags & KG_TOKEN_SPACE_BEFORE) || x->label[i + 2])
            continue;
        kx_add_mention(x, i, i + 3, KG_ORGANISATION);
        i += 2;
    }
}

/* Quoted names next to an organisation or party noun: the "Kasip Korgan" trade union,
 * the platform "KISI GPS: Gylym. Pikir. Sayasat". */
void kx_find_quoted_names(kx *x)
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
    static const char *const venues[] = {"Building", "Hall",  "Palace", "Square",
                                         "Stadium",  "Arena", "Tower",  NULL};
    return kx_is_any(x, i, venues);
}

/* Whether the head at h of a name starting at a is an event noun used for a meeting: after
 * an ordinal ("the 5th Congress"), after "party" ("the party Congress"), with a meeting's
 * modifier ("the Extraordinary Congress") or of a party ("Congress of the X Party"). */
static int is_event_head(const kx *x, size_t h, size_t a)
{
    if (!kx_event_kind(x, h))
        return 0;
    static const char *const mods[] = {"Extraordinary", "Founding", "Constituent", "Regular",
                                       "Reporting",     "Annual",   NULL};
    if (a > 0 && (kx_is_ordinal(x, a - 1) || kx_is_ci(x, a - 1, "party")))
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
/* A word that heads an organisation's name only as its last word: "Amnesty International",
 * "Transparency International"; inside a name it is a modifier ("Agency for International
 * Development", "International Monetary Fund"). */
static int is_final_head(const kx *x, size_t h)
{
    static const char *const final_heads[] = {"International", NULL};
    return kx_is_any(x, h, final_heads) && h > 0 && kx_same_sentence(x, h - 1, h) &&
           kx_is_cap(x, h - 1) && !kx_is_title(x, h - 1) && !kx_is_sentence_start(x, h) &&
           !(kx_is_cap(x, h + 1) && kx_same_sentence(x, h, h + 1)) && !is_connector(x, h + 1);
}

void kx_find_organisations(kx *x)
{
    for (size_t h = 0; h < x->n; h++) {
        if (x->label[h] || !(kx_is_head(x, h) || is_final_head(x, h)) || kx_in_event_title(x, h))
            continue;
        if (kx_is_sentence_start(x, h) && kx_is_common_cap(x, h) && !kx_is_cap(x, h + 1) &&
            !is_connector(x, h + 1))
            continue;
        size_t a = h;
        for (;;) {
            /* "the U.S.-Georgia Strategic Partnership Commission": an acronym joined to the
             * next word by a hyphen, no space on either side, opens the name too */
            if (a > 2 && a < h + 1 && kx_is(x, a - 1, "-") && kx_is_allcaps(x, a - 2) &&
                !x->label[a - 2] && kx_same_sentence(x, a - 2, a) &&
                !(x->t->tokens[a - 1].flags & KG_TOKEN_SPACE_BEFORE) &&
                !(x->t->tokens[a].flags & KG_TOKEN_SPACE_BEFORE)) {
                a -= 2;
                continue;
            }
            /* "the Foreign Investors’ Council": a plural possessive inside the name */
            if (a > 1 && a == h && is_plural_possessive(x, a - 1) && kx_is_cap(x, a - 2) &&
                !x->label[a - 2])
                a--;
            /* "the People's National Movement": a common noun's possessive opens it */
            if (a < h + 1 && kx_name_possessive_before(x, a) && kx_same_sentence(x, a - 2, h)) {
                a -= 2;
                break;
            }
            if (!(a > 0 && kx_same_sentence(x, a - 1, h) && kx_is_cap(x, a - 1) &&
                  !x->label[a - 1] && !kx_is_title(x, a - 1) && !kx_is_based(x, a - 1) &&
                  (!kx_in_list(x, a - 1, KG_LIST_GIVEN_NAMES, 0) || x->eponym[a - 1]) &&
                  !(kx_is_sentence_start(x, a - 1) && kx_is_common_cap(x, a - 1) &&
                    !kx_opens_name_at_sentence_start(x, a - 1)) &&
                  /* "the August National Association of ... index": a month dates it */
                  !kx_is_month(x, a - 1) && !kx_is(x, a - 1, "The") && !kx_is(x, a - 1, "A") &&
                  !kx_is(x, a - 1, "An")))
                break;
            a--;
        }
        if (a == h && !kx_is_head(x, h)) {
            /* "Amnesty International has ...": the sentence's first word is the name's */
            if (!(kx_is_sentence_start(x, h - 1) && !x->label[h - 1] && !kx_is_stop_cap(x, h - 1) &&
                  !kx_is(x, h - 1, "The") && !kx_is(x, h - 1, "A")))
                continue;
            a = h - 1;
        }
        /* "Douglas & Lomason Co", "Schroder Wertheim & Co", "A.G. Edwards & Sons": a firm's
         * name joins its partners with "&" */
        if (a > 1 && (kx_is_legal_form(x, h) || kx_is(x, h, "Sons") || kx_is(x, h, "Partners")) &&
            kx_is(x, a - 1, "&") && kx_is_cap(x, a - 2) && !x->label[a - 2] &&
            kx_same_sentence(x, a - 2, h)) {
            size_t c = a - 2;
            while (c > 0 && c + 4 > a && kx_same_sentence(x, c - 1, h) && kx_is_cap(x, c - 1) &&
                   !x->label[c - 1] && !kx_is_stop_cap(x, c - 1) && !kx_is_title(x, c - 1) &&
                   !(kx_is_sentence_start(x, c - 1) && kx_is_common_cap(x, c - 1)))
                c--;
            a = c;
        }
        /* "Information and Analytical Center": a coordinated modifier before the head */
        if (a > 1 && a < h + 1 && kx_is(x, a - 1, "and") && kx_is_cap(x, a - 2) &&
            !x->label[a - 2] && !kx_is_title(x, a - 2) && !kx_is_stop_word(x, a - 2)) {
            /* "Afghan National Defense and Security Forces": the words before "and" too */
            size_t c = a - 2;
            while (c > 0 && kx_same_sentence(x, c - 1, h) && kx_is_cap(x, c - 1) &&
                   !x->label[c - 1] && !kx_is_title(x, c - 1) && !kx_is_stop_word(x, c - 1) &&
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
        if (a > 0 && a < h && kx_is_ordinal(x, a - 1) && !x->label[a - 1])
            a--;
        size_t b = extend_org_right(x, a, h + 1);
        while (b > h + 1 &&
               (is_connector(x, b - 1) || kx_is(x, b - 1, "the") || kx_is(x, b - 1, "to")))
            b--;
        a = kx_headline_name_start(x, a, h, b);
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
    /* acronyms the text defines in brackets after a name ("Congress of the People
     * (COPE)"): words of English in capitals that are acronyms wherever they stand */
    size_t *defined = NULL, n_defined = 0, cap_defined = 0;
    for (size_t i = 2; i + 1 < x->n; i++)
        if (kx_is_allcaps(x, i) && kx_is(x, i - 1, "(") && kx_is(x, i + 1, ")") &&
            (kx_is_cap(x, i - 2) || x->label[i - 2]) && n_defined < 64) {
            KG_GROW(defined, cap_defined, n_defined + 1);
            defined[n_defined++] = i;
        }
    /* acronyms: runs of all-capital words, three letters or more (or followed by another) */
    for (size_t i = 0; i < x->n; i++) {
        /* a title in capitals ("Tcell CEO X") names an office, not a body; a word in
         * capitals with a number after a hyphen ("COVID-19") names a disease or a thing */
        if (x->label[i] || !kx_is_allcaps(x, i) || kx_is_title(x, i) || numbered_word(x, i) ||
            (x->capital_line && x->capital_line[i]) || kx_in_event_title(x, i) ||
            is_post_nominal(x, i))
            continue;
        size_t plen;
        if (kx_place_at(x, i, &plen)) {
            /* "the CIS observer mission": a mission named after a group of countries */
            size_t e = mission_phrase_end(x, i + plen);
            if (e > i + plen) {
                kx_add_mention(x, i, e, KG_ORGANISATION);
                i = e - 1;
            }
            continue;
        }
        size_t b = i;
        while (b < x->n && kx_is_allcaps(x, b) && !x->label[b] && kx_same_sentence(x, i, b))
            b++;
        size_t len;
        kx_tok(x, i, &len);
        /* two letters: "the UN", "the EU", "UN envoy X" (a body's acronym after "the" or
         * before a role in lower case); otherwise "TV", "AM", "ID" */
        static const char *const not_bodies[] = {"TV", "AI", "HQ", "ID", "AM", "PM", "OK", "IT",
                                                 "IQ", "GP", "DJ", "CD", "PR", "VP", "PS", NULL};
        if (b == i + 1 && len < 3 &&
            !(len == 2 && !kx_is_any(x, i, not_bodies) &&
              ((i > 0 && kx_is_ci(x, i - 1, "the")) ||
               (kx_is_title(x, i + 1) && kx_is_lower_word(x, i + 1)))))
            continue;
        if (b - i > 3) { /* an upper-case headline, not an acronym */
            i = b - 1;
            continue;
        }
        /* a word of English in capitals is no acronym, unless a mission is named after it
         * ("the CIS observer mission") */
        if (b == i + 1 && kx_is_stop_word_ci(x, i) && mission_phrase_end(x, b) == b &&
            !same_word_as_any(x, i, defined, n_defined))
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
                   kx_same_sentence(x, a - 1, i) && !kx_is_stop_cap(x, a - 1) &&
                   !kx_is_title(x, a - 1))
                a--;
            /* (a name may be missing: a title or stop word before the bracket) */
            int spells = a + 1 < i && kx_spells_acronym(x, a, i - 1, i);
            if (spells) {
                size_t m = kx_add_mention(x, a, i - 1, KG_ORGANISATION);
                kx_note_alias_span(x, m, i, i + 1, "acronym in parentheses");
                x->label[i] = m + 1;
                continue;
            }
        }
        /* "the Department for International Development, DFID, had": an acronym set off by
         * commas after a body whose initials it spells is another name of it */
        if (b == i + 1 && i >= 2 && kx_is(x, i - 1, ",") && lone_acronym(x, i) && x->label[i - 2]) {
            size_t owner = x->label[i - 2] - 1;
            const kg_x_mention *om = &x->out->mentions[owner];
            if ((om->type == KG_ORGANISATION || om->type == KG_PARTY) && om->tok_end == i - 1 &&
                kx_spells_initials(x, om->tok_start, om->tok_end, i)) {
                kx_note_alias_span(x, owner, i, i + 1, "acronym in apposition");
                x->label[i] = owner + 1;
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
        /* "the OSCE election observation mission", "OSCE's observer mission": a body's
         * mission named by its kind in lower case is an organisation of its own, part of the
         * body */
        size_t e = mission_phrase_end(x, b);
        /* "the OSCE/ODIHR election observation mission": the mission of the second body */
        if (e == b && kx_is(x, b, "/") && kx_is_allcaps(x, b + 1) && !x->label[b + 1] &&
            mission_phrase_end(x, b + 2) > b + 2) {
            e = mission_phrase_end(x, b + 2);
            size_t mission = kx_add_mention(x, i, e, KG_ORGANISATION);
            kx_add_mention(x, i, b, KG_ORGANISATION);
            kx_add_part_of(x, mission, kx_add_mention(x, b + 1, b + 2, KG_ORGANISATION), i, e);
            i = e - 1;
            continue;
        }
        if (e > b) {
            size_t mission = kx_add_mention(x, i, e, KG_ORGANISATION);
            kx_add_part_of(x, mission, kx_add_mention(x, i, b, KG_ORGANISATION), i, e);
        } else {
            kx_add_mention(x, i, b, KG_ORGANISATION);
        }
        i = (e > b ? e : b) - 1;
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
    free(defined);
}
