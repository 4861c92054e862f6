/* kx_event_index: what the events pass asks of the events made so far, answered from
 * indexes instead of a scan of every entity per event phrase (a paragraph of thousands of
 * rallies in as many towns was quadratic): the event entities by key, the last "main" event
 * of each kind and whether the document has a main event, whether it has an event of a
 * kind, and the place the first placed phrase of each event gave.
 *
 * The index follows the entities by their index: kx_event_index_sync reads the entities
 * added since its last call (an event's key and kind must be set by then); a pass that sets
 * is_main_event on an entity tells the index (kx_event_index_main). Keys and kinds of events
 * must not change once synced. Opaque; not part of kg's API. */
#ifndef KX_EVENT_INDEX_H
#define KX_EVENT_INDEX_H

#include "kx_state.h"

typedef struct kx_event_index kx_event_index;

/* Returns a new index of x's events (none read yet); the caller frees it with
 * kx_event_index_free. */
kx_event_index *kx_event_index_new(void);
/* Frees ix. Accepts NULL. */
void kx_event_index_free(kx_event_index *ix);

/* Reads the entities of x added since the last call. */
void kx_event_index_sync(kx_event_index *ix, const kx *x);
/* Notes that event entity e of x is now a main event. */
void kx_event_index_main(kx_event_index *ix, const kx *x, size_t e);

/* The first event entity (by index) whose key is key, or (size_t)-1. */
size_t kx_event_index_find(const kx_event_index *ix, const kx *x, const char *key);
/* The last main event (by index) of kind, or (size_t)-1. */
size_t kx_event_index_main_of_kind(const kx_event_index *ix, const char *kind);
/* Whether some event is a main event. */
int kx_event_index_has_main(const kx_event_index *ix);
/* Whether some event is of kind. */
int kx_event_index_has_kind(const kx_event_index *ix, const char *kind);

/* The first event entity of x (by index) whose key is key, or (size_t)-1: through x's own
 * index, made on first use and freed with x. Event keys must not change once set. */
size_t kx_find_event(kx *x, const char *key);

/* The last event entity of x (by index) of kind, or (size_t)-1, through x's own index.
 * Event kinds must not change once set. */
size_t kx_last_event_of_kind(kx *x, const char *kind);

/* Records place as the place of event e unless e has one already. */
void kx_event_index_place(kx_event_index *ix, size_t e, size_t place);
/* The place recorded for event e, or (size_t)-1. */
size_t kx_event_index_place_of(const kx_event_index *ix, size_t e);
/* The place recorded last among the events whose key is key, or (size_t)-1. */
size_t kx_event_index_place_of_key(const kx_event_index *ix, const kx *x, const char *key);

#endif
