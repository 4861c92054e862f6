/* kg_igraph: see kg_igraph.h. */
#define KG_IGRAPH_NO_MACROS
#include "kg_igraph.h"

#include "kg_config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static kg_igraph_api api;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;

static void load(void)
{
    void *lib = dlopen(KG_IGRAPH_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "kg: cannot load igraph (%s): %s\n", KG_IGRAPH_SONAME, dlerror());
        exit(1);
    }
    /* (never closed: igraph's handlers and RNG live until exit) */
    /* a data pointer into a function pointer by memcpy: ISO C has no cast between them */
#define KG_IGRAPH_LOAD(f)                                                                          \
    do {                                                                                           \
        void *sym = dlsym(lib, #f);                                                                \
        if (!sym) {                                                                                \
            fprintf(stderr, "kg: %s has no %s: %s\n", KG_IGRAPH_SONAME, #f, dlerror());           \
            exit(1);                                                                               \
        }                                                                                          \
        memcpy(&api.f, &sym, sizeof sym);                                                          \
    } while (0);
    KG_IGRAPH_FUNCTIONS(KG_IGRAPH_LOAD)
#undef KG_IGRAPH_LOAD
    loaded = 1;
}

const kg_igraph_api *kg_igraph(void)
{
    pthread_once(&once, load);
    return &api;
}

int kg_igraph_loaded(void)
{
    return loaded;
}
