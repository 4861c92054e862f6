/* test_speech: who speaks in a sentence and what they speak of, read from the frame of the
 * statement (the inverted "said X of Y", whom a statement is made to or through, other
 * sources), on invented documents. */
#include "extract_fixture.h"

#include <check.h>
#include <string.h>

START_TEST(test_speech_inverted_speaker_with_affiliation)
{
    /* '"...," said X of the Y.': X speaks, not the speaker of the paragraph before, and X's
     * own body is X's affiliation, not a topic */
    const kg_extraction *x =
        extract("Talks end in Geneva\n\n\"Neither side is ready,\" said Anna Bergstrom, an "
                "analyst at the Centre for Policy Research.\n\n\"There is doubt,\" said Tomas "
                "Reyes of the Freedonia Institute.\n\n\"It was a start,\" said Lena Holm from the "
                "Baltic Forum.");
    ASSERT_REL(x, "Tomas Reyes", KG_AFFILIATED_WITH, "Freedonia Institute");
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Tomas Reyes");
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Freedonia Institute");
    ASSERT_NO_REL(x, "Tomas Reyes", KG_DISCUSSED, "Freedonia Institute");
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Lena Holm");
    ASSERT_NO_REL(x, "Lena Holm", KG_DISCUSSED, "Baltic Forum");
    /* negative: "said X" whose verb goes on is not an inverted subject, and a body the
     * speaker names further on is still a topic */
    const kg_extraction *y =
        extract("Report\n\n\"We are ready,\" said Anna Bergstrom of the Centre for Policy "
                "Research, adding that the Freedonia Institute would host the next round.");
    ASSERT_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Freedonia Institute");
}
END_TEST

START_TEST(test_speech_channels_are_no_topics)
{
    /* whom a statement is made to or through is not its subject: "told the X", "according
     * to press agency X", "in an interview with X", "X reported" */
    const kg_extraction *x = extract(
        "Report\n\nMinister Anna Bergstrom told the Freedonia Broadcasting Corporation that "
        "Norland would sign the treaty.\n\nTomas Reyes said Norland sends greetings, "
        "according to the press agency Nordpress.\n\nLena Holm said in an interview with "
        "Radio Nordica that Norland had agreed; Nordic Wire reported the text was ready.");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Norland");
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Freedonia Broadcasting Corporation");
    ASSERT_REL(x, "Tomas Reyes", KG_DISCUSSED, "Norland");
    ASSERT_NO_REL(x, "Tomas Reyes", KG_DISCUSSED, "Nordpress");
    ASSERT_REL(x, "Lena Holm", KG_DISCUSSED, "Norland");
    ASSERT_NO_REL(x, "Lena Holm", KG_DISCUSSED, "Radio Nordica");
    ASSERT_NO_REL(x, "Lena Holm", KG_DISCUSSED, "Nordic Wire");
    /* negative: a body spoken of after "to" or "with" is still a topic */
    const kg_extraction *y = extract("Report\n\nAnna Bergstrom said Norland would turn to the "
                                     "Freedonia Broadcasting Corporation for help.");
    ASSERT_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Freedonia Broadcasting Corporation");
}
END_TEST

START_TEST(test_speech_message_of_its_sender)
{
    /* "X sent greetings to Y. The message reads, in part:" and a quotation of several
     * paragraphs that only the first opens: all of it is X's; "our recent talks in Z" is a
     * meeting X took part in, and Z is where it was, not a topic */
    const kg_extraction *x = extract(
        "Greetings to Tomas Reyes\n\nPresident Anna Bergstrom sent birthday greetings to "
        "President of Norland Tomas Reyes.\n\nThe message reads, in part:\n\n\u201cUnder your "
        "guidance, Norland has achieved much.\n\nI fondly remember our recent talks in "
        "Tashkent. I hope to continue our work for the peoples of Kazakhstan and "
        "Norland.\u201d\n\nThe reply is expected soon, Lena Holm said of Kazakhstan.");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Norland");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Kazakhstan");
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Tashkent");
    long talks = -1;
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].type == KG_EVENT && strstr(x->entities[i].name, "talks"))
            talks = (long)i;
    ck_assert_msg(talks >= 0, "no talks:\n%s", dump(x));
    ASSERT_REL(x, "Anna Bergstrom", KG_SPOKE_AT, x->entities[talks].name);
    /* the paragraph after the closing mark is not the sender's */
    ASSERT_NO_REL(x, "Anna Bergstrom", KG_SPOKE_AT, "Lena Holm");
    /* negative: a message whose sender no sentence names sending is nobody's */
    const kg_extraction *y =
        extract("Report\n\nAnna Bergstrom met Tomas Reyes.\n\nThe message reads:\n\n\u201cNorland "
                "has achieved much.\u201d");
    ASSERT_NO_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Norland");
}
END_TEST

START_TEST(test_speech_inverted_speaker_after_a_title_phrase)
{
    /* '"...," said spokesperson for the X of Y, Z.': Z speaks, and what the quote names is
     * Z's topic */
    const kg_extraction *x =
        extract("Report\n\n\"We have reports on the arrest of Tomas Reyes in Norland,\" said "
                "spokesperson for the Freedonia Commissioner for Human Rights, Anna Bergstrom.");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Tomas Reyes");
    ASSERT_REL(x, "Anna Bergstrom", KG_DISCUSSED, "Norland");
    /* negative: a title phrase that does not follow the verb ("citing the chairman ..., Z"
     * names whom the speaker cites) */
    const kg_extraction *y =
        extract("Report\n\n\"We have reports on Norland,\" said Tomas Reyes, citing the "
                "chairman of the Freedonia Commission, Anna Bergstrom.");
    ASSERT_REL(y, "Tomas Reyes", KG_DISCUSSED, "Norland");
    ASSERT_NO_REL(y, "Anna Bergstrom", KG_DISCUSSED, "Norland");
}
END_TEST

START_TEST(test_speech_narration_about_a_body_is_not_the_speaker_s)
{
    /* after "X said", a sentence whose subject is a party or a body is the reporter's */
    const kg_extraction *x = extract(
        "Report\n\nArman Velik said the remarks were wrong, and Kazakhstan agreed. The Labour "
        "Party and the Unity Party campaigned in Leeds. Tajikistan may join.");
    ASSERT_REL(x, "Arman Velik", KG_DISCUSSED, "Kazakhstan");
    ASSERT_NO_REL(x, "Arman Velik", KG_DISCUSSED, "Labour Party");
    ASSERT_NO_REL(x, "Arman Velik", KG_DISCUSSED, "Leeds");
    /* a place as the subject may still be what the speaker said */
    ASSERT_REL(x, "Arman Velik", KG_DISCUSSED, "Tajikistan");
}
END_TEST

START_TEST(test_speech_joint_speakers_with_long_roles)
{
    /* "A (party-state), Chairman of <long name> (<short name>) and Co-Chairman Congressman
     * B welcomed ...": both speak, A's role is A's, and neither role is a topic */
    const kg_extraction *x = extract(
        "Report\n\nSenator Mara Quill (D-OR), Chairman of the Commission on Security and "
        "Cooperation in Europe (Helsinki Commission) and Co-Chairman Congressman Tod Brandt "
        "(R-UT) today welcomed the peaceful conduct of the elections in Moldova.");
    ASSERT_REL(x, "Mara Quill", KG_AFFILIATED_WITH,
               "Commission on Security and Cooperation in Europe");
    ASSERT_REL(x, "Tod Brandt", KG_DISCUSSED, "Moldova");
    ASSERT_REL(x, "Mara Quill", KG_DISCUSSED, "Moldova");
    ASSERT_NO_REL(x, "Tod Brandt", KG_DISCUSSED, "Mara Quill");
    ASSERT_NO_REL(x, "Tod Brandt", KG_DISCUSSED,
                  "Commission on Security and Cooperation in Europe");
    ASSERT_NO_REL(x, "Mara Quill", KG_DISCUSSED,
                  "Commission on Security and Cooperation in Europe");
}
END_TEST

START_TEST(test_extract_speaker_after_apposition_with_person)
{
    /* "X, a spokesman for President Y, said ...": X speaks, Y is what X speaks of */
    const kg_extraction *x = extract(
        MEETING "Pavel Orlov, a spokesman for President Ivan Sokolov, said Tuesday that the "
                "boycott by Ilya Vorontsov may be illegal.");
    ck_assert_msg(spoke_at_main(x, "Pavel Orlov", (size_t)-1), "%s", dump(x));
    ck_assert_msg(!spoke_at_main(x, "Ivan Sokolov", (size_t)-1), "%s", dump(x));
    ASSERT_REL(x, "Pavel Orlov", KG_DISCUSSED, "Ilya Vorontsov");
}
END_TEST

START_TEST(test_extract_relation_quote_attribution)
{
    const kg_extraction *x =
        extract(MEETING "\"The Eurasian Development Bank should finance the new canal in "
                        "Kyzylorda,\" said Yerlan Dosmukhamedov.");
    ASSERT_SPOKE(x, "Yerlan Dosmukhamedov");
    ASSERT_REL(x, "Yerlan Dosmukhamedov", KG_DISCUSSED, "Eurasian Development Bank");
    ASSERT_REL(x, "Yerlan Dosmukhamedov", KG_DISCUSSED, "Kyzylorda");
    /* the meeting's own place is not something he discussed */
    ASSERT_NO_REL(x, "Yerlan Dosmukhamedov", KG_DISCUSSED, "Astana");
}
END_TEST

START_TEST(test_extract_relation_quote_paragraph)
{
    /* a paragraph of quotes after the speaker's introduction is his */
    const kg_extraction *x =
        extract(MEETING "Yerlan Dosmukhamedov, an engineer, described the problem.\n\n\"The "
                        "canals leak. Turkmenistan loses even more water than we do,\" he said.");
    ASSERT_SPOKE(x, "Yerlan Dosmukhamedov");
    ASSERT_REL(x, "Yerlan Dosmukhamedov", KG_DISCUSSED, "Turkmenistan");
    ck_assert_msg(spoke_at_main(x, "Yerlan Dosmukhamedov", 4), "%s", dump(x));
}
END_TEST

START_TEST(test_extract_relation_according_to)
{
    const kg_extraction *x =
        extract(MEETING "According to Marat Tazhin, the canal needs repairs before summer.");
    ASSERT_SPOKE(x, "Marat Tazhin");
}
END_TEST

START_TEST(test_extract_relation_anaphora)
{
    const kg_extraction *x =
        extract(MEETING "Aigul Bekova welcomed the guests. She emphasised that Afghanistan was "
                        "building a new canal.");
    /* sentence 0 is the title, 1 the meeting, 2 and 3 hers */
    ck_assert_msg(spoke_at_main(x, "Aigul Bekova", 2), "%s", dump(x));
    ck_assert_msg(spoke_at_main(x, "Aigul Bekova", 3), "%s", dump(x));
    ASSERT_REL(x, "Aigul Bekova", KG_DISCUSSED, "Afghanistan");
}
END_TEST

START_TEST(test_extract_relation_mentioned_person_not_speaker)
{
    const kg_extraction *x =
        extract(MEETING "The participants recalled the reforms of Dinmukhamed Kunayev. The "
                        "minister Serik Zhakupov was not present. Gulnara Sadykova, a "
                        "hydrologist, said the reforms had failed.");
    ASSERT_ENTITY(x, "Dinmukhamed Kunayev", KG_PERSON);
    ASSERT_ENTITY(x, "Serik Zhakupov", KG_PERSON);
    ASSERT_NOT_SPOKE(x, "Dinmukhamed Kunayev");
    ASSERT_NOT_SPOKE(x, "Serik Zhakupov");
    ASSERT_SPOKE(x, "Gulnara Sadykova");
}
END_TEST

START_TEST(test_extract_relation_declined_to_comment)
{
    const kg_extraction *x =
        extract(MEETING "Deputy minister Serik Zhakupov did not comment on the proposal. "
                        "Arman Bekov declined to comment.");
    ASSERT_ENTITY(x, "Serik Zhakupov", KG_PERSON);
    ASSERT_ENTITY(x, "Arman Bekov", KG_PERSON);
    ASSERT_NOT_SPOKE(x, "Serik Zhakupov");
    ASSERT_NOT_SPOKE(x, "Arman Bekov");
    ASSERT_NO_REL(x, "Serik Zhakupov", KG_DISCUSSED, NULL);
}
END_TEST

START_TEST(test_extract_relation_no_meeting_no_spoke_at)
{
    const kg_extraction *x =
        extract("Report\n\nFarmers blocked a highway near Turkestan.\n\nSerik Zhakupov said the "
                "protest was illegal.\n\nAccording to Marat Tazhin, the police acted correctly. "
                "He stressed that Uzbekistan had closed the border.");
    ASSERT_COUNT(x, KG_EVENT, 0);
    for (size_t i = 0; i < x->n_relations; i++)
        ck_assert_msg(x->relations[i].type != KG_SPOKE_AT, "%s", dump(x));
    /* reported speech still gives what the speaker discussed */
    ASSERT_REL(x, "Marat Tazhin", KG_DISCUSSED, "Uzbekistan");
    ASSERT_NO_REL(x, "Serik Zhakupov", KG_DISCUSSED, "Uzbekistan");
}
END_TEST

/* Once a gap, now a rule: "by X" after any verb makes X a speaker (sentence_speaker accepts "by"
 * without a speech verb), so an author or photographer gets spoke-at. */
START_TEST(test_extract_by_without_speech_verb)
{
    const kg_extraction *x = extract(MEETING "The background paper was written by Saule "
                                             "Mukhametova. Photos by Erlan Abenov.");
    ASSERT_ENTITY(x, "Saule Mukhametova", KG_PERSON);
    ASSERT_NOT_SPOKE(x, "Saule Mukhametova");
    ASSERT_NOT_SPOKE(x, "Erlan Abenov");
}
END_TEST

START_TEST(test_extract_joint_speakers)
{
    const kg_extraction *x =
        extract(MEETING "Asel Nurlanova, a lawyer, and Bolat Temirov, director of the Center "
                        "for Legal Reform, said the law was outdated.");
    ASSERT_SPOKE(x, "Bolat Temirov");
    ASSERT_SPOKE(x, "Asel Nurlanova");
    ASSERT_NO_REL(x, "Bolat Temirov", KG_DISCUSSED, "Asel Nurlanova");
}
END_TEST

/* Once a gap, now a rule: in a paragraph with two speakers, "He stressed" goes to the paragraph's
 * first speaker, not to the one who spoke last. */
START_TEST(test_extract_anaphora_latest_speaker)
{
    const kg_extraction *x =
        extract(MEETING "Serik Zhakupov said the plan was late. According to Marat Tazhin, the "
                        "contractors were to blame. He stressed that Uzbekistan had closed the "
                        "border.");
    ck_assert_msg(spoke_at_main(x, "Marat Tazhin", 4), "s4 not Marat Tazhin's:\n%s", dump(x));
    ASSERT_REL(x, "Marat Tazhin", KG_DISCUSSED, "Uzbekistan");
    ASSERT_NO_REL(x, "Serik Zhakupov", KG_DISCUSSED, "Uzbekistan");
}
END_TEST

START_TEST(test_extract_object_of_verb_not_speaker)
{
    /* the person thanked is an object; "continued" after a possessive is no verb */
    const kg_extraction *x =
        extract(MEETING "Prime Minister Daniyar Omarov met with Deputy Minister Ruslan Tokenov. "
                        "Citing the growth in trade, the Prime Minister thanked Deputy Minister "
                        "Tokenov for Mongolia's continued support. The Prime Minister stressed "
                        "that Mongolia would gain from the new railway.");
    ASSERT_REL(x, "Daniyar Omarov", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Ruslan Tokenov", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Daniyar Omarov", KG_DISCUSSED, "Ruslan Tokenov");
}
END_TEST

START_TEST(test_extract_subject_after_long_title_speaks)
{
    /* "former deputy head of the X Committee Y said": Y is the subject, not an object */
    const kg_extraction *x =
        extract(MEETING "The former deputy head of the Budget Committee Nurlan Abenov welcomed "
                        "the reform and noted that Tajikistan had done the same.");
    ck_assert_msg(spoke_at_main(x, "Nurlan Abenov", (size_t)-1), "no spoke-at:\n%s", dump(x));
    ASSERT_REL(x, "Nurlan Abenov", KG_DISCUSSED, "Tajikistan");
}
END_TEST

START_TEST(test_extract_speech_verb_of_someone_else)
{
    /* a passive, a "which" clause and another subject take the verb from the person */
    const kg_extraction *x = extract(
        "Report\n\nAll seats are held by President Bolat Serikov's Nur Jol party, which is "
        "expected to win. Serikov began reforms in what many people called a thaw in Mongolia.");
    ASSERT_NO_REL(x, "Bolat Serikov", KG_DISCUSSED, "Mongolia");
    ck_assert_msg(!spoke_at_main(x, "Bolat Serikov", (size_t)-1), "%s", dump(x));
    ASSERT_REL(x, "Bolat Serikov", KG_AFFILIATED_WITH, "Nur Jol");
}
END_TEST

START_TEST(test_extract_paragraph_speaker_not_before_named)
{
    /* a plain sentence before the speaker is named is not theirs; a quote before is */
    const kg_extraction *x = extract(
        MEETING "Exports to Mongolia grew last year. Marat Tazhin noted that Tajikistan would "
                "follow.\n\n\"Uzbekistan is next,\" said Aidar Bekov. Turkmenistan may join.");
    ASSERT_NO_REL(x, "Marat Tazhin", KG_DISCUSSED, "Mongolia");
    ASSERT_REL(x, "Marat Tazhin", KG_DISCUSSED, "Tajikistan");
    ASSERT_REL(x, "Aidar Bekov", KG_DISCUSSED, "Uzbekistan");
    ASSERT_REL(x, "Aidar Bekov", KG_DISCUSSED, "Turkmenistan");
}
END_TEST

START_TEST(test_extract_election_news_speakers)
{
    /* "according to the chairman of the CEC X", "the head of the mission, X Y, told a press
     * conference": speakers; a press conference in the third paragraph is not what the
     * article is about; an "election observation mission" is no election */
    const kg_extraction *x = extract_dated(
        "Six Parties Enter Parliament\n\nMarch 20, 2023\n\nSix parties passed the threshold, "
        "the Central Election Commission of Kazakhstan announced.\n\nAccording to the chairman of "
        "the CEC "
        "Nurlan Abdrakhmanov, the Amanat party received 54 percent.\n\nThe head of the OSCE "
        "election observation mission, Ciaran Doyle, told a press conference in Astana that the "
        "vote was calm. Analyst Dimash Alzhanov said voters had a choice.",
        NULL);
    ASSERT_REL(x, "Nurlan Abdrakhmanov", KG_DISCUSSED, "Amanat");
    /* "CEC" is the acronym of "Central Election Commission" (of Kazakhstan) */
    ASSERT_REL(x, "Nurlan Abdrakhmanov", KG_AFFILIATED_WITH,
               "Central Election Commission of Kazakhstan");
    ASSERT_NOTHING_NAMED(x, "Parties Enter Parliament");
    ASSERT_ENTITY(x, "Ciaran Doyle", KG_PERSON);
    /* the head of the mission works for the mission, a body of the OSCE */
    ASSERT_REL(x, "Ciaran Doyle", KG_AFFILIATED_WITH, "OSCE election observation mission");
    ASSERT_REL(x, "OSCE election observation mission", KG_AFFILIATED_WITH, "OSCE");
    ASSERT_NO_REL(x, "Ciaran Doyle", KG_DISCUSSED, "OSCE");
    ck_assert_int_lt(main_event(x), 0);
    ASSERT_NO_REL(x, "Dimash Alzhanov", KG_SPOKE_AT, "conference in Astana");
    ASSERT_REL(x, "Ciaran Doyle", KG_SPOKE_AT, "conference in Astana");
    ASSERT_NO_REL(x, "Ciaran Doyle", KG_DISCUSSED, "conference in Astana");
    ck_assert_msg(!any_name_contains(x, "0 "), "%s", dump(x));
}
END_TEST

START_TEST(test_extract_stance_verbs_report_speech)
{
    /* "reaffirmed", "commended", "pledged": what the subject says */
    const kg_extraction *x =
        extract(MEETING "Foreign Minister Olga Petrenko reaffirmed support for Tajikistan. "
                        "Aidar Bekov pledged aid to Mongolia.");
    ASSERT_REL(x, "Olga Petrenko", KG_DISCUSSED, "Tajikistan");
    ASSERT_REL(x, "Aidar Bekov", KG_DISCUSSED, "Mongolia");
    ck_assert_msg(spoke_at_main(x, "Olga Petrenko", (size_t)-1), "%s", dump(x));
}
END_TEST

START_TEST(test_extract_did_not_attend_no_edge)
{
    /* absence and silence give no edge: "did not attend", "did not say" */
    const kg_extraction *x =
        extract(MEETING "Serik Nurlanov did not attend the round table. Aidar Bekov said "
                        "Mongolia was ready. Arman Tokenov did not say whether Tajikistan agreed.");
    ASSERT_NOT_SPOKE(x, "Serik Nurlanov");
    ASSERT_NOT_SPOKE(x, "Arman Tokenov");
    ASSERT_NO_REL(x, "Arman Tokenov", KG_DISCUSSED, NULL);
    ASSERT_SPOKE(x, "Aidar Bekov");
    ASSERT_REL(x, "Aidar Bekov", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_extract_speaker_discusses_other_speaker_outside_meetings)
{
    /* no meeting: a spokesman who speaks of another speaker discusses him; at a meeting,
     * the two who met are interlocutors, not topics */
    const kg_extraction *x =
        extract("Report\n\nOpposition leader Arman Bekov urged voters to stay at home. "
                "Dmitry Sokolov, a spokesman for the government, said that Bekov was "
                "breaking the law.");
    ASSERT_REL(x, "Dmitry Sokolov", KG_DISCUSSED, "Arman Bekov");
    x = extract("Report\n\nForeign Minister Arman Bekov met with Ambassador Dmitry Sokolov in "
                "Astana. Sokolov said that Bekov had been a good host.");
    ASSERT_NO_REL(x, "Dmitry Sokolov", KG_DISCUSSED, "Arman Bekov");
}
END_TEST

START_TEST(test_extract_object_of_speech_verb_is_not_speaker)
{
    /* "congratulated Foreign Minister X": X is the object, the subject is the speaker */
    const kg_extraction *x = extract(
        "Report\n\nDeputy Secretary of State Anna Larsen met today in Tashkent with Foreign "
        "Minister Bakhtiyor Saidov. The Deputy Secretary congratulated Foreign Minister Saidov "
        "on Uzbekistan’s independence day. The Deputy Secretary urged Minister Saidov to visit "
        "Afghanistan.");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED, "Uzbekistan");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED, "Afghanistan");
    ASSERT_NO_REL(x, "Bakhtiyor Saidov", KG_DISCUSSED, "Uzbekistan");
    ASSERT_NO_REL(x, "Bakhtiyor Saidov", KG_DISCUSSED, "Afghanistan");
    /* "said X" still names its subject */
    x = extract("Report\n\nA round table was held in Almaty.\n\n“The reform is late,” said "
                "Professor Daniyar Omarov.");
    ASSERT_SPOKE(x, "Daniyar Omarov");
}
END_TEST

START_TEST(test_extract_agenda_of_one_speaker_at_a_meeting)
{
    /* "During her meetings, the Deputy Secretary discussed X": she speaks at the meetings
     * and discusses X; those she met do not */
    const kg_extraction *x = extract(
        "Report\n\nDeputy Secretary of State Anna Larsen met Speaker of the Mongolian "
        "Parliament Zandanshatar in Ulaanbaatar. During her meetings, the Deputy Secretary "
        "highlighted the partnership and discussed ways to strengthen Mongolia’s democratic "
        "institutions.");
    ASSERT_ENTITY(x, "Zandanshatar", KG_PERSON);
    ASSERT_REL(x, "Zandanshatar", KG_AFFILIATED_WITH, "Mongolian Parliament");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Zandanshatar", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Anna Larsen", KG_DISCUSSED, "meetings");
    /* those she meets are no topic: "met with members of the Mongolian Armed Forces" */
    x = extract("Report\n\nDeputy Secretary of State Anna Larsen visited Ulaanbaatar. The "
                "Deputy Secretary highlighted the partnership. The Deputy Secretary met with "
                "members of the Mongolian Armed Forces to express appreciation for their work in "
                "Afghanistan.");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED, "Afghanistan");
    ASSERT_NO_REL(x, "Anna Larsen", KG_DISCUSSED, "Mongolian Armed Forces");
}
END_TEST

START_TEST(test_extract_unnamed_speaker_takes_no_name)
{
    /* a quote given to someone unnamed ("a student said") is not the last speaker's */
    const kg_extraction *x = extract(
        "Report\n\nA round table was held in Bishkek.\n\nAccording to a spokesman for the "
        "president, Abdil Seghizov, the talks would go on in Osh.\n\n\u201cWe were told to "
        "come to the rally in Tashkent,\u201d a Kyrgyz National University student said.\n\n"
        "\u201cWe are protesting instead of working,\u201d said an employee of the ministry in "
        "Almaty.");
    ASSERT_REL(x, "Abdil Seghizov", KG_DISCUSSED, "Osh");
    ASSERT_NO_REL(x, "Abdil Seghizov", KG_DISCUSSED, "Tashkent");
    ASSERT_NO_REL(x, "Abdil Seghizov", KG_DISCUSSED, "Almaty");
    /* "that ... is a violation" is no unnamed speaker */
    x = extract("Report\n\nA round table was held in Bishkek. Professor Daniyar Omarov stressed "
                "that the attack was a violation of law and underscored the role of Russia.");
    ASSERT_REL(x, "Daniyar Omarov", KG_DISCUSSED, "Russia");
}
END_TEST

START_TEST(test_speech_greeting_before_the_subject_addresses_no_one)
{
    /* "Dear friends, X has ...": X is the subject of what the speaker says, not addressed;
     * "Thank you, A and B," addresses both */
    const kg_extraction *x =
        extract("Assistant Secretary Tamsin Holloway's Remarks at the Westbrook Institute\n\n"
                "April 1, 2014\n\nThank you, Rector Ivar Sandqvist and Dean Arvo Pellinen, for the "
                "introduction. Dear friends, Mongolia has a rich past, and I am glad to be here.");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Ivar Sandqvist");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Arvo Pellinen");
}
END_TEST

START_TEST(test_speech_concurred_introduces_a_quote)
{
    /* "X concurred: '...'": X speaks the quotation */
    const kg_extraction *x = extract(
        "Report\n\nChairman Arvo Pellinen said the vote was a farce. Co-Chairman Tomas Brandt "
        "concurred: \xe2\x80\x9cWe see acts of desperation in Moldova.\xe2\x80\x9d");
    ASSERT_REL(x, "Tomas Brandt", KG_DISCUSSED, "Moldova");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Moldova");
}
END_TEST

START_TEST(test_speech_where_a_speech_is_given_is_no_topic)
{
    /* the line of places under the headline, "here in X" and the destination of "my visit
     * to X" say where the speaker is, not what about */
    const kg_extraction *x = extract(
        "Remarks by Assistant Secretary Tamsin Holloway\n\nApril 1, 2014\n\nAstana, "
        "Kazakhstan\n\nI am glad to be here in Bishkek on my first visit to Almaty. Mongolia "
        "has a rich past.");
    ASSERT_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Mongolia");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Astana");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Bishkek");
    ASSERT_NO_REL(x, "Tamsin Holloway", KG_DISCUSSED, "Almaty");
}
END_TEST

START_TEST(test_speech_announced_speech_does_not_go_on)
{
    /* "X will deliver remarks": the paragraph's next sentences are not X's words; "X said
     * the body will ...": they are */
    const kg_extraction *x = extract(
        "Report\n\nA presentation of the programme will be held on Monday. The Speaker, Arvo "
        "Pellinen, will deliver welcoming remarks. The event will begin at 10 a.m. in "
        "Bishkek, Kyrgyzstan.\n\nTomas Brandt said the ministry will help. The funds will go to "
        "Mongolia.");
    ASSERT_NO_REL(x, "Arvo Pellinen", KG_DISCUSSED, "Kyrgyzstan");
    ASSERT_REL(x, "Tomas Brandt", KG_DISCUSSED, "Mongolia");
    /* "X, who will lead the mission, said": the relative clause announces nothing */
    x = extract("Report\n\nIvar Sandqvist, who will lead the mission, said the vote was fair. "
                "The count in Mongolia was quick.");
    ASSERT_REL(x, "Ivar Sandqvist", KG_DISCUSSED, "Mongolia");
}
END_TEST

START_TEST(test_speech_he_said_over_a_reported_clause)
{
    /* "He said ..." opening a sentence: the pronoun's speaker says all of it, whoever the
     * reported clause has speak or act */
    const kg_extraction *x = extract(
        "Report\n\nDeputy Secretary Tom Reyes said the leader has a wide lead.\n\nHe said a "
        "key step was a code that the Kazakh government announced after a visit by Secretary "
        "Anna Berg to Almaty.");
    ASSERT_REL(x, "Tom Reyes", KG_DISCUSSED, "Kazakh government");
    ASSERT_REL(x, "Tom Reyes", KG_DISCUSSED, "Almaty");
    ASSERT_NO_REL(x, "Anna Berg", KG_DISCUSSED, "Almaty");
    /* not when denied */
    x = extract("Report\n\nDeputy Secretary Tom Reyes said the leader has a wide lead.\n\n"
                "He never said that the Velsk government announced anything in Almaty.");
    ASSERT_NO_REL(x, "Tom Reyes", KG_DISCUSSED, "Almaty");
}
END_TEST

START_TEST(test_speech_channel_of_a_talk_is_no_topic)
{
    /* whom a speaker talks to is no topic: "in a talk with X", "speaking to X" */
    const kg_extraction *x =
        extract("Report\n\nIn a talk with VOA on Friday, Deputy Secretary Tom Reyes said Paris was "
                "ready. Speaking to the BBC, Anna Berg said London was calm.");
    ASSERT_REL(x, "Tom Reyes", KG_DISCUSSED, "Paris");
    ASSERT_NO_REL(x, "Tom Reyes", KG_DISCUSSED, "VOA");
    ASSERT_REL(x, "Anna Berg", KG_DISCUSSED, "London");
    ASSERT_NO_REL(x, "Anna Berg", KG_DISCUSSED, "BBC");
}
END_TEST

START_TEST(test_speech_speaking_at_a_rally)
{
    /* "Speaking at a rally in N, X said", "X addressed supporters at a rally": the speaker
     * speaks there, and where the rally is is no topic */
    const kg_extraction *x =
        extract("Report\n\nSpeaking at a rally in Nairobi on Sunday, opposition leader Marko "
                "Dellan said the vote was rigged. Anna Berg addressed thousands of supporters "
                "at a demonstration in Kampala on Monday.");
    ASSERT_REL(x, "Marko Dellan", KG_SPOKE_AT, "rally in Nairobi");
    ASSERT_NO_REL(x, "Marko Dellan", KG_DISCUSSED, "Nairobi");
    ASSERT_REL(x, "Anna Berg", KG_SPOKE_AT, "demonstration in Kampala");
    /* negatives: one arrested at a rally does not speak there, nor does the speaker who
     * reports it; "told VOA the protests were ..." tells of the protests */
    x = extract("Report\n\nPolice arrested Ivan Petrov at a rally in Nairobi, Anna Berg said. "
                "Marko Dellan told VOA the demonstrations in Kampala were peaceful.");
    ASSERT_NO_REL(x, "Ivan Petrov", KG_SPOKE_AT, "rally in Nairobi");
    ASSERT_NO_REL(x, "Anna Berg", KG_SPOKE_AT, "rally in Nairobi");
    ASSERT_NO_REL(x, "Marko Dellan", KG_SPOKE_AT, "demonstrations in Kampala");
    /* found by review: what is addressed is no audience */
    x = extract("Report\n\nOn Tuesday Anna Berg addressed concerns about arrests at a rally in "
                "Mombasa last week.");
    ASSERT_NO_REL(x, "Anna Berg", KG_SPOKE_AT, "rally in Mombasa");
}
END_TEST

START_TEST(test_speech_this_meeting_is_where_one_speaks)
{
    /* "welcome to this briefing": the meeting the speaker points at with "this" is where
     * they speak, not a topic; the body one speaks for is no topic either */
    const kg_extraction *x = extract(
        "Velsk Before the Elections\n\nJune 2009\n\nJANICE ORLEY: Okay, we will go ahead. "
        "I welcome you on behalf of the Velsk Commission.\n\nSo welcome to this briefing on "
        "Velsk. Velsk was advanced.");
    long briefing = find_entity(x, "briefing", KG_EVENT);
    ck_assert_msg(briefing >= 0, "%s", dump(x));
    ASSERT_REL(x, "JANICE ORLEY", KG_SPOKE_AT, x->entities[briefing].name);
    ASSERT_NO_REL(x, "JANICE ORLEY", KG_DISCUSSED, x->entities[briefing].name);
    /* "on behalf of the Velsk Commission": the body one speaks for is one's own */
    ASSERT_REL(x, "JANICE ORLEY", KG_AFFILIATED_WITH, "Velsk Commission");
    ASSERT_NO_REL(x, "JANICE ORLEY", KG_DISCUSSED, "Velsk Commission");
    /* not when someone else acts for the body */
    x = extract("Report\n\nMr. Ali said Velsk had intervened on behalf of the Tarva Union.");
    ASSERT_NO_REL(x, "Ali", KG_AFFILIATED_WITH, "Tarva Union");
    /* "this" before an event that is no meeting points at a topic */
    x = extract("Report\n\nAnna Berg said this election in Tarva was fair.");
    long election = find_entity(x, "election in Tarva", KG_EVENT);
    ck_assert_msg(election >= 0, "%s", dump(x));
    ASSERT_NO_REL(x, "Anna Berg", KG_SPOKE_AT, x->entities[election].name);
}
END_TEST

START_TEST(test_speech_fronted_venue_of_the_speaker)
{
    /* "At a rally in N, X said": a fronted "At" whose clause has the speaker for subject
     * says where the speaker speaks, as "Speaking at" does, and that venue replaces the
     * article's meeting for the sentence */
    const kg_extraction *x = extract(
        "Party meets\n\nThe bloc held its congress in Taraz on Friday.\n\nAt a rally in Kant "
        "on Sunday, opposition leader Marko Dellan, who heads the bloc, told supporters the "
        "vote was rigged. During the rally in Kant, Anna Berg said reform would come.");
    ASSERT_REL(x, "Marko Dellan", KG_SPOKE_AT, "rally in Kant");
    ASSERT_NO_REL(x, "Marko Dellan", KG_SPOKE_AT, "congress in Taraz");
    ASSERT_NO_REL(x, "Marko Dellan", KG_DISCUSSED, "Kant");
    ASSERT_REL(x, "Anna Berg", KG_SPOKE_AT, "rally in Kant");
    /* negatives: the clause after the comma has another subject, and the speaker reports */
    x = extract("Report\n\nAt a rally in Kant, police detained Petrov, Anna Berg said. During "
                "the march in Osh, Ivan Petrov said, police fired tear gas.");
    ASSERT_NO_REL(x, "Anna Berg", KG_SPOKE_AT, "rally in Kant");
    ASSERT_NO_REL(x, "Ivan Petrov", KG_SPOKE_AT, "march in Osh");
    /* two speakers told a rally: both speak there */
    x = extract("Report\n\nThe bloc held its congress in Taraz on Friday. On Monday, Marko "
                "Dellan and Anna Berg told a rally in Kant that the vote was rigged.");
    ASSERT_REL(x, "Marko Dellan", KG_SPOKE_AT, "rally in Kant");
    ASSERT_REL(x, "Anna Berg", KG_SPOKE_AT, "rally in Kant");
}
END_TEST

static Suite *speech_suite(void)
{
    Suite *s = suite_create("speech");
    TCase *tc = tcase_create("speech");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_speech_inverted_speaker_with_affiliation);
    tcase_add_test(tc, test_speech_channels_are_no_topics);
    tcase_add_test(tc, test_speech_message_of_its_sender);
    tcase_add_test(tc, test_speech_inverted_speaker_after_a_title_phrase);
    tcase_add_test(tc, test_speech_narration_about_a_body_is_not_the_speaker_s);
    tcase_add_test(tc, test_speech_joint_speakers_with_long_roles);
    tcase_add_test(tc, test_extract_relation_quote_attribution);
    tcase_add_test(tc, test_extract_relation_quote_paragraph);
    tcase_add_test(tc, test_extract_relation_according_to);
    tcase_add_test(tc, test_extract_relation_anaphora);
    tcase_add_test(tc, test_extract_relation_mentioned_person_not_speaker);
    tcase_add_test(tc, test_extract_relation_declined_to_comment);
    tcase_add_test(tc, test_extract_relation_no_meeting_no_spoke_at);
    tcase_add_test(tc, test_extract_by_without_speech_verb);
    tcase_add_test(tc, test_extract_anaphora_latest_speaker);
    tcase_add_test(tc, test_extract_joint_speakers);
    tcase_add_test(tc, test_extract_object_of_verb_not_speaker);
    tcase_add_test(tc, test_extract_subject_after_long_title_speaks);
    tcase_add_test(tc, test_extract_speech_verb_of_someone_else);
    tcase_add_test(tc, test_extract_paragraph_speaker_not_before_named);
    tcase_add_test(tc, test_extract_election_news_speakers);
    tcase_add_test(tc, test_extract_stance_verbs_report_speech);
    tcase_add_test(tc, test_extract_did_not_attend_no_edge);
    tcase_add_test(tc, test_extract_speaker_after_apposition_with_person);
    tcase_add_test(tc, test_speech_fronted_venue_of_the_speaker);
    tcase_add_test(tc, test_speech_this_meeting_is_where_one_speaks);
    tcase_add_test(tc, test_extract_speaker_discusses_other_speaker_outside_meetings);
    tcase_add_test(tc, test_extract_unnamed_speaker_takes_no_name);
    tcase_add_test(tc, test_extract_agenda_of_one_speaker_at_a_meeting);
    tcase_add_test(tc, test_extract_object_of_speech_verb_is_not_speaker);
    tcase_add_test(tc, test_speech_greeting_before_the_subject_addresses_no_one);
    tcase_add_test(tc, test_speech_concurred_introduces_a_quote);
    tcase_add_test(tc, test_speech_where_a_speech_is_given_is_no_topic);
    tcase_add_test(tc, test_speech_announced_speech_does_not_go_on);
    tcase_add_test(tc, test_speech_he_said_over_a_reported_clause);
    tcase_add_test(tc, test_speech_channel_of_a_talk_is_no_topic);
    tcase_add_test(tc, test_speech_speaking_at_a_rally);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(speech_suite()) == 0 ? 0 : 1;
}
