/* kg_corrections: corrections made by hand (merge, split, alias add/remove, retype, rename,
 * ignore), kept in the store's `corrections` table and re-applied after every build so that
 * they survive new documents. A correction names entities by their canonical name and type
 * at the time it was made, never by id, so it applies as well to a store rebuilt from the
 * same documents (and is what `kg corrections export` writes).
 *
 * Ownership: every kg_correction returned belongs to the caller (kg_correction_list_free);
 * the store is borrowed. */
#ifndef KG_CORRECTIONS_H
#define KG_CORRECTIONS_H

#include "../kg_error.h"
#include "../kg_mem.h"
#include "../store/kg_store.h"

#include <stddef.h>
#include <stdio.h>

/* One correction. Every string is set ("" when unused). */
typedef struct kg_correction {
    long long id;    /* row id (0 for one not stored yet) */
    char *op;        /* merge, split, alias-add, alias-remove, retype, rename, ignore */
    char *name;      /* the entity it names (canonical name when made) */
    char *type;      /* its type; for retype the type it had */
    char *arg;       /* merge: the entity merged in; split, alias-*: the alias; retype, rename:
                        the new type or name */
    char *arg2;      /* split: the new entity's name */
    char *documents; /* split by document: document ids, one a line */
    char *date;      /* when it was made, ISO 8601 UTC */
} kg_correction;

/* Whether op is one of the seven operations above. */
int kg_corrections_op_valid(const char *op);

/* Whether type is an entity type (person, organisation, party, place, event). */
int kg_corrections_type_valid(const char *type);

/* Adds c (unless an equal correction is stored: *added 0) and applies it, in one
 * transaction; the graph version is bumped when the graph changed. *changes (may be NULL)
 * gets the number of changes the correction made. c->date "" means now. Returns KG_OK or
 * an error, with nothing changed. */
int kg_corrections_add(kg_store *st, const kg_correction *c, int *added, long long *changes,
                       kg_error *err);

/* kg_corrections_add inside the caller's transaction (which it leaves open). */
int kg_corrections_add_in_tx(kg_store *st, const kg_correction *c, int *added, long long *changes,
                             kg_error *err);

/* Re-applies every stored correction, in the order they were made; what a correction names
 * and no longer finds is skipped. Call it after anything that adds entities (kg build at the
 * end of each batch, kg load): a re-created duplicate is merged again, an ignored name
 * deleted again. Runs inside the caller's transaction when one is open (so that the data and
 * its corrections commit together), else in its own. Bumps the graph version (cached
 * analytics invalid) when it changed anything; *changes (may be NULL) gets how much.
 * A store without a corrections table has nothing to apply. Returns KG_OK or an error. */
int kg_corrections_apply(kg_store *st, long long *changes, kg_error *err);

/* The stored corrections in the order they were made into a malloc'd array *out of *n
 * (caller frees with kg_correction_list_free). entity > 0 keeps those that name the entity
 * by its canonical name or one of its aliases. */
int kg_corrections_list(kg_correction **out, size_t *n, kg_store *st, long long entity,
                        kg_error *err);
void kg_correction_list_free(kg_correction *list, size_t n);
/* Fills c with malloc'd copies of the strings (NULL gives ""), id 0 and date "" (now);
 * kg_correction_clear frees them. */
void kg_correction_init(kg_correction *c, const char *op, const char *name, const char *type,
                        const char *arg, const char *arg2, const char *documents);
/* Frees the strings of one correction (not c itself). */
void kg_correction_clear(kg_correction *c);

/* Appends a one-line description of c ("merged 'B' into 'A'") to b. */
void kg_correction_describe(kg_buf *b, const kg_correction *c);

/* Writes every stored correction to out as JSON lines (the format of README's
 * "Corrections by hand": one object a line, with "op", "name", "type", "date" and the
 * fields of its operation). Returns KG_OK or KG_EIO. */
int kg_corrections_export(FILE *out, kg_store *st, kg_error *err);

/* Reads corrections written by kg_corrections_export (blank lines and lines starting with
 * '#' are skipped) from path and adds them all in one transaction, each applied in order;
 * a correction already stored is skipped, so importing twice changes nothing. A malformed
 * line (bad JSON, unknown op or type, missing field) is KG_EFORMAT naming path and line,
 * with nothing changed. *added and *changes (may be NULL) get how many corrections were new
 * and how many graph changes they made. */
int kg_corrections_import(kg_store *st, const char *path, size_t *added, long long *changes,
                          kg_error *err);

#endif
