/* test_orgs: organisations and parties in one document, on invented news sentences: how
 * their names are found, their short forms, acronyms and bodies within bodies, each with
 * cases that must match and cases that must not (the offices that affiliate people with
 * them: test_org_roles.c). */
#include "extract_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(test_extract_org_of_chain_part_of)
{
    const kg_extraction *x =
        extract("Report\n\nA new study by the Institute for Strategic Studies of the Academy of "
                "Sciences was published on Friday.");
    ASSERT_ENTITY(x, "Institute for Strategic Studies", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Academy of Sciences", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
    ASSERT_REL(x, "Institute for Strategic Studies", KG_AFFILIATED_WITH, "Academy of Sciences");
    ASSERT_NO_REL(x, "Academy of Sciences", KG_AFFILIATED_WITH, "Institute for Strategic Studies");
}
END_TEST

/* A body named once with an abbreviation and once written out is one body, named written
 * out; an abbreviation of other words, or the same words with others, is another body. */
START_TEST(test_extract_org_abbreviated_words)
{
    const kg_extraction *x =
        extract("Report\n\nThe U.K. Embassy issued a note on Monday. Later the United Kingdom "
                "Embassy in Astana said the note stood. The UN General Assembly and the United "
                "Nations General Assembly are one.");
    long e = find_entity(x, "United Kingdom Embassy", KG_ORGANISATION);
    ck_assert_msg(e >= 0 && entity_named(&x->entities[e], "U.K. Embassy"), "%s", dump(x));
    long g = find_entity(x, "United Nations General Assembly", KG_ORGANISATION);
    ck_assert_msg(g >= 0 && entity_named(&x->entities[g], "UN General Assembly"), "%s", dump(x));
    x = extract("Report\n\nThe EU Council met on Monday. The European Youth Council objected. "
                "The UN Commission on Water and the United Nations Youth Commission on Water "
                "spoke.");
    ASSERT_ENTITY(x, "EU Council", KG_ORGANISATION);
    ASSERT_ENTITY(x, "European Youth Council", KG_ORGANISATION);
    ASSERT_ENTITY(x, "UN Commission on Water", KG_ORGANISATION);
    ASSERT_ENTITY(x, "United Nations Youth Commission on Water", KG_ORGANISATION);
    /* a word of the name that only looks like initials once folded is no abbreviation */
    x = extract("Report\n\nThe Sea Port Authority and the South East Asia Port Authority "
                "signed a deal on Monday.");
    ASSERT_ENTITY(x, "Sea Port Authority", KG_ORGANISATION);
    ASSERT_ENTITY(x, "South East Asia Port Authority", KG_ORGANISATION);
}
END_TEST

START_TEST(test_extract_org_acronym_in_parentheses)
{
    const kg_extraction *x =
        extract("Report\n\nThe Central Election Commission (CEC) published the final turnout. "
                "The CEC said 61 percent of voters took part.\n\nTroops of the CSTO (Collective "
                "Security Treaty Organization) left the country in January.");
    long c = find_entity(x, "Central Election Commission", KG_ORGANISATION);
    ck_assert_msg(c >= 0 && entity_named(&x->entities[c], "CEC"), "%s", dump(x));
    long t = find_entity(x, "Collective Security Treaty Organization", KG_ORGANISATION);
    ck_assert_msg(t >= 0 && entity_named(&x->entities[t], "CSTO"), "%s", dump(x));
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
}
END_TEST

START_TEST(test_extract_org_acronym_of_expansion)
{
    const kg_extraction *x = extract(
        "Report\n\nThe complaint was filed with the Organization for Economic Cooperation and "
        "Development. OECD experts reviewed it within a month.");
    long o =
        find_entity(x, "Organization for Economic Cooperation and Development", KG_ORGANISATION);
    ck_assert_msg(o >= 0 && entity_named(&x->entities[o], "OECD"), "%s", dump(x));
    ASSERT_COUNT(x, KG_ORGANISATION, 1);
}
END_TEST

START_TEST(test_extract_org_quoted_name_with_noun)
{
    const kg_extraction *x =
        extract("Report\n\nMembers of the \"Adal Zhol\" trade union gathered outside the plant. "
                "The public association \"Zhanga Tolqyn\" filed a complaint.");
    ASSERT_ENTITY(x, "Adal Zhol", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Zhanga Tolqyn", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
    ASSERT_COUNT(x, KG_PERSON, 0);
    /* a quoted phrase without an organisation noun is not a name */
    x = extract("Report\n\nHe said that \"Nobody Listens\" was the slogan of the protest.");
    ck_assert_msg(x->n_entities == 0, "%s", dump(x));
}
END_TEST

START_TEST(test_extract_org_newspaper)
{
    const kg_extraction *x =
        extract("Report\n\nThe story was first reported by the Karaganda Herald newspaper. The "
                "interview appeared in the Vremya newspaper on Monday.");
    long h = find_entity(x, "Karaganda Herald", KG_ORGANISATION);
    ck_assert_msg(h >= 0 && entity_named(&x->entities[h], "Karaganda Herald newspaper"), "%s",
                  dump(x));
    ASSERT_ENTITY(x, "Vremya", KG_ORGANISATION);
    /* the newspaper's name is not the city */
    ASSERT_NO_ENTITY(x, "Karaganda", KG_PLACE);
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
}
END_TEST

START_TEST(test_extract_org_coordinated_ministries_split)
{
    const kg_extraction *x = extract("Report\n\nOfficials from the Ministry of Finance and "
                                     "Ministry of Justice signed the decree.");
    ASSERT_ENTITY(x, "Ministry of Finance", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Ministry of Justice", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
    ck_assert(!any_name_contains(x, "Finance and"));
    /* two banks joined by "and the" likewise */
    x = extract("Report\n\nThe Eurasian Development Bank and the Asian Development Bank "
                "co-financed the road.");
    ASSERT_ENTITY(x, "Eurasian Development Bank", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Asian Development Bank", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
}
END_TEST

START_TEST(test_extract_org_allcaps_headline_not_org)
{
    const kg_extraction *x = extract("GOVERNMENT UNVEILS NEW BUDGET PLAN FOR RURAL SCHOOLS\n\n"
                                     "The plan was approved on Monday.");
    ASSERT_COUNT(x, KG_ORGANISATION, 0);
    ck_assert_msg(x->n_entities == 0, "%s", dump(x));
}
END_TEST

START_TEST(test_extract_org_located_in)
{
    const kg_extraction *x = extract("Report\n\nOfficials at the Embassy of Kazakhstan in "
                                     "Moscow issued a statement on Friday.");
    ASSERT_ENTITY(x, "Embassy of Kazakhstan", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Moscow", KG_PLACE);
    ASSERT_REL(x, "Embassy of Kazakhstan", KG_LOCATED_IN, "Moscow");
    /* "Moscow" is where it sits, not part of its name */
    ASSERT_NO_ENTITY(x, "Embassy of Kazakhstan in Moscow", KG_ORGANISATION);
}
END_TEST

START_TEST(test_extract_party_noun_after)
{
    const kg_extraction *x =
        extract("Report\n\nThe Amanat party won most seats in the city council. The "
                "\"Green Future\" party registered in May.");
    long a = find_entity(x, "Amanat", KG_PARTY);
    ck_assert_msg(a >= 0 && entity_named(&x->entities[a], "Amanat party"), "%s", dump(x));
    ASSERT_ENTITY(x, "Green Future", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Amanat", KG_ORGANISATION);
    ASSERT_COUNT(x, KG_PARTY, 2);
}
END_TEST

START_TEST(test_extract_party_noun_before)
{
    const kg_extraction *x = extract("Report\n\nThe list was submitted by party Baytak on "
                                     "Thursday. The Respublica Party of Kazakhstan held a "
                                     "congress.");
    ASSERT_ENTITY(x, "Baytak", KG_PARTY);
    ASSERT_ENTITY(x, "Respublica Party of Kazakhstan", KG_PARTY);
    ASSERT_COUNT(x, KG_PERSON, 0);
}
END_TEST

/* Once a gap, now a rule: "X (ACR)" where X has no organisation head noun: only the acronym is
 * found and the first word of the name becomes a place. */
START_TEST(test_extract_name_acronym_without_head)
{
    const kg_extraction *x = extract("Report\n\nThe railway operator Kazakhstan Temir Zholy "
                                     "(KTZ) raised fares. KTZ blamed inflation.");
    long o = find_entity(x, "Kazakhstan Temir Zholy", KG_ORGANISATION);
    ck_assert_msg(o >= 0 && entity_named(&x->entities[o], "KTZ"), "%s", dump(x));
    ASSERT_NO_ENTITY(x, "Kazakhstan", KG_PLACE);
}
END_TEST

/* Once a gap, now a rule: two people as the joint subject of a speech verb: only the second speaks,
 * and the first becomes something the second discussed. */
START_TEST(test_extract_org_short_forms_merge)
{
    const kg_extraction *x = extract(
        "Report\n\nThe Ministry of Foreign Affairs of Uzbekistan issued a statement. The Foreign "
        "Ministry said the talks went well. The Central Election Commission met on Monday. The "
        "Commission approved the lists, and the Election Commission published them.");
    long ministry = find_entity(x, "Ministry of Foreign Affairs of Uzbekistan", KG_ORGANISATION);
    ck_assert_int_ge(ministry, 0);
    ck_assert_int_eq(find_entity(x, "Foreign Ministry", KG_ORGANISATION), ministry);
    long cec = find_entity(x, "Central Election Commission", KG_ORGANISATION);
    ck_assert_int_ge(cec, 0);
    ck_assert_int_eq(find_entity(x, "Commission", KG_ORGANISATION), cec);
    ck_assert_int_eq(find_entity(x, "Election Commission", KG_ORGANISATION), cec);
    ck_assert_uint_eq(count_type(x, KG_ORGANISATION), 2);
}
END_TEST

START_TEST(test_extract_org_short_form_ambiguous_stays_apart)
{
    /* two councils: a bare "the Council" names neither for sure */
    const kg_extraction *x = extract("Report\n\nThe Security Council and the Foreign Investors "
                                     "Council met. The Council adopted a resolution.");
    ASSERT_ENTITY(x, "Security Council", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Foreign Investors Council", KG_ORGANISATION);
    long a = find_entity(x, "Security Council", KG_ORGANISATION);
    long b = find_entity(x, "Foreign Investors Council", KG_ORGANISATION);
    ck_assert_int_ne(a, b);
    long bare = find_entity(x, "Council", KG_ORGANISATION);
    ck_assert(bare != a && bare != b);
}
END_TEST

START_TEST(test_extract_org_coordinated_modifiers)
{
    const kg_extraction *x =
        extract("Report\n\nThe training was given by the National Defense and Security Forces "
                "of the country.");
    ASSERT_ENTITY(x, "National Defense and Security Forces", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Security Forces", KG_ORGANISATION);
}
END_TEST

START_TEST(test_extract_city_cue_and_from_affiliation)
{
    const kg_extraction *x =
        extract("Report\n\nThe plant in Shahrikhan city was opened. Nodira Yusupova from the "
                "Institute of Energy Studies welcomed the guests.");
    ASSERT_ENTITY(x, "Shahrikhan city", KG_PLACE);
    ASSERT_REL(x, "Nodira Yusupova", KG_AFFILIATED_WITH, "Institute of Energy Studies");
}
END_TEST

/* Once a gap, now a rule: "Minister of Foreign Affairs of Uzbekistan" makes "Foreign Affairs" an
 * organisation (the "<title> of X" context rule); a portfolio is not an organisation. */
START_TEST(test_extract_minister_of_portfolio)
{
    const kg_extraction *x = extract(
        "Report\n\nA conference on migration opened in Tashkent.\n\nBakhtiyor Saidov, Minister "
        "of Foreign Affairs of Uzbekistan, said that labour migrants needed protection.");
    ASSERT_ENTITY(x, "Bakhtiyor Saidov", KG_PERSON);
    ASSERT_SPOKE(x, "Bakhtiyor Saidov");
    ASSERT_NO_ENTITY(x, "Foreign Affairs", KG_ORGANISATION);
}
END_TEST

START_TEST(test_extract_org_plural_possessive)
{
    const kg_extraction *x = extract(
        "Report\n\nThe Foreign Investors’ Council will meet in May. Kazakhstan’s Senate agreed.");
    ASSERT_ENTITY(x, "Foreign Investors’ Council", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Senate", KG_ORGANISATION);
    ASSERT_NOTHING_NAMED(x, "Kazakhstan’s Senate");
}
END_TEST

START_TEST(test_extract_org_acronym_parent_and_suffix_acronym)
{
    /* "OSCE Office of X": the acronym is a parent body; "NSC" is the acronym of the last
     * words of "White House National Security Council" */
    const kg_extraction *x = extract(
        "Report\n\nThe OSCE Office of Democratic Institutions and Human Rights sent observers. "
        "An envoy of the White House National Security Council said the NSC agreed.");
    ASSERT_ENTITY(x, "OSCE", KG_ORGANISATION);
    ASSERT_REL(x, "OSCE Office of Democratic Institutions and Human Rights", KG_AFFILIATED_WITH,
               "OSCE");
    long nsc = find_entity(x, "NSC", KG_ORGANISATION);
    ck_assert_msg(
        nsc >= 0 && nsc == find_entity(x, "White House National Security Council", KG_ORGANISATION),
        "%s", dump(x));
    /* no parent for a place in front: "U.S. Embassy" */
    x = extract("Report\n\nThe U.S. Embassy in Astana Office of Press Affairs said so.");
    ASSERT_NO_ENTITY(x, "U.S.", KG_ORGANISATION);
}
END_TEST

START_TEST(test_extract_titled_surname_of_named_person_not_split)
{
    /* "Minister Kamalov" after "Rustam Kamalov" is the same person, not a second one */
    const kg_extraction *x = extract("Report\n\nForeign Minister Rustam Kamalov arrived. "
                                     "Minister Kamalov said the talks went well.");
    ASSERT_COUNT(x, KG_PERSON, 1);
}
END_TEST

START_TEST(test_extract_lowercase_title_before_name)
{
    const kg_extraction *x =
        extract("Report\n\nA call by opposition leader Ilya Vorontsov was discussed. The Kremlin "
                "spokesman Pavel Orlov said the Kremlin would study it.");
    ASSERT_ENTITY(x, "Ilya Vorontsov", KG_PERSON);
    ASSERT_ENTITY(x, "Pavel Orlov", KG_PERSON);
    ASSERT_ENTITY(x, "Kremlin", KG_ORGANISATION);
    ASSERT_REL(x, "Pavel Orlov", KG_AFFILIATED_WITH, "Kremlin");
}
END_TEST

START_TEST(test_extract_committee_of_a_chamber_in_front)
{
    /* "Senate Budget Committee Chairman X": X belongs to the committee, the committee to
     * the Senate; "Chairman Y" with a region's name is Y */
    const kg_extraction *x = extract(
        "Report\n\nSenate Budget Committee Chairman Robert Kerry spoke. \"Costs rise,\" said "
        "Chairman Kerry about Kyrgyzstan.");
    ASSERT_ENTITY(x, "Senate Budget Committee", KG_ORGANISATION);
    ASSERT_REL(x, "Robert Kerry", KG_AFFILIATED_WITH, "Senate Budget Committee");
    ASSERT_REL(x, "Senate Budget Committee", KG_AFFILIATED_WITH, "Senate");
    ASSERT_NO_REL(x, "Robert Kerry", KG_AFFILIATED_WITH, "Senate");
    ASSERT_NO_ENTITY(x, "Kerry", KG_PLACE);
    ASSERT_REL(x, "Robert Kerry", KG_DISCUSSED, "Kyrgyzstan");
}
END_TEST

START_TEST(test_extract_party_of_the_country_and_country_not_org)
{
    const kg_extraction *x = extract(
        "New Party Enters Regional Parliament\n\nThe Communist Party of the Russian Federation "
        "(CPRF) came second. The Russian Federation voted. The elections to the State Duma were "
        "held in September.");
    ASSERT_ENTITY(x, "Communist Party of the Russian Federation", KG_PARTY);
    ASSERT_ENTITY(x, "CPRF", KG_PARTY);
    ASSERT_NO_ENTITY(x, "Russian Federation", KG_ORGANISATION);
    ASSERT_NOTHING_NAMED(x, "Party Enters Regional Parliament");
    ASSERT_NOTHING_NAMED(x, "Regional Parliament");
    ck_assert_msg(!any_name_contains(x, "were held"), "%s", dump(x));
}
END_TEST

START_TEST(test_extract_based_in_place)
{
    /* "the Bishkek-based Institute of X": the institute sits in Bishkek; "-based" is no
     * part of a name */
    const kg_extraction *x =
        extract("Report\n\nDirector of the Bishkek-based Institute of Public Policy Emil Dzhuraev "
                "spoke about migration.");
    ASSERT_ENTITY(x, "Institute of Public Policy", KG_ORGANISATION);
    ASSERT_REL(x, "Institute of Public Policy", KG_LOCATED_IN, "Bishkek");
    ASSERT_REL(x, "Emil Dzhuraev", KG_AFFILIATED_WITH, "Institute of Public Policy");
    ck_assert_msg(!any_name_contains(x, "-based"), "%s", dump(x));
    x = extract("Report\n\nThe Eurasian Development Bank, based in Almaty, lent money.");
    ASSERT_REL(x, "Eurasian Development Bank", KG_LOCATED_IN, "Almaty");
}
END_TEST

START_TEST(test_extract_org_and_inside_name_and_soviet_union)
{
    /* "X for A and B Society" is one name; "the Ministry of X and Ministry of Y" two; the
     * Soviet Union is a (former) country */
    const kg_extraction *x = extract(
        "Report\n\nThe Coalition for Democracy and Civil Society observed the vote. The "
        "Ministry of Energy and Ministry of Finance agreed. Kazakhstan left the Soviet Union in "
        "1991.");
    ASSERT_ENTITY(x, "Coalition for Democracy and Civil Society", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Ministry of Energy", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Ministry of Finance", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Soviet Union", KG_PLACE);
    ASSERT_NO_ENTITY(x, "Soviet Union", KG_ORGANISATION);
}
END_TEST

START_TEST(test_extract_capital_of_country)
{
    const kg_extraction *x = extract("Report\n\nThe summit opened in Ashgabat, the capital of "
                                     "Turkmenistan. In the capital of Tajikistan, Dushanbe, "
                                     "talks went on. Almaty and Bishkek signed.");
    ASSERT_REL(x, "Ashgabat", KG_LOCATED_IN, "Turkmenistan");
    ASSERT_REL(x, "Dushanbe", KG_LOCATED_IN, "Tajikistan");
    ASSERT_NO_REL(x, "Almaty", KG_LOCATED_IN, "Bishkek");
}
END_TEST

START_TEST(test_extract_lower_case_parliament)
{
    /* "the Kyrgyz parliament ... parliament": one organisation named by its demonym */
    const kg_extraction *x = extract("Report\n\nThe Kyrgyz parliament met on Monday. Three "
                                     "parties won seats in parliament.");
    long p = find_entity(x, "Kyrgyz parliament", KG_ORGANISATION);
    ck_assert_msg(p >= 0 && find_entity(x, "parliament", KG_ORGANISATION) == p, "%s", dump(x));
    /* a bare "parliament" in a text about one country names no body of its own ("a new
     * parliament"); after the country's named parliament it is that one */
    x = extract("Report\n\nVoters in Moldova elected a new parliament on Sunday.");
    ASSERT_COUNT(x, KG_ORGANISATION, 0);
    /* two countries and no demonym: no organisation */
    x = extract("Report\n\nMoldova and Romania sent observers; both praised parliament.");
    ASSERT_COUNT(x, KG_ORGANISATION, 0);
    /* a document that names its Parliament in capitals uses the word generically */
    x = extract("Report\n\nThe Parliament of the Republic of Kazakhstan met. Young people "
                "come to parliament with ideas.");
    ASSERT_COUNT(x, KG_ORGANISATION, 1);
    ASSERT_NO_ENTITY(x, "parliament", KG_ORGANISATION);
    /* two countries' parliaments stay two; one country's, named two ways, is one, and a
     * bare "parliament" after them is the one named last */
    x = extract("Report\n\nThe Belgian parliament met on Monday. The Somali Parliament met "
                "in Mogadishu. Somalia's parliament then voted, and parliament adjourned.");
    long be = find_entity(x, "Belgian parliament", KG_ORGANISATION);
    long so = find_entity(x, "Somali Parliament", KG_ORGANISATION);
    ck_assert_msg(be >= 0 && so >= 0 && be != so, "%s", dump(x));
    ck_assert_int_eq(find_entity(x, "Somalia's parliament", KG_ORGANISATION), so);
    ck_assert_int_eq(find_entity(x, "parliament", KG_ORGANISATION), so);
    /* not after another country named first in its sentence */
    x = extract("Report\n\nThe Somali Parliament elected a speaker. In neighbouring Kenya, "
                "parliament approved a budget.");
    ck_assert_msg(find_entity(x, "parliament", KG_ORGANISATION) < 0, "%s", dump(x));
}
END_TEST

START_TEST(test_extract_body_after_parent_acronym)
{
    /* "the Organization for X (ORG) Office of Y (OY)": the office is part of the organisation;
     * a body after another's acronym and a verb is not */
    const kg_extraction *x = extract(
        "Report\n\nThe Organization for Security and Cooperation in Europe (OSCE) Office of "
        "Democratic Institutions and Human Rights (ODIHR) observation mission noted concerns. "
        "The Central Election Commission (CEC) said the Supreme Court would decide.");
    ASSERT_REL(x, "Office of Democratic Institutions and Human Rights", KG_AFFILIATED_WITH,
               "Organization for Security and Cooperation in Europe");
    ASSERT_NO_REL(x, "Supreme Court", KG_AFFILIATED_WITH, "Central Election Commission");
    /* a speaker who names "the OSCE Office of ..." speaks of the office, not of the OSCE */
    x = extract("Report\n\nSecretary Anna Larsen said the OSCE Office of Democratic "
                "Institutions and Human Rights had done well.");
    ASSERT_REL(x, "Anna Larsen", KG_DISCUSSED,
               "OSCE Office of Democratic Institutions and Human Rights");
    ASSERT_NO_REL(x, "Anna Larsen", KG_DISCUSSED, "OSCE");
}
END_TEST

/* Once a gap, now a rule: a quoted name before an adjective + organisation noun ("analytical
 * center") is missed: only one- or two-word nouns from the list directly after the quote count. */
START_TEST(test_extract_quoted_name_modified_noun)
{
    const kg_extraction *x =
        extract("Report\n\nThe report was published by the \"Sayasat\" analytical center.");
    ASSERT_ENTITY(x, "Sayasat", KG_ORGANISATION);
}
END_TEST

/* Once a gap, now a rule: the "with its kind" alias of a quoted name keeps the closing quote but
 * not the opening one: "Adal Zhol\" trade union". */
START_TEST(test_extract_quoted_alias_balanced)
{
    const kg_extraction *x =
        extract("Report\n\nMembers of the \"Adal Zhol\" trade union gathered outside the plant.");
    long o = find_entity(x, "Adal Zhol", KG_ORGANISATION);
    ck_assert_msg(o >= 0, "%s", dump(x));
    for (size_t i = 0; i < x->entities[o].n_aliases; i++) {
        const char *a = x->entities[o].aliases[i].text;
        size_t q = 0;
        for (const char *p = a; *p; p++)
            q += *p == '"';
        ck_assert_msg(q % 2 == 0, "unbalanced quote in alias '%s'", a);
    }
}
END_TEST

/* Once a gap, now a rule: a bare head noun capitalised by a title-case headline ("Council Approves
 * Budget for Next Year") becomes an organisation, though it names none. */
START_TEST(test_extract_titlecase_headline_head_noun)
{
    const kg_extraction *x =
        extract("Council Approves Budget for Next Year\n\nThe city council approved the budget.");
    ASSERT_COUNT(x, KG_ORGANISATION, 0);
}
END_TEST

START_TEST(test_orgs_body_within_a_body)
{
    /* a head of its own after another body's name, or the body after "of": a body within
     * that body, not its long form */
    const kg_extraction *x =
        extract("Report\n\nThe African Union Commission said it would help, and the African Union "
                "agreed. The Senate of Oliy Majlis voted after the Oliy Majlis debated. The United "
                "Nations Security Council met at the United Nations.");
    long auc = find_entity(x, "African Union Commission", KG_ORGANISATION);
    long au = find_entity(x, "African Union", KG_ORGANISATION);
    ck_assert_msg(auc >= 0 && au >= 0 && auc != au, "%s", dump(x));
    ASSERT_REL(x, "African Union Commission", KG_AFFILIATED_WITH, "African Union");
    long senate = find_entity(x, "Senate of Oliy Majlis", KG_ORGANISATION);
    long majlis = find_entity(x, "Oliy Majlis", KG_ORGANISATION);
    ck_assert_msg(senate >= 0 && majlis >= 0 && senate != majlis, "%s", dump(x));
    ASSERT_REL(x, "Senate of Oliy Majlis", KG_AFFILIATED_WITH, "Oliy Majlis");
    long unsc = find_entity(x, "United Nations Security Council", KG_ORGANISATION);
    long un = find_entity(x, "United Nations", KG_ORGANISATION);
    ck_assert_msg(unsc >= 0 && un >= 0 && unsc != un, "%s", dump(x));
    ASSERT_REL(x, "United Nations Security Council", KG_AFFILIATED_WITH, "United Nations");
    /* the parent is not affiliated with its part */
    ASSERT_NO_REL(x, "African Union", KG_AFFILIATED_WITH, "African Union Commission");
}
END_TEST

START_TEST(test_orgs_nearest_parent_only)
{
    /* a committee of a chamber of a parliament: the chamber is its parent, the chamber's is
     * the parliament */
    const kg_extraction *x = extract(
        "Report\n\nThe Budget Committee of the Legislative Chamber of Oliy Majlis met on "
        "Monday. The Legislative Chamber of Oliy Majlis and the Oliy Majlis both welcomed it.");
    ASSERT_REL(x, "Legislative Chamber of Oliy Majlis", KG_AFFILIATED_WITH, "Oliy Majlis");
    long c = find_any(x, "Budget Committee");
    ck_assert_msg(c >= 0, "%s", dump(x));
    ASSERT_REL(x, x->entities[c].name, KG_AFFILIATED_WITH, "Legislative Chamber of Oliy Majlis");
    ASSERT_NO_REL(x, x->entities[c].name, KG_AFFILIATED_WITH, "Oliy Majlis");
}
END_TEST

START_TEST(test_orgs_long_forms_still_merge)
{
    /* what follows a body's name and is no head of its own (more words of its name, a
     * lower-case kind) leaves one body */
    const kg_extraction *x = extract(
        "Report\n\nThe Committee on Information Policy, Information Technology and "
        "Communications met. The Committee on Information Policy said more would follow. The "
        "Kasip Korgan trade union and Kasip Korgan joined.");
    ASSERT_COUNT(x, KG_ORGANISATION, 2);
    long c = find_entity(x, "Committee on Information Policy", KG_ORGANISATION);
    ck_assert_int_ge(c, 0);
    ck_assert_msg(strstr(x->entities[c].name, "Communications") != NULL, "%s", dump(x));
    ASSERT_NO_REL(x, x->entities[c].name, KG_AFFILIATED_WITH, NULL);
    ASSERT_NO_REL(x, "Kasip Korgan", KG_AFFILIATED_WITH, NULL);
}
END_TEST

START_TEST(test_orgs_country_s_body_in_lower_case)
{
    /* "Ukraine's parliament", "Ghana's electoral commission": a country's body, in that
     * country; a person's possessive names no such body */
    const kg_extraction *x =
        extract("Report\n\nMoldova's parliament passed a vote of no confidence on Monday. Chile's "
                "electoral commission announced a run-off. Arvo Pellinen's parliament speech was "
                "short.");
    ASSERT_ENTITY(x, "Moldova's parliament", KG_ORGANISATION);
    ASSERT_REL(x, "Moldova's parliament", KG_LOCATED_IN, "Moldova");
    ASSERT_ENTITY(x, "Chile's electoral commission", KG_ORGANISATION);
    ASSERT_REL(x, "Chile's electoral commission", KG_LOCATED_IN, "Chile");
    ck_assert_msg(!any_name_contains(x, "Pellinen's parliament"), "%s", dump(x));
}
END_TEST

START_TEST(test_orgs_name_opens_the_sentence)
{
    /* a common word that opens the sentence opens the body's name when it is of the kind
     * names are made of: "State Department officials", "Freedom Front leader X" */
    const kg_extraction *x =
        extract("Report\n\nState Department officials said the plan failed. Central Election "
                "Commission chairman Ivan Petrov agreed. Freedom Front leader Marko Dellan "
                "disagreed.");
    ASSERT_ENTITY(x, "State Department", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Central Election Commission", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Freedom Front", KG_ORGANISATION);
    ASSERT_REL(x, "Marko Dellan", KG_AFFILIATED_WITH, "Freedom Front");
    ASSERT_NO_ENTITY(x, "Department", KG_ORGANISATION);
    /* negatives: a word that counts, dates or qualifies stays outside */
    x = extract("Report\n\nSeveral Ministry officials said the plan failed. Yesterday Parliament "
                "approved it. Former Party leader Ivan Petrov agreed.");
    ASSERT_NO_ENTITY(x, "Several Ministry", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Yesterday Parliament", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Former Party", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Former Party", KG_PARTY);
    /* found by review: adjectives of mood or size and adverbs are no name's */
    x = extract("Report\n\nAngry Parliament members walked out. Nearly Parliament members "
                "agreed. Big Bank officials declined.");
    ASSERT_NO_ENTITY(x, "Angry Parliament", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Nearly Parliament", KG_ORGANISATION);
    ASSERT_NO_ENTITY(x, "Big Bank", KG_ORGANISATION);
}
END_TEST

START_TEST(test_orgs_coordination_after_a_place_splits)
{
    /* "the Council of Europe and European Union": a place closes the first name's "of", and
     * a name with its own head follows "and"; a place alone after "and" stays in the name */
    const kg_extraction *x = extract("Report\n\nA delegate of the Council of Europe and "
                                     "European Union spoke. The Bank of Georgia and Armenia "
                                     "lent money.");
    ASSERT_ENTITY(x, "Council of Europe", KG_ORGANISATION);
    ASSERT_ENTITY(x, "European Union", KG_ORGANISATION);
    ASSERT_ENTITY(x, "Bank of Georgia and Armenia", KG_ORGANISATION);
}
END_TEST

START_TEST(test_orgs_acronym_after_or)
{
    /* "X, or ACRONYM,": the acronym set off after a body's name is its short name, whatever
     * language its letters spell; an army is a body */
    const kg_extraction *x =
        extract("Report\n\nThe army fought the Velmar Liberation Army, or FLV, guerrillas. The "
                "FLV denied it. He joined the Ortak Democratic Union, or UDO.");
    ASSERT_ENTITY(x, "Velmar Liberation Army", KG_ORGANISATION);
    long army = find_entity(x, "Velmar Liberation Army", KG_ORGANISATION);
    int flv = 0;
    for (size_t i = 0; army >= 0 && i < x->entities[army].n_aliases; i++)
        flv |= strcmp(x->entities[army].aliases[i].text, "FLV") == 0;
    ck_assert_msg(flv, "FLV is no alias of the army:\n%s", dump(x));
    /* two bodies, each with its acronym, no third entity for either acronym */
    ck_assert_msg(find_any(x, "Ortak Democratic Union") >= 0, "%s", dump(x));
    ck_assert_msg(x->n_entities == 2, "an acronym apart from its body:\n%s", dump(x));
    /* negatives: a single head word before ", or X" is no body's full name, and an acronym
     * most of whose letters begin none of the name's words is another body */
    x = extract("Report\n\nMembers of the Senate, or NATO, met in Brussels. Help may come from "
                "the Collective Security Treaty Organisation, or NATO, Ivan Petrov said.");
    ASSERT_COUNT(x, KG_ORGANISATION, 3);
    for (size_t i = 0; i < x->n_entities; i++)
        ck_assert_msg(x->entities[i].n_aliases == 0, "an alias in:\n%s", dump(x));
}
END_TEST

static Suite *orgs_suite(void)
{
    Suite *s = suite_create("orgs");
    TCase *tc = tcase_create("orgs");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_extract_org_of_chain_part_of);
    tcase_add_test(tc, test_extract_org_abbreviated_words);
    tcase_add_test(tc, test_extract_org_acronym_in_parentheses);
    tcase_add_test(tc, test_extract_org_acronym_of_expansion);
    tcase_add_test(tc, test_extract_org_quoted_name_with_noun);
    tcase_add_test(tc, test_extract_org_newspaper);
    tcase_add_test(tc, test_extract_org_coordinated_ministries_split);
    tcase_add_test(tc, test_extract_org_allcaps_headline_not_org);
    tcase_add_test(tc, test_extract_org_located_in);
    tcase_add_test(tc, test_extract_party_noun_after);
    tcase_add_test(tc, test_extract_party_noun_before);
    tcase_add_test(tc, test_extract_name_acronym_without_head);
    tcase_add_test(tc, test_extract_quoted_name_modified_noun);
    tcase_add_test(tc, test_extract_quoted_alias_balanced);
    tcase_add_test(tc, test_extract_minister_of_portfolio);
    tcase_add_test(tc, test_extract_titlecase_headline_head_noun);
    tcase_add_test(tc, test_extract_city_cue_and_from_affiliation);
    tcase_add_test(tc, test_extract_org_short_forms_merge);
    tcase_add_test(tc, test_extract_org_short_form_ambiguous_stays_apart);
    tcase_add_test(tc, test_extract_org_coordinated_modifiers);
    tcase_add_test(tc, test_extract_org_plural_possessive);
    tcase_add_test(tc, test_extract_org_acronym_parent_and_suffix_acronym);
    tcase_add_test(tc, test_extract_titled_surname_of_named_person_not_split);
    tcase_add_test(tc, test_extract_lowercase_title_before_name);
    tcase_add_test(tc, test_extract_committee_of_a_chamber_in_front);
    tcase_add_test(tc, test_extract_party_of_the_country_and_country_not_org);
    tcase_add_test(tc, test_extract_based_in_place);
    tcase_add_test(tc, test_extract_org_and_inside_name_and_soviet_union);
    tcase_add_test(tc, test_extract_capital_of_country);
    tcase_add_test(tc, test_extract_body_after_parent_acronym);
    tcase_add_test(tc, test_extract_lower_case_parliament);
    tcase_add_test(tc, test_orgs_body_within_a_body);
    tcase_add_test(tc, test_orgs_nearest_parent_only);
    tcase_add_test(tc, test_orgs_long_forms_still_merge);
    tcase_add_test(tc, test_orgs_country_s_body_in_lower_case);
    tcase_add_test(tc, test_orgs_name_opens_the_sentence);
    tcase_add_test(tc, test_orgs_coordination_after_a_place_splits);
    tcase_add_test(tc, test_orgs_acronym_after_or);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(orgs_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
