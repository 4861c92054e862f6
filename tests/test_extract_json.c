/* test_extract_json: an extraction as kg extract's JSON line and back (kg_extract_json):
 * the round trip keeps everything resolution reads, byte for byte and coordinate for
 * coordinate; bad lines are refused with their reason. */
#include "../src/extract/kg_extract_json.h"
#include "../src/kg_mem.h"
#include "extract_fixture.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT                                                                                       \
    "Talks on water in Tashkent\n\n"                                                               \
    "TASHKENT, March 19 (Agency) - Foreign Minister Murat Nurtleu of Kazakhstan met Uzbek "        \
    "Foreign Minister Bakhtiyor Saidov in Tashkent on Monday. \"We discussed the Aral Sea,\" "     \
    "Nurtleu said. The OSCE Programme Office in Dushanbe (POiD) also attended.\n"

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

START_TEST(test_extract_json_round_trip)
{
    const kg_extraction *x = extract(TEXT);
    ck_assert_uint_gt(x->n_relations, 0);
    kg_error err = {0};
    char *line = kg_extract_json_dump(x, &err);
    ck_assert_ptr_nonnull(line);
    kg_extract_json_pool *pool = kg_extract_json_pool_new();
    kg_document *doc;
    kg_extraction *y;
    ck_assert_msg(kg_extract_json_load(&doc, &y, pool, line, strlen(line), &err) == KG_OK, "%s",
                  err.msg);
    ck_assert_str_eq(doc->id, x->doc->id);
    ck_assert_str_eq(doc->text, x->doc->text);
    ck_assert_str_eq(doc->source, x->doc->source);
    ck_assert(same_str(doc->title, x->doc->title) && same_str(doc->date, x->doc->date));
    ck_assert_uint_eq(y->n_entities, x->n_entities);
    size_t with_geo = 0;
    for (size_t i = 0; i < x->n_entities; i++) {
        const kg_x_entity *a = &x->entities[i], *b = &y->entities[i];
        ck_assert_str_eq(a->name, b->name);
        ck_assert_str_eq(a->key, b->key);
        ck_assert_int_eq(a->type, b->type);
        ck_assert(same_str(a->date, b->date) && same_str(a->place, b->place));
        ck_assert_uint_eq(a->n_aliases, b->n_aliases);
        for (size_t k = 0; k < a->n_aliases; k++) {
            ck_assert_str_eq(a->aliases[k].text, b->aliases[k].text);
            ck_assert_str_eq(a->aliases[k].key, b->aliases[k].key);
            ck_assert_str_eq(a->aliases[k].reason, b->aliases[k].reason);
        }
        ck_assert_int_eq(!a->geo, !b->geo);
        if (a->geo) {
            with_geo++;
            ck_assert(same_str(a->geo->canonical, b->geo->canonical));
            ck_assert(same_str(a->geo->country, b->geo->country));
            ck_assert_int_eq(a->geo->has_geo, b->geo->has_geo);
            ck_assert(a->geo->lat == b->geo->lat && a->geo->lon == b->geo->lon); /* exact */
        }
    }
    ck_assert_uint_gt(with_geo, 0);
    ck_assert_uint_eq(y->n_mentions, x->n_mentions);
    for (size_t i = 0; i < x->n_mentions; i++) {
        const kg_x_mention *a = &x->mentions[i], *b = &y->mentions[i];
        ck_assert(a->start == b->start && a->end == b->end && a->entity == b->entity);
        ck_assert(a->type == b->type);
        ck_assert_uint_eq(x->tokens.sentences[a->sentence].start,
                          y->tokens.sentences[b->sentence].start);
        ck_assert_uint_eq(x->tokens.sentences[a->sentence].end,
                          y->tokens.sentences[b->sentence].end);
    }
    ck_assert_uint_eq(y->n_relations, x->n_relations);
    for (size_t i = 0; i < x->n_relations; i++) {
        const kg_x_relation *a = &x->relations[i], *b = &y->relations[i];
        ck_assert(a->source == b->source && a->target == b->target && a->type == b->type);
        ck_assert_uint_eq(x->tokens.sentences[a->sentence].end,
                          y->tokens.sentences[b->sentence].end);
    }
    char *again = kg_extract_json_dump(y, &err);
    ck_assert_str_eq(again, line);
    free(again);
    kg_extraction_free(y);
    kg_document_free(doc);
    kg_extract_json_pool_free(pool);
    free(line);
}
END_TEST

/* Loads the fixture's line changed by edit (a jansson edit of the parsed line) and expects
 * KG_EFORMAT with reason in the message. */
static void expect_refused(void (*edit)(json_t *), const char *reason)
{
    const kg_extraction *x = extract(TEXT);
    kg_error err = {0};
    char *line = kg_extract_json_dump(x, &err);
    json_t *root = json_loads(line, 0, NULL);
    ck_assert_ptr_nonnull(root);
    edit(root);
    char *bad = json_dumps(root, JSON_COMPACT);
    kg_extract_json_pool *pool = kg_extract_json_pool_new();
    kg_document *doc = (kg_document *)1;
    kg_extraction *y = (kg_extraction *)1;
    ck_assert_int_eq(kg_extract_json_load(&doc, &y, pool, bad, strlen(bad), &err), KG_EFORMAT);
    ck_assert_msg(strstr(err.msg, reason), "'%s' does not say '%s'", err.msg, reason);
    ck_assert_ptr_null(doc);
    ck_assert_ptr_null(y);
    kg_extract_json_pool_free(pool);
    free(bad);
    json_decref(root);
    free(line);
}

static void forge_text(json_t *r)
{
    json_object_set_new(r, "text", json_string("Another text"));
}
static void old_version(json_t *r)
{
    json_object_set_new(r, "kg_extract", json_integer(0));
}
static void entity_out_of_range(json_t *r)
{
    json_t *m = json_array_get(json_object_get(r, "mentions"), 0);
    json_object_set_new(m, "entity", json_integer(100000));
}
static void span_past_text(json_t *r)
{
    json_t *m = json_array_get(json_object_get(r, "relations"), 0);
    json_object_set_new(m, "sentence", json_pack("[ii]", 0, 1000000));
}
static void unknown_type(json_t *r)
{
    json_t *e = json_array_get(json_object_get(r, "entities"), 0);
    json_object_set_new(e, "type", json_string("animal"));
}
static void no_mentions(json_t *r)
{
    json_object_del(r, "mentions");
}
static void name_not_string(json_t *r)
{
    json_t *e = json_array_get(json_object_get(r, "entities"), 0);
    json_object_set_new(e, "name", json_integer(3));
}

START_TEST(test_extract_json_refuses_bad_lines)
{
    expect_refused(forge_text, "not the SHA-256");
    expect_refused(old_version, "\"kg_extract\": 1");
    expect_refused(entity_out_of_range, "\"entity\" is not an index");
    expect_refused(span_past_text, "inside the text");
    expect_refused(unknown_type, "unknown entity type 'animal'");
    expect_refused(no_mentions, "not all arrays");
    expect_refused(name_not_string, "\"name\" is not a string");
    kg_extract_json_pool *pool = kg_extract_json_pool_new();
    kg_document *doc;
    kg_extraction *y;
    kg_error err = {0};
    ck_assert_int_eq(kg_extract_json_load(&doc, &y, pool, "{\"kg_extract\": 1,", 17, &err),
                     KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "invalid JSON"));
    ck_assert_int_eq(kg_extract_json_load(&doc, &y, pool, "[1]", 3, &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "not a JSON object"));
    kg_extract_json_pool_free(pool);
}
END_TEST

START_TEST(test_extract_json_pool_shares_rows)
{
    const kg_extraction *x = extract(TEXT);
    kg_error err = {0};
    char *line = kg_extract_json_dump(x, &err);
    kg_extract_json_pool *pool = kg_extract_json_pool_new();
    kg_document *d1, *d2;
    kg_extraction *y1, *y2;
    ck_assert_int_eq(kg_extract_json_load(&d1, &y1, pool, line, strlen(line), &err), KG_OK);
    ck_assert_int_eq(kg_extract_json_load(&d2, &y2, pool, line, strlen(line), &err), KG_OK);
    for (size_t i = 0; i < y1->n_entities; i++) {
        ck_assert_ptr_eq(y1->entities[i].geo, y2->entities[i].geo);
        for (size_t k = 0; k < y1->entities[i].n_aliases; k++)
            ck_assert_ptr_eq(y1->entities[i].aliases[k].reason, y2->entities[i].aliases[k].reason);
    }
    kg_extraction_free(y1);
    kg_extraction_free(y2);
    kg_document_free(d1);
    kg_document_free(d2);
    kg_extract_json_pool_free(pool);
    free(line);
}
END_TEST

static Suite *extract_json_suite(void)
{
    Suite *s = suite_create("extract_json");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_extract_json_round_trip);
    tcase_add_test(tc, test_extract_json_refuses_bad_lines);
    tcase_add_test(tc, test_extract_json_pool_shares_rows);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(extract_json_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
