/* kg_outfile: see kg_outfile.h. */
#include "kg_outfile.h"

#include "kg_mem.h"
#include "kg_path.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* The longest part of the target's name a temporary name repeats, so that it stays within
 * NAME_MAX (255) with its ".", ".kg-<pid>-<n>.tmp". */
#define BASE_MAX 200
#define SLOTS 4

struct kg_outfile {
    char *path;   /* as given */
    char *target; /* what is renamed over: path, or where its symbolic link points */
    char *tmp;    /* the temporary file, NULL when writing directly */
    FILE *f;
    int slot; /* index in the signal handler's table, or -1 */
};

/* Temporary files to remove when a signal ends the process. A slot's path is written before
 * it is marked used, and the handler reads only used slots. */
static char pending[SLOTS][PATH_MAX];
static volatile sig_atomic_t pending_used[SLOTS];
static int handlers_installed;

static void on_signal(int sig)
{
    for (int i = 0; i < SLOTS; i++)
        if (pending_used[i])
            unlink(pending[i]);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void)
{
    if (handlers_installed)
        return;
    handlers_installed = 1;
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler != SIG_DFL)
            continue; /* ignored (nohup) or handled by someone else: left alone */
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
}

static int add_pending(const char *tmp)
{
    if (strlen(tmp) >= PATH_MAX)
        return -1;
    for (int i = 0; i < SLOTS; i++) {
        if (pending_used[i])
            continue;
        memcpy(pending[i], tmp, strlen(tmp) + 1);
        pending_used[i] = 1;
        install_handlers();
        return i;
    }
    return -1;
}

static void drop_pending(kg_outfile *o)
{
    if (o->slot >= 0)
        pending_used[o->slot] = 0;
    o->slot = -1;
}

/* Splits path into its malloc'd directory (*dir, "." when none) and its last component. */
static const char *split(const char *path, char **dir)
{
    const char *slash = strrchr(path, '/');
    *dir = slash ? kg_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : kg_xstrdup(".");
    return slash ? slash + 1 : path;
}

/* The prefix every temporary name of base starts with: ".<base (at most BASE_MAX)>.kg-". */
static char *tmp_prefix(const char *base)
{
    size_t n = strlen(base);
    return kg_xasprintf(".%.*s.kg-", (int)(n > BASE_MAX ? BASE_MAX : n), base);
}

/* Removes the temporary files of base in dir whose process no longer runs (a kg killed by
 * SIGKILL or a power cut while writing). */
static void remove_stale(const char *dir, const char *base)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char *prefix = tmp_prefix(base);
    size_t plen = strlen(prefix);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        size_t n = strlen(name);
        if (strncmp(name, prefix, plen) != 0 || n < plen + 4 || strcmp(name + n - 4, ".tmp") != 0)
            continue;
        char *end = NULL;
        errno = 0;
        long pid = strtol(name + plen, &end, 10);
        if (errno || end == name + plen || *end != '-' || pid <= 0 || pid == (long)getpid())
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue; /* still running, or not ours to ask about */
        char *p = kg_xasprintf("%s/%s", dir, name);
        unlink(p);
        free(p);
    }
    closedir(d);
    free(prefix);
}

/* 1 when the regular file at path starts with SQLite's header. */
static int is_sqlite(const char *path)
{
    static const char magic[16] = "SQLite format 3";
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return 0;
    char head[16];
    ssize_t n = read(fd, head, sizeof head);
    close(fd);
    return n == (ssize_t)sizeof head && memcmp(head, magic, sizeof head) == 0;
}

int kg_outfile_check_store(const char *path, const char *db, const char *what, kg_error *err)
{
    static const char *const companions[] = {"", "-wal", "-shm", "-journal", NULL};
    for (size_t i = 0; companions[i]; i++) {
        char *p = kg_xasprintf("%s%s", db, companions[i]);
        int same = kg_path_same_file(path, p);
        if (same)
            kg_error_set(err, KG_EIO, "refusing to write %s onto the store: '%s' is '%s'", what,
                         path, p);
        free(p);
        if (same)
            return KG_EIO;
    }
    return KG_OK;
}

int kg_outfile_check(const char *path, const char *db, const char *what, kg_error *err)
{
    if (!path || !*path)
        return kg_error_set(err, KG_EIO, "cannot write %s: an empty file name", what);
    if (strcmp(path, "-") == 0)
        return KG_OK;
    if (db && kg_outfile_check_store(path, db, what, err) != KG_OK)
        return KG_EIO;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return KG_OK; /* a new file (or a dangling link, replaced by the file) */
    if (S_ISDIR(sb.st_mode))
        return kg_error_set(err, KG_EIO, "cannot write %s to '%s': it is a folder", what, path);
    if (S_ISREG(sb.st_mode) && is_sqlite(path))
        return kg_error_set(err, KG_EIO,
                            "refusing to overwrite '%s' with %s: it is an SQLite database", path,
                            what);
    return KG_OK;
}

/* Creates the temporary file of o->target beside it, with the target's permissions when it
 * exists (else those a new file gets). Returns the fd or -1 with errno set. */
static int create_tmp(kg_outfile *o)
{
    char *dir = NULL;
    const char *base = split(o->target, &dir);
    remove_stale(dir, base);
    char *prefix = tmp_prefix(base);
    struct stat sb;
    int has_mode = stat(o->target, &sb) == 0;
    int fd = -1;
    for (unsigned n = 0; n < 1000 && fd < 0; n++) {
        free(o->tmp);
        o->tmp = kg_xasprintf("%s/%s%ld-%u.tmp", dir, prefix, (long)getpid(), n);
        fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    int saved = errno;
    if (fd >= 0 && has_mode)
        (void)fchmod(fd, sb.st_mode & 07777);
    free(prefix);
    free(dir);
    errno = saved;
    return fd;
}

int kg_outfile_open(kg_outfile **out, const char *path, const char *db, const char *what,
                    kg_error *err)
{
    *out = NULL;
    int rc = kg_outfile_check(path, db, what, err);
    if (rc != KG_OK)
        return rc;
    kg_outfile *o = kg_xcalloc(1, sizeof *o);
    o->path = kg_xstrdup(path);
    o->slot = -1;
    if (strcmp(path, "-") == 0) {
        o->f = stdout;
        *out = o;
        return KG_OK;
    }
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        o->f = fopen(path, "wb"); /* a terminal, /dev/null, a FIFO: rename would replace it */
        if (!o->f) {
            rc = kg_error_set(err, KG_EIO, "cannot write '%s': %s", path, strerror(errno));
            kg_outfile_free(o);
            return rc;
        }
        *out = o;
        return KG_OK;
    }
    char *real = realpath(path, NULL); /* through a symbolic link to the file it names */
    o->target = real ? real : kg_xstrdup(path);
    int fd = create_tmp(o);
    if (fd < 0) {
        rc = kg_error_set(err, KG_EIO, "cannot write '%s': %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        kg_outfile_free(o);
        return rc;
    }
    o->slot = add_pending(o->tmp);
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        rc = kg_error_set(err, KG_EIO, "cannot write '%s': %s", path, strerror(errno));
        close(fd);
        kg_outfile_free(o);
        return rc;
    }
    *out = o;
    return KG_OK;
}

FILE *kg_outfile_stream(kg_outfile *o)
{
    return o->f;
}

const char *kg_outfile_path(const kg_outfile *o)
{
    return o->path;
}

/* fsyncs the directory of path so that a rename in it survives a power cut. */
static void sync_dir(const char *path)
{
    char *dir = NULL;
    split(path, &dir);
    int fd = open(dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
    free(dir);
}

int kg_outfile_commit(kg_outfile *o, kg_error *err)
{
    if (!o)
        return KG_OK;
    int rc = KG_OK;
    errno = 0;
    int failed = fflush(o->f) != 0 || ferror(o->f);
    int saved = errno;
    if (!failed && o->tmp && fsync(fileno(o->f)) != 0) {
        failed = 1;
        saved = errno;
    }
    if (o->f != stdout) {
        if (fclose(o->f) != 0 && !failed) {
            failed = 1;
            saved = errno;
        }
        o->f = NULL;
    }
    if (!failed && o->tmp) {
        if (rename(o->tmp, o->target) != 0) {
            failed = 1;
            saved = errno;
        } else {
            drop_pending(o);
            free(o->tmp);
            o->tmp = NULL;
            sync_dir(o->target);
        }
    }
    if (failed)
        rc = kg_error_set(err, KG_EIO, "cannot write '%s': %s", o->path,
                          saved ? strerror(saved) : "write error");
    kg_outfile_free(o);
    return rc;
}

void kg_outfile_free(kg_outfile *o)
{
    if (!o)
        return;
    if (o->f && o->f != stdout)
        fclose(o->f);
    if (o->tmp)
        unlink(o->tmp);
    drop_pending(o);
    free(o->tmp);
    free(o->target);
    free(o->path);
    free(o);
}
