/* kg_igraph: igraph, loaded when a command first needs it (the analytics and layouts),
 * not at every start of kg (issue 11). Linked, igraph and the libraries it pulls in
 * (BLAS, LAPACK, ARPACK, GLPK, GMP, gfortran, ...) were about 2 ms of relocation and
 * page faults at the start of every kg process, while a query answered from the store's
 * indexes takes 1-3 ms more: most commands never call igraph.
 *
 * graph/ code includes this header instead of <igraph.h>: each igraph function it calls
 * is a macro for the pointer kg_igraph() loaded (dlopen of KG_IGRAPH_SONAME), so a call
 * reads as before. The table below lists every function called; add to it to call
 * another (the link fails otherwise with an undefined kg_igraph_api member). */
#ifndef KG_IGRAPH_H
#define KG_IGRAPH_H

#include <igraph.h>

#define KG_IGRAPH_FUNCTIONS(X)                                                                     \
    X(IGRAPH_FINALLY_FREE)                                                                         \
    X(igraph_betweenness_cutoff)                                                                   \
    X(igraph_closeness_cutoff)                                                                     \
    X(igraph_community_label_propagation)                                                          \
    X(igraph_community_leiden)                                                                     \
    X(igraph_community_multilevel)                                                                 \
    X(igraph_create)                                                                               \
    X(igraph_degree)                                                                               \
    X(igraph_destroy)                                                                              \
    X(igraph_eigenvector_centrality)                                                               \
    X(igraph_harmonic_centrality_cutoff)                                                           \
    X(igraph_layout_drl)                                                                           \
    X(igraph_layout_drl_options_init)                                                              \
    X(igraph_layout_fruchterman_reingold)                                                          \
    X(igraph_matrix_destroy)                                                                       \
    X(igraph_matrix_init)                                                                          \
    X(igraph_modularity)                                                                           \
    X(igraph_pagerank)                                                                             \
    X(igraph_rng_default)                                                                          \
    X(igraph_rng_seed)                                                                             \
    X(igraph_set_error_handler)                                                                    \
    X(igraph_set_warning_handler)                                                                  \
    X(igraph_strength)                                                                             \
    X(igraph_strerror)                                                                             \
    X(igraph_vector_destroy)                                                                       \
    X(igraph_vector_init)                                                                          \
    X(igraph_vector_int_all_e)                                                                     \
    X(igraph_vector_int_destroy)                                                                   \
    X(igraph_vector_int_init)                                                                      \
    X(igraph_vector_int_null)                                                                      \
    X(igraph_vector_int_push_back)                                                                 \
    X(igraph_vector_int_resize)                                                                    \
    X(igraph_vector_int_size)                                                                      \
    X(igraph_vector_int_update)                                                                    \
    X(igraph_vector_null)                                                                          \
    X(igraph_vector_push_back)                                                                     \
    X(igraph_vector_resize)                                                                        \
    X(igraph_vector_size)                                                                          \
    X(igraph_vss_all)                                                                              \
    X(igraph_warning_handler_ignore)

#define KG_IGRAPH_MEMBER(f) __typeof__(f) *f;
typedef struct kg_igraph_api {
    KG_IGRAPH_FUNCTIONS(KG_IGRAPH_MEMBER)
} kg_igraph_api;
#undef KG_IGRAPH_MEMBER

/* igraph's functions, loaded on the first call (thread-safe). When the library cannot be
 * loaded, prints why and exits with status 1: kg is not installed whole. Never NULL; owned
 * by kg_igraph.c. */
const kg_igraph_api *kg_igraph(void);

/* 1 once igraph has been loaded in this process, else 0 (for tests). */
int kg_igraph_loaded(void);

#ifndef KG_IGRAPH_NO_MACROS
#define IGRAPH_FINALLY_FREE (kg_igraph()->IGRAPH_FINALLY_FREE)
#define igraph_betweenness_cutoff (kg_igraph()->igraph_betweenness_cutoff)
#define igraph_closeness_cutoff (kg_igraph()->igraph_closeness_cutoff)
#define igraph_community_label_propagation (kg_igraph()->igraph_community_label_propagation)
#define igraph_community_leiden (kg_igraph()->igraph_community_leiden)
#define igraph_community_multilevel (kg_igraph()->igraph_community_multilevel)
#define igraph_create (kg_igraph()->igraph_create)
#define igraph_degree (kg_igraph()->igraph_degree)
#define igraph_destroy (kg_igraph()->igraph_destroy)
#define igraph_eigenvector_centrality (kg_igraph()->igraph_eigenvector_centrality)
#define igraph_harmonic_centrality_cutoff (kg_igraph()->igraph_harmonic_centrality_cutoff)
#define igraph_layout_drl (kg_igraph()->igraph_layout_drl)
#define igraph_layout_drl_options_init (kg_igraph()->igraph_layout_drl_options_init)
#define igraph_layout_fruchterman_reingold (kg_igraph()->igraph_layout_fruchterman_reingold)
#define igraph_matrix_destroy (kg_igraph()->igraph_matrix_destroy)
#define igraph_matrix_init (kg_igraph()->igraph_matrix_init)
#define igraph_modularity (kg_igraph()->igraph_modularity)
#define igraph_pagerank (kg_igraph()->igraph_pagerank)
#define igraph_rng_default (kg_igraph()->igraph_rng_default)
#define igraph_rng_seed (kg_igraph()->igraph_rng_seed)
#define igraph_set_error_handler (kg_igraph()->igraph_set_error_handler)
#define igraph_set_warning_handler (kg_igraph()->igraph_set_warning_handler)
#define igraph_strength (kg_igraph()->igraph_strength)
#define igraph_strerror (kg_igraph()->igraph_strerror)
#define igraph_vector_destroy (kg_igraph()->igraph_vector_destroy)
#define igraph_vector_init (kg_igraph()->igraph_vector_init)
#define igraph_vector_int_all_e (kg_igraph()->igraph_vector_int_all_e)
#define igraph_vector_int_destroy (kg_igraph()->igraph_vector_int_destroy)
#define igraph_vector_int_init (kg_igraph()->igraph_vector_int_init)
#define igraph_vector_int_null (kg_igraph()->igraph_vector_int_null)
#define igraph_vector_int_push_back (kg_igraph()->igraph_vector_int_push_back)
#define igraph_vector_int_resize (kg_igraph()->igraph_vector_int_resize)
#define igraph_vector_int_size (kg_igraph()->igraph_vector_int_size)
#define igraph_vector_int_update (kg_igraph()->igraph_vector_int_update)
#define igraph_vector_null (kg_igraph()->igraph_vector_null)
#define igraph_vector_push_back (kg_igraph()->igraph_vector_push_back)
#define igraph_vector_resize (kg_igraph()->igraph_vector_resize)
#define igraph_vector_size (kg_igraph()->igraph_vector_size)
#define igraph_vss_all (kg_igraph()->igraph_vss_all)
#define igraph_warning_handler_ignore (kg_igraph()->igraph_warning_handler_ignore)
#endif

#endif
