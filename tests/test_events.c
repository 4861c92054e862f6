/* test_events: events in one document, on invented news sentences: meetings, elections,
 * visits, conferences and delegations, their dates and places, who took part and what they
 * discussed, each with cases that must match and cases that must not. */
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_extract_named_event_with_dash_after_acronym_sentence)
{
    /* a sentence that ends in "D.C." is no headline, and "U.S.-Mongolia" belongs to the name */
    const kg_extraction *x = extract(
        "Report\n\nSecretary Blinken met today with Foreign Minister Batbayar Tsend ahead of the "
        "U.S.-Mongolia Strategic Partnership Dialogue in Washington, D.C. The Secretary noted "
        "progress.");
    /* "Secretary Blinken" is a person by title and surname, so the meeting is his */
    ASSERT_ENTITY(x, "Blinken", KG_PERSON);
    ASSERT_ENTITY(x, "meeting of Blinken with Batbayar Tsend", KG_EVENT);
    ck_assert_msg(any_name_contains(x, "U.S.-Mongolia Strategic Partnership Dialogue"), "%s",
                  dump(x));
    ASSERT_COUNT(x, KG_EVENT, 2);
}
END_TEST

START_TEST(test_extract_event_label_from_body_not_headline)
{
    /* the body's phrase names the meeting better than the headline's title case */
    const kg_extraction *x = extract("Commission Holds Online Session\n\nA videoconference "
                                     "at the Press Center was held on Monday.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ck_assert_str_eq(x->entities[ev].name, "videoconference at the Press Center");
}
END_TEST

START_TEST(test_extract_headline_talks_join_body_meeting)
{
    /* the headline's generic "Talks" are the body's talks with a person; "uulu" ends a name */
    const kg_extraction *x = extract(
        "Foreign Ministers Hold Talks in Bishkek\n\nForeign Minister Murat Nurtayev held talks "
        "with Foreign Minister Zhenish Asanaliev in Bishkek. The delegation also met with the "
        "Speaker Nurlanbek Turgunbek uulu.");
    ASSERT_COUNT(x, KG_EVENT, 2);
    long ev = find_entity(x, "meeting with Zhenish Asanaliev", KG_EVENT);
    ck_assert_msg(ev >= 0 && entity_named(&x->entities[ev], "Talks in Bishkek"), "%s", dump(x));
    ASSERT_ENTITY(x, "Nurlanbek Turgunbek uulu", KG_PERSON);
}
END_TEST

START_TEST(test_extract_event_meeting_located_in)
{
    const kg_extraction *x =
        extract("Report\n\nA round table on the future of the pension system was held in "
                "Almaty on Tuesday.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "no main event:\n%s", dump(x));
    ck_assert_str_eq(x->entities[ev].event_kind, "meeting");
    ASSERT_ENTITY(x, "Almaty", KG_PLACE);
    ck_assert_msg(count_relations(x, x->entities[ev].name, KG_LOCATED_IN, "Almaty") == 1, "%s",
                  dump(x));
    ck_assert_ptr_nonnull(x->entities[ev].place);
    ck_assert_str_eq(x->entities[ev].place, "Almaty");
    ASSERT_COUNT(x, KG_EVENT, 1);
}
END_TEST

START_TEST(test_extract_event_election_year)
{
    const kg_extraction *x =
        extract("Report\n\nTurnout in the 2021 presidential election was lower than expected. "
                "The referendum of 2022 changed a third of the constitution.");
    ASSERT_COUNT(x, KG_EVENT, 2);
    long el = -1, ref = -1;
    for (size_t i = 0; i < x->n_entities; i++) {
        if (x->entities[i].type != KG_EVENT)
            continue;
        if (strcmp(x->entities[i].event_kind, "election") == 0)
            el = (long)i;
        if (strcmp(x->entities[i].event_kind, "referendum") == 0)
            ref = (long)i;
    }
    ck_assert_msg(el >= 0 && ref >= 0, "%s", dump(x));
    ck_assert_msg(strstr(x->entities[el].name, "2021") && strstr(x->entities[el].key, "2021") &&
                      strstr(x->entities[el].key, "presidential"),
                  "election %s / %s", x->entities[el].name, x->entities[el].key);
    ck_assert_msg(strstr(x->entities[ref].name, "2022") && strstr(x->entities[ref].key, "2022"),
                  "referendum %s / %s", x->entities[ref].name, x->entities[ref].key);
    /* elections and referendums are not the meeting an article is about */
    ck_assert(!x->entities[el].is_main_event && !x->entities[ref].is_main_event);
}
END_TEST

START_TEST(test_extract_event_date)
{
    /* "today" is the document's date */
    const kg_extraction *x = extract_dated(
        "Report\n\nVoters went to the polls today in a referendum on nuclear power.", "2024-10-06");
    ASSERT_COUNT(x, KG_EVENT, 1);
    ck_assert_ptr_nonnull(x->entities[0].date);
    ck_assert_str_eq(x->entities[0].date, "2024-10-06");
    ck_assert_msg(strstr(x->entities[0].key, "2024"), "%s", x->entities[0].key);
    /* without "today" a referendum has no date of its own */
    x = extract_dated("Report\n\nVoters will decide in a referendum on nuclear power.",
                      "2024-10-06");
    ASSERT_COUNT(x, KG_EVENT, 1);
    ck_assert_ptr_null(x->entities[0].date);
    /* an explicit day in the document's year */
    x = extract("Report\n\nA round table was held in Almaty on March 14.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ck_assert_str_eq(x->entities[ev].date, "2023-03-14");
}
END_TEST

START_TEST(test_extract_event_one_meeting_per_article)
{
    const kg_extraction *x =
        extract("Report\n\nA round table on pensions was held in Almaty. After the round table, a "
                "seminar for journalists took place. The meeting ended at noon.");
    ASSERT_COUNT(x, KG_EVENT, 1);
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ck_assert_msg(entity_named(&x->entities[ev], "seminar") &&
                      entity_named(&x->entities[ev], "meeting"),
                  "%s", dump(x));
    ck_assert_msg(x->entities[ev].first_sentence == 1, "first sentence %zu",
                  x->entities[ev].first_sentence);
}
END_TEST

START_TEST(test_extract_event_elections_grouped)
{
    const kg_extraction *x = extract(
        "Report\n\nParties are preparing for the 2023 parliamentary elections. The elections "
        "will be held in March. Observers expect the election to be competitive.");
    ASSERT_COUNT(x, KG_EVENT, 1);
    ck_assert_msg(strstr(x->entities[0].name, "2023"), "%s", dump(x));
    /* two different elections stay two */
    x = extract("Report\n\nThe 2021 presidential election was calm. The 2023 parliamentary "
                "elections were not.");
    ASSERT_COUNT(x, KG_EVENT, 2);
    ck_assert_int_eq(main_event(x), -1);
}
END_TEST

START_TEST(test_extract_visit_by_verb)
{
    const kg_extraction *x = extract("Report\n\nPrime Minister Bakhtiyar Rasulov visited Namangan "
                                     "region on Friday to review new factories.");
    long visit = -1;
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].type == KG_EVENT && strstr(x->entities[i].name, "visit"))
            visit = (long)i;
    ck_assert_msg(visit >= 0, "no visit event in:\n%s", dump(x));
    ck_assert(has_relation(x, "Bakhtiyar Rasulov", KG_SPOKE_AT, x->entities[visit].name));
    ck_assert(has_relation(x, x->entities[visit].name, KG_LOCATED_IN, "Namangan region"));
}
END_TEST

START_TEST(test_extract_meeting_with_person_is_its_own_event)
{
    const kg_extraction *x = extract(
        "Report\n\nThe Investment Forum opened in Almaty on Monday.\n\nOn the sidelines, "
        "Minister Daniyar Akhmetov held a meeting with Olga Sidorenko, director of the Regional "
        "Development Bank. They discussed the Green Energy Program.");
    long forum = -1, side = -1;
    for (size_t i = 0; i < x->n_entities; i++) {
        if (x->entities[i].type != KG_EVENT)
            continue;
        if (strstr(x->entities[i].name, "with"))
            side = (long)i;
        else if (strstr(x->entities[i].name, "Forum"))
            forum = (long)i;
    }
    ck_assert_msg(side >= 0 && forum >= 0 && side != forum, "events:\n%s", dump(x));
    ck_assert(has_relation(x, "Olga Sidorenko", KG_SPOKE_AT, x->entities[side].name));
    ck_assert(has_relation(x, "Daniyar Akhmetov", KG_SPOKE_AT, x->entities[side].name));
    ck_assert(!has_relation(x, "Olga Sidorenko", KG_SPOKE_AT, x->entities[forum].name));
}
END_TEST

START_TEST(test_extract_named_events_apart_from_main)
{
    /* a capitalised event name is its own event; "the forum" is the article's */
    const kg_extraction *x =
        extract("Report\n\nThe 5th Caspian Energy Forum was held in Baku. The forum brought "
                "together 300 delegates. Minister Ilham Rasulov invited them to the Tashkent "
                "Investment Forum and to the session of the Foreign Investors Council.");
    long main = main_event(x);
    ck_assert_msg(main >= 0, "no main event:\n%s", dump(x));
    ck_assert_msg(strstr(x->entities[main].name, "Caspian Energy Forum") != NULL, "main: %s\n%s",
                  x->entities[main].name, dump(x));
    ASSERT_ENTITY(x, "Tashkent Investment Forum", KG_EVENT);
    ck_assert_int_ne(find_entity(x, "Tashkent Investment Forum", KG_EVENT), main);
    long session = find_entity(x, "session of the Foreign Investors Council", KG_EVENT);
    ck_assert_msg(session >= 0 && session != main, "session:\n%s", dump(x));
    ASSERT_COUNT(x, KG_EVENT, 3);
    ASSERT_REL(x, "5th Caspian Energy Forum in Baku", KG_LOCATED_IN, "Baku");
}
END_TEST

START_TEST(test_extract_headline_event_noun_generic)
{
    /* in a title-case headline a capitalised noun names no event of its own */
    const kg_extraction *x = extract("Minister Attends Regional Forum in Almaty\n\nThe regional "
                                     "forum opened in Almaty on Monday.");
    ASSERT_COUNT(x, KG_EVENT, 1);
}
END_TEST

START_TEST(test_extract_meetings_with_each_of_a_list)
{
    /* "meetings were held with A, B, and C": a meeting with each; a singular meeting with
     * two people is one */
    const kg_extraction *x =
        extract("Report\n\nOn the sidelines, meetings were held with the President of Georgia "
                "Levan Beridze, the Foreign Minister of Estonia Kadri Tamm, and Prime Minister "
                "Tomas Novak, who discussed trade with Kazakhstan.");
    ASSERT_ENTITY(x, "meeting with Levan Beridze", KG_EVENT);
    ASSERT_ENTITY(x, "meeting with Kadri Tamm", KG_EVENT);
    ASSERT_ENTITY(x, "meeting with Tomas Novak", KG_EVENT);
    ASSERT_REL(x, "Kadri Tamm", KG_SPOKE_AT, "meeting with Kadri Tamm");
    ASSERT_NO_REL(x, "Kadri Tamm", KG_SPOKE_AT, "meeting with Levan Beridze");
    long tamm = find_entity(x, "meeting with Kadri Tamm", KG_EVENT);
    ck_assert_ptr_nonnull(x->entities[tamm].date); /* dated like the others */
    ck_assert_str_eq(x->entities[tamm].date, DOC_DATE);
    x = extract("Report\n\nThe minister held a meeting with Levan Beridze and Kadri Tamm.");
    ASSERT_COUNT(x, KG_EVENT, 1);
}
END_TEST

START_TEST(test_extract_meeting_of_a_with_titled_b)
{
    /* "the meeting of Mr. A with the President of the <Bank> (<ACR>) B": B is a person met,
     * and what the sides discussed, with "to discuss", is that meeting's agenda */
    const kg_extraction *x = extract(
        "Report\n\nForeign Minister Daulet Seitov attended the summit. At the meeting of Mr. "
        "Seitov with the President of the Asian Bank for Trade and Development (ABTD) Anil "
        "Varma, the sides discussed the Almaty Investment Forum. Later the delegation met "
        "with Olga Petrenko to discuss Ukraine.");
    ASSERT_ENTITY(x, "Anil Varma", KG_PERSON);
    ASSERT_REL(x, "Anil Varma", KG_AFFILIATED_WITH, "Asian Bank for Trade and Development");
    ASSERT_ENTITY(x, "meeting with Anil Varma", KG_EVENT);
    ASSERT_REL(x, "Anil Varma", KG_SPOKE_AT, "meeting with Anil Varma");
    ASSERT_REL(x, "meeting with Anil Varma", KG_DISCUSSED, "Almaty Investment Forum");
    ASSERT_NO_REL(x, "summit", KG_DISCUSSED, "Almaty Investment Forum");
    /* "the delegation met with B to discuss U": a meeting with B about U */
    ASSERT_REL(x, "Olga Petrenko", KG_SPOKE_AT, "meeting with Olga Petrenko");
    ASSERT_REL(x, "meeting with Olga Petrenko", KG_DISCUSSED, "Ukraine");
    ASSERT_NO_REL(x, "summit", KG_DISCUSSED, "Ukraine");
}
END_TEST

/* The key of the event called name in the current extraction (a copy), or NULL. */
static char *event_key(const kg_extraction *x, const char *name)
{
    long e = find_entity(x, name, KG_EVENT);
    return e < 0 ? NULL : strdup(x->entities[e].key);
}

START_TEST(test_extract_meeting_with_person_keyed_by_date)
{
    /* two reports of one day's meeting with a person meet in one node across documents;
     * a meeting on another day stays apart */
    const char *one = "Readout\n\nForeign Minister Olga Petrenko met with Minister Daulet "
                      "Seitov in Astana.";
    const char *two = "Talks in Astana\n\nThe delegation of Olga Petrenko met with Daulet "
                      "Seitov on Thursday.";
    char *k1 = event_key(extract_dated(one, "2024-05-02"), "meeting of Olga Petrenko with "
                                                           "Daulet Seitov");
    char *k2 = event_key(extract_dated(two, "2024-05-02"), "meeting of Olga Petrenko with "
                                                           "Daulet Seitov");
    char *k3 = event_key(extract_dated(one, "2024-06-11"), "meeting of Olga Petrenko with "
                                                           "Daulet Seitov");
    ck_assert_ptr_nonnull(k1);
    ck_assert_ptr_nonnull(k2);
    ck_assert_ptr_nonnull(k3);
    ck_assert_str_eq(k1, k2);
    ck_assert_str_ne(k1, k3);
    free(k1);
    free(k2);
    free(k3);
}
END_TEST

START_TEST(test_extract_conference_on_topic_in_place)
{
    /* "a conference on X in Y in Z": X and Y are topics, Z is where it was */
    const kg_extraction *x =
        extract("Report\n\nThe institute held an international conference on water security "
                "in Central Asia in Almaty. Experts from Mongolia attended.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    const char *name = x->entities[ev].name;
    ASSERT_REL(x, name, KG_DISCUSSED, "Central Asia");
    ASSERT_REL(x, name, KG_LOCATED_IN, "Almaty");
    ASSERT_NO_REL(x, name, KG_DISCUSSED, "Almaty");
    ASSERT_NO_REL(x, name, KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_extract_delegation_leaders_take_part)
{
    /* "delegations led by A and B", "A and Deputy Secretary B led the consultations" */
    const kg_extraction *x =
        extract("Report\n\nThe two countries concluded three days of bilateral consultations. The "
                "delegations led by Deputy Assistant Secretary Mark Hollins and Deputy Foreign "
                "Minister Rashid Orazov covered a range of topics.");
    ASSERT_SPOKE(x, "Mark Hollins");
    ASSERT_SPOKE(x, "Rashid Orazov");
    x = extract("Report\n\nThe countries held their eleventh round of talks in Ashgabat. "
                "Foreign Minister Rashid Orazov and Deputy Assistant Secretary Mark Hollins led "
                "the talks. Orazov and Deputy Assistant Secretary Hollins underscored their "
                "commitment to Turkmenistan’s sovereignty.");
    ASSERT_SPOKE(x, "Mark Hollins");
    ASSERT_SPOKE(x, "Rashid Orazov");
    /* both speakers of "A and B underscored" discuss what they name, not each other */
    ASSERT_REL(x, "Rashid Orazov", KG_DISCUSSED, "Turkmenistan");
    ASSERT_REL(x, "Mark Hollins", KG_DISCUSSED, "Turkmenistan");
    ASSERT_NO_REL(x, "Mark Hollins", KG_DISCUSSED, "Rashid Orazov");
    /* a delegation led by no named person names nobody */
    x = extract("Report\n\nA round table was held in Almaty. The delegation led by the "
                "ministry arrived late.");
    ASSERT_COUNT(x, KG_PERSON, 0);
}
END_TEST

START_TEST(test_extract_visit_phrase_place_and_visitor)
{
    /* "her visit to X": the visit is in the most precise place given, the visitor is in it */
    const kg_extraction *x = extract_dated(
        "Deputy Secretary Larsen’s Visit to Mongolia\n\nDeputy Secretary of State Anna Larsen "
        "met Foreign Minister Battsetseg during her visit to Ulaanbaatar from July 23 to July "
        "25.",
        DOC_DATE);
    long visit = event_of_kind(x, "visit");
    ck_assert_msg(visit >= 0, "no visit:\n%s", dump(x));
    const char *name = x->entities[visit].name;
    ASSERT_REL(x, name, KG_LOCATED_IN, "Ulaanbaatar");
    ASSERT_NO_REL(x, name, KG_LOCATED_IN, "Mongolia");
    ASSERT_REL(x, "Anna Larsen", KG_SPOKE_AT, name);
}
END_TEST

START_TEST(test_extract_meetings_of_another_time_are_not_the_main_one)
{
    /* the previous talks, the talks begun last year and the meeting of August are meetings of
     * their own, not the article's; the next summit is none yet */
    const kg_extraction *x = extract(
        "Report\n\nThe ministers held a meeting in Hamburg on Friday. The group continued the "
        "talks begun in Samarkand last November, and the projects agreed in August at the "
        "ministerial meeting in Washington. The previous meeting was held in Astana. The next "
        "summit will be held in Tashkent.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    const char *name = x->entities[ev].name;
    ASSERT_REL(x, name, KG_LOCATED_IN, "Hamburg");
    ASSERT_NO_REL(x, name, KG_LOCATED_IN, "Samarkand");
    ASSERT_NO_REL(x, name, KG_LOCATED_IN, "Washington");
    ASSERT_NO_REL(x, name, KG_LOCATED_IN, "Astana");
    ASSERT_REL(x, "ministerial meeting in Washington", KG_LOCATED_IN, "Washington");
    long talks = find_entity(x, "talks", KG_EVENT);
    ck_assert_msg(talks >= 0 && talks != ev, "%s", dump(x));
    ASSERT_NOTHING_NAMED(x, "next summit");
    ASSERT_COUNT(x, KG_EVENT, 4);
}
END_TEST

START_TEST(test_extract_event_noun_used_as_verb)
{
    /* "would visit", "plans to vote": verbs, no event nouns; "returned to talks" is a noun.
     * The planned trip the verb tells of, with its place and day, is an event of its own
     * (issue 10: planned events count), the vote is none */
    const kg_extraction *x = extract(
        "Report\n\nThe spokesman said Prime Minister Nikolai Tanov would visit Osh on Thursday. "
        "Voters plan to vote in large numbers.");
    ASSERT_COUNT(x, KG_EVENT, 1);
    ASSERT_REL(x, "Nikolai Tanov's visit to Osh", KG_LOCATED_IN, "Osh");
    x = extract("Report\n\nThe two sides returned to talks in Geneva.");
    ASSERT_COUNT(x, KG_EVENT, 1);
    /* plural event nouns are events too: "one of the final handover ceremonies" */
    x = extract("Report\n\nOn July 14, one of the final handover ceremonies was held in "
                "Bishkek.");
    ASSERT_COUNT(x, KG_EVENT, 1);
    /* "the last elections" without a year are some other ballot, not this year's */
    x = extract("Report\n\nThe upcoming parliamentary elections will be held on March 19. "
                "Serik Omarov said that there was a lot of criticism during the last elections.");
    ASSERT_COUNT(x, KG_EVENT, 1);
    ASSERT_NO_REL(x, "Serik Omarov", KG_DISCUSSED, "2023 parliamentary elections");
}
END_TEST

START_TEST(test_extract_ballot_held_in_country)
{
    /* "elections ... will be held in X" places the ballot, however late the sentence */
    const kg_extraction *x = extract(
        "Report\n\nA round table on the coming vote was held in Almaty.\n\nExperts from "
        "Russia and Mongolia spoke.\n\nProfessor Daniyar Omarov said the campaign was lively."
        "\n\nSerik Alimov said the parliamentary elections were important.\n\nAigul Nurova "
        "said the parliamentary elections would renew parliament.\n\nExtraordinary "
        "parliamentary elections will be held in Kazakhstan on March 19.");
    long ev = event_of_kind(x, "election");
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[ev].name, KG_LOCATED_IN, "Kazakhstan");
}
END_TEST

START_TEST(test_events_held_in_a_room_of_a_building)
{
    /* the building an event is held in, besides its town; a square and its town */
    const kg_extraction *x = extract(
        "Commission to Hold Hearing on Freedonia\n\nWASHINGTON - The Commission on Trade will "
        "hold a hearing on Freedonia on Wednesday, February 6 at 2:30 p.m. in B-318 of the "
        "Rayburn House Office Building.\n\nThousands protested in Bolotnaya Square, Moscow on "
        "Saturday. Later they met at Trafalgar Square.");
    long ev = main_event(x);
    ck_assert_msg(ev >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[ev].name, KG_LOCATED_IN, "Rayburn House Office Building");
    ASSERT_REL(x, "Bolotnaya Square", KG_LOCATED_IN, "Moscow");
    ASSERT_NO_REL(x, "Moscow", KG_LOCATED_IN, "Bolotnaya Square");
}
END_TEST

START_TEST(test_events_legislative_and_presidential_elections)
{
    /* a legislative election and a presidential one of the same year are two ballots */
    const kg_extraction *x = extract_dated(
        "Report\n\nIn Velsk, opposition groups enter the final days of their boycott against "
        "this coming Sunday's legislative election. They cite fraud during the presidential "
        "election, earlier this year, when the president won 56 percent of the vote.",
        "2007-05-29");
    ASSERT_COUNT(x, KG_EVENT, 2);
    ck_assert_msg(any_name_contains(x, "legislative"), "%s", dump(x));
    ck_assert_msg(any_name_contains(x, "presidential"), "%s", dump(x));
}
END_TEST

START_TEST(test_events_runoff_apart_from_first_round)
{
    /* a run-off is a ballot of its own: "the March election" of a text about the run-off is
     * the first round; two mentions of the run-off stay one */
    const kg_extraction *x = extract(
        "Report\n\nHARARE - President Arvo Pellinen will face Tomas Brandt in a run-off election "
        "on June 27. Brandt won the most votes in the contested March election. Observers will "
        "watch the runoff closely.");
    ck_assert_msg(count_type(x, KG_EVENT) == 2, "%s", dump(x));
    ck_assert_msg(any_name_contains(x, "run-off election"), "%s", dump(x));
}
END_TEST

START_TEST(test_events_met_with_someone_of_a_person)
{
    /* "met with X's attorney": a meeting with someone of X's, not with X */
    const kg_extraction *x =
        extract("Report\n\n\xe2\x80\x9cI have met with Mr. Ivar Sandqvist's attorney,\xe2\x80\x9d "
                "Chairman Arvo Pellinen said.");
    ASSERT_COUNT(x, KG_EVENT, 0);
    ASSERT_NO_REL(x, "Ivar Sandqvist", KG_SPOKE_AT, NULL);
    x = extract("Report\n\n\xe2\x80\x9cI have met with Mr. Ivar Sandqvist,\xe2\x80\x9d "
                "Chairman Arvo Pellinen said.");
    ASSERT_REL(x, "Ivar Sandqvist", KG_SPOKE_AT, "meeting with Ivar Sandqvist");
}
END_TEST

START_TEST(test_events_destination_for_the_event)
{
    /* "to visit X for the <owner>'s <event>", "welcomed A to X for the third round of the
     * <event>": the destination is where the event is held */
    const kg_extraction *x =
        extract("Report\n\nThe delegation prepares to visit Baku for the Westbrook Assembly's "
                "annual session. Minister Tamsin Holloway welcomed Foreign Minister Ivar Sandqvist "
                "to Washington for the third round of the Velmaria Annual Bilateral Consultations "
                "on April 8.");
    ASSERT_REL(x, "annual session of the Westbrook Assembly", KG_LOCATED_IN, "Baku");
    ASSERT_REL(x, "Velmaria Annual Bilateral Consultations", KG_LOCATED_IN, "Washington");
    /* negatives: a place that is no destination, and a clause between the place and the
     * event */
    x = extract("Report\n\nThe delegation praised Baku for the Westbrook Assembly's annual "
                "session. Minister Tamsin Holloway returned to Washington for a week before she "
                "opened the Velmaria Annual Bilateral Consultations on April 8.");
    ASSERT_NO_REL(x, "annual session of the Westbrook Assembly", KG_LOCATED_IN, "Baku");
    ASSERT_NO_REL(x, "Velmaria Annual Bilateral Consultations", KG_LOCATED_IN, "Washington");
    /* found by review: the event's own place, stated after it, wins */
    x = extract("Report\n\nAnna Berg left Ankara to visit Baku for the third round of the Vienna "
                "Summit held in Vienna.");
    ASSERT_NO_REL(x, "Vienna Summit", KG_LOCATED_IN, "Baku");
}
END_TEST

START_TEST(test_events_placed_in_another_town)
{
    /* an unnamed event placed in another town than the article's event of its kind is
     * another event; placed in the country, it may be the same */
    const kg_extraction *x = extract("Report\n\nA rally in Nairobi drew thousands on Sunday. A "
                                     "rally in Mombasa followed on Monday. The rally in "
                                     "Nairobi was peaceful.");
    ASSERT_ENTITY(x, "rally in Nairobi", KG_EVENT);
    ASSERT_ENTITY(x, "rally in Mombasa", KG_EVENT);
    ck_assert_uint_eq(count_type(x, KG_EVENT), 2);
    x = extract("Report\n\nA rally in Nairobi drew thousands on Sunday. Such rallies in Kenya "
                "are rare.");
    ck_assert_uint_eq(count_type(x, KG_EVENT), 1);
    /* found by review: "the rally in Manhattan" looks back at the one told of */
    x = extract("Report\n\nAnna Berg held a rally in New York on Sunday. Thousands attended the "
                "rally in Manhattan, police said.");
    ck_assert_uint_eq(count_type(x, KG_EVENT), 1);
}
END_TEST

START_TEST(test_events_teleconference_and_purpose_clauses)
{
    /* a teleconference is a meeting; "to discuss X" says what it is for, not where it went */
    const kg_extraction *x =
        extract("Report\n\nChairman Arvo Pellinen held a teleconference to discuss Velmaria's "
                "election. The minister made a visit to northern Ortakstan.");
    ck_assert_msg(any_name_contains(x, "teleconference"), "no teleconference:\n%s", dump(x));
    ck_assert_msg(!any_name_contains(x, "discuss"), "a purpose clause in a name:\n%s", dump(x));
    ck_assert_msg(any_name_contains(x, "visit to northern Ortakstan"), "%s", dump(x));
    /* a commemoration or a celebration is an occasion people attend */
    x = extract("Report\n\nThe envoy attended the Commemoration of the 25th Anniversary of "
                "Free Elections in Velmaria on July 29.");
    ck_assert_msg(any_name_contains(x, "Commemoration"), "no commemoration:\n%s", dump(x));
}
END_TEST

START_TEST(test_events_meeting_of_a_named_body)
{
    /* "told the Central Committee meeting": the body's name between the determiner and the
     * noun is part of the event, where the speaker speaks; the body stays an organisation,
     * and a politburo or a presidium is a body, not a person */
    const kg_extraction *x =
        extract("Report\n\nThe Velmar Politburo met on Wednesday. Ivan Petrov told the Politburo "
                "meeting that the vote would be held in May. Anna Berg told the Supreme Council "
                "session on Friday that the budget was ready.");
    ASSERT_ENTITY(x, "Velmar Politburo", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Velmar Politburo", KG_PERSON);
    ASSERT_ENTITY(x, "Politburo meeting", KG_EVENT);
    ASSERT_REL(x, "Ivan Petrov", KG_SPOKE_AT, "Politburo meeting");
    ASSERT_ENTITY(x, "Supreme Council session", KG_EVENT);
    ASSERT_REL(x, "Anna Berg", KG_SPOKE_AT, "Supreme Council session");
    ASSERT_ENTITY(x, "Supreme Council", KG_ORGANISATION);
    /* negatives: a body's name with no determiner before it opens no event phrase, and
     * two bodies' meetings are two events, apart from the article's */
    x = extract("Report\n\nSupreme Council meeting rooms were closed in Taraz, Anna Berg said.");
    ASSERT_COUNT(x, KG_EVENT, 0);
    x = extract("Report\n\nThe party held a congress in Taraz on Friday. Ivan Petrov attended "
                "the Velmar Union summit in Kant on Monday. Anna Berg attended the Ortak Council "
                "summit in Osh on Tuesday.");
    ASSERT_COUNT(x, KG_EVENT, 3);
    ASSERT_NO_REL(x, "Anna Berg", KG_SPOKE_AT, "Velmar Union summit in Kant");
}
END_TEST

START_TEST(test_events_trips_marches_and_plenums)
{
    /* a trip is a visit, a march a protest, a plenum a meeting */
    const kg_extraction *x =
        extract("Report\n\nThe minister began a trip to Ortakstan on Monday. Thousands joined a "
                "march in Kant on Sunday. The Central Committee plenum opened in Taraz.");
    ASSERT_ENTITY(x, "trip to Ortakstan", KG_EVENT);
    ASSERT_ENTITY(x, "march in Kant", KG_EVENT);
    ck_assert_msg(any_name_contains(x, "plenum"), "no plenum:\n%s", dump(x));
    /* a planned march the text places and dates is one too */
    x = extract("Report\n\nThe party plans a march in Taraz on Friday.");
    ASSERT_ENTITY(x, "march in Taraz", KG_EVENT);
    /* negatives: "March" is the month, "march" with no determiner or after a verb's marker
     * is the verb, and so is "trip" */
    x = extract("Report\n\nThe March 3 session was cancelled. Supporters will march in Kant "
                "on Friday. Students march in Osh every Sunday. Soldiers will trip the alarm.");
    ASSERT_NO_ENTITY(x, "March", KG_EVENT);
    ck_assert_msg(!any_name_contains(x, "march"), "a verb as an event:\n%s", dump(x));
    ck_assert_msg(!any_name_contains(x, "trip"), "a verb as an event:\n%s", dump(x));
}
END_TEST

static Suite *events_suite(void)
{
    Suite *s = suite_create("events");
    TCase *tc = tcase_create("events");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_extract_event_meeting_located_in);
    tcase_add_test(tc, test_extract_event_election_year);
    tcase_add_test(tc, test_extract_event_date);
    tcase_add_test(tc, test_extract_event_one_meeting_per_article);
    tcase_add_test(tc, test_extract_event_elections_grouped);
    tcase_add_test(tc, test_extract_visit_by_verb);
    tcase_add_test(tc, test_extract_meeting_with_person_is_its_own_event);
    tcase_add_test(tc, test_extract_named_events_apart_from_main);
    tcase_add_test(tc, test_extract_headline_event_noun_generic);
    tcase_add_test(tc, test_extract_named_event_with_dash_after_acronym_sentence);
    tcase_add_test(tc, test_extract_meetings_with_each_of_a_list);
    tcase_add_test(tc, test_extract_meeting_of_a_with_titled_b);
    tcase_add_test(tc, test_extract_event_label_from_body_not_headline);
    tcase_add_test(tc, test_extract_meeting_with_person_keyed_by_date);
    tcase_add_test(tc, test_extract_conference_on_topic_in_place);
    tcase_add_test(tc, test_extract_headline_talks_join_body_meeting);
    tcase_add_test(tc, test_extract_ballot_held_in_country);
    tcase_add_test(tc, test_extract_event_noun_used_as_verb);
    tcase_add_test(tc, test_extract_meetings_of_another_time_are_not_the_main_one);
    tcase_add_test(tc, test_extract_visit_phrase_place_and_visitor);
    tcase_add_test(tc, test_extract_delegation_leaders_take_part);
    tcase_add_test(tc, test_events_held_in_a_room_of_a_building);
    tcase_add_test(tc, test_events_legislative_and_presidential_elections);
    tcase_add_test(tc, test_events_runoff_apart_from_first_round);
    tcase_add_test(tc, test_events_met_with_someone_of_a_person);
    tcase_add_test(tc, test_events_teleconference_and_purpose_clauses);
    tcase_add_test(tc, test_events_destination_for_the_event);
    tcase_add_test(tc, test_events_placed_in_another_town);
    tcase_add_test(tc, test_events_meeting_of_a_named_body);
    tcase_add_test(tc, test_events_trips_marches_and_plenums);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(events_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
