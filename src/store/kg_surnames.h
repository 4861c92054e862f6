/* kg_surnames: an in-memory index from the word-final parts of person name keys to the
 * persons that have them ("kamila baidildina" is filed under "baidildina"; "maria de la cruz"
 * under "de la cruz", "la cruz" and "cruz"), so that a surname alone resolves by one hash
 * lookup instead of a LIKE scan over every stored person. The store builds it on first use
 * and keeps it in step with the persons it adds. Opaque: kg_surnames_new creates one,
 * kg_surnames_free frees it. */
#ifndef KG_SURNAMES_H
#define KG_SURNAMES_H

typedef struct kg_surnames kg_surnames;

/* Returns a new, empty index; the caller frees it with kg_surnames_free. */
kg_surnames *kg_surnames_new(void);
/* Frees the index and its copies of the keys. Accepts NULL. */
void kg_surnames_free(kg_surnames *ix);

/* Files person under every part of key that follows a space. key is copied. */
void kg_surnames_add(kg_surnames *ix, long long person, const char *key);

/* Returns the only person whose key ends with " <surname>", 0 when none or several. */
long long kg_surnames_find(const kg_surnames *ix, const char *surname);

#endif
