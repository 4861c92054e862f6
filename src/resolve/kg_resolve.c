/* kg_resolve: see kg_resolve.h. */
#include "kg_resolve.h"

#include "../kg_mem.h"
#include "kg_normalize.h"

#include <stdlib.h>
#include <string.h>

/* Finds the stored entity for x's entity e, or 0. */
static long long find_existing(kg_store *st, const kg_x_entity *e, const char **reason,
                               kg_error *err)
{
    const char *type = kg_entity_type_name(e->type);
    long long id = kg_store_find_entity(st, type, e->key, err);
    *reason = "same name in another document";
    if (id != 0 || e->type == KG_EVENT)
        return id;
    for (size_t i = 0; i < e->n_aliases && id == 0; i++) {
        id = kg_store_find_entity(st, type, e->aliases[i].key, err);
        *reason = "shared alias with another document";
    }
    if (id == 0 && e->type == KG_PERSON && !strchr(e->key, ' ')) {
        id = kg_store_find_person_by_surname(st, e->key, err);
        *reason = "surname of the only such person in the store";
    }
    return id;
}

int kg_resolve_into_store(kg_store *st, const kg_extraction *x, kg_error *err)
{
    const kg_document *doc = x->doc;
    int rc = kg_store_add_document(st, doc, err);
    if (rc != KG_OK)
        return rc;
    long long *ids = kg_xcalloc(x->n_entities + 1, sizeof *ids);
    for (size_t i = 0; i < x->n_entities && rc == KG_OK; i++) {
        const kg_x_entity *e = &x->entities[i];
        kg_entity_attrs attrs = {0};
        attrs.date = e->date;
        attrs.place = e->place;
        if (e->geo) {
            attrs.country = e->geo->country;
            attrs.region = e->geo->region;
            attrs.has_geo = e->geo->has_geo;
            attrs.lat = e->geo->lat;
            attrs.lon = e->geo->lon;
        }
        const char *reason = NULL;
        long long id = find_existing(st, e, &reason, err);
        if (id < 0) {
            rc = (int)id;
            break;
        }
        if (id == 0) {
            id =
                kg_store_add_entity(st, e->name, kg_entity_type_name(e->type), e->key, &attrs, err);
            if (id < 0) {
                rc = (int)id;
                break;
            }
            reason = "name in the document";
        } else {
            rc = kg_store_merge_attrs(st, id, &attrs, err);
        }
        ids[i] = id;
        char *key = kg_normalize_key(e->name, strlen(e->name));
        /* the name the first document (by key) gives, whatever the build order */
        if (rc == KG_OK && reason && strcmp(reason, "name in the document") != 0)
            rc = kg_store_prefer_name(st, id, e->name, e->key, doc->key, err);
        if (rc == KG_OK)
            rc = kg_store_add_name(st, id, e->name, key, reason, doc->id, e->key, err);
        free(key);
        if (rc == KG_OK && e->geo && e->geo->canonical && strcmp(e->geo->canonical, e->name)) {
            char *gk = kg_normalize_key(e->geo->canonical, strlen(e->geo->canonical));
            rc = kg_store_add_alias(st, id, e->geo->canonical, gk, "gazetteer name", doc->id, err);
            free(gk);
        }
        for (size_t k = 0; k < e->n_aliases && rc == KG_OK; k++) {
            rc = kg_store_add_alias(st, id, e->aliases[k].text, e->aliases[k].key,
                                    e->aliases[k].reason, doc->id, err);
        }
    }
    for (size_t i = 0; i < x->n_mentions && rc == KG_OK; i++) {
        const kg_x_mention *m = &x->mentions[i];
        const kg_sentence *s = &x->tokens.sentences[m->sentence];
        rc = kg_store_add_mention(st, doc->id, ids[m->entity], (long)m->start, (long)m->end,
                                  (long)s->start, (long)s->end, err);
    }
    for (size_t i = 0; i < x->n_relations && rc == KG_OK; i++) {
        const kg_x_relation *r = &x->relations[i];
        /* two entities of the document that the store resolves to one ("Johnson Controls"
         * and "Johnson Controls Inc"): a relation between them would be a loop */
        if (ids[r->source] == ids[r->target])
            continue;
        const kg_sentence *s = &x->tokens.sentences[r->sentence];
        char *sentence = kg_xstrndup(doc->text + s->start, s->end - s->start);
        rc = kg_store_add_evidence(st, ids[r->source], ids[r->target],
                                   kg_relation_type_name(r->type), doc->id, (long)s->start,
                                   (long)s->end, sentence, err);
        free(sentence);
    }
    /* a near-duplicate of a stored document counts once as evidence */
    if (rc == KG_OK)
        rc = kg_store_cluster_document(st, doc->id, doc->text, doc->text_len, err);
    free(ids);
    return rc;
}
