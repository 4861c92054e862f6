/* kg_export_html: the interactive view, one self-contained HTML page: the page template with
 * the vendored cytoscape.js and view.js (exporters/html/, built into kg by embed.py) around
 * the graph's data as JSON in <script type="application/json">. The data is escaped for that
 * place: '<', '>', '&', U+2028 and U+2029 are written as \u escapes, so no entity name or
 * sentence can end the element ("</script>") or open a comment ("<!--"). Node positions are
 * computed by kg_layout (igraph) before writing, so the browser runs no layout. Each evidence
 * sentence is written once, in "sentences", and edges point to it by index. */
#include "../graph/kg_layout.h"
#include "../graph/kg_view_details.h"
#include "../src/kg_mem.h"
#include "html/kg_html_template.h"
#include "kg_export.h"
#include "kg_export_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* documents listed per entity in the panel (the count says how many there are) */
#define MAX_NODE_DOCS 50

int kg_export_html_prepare(kg_view *v, kg_store *st, kg_error *err)
{
    if (!kg_html_has_library)
        return kg_error_set(err, KG_EUSAGE,
                            "this kg was built without cytoscape.js: run 'npm ci' in its source "
                            "folder (./run.sh setup does), then rebuild");
    int rc = v->has_details ? KG_OK : kg_view_load_details(v, st, err);
    if (rc == KG_OK)
        rc = kg_layout_compute(v, err);
    return rc;
}

static void put(json_t *obj, const char *key, json_t *value)
{
    if (!value || json_object_set_new(obj, key, value) != 0)
        abort(); /* out of memory, as kg_xmalloc */
}

static void append(json_t *arr, json_t *value)
{
    if (!value || json_array_append_new(arr, value) != 0)
        abort();
}

/* The payload's index of document d (v->documents), adding it to docs on first use. */
static long doc_ref(const kg_view *v, size_t d, long *remap, json_t *docs)
{
    if (d == (size_t)-1)
        return -1;
    if (remap[d] < 0) {
        const kg_view_document *doc = &v->documents[d];
        json_t *row = json_array();
        append(row, kg_export_json_string(doc->id));
        append(row, doc->title ? kg_export_json_string(doc->title) : json_null());
        append(row, doc->date ? kg_export_json_string(doc->date) : json_null());
        remap[d] = (long)json_array_size(docs);
        append(docs, row);
    }
    return remap[d];
}

/* The payload's sentence table: each distinct evidence sentence once (a sentence naming k
 * entities supports up to k(k-1)/2 edges, and the view is mostly sentences), found again by an
 * open-addressing hash of the view's strings, which it borrows. */
typedef struct {
    const char **slot; /* cap entries, NULL when free */
    long *index;       /* the sentence's index in list */
    size_t cap, n;
    json_t *list;
} sentence_table;

static size_t hash_text(const char *s)
{
    size_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static void table_grow(sentence_table *t)
{
    sentence_table old = *t;
    t->cap = old.cap ? old.cap * 2 : 1024;
    t->slot = kg_xcalloc(t->cap, sizeof *t->slot);
    t->index = kg_xmalloc(t->cap * sizeof *t->index);
    for (size_t k = 0; k < old.cap; k++) {
        if (!old.slot[k])
            continue;
        size_t j = hash_text(old.slot[k]) & (t->cap - 1);
        while (t->slot[j])
            j = (j + 1) & (t->cap - 1);
        t->slot[j] = old.slot[k];
        t->index[j] = old.index[k];
    }
    free(old.slot);
    free(old.index);
}

/* The index of sentence s in t->list, appending it on first use. */
static long sentence_ref(sentence_table *t, const char *s)
{
    if (2 * (t->n + 1) > t->cap)
        table_grow(t);
    size_t j = hash_text(s) & (t->cap - 1);
    while (t->slot[j] && strcmp(t->slot[j], s) != 0)
        j = (j + 1) & (t->cap - 1);
    if (!t->slot[j]) {
        t->slot[j] = s;
        t->index[j] = (long)t->n++;
        append(t->list, kg_export_json_string(s));
    }
    return t->index[j];
}

static double round1(double x)
{
    return round(kg_export_finite(x) * 10.0) / 10.0;
}

/* The first (start) and last (end) day of an ISO date that may give only its month or year,
 * as "YYYY-MM-DD" text that compares as the days do (a month ends on its "31st"). */
static void date_bounds(const char *date, char start[11], char end[11])
{
    size_t len = strlen(date);
    len = len > 10 ? 10 : len;
    memcpy(start, date, len);
    memcpy(end, date, len);
    start[len] = end[len] = '\0';
    if (len == 4) {
        strcat(start, "-01-01");
        strcat(end, "-12-31");
    } else if (len == 7) {
        strcat(start, "-01");
        strcat(end, "-31");
    }
}

static json_t *node_json(const kg_view *v, size_t i, double max_pr, long *remap, json_t *docs)
{
    const kg_view_node *n = &v->nodes[i];
    json_t *o = json_object();
    put(o, "id", kg_export_json_string(n->key));
    put(o, "label", kg_export_json_string(n->label));
    put(o, "type", kg_export_json_string(n->type));
    put(o, "community", json_integer(v->has_scores ? n->community : -1));
    put(o, "pagerank", kg_export_json_real(v->has_scores ? n->pagerank : 0));
    double share = max_pr > 0 ? kg_export_finite(n->pagerank) / max_pr : 0;
    put(o, "size", kg_export_json_real(round1(6.0 + 34.0 * sqrt(share > 0 ? share : 0))));
    put(o, "x", kg_export_json_real(round1(n->x)));
    put(o, "y", kg_export_json_real(round1(n->y)));
    json_t *aliases = json_array();
    for (size_t a = 0; a < n->n_aliases; a++) {
        json_t *pair = json_array();
        append(pair, kg_export_json_string(n->aliases[a]));
        append(pair, kg_export_json_string(n->alias_reasons ? n->alias_reasons[a] : ""));
        append(aliases, pair);
    }
    put(o, "aliases", aliases);
    json_t *nd = json_array();
    /* first: the earliest day a document of it ends on; last: the latest day one starts on,
     * so that the view's date range shows the entity exactly when a document of it lies in
     * the range on the range's open side, as kg export --since or --until keeps it */
    char first[11] = "", last[11] = "", start[11], end[11];
    for (size_t k = 0; k < n->n_documents; k++) {
        const kg_view_document *doc = &v->documents[n->documents[k]];
        if (doc->date && *doc->date) {
            date_bounds(doc->date, start, end);
            if (!*first || strcmp(end, first) < 0)
                memcpy(first, end, sizeof first);
            if (!*last || strcmp(start, last) > 0)
                memcpy(last, start, sizeof last);
        }
        if (k < MAX_NODE_DOCS)
            append(nd, json_integer(doc_ref(v, n->documents[k], remap, docs)));
    }
    put(o, "docs", nd);
    put(o, "ndocs", json_integer((json_int_t)n->n_documents));
    put(o, "first", *first ? kg_export_json_string(first) : json_null());
    put(o, "last", *last ? kg_export_json_string(last) : json_null());
    put(o, "mentions", json_integer(n->mentions));
    return o;
}

static json_t *edge_json(const kg_view *v, size_t i, long *remap, json_t *docs,
                         sentence_table *sentences)
{
    const kg_view_edge *e = &v->edges[i];
    json_t *o = json_object();
    put(o, "source", json_integer((json_int_t)e->source));
    put(o, "target", json_integer((json_int_t)e->target));
    put(o, "type", kg_export_json_string(e->type));
    put(o, "weight", json_integer(e->weight));
    json_t *evidence = json_array();
    for (size_t k = 0; k < e->n_evidence; k++) {
        const kg_view_evidence *ev = &e->evidence[k];
        json_t *pair = json_array();
        size_t d = ev->document ? kg_view_find_document(v, ev->document) : (size_t)-1;
        append(pair, json_integer(doc_ref(v, d, remap, docs)));
        append(pair, json_integer(sentence_ref(sentences, ev->sentence ? ev->sentence : "")));
        append(evidence, pair);
    }
    put(o, "evidence", evidence);
    return o;
}

/* Returns the view's data as one JSON object (new reference). */
static json_t *payload(const kg_view *v)
{
    json_t *root = json_object(), *graph = json_object(), *docs = json_array();
    json_t *nodes = json_array(), *edges = json_array();
    sentence_table sentences = {NULL, NULL, 0, 0, json_array()};
    if (!root || !graph || !docs || !nodes || !edges || !sentences.list)
        abort();
    long *remap = kg_xmalloc((v->n_documents ? v->n_documents : 1) * sizeof *remap);
    for (size_t d = 0; d < v->n_documents; d++)
        remap[d] = -1;
    double max_pr = v->has_scores ? kg_export_max_pagerank(v) : 0;
    for (size_t i = 0; i < v->n_nodes; i++)
        append(nodes, node_json(v, i, max_pr, remap, docs));
    for (size_t i = 0; i < v->n_edges; i++)
        append(edges, edge_json(v, i, remap, docs, &sentences));
    free(remap);
    free(sentences.slot);
    free(sentences.index);
    put(graph, "name", json_string("kg"));
    put(graph, "layout", json_string(v->n_nodes <= KG_LAYOUT_FR_LIMIT ? "fruchterman-reingold"
                                                                       : "drl"));
    if (v->has_scores) {
        put(graph, "modularity", kg_export_json_real(v->modularity));
        put(graph, "community_algorithm", kg_export_json_string(v->community_algorithm));
    }
    put(root, "graph", graph);
    put(root, "docs", docs);
    put(root, "nodes", nodes);
    put(root, "edges", edges);
    put(root, "sentences", sentences.list);
    return root;
}

/* Writes JSON text s escaped for an HTML <script> element. Those characters occur only inside
 * JSON strings, where the \u escape means the same character. */
static void write_script_safe(FILE *out, const char *s)
{
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '<' || c == '>' || c == '&') {
            fprintf(out, "\\u%04x", c);
        } else if (c == 0xE2 && (unsigned char)p[1] == 0x80 &&
                   ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
            fprintf(out, "\\u%04x", (unsigned char)p[2] == 0xA8 ? 0x2028u : 0x2029u);
            p += 2;
        } else {
            fputc(c, out);
        }
    }
}

int kg_export_html(FILE *out, const kg_view *v, kg_error *err)
{
    if (!kg_html_has_library)
        return kg_error_set(err, KG_EUSAGE,
                            "this kg was built without cytoscape.js: run 'npm ci' in its source "
                            "folder (./run.sh setup does), then rebuild");
    json_t *root = payload(v);
    char *text = json_dumps(root, JSON_COMPACT);
    json_decref(root);
    if (!text)
        abort();
    fwrite(kg_html_head, 1, kg_html_head_len, out);
    write_script_safe(out, text);
    fwrite(kg_html_tail, 1, kg_html_tail_len, out);
    free(text);
    return kg_export_check_stream(out, "html", err);
}
