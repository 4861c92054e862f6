/* kg_html_template: the page of `kg export html`, generated at build time by embed.py from
 * view.html, view.js and the vendored graph library (cytoscape.js, pinned in
 * package-lock.json): the bytes before and after the graph's JSON. */
#ifndef KG_HTML_TEMPLATE_H
#define KG_HTML_TEMPLATE_H

#include <stddef.h>

extern const unsigned char kg_html_head[];
extern const size_t kg_html_head_len;
extern const unsigned char kg_html_tail[];
extern const size_t kg_html_tail_len;
/* 0 when kg was built without the library (node_modules missing: run npm ci) */
extern const int kg_html_has_library;

#endif
