/* test_score: quality regression. Builds the seed articles, the dev sets (real public
 * articles with hand-written gold, tests/data/dev to dev5) and the shared corpus articles
 * (gold in tests/data/corpus-gold) into fresh stores, exports node-link JSON and scores it
 * with ../shared/eval/kg-score. The thresholds are the targets of the issues
 * (seeds) and a floor under the figures measured when the rules were last changed (dev sets):
 * a change that makes extraction worse fails here. Skipped with a note where kg-score or a
 * Python 3 is not at hand. */
#include "../src/kg_mem.h"
#include "harness.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define KG_SCORE KG_SOURCE_ROOT "/../shared/eval/kg-score"
#define SHARED_GOLD KG_SOURCE_ROOT "/../shared/gold"

static int have_scorer(void)
{
    if (access(KG_SCORE, R_OK) != 0 || access("/usr/bin/python3", X_OK) != 0) {
        printf("note: %s or /usr/bin/python3 missing; quality checks skipped\n", KG_SCORE);
        return 0;
    }
    return 1;
}

typedef struct score {
    double entities_f1;
    double relations_f1;
    long duplicates;
} score;

/* Runs cmd (which builds stores under dir and ends with kg-score --json), reads the scores
 * from the object under key (NULL: the top level), prints them with label, and removes dir.
 * Takes ownership of cmd and dir. */
static score run_scoring(char *cmd, char *dir, const char *key, const char *label)
{
    char *out = NULL, *err = NULL;
    int rc = harness_run(cmd, &out, &err);
    ck_assert_msg(rc == 0, "build or scoring failed (%d): %s", rc, err);
    json_error_t jerr;
    json_t *root = json_loads(out, 0, &jerr);
    ck_assert_msg(root != NULL, "kg-score output is not JSON: %s", jerr.text);
    json_t *scores = key ? json_object_get(root, key) : root;
    json_t *summary = json_object_get(scores, "summary");
    score s;
    s.relations_f1 = json_number_value(json_object_get(summary, "relations_f1"));
    s.entities_f1 = json_number_value(json_object_get(summary, "entities_f1"));
    s.duplicates = (long)json_integer_value(
        json_object_get(json_object_get(scores, "entities"), "duplicates"));
    printf("%s: entities F1 %.3f, relations F1 %.3f, duplicates %ld\n", label, s.entities_f1,
           s.relations_f1, s.duplicates);
    json_decref(root);
    free(out);
    free(err);
    free(cmd);
    harness_rmtree(dir);
    free(dir);
    return s;
}

/* Builds inputs (a shell word list) into one fresh store, exports JSON, scores it against
 * gold. */
static score build_and_score(const char *inputs, const char *gold)
{
    char *dir = harness_tmpdir();
    char *cmd = kg_xasprintf("'%s' -q --db '%s/kg.db' build %s && '%s' --db '%s/kg.db' export "
                             "json -o '%s/g.json' && /usr/bin/python3 '%s' --gold '%s' --pred "
                             "'%s/g.json' --json",
                             KG_BINARY, dir, inputs, KG_BINARY, dir, dir, KG_SCORE, gold, dir);
    return run_scoring(cmd, dir, NULL, gold);
}

/* Builds each article of text_dir that has a gold file in gold_dir into a store of its
 * own, exports it, and scores all of them together (micro-averaged over the documents):
 * every document is judged on its own graph, as a user who builds one article would. */
static score build_and_score_each(const char *text_dir, const char *gold_dir)
{
    char *dir = harness_tmpdir();
    char *cmd = kg_xasprintf(
        "mkdir -p '%s/gold' '%s/pred' && for g in '%s'/*.json; do b=$(basename \"$g\" .json); "
        "[ -f '%s'/\"$b.txt\" ] || continue; cp \"$g\" '%s/gold/' && '%s' -q --db "
        "'%s'/\"$b.db\" build '%s'/\"$b.txt\" && '%s' --db '%s'/\"$b.db\" export json -o "
        "'%s/pred'/\"$b.json\" || exit 1; done && /usr/bin/python3 '%s' --gold-dir '%s/gold' "
        "--pred-dir '%s/pred' --json",
        dir, dir, gold_dir, text_dir, dir, KG_BINARY, dir, text_dir, KG_BINARY, dir, dir, KG_SCORE,
        dir, dir);
    return run_scoring(cmd, dir, "micro", gold_dir);
}

START_TEST(test_score_seeds_combined_meet_targets)
{
    if (!have_scorer())
        return;
    score s = build_and_score("'" KG_SOURCE_ROOT
                              "/examples/kisi-zhezkazgan-2023-03-03.txt' '" KG_SOURCE_ROOT
                              "/examples/moscow-roundtable-2023-03-19.txt'",
                              SHARED_GOLD "/seeds-combined.json");
    ck_assert_double_ge(s.entities_f1, 0.95);
    ck_assert_double_ge(s.relations_f1, 0.85);
    ck_assert_int_eq(s.duplicates, 0);
}
END_TEST

START_TEST(test_score_each_seed_meets_targets)
{
    if (!have_scorer())
        return;
    static const char *const seeds[] = {"kisi-zhezkazgan-2023-03-03",
                                        "moscow-roundtable-2023-03-19"};
    for (size_t i = 0; i < 2; i++) {
        char *input = kg_xasprintf("'%s/examples/%s.txt'", KG_SOURCE_ROOT, seeds[i]);
        char *gold = kg_xasprintf("%s/%s.json", SHARED_GOLD, seeds[i]);
        score s = build_and_score(input, gold);
        ck_assert_double_ge(s.entities_f1, 0.95);
        ck_assert_double_ge(s.relations_f1, 0.85);
        ck_assert_int_eq(s.duplicates, 0);
        free(input);
        free(gold);
    }
}
END_TEST

START_TEST(test_score_dev_set_stays_above_floor)
{
    if (!have_scorer())
        return;
    /* measured 0.980 / 0.912 per document (and 0.980 / 0.920 for the store of all eight)
     * at the last change of rules; the issue targets are 0.85 / 0.60 */
    score s = build_and_score_each(KG_TEST_DATA "/dev", KG_TEST_DATA "/dev");
    ck_assert_double_ge(s.entities_f1, 0.96);
    ck_assert_double_ge(s.relations_f1, 0.89);
    ck_assert_int_le(s.duplicates, 1);
    s = build_and_score("'" KG_TEST_DATA "/dev'", KG_TEST_DATA "/dev/dev-combined.json");
    ck_assert_double_ge(s.entities_f1, 0.96);
    ck_assert_double_ge(s.relations_f1, 0.89);
    ck_assert_int_le(s.duplicates, 1);
}
END_TEST

START_TEST(test_score_second_dev_set_stays_above_floor)
{
    if (!have_scorer())
        return;
    /* measured 0.942 / 0.806 per document at the last change of rules */
    score s = build_and_score_each(KG_TEST_DATA "/dev2", KG_TEST_DATA "/dev2");
    ck_assert_double_ge(s.entities_f1, 0.92);
    ck_assert_double_ge(s.relations_f1, 0.78);
}
END_TEST

START_TEST(test_score_later_dev_sets_stay_above_floor)
{
    if (!have_scorer())
        return;
    /* readouts (dev3) and narrative news (dev4), gold written by helpers who never saw kg:
     * measured 0.931 / 0.754 and 0.839 / 0.600 per document at the last change of rules
     * (0.838 / 0.389 and 0.813 / 0.429 before the rules they guided) */
    score s = build_and_score_each(KG_TEST_DATA "/dev3", KG_TEST_DATA "/dev3");
    ck_assert_double_ge(s.entities_f1, 0.91);
    ck_assert_double_ge(s.relations_f1, 0.73);
    s = build_and_score_each(KG_TEST_DATA "/dev4", KG_TEST_DATA "/dev4");
    ck_assert_double_ge(s.entities_f1, 0.81);
    ck_assert_double_ge(s.relations_f1, 0.57);
    /* embassy event reports (dev5): 0.819 / 0.431 (0.715 / 0.230 before) */
    s = build_and_score_each(KG_TEST_DATA "/dev5", KG_TEST_DATA "/dev5");
    ck_assert_double_ge(s.entities_f1, 0.79);
    ck_assert_double_ge(s.relations_f1, 0.40);
}
END_TEST

START_TEST(test_score_shared_corpus_stays_above_floor)
{
    if (!have_scorer())
        return;
    /* ../shared/corpus/news with the gold in tests/data/corpus-gold: measured 0.876 / 0.609
     * per document at the last change of rules (0.610 before them: the scorer's lenient
     * event matching had counted three links of the main forum for the meetings beside it) */
    score s =
        build_and_score_each(KG_SOURCE_ROOT "/../shared/corpus/news", KG_TEST_DATA "/corpus-gold");
    ck_assert_double_ge(s.entities_f1, 0.84);
    ck_assert_double_ge(s.relations_f1, 0.59);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("score");
    TCase *tc = tcase_create("quality");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_score_seeds_combined_meet_targets);
    tcase_add_test(tc, test_score_each_seed_meets_targets);
    tcase_add_test(tc, test_score_dev_set_stays_above_floor);
    tcase_add_test(tc, test_score_second_dev_set_stays_above_floor);
    tcase_add_test(tc, test_score_later_dev_sets_stay_above_floor);
    tcase_add_test(tc, test_score_shared_corpus_stays_above_floor);
    suite_add_tcase(s, tc);
    return harness_run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
