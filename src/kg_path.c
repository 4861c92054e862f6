/* kg_path: see kg_path.h. */
#include "kg_path.h"

#include "kg_mem.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Returns the malloc'd canonical directory of path followed by "/" and its last component,
 * or NULL when the directory cannot be resolved. */
static char *canonical_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir =
        slash ? kg_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : kg_xstrdup(".");
    const char *base = slash ? slash + 1 : path;
    char *real = realpath(dir, NULL);
    free(dir);
    if (!real)
        return NULL;
    size_t n = strlen(real);
    char *out = kg_xasprintf("%s%s%s", real, n && real[n - 1] == '/' ? "" : "/", base);
    free(real);
    return out;
}

char *kg_path_canonical(const char *path)
{
    return canonical_name(path);
}

int kg_path_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    int has_a = stat(a, &sa) == 0, has_b = stat(b, &sb) == 0;
    if (has_a && has_b)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    if (has_a != has_b)
        return 0;
    char *ca = canonical_name(a), *cb = canonical_name(b);
    int same = ca && cb && strcmp(ca, cb) == 0;
    free(ca);
    free(cb);
    return same;
}
