/* test_event_agendas: what a meeting or conference is about, on invented news sentences:
 * the sentences set at a meeting give its agenda, the sides of a meeting and a joint
 * statement, purpose clauses, the venue and the guests that are no topic, each with cases
 * that must match and cases that must not. (Split from test_events.c, which keeps the
 * events themselves: their names, dates, places and who took part.) */
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_event_agendas_sentence_set_at_meeting_is_its_agenda)
{
    /* "At the meeting with B, A informed B of X": X is on the meeting's agenda; a sentence
     * that only mentions a meeting later does not set its agenda */
    const kg_extraction *x = extract(
        "Report\n\nA trade forum opened in Amman. Foreign Minister Daulet Seitov attended the "
        "forum. "
        "At the meeting with King "
        "Omar Haddad, the minister informed the King of reforms in Kazakhstan. Seitov later "
        "praised Egypt before the meeting with Lina Saeed.");
    ASSERT_REL(x, "meeting with Omar Haddad", KG_DISCUSSED, "Kazakhstan");
    /* the minister speaks at that meeting, not at some other one of the article */
    ASSERT_REL(x, "Daulet Seitov", KG_SPOKE_AT, "meeting with Omar Haddad");
    ASSERT_NO_REL(x, "Daulet Seitov", KG_DISCUSSED, "meeting with Omar Haddad");
    ASSERT_NO_REL(x, "meeting with Omar Haddad", KG_DISCUSSED, "Omar Haddad");
    ASSERT_NO_REL(x, "meeting with Lina Saeed", KG_DISCUSSED, "Egypt");
}
END_TEST

START_TEST(test_event_agendas_passive_agenda_and_named_event_not_with)
{
    /* "The outcome of X was discussed with Y": X is the agenda of the talk with Y; the
     * Alpine Forum named before "was discussed with" is no meeting with Y */
    const kg_extraction *x = extract("Report\n\nThe future of the Alpine Forum in Mongolia was "
                                     "discussed with Hans Weber.");
    ASSERT_REL(x, "meeting with Hans Weber", KG_DISCUSSED, "Mongolia");
    long forum = find_entity(x, "Alpine Forum in Mongolia", KG_EVENT);
    ck_assert_msg(forum >= 0, "%s", dump(x));
    ck_assert_int_ne(forum, find_entity(x, "meeting with Hans Weber", KG_EVENT));
}
END_TEST

START_TEST(test_event_agendas_sides_of_a_meeting_give_its_agenda)
{
    /* the sides as subject ("the delegations", "A and B" as countries) give the meeting's
     * agenda; no one person said it */
    const kg_extraction *x = extract(
        "Report\n\nThe United States and Tajikistan held annual bilateral consultations in "
        "Washington. Foreign Minister Sirojiddin Karimov led the Tajik delegation.\n\nThe "
        "delegations emphasized cooperation with Afghanistan. The United States and Tajikistan "
        "discussed the Central Asia Energy Forum.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0 && strstr(x->entities[ev].name, "consultations"),
                  "the consultations are not the main event:\n%s", dump(x));
    const char *name = x->entities[ev].name;
    ASSERT_REL(x, name, KG_DISCUSSED, "Afghanistan");
    ASSERT_REL(x, name, KG_LOCATED_IN, "Washington");
    ASSERT_REL(x, "Sirojiddin Karimov", KG_SPOKE_AT, name);
    ASSERT_NO_REL(x, "Sirojiddin Karimov", KG_DISCUSSED, "Afghanistan");
    /* a named event on the agenda, not a meeting of its own that discusses its name */
    ASSERT_REL(x, name, KG_DISCUSSED, "Central Asia Energy Forum");
    ASSERT_NO_REL(x, "Central Asia Energy Forum", KG_DISCUSSED, "Central Asia");
    /* the sides that the sentence names discuss its agenda too */
    x = extract("Report\n\nForeign Minister Erlan Sadykov held talks in Astana.\n\nAt the "
                "meeting of Mr. Sadykov with the President of the World Bank Ajay Pandit, the "
                "sides discussed the Astana Investment Forum and Mongolia.");
    ASSERT_REL(x, "Ajay Pandit", KG_DISCUSSED, "Mongolia");
    ASSERT_REL(x, "Erlan Sadykov", KG_DISCUSSED, "Mongolia");
    /* a sentence whose subject is one country is no agenda */
    x = extract("Report\n\nThe ministers held talks in Astana.\n\nThe United States "
                "emphasized cooperation with Afghanistan.");
    ASSERT_NO_REL(x, "talks", KG_DISCUSSED, "Afghanistan");
}
END_TEST

START_TEST(test_event_agendas_purpose_of_a_meeting_is_not_its_guests)
{
    /* "The delegation met with A to discuss X": the meeting's agenda, not A's words; "B met
     * with A to discuss Y": B's too */
    const kg_extraction *x = extract(
        "Report\n\nThe delegation met with Afghan President Ashraf Ghanov to discuss the "
        "situation in Afghanistan. Secretary of State Anna Larsen met with Foreign Minister "
        "Dmytro Kulenko to discuss Moldova.");
    long ev = find_entity(x, "meeting with Ashraf Ghanov", KG_EVENT);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "Afghanistan");
    ASSERT_NO_REL(x, "Ashraf Ghanov", KG_DISCUSSED, "Afghanistan");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED, "Moldova");
    ASSERT_NO_REL(x, "Dmytro Kulenko", KG_DISCUSSED, "Moldova");
}
END_TEST

START_TEST(test_event_agendas_purpose_of_a_conference)
{
    /* "a conference in Tashkent, Uzbekistan to promote X and to strengthen cooperation with
     * Y": the purpose is the conference's agenda, a list through commas and "with" */
    const kg_extraction *x = extract(
        "Report\n\nThe adviser led a delegation to a high-level international conference in "
        "Tashkent, Uzbekistan to promote connectivity between Central Asia and South Asia, and "
        "to strengthen cooperation with the United States.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    const char *name = x->entities[ev].name;
    ASSERT_REL(x, name, KG_DISCUSSED, "South Asia");
    ASSERT_REL(x, name, KG_DISCUSSED, "United States");
    ASSERT_NO_REL(x, name, KG_DISCUSSED, "Tashkent");
    /* "to" after a meeting without a verb of purpose gives no agenda */
    x = extract("Report\n\nThe ministers came to the summit in Astana to Mongolia's surprise.");
    ASSERT_NO_REL(x, x->entities[main_event(x)].name, KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_event_agendas_one_side_of_a_joint_statement)
{
    /* a statement of the two sides: once the text joins two countries as its subject, each
     * of them alone gives the meeting's agenda too, bodies included */
    const kg_extraction *x = extract(
        "Joint Statement of the Second Mongolia-Chile Strategic Dialogue\n\n"
        "Today Minister Arvo Pellinen and Minister Tomas Brandt co-chaired the second meeting of "
        "the Mongolia-Chile Strategic Dialogue in Ulaanbaatar.\n\n"
        "Mongolia and Chile reaffirmed their commitment to regional trade. Chile welcomed "
        "Mongolia's support for Moldova and thanked the World Bank for its help.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "Moldova");
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "World Bank");
}
END_TEST

START_TEST(test_event_agendas_officials_said_is_no_agenda)
{
    /* "Officials said", "They told": a report of what someone said, not the sides' agenda;
     * "The sides discussed" is one */
    const kg_extraction *x = extract(
        "Report\n\nToday Minister Arvo Pellinen and Minister Tomas Brandt held a meeting in "
        "Ulaanbaatar.\n\nOfficials said Moldova was calm. They told reporters about Chile. "
        "The sides discussed Mongolia.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_NO_REL(x, x->entities[ev].name, KG_DISCUSSED, "Moldova");
    ASSERT_NO_REL(x, x->entities[ev].name, KG_DISCUSSED, "Chile");
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_event_agendas_one_country_alone_is_no_side)
{
    /* without two countries joined as the sides, one country's remark is no agenda */
    const kg_extraction *x = extract(
        "Report\n\nToday Minister Arvo Pellinen and Minister Tomas Brandt held a meeting in "
        "Ulaanbaatar.\n\nChile welcomed the support of Moldova.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_NO_REL(x, x->entities[ev].name, KG_DISCUSSED, "Moldova");
}
END_TEST

START_TEST(test_event_agendas_agenda_list_goes_on_after_a_comma)
{
    /* "will examine X for A, the B and C": the comma goes on a list of names, bodies
     * included; after the list the agenda ends */
    const kg_extraction *x = extract(
        "Commission to Hold Hearing on Moldova\n\nThe Commission on Trade will hold a hearing "
        "on Moldova on Wednesday, February 6. The hearing will examine the consequences for "
        "Moldova, the United States and NATO, which Moldova hopes to join, said Chairman Arvo "
        "Pellinen of Chile.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "United States");
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "NATO");
    ASSERT_NO_REL(x, x->entities[ev].name, KG_DISCUSSED, "Chile");
}
END_TEST

START_TEST(test_event_agendas_two_persons_discuss_at_their_meeting)
{
    /* "The Secretary and the Foreign Minister discussed X" in a later paragraph: their
     * meeting and both of them discussed X */
    const kg_extraction *x = extract(
        "Report\n\nSecretary of State Anna Larsen met today with Foreign Minister Dmytro "
        "Kulenko in Rzeszow.\n\nThe Secretary and the Foreign Minister discussed the situation "
        "in Mariupol. Larsen and Kulenko also discussed support for Moldova.");
    long ev = find_entity(x, "meeting of Anna Larsen with Dmytro Kulenko", KG_EVENT);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    const char *name = x->entities[ev].name;
    ASSERT_REL(x, name, KG_DISCUSSED, "Mariupol");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED, "Mariupol");
    ASSERT_REL(x, "Dmytro Kulenko", KG_DISCUSSED, "Mariupol");
    ASSERT_REL(x, "Dmytro Kulenko", KG_DISCUSSED, "Moldova");
    /* one person and a thing are no two persons */
    x = extract("Report\n\nSecretary of State Anna Larsen met today with Foreign Minister "
                "Dmytro Kulenko in Rzeszow.\n\nThe Secretary and the press discussed Moldova.");
    ASSERT_NO_REL(x, "Dmytro Kulenko", KG_DISCUSSED, "Moldova");
}
END_TEST

START_TEST(test_event_agendas_discussed_with_person_is_meeting)
{
    /* "X was discussed with Y" and "A talked with B": conversations with Y and B */
    const kg_extraction *x =
        extract("Report\n\nThe partnership was discussed with Hans Weber, founder of the Alpine "
                "Forum. Later Daulet Seitov talked with Olga Petrenko.");
    ASSERT_REL(x, "Hans Weber", KG_SPOKE_AT, "meeting with Hans Weber");
    ASSERT_NO_ENTITY(x, "meeting with Hans Weber and Olga Petrenko", KG_EVENT);
    ASSERT_REL(x, "Olga Petrenko", KG_SPOKE_AT, "meeting of Daulet Seitov with Olga Petrenko");
    ASSERT_REL(x, "Daulet Seitov", KG_SPOKE_AT, "meeting of Daulet Seitov with Olga Petrenko");
    /* "discussed with great interest" names nobody */
    x = extract("Report\n\nThe sides discussed with great interest the situation in Mongolia.");
    ASSERT_COUNT(x, KG_EVENT, 0);
}
END_TEST

START_TEST(test_event_agendas_venue_is_no_topic)
{
    /* "on the margins of the X Assembly", "at the Y Embassy": where, not what */
    const kg_extraction *x =
        extract("Report\n\nThe leaders held a summit on the margins of the United Nations General "
                "Assembly. The leaders discussed Afghanistan.\n\nAt the Embassy of Kazakhstan, "
                "Ambassador Ermek Temirov stressed that Mongolia was a partner.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[ev].name, KG_DISCUSSED, "Afghanistan");
    ASSERT_NO_REL(x, x->entities[ev].name, KG_DISCUSSED, "United Nations General Assembly");
    ASSERT_REL(x, "Ermek Temirov", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Ermek Temirov", KG_DISCUSSED, "Embassy of Kazakhstan");
    /* a destination is where, not what: "welcomed X and a delegation to Washington" */
    x = extract("Report\n\nAssistant Secretary Donald Luce welcomed First Deputy Foreign "
                "Minister of Kazakhstan Kairat Omarov and a Kazakhstani delegation to Washington "
                "for talks on Afghanistan.");
    ASSERT_NO_REL(x, "Donald Luce", KG_DISCUSSED, "Washington");
    ASSERT_REL(x, "Donald Luce", KG_DISCUSSED, "Afghanistan");
}
END_TEST

static Suite *event_agendas_suite(void)
{
    Suite *s = suite_create("event_agendas");
    TCase *tc = tcase_create("event_agendas");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_event_agendas_sentence_set_at_meeting_is_its_agenda);
    tcase_add_test(tc, test_event_agendas_passive_agenda_and_named_event_not_with);
    tcase_add_test(tc, test_event_agendas_sides_of_a_meeting_give_its_agenda);
    tcase_add_test(tc, test_event_agendas_purpose_of_a_meeting_is_not_its_guests);
    tcase_add_test(tc, test_event_agendas_purpose_of_a_conference);
    tcase_add_test(tc, test_event_agendas_one_side_of_a_joint_statement);
    tcase_add_test(tc, test_event_agendas_officials_said_is_no_agenda);
    tcase_add_test(tc, test_event_agendas_one_country_alone_is_no_side);
    tcase_add_test(tc, test_event_agendas_agenda_list_goes_on_after_a_comma);
    tcase_add_test(tc, test_event_agendas_two_persons_discuss_at_their_meeting);
    tcase_add_test(tc, test_event_agendas_discussed_with_person_is_meeting);
    tcase_add_test(tc, test_event_agendas_venue_is_no_topic);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(event_agendas_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
