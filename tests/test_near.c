/* test_near: the near-duplicate index (src/store/kg_near.c) answers exactly as a comparison
 * with every stored signature would: the best match with at least KG_MINHASH_NEAR equal
 * positions, the first added on ties, none below; on random signatures with planted
 * near-duplicates at every distance around the threshold. */
#include "../src/store/kg_near.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 88172645463325252ULL;

static uint32_t next_random(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)rng_state;
}

static int equal_positions(const uint32_t *a, const uint32_t *b)
{
    int n = 0;
    for (int k = 0; k < KG_MINHASH_N; k++)
        n += a[k] == b[k];
    return n;
}

/* The answer of a scan of every signature, in order: the index of the best, or -1. */
static int scan_best(uint32_t (*sigs)[KG_MINHASH_N], int n, const uint32_t *sig)
{
    int best = -1, best_m = KG_MINHASH_NEAR - 1;
    for (int i = 0; i < n; i++) {
        int m = equal_positions(sigs[i], sig);
        if (m > best_m) {
            best_m = m;
            best = i;
        }
    }
    return best;
}

/* A copy of src with `differ` positions changed, at random places. */
static void perturb(const uint32_t *src, uint32_t *out, int differ)
{
    memcpy(out, src, KG_MINHASH_N * sizeof *out);
    int changed = 0;
    while (changed < differ) {
        int k = (int)(next_random() % KG_MINHASH_N);
        if (out[k] != src[k])
            continue;
        out[k] = next_random() | 1u; /* differs from src[k] with near certainty */
        if (out[k] != src[k])
            changed++;
    }
}

START_TEST(test_near_equals_a_full_scan)
{
    enum {
        N = 3000
    };
    static uint32_t sigs[N][KG_MINHASH_N];
    kg_near_index *ix = kg_near_new();
    char label[32];
    int planted = 0, answered = 0;
    for (int i = 0; i < N; i++) {
        uint32_t sig[KG_MINHASH_N];
        if (i > 0 && i % 3 == 0) {
            /* a copy of an earlier one at a distance around the threshold (13-20 differ) */
            int of = (int)(next_random() % (unsigned)i);
            perturb(sigs[of], sig, 13 + (int)(next_random() % 8));
            planted++;
        } else {
            for (int k = 0; k < KG_MINHASH_N; k++)
                sig[k] = next_random() % 50; /* small values: chance collisions of bands */
        }
        int want = scan_best(sigs, i, sig);
        const char *got = kg_near_best(ix, sig);
        if (want < 0) {
            ck_assert_msg(got == NULL, "signature %d: index found %s, a scan nothing", i, got);
        } else {
            snprintf(label, sizeof label, "doc%d", want);
            ck_assert_msg(got && strcmp(got, label) == 0, "signature %d: index %s, scan %s", i,
                          got ? got : "(none)", label);
            answered++;
        }
        memcpy(sigs[i], sig, sizeof sig);
        snprintf(label, sizeof label, "doc%d", i);
        kg_near_add(ix, sig, label);
    }
    ck_assert_int_eq((int)kg_near_count(ix), N);
    /* the planted copies within 16 differences were found, and some beyond were not */
    ck_assert_int_gt(answered, planted / 3);
    ck_assert_int_lt(answered, planted);
    kg_near_index_free(ix);
}
END_TEST

START_TEST(test_near_ties_go_to_the_first)
{
    kg_near_index *ix = kg_near_new();
    uint32_t a[KG_MINHASH_N], b[KG_MINHASH_N];
    for (int k = 0; k < KG_MINHASH_N; k++)
        a[k] = 1000 + (uint32_t)k;
    ck_assert_ptr_null(kg_near_best(ix, a));
    kg_near_add(ix, a, "first");
    kg_near_add(ix, a, "second");
    ck_assert_str_eq(kg_near_best(ix, a), "first");
    /* 48 equal positions is near; 47 is not */
    memcpy(b, a, sizeof b);
    for (int k = 0; k < 16; k++)
        b[k * 4] = 5u + (uint32_t)k;
    ck_assert_str_eq(kg_near_best(ix, b), "first");
    b[1] = 7;
    ck_assert_ptr_null(kg_near_best(ix, b));
    kg_near_index_free(ix);
}
END_TEST

static Suite *near_suite(void)
{
    Suite *s = suite_create("near");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_near_equals_a_full_scan);
    tcase_add_test(tc, test_near_ties_go_to_the_first);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(near_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
