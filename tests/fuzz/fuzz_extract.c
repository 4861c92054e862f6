/* fuzz_extract: libFuzzer harness for extraction alone (no store; fuzz_resolve adds the
 * store): the input is read as a text document and extracted with the source tree's
 * lexicon, and the extraction must hold its invariants: tokens and sentences inside the
 * text, every mention's token range and byte span inside the text, on UTF-8 boundaries and
 * pointing at a real sentence and entity, every entity named and typed, every relation
 * between two valid entities with its evidence sentence in range. */
#include "../../src/extract/kg_extract.h"
#include "../../src/extract/kg_lexicon.h"
#include "../../src/ingest/kg_ingest.h"
#include "../../src/text/kg_utf8.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kg_lexicon *lexicon;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    kg_error err;
    if (kg_lexicon_load(&lexicon, kg_lexicon_default_dir(), &err) != KG_OK) {
        fprintf(stderr, "fuzz_extract: %s\n", err.msg);
        exit(1);
    }
    return 0;
}

/* Whether offset i of text[0..n) starts a character (or is the end). */
static int on_boundary(const char *text, size_t n, size_t i)
{
    return i == n || (i < n && ((unsigned char)text[i] & 0xC0) != 0x80);
}

/* A string the extraction owns: present, valid UTF-8. */
static void check_string(const char *s)
{
    assert(s != NULL);
    assert(kg_utf8_valid(s, strlen(s), NULL));
}

static void check_extraction(const kg_extraction *x)
{
    const kg_document *doc = x->doc;
    const char *text = doc->text;
    size_t n = doc->text_len;
    const kg_tokens *t = &x->tokens;
    for (size_t i = 0; i < t->n_tokens; i++) {
        const kg_token *k = &t->tokens[i];
        assert(k->start < k->end && k->end <= n);
        assert(k->sentence < t->n_sentences);
    }
    for (size_t i = 0; i < t->n_sentences; i++)
        assert(t->sentences[i].first_token <= t->sentences[i].end_token &&
               t->sentences[i].end_token <= t->n_tokens);
    for (size_t i = 0; i < x->n_entities; i++) {
        const kg_x_entity *e = &x->entities[i];
        assert((unsigned)e->type < KG_ENTITY_TYPE_COUNT);
        check_string(e->name);
        assert(e->key != NULL);
        for (size_t a = 0; a < e->n_aliases; a++) {
            check_string(e->aliases[a].text);
            assert(e->aliases[a].key != NULL && e->aliases[a].reason != NULL);
        }
    }
    for (size_t i = 0; i < x->n_mentions; i++) {
        const kg_x_mention *m = &x->mentions[i];
        assert(m->tok_start < m->tok_end && m->tok_end <= t->n_tokens);
        assert(m->start < m->end && m->end <= n);
        assert(on_boundary(text, n, m->start) && on_boundary(text, n, m->end));
        /* the span covers the text of its tokens, no more than their outer ends */
        assert(m->start >= t->tokens[m->tok_start].start);
        assert(m->end <= t->tokens[m->tok_end - 1].end);
        assert(m->sentence < t->n_sentences);
        assert(m->entity < x->n_entities);
        assert((unsigned)m->type < KG_ENTITY_TYPE_COUNT);
    }
    for (size_t i = 0; i < x->n_relations; i++) {
        const kg_x_relation *r = &x->relations[i];
        assert(r->source < x->n_entities && r->target < x->n_entities);
        assert((unsigned)r->type < KG_RELATION_TYPE_COUNT);
        assert(r->sentence < t->n_sentences);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kg_document_list docs = {0};
    kg_error err;
    kg_error_clear(&err);
    if (kg_ingest_buffer(&docs, "fuzz.txt", KG_FORMAT_TEXT, (const char *)data, size, &err) ==
        KG_OK) {
        for (size_t i = 0; i < docs.n; i++) {
            kg_extraction *x = NULL;
            int rc = kg_extract_document(&x, lexicon, docs.items[i], &err);
            assert(rc == KG_OK && x != NULL && x->doc == docs.items[i]);
            check_extraction(x);
            kg_extraction_free(x);
        }
    }
    kg_document_list_free(&docs);
    return 0;
}
