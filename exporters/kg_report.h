/* kg_report: `kg report -o DIR`: DIR/index.html, a page of SVG plots drawn by kg itself
 * (degree distribution, community sizes, top entities per type by PageRank, documents per
 * month) with a link to DIR/graph.html, the interactive view (kg_export_html). */
#ifndef KG_REPORT_H
#define KG_REPORT_H

#include "../graph/kg_view.h"
#include "../src/kg_error.h"

#include <stdio.h>

/* Writes the report page of v (scored, with kg_view_load_details's documents) to out.
 * Returns KG_OK or KG_EIO. */
int kg_report_write_page(FILE *out, const kg_view *v, kg_error *err);

/* The mark on every page kg writes, which says it may be overwritten by kg. */
#define KG_REPORT_GENERATOR "<meta name=\"generator\" content=\"kg report\">"

#endif
