/* kg_ingest: see kg_ingest.h. */
#include "kg_ingest.h"

#include "../kg_mem.h"
#include "../kg_path.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int kg_ingest_buffer(kg_document_list *out, const char *source, kg_format format, const char *data,
                     size_t len, kg_error *err)
{
    if (format == KG_FORMAT_AUTO)
        format = kg_format_detect(source, data, len);
    switch (format) {
    case KG_FORMAT_HTML:
        return kg_read_html(out, source, data, len, err);
    case KG_FORMAT_FEED:
        return kg_read_feed(out, source, data, len, err);
    case KG_FORMAT_JSONL:
        return kg_read_jsonl(out, source, data, len, err);
    case KG_FORMAT_TEXT:
    case KG_FORMAT_AUTO:
        break;
    }
    return kg_read_text(out, source, data, len, err);
}

/* Reads fd to its end into a malloc'd buffer (*data, caller frees), refusing more than max
 * bytes. Returns KG_OK, or KG_EIO with a message naming name. */
static int read_all(int fd, const char *name, unsigned long long max, char **data, size_t *len,
                    kg_error *err)
{
    kg_buf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            kg_buf_free(&b);
            return kg_error_set(err, KG_EIO, "%s: read error: %s", name, strerror(e));
        }
        kg_buf_append(&b, chunk, (size_t)n);
        if (b.len > max) {
            kg_buf_free(&b);
            return kg_error_set(err, KG_EIO,
                                "%s: larger than the limit of %llu bytes (--max-bytes), skipped",
                                name, max);
        }
    }
    *len = b.len;
    *data = kg_buf_take(&b);
    return KG_OK;
}

/* A directory on the path from a named input down to the one being read. */
typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct walk {
    const kg_ingest_options *o;
    unsigned long long max_bytes;
    kg_ingest_stats *stats;
    dir_id *open_dirs; /* the directories being read, outermost first */
    size_t depth;
    size_t cap;
    int measure; /* kg_ingest_measure: sum the sizes only */
    int unknown; /* measuring: a path is standard input */
} walk;

static void report(walk *w, const kg_error *problem)
{
    if (w->measure)
        return;
    w->stats->bad_inputs++;
    if (w->o->on_error)
        w->o->on_error(problem, w->o->ctx);
}

/* Reads the documents in data[0..len) and hands them on. Takes ownership of data. */
static int ingest_bytes(walk *w, const char *name, char *data, size_t len, kg_error *err)
{
    kg_error problem;
    kg_error_clear(&problem);
    kg_document_list docs = {0};
    int rc = KG_OK;
    kg_format format = w->o->format;
    if (len == 0) {
        kg_error_set(&problem, KG_EFORMAT, "%s: empty file", name);
    } else {
        if (format == KG_FORMAT_AUTO)
            format = kg_format_detect(name, data, len);
        kg_ingest_buffer(&docs, name, format, data, len, &problem);
    }
    free(data);
    if (problem.code != KG_OK)
        report(w, &problem);
    unsigned long long before = w->stats->bytes;
    /* a document the reader gave no key is named by its file's canonical path, with "#n"
     * for the nth document of a feed or JSON lines file; standard input names none */
    char *canonical = strcmp(name, "-") == 0 ? NULL : kg_path_canonical(name);
    int several = format == KG_FORMAT_FEED || format == KG_FORMAT_JSONL;
    for (size_t i = 0; i < docs.n; i++) {
        kg_document *d = docs.items[i];
        docs.items[i] = NULL;
        if (!d->key && canonical)
            d->key = several ? kg_xasprintf("%s#%zu", canonical, i + 1) : kg_xstrdup(canonical);
        if (rc == KG_OK) {
            w->stats->documents++;
            w->stats->bytes = before + (unsigned long long)len * (i + 1) / docs.n;
            rc = w->o->on_document(d, w->o->ctx, err);
        } else {
            kg_document_free(d);
        }
    }
    kg_document_list_free(&docs);
    w->stats->bytes = before + len;
    free(canonical);
    return rc;
}

/* Reads an open input (a regular file, or standard input when named "-"). */
static int ingest_fd(walk *w, int fd, const char *name, kg_error *err)
{
    char *data = NULL;
    size_t len = 0;
    kg_error problem;
    kg_error_clear(&problem);
    w->stats->files++;
    if (read_all(fd, name, w->max_bytes, &data, &len, &problem) != KG_OK) {
        report(w, &problem);
        return KG_OK;
    }
    return ingest_bytes(w, name, data, len, err);
}

static const char *file_kind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    return "not a regular file";
}

/* Opens a regular file and reads it. The open never blocks (O_NONBLOCK: a FIFO swapped in
 * after stat would otherwise wait for a writer), and fstat checks what was opened. */
static int ingest_file(walk *w, const char *path, kg_error *err)
{
    kg_error problem;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        kg_error_set(&problem, KG_EIO, "%s: %s", path, strerror(errno));
        report(w, &problem);
        return KG_OK;
    }
    struct stat st;
    int rc = KG_OK;
    if (fstat(fd, &st) != 0) {
        kg_error_set(&problem, KG_EIO, "%s: %s", path, strerror(errno));
        report(w, &problem);
    } else if (!S_ISREG(st.st_mode)) {
        kg_error_set(&problem, KG_EIO, "%s: %s, not a regular file; skipped", path,
                     file_kind(st.st_mode));
        report(w, &problem);
    } else if ((unsigned long long)st.st_size > w->max_bytes) {
        kg_error_set(&problem, KG_EIO,
                     "%s: %lld bytes, larger than the limit of %llu (--max-bytes); skipped", path,
                     (long long)st.st_size, w->max_bytes);
        w->stats->files++;
        report(w, &problem);
    } else if (w->measure) {
        w->stats->bytes += (unsigned long long)st.st_size;
    } else {
        rc = ingest_fd(w, fd, path, err);
    }
    close(fd);
    return rc;
}

const char *kg_ingest_skip_reason(const char *name)
{
    static const char *const store[] = {".db", ".db-wal", ".db-shm", ".db-journal", NULL};
    /* node-link exports and metadata are .json; JSON lines are .jsonl and are read */
    static const char *const exports[] = {".graphml", ".gexf", ".csv", ".json", NULL};
    size_t n = strlen(name);
    for (size_t i = 0; store[i]; i++) {
        size_t k = strlen(store[i]);
        if (n > k && strcmp(name + n - k, store[i]) == 0)
            return "an SQLite store (kg's own output)";
    }
    for (size_t i = 0; exports[i]; i++) {
        size_t k = strlen(exports[i]);
        if (n > k && strcmp(name + n - k, exports[i]) == 0)
            return "a graph export (kg's own output)";
    }
    if (strcmp(name, "README.md") == 0)
        return "a README";
    return NULL;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ingest_path(walk *w, const char *path, int named, kg_error *err);

/* Reads a directory's entries in name order; hidden ones (and . and ..) are left out. */
static int ingest_dir(walk *w, const char *path, kg_error *err)
{
    kg_error problem;
    DIR *dir = opendir(path);
    if (!dir) {
        kg_error_set(&problem, KG_EIO, "%s: %s", path, strerror(errno));
        report(w, &problem);
        return KG_OK;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        KG_GROW(names, cap, n + 1);
        names[n++] = kg_xstrdup(de->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof *names, compare_names);
    int rc = KG_OK;
    size_t pl = strlen(path);
    for (size_t i = 0; i < n; i++) {
        if (rc == KG_OK) {
            char *child =
                kg_xasprintf("%s%s%s", path, pl && path[pl - 1] == '/' ? "" : "/", names[i]);
            struct stat cst;
            const char *why = kg_ingest_skip_reason(names[i]);
            if (why && stat(child, &cst) == 0 && !S_ISDIR(cst.st_mode)) {
                w->stats->skipped++;
                if (w->o->on_skip && !w->measure)
                    w->o->on_skip(child, why, w->o->ctx);
            } else {
                rc = ingest_path(w, child, 0, err);
            }
            free(child);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

/* Reads one path: named is 1 for a path the user named, 0 for one found in a directory. */
static int ingest_path(walk *w, const char *path, int named, kg_error *err)
{
    kg_error problem;
    if (named && strcmp(path, "-") == 0) {
        if (w->measure) {
            w->unknown = 1;
            return KG_OK;
        }
        int rc = ingest_fd(w, STDIN_FILENO, "-", err);
        clearerr(stdin);
        return rc;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        kg_error_set(&problem, KG_EIO, "%s: %s", path, strerror(errno));
        report(w, &problem);
        return KG_OK;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (S_ISREG(st.st_mode))
            return ingest_file(w, path, err);
        kg_error_set(&problem, KG_EIO, "%s: %s, not a regular file; skipped", path,
                     file_kind(st.st_mode));
        report(w, &problem);
        return KG_OK;
    }
    /* a directory already being read (reached again through a symbolic link) would be
     * walked forever, or once per path through the links: refuse it */
    for (size_t i = 0; i < w->depth; i++) {
        if (w->open_dirs[i].dev == st.st_dev && w->open_dirs[i].ino == st.st_ino) {
            kg_error_set(&problem, KG_EIO,
                         "%s: a directory loop (a symbolic link back to a directory being "
                         "read); skipped",
                         path);
            report(w, &problem);
            return KG_OK;
        }
    }
    if (w->depth >= 64) {
        kg_error_set(&problem, KG_EIO, "%s: nested more than 64 directories deep; skipped", path);
        report(w, &problem);
        return KG_OK;
    }
    KG_GROW(w->open_dirs, w->cap, w->depth + 1);
    w->open_dirs[w->depth++] = (dir_id){st.st_dev, st.st_ino};
    int rc = ingest_dir(w, path, err);
    w->depth--;
    return rc;
}

int kg_ingest_walk(const kg_ingest_options *o, const char *const *paths, size_t n,
                   kg_ingest_stats *stats, kg_error *err)
{
    walk w = {o, o->max_bytes ? o->max_bytes : KG_INGEST_DEFAULT_MAX_BYTES, stats, NULL, 0, 0, 0,
              0};
    memset(stats, 0, sizeof *stats);
    int rc = KG_OK;
    for (size_t i = 0; i < n && rc == KG_OK; i++)
        rc = ingest_path(&w, paths[i], 1, err);
    free(w.open_dirs);
    return rc;
}

unsigned long long kg_ingest_measure(const char *const *paths, size_t n,
                                     unsigned long long max_bytes)
{
    kg_ingest_options o = {KG_FORMAT_AUTO, max_bytes, NULL, NULL, NULL, NULL};
    kg_ingest_stats stats = {0};
    walk w = {&o, max_bytes ? max_bytes : KG_INGEST_DEFAULT_MAX_BYTES, &stats, NULL, 0, 0, 1, 0};
    for (size_t i = 0; i < n && !w.unknown; i++)
        ingest_path(&w, paths[i], 1, NULL);
    free(w.open_dirs);
    return w.unknown ? 0 : stats.bytes;
}

int kg_ingest_paths(const char *const *paths, size_t n, kg_format format,
                    kg_ingest_document_fn on_document, kg_ingest_error_fn on_error, void *ctx,
                    kg_ingest_stats *stats, kg_error *err)
{
    kg_ingest_options o = {format, 0, on_document, on_error, NULL, ctx};
    return kg_ingest_walk(&o, paths, n, stats, err);
}
