/* kg_translit: see kg_translit.h. */
#include "kg_translit.h"

#include "../kg_mem.h"
#include "kg_utf8.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

/* The longest input ICU sees; longer strings (never a name) fall back to kg's tables. It
 * bounds the buffers too: NFKC makes at most 18 units of one, a transliteration retry 64. */
#define MAX_INPUT (1u << 16)

enum {
    ASCII, /* Latin letters left after NFD and dropping marks: đ ł ø æ ı ə */
    LATIN, /* the latin form, whole */
    FORMS
};

/* ICU transform rules (ICU User Guide, "Transforms: Rule Syntax"): the compound steps run
 * in order; bare rules between them form one step of their own. The first "::" step makes
 * ICU load its registry of transforms (some 25 ms and 4 MB), so the fold form of the usual
 * accented Latin ("Chargé", "Nguyễn") needs no transliterator, only ICU's normalisers.
 * LATIN: "…" becomes a space before NFKC makes it three full stops, which kg drops inside
 * words. ё goes to BGN as йо, so that BGN still sees a vowel before the next letter
 * ("Мирзиёев" -> "mirziyoyev"). Modifier letters left by Any-Latin (ʿ ʾ ʻ) are apostrophes to
 * kg and dropped. */
static const char *const form_rules[FORMS] = {
    [ASCII] = ":: [:Latin:] Latin-ASCII ; ə > a ;",
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
static const char *const form_ids[FORMS] = {[ASCII] = "kg-ASCII", [LATIN] = "kg-Latin"};

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

/* A malloc'd UTF-16 string: p[0..len) in cap UChars. */
typedef struct u16 {
    UChar *p;
    int32_t len, cap;
} u16;

/* Fills b with the UTF-8 s[0..n), invalid UTF-8 as U+FFFD. Returns 0, or -1 when ICU fails
 * (b is then empty). */
static int u16_from_utf8(u16 *b, const char *s, size_t n)
{
    UErrorCode err = U_ZERO_ERROR;
    b->cap = (int32_t)n + 1; /* UTF-16 never has more units than UTF-8 has bytes */
    b->p = kg_xmalloc((size_t)b->cap * sizeof *b->p);
    u_strFromUTF8WithSub(b->p, b->cap, &b->len, s, (int32_t)n, 0xFFFD, NULL, &err);
    if (U_FAILURE(err)) {
        free(b->p);
        *b = (u16){0};
        return -1;
    }
    return 0;
}

/* Returns the malloc'd UTF-8 form of b and its length in *len, or NULL. */
static char *u16_to_utf8(const u16 *b, size_t *len)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t need = 0;
    u_strToUTF8WithSub(NULL, 0, &need, b->p, b->len, 0xFFFD, NULL, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
        return NULL;
    char *out = kg_xmalloc((size_t)need + 1);
    err = U_ZERO_ERROR;
    u_strToUTF8WithSub(out, need + 1, &need, b->p, b->len, 0xFFFD, NULL, &err);
    if (U_FAILURE(err)) {
        free(out);
        return NULL;
    }
    out[need] = '\0';
    *len = (size_t)need;
    return out;
}

/* Replaces b by its normalisation under n. Returns 0 or -1. */
static int u16_normalize(u16 *b, const UNormalizer2 *n)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t need = unorm2_normalize(n, b->p, b->len, NULL, 0, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
        return -1;
    u16 out = {kg_xmalloc(((size_t)need + 1) * sizeof *out.p), 0, need + 1};
    err = U_ZERO_ERROR;
    out.len = unorm2_normalize(n, b->p, b->len, out.p, out.cap, &err);
    if (U_FAILURE(err)) {
        free(out.p);
        return -1;
    }
    free(b->p);
    *b = out;
    return 0;
}

static UTransliterator *open_form(int f)
{
    u16 id, rules;
    UTransliterator *t = NULL;
    if (u16_from_utf8(&id, form_ids[f], strlen(form_ids[f])) == 0 &&
        u16_from_utf8(&rules, form_rules[f], strlen(form_rules[f])) == 0) {
        UErrorCode err = U_ZERO_ERROR;
        UParseError where;
        t = utrans_openU(id.p, id.len, UTRANS_FORWARD, rules.p, rules.len, &where, &err);
        if (U_FAILURE(err)) {
            utrans_close(t);
            t = NULL;
        }
        free(rules.p);
    }
    free(id.p);
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

/* Transliterates b in place with form f. Returns 0 or -1. */
static int u16_transliterate(u16 *b, int f)
{
    UTransliterator *t = get_form(f);
    if (!t)
        return -1;
    /* room for growth (щ -> shch, a Han character -> "zhuang "), more when that is short */
    for (int32_t cap = b->len * 4 + 16, tries = 0; tries < 3; tries++, cap *= 4) {
        u16 out = {kg_xmalloc((size_t)cap * sizeof *out.p), b->len, cap};
        memcpy(out.p, b->p, (size_t)b->len * sizeof *out.p);
        UErrorCode err = U_ZERO_ERROR;
        int32_t limit = out.len;
        utrans_transUChars(t, out.p, &out.len, out.cap, 0, &limit, &err);
        if (U_SUCCESS(err)) {
            free(b->p);
            *b = out;
            return 0;
        }
        free(out.p);
        if (err != U_BUFFER_OVERFLOW_ERROR)
            break;
    }
    return -1;
}

/* Drops the nonspacing marks on Latin letters from b, in NFD; those on other scripts stay
 * (й is no и with a diacritic). Returns 1 when a Latin letter beyond ASCII is left. */
static int u16_drop_latin_marks(u16 *b)
{
    int32_t w = 0;
    int on_latin = 0, latin_left = 0;
    for (int32_t r = 0; r < b->len;) {
        int32_t start = r;
        UChar32 c = b->p[r++];
        if (c >= 0xD800 && c <= 0xDBFF && r < b->len && b->p[r] >= 0xDC00 && b->p[r] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (b->p[r++] - 0xDC00);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (on_latin)
                continue;
        } else {
            UErrorCode err = U_ZERO_ERROR;
            on_latin = uscript_getScript(c, &err) == USCRIPT_LATIN && U_SUCCESS(err);
            latin_left |= on_latin && c >= 0x80;
        }
        while (start < r)
            b->p[w++] = b->p[start++];
    }
    b->len = w;
    return latin_left;
}

char *kg_translit_fold(const char *s, size_t n, size_t *len)
{
    if (n > MAX_INPUT || tl_simulate_failure)
        return NULL;
    u16 b;
    if (u16_from_utf8(&b, s, n) < 0)
        return NULL;
    char *out = NULL;
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&err);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
    if (U_FAILURE(err))
        goto done;
    for (int32_t i = 0; i < b.len; i++)
        if (b.p[i] == 0x2026) /* "…": a space, not three full stops */
            b.p[i] = ' ';
    if (u16_normalize(&b, nfkc_cf) < 0 || u16_normalize(&b, nfd) < 0)
        goto done;
    if (u16_drop_latin_marks(&b) && u16_transliterate(&b, ASCII) < 0)
        goto done;
    if (u16_normalize(&b, nfc) == 0)
        out = u16_to_utf8(&b, len);
done:
    free(b.p);
    return out;
}

char *kg_translit_latin(const char *s, size_t n, size_t *len)
{
    if (n > MAX_INPUT)
        return NULL;
    u16 b;
    if (u16_from_utf8(&b, s, n) < 0)
        return NULL;
    char *out = u16_transliterate(&b, LATIN) == 0 ? u16_to_utf8(&b, len) : NULL;
    free(b.p);
    return out;
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

int kg_translit_other_script(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        UErrorCode err = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript((UChar32)kg_utf8_next(s, n, &i), &err);
        if (U_FAILURE(err) ||
            (sc != USCRIPT_LATIN && sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED))
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
