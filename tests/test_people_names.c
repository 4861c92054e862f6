/* test_people_names: people's names on invented sentences: given names, initials and
 * surnames that gazetteers share with towns, titles before a lone name, and one person
 * named several ways in a document (a middle name left out, a generational suffix, a
 * surname in capitals). Each case has its negatives. */
#include "../src/extract/kg_extract_internal.h"
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_people_surname_keys_with_a_generational_suffix)
{
    /* the surname of "Robert O. Blake, Jr." is "Blake" or "Blake Jr.", never "Jr." */
    ck_assert(kx_is_surname_key("robert o blake jr", "blake jr"));
    ck_assert(kx_is_surname_key("robert o blake jr", "blake"));
    ck_assert(kx_is_surname_key("elizabeth sherwood randall", "sherwood randall"));
    ck_assert(!kx_is_surname_key("robert o blake jr", "jr"));
    ck_assert(!kx_is_surname_key("robert o blake jr", "o blake jr x"));
    ck_assert(!kx_is_surname_key("robert o blake", "lake"));
    ck_assert(!kx_is_surname_key("blake", "blake"));
}
END_TEST

START_TEST(test_people_initial_given_name_and_a_word)
{
    /* after an initial and a given name (one a town shares too), a word of English is the
     * surname */
    const kg_extraction *x = extract("Report\n\nE. Wayne Merry testified. Officials said J. "
                                     "Edgar Young agreed. J. Wayne Foundation gave money.");
    ASSERT_ENTITY(x, "E. Wayne Merry", KG_PERSON);
    ASSERT_ENTITY(x, "J. Edgar Young", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Wayne", KG_PLACE);
    ASSERT_NO_ENTITY(x, "J. Wayne Foundation", KG_PERSON);
}
END_TEST

START_TEST(test_people_middle_name_left_out)
{
    /* one person, named with and without a middle name or initial; a lone surname then
     * has one owner */
    const kg_extraction *x = extract(
        "Report\n\nChristopher H. Smith chaired the hearing. Martha Brill Olcott testified. "
        "Christopher Smith thanked Martha Olcott. Later Smith closed the hearing.");
    ASSERT_ENTITY(x, "Christopher H. Smith", KG_PERSON);
    ASSERT_ENTITY(x, "Martha Brill Olcott", KG_PERSON);
    ck_assert_int_eq(find_entity(x, "Christopher Smith", KG_PERSON),
                     find_entity(x, "Christopher H. Smith", KG_PERSON));
    ck_assert_int_eq(find_entity(x, "Martha Olcott", KG_PERSON),
                     find_entity(x, "Martha Brill Olcott", KG_PERSON));
    ASSERT_COUNT(x, KG_PERSON, 2);
    /* two people who share the given name and surname but not the middle name: the short
     * form has two owners and stays apart; a different given name is another person */
    x = extract("Report\n\nJohn R. Berg and John T. Berg spoke. John Berg and Anna Berg "
                "listened.");
    ASSERT_ENTITY(x, "John R. Berg", KG_PERSON);
    ASSERT_ENTITY(x, "John T. Berg", KG_PERSON);
    ASSERT_ENTITY(x, "John Berg", KG_PERSON);
    ASSERT_ENTITY(x, "Anna Berg", KG_PERSON);
}
END_TEST

START_TEST(test_people_surnames_that_towns_share)
{
    /* a town's one-word name is often a surname: two unknown name words whose last the
     * text repeats alone are a person's */
    const kg_extraction *x = extract(
        "Report\n\nA group asked the court to declare that Oruvo Banda cannot be vice "
        "president. Banda, who has been acting president, filed his papers. The petitioners "
        "say Banda cannot use state funds.");
    ASSERT_ENTITY(x, "Oruvo Banda", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Banda", KG_PLACE);
    /* after a title in lower case, set off by commas */
    x = extract("Report\n\nThe president will face the long-time opposition leader, Alpha "
                "Conde, who came second.");
    ASSERT_ENTITY(x, "Alpha Conde", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Conde", KG_PLACE);
    /* an unknown name word right before a name found opens it */
    x = extract("Report\n\nHe won the support of Oumarou Abe Keita, who came sixth. In "
                "Bishkek Anna Berg agreed.");
    ASSERT_ENTITY(x, "Oumarou Abe Keita", KG_PERSON);
    ASSERT_ENTITY(x, "Anna Berg", KG_PERSON);
    /* the town itself stays a place */
    x = extract("Report\n\nThe minister flew to Banda on Monday and to Conde on Friday.");
    ASSERT_ENTITY(x, "Banda", KG_PLACE);
    ASSERT_ENTITY(x, "Conde", KG_PLACE);
}
END_TEST

START_TEST(test_people_given_name_after_a_title)
{
    /* a capitalised title and one word that is also a given name: a person known by the
     * surname ("President Rahmon" in a list of titled people) */
    const kg_extraction *x = extract("Talks\n\nI want to thank President Rahmon, Foreign Minister "
                                     "Zarifi, and their colleagues for the talks.");
    ASSERT_ENTITY(x, "Rahmon", KG_PERSON);
    ASSERT_ENTITY(x, "Zarifi", KG_PERSON);
    /* a title before a full name keeps the whole name; a title in lower case before a lone
     * given name names no one */
    x = extract("Talks\n\nPresident Anna Berg met the president. The minister Anna arrived.");
    ASSERT_ENTITY(x, "Anna Berg", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Anna", KG_PERSON);
}
END_TEST

START_TEST(test_people_town_and_given_name_with_an_apposed_title)
{
    /* a given name that a town shares, then a given name, then a title set off by a comma:
     * a person ("Kyle" is a town in Texas, "Morgan" a given name) */
    const kg_extraction *x = extract("Report\n\nKyle Morgan, Deputy Chief of Mission to the "
                                     "Velsk Council, said the talks went well.");
    ASSERT_ENTITY(x, "Kyle Morgan", KG_PERSON);
    ASSERT_NO_ENTITY(x, "Kyle", KG_PLACE);
    /* without the title the pair is not taken for a person by this cue */
    x = extract("Report\n\nThe council of Kyle met on Monday.");
    ASSERT_ENTITY(x, "Kyle", KG_PLACE);
}
END_TEST

START_TEST(test_people_names_with_a_generational_suffix_and_in_capitals)
{
    /* "Robert O. Blake, Jr.", "Robert Blake" and a transcript's "BLAKE" are one person */
    const kg_extraction *x =
        extract("Press Conference in Velsk\n\nRobert O. Blake, Jr., Assistant Secretary\n\n"
                "Robert Blake arrived on Monday.\n\nASSISTANT SECRETARY BLAKE: Good afternoon. "
                "We discussed Velsk.\n\nAMBASSADOR BERG: Thank you.");
    long blake = find_entity(x, "Robert O. Blake, Jr.", KG_PERSON);
    ck_assert_msg(blake >= 0, "%s", dump(x));
    ck_assert_int_eq(find_entity(x, "Robert Blake", KG_PERSON), blake);
    ck_assert_int_eq(find_entity(x, "BLAKE", KG_PERSON), blake);
    /* a father and a son named in one sentence stay two people */
    x = extract("Report\n\nJohn Berg Jr. and his father John Berg arrived together.");
    ck_assert_int_ne(find_entity(x, "John Berg Jr", KG_PERSON),
                     find_entity(x, "John Berg", KG_PERSON));
    /* nor when they are named apart: the short form leaves out only the suffix */
    x = extract("Report\n\nJohn Berg Jr. spoke on Monday. Later his father, John Berg, arrived.");
    long son = find_entity(x, "John Berg Jr", KG_PERSON);
    long father = find_entity(x, "John Berg", KG_PERSON);
    ck_assert_msg(son >= 0 && father >= 0 && son != father, "%s", dump(x));
}
END_TEST

/* A surname a particle opens: after a given name that is also a town ("Gilbert da Costa";
 * a place named in full stays a place), and the particle written with an apostrophe in one
 * word ("d'Escoto", "d’Estaing"). */
START_TEST(test_people_particle_names)
{
    const kg_extraction *x =
        extract("Report\n\nNewswire's Gilbert da Costa reported from Abuja on Monday. "
                "Assembly President Miguel d'Escoto Brockmann said the vote was clear. The "
                "letter of Valery Giscard d\u2019Estaing was read.");
    ASSERT_ENTITY(x, "Gilbert da Costa", KG_PERSON);
    ASSERT_ENTITY(x, "Miguel d'Escoto Brockmann", KG_PERSON);
    ASSERT_ENTITY(x, "Valery Giscard d\u2019Estaing", KG_PERSON);
    ck_assert_msg(find_any(x, "Gilbert") < 0 && find_any(x, "Costa") < 0, "%s", dump(x));
    x = extract("Report\n\nThe minister flew from Rio de Janeiro to Santa Cruz de la Sierra on "
                "Monday.");
    ASSERT_ENTITY(x, "Rio de Janeiro", KG_PLACE);
    ASSERT_ENTITY(x, "Santa Cruz de la Sierra", KG_PLACE);
    ASSERT_COUNT(x, KG_PERSON, 0);
    /* a town the gazetteer lacks, named after a place or where something is */
    x = extract("Report\n\nHe flew to Santiago de Chile on Monday. The festival in Victoria "
                "de Durango drew crowds.");
    ASSERT_COUNT(x, KG_PERSON, 0);
}
END_TEST

/* A plural of English that ends a title's body is no given name before a surname of the
 * region's shape; a singular word of English there still is one. */
START_TEST(test_people_plural_before_surname)
{
    const kg_extraction *x =
        extract("Report\n\nToday I met with Minister of Internal Affairs Durdyev in Dashoguz. "
                "Head of the Unit Asset Makhmetov spoke at the forum.");
    ASSERT_ENTITY(x, "Durdyev", KG_PERSON);
    ck_assert_msg(find_any(x, "Affairs Durdyev") < 0, "%s", dump(x));
    ASSERT_ENTITY(x, "Asset Makhmetov", KG_PERSON);
}
END_TEST

static Suite *people_names_suite(void)
{
    Suite *s = suite_create("people_names");
    TCase *tc = tcase_create("people_names");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_people_surname_keys_with_a_generational_suffix);
    tcase_add_test(tc, test_people_initial_given_name_and_a_word);
    tcase_add_test(tc, test_people_middle_name_left_out);
    tcase_add_test(tc, test_people_surnames_that_towns_share);
    tcase_add_test(tc, test_people_given_name_after_a_title);
    tcase_add_test(tc, test_people_names_with_a_generational_suffix_and_in_capitals);
    tcase_add_test(tc, test_people_town_and_given_name_with_an_apposed_title);
    tcase_add_test(tc, test_people_particle_names);
    tcase_add_test(tc, test_people_plural_before_surname);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(people_names_suite()) == 0 ? 0 : 1;
}
