/* kg_surnames: see kg_surnames.h. Open addressing with linear probing, the table at most
 * half full; an entry counts its persons up to 2, which is all "the only one" needs. */
#include "kg_surnames.h"

#include "../extract/kg_strhash.h"
#include "../kg_mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *suffix; /* NULL: free slot */
    long long person;
    int persons; /* 1, or 2 for "two or more" */
} entry;

struct kg_surnames {
    entry *slots;
    size_t cap; /* a power of two */
    size_t used;
};

kg_surnames *kg_surnames_new(void)
{
    kg_surnames *ix = kg_xcalloc(1, sizeof *ix);
    ix->cap = 256;
    ix->slots = kg_xcalloc(ix->cap, sizeof *ix->slots);
    return ix;
}

void kg_surnames_free(kg_surnames *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->cap; i++)
        free(ix->slots[i].suffix);
    free(ix->slots);
    free(ix);
}

/* The slot holding s, or the free slot where it belongs. */
static entry *slot(entry *slots, size_t cap, const char *s)
{
    size_t i = (size_t)kg_strhash(s, strlen(s)) & (cap - 1);
    while (slots[i].suffix && strcmp(slots[i].suffix, s) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static void grow(kg_surnames *ix)
{
    size_t cap = ix->cap * 2;
    entry *slots = kg_xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < ix->cap; i++)
        if (ix->slots[i].suffix)
            *slot(slots, cap, ix->slots[i].suffix) = ix->slots[i];
    free(ix->slots);
    ix->slots = slots;
    ix->cap = cap;
}

void kg_surnames_add(kg_surnames *ix, long long person, const char *key)
{
    for (const char *p = strchr(key, ' '); p; p = strchr(p + 1, ' ')) {
        if (!p[1])
            break;
        if (2 * (ix->used + 1) > ix->cap)
            grow(ix);
        entry *e = slot(ix->slots, ix->cap, p + 1);
        if (!e->suffix) {
            e->suffix = kg_xstrdup(p + 1);
            e->person = person;
            e->persons = 1;
            ix->used++;
        } else if (e->person != person) {
            e->persons = 2;
        }
    }
}

long long kg_surnames_find(const kg_surnames *ix, const char *surname)
{
    if (!*surname)
        return 0;
    const entry *e = slot(ix->slots, ix->cap, surname);
    return e->suffix && e->persons == 1 ? e->person : 0;
}
