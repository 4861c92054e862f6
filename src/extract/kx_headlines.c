/* kx_headlines: which sentences are title-case headlines, and what a headline's capitals
 * say (declared in kx_tokens.h). A headline capitalises its verbs and common words, so the
 * finders ask these before they take a capitalised word for a name. Reads the tokens, the
 * lexicon and the layout marks of kx_structure.c; changes nothing. Split from kx_tokens.c. */
#include "../kg_mem.h"
#include "kg_extract_internal.h"

#include <string.h>

/* A capitalised verb form in a title-case headline ("... Discussed in Moscow"): a common
 * word ending in -ed, or a speech verb. */
int kx_is_headline_verb(const kx *x, size_t i)
{
    size_t len;
    const char *s = kx_tok(x, i, &len);
    /* only a headline capitalises its verbs ("Council Approved", "Minister Says"); in
     * running text such a word is a name's ("the Embassy of the United States",
     * "Associated Press") */
    if (!kx_is_cap(x, i) || kx_is_allcaps(x, i) || !kx_in_headline(x, i))
        return 0;
    if (kx_in_list(x, i, KG_LIST_SPEECH_VERBS, 1))
        return 1;
    return len > 3 && strncmp(s + len - 2, "ed", 2) == 0 &&
           kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
}

/* Whether sentence s has the shape of a title-case headline (kx_in_headline). */
static int sentence_is_headline(const kx *x, size_t s)
{
    const kg_sentence *sen = &x->t->sentences[s];
    /* a headline has no final period: "The 5th Caspian Energy Forum was held in Baku." is a
     * sentence full of names */
    if (sen->end_token > sen->first_token) {
        const kg_token *last = &x->t->tokens[sen->end_token - 1];
        char c = x->t->text[last->end - 1];
        if (c == '.' || c == '!' || c == '?') /* "... in Washington, D.C." too */
            return 0;
    }
    /* a role line under a byline's name, "Assistant Secretary, Bureau of X Affairs": titles
     * and a comma, then the body */
    size_t t = sen->first_token;
    while (t < sen->end_token && t < sen->first_token + 4 && kx_is_title(x, t))
        t++;
    if (t > sen->first_token && kx_is(x, t, ","))
        return 0;
    /* title case leaves only short function words in lower case: "As delivered by X to
     * the Council" is a byline, not a headline */
    static const char *const small[] = {"with", "from", "into", "over", "upon",    "amid",
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

unsigned char *kx_find_headlines(const kx *x)
{
    unsigned char *h = kg_xcalloc(x->t->n_sentences + 1, 1);
    for (size_t s = 0; s < x->t->n_sentences; s++)
        h[s] = (unsigned char)sentence_is_headline(x, s);
    return h;
}

int kx_in_headline(const kx *x, size_t i)
{
    if (i >= x->n)
        return 0;
    size_t s = x->t->tokens[i].sentence;
    const kg_sentence *sen = &x->t->sentences[s];
    /* a line of speakers ("Dr. Jane Roe, Director, Center for Global Development") is an
     * item of a list, not a headline (kx_structure.c marks its name) */
    for (size_t k = sen->first_token;
         x->speaker_line && k < sen->end_token && k < sen->first_token + 8; k++)
        if (x->speaker_line[k])
            return 0;
    /* read from the table kx_read_structure makes, so that asking costs O(1) per token and
     * not a scan of the sentence (quadratic on a document of one long sentence) */
    return x->headline ? x->headline[s] : sentence_is_headline(x, s);
}

int kx_is_headline_common(const kx *x, size_t i)
{
    return kx_is_cap(x, i) && !kx_is_allcaps(x, i) && kx_in_headline(x, i) &&
           !kx_in_list(x, i, KG_LIST_ORG_HEADS, 0) && kx_in_list(x, i, KG_LIST_COMMON_WORDS, 1);
}
