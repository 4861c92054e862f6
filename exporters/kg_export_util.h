/* kg_export_util: helpers the exporters share (private to exporters/): text cleaning for
 * XML and JSON, number formatting without NaN, the list of scores, node and evidence JSON,
 * an xmlTextWriter on a borrowed FILE, and the stream check every writer ends with.
 * Ownership: every char * and json_t * returned belongs to the caller. */
#ifndef KG_EXPORT_UTIL_H
#define KG_EXPORT_UTIL_H

#include "../graph/kg_view.h"
#include "../src/kg_error.h"

#include <jansson.h>
#include <libxml/xmlwriter.h>
#include <stddef.h>
#include <stdio.h>

/* The analytics scores every format carries when v->has_scores, in this order (community
 * is separate: it is an integer). */
#define KG_EXPORT_N_SCORES 7
extern const char *const kg_export_score_names[KG_EXPORT_N_SCORES];

/* Returns score k (0 <= k < KG_EXPORT_N_SCORES) of n, 0 when it is not finite. */
double kg_export_score(const kg_view_node *n, size_t k);

/* Which optional node attributes at least one node of a view has; formats with a fixed
 * schema (GraphML keys, GEXF attributes, CSV columns) declare only those. */
typedef struct kg_export_present {
    int date, place, country, region, geo;
} kg_export_present;

kg_export_present kg_export_find_present(const kg_view *v);

/* Returns x, or 0 when x is NaN or infinite. */
double kg_export_finite(double x);

/* Formats x (non-finite as 0) into buf with the fewest digits that read back exactly. */
void kg_export_format_double(char *buf, size_t size, double x);

/* Returns a malloc'd copy of s (NULL as "") that XML 1.0 can carry: invalid UTF-8 and
 * characters outside XML 1.0's Char production (C0 controls except tab, LF and CR; U+FFFE,
 * U+FFFF) become U+FFFD. */
char *kg_export_xml_text(const char *s);

/* Returns a malloc'd copy of s (NULL as "") in which invalid UTF-8 becomes U+FFFD; control
 * characters are kept (JSON and CSV escape or quote them). */
char *kg_export_utf8_text(const char *s);

/* Returns a malloc'd string of n's aliases joined by sep ("" when there are none). */
char *kg_export_join_aliases(const kg_view_node *n, const char *sep);

/* Stores the RGB components of community's colour (kg_view_community_colour). */
void kg_export_community_rgb(long community, int *r, int *g, int *b);

/* Returns a new JSON string of s (NULL as ""), cleaned with kg_export_utf8_text. */
json_t *kg_export_json_string(const char *s);

/* Returns a new JSON real of x (non-finite as 0). */
json_t *kg_export_json_real(double x);

/* Returns a new JSON object of node i's data in the common key order: id, label, type,
 * aliases (array), mentions, the optional attributes present, then the scores, community and
 * colour when v->has_scores. */
json_t *kg_export_json_node(const kg_view *v, size_t i);

/* Returns a new JSON array of e's evidence objects {document, title, date (null when
 * unknown), sentence, start, end}. */
/* Returns a new JSON array (the caller owns the reference) of the community hierarchy:
 * {"level": 0, "id": c, "parent": null, "size": n} for each community, then
 * {"level": 1, "id": s, "parent": c, "size": n} for each subcommunity (when computed). */
json_t *kg_export_json_communities(const kg_view *v);

json_t *kg_export_json_evidence(const kg_view_edge *e);

/* Writes root as indented UTF-8 JSON and a final newline to out, then checks out.
 * format names the format in messages. Returns KG_OK or KG_EIO. */
int kg_export_json_dump(FILE *out, const json_t *root, const char *format, kg_error *err);

/* Returns a new xmlTextWriter that writes to out (borrowed: freeing the writer flushes but
 * does not close out), indented by two spaces, or NULL when libxml2 cannot create one. */
xmlTextWriterPtr kg_export_xml_writer_new(FILE *out);

/* libxml2's error reporting as it was before kg_export_xml_quiet_begin. */
typedef struct kg_export_xml_quiet {
    xmlStructuredErrorFunc handler;
    void *context;
} kg_export_xml_quiet;

/* Stops libxml2 from printing its own errors ("I/O error : write error") on stderr in this
 * thread until kg_export_xml_quiet_end(q), which restores the previous handler. The writers
 * report failures through kg_error instead; xmlGetLastError still holds the last one. */
void kg_export_xml_quiet_begin(kg_export_xml_quiet *q);
void kg_export_xml_quiet_end(const kg_export_xml_quiet *q);

/* Writes element name with text content, cleaned with kg_export_xml_text. Returns libxml2's
 * convention: >= 0 on success, -1 on error. */
int kg_export_xml_text_element(xmlTextWriterPtr w, const char *name, const char *text);

/* Writes attribute name="value", value cleaned with kg_export_xml_text. Returns >= 0 or -1. */
int kg_export_xml_attribute(xmlTextWriterPtr w, const char *name, const char *value);

/* Returns the largest finite PageRank of v's nodes (0 when there is none). */
double kg_export_max_pagerank(const kg_view *v);

/* Returns the display size of node i for Gephi: 5 + 45 * pagerank / max_pagerank, 10 when v
 * has no scores or max_pagerank is not positive. */
double kg_export_node_size(const kg_view *v, size_t i, double max_pagerank);

/* Sets err after a failed xmlTextWriter call on a writer made by kg_export_xml_writer_new:
 * the stream's errno when out has its error flag, else libxml2's last message. Returns
 * KG_EIO. */
int kg_export_xml_error(FILE *out, const char *format, kg_error *err);

/* Flushes out and checks its error flag. Returns KG_OK, or KG_EIO with "cannot write
 * <format>: <strerror>". */
int kg_export_check_stream(FILE *out, const char *format, kg_error *err);

#endif
