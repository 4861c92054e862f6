/* kg_name_index: see kg_name_index.h. */
#include "kg_name_index.h"

#include <stddef.h>

/* An entity's row is written anew whenever one of its names changes: an alias added (the
 * trigger fires only when INSERT OR IGNORE really inserted), removed or changed, the entity's
 * key changed. Deleting an entity deletes its row (its aliases go by ON DELETE CASCADE, whose
 * triggers then find no entity to write). */
#define REFRESH(who)                                                                               \
    "DELETE FROM name_index WHERE rowid = " who ";"                                                \
    "INSERT INTO name_index(rowid, names) SELECT e.id, " KG_NAME_INDEX_TEXT                        \
    " FROM entities e WHERE e.id = " who ";"

const char *const kg_name_index_schema_sql =
    "CREATE INDEX IF NOT EXISTS entities_key ON entities(key);"
    "CREATE INDEX IF NOT EXISTS scores_pagerank ON scores(pagerank);"
    "CREATE VIRTUAL TABLE IF NOT EXISTS name_index USING fts5(names, tokenize = 'trigram "
    "case_sensitive 1');"
    "CREATE VIRTUAL TABLE IF NOT EXISTS name_vocab USING fts5vocab(name_index, row);"
    "CREATE TRIGGER IF NOT EXISTS name_index_entity_insert AFTER INSERT ON entities BEGIN"
    " INSERT INTO name_index(rowid, names) VALUES(new.id, new.key); END;"
    "CREATE TRIGGER IF NOT EXISTS name_index_entity_key AFTER UPDATE OF key ON entities BEGIN"
    " " REFRESH("old.id") " " REFRESH(
        "new.id") " END;"
                  "CREATE TRIGGER IF NOT EXISTS name_index_entity_delete AFTER DELETE ON entities "
                  "BEGIN"
                  " DELETE FROM name_index WHERE rowid = old.id; END;"
                  "CREATE TRIGGER IF NOT EXISTS name_index_alias_insert AFTER INSERT ON aliases "
                  "BEGIN"
                  " " REFRESH("new.entity") " END;"
                                            "CREATE TRIGGER IF NOT EXISTS name_index_alias_update "
                                            "AFTER UPDATE OF key, entity ON aliases"
                                            " BEGIN " REFRESH("old.entity") " " REFRESH(
                                                "new.entity") " END;"
                                                              "CREATE TRIGGER IF NOT EXISTS "
                                                              "name_index_alias_delete AFTER "
                                                              "DELETE ON aliases BEGIN"
                                                              " " REFRESH("old.entity") " END;";

int kg_name_index_rebuild(sqlite3 *db)
{
    return sqlite3_exec(db,
                        "DELETE FROM name_index;"
                        "INSERT INTO name_index(rowid, names) SELECT e.id, " KG_NAME_INDEX_TEXT
                        " FROM entities e;",
                        NULL, NULL, NULL);
}
