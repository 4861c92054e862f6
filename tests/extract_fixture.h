/* extract_fixture: the lexicon fixture, extraction of an invented text, and queries and
 * assertions over the result, shared by the extraction suites (test_extract, test_typing).
 * extract() and extract_dated() return an extraction owned by the fixture, valid until the
 * next call or teardown(). */
#ifndef KG_TEST_EXTRACT_FIXTURE_H
#define KG_TEST_EXTRACT_FIXTURE_H

#include "../src/extract/kg_extract.h"
#include "../src/extract/kg_lexicon.h"
#include "../src/ingest/kg_document.h"
#include "harness.h"

extern kg_lexicon *lex;

void setup(void);
void teardown(void);
const kg_extraction *extract_dated(const char *text, const char *date);
const kg_extraction *extract(const char *text);
int entity_named(const kg_x_entity *e, const char *name);
long find_entity(const kg_extraction *x, const char *name, kg_entity_type t);
long find_any(const kg_extraction *x, const char *name);
size_t count_type(const kg_extraction *x, kg_entity_type t);
long event_of_kind(const kg_extraction *x, const char *kind);
int any_name_contains(const kg_extraction *x, const char *needle);
long main_event(const kg_extraction *x);
size_t count_relations(const kg_extraction *x, const char *src, kg_relation_type type,
                       const char *tgt);
int has_relation(const kg_extraction *x, const char *src, kg_relation_type type, const char *tgt);
int spoke_at_main(const kg_extraction *x, const char *name, size_t s);
const char *dump(const kg_extraction *x);
int in_list(kg_wordlist l, const char *word);

#define DOC_DATE "2023-03-19"
#define ASSERT_ENTITY(x, name, t)                                                                  \
    ck_assert_msg(find_entity(x, name, t) >= 0, "no %s \"%s\" in:\n%s", kg_entity_type_name(t),    \
                  name, dump(x))
#define ASSERT_NO_ENTITY(x, name, t)                                                               \
    ck_assert_msg(find_entity(x, name, t) < 0, "unexpected %s \"%s\" in:\n%s",                     \
                  kg_entity_type_name(t), name, dump(x))
#define ASSERT_NOTHING_NAMED(x, name)                                                              \
    ck_assert_msg(find_any(x, name) < 0, "unexpected entity \"%s\" in:\n%s", name, dump(x))
#define ASSERT_COUNT(x, t, n)                                                                      \
    ck_assert_msg(count_type(x, t) == (n), "expected %d %s entities, got %zu in:\n%s", (int)(n),   \
                  kg_entity_type_name(t), count_type(x, t), dump(x))
#define ASSERT_REL(x, s, type, t)                                                                  \
    ck_assert_msg(has_relation(x, s, type, t), "no %s -%s-> %s in:\n%s", s,                        \
                  kg_relation_type_name(type), t, dump(x))
#define ASSERT_NO_REL(x, s, type, t)                                                               \
    ck_assert_msg(!has_relation(x, s, type, t), "unexpected %s -%s-> %s in:\n%s", s,               \
                  kg_relation_type_name(type), t ? t : "(any)", dump(x))
#define ASSERT_SPOKE(x, name)                                                                      \
    ck_assert_msg(spoke_at_main(x, name, (size_t)-1), "%s did not speak at the main event:\n%s",   \
                  name, dump(x))
#define ASSERT_NOT_SPOKE(x, name)                                                                  \
    ck_assert_msg(!has_relation(x, name, KG_SPOKE_AT, NULL), "unexpected spoke-at of %s:\n%s",     \
                  name, dump(x))
#define MEETING "Report\n\nA round table on water policy was held in Astana.\n\n"

#endif
