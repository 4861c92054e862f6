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
 * The weights are set by hand, not fitted: with some 60 gold documents a fitted model of
 * this many features would learn the dev sets' names. Each weight is the number of
 * finder votes a cue is worth: a cue that nearly always decides (the word "party" next to
 * the name, a country of the gazetteer, a title right before) outweighs two weaker ones. */
#include "../kg_mem.h"
#include "../resolve/kg_normalize.h"
#include "kg_extract_internal.h"
#include "kx_party_lists.h"
#include "kg_strhash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_TYPES 4 /* person, organisation, party, place: the types before KG_EVENT */
_Static_assert(KG_EVENT == N_TYPES, "the typed kinds come first");
/* one more slot of evidence: for "a party or a candidate" (a share of the vote), which goes
 * to whichever of the two the rest of a name's evidence prefers once it is summed over the
 * name's mentions (resolve_contestant) */
#define EV_CONTESTANT N_TYPES
#define N_SLOTS (N_TYPES + 1)

/* weights, in finder votes */
#define W_FINDER 1.0                 /* the type the finder that proposed the span gave it */
#define W_PARTY_WORD KX_W_PARTY_LIST /* "Party" inside the name, "X party" after it */
#define W_PARTY_BEFORE 2.0           /* "the ruling party X" */
#define W_PARTY_LEXICON 2.0          /* a name of Party Facts */
#define W_ORG_HEAD 2.0               /* "Institute", "Committee" inside the name */
#define W_ORG_NOUN 2.0               /* "the X newspaper" */
#define W_GIVEN 2.0                  /* a given name first, one more word after it */
#define W_SURNAME 1.0                /* the region's surname morphology at the end */
#define W_TITLE_BEFORE 2.5           /* "Ambassador X", "Secretary of the Party X Y" */
#define W_TITLE_AFTER 1.5            /* "X, director of ..." */
#define W_SPEECH 0.5                 /* "X said": bodies speak too */
#define W_COUNTRY 4.0                /* a country or continent of the gazetteer, the whole span */
#define W_PLACE 1.5                  /* a region or city of the gazetteer, the whole span */
#define W_PLACE_WORDS 3.5            /* a gazetteer name of two words or more ("West Bank") */
#define W_ORG_NOUN_BEFORE 2.5        /* "the daily Le Matin", "news agency Xinhua" */
#define W_LEGAL_FORM 3.0             /* "Ericsson AB", "Kia Motor Corp" */
#define W_VENUE 3.0                  /* "the Rayburn House Office Building": a building, a place */
#define W_LIST 2.0                   /* a weak item of a list whose strong items have one type */
#define W_COMPANY 3.0                /* "Lear" where the text named "Lear Corp" */
#define W_SPEAKER_LINE 3.0           /* the name opening a line of a list of speakers */
#define W_SEATS 3.0                  /* "Labor (13 seats)", "X won 40 of the 76 seats" */
#define W_BASED 3.0                  /* "the Ohio-based KeyCorp": places base bodies, not people */
#define W_EMPLOYER 3.0               /* "a Reuters reporter": the body a role is held in */
#define W_PARTY_ROLE 3.0             /* "Ak Zhol deputies", "the Likud candidate" */
#define W_VOTED_FOR 2.0              /* "voted for X": a party, or a candidate */
#define W_AGE 3.0                    /* "Samer Soliman, 42, said": people have ages */
#define W_WHO 2.0                    /* "Ivar Sandqvist, who leads": bodies take "which" */
#define W_VOTE_SHARE 3.0             /* "X received 6.6%": a party, or a candidate */
#define W_MEDIA 3.0                  /* "Interfax reported", "reported by the Daily X" */
#define W_MEMBERS 3.0                /* "two Hamas members": what has members is a body or a party */
#define W_NAMED_SURNAME 3.0          /* "Buhari" where the text named "Muhammadu Buhari" */
#define STRONG 3.0                   /* evidence at which an item decides its list's type */

typedef struct typing {
    double (*ev)[N_SLOTS]; /* per mention */
    char **key;            /* per mention: kg_normalize_key of its text */
    size_t n;              /* mentions typed (the finders' ones and those added here) */
    char **company;        /* keys of company names without their legal form ("lear") */
    size_t n_company;
} typing;

/* Whether token i is a company's legal form: "Inc", "Corp", "Ltd", "AG" ... */
static int is_legal_form(const kx *x, size_t i)
{
    static const char *const forms[] = {"Inc", "Corp", "Co", "Ltd",  "Plc", "PLC", "LLC", "AG",
                                        "SA",  "SpA",  "NV", "GmbH", "AB",  "Bhd", "Pty", NULL};
    return kx_is_any(x, i, forms);
}

/* Company names ending in a legal form give their short form: "Lear Corp" is "Lear" in the
 * next sentence. Notes the short form as an alias and keeps its key. */
static void collect_companies(kx *x, typing *ty)
{
    ty->company = kg_xcalloc(ty->n + 1, sizeof *ty->company);
    for (size_t i = 0; i < ty->n; i++) {
        const kg_x_mention *m = &x->out->mentions[i];
        size_t b = m->tok_end;
        if (m->type != KG_ORGANISATION || b - m->tok_start < 2 || !is_legal_form(x, b - 1))
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

/* Whether a title phrase ends right before token a. */
static int title_before(const kx *x, size_t a)
{
    if (a == 0 || !kx_same_sentence(x, a - 1, a))
        return 0;
    if (kx_is_title(x, a - 1))
        return 1;
    return kx_after_title(x, a);
}

/* Whether every head noun of the name [a, b) is one parties take ("Movement", "Front",
 * "Alliance" ...), or it has none: "the opposition Movement for Democratic Change" is a
 * party, "the ruling Council" a council. */
static int party_like_heads(const kx *x, size_t a, size_t b)
{
    static const char *const heads[] = {"Movement", "Front",     "Alliance", "Union",
                                        "Bloc",     "Coalition", "League",   "Congress",
                                        "Platform", "Rally",     "Party",    NULL};
    for (size_t k = a; k < b; k++)
        if (kx_is_head(x, k) && !kx_is_any(x, k, heads))
            return 0;
    return 1;
}

/* Whether the name at a is set off by a comma after a title or role ("one journalist,
 * X Y,", "The Secretary-General of the MDC, X Y,"): an apposition naming its holder. */
static int title_apposition_before(const kx *x, size_t a)
{
    if (a < 2 || !kx_is(x, a - 1, ",") || !kx_same_sentence(x, a - 2, a))
        return 0;
    size_t t = a - 2;
    /* the title is a noun phrase of a sentence ("one journalist", "The Secretary-General of
     * ..."), not a segment of a list line ("X, Senior Director, Y") */
    if (kx_is_title(x, t))
        return t > 0 && kx_same_sentence(x, t - 1, t) &&
               (kx_is_lower_word(x, t - 1) || kx_is_determiner(x, t - 1));
    /* back over what the title is of: "of the MDC", "of the Arab League" */
    size_t k = t + 1;
    while (k > 0 && a - k < 8 && (kx_is_cap(x, k - 1) || kx_is(x, k - 1, "the")) &&
           kx_same_sentence(x, k - 1, a))
        k--;
    return k < t + 1 && k >= 3 && kx_is(x, k - 1, "of") && kx_is_title(x, k - 2) &&
           kx_same_sentence(x, k - 3, a) &&
           (kx_is_lower_word(x, k - 3) || kx_is_determiner(x, k - 3));
}

/* Whether the name ending before token b holds seats: "X (13 seats)", "X won more than 40
 * of parliament's 76 seats", "X, which took 20 mandates". */
static int holds_seats(const kx *x, size_t b)
{
    static const char *const verbs[] = {
        "won",      "wins", "winning",  "took",  "takes", "gained", "gains", "secured", "secures",
        "received", "got",  "obtained", "holds", "hold",  "has",    "had",   "picked",  NULL};
    static const char *const seats[] = {"seats", "seat", "mandates", NULL};
    size_t k = b;
    if (kx_is(x, k, "("))
        k++;
    else if (kx_is(x, k, ",") && (kx_is(x, k + 1, "which") || kx_is(x, k + 1, "that")))
        k += 2;
    if (kx_is_any(x, k, verbs))
        k++;
    else if (k == b)
        return 0;
    for (size_t j = k; j < k + 7 && j < x->n && kx_same_sentence(x, b, j); j++) {
        if (kx_is_any(x, j, seats))
            return j > k && (x->t->tokens[j - 1].kind == KG_TOKEN_NUMBER ||
                             kx_is_lower_word(x, j - 1) || kx_is_cap(x, j - 1));
        if (kx_is(x, j, ")") || kx_is(x, j, ";") || kx_is_speech_verb(x, j))
            return 0;
    }
    return 0;
}

/* Whether token i is a percentage: "34%", "54 percent", "6.61 per cent". */
static int is_percentage(const kx *x, size_t i)
{
    if (i + 1 >= x->n || x->t->tokens[i].kind != KG_TOKEN_NUMBER)
        return 0;
    return kx_is(x, i + 1, "%") || kx_is(x, i + 1, "percent") ||
           (kx_is(x, i + 1, "per") && kx_is(x, i + 2, "cent"));
}

/* Whether the name ending before token b wins a share of the vote: "X received just 6.61%",
 * "X was winning 41 percent of the vote", "X (34%)", "X, which got 7 percent". Parties and
 * candidates do. */
static int wins_vote_share(const kx *x, size_t b)
{
    static const char *const verbs[] = {"won",      "wins",     "winning", "received", "receiving",
                                        "receives", "got",      "gets",    "getting",  "gained",
                                        "obtained", "polled",   "garnered", "took",    "taking",
                                        "secured",  "collected", "scored", NULL};
    static const char *const hedges[] = {"just", "only",  "about", "around", "nearly",
                                         "almost", "over", "more", "than",   "less",
                                         "some", "roughly", "a",   "mere",   "under", NULL};
    size_t k = b;
    if (kx_is(x, k, "("))
        return is_percentage(x, k + 1) && kx_same_sentence(x, b, k + 1);
    if (kx_is(x, k, ",") && (kx_is(x, k + 1, "which") || kx_is(x, k + 1, "who")))
        k += 2;
    if (kx_is(x, k, "was") || kx_is(x, k, "is") || kx_is(x, k, "has") || kx_is(x, k, "had"))
        k++;
    if (!kx_is_any(x, k, verbs))
        return 0;
    k++;
    for (size_t j = k; j < k + 3 && kx_is_any(x, j, hedges); j++)
        k = j + 1;
    if (!kx_same_sentence(x, b, k) || !is_percentage(x, k))
        return 0;
    /* a share of a vote: the sentence speaks of one ("of the vote", "in the election") */
    static const char *const ballots[] = {"vote",   "votes",     "ballot", "ballots", "poll",
                                          "polls",  "election",  "elections", "electorate",
                                          "runoff", "constituency", NULL};
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[b].sentence];
    for (size_t j = sen->first_token; j < sen->end_token; j++)
        if (kx_is_any_ci(x, j, ballots))
            return 1;
    return 0;
}

/* "opposition leader X of the Y", "the ruling coalition's leader of Y": a leader of the
 * opposition or of the ruling side leads a party (a the name's first token). */
static int opposition_leader_of(const kx *x, size_t a)
{
    size_t k = a;
    if (k > 0 && kx_is(x, k - 1, "the"))
        k--;
    if (k == 0 || !kx_is(x, k - 1, "of"))
        return 0;
    k--;
    /* back over the leader's name and title to "opposition" */
    for (size_t j = k; j > 0 && j + 8 > k && kx_same_sentence(x, j - 1, a); j--) {
        if (kx_is(x, j - 1, "opposition") || kx_is(x, j - 1, "ruling"))
            return 1;
        if (!kx_is_cap(x, j - 1) && !kx_is_title(x, j - 1))
            return 0;
    }
    return 0;
}

/* What parties have: "Ak Zhol deputies", "the Likud candidate", "the Nur Otan faction". */
static const char *const party_roles[] = {"deputies",   "lawmakers",  "MPs",         "faction",
                                          "candidate",  "candidates", "legislators", NULL};

/* Whether the name [a, b) stands between a determiner and a lower-case title, as the body
 * its holder serves: "a Reuters reporter", "an OSCE official", "the Kremlin spokesman". A
 * people's name does not stand there ("the Kazakh official" is no name: demonyms are not
 * candidates), nor does a person's ("the Smith lawyer" is rare in news). */
static int employer_before_title(const kx *x, size_t a, size_t b)
{
    return a > 0 && kx_is_determiner(x, a - 1) && !(x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE) &&
           kx_same_sentence(x, a - 1, b) && kx_is_lower_word(x, b) && kx_is_title(x, b) &&
           !kx_is_title(x, a) && !kx_is_any(x, b, party_roles);
}

/* Whether the name [a, b) is joined by "and" to a person's name: "Prince Norodom Ranariddh
 * and Hun Sen agreed", "Hun Sen and Prince Norodom Ranariddh". Coordinated names are of one
 * kind. */
static int coordinated_with_person(const kx *x, size_t a, size_t b)
{
    if (a >= 2 && kx_is(x, a - 1, "and") && x->label[a - 2] && kx_same_sentence(x, a - 2, a)) {
        const kg_x_mention *p = &x->out->mentions[x->label[a - 2] - 1];
        if (p->type == KG_PERSON && p->tok_end == a - 1)
            return 1;
    }
    if (b + 1 < x->n && kx_is(x, b, "and") && x->label[b + 1] && kx_same_sentence(x, a, b + 1)) {
        const kg_x_mention *p = &x->out->mentions[x->label[b + 1] - 1];
        if (p->type == KG_PERSON && p->tok_start == b + 1)
            return 1;
    }
    return 0;
}

/* The evidence one mention gives for each type. */
static void mention_evidence(const kx *x, const kg_x_mention *m, double ev[N_SLOTS])
{
    size_t a = m->tok_start, b = m->tok_end, len;
    if ((int)m->type < N_TYPES)
        ev[m->type] += W_FINDER;
    int head = 0, party_in = 0, shared_head = 0;
    for (size_t k = a; k < b; k++) {
        if (kx_is_party_word(x, k))
            party_in = 1;
        else if (kx_is_head(x, k) && party_like_heads(x, k, k + 1))
            shared_head = 1; /* "Movement", "Front": bodies' and parties' heads alike */
        else if (kx_is_head(x, k))
            head = 1;
    }
    if (party_in)
        ev[KG_PARTY] += W_PARTY_WORD;
    if (head)
        ev[KG_ORGANISATION] += W_ORG_HEAD;
    else if (shared_head) {
        ev[KG_ORGANISATION] += W_ORG_HEAD / 2;
        ev[KG_PARTY] += W_ORG_HEAD / 2;
    }
    const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[b - 1];
    if (kg_lexicon_has(x->lx, KG_LIST_PARTIES, x->t->text + ta->start, tb->end - ta->start))
        ev[KG_PARTY] += W_PARTY_LEXICON;
    /* what follows: "X party", "X (Y) party", "the X newspaper", "X, director of" */
    size_t after = b;
    if (kx_is(x, after, ")"))
        after++;
    if (kx_same_sentence(x, a, after) && kx_is_party_word(x, after) && !kx_is(x, after, "Party"))
        ev[KG_PARTY] += W_PARTY_WORD;
    if (kx_same_sentence(x, a, after) && kx_is_lower_word(x, after) &&
        (kx_in_list(x, after, KG_LIST_ORG_NOUNS, 0) || kx_in_list2(x, after, KG_LIST_ORG_NOUNS)))
        ev[KG_ORGANISATION] += W_ORG_NOUN;
    if (kx_is(x, b, ",") &&
        (kx_is_title(x, b + 1) ||
         ((kx_is_ci(x, b + 1, "a") || kx_is_ci(x, b + 1, "the")) && kx_is_title(x, b + 2))))
        ev[KG_PERSON] += W_TITLE_AFTER;
    if (kx_is_speech_verb(x, b))
        ev[KG_PERSON] += W_SPEECH;
    /* what parties have and get: "Ak Zhol deputies", "the Likud candidate", "the Nur Otan
     * faction", "voted for Respublica" */
    if (kx_same_sentence(x, a, b) && kx_is_any(x, b, party_roles))
        ev[KG_PARTY] += W_PARTY_ROLE;
    if (a > 2 && kx_is(x, a - 1, "for") &&
        (kx_is(x, a - 2, "voted") || kx_is(x, a - 2, "vote") || kx_is(x, a - 2, "votes")) &&
        kx_same_sentence(x, a - 2, a))
        ev[KG_PARTY] += W_VOTED_FOR;
    /* "X Y, who will lead the mission, said": a relative clause of a person */
    if (kx_is(x, b, ",") && kx_is(x, b + 1, "who") && kx_same_sentence(x, a, b + 1))
        ev[KG_PERSON] += W_WHO;
    /* "X Y, 42, told reporters": an age set off by commas */
    if (kx_is(x, b, ",") && b + 2 < x->n && kx_is(x, b + 2, ",") &&
        x->t->tokens[b + 1].kind == KG_TOKEN_NUMBER && kx_same_sentence(x, a, b + 2)) {
        size_t digits;
        const char *n = kx_tok(x, b + 1, &digits);
        int age = digits <= 3 ? atoi(n) : 0;
        if (age >= 14 && age <= 110)
            ev[KG_PERSON] += W_AGE;
    }
    /* news outlets report (people say): "RIA Novosti reported", "Interfax quoted him",
     * "as reported by The Guardian" */
    size_t by = a > 0 && kx_is_ci(x, a - 1, "the") ? a - 1 : a;
    if (kx_same_sentence(x, a, b) &&
        (((kx_is(x, b, "reported") || kx_is(x, b, "reports")) && !kx_is(x, b + 1, "to")) ||
         kx_is(x, b, "quoted") || kx_is(x, b, "quotes") ||
         (by > 1 && kx_is(x, by - 1, "by") && kx_is(x, by - 2, "reported"))))
        ev[KG_ORGANISATION] += W_MEDIA;
    /* bodies and parties have members alike: the cue goes to whichever of the two the
     * rest of the evidence prefers ("a founding Civic Platform member") */
    if (kx_same_sentence(x, a, b) && (kx_is(x, b, "members") || kx_is(x, b, "member")))
        ev[ev[KG_PARTY] > ev[KG_ORGANISATION] ? KG_PARTY : KG_ORGANISATION] += W_MEMBERS;
    if (employer_before_title(x, a, b))
        ev[KG_ORGANISATION] += W_EMPLOYER;
    if (a > 0 && kx_is_based(x, a - 1) && kx_same_sentence(x, a - 1, a))
        ev[KG_ORGANISATION] += W_BASED;
    if (holds_seats(x, b))
        ev[KG_PARTY] += W_SEATS;
    /* what precedes: "the ruling party X", "Ambassador X" */
    size_t before = a > 0 && kx_is(x, a - 1, ",") ? a - 1 : a;
    if (before > 0 && kx_is(x, before - 1, "party"))
        ev[KG_PARTY] += W_PARTY_BEFORE;
    /* "the opposition Movement for Democratic Change", "the ruling X": what parties are */
    if (a > 0 && (kx_is(x, a - 1, "opposition") || kx_is(x, a - 1, "ruling")) &&
        party_like_heads(x, a, b))
        ev[KG_PARTY] += W_PARTY_WORD;
    else if (opposition_leader_of(x, a) && party_like_heads(x, a, b))
        ev[KG_PARTY] += W_PARTY_BEFORE;
    if (title_before(x, a) || title_apposition_before(x, a))
        ev[KG_PERSON] += W_TITLE_BEFORE;
    /* the name itself */
    if (b - a >= 2 && kx_is_given_name(x, a))
        ev[KG_PERSON] += W_GIVEN;
    if (kx_has_surname_suffix(x, b - 1) && !head && !party_in)
        ev[KG_PERSON] += b - a >= 2 ? W_SURNAME : W_SURNAME / 2;
    const kg_place *p = kx_place_at(x, a, &len);
    if (p && a + len == b)
        ev[KG_PLACE] += strcmp(p->kind, "country") == 0 || strcmp(p->kind, "continent") == 0
                            ? W_COUNTRY
                        : b - a >= 2 ? W_PLACE_WORDS
                                     : W_PLACE;
    /* "in the capital, Ulan Bator", "the city of X": a settlement's name */
    size_t c = a > 0 && kx_is(x, a - 1, ",") ? a - 1 : a;
    if (c > 0 &&
        (kx_is(x, c - 1, "capital") ||
         (c > 1 && kx_is(x, c - 1, "of") &&
          (kx_is(x, c - 2, "city") || kx_is(x, c - 2, "town") || kx_is(x, c - 2, "village")))))
        ev[KG_PLACE] += W_PLACE_WORDS;
    if (b - a >= 2 && is_legal_form(x, b - 1))
        ev[KG_ORGANISATION] += W_LEGAL_FORM;
    if (b - a >= 2 && (kx_is_venue_word(x, b - 1) || kx_is_venue_word(x, a)))
        ev[KG_PLACE] += W_VENUE;
    /* "July 27, 2015, The Kremlin, Moscow": the line says where, so its names are places */
    if (x->place_line && x->place_line[a])
        ev[KG_PLACE] += W_VENUE;
    /* "Witnesses:" then "John Roe, Director, X": the line names a speaker */
    if (kx_in_speaker_line(x, a))
        ev[KG_PERSON] += W_SPEAKER_LINE;
    /* parties and candidates win shares of the vote */
    if (wins_vote_share(x, b))
        ev[EV_CONTESTANT] += W_VOTE_SHARE;
    /* "the daily Le Matin", "the news agency Xinhua": the kind of body right before */
    if (a > 0 && kx_same_sentence(x, a - 1, a) && kx_is_lower_word(x, a - 1) &&
        (kx_in_list(x, a - 1, KG_LIST_ORG_NOUNS, 0) ||
         (a > 1 && kx_in_list2(x, a - 2, KG_LIST_ORG_NOUNS))))
        ev[KG_ORGANISATION] += W_ORG_NOUN_BEFORE;
}

/* Gives the evidence for "a party or a candidate" to the person when the rest of the
 * evidence prefers a person to a party (a given name, a surname's ending, the full name
 * elsewhere), to the party when a party is at least as likely as a body, else to neither. */
static void resolve_contestant(double ev[N_SLOTS])
{
    if (ev[KG_PERSON] > ev[KG_PARTY])
        ev[KG_PERSON] += ev[EV_CONTESTANT];
    else if (ev[KG_PARTY] >= ev[KG_ORGANISATION])
        ev[KG_PARTY] += ev[EV_CONTESTANT];
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

/* Sums the evidence of each name's mentions and gives them all the winning type. */
static void decide_by_name(kx *x, typing *ty)
{
    keyed *order = kg_xmalloc((ty->n + 1) * sizeof *order);
    size_t n = 0;
    for (size_t i = 0; i < ty->n; i++)
        if ((int)x->out->mentions[i].type < N_TYPES)
            order[n++] = (keyed){ty->key[i], i};
    qsort(order, n, sizeof *order, by_key);
    for (size_t g = 0; g < n;) {
        size_t h = g;
        double sum[N_SLOTS] = {0};
        while (h < n && strcmp(order[h].key, order[g].key) == 0) {
            for (int t = 0; t < N_SLOTS; t++)
                sum[t] += ty->ev[order[h].mention][t];
            h++;
        }
        resolve_contestant(sum);
        int type = best_type(sum, x->out->mentions[order[g].mention].type);
        for (size_t k = g; k < h; k++) {
            size_t mi = order[k].mention;
            kg_x_mention *m = &x->out->mentions[mi];
            if ((int)m->type != type && m->type == KG_PLACE)
                kx_set_place(x, mi, NULL);
            m->type = (kg_entity_type)type;
            memcpy(ty->ev[mi], sum, sizeof sum);
        }
        g = h;
    }
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
    size_t a = mentions_for_sort[*(const size_t *)pa].tok_start;
    size_t b = mentions_for_sort[*(const size_t *)pb].tok_start;
    return (a > b) - (a < b);
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
    keyed *order = kg_xmalloc((ty->n + 1) * sizeof *order);
    size_t n_order = 0;
    for (size_t i = 0; i < ty->n; i++)
        if ((int)x->out->mentions[i].type < N_TYPES)
            order[n_order++] = (keyed){ty->key[i], i};
    qsort(order, n_order, sizeof *order, by_key);
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
            words = kx_in_list(x, k, KG_LIST_COMMON_WORDS, 1) ||
                    kx_is_demonym(x, k) || kx_is_month(x, k);
        /* one word of English names nothing by itself ("a Government official"); several
         * do when the context is strong ("the New York-based Human Rights Watch") */
        if (words && b - i < 2) {
            i = b - 1;
            continue;
        }
        kg_x_mention probe = {.tok_start = i, .tok_end = b, .type = KG_ENTITY_TYPE_COUNT};
        double ev[N_SLOTS] = {0};
        mention_evidence(x, &probe, ev);
        /* a list's item takes its kind from a sure item beside it; the typing of found
         * names does this by decide_by_list */
        if (!words && b - i >= 2 && coordinated_with_person(x, i, b))
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
        if (m.type != KG_PERSON && m.type != KG_ORGANISATION && m.type != KG_PARTY)
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
        mention_evidence(x, m, ty.ev[i]);
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

void kx_drop_bare_heads(kx *x)
{
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (bare_generic_head(x, &x->out->entities[k]) ||
            (x->out->entities[k].type == KG_PARTY && x->out->entities[k].n_aliases == 0 &&
             strcmp(x->out->entities[k].key, "parti") == 0)) /* "the Party": which? */
            x->out->entities[k].type = KG_ENTITY_TYPE_COUNT; /* dead: compacted away */
}
