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
    ASSERT_NO_REL(x, "Tod Brandt", KG_DISCUSSED, "Commission on Security and Cooperation in Europe");
    ASSERT_NO_REL(x, "Mara Quill", KG_DISCUSSED, "Commission on Security and Cooperation in Europe");
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
    tcase_add_test(tc, test_speech_author_of_a_post);
    tcase_add_test(tc, test_speech_inverted_speaker_after_a_title_phrase);
    tcase_add_test(tc, test_speech_narration_about_a_body_is_not_the_speaker_s);
    tcase_add_test(tc, test_speech_joint_speakers_with_long_roles);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(speech_suite()) == 0 ? 0 : 1;
}
