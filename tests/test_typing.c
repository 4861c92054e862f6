/* test_typing: one type per name, decided by the evidence the whole document gives
 * (kx_typing.c): lists whose strong items type their weak ones, titles before names, bodies,
 * places, people and events by their evidence; each with the cases that must not change
 * type (parties: test_party_typing.c). Names are invented. */
#include "extract_fixture.h"

#include <string.h>

START_TEST(test_typing_title_of_the_party_before_a_name_is_a_person)
{
    const kg_extraction *x =
        extract("Report\n\nSecretary of the Party Ivan Petrovsky told a briefing that turnout "
                "was high.");
    ASSERT_ENTITY(x, "Ivan Petrovsky", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Ivan Petrovsky", KG_PARTY);
    /* "the X party" then a person's name: the name is the founder's, not the party's; "the
     * party Respublica" still names a party */
    const kg_extraction *y =
        extract("Report\n\nShe won twice as many votes as the founder of the far-right party "
                "Jean-Marie Roux. The party Respublica came second.");
    ASSERT_ENTITY(y, "Jean-Marie Roux", KG_PERSON);
    ASSERT_NO_ENTITY(y, "Jean-Marie Roux", KG_PARTY);
    ASSERT_ENTITY(y, "Respublica", KG_PARTY);
}
END_TEST

START_TEST(test_typing_body_before_a_title_is_no_list_item)
{
    /* "A, Tcell CEO B": Tcell qualifies B's title; the list of people does not make it one */
    const kg_extraction *x =
        extract("Report\n\nAmbassador Leslie Hayden, Tcell CEO Mindaugas Ubartas, and Deputy "
                "Minister Lola Bobokhojieva attended the launch.");
    ASSERT_ENTITY(x, "Tcell", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Tcell", KG_PERSON);
    ASSERT_ENTITY(x, "Mindaugas Ubartas", KG_PERSON);
}
END_TEST

START_TEST(test_typing_weak_list_item_takes_the_list_type)
{
    /* Tuganyr has no cue of its own; the list of two parties it closes types it */
    const kg_extraction *x = extract(
        "Report\n\nMembers of the Ortak party, the Birlik party and Tuganyr signed the appeal.");
    ASSERT_ENTITY(x, "Ortak", KG_PARTY);
    ASSERT_ENTITY(x, "Birlik", KG_PARTY);
    ASSERT_ENTITY(x, "Tuganyr", KG_PARTY);
}
END_TEST

START_TEST(test_typing_place_and_person_keep_their_types)
{
    /* negatives: a country in a list of parties' countries and a titled person stay */
    const kg_extraction *x =
        extract("Report\n\nThe Ortak party and Kazakhstan signed it, and Ambassador Aigerim "
                "Suleimenova said so.");
    ASSERT_ENTITY(x, "Kazakhstan", KG_PLACE);
    ASSERT_ENTITY(x, "Aigerim Suleimenova", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Kazakhstan", KG_PARTY);
}
END_TEST

START_TEST(test_typing_bare_generic_head_names_nothing)
{
    const kg_extraction *x =
        extract("Report\n\nPolice said the Government would answer on Monday.");
    ASSERT_NOTHING_NAMED(x, "Police");
    ASSERT_NOTHING_NAMED(x, "Government");
    /* a head that is the short form of a longer name stays, as its alias; a head that names
     * one body by itself ("the Mazhilis") stays too */
    const kg_extraction *y =
        extract("Report\n\nThe Central Election Commission met. The Commission said the Mazhilis "
                "would vote.");
    ASSERT_ENTITY(y, "Central Election Commission", KG_ORGANISATION);
    ASSERT_ENTITY(y, "Commission", KG_ORGANISATION);
    ASSERT_ENTITY(y, "Mazhilis", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_census_given_names)
{
    /* a common English first name makes a person of the name after it; one that is also a
     * word ("Mark", "May") or a place ("Georgia") is left to other evidence */
    ck_assert(in_list(KG_LIST_GIVEN_NAMES, "Ross"));
    ck_assert(!in_list(KG_LIST_GIVEN_NAMES, "May"));
    ck_assert(!in_list(KG_LIST_GIVEN_NAMES, "Georgia"));
    const kg_extraction *x = extract("Report\n\nRoss Pellegrin attacked the budget plan.");
    ASSERT_ENTITY(x, "Ross Pellegrin", KG_PERSON);
    const kg_extraction *y = extract("Report\n\nGeorgia Railway raised its fares.");
    ASSERT_NO_ENTITY(y, "Georgia Railway", KG_PERSON);
}
END_TEST

START_TEST(test_typing_numbered_congress_is_an_event)
{
    /* a cue word does not decide alone: "Congress" heads bodies, but a numbered congress of
     * a party is a meeting, planned ones included, with its date and place */
    const kg_extraction *x = extract(
        "Report\n\nSecretary of the Party Ivan Petrovsky said the 5th Congress of the Party "
        "will be held on January 29 in Astana.");
    ASSERT_ENTITY(x, "5th Congress of the Party", KG_EVENT);
    ASSERT_NO_ENTITY(x, "Congress of the Party", KG_ORGANISATION);
    ASSERT_REL(x, "5th Congress of the Party", KG_LOCATED_IN, "Astana");
    long ev = find_entity(x, "5th Congress of the Party", KG_EVENT);
    ck_assert_ptr_nonnull(x->entities[ev].date);
    ck_assert_msg(strstr(x->entities[ev].date, "-01-29") != NULL, "date %s", x->entities[ev].date);
    ASSERT_NOTHING_NAMED(x, "Party"); /* which party, the text does not say */
    /* negatives: a congress that is a body stays one */
    const kg_extraction *y =
        extract("Report\n\nThe Congress of Local Authorities adopted the resolution.");
    ASSERT_ENTITY(y, "Congress of Local Authorities", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_mission_in_a_country_is_one_name)
{
    const kg_extraction *x =
        extract("Report\n\nThe USAID Mission in Uzbekistan opened the conference in Tashkent.");
    ASSERT_ENTITY(x, "USAID Mission in Uzbekistan", KG_ORGANISATION);
    /* a city after "in" says where a body is, no part of its name */
    const kg_extraction *y =
        extract("Report\n\nThe USAID Mission in Tashkent opened the conference.");
    ASSERT_NO_ENTITY(y, "USAID Mission in Tashkent", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_places_bodies_and_companies_by_their_evidence)
{
    /* a two-word name of the gazetteer outweighs a head noun or a given name in it */
    const kg_extraction *x =
        extract("Report\n\nSettlers in the West Bank protested, and traders in Hong Kong sold.");
    ASSERT_ENTITY(x, "West Bank", KG_PLACE);
    ASSERT_ENTITY(x, "Hong Kong", KG_PLACE);
    /* the kind of body right before a name, and a company's legal form after it */
    const kg_extraction *y =
        extract("Report\n\nThe daily Zorin Vestnik quoted Ericsson AB, whose chief Ivan Petrov "
                "spoke. Lear Corp rose, and Lear said sales grew.");
    ASSERT_ENTITY(y, "Zorin Vestnik", KG_ORGANISATION);
    ASSERT_ENTITY(y, "Ericsson AB", KG_ORGANISATION);
    ASSERT_ENTITY(y, "Lear Corp", KG_ORGANISATION);
    ASSERT_NO_ENTITY(y, "Lear", KG_PERSON);
    /* a country stays a place before an organisation noun: "U.S. agency" */
    const kg_extraction *z = extract("Report\n\nA U.S. agency funded the project.");
    ASSERT_ENTITY(z, "U.S.", KG_PLACE);
}
END_TEST

START_TEST(test_typing_names_of_narrative_news)
{
    const kg_extraction *x = extract(
        "Report\n\nSecretary of State Condoleezza Rice met Ali al-Sistani, said Aaron David "
        "Miller of the Brookings Institution. The opposition Movement for Democratic Change "
        "and the United Nations disagreed.");
    ASSERT_ENTITY(x, "Condoleezza Rice", KG_PERSON);
    ASSERT_NOTHING_NAMED(x, "State Condoleezza Rice");
    ASSERT_ENTITY(x, "Ali al-Sistani", KG_PERSON);
    ASSERT_ENTITY(x, "Aaron David Miller", KG_PERSON);
    ASSERT_ENTITY(x, "Brookings Institution", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Movement for Democratic Change", KG_PARTY);
    ASSERT_ENTITY(x, "United Nations", KG_ORGANISATION);
    /* negatives: a body after "ruling" stays a body; a secretary of a body names the body */
    const kg_extraction *y = extract(
        "Report\n\nThe ruling Council met, and Secretary of the Ortak Foundation Ivan Petrov "
        "spoke.");
    ASSERT_NO_ENTITY(y, "Council", KG_PARTY);
    ASSERT_ENTITY(y, "Ortak Foundation", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_appositions_and_list_lines)
{
    const kg_extraction *x = extract(
        "Report\n\nThe Secretary-General of the Ortak Union, Tendai Birimov, was arrested. "
        "Police found one journalist, Munir Shakiro, dead. Arab League Secretary-General Amr "
        "Mussavi spoke.\n\nRodger Potocki, Senior Director, National Endowment for Liberty\n\n"
        "Susan Corke, Director, Freedom House");
    ASSERT_ENTITY(x, "Tendai Birimov", KG_PERSON);
    ASSERT_ENTITY(x, "Munir Shakiro", KG_PERSON);
    ASSERT_ENTITY(x, "Amr Mussavi", KG_PERSON);
    ASSERT_ENTITY(x, "National Endowment for Liberty", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Freedom House", KG_ORGANISATION);
    /* a sentence with commas is no list line */
    const kg_extraction *y =
        extract("Report\n\nSusan Corke, who directs it, praised Freedom Square.");
    ASSERT_NO_ENTITY(y, "Freedom Square", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_apposition_is_no_list_and_a_continent_no_person)
{
    /* "Director Asia" is a portfolio: a continent after a title stays a place; the segments
     * of a witness line are set off by commas alone, so the title's strong person evidence
     * does not make the body after it a person */
    const kg_extraction *x = extract(
        "Report\n\nThe witnesses are:\n\nMarta Velikova, Senior Director Asia, National Fund "
        "for Civic Life\n\nOleg Tamarin, Director, Open Council");
    ASSERT_ENTITY(x, "Marta Velikova", KG_PERSON);
    ASSERT_ENTITY(x, "National Fund for Civic Life", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Asia", KG_PERSON);
    /* a list joined by "and" still lends its strong items' type to a weak one */
    const kg_extraction *y =
        extract("Report\n\nThe Ortak party, Birlik party and Kelisim debated the budget.");
    ASSERT_ENTITY(y, "Kelisim", KG_PARTY);
}
END_TEST

START_TEST(test_typing_opposition_leader_of_a_movement)
{
    /* the leader of the opposition leads a party; a body's leader does not make it one */
    const kg_extraction *x = extract(
        "Report\n\nThe president will talk with opposition leader Arman Tulegenov of the "
        "Orange Justice Movement. Director Dana Ospanova of the Ortak Youth Movement agreed.");
    ASSERT_ENTITY(x, "Orange Justice Movement", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Ortak Youth Movement", KG_PARTY);
}
END_TEST

START_TEST(test_typing_governments_of_countries)
{
    /* a country's government is a body, however the text names it, and one body */
    const kg_extraction *x =
        extract("Report\n\nThe Iraqi government sent a delegation. Iraq's government said the "
                "government of Iraq would attend. The government of Kyrgyzstan agreed.");
    ASSERT_ENTITY(x, "Iraqi government", KG_ORGANISATION);
    ck_assert_int_eq(find_entity(x, "Iraqi government", KG_ORGANISATION),
                     find_entity(x, "government of Iraq", KG_ORGANISATION));
    ASSERT_ENTITY(x, "government of Kyrgyzstan", KG_ORGANISATION);
    ck_assert_int_ne(find_entity(x, "Iraqi government", KG_ORGANISATION),
                     find_entity(x, "government of Kyrgyzstan", KG_ORGANISATION));
    /* a press agency is a body by its head */
    const kg_extraction *z = extract("Report\n\nTurnout was high, the Ortak Press reported.");
    ASSERT_ENTITY(z, "Ortak Press", KG_ORGANISATION);
    /* negatives: a government without a country, a region's adjective */
    const kg_extraction *y =
        extract("Report\n\nThe government resigned. The European government bonds fell.");
    ASSERT_COUNT(y, KG_ORGANISATION, 0);
}
END_TEST

START_TEST(test_typing_person_by_surname_repeated_alone)
{
    /* two name words, neither English nor a place, whose last word the text repeats alone
     * (as news repeats a surname) are a person */
    const kg_extraction *x = extract("Report\n\nReports came of the killing of Oskal Dervani "
                                     "near the border. Dervani was shot dead.");
    ASSERT_ENTITY(x, "Oskal Dervani", KG_PERSON);
    /* negatives: the last word never alone; a modifier joined by a hyphen; a place */
    const kg_extraction *y = extract("Report\n\nReports came of the killing of Oskal Dervani "
                                     "near the border. The Dervani Bridge was closed.");
    ASSERT_NO_ENTITY(y, "Oskal Dervani", KG_PERSON);
    const kg_extraction *z = extract("Report\n\nThey fought the Norland-backed Kavrista near "
                                     "the border. Kavrista denied it.");
    ASSERT_NO_ENTITY(z, "Norland-backed Kavrista", KG_PERSON);
    const kg_extraction *w =
        extract("Report\n\nHe was born in Kazakhstan Almaty and lived there. Almaty is big.");
    ASSERT_NO_ENTITY(w, "Kazakhstan Almaty", KG_PERSON);
}
END_TEST

START_TEST(test_typing_lower_case_ministry_of_a_country)
{
    /* "the Moldovan interior ministry" in lower case is the country's ministry, and a later
     * "the interior ministry" is the same one */
    const kg_extraction *x = extract("Report\n\nThe Moldovan interior ministry said order was "
                                     "restored. The interior ministry later denied it.");
    ASSERT_ENTITY(x, "Moldovan interior ministry", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_ORGANISATION, 1);
    /* negatives: a bare "the ministry"; another demonym's ministry is another body */
    const kg_extraction *y =
        extract("Report\n\nThe ministry said order was restored. The Moldovan foreign ministry "
                "and the Latvian foreign ministry disagreed.");
    ASSERT_COUNT(y, KG_ORGANISATION, 2);
}
END_TEST

START_TEST(test_typing_body_a_role_is_held_in)
{
    /* a name between a determiner and a lower-case title is the body its holder serves */
    const kg_extraction *x =
        extract("Report\n\nA Zorvex reporter who entered the village found it calm. An "
                "Ostrana official said the road was open.");
    ASSERT_ENTITY(x, "Zorvex", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Ostrana", KG_ORGANISATION);
    /* a people's adjective there names no body, and a lone unknown word without the cue
     * stays out */
    const kg_extraction *y =
        extract("Report\n\nA Zimbabwean official said the road was open. Later Zorvex "
                "found it calm.");
    ASSERT_NO_ENTITY(y, "Zimbabwean", KG_ORGANISATION);
    ck_assert_int_lt(find_any(y, "Zorvex"), 0);
}
END_TEST

START_TEST(test_typing_body_based_in_a_place)
{
    /* "<Place>-based X": places base bodies; the place keeps all its words */
    const kg_extraction *x =
        extract("Report\n\nAnalysts said the New York-based Civic Rights Watch and the "
                "Ohio-based Brantcorp agreed.");
    ASSERT_ENTITY(x, "Civic Rights Watch", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Brantcorp", KG_ORGANISATION);
    ASSERT_ENTITY(x, "New York", KG_PLACE);
    ck_assert(has_relation(x, "Brantcorp", KG_LOCATED_IN, "Ohio"));
    ck_assert(has_relation(x, "Civic Rights Watch", KG_LOCATED_IN, "New York"));
    ck_assert_int_lt(find_any(x, "York"), 0);
    /* English words without the cue (or a head noun: "Watch" is one) stay out */
    const kg_extraction *y = extract("Report\n\nAnalysts said the Civic Rights Lantern agreed.");
    ck_assert_int_lt(find_any(y, "Civic Rights Lantern"), 0);
}
END_TEST

START_TEST(test_typing_demonyms_formed_from_country_names)
{
    /* "Zimbabwean", "Ghanaian", "Iraqi" are no bodies before a title, whatever lists say */
    const kg_extraction *x =
        extract("Report\n\nZimbabwean President Tomas Mavuro met Ghanaian President Kofi "
                "Asante-Boadu and Iraqi Minister Ali Hamdani in Harare.");
    ASSERT_ENTITY(x, "Tomas Mavuro", KG_PERSON);
    ASSERT_ENTITY(x, "Ali Hamdani", KG_PERSON);
    ck_assert_int_lt(find_any(x, "Zimbabwean"), 0);
    ck_assert_int_lt(find_any(x, "Ghanaian"), 0);
    ck_assert_int_lt(find_any(x, "Iraqi"), 0);
    /* a word that only begins like a country is no demonym: "Malinov" names a person */
    const kg_extraction *y =
        extract("Report\n\nMinister Petar Malinov said turnout was high.");
    ASSERT_ENTITY(y, "Petar Malinov", KG_PERSON);
}
END_TEST

START_TEST(test_typing_outlets_report_and_bodies_have_members)
{
    /* news outlets report, people say; what has members is a body */
    const kg_extraction *x =
        extract("Report\n\nTroops hit a Zamas base, killing two Zamas members. Later Novosti "
                "Daily reported the strike, as reported by the Tavrichesky Vestnik.");
    ASSERT_ENTITY(x, "Zamas", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Novosti Daily", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Tavrichesky Vestnik", KG_ORGANISATION);
    /* the outlet's name goes on over a body's name right before it, and words of English
     * become no place by a venue word inside them */
    const kg_extraction *z =
        extract("Report\n\nKulov quit parliament, RIA Novosti reported. The forum \u201cBuilding "
                "New Platforms of Cooperation\" was held at the Dead Sea.");
    ASSERT_ENTITY(z, "RIA Novosti", KG_ORGANISATION);
    ck_assert_int_lt(find_any(z, "Novosti"), 0);
    ck_assert_int_lt(find_any(z, "Building New Platforms"), 0);
    /* a person reports to someone */
    const kg_extraction *y = extract("Report\n\nLater Petrov reported to the committee.");
    ck_assert_int_lt(find_entity(y, "Petrov", KG_ORGANISATION), 0);
}
END_TEST

START_TEST(test_typing_people_by_age_and_counterpart)
{
    /* an age set off by commas, "counterpart" before a name and a person's name joined to
     * it by "and" say person, whatever the given-name lists know */
    const kg_extraction *x =
        extract("Report\n\nRuehe met his Israeli counterpart Yitzak Mordevi in Jerusalem. Samer "
                "Ammar Sulimo, 42, told reporters the market was calm.");
    ASSERT_ENTITY(x, "Yitzak Mordevi", KG_PERSON);
    ASSERT_ENTITY(x, "Samer Ammar Sulimo", KG_PERSON);
    /* a name joined by "and" to a person's is a person ("A and B agreed") */
    const kg_extraction *z =
        extract("Report\n\nTalks between Prince Norodom Ranariddh and Vong Sothearo ended.");
    ASSERT_ENTITY(z, "Vong Sothearo", KG_PERSON);
    /* a number that is no age, and no commas around it: no person */
    const kg_extraction *y =
        extract("Report\n\nShares in Vexa Tooling, 1250, fell. Orbel Kassam 42 times won.");
    ck_assert_int_lt(find_entity(y, "Vexa Tooling", KG_PERSON), 0);
}
END_TEST

START_TEST(test_typing_surname_of_a_person_named_in_full)
{
    /* a lone surname of a person the text names in full is that person's, against a cue for
     * a body ("a Tanaru adviser"); a headline's verb is no part of a name */
    const kg_extraction *x = extract(
        "Peter Okafor Congratulates Tanaru for Winning Presidential Election\n\n"
        "President Peter Okafor called his rival, Ibrahim Tanaru, to concede, a Tanaru adviser "
        "said. Tanaru, 72, is from the north. Officials close to Tanaru confirmed it.");
    ASSERT_ENTITY(x, "Ibrahim Tanaru", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Tanaru", KG_ORGANISATION);
    ck_assert_msg(!any_name_contains(x, "Congratulates"), "a headline verb in a name:\n%s",
                  dump(x));
    /* a byline has a title's shape too, but it is no title: its name keeps its surname */
    x = extract("Report\n\nOil fell on Monday, traders said.\n\n-- Peter Milling, New York "
                "Energy Desk");
    ASSERT_ENTITY(x, "Peter Milling", KG_PERSON);
    /* a country's adjective derived from its name ("Mozambican": the gazetteer's
     * "Mozambique" is a town and a country, and the country is what the name is) */
    x = extract("Report\n\nMozambican President Ana Lobo met Mexican officials in Mozambique.");
    ASSERT_NO_ENTITY(x, "Mozambican", KG_ORGANISATION);
    ASSERT_NOTHING_NAMED(x, "Mexican");
}
END_TEST

START_TEST(test_typing_name_and_its_acronym_weigh_together)
{
    /* "X (ACR) party": the word after the bracket is the name's; "the ruling ACR" said of
     * the acronym alone counts for the long name it was defined for, whose head ("Council")
     * alone would make it a body */
    const kg_extraction *x = extract(
        "Report\n\nThe leader of the main opposition Popular Renewal Forces (FRP) party said "
        "he will boycott an election in which the ruling National Council for the Defense of "
        "Unity (CNDU) is sure to win. Others joined the FRP. Supporters of the ruling CNDU "
        "disagreed. The electoral commission declared the ruling CNDU winner.");
    ASSERT_ENTITY(x, "Popular Renewal Forces", KG_PARTY);
    ASSERT_ENTITY(x, "National Council for the Defense of Unity", KG_PARTY);
    ASSERT_NO_ENTITY(x, "FRP", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "CNDU", KG_ORGANISATION);
    /* a relative clause after "election in" is no part of the election's name */
    ck_assert_msg(!any_name_contains(x, "which"), "a relative clause in a name:\n%s", dump(x));
    /* negatives: a body's acronym said many times stays the body's, and so does a party's */
    x = extract("Report\n\nThe Organization for Security and Cooperation in Europe (OSCE) "
                "sent observers. The OSCE said the vote was flawed. OSCE monitors agreed, and "
                "the OSCE chairman spoke. The Velmarian Socialist Party (VSP) won. The VSP "
                "said so, and the VSP thanked its voters.");
    ASSERT_ENTITY(x, "Organization for Security and Cooperation in Europe", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "OSCE", KG_PARTY);
    ASSERT_ENTITY(x, "Velmarian Socialist Party", KG_PARTY);
    ASSERT_NO_ENTITY(x, "VSP", KG_ORGANISATION);
    /* an acronym two names define joins neither: each keeps its own type */
    x = extract("Report\n\nThe Movement for Democratic Change (MDC) said on Monday it would "
                "attend. The Ministry of Defence and Culture (MDC) said it would not. Officials "
                "of the MDC met in Harare.");
    ASSERT_ENTITY(x, "Movement for Democratic Change", KG_PARTY);
    ASSERT_ENTITY(x, "Ministry of Defence and Culture", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_plural_roles_reporters_and_party_appositions)
{
    /* a role in the plural before names: each name is a person's */
    const kg_extraction *x =
        extract("Report\n\nThe coalition includes main opposition candidates Amadou Tiegbara and "
                "Lucien Konan Bekro. VOA's Barry Lindhouse reports from Velmar that talks go on. "
                "He said the ruling party, the VDM, would lose.");
    ASSERT_ENTITY(x, "Amadou Tiegbara", KG_PERSON);
    ASSERT_ENTITY(x, "Lucien Konan Bekro", KG_PERSON);
    /* an outlet's reporter "reports" as its outlets do, and is no outlet */
    ASSERT_ENTITY(x, "Barry Lindhouse", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Barry Lindhouse", KG_ORGANISATION);
    /* "the ruling party, the VDM": an apposition to the word party */
    ASSERT_ENTITY(x, "VDM", KG_PARTY);
    /* negatives: an outlet still reports; a body set off after "the party's" is no party */
    x = extract("Report\n\nVelmar Nightly News reported the vote. The party's ally, the "
                "Velmar Trade Union, protested.");
    ASSERT_ENTITY(x, "Velmar Nightly News", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Velmar Trade Union", KG_PARTY);
    /* a title set off after the name, past an article and words that qualify it, is a
     * person's whatever the name's words; a body's apposition is no title */
    x = extract("Report\n\nThe talks went on. Later, Tendai Mbiriri, a senior VDM official, "
                "agreed. Officials of Velmar Watch, a rights group, left.");
    ASSERT_ENTITY(x, "Tendai Mbiriri", KG_PERSON);
    ASSERT_REL(x, "Tendai Mbiriri", KG_AFFILIATED_WITH, "VDM");
    ASSERT_NO_ENTITY(x, "Velmar Watch", KG_PERSON);
    /* the qualifying words may be a body's name in capitals */
    x = extract("Report\n\nMarko Dellan, the Freedom Front candidate, criticized the plan. "
                "Velmar, the Freedom Front stronghold, voted.");
    ASSERT_ENTITY(x, "Marko Dellan", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Velmar", KG_PERSON);
    /* found by review: the title heads a possessive that qualifies another noun */
    x = extract("Report\n\nCrowds gathered in Port Velmar, the Freedom Front leader's hometown, "
                "on Sunday.");
    ASSERT_NO_ENTITY(x, "Port Velmar", KG_PERSON);
}
END_TEST

START_TEST(test_typing_firm_of_partners_joined_by_ampersand)
{
    /* a firm's name joins its partners with "&" before its legal form */
    const kg_extraction *x = extract("Report\n\nDouglas & Lomason Co said profits rose, "
                                     "analysts at Velmar Wertheim & Co said.");
    ASSERT_ENTITY(x, "Douglas & Lomason Co", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Velmar Wertheim & Co", KG_ORGANISATION);
    ck_assert_uint_eq(count_type(x, KG_PLACE), 0);
    /* a firm named with its legal form is called by its name without it, whatever a given
     * name says */
    x = extract("Report\n\nJohnson Controls Inc and Lear Corp bid. Johnson Controls lost.");
    ASSERT_ENTITY(x, "Johnson Controls", KG_ORGANISATION);
    /* and its first word is no name of it: a town stays the town (a review's case) */
    x = extract("Report\n\nBoston Scientific Corp agreed. The mayor of Boston welcomed the "
                "deal in Boston.");
    ASSERT_ENTITY(x, "Boston", KG_PLACE);
    /* a sentence's first word opens no firm's name ("Yesterday Douglas & Lomason Co") */
    x = extract("Report\n\nYesterday Douglas & Lomason Co said profits rose.");
    ck_assert_msg(!any_name_contains(x, "Yesterday"), "%s", dump(x));
    /* a month before a body's name dates what follows, it is no word of the name */
    x = extract("Report\n\nThe August National Association of Purchasing Management index "
                "rose.");
    ASSERT_ENTITY(x, "National Association of Purchasing Management", KG_ORGANISATION);
    ck_assert_msg(!any_name_contains(x, "August"), "%s", dump(x));
    /* negative: "&" without a firm's legal form joins nothing */
    x = extract("Report\n\nAnna Berg & Ivan Tamm Institute staff met.");
    ck_assert_msg(!any_name_contains(x, "&"), "%s", dump(x));
}
END_TEST

START_TEST(test_typing_number_words_and_a_bare_congress)
{
    /* a cardinal in words opens a sentence as a capitalised word, no name ("Fifty-four
     * members of ..."); "Congress" with nothing before it that makes it a meeting is a
     * legislature, not a party congress */
    const kg_extraction *x = extract(
        "54 Members of Congress Write President of Velmaria\n\nMarch 3, 2006\n\nFifty-four "
        "members of the United States Senate wrote to President Torvan Malek. Twenty members "
        "of the Velmar Party met. The 5th Congress of the Velmar Party opened in May.");
    ck_assert_msg(!any_name_contains(x, "Fifty") && !any_name_contains(x, "Twenty"),
                  "a number word named:\n%s", dump(x));
    ck_assert_msg(find_entity(x, "Congress", KG_EVENT) < 0, "Congress an event:\n%s", dump(x));
    ck_assert_msg(event_of_kind(x, "meeting") >= 0 || any_name_contains(x, "5th Congress"),
                  "the party's congress lost:\n%s", dump(x));
}
END_TEST

START_TEST(test_typing_capital_apposition_or_reporting_clause)
{
    /* "in the capital, X" names the capital, unless X is the subject of a reporting clause
     * ("in the capital, Issoufou says"): then X is the person the text named */
    const kg_extraction *x = extract(
        "Report\n\nOpposition leader Mohamadou Tandjaro says the vote is a coup.\n\nOpponents "
        "held rallies in the capital, Tandjaro says, but not elsewhere. Others marched in the "
        "capital, Zarvasha, on Monday.");
    ASSERT_NO_ENTITY(x, "Tandjaro", KG_PLACE);
    ASSERT_ENTITY(x, "Mohamadou Tandjaro", KG_PERSON);
    ASSERT_ENTITY(x, "Zarvasha", KG_PLACE);
}
END_TEST

static Suite *typing_suite(void)
{
    Suite *s = suite_create("typing");
    TCase *tc = tcase_create("typing");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_typing_title_of_the_party_before_a_name_is_a_person);
    tcase_add_test(tc, test_typing_body_before_a_title_is_no_list_item);
    tcase_add_test(tc, test_typing_weak_list_item_takes_the_list_type);
    tcase_add_test(tc, test_typing_place_and_person_keep_their_types);
    tcase_add_test(tc, test_typing_bare_generic_head_names_nothing);
    tcase_add_test(tc, test_typing_census_given_names);
    tcase_add_test(tc, test_typing_numbered_congress_is_an_event);
    tcase_add_test(tc, test_typing_mission_in_a_country_is_one_name);
    tcase_add_test(tc, test_typing_places_bodies_and_companies_by_their_evidence);
    tcase_add_test(tc, test_typing_names_of_narrative_news);
    tcase_add_test(tc, test_typing_appositions_and_list_lines);
    tcase_add_test(tc, test_typing_apposition_is_no_list_and_a_continent_no_person);
    tcase_add_test(tc, test_typing_opposition_leader_of_a_movement);
    tcase_add_test(tc, test_typing_governments_of_countries);
    tcase_add_test(tc, test_typing_person_by_surname_repeated_alone);
    tcase_add_test(tc, test_typing_lower_case_ministry_of_a_country);
    tcase_add_test(tc, test_typing_body_a_role_is_held_in);
    tcase_add_test(tc, test_typing_body_based_in_a_place);
    tcase_add_test(tc, test_typing_demonyms_formed_from_country_names);
    tcase_add_test(tc, test_typing_outlets_report_and_bodies_have_members);
    tcase_add_test(tc, test_typing_people_by_age_and_counterpart);
    tcase_add_test(tc, test_typing_surname_of_a_person_named_in_full);
    tcase_add_test(tc, test_typing_name_and_its_acronym_weigh_together);
    tcase_add_test(tc, test_typing_plural_roles_reporters_and_party_appositions);
    tcase_add_test(tc, test_typing_firm_of_partners_joined_by_ampersand);
    tcase_add_test(tc, test_typing_number_words_and_a_bare_congress);
    tcase_add_test(tc, test_typing_capital_apposition_or_reporting_clause);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(typing_suite()) == 0 ? 0 : 1;
}
