/* kg_ingest: see kg_ingest.h. */
#include "kg_ingest.h"

#include "../kg_mem.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* Reads a whole stream into a malloc'd buffer. Returns KG_OK or KG_EIO. */
static int slurp(FILE *f, const char *name, char **data, size_t *len, kg_error *err)
{
    kg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        kg_buf_append(&b, chunk, n);
        if (b.len > KG_INGEST_MAX_FILE) {
            kg_buf_free(&b);
            return kg_error_set(err, KG_EIO, "%s: larger than %u MiB, skipped", name,
                                KG_INGEST_MAX_FILE >> 20);
        }
    }
    if (ferror(f)) {
        int e = errno;
        kg_buf_free(&b);
        return kg_error_set(err, KG_EIO, "%s: read error: %s", name, strerror(e));
    }
    *len = b.len;
    *data = kg_buf_take(&b);
    return KG_OK;
}

typedef struct walk {
    kg_format format;
    kg_ingest_document_fn on_document;
    kg_ingest_error_fn on_error;
    void *ctx;
    kg_ingest_stats *stats;
} walk;

static void report(walk *w, const kg_error *problem)
{
    w->stats->bad_inputs++;
    if (w->on_error)
        w->on_error(problem, w->ctx);
}

static int ingest_stream(walk *w, FILE *f, const char *name, kg_error *err)
{
    char *data = NULL;
    size_t len = 0;
    kg_error problem;
    kg_error_clear(&problem);
    w->stats->files++;
    if (slurp(f, name, &data, &len, &problem) != KG_OK) {
        report(w, &problem);
        return KG_OK;
    }
    kg_document_list docs = {0};
    int rc = KG_OK;
    if (len == 0)
        kg_error_set(&problem, KG_EFORMAT, "%s: empty file", name);
    else
        kg_ingest_buffer(&docs, name, w->format, data, len, &problem);
    free(data);
    if (problem.code != KG_OK)
        report(w, &problem);
    for (size_t i = 0; i < docs.n; i++) {
        kg_document *d = docs.items[i];
        docs.items[i] = NULL;
        if (rc == KG_OK) {
            w->stats->documents++;
            rc = w->on_document(d, w->ctx, err);
        } else {
            kg_document_free(d);
        }
    }
    kg_document_list_free(&docs);
    return rc;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ingest_path(walk *w, const char *path, int depth, kg_error *err)
{
    kg_error problem;
    if (strcmp(path, "-") == 0)
        return ingest_stream(w, stdin, "-", err);
    struct stat st;
    if (stat(path, &st) != 0) {
        kg_error_set(&problem, KG_EIO, "%s: %s", path, strerror(errno));
        report(w, &problem);
        return KG_OK;
    }
    if (S_ISDIR(st.st_mode)) {
        if (depth > 64)
            return KG_OK;
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
            if (de->d_name[0] == '.') /* hidden files, . and .. */
                continue;
            KG_GROW(names, cap, n + 1);
            names[n++] = kg_xstrdup(de->d_name);
        }
        closedir(dir);
        qsort(names, n, sizeof *names, compare_names);
        int rc = KG_OK;
        for (size_t i = 0; i < n; i++) {
            if (rc == KG_OK) {
                size_t pl = strlen(path);
                char *child =
                    kg_xasprintf("%s%s%s", path, pl && path[pl - 1] == '/' ? "" : "/", names[i]);
                struct stat cst;
                /* inside directories, skip files kg itself writes (stores, exports) */
                int skip = stat(child, &cst) == 0 && !S_ISDIR(cst.st_mode) &&
                           (strstr(names[i], ".db") || strstr(names[i], ".graphml") ||
                            /* node-link exports and metadata; JSON lines are .jsonl */
                            (strlen(names[i]) > 5 &&
                             strcmp(names[i] + strlen(names[i]) - 5, ".json") == 0) ||
                            strstr(names[i], ".gexf") || strstr(names[i], ".csv") ||
                            strcmp(names[i], "README.md") == 0);
                if (!skip)
                    rc = ingest_path(w, child, depth + 1, err);
                free(child);
            }
            free(names[i]);
        }
        free(names);
        return rc;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        kg_error_set(&problem, KG_EIO, "%s: %s", path, strerror(errno));
        report(w, &problem);
        return KG_OK;
    }
    int rc = ingest_stream(w, f, path, err);
    fclose(f);
    return rc;
}

int kg_ingest_paths(const char *const *paths, size_t n, kg_format format,
                    kg_ingest_document_fn on_document, kg_ingest_error_fn on_error, void *ctx,
                    kg_ingest_stats *stats, kg_error *err)
{
    walk w = {format, on_document, on_error, ctx, stats};
    memset(stats, 0, sizeof *stats);
    for (size_t i = 0; i < n; i++) {
        int rc = ingest_path(&w, paths[i], 0, err);
        if (rc != KG_OK)
            return rc;
    }
    return KG_OK;
}
