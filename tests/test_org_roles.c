/* test_org_roles: the offices that affiliate people with organisations and parties, on
 * invented news sentences: appositions, titles before names, possessives, lists of titled
 * people, missions and the people who lead bodies, each with cases that must match and cases
 * that must not. */
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_extract_party_possessive_affiliation)
{
    const kg_extraction *x = extract("Report\n\nAzat Peruashev said his Ak Zhol party would "
                                     "contest every district.");
    ASSERT_ENTITY(x, "Azat Peruashev", KG_PERSON);
    ASSERT_ENTITY(x, "Ak Zhol", KG_PARTY);
    ASSERT_REL(x, "Azat Peruashev", KG_AFFILIATED_WITH, "Ak Zhol");
    /* no meeting in the article: nobody spoke at anything */
    ASSERT_NOT_SPOKE(x, "Azat Peruashev");
}
END_TEST

START_TEST(test_extract_relation_apposition)
{
    const kg_extraction *x =
        extract(MEETING "Aliya Nurmagambetova, director of the Institute of Water Problems, "
                        "said the canals were in poor condition.");
    ASSERT_ENTITY(x, "Aliya Nurmagambetova", KG_PERSON);
    ASSERT_ENTITY(x, "Institute of Water Problems", KG_ORGANISATION);
    ASSERT_REL(x, "Aliya Nurmagambetova", KG_AFFILIATED_WITH, "Institute of Water Problems");
    ASSERT_SPOKE(x, "Aliya Nurmagambetova");
    /* her own institute is her role, not what she discussed */
    ASSERT_NO_REL(x, "Aliya Nurmagambetova", KG_DISCUSSED, "Institute of Water Problems");
    ASSERT_REL(x, x->entities[main_event(x)].name, KG_LOCATED_IN, "Astana");
}
END_TEST

START_TEST(test_extract_relation_title_before_name)
{
    const kg_extraction *x = extract(
        "Report\n\nA briefing on the harvest was held in Kostanay.\n\nHead of the Agriculture "
        "Committee Anna Petrova said yields had fallen. The figures were presented by deputy "
        "head of the Budget Committee of the Senate Timur Kaliyev.");
    ASSERT_REL(x, "Anna Petrova", KG_AFFILIATED_WITH, "Agriculture Committee");
    ASSERT_SPOKE(x, "Anna Petrova");
    ASSERT_REL(x, "Timur Kaliyev", KG_AFFILIATED_WITH, "Budget Committee");
    ASSERT_REL(x, "Budget Committee", KG_AFFILIATED_WITH, "Senate");
    ASSERT_SPOKE(x, "Timur Kaliyev");
    ASSERT_NO_REL(x, "Anna Petrova", KG_AFFILIATED_WITH, "Budget Committee");
    ck_assert(!any_name_contains(x, "Head"));
}
END_TEST

START_TEST(test_extract_relation_role_list_not_crossed)
{
    const kg_extraction *x =
        extract(MEETING "Asel Nurlanova, a lawyer, and Bolat Temirov, director of the Center "
                        "for Legal Reform, took part in the discussion.");
    ASSERT_REL(x, "Bolat Temirov", KG_AFFILIATED_WITH, "Center for Legal Reform");
    ASSERT_NO_REL(x, "Asel Nurlanova", KG_AFFILIATED_WITH, "Center for Legal Reform");
    ASSERT_NO_REL(x, "Asel Nurlanova", KG_AFFILIATED_WITH, NULL);
}
END_TEST

START_TEST(test_extract_relation_ambassador_embassy)
{
    const kg_extraction *x =
        extract("Report\n\nA conference on trade opened in Moscow.\n\nThe Embassy of Kazakhstan "
                "in Russia hosted the guests. Ambassador of Kazakhstan Dauren Abayev said "
                "exports had grown.");
    ASSERT_ENTITY(x, "Dauren Abayev", KG_PERSON);
    ASSERT_REL(x, "Dauren Abayev", KG_AFFILIATED_WITH, "Embassy of Kazakhstan");
    ASSERT_SPOKE(x, "Dauren Abayev");
    ASSERT_REL(x, "Embassy of Kazakhstan", KG_LOCATED_IN, "Russia");
}
END_TEST

START_TEST(test_extract_holder_after_title_of_portfolio)
{
    /* the name at the end of "<Title> of <portfolio> X Y" is a person; a town's name used
     * as a surname is no place; "President X-ov" alone is a person */
    const kg_extraction *x = extract(
        "Report\n\nDeputy Secretary of State Ruth Preston met Deputy Foreign Minister Sergei "
        "Lavrenko. The Minister of Foreign Affairs Karim Haddadi spoke. President Tulegenov "
        "signed the law in Bristol.");
    ASSERT_ENTITY(x, "Ruth Preston", KG_PERSON);
    ASSERT_ENTITY(x, "Karim Haddadi", KG_PERSON);
    ASSERT_ENTITY(x, "Tulegenov", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Preston", KG_PLACE);
    ASSERT_NOTHING_NAMED(x, "State Ruth");
    ASSERT_NOTHING_NAMED(x, "Affairs Karim Haddadi");
    ASSERT_ENTITY(x, "Bristol", KG_PLACE);
    ASSERT_COUNT(x, KG_PERSON, 4);
}
END_TEST

START_TEST(test_extract_title_comma_name)
{
    /* "The head of the X Committee, Y Z, spoke": Y Z belongs to the committee */
    const kg_extraction *x = extract(
        MEETING "The head of the Water Resources Committee, Bakhyt Orazov, spoke about canals "
                "in Tajikistan. Later, Aidar Bekov spoke.");
    ASSERT_REL(x, "Bakhyt Orazov", KG_AFFILIATED_WITH, "Water Resources Committee");
    ASSERT_NO_REL(x, "Bakhyt Orazov", KG_DISCUSSED, "Water Resources Committee");
    ASSERT_NO_REL(x, "Aidar Bekov", KG_AFFILIATED_WITH, "Water Resources Committee");
}
END_TEST

START_TEST(test_extract_elided_title_before_name)
{
    /* "Chargé d'Affaires X Y": the title's last word is elided, the name follows it */
    const kg_extraction *x =
        extract("Report\n\nChargé d\u2019Affaires Gregor Pastukh thanked the hosts. "
                "Chargé d'Affaires Lin Brasova spoke next.");
    ASSERT_ENTITY(x, "Gregor Pastukh", KG_PERSON);
    ASSERT_ENTITY(x, "Lin Brasova", KG_PERSON);
    ASSERT_NOTHING_NAMED(x, "Affaires Gregor Pastukh");
    /* "Chargé d'Affaires a.i. X Y": ad interim is part of the title */
    x = extract("Report\n\nUnited States Chargé d\u2019Affaires a.i. Lesli Haydova noted that "
                "Tajikistan had done well.");
    ASSERT_ENTITY(x, "Lesli Haydova", KG_PERSON);
}
END_TEST

START_TEST(test_extract_body_speaks_for_itself)
{
    /* "The United States reiterated ...": the country's words, not the paragraph speaker's */
    const kg_extraction *x = extract(
        "Report\n\nA round table was held in Astana.\n\nFirst Deputy Foreign Minister Kairat "
        "Omarov underscored Kazakhstan’s commitment to reform. The United States reiterated its "
        "support for Mongolia.");
    ASSERT_REL(x, "Kairat Omarov", KG_DISCUSSED, "Kazakhstan");
    ASSERT_NO_REL(x, "Kairat Omarov", KG_DISCUSSED, "Mongolia");
    /* "X left parliament, RIA Novosti reported": the agency's report, not X's words; "X of
     * the Institute noted" is X's */
    x = extract("Report\n\nA round table was held in Bishkek. Minister Felix Kulovsky left "
                "parliament on his own will, RIA Novosti reported, citing Mongolia. Professor "
                "Daniyar Omarov of the Kazakh Institute noted that Russia had changed.");
    ASSERT_NO_REL(x, "Felix Kulovsky", KG_DISCUSSED, "Mongolia");
    ASSERT_REL(x, "Daniyar Omarov", KG_DISCUSSED, "Russia");
    /* "While A and B offered him immunity, he said": "he" is the earlier speaker */
    x = extract("Report\n\nDeposed president Askar Temirov replied that he would resign.\n\n"
                "While prime minister Kurman Bakirov and minister Felix Kulovsky have offered him "
                "immunity, he said he would only return if Russia helped.");
    ASSERT_NO_REL(x, "Felix Kulovsky", KG_DISCUSSED, "Russia");
    ASSERT_REL(x, "Askar Temirov", KG_DISCUSSED, "Russia");
    /* a sentence with no subject of its own still goes on with the speaker */
    x = extract("Report\n\nA round table was held in Astana.\n\nProfessor Kairat Omarov said "
                "the reform was late. In his view, Mongolia had done better.");
    ASSERT_REL(x, "Kairat Omarov", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_extract_body_named_before_a_title)
{
    /* "Tcell CEO X": the unknown name before the title is X's company; a demonym, a common
     * word or a known place before a title is none ("Moldovan President", "Foreign
     * Minister", "United States Ambassador"); "Mission to X" is one name */
    const kg_extraction *x = extract(
        "Report\n\nTcell CEO Mindaugas Ubartas, Mercy Corps Country Director Ramesh Singh, "
        "Moldovan President Maia Sandovan and United States Ambassador Susan Elliot met staff "
        "of the U.S. Mission to Kazakhstan.");
    ASSERT_REL(x, "Mindaugas Ubartas", KG_AFFILIATED_WITH, "Tcell");
    ASSERT_ENTITY(x, "Mercy Corps", KG_ORGANISATION);
    ASSERT_ENTITY(x, "U.S. Mission to Kazakhstan", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "CEO", KG_ORGANISATION);
    /* "COVID-19" is no body; "G-20" is */
    const kg_extraction *y = extract("Report\n\nThe G-20 and the OSCE fought COVID-19.");
    ASSERT_ENTITY(y, "G-20", KG_ORGANISATION);
    ASSERT_NOTHING_NAMED(y, "COVID-19");
    x = extract("Report\n\nTcell CEO Mindaugas Ubartas, Mercy Corps Country Director Ramesh Singh, "
                "Moldovan President Maia Sandovan and United States Ambassador Susan Elliot met "
                "staff of the U.S. Mission to Kazakhstan.");
    ASSERT_NO_ENTITY(x, "Moldovan", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_ORGANISATION, 3);
    /* on a line of its own, which reads as a headline, "to" before an acronym is the
     * mission's; before a verb it is the headline's */
    x = extract("Statement on Velsk\n\nApril 14, 2011\n\nUnited States Mission to the OSCE\n\n"
                "We urge Velsk to free the prisoners.");
    ck_assert_msg(any_name_contains(x, "Mission to the OSCE"), "%s", dump(x));
    x = extract("Commission to Hold Briefing on Velsk\n\nThe briefing will be long.");
    ck_assert_msg(!any_name_contains(x, "Commission to Hold"), "%s", dump(x));
}
END_TEST

START_TEST(test_extract_list_of_titles_before_names)
{
    /* "Ambassador A, Head of X, B, and the Director of Y, C": each title is the next name's;
     * a region that shares a given name ("Lola") starts a name before a surname */
    const kg_extraction *x = extract(
        "Report\n\nUnited States Ambassador Susan Elliot, Head of the Department of Health of "
        "the Presidential Administration, Lola Bobokhonova, and the Director of the Statistical "
        "Agency, Bahtiya Muhamedova, opened the meeting.");
    ASSERT_ENTITY(x, "Lola Bobokhonova", KG_PERSON);
    ASSERT_REL(x, "Lola Bobokhonova", KG_AFFILIATED_WITH, "Department of Health");
    ASSERT_NO_REL(x, "Susan Elliot", KG_AFFILIATED_WITH, "Department of Health");
    ASSERT_REL(x, "Bahtiya Muhamedova", KG_AFFILIATED_WITH, "Statistical Agency");
    /* without a title before the first name the title after its comma is its own */
    x = extract("Report\n\nSusan Elliot, Head of the Department of Health, said the survey "
                "was done.");
    ASSERT_REL(x, "Susan Elliot", KG_AFFILIATED_WITH, "Department of Health");
}
END_TEST

START_TEST(test_extract_who_is_served_and_who_once_proposed)
{
    /* "X, a spokesman for President Y, said": Y is in X's role, not X's topic */
    const kg_extraction *x =
        extract("Report\n\nDmitry Sokolov, a spokesman for Russian President Ivan Petrov, said on "
                "Tuesday that Ukraine must be careful.");
    ASSERT_REL(x, "Dmitry Sokolov", KG_DISCUSSED, "Ukraine");
    ASSERT_NO_REL(x, "Dmitry Sokolov", KG_DISCUSSED, "Ivan Petrov");
    /* "the reforms proposed by President X" reports nothing X says here; nor does "his
     * government" make X the speaker of the next sentence */
    x = extract("Report\n\nThe United States supports the reforms proposed by President "
                "Tokayev earlier this year. We look forward to working with President Tokayev "
                "and his government. The reforms are critical to Kazakhstan.");
    ASSERT_NO_REL(x, "Tokayev", KG_DISCUSSED, "United States");
    ASSERT_NO_REL(x, "Tokayev", KG_DISCUSSED, "Kazakhstan");
    /* a passive speech verb still names its speaker: "as was stressed by X" */
    x = extract("Report\n\nA round table was held in Almaty. The role of Mongolia was stressed "
                "by Professor Daniyar Omarov.");
    ASSERT_REL(x, "Daniyar Omarov", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_extract_role_ends_at_verb_and_org_at_title)
{
    /* "The State Department hosted Foreign Minister X": no affiliation across the verb;
     * "Department of State Deputy Assistant Secretary Y": the title is not the name's */
    const kg_extraction *x = extract(
        "Report\n\nThe State Department hosted Foreign Minister Sirojiddin Karimov. The talks "
        "were led by United States Department of State Deputy Assistant Secretary Mark "
        "Hollins.");
    ASSERT_NO_REL(x, "Sirojiddin Karimov", KG_AFFILIATED_WITH, "State Department");
    ASSERT_ENTITY(x, "United States Department of State", KG_ORGANISATION);
    ASSERT_REL(x, "Mark Hollins", KG_AFFILIATED_WITH, "United States Department of State");
    /* a title inside a name after "of the" stays: "Office of the Deputy Prime Minister" */
    x = extract("Report\n\nThe Office of the Deputy Prime Minister said the vote was fair.");
    ASSERT_ENTITY(x, "Office of the Deputy Prime Minister", KG_ORGANISATION);
}
END_TEST

START_TEST(test_orgs_mission_for_a_body_and_who_leads_it)
{
    /* "the X Mission for the Y Organization": two bodies, the first within the second; the
     * subject who leads a body is affiliated with it; "for the" before no head of its own
     * stays inside one name */
    const kg_extraction *x = extract(
        "Report\n\nChairman Arvo Pellinen led the International Election Observation Mission "
        "for the Organization for Security and Cooperation in Europe (OSCE) and was accompanied "
        "by Congressman Tomas Brandt. The Institute for the Study of War agreed. The Global "
        "Coalition for the International Criminal Court agreed.");
    ASSERT_ENTITY(x, "International Election Observation Mission", KG_ORGANISATION);
    ASSERT_REL(x, "International Election Observation Mission", KG_AFFILIATED_WITH,
               "Organization for Security and Cooperation in Europe");
    ASSERT_REL(x, "Arvo Pellinen", KG_AFFILIATED_WITH,
               "International Election Observation Mission");
    ASSERT_NO_REL(x, "Tomas Brandt", KG_AFFILIATED_WITH, NULL);
    ASSERT_ENTITY(x, "Institute for the Study of War", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Global Coalition for the International Criminal Court", KG_ORGANISATION);
    /* a causative "led the body to", a verb whose subject is not the person: no
     * affiliation; the subject of a reported clause leads the body */
    x = extract("Report\n\nChairman Arvo Pellinen led the World Bank to impose new rules. "
                "The policies of Tomas Brandt led the Asian Development Bank into a crisis. "
                "Officials said Ivar Sandqvist heads the European Investment Bank.");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_AFFILIATED_WITH, "World Bank");
    ASSERT_NO_REL(x, "Tomas Brandt", KG_AFFILIATED_WITH, "Asian Development Bank");
    ASSERT_REL(x, "Ivar Sandqvist", KG_AFFILIATED_WITH, "European Investment Bank");
}
END_TEST

START_TEST(test_orgs_led_to_victory_and_founded)
{
    /* "led the party to victory" says who leads it; so do "founded" and "runs" */
    const kg_extraction *x = extract(
        "Report\n\nFormer prime minister Arvo Pellinen led the Velmar Party to victory three "
        "times. Tomas Brandt founded the Ortak Alliance in 2001. Director Ivar Sandqvist runs the "
        "Zorvex Foundation.");
    ASSERT_REL(x, "Arvo Pellinen", KG_AFFILIATED_WITH, "Velmar Party");
    ASSERT_REL(x, "Tomas Brandt", KG_AFFILIATED_WITH, "Ortak Alliance");
    ASSERT_REL(x, "Ivar Sandqvist", KG_AFFILIATED_WITH, "Zorvex Foundation");
}
END_TEST

START_TEST(test_orgs_led_by_and_a_body_s_person)
{
    /* "X, the ruling party, led by Prime Minister Y": Y leads X; "VOA's Z": Z is of VOA;
     * a country's possessive, or "a protest led by", affiliates no one */
    const kg_extraction *x = extract(
        "Report\n\nThe vote was won by the Velmar Party, the ruling political party, led by "
        "current Prime Minister Arvo Pellinen. The Ortak Party, headed by former Interior "
        "Minister Tomas Brandt, lost. As Zorvex News's Ivar Sandqvist reports, Mongolia's "
        "President Aidos Serikbayev spoke.");
    ASSERT_REL(x, "Arvo Pellinen", KG_AFFILIATED_WITH, "Velmar Party");
    ASSERT_REL(x, "Tomas Brandt", KG_AFFILIATED_WITH, "Ortak Party");
    ASSERT_REL(x, "Ivar Sandqvist", KG_AFFILIATED_WITH, "Zorvex News");
    ASSERT_NO_REL(x, "Aidos Serikbayev", KG_AFFILIATED_WITH, NULL);
}
END_TEST

START_TEST(test_org_roles_party_possessives_and_its_leader)
{
    /* "the People's National Movement": a common noun's possessive opens a body's name;
     * "X's party, the Y": the kind set off before the party's name; "the Y, under its newly
     * elected political leader Z": a few words of the role before its title */
    const kg_extraction *x =
        extract("Report\n\nPrime Minister Torvan Malek called an election. Malek's party, the "
                "People's National Movement (PNM), won a majority in 2007. But the main opposition "
                "party, the UVC, under its newly elected political leader Ama Okafor, formed a "
                "coalition. Kazakhstan's National Bank raised rates.");
    ASSERT_ENTITY(x, "People's National Movement", KG_PARTY);
    ASSERT_REL(x, "Torvan Malek", KG_AFFILIATED_WITH, "People's National Movement");
    ASSERT_REL(x, "Ama Okafor", KG_AFFILIATED_WITH, "UVC");
    /* a country's possessive is no part of the name */
    ck_assert_msg(!any_name_contains(x, "Kazakhstan's"), "in:\n%s", dump(x));
}
END_TEST

static Suite *org_roles_suite(void)
{
    Suite *s = suite_create("org_roles");
    TCase *tc = tcase_create("org_roles");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_extract_party_possessive_affiliation);
    tcase_add_test(tc, test_extract_relation_apposition);
    tcase_add_test(tc, test_extract_relation_title_before_name);
    tcase_add_test(tc, test_extract_relation_role_list_not_crossed);
    tcase_add_test(tc, test_extract_relation_ambassador_embassy);
    tcase_add_test(tc, test_extract_holder_after_title_of_portfolio);
    tcase_add_test(tc, test_extract_title_comma_name);
    tcase_add_test(tc, test_extract_elided_title_before_name);
    tcase_add_test(tc, test_extract_body_speaks_for_itself);
    tcase_add_test(tc, test_extract_body_named_before_a_title);
    tcase_add_test(tc, test_extract_list_of_titles_before_names);
    tcase_add_test(tc, test_extract_who_is_served_and_who_once_proposed);
    tcase_add_test(tc, test_extract_role_ends_at_verb_and_org_at_title);
    tcase_add_test(tc, test_orgs_mission_for_a_body_and_who_leads_it);
    tcase_add_test(tc, test_orgs_led_to_victory_and_founded);
    tcase_add_test(tc, test_orgs_led_by_and_a_body_s_person);
    tcase_add_test(tc, test_org_roles_party_possessives_and_its_leader);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(org_roles_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
