/* kx_structure: what the layout of a news text says before any name pattern is tried.
 *
 * Reads: the tokens (paragraph starts, capitals) and the gazetteer.
 * Adds:  which sentences are title-case headlines (x->headline, asked through
 *        kx_in_headline); mentions for datelines ("OTTAWA 1996-08-30", "FARMINGTON HILLS, Mich.",
 *        "ALMATY. NEWSWIRE -", "TARAZ, May 3 (Newswire) -"): the place, the region after it,
 *        the news agency; and marks the tokens of lines written in capitals (headlines,
 *        table heads, "ROMANIA COMELF H1 PROFIT RISE"), where every word is capitalised and
 *        so no word is an acronym; countries written there in capitals are places.
 *        Marks a release's line of its date and places ("July 27, 2015, The Kremlin,
 *        Moscow"), or of places alone under the headline ("Astana, Kazakhstan"), and adds a
 *        place mention for each name in it.
 *        Marks the names on lines of speakers ("Witnesses:" then "John Roe, Director, X";
 *        "Moderator: Jane Roe") and adds a person mention for each, and for the name in
 *        capitals after an honorific that opens a line ("HON. JANE Q. ROE of Ohio"), and for
 *        a transcript's turn label in capitals ("JANICE ROE: Thank you.").
 *        Marks the quoted title an event noun announces ("the conference “Collaboration Between
 *        Government and Civil Society”"): a title, whose heads name no body.
 * Runs first, so that the finders after it see these tokens labelled or marked. */
#include "../kg_mem.h"
#include "kg_extract_internal.h"

#include <string.h>
#include <strings.h>

/* Whether token i starts a paragraph (or the text), or is past the text's last token (the
 * end of the text ends a line too). */
static int starts_line(const kx *x, size_t i)
{
    return i == 0 || i >= x->n || (x->t->tokens[i].flags & KG_TOKEN_LINE_BEFORE);
}

/* The gazetteer place whose name is tokens [a, b) written in capitals ("FARMINGTON HILLS",
 * "ST. LOUIS"), looked up in title case; NULL when none. */
static const kg_place *place_in_capitals(const kx *x, size_t a, size_t b)
{
    const kg_token *ta = &x->t->tokens[a], *tb = &x->t->tokens[b - 1];
    size_t n = tb->end - ta->start;
    char buf[128];
    if (n + 4 > sizeof buf)
        return NULL;
    size_t o = kx_recase(x->t->text + ta->start, n, KX_CASE_TITLE_WORDS, buf, sizeof buf);
    return o == (size_t)-1 ? NULL : kg_lexicon_place(x->lx, buf, o);
}

/* Whether token i can follow a dateline's place: the end of the line, punctuation that
 * closes it, a date, or a bracketed agency. */
static int ends_dateline_place(const kx *x, size_t i)
{
    if (i >= x->n || starts_line(x, i))
        return 1;
    return kx_is(x, i, ",") || kx_is(x, i, ".") || kx_is(x, i, "-") || kx_is(x, i, "–") ||
           kx_is(x, i, "—") || kx_is(x, i, "(") || kx_is(x, i, ":") ||
           x->t->tokens[i].kind == KG_TOKEN_NUMBER || kx_is_month(x, i);
}

/* A capitalised run from i on one line: "Mich", "Kazakhstan", "Reuters". */
static size_t cap_run(const kx *x, size_t i, size_t max)
{
    size_t b = i;
    while (b < x->n && b < i + max && kx_is_cap(x, b) && !x->label[b] &&
           (b == i || !starts_line(x, b)))
        b++;
    return b;
}

/* Reads a dateline at the paragraph start a; returns the token after it (a when none). */
static size_t read_dateline(kx *x, size_t a)
{
    /* the place: one to four words in capitals, "ST." kept inside; a month is the date
     * ("DECEMBER 12, 2022", "ALMATY OCTOBER 3"), never part of the place */
    size_t b = a;
    while (b < x->n && b < a + 5 && (b == a || !starts_line(x, b)) && !kx_is_month(x, b) &&
           (kx_is_allcaps(x, b) || (kx_is(x, b, ".") && b > a &&
                                    x->t->tokens[b - 1].end - x->t->tokens[b - 1].start <= 3 &&
                                    kx_is_allcaps(x, b - 1) && kx_is_allcaps(x, b + 1))))
        b++;
    if (b == a || b > a + 4 || !ends_dateline_place(x, b) || kx_is(x, b - 1, "."))
        return a;
    /* a place the gazetteer knows, or one followed by what only datelines have */
    const kg_place *p = place_in_capitals(x, a, b);
    int dated = b < x->n && !starts_line(x, b) &&
                (x->t->tokens[b].kind == KG_TOKEN_NUMBER || kx_is_month(x, b) || kx_is(x, b, "(") ||
                 kx_is(x, b, "-") || kx_is(x, b, "–") || kx_is(x, b, "—") ||
                 (kx_is(x, b, ",") && kx_is_cap(x, b + 1)) ||
                 (kx_is(x, b, ".") && kx_is_allcaps(x, b + 1)));
    if (!p && !dated)
        return a;
    /* a transcript's label is no dateline: "SENATOR JANE ROE (D-MD):", "MR. ROE:" (a title
     * opens it, or a colon closes it, after the party and state) */
    size_t close = kx_after_parenthetical(x, b, 6);
    if (!p && (kx_is_title(x, a) || kx_is_honorific(x, a) || kx_is(x, close, ":")))
        return a;
    size_t m = kx_add_mention(x, a, b, KG_PLACE);
    if (p)
        kx_set_place(x, m, p);
    for (size_t k = a; k < b; k++)
        x->dateline[k] = 1;
    size_t i = b;
    /* ", Mich." / ", Kazakhstan": the region or country after the place */
    if (kx_is(x, i, ",") && kx_is_cap(x, i + 1) && !kx_is_month(x, i + 1)) {
        size_t e = cap_run(x, i + 1, 3);
        if (e > i + 1) {
            size_t r = kx_add_mention(x, i + 1, e, KG_PLACE);
            size_t plen;
            const kg_place *rp = kx_place_at(x, i + 1, &plen);
            if (rp && plen == e - i - 1)
                kx_set_place(x, r, rp);
            for (size_t k = i + 1; k < e; k++)
                x->dateline[k] = 1;
            i = e;
        }
    }
    /* the date, up to an agency or the dash */
    while (i < x->n && !starts_line(x, i) && i < b + 8 &&
           (x->t->tokens[i].kind == KG_TOKEN_NUMBER || kx_is_month(x, i) || kx_is(x, i, ",") ||
            kx_is(x, i, "/")))
        i++;
    /* "(Reuters)", "(Newswire)": the agency in brackets */
    if (kx_is(x, i, "(") && kx_is_cap(x, i + 1)) {
        size_t e = cap_run(x, i + 1, 4);
        if (e > i + 1 && kx_is(x, e, ")")) {
            kx_add_mention(x, i + 1, e, KG_ORGANISATION);
            i = e + 1;
        }
    } else if (kx_is(x, i, ".") && kx_is_allcaps(x, i + 1)) {
        /* "ALMATY. NEWSWIRE -": the agency in capitals between the stop and the dash */
        size_t e = i + 1;
        while (e < x->n && e < i + 4 && kx_is_allcaps(x, e) && !starts_line(x, e))
            e++;
        if (kx_is(x, e, "-") || kx_is(x, e, "–") || kx_is(x, e, "—")) {
            kx_add_mention(x, i + 1, e, KG_ORGANISATION);
            i = e;
        }
    }
    return i;
}

/* The end of a date at i ("July 27, 2015", "27 July 2015", "July 27"), or i when none. */
static size_t date_end(const kx *x, size_t i)
{
    int num = i < x->n && x->t->tokens[i].kind == KG_TOKEN_NUMBER;
    size_t k = i;
    if (kx_is_month(x, i) && i + 1 < x->n && x->t->tokens[i + 1].kind == KG_TOKEN_NUMBER)
        k = i + 2;
    else if (num && kx_is_month(x, i + 1))
        k = i + 2;
    else
        return i;
    if (kx_is(x, k, ",") && k + 1 < x->n && x->t->tokens[k + 1].kind == KG_TOKEN_NUMBER &&
        !starts_line(x, k + 1))
        k += 2;
    else if (k < x->n && x->t->tokens[k].kind == KG_TOKEN_NUMBER && !starts_line(x, k))
        k++;
    return k;
}

/* Marks tokens [a, i) as a line of places and adds a place mention for each run of runs[n]. */
static void mark_place_runs(kx *x, size_t a, size_t i, size_t runs[][2], size_t n)
{
    size_t plen;
    for (size_t k = a; k < i; k++)
        x->place_line[k] = 1;
    for (size_t r = 0; r < n; r++) {
        size_t m = kx_add_mention(x, runs[r][0], runs[r][1], KG_PLACE);
        const kg_place *p = kx_place_at(x, runs[r][0], &plen);
        if (p && plen == runs[r][1] - runs[r][0])
            kx_set_place(x, m, p);
    }
}

/* A line of places alone under the headline, as speeches give where they were delivered:
 * "Astana, Kazakhstan" (two to four names set off by commas, each one the gazetteer knows,
 * the line nothing else). Returns the token after the line, or a when the line is
 * none. */
static size_t read_places_line(kx *x, size_t a)
{
    size_t runs[4][2], n = 0, i = a;
    do {
        size_t from = n == 0 ? i : i + 1;
        size_t b = cap_run(x, from, 4);
        if (b == from || (n > 0 && starts_line(x, from)))
            return a;
        runs[n][0] = from;
        runs[n++][1] = b;
        i = b;
    } while (n < 4 && kx_is(x, i, ",") && !starts_line(x, i));
    if (n < 2 || !(i >= x->n || starts_line(x, i)))
        return a;
    /* every name a place of the gazetteer: "X, Foreign Minister, Vilnius" is a byline */
    for (size_t r = 0; r < n; r++) {
        size_t plen;
        if (!kx_place_at(x, runs[r][0], &plen) || plen != runs[r][1] - runs[r][0])
            return a;
    }
    mark_place_runs(x, a, i, runs, n);
    return i;
}

/* A line that gives the date and then where, as some official sites open a release: "July
 * 27, 2015, The Kremlin, Moscow". Each name after the date is a place (the venue, then the
 * city), when the last is a place the gazetteer knows. Returns the token after the line, or
 * a when the line is none. */
static size_t read_date_and_places(kx *x, size_t a)
{
    size_t i = date_end(x, a);
    if (i == a || !kx_is(x, i, ",") || starts_line(x, i))
        return a;
    size_t runs[4][2], n = 0;
    while (kx_is(x, i, ",") && n < 4 && !starts_line(x, i)) {
        size_t b = cap_run(x, i + 1, 4);
        if (b == i + 1 || starts_line(x, i + 1))
            return a;
        runs[n][0] = i + 1;
        runs[n++][1] = b;
        i = b;
    }
    if (n == 0 || !(i >= x->n || starts_line(x, i) || (kx_is(x, i, ".") && starts_line(x, i + 1))))
        return a;
    size_t plen;
    const kg_place *last = kx_place_at(x, runs[n - 1][0], &plen);
    if (!last || plen != runs[n - 1][1] - runs[n - 1][0])
        return a;
    mark_place_runs(x, a, i, runs, n);
    return i;
}

/* The end of the line that starts at token a. */
static size_t line_end(const kx *x, size_t a)
{
    size_t b = a + 1;
    while (b < x->n && !starts_line(x, b))
        b++;
    return b;
}

int kx_is_speaking_cue(const kx *x, size_t i)
{
    static const char *const cues[] = {"testif",    "speak",   "panelist", "panellist",  "witness",
                                       "presenter", "address", "moderat",  "discussant", NULL};
    if (i >= x->n) /* a caller may look one past a sentence of one word at the text's end */
        return 0;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    for (size_t c = 0; cues[c]; c++) {
        size_t n = strlen(cues[c]);
        if (len >= n && strncasecmp(w, cues[c], n) == 0)
            return 1;
    }
    return 0;
}

int kx_announces_speakers(const kx *x, size_t first, size_t end)
{
    if (end == first || !kx_is(x, end - 1, ":"))
        return 0;
    for (size_t k = first; k < end; k++)
        if (kx_is_speaking_cue(x, k))
            return 1;
    return 0;
}

/* The name a speaker line opens with, after honorifics and titles: "Dr. Jane Roe, Director,
 * X" gives [Jane, Roe); "E. Wayne Merry, Atlantic Council" the initial too. Returns the end
 * of the name (a when none) and its start in *from: two to four capitalised words or
 * initials, up to a comma or the end of the line. */
static size_t speaker_line_name(const kx *x, size_t a, size_t e, size_t *from)
{
    size_t i = a;
    /* "His Excellency X" */
    if ((kx_is(x, i, "His") || kx_is(x, i, "Her")) && i + 1 < e &&
        (kx_is_honorific(x, i + 1) || kx_is_title(x, i + 1)))
        i++;
    while (i < e && (kx_is_honorific(x, i) || kx_is_title(x, i))) {
        i++;
        if (kx_is(x, i, "."))
            i++;
    }
    size_t b = i, words = 0;
    int head = 0;   /* a head noun among the words */
    int proper = 0; /* a word that is no title and no word of English */
    while (
        b < e && words < 5 &&
        (kx_is_cap(x, b) || (kx_is(x, b, ".") && b > i) || (b > i && kx_is_name_particle(x, b)))) {
        words += kx_is_cap(x, b) != 0;
        head |= kx_is_head(x, b);
        proper |=
            kx_is_cap(x, b) && !kx_is_title(x, b) && !kx_in_list(x, b, KG_LIST_COMMON_WORDS, 1);
        b++;
    }
    /* a name alone on its line may be a body's or a title's ("Movement Azamat", "Senior
     * Associate"); before a comma it is a person's whatever its words ("Hon. Thomas Church,
     * Senior Fellow", "Hon. Mark Green, Ambassador") */
    if (words < 2 || words > 4 || !(b == e || kx_is(x, b, ",")) || (b == e && (head || !proper)))
        return a;
    *from = i;
    return b;
}

/* Whether the word at i ends in -s, as a plural does ("Witnesses", "Panelists"). */
static int plural_word(const kx *x, size_t i)
{
    size_t len;
    const char *w = kx_tok(x, i, &len);
    return len > 3 && w[len - 1] == 's' && w[len - 2] != 's';
}

/* Whether the line [a, e) can be a title's or a body's line of a speaker's entry: short,
 * opening with a capital, no sentence (no final stop), no cue of further speakers. */
int kx_is_entry_line(const kx *x, size_t a, size_t e)
{
    if (e <= a || e - a > 20 || !kx_is_cap(x, a) || kx_is_speaking_cue(x, a))
        return 0;
    const kg_token *last = &x->t->tokens[e - 1];
    char c = x->t->text[last->end - 1];
    return c != '.' && c != '!' && c != '?' && c != ':';
}

/* Lines that name speakers: the lines after "Testifying before the Commission will be:"
 * or "Witnesses:" that each open with a name and a comma ("John Roe, Director, X"), and a
 * label line "Moderator: Jane Roe, Policy Advisor". Their names are people: marked in
 * speaker_line, and given a person mention where no finder has one. */
static void mark_speaker_lines(kx *x)
{
    for (size_t a = 0; a < x->n;) {
        size_t e = line_end(x, a);
        size_t from, b;
        /* "Moderator: Jane Roe, ...": the cue, a colon, the name */
        if (kx_is_speaking_cue(x, a) && kx_is(x, a + 1, ":") && a + 2 < e &&
            (b = speaker_line_name(x, a + 2, e, &from)) > a + 2) {
            for (size_t k = from; k < b; k++)
                x->speaker_line[k] = 1;
            if (kx_free_span(x, from, b))
                kx_add_mention(x, from, b, KG_PERSON);
        }
        /* "Witnesses:", or a heading "Witnesses", "Speakers" alone on its line (a plural:
         * "Address" heads a contact's lines) */
        if (!kx_announces_speakers(x, a, e) &&
            !(kx_is_speaking_cue(x, a) && plural_word(x, a) &&
              (e == a + 1 || (e == a + 2 && kx_is(x, a + 1, ":"))))) {
            a = e;
            continue;
        }
        size_t l = e;
        int entry = 0; /* within the lines of one speaker's entry */
        for (; l < x->n; l = line_end(x, l)) {
            size_t le = line_end(x, l);
            b = speaker_line_name(x, l, le, &from);
            if (b == l) {
                /* "Ross Roe" / "Principal Deputy to the Ambassador" / "Bureau of X": the
                 * lines of a name alone give the title and the body on lines of their own */
                if (entry && kx_is_entry_line(x, l, le))
                    continue;
                break;
            }
            entry = b == le;
            for (size_t k = from; k < b; k++)
                x->speaker_line[k] = 1;
            if (kx_free_span(x, from, b))
                kx_add_mention(x, from, b, KG_PERSON);
        }
        a = l > e ? l : e;
    }
}

int kx_in_speaker_line(const kx *x, size_t i)
{
    return x->speaker_line && i < x->n && x->speaker_line[i];
}

/* Marks the tokens of every line whose words are nearly all in capitals. */
static void mark_capital_lines(kx *x)
{
    for (size_t a = 0; a < x->n;) {
        size_t b = line_end(x, a);
        size_t words = 0, caps = 0;
        for (size_t k = a; k < b; k++) {
            if (x->t->tokens[k].kind != KG_TOKEN_WORD)
                continue;
            size_t len;
            kx_tok(x, k, &len);
            if (len < 2)
                continue;
            words++;
            caps += kx_is_allcaps(x, k) != 0;
        }
        if (words >= 3 && caps * 5 >= words * 4)
            for (size_t k = a; k < b; k++)
                x->capital_line[k] = 1;
        a = b;
    }
}

/* Countries written in capitals inside a line of capitals: "ROMANIA COMELF H1 PROFIT". */
static void find_capital_countries(kx *x)
{
    for (size_t i = 0; i < x->n; i++) {
        if (!x->capital_line[i] || x->label[i] || !kx_is_allcaps(x, i))
            continue;
        for (size_t b = i + 3 < x->n ? i + 3 : x->n; b > i; b--) {
            const kg_place *p = place_in_capitals(x, i, b);
            if (p && strcmp(p->kind, "country") == 0 && kx_free_span(x, i, b)) {
                size_t m = kx_add_mention(x, i, b, KG_PLACE);
                kx_set_place(x, m, p);
                i = b - 1;
                break;
            }
        }
    }
}

/* "HON. STENY H. HOYER of Maryland": a line that opens with an honorific in capitals (as
 * the Congressional Record gives its speakers) names a person in capitals after it, its
 * initials included; the words are no acronyms. */
static void find_honoured_names_in_capitals(kx *x)
{
    static const char *const honorifics[] = {"HON", "MR", "MRS", "MS", "DR", NULL};
    for (size_t i = 0; i + 2 < x->n; i++) {
        /* "HON." or "MR." with its full stop, not a headline's "MS SOCIETY LAUNCHES" */
        if (!starts_line(x, i) || !kx_is_any(x, i, honorifics) || kx_in_headline(x, i) ||
            !(kx_is(x, i, "HON") || kx_is(x, i + 1, ".")))
            continue;
        size_t a = kx_is(x, i + 1, ".") ? i + 2 : i + 1, b = a, words = 0;
        while (b < x->n && b < a + 8 && (b == a || !starts_line(x, b))) {
            size_t len;
            kx_tok(x, b, &len);
            if (x->t->tokens[b].kind == KG_TOKEN_WORD &&
                (kx_is_allcaps(x, b) || (len == 1 && kx_is_cap(x, b)))) /* an initial */
                words += len >= 2;
            else if (!(kx_is(x, b, ".") && b > a && kx_is_cap(x, b - 1) &&
                       (kx_tok(x, b - 1, &len), len == 1)))
                break;
            b++;
        }
        while (b > a && kx_is(x, b - 1, "."))
            b--;
        if (words >= 2 && kx_free_span(x, a, b)) {
            kx_add_mention(x, a, b, KG_PERSON);
            x->capital_line[i] = 1; /* "HON" is no acronym of a body */
        }
    }
}

/* "Mr. CLAY. Madam Speaker, I rise today ...", "Mr. BURTON of Indiana. Mr. Speaker, ...":
 * the Congressional Record opens a member's floor statement with the member's surname in
 * capitals after the courtesy title, and the statement addresses the chair at once. The
 * surname is a person (not an acronym), the one who speaks. */
static void find_floor_speakers(kx *x)
{
    static const char *const courtesy[] = {"Mr", "Mrs", "Ms", "Miss", NULL};
    static const char *const address[] = {"Mr", "Madam", "Madame", NULL};
    static const char *const chairs[] = {"Speaker",    "President", "Chairman",
                                         "Chairwoman", "Chair",     NULL};
    for (size_t i = 0; i + 5 < x->n; i++) {
        if (!starts_line(x, i) || !kx_is_any(x, i, courtesy) || !kx_is(x, i + 1, "."))
            continue;
        size_t a = i + 2, b = a;
        while (b < x->n && b < a + 3 && x->t->tokens[b].kind == KG_TOKEN_WORD &&
               kx_is_allcaps(x, b) && !x->label[b])
            b++;
        size_t e = b; /* "of Indiana", "of New York" */
        if (b > a && kx_is(x, e, "of"))
            for (e++; e < x->n && e < b + 4 && kx_is_cap(x, e);)
                e++;
        size_t len;
        kx_tok(x, b > a ? b - 1 : a, &len);
        if (b == a || len < 2 || !kx_is(x, e, ".") || e + 3 >= x->n ||
            !kx_is_any(x, e + 1, address))
            continue;
        size_t c = kx_is(x, e + 2, ".") ? e + 3 : e + 2;
        if (c < x->n && kx_is_any(x, c, chairs) && kx_free_span(x, a, b)) {
            kx_add_mention(x, a, b, KG_PERSON);
            x->capital_line[a] = 1; /* no acronym of a body */
        }
    }
}

/* Whether the word in capitals at i, written in title case, is a given name ("JANICE"). */
static int given_name_in_capitals(const kx *x, size_t i)
{
    size_t len;
    const char *s = kx_tok(x, i, &len);
    char buf[64];
    size_t o = kx_recase(s, len, KX_CASE_TITLE_FIRST, buf, sizeof buf);
    return o != (size_t)-1 && kg_lexicon_has(x->lx, KG_LIST_GIVEN_NAMES, buf, o);
}

/* "JANICE HELWIG: Okay, ...", "AMBASSADOR JOHN ROE (D-MD): Thank you.": a transcript opens a
 * speaker's turn with the name in capitals and a colon. The name is a person's when a title
 * or an honorific opens the label or its first word is a given name ("HELSINKI COMMISSION:"
 * is no one's); its words are no acronyms. */
static void find_turn_labels_in_capitals(kx *x)
{
    static const char *const honorifics[] = {"mr", "mrs", "ms", "dr", "hon", NULL};
    for (size_t i = 0; i + 2 < x->n; i++) {
        if (!starts_line(x, i) || !kx_is_allcaps(x, i) || x->label[i])
            continue;
        size_t a = i;
        while (a < x->n && a < i + 3 && (a == i || !starts_line(x, a)) && kx_is_allcaps(x, a) &&
               (kx_is_title(x, a) || kx_is_any_ci(x, a, honorifics)))
            a += kx_is(x, a + 1, ".") ? 2 : 1;
        size_t b = a, words = 0;
        while (b < x->n && b < a + 6 && (b == i || !starts_line(x, b)) && kx_is_allcaps(x, b) &&
               !x->label[b]) {
            size_t len;
            kx_tok(x, b, &len);
            words += len >= 2;
            b += len == 1 && kx_is(x, b + 1, ".") ? 2 : 1; /* an initial and its stop */
        }
        size_t e = kx_after_parenthetical(x, b, 6);
        if (words < (a > i ? 1u : 2u) || !kx_is(x, e, ":") ||
            !(a > i || given_name_in_capitals(x, a)) || !kx_free_span(x, a, b))
            continue;
        kx_add_mention(x, a, b, KG_PERSON);
        for (size_t k = i; k < b; k++)
            x->capital_line[k] = 1; /* no acronyms of bodies */
        i = b;
    }
}

/* The quoted title right after an event noun ("a conference "X"", "a hearing entitled,
 * "X,""): its words are the event's name. */
static void mark_event_titles(kx *x)
{
    static const char *const naming[] = {"entitled", "titled", "called", "named", NULL};
    for (size_t i = 0; i + 2 < x->n; i++) {
        size_t q = i + 1;
        if (!kx_event_kind(x, i))
            continue;
        if (kx_is_any(x, q, naming))
            q += kx_is(x, q + 1, ",") ? 2 : 1;
        if (q + 1 >= x->n || x->t->tokens[q].kind != KG_TOKEN_QUOTE || !kx_is_cap(x, q + 1))
            continue;
        size_t close = q + 1;
        while (close < x->n && close < q + 25 && kx_same_sentence(x, q, close) &&
               x->t->tokens[close].kind != KG_TOKEN_QUOTE)
            close++;
        if (close >= x->n || x->t->tokens[close].kind != KG_TOKEN_QUOTE)
            continue;
        for (size_t k = q + 1; k < close; k++)
            x->event_title[k] = 1;
        i = close;
    }
}

int kx_in_event_title(const kx *x, size_t i)
{
    return x->event_title && i < x->n && x->event_title[i];
}

/* A dateline in title case at the paragraph start a: a place the gazetteer knows, a region
 * after a comma if any ("Washington, D.C."), then a dash and the first word of the text
 * ("Washington, D.C. - Congressmembers ..."). Marks it in x->dateline (the finders name the
 * place); returns the token after the dash, or a when there is none. */
static size_t read_titlecase_dateline(kx *x, size_t a)
{
    size_t plen;
    if (!kx_place_at(x, a, &plen))
        return a;
    size_t i = a + plen;
    if (kx_is(x, i, ",") && kx_is_cap(x, i + 1)) {
        size_t e = i + 1;
        while (e < x->n && e < i + 6 && !starts_line(x, e) &&
               (kx_is_cap(x, e) || (kx_is(x, e, ".") && kx_is_cap(x, e - 1))))
            e++;
        i = e;
    }
    if (i >= x->n || starts_line(x, i) ||
        !(kx_is(x, i, "-") || kx_is(x, i, "–") || kx_is(x, i, "—")))
        return a;
    size_t d = i;
    while (d < x->n && (kx_is(x, d, "-") || kx_is(x, d, "–") || kx_is(x, d, "—")))
        d++;
    if (d >= x->n || starts_line(x, d) || !kx_is_cap(x, d))
        return a;
    for (size_t k = a; k < i; k++)
        x->dateline[k] = 1;
    return d;
}

/* "Deputy Assistant Secretary (DAS)", "Deputy Assistant Secretary of Defense (DASD)": an
 * acronym the text defines in brackets for a title phrase (its first word a title, and its
 * head, the last word before "of"/"for", a title too) names an office, not a body, there
 * and wherever else the text uses it ("DAS Thornton"). Marks those tokens in
 * x->title_acronym, which kx_is_title reads. */
static void mark_title_acronyms(kx *x)
{
    x->title_acronym = kg_xcalloc(x->n + 1, 1);
    /* each acronym marks the whole text once: a bound keeps a text of thousands linear */
    size_t marked = 0;
    for (size_t i = 2; i + 1 < x->n && marked < 16; i++) {
        if (!kx_is(x, i - 1, "(") || !kx_is(x, i + 1, ")") || !kx_is_allcaps(x, i) ||
            x->title_acronym[i])
            continue;
        size_t alen;
        const char *acr = kx_tok(x, i, &alen);
        int defined = 0;
        for (size_t a = i - 1; a > 0 && i - a <= 10 && !defined; a--) {
            size_t w = a - 1;
            if (!kx_same_sentence(x, w, i) || !(kx_is_cap(x, w) || kx_is_lower_word(x, w)))
                break;
            if (!kx_is_title(x, w) || !kx_spells_initials(x, w, i - 1, i))
                continue;
            size_t head = w;
            while (head + 1 < i - 1 && !kx_is(x, head + 1, "of") && !kx_is(x, head + 1, "for"))
                head++;
            defined = kx_is_title(x, head);
        }
        if (!defined)
            continue;
        marked++;
        for (size_t k = 0; k < x->n; k++) {
            size_t len;
            const char *s = kx_tok(x, k, &len);
            if (len == alen && memcmp(s, acr, len) == 0)
                x->title_acronym[k] = 1;
        }
    }
}

/* Per sentence: whether a quotation opened earlier in its paragraph is still open at its
 * start (an odd number of double quotation marks before it in the paragraph), read once for
 * kx_rel_in_quotation. */
static void mark_open_quotes(kx *x)
{
    const kg_tokens *t = x->t;
    x->open_quote = kg_xcalloc(t->n_sentences + 1, 1);
    size_t quotes = 0;
    for (size_t s = 0; s < t->n_sentences; s++) {
        if (s == 0 || t->sentences[s].paragraph != t->sentences[s - 1].paragraph)
            quotes = 0;
        x->open_quote[s] = quotes % 2 == 1;
        for (size_t i = t->sentences[s].first_token; i < t->sentences[s].end_token; i++)
            if (t->tokens[i].kind == KG_TOKEN_QUOTE && t->text[t->tokens[i].start] != '\'')
                quotes++;
    }
}

void kx_read_structure(kx *x)
{
    mark_open_quotes(x);
    x->headline = kx_find_headlines(x);
    x->capital_line = kg_xcalloc(x->n + 1, 1);
    x->event_title = kg_xcalloc(x->n + 1, 1);
    x->place_line = kg_xcalloc(x->n + 1, 1);
    x->dateline = kg_xcalloc(x->n + 1, 1);
    x->speaker_line = kg_xcalloc(x->n + 1, 1);
    mark_event_titles(x);
    mark_capital_lines(x);
    for (size_t i = 0; i < x->n; i++) {
        if (!starts_line(x, i) || x->label[i])
            continue;
        if (!kx_is_allcaps(x, i)) {
            /* only among the first lines, where a release gives its date and place */
            size_t next = x->t->tokens[i].sentence < 6 ? read_date_and_places(x, i) : i;
            if (next == i && x->t->tokens[i].sentence < 6)
                next = read_titlecase_dateline(x, i);
            if (next == i && x->t->tokens[i].sentence < 6 && x->t->tokens[i].sentence > 0)
                next = read_places_line(x, i);
            if (next > i)
                i = next - 1;
            continue;
        }
        size_t next = read_dateline(x, i);
        if (next > i)
            i = next - 1;
    }
    find_capital_countries(x);
    find_honoured_names_in_capitals(x);
    find_floor_speakers(x);
    find_turn_labels_in_capitals(x);
    mark_speaker_lines(x);
    mark_title_acronyms(x);
}
