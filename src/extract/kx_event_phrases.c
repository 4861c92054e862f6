/* kx_event_phrases: reading one event phrase around an event noun (a pass of the events
 * pass, kg_events.c, which groups the phrases into events).
 *
 * Reads: the tokens, the labels of the mentions found so far, the event nouns of the lexicon.
 * Gives: the noun and its kind ("meeting", "election", "referendum", "visit", "protest"),
 *        the phrase's span (modifiers, a proper name before the noun, prepositional phrases
 *        and a quoted title after it), its label text, its subtype and year, whether it
 *        speaks of another time, the date its sentence gives, and the quoted title as an
 *        alias. */
#include "kx_event_phrases.h"

#include "../kg_mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Modifiers that belong to an event's noun phrase. */
int kx_ev_is_modifier(const kx *x, size_t i)
{
    static const char *const mods[] = {"upcoming",
                                       "last",
                                       "next",
                                       "previous",
                                       "parliamentary",
                                       "legislative",
                                       "presidential",
                                       "local",
                                       "mayoral",
                                       "provincial",
                                       "gubernatorial",
                                       "early",
                                       "extraordinary",
                                       "snap",
                                       "general",
                                       "regional",
                                       "municipal",
                                       "constitutional",
                                       "national",
                                       "international",
                                       "annual",
                                       "joint",
                                       "official",
                                       "ministerial",
                                       "bilateral",
                                       "high-level",
                                       "plenary",
                                       "extended",
                                       "regular",
                                       "special",
                                       "recent",
                                       "forthcoming",
                                       "expert",
                                       "panel",
                                       "public",
                                       "informal",
                                       "emergency",
                                       "online",
                                       "virtual",
                                       "first",
                                       "second",
                                       "third",
                                       "final",
                                       "inaugural",
                                       "trilateral",
                                       "multilateral",
                                       "round",
                                       "video",
                                       "election",
                                       "electoral",
                                       "republican",
                                       "scientific",
                                       "practical",
                                       "scientific-practical",
                                       "ministerial-level",
                                       NULL};
    return kx_is_any_ci(x, i, mods);
}

/* Nouns after "election" that make it something else: an election programme, law, commission. */
int kx_ev_is_non_event_compound(const kx *x, size_t i)
{
    static const char *const nouns[] = {
        "program",     "programs",  "programme",  "programmes", "commission",  "commissions",
        "committee",   "law",       "laws",       "code",       "legislation", "behavior",
        "behaviour",   "system",    "culture",    "cycle",      "commissions", "platform",
        "platforms",   "officials", "Commission", "Committee",  "Code",        "Law",
        "observation", "observers", "observer",   "monitoring", "mission",     "Mission",
        "Observation", NULL};
    return kx_is_any(x, i, nouns);
}

int kx_ev_is_year(const kx *x, size_t i, int *year)
{
    if (i >= x->n || x->t->tokens[i].kind != KG_TOKEN_NUMBER)
        return 0;
    size_t len;
    const char *s = kx_tok(x, i, &len);
    if (len != 4)
        return 0;
    int y = atoi(s);
    if (y < 1900 || y > 2100)
        return 0;
    if (year)
        *year = y;
    return 1;
}

/* Whether the word before i makes it a verb: "would visit", "will vote", "plans to
 * visit". */
static int after_verb_marker(const kx *x, size_t i)
{
    static const char *const markers[] = {"to",    "would",  "will", "could", "may",    "might",
                                          "shall", "should", "must", "can",   "cannot", "did",
                                          "does",  "do",     "not",  "n't",   NULL};
    return i > 0 && kx_same_sentence(x, i - 1, i) && kx_is_any_ci(x, i - 1, markers);
}

/* Event noun at i: returns its kind and the number of tokens (1 or 2) in *len. */
const char *kx_ev_noun_at(const kx *x, size_t i, size_t *len)
{
    /* the event nouns that are also verbs: "would visit", "to vote" */
    int verb = kx_is(x, i, "visit") || kx_is(x, i, "vote") || kx_is(x, i, "campaign") ||
               kx_is(x, i, "protest") || kx_is(x, i, "rally") || kx_is(x, i, "march") ||
               kx_is(x, i, "trip");
    if (!kx_is_word(x, i) || x->label[i] || (verb && after_verb_marker(x, i)))
        return NULL;
    /* "March" is the month */
    if (kx_is_ci(x, i, "march") && !kx_is(x, i, "march"))
        return NULL;
    char buf[96];
    size_t l1;
    const char *s = kx_tok(x, i, &l1);
    if (i + 1 < x->n && kx_is_word(x, i + 1) && kx_same_sentence(x, i, i + 1) && !x->label[i + 1]) {
        size_t l2;
        const char *s2 = kx_tok(x, i + 1, &l2);
        if (l1 + l2 + 2 < sizeof buf) {
            for (size_t k = 0; k < l1; k++)
                buf[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
            buf[l1] = ' ';
            for (size_t k = 0; k < l2; k++)
                buf[l1 + 1 + k] = (char)((s2[k] >= 'A' && s2[k] <= 'Z') ? s2[k] + 32 : s2[k]);
            const char *kind = kg_lexicon_event_kind(x->lx, buf, l1 + 1 + l2);
            if (kind) {
                *len = 2;
                return kind;
            }
        }
    }
    const char *kind = kx_event_kind(x, i);
    if (kind)
        *len = 1;
    return kind;
}

/* The quoted title inside an event phrase [a, b) is a name of the event: "Armenia after
 * the Election" of 'a hearing entitled, "Armenia after the Election,"'. */
void kx_ev_add_title_alias(kx *x, size_t event, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && !kx_in_event_title(x, i))
        i++;
    size_t e = i;
    while (e < b && kx_in_event_title(x, e))
        e++;
    while (e > i && x->t->tokens[e - 1].kind == KG_TOKEN_PUNCT) /* the comma inside quotes */
        e--;
    if (e == i)
        return;
    const kg_token *ta = &x->t->tokens[i], *tb = &x->t->tokens[e - 1];
    kx_add_alias(x, event, x->t->text + ta->start, tb->end - ta->start, "quoted title");
}

/* Extends an event phrase over prepositional phrases that name its subject, place or
 * time: "elections to the Mazhilis of the Parliament", "meeting of the national expert
 * platform "KISI GPS"", "round table at the Embassy of Kazakhstan in Moscow". */
size_t kx_ev_extend_right(const kx *x, size_t start, size_t end, int meeting)
{
    size_t limit = start + 30;
    /* the conference "Collaboration Between Government and Civil Society", a hearing
     * entitled, "X": its title */
    size_t q = end;
    while (q < end + 3 && q < x->n && x->t->tokens[q].kind != KG_TOKEN_QUOTE &&
           (kx_is(x, q, ",") || kx_is_lower_word(x, q)))
        q++;
    if (q < x->n && x->t->tokens[q].kind == KG_TOKEN_QUOTE && kx_in_event_title(x, q + 1)) {
        size_t e = q + 1;
        while (e < x->n && kx_in_event_title(x, e))
            e++;
        end = e + 1; /* over the closing quote */
    }
    for (;;) {
        size_t k = end;
        if (!kx_same_sentence(x, start, k) || k >= limit)
            break;
        /* "was held at ...": skip the verb, keep the place */
        if ((kx_is(x, k, "was") || kx_is(x, k, "were")) && kx_is(x, k + 1, "held"))
            k += 2;
        if (kx_is(x, k, "today") || kx_is(x, k, "yesterday"))
            k++;
        if (!(kx_is(x, k, "of") || kx_is(x, k, "to") || kx_is(x, k, "at") || kx_is(x, k, "in") ||
              (!meeting && kx_is(x, k, "on")) || kx_is(x, k, "for") ||
              (meeting && kx_is(x, k, "with"))))
            break;
        k++;
        /* "an election in which the ruling X ...": a relative clause, not the name's */
        if (kx_is(x, k, "which") || kx_is(x, k, "whom") || kx_is(x, k, "whose"))
            break;
        if (kx_is(x, k, "the"))
            k++;
        size_t lower = 0;
        /* "a visit to northern Kazakhstan", but "a teleconference to discuss Azerbaijan's
         * election": after "to" a word in lower case is an infinitive, unless it names a
         * part of the place */
        int infinitive =
            kx_is(x, k - 1, "to") && kx_is_lower_word(x, k) && !kx_is_compass_word(x, k);
        while (!infinitive && kx_is_lower_word(x, k + lower) && lower < 3 &&
               !kx_is_speech_verb(x, k + lower))
            lower++;
        if (lower && k + lower < x->n &&
            (x->t->tokens[k + lower].kind == KG_TOKEN_QUOTE || kx_is_cap(x, k + lower)))
            k += lower;
        if (kx_ev_is_year(x, k, NULL)) {
            end = k + 1;
            continue;
        }
        int quoted = 0;
        if (k < x->n && x->t->tokens[k].kind == KG_TOKEN_QUOTE) {
            quoted = 1;
            k++;
        }
        if (!kx_is_cap(x, k) || !kx_same_sentence(x, start, k))
            break;
        size_t e = k;
        if (kx_is_headline_common(x, k))
            break;
        while (e < x->n && kx_same_sentence(x, start, e) && e < limit) {
            if ((kx_is_cap(x, e) && !kx_is_headline_common(x, e)) ||
                x->t->tokens[e].kind == KG_TOKEN_NUMBER ||
                ((x->t->tokens[e].flags & KG_TOKEN_POSSESSIVE) && kx_is_cap(x, e + 1))) {
                e++;
            } else if (quoted && (kx_is(x, e, ":") || kx_is(x, e, ".")) && kx_is_cap(x, e + 1)) {
                e++;
            } else if ((kx_is(x, e, "of") || kx_is(x, e, "and")) &&
                       (kx_is_cap(x, e + 1) || (kx_is(x, e + 1, "the") && kx_is_cap(x, e + 2)))) {
                e += kx_is(x, e + 1, "the") ? 2 : 1;
            } else if (kx_is(x, e, "and") && kx_is_lower_word(x, e + 1) && !kx_is_cap(x, e + 2) &&
                       !kx_is_lower_word(x, e + 2)) {
                e += 2; /* "to Mazhilis and maslikhats" */
                break;
            } else {
                break;
            }
        }
        if (quoted && e < x->n && x->t->tokens[e].kind == KG_TOKEN_QUOTE)
            e++;
        end = e;
    }
    return end;
}


/* Whether an unnamed event phrase speaks of another time than the article's: 1 for a past
 * one (a modifier before its noun, "previous", "last"; "in August at the meeting"; a
 * participle of time after it, "begun in ...", "held last year"), 2 for a future one
 * ("next", "upcoming"), else 0. */
int kx_ev_other_time(const kx *x, const ev_mention *m)
{
    static const char *const future[] = {"next",        "upcoming",   "future",
                                         "forthcoming", "subsequent", NULL};
    static const char *const before[] = {"previous", "last",  "past", "earlier",
                                         "former",   "prior", NULL};
    for (size_t i = m->a; i < m->noun; i++)
        if (kx_is_any_ci(x, i, future))
            return 2;
    for (size_t i = m->a; i < m->noun; i++)
        if (kx_is_any_ci(x, i, before))
            return 1;
    /* "agreed in August at the ministerial meeting in Washington" */
    size_t k = m->a;
    while (k > 0 &&
           (kx_is(x, k - 1, "the") || kx_is(x, k - 1, "at") || kx_is(x, k - 1, "a") ||
            (x->label[k - 1] && kx_is_cap(x, k - 1) && m->a - k < 4)) &&
           kx_same_sentence(x, k - 1, m->a))
        k--; /* over "the", "at" and names before the phrase: "at the C5+1 meeting" */
    if (k >= 2 && kx_is_month(x, k - 1) && kx_is_cap(x, k - 1) &&
        (kx_is(x, k - 2, "in") || kx_is(x, k - 2, "last")) && kx_same_sentence(x, k - 2, m->a))
        return 1;
    size_t j = m->noun + 1;
    if (j < m->b)
        j = m->b;
    return j < x->n && kx_same_sentence(x, m->noun, j) &&
           (kx_is(x, j, "begun") || kx_is(x, j, "started") ||
            ((kx_is(x, j, "held") || kx_is(x, j, "convened")) && j + 1 < x->n &&
             kx_is(x, j + 1, "last")));
}

int kx_ev_doc_year(const kx *x)
{
    const char *d = x->out->doc->date;
    return d ? atoi(d) : 0;
}

void kx_ev_phrase_subtype(const kx *x, ev_mention *m)
{
    strcpy(m->subtype, "general");
    if (strcmp(m->kind, "election") != 0)
        return;
    static const char *const parliament[] = {"parliamentary", "Parliament",  "Mazhilis", "Duma",
                                             "Majlis",        "Kenesh",      "Senate",   "Assembly",
                                             "parliament",    "legislative", NULL};
    for (size_t i = m->a; i < m->b; i++) {
        if (kx_is_ci(x, i, "presidential") || kx_is(x, i, "President"))
            strcpy(m->subtype, "presidential");
        if (kx_is_any(x, i, parliament))
            strcpy(m->subtype, "parliamentary");
        if (kx_is_ci(x, i, "local") || kx_is_ci(x, i, "municipal") || kx_is_ci(x, i, "mayoral"))
            if (strcmp(m->subtype, "general") == 0)
                strcpy(m->subtype, "local");
        if (kx_is_ci(x, i, "provincial") || kx_is_ci(x, i, "gubernatorial") ||
            kx_is_ci(x, i, "regional"))
            if (strcmp(m->subtype, "general") == 0)
                strcpy(m->subtype, "regional");
    }
    /* a run-off is a ballot of its own, apart from the first round */
    static const char *const runoff[] = {"run-off", "runoff", "run-offs", "runoffs", NULL};
    for (size_t i = m->a; i < m->b; i++)
        if (kx_is_any_ci(x, i, runoff) ||
            (kx_is_ci(x, i, "second") && i + 1 < m->b && kx_is_ci(x, i + 1, "round"))) {
            if (strcmp(m->subtype, "general") == 0)
                strcpy(m->subtype, "runoff");
            else
                strcat(m->subtype, " runoff"); /* "parliamentary runoff": 20 bytes at most */
            break;
        }
}

/* Whether token i only frames a quoted title: "entitled" and the commas in 'a hearing
 * entitled, "X,"'. */
static int around_title(const kx *x, size_t i)
{
    static const char *const naming[] = {"entitled", "titled", "called", "named", NULL};
    int quote_next = i + 1 < x->n && x->t->tokens[i + 1].kind == KG_TOKEN_QUOTE;
    if (kx_is(x, i, ","))
        return quote_next;
    return kx_is_any(x, i, naming) &&
           (quote_next || (kx_is(x, i + 1, ",") && i + 2 < x->n &&
                           x->t->tokens[i + 2].kind == KG_TOKEN_QUOTE));
}

char *kx_ev_phrase_text(const kx *x, size_t a, size_t b)
{
    /* drop leading determiners and temporal adjectives from a label */
    while (a < b &&
           (kx_is_determiner(x, a) || kx_is_ci(x, a, "upcoming") || kx_is_ci(x, a, "last") ||
            kx_is_ci(x, a, "next") || kx_is_ci(x, a, "forthcoming")))
        a++;
    kg_buf buf = {0};
    int pending_space = 0;
    for (size_t i = a; i < b; i++) {
        if (x->t->tokens[i].flags & KG_TOKEN_SPACE_BEFORE)
            pending_space = 1;
        if (kx_is(x, i, "today") || kx_is(x, i, "yesterday") ||
            ((kx_is(x, i, "was") || kx_is(x, i, "were")) && kx_is(x, i + 1, "held")) ||
            (kx_is(x, i, "held") && i > a && (kx_is(x, i - 1, "was") || kx_is(x, i - 1, "were"))) ||
            x->t->tokens[i].kind == KG_TOKEN_QUOTE || around_title(x, i))
            continue;
        size_t len;
        const char *s = kx_tok(x, i, &len);
        if (buf.len && pending_space)
            kg_buf_putc(&buf, ' ');
        pending_space = 0;
        kg_buf_append(&buf, s, len);
    }
    return kg_buf_take(&buf);
}

/* A date in the sentence: "on March 19" (the document's year), "today", or a full date. */
char *kx_ev_sentence_date(const kx *x, size_t sentence)
{
    const kg_sentence *s = &x->t->sentences[sentence];
    char iso[11];
    if (kg_parse_date(x->t->text + s->start, s->end - s->start, iso))
        return kg_xstrdup(iso);
    const char *doc_date = x->out->doc->date;
    for (size_t i = s->first_token; i < s->end_token; i++) {
        if (kx_is(x, i, "today") && doc_date)
            return kg_xstrdup(doc_date);
        static const char *const months[] = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};
        for (int m = 0; m < 12; m++)
            if (kx_is(x, i, months[m]) && i + 1 < s->end_token &&
                x->t->tokens[i + 1].kind == KG_TOKEN_NUMBER && doc_date) {
                size_t len;
                int day = atoi(kx_tok(x, i + 1, &len));
                if (day >= 1 && day <= 31)
                    return kg_xasprintf("%.4s-%02d-%02d", doc_date, m + 1, day);
            }
    }
    return NULL;
}

/* A proper event name ends at the capitalised event noun at i: "Astana Economic Forum",
 * "the 10th Regional Forum", "C5+1 Critical Minerals Dialogue". Returns the first token of
 * the capitalised words (places and organisations included, people not) before the noun,
 * or i + 1 when the noun is generic: lower case or alone. (In a title-case headline every
 * word is capitalised: the caller checks that the body uses the name too.) */
size_t kx_ev_proper_name_start(const kx *x, size_t a, size_t i)
{
    if (!kx_is_cap(x, i))
        return i + 1;
    size_t c = i;
    while (c > 0 && kx_same_sentence(x, c - 1, i) && !kx_is_determiner(x, c - 1)) {
        /* "U.S.-Uzbekistan": a dash between two names without spaces joins them */
        int joining_dash = c >= 2 && x->t->tokens[c - 1].kind == KG_TOKEN_PUNCT &&
                           !(x->t->tokens[c - 1].flags & KG_TOKEN_SPACE_BEFORE) &&
                           !(x->t->tokens[c].flags & KG_TOKEN_SPACE_BEFORE) &&
                           kx_is_cap(x, c - 2) && (kx_is(x, c - 1, "-") || kx_is(x, c - 1, "–"));
        if (!(kx_is_cap(x, c - 1) || (c - 1 >= a && c - 1 < i) || joining_dash ||
              x->t->tokens[c - 1].kind == KG_TOKEN_NUMBER))
            break;
        size_t l = x->label[c - 1];
        if (l && x->out->mentions[l - 1].type == KG_PERSON)
            break;
        c--;
    }
    while (c < i && x->t->tokens[c].kind == KG_TOKEN_NUMBER && kx_ev_is_year(x, c, NULL))
        c++; /* a leading year dates the event, it does not name it */
    if (c == i || (c + 1 == i && kx_is_sentence_start(x, c) && kx_is_common_cap(x, c)))
        return i + 1;
    return c;
}
