/* kg_query_fuzzy: the fuzzy search of entity names behind `kg query search` and the
 * suggestions of a name that is not found.
 *
 * An entity's score is the best of its names (name key and alias keys, normalised as the
 * query is): 1.0 when a name equals the query, 0.9 when one starts with it (a query of at
 * least 2 characters), 0.8 when one contains it (at least 3), else, when a name shares a
 * three-character sequence (trigram) with the query, 0.7 - 0.1 d for a name within edit
 * distance d <= len/3 + 1 of the query, or 0.6 - 0.1 d for a word of a name within that
 * distance. The structured keys of events ("meeting|<hash>|place") count by equality and
 * prefix only. Results: best first, ties by entity id.
 *
 * On a store of schema 3 the candidates come from its indexes: names equal to the query and
 * names it begins (entities_key, aliases_key), names that contain it (an FTS5 phrase over
 * the trigram index, kg_name_index.h), and, only when those give fewer entities than asked
 * for, the entities whose names share the most trigrams with the query (FTS5's bm25 over the
 * query's rarer trigrams), each scored as above. An older store opened for reading is
 * scanned whole, with the same scores. The index path equals the scan but where a tier of
 * candidates is cut at its bound (FUZZY_CAP names tied at one score, FUZZY_RANKED trigram
 * candidates). */
#include "../src/kg_mem.h"
#include "../src/resolve/kg_normalize.h"
#include "kg_idset.h"
#include "kg_query.h"

#include <stdlib.h>
#include <string.h>

/* most names read from each index for the equal, prefix and contained tiers */
#define FUZZY_CAP 300
/* most entities re-ranked from the trigram candidates */
#define FUZZY_RANKED 200
/* most rows of the trigram index the trigram query may match: the commonest trigrams of the
 * query are left out beyond it (the rarest is always kept) */
#define FUZZY_BUDGET 3000

/* The distinct trigrams (three UTF-8 characters) of q: a malloc'd array of malloc'd strings,
 * *n of them. */
static char **trigrams_of(const char *q, size_t *n)
{
    char **out = NULL;
    size_t cap = 0;
    *n = 0;
    size_t starts[4] = {0}, k = 0; /* the starts of the last characters seen */
    for (size_t i = 0;; i++) {
        int boundary = q[i] == '\0' || ((unsigned char)q[i] & 0xC0) != 0x80;
        if (!boundary)
            continue;
        if (k == 3) { /* characters at starts[0..2] end at i */
            char *t = kg_xstrndup(q + starts[0], i - starts[0]);
            int dup = 0;
            for (size_t j = 0; j < *n && !dup; j++)
                dup = strcmp(out[j], t) == 0;
            if (dup) {
                free(t);
            } else {
                KG_GROW(out, cap, *n + 1);
                out[(*n)++] = t;
            }
            starts[0] = starts[1];
            starts[1] = starts[2];
            k = 2;
        }
        if (q[i] == '\0')
            break;
        starts[k++] = i;
    }
    return out;
}

static void free_strings(char **a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(a[i]);
    free(a);
}

/* The score of one name key by equality, prefix and containment, else 0. */
static double exact_tier(const char *q, size_t ql, const char *key, size_t kl)
{
    if (kl == ql && memcmp(key, q, ql) == 0)
        return 1.0;
    if (ql >= 2 && kl >= ql && memcmp(key, q, ql) == 0)
        return 0.9;
    if (ql >= 3 && kl > ql) {
        /* the name is not NUL-terminated inside the list: search within kl bytes */
        for (size_t i = 1; i + ql <= kl; i++)
            if (key[i] == q[0] && memcmp(key + i, q, ql) == 0)
                return 0.8;
    }
    return 0;
}

/* The score of one name key by edit distance, of the whole name or of one of its words. */
static double distance_tier(const char *q, size_t ql, const char *key, size_t kl)
{
    size_t cap = ql / 3 + 1;
    char *name = kg_xstrndup(key, kl);
    double score = 0;
    size_t d = kg_normalize_distance(q, name, cap);
    if (d <= cap) {
        score = 0.7 - 0.1 * (double)d;
    } else {
        /* a word of the name close to the query: "Tokaev" ~ "kassym-jomart tokayev" */
        const char *w = name;
        while (w && *w) {
            const char *sp = strchr(w, ' ');
            size_t wl = sp ? (size_t)(sp - w) : strlen(w);
            char *word = kg_xstrndup(w, wl);
            size_t dw = kg_normalize_distance(q, word, cap);
            if (dw <= cap && 0.6 - 0.1 * (double)dw > score)
                score = 0.6 - 0.1 * (double)dw;
            free(word);
            w = sp ? sp + 1 : NULL;
        }
    }
    free(name);
    return score;
}

/* 1 when the name of kl bytes at key contains the trigram t. */
static int has_trigram(const char *key, size_t kl, const char *t)
{
    size_t tl = strlen(t);
    for (size_t i = 0; i + tl <= kl; i++)
        if (key[i] == t[0] && memcmp(key + i, t, tl) == 0)
            return 1;
    return 0;
}

/* The score of an entity whose names are the lines of names (its key, then its aliases').
 * A structured key (kg_name_index.h: not in the trigram index) scores by equality and
 * prefix only. */
static double entity_score(const char *q, size_t ql, char *const *tris, size_t n_tris,
                           const char *names)
{
    int shares = 0;
    for (const char *p = names; p && !shares;) {
        const char *nl = strchr(p, '\n');
        size_t kl = nl ? (size_t)(nl - p) : strlen(p);
        if (!memchr(p, '|', kl))
            for (size_t t = 0; t < n_tris && !shares; t++)
                shares = has_trigram(p, kl, tris[t]);
        p = nl ? nl + 1 : NULL;
    }
    double best = 0;
    for (const char *p = names; p;) {
        const char *nl = strchr(p, '\n');
        size_t kl = nl ? (size_t)(nl - p) : strlen(p);
        int plain = !memchr(p, '|', kl);
        double s = exact_tier(q, ql, p, kl);
        if (!plain && s < 0.9)
            s = 0;
        if (s == 0 && shares && plain)
            s = distance_tier(q, ql, p, kl);
        if (s > best)
            best = s;
        p = nl ? nl + 1 : NULL;
    }
    return best;
}

/* The best max entities, best first, ties by id. */
typedef struct top {
    long long *ids;
    double *scores;
    size_t n, max;
} top;

static void top_add(top *t, long long id, double score)
{
    if (score <= 0 || t->max == 0)
        return;
    size_t k = t->n;
    if (k == t->max) {
        if (score < t->scores[k - 1] || (score == t->scores[k - 1] && id > t->ids[k - 1]))
            return;
        k--; /* the worst goes */
    } else {
        t->n++;
    }
    for (; k > 0 && (score > t->scores[k - 1] || (score == t->scores[k - 1] && id < t->ids[k - 1]));
         k--) {
        t->ids[k] = t->ids[k - 1];
        t->scores[k] = t->scores[k - 1];
    }
    t->ids[k] = id;
    t->scores[k] = score;
}

size_t kg_query_fuzzy_scan(kg_store *st, const char *text, long long *ids, double *scores,
                           size_t max)
{
    char *q = kg_normalize_key(text, strlen(text));
    size_t ql = strlen(q), n_tris = 0;
    char **tris = trigrams_of(q, &n_tris);
    top t = {ids, scores, 0, max};
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st),
                       "SELECT e.id, e.key || coalesce(char(10) || (SELECT group_concat(a.key,"
                       " char(10)) FROM aliases a WHERE a.entity = e.id), '') FROM entities e",
                       -1, &s, NULL);
    while (sqlite3_step(s) == SQLITE_ROW)
        top_add(&t, sqlite3_column_int64(s, 0),
                entity_score(q, ql, tris, n_tris, (const char *)sqlite3_column_text(s, 1)));
    sqlite3_finalize(s);
    free_strings(tris, n_tris);
    free(q);
    return t.n;
}

/* Adds to seen and t the entities of the rows of s (id, score) not seen yet; the score
 * column may be absent (n_cols 1), then every row scores fixed. Returns the rows read. */
static size_t add_ids(sqlite3_stmt *s, kg_idset *seen, top *t, double fixed)
{
    size_t rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        rows++;
        long long id = sqlite3_column_int64(s, 0);
        if (kg_idset_add(seen, id))
            top_add(t, id, fixed);
    }
    sqlite3_reset(s);
    return rows;
}

/* Adds the entities of the rows of s (rowid, names) not seen yet, each scored. */
static void add_scored(sqlite3_stmt *s, kg_idset *seen, top *t, const char *q, size_t ql,
                       char *const *tris, size_t n_tris)
{
    while (sqlite3_step(s) == SQLITE_ROW) {
        long long id = sqlite3_column_int64(s, 0);
        if (kg_idset_add(seen, id))
            top_add(t, id,
                    entity_score(q, ql, tris, n_tris, (const char *)sqlite3_column_text(s, 1)));
    }
    sqlite3_reset(s);
}

/* q as an FTS5 string: in double quotes, inner ones doubled. Caller frees. */
static char *fts_string(const char *q)
{
    kg_buf b = {0};
    kg_buf_putc(&b, '"');
    for (const char *p = q; *p; p++) {
        if (*p == '"')
            kg_buf_putc(&b, '"');
        kg_buf_putc(&b, *p);
    }
    kg_buf_putc(&b, '"');
    return b.data;
}

/* The FTS5 query of the query's trigrams joined by OR, the rarest first, leaving out the
 * commonest beyond FUZZY_BUDGET rows; NULL when no trigram is in the index. Caller frees. */
static char *trigram_query(sqlite3 *db, char *const *tris, size_t n_tris)
{
    long long *docs = kg_xcalloc(n_tris + 1, sizeof *docs);
    size_t *order = kg_xcalloc(n_tris + 1, sizeof *order);
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(db, "SELECT doc FROM name_vocab WHERE term = ?1", -1, &s, NULL);
    for (size_t i = 0; i < n_tris; i++) {
        sqlite3_bind_text(s, 1, tris[i], -1, SQLITE_STATIC);
        docs[i] = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        sqlite3_reset(s);
        order[i] = i;
    }
    sqlite3_finalize(s);
    for (size_t i = 1; i < n_tris; i++)
        for (size_t j = i; j > 0 && docs[order[j]] < docs[order[j - 1]]; j--) {
            size_t x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    kg_buf b = {0};
    long long rows = 0;
    for (size_t i = 0; i < n_tris; i++) {
        size_t k = order[i];
        if (docs[k] == 0)
            continue;
        if (b.len && rows + docs[k] > FUZZY_BUDGET)
            break;
        rows += docs[k];
        char *quoted = fts_string(tris[k]);
        kg_buf_printf(&b, "%s%s", b.len ? " OR " : "", quoted);
        free(quoted);
    }
    free(docs);
    free(order);
    return b.data;
}

/* The search through the name index (schema 3). */
static size_t fuzzy_indexed(kg_store *st, const char *text, long long *ids, double *scores,
                            size_t max)
{
    sqlite3 *db = kg_store_sqlite(st);
    char *q = kg_normalize_key(text, strlen(text));
    size_t ql = strlen(q), n_tris = 0;
    char **tris = trigrams_of(q, &n_tris);
    top t = {ids, scores, 0, max};
    kg_idset seen;
    kg_idset_init(&seen);
    sqlite3_stmt *s = NULL;
    /* names equal to the query */
    sqlite3_prepare_v2(db,
                       "SELECT id FROM entities WHERE key = ?1"
                       " UNION SELECT entity FROM aliases WHERE key = ?1",
                       -1, &s, NULL);
    sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
    add_ids(s, &seen, &t, 1.0);
    sqlite3_finalize(s);
    /* names the query begins: keys from q up to q with its last byte raised */
    if (ql >= 2) {
        char *hi = kg_xstrdup(q);
        hi[ql - 1] = (char)((unsigned char)hi[ql - 1] + 1);
        sqlite3_prepare_v2(db,
                           "SELECT id FROM (SELECT id FROM entities WHERE key > ?1 AND key < ?2"
                           " ORDER BY key LIMIT ?3) UNION SELECT entity FROM (SELECT entity"
                           " FROM aliases WHERE key > ?1 AND key < ?2 ORDER BY key LIMIT ?3)",
                           -1, &s, NULL);
        sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, hi, -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 3, FUZZY_CAP);
        add_ids(s, &seen, &t, 0.9);
        sqlite3_finalize(s);
        free(hi);
    }
    /* names that contain it, and the candidates sharing trigrams with it */
    if (ql >= 3) {
        char *phrase = fts_string(q);
        sqlite3_prepare_v2(db,
                           "SELECT rowid, names FROM name_index WHERE name_index MATCH ?1"
                           " LIMIT ?2",
                           -1, &s, NULL);
        sqlite3_bind_text(s, 1, phrase, -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 2, FUZZY_CAP);
        add_scored(s, &seen, &t, q, ql, tris, n_tris);
        sqlite3_finalize(s);
        free(phrase);
        /* the others score at most 0.7: needed only when fewer than max scored 0.8 or more */
        char *ors = seen.n < max ? trigram_query(db, tris, n_tris) : NULL;
        if (ors) {
            sqlite3_prepare_v2(db,
                               "SELECT rowid, names FROM name_index WHERE name_index MATCH ?1"
                               " ORDER BY rank LIMIT ?2",
                               -1, &s, NULL);
            sqlite3_bind_text(s, 1, ors, -1, SQLITE_STATIC);
            sqlite3_bind_int(s, 2, FUZZY_RANKED);
            add_scored(s, &seen, &t, q, ql, tris, n_tris);
            sqlite3_finalize(s);
            free(ors);
        }
    }
    kg_idset_free(&seen);
    free_strings(tris, n_tris);
    free(q);
    return t.n;
}

size_t kg_query_fuzzy(kg_store *st, const char *text, long long *ids, double *scores, size_t max)
{
    if (kg_store_schema_version(st) >= 3)
        return fuzzy_indexed(st, text, ids, scores, max);
    return kg_query_fuzzy_scan(st, text, ids, scores, max);
}
