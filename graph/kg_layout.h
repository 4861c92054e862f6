/* kg_layout: node positions for the HTML view, computed once in C with igraph so that the
 * browser only draws (a force layout of 5,000 nodes in JavaScript would take the viewer tens
 * of seconds). Up to KG_LAYOUT_FR_LIMIT nodes: Fruchterman-Reingold (500 iterations, the
 * grid variant above 1,000 nodes); larger graphs: DrL, igraph's layout for large graphs.
 * Above KG_LAYOUT_SPLIT_MIN nodes only the largest component gets the force layout and every
 * other component's nodes are set in rows below it, largest component first (a news graph
 * has hundreds of isolated entities and pairs, which would push the connected part into a
 * knot at the centre and, for DrL, take most of its time).
 * Edge weights (summed per pair) pull strongly linked entities together. The random seed is
 * fixed, so one store gives one picture. */
#ifndef KG_LAYOUT_H
#define KG_LAYOUT_H

#include "../src/kg_error.h"
#include "kg_view.h"

#define KG_LAYOUT_FR_LIMIT 10000
#define KG_LAYOUT_SPLIT_MIN 1000

/* Sets x and y of every node of v to a position in [0, 1000] x [0, 1000]. Returns KG_OK, or
 * KG_EGRAPH ("cannot compute the layout: <igraph's reason>"). */
int kg_layout_compute(kg_view *v, kg_error *err);

#endif
