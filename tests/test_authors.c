/* test_authors: who speaks a whole text, on invented statements: a statement's author named
 * in its headline or byline ("Remarks by X", "Testimony :: Hon. X", "X, Secretary of State,
 * Washington"), the author's role line, the sponsors of a resolution, and the headlines and
 * reports that name no author, each with cases that must match and cases that must not. */
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_speech_author_of_a_post)
{
    /* "The following is a post by X" after a headline, a date, a dateline and a standfirst:
     * the first-person text is X's */
    const kg_extraction *x = extract(
        "Year in Review\n\nJanuary 10, 2014\n\nAstana, Kazakhstan\n\nRelations are better "
        "than ever\n\nThe following is a post by Anna Bergstrom, Ambassador to Kazakhstan.\n\n"
        "It is fair to say that I saw a busy year. Tomas Reyes visited Kazakhstan in September "
        "and met leading ministers.");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Tomas Reyes");
    /* negative: a text in the third person has no author who speaks all of it */
    const kg_extraction *y =
        extract("Year in Review\n\nJanuary 10, 2014\n\nThe following is a post by Anna Bergstrom, "
                "Ambassador to Kazakhstan.\n\nTomas Reyes visited Kazakhstan in September and met "
                "leading ministers.");
    ASSERT_NO_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Tomas Reyes");
}
END_TEST

START_TEST(test_extract_delivered_remarks_is_speech)
{
    const kg_extraction *x =
        extract(MEETING "Ruslan Tokenov delivered opening remarks on trade with Mongolia.\n\n"
                        "Serik Bekov delivered grain to Tajikistan.");
    ck_assert_msg(spoke_at_main(x, "Ruslan Tokenov", (size_t)-1), "%s", dump(x));
    ASSERT_REL(x, "Ruslan Tokenov", KG_DISCUSSED, "Mongolia");
    ck_assert_msg(!spoke_at_main(x, "Serik Bekov", (size_t)-1), "%s", dump(x));
    ASSERT_NO_REL(x, "Serik Bekov", KG_DISCUSSED, "Tajikistan");
}
END_TEST

START_TEST(test_extract_statement_author_speaks)
{
    /* a first-person statement under a byline is its author's speech */
    const kg_extraction *x = extract(
        "Elections in Mongolia\n\nAnna Petrova, Foreign Minister, Vilnius\n\nI congratulate "
        "the people of Mongolia on the vote. We will work with the OSCE.");
    ASSERT_REL(x, "Anna Petrova", KG_DISCUSSED, "Mongolia");
    ASSERT_REL(x, "Anna Petrova", KG_DISCUSSED, "OSCE");
    /* "Remarks by X" */
    x = extract("Remarks by Ambassador Daulet Seitov at the Council\n\nWe welcome the report on "
                "Tajikistan.");
    ASSERT_REL(x, "Daulet Seitov", KG_DISCUSSED, "Tajikistan");
    /* a spokesperson's third-person account is not the spokesperson's own speech */
    x = extract("Statement by Spokesperson Anna Petrova on the Trip\n\nThe delegation visited "
                "Mongolia and met officials of Tajikistan.");
    ASSERT_NO_REL(x, "Anna Petrova", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_speech_author_of_remarks_named_in_the_headline)
{
    /* "X's Remarks at Y": X speaks the whole text; whom the speech thanks and where it is
     * given are no topics */
    const kg_extraction *x = extract(
        "Assistant Secretary Tamsin Holloway's Remarks at the Westbrook Institute\n\n"
        "April 1, 2014\n\nThank you, Rector Ivar Sandqvist, for the kind introduction. I am "
        "glad to be here at the prestigious Westbrook Institute. Mongolia has a rich past, and "
        "I look forward to working with Chile. We looked at the troubled Moldova economy.");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Mongolia");
    /* a name that modifies a noun after "at the troubled" is no venue */
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Moldova");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Chile");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Ivar Sandqvist");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Westbrook Institute");
}
END_TEST

START_TEST(test_speech_author_before_remarks_in_the_headline)
{
    /* "Ambassador X Introductory Op-Ed ...", "Ambassador X Remarks at Y": the name opens the
     * headline and what X wrote follows it */
    const kg_extraction *x =
        extract("Ambassador Tamsin Holloway Introductory Op-Ed Velmaria and America\n\nMarch 16, "
                "2016\n\nIt is a privilege to serve. I look forward to working with Mongolia.");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Mongolia");
    x = extract("Ambassador Tamsin Holloway Remarks at the Westbrook Institute\n\nMarch 16, "
                "2016\n\nI look forward to working with Mongolia.");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Mongolia");
    /* "Testimony :: Hon. X": the headline names the text's kind, then its author */
    x = extract("Testimony :: Hon. Robert Holloway\n\nJune 2009\n\nWelcome to this briefing. "
                "I think Mongolia has done well.");
    ASSERT_REL(x, "Robert Holloway", KG_DISCUSSED, "Mongolia");
    /* "Charge d'Affaires X: Statement on Y": the titled name, a colon, what X wrote (the
     * title written without its accent, the surname a word of English) */
    x = extract("Charge d\u2019Affaires Fuller: Statement on Elections in Velmaria\n\nApril 14, "
                "2011\n\nWe urge Velmaria to free the prisoners held by the Tarva Council.");
    ASSERT_ENTITY(x, "Fuller", KG_PERSON);
    ASSERT_REL(x, "Fuller", KG_DISCUSSED, "Tarva Council");
    /* a colon after a name that no title opens names no author */
    x = extract("Tarva Council: Statement on Elections in Velmaria\n\nApril 14, 2011\n\nWe "
                "urge Velmaria to free the prisoners.");
    ASSERT_COUNT(x, KG_PERSON, 0);
    /* "Letter of Support for X": no author, the name is not right after */
    x = extract("Letter of Support for Maria Lopez\n\nMarch 16, 2016\n\nI write to support "
                "her work on Mongolia.");
    ASSERT_NO_REL(x, "Maria Lopez", KG_DISCUSSED, "Mongolia");
    /* negatives: a verb between the name and the noun ("Will Address Graduates"), and a
     * headline that tells of the person's remarks in a report */
    x = extract("Governor Tamsin Holloway Will Address Graduates at Westbrook\n\nMarch 16, "
                "2016\n\nWe expect a fine day. We thank the Acme Foundation.");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Acme Foundation");
    x = extract("Critics Slam Tamsin Holloway Remarks on Mongolia\n\nMarch 16, 2016\n\nCritics "
                "said the remarks on Chile were wrong. We disagree.");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Chile");
}
END_TEST

START_TEST(test_speech_author_role_line_under_the_byline)
{
    /* a line of its own under the byline, a date line between: the author's title and body */
    const kg_extraction *x =
        extract("Testimony :: Hon. Robert Holloway\n\nJune 2, 2009\n\nCo-Chairman - Westbrook "
                "Commission on Trade\n\nWelcome to this briefing. I think Mongolia has done well.");
    ASSERT_REL(x, "Robert Holloway", KG_AFFILIATED_WITH, "Westbrook Commission on Trade");
    ASSERT_NO_REL(x, "Robert Holloway", KG_DISCUSSED, "Westbrook Commission on Trade");
    ASSERT_REL(x, "Robert Holloway", KG_DISCUSSED, "Mongolia");
    x = extract("Remarks by Robert Holloway\n\nAmbassador, Embassy of Mongolia\n\nI think "
                "Mongolia has done well.");
    ASSERT_REL(x, "Robert Holloway", KG_AFFILIATED_WITH, "Embassy of Mongolia");
    /* negatives: a line without a title is a subject ("Westbrook Commission on Trade"), a
     * sentence is no role line, and a line under a report's headline names no author's role */
    x = extract("Testimony :: Hon. Robert Holloway\n\nJune 2, 2009\n\nWestbrook Commission "
                "on Trade\n\nWelcome to this briefing. I think Mongolia has done well.");
    ASSERT_NO_REL(x, "Robert Holloway", KG_AFFILIATED_WITH, "Westbrook Commission on Trade");
    x = extract("Testimony :: Hon. Robert Holloway\n\nThe Chairman of the Westbrook Commission "
                "on Trade resigned.\n\nWelcome to this briefing. I think Mongolia has done well.");
    ASSERT_NO_REL(x, "Robert Holloway", KG_AFFILIATED_WITH, "Westbrook Commission on Trade");
    x = extract("Robert Holloway Visits Mongolia\n\nChairman - Westbrook Commission on "
                "Trade\n\nThe senator arrived in Ulaanbaatar on Monday.");
    ASSERT_NO_REL(x, "Robert Holloway", KG_AFFILIATED_WITH, "Westbrook Commission on Trade");
    /* found by review: a letter's addressee block */
    x = extract("Letter :: Robert Holloway\n\nChairman, Westbrook Commission on Trade\n\nDear Mr. "
                "Chairman, I write to protest your decision on Mongolia.");
    ASSERT_NO_REL(x, "Robert Holloway", KG_AFFILIATED_WITH, "Westbrook Commission on Trade");
}
END_TEST

START_TEST(test_speech_role_line_of_titles_and_a_body_is_no_headline)
{
    /* "Assistant Secretary, Bureau of X Affairs" under the byline's name: a role line, whose
     * body's name ends with its last word (a headline's "Affairs" would be a common word) */
    const kg_extraction *x =
        extract("Press Conference in Velsk\n\nApril 12, 2011\n\nRobert O. Velan, Jr.\nAssistant "
                "Secretary, Bureau of Northern and Central Asian Affairs\n\nGood afternoon. We "
                "thank the people of Velsk.");
    ASSERT_ENTITY(x, "Bureau of Northern and Central Asian Affairs", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Bureau of Northern and Central Asian", KG_ORGANISATION);
    /* a headline of title-case words stays one: its verb is in no name */
    x = extract("Ministers Approve Budget of Central Asian Affairs\n\nThe budget passed.");
    ck_assert_msg(!any_name_contains(x, "Approve"), "%s", dump(x));
}
END_TEST

START_TEST(test_speech_sponsors_of_a_resolution)
{
    /* "Mr. X (for himself and Mr. Y) submitted the following resolution": the resolution is
     * both sponsors' words; the committee it is referred to is no topic */
    const kg_extraction *x = extract(
        "URGING DEMOCRATIC ELECTIONS IN MONGOLIA\n\nMay 3, 2005\n\nMr. Arvo Pellinen (for "
        "himself and Mr. Tomas Brandt) submitted the following resolution; which was referred "
        "to the Committee on Foreign Relations:\n\nWhereas Mongolia held elections in 2004;"
        "\n\nResolved, That the Senate supports Chile.");
    ASSERT_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Mongolia");
    ASSERT_REL(x, "Tomas Brandt", KG_DISCUSSED, "Chile");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Committee on Foreign Relations");
    /* a report of someone who submitted a resolution is no resolution */
    x = extract("Report\n\nThe vote was close. Later, the Senate debated Mongolia. Mr. Arvo "
                "Pellinen had submitted a resolution on Chile.");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_speech_congressional_record_speaker)
{
    /* the Congressional Record: "HON. X Y. Z of State" names the speaker in capitals (no
     * acronyms), "Mr. Z. Mr. Speaker, ..." opens their words, the paragraphs after it go on */
    const kg_extraction *x =
        extract("HUMAN RIGHTS IN MONGOLIA\n\nMay 26, 1994\n\nHON. ARVO K. PELLINEN of ohio in the "
                "house of representatives\n\nMr. PELLINEN. Mr. Speaker, Mongolia must act.\n\nThe "
                "people of Chile have agreed.");
    ASSERT_ENTITY(x, "ARVO K. PELLINEN", KG_PERSON);
    ASSERT_NOTHING_NAMED(x, "HON");
    ASSERT_NOTHING_NAMED(x, "ARVO");
    ASSERT_REL(x, "ARVO K. PELLINEN", KG_DISCUSSED, "Mongolia");
    ASSERT_REL(x, "ARVO K. PELLINEN", KG_DISCUSSED, "Chile");
    /* a sentence that ends with a name in capitals is no speaker's label */
    x = extract("Report\n\nThe winner was Mr. PELLINEN. Mongolia must act.");
    ASSERT_NO_REL(x, "PELLINEN", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_speech_floor_statement_without_a_heading_line)
{
    /* the member's surname in capitals opens the statement, which addresses the chair: the
     * one who speaks, with no "HON." line above */
    const kg_extraction *x = extract(
        "Urging Reform in Velmaria\n\nSeptember 23, 2010\n\nMr. TORVANE. Madam Speaker, I "
        "rise today to speak of Kazakhstan. I urge NATO to act.\n\nMrs. OKAFOR of Ohio. Mr. "
        "Speaker, I thank the gentleman.");
    ASSERT_ENTITY(x, "TORVANE", KG_PERSON);
    ASSERT_ENTITY(x, "OKAFOR", KG_PERSON);
    ASSERT_REL(x, "TORVANE", KG_DISCUSSED, "Kazakhstan");
    /* a courtesy title before capitals that address no chair names no one */
    x = extract("Report\n\nMr. NOBODY. The weather was fine in Kazakhstan.");
    ck_assert_msg(count_type(x, KG_PERSON) == 0, "a person in:\n%s", dump(x));
}
END_TEST

START_TEST(test_speech_floor_turns_with_the_members_state)
{
    /* "Mr. OKAFOR of Ohio. Mr. Speaker, ...": the label with the member's state opens a turn
     * of the Congressional Record like "Mr. TORVANE." does, so the turn is Okafor's, not the
     * last speaker's; and the state a member is known by ("the gentleman from Ohio") is no
     * topic of the speech */
    const kg_extraction *x = extract(
        "Voicing concern about Velmaria\n\nOctober 30, 2000\n\nMr. TORVANE. Mr. Speaker, I "
        "yield to the gentleman from Ohio (Mr. Okafor).\n\nMr. OKAFOR of Ohio. Mr. Speaker, I "
        "thank the gentleman from Nebraska (Mr. Torvane), and his Subcommittee on Human Rights."
        "\n\nMr. Speaker, the situation in Kazakhstan is a source of concern.");
    ASSERT_REL(x, "OKAFOR", KG_DISCUSSED, "Kazakhstan");
    ASSERT_NO_REL(x, "TORVANE", KG_DISCUSSED, "Kazakhstan");
    ASSERT_NO_REL(x, "OKAFOR", KG_DISCUSSED, "Nebraska");
    ASSERT_NO_REL(x, "TORVANE", KG_DISCUSSED, "Ohio");
    ASSERT_ENTITY(x, "Subcommittee on Human Rights", KG_ORGANISATION);
    /* negative: a state named in the speech itself is a topic */
    x = extract("Report\n\nMr. TORVANE. Mr. Speaker, I rise to speak of Nebraska and its "
                "farmers.\n\nMr. OKAFOR of Ohio. Mr. Speaker, I thank the gentleman.");
    ASSERT_REL(x, "TORVANE", KG_DISCUSSED, "Nebraska");
}
END_TEST

START_TEST(test_speech_titled_author_whose_surname_is_a_word)
{
    /* a headline's "Remarks by <title> <given name> <surname>": the surname may be a word of
     * English ("Mustard") when a title opens the name and the headline ends with it */
    const kg_extraction *x = extract("Fourth of July Remarks by Ambassador Allan Mustard\n\n"
                                     "July 2015\n\nWelcome to our celebration. I thank "
                                     "President Gurbanguly Berdimuhamedov.");
    ASSERT_ENTITY(x, "Allan Mustard", KG_PERSON);
    /* a word of English right after a title is a surname when a verb of speech or a
     * possessive follows */
    x = extract("Report\n\nAs Ambassador Gross said, the talks went well. President Bush's "
                "visit ended. The charge was dropped.");
    ASSERT_ENTITY(x, "Gross", KG_PERSON);
    ASSERT_ENTITY(x, "Bush", KG_PERSON);
    /* not in a list of bodies, nor in a title phrase, nor a title's body ("for Human
     * Rights, X") */
    x = extract("Report\n\nGroups including Citizen Solidarity, Free Velsk and Progress took "
                "part. He is Ambassador Extraordinary and Plenipotentiary of Velsk. The High "
                "Commissioner for Human Rights, Rupert Colville, said so.");
    ASSERT_NO_ENTITY(x, "Solidarity", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Extraordinary", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Rights", KG_PERSON);
    /* what qualifies a title is no surname ("President Elect told") */
    x = extract("Report\n\nThe President Elect told reporters. Prime Minister Designate said "
                "nothing.");
    ASSERT_COUNT(x, KG_PERSON, 0);
    /* without the title, the headline's capitalised word is no surname */
    x = extract("Allan Mustard Seeds Sold Out\n\nJuly 2015\n\nThe shop closed.");
    ck_assert_msg(find_entity(x, "Allan Mustard", KG_PERSON) < 0, "in:\n%s", dump(x));
}
END_TEST

START_TEST(test_speech_review_negatives_of_authors)
{
    /* a report of a bill introduced is no sponsor's text; a headline "MS SOCIETY ..." names
     * no person; "Dear colleagues, X faces" speaks of X */
    const kg_extraction *x =
        extract("Senate rejects bill\n\nWASHINGTON - On Tuesday, Sen. Arvo Pellinen introduced the "
                "following bill to the Senate, which was rejected.\n\nThe vote was close. Mongolia "
                "objected.");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Mongolia");
    x = extract("MS SOCIETY LAUNCHES NEW APPEAL\n\nThe appeal opened in Leeds.");
    ASSERT_COUNT(x, KG_PERSON, 0);
    x = extract("Assistant Secretary Tamsin Holloway's Remarks at the Westbrook Institute\n\n"
                "April 1, 2014\n\nDear colleagues, Mongolia faces serious challenges, and I "
                "am glad to be here.");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_speech_possessive_speech_in_a_report_names_no_author)
{
    /* "X's speech on Friday" inside a report tells of a speech; the text is not X's */
    const kg_extraction *x =
        extract("Leaders meet in Astana\n\nMay 2, 2015\n\nAnalysts said Arvo Pellinen's speech on "
                "Friday was short.\n\nWe expect that Mongolia will answer.");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_speech_author_in_a_headline_byline)
{
    /* a headline that is only a name, its titles and places, in a text in the first
     * person: the name is the author's, "Jr." and all */
    const kg_extraction *x = extract(
        "Robert T. Hale, Jr., Assistant Secretary, Bureau of Trade, Ashgabat, Turkmenistan\n\n"
        "June 14, 2010\n\nThank you Foreign Minister Arvo Pellinen, other members of the "
        "delegation, ladies and gentlemen. I am pleased to be back in Ashgabat. Mr. Hale will "
        "speak about Mongolia tomorrow.");
    long hale = find_entity(x, "Robert T. Hale, Jr.", KG_PERSON);
    ck_assert_msg(hale >= 0, "%s", dump(x));
    ck_assert_int_eq(find_entity(x, "Hale", KG_PERSON), hale);
    ASSERT_NOTHING_NAMED(x, "Jr");
    ASSERT_REL(x, "Robert T. Hale, Jr.", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Robert T. Hale, Jr.", KG_DISCUSSED, "Arvo Pellinen");
}
END_TEST

START_TEST(test_speech_headline_with_a_verb_is_no_byline)
{
    /* a headline that tells of the person is not the author's line */
    const kg_extraction *x = extract(
        "Robert Hale, Trade Envoy, Visits Ashgabat\n\nJune 14, 2010\n\nWe welcome the visit. "
        "Our ministry will discuss Mongolia.");
    ASSERT_NO_REL(x, "Robert Hale", KG_DISCUSSED, "Mongolia");
}
END_TEST

static Suite *authors_suite(void)
{
    Suite *s = suite_create("authors");
    TCase *tc = tcase_create("authors");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_speech_author_of_a_post);
    tcase_add_test(tc, test_extract_delivered_remarks_is_speech);
    tcase_add_test(tc, test_extract_statement_author_speaks);
    tcase_add_test(tc, test_speech_author_of_remarks_named_in_the_headline);
    tcase_add_test(tc, test_speech_author_before_remarks_in_the_headline);
    tcase_add_test(tc, test_speech_author_role_line_under_the_byline);
    tcase_add_test(tc, test_speech_role_line_of_titles_and_a_body_is_no_headline);
    tcase_add_test(tc, test_speech_sponsors_of_a_resolution);
    tcase_add_test(tc, test_speech_congressional_record_speaker);
    tcase_add_test(tc, test_speech_review_negatives_of_authors);
    tcase_add_test(tc, test_speech_possessive_speech_in_a_report_names_no_author);
    tcase_add_test(tc, test_speech_author_in_a_headline_byline);
    tcase_add_test(tc, test_speech_headline_with_a_verb_is_no_byline);
    tcase_add_test(tc, test_speech_floor_statement_without_a_heading_line);
    tcase_add_test(tc, test_speech_floor_turns_with_the_members_state);
    tcase_add_test(tc, test_speech_titled_author_whose_surname_is_a_word);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(authors_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
