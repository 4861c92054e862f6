/* fuzz_tokenize: libFuzzer harness for the tokenizer and sentence splitter: on any valid
 * UTF-8 text, tokens and sentences lie inside the text, in order, each token in the
 * sentence that claims it. */
#include "../../src/text/kg_tokenize.h"
#include "../../src/text/kg_utf8.h"

#include <assert.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    if (!kg_utf8_valid(text, size, NULL))
        return 0;
    kg_tokens t;
    kg_tokenize(&t, text, size);
    for (size_t i = 0; i < t.n_tokens; i++) {
        const kg_token *k = &t.tokens[i];
        assert(k->start < k->end && k->end <= size);
        assert(i == 0 || t.tokens[i - 1].end <= k->start);
        assert(k->sentence < t.n_sentences);
        const kg_sentence *s = &t.sentences[k->sentence];
        assert(s->first_token <= i && i < s->end_token);
    }
    for (size_t i = 0; i < t.n_sentences; i++)
        assert(t.sentences[i].first_token <= t.sentences[i].end_token &&
               t.sentences[i].end_token <= t.n_tokens);
    kg_tokens_free(&t);
    return 0;
}
