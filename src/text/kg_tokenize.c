/* kg_tokenize: see kg_tokenize.h. */
#include "kg_tokenize.h"

#include "../kg_mem.h"
#include "kg_utf8.h"

#include <stdlib.h>
#include <string.h>

/* Titles and short forms after which a period does not end a sentence. Kept here rather than
 * in a data file: they are a property of English orthography, not of any domain. */
static const char *const abbreviations[] = {
    "Mr",   "Mrs",  "Ms",   "Dr",   "Prof", "St",   "Gen", "Col",    "Lt",  "Sgt", "Capt",
    "Cmdr", "Adm",  "Sen",  "Rep",  "Gov",  "Pres", "Amb", "Hon",    "Rev", "Jr",  "Sr",
    "No",   "Nos",  "vs",   "etc",  "e.g",  "i.e",  "cf",  "approx", "Inc", "Ltd", "Co",
    "Corp", "Dept", "Univ", "Assn", "Jan",  "Feb",  "Mar", "Apr",    "Jun", "Jul", "Aug",
    "Sep",  "Sept", "Oct",  "Nov",  "Dec",  "U.S",  "U.K", "U.N",    "E.U", "a.m", "p.m",
    "Mt",   "Ft",   "Ave",  "Blvd", "Rd",   "vol",  "pp",  "ed",     "eds", NULL};

int kg_is_abbreviation(const char *word, size_t len)
{
    for (size_t i = 0; abbreviations[i]; i++)
        if (strlen(abbreviations[i]) == len && memcmp(abbreviations[i], word, len) == 0)
            return 1;
    return 0;
}

static void push(kg_tokens *t, size_t *cap, size_t start, size_t end, kg_token_kind kind,
                 unsigned flags)
{
    KG_GROW(t->tokens, *cap, t->n_tokens + 1);
    t->tokens[t->n_tokens++] = (kg_token){start, end, kind, flags, 0};
}

/* Whether s[i..j) is a dateline's place: a word in capitals of three letters or more that
 * opens a line. A dash written without spaces ends it: "WASHINGTON–U.S. Senator X". */
static int is_dateline_place(const char *s, size_t i, size_t j)
{
    if (j < i + 3 || (i > 0 && s[i - 1] != '\n'))
        return 0;
    for (size_t k = i; k < j; k++)
        if (s[k] < 'A' || s[k] > 'Z')
            return 0;
    return 1;
}

/* Scans a word starting at i: letters and digits, joined by single inner hyphens, dashes
 * between letters, periods inside acronyms (U.S.), and apostrophes not forming 's. */
static size_t scan_word(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n) {
        size_t k = j;
        uint32_t cp = kg_utf8_next(s, n, &k);
        if (kg_cp_is_letter(cp) || kg_cp_is_digit(cp)) {
            j = k;
            continue;
        }
        if (k < n && (kg_cp_is_dash(cp) || kg_cp_is_apostrophe(cp) || cp == '.')) {
            if ((cp == 0x2013 || cp == 0x2014) && is_dateline_place(s, i, j))
                break;
            size_t m = k;
            uint32_t next = kg_utf8_next(s, n, &m);
            if (!(kg_cp_is_letter(next) || kg_cp_is_digit(next)))
                break;
            if (kg_cp_is_apostrophe(cp) && (next == 's' || next == 'S')) {
                /* possessive 's stays a token of its own */
                size_t after = m;
                uint32_t a = after < n ? kg_utf8_next(s, n, &after) : ' ';
                if (!kg_cp_is_letter(a))
                    break;
            }
            if (cp == '.' && kg_cp_is_digit((unsigned char)s[i]) && kg_cp_is_digit(next)) {
                /* a decimal: 61.8 */
                j = k;
                continue;
            }
            if (cp == '.') {
                /* U.S.A, e.g: a period joins single letters only */
                size_t wstart = j;
                while (wstart > i && s[wstart - 1] != '.')
                    wstart--;
                size_t m2 = m;
                uint32_t after2 = m2 < n ? kg_utf8_next(s, n, &m2) : ' ';
                if (j - wstart != 1 || kg_cp_is_letter(after2))
                    break;
            }
            j = k;
            continue;
        }
        break;
    }
    /* a format name with a plus: "C5+1", "5+1", "P5+1" */
    if (j + 1 < n && s[j] == '+' && kg_cp_is_digit((unsigned char)s[j + 1])) {
        int digit = 0;
        for (size_t k = i; k < j; k++)
            digit |= kg_cp_is_digit((unsigned char)s[k]);
        if (digit) {
            j++;
            while (j < n && kg_cp_is_digit((unsigned char)s[j]))
                j++;
        }
    }
    /* an acronym written with periods keeps its final one: "U.S.", "D.C." */
    if (j < n && s[j] == '.' && j >= i + 3 && s[j - 2] == '.' &&
        kg_cp_is_letter((unsigned char)s[j - 1]) && kg_cp_is_letter((unsigned char)s[i]))
        j++;
    return j;
}

static void mark_case(kg_tokens *t, kg_token *tok)
{
    const char *s = t->text;
    size_t i = tok->start, letters = 0, upper = 0;
    int first = 1;
    while (i < tok->end) {
        uint32_t cp = kg_utf8_next(s, tok->end, &i);
        if (!kg_cp_is_letter(cp))
            continue;
        letters++;
        if (kg_cp_is_upper(cp)) {
            upper++;
            if (first)
                tok->flags |= KG_TOKEN_CAP;
        }
        first = 0;
    }
    if (letters >= 2 && upper == letters)
        tok->flags |= KG_TOKEN_ALLCAPS;
    /* "C5", "G7", "C5+1": upper-case letters with digits name a group like an acronym */
    if (letters >= 1 && upper == letters && !kg_cp_is_digit((unsigned char)s[tok->start]) &&
        tok->end - tok->start >= 2 && letters < tok->end - tok->start)
        tok->flags |= KG_TOKEN_ALLCAPS;
}

static int is_sentence_end_punct(const kg_tokens *t, size_t i)
{
    const kg_token *k = &t->tokens[i];
    if (k->kind != KG_TOKEN_PUNCT || k->end - k->start != 1)
        return 0;
    char c = t->text[k->start];
    return c == '.' || c == '!' || c == '?';
}

/* Whether the period at token i belongs to an abbreviation or an initial. */
static int period_is_abbreviation(const kg_tokens *t, size_t i)
{
    if (t->text[t->tokens[i].start] != '.' || i == 0)
        return 0;
    const kg_token *w = &t->tokens[i - 1];
    if (w->end != t->tokens[i].start || w->kind != KG_TOKEN_WORD)
        return 0;
    size_t len = w->end - w->start;
    if (kg_is_abbreviation(t->text + w->start, len))
        return 1;
    /* a single capital letter is an initial: "J. Smith" */
    size_t k = w->start;
    uint32_t cp = kg_utf8_next(t->text, w->end, &k);
    if (k == w->end && kg_cp_is_upper(cp))
        return 1;
    /* an acronym written with periods: U.S. */
    return memchr(t->text + w->start, '.', len) != NULL;
}

static int is_double_quote(const kg_tokens *t, size_t i)
{
    return t->tokens[i].kind == KG_TOKEN_QUOTE && t->text[t->tokens[i].start] != '\'' &&
           !(t->tokens[i].end - t->tokens[i].start == 3 &&
             (unsigned char)t->text[t->tokens[i].start + 2] == 0x98) &&
           !(t->tokens[i].end - t->tokens[i].start == 3 &&
             (unsigned char)t->text[t->tokens[i].start + 2] == 0x99);
}

/* Whether token i lies inside a quotation opened in this sentence that closes within a few
 * words on the same line: a quoted title, not a quoted speech. */
static int inside_short_quote(const kg_tokens *t, size_t start, size_t i)
{
    size_t open = 0;
    for (size_t k = start; k <= i; k++)
        if (is_double_quote(t, k))
            open++;
    if (open % 2 == 0)
        return 0;
    for (size_t k = i + 1; k < t->n_tokens && k <= i + 8; k++) {
        if (t->tokens[k].flags & KG_TOKEN_LINE_BEFORE)
            return 0;
        if (is_double_quote(t, k))
            return 1;
    }
    return 0;
}

/* "... in Washington, D.C. The Secretary ...": an acronym that keeps its final period ends
 * the sentence when the next word is one that starts sentences. */
static int acronym_ends_sentence(const kg_tokens *t, size_t i)
{
    static const char *const starters[] = {"The",  "A",   "An",      "He",    "She", "It",
                                           "They", "We",  "This",    "These", "In",  "On",
                                           "At",   "But", "However", "Both",  "I",   NULL};
    const kg_token *k = &t->tokens[i];
    if (k->kind != KG_TOKEN_WORD || k->end - k->start < 3 || t->text[k->end - 1] != '.' ||
        i + 1 >= t->n_tokens || !(t->tokens[i + 1].flags & KG_TOKEN_SPACE_BEFORE))
        return 0;
    for (size_t s = 0; starters[s]; s++)
        if (kg_token_is(t, i + 1, starters[s]))
            return 1;
    /* a sentence opening with a participle: "D.C. Noting the ..." */
    const kg_token *nx = &t->tokens[i + 1];
    return (nx->flags & KG_TOKEN_CAP) && nx->end - nx->start > 5 &&
           memcmp(t->text + nx->end - 3, "ing", 3) == 0;
}

static void split_sentences(kg_tokens *t)
{
    size_t cap = 0, start_tok = 0, paragraph = 0;
    for (size_t i = 0; i < t->n_tokens; i++) {
        int boundary = 0;
        size_t last = i; /* last token of the current sentence */
        if (i + 1 < t->n_tokens && (t->tokens[i + 1].flags & KG_TOKEN_LINE_BEFORE)) {
            boundary = 2;
        } else if (acronym_ends_sentence(t, i)) {
            boundary = 1;
        } else if (is_sentence_end_punct(t, i) && !period_is_abbreviation(t, i)) {
            /* swallow closing quotes and brackets that follow */
            while (last + 1 < t->n_tokens && !(t->tokens[last + 1].flags & KG_TOKEN_SPACE_BEFORE) &&
                   (t->tokens[last + 1].kind == KG_TOKEN_QUOTE ||
                    t->text[t->tokens[last + 1].start] == ')'))
                last++;
            if (last + 1 >= t->n_tokens) {
                boundary = 1;
            } else if (inside_short_quote(t, start_tok, last)) {
                boundary = 0; /* "KISI GPS: Gylym. Pikir. Sayasat" is a name, not sentences */
            } else {
                const kg_token *nx = &t->tokens[last + 1];
                if ((nx->flags & KG_TOKEN_SPACE_BEFORE) &&
                    ((nx->flags & KG_TOKEN_CAP) || nx->kind == KG_TOKEN_QUOTE ||
                     nx->kind == KG_TOKEN_NUMBER))
                    boundary = 1;
                if (nx->flags & KG_TOKEN_LINE_BEFORE)
                    boundary = 2;
            }
        }
        /* a run-on "sentence" (a list of thousands of names, a text without stops) ends
         * after a comma or semicolon past KG_SENTENCE_MAX_TOKENS tokens, and anywhere past a
         * fifth more: passes that read a sentence's tokens against each other, and the
         * evidence that copies a sentence per relation, stay linear in the document */
        size_t length = i - start_tok + 1;
        if (!boundary && length >= KG_SENTENCE_MAX_TOKENS &&
            ((t->tokens[i].kind == KG_TOKEN_PUNCT &&
              (t->text[t->tokens[i].start] == ',' || t->text[t->tokens[i].start] == ';')) ||
             length >= KG_SENTENCE_MAX_TOKENS + KG_SENTENCE_MAX_TOKENS / 5))
            boundary = 1;
        if (i + 1 == t->n_tokens)
            boundary = boundary ? boundary : 1;
        if (!boundary)
            continue;
        KG_GROW(t->sentences, cap, t->n_sentences + 1);
        t->sentences[t->n_sentences] = (kg_sentence){
            .start = t->tokens[start_tok].start,
            .end = t->tokens[last].end,
            .first_token = start_tok,
            .end_token = last + 1,
            .paragraph = paragraph,
        };
        for (size_t k = start_tok; k <= last; k++)
            t->tokens[k].sentence = t->n_sentences;
        t->n_sentences++;
        if (last + 1 < t->n_tokens && (t->tokens[last + 1].flags & KG_TOKEN_LINE_BEFORE))
            paragraph++;
        start_tok = last + 1;
        i = last;
    }
    t->n_paragraphs = t->n_sentences ? paragraph + 1 : 0;
}

/* Whether the apostrophe at text[i..k) marks a plural possessive ("the Investors’
 * Council"): right after a word ending in s, before a space and a word, and closing no
 * single quotation opened earlier on its line. */
static int plural_possessive(const kg_tokens *t, const char *text, size_t len, size_t i, size_t k,
                             unsigned pending)
{
    if (!t->n_tokens || (pending & KG_TOKEN_SPACE_BEFORE) || k + 1 >= len || text[k] != ' ' ||
        !kg_cp_is_letter((unsigned char)text[k + 1]))
        return 0;
    const kg_token *prev = &t->tokens[t->n_tokens - 1];
    if (prev->kind != KG_TOKEN_WORD || (text[i - 1] != 's' && text[i - 1] != 'S'))
        return 0;
    for (size_t n = t->n_tokens; n > 0; n--) {
        const kg_token *q = &t->tokens[n - 1];
        if (q->kind == KG_TOKEN_QUOTE && q->end - q->start <= 3) {
            size_t c = q->start;
            uint32_t qc = kg_utf8_next(text, len, &c);
            if (kg_cp_is_apostrophe(qc) && (q->flags & KG_TOKEN_SPACE_BEFORE))
                return 0; /* an opening single quote: this one closes it */
        }
        if (q->flags & KG_TOKEN_LINE_BEFORE)
            break;
    }
    return 1;
}

void kg_tokenize(kg_tokens *out, const char *text, size_t len)
{
    memset(out, 0, sizeof *out);
    out->text = text;
    out->text_len = len;
    size_t cap = 0, i = 0;
    unsigned pending = 0;
    while (i < len) {
        size_t k = i;
        uint32_t cp = kg_utf8_next(text, len, &k);
        if (kg_cp_is_space(cp)) {
            pending |= KG_TOKEN_SPACE_BEFORE;
            if (cp == '\n')
                pending |= KG_TOKEN_LINE_BEFORE;
            i = k;
            continue;
        }
        if (kg_cp_is_letter(cp) || kg_cp_is_digit(cp)) {
            size_t end = scan_word(text, len, i);
            push(out, &cap, i, end, kg_cp_is_digit(cp) ? KG_TOKEN_NUMBER : KG_TOKEN_WORD, pending);
            mark_case(out, &out->tokens[out->n_tokens - 1]);
            i = end;
        } else if (kg_cp_is_apostrophe(cp) && out->n_tokens && !(pending & KG_TOKEN_SPACE_BEFORE) &&
                   k < len && (text[k] == 's' || text[k] == 'S') &&
                   (k + 1 >= len || !kg_cp_is_letter((unsigned char)text[k + 1]))) {
            push(out, &cap, i, k + 1, KG_TOKEN_WORD, pending | KG_TOKEN_POSSESSIVE);
            i = k + 1;
        } else if (cp != 0x2018 && kg_cp_is_apostrophe(cp) &&
                   plural_possessive(out, text, len, i, k, pending)) {
            push(out, &cap, i, k, KG_TOKEN_WORD, pending | KG_TOKEN_POSSESSIVE);
            i = k;
        } else if (kg_cp_is_quote(cp) || kg_cp_is_apostrophe(cp)) {
            push(out, &cap, i, k, KG_TOKEN_QUOTE, pending);
            i = k;
        } else {
            push(out, &cap, i, k, KG_TOKEN_PUNCT, pending);
            i = k;
        }
        pending = 0;
    }
    split_sentences(out);
}

void kg_tokens_free(kg_tokens *t)
{
    if (!t)
        return;
    free(t->tokens);
    free(t->sentences);
    t->tokens = NULL;
    t->sentences = NULL;
    t->n_tokens = t->n_sentences = 0;
}

int kg_token_is(const kg_tokens *t, size_t i, const char *word)
{
    /* compared byte by byte without strlen(word): most calls fail on the first byte */
    const kg_token *k = &t->tokens[i];
    const char *s = t->text + k->start;
    size_t n = k->end - k->start;
    for (size_t j = 0; j < n; j++)
        if (word[j] == '\0' || word[j] != s[j])
            return 0;
    return word[n] == '\0';
}

int kg_token_is_ci(const kg_tokens *t, size_t i, const char *word)
{
    const kg_token *k = &t->tokens[i];
    const char *s = t->text + k->start;
    size_t n = k->end - k->start;
    for (size_t j = 0; j < n; j++) {
        unsigned char a = (unsigned char)word[j], b = (unsigned char)s[j];
        if (a == '\0')
            return 0;
        if (a != b && (a | 0x20) != (b | 0x20))
            return 0;
        if (a != b && !((a | 0x20) >= 'a' && (a | 0x20) <= 'z'))
            return 0;
    }
    return word[n] == '\0';
}

char *kg_token_text(const kg_tokens *t, size_t i, char *buf, size_t cap)
{
    const kg_token *k = &t->tokens[i];
    size_t n = k->end - k->start;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, t->text + k->start, n);
    buf[n] = '\0';
    return buf;
}
