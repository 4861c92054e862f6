/* kg_export_csv: nodes.csv and relationships.csv for neo4j-admin import, e.g.
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
 *       --multiline-fields=true
 * Headers: nodes.csv `id:ID,label,type,:LABEL,aliases:string[],mentions:long`, then the
 * optional attributes any node has (date, place, country, region, lat:double, lon:double) and,
 * when the view has scores, `degree:double,...,harmonic:double,community:long,colour`;
 * relationships.csv `:START_ID,:END_ID,:TYPE,weight:long,evidence` (evidence = the first
 * evidence sentence). :LABEL is the type capitalised (Person, Organisation, Party, Place,
 * Event), :TYPE the edge type in upper snake case (SPOKE_AT, AFFILIATED_WITH, ...).
 * aliases:string[] is joined with ';', neo4j-admin's default --array-delimiter; an alias that
 * itself holds ';' is split by neo4j (it has no escape for the delimiter).
 * Provenance (issue 13): documents.csv `id:ID,title,date,source,:LABEL` (label Document; ids
 * are content hashes, which never clash with the entities' "n<id>"), evidence.csv
 * `:START_ID,:END_ID,:TYPE,relation,target,sentence,start:long,end:long`, one EVIDENCE
 * relationship from an edge's source entity to the document for every evidence sentence
 * (relation is the edge's :TYPE, target its :END_ID), and mentioned_in.csv
 * `:START_ID,:END_ID,:TYPE,mentions:long`, one MENTIONED_IN relationship per entity and
 * document it is mentioned in:
 *   neo4j-admin database import full --nodes=nodes.csv --nodes=documents.csv \
 *       --relationships=relationships.csv --relationships=evidence.csv \
 *       --relationships=mentioned_in.csv --multiline-fields=true
 * Fields are quoted as RFC 4180 says: a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes and its quotes are doubled. Lines end with LF; sentences holding
 * line breaks need neo4j-admin's --multiline-fields=true. */
#include "../src/kg_mem.h"
#include "../src/kg_outfile.h"
#include "kg_export.h"
#include "kg_export_util.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ARRAY_DELIMITER ";"

/* Writes one field, quoted when it must be (s NULL as an empty field). */
static void put_field(FILE *f, const char *s)
{
    char *clean = kg_export_utf8_text(s);
    if (strpbrk(clean, ",\"\r\n") == NULL) {
        fputs(clean, f);
    } else {
        fputc('"', f);
        for (const char *p = clean; *p; p++) {
            if (*p == '"')
                fputc('"', f);
            fputc(*p, f);
        }
        fputc('"', f);
    }
    free(clean);
}

static void put_sep_field(FILE *f, const char *s)
{
    fputc(',', f);
    put_field(f, s);
}

static void put_sep_double(FILE *f, double x)
{
    char buf[64];
    kg_export_format_double(buf, sizeof buf, x);
    put_sep_field(f, buf);
}

static void put_sep_long(FILE *f, long x)
{
    fprintf(f, ",%ld", x);
}

/* Returns a malloc'd identifier from s: ASCII letters and digits kept (upper-cased when upper,
 * else with the first letter capitalised), anything else as '_'. */
static char *identifier(const char *s, int upper)
{
    if (!s || !*s)
        return kg_xstrdup(upper ? "RELATED_TO" : "Entity");
    char *out = kg_xstrdup(s);
    for (char *p = out; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80 && isalnum(c))
            *p = (char)(upper || p == out ? toupper(c) : c);
        else
            *p = '_';
    }
    return out;
}

/* Creates dir and its missing parents. Returns 0 or -1 with errno set. */
static int make_dirs(const char *dir)
{
    char *path = kg_xstrdup(dir);
    int rc = 0;
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            rc = -1;
        *p = '/';
        if (rc)
            break;
    }
    if (rc == 0 && mkdir(path, 0777) != 0 && errno != EEXIST)
        rc = -1;
    struct stat st;
    if (rc == 0 && stat(path, &st) != 0) {
        rc = -1;
    } else if (rc == 0 && !S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        rc = -1;
    }
    free(path);
    return rc;
}

static void write_nodes(FILE *f, const kg_view *v)
{
    kg_export_present p = kg_export_find_present(v);
    fputs("id:ID,label,type,:LABEL,aliases:string[],mentions:long", f);
    if (p.date)
        fputs(",date", f);
    if (p.place)
        fputs(",place", f);
    if (p.country)
        fputs(",country", f);
    if (p.region)
        fputs(",region", f);
    if (p.geo)
        fputs(",lat:double,lon:double", f);
    if (v->has_scores) {
        for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
            fprintf(f, ",%s:double", kg_export_score_names[k]);
        fputs(",community:long,colour", f);
        if (v->subcommunity_parent)
            fputs(",subcommunity:long", f);
    }
    fputc('\n', f);
    for (size_t i = 0; i < v->n_nodes; i++) {
        const kg_view_node *n = &v->nodes[i];
        put_field(f, n->key);
        put_sep_field(f, n->label);
        put_sep_field(f, n->type);
        char *label = identifier(n->type, 0);
        put_sep_field(f, label);
        free(label);
        char *aliases = kg_export_join_aliases(n, ARRAY_DELIMITER);
        put_sep_field(f, aliases);
        free(aliases);
        put_sep_long(f, n->mentions);
        if (p.date)
            put_sep_field(f, n->date);
        if (p.place)
            put_sep_field(f, n->place);
        if (p.country)
            put_sep_field(f, n->country);
        if (p.region)
            put_sep_field(f, n->region);
        if (p.geo && n->has_geo) {
            put_sep_double(f, n->lat);
            put_sep_double(f, n->lon);
        } else if (p.geo) {
            fputs(",,", f);
        }
        if (v->has_scores) {
            for (size_t k = 0; k < KG_EXPORT_N_SCORES; k++)
                put_sep_double(f, kg_export_score(n, k));
            put_sep_long(f, n->community);
            put_sep_field(f, kg_view_community_colour(n->community));
            if (v->subcommunity_parent)
                put_sep_long(f, n->subcommunity);
        }
        fputc('\n', f);
    }
}

static void write_relationships(FILE *f, const kg_view *v)
{
    fputs(":START_ID,:END_ID,:TYPE,weight:long,evidence\n", f);
    for (size_t i = 0; i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        assert(e->source < v->n_nodes && e->target < v->n_nodes);
        put_field(f, v->nodes[e->source].key);
        put_sep_field(f, v->nodes[e->target].key);
        char *type = identifier(e->type, 1);
        put_sep_field(f, type);
        free(type);
        put_sep_long(f, e->weight);
        put_sep_field(f, e->n_evidence > 0 ? e->evidence[0].sentence : "");
        fputc('\n', f);
    }
}

/* communities.csv: the community hierarchy, one line per community (level 0, no parent)
 * and per subcommunity (level 1, parent = its community): level,id,parent,size. */
static void write_communities(FILE *f, const kg_view *v)
{
    json_t *arr = kg_export_json_communities(v);
    fputs("level:int,id:long,parent:long,size:long\n", f);
    size_t i;
    json_t *c;
    json_array_foreach(arr, i, c)
    {
        json_t *parent = json_object_get(c, "parent");
        fprintf(f, "%lld,%lld,", (long long)json_integer_value(json_object_get(c, "level")),
                (long long)json_integer_value(json_object_get(c, "id")));
        if (json_is_integer(parent))
            fprintf(f, "%lld", (long long)json_integer_value(parent));
        fprintf(f, ",%lld\n", (long long)json_integer_value(json_object_get(c, "size")));
    }
    json_decref(arr);
}

static void write_documents(FILE *f, const kg_view *v)
{
    fputs("id:ID,title,date,source,:LABEL\n", f);
    for (size_t i = 0; i < v->n_documents; i++) {
        const kg_view_document *d = &v->documents[i];
        put_field(f, d->id);
        put_sep_field(f, d->title);
        put_sep_field(f, d->date);
        put_sep_field(f, d->source);
        put_sep_field(f, "Document");
        fputc('\n', f);
    }
}

static void write_evidence(FILE *f, const kg_view *v)
{
    fputs(":START_ID,:END_ID,:TYPE,relation,target,sentence,start:long,end:long\n", f);
    for (size_t i = 0; i < v->n_edges; i++) {
        const kg_view_edge *e = &v->edges[i];
        char *type = identifier(e->type, 1);
        for (size_t k = 0; k < e->n_evidence; k++) {
            const kg_view_evidence *ev = &e->evidence[k];
            put_field(f, v->nodes[e->source].key);
            put_sep_field(f, ev->document);
            put_sep_field(f, "EVIDENCE");
            put_sep_field(f, type);
            put_sep_field(f, v->nodes[e->target].key);
            put_sep_field(f, ev->sentence);
            put_sep_long(f, ev->start);
            put_sep_long(f, ev->end);
            fputc('\n', f);
        }
        free(type);
    }
}

static void write_mentioned_in(FILE *f, const kg_view *v)
{
    fputs(":START_ID,:END_ID,:TYPE,mentions:long\n", f);
    for (size_t i = 0; i < v->n_mentioned_in; i++) {
        const kg_view_mention *m = &v->mentioned_in[i];
        put_field(f, v->nodes[m->node].key);
        put_sep_field(f, m->document);
        put_sep_field(f, "MENTIONED_IN");
        put_sep_long(f, m->count);
        fputc('\n', f);
    }
}

/* Writes dir/name with fn, as a whole new file (kg_outfile). Returns KG_OK or KG_EIO. */
static int write_file(const char *dir, const char *name, void (*fn)(FILE *, const kg_view *),
                      const kg_view *v, kg_error *err)
{
    char *path = kg_xasprintf("%s/%s", dir, name);
    kg_outfile *o = NULL;
    int rc = kg_outfile_open(&o, path, NULL, "the export", err);
    if (rc == KG_OK) {
        fn(kg_outfile_stream(o), v);
        rc = kg_outfile_commit(o, err);
    }
    free(path);
    return rc;
}

int kg_export_csv(const char *dir, const kg_view *v, kg_error *err)
{
    errno = 0;
    if (make_dirs(dir) != 0)
        return kg_error_set(err, KG_EIO, "cannot create directory '%s': %s", dir, strerror(errno));
    int rc = write_file(dir, "nodes.csv", write_nodes, v, err);
    if (rc == KG_OK && v->has_scores)
        rc = write_file(dir, "communities.csv", write_communities, v, err);
    if (rc == KG_OK)
        rc = write_file(dir, "relationships.csv", write_relationships, v, err);
    if (rc == KG_OK)
        rc = write_file(dir, "documents.csv", write_documents, v, err);
    if (rc == KG_OK)
        rc = write_file(dir, "evidence.csv", write_evidence, v, err);
    if (rc == KG_OK)
        rc = write_file(dir, "mentioned_in.csv", write_mentioned_in, v, err);
    return rc;
}
