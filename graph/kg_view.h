/* kg_view: the graph as every exporter and the analytics see it: nodes with their
 * attributes and scores, edges with their evidence. One view is loaded from the store
 * (kg_view_load in kg_view_load.h) and handed, read-only, to each exporter, so that all
 * formats of one store hold the same nodes and edges.
 * Ownership: the view owns every string and array inside it; kg_view_free releases all. */
#ifndef KG_VIEW_H
#define KG_VIEW_H

#include <stddef.h>

typedef struct kg_view_evidence {
    char *document; /* document id (hex content hash) */
    char *title;    /* document title, may be NULL */
    char *date;     /* document date (ISO 8601), may be NULL */
    char *sentence; /* the sentence that states the edge */
    long start;     /* byte span of the sentence in the document text */
    long end;
} kg_view_evidence;

typedef struct kg_view_node {
    long long id; /* entity id in the store */
    char *key;    /* stable string id used by every export: "n<id>" */
    char *label;  /* canonical name */
    char *type;   /* person, organisation, party, place, event */
    char **aliases;
    size_t n_aliases;
    long mentions;    /* number of mentions in the store (in the period, when sliced) */
    char **doc_dates; /* distinct dates of the documents that mention it, sorted (GEXF spells) */
    size_t n_doc_dates;
    /* optional attributes, NULL when unknown */
    char *date;    /* events: ISO 8601 date */
    char *place;   /* events: where it was held (a label) */
    char *country; /* places: ISO 3166 country code or name */
    char *region;  /* places: region or subdivision */
    int has_geo;
    double lat;
    double lon;
    /* analytics, filled by kg_analytics_compute (zero until then) */
    double degree;          /* distinct neighbours */
    double weighted_degree; /* sum of incident edge weights */
    double pagerank;
    double betweenness;
    double eigenvector;
    double closeness;
    double harmonic;
    long community;    /* 0-based community index (level 0), -1 when not computed */
    long subcommunity; /* level 1: 0-based index of the community found inside the node's
                          community (kg_analytics_subcommunities), -1 when not computed */
    /* details, filled by kg_view_load_details (kg_view_details.h); NULL/0 until then */
    char **alias_reasons; /* parallel to aliases: why each was merged */
    size_t *documents;    /* indexes into kg_view.documents where the entity is mentioned */
    size_t n_documents;
    /* layout, filled by kg_layout_compute (kg_layout.h) */
    double x, y;
} kg_view_node;

typedef struct kg_view_edge {
    size_t source; /* index into nodes */
    size_t target; /* index into nodes */
    char *type;    /* spoke-at, affiliated-with, discussed, located-in */
    long weight;   /* number of distinct evidence sentences, a near-duplicate cluster of
                      documents counting once (so it may be below n_evidence) */
    kg_view_evidence *evidence;
    size_t n_evidence;
} kg_view_edge;

/* A stored document, for exports that carry provenance (neo4j CSV documents.csv). */
typedef struct kg_view_document {
    char *id; /* content hash, as kg_view_evidence.document names it */
    char *title;
    char *date;
    char *source;
} kg_view_document;

/* An entity mentioned in a document, count times. */
typedef struct kg_view_mention {
    size_t node;    /* index into nodes */
    char *document; /* document id */
    long count;
} kg_view_mention;

typedef struct kg_view {
    kg_view_node *nodes;
    size_t n_nodes;
    size_t cap_nodes;
    kg_view_edge *edges;
    size_t n_edges;
    size_t cap_edges;
    kg_view_document *documents; /* by id: loaded with the full graph (kg_view_load) or by
                                    kg_view_load_details */
    size_t n_documents;
    size_t cap_documents;
    kg_view_mention *mentioned_in; /* the same */
    size_t n_mentioned_in;
    size_t cap_mentioned_in;
    int has_scores;    /* analytics were computed or loaded */
    unsigned scores;   /* which: KG_SCORE_* bits (kg_analytics.h) */
    int cutoff;        /* betweenness, closeness, harmonic count paths of at most this many hops;
                          0: exact */
    double modularity;   /* of the community partition */
    size_t scored_nodes; /* nodes of the graph the scores were computed on, before filters */
    char *community_algorithm; /* "leiden", "louvain", "labelprop"; NULL until computed */
    long *subcommunity_parent; /* level-1 community i lies inside level-0 community
                                  subcommunity_parent[i]; NULL until computed */
    size_t n_subcommunities;
    int has_details; /* kg_view_load_details ran: alias reasons, documents per node */
} kg_view;

/* Returns a new empty view; the caller frees it with kg_view_free. */
kg_view *kg_view_new(void);

/* Frees v and everything in it. Accepts NULL. */
void kg_view_free(kg_view *v);

/* Appends a node (strings are copied; key is set to "n<id>", community to -1) and returns
 * its index. The returned pointer from kg_view_node_at stays valid until the next add. */
size_t kg_view_add_node(kg_view *v, long long id, const char *label, const char *type);

/* Adds a copy of alias to node i. */
void kg_view_add_alias(kg_view *v, size_t i, const char *alias);

/* Appends an edge between node indexes source and target (type copied, weight 0) and
 * returns its index. */
size_t kg_view_add_edge(kg_view *v, size_t source, size_t target, const char *type);

/* Adds evidence to edge e (strings copied; title may be NULL) and increments its weight. */
void kg_view_add_evidence(kg_view *v, size_t e, const char *document, const char *title,
                          const char *sentence, long start, long end);

/* Adds a copy of an ISO date to node i's doc_dates (the caller adds them in order, once). */
void kg_view_add_doc_date(kg_view *v, size_t i, const char *date);

/* Keeps the nodes i with keep_node[i] set and the edges e with keep_edge[e] set (keep_edge
 * may be NULL: every edge) whose two ends are kept, in their order; frees the others and
 * renumbers the node indexes of the edges and of mentioned_in. */
void kg_view_keep(kg_view *v, const unsigned char *keep_node, const unsigned char *keep_edge);

/* Appends a document (strings copied; title, date may be NULL). */
void kg_view_add_document(kg_view *v, const char *id, const char *title, const char *date,
                          const char *source);

/* Records that node i is mentioned count times in document (copied). */
void kg_view_add_mentioned_in(kg_view *v, size_t i, const char *document, long count);

/* Returns the index of the node with store id, or (size_t)-1. Linear; for tests and
 * small lookups. */
size_t kg_view_find_id(const kg_view *v, long long id);

/* Returns a colour for a community as "#rrggbb" from a fixed palette (static string). */
const char *kg_view_community_colour(long community);

#endif
