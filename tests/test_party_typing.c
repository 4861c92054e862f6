/* test_party_typing: when a name is a party, on the evidence the whole document gives
 * (kx_typing.c, kx_party_lists.c): party cues anywhere in the document, lists the text calls
 * parties, the lexicon's parties, seats, shares of the vote, acronyms and programmes; each with
 * the cases that must not become parties. Names are invented. */
#include "extract_fixture.h"

#include <string.h>

START_TEST(test_typing_party_cue_elsewhere_types_every_mention)
{
    /* "secretary of Ortak" alone reads as an organisation; the party cue two sentences on
     * says what Ortak is, and the document has one Ortak */
    const kg_extraction *x =
        extract("Report\n\nAn executive secretary of Ortak, Bolat Zhanuzakov, opened the debate. "
                "Voters like the Ortak party, polls show.");
    ASSERT_ENTITY(x, "Ortak", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Ortak", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_list_called_parties)
{
    const kg_extraction *x =
        extract("Report\n\nThe Ortak, Birlik Zholy and Tuganyr parties passed the threshold. "
                "Seats went to parties such as Zhasyl Orken and Kelisim.");
    ASSERT_ENTITY(x, "Ortak", KG_PARTY);
    ASSERT_ENTITY(x, "Birlik Zholy", KG_PARTY);
    ASSERT_ENTITY(x, "Tuganyr", KG_PARTY);
    ASSERT_ENTITY(x, "Zhasyl Orken", KG_PARTY);
    ASSERT_ENTITY(x, "Kelisim", KG_PARTY);
    ASSERT_COUNT(x, KG_ORGANISATION, 0);
}
END_TEST

START_TEST(test_typing_list_words_of_english_are_no_parties)
{
    const kg_extraction *x =
        extract("Report\n\nAll parties, as well as independent candidates, compete for votes. "
                "Political parties and public bodies should listen.");
    ASSERT_COUNT(x, KG_PARTY, 0);
    ASSERT_NOTHING_NAMED(x, "All");
    ASSERT_NOTHING_NAMED(x, "Political");
}
END_TEST

START_TEST(test_typing_name_coordinated_with_a_party)
{
    const kg_extraction *x =
        extract("Report\n\nThe Ortak party and Birlik debated the budget on Monday.");
    ASSERT_ENTITY(x, "Ortak", KG_PARTY);
    ASSERT_ENTITY(x, "Birlik", KG_PARTY);
}
END_TEST

START_TEST(test_typing_party_lexicon_is_evidence)
{
    /* Party Facts lists Nur Otan; with no other cue the lexicon decides the type */
    ck_assert(in_list(KG_LIST_PARTIES, "Nur Otan"));
    const kg_extraction *x =
        extract("Report\n\nNur Otan won most seats, and its leader thanked the voters.");
    ASSERT_ENTITY(x, "Nur Otan", KG_PARTY);
    /* the lexicon holds no acronyms, demonyms or single words of English ("Turkmen",
     * "AFP", "Progress"), and no phrase of dictionary words unless each word is written as a
     * name: "United Russia" is there, "Public affairs" is not */
    ck_assert(!in_list(KG_LIST_PARTIES, "Turkmen"));
    ck_assert(!in_list(KG_LIST_PARTIES, "AFP"));
    ck_assert(!in_list(KG_LIST_PARTIES, "Progress"));
    ck_assert(in_list(KG_LIST_PARTIES, "United Russia"));
    ck_assert(!in_list(KG_LIST_PARTIES, "Public affairs"));
    /* a party of dictionary words named with no cue, and such words in a title: no party */
    const kg_extraction *y =
        extract("Report\n\nJan Nowak, a founding Civic Platform member, spoke in Lodz. Ambassador "
                "Linda Buangan served as Public Affairs Officer at the U.S. Consulate in Chennai.");
    ASSERT_ENTITY(y, "Civic Platform", KG_PARTY);
    ck_assert_msg(count_type(y, KG_PARTY) == 1, "one party expected:\n%s", dump(y));
}
END_TEST

START_TEST(test_typing_lexicon_party_holding_a_place)
{
    /* a party the lexicon names as a whole is the party, though a place ("Ukraine",
     * "Armenia") stands inside its name */
    ck_assert(in_list(KG_LIST_PARTIES, "Our Ukraine"));
    const kg_extraction *x = extract(
        "Report\n\nThe elections were won by Our Ukraine, led by Anna Bergstrom. Tomas Reyes, a "
        "Prosperous Armenia deputy, spoke in Yerevan.");
    ASSERT_ENTITY(x, "Our Ukraine", KG_PARTY);
    ASSERT_ENTITY(x, "Prosperous Armenia", KG_PARTY);
    ASSERT_REL(x, "Tomas Reyes", KG_AFFILIATED_WITH, "Prosperous Armenia");
    ASSERT_NO_ENTITY(x, "Ukraine", KG_PLACE);
    /* negative: a place of several words stays a place, and a place beside a party word
     * outside the lexicon is no party */
    const kg_extraction *y =
        extract("Report\n\nThe talks in South Africa and New Ukraine Moscow were held.");
    ASSERT_ENTITY(y, "South Africa", KG_PLACE);
    ck_assert_msg(count_type(y, KG_PARTY) == 0, "no party expected:\n%s", dump(y));
}
END_TEST

START_TEST(test_typing_party_names_with_adjective_and_possessive)
{
    /* an adjective of nationality opens a party's name, a common noun's possessive sits
     * inside it; a country's possessive does not */
    const kg_extraction *x = extract(
        "Report\n\nResults show the ruling Mongolian People's Revolutionary Party ahead of the "
        "Syrian Social Nationalist Party and the Ortak Workers' Union. Kazakhstan's Party of "
        "Greens sat out.");
    ASSERT_ENTITY(x, "Mongolian People's Revolutionary Party", KG_PARTY);
    ASSERT_ENTITY(x, "Syrian Social Nationalist Party", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Revolutionary Party", KG_PARTY);
    ASSERT_NOTHING_NAMED(x, "Kazakhstan's Party of Greens");
}
END_TEST

START_TEST(test_typing_party_lists_seats_and_short_forms)
{
    const kg_extraction *x = extract(
        "Report\n\nThe Ortak Party hoped to govern with Zhasyl (13 seats), Birlik and New "
        "Movement (3 seats) and Tuganyr (15 seats). Besides Ortak and Tuganyr, Adal Zholy, "
        "Kelisim, National Accord and Dala Zholy backed the plan. Other parties (Nurly, Balakh "
        "and the United Kozy List) made no suggestion. Ortak members then visited Astana, "
        "Almaty and Taraz. A coalition of Ortak and Aidos Serikbayev's party failed.");
    ASSERT_ENTITY(x, "Zhasyl", KG_PARTY);
    ASSERT_ENTITY(x, "Birlik and New Movement", KG_PARTY);
    ASSERT_ENTITY(x, "Tuganyr", KG_PARTY);
    ASSERT_ENTITY(x, "Adal Zholy", KG_PARTY);
    ASSERT_ENTITY(x, "National Accord", KG_PARTY);
    ASSERT_ENTITY(x, "Kelisim", KG_PARTY);
    ASSERT_ENTITY(x, "Dala Zholy", KG_PARTY);
    ASSERT_ENTITY(x, "Nurly", KG_PARTY);
    ASSERT_ENTITY(x, "Balakh", KG_PARTY);
    ASSERT_ENTITY(x, "United Kozy List", KG_PARTY);
    /* "Ortak" and "Ortak Party" are one party */
    ASSERT_ENTITY(x, "Ortak", KG_PARTY);
    ck_assert_int_eq(find_entity(x, "Ortak", KG_PARTY), find_entity(x, "Ortak Party", KG_PARTY));
    /* negatives: the places a party visits stay places; a person winning votes is a person */
    ASSERT_ENTITY(x, "Astana", KG_PLACE);
    ASSERT_ENTITY(x, "Taraz", KG_PLACE);
    ASSERT_NO_ENTITY(x, "Aidos Serikbayev", KG_PARTY);
    const kg_extraction *y = extract(
        "Report\n\nAidos Serikbayev won 66 percent of the votes, and Serikbayev thanked them.");
    ASSERT_ENTITY(y, "Aidos Serikbayev", KG_PERSON);
}
END_TEST

START_TEST(test_typing_parties_by_what_they_have)
{
    /* deputies, candidates and factions are a party's, without the word "party" */
    const kg_extraction *x =
        extract("Report\n\nAk Zholtan deputies walked out. The Amanar candidate won. Likmud "
                "lawmakers agreed.");
    ASSERT_ENTITY(x, "Ak Zholtan", KG_PARTY);
    ASSERT_ENTITY(x, "Amanar", KG_PARTY);
    ASSERT_ENTITY(x, "Likmud", KG_PARTY);
    /* a person's candidate is no party, and a body's reporter is the body's */
    const kg_extraction *y =
        extract("Report\n\nKassym-Jomart Tokayev's candidate lost. A Zorvex reporter saw it.");
    ck_assert(count_type(y, KG_PARTY) == 0);
    ASSERT_ENTITY(y, "Zorvex", KG_ORGANISATION);
    /* what a leader leads is a party when its name has a head parties take ("leader of the
     * Sunrise Coalition"); a body's head keeps it a body, and a bare name says nothing
     * (armed groups have leaders too) */
    x = extract("Report\n\nSanjar Umarkin, leader of the Sunrise Coalition, is in prison. Anna "
                "Berg, leader of the Velsk Institute, spoke. Ayman Zawar, the leader of Al "
                "Qamar, was killed.");
    ASSERT_ENTITY(x, "Sunrise Coalition", KG_PARTY);
    ASSERT_ENTITY(x, "Velsk Institute", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Al Qamar", KG_PARTY);
}
END_TEST

START_TEST(test_typing_parties_by_their_share_of_the_vote)
{
    /* a share of the vote is a party's or a candidate's: a party's when nothing else speaks
     * for a person, a candidate's when the name is a person's (a surname's ending, the full
     * name elsewhere in the text) */
    const kg_extraction *x = extract(
        "Report\n\nIn the election, Zhartas received just 6.61% of the vote, and Amanar was "
        "winning 54 percent. Former minister Ivar Kolbeinn Sandqvist ran too; Kolbeinn "
        "Sandqvist got 3 percent of ballots cast, and Nurlanbayev obtained 2 per cent of the "
        "vote.");
    ASSERT_ENTITY(x, "Zhartas", KG_PARTY);
    ASSERT_ENTITY(x, "Amanar", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Kolbeinn Sandqvist", KG_PARTY);
    ASSERT_ENTITY(x, "Nurlanbayev", KG_PERSON);
    /* a share of something else is no vote; a body's name stays a body's */
    x = extract("Report\n\nMongolia received 10 percent of the investment. The Velmar "
                "Institute got 5 percent of the vote.");
    ASSERT_COUNT(x, KG_PARTY, 0);
    ASSERT_ENTITY(x, "Velmar Institute", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_lone_word_beside_a_party_in_a_list)
{
    /* a lone word joined to a party's name by "and" is an item of the list, and a party with
     * all its mentions ("the chairman of Zhartas"); a word the text also writes in lower
     * case, or an acronym, is no such item */
    const kg_extraction *x =
        extract("Report\n\nThe Velmar Party and Zhartas, the two largest groups, were banned. The "
                "chairman of Zhartas fled to Osh.");
    ASSERT_ENTITY(x, "Zhartas", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Zhartas", KG_ORGANISATION);
    x = extract("Report\n\nOfficials of the Velmar Institute and Kenesheks met. The kenesheks "
                "are local councils. Patients with TB and the Velmar Institute met.");
    ASSERT_NOTHING_NAMED(x, "Kenesheks");
    ASSERT_NOTHING_NAMED(x, "TB");
}
END_TEST

START_TEST(test_typing_parties_by_what_they_do)
{
    /* parties field candidates, have majorities, and are "the party" of the next clause */
    const kg_extraction *x = extract(
        "Report\n\nPresident Arvo Pellinen's ZANTOR-PF did not field a candidate. Velkor does "
        "not have a majority in parliament - in March elections, the party won 99 seats.");
    ASSERT_ENTITY(x, "ZANTOR-PF", KG_PARTY);
    ASSERT_ENTITY(x, "Velkor", KG_PARTY);
    /* a body that registers "the party", or has a majority of something, stays a body */
    x = extract("Report\n\nThe Velmar Election Commission registered the party on Monday. "
                "The Velmar Institute has a majority of women.");
    ASSERT_ENTITY(x, "Velmar Election Commission", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Velmar Institute", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_review_negatives_of_party_cues)
{
    /* a place's share of a poll is no party's; a leader has a majority too; a lone word beside
     * a person is no item of a party list */
    const kg_extraction *x = extract(
        "Report\n\nSupport was highest in Florida (54%) and lowest in Ohio (31%) in the poll. "
        "Angela Merkel met party leaders. Merkel does not have a majority in parliament. "
        "Brexit and Boris Johnson dominated the campaign.");
    ASSERT_ENTITY(x, "Florida", KG_PLACE);
    ASSERT_ENTITY(x, "Ohio", KG_PLACE);
    ASSERT_COUNT(x, KG_PARTY, 0);
    ASSERT_NO_ENTITY(x, "Brexit", KG_PERSON);
}
END_TEST

START_TEST(test_typing_acronym_of_a_party)
{
    /* "the DPJ" spells the Democratic Party of Japan: one party, not a body beside it */
    const kg_extraction *x =
        extract("Report\n\nCheers went up at the headquarters of the Democratic Party of Velmaria. "
                "The DPV appeared set to gain 300 seats. The UNDP and the DPA were there.");
    ASSERT_ENTITY(x, "Democratic Party of Velmaria", KG_PARTY);
    ASSERT_NO_ENTITY(x, "DPV", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_PARTY, 1);
    /* acronyms that spell no party stay bodies */
    ASSERT_ENTITY(x, "UNDP", KG_ORGANISATION);
    ASSERT_ENTITY(x, "DPA", KG_ORGANISATION);
}
END_TEST

START_TEST(test_typing_programme_tips_a_shared_head_to_a_party)
{
    /* "Movement", "Front", "Coalition" head parties and other bodies alike: a persuasion or
     * a liberation programme in the name makes it a party; civic nouns do not */
    const kg_extraction *x =
        extract("Report\n\nThe Popular Movement for the Liberation of Velmaria held a rally. "
                "The Torvane Opposition Coalition protested. The Coalition for Democracy and "
                "Civil Society observed the vote. The African Union met. The Torvane Labor Union "
                "struck.");
    ASSERT_ENTITY(x, "Popular Movement for the Liberation of Velmaria", KG_PARTY);
    ASSERT_ENTITY(x, "Torvane Opposition Coalition", KG_PARTY);
    ASSERT_ENTITY(x, "Coalition for Democracy and Civil Society", KG_ORGANISATION);
    ASSERT_ENTITY(x, "African Union", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Torvane Labor Union", KG_ORGANISATION);
    /* words as often civic as political */
    x = extract("Report\n\nThe Green Belt Movement planted trees. The Social Justice "
                "Coalition marched.");
    ASSERT_ENTITY(x, "Green Belt Movement", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Social Justice Coalition", KG_ORGANISATION);
}
END_TEST

static Suite *party_typing_suite(void)
{
    Suite *s = suite_create("party_typing");
    TCase *tc = tcase_create("party_typing");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_typing_party_cue_elsewhere_types_every_mention);
    tcase_add_test(tc, test_typing_list_called_parties);
    tcase_add_test(tc, test_typing_list_words_of_english_are_no_parties);
    tcase_add_test(tc, test_typing_name_coordinated_with_a_party);
    tcase_add_test(tc, test_typing_party_lexicon_is_evidence);
    tcase_add_test(tc, test_typing_lexicon_party_holding_a_place);
    tcase_add_test(tc, test_typing_party_names_with_adjective_and_possessive);
    tcase_add_test(tc, test_typing_party_lists_seats_and_short_forms);
    tcase_add_test(tc, test_typing_parties_by_what_they_have);
    tcase_add_test(tc, test_typing_parties_by_their_share_of_the_vote);
    tcase_add_test(tc, test_typing_lone_word_beside_a_party_in_a_list);
    tcase_add_test(tc, test_typing_parties_by_what_they_do);
    tcase_add_test(tc, test_typing_review_negatives_of_party_cues);
    tcase_add_test(tc, test_typing_acronym_of_a_party);
    tcase_add_test(tc, test_typing_programme_tips_a_shared_head_to_a_party);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(party_typing_suite()) == 0 ? 0 : 1;
}
