/* kg_name_index: the store's index of entity names for fuzzy search (schema 3, issue 11).
 * name_index is an FTS5 table with the trigram tokenizer: one row per entity, its rowid the
 * entity's id, its one column the entity's distinct plain keys (name and aliases; not the
 * structured keys of events, which hold a hash), one a line.
 * Triggers on entities and aliases keep it in step with every write (builds, corrections,
 * removals), so that no writer has to: new names are marked and written once at commit
 * (kg_name_index_flush). name_vocab (fts5vocab) gives each trigram's number of
 * rows. entities_key indexes name keys alone (lookups without a type) and scores_pagerank the
 * cached PageRank (the default ranking read without sorting every entity).
 * Ownership: nothing here allocates. */
#ifndef KG_NAME_INDEX_H
#define KG_NAME_INDEX_H

#include <sqlite3.h>

/* The tables, indexes and triggers, all IF NOT EXISTS: part of the schema of a new store and
 * of the upgrade of an older one. */
extern const char *const kg_name_index_schema_sql;

/* Whether the key expression k is a structured key (an event's "meeting|<hash>|place"): such
 * keys are matched by equality and prefix only (the key indexes), never indexed by trigrams. */
#define KG_NAME_INDEX_PLAIN(k) "instr(" k ", '|') = 0"

/* The SQL expression of entity e's indexed text (e an alias of the entities table): its
 * distinct plain keys, name and aliases', in order, one a line ('' when none). */
#define KG_NAME_INDEX_TEXT                                                                         \
    "coalesce((SELECT group_concat(k, char(10)) FROM (SELECT e.key AS k "                          \
    "WHERE " KG_NAME_INDEX_PLAIN("e.key") " UNION SELECT a.key FROM aliases a WHERE a.entity = "   \
                                          "e.id AND " KG_NAME_INDEX_PLAIN("a.key") ")), '')"

/* Fills name_index anew from every entity (inside the caller's transaction): the upgrade of
 * a store whose index is missing or stale. Returns an SQLite result code. */
int kg_name_index_rebuild(sqlite3 *db);

/* Writes the rows of the entities marked in name_index_dirty (added, or given an alias,
 * since the last flush) and clears the marks; kg_store_commit calls it before COMMIT and
 * kg_store_close for what was written outside a transaction. Returns an SQLite result
 * code. */
int kg_name_index_flush(sqlite3 *db);

#endif
