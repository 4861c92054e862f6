/* kx_rel_authors: who speaks a whole text (kx_rel_authors.c). Not part of kg's API. */
#ifndef KX_REL_AUTHORS_H
#define KX_REL_AUTHORS_H

#include "kx_rel_common.h"

/* The author of the text, whose words are every sentence no one else speaks: a statement's
 * author or a resolution's sponsor. Returns entity + 1, or 0; *byline is the sentence that
 * names the author (which speaks of the author, not for them), *co a co-author (entity + 1,
 * or 0). */
size_t kx_rel_text_author(kx_rel_state *rs, size_t *byline, size_t *co);

/* The author's role line, a line of its own under the byline (a date line between at most)
 * that holds titles and bodies only ("Co-Chairman - Helsinki Commission"): adds
 * affiliated-with from the author (entity + 1, as kx_rel_text_author returns it) to each body
 * and returns the line's sentence, which says who the author is, not what about; else
 * returns (size_t)-1. */
size_t kx_rel_author_role_line(kx_rel_state *rs, size_t author, size_t byline);

#endif
