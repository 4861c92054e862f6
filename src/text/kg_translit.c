/* kg_translit: see kg_translit.h. */
#include "kg_translit.h"

#include "../kg_mem.h"
#include "kg_utf8.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

/* The longest input ICU sees; longer strings (never a name) fall back to kg's tables. */
#define MAX_INPUT (1u << 20)

enum {
    FOLD,
    LATIN,
    FORMS
};

/* ICU transform rules (ICU User Guide, "Transforms: Rule Syntax"): the compound steps run
 * in order; bare rules between them form one step of their own. "…" becomes a space before
 * NFKC makes it three full stops, which kg drops inside words. ё goes to BGN as йо, so that
 * BGN still sees a vowel before the next letter ("Мирзиёев" -> "mirziyoyev"). Modifier
 * letters left by Any-Latin (ʿ ʾ ʻ) are apostrophes to kg and dropped. */
static const char *const form_rules[FORMS] = {
    [FOLD] = "… > ' ' ;"
             ":: NFKC ; :: Lower ;"
             "ς > σ ;"
             ":: NFD ; [:Latin:] { [:Mn:]+ > ; :: NFC ;"
             ":: [:Latin:] Latin-ASCII ;"
             "ə > a ;",
    [LATIN] = "… > ' ' ;"
              ":: NFKC ; :: Lower ;"
              "ә > a ; ғ > g ; қ > k ; ң > n ; ө > o ; ұ > u ; ү > u ; һ > h ; і > i ;"
              "ё > йо ; ь > ; ъ > ;"
              ":: Russian-Latin/BGN ;"
              "δ > d ;"
              ":: Greek-Latin/BGN ;"
              ":: Any-Latin ; :: Latin-ASCII ;"
              "ə > a ; [:Lm:] > ;"
              ":: NFD ; [:Mn:]+ > ; :: NFC ; :: Lower ;",
};
static const char *const form_ids[FORMS] = {[FOLD] = "kg-Fold", [LATIN] = "kg-Latin"};

/* One thread's transliterators; a form that failed to open is not tried again. */
typedef struct translit_state {
    UTransliterator *trans[FORMS];
    int failed[FORMS];
} translit_state;

static _Thread_local translit_state *tl_state;
static _Thread_local int tl_simulate_failure;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_key_t state_key;
static int key_ok;

static void state_free(void *p)
{
    translit_state *st = p;
    if (!st)
        return;
    for (int f = 0; f < FORMS; f++)
        utrans_close(st->trans[f]);
    free(st);
}

static void release_at_exit(void)
{
    kg_translit_release();
}

static void make_key(void)
{
    /* threads other than main free theirs through the key's destructor; exit() runs no key
     * destructors, so the main thread's goes at exit */
    key_ok = pthread_key_create(&state_key, state_free) == 0;
    atexit(release_at_exit);
}

void kg_translit_release(void)
{
    if (!tl_state)
        return;
    if (key_ok)
        pthread_setspecific(state_key, NULL);
    state_free(tl_state);
    tl_state = NULL;
}

void kg_translit_simulate_failure(int on)
{
    tl_simulate_failure = on;
}

/* Returns a malloc'd UTF-16 copy of the UTF-8 s[0..n) in *out and its length, or -1 when
 * ICU fails. Invalid UTF-8 becomes U+FFFD. cap is the room to leave (in UChars). */
static int32_t to_utf16(UChar **out, const char *s, size_t n, int32_t cap)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t len = 0;
    *out = kg_xmalloc((size_t)cap * sizeof **out);
    u_strFromUTF8WithSub(*out, cap, &len, s, (int32_t)n, 0xFFFD, NULL, &err);
    if (U_FAILURE(err)) {
        free(*out);
        *out = NULL;
        return -1;
    }
    return len;
}

/* Returns the malloc'd UTF-8 form of u[0..n) and its length in *len, or NULL. */
static char *to_utf8(const UChar *u, int32_t n, size_t *len)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t need = 0;
    u_strToUTF8WithSub(NULL, 0, &need, u, n, 0xFFFD, NULL, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
        return NULL;
    char *out = kg_xmalloc((size_t)need + 1);
    err = U_ZERO_ERROR;
    u_strToUTF8WithSub(out, need + 1, &need, u, n, 0xFFFD, NULL, &err);
    if (U_FAILURE(err)) {
        free(out);
        return NULL;
    }
    out[need] = '\0';
    *len = (size_t)need;
    return out;
}

static UTransliterator *open_form(int f)
{
    UChar *id = NULL, *rules = NULL;
    size_t id_len = strlen(form_ids[f]), rules_len = strlen(form_rules[f]);
    int32_t nid = to_utf16(&id, form_ids[f], id_len, (int32_t)id_len + 1);
    int32_t nrules = to_utf16(&rules, form_rules[f], rules_len, (int32_t)rules_len + 1);
    UTransliterator *t = NULL;
    if (nid >= 0 && nrules >= 0) {
        UErrorCode err = U_ZERO_ERROR;
        UParseError where;
        t = utrans_openU(id, nid, UTRANS_FORWARD, rules, nrules, &where, &err);
        if (U_FAILURE(err)) {
            utrans_close(t);
            t = NULL;
        }
    }
    free(id);
    free(rules);
    return t;
}

/* Returns the calling thread's transliterator of form f, opening it on first use, or NULL
 * when it cannot be opened. */
static UTransliterator *get_form(int f)
{
    if (tl_simulate_failure)
        return NULL;
    if (!tl_state) {
        pthread_once(&key_once, make_key);
        tl_state = kg_xcalloc(1, sizeof *tl_state);
        if (key_ok)
            pthread_setspecific(state_key, tl_state);
    }
    if (!tl_state->trans[f] && !tl_state->failed[f]) {
        tl_state->trans[f] = open_form(f);
        tl_state->failed[f] = tl_state->trans[f] == NULL;
    }
    return tl_state->trans[f];
}

static char *transform(int f, const char *s, size_t n, size_t *len)
{
    UTransliterator *t = get_form(f);
    if (!t || n > MAX_INPUT)
        return NULL;
    /* room for growth: щ -> shch, a Han character -> "zhuang "; retried if short */
    int32_t cap = (int32_t)n * 4 + 16;
    char *out = NULL;
    for (int tries = 0; tries < 3; tries++, cap *= 4) {
        UChar *buf;
        int32_t ulen = to_utf16(&buf, s, n, cap);
        if (ulen < 0)
            return NULL;
        UErrorCode err = U_ZERO_ERROR;
        int32_t limit = ulen;
        utrans_transUChars(t, buf, &ulen, cap, 0, &limit, &err);
        if (U_SUCCESS(err))
            out = to_utf8(buf, ulen, len);
        free(buf);
        if (err != U_BUFFER_OVERFLOW_ERROR)
            break;
    }
    return out;
}

char *kg_translit_fold(const char *s, size_t n, size_t *len)
{
    return transform(FOLD, s, n, len);
}

char *kg_translit_latin(const char *s, size_t n, size_t *len)
{
    return transform(LATIN, s, n, len);
}

int kg_translit_needed(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp = kg_utf8_next(s, n, &i);
        if (!kg_cp_is_apostrophe(cp) && !kg_cp_is_dash(cp) && !kg_cp_is_quote(cp) &&
            !kg_cp_is_space(cp) && cp != 0x2026)
            return 1;
    }
    return 0;
}

int kg_translit_is_alnum(uint32_t cp)
{
    return cp <= 0x10FFFF &&
           (u_hasBinaryProperty((UChar32)cp, UCHAR_ALPHABETIC) || u_isdigit((UChar32)cp));
}

int kg_translit_is_mark(uint32_t cp)
{
    return cp <= 0x10FFFF && (U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK) != 0;
}
