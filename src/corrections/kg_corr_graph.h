/* kg_corr_graph: the changes corrections make to the graph in the store (merging two
 * entities, moving part of one to another, deleting one), and the small bound-statement
 * helpers they share with kg_corrections. Every function runs inside the caller's
 * transaction and returns KG_OK or KG_ESTORE; ids returned in arrays belong to the caller. */
#ifndef KG_CORR_GRAPH_H
#define KG_CORR_GRAPH_H

#include "../kg_error.h"
#include "../store/kg_store.h"

#include <stddef.h>

/* Runs sql once with its parameters bound from the variadic arguments as binds says, one
 * letter each: 'i' a long long, 't' a const char * (NULL binds NULL). Returns KG_OK or
 * KG_ESTORE; *changes (may be NULL) gets sqlite3_changes. */
int kg_corr_exec(kg_store *st, long long *changes, kg_error *err, const char *sql,
                 const char *binds, ...);

/* The first column of the first row as an integer: >= 0, 0 when there is no row, or <0 on
 * error. */
long long kg_corr_scalar(kg_store *st, kg_error *err, const char *sql, const char *binds, ...);

/* The first column of every row (integers) into a malloc'd *ids of *n (caller frees). */
int kg_corr_ids(long long **ids, size_t *n, kg_store *st, kg_error *err, const char *sql,
                const char *binds, ...);

/* Entities of type (any type when NULL) whose key, or one of whose alias keys, is key, in
 * id order, into a malloc'd *ids of *n (caller frees). */
int kg_corr_named(long long **ids, size_t *n, kg_store *st, const char *type, const char *key,
                  kg_error *err);

/* Whether entity id's own name (not an alias) has key: its key or the key of its name. */
int kg_corr_own_name_is(kg_store *st, long long id, const char *key);

/* Of ids, the one whose name is exactly name, else whose own name has key, else the
 * first. n > 0. */
long long kg_corr_pick(kg_store *st, const long long *ids, size_t n, const char *name,
                       const char *key);

/* Merges entity lose into keep: attributes keep lacks, aliases (reason "merged by hand"),
 * mentions, and edges, where an edge that now joins keep to a neighbour it was already
 * joined to by the same type combines the two edges' evidence (the weight is the number of
 * distinct evidence sentences) and an edge between keep and lose (a self-loop) is dropped.
 * Then lose is deleted. */
int kg_corr_merge(kg_store *st, long long keep, long long lose, kg_error *err);

/* Moves the part of entity from that the given mentions stand for to entity to: the
 * mentions, the aliases whose keys are in alias_keys (n_keys), and the evidence of from's
 * edges stated in a sentence where only moved mentions name from (or, in a sentence where
 * no mention names it, in a document where only moved mentions do). Weights are recounted;
 * an edge left with no evidence is deleted. *changes gets the number of rows moved. */
int kg_corr_move(kg_store *st, long long from, long long to, const long long *mentions,
                 size_t n_mentions, char *const *alias_keys, size_t n_keys, long long *changes,
                 kg_error *err);

/* Deletes entity id with its aliases, mentions, edges and their evidence, and its scores. */
int kg_corr_delete(kg_store *st, long long id, kg_error *err);

#endif
