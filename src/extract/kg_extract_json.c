/* kg_extract_json: see kg_extract_json.h. */
#include "kg_extract_json.h"

#include "../kg_mem.h"
#include "../text/kg_sha256.h"
#include "kg_strhash.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- dump ------------------------------------------------------------------------------ */

/* A JSON string of s[0..n), or null for NULL; sets *bad when s is not valid UTF-8. */
static json_t *jstr(const char *s, size_t n, int *bad)
{
    if (!s)
        return json_null();
    json_t *v = json_stringn(s, n);
    if (!v) {
        *bad = 1;
        return json_null();
    }
    return v;
}

static json_t *jcstr(const char *s, int *bad)
{
    return jstr(s, s ? strlen(s) : 0, bad);
}

static json_t *span(size_t start, size_t end)
{
    return json_pack("[II]", (json_int_t)start, (json_int_t)end);
}

static json_t *dump_entity(const kg_x_entity *e, int *bad)
{
    json_t *o = json_object();
    json_object_set_new(o, "name", jcstr(e->name, bad));
    json_object_set_new(o, "type", json_string(kg_entity_type_name(e->type)));
    json_object_set_new(o, "key", jcstr(e->key, bad));
    json_object_set_new(o, "date", jcstr(e->date, bad));
    json_object_set_new(o, "place", jcstr(e->place, bad));
    if (e->geo) {
        json_t *g = json_object();
        json_object_set_new(g, "canonical", jcstr(e->geo->canonical, bad));
        json_object_set_new(g, "kind", jcstr(e->geo->kind, bad));
        json_object_set_new(g, "country", jcstr(e->geo->country, bad));
        json_object_set_new(g, "region", jcstr(e->geo->region, bad));
        if (e->geo->has_geo) {
            json_object_set_new(g, "lat", json_real(e->geo->lat));
            json_object_set_new(g, "lon", json_real(e->geo->lon));
        }
        json_object_set_new(o, "geo", g);
    }
    json_t *aliases = json_array();
    for (size_t k = 0; k < e->n_aliases; k++) {
        const kg_x_alias *a = &e->aliases[k];
        json_t *ao = json_object();
        json_object_set_new(ao, "text", jcstr(a->text, bad));
        json_object_set_new(ao, "key", jcstr(a->key, bad));
        json_object_set_new(ao, "reason", jcstr(a->reason, bad));
        json_array_append_new(aliases, ao);
    }
    json_object_set_new(o, "aliases", aliases);
    return o;
}

char *kg_extract_json_dump(const kg_extraction *x, kg_error *err)
{
    const kg_document *d = x->doc;
    int bad = 0;
    json_t *root = json_object();
    json_object_set_new(root, "kg_extract", json_integer(KG_EXTRACT_JSON_VERSION));
    json_object_set_new(root, "id", json_string(d->id));
    json_object_set_new(root, "source", jcstr(d->source, &bad));
    json_object_set_new(root, "title", jcstr(d->title, &bad));
    json_object_set_new(root, "date", jcstr(d->date, &bad));
    json_object_set_new(root, "key", jcstr(d->key, &bad));
    json_object_set_new(root, "text", jstr(d->text, d->text_len, &bad));
    json_t *entities = json_array();
    for (size_t i = 0; i < x->n_entities; i++)
        json_array_append_new(entities, dump_entity(&x->entities[i], &bad));
    json_object_set_new(root, "entities", entities);
    json_t *mentions = json_array();
    for (size_t i = 0; i < x->n_mentions; i++) {
        const kg_x_mention *m = &x->mentions[i];
        const kg_sentence *s = &x->tokens.sentences[m->sentence];
        json_t *o = json_object();
        json_object_set_new(o, "entity", json_integer((json_int_t)m->entity));
        json_object_set_new(o, "type", json_string(kg_entity_type_name(m->type)));
        json_object_set_new(o, "start", json_integer((json_int_t)m->start));
        json_object_set_new(o, "end", json_integer((json_int_t)m->end));
        json_object_set_new(o, "sentence", span(s->start, s->end));
        json_array_append_new(mentions, o);
    }
    json_object_set_new(root, "mentions", mentions);
    json_t *relations = json_array();
    for (size_t i = 0; i < x->n_relations; i++) {
        const kg_x_relation *r = &x->relations[i];
        const kg_sentence *s = &x->tokens.sentences[r->sentence];
        json_t *o = json_object();
        json_object_set_new(o, "type", json_string(kg_relation_type_name(r->type)));
        json_object_set_new(o, "source", json_integer((json_int_t)r->source));
        json_object_set_new(o, "target", json_integer((json_int_t)r->target));
        json_object_set_new(o, "sentence", span(s->start, s->end));
        json_object_set_new(o, "evidence", jstr(d->text + s->start, s->end - s->start, &bad));
        json_array_append_new(relations, o);
    }
    json_object_set_new(root, "relations", relations);
    char *out = NULL;
    if (bad)
        kg_error_set(err, KG_EFORMAT, "%s: a string of its extraction is not valid UTF-8",
                     d->source ? d->source : d->id);
    else
        out = json_dumps(root, JSON_COMPACT | JSON_REAL_PRECISION(17));
    json_decref(root);
    return out;
}

/* ---- pool ------------------------------------------------------------------------------ */

/* Interned values by key: a string (the value is the key's copy) or a gazetteer row (the key
 * is the row's fields joined). Open addressing, at most half full. */
struct kg_extract_json_pool {
    char **keys;
    void **values;
    size_t mask; /* slots - 1 */
    size_t n;
};

kg_extract_json_pool *kg_extract_json_pool_new(void)
{
    kg_extract_json_pool *p = kg_xcalloc(1, sizeof *p);
    p->mask = 63;
    p->keys = kg_xcalloc(p->mask + 1, sizeof *p->keys);
    p->values = kg_xcalloc(p->mask + 1, sizeof *p->values);
    return p;
}

void kg_extract_json_pool_free(kg_extract_json_pool *p)
{
    if (!p)
        return;
    for (size_t i = 0; i <= p->mask; i++) {
        if (p->keys[i] && p->values[i] != p->keys[i])
            free(p->values[i]); /* a kg_place; its strings are interned keys */
        free(p->keys[i]);
    }
    free(p->keys);
    free(p->values);
    free(p);
}

static size_t pool_slot(const kg_extract_json_pool *p, const char *key)
{
    size_t i = (size_t)kg_strhash(key, strlen(key)) & p->mask;
    while (p->keys[i] && strcmp(p->keys[i], key) != 0)
        i = (i + 1) & p->mask;
    return i;
}

static void pool_grow(kg_extract_json_pool *p)
{
    char **keys = p->keys;
    void **values = p->values;
    size_t old = p->mask + 1;
    p->mask = old * 2 - 1;
    p->keys = kg_xcalloc(p->mask + 1, sizeof *p->keys);
    p->values = kg_xcalloc(p->mask + 1, sizeof *p->values);
    for (size_t i = 0; i < old; i++) {
        if (!keys[i])
            continue;
        size_t j = pool_slot(p, keys[i]);
        p->keys[j] = keys[i];
        p->values[j] = values[i];
    }
    free(keys);
    free(values);
}

/* The value under key, or NULL; *slot is where key is or would go. */
static void *pool_find(kg_extract_json_pool *p, const char *key, size_t *slot)
{
    if ((p->n + 1) * 2 > p->mask + 1)
        pool_grow(p);
    *slot = pool_slot(p, key);
    return p->keys[*slot] ? p->values[*slot] : NULL;
}

/* The pool's copy of s (NULL for NULL). */
static const char *intern(kg_extract_json_pool *p, const char *s)
{
    if (!s)
        return NULL;
    size_t slot;
    void *v = pool_find(p, s, &slot);
    if (v)
        return v;
    p->keys[slot] = kg_xstrdup(s);
    p->values[slot] = p->keys[slot];
    p->n++;
    return p->keys[slot];
}

/* The pool's row equal to g (strings interned). */
static const kg_place *intern_place(kg_extract_json_pool *p, const kg_place *g)
{
    char *key = kg_xasprintf("\x01%s\x1f%s\x1f%s\x1f%s\x1f%d\x1f%.17g\x1f%.17g",
                             g->canonical ? g->canonical : "\x02", g->kind ? g->kind : "\x02",
                             g->country ? g->country : "\x02", g->region ? g->region : "\x02",
                             g->has_geo, g->lat, g->lon);
    size_t slot;
    kg_place *v = pool_find(p, key, &slot);
    if (v) {
        free(key);
        return v;
    }
    v = kg_xmalloc(sizeof *v);
    *v = *g;
    v->canonical = intern(p, g->canonical);
    v->kind = intern(p, g->kind);
    v->country = intern(p, g->country);
    v->region = intern(p, g->region);
    slot = pool_slot(p, key); /* interning may have grown the table */
    p->keys[slot] = key;
    p->values[slot] = v;
    p->n++;
    return v;
}

/* ---- load ------------------------------------------------------------------------------ */

/* The loading of one line: its extraction so far, and the first problem found. */
typedef struct reader {
    kg_extraction *x;
    size_t text_len;
    char why[256];
} reader;

static int problem(reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int problem(reader *r, const char *fmt, ...)
{
    if (!r->why[0]) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(r->why, sizeof r->why, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* A string member: 0 with *out set (NULL for null or missing when optional), else -1. */
static int get_str(reader *r, json_t *o, const char *key, int optional, const char **out)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (json_is_string(v)) {
        *out = json_string_value(v);
        if (strlen(*out) != json_string_length(v))
            return problem(r, "\"%s\" contains a NUL character", key);
        return 0;
    }
    if (optional && (!v || json_is_null(v)))
        return 0;
    return problem(r, "\"%s\" is not a string", key);
}

/* An index member below n: 0 with *out set, else -1. */
static int get_index(reader *r, json_t *o, const char *key, size_t n, size_t *out)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v) || json_integer_value(v) < 0 || (size_t)json_integer_value(v) >= n)
        return problem(r, "\"%s\" is not an index below %zu", key, n);
    *out = (size_t)json_integer_value(v);
    return 0;
}

/* A byte offset inside the text. */
static int get_offset(reader *r, json_t *v, const char *what, size_t *out)
{
    if (!json_is_integer(v) || json_integer_value(v) < 0 ||
        (size_t)json_integer_value(v) > r->text_len)
        return problem(r, "%s is not a byte offset inside the text", what);
    *out = (size_t)json_integer_value(v);
    return 0;
}

/* A "sentence": [start, end] member, added to the extraction's sentences: its index. */
static int get_sentence(reader *r, json_t *o, size_t *out)
{
    json_t *v = json_object_get(o, "sentence");
    kg_sentence s = {0};
    if (!json_is_array(v) || json_array_size(v) != 2)
        return problem(r, "\"sentence\" is not a [start, end] pair");
    if (get_offset(r, json_array_get(v, 0), "a sentence's start", &s.start) ||
        get_offset(r, json_array_get(v, 1), "a sentence's end", &s.end))
        return -1;
    if (s.start > s.end)
        return problem(r, "a sentence ends before it starts");
    kg_tokens *t = &r->x->tokens;
    t->sentences = kg_xrealloc(t->sentences, (t->n_sentences + 1) * sizeof *t->sentences);
    t->sentences[t->n_sentences] = s;
    *out = t->n_sentences++;
    return 0;
}

static int type_of(const char *name, int relation)
{
    int n = relation ? KG_RELATION_TYPE_COUNT : KG_ENTITY_TYPE_COUNT;
    for (int t = 0; t < n; t++) {
        const char *tn = relation ? kg_relation_type_name((kg_relation_type)t)
                                  : kg_entity_type_name((kg_entity_type)t);
        if (strcmp(name, tn) == 0)
            return t;
    }
    return -1;
}

static int load_entity(reader *r, kg_extract_json_pool *pool, json_t *o, kg_x_entity *e)
{
    const char *name, *type, *key, *date, *place;
    if (!json_is_object(o))
        return problem(r, "an entity is not an object");
    if (get_str(r, o, "name", 0, &name) || get_str(r, o, "type", 0, &type) ||
        get_str(r, o, "key", 0, &key) || get_str(r, o, "date", 1, &date) ||
        get_str(r, o, "place", 1, &place))
        return -1;
    int t = type_of(type, 0);
    if (t < 0)
        return problem(r, "unknown entity type '%s'", type);
    if (!*name)
        return problem(r, "an entity has an empty name");
    e->name = kg_xstrdup(name);
    e->type = (kg_entity_type)t;
    e->key = kg_xstrdup(key);
    e->date = kg_xstrdup(date);
    e->place = kg_xstrdup(place);
    json_t *g = json_object_get(o, "geo");
    if (g && !json_is_null(g)) {
        kg_place row = {0};
        if (!json_is_object(g))
            return problem(r, "\"geo\" is not an object");
        if (get_str(r, g, "canonical", 1, &row.canonical) || get_str(r, g, "kind", 1, &row.kind) ||
            get_str(r, g, "country", 1, &row.country) || get_str(r, g, "region", 1, &row.region))
            return -1;
        json_t *lat = json_object_get(g, "lat"), *lon = json_object_get(g, "lon");
        if (lat || lon) {
            if (!json_is_number(lat) || !json_is_number(lon))
                return problem(r, "\"lat\" and \"lon\" are not both numbers");
            row.has_geo = 1;
            row.lat = json_number_value(lat);
            row.lon = json_number_value(lon);
        }
        e->geo = intern_place(pool, &row);
    }
    json_t *aliases = json_object_get(o, "aliases");
    if (aliases && !json_is_array(aliases))
        return problem(r, "\"aliases\" is not an array");
    size_t n = json_array_size(aliases);
    e->aliases = kg_xcalloc(n + 1, sizeof *e->aliases);
    for (size_t k = 0; k < n; k++) {
        json_t *a = json_array_get(aliases, k);
        const char *text, *akey, *reason;
        if (!json_is_object(a))
            return problem(r, "an alias is not an object");
        if (get_str(r, a, "text", 0, &text) || get_str(r, a, "key", 0, &akey) ||
            get_str(r, a, "reason", 0, &reason))
            return -1;
        e->aliases[e->n_aliases++] =
            (kg_x_alias){kg_xstrdup(text), kg_xstrdup(akey), intern(pool, reason)};
    }
    return 0;
}

/* Reads the document's members into a new document. */
static kg_document *load_document(reader *r, json_t *root)
{
    const char *id, *source, *title, *date, *text;
    json_t *version = json_object_get(root, "kg_extract");
    if (!json_is_integer(version) || json_integer_value(version) != KG_EXTRACT_JSON_VERSION) {
        problem(r, "not a line of kg extract (version %d): no \"kg_extract\": %d",
                KG_EXTRACT_JSON_VERSION, KG_EXTRACT_JSON_VERSION);
        return NULL;
    }
    if (get_str(r, root, "id", 0, &id) || get_str(r, root, "source", 0, &source) ||
        get_str(r, root, "title", 1, &title) || get_str(r, root, "date", 1, &date) ||
        get_str(r, root, "text", 0, &text))
        return NULL;
    kg_document *d = kg_xcalloc(1, sizeof *d);
    d->text_len = strlen(text);
    kg_sha256_hex(text, d->text_len, d->id);
    if (strcmp(d->id, id) != 0) {
        problem(r, "\"id\" is not the SHA-256 of \"text\"");
        free(d);
        return NULL;
    }
    d->text = kg_xstrdup(text);
    d->source = kg_xstrdup(source);
    d->title = kg_xstrdup(title);
    d->date = kg_xstrdup(date);
    /* the document's stable key (kg_document.h), so that kg load replaces an older version
     * as kg build does; absent or null: none */
    json_t *key = json_object_get(root, "key");
    d->key = json_is_string(key) ? kg_xstrdup(json_string_value(key)) : NULL;
    r->text_len = d->text_len;
    return d;
}

static int load_members(reader *r, kg_extract_json_pool *pool, json_t *root)
{
    kg_extraction *x = r->x;
    json_t *entities = json_object_get(root, "entities");
    json_t *mentions = json_object_get(root, "mentions");
    json_t *relations = json_object_get(root, "relations");
    if (!json_is_array(entities) || !json_is_array(mentions) || !json_is_array(relations))
        return problem(r, "\"entities\", \"mentions\" and \"relations\" are not all arrays");
    size_t n = json_array_size(entities);
    x->entities = kg_xcalloc(n + 1, sizeof *x->entities);
    x->cap_entities = n + 1;
    for (size_t i = 0; i < n; i++) {
        x->n_entities++;
        if (load_entity(r, pool, json_array_get(entities, i), &x->entities[i]))
            return -1;
    }
    n = json_array_size(mentions);
    x->mentions = kg_xcalloc(n + 1, sizeof *x->mentions);
    x->cap_mentions = n + 1;
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_array_get(mentions, i);
        kg_x_mention *m = &x->mentions[i];
        if (!json_is_object(o))
            return problem(r, "a mention is not an object");
        if (get_index(r, o, "entity", x->n_entities, &m->entity) ||
            get_offset(r, json_object_get(o, "start"), "a mention's start", &m->start) ||
            get_offset(r, json_object_get(o, "end"), "a mention's end", &m->end) ||
            get_sentence(r, o, &m->sentence))
            return -1;
        if (m->start > m->end)
            return problem(r, "a mention ends before it starts");
        const char *type;
        if (get_str(r, o, "type", 1, &type))
            return -1;
        int t = type ? type_of(type, 0) : (int)x->entities[m->entity].type;
        if (t < 0)
            return problem(r, "unknown mention type '%s'", type);
        m->type = (kg_entity_type)t;
        x->n_mentions++;
    }
    n = json_array_size(relations);
    x->relations = kg_xcalloc(n + 1, sizeof *x->relations);
    x->cap_relations = n + 1;
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_array_get(relations, i);
        kg_x_relation *rel = &x->relations[i];
        const char *type;
        if (!json_is_object(o))
            return problem(r, "a relation is not an object");
        if (get_str(r, o, "type", 0, &type) ||
            get_index(r, o, "source", x->n_entities, &rel->source) ||
            get_index(r, o, "target", x->n_entities, &rel->target) ||
            get_sentence(r, o, &rel->sentence))
            return -1;
        int t = type_of(type, 1);
        if (t < 0)
            return problem(r, "unknown relation type '%s'", type);
        rel->type = (kg_relation_type)t;
        x->n_relations++;
    }
    return 0;
}

int kg_extract_json_load(kg_document **doc, kg_extraction **x, kg_extract_json_pool *pool,
                         const char *line, size_t len, kg_error *err)
{
    *doc = NULL;
    *x = NULL;
    reader r = {0};
    json_error_t jerr;
    json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root)
        return kg_error_set(err, KG_EFORMAT, "invalid JSON: %s", jerr.text);
    kg_document *d = NULL;
    if (!json_is_object(root))
        problem(&r, "not a JSON object");
    else
        d = load_document(&r, root);
    if (d) {
        r.x = kg_xcalloc(1, sizeof *r.x);
        r.x->doc = d;
        r.x->tokens.text = d->text;
        r.x->tokens.text_len = d->text_len;
        load_members(&r, pool, root);
    }
    json_decref(root);
    if (r.why[0]) {
        kg_extraction_free(r.x);
        kg_document_free(d);
        return kg_error_set(err, KG_EFORMAT, "%s", r.why);
    }
    *doc = d;
    *x = r.x;
    return KG_OK;
}
