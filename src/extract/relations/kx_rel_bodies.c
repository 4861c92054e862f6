/* kx_rel_bodies: bodies within bodies, read from their names.
 *
 * Reads: the organisation and party entities after resolution, with their aliases.
 * Adds:  affiliated-with from an organisation to the body its name places it in.
 * Patterns (kx_names_body_within decides, the same test that keeps resolution from merging
 * the two names):
 * - "Senate of Oliy Majlis", "Parliamentary Assembly of the Council of Europe": the body
 *   after "of" at the end of the name;
 * - "African Union Commission", "OSCE Office in Ashgabat", "DFID's Central Asia Team": the
 *   body that opens the name before a head of its own or a possessive.
 * When the name holds several bodies ("Committee X of the Legislative Chamber of Oliy
 * Majlis"), the longest one is the nearest parent and the only one linked. Names are looked
 * up by hash: each name is split at most once per word. */
#include "kx_rel_bodies.h"

#include "../../kg_mem.h"
#include "../kg_strhash.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    uint64_t hash; /* kg_strhash_ascii_ci of the form */
    size_t entity;
    const char *form; /* borrowed: the entity's name or an alias's text */
} body_form;

static int cmp_form(const void *a, const void *b)
{
    return kg_cmp_u64(&((const body_form *)a)->hash, &((const body_form *)b)->hash);
}

static int is_body(const kg_x_entity *en)
{
    return en->type == KG_ORGANISATION || en->type == KG_PARTY;
}

/* The body other than self whose name or alias is s[0..n) (ASCII case aside), as an entity
 * index, or (size_t)-1. */
static size_t body_named(const body_form *forms, size_t n_forms, const char *s, size_t n,
                         size_t self)
{
    body_form key = {kg_strhash_ascii_ci(s, n), 0, NULL};
    body_form *f = bsearch(&key, forms, n_forms, sizeof *forms, cmp_form);
    if (!f)
        return (size_t)-1;
    while (f > forms && f[-1].hash == key.hash)
        f--;
    for (; f < forms + n_forms && f->hash == key.hash; f++)
        if (f->entity != self && strlen(f->form) == n && strncasecmp(f->form, s, n) == 0)
            return f->entity;
    return (size_t)-1;
}

/* The length of the name before a possessive "'s" or "’s" that ends name[0..i), or i. */
static size_t before_possessive(const char *name, size_t i)
{
    if (i >= 2 && name[i - 1] == 's' && name[i - 2] == '\'')
        return i - 2;
    if (i >= 4 && name[i - 1] == 's' && memcmp(name + i - 4, "\xe2\x80\x99", 3) == 0)
        return i - 4;
    return i;
}

/* Whether s[0..n) is a body other than a that name places a in; its entity, or (size_t)-1. */
static size_t parent_named(const kx *x, const body_form *forms, size_t n_forms, size_t a,
                           const char *name, const char *s, size_t n)
{
    size_t b = body_named(forms, n_forms, s, n, a);
    if (b == (size_t)-1)
        return b;
    char *inner = kg_xstrndup(s, n);
    int within = kx_names_body_within(x, name, inner);
    free(inner);
    return within ? b : (size_t)-1;
}

/* The longest body that name places entity a in, split at each space (the words after it,
 * and the words before it): its entity in *parent and the length of its name in *best, when
 * longer than *best. */
static void parent_in_name(const kx *x, const body_form *forms, size_t n_forms, size_t a,
                           const char *name, size_t *parent, size_t *best)
{
    size_t len = strlen(name);
    for (size_t i = 0; i < len; i++) {
        if (name[i] != ' ')
            continue;
        size_t tail = len - i - 1, head = before_possessive(name, i), b;
        if (tail >= 2 && tail > *best &&
            (b = parent_named(x, forms, n_forms, a, name, name + i + 1, tail)) != (size_t)-1) {
            *parent = b;
            *best = tail;
        }
        if (head >= 2 && head > *best &&
            (b = parent_named(x, forms, n_forms, a, name, name, head)) != (size_t)-1) {
            *parent = b;
            *best = head;
        }
    }
}

void kx_rel_find_body_parents(kx_rel_state *rs)
{
    kx *x = rs->x;
    const kg_extraction *e = x->out;
    size_t n_forms = 0, cap = 0;
    body_form *forms = NULL;
    for (size_t k = 0; k < e->n_entities; k++) {
        const kg_x_entity *en = &e->entities[k];
        if (!is_body(en))
            continue;
        KG_GROW(forms, cap, n_forms + 1 + en->n_aliases);
        forms[n_forms++] =
            (body_form){kg_strhash_ascii_ci(en->name, strlen(en->name)), k, en->name};
        for (size_t j = 0; j < en->n_aliases; j++) {
            const char *t = en->aliases[j].text;
            forms[n_forms++] = (body_form){kg_strhash_ascii_ci(t, strlen(t)), k, t};
        }
    }
    if (n_forms == 0) { /* qsort and bsearch take no null array, even empty */
        free(forms);
        return;
    }
    qsort(forms, n_forms, sizeof *forms, cmp_form);
    for (size_t a = 0; a < e->n_entities; a++) {
        const kg_x_entity *en = &e->entities[a];
        if (en->type != KG_ORGANISATION)
            continue;
        size_t parent = (size_t)-1, best = 0;
        parent_in_name(x, forms, n_forms, a, en->name, &parent, &best);
        for (size_t j = 0; j < en->n_aliases; j++)
            parent_in_name(x, forms, n_forms, a, en->aliases[j].text, &parent, &best);
        if (parent != (size_t)-1)
            kx_add_relation(x, a, parent, KG_AFFILIATED_WITH, en->first_sentence);
    }
    free(forms);
}
