/* kg_name_index: see kg_name_index.h. */
#include "kg_name_index.h"

#include <stddef.h>

/* An entity's row is written anew whenever its plain keys change: an alias removed or
 * changed, the entity's key changed. Deleting an entity deletes its row (its aliases go by ON
 * DELETE CASCADE, whose triggers then find no entity to write). A new entity or alias only
 * marks the entity in name_index_dirty, and kg_name_index_flush writes each marked entity's
 * row once before the transaction commits: a build adds many aliases to one entity, and
 * rewriting its row at each cost a build 40% more CPU. */
#define REFRESH(who)                                                                               \
    "DELETE FROM name_index WHERE rowid = " who ";"                                                \
    "INSERT INTO name_index(rowid, names) SELECT e.id, " KG_NAME_INDEX_TEXT                        \
    " FROM entities e WHERE e.id = " who ";"

/* clang-format off */
const char *const kg_name_index_schema_sql =
    "CREATE INDEX IF NOT EXISTS entities_key ON entities(key);"
    "CREATE INDEX IF NOT EXISTS scores_pagerank ON scores(pagerank);"
    "CREATE VIRTUAL TABLE IF NOT EXISTS name_index USING fts5(names,"
    " tokenize = 'trigram case_sensitive 1');"
    "CREATE VIRTUAL TABLE IF NOT EXISTS name_vocab USING fts5vocab(name_index, row);"
    "CREATE TABLE IF NOT EXISTS name_index_dirty(entity INTEGER PRIMARY KEY);"
    "CREATE TRIGGER IF NOT EXISTS name_index_entity_insert AFTER INSERT ON entities BEGIN"
    " INSERT OR IGNORE INTO name_index_dirty(entity) VALUES(new.id); END;"
    "CREATE TRIGGER IF NOT EXISTS name_index_entity_key AFTER UPDATE OF key ON entities BEGIN "
    REFRESH("old.id") " " REFRESH("new.id") " END;"
    "CREATE TRIGGER IF NOT EXISTS name_index_entity_delete AFTER DELETE ON entities BEGIN"
    " DELETE FROM name_index WHERE rowid = old.id; END;"
    "CREATE TRIGGER IF NOT EXISTS name_index_alias_insert AFTER INSERT ON aliases"
    " WHEN " KG_NAME_INDEX_PLAIN("new.key") " BEGIN"
    " INSERT OR IGNORE INTO name_index_dirty(entity) VALUES(new.entity); END;"
    "CREATE TRIGGER IF NOT EXISTS name_index_alias_update AFTER UPDATE OF key, entity ON aliases"
    " BEGIN " REFRESH("old.entity") " " REFRESH("new.entity") " END;"
    "CREATE TRIGGER IF NOT EXISTS name_index_alias_delete AFTER DELETE ON aliases BEGIN "
    REFRESH("old.entity") " END;";
/* clang-format on */

int kg_name_index_rebuild(sqlite3 *db)
{
    return sqlite3_exec(db,
                        "DELETE FROM name_index;"
                        "INSERT INTO name_index(rowid, names) SELECT e.id, " KG_NAME_INDEX_TEXT
                        " FROM entities e;",
                        NULL, NULL, NULL);
}

int kg_name_index_flush(sqlite3 *db)
{
    return sqlite3_exec(
        db,
        "DELETE FROM name_index WHERE rowid IN (SELECT entity FROM name_index_dirty);"
        "INSERT INTO name_index(rowid, names) SELECT e.id, " KG_NAME_INDEX_TEXT
        " FROM entities e WHERE e.id IN (SELECT entity FROM name_index_dirty);"
        "DELETE FROM name_index_dirty;",
        NULL, NULL, NULL);
}
