/* kx_rel_authors: who speaks a whole text, every sentence that no one else speaks.
 *
 * Reads: the sentences and paragraphs, the person mentions (rs->mention_at).
 * Adds:  nothing; kx_rel_speakers.c asks it once per document.
 * Patterns:
 * - a statement's author, who speaks in the first person: "Remarks by X", "X's Remarks at
 *   Y", a headline "Ambassador X Remarks at Y", "As delivered by X to the Council", a byline
 * paragraph "X, Secretary of State, Washington, DC" (the headline too, when a comma follows the
 * name);
 * - a resolution's or a bill's sponsors: "Mr. X (for himself and Mr. Y) submitted the
 *   following resolution", "Ms. X introduced the following bill": X, and Y beside X;
 * - the author's role line under the byline, a line of its own with a title and a body
 *   ("Co-Chairman - Helsinki Commission", "Ambassador, Embassy of X"): affiliated-with. */
#include "kx_rel_authors.h"

#include <string.h>

/* Whether tokens [a, b) are titles and honorifics only ("Ambassador", "Deputy Secretary",
 * "Dr."). */
static int only_titles(const kx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!kx_is_title(x, i) && !kx_is_honorific(x, i) && !kx_is(x, i, "."))
            return 0;
    return 1;
}

/* The author of a statement, whose words the whole text is: "Remarks by X", "Statement by
 * the Minister X", "As delivered by X to the Council", "The following is a post by X", or a
 * byline paragraph that is only
 * a name with titles and places ("X, Secretary of State, Washington, DC") among the first
 * paragraphs. Returns entity + 1, or 0; *byline is the sentence that names the author. */
static size_t statement_author(kx_rel_state *rs, size_t *byline)
{
    /* what an author writes or delivers: "Remarks by X", "a post by X", "an op-ed by X" */
    static const char *const authored[] = {"remarks", "statement", "delivered", "delivery",
                                           "address", "post",      "blog",      "article",
                                           "op-ed",   "column",    "essay",     "written",
                                           "speech",  "letter",    "testimony", NULL};
    /* the nouns of what is written, none of them a verb too ("Will Address Graduates") */
    static const char *const written_pieces[] = {
        "remarks", "statement", "op-ed", "column", "essay", "speech", "letter", "article", NULL};
    kx *x = rs->x;
    /* a statement speaks in the first person ("I congratulate", "We urge"); a spokesperson's
     * account of what others did does not */
    int first_person_text = 0;
    for (size_t i = 0; i < x->n && !first_person_text; i++)
        first_person_text = (kx_is(x, i, "I") || kx_is_ci(x, i, "we") || kx_is_ci(x, i, "my")) &&
                            !kx_rel_in_quotation(x, x->t->tokens[i].sentence);
    if (!first_person_text)
        return 0;
    for (size_t s = 0; s < x->t->n_sentences; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        /* "The following is a post by X" may come after a headline, a date, a dateline
         * and a standfirst: a little deeper than a byline */
        int window = kx_in_byline_window(x, s);
        if (!window && sen->paragraph > 6)
            continue;
        size_t first_person = 0, persons = 0, words = 0, by = 0;
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = rs->mention_at[i];
            if (mi && kx_rel_mention(rs, mi - 1)->type == KG_PERSON &&
                kx_rel_mention(rs, mi - 1)->tok_start == i) {
                if (!first_person)
                    first_person = kx_rel_mention(rs, mi - 1)->entity + 1;
                persons++;
            }
            if (kx_is_lower_word(x, i) && !mi && !kx_is_title(x, i) && !kx_is(x, i, "of") &&
                !kx_is(x, i, "the") && !kx_is(x, i, "for") && !kx_is(x, i, "and"))
                words++;
            if (kx_is(x, i, "by") && i > sen->first_token && kx_is_any_ci(x, i - 1, authored))
                by = i;
            /* a headline "Testimony :: Hon. X", "Statement of X", "Remarks: X": the person
             * right after, titles between at most ("Letter of Support for X" is no author's) */
            if (s == 0 && !by && i > sen->first_token && kx_is_any_ci(x, i - 1, authored) &&
                (kx_is(x, i, ":") || kx_is(x, i, "of") || kx_is(x, i, "-"))) {
                size_t p = kx_is(x, i + 1, ":") ? i + 2 : i + 1, q = p;
                while (q < sen->end_token && !rs->mention_at[q] && q < p + 4)
                    q++;
                if (q < sen->end_token && rs->mention_at[q] && only_titles(x, p, q) &&
                    kx_rel_mention(rs, rs->mention_at[q] - 1)->type == KG_PERSON)
                    by = q - 1;
            }
            /* "Assistant Secretary X's Remarks as Delivered at Y": a title, in the
             * headline or a paragraph of its own; not "Putin's speech on Friday" */
            if ((s == 0 || (window && kx_sentence_is_paragraph(x, s))) && mi &&
                kx_rel_mention(rs, mi - 1)->type == KG_PERSON &&
                kx_rel_mention(rs, mi - 1)->tok_end == i + 1 && i + 2 < sen->end_token &&
                (x->t->tokens[i + 1].flags & KG_TOKEN_POSSESSIVE) && kx_is_cap(x, i + 2) &&
                kx_is_any_ci(x, i + 2, authored)) {
                *byline = s;
                return kx_rel_mention(rs, mi - 1)->entity + 1;
            }
            /* "Ambassador X Remarks at Y", "Ambassador X Introductory Op-Ed", "Chargé
             * d'Affaires X: Statement on Y": the headline opens with the person, and what is
             * authored follows the name, one word of its own or a colon between at most */
            if (s == 0 && mi && kx_rel_mention(rs, mi - 1)->type == KG_PERSON &&
                kx_rel_mention(rs, mi - 1)->tok_end == i + 1 && i + 1 < sen->end_token &&
                only_titles(x, sen->first_token, kx_rel_mention(rs, mi - 1)->tok_start) &&
                kx_rel_mention(rs, mi - 1)->entity + 1 == first_person && persons == 1 &&
                (kx_is_any_ci(x, i + 1, written_pieces) ||
                 (i + 2 < sen->end_token && (kx_is_cap(x, i + 1) || kx_is(x, i + 1, ":")) &&
                  !rs->mention_at[i + 1] && kx_is_any_ci(x, i + 2, written_pieces)))) {
                *byline = s;
                return first_person;
            }
        }
        if (by && first_person) {
            /* the first person after "by", before any other verb */
            for (size_t i = by + 1; i < sen->end_token && i < by + 12; i++) {
                size_t mi = rs->mention_at[i];
                if (mi && kx_rel_mention(rs, mi - 1)->type == KG_PERSON) {
                    *byline = s;
                    return kx_rel_mention(rs, mi - 1)->entity + 1;
                }
            }
        }
        /* a byline: one person, nothing but names, titles and places around; not a line of
         * a list of speakers ("Witnesses:" then "X, Director, Y") */
        /* the headline may be the byline when a comma sets the person's titles after the
         * name ("X, Assistant Secretary, Bureau of Y, Z Hotel, Ashgabat") */
        size_t opening = rs->mention_at[sen->first_token];
        int headline_byline =
            s == 0 && opening && kx_is(x, kx_rel_mention(rs, opening - 1)->tok_end, ",");
        if (window && kx_sentence_is_paragraph(x, s) && persons == 1 && words == 0 &&
            (s > 0 || headline_byline) && !kx_in_speaker_line(x, sen->first_token) &&
            rs->mention_at[sen->first_token] &&
            kx_rel_mention(rs, rs->mention_at[sen->first_token] - 1)->type == KG_PERSON) {
            *byline = s;
            return first_person;
        }
    }
    return 0;
}

/* "Mr. X (for himself and Mr. Y) submitted the following resolution; which was referred
 * to ...": the sponsor of the resolution or bill that the text is, among its first
 * paragraphs. Returns entity + 1, or 0; *byline is that sentence, *co the first co-sponsor
 * (entity + 1, or 0). */
static size_t resolution_sponsor(kx_rel_state *rs, size_t *byline, size_t *co)
{
    static const char *const submitting[] = {"submitted", "introduced", NULL};
    static const char *const documents[] = {"resolution", "bill", "joint", "concurrent", NULL};
    kx *x = rs->x;
    for (size_t s = 0; s < x->t->n_sentences && x->t->sentences[s].paragraph < 8; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        /* the Record's form: the paragraph opens with the sponsor ("Mr. X (for himself ..."),
         * not a report ("WASHINGTON - On Tuesday, Sen. X introduced the following bill") */
        if (s > 0 && x->t->sentences[s - 1].paragraph == sen->paragraph)
            continue;
        size_t opening = sen->first_token;
        while (opening < sen->end_token && opening < sen->first_token + 3 &&
               (kx_is_honorific(x, opening) || kx_is_title(x, opening) || kx_is(x, opening, ".")))
            opening++;
        if (!rs->mention_at[opening] ||
            kx_rel_mention(rs, rs->mention_at[opening] - 1)->type != KG_PERSON)
            continue;
        for (size_t v = sen->first_token; v + 3 < sen->end_token; v++) {
            if (!kx_is_any(x, v, submitting) || !kx_is(x, v + 1, "the") ||
                !kx_is(x, v + 2, "following") || !kx_is_any(x, v + 3, documents))
                continue;
            size_t sponsor = 0;
            *co = 0;
            for (size_t i = sen->first_token; i < v; i++) {
                size_t mi = rs->mention_at[i];
                if (!mi || kx_rel_mention(rs, mi - 1)->type != KG_PERSON ||
                    kx_rel_mention(rs, mi - 1)->tok_start != i)
                    continue;
                if (!sponsor)
                    sponsor = kx_rel_mention(rs, mi - 1)->entity + 1;
                else if (!*co && kx_rel_mention(rs, mi - 1)->entity + 1 != sponsor)
                    *co = kx_rel_mention(rs, mi - 1)->entity + 1;
            }
            if (sponsor) {
                *byline = s;
                return sponsor;
            }
        }
    }
    return 0;
}

size_t kx_rel_text_author(kx_rel_state *rs, size_t *byline, size_t *co)
{
    *co = 0;
    size_t author = statement_author(rs, byline);
    return author ? author : resolution_sponsor(rs, byline, co);
}

/* Whether sentence s is a date line: a month or numbers only ("July 29, 2008", "29.07.2008"). */
static int is_date_line(const kx *x, size_t s)
{
    const kg_sentence *sen = &x->t->sentences[s];
    if (sen->end_token - sen->first_token > 6)
        return 0;
    int dated = 0; /* a month or a number, not only punctuation ("***") */
    for (size_t i = sen->first_token; i < sen->end_token; i++) {
        if (!kx_is_month(x, i) && x->t->tokens[i].kind != KG_TOKEN_NUMBER &&
            x->t->tokens[i].kind != KG_TOKEN_PUNCT)
            return 0;
        dated |= x->t->tokens[i].kind != KG_TOKEN_PUNCT;
    }
    return dated;
}

size_t kx_rel_author_role_line(kx_rel_state *rs, size_t author, size_t byline)
{
    kx *x = rs->x;
    if (!author || byline == (size_t)-1)
        return (size_t)-1;
    /* the lines right after the byline, a date line between at most */
    for (size_t s = byline + 1, dates = 0; s < x->t->n_sentences && s <= byline + 2 + dates; s++) {
        const kg_sentence *sen = &x->t->sentences[s];
        if (!kx_sentence_is_paragraph(x, s) || !kx_in_byline_window(x, s))
            return (size_t)-1;
        if (is_date_line(x, s) && dates < 1) {
            dates++;
            continue;
        }
        if (!kx_is_entry_line(x, sen->first_token, sen->end_token))
            return (size_t)-1;
        /* titles, bodies, places and the words that join them; no person, no other word */
        size_t bodies[4], n = 0;
        int titled = 0;
        for (size_t i = sen->first_token; i < sen->end_token; i++) {
            size_t mi = rs->mention_at[i];
            if (mi) {
                const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
                if (m->type == KG_PERSON || m->type == KG_EVENT)
                    return (size_t)-1;
                if ((m->type == KG_ORGANISATION || m->type == KG_PARTY) && n < 4)
                    bodies[n++] = m->entity;
                i = m->tok_end - 1;
                continue;
            }
            if (kx_is_title(x, i)) {
                titled = 1;
                continue;
            }
            if (x->t->tokens[i].kind == KG_TOKEN_PUNCT || kx_is(x, i, "of") || kx_is(x, i, "the") ||
                kx_is(x, i, "for") || kx_is(x, i, "and") || kx_is(x, i, "on") ||
                kx_is(x, i, "to") || kx_is(x, i, "in"))
                continue;
            return (size_t)-1;
        }
        /* a letter's addressee ("Chairman, X" / "Dear Mr. Chairman, ..."): not the author's */
        if (!titled || !n ||
            (s + 1 < x->t->n_sentences && kx_is(x, x->t->sentences[s + 1].first_token, "Dear")))
            return (size_t)-1;
        for (size_t b = 0; b < n; b++)
            kx_add_relation(x, author - 1, bodies[b], KG_AFFILIATED_WITH, s);
        return s;
    }
    return (size_t)-1;
}
