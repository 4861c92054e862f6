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

START_TEST(test_readouts_announced_witness_list)
{
    /* "Testifying before the Commission are A, title of X; B, title of Y; C, son of D, the
     * Chairman of Z; and E, title with W": each item's title is its own person's, and each
     * witness speaks at the hearing; the dateline and the room are where, not what */
    const kg_extraction *x = extract(
        "Commission to Hold Hearing\n\nWASHINGTON \u2013 Senator Ann Brook (R-KS) and Rep. "
        "Tom Reyes (R-NJ), Chairman and Co-Chairman, respectively, of the Caspian Commission, "
        "announced that the Commission will hold a hearing on Kazakhstan on Tuesday, July 25, "
        "2006, in room 226 of the Dirksen Senate Office Building.\n\nTestifying before the "
        "Commission are Mr. Aziz Karimov, Chairman of the Unity Party; Mr. Bakhtiyor Salimov, "
        "Chairman of the Dawn Party; Mr. Rustam Aliev, son of Timur Aliev, the imprisoned "
        "Chairman of the Light Coalition; and Dr. Mary Olson, Senior Associate with the "
        "Carnegie Endowment for International Peace.");
    long h = event_of_kind(x, "meeting");
    ck_assert_msg(h >= 0, "no hearing:\n%s", dump(x));
    const char *hearing = x->entities[h].name;
    ASSERT_REL(x, "Aziz Karimov", KG_SPOKE_AT, hearing);
    ASSERT_REL(x, "Rustam Aliev", KG_SPOKE_AT, hearing);
    ASSERT_REL(x, "Mary Olson", KG_SPOKE_AT, hearing);
    ASSERT_NO_REL(x, "Timur Aliev", KG_SPOKE_AT, hearing);
    ASSERT_REL(x, "Aziz Karimov", KG_AFFILIATED_WITH, "Unity Party");
    ASSERT_REL(x, "Bakhtiyor Salimov", KG_AFFILIATED_WITH, "Dawn Party");
    ASSERT_NO_REL(x, "Bakhtiyor Salimov", KG_AFFILIATED_WITH, "Unity Party");
    ASSERT_NO_REL(x, "Rustam Aliev", KG_AFFILIATED_WITH, "Dawn Party");
    ASSERT_NO_REL(x, "Rustam Aliev", KG_AFFILIATED_WITH, "Light Coalition");
    ASSERT_REL(x, "Timur Aliev", KG_AFFILIATED_WITH, "Light Coalition");
    ASSERT_REL(x, "Mary Olson", KG_AFFILIATED_WITH, "Carnegie Endowment for International Peace");
    /* "A and B, Chairman and Co-Chairman, respectively, of Z": both of Z */
    ASSERT_REL(x, "Ann Brook", KG_AFFILIATED_WITH, "Caspian Commission");
    ASSERT_REL(x, "Tom Reyes", KG_AFFILIATED_WITH, "Caspian Commission");
    ASSERT_NO_REL(x, "Tom Reyes", KG_DISCUSSED, "Ann Brook");
    ASSERT_NO_REL(x, "Tom Reyes", KG_DISCUSSED, "WASHINGTON");
    ASSERT_NO_REL(x, "Tom Reyes", KG_DISCUSSED, "Dirksen Senate Office Building");
    /* negative: a sentence that merely mentions testimony lists no speakers */
    const kg_extraction *y = extract(
        "Commission to Hold Hearing\n\nThe Commission will hold a hearing on Kazakhstan. "
        "Testimony is expected to be long, said Aziz Karimov, and Bakhtiyor Salimov agreed.");
    long h2 = event_of_kind(y, "meeting");
    ck_assert_msg(h2 >= 0, "no hearing:\n%s", dump(y));
    ASSERT_NO_REL(y, "Bakhtiyor Salimov", KG_SPOKE_AT, y->entities[h2].name);
}
END_TEST

START_TEST(test_readouts_given_name_of_a_town_and_clause_places)
{
    /* "Leo Brannagh": a given name that is also a town, before a word that can only be a
     * surname, is a person; "the war in Ukraine" does not say where the meeting was */
    const kg_extraction *x = extract(
        "Minister visits Uzbekistan\n\nLeo Brannagh, Under Secretary of State at the Foreign "
        "Office, visited Uzbekistan on 6 June.\n\nDuring his meeting with Deputy Foreign "
        "Minister Gayrat Tashev, the sides discussed trade and the war in Ukraine.");
    ASSERT_ENTITY(x, "Leo Brannagh", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Leo", KG_PLACE);
    long m = find_entity(x, "meeting with Gayrat Tashev", KG_EVENT);
    ck_assert_msg(m >= 0, "no meeting:\n%s", dump(x));
    ASSERT_NO_REL(x, "meeting with Gayrat Tashev", KG_LOCATED_IN, "Ukraine");
    /* negatives: the town before a word of English or inside a longer name stays a place */
    const kg_extraction *y =
        extract("Report\n\nThe delegation flew to Leo Airport, and then to Central Asia. Officials "
                "met in Leo on Monday.");
    ASSERT_NO_ENTITY(y, "Leo Airport", KG_PERSON);
    ASSERT_NO_ENTITY(y, "Asia", KG_PERSON);
}
END_TEST

START_TEST(test_readouts_transcript_labels)
{
    /* a transcript: each paragraph opening "Title Name:" is that person's words, and the
     * paragraphs after it too, until the next label */
    const kg_extraction *x = extract(
        "Meeting with President of Kyrgyzstan Almaz Tokoev\n\nThe two Presidents began talks "
        "in Bishkek.\n\nPresident of Kyrgyzstan Almaz Tokoev: Welcome to Kyrgyzstan. We have "
        "waited for your visit.\n\nTrade with Kazakhstan is growing.\n\nPresident of "
        "Kazakhstan Daulet Serikov: Thank you very much.\n\nOur ministers have worked hard on "
        "the agreements with Uzbekistan.\n\nAlmaz Tokoev: Thank you!");
    long m = main_event(x);
    ck_assert_msg(m >= 0, "no meeting:\n%s", dump(x));
    ASSERT_REL(x, "Daulet Serikov", KG_SPOKE_AT, x->entities[m].name);
    ASSERT_REL(x, "Almaz Tokoev", KG_SPOKE_AT, x->entities[m].name);
    ASSERT_REL(x, "Almaz Tokoev", KG_DISCUSSED, "Kazakhstan");
    ASSERT_REL(x, "Daulet Serikov", KG_DISCUSSED, "Uzbekistan");
    ASSERT_NO_REL(x, "Almaz Tokoev", KG_DISCUSSED, "Uzbekistan");
    /* negative: one "Note:" line or a single label makes no transcript */
    const kg_extraction *y =
        extract("Report\n\nMinister Almaz Tokoev: a profile.\n\nTrade with Kazakhstan is growing.");
    ASSERT_NO_REL(y, "Almaz Tokoev", KG_DISCUSSED, "Kazakhstan");
}
END_TEST

START_TEST(test_readouts_lines_of_speakers)
{
    /* "Witnesses:" then one line a person ("E. Wayne Cole, Atlantic Council": the layout makes
     * the name a person though "Wayne" is a town), "Moderator: X, title": all speak at the
     * hearing the headline names and the body announces; "the meeting of the People's
     * Assembly" is another event */
    const kg_extraction *x = extract(
        "Commission Hearing on Turkmenistan\n\nMarch 2000\n\nWASHINGTON \u2014 The "
        "Commission announced today a forthcoming hearing.\n\nModerator: Janet Hollis, Policy "
        "Advisor, Caspian Commission\n\nWitnesses:\n\nJohn Beyer, Deputy Director, Human "
        "Rights Watch\n\nE. Wayne Cole, Atlantic Council of the United States\n\nPiotr "
        "Zawadzki, formerly of the OSCE Office in Ashgabat\n\nBackground\n\nOn Tuesday the "
        "Commission will hold a hearing on Turkmenistan. Delegates to the meeting of the "
        "People\u2019s Assembly later approved the law.");
    long h = main_event(x);
    ck_assert_msg(h >= 0, "no hearing:\n%s", dump(x));
    const char *hearing = x->entities[h].name;
    ASSERT_REL(x, "Janet Hollis", KG_SPOKE_AT, hearing);
    ASSERT_REL(x, "John Beyer", KG_SPOKE_AT, hearing);
    ASSERT_REL(x, "E. Wayne Cole", KG_SPOKE_AT, hearing);
    ASSERT_REL(x, "Piotr Zawadzki", KG_SPOKE_AT, hearing);
    ASSERT_NO_ENTITY(x, "Wayne", KG_PLACE);
    ck_assert_msg(any_name_contains(x, "People\u2019s Assembly"), "no assembly event:\n%s",
                  dump(x));
    ck_assert_msg(strstr(hearing, "Assembly") == NULL, "the hearing took the assembly:\n%s",
                  dump(x));
    /* negative: lines after a colon that open with no name end the list */
    const kg_extraction *y =
        extract("Commission Hearing on Turkmenistan\n\nThe Commission will hold a hearing.\n\n"
                "Witnesses:\n\nThe list drawn up by Piotr Zawadzki is not final.");
    ASSERT_NOT_SPOKE(y, "Piotr Zawadzki");
}
END_TEST

START_TEST(test_readouts_statement_introduced_by_a_colon)
{
    /* "A and B released the following statement:" then paragraphs in quotation marks: the
     * quotation is both authors' words, across paragraphs; the title-case dateline before
     * them is where, not what */
    const kg_extraction *x = extract(
        "Statement on Kazakhstan\n\nJanuary 2022\n\nAstana - Senators Anna Bergstrom and Tomas "
        "Reyes, co-chairs of the Freedonia Caucus and members of the Budget Committee, released "
        "the following statement:\n\n\u201cWe condemn the violence in Kazakhstan.\n\n\u201cWe "
        "urge President Karim Osmonov to release the protesters held in Zhanaozen.\u201d");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Kazakhstan");
    ASSERT_REL(x, "Tomas Reyes", KG_DISCUSSED, "Kazakhstan");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Zhanaozen");
    ASSERT_REL(x, "Tomas Reyes", KG_DISCUSSED, "Karim Osmonov");
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Astana");
    /* "co-chairs of X and members of Y" after "A and B": both belong to both */
    ASSERT_REL(x, "Anna Bergstrom", KG_AFFILIATED_WITH, "Freedonia Caucus");
    ASSERT_REL(x, "Tomas Reyes", KG_AFFILIATED_WITH, "Freedonia Caucus");
    ASSERT_REL(x, "Anna Bergstrom", KG_AFFILIATED_WITH, "Budget Committee");
    /* their roles are not what they talk about */
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Budget Committee");
    ASSERT_NO_REL(x, "Tomas Reyes", KG_DISCUSSED, "Freedonia Caucus");
    /* negatives: a colon before a paragraph without quotation marks introduces no words,
     * and a plural role that is not an apposition of both gives no affiliation */
    const kg_extraction *y = extract(
        "Report\n\nAnna Bergstrom listed the towns:\n\nZhanaozen and Aktau are in the west."
        "\n\nTomas Reyes, Karim Osmonov and members of the Budget Committee met in Astana.");
    ASSERT_NO_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Zhanaozen");
    ASSERT_NO_REL(y, "Karim Osmonov", KG_AFFILIATED_WITH, "Budget Committee");
    ASSERT_NO_REL(y, "Tomas Reyes", KG_AFFILIATED_WITH, "Budget Committee");
}
END_TEST

START_TEST(test_readouts_honorifics)
{
    /* "H.E." and "Mr." are honorifics: the surname after them is a person, even a word of
     * English ("Mr. Smith"), and "H.E." is never a name */
    const kg_extraction *x = extract("Briefing\n\nH.E. Khamrokhon Zaripov, Ambassador of "
                                     "Freedonia, spoke. Mr. Smith and Dr. Osmonov listened.");
    ASSERT_ENTITY(x, "Khamrokhon Zaripov", KG_PERSON);
    ASSERT_ENTITY(x, "Smith", KG_PERSON);
    ASSERT_ENTITY(x, "Osmonov", KG_PERSON);
    ASSERT_NOTHING_NAMED(x, "H.E.");
    ASSERT_NOTHING_NAMED(x, "H.E. Khamrokhon Zaripov");
    /* a hyphenated surname alone is the person the text names in full */
    const kg_extraction *y = extract("Visit\n\nDr. Elizabeth Sherwood-Randall arrived in Astana. "
                                     "Dr. Sherwood-Randall met students.");
    ASSERT_COUNT(y, KG_PERSON, 1);
    /* negative: without an honorific a word of English is no person */
    const kg_extraction *z = extract("Report\n\nThe Smith and the Baker met in Astana.");
    ASSERT_NOTHING_NAMED(z, "Smith");
}
END_TEST

START_TEST(test_readouts_styles_of_peers_and_royal_service)
{
    /* "Baroness", "Lord", "Sir" style a person, even with a word of English after them;
     * "HM" before a title is part of the title, no body; nor is an honour after a name */
    const kg_extraction *x = extract(
        "Report\n\nVisits from Lord Hartfield and Baroness Stern followed the visit of Baroness "
        "Okonjo, Minister of State at the Foreign Office. HM Ambassador Anna Bergstrom welcomed "
        "Sir Tomas Reyes.");
    ASSERT_ENTITY(x, "Hartfield", KG_PERSON);
    ASSERT_ENTITY(x, "Stern", KG_PERSON);
    ASSERT_ENTITY(x, "Okonjo", KG_PERSON);
    ASSERT_ENTITY(x, "Tomas Reyes", KG_PERSON);
    ASSERT_REL(x, "Okonjo", KG_AFFILIATED_WITH, "Foreign Office");
    ASSERT_NOTHING_NAMED(x, "HM");
    /* an honour after the name is no body: "Mr Tomas Reyes OBE"; an acronym that is no
     * honour still is */
    const kg_extraction *w =
        extract("Report\n\nMr Tomas Reyes OBE met Lena Holm CMG and the UNDP team in Astana.");
    ASSERT_ENTITY(w, "Tomas Reyes", KG_PERSON);
    ASSERT_NOTHING_NAMED(w, "OBE");
    ASSERT_NOTHING_NAMED(w, "CMG");
    ASSERT_ENTITY(w, "UNDP", KG_ORGANISATION);
    /* negative: "the Lords" and a lower-case "lord" style nobody */
    const kg_extraction *y = extract("Report\n\nThe Lords debated the bill; the lord mayor of "
                                     "Leeds spoke.");
    ASSERT_COUNT(y, KG_PERSON, 0);
}
END_TEST

START_TEST(test_readouts_delegation_takes_part)
{
    /* "A will travel to X. The delegation will include B ... the delegation will participate
     * in E1 and E2": A and B speak at both */
    const kg_extraction *x = extract(
        "Anna Bergstrom's Travel to Kazakhstan\n\nAssistant Secretary Anna Bergstrom will travel "
        "to Kazakhstan on May 3-5. The delegation will include Deputy Assistant Secretary Tomas "
        "Reyes, of the Bureau of Energy, and other officials.\n\nWhile in the region, the "
        "delegation will participate in the Astana International Forum and the C5+1 Ministerial "
        "Meeting.");
    ASSERT_REL(x, "Anna Bergstrom", KG_SPOKE_AT, "Astana International Forum");
    ASSERT_REL(x, "Tomas Reyes", KG_SPOKE_AT, "Astana International Forum");
    ASSERT_REL(x, "Tomas Reyes", KG_SPOKE_AT, "C5+1 Ministerial Meeting");
    /* negatives: a delegation that did not attend; a person outside it */
    const kg_extraction *y =
        extract("Report\n\nThe delegation included Tomas Reyes. Karim Osmonov stayed home. The "
                "delegation did not attend the Astana International Forum.");
    ASSERT_NO_REL(y, "Tomas Reyes", KG_SPOKE_AT, "Astana International Forum");
    ASSERT_NO_REL(y, "Karim Osmonov", KG_SPOKE_AT, "Astana International Forum");
}
END_TEST

START_TEST(test_readouts_round_table_speakers)
{
    /* "Speaking at the round table, CEC Chairman X noted": the body in X's title is not the
     * subject of "noted"; "the head of the CIS observer mission, Y, said": Y works for the
     * mission, a body named after a word in capitals */
    const kg_extraction *x = extract(
        "CEC holds round table\n\nOn March 15, the CEC held a round table in Astana.\n\n"
        "Speaking at the round table, CEC Chairman Nurlan Abdirov noted that turnout was high. "
        "The head of the CIS observer mission, Sergei Lebedev, said that the vote was calm.");
    ASSERT_REL(x, "Nurlan Abdirov", KG_SPOKE_AT, "round table");
    ASSERT_REL(x, "Sergei Lebedev", KG_AFFILIATED_WITH, "CIS observer mission");
    /* negative: a body that opens its own clause still speaks for itself, not the person
     * quoted before it */
    const kg_extraction *y = extract(
        "Report\n\n\u201cTurnout was high,\u201d Anna Bergstrom said. Voting in Almaty was calm, "
        "the KazTAG News Agency reported.");
    ASSERT_NO_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Almaty");
}
END_TEST

START_TEST(test_readouts_persons_who_take_part)
{
    /* the persons of a list that takes part in an event speak at it, each with their own
     * apposition */
    const kg_extraction *x = extract(
        "Report\n\nOn 8 November Anna Bergstrom attended a handover ceremony in Astana.\n\nMr "
        "Tomas Reyes, Chairman of the Committee for Foreign Affairs of the Senate, Mr. Lena "
        "Holm, UNDP Resident Representative in Kazakhstan and the British Ambassador took part "
        "in the ceremony and discussed the project.");
    long e = event_of_kind(x, "meeting");
    ck_assert_msg(e >= 0, "no ceremony:\n%s", dump(x));
    ASSERT_REL(x, "Tomas Reyes", KG_SPOKE_AT, x->entities[e].name);
    ASSERT_REL(x, "Lena Holm", KG_SPOKE_AT, x->entities[e].name);
    /* negatives: who wants others to take part, and a person after "with" */
    const kg_extraction *y =
        extract("Report\n\nAnna Bergstrom held a forum in Astana.\n\nTomas Reyes wants students to "
                "attend the forum. Students, together with Lena Holm, attended the forum.");
    long f = event_of_kind(y, "meeting");
    ck_assert_msg(f >= 0, "no forum:\n%s", dump(y));
    ASSERT_NO_REL(y, "Tomas Reyes", KG_SPOKE_AT, y->entities[f].name);
    ASSERT_NO_REL(y, "Lena Holm", KG_SPOKE_AT, y->entities[f].name);
}
END_TEST

START_TEST(test_readouts_acts_placed_or_dated_are_events)
{
    /* a presentation, a launch, a funeral is an event where the text says where or when */
    const kg_extraction *x =
        extract("Report\n\nAmbassador Anna Berg attended the presentation of the health survey "
                "report in Dushanbe.");
    long ev = event_of_kind(x, "meeting");
    ck_assert_msg(ev >= 0, "no event in:\n%s", dump(x));
    ASSERT_REL(x, "Anna Berg", KG_SPOKE_AT, x->entities[ev].name);
    /* negatives: the same nouns for an act the text does not place or date */
    const kg_extraction *y = extract("Report\n\nThe launch of the new programme is expected "
                                     "soon, and its presentation will follow, officials said.");
    ck_assert_msg(event_of_kind(y, "meeting") < 0, "unexpected event in:\n%s", dump(y));
}
END_TEST

START_TEST(test_readouts_body_named_where_it_sits)
{
    /* a body's own name ends where it sits: "in <place>" after its head noun, or a mission
     * and then its city */
    const kg_extraction *x =
        extract("Report\n\nThe Relief Office in Ashgabat opened a library. The British Embassy "
                "Bishkek and the Dutch Consulate, Osh, sent books.");
    ck_assert(has_relation(x, "Relief Office in Ashgabat", KG_LOCATED_IN, "Ashgabat"));
    ck_assert(has_relation(x, "British Embassy", KG_LOCATED_IN, "Bishkek"));
    /* "of" says whose a body is, and "in" after a word that is no head says what it is
     * for: no place of either */
    const kg_extraction *y =
        extract("Report\n\nThe Embassy of Kazakhstan and the Commission for Security and "
                "Cooperation in Europe met.");
    /* two bodies: "and the" opens the second */
    ASSERT_ENTITY(y, "Embassy of Kazakhstan", KG_ORGANISATION);
    ASSERT_ENTITY(y, "Commission for Security and Cooperation in Europe", KG_ORGANISATION);
    ck_assert(!has_relation(y, "Embassy of Kazakhstan", KG_LOCATED_IN, "Kazakhstan"));
    ck_assert(!has_relation(y, "Commission for Security and Cooperation in Europe", KG_LOCATED_IN,
                            "Europe"));
}
END_TEST

START_TEST(test_readouts_visit_of_a_styled_visitor)
{
    /* "the visit of Lord A to X": the style before the visitor's name does not hide him */
    const kg_extraction *x =
        extract("Report\n\nThe visit of Lord Hamblewick to Kyrgyzstan on 13 June showed "
                "strong ties.");
    long v = event_of_kind(x, "visit");
    ck_assert_int_ge(v, 0);
    const char *name = x->entities[v].name;
    ck_assert(has_relation(x, "Hamblewick", KG_SPOKE_AT, name));
    ck_assert(has_relation(x, name, KG_LOCATED_IN, "Kyrgyzstan"));
}
END_TEST

START_TEST(test_readouts_affiliation_set_off_or_possessed)
{
    /* "X, of the Y," and "X, from the Y" belong to Y as "X of the Y" does */
    const kg_extraction *x =
        extract("Report\n\nThe delegation will include Deputy Assistant Secretary Kara "
                "Mendel, of the Bureau of Democracy and Labor, and Ana Berg, from the Open "
                "Society Institute.");
    ck_assert(has_relation(x, "Kara Mendel", KG_AFFILIATED_WITH, "Bureau of Democracy and Labor"));
    ck_assert(has_relation(x, "Ana Berg", KG_AFFILIATED_WITH, "Open Society Institute"));
    /* "X, who heads the Y": the relative clause gives X's office; "who met" gives none */
    const kg_extraction *w =
        extract("Report\n\nMarat Temirbek, who heads the Centre for Policy Research, spoke "
                "next. Asel Nurbek, who met the Centre for Policy Research, agreed.");
    ck_assert(has_relation(w, "Marat Temirbek", KG_AFFILIATED_WITH, "Centre for Policy Research"));
    ck_assert(!has_relation(w, "Asel Nurbek", KG_AFFILIATED_WITH, "Centre for Policy Research"));
    /* "X's former party Y"; but "X's talks with Y" is no belonging */
    const kg_extraction *y =
        extract("Report\n\nHe was jailed under Pawel Adamski's former party Civic Forum's "
                "government. Later Adamski's talks with Civic Union failed.");
    ck_assert(has_relation(y, "Pawel Adamski", KG_AFFILIATED_WITH, "Civic Forum"));
    ck_assert(!has_relation(y, "Pawel Adamski", KG_AFFILIATED_WITH, "Civic Union"));
}
END_TEST

START_TEST(test_readouts_dialogue_is_an_event_only_when_placed)
{
    /* "a dialogue with the opposition" is a process; placed or dated, it is an event */
    const kg_extraction *x =
        extract("Report\n\nMaro Kibwana said he was willing to hold a dialogue with the "
                "opposition without preconditions.");
    ck_assert_int_lt(event_of_kind(x, "meeting"), 0);
    const kg_extraction *y =
        extract("Report\n\nThe dialogue in Nairobi on Monday was tense, Maro Kibwana said.");
    ck_assert_int_ge(event_of_kind(y, "meeting"), 0);
}
END_TEST

START_TEST(test_readouts_ballot_in_the_country_of_the_document)
{
    /* the article is about Kyrgyzstan: its ballots are held there, even where a sentence
     * names only another country, and where none is named */
    const kg_extraction *x = extract(
        "Kyrgyzstan votes\n\nVoters in Kyrgyzstan went to the polls on Sunday. Observers in "
        "Kyrgyzstan reported long queues. The United States welcomed the parliamentary "
        "elections. The 2010 referendum was disputed.");
    long el = event_of_kind(x, "election"), ref = event_of_kind(x, "referendum");
    ck_assert_msg(el >= 0 && ref >= 0, "no election or referendum in:\n%s", dump(x));
    ASSERT_REL(x, x->entities[el].name, KG_LOCATED_IN, "Kyrgyzstan");
    ASSERT_NO_REL(x, x->entities[el].name, KG_LOCATED_IN, "United States");
    ASSERT_REL(x, x->entities[ref].name, KG_LOCATED_IN, "Kyrgyzstan");
    /* no country stands out: the one the sentence names, or none */
    x = extract("Report\n\nThe United States welcomed the parliamentary elections. The 2010 "
                "referendum was disputed.");
    el = event_of_kind(x, "election");
    ref = event_of_kind(x, "referendum");
    ck_assert_msg(el >= 0 && ref >= 0, "no election or referendum in:\n%s", dump(x));
    ASSERT_REL(x, x->entities[el].name, KG_LOCATED_IN, "United States");
    ck_assert(count_relations(x, x->entities[ref].name, KG_LOCATED_IN, NULL) == 0);
}
END_TEST

START_TEST(test_readouts_dinners_receptions_and_runoffs)
{
    const kg_extraction *x = extract(
        "Report\n\nThe delegation stopped in Armenia on February 19 for a dinner with President "
        "Serzh Sargsian to discuss relations. The runoff on December 28 was close. The crowd gave "
        "the team a warm reception.");
    long din = find_any(x, "meeting with Serzh Sargsian");
    ck_assert_msg(din >= 0 && x->entities[din].type == KG_EVENT, "no dinner in:\n%s", dump(x));
    ASSERT_SPOKE(x, "Serzh Sargsian");
    long run = event_of_kind(x, "election");
    ck_assert_msg(run >= 0 && strstr(x->entities[run].name, "runoff"), "no runoff in:\n%s",
                  dump(x));
    /* a reception neither placed, dated nor with anyone is no event */
    for (size_t k = 0; k < x->n_entities; k++)
        ck_assert_msg(!strstr(x->entities[k].name, "reception"), "a bare reception:\n%s",
                      dump(x));
}
END_TEST

START_TEST(test_readouts_party_of_a_pronoun_and_a_leaning)
{
    const kg_extraction *x = extract(
        "Report\n\nOn Sunday, Tomas Ruiz of the left-wing National Renewal Front (NRF) party "
        "declared victory. President Ana Lobo says she is confident her party, Frente Azul, will "
        "prevail.\n\nIvo Marek conceded defeat. With most votes counted, his Civic Union was "
        "winning 41 percent, and his Labour opponent led in the capital.");
    ASSERT_REL(x, "Tomas Ruiz", KG_AFFILIATED_WITH, "National Renewal Front");
    ASSERT_REL(x, "Ana Lobo", KG_AFFILIATED_WITH, "Frente Azul");
    ASSERT_REL(x, "Ivo Marek", KG_AFFILIATED_WITH, "Civic Union");
    ASSERT_NO_REL(x, "Ivo Marek", KG_AFFILIATED_WITH, "Labour");
    ASSERT_NO_REL(x, "Tomas Ruiz", KG_DISCUSSED, "National Renewal Front");
}
END_TEST

START_TEST(test_readouts_visit_by_and_leaders_with_modified_titles)
{
    const kg_extraction *x = extract(
        "Report\n\nWashington stepped up its engagement with Tashkent, including a visit this "
        "month by Deputy Secretary of State Anna Kowalczyk, who focused on trade. Ivan Petrov and "
        "opposition leader Tod Brandt held talks last week.");
    ASSERT_REL(x, "Anna Kowalczyk", KG_SPOKE_AT, "visit");
    ASSERT_NO_REL(x, "Anna Kowalczyk", KG_DISCUSSED, "visit");
    ASSERT_REL(x, "Ivan Petrov", KG_SPOKE_AT, "talks");
    ASSERT_REL(x, "Tod Brandt", KG_SPOKE_AT, "talks");
    /* "by" after a name is no visitor's */
    x = extract("Report\n\nThe visit of Anna Berg was hailed by Ivan Petrov on Monday.");
    ASSERT_NO_REL(x, "Ivan Petrov", KG_SPOKE_AT, "visit");
}
END_TEST

START_TEST(test_readouts_events_dated_near_the_document)
{
    /* "earlier this month", "last week": the text dates the protest near its own date */
    const kg_extraction *x = extract(
        "Report\n\nProtests against the new tax turned violent earlier this month when a "
        "demonstrator was shot.");
    ck_assert_msg(event_of_kind(x, "protest") >= 0, "no protest in:\n%s", dump(x));
    /* protests in general are no event */
    x = extract("Report\n\nProtests against taxes are common, and they often turn violent.");
    ck_assert_msg(event_of_kind(x, "protest") < 0, "a protest in:\n%s", dump(x));
}
END_TEST

START_TEST(test_readouts_leader_after_a_title_of_two_words)
{
    /* "Prime Minister X heads the Y": a title's first word may be capitalised too */
    const kg_extraction *x = extract("Report\n\nPrime Minister Vojislav Kostunica heads the "
                                     "Velsk Democratic Party. The policies of Anna Berg led "
                                     "the Velsk Institute to ruin.");
    ASSERT_REL(x, "Vojislav Kostunica", KG_AFFILIATED_WITH, "Velsk Democratic Party");
    ASSERT_NO_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Velsk Institute");
    /* "X of <place>'s Y": the place's possessive stands between the person and the body */
    x = extract("Report\n\nBoris Begovic of Belgrade's Center for Liberal Democratic Studies "
                "says it is unclear.");
    ASSERT_REL(x, "Boris Begovic", KG_AFFILIATED_WITH, "Center for Liberal Democratic Studies");
    ASSERT_NO_REL(x, "Boris Begovic", KG_AFFILIATED_WITH, "Belgrade");
}
END_TEST

START_TEST(test_readouts_role_after_a_copula)
{
    /* a role after "is", "has been", "was elected" gives the affiliation the apposition
     * would; a word that is no role does not */
    const kg_extraction *x = extract(
        "Report\n\nAnna Berg is a member of the Velsk Party. Tom Reyes has been chairman of "
        "the Velsk Council since 2001. John Kovac was elected a deputy of the Velsk Assembly. "
        "Peter Marn is a critic of the Velsk Institute.");
    ASSERT_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Velsk Party");
    ASSERT_REL(x, "Tom Reyes", KG_AFFILIATED_WITH, "Velsk Council");
    ASSERT_REL(x, "John Kovac", KG_AFFILIATED_WITH, "Velsk Assembly");
    ASSERT_NO_REL(x, "Peter Marn", KG_AFFILIATED_WITH, "Velsk Institute");
    /* a role after "as" in the subject's predicate, on over "and" to a second role; not the
     * object's role, nor a role in a clause of its own */
    x = extract("Report\n\nMarta Pellinen keeps wide powers as head of the Velsk Security "
                "Council and chairman of the Ortak party. John Kovac welcomed Ivan Tamm as "
                "head of the Velsk Assembly. Anna Berg said that as chairman of the Velsk "
                "Institute she had no say.");
    ASSERT_REL(x, "Marta Pellinen", KG_AFFILIATED_WITH, "Velsk Security Council");
    ASSERT_REL(x, "Marta Pellinen", KG_AFFILIATED_WITH, "Ortak");
    ASSERT_NO_REL(x, "John Kovac", KG_AFFILIATED_WITH, "Velsk Assembly");
    ASSERT_NO_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Velsk Institute");
    /* an apposition's role "for" a person's body, the person named with an honorific */
    x = extract("Report\n\nSara Lindqvist, a spokeswoman for Ms. Tamm's Velsk Labour Party, "
                "says the party is ready.");
    ASSERT_REL(x, "Sara Lindqvist", KG_AFFILIATED_WITH, "Velsk Labour Party");
    /* "the ruling party" where the text names the ruling party elsewhere is that party: what
     * the text says of it reaches it; the party the apposition names is a party though its
     * acronym stands twice with nothing else said of it */
    x = extract("Report\n\nThe alliance could threaten the ruling party, led by President "
                "Marta Pellinen. The opposition gave an advantage to the ruling party, the VDM. "
                "This time they will run against the VDM.");
    ASSERT_ENTITY(x, "VDM", KG_PARTY);
    ASSERT_REL(x, "Marta Pellinen", KG_AFFILIATED_WITH, "VDM");
    /* "the former ruling party" is another party */
    x = extract("Report\n\nThe ruling VDM won 80 seats, officials said. The former ruling "
                "party, led by Marta Pellinen, said the vote was rigged.");
    ASSERT_NO_REL(x, "Marta Pellinen", KG_AFFILIATED_WITH, "VDM");
    /* where the text does not name it, "the ruling party" is nobody's */
    x = extract("Report\n\nThe alliance could threaten the ruling party, led by President "
                "Marta Pellinen. The VDM and the Ortak Party held talks.");
    ASSERT_NO_REL(x, "Marta Pellinen", KG_AFFILIATED_WITH, NULL);
}
END_TEST

START_TEST(test_readouts_membership_verbs)
{
    /* a membership a verb states, and "X, whose Y" */
    const kg_extraction *x = extract(
        "Report\n\nMarta Pellinen, whose Velsk Freedom Party won most seats, spoke. John Kovac "
        "joined the Velsk Freedom Party in 2005. Ivan Tamm quit the Ortak Party last year. Anna "
        "Berg ran on the Velsk Freedom Party ticket. Peter Marn defected from the Ortak Party to "
        "the Velsk Freedom Party.");
    ASSERT_REL(x, "Marta Pellinen", KG_AFFILIATED_WITH, "Velsk Freedom Party");
    ASSERT_REL(x, "John Kovac", KG_AFFILIATED_WITH, "Velsk Freedom Party");
    ASSERT_REL(x, "Ivan Tamm", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Velsk Freedom Party");
    ASSERT_REL(x, "Peter Marn", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_REL(x, "Peter Marn", KG_AFFILIATED_WITH, "Velsk Freedom Party");
    /* negatives: what is left is no body; the object of a preposition joins nothing */
    x = extract("Report\n\nJohn Kovac left the Velsk summit early. A letter from Ivan Tamm "
                "joined the Ortak Party's files.");
    ASSERT_NO_REL(x, "John Kovac", KG_AFFILIATED_WITH, NULL);
    ASSERT_NO_REL(x, "Ivan Tamm", KG_AFFILIATED_WITH, "Ortak Party");
}
END_TEST

START_TEST(test_readouts_place_of_a_country_s_possessive)
{
    /* a place named with a country's possessive lies in it; a country's does not */
    const kg_extraction *x = extract("Report\n\nFrom Zambia's Northern Province, Sata told "
                                     "reporters he would win. Russia's Ukraine policy failed.");
    ASSERT_REL(x, "Northern Province", KG_LOCATED_IN, "Zambia");
    ASSERT_NO_REL(x, "Ukraine", KG_LOCATED_IN, "Russia");
}
END_TEST

START_TEST(test_readouts_subject_past_an_apposition_and_a_region_s_city)
{
    /* the subject's verb after an apposition, and a hyphenated modifier before the name */
    const kg_extraction *x = extract(
        "Report\n\nLong-exiled Gilchrist Olmarek, the son of the first president, leads the "
        "opposition Union of Forces for Renewal. Anna Berg, a veteran diplomat, heads the "
        "Velmar Institute.");
    ASSERT_REL(x, "Gilchrist Olmarek", KG_AFFILIATED_WITH, "Union of Forces for Renewal");
    ASSERT_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Velmar Institute");
    /* "the Midlands city of Gweru": the city lies in the region, the event in the city */
    x = extract("Report\n\nThe party opens its annual conference in the Midlands city of Gweru "
                "on Friday.");
    ASSERT_REL(x, "Gweru", KG_LOCATED_IN, "Midlands");
    int event_in_gweru = 0;
    for (size_t i = 0; i < x->n_relations; i++)
        event_in_gweru |= x->relations[i].type == KG_LOCATED_IN &&
                          x->entities[x->relations[i].source].type == KG_EVENT &&
                          entity_named(&x->entities[x->relations[i].target], "Gweru");
    ck_assert_msg(event_in_gweru, "%s", dump(x));
    /* "in the country's capital, Bishkek": the country the text named last */
    x = extract("Report\n\nThe minister stopped in Kyrgyzstan. She met the president in the "
                "country's capital, Bishkek.");
    ASSERT_REL(x, "Bishkek", KG_LOCATED_IN, "Kyrgyzstan");
    /* not a country the gazetteer puts the city out of */
    x = extract("Report\n\nKyrgyzstan borders China. Protests spread in the country's "
                "capital, Bishkek.");
    ASSERT_NO_REL(x, "Bishkek", KG_LOCATED_IN, "China");
    /* negatives: a clause after the apposition's comma is no verb of the subject's */
    x = extract("Report\n\nIvan Tamm, the son of a farmer, said Anna Berg leads the Velmar "
                "Institute.");
    ASSERT_NO_REL(x, "Ivan Tamm", KG_AFFILIATED_WITH, "Velmar Institute");
}
END_TEST

START_TEST(test_readouts_roles_a_body_gives)
{
    /* a body's name, its people's role in the plural, the people (of both bodies when two
     * such phrases are joined); "the party's leader, X"; "chose X as its candidate" */
    const kg_extraction *x = extract(
        "Report\n\nThe Velmar Unity Party (VUP) held a congress. Former ANC members and VUP "
        "founders Mosiua Lekota and Mbhazima Shilowa spoke. Ortak leaders like Fawzi Barhoum "
        "rejected the comments. The party's leader, Ivan Tamm, spoke. The Ortak Party chose "
        "Anna Berg as its candidate for president.");
    ASSERT_REL(x, "Mosiua Lekota", KG_AFFILIATED_WITH, "Velmar Unity Party");
    ASSERT_REL(x, "Mbhazima Shilowa", KG_AFFILIATED_WITH, "Velmar Unity Party");
    ASSERT_REL(x, "Mbhazima Shilowa", KG_AFFILIATED_WITH, "ANC");
    ASSERT_REL(x, "Fawzi Barhoum", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_REL(x, "Ivan Tamm", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Ortak Party");
    /* negatives (a review's cases): a speaker set off by commas, a verb before the plural,
     * the body of another clause, the last body no party */
    x = extract("Report\n\nOrtak leaders, Benjamin Netanyahu said, reject the plan. The Ortak "
                "Party sued lawyers Ana Lopez and Juan Perez. According to the BBC, the Ortak "
                "Party chose Jacob Zuma as its candidate. The Velmar Unity Party met. The PAC "
                "said the party's leader, Ali Smith, resigned. He met Ortak");
    ASSERT_NO_REL(x, "Benjamin Netanyahu", KG_AFFILIATED_WITH, NULL);
    ASSERT_NO_REL(x, "Ana Lopez", KG_AFFILIATED_WITH, NULL);
    ASSERT_NO_REL(x, "Jacob Zuma", KG_AFFILIATED_WITH, "BBC");
    ASSERT_REL(x, "Jacob Zuma", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_NO_REL(x, "Ali Smith", KG_AFFILIATED_WITH, "Velmar Unity Party");
    /* negatives: a plural that is no role, and a role of nobody named */
    x = extract("Report\n\nThe Ortak Party held a congress. Ortak voters like Ivan Tamm stayed "
                "home. The party's leader spoke to Anna Berg.");
    ASSERT_NO_REL(x, "Ivan Tamm", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_NO_REL(x, "Anna Berg", KG_AFFILIATED_WITH, "Ortak Party");
}
END_TEST

START_TEST(test_readouts_met_with_a_titled_person_by_pronoun)
{
    /* "He met with the Deputy Minister of X, Y and Z, B": the person set off after the
     * title and its body is the one met; the pronoun stands for the first person of the
     * sentence before; a post-nominal ("MP") is no part of a name */
    const kg_extraction *x =
        extract("Report\n\nJune 5, 2023\n\nMinister Torvan Malek MP visited Tashkent. He met with "
                "the Deputy Minister of Investments, Industry, and Trade, Maria Okafor, to discuss "
                "trade.");
    ASSERT_ENTITY(x, "Torvan Malek", KG_PERSON);
    ck_assert_msg(!any_name_contains(x, "Malek MP"), "a post-nominal in a name:\n%s", dump(x));
    long ev = find_entity(x, "meeting of Torvan Malek with Maria Okafor", KG_EVENT);
    ck_assert_msg(ev >= 0, "no meeting of the two:\n%s", dump(x));
    ASSERT_REL(x, "Torvan Malek", KG_SPOKE_AT, "meeting of Torvan Malek with Maria Okafor");
    ASSERT_REL(x, "Maria Okafor", KG_SPOKE_AT, "meeting of Torvan Malek with Maria Okafor");
    /* the set-off name is a clause's subject, not the one met; a pronoun stands for the
     * sentence's subject only, not for someone it names later */
    x = extract("Report\n\nMay 3, 2020\n\nPresident Aliya Nurlanova met with the Foreign "
                "Minister, Ambassador Berik Tokayev said on Monday. The President received "
                "Ambassador Dana Sultanova on Monday. He met with Marat Ospanov later.");
    ck_assert_msg(!any_name_contains(x, "with Berik Tokayev") &&
                      !any_name_contains(x, "Dana Sultanova with"),
                  "a wrong party to a meeting:\n%s", dump(x));
    /* a pronoun across a paragraph stands for no one */
    x = extract("Report\n\nJune 5, 2023\n\nMinister Torvan Malek visited Velmar.\n\nHe "
                "met with Maria Okafor.");
    ck_assert_msg(!has_relation(x, "Torvan Malek", KG_SPOKE_AT, "meeting with Maria Okafor"),
                  "across a paragraph:\n%s", dump(x));
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
    tcase_add_test(tc, test_readouts_announced_witness_list);
    tcase_add_test(tc, test_readouts_given_name_of_a_town_and_clause_places);
    tcase_add_test(tc, test_readouts_transcript_labels);
    tcase_add_test(tc, test_readouts_lines_of_speakers);
    tcase_add_test(tc, test_readouts_statement_introduced_by_a_colon);
    tcase_add_test(tc, test_readouts_honorifics);
    tcase_add_test(tc, test_readouts_styles_of_peers_and_royal_service);
    tcase_add_test(tc, test_readouts_persons_who_take_part);
    tcase_add_test(tc, test_readouts_delegation_takes_part);
    tcase_add_test(tc, test_readouts_round_table_speakers);
    tcase_add_test(tc, test_readouts_acts_placed_or_dated_are_events);
    tcase_add_test(tc, test_readouts_body_named_where_it_sits);
    tcase_add_test(tc, test_readouts_visit_of_a_styled_visitor);
    tcase_add_test(tc, test_readouts_affiliation_set_off_or_possessed);
    tcase_add_test(tc, test_readouts_dialogue_is_an_event_only_when_placed);
    tcase_add_test(tc, test_readouts_ballot_in_the_country_of_the_document);
    tcase_add_test(tc, test_readouts_dinners_receptions_and_runoffs);
    tcase_add_test(tc, test_readouts_party_of_a_pronoun_and_a_leaning);
    tcase_add_test(tc, test_readouts_visit_by_and_leaders_with_modified_titles);
    tcase_add_test(tc, test_readouts_events_dated_near_the_document);
    tcase_add_test(tc, test_readouts_leader_after_a_title_of_two_words);
    tcase_add_test(tc, test_readouts_place_of_a_country_s_possessive);
    tcase_add_test(tc, test_readouts_role_after_a_copula);
    tcase_add_test(tc, test_readouts_membership_verbs);
    tcase_add_test(tc, test_readouts_subject_past_an_apposition_and_a_region_s_city);
    tcase_add_test(tc, test_readouts_roles_a_body_gives);
    tcase_add_test(tc, test_readouts_met_with_a_titled_person_by_pronoun);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(readouts_suite()) == 0 ? 0 : 1;
}
