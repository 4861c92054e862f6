/* kg_naming_keys: an in-memory map from entity id to the entity's stored name and the least
 * document key among the documents that give it that name, so that deciding whether a new
 * document names an entity (kg_store_prefer_name: the document whose key sorts first does)
 * costs a hash lookup instead of a scan of every document that gave the name: "Kazakhstan"
 * is named by most documents of a large store. The store fills it on demand (a key only when
 * a document gives another name), lowers a key as documents give the name, and forgets an
 * entity it renames. Opaque: kg_naming_keys_new
 * creates one, kg_naming_keys_free frees it. */
#ifndef KG_NAMING_KEYS_H
#define KG_NAMING_KEYS_H

typedef struct kg_naming_keys kg_naming_keys;

/* Returns a new, empty map; the caller frees it with kg_naming_keys_free. */
kg_naming_keys *kg_naming_keys_new(void);
/* Frees the map and the strings it holds. Accepts NULL. */
void kg_naming_keys_free(kg_naming_keys *nk);

/* Returns 1 when the map knows entity, with *name its stored name, *key_known whether it knows
 * the least key of a document that gives that name, and *key that key (NULL: none), both
 * owned by the map and valid until the next call that changes it; else returns 0. */
int kg_naming_keys_get(const kg_naming_keys *nk, long long entity, const char **name,
                       const char **key, int *key_known);
/* Records entity's name (copied), its least naming key not known yet. */
void kg_naming_keys_set(kg_naming_keys *nk, long long entity, const char *name);
/* Records the least naming key (copied; NULL: none) of an entity the map knows. */
void kg_naming_keys_set_key(kg_naming_keys *nk, long long entity, const char *key);
/* Forgets what the map knows of entity (the next get returns 0). */
void kg_naming_keys_forget(kg_naming_keys *nk, long long entity);
/* A document whose least key is key now gives entity the name name: when the map knows entity
 * under that name and its least naming key, that key becomes the lesser of the two. */
void kg_naming_keys_lower(kg_naming_keys *nk, long long entity, const char *name, const char *key);

#endif
