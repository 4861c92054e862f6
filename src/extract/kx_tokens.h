/* kx_tokens: predicates over the tokens of the document being analysed: what a token is
 * (a capitalised word, a title, a speech verb ...), which word list holds it, where it
 * stands (sentence start, headline, after a title). They read the tokens, the lexicon and
 * the per-token labels of kx_state, and change nothing. Token indexes past the last token
 * are answered 0 unless a comment says otherwise. Not part of kg's API.
 * Implemented in kx_tokens.c, except kx_is_any and kx_is_any_ci (kx_words.c). */
#ifndef KX_TOKENS_H
#define KX_TOKENS_H

#include "kx_state.h"

/* Token i's text, not NUL-terminated, and its length in *len; i must be a token. The text
 * is the document's: it lives as long as the document. */
const char *kx_tok(const kx *x, size_t i, size_t *len);

/* Whether token i is word exactly (kx_is) or ignoring ASCII case (kx_is_ci). */
int kx_is(const kx *x, size_t i, const char *word);
int kx_is_ci(const kx *x, size_t i, const char *word);

int kx_is_word(const kx *x, size_t i);
int kx_is_cap(const kx *x, size_t i);
int kx_is_allcaps(const kx *x, size_t i);
int kx_is_lower_word(const kx *x, size_t i);
/* Whether token i is a lower-case word of the -ing shape ("demanding", "accusing"). */
int kx_is_gerund(const kx *x, size_t i);

/* Whether token i is one of words, a NULL-terminated list, exactly (kx_is_any) or ignoring
 * ASCII case (kx_is_any_ci): the same answer as kx_is / kx_is_ci on each word in turn, by
 * one hash lookup. words must have static storage and never change: the hash set built
 * for it on first use is kept, keyed by its address, for the life of the process. */
int kx_is_any(const kx *x, size_t i, const char *const *words);
int kx_is_any_ci(const kx *x, size_t i, const char *const *words);

/* Makes x's per-token caches: every token hashed once for kx_is_any and kx_is_any_ci
 * (x->token_hash, x->token_hash_ci), and the memos of kx_in_list's answers (x->list_asked,
 * x->list_found) and of kx_place_at's (x->place_at, x->place_at_len). x owns them;
 * kx_token_caches_free frees them. Without them the answers are the same, at more work. */
void kx_token_caches_new(kx *x);
void kx_token_caches_free(kx *x);

/* Whether token i names a month, in any case ("March", "OCTOBER"). */
int kx_is_month(const kx *x, size_t i);
int kx_same_sentence(const kx *x, size_t a, size_t b);

/* How kx_recase writes a word's case: all in lower case; each word's first letter kept and
 * the rest lowered ("FARMINGTON HILLS" -> "Farmington Hills"); the first letter of all kept
 * and the rest lowered ("JANICE" -> "Janice"). */
typedef enum {
    KX_CASE_LOWER,
    KX_CASE_TITLE_WORDS,
    KX_CASE_TITLE_FIRST
} kx_case;
/* Writes the UTF-8 text s[0, n) into buf (cap bytes) in the case mode asks for. Returns the
 * bytes written, or (size_t)-1 when they do not fit (lower case may take more bytes than
 * capitals). The caller owns buf. */
size_t kx_recase(const char *s, size_t n, kx_case mode, char *buf, size_t cap);
/* Whether token i (lower-cased when lower is set) is in a lexicon word list. */
int kx_in_list(const kx *x, size_t i, kg_wordlist list, int lower);

/* Whether tokens i and i + 1, joined by a space and lower-cased, are in a word list. */
int kx_in_list2(const kx *x, size_t i, kg_wordlist list);
int kx_is_title(const kx *x, size_t i);
/* "members", "co-chairs", "Chairmen", "Secretaries": a title of the list in the plural. Not a
 * title for kx_is_title: a plural names a group ("met with representatives of X") more often
 * than the role of the names beside it. */
int kx_is_plural_title(const kx *x, size_t i);

/* Whether the acronym at token acr spells the initials of the name [a, b), with or without
 * its connectors ("Department for International Development": DID or DFID; "Deputy
 * Assistant Secretary of Defense": DASD). */
int kx_spells_initials(const kx *x, size_t a, size_t b, size_t acr);
/* Whether the acronym at token acr spells the name [a, b) as acronyms do beyond initials:
 * every capitalised word gives its initial and may give more of its letters after it, in
 * order; a connector in lower case the same or nothing ("Congress of the People":
 * COPE; "Alianza Republicana Nacionalista": ARENA). Three to twelve letters, ten words at
 * most. kx_spells_initials's answers are included. */
int kx_spells_acronym(const kx *x, size_t a, size_t b, size_t acr);
/* "al-Assad", "bin Laden", "de Tray": a lower-case particle that starts a surname, with the
 * capitalised rest joined by a hyphen or following it. */
int kx_is_name_particle(const kx *x, size_t i);
/* How many tokens a name particle at i and the surname it starts take: 1 for "al-Assad",
 * 2 for "bin Laden"; 0 when no particle stands at i. */
size_t kx_name_particle_len(const kx *x, size_t i);
/* Whether token i holds a hyphen ("al-Assad", "Akufo-Addo"). */
int kx_has_hyphen(const kx *x, size_t i);
/* Whether token i joins a lower-case word with a hyphen ("Syrian-backed", "pro-Kremlin"), or
 * opens in lower case: a modifier, not a name. */
int kx_has_lower_hyphen_part(const kx *x, size_t i);
/* "Mr", "Mrs", "Ms", "Dr", "Prof", "Hon", "H.E.", the styles of peers and knights ("Lord",
 * "Baroness", "Sir", "Dame") and of royal service ("HM"): an honorific, before a name, never
 * one. */
int kx_is_honorific(const kx *x, size_t i);
/* Whether token i follows an honorific (with or without its full stop): "Mr. Smith". */
int kx_after_honorific(const kx *x, size_t i);
/* Whether token i is a given name of the lists, or a hyphenated compound opening with one
 * ("Jean-Marie"). */
int kx_is_given_name(const kx *x, size_t i);
/* The token after a parenthetical of fewer than max tokens opening at i, in its sentence
 * ("(D-FL)", "(13 seats)"), or i when none opens there. */
size_t kx_after_parenthetical(const kx *x, size_t i, size_t max);
int kx_is_head(const kx *x, size_t i);
/* Whether token i is a head noun that parties and bodies share ("Movement", "Front",
 * "Alliance", "Union", "Rally", "Congress", ...), or "Party". */
int kx_is_party_head(const kx *x, size_t i);
/* Whether token i is a company's legal form: "Inc", "Corp", "Ltd", "AG" ... */
int kx_is_legal_form(const kx *x, size_t i);
int kx_is_speech_verb(const kx *x, size_t i);
int kx_is_sentence_start(const kx *x, size_t i);
/* Whether token i, a capitalised common word that opens its sentence, opens the name that
 * follows it ("State Department spokesman X", "National Assembly", "Freedom Front leader X"):
 * one of the words bodies' and parties' names are made of, not one that opens a clause,
 * counts or qualifies ("Yesterday Parliament met", "Several Ministry officials", "Angry
 * Parliament members", "Former Party leader"). */
int kx_opens_name_at_sentence_start(const kx *x, size_t i);

/* "Bishkek-based": where a body sits, no part of its name */
int kx_is_based(const kx *x, size_t i);

/* a, an, the, this, that, its, their ... or a possessive 's */
int kx_is_determiner(const kx *x, size_t i);
int kx_is_common_cap(const kx *x, size_t i);
/* Whether token i is the plural of a word of English: both it and it less its final "s" are
 * common words ("Affairs", "Relations"; not "Asset", "Carlos"). */
int kx_is_plural_noun(const kx *x, size_t i);
int kx_is_name_word(const kx *x, size_t i);

/* (Defined in kx_headlines.c.) Whether token i is in a title-case headline, and there a
 * common word that only the headline's style capitalises. */
int kx_in_headline(const kx *x, size_t i);
/* Per sentence: 1 when it has the shape of a title-case headline. Returns a new array of
 * n_sentences + 1 bytes: the caller frees it. */
unsigned char *kx_find_headlines(const kx *x);
int kx_is_headline_common(const kx *x, size_t i);
int kx_has_surname_suffix(const kx *x, size_t i);
/* The endings of kx_has_surname_suffix that English words and places rarely have: -ov,
 * -eva, -ovich, -uly, -kyzy, -enko, -dze, -zoda, -shvili (not -in, -ian, -sky, -bek). */
int kx_has_strong_surname_suffix(const kx *x, size_t i);

/* Whether tokens [a, b) all exist and no mention labels any of them. */
int kx_free_span(const kx *x, size_t a, size_t b);

/* The gazetteer place that spans tokens [i, i + *len) for the largest *len <= 6 in one
 * sentence, or NULL. The row is owned by the lexicon. */
const kg_place *kx_place_at(const kx *x, size_t i, size_t *len);

/* Whether token i comes right after a capitalised title phrase ("Secretary of State X"). */
int kx_after_title(const kx *x, size_t i);

/* Stop words ("The", "In", "He" ...) as written, in any case, or with the demonyms
 * (kx_is_stop_cap): capitalised words that start no name. */
int kx_is_stop_word(const kx *x, size_t i);
int kx_is_stop_word_ci(const kx *x, size_t i);
int kx_is_stop_cap(const kx *x, size_t i);
/* Whether token i is a people's adjective: listed ("Dutch", "Kazakh") or formed from a
 * country of the gazetteer ("Zimbabwean", "Iraqi"). */
int kx_is_demonym(const kx *x, size_t i);
/* A capitalised verb form of a title-case headline ("... Discussed in Moscow"). */
int kx_is_headline_verb(const kx *x, size_t i);
/* Whether a title in lower case comes right before token a, or before a comma before it:
 * "opposition leader Alpha Conde", "the long-time opposition leader, Alpha Conde". */
int kx_lower_title_before(const kx *x, size_t a);
/* Whether token i is a cardinal number in words: "Fifty-four", "Twenty", "Hundreds"
 * (kx_words.c: a hashed set, each part of a hyphenated word). */
int kx_is_number_word(const kx *x, size_t i);
/* Whether token i is a lower-case word of the compass that names a part of a place:
 * "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west". */
int kx_is_compass_word(const kx *x, size_t i);
/* "2nd", "19th": a number with an ordinal suffix. */
int kx_is_ordinal(const kx *x, size_t i);
/* The event kind ("meeting", "election" ...) of the word at i in any ASCII case
 * ("Congress", "conference"), or NULL. The string is the lexicon's. */
const char *kx_event_kind(const kx *x, size_t i);
/* Whether sentence s is a paragraph by itself (a byline, a list line, a venue line). */
int kx_sentence_is_paragraph(const kx *x, size_t s);
/* Whether sentence s stands where a statement's byline may: the first four paragraphs or
 * the last two ("As delivered by X" closes a transcript). */
int kx_in_byline_window(const kx *x, size_t s);

#endif
