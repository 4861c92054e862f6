/* kx_evidence: what the text around a candidate name says about its type, as weights per
 * type (kx_evidence.h): the cues inside the name (heads, "Party", a given name, a surname's
 * ending, the gazetteer, legal forms), before it (a title, "the ruling", "the daily") and
 * after it (", director of", "said", "deputies", seats and shares of the vote, an age).
 * kx_typing.c sums them over a name's mentions and decides.
 *
 * Reads: the tokens, the lexicons and the finders' mentions; adds nothing. */
#include "kx_evidence.h"

#include <stdlib.h>
#include <string.h>

/* (kx_evidence.h) */
/* Whether a title phrase ends right before token a. */
static int title_before(const kx *x, size_t a)
{
    if (a == 0 || !kx_same_sentence(x, a - 1, a))
        return 0;
    if (kx_is_title(x, a - 1))
        return 1;
    return kx_after_title(x, a);
}

/* Where the part of the name [a, b) that holds its head ends: before its first "of" or
 * "for" when a head noun stands there ("Union of Forces for Change" is a union, whatever
 * its complement names), else b ("Republic of Kazakhstan Ministry of Justice"). */
static size_t head_part_end(const kx *x, size_t a, size_t b)
{
    size_t c = a + 1;
    while (c < b && !kx_is(x, c, "of") && !kx_is(x, c, "for"))
        c++;
    if (c == b)
        return b;
    for (size_t k = a; k < c; k++)
        if (kx_is_head(x, k))
            return c;
    return b;
}

/* Whether a word of the name [a, b) states a political persuasion or programme
 * ("Democratic", "Liberation", "Opposition", "Socialist"), as parties' names do and the
 * names of most other bodies with the same heads ("African Union", "World Uyghur Congress")
 * do not. */
static int names_a_programme(const kx *x, size_t a, size_t b)
{
    /* persuasions in the adjective, and the aims of liberation movements; not the nouns
     * that civic bodies share ("Coalition for Democracy and Civil Society", "Justice"), nor
     * a trade union's ("Workers Union", "Labor Union"), nor words as often civic as
     * political ("the Green Belt Movement", "the Social Justice Coalition", "Unity") */
    static const char *const programmes[] = {
        "Democratic",   "Democrats",  "Liberal",     "Conservative",  "Socialist",
        "Communist",    "Republican", "People's",    "Peoples",       "Popular",
        "Nationalist",  "Patriotic",  "Progressive", "Revolutionary", "Liberation",
        "Independence", "Opposition", "Greens",      "Renewal",       "Restoration",
        "Salvation",    NULL};
    for (size_t k = a; k < b; k++)
        if (kx_is_any(x, k, programmes))
            return 1;
    return 0;
}

/* Whether every head noun of the name [a, b) (of its head part, head_part_end) is one
 * parties take ("Movement", "Front", "Alliance" ...), or it has none: "the opposition
 * Movement for Democratic Change" is a party, "the ruling Council" a council. */
static int party_like_heads(const kx *x, size_t a, size_t b)
{
    b = head_part_end(x, a, b);
    for (size_t k = a; k < b; k++)
        if (kx_is_head(x, k) && !kx_is_party_head(x, k))
            return 0;
    return 1;
}

/* Whether the name at a is set off by a comma after a title or role ("one journalist,
 * X Y,", "The Secretary-General of the MDC, X Y,"): an apposition naming its holder. */
static int title_apposition_before(const kx *x, size_t a)
{
    /* an acronym set off so is a body's ("..., MGIMO MFA RF Igor Filkevich") */
    if (a < 2 || !kx_is(x, a - 1, ",") || !kx_same_sentence(x, a - 2, a) || kx_is_allcaps(x, a))
        return 0;
    size_t t = a - 2;
    /* the title is a noun phrase of a sentence ("one journalist", "The Secretary-General of
     * ..."), not a segment of a list line ("X, Senior Director, Y") */
    if (kx_is_title(x, t))
        return t > 0 && kx_same_sentence(x, t - 1, t) &&
               (kx_is_lower_word(x, t - 1) || kx_is_determiner(x, t - 1));
    /* back over what the title is of: "of the MDC", "of the Arab League", a body found
     * already ("of the Movement for Democratic Change") */
    size_t k = t + 1;
    while (k > 0 && a - k < 12 && kx_same_sentence(x, k - 1, a)) {
        if (x->label[k - 1] && x->out->mentions[x->label[k - 1] - 1].tok_start < k - 1)
            k = x->out->mentions[x->label[k - 1] - 1].tok_start + 1;
        else if (!(kx_is_cap(x, k - 1) || kx_is(x, k - 1, "the")))
            break;
        k--;
    }
    if (!(k < t + 1 && k >= 3 && kx_is(x, k - 1, "of") && kx_same_sentence(x, k - 3, a)))
        return 0;
    /* the title, maybe of a part first: "The chairman of the majority faction of X" */
    size_t h = k - 2;
    while (h > 0 && h + 6 > k && !kx_is_title(x, h) && kx_same_sentence(x, h - 1, a) &&
           (kx_is_lower_word(x, h) || kx_is(x, h, "of")) && !kx_is_speech_verb(x, h))
        h--;
    return kx_is_title(x, h) && h > 0 && kx_same_sentence(x, h - 1, a) &&
           (kx_is_lower_word(x, h - 1) || kx_is_determiner(x, h - 1));
}

/* Whether a title set off by a comma follows the name [a, b): "X, director of", "X, a
 * spokesman", "X, a senior MDC official", "X, the party's deputy leader", "X, the Freedom
 * Front candidate" (the title after an article and up to four words that qualify it:
 * adjectives in lower case, a body's acronym or name, a possessive). */
static int title_apposition_after(const kx *x, size_t a, size_t b)
{
    if (!kx_is(x, b, ",") || !kx_same_sentence(x, a, b + 1))
        return 0;
    size_t k = b + 1;
    if (kx_is_title(x, k))
        return 1;
    if (!(kx_is_ci(x, k, "a") || kx_is_ci(x, k, "an") || kx_is_ci(x, k, "the")))
        return 0;
    k++;
    for (size_t q = 0; q < 5 && k < x->n && kx_same_sentence(x, b, k); q++, k++) {
        /* not the head of a possessive: "Port Velmar, the Front leader's hometown" */
        if (kx_is_title(x, k))
            return !(k + 1 < x->n && (x->t->tokens[k + 1].flags & KG_TOKEN_POSSESSIVE));
        /* a body's name in capitals: "X, the Freedom Front candidate" */
        if (!(kx_is_lower_word(x, k) || kx_is_allcaps(x, k) || kx_is_cap(x, k) ||
              (x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE)) ||
            kx_is_speech_verb(x, k))
            return 0;
    }
    return 0;
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

/* Whether the name ending before token b does what parties do, within its clause: fields
 * candidates ("X did not field a candidate"), has or wins a majority ("X does not have a
 * majority in parliament", "X won an absolute majority"). */
static int acts_as_party(const kx *x, size_t b)
{
    static const char *const fielding[] = {"field", "fielded", "fields", "fielding", NULL};
    static const char *const having[] = {"have",     "has",    "had",     "won",   "win",
                                         "wins",     "lost",   "loses",   "holds", "hold",
                                         "retained", "retain", "secured", "kept",  NULL};
    static const char *const kinds[] = {"a",       "an",     "absolute", "outright",
                                        "overall", "its",    "their",    "parliamentary",
                                        "working", "simple", NULL};
    int verb = 0;
    for (size_t k = b; k < b + 8 && k < x->n && kx_same_sentence(x, b, k); k++) {
        if (kx_is(x, k, ",") || kx_is(x, k, ";") || kx_is_speech_verb(x, k) ||
            (k > b && x->label[k]))
            return 0;
        if (kx_is_any(x, k, fielding))
            for (size_t j = k + 1; j < k + 4 && j < x->n; j++)
                if (kx_is(x, j, "candidate") || kx_is(x, j, "candidates"))
                    return 1;
        verb |= kx_is_any(x, k, having);
        if (verb && kx_is(x, k, "majority") && kx_is_any(x, k - 1, kinds))
            return 1;
    }
    return 0;
}

/* Whether "the party", the subject of a clause (after the sentence's start, a comma, a dash
 * or "and"), refers back to the name ending before token b: no other name of a body or party
 * comes between, within the rest of its sentence and the next ("X does not have a majority
 * - in March elections, the party won 99 seats"). */
static int the_party_after(const kx *x, size_t b)
{
    if (b >= x->n)
        return 0;
    size_t s = x->t->tokens[b].sentence, end_s = s + 1 < x->t->n_sentences ? s + 1 : s;
    size_t end = x->t->sentences[end_s].end_token;
    for (size_t k = b; k + 2 < end && k < b + 40; k++) { /* a bounded look: no scan a name */
        if (x->label[k]) {
            kg_entity_type t = x->out->mentions[x->label[k] - 1].type;
            if (t == KG_ORGANISATION || t == KG_PARTY)
                return 0;
        }
        if (!kx_is_ci(x, k, "the") || !kx_is(x, k + 1, "party") || !kx_is_lower_word(x, k + 2))
            continue;
        if (kx_is_sentence_start(x, k) ||
            (k > 0 && (kx_is(x, k - 1, ",") || kx_is(x, k - 1, "-") ||
                       kx_is(x, k - 1, "\xe2\x80\x93") || kx_is(x, k - 1, "and"))))
            return 1;
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
    static const char *const verbs[] = {
        "won",    "wins",    "winning",   "received", "receiving", "receives", "got",
        "gets",   "getting", "gained",    "obtained", "polled",    "garnered", "took",
        "taking", "secured", "collected", "scored",   NULL};
    static const char *const hedges[] = {"just", "only", "about", "around", "nearly", "almost",
                                         "over", "more", "than",  "less",   "some",   "roughly",
                                         "a",    "mere", "under", NULL};
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
    static const char *const ballots[] = {"vote",       "votes",  "ballot",       "ballots",
                                          "poll",       "polls",  "election",     "elections",
                                          "electorate", "runoff", "constituency", NULL};
    const kg_sentence *sen = &x->t->sentences[x->t->tokens[b].sentence];
    for (size_t j = sen->first_token; j < sen->end_token; j++)
        if (kx_is_any_ci(x, j, ballots))
            return 1;
    return 0;
}

/* "opposition leader X of the Y", "the ruling coalition's leader of Y": a leader of the
 * opposition or of the ruling side leads a party (a is the name's first token). */
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

/* "X, leader of the Sunshine Coalition": what a leader (in lower case, no title of an
 * office) leads is a party more often than a body when its name has a head parties take and
 * none of a body's kind; a bare name ("the leader of Al Qaeda") says nothing (a is the
 * name's first token). */
static int leader_of(const kx *x, size_t a)
{
    size_t k = a > 0 && kx_is(x, a - 1, "the") ? a - 1 : a;
    return k >= 2 && kx_is(x, k - 1, "of") &&
           (kx_is(x, k - 2, "leader") || kx_is(x, k - 2, "leaders")) &&
           kx_same_sentence(x, k - 2, a);
}

/* Whether the name [a, b) has a head noun that parties take ("Coalition", "Front"). */
static int has_party_head(const kx *x, size_t a, size_t b)
{
    b = head_part_end(x, a, b);
    for (size_t k = a; k < b; k++)
        if (kx_is_party_head(x, k))
            return 1;
    return 0;
}

/* What parties have: "Ak Zhol deputies", "the Likud candidate", "the Nur Otan faction". */
static const char *const party_roles[] = {"deputies",  "lawmakers",  "MPs",         "faction",
                                          "candidate", "candidates", "legislators", NULL};

/* Whether the name [a, b) stands between a determiner and a lower-case title, as the body
 * its holder serves: "a Reuters reporter", "an OSCE official", "the Kremlin spokesman". A
 * people's name does not stand there ("the Kazakh official" is no name: demonyms are not
 * candidates), nor does a person's ("the Smith lawyer" is rare in news). */
static int employer_before_title(const kx *x, size_t a, size_t b)
{
    return a > 0 && kx_is_determiner(x, a - 1) &&
           !(x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE) && kx_same_sentence(x, a - 1, b) &&
           kx_is_lower_word(x, b) && kx_is_title(x, b) && !kx_is_title(x, a) &&
           !kx_is_any(x, b, party_roles);
}

/* Whether the name [a, b) is joined by "and" to a person's name: "Prince Norodom Ranariddh
 * and Hun Sen agreed", "Hun Sen and Prince Norodom Ranariddh". Coordinated names are of one
 * kind. */
int kx_coordinated_with_person(const kx *x, size_t a, size_t b)
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

/* (kx_evidence.h) */
void kx_mention_evidence(const kx *x, const kg_x_mention *m, double ev[N_SLOTS])
{
    size_t a = m->tok_start, b = m->tok_end, len;
    if ((int)m->type < N_TYPES)
        ev[m->type] += W_FINDER;
    int head = 0, party_in = 0, shared_head = 0;
    size_t head_end = head_part_end(x, a, b);
    for (size_t k = a; k < b; k++) {
        if (kx_is_party_word(x, k))
            party_in = 1;
        else if (k >= head_end)
            continue;
        else if (kx_is_head(x, k) && kx_is_party_head(x, k))
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
        /* "Popular Movement for the Liberation of Angola", "Ethiopian Opposition
         * Coalition": a programme in the name tips a shared head to a party */
        if (names_a_programme(x, a, b))
            ev[KG_PARTY] += W_PROGRAMME;
    }
    const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[b - 1];
    if (kg_lexicon_has(x->lx, KG_LIST_PARTIES, x->t->text + ta->start, tb->end - ta->start))
        ev[KG_PARTY] += W_PARTY_LEXICON;
    /* what follows: "X party", "X (Y) party", "the X newspaper", "X, director of" */
    size_t after = b;
    if (kx_is(x, after, ")"))
        after++;
    else if (kx_is(x, b, "(") && kx_is_allcaps(x, b + 1) && kx_is(x, b + 2, ")"))
        after = b + 3; /* "the National Liberation Forces (FNL) party" */
    if (kx_same_sentence(x, a, after) && kx_is_party_word(x, after) && !kx_is(x, after, "Party"))
        ev[KG_PARTY] += W_PARTY_WORD;
    if (kx_same_sentence(x, a, after) && kx_is_lower_word(x, after) &&
        (kx_in_list(x, after, KG_LIST_ORG_NOUNS, 0) || kx_in_list2(x, after, KG_LIST_ORG_NOUNS)))
        ev[KG_ORGANISATION] += W_ORG_NOUN;
    if (title_apposition_after(x, a, b))
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
    /* not where the reporter is: "VOA's Barry Wood in Belgrade reports" */
    int where = a > 0 && (kx_is(x, a - 1, "in") || kx_is(x, a - 1, "from"));
    /* nor the reporter himself: "VOA's Barry Newhouse reports from Islamabad", a name an
     * outlet's possessive owns whatever its given name ("VOA's Nico Colombant reports") */
    int owned = a > 0 && (x->t->tokens[a].flags & KG_TOKEN_POSSESSIVE) == 0 &&
                (x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE) && kx_same_sentence(x, a - 1, a);
    for (size_t k = a; owned && k < b; k++) /* "Gazprom's Sibneft Oil reported": a firm */
        owned = !kx_is_common_cap(x, k) && !kx_is_head(x, k);
    size_t plen = 0; /* a country's or a town's firm: "Germany's Daimler Chrysler reported" */
    if (owned && a >= 2 && (kx_place_at(x, a - 2, &plen) || kx_is_demonym(x, a - 2)))
        owned = 0;
    int reporter = b - a >= 2 && b - a <= 3 &&
                   (owned || kx_is_given_name(x, a) || kx_in_list(x, a, KG_LIST_GIVEN_PLACES, 0));
    int reports = ((kx_is(x, b, "reported") || kx_is(x, b, "reports")) && !kx_is(x, b + 1, "to")) ||
                  kx_is(x, b, "quoted") || kx_is(x, b, "quotes");
    if (kx_same_sentence(x, a, b) && !where && !reporter &&
        (reports || (by > 1 && kx_is(x, by - 1, "by") && kx_is(x, by - 2, "reported"))))
        ev[KG_ORGANISATION] += W_MEDIA;
    if (kx_same_sentence(x, a, b) && owned && reporter && reports)
        ev[KG_PERSON] += W_MEDIA;
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
    /* leaders have majorities too ("Merkel does not have a majority") */
    if (acts_as_party(x, b))
        ev[EV_CONTESTANT] += W_SEATS;
    if (the_party_after(x, b))
        ev[KG_PARTY] += W_PARTY_BEFORE;
    /* what precedes: "the ruling party X", "Ambassador X" */
    size_t before = a > 0 && kx_is_ci(x, a - 1, "the") ? a - 1 : a; /* "party, the MMD" */
    before = before > 0 && kx_is(x, before - 1, ",") ? before - 1 : a;
    /* an apposition says what the name is as "X party" does: "the ruling party, the MMD" */
    if (before > 0 && kx_is(x, before - 1, "party") && kx_same_sentence(x, before - 1, a))
        ev[KG_PARTY] += before < a ? W_PARTY_WORD : W_PARTY_BEFORE;
    /* "the opposition Movement for Democratic Change", "the ruling X": what parties are */
    if (a > 0 && (kx_is(x, a - 1, "opposition") || kx_is(x, a - 1, "ruling")) &&
        party_like_heads(x, a, b))
        ev[KG_PARTY] += W_PARTY_WORD;
    else if ((opposition_leader_of(x, a) && party_like_heads(x, a, b)) ||
             (leader_of(x, a) && party_like_heads(x, a, b) && has_party_head(x, a, b)))
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
    /* "in the capital, Ulan Bator", "the city of X": a settlement's name; not the subject
     * of a reporting clause ("rallies in the capital, Issoufou says, but ...") */
    size_t c = a > 0 && kx_is(x, a - 1, ",") ? a - 1 : a;
    if (c > 0 && !kx_is_speech_verb(x, b) &&
        (kx_is(x, c - 1, "capital") ||
         (c > 1 && kx_is(x, c - 1, "of") &&
          (kx_is(x, c - 2, "city") || kx_is(x, c - 2, "town") || kx_is(x, c - 2, "village")))))
        ev[KG_PLACE] += W_PLACE_WORDS;
    if (b - a >= 2 && kx_is_legal_form(x, b - 1))
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
    if (wins_vote_share(x, b) && !(p && a + len == b)) /* "Florida (54%)": a place */
        ev[EV_CONTESTANT] += W_VOTE_SHARE;
    /* "the daily Le Matin", "the news agency Xinhua": the kind of body right before */
    if (a > 0 && kx_same_sentence(x, a - 1, a) && kx_is_lower_word(x, a - 1) &&
        (kx_in_list(x, a - 1, KG_LIST_ORG_NOUNS, 0) ||
         (a > 1 && kx_in_list2(x, a - 2, KG_LIST_ORG_NOUNS))))
        ev[KG_ORGANISATION] += W_ORG_NOUN_BEFORE;
}
