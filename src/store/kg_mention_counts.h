/* kg_mention_counts: an in-memory map from entity id to its number of stored mentions, so
 * that breaking a tie between entities that share a key ("meeting" names thousands of events)
 * costs a hash lookup per entity instead of a count over its mentions. The store fills it on
 * demand and keeps it in step with the mentions it adds. Opaque: kg_mention_counts_new
 * creates one, kg_mention_counts_free frees it. */
#ifndef KG_MENTION_COUNTS_H
#define KG_MENTION_COUNTS_H

typedef struct kg_mention_counts kg_mention_counts;

/* Returns a new, empty map; the caller frees it with kg_mention_counts_free. */
kg_mention_counts *kg_mention_counts_new(void);
/* Frees the map. Accepts NULL. */
void kg_mention_counts_free(kg_mention_counts *mc);

/* Stores *count for entity and returns 1 when the map knows it, else returns 0. */
int kg_mention_counts_get(const kg_mention_counts *mc, long long entity, long long *count);
/* Records that entity has count mentions. */
void kg_mention_counts_set(kg_mention_counts *mc, long long entity, long long count);
/* Adds one mention to entity when the map knows it (an unknown entity is counted in full
 * the first time it is asked for). */
void kg_mention_counts_add_one(kg_mention_counts *mc, long long entity);

#endif
