/* test_speech: who speaks in a sentence and what they speak of, read from the frame of the
 * statement (the inverted "said X of Y", whom a statement is made to or through, other
 * sources), on invented documents. */
#include "extract_fixture.h"

#include <check.h>

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

static Suite *speech_suite(void)
{
    Suite *s = suite_create("speech");
    TCase *tc = tcase_create("speech");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_speech_inverted_speaker_with_affiliation);
    tcase_add_test(tc, test_speech_channels_are_no_topics);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(speech_suite()) == 0 ? 0 : 1;
}
