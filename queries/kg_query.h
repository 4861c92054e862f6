/* kg_query: the terminal queries. Each kg_query_<name> parses its own arguments (argv[0]
 * is the query name), prints an aligned table or --json, and returns an exit code.
 * kg_query_lookup resolves a NAME the way every query does. */
#ifndef KG_QUERY_H
#define KG_QUERY_H

#include "../src/cli.h"
#include "../src/cli_args.h"
#include "../src/cli_table.h"
#include "../src/store/kg_store.h"

#include <stdio.h>

/* Resolves name to an entity id: canonical name or any alias, after normalisation
 * (case, punctuation, diacritics, transliteration). When several entities match, the one
 * with most mentions wins. Returns KG_OK, or KG_ENOTFOUND with a message that suggests
 * the closest names. */
int kg_query_lookup(long long *id, kg_store *st, const char *name, kg_error *err);

/* Entity's canonical name and type into malloc'd strings (caller frees). */
int kg_query_entity_name(kg_store *st, long long id, char **name, char **type, kg_error *err);

int kg_query_neighbors(int argc, char **argv, kg_store *st);
int kg_query_centrality(int argc, char **argv, kg_store *st);
int kg_query_communities(int argc, char **argv, kg_store *st);
int kg_query_path(int argc, char **argv, kg_store *st);
int kg_query_entity(int argc, char **argv, kg_store *st);
int kg_query_search(int argc, char **argv, kg_store *st);

/* Fuzzy search used by `search` and by suggestions (kg_query_fuzzy.c): fills ids[0..max)
 * and scores[0..max) with the best matching entities for text, best first (ties by id), and
 * returns how many. Answered from the name index on a store of schema 3, else by a scan. */
size_t kg_query_fuzzy(kg_store *st, const char *text, long long *ids, double *scores, size_t max);
/* The same search by a scan of every entity's names, without the index: what the index
 * must give (the tests compare them). */
size_t kg_query_fuzzy_scan(kg_store *st, const char *text, long long *ids, double *scores,
                           size_t max);

#endif
