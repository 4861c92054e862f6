/* kg_lexicon: see kg_lexicon.h. A small open-addressing hash map from string to value
 * index per list. */
#include "kg_lexicon.h"

#include "../kg_mem.h"
#include "kg_config.h"
#include "kg_strhash.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct strmap {
    char **keys;
    size_t *lens; /* per slot: strlen of its key (compared before the bytes) */
    size_t *values;
    size_t cap; /* power of two */
    size_t n;
} strmap;

struct kg_lexicon {
    strmap lists[KG_LIST_COUNT];
    strmap events; /* value: index into event_kinds */
    char **event_kinds;
    size_t n_event_kinds;
    strmap places;          /* value: index into place_rows */
    strmap demonym_country; /* value: index into strings (the country's name) */
    kg_place *place_rows;
    size_t n_places;
    size_t cap_places;
    char **strings; /* every string the place rows point to */
    size_t n_strings;
    size_t cap_strings;
};

static size_t *map_slot(const strmap *m, const char *s, size_t n, int *found)
{
    *found = 0;
    if (!m->cap)
        return NULL;
    size_t i = (size_t)kg_strhash(s, n) & (m->cap - 1);
    while (m->keys[i]) {
        if (m->lens[i] == n && memcmp(m->keys[i], s, n) == 0) {
            *found = 1;
            return &m->values[i];
        }
        i = (i + 1) & (m->cap - 1);
    }
    return &m->values[i];
}

static void map_put(strmap *m, const char *s, size_t value)
{
    if ((m->n + 1) * 2 > m->cap) {
        strmap bigger = {0};
        bigger.cap = m->cap ? m->cap * 2 : 64;
        bigger.keys = kg_xcalloc(bigger.cap, sizeof *bigger.keys);
        bigger.lens = kg_xcalloc(bigger.cap, sizeof *bigger.lens);
        bigger.values = kg_xcalloc(bigger.cap, sizeof *bigger.values);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t k = (size_t)kg_strhash(m->keys[i], m->lens[i]) & (bigger.cap - 1);
                while (bigger.keys[k])
                    k = (k + 1) & (bigger.cap - 1);
                bigger.keys[k] = m->keys[i];
                bigger.lens[k] = m->lens[i];
                bigger.values[k] = m->values[i];
                bigger.n++;
            }
        free(m->keys);
        free(m->lens);
        free(m->values);
        *m = bigger;
    }
    size_t n = strlen(s);
    size_t i = (size_t)kg_strhash(s, n) & (m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], s) == 0)
            return; /* first entry wins */
        i = (i + 1) & (m->cap - 1);
    }
    m->keys[i] = kg_xstrdup(s);
    m->lens[i] = n;
    m->values[i] = value;
    m->n++;
}

static void map_free(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->lens);
    free(m->values);
}

const char *kg_lexicon_default_dir(void)
{
    const char *env = getenv("KG_DATA_DIR");
    if (env && *env)
        return env;
    FILE *f = fopen(KG_DATA_DIR_SOURCE "/titles.txt", "r");
    if (f) {
        fclose(f);
        return KG_DATA_DIR_SOURCE;
    }
    return KG_DATA_DIR_INSTALLED;
}

/* Calls fn for each non-comment line of dir/name split into up to 8 tab-separated fields. */
static int each_line(const char *dir, const char *name, int required,
                     void (*fn)(kg_lexicon *, char **, size_t, size_t), kg_lexicon *lx, size_t arg,
                     kg_error *err)
{
    char *path = kg_xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        int rc = required ? kg_error_set(err, KG_EIO, "cannot read lexicon '%s'", path) : KG_OK;
        free(path);
        return rc;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        char *fields[8];
        size_t nf = 0;
        char *p = line;
        fields[nf++] = p;
        while ((p = strchr(p, '\t')) && nf < 8) {
            *p++ = '\0';
            fields[nf++] = p;
        }
        fn(lx, fields, nf, arg);
    }
    free(line);
    fclose(f);
    free(path);
    return KG_OK;
}

static void add_word(kg_lexicon *lx, char **fields, size_t nf, size_t list)
{
    (void)nf;
    map_put(&lx->lists[list], fields[0], 1);
}

static void add_event(kg_lexicon *lx, char **fields, size_t nf, size_t unused)
{
    (void)unused;
    const char *kind = nf > 1 ? fields[1] : "meeting";
    size_t k;
    for (k = 0; k < lx->n_event_kinds; k++)
        if (strcmp(lx->event_kinds[k], kind) == 0)
            break;
    if (k == lx->n_event_kinds) {
        lx->event_kinds =
            kg_xrealloc(lx->event_kinds, (lx->n_event_kinds + 1) * sizeof *lx->event_kinds);
        lx->event_kinds[lx->n_event_kinds++] = kg_xstrdup(kind);
    }
    map_put(&lx->events, fields[0], k);
}

static const char *intern(kg_lexicon *lx, const char *s)
{
    if (!s || !*s)
        return NULL;
    KG_GROW(lx->strings, lx->cap_strings, lx->n_strings + 1);
    return lx->strings[lx->n_strings++] = kg_xstrdup(s);
}

/* places.tsv: name, canonical, kind, country_code, region, lat, lon */
static void add_place(kg_lexicon *lx, char **f, size_t nf, size_t unused)
{
    (void)unused;
    if (nf < 3)
        return;
    KG_GROW(lx->place_rows, lx->cap_places, lx->n_places + 1);
    kg_place *p = &lx->place_rows[lx->n_places];
    *p = (kg_place){0};
    p->canonical = intern(lx, f[1][0] ? f[1] : f[0]);
    p->kind = intern(lx, f[2]);
    p->country = nf > 3 ? intern(lx, f[3]) : NULL;
    p->region = nf > 4 ? intern(lx, f[4]) : NULL;
    if (nf > 6 && f[5][0] && f[6][0]) {
        p->has_geo = 1;
        p->lat = atof(f[5]);
        p->lon = atof(f[6]);
    }
    /* a name that is a country and a town ("Mozambique", "Luxembourg") names the country,
     * whichever file lists it first; the first row wins otherwise (places_extra.tsv, read
     * first, over places.tsv) */
    int found;
    size_t *v = map_slot(&lx->places, f[0], strlen(f[0]), &found);
    if (found && p->kind && strcmp(p->kind, "country") == 0 &&
        (!lx->place_rows[*v].kind || strcmp(lx->place_rows[*v].kind, "country") != 0))
        *v = lx->n_places;
    else
        map_put(&lx->places, f[0], lx->n_places);
    lx->n_places++;
}

/* demonyms.txt: adjective, and the one country it belongs to where there is one */
static void add_demonym_country(kg_lexicon *lx, char **f, size_t nf, size_t unused)
{
    (void)unused;
    if (nf < 2 || !f[1][0])
        return;
    intern(lx, f[1]);
    map_put(&lx->demonym_country, f[0], lx->n_strings - 1);
}

int kg_lexicon_load(kg_lexicon **out, const char *dir, kg_error *err)
{
    static const struct {
        const char *file;
        kg_wordlist list;
        int required;
    } files[] = {
        {"given_names.txt", KG_LIST_GIVEN_NAMES, 1},
        {"given_names_census.txt", KG_LIST_GIVEN_NAMES, 0},
        {"org_heads.txt", KG_LIST_ORG_HEADS, 1},
        {"org_nouns.txt", KG_LIST_ORG_NOUNS, 1},
        {"titles.txt", KG_LIST_TITLES, 1},
        {"speech_verbs.txt", KG_LIST_SPEECH_VERBS, 1},
        {"demonyms.txt", KG_LIST_DEMONYMS, 1},
        {"common_words.txt", KG_LIST_COMMON_WORDS, 0},
        {"parties.txt", KG_LIST_PARTIES, 0},
        {"given_names_places.txt", KG_LIST_GIVEN_PLACES, 0},
    };
    *out = NULL;
    kg_lexicon *lx = kg_xcalloc(1, sizeof *lx);
    int rc = KG_OK;
    for (size_t i = 0; i < sizeof files / sizeof files[0] && rc == KG_OK; i++)
        rc = each_line(dir, files[i].file, files[i].required, add_word, lx, files[i].list, err);
    if (rc == KG_OK)
        rc = each_line(dir, "event_nouns.txt", 1, add_event, lx, 0, err);
    if (rc == KG_OK)
        rc = each_line(dir, "demonyms.txt", 1, add_demonym_country, lx, 0, err);
    /* the hand-written supplement first: its rows win over the generated gazetteer's */
    if (rc == KG_OK)
        rc = each_line(dir, "places_extra.tsv", 0, add_place, lx, 0, err);
    if (rc == KG_OK)
        rc = each_line(dir, "places.tsv", 0, add_place, lx, 0, err);
    if (rc != KG_OK) {
        kg_lexicon_free(lx);
        return rc;
    }
    *out = lx;
    return KG_OK;
}

void kg_lexicon_free(kg_lexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < KG_LIST_COUNT; i++)
        map_free(&lx->lists[i]);
    map_free(&lx->events);
    map_free(&lx->places);
    map_free(&lx->demonym_country);
    for (size_t i = 0; i < lx->n_event_kinds; i++)
        free(lx->event_kinds[i]);
    free(lx->event_kinds);
    for (size_t i = 0; i < lx->n_strings; i++)
        free(lx->strings[i]);
    free(lx->strings);
    free(lx->place_rows);
    free(lx);
}

int kg_lexicon_has(const kg_lexicon *lx, kg_wordlist list, const char *word, size_t n)
{
    int found;
    map_slot(&lx->lists[list], word, n, &found);
    return found;
}

const char *kg_lexicon_event_kind(const kg_lexicon *lx, const char *word, size_t n)
{
    int found;
    size_t *v = map_slot(&lx->events, word, n, &found);
    return found ? lx->event_kinds[*v] : NULL;
}

const kg_place *kg_lexicon_place(const kg_lexicon *lx, const char *name, size_t n)
{
    int found;
    size_t *v = map_slot(&lx->places, name, n, &found);
    return found ? &lx->place_rows[*v] : NULL;
}

const char *kg_lexicon_demonym_country(const kg_lexicon *lx, const char *word, size_t n)
{
    int found;
    size_t *v = map_slot(&lx->demonym_country, word, n, &found);
    return found ? lx->strings[*v] : NULL;
}
