/* test_readouts: who met, spoke and discussed in readouts of meetings, read from the
 * sentence's structure (coordinated subjects, long titled objects, possessed event nouns),
 * on invented documents. */
#include "extract_fixture.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_readouts_met_with_a_long_titled_object)
{
    /* the object of "met with" comes after a title whose organisation name and acronym run
     * long: both sides of the meeting speak at it */
    const kg_extraction *x = extract(
        "Meeting with NDAF leader Tomas Reyes\n\nAnna Bergstrom met with leader of the National "
        "Democratic Alliance of Freedonia (NDAF) Tomas Reyes. They discussed the budget.");
    long m = main_event(x);
    ck_assert_msg(m >= 0, "no meeting:\n%s", dump(x));
    ASSERT_REL(x, "Anna Bergstrom", KG_SPOKE_AT, x->entities[m].name);
    ASSERT_REL(x, "Tomas Reyes", KG_SPOKE_AT, x->entities[m].name);
    /* negative: a person after the end of the clause is no object */
    const kg_extraction *y = extract(
        "Report\n\nAnna Bergstrom met with farmers in the north of the country for an hour; "
        "Tomas Reyes stayed in the capital.");
    ASSERT_NOT_SPOKE(y, "Tomas Reyes");
}
END_TEST

START_TEST(test_readouts_coordinated_subjects_discussed)
{
    /* "A and B discussed X": both discussed it; a person named in the object is no subject */
    const kg_extraction *x =
        extract("Meeting with Tomas Reyes\n\nAnna Bergstrom met with Tomas Reyes in Astana.\n\n"
                "Ms Bergstrom and Mr Reyes discussed trade with Kazakhstan and the Caspian Sea.");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Kazakhstan");
    ASSERT_REL(x, "Tomas Reyes", KG_DISCUSSED, "Kazakhstan");
    const kg_extraction *y =
        extract("Report\n\nAnna Bergstrom discussed the proposal of Tomas Reyes on Kazakhstan.");
    ASSERT_NO_REL(y, "Tomas Reyes", KG_DISCUSSED, "Kazakhstan");
}
END_TEST

START_TEST(test_readouts_possessed_session_is_its_own_event)
{
    /* "the Senate's spring session" is the Senate's, not the meeting the article tells of;
     * "one of a series of meetings" is no mention of that meeting */
    const kg_extraction *x = extract(
        "Meeting with Tomas Reyes\n\nAnna Bergstrom met with Tomas Reyes in Astana.\n\n"
        "Ms Bergstrom and Mr Reyes discussed the results of the Senate\u2019s spring session "
        "and Kazakhstan.\n\nThe meeting is one of a series of meetings held with senators.");
    ASSERT_ENTITY(x, "spring session of the Senate", KG_EVENT);
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "spring session of the Senate");
    ASSERT_REL(x, "Tomas Reyes", KG_DISCUSSED, "Kazakhstan");
    long m = main_event(x);
    ck_assert_msg(m >= 0, "no meeting:\n%s", dump(x));
    for (size_t i = 0; i < x->n_mentions; i++)
        if (x->mentions[i].entity == (size_t)m)
            ck_assert_msg(strncmp(x->doc->text + x->mentions[i].start, "meetings", 8) != 0 &&
                              strncmp(x->doc->text + x->mentions[i].start, "session", 7) != 0,
                          "a plural or possessed noun names the meeting:\n%s", dump(x));
    /* negative: the meeting's own noun without a possessor still names it */
    const kg_extraction *y =
        extract("Meeting with Tomas Reyes\n\nAnna Bergstrom met with Tomas Reyes in Astana. The "
                "session lasted an hour.");
    ASSERT_NOTHING_NAMED(y, "session of the Senate");
}
END_TEST

START_TEST(test_readouts_line_of_date_and_places)
{
    /* "July 27, 2015, The Palace, Astana" under the headline: the venue and the city are
     * places, the meeting was held at both, the venue lies in the city */
    const kg_extraction *x =
        extract("Meeting with Tomas Reyes\n\nMarch 3, 2021, The Akorda Palace, Astana\n\n"
                "Anna Bergstrom met with Tomas Reyes.");
    ASSERT_ENTITY(x, "The Akorda Palace", KG_PLACE);
    long m = main_event(x);
    ck_assert_msg(m >= 0, "no meeting:\n%s", dump(x));
    ASSERT_REL(x, x->entities[m].name, KG_LOCATED_IN, "Astana");
    ASSERT_REL(x, x->entities[m].name, KG_LOCATED_IN, "The Akorda Palace");
    ASSERT_REL(x, "The Akorda Palace", KG_LOCATED_IN, "Astana");
    /* negative: a line that does not end in a known place is no such line */
    const kg_extraction *y =
        extract("Meeting with Tomas Reyes\n\nMarch 3, 2021, The Akorda Group, Foreign Desk\n\n"
                "Anna Bergstrom met with Tomas Reyes.");
    ASSERT_NO_ENTITY(y, "The Akorda Group", KG_PLACE);
}
END_TEST

static Suite *readouts_suite(void)
{
    Suite *s = suite_create("readouts");
    TCase *tc = tcase_create("readouts");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_readouts_met_with_a_long_titled_object);
    tcase_add_test(tc, test_readouts_coordinated_subjects_discussed);
    tcase_add_test(tc, test_readouts_possessed_session_is_its_own_event);
    tcase_add_test(tc, test_readouts_line_of_date_and_places);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(readouts_suite()) == 0 ? 0 : 1;
}
