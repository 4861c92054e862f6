/* extract_fixture: see extract_fixture.h. */
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- fixture ---------------------------------------------------------------------------- */


kg_lexicon *lex;
static kg_document *cur_doc;
static kg_extraction *cur_x;

void setup(void)
{
    kg_error err = {0};
    int rc = kg_lexicon_load(&lex, kg_lexicon_default_dir(), &err);
    ck_assert_msg(rc == KG_OK, "lexicon: %s", err.msg);
}

static void release(void)
{
    kg_extraction_free(cur_x);
    kg_document_free(cur_doc);
    cur_x = NULL;
    cur_doc = NULL;
}

void teardown(void)
{
    release();
    kg_lexicon_free(lex);
    lex = NULL;
}

/* Extracts text as a document dated date; the result stays valid until the next call. */
const kg_extraction *extract_dated(const char *text, const char *date)
{
    release();
    cur_doc = kg_document_new("test", "Report", date, text, strlen(text));
    ck_assert_ptr_nonnull(cur_doc);
    kg_error err = {0};
    int rc = kg_extract_document(&cur_x, lex, cur_doc, &err);
    ck_assert_msg(rc == KG_OK, "extract: %s", err.msg);
    ck_assert_ptr_nonnull(cur_x);
    return cur_x;
}

const kg_extraction *extract(const char *text)
{
    return extract_dated(text, DOC_DATE);
}

/* ---- queries ---------------------------------------------------------------------------- */

/* Whether entity e is called name, by its name or by one of its aliases. */
int entity_named(const kg_x_entity *e, const char *name)
{
    if (strcmp(e->name, name) == 0)
        return 1;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (strcmp(e->aliases[i].text, name) == 0)
            return 1;
    return 0;
}

/* Index of the entity of type t called name (name or alias), or -1. */
long find_entity(const kg_extraction *x, const char *name, kg_entity_type t)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].type == t && entity_named(&x->entities[i], name))
            return (long)i;
    return -1;
}

/* Index of the entity of any type called name, or -1. */
long find_any(const kg_extraction *x, const char *name)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (entity_named(&x->entities[i], name))
            return (long)i;
    return -1;
}

size_t count_type(const kg_extraction *x, kg_entity_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < x->n_entities; i++)
        n += x->entities[i].type == t;
    return n;
}

/* Whether any entity's name or alias contains needle. */
/* Index of the last event of the given kind ("visit", "election"), or -1. */
long event_of_kind(const kg_extraction *x, const char *kind)
{
    long found = -1;
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].type == KG_EVENT && x->entities[i].event_kind &&
            strcmp(x->entities[i].event_kind, kind) == 0)
            found = (long)i;
    return found;
}

int any_name_contains(const kg_extraction *x, const char *needle)
{
    for (size_t i = 0; i < x->n_entities; i++) {
        const kg_x_entity *e = &x->entities[i];
        if (strstr(e->name, needle))
            return 1;
        for (size_t k = 0; k < e->n_aliases; k++)
            if (strstr(e->aliases[k].text, needle))
                return 1;
    }
    return 0;
}

/* The event the document is about, or -1. */
long main_event(const kg_extraction *x)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].type == KG_EVENT && x->entities[i].is_main_event)
            return (long)i;
    return -1;
}

/* Number of relations src -type-> tgt, matched by name or alias; tgt NULL matches any
 * target. */
size_t count_relations(const kg_extraction *x, const char *src, kg_relation_type type,
                              const char *tgt)
{
    size_t n = 0;
    for (size_t i = 0; i < x->n_relations; i++) {
        const kg_x_relation *r = &x->relations[i];
        if (r->type == type && entity_named(&x->entities[r->source], src) &&
            (!tgt || entity_named(&x->entities[r->target], tgt)))
            n++;
    }
    return n;
}

int has_relation(const kg_extraction *x, const char *src, kg_relation_type type,
                        const char *tgt)
{
    return count_relations(x, src, type, tgt) > 0;
}

/* Whether person name spoke at the document's main event in sentence s ((size_t)-1: any). */
int spoke_at_main(const kg_extraction *x, const char *name, size_t s)
{
    long ev = main_event(x);
    for (size_t i = 0; ev >= 0 && i < x->n_relations; i++) {
        const kg_x_relation *r = &x->relations[i];
        if (r->type == KG_SPOKE_AT && r->target == (size_t)ev &&
            entity_named(&x->entities[r->source], name) && (s == (size_t)-1 || r->sentence == s))
            return 1;
    }
    return 0;
}

/* A printout of the extraction for failure messages (static buffer). */
const char *dump(const kg_extraction *x)
{
    static char buf[6000];
    size_t o = 0;
    buf[0] = '\0';
#define PUT(...)                                                                                   \
    do {                                                                                           \
        if (o < sizeof buf) {                                                                      \
            int w_ = snprintf(buf + o, sizeof buf - o, __VA_ARGS__);                               \
            o += w_ > 0 ? (size_t)w_ : 0;                                                          \
        }                                                                                          \
    } while (0)
    for (size_t i = 0; i < x->n_entities; i++) {
        const kg_x_entity *e = &x->entities[i];
        PUT("  [%zu] %s \"%s\"", i, kg_entity_type_name(e->type), e->name);
        for (size_t k = 0; k < e->n_aliases; k++)
            PUT(" | \"%s\"", e->aliases[k].text);
        PUT("\n");
    }
    for (size_t i = 0; i < x->n_relations; i++) {
        const kg_x_relation *r = &x->relations[i];
        PUT("  %s -%s-> %s (s%zu)\n", x->entities[r->source].name, kg_relation_type_name(r->type),
            x->entities[r->target].name, r->sentence);
    }
#undef PUT
    return buf;
}


/* Whether word is in a lexicon list (to show that a test exercises a rule other than the
 * given-name list). */
int in_list(kg_wordlist l, const char *word)
{
    return kg_lexicon_has(lex, l, word, strlen(word));
}

/* An opening sentence that makes the article about a meeting in Astana. */
