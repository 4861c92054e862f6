/* kg_progress: see kg_progress.h. */
#include "kg_progress.h"

#include "cli.h"
#include "kg_mem.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct kg_progress {
    int enabled;
    unsigned long long total;
    pthread_mutex_t lock;
    struct timespec start;
    double last_draw; /* seconds since start of the last drawing, <0 before the first */
    size_t docs;
    unsigned long long bytes;
    int drawn; /* a line is on the screen */
};

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

kg_progress *kg_progress_new(int enabled, unsigned long long total_bytes)
{
    kg_progress *p = kg_xcalloc(1, sizeof *p);
    p->enabled = enabled;
    p->total = total_bytes;
    p->last_draw = -1;
    if (pthread_mutex_init(&p->lock, NULL) != 0)
        abort();
    clock_gettime(CLOCK_MONOTONIC, &p->start);
    return p;
}

/* "1h02m", "3m07s", "12s" */
static void format_duration(char *buf, size_t size, double s)
{
    unsigned long long t = s < 0 ? 0 : (unsigned long long)(s + 0.5);
    if (t >= 3600)
        snprintf(buf, size, "%lluh%02llum", t / 3600, t / 60 % 60);
    else if (t >= 60)
        snprintf(buf, size, "%llum%02llus", t / 60, t % 60);
    else
        snprintf(buf, size, "%llus", t);
}

void kg_progress_format(char *buf, size_t size, size_t docs, unsigned long long bytes,
                        unsigned long long total, double seconds)
{
    /* megabytes, or kilobytes for an input under one megabyte */
    int mega = (total ? total : bytes) >= 1000000;
    double unit = mega ? 1e6 : 1e3;
    const char *name = mega ? "MB" : "kB";
    double rate = seconds > 0 ? (double)docs / seconds : 0;
    double byte_rate = seconds > 0 ? (double)bytes / unit / seconds : 0;
    if (total == 0) {
        snprintf(buf, size, "%zu documents, %.1f %s, %.0f documents/s, %.2f %s/s", docs,
                 (double)bytes / unit, name, rate, byte_rate, name);
        return;
    }
    if (bytes > total)
        bytes = total;
    char left[32] = "?";
    if (bytes > 0 && seconds > 0)
        format_duration(left, sizeof left, seconds * (double)(total - bytes) / (double)bytes);
    snprintf(buf, size,
             "%zu documents, %.1f of %.1f %s (%.0f%%), %.0f documents/s, %.2f %s/s, %s left", docs,
             (double)bytes / unit, (double)total / unit, name,
             100.0 * (double)bytes / (double)total, rate, byte_rate, name, left);
}

/* Draws the line. Call with the lock held. */
static void draw(kg_progress *p, double now)
{
    char line[256];
    kg_progress_format(line, sizeof line, p->docs, p->bytes, p->total, now);
    fprintf(stderr, "\r\033[Kkg: %s", line);
    fflush(stderr);
    p->drawn = 1;
    p->last_draw = now;
}

void kg_progress_update(kg_progress *p, size_t docs, unsigned long long bytes_done)
{
    if (!p || !p->enabled)
        return;
    pthread_mutex_lock(&p->lock);
    /* the ingest thread (documents found stored) runs ahead of the writer: keep the most */
    if (docs > p->docs)
        p->docs = docs;
    if (bytes_done > p->bytes)
        p->bytes = bytes_done;
    double now = seconds_since(&p->start);
    if (p->last_draw < 0 || now - p->last_draw >= 0.2)
        draw(p, now);
    pthread_mutex_unlock(&p->lock);
}

void kg_progress_say(kg_progress *p, const char *msg)
{
    if (!p || !p->enabled) {
        kg_cli_message("%s", msg);
        return;
    }
    pthread_mutex_lock(&p->lock);
    if (p->drawn)
        fputs("\r\033[K", stderr);
    kg_cli_message("%s", msg);
    if (p->drawn)
        draw(p, seconds_since(&p->start));
    pthread_mutex_unlock(&p->lock);
}

void kg_progress_end(kg_progress *p)
{
    if (!p || !p->enabled)
        return;
    pthread_mutex_lock(&p->lock);
    if (p->drawn) {
        draw(p, seconds_since(&p->start));
        fputc('\n', stderr);
        p->drawn = 0;
    }
    pthread_mutex_unlock(&p->lock);
}

void kg_progress_free(kg_progress *p)
{
    if (!p)
        return;
    pthread_mutex_destroy(&p->lock);
    free(p);
}
