/* kg_pipeline: see kg_pipeline.h. Documents live in a ring of slots indexed by their
 * sequence number: the producer appends at tail, workers claim the oldest unclaimed slot
 * (next_work), the consumer takes the slot at head once its extraction is there. One mutex
 * guards the ring; three condition variables wake workers (work), the consumer (ready) and
 * the producer (room). */
#include "kg_pipeline.h"

#include "kg_mem.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

typedef struct slot {
    kg_document *doc;
    kg_extraction *x;
    unsigned long long tag;
    int done; /* extracted (or dropped after an error) */
} slot;

struct kg_pipeline {
    const kg_lexicon *lx;
    unsigned threads;
    kg_pipeline_take_fn take;
    kg_pipeline_idle_fn idle; /* or NULL */
    void *ctx;

    pthread_mutex_t lock;
    pthread_cond_t work, ready, room;
    slot ring[KG_PIPELINE_MAX_DOCS];
    size_t head, next_work, tail; /* sequence numbers; slot of s is ring[s % MAX_DOCS] */
    size_t bytes;                 /* text bytes of the documents in the ring */
    int closed;                   /* no more pushes */
    int failed;                   /* err holds the error that stopped the pipeline */
    kg_error err;

    pthread_t *workers;
    size_t n_workers; /* started */
    pthread_t consumer;
    int consumer_started;
    int finished;
};

unsigned kg_pipeline_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return n > KG_PIPELINE_MAX_THREADS ? KG_PIPELINE_MAX_THREADS : (unsigned)n;
}

/* Records the first error and wakes everyone. Call with the lock held. */
static void fail_locked(kg_pipeline *p, const kg_error *err)
{
    if (!p->failed) {
        p->failed = 1;
        p->err = *err;
    }
    pthread_cond_broadcast(&p->work);
    pthread_cond_broadcast(&p->ready);
    pthread_cond_broadcast(&p->room);
}

static void *worker_main(void *arg)
{
    kg_pipeline *p = arg;
#ifdef __linux__
    /* below the consumer, which they all wait on: with as many busy threads as cores plus
     * the consumer, fair shares would give the one serial thread too little */
    errno = 0; /* getpriority may return -1 as a value */
    int nice_now = getpriority(PRIO_PROCESS, 0);
    if (errno == 0) {
        int nice_then = nice_now + KG_PIPELINE_WORKER_NICE; /* relative to the caller's */
        setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), nice_then > 19 ? 19 : nice_then);
    }
#endif
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next_work == p->tail && !p->closed)
            pthread_cond_wait(&p->work, &p->lock);
        if (p->next_work == p->tail)
            break; /* closed and nothing left */
        size_t seq = p->next_work++;
        slot *s = &p->ring[seq % KG_PIPELINE_MAX_DOCS];
        int skip = p->failed;
        pthread_mutex_unlock(&p->lock);
        kg_extraction *x = NULL;
        kg_error err;
        kg_error_clear(&err);
        int rc = skip ? KG_OK : kg_extract_document(&x, p->lx, s->doc, &err);
        pthread_mutex_lock(&p->lock);
        s->x = x;
        s->done = 1;
        if (rc != KG_OK)
            fail_locked(p, &err);
        if (seq == p->head)
            pthread_cond_signal(&p->ready);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Tells p->idle, once since the last document taken, that the consumer waits for input.
 * Call with the lock held; returns with it held. */
static void tell_idle_locked(kg_pipeline *p, int *told)
{
    if (*told || !p->idle || p->failed)
        return;
    *told = 1;
    pthread_mutex_unlock(&p->lock);
    kg_error err;
    kg_error_clear(&err);
    int rc = p->idle(p->ctx, &err);
    pthread_mutex_lock(&p->lock);
    if (rc != KG_OK)
        fail_locked(p, &err);
}

static void *consumer_main(void *arg)
{
    kg_pipeline *p = arg;
    int told_idle = 0;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->head < p->tail ? !p->ring[p->head % KG_PIPELINE_MAX_DOCS].done : !p->closed) {
            if (p->head == p->tail && !told_idle) {
                /* idle only when no document comes for a while: an input a little slower
                 * than extraction would otherwise end a transaction per document */
                struct timespec until;
                clock_gettime(CLOCK_MONOTONIC, &until);
                until.tv_nsec += KG_PIPELINE_IDLE_MS * 1000000L;
                until.tv_sec += until.tv_nsec / 1000000000L;
                until.tv_nsec %= 1000000000L;
                if (pthread_cond_timedwait(&p->ready, &p->lock, &until) == ETIMEDOUT &&
                    p->head == p->tail && !p->closed)
                    tell_idle_locked(p, &told_idle);
                continue; /* the ring may have changed meanwhile */
            }
            pthread_cond_wait(&p->ready, &p->lock);
        }
        if (p->head == p->tail)
            break; /* closed and drained */
        slot s = p->ring[p->head % KG_PIPELINE_MAX_DOCS];
        p->ring[p->head % KG_PIPELINE_MAX_DOCS] = (slot){0};
        p->head++;
        told_idle = 0;
        p->bytes -= s.doc->text_len;
        pthread_cond_signal(&p->room);
        int failed = p->failed;
        pthread_mutex_unlock(&p->lock);
        kg_error err;
        kg_error_clear(&err);
        int rc = KG_OK;
        if (failed || !s.x) {
            kg_extraction_free(s.x);
            kg_document_free(s.doc);
        } else {
            rc = p->take(s.doc, s.x, s.tag, p->ctx, &err);
        }
        pthread_mutex_lock(&p->lock);
        if (rc != KG_OK)
            fail_locked(p, &err);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

int kg_pipeline_new(kg_pipeline **out, const kg_lexicon *lx, unsigned threads,
                    kg_pipeline_take_fn take, void *ctx, kg_error *err)
{
    *out = NULL;
    if (threads < 1 || threads > KG_PIPELINE_MAX_THREADS)
        return kg_error_set(err, KG_EUSAGE, "the number of threads must be 1 to %d, not %u",
                            KG_PIPELINE_MAX_THREADS, threads);
    kg_pipeline *p = kg_xcalloc(1, sizeof *p);
    p->lx = lx;
    p->threads = threads;
    p->take = take;
    p->ctx = ctx;
    *out = p;
    if (threads == 1)
        return KG_OK;
    /* the consumer's timed wait for input counts on the monotonic clock: a step of the
     * wall clock must not delay or hasten the idle call */
    pthread_condattr_t monotonic;
    if (pthread_condattr_init(&monotonic) != 0 ||
        pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC) != 0 ||
        pthread_mutex_init(&p->lock, NULL) != 0 || pthread_cond_init(&p->work, NULL) != 0 ||
        pthread_cond_init(&p->ready, &monotonic) != 0 || pthread_cond_init(&p->room, NULL) != 0)
        abort();
    pthread_condattr_destroy(&monotonic);
    p->workers = kg_xcalloc(threads, sizeof *p->workers);
    for (; p->n_workers < threads; p->n_workers++)
        if (pthread_create(&p->workers[p->n_workers], NULL, worker_main, p) != 0)
            break;
    p->consumer_started =
        p->n_workers > 0 && pthread_create(&p->consumer, NULL, consumer_main, p) == 0;
    if (!p->consumer_started || p->n_workers < threads) {
        kg_pipeline_free(p);
        *out = NULL;
        return kg_error_set(err, KG_EIO, "cannot start %u extraction threads", threads);
    }
    return KG_OK;
}

void kg_pipeline_on_idle(kg_pipeline *p, kg_pipeline_idle_fn idle)
{
    if (p->threads == 1) {
        p->idle = idle; /* never called: nothing waits */
        return;
    }
    pthread_mutex_lock(&p->lock); /* the consumer thread runs already */
    p->idle = idle;
    pthread_mutex_unlock(&p->lock);
}

int kg_pipeline_push(kg_pipeline *p, kg_document *doc, unsigned long long tag, kg_error *err)
{
    if (p->threads == 1) {
        if (p->failed) {
            kg_document_free(doc);
            *err = p->err;
            return err->code;
        }
        kg_extraction *x = NULL;
        int rc = kg_extract_document(&x, p->lx, doc, err);
        if (rc == KG_OK)
            rc = p->take(doc, x, tag, p->ctx, err);
        else
            kg_document_free(doc);
        if (rc != KG_OK) {
            p->failed = 1;
            p->err = *err;
        }
        return rc;
    }
    pthread_mutex_lock(&p->lock);
    while (!p->failed && (p->tail - p->head >= KG_PIPELINE_MAX_DOCS ||
                          (p->tail > p->head && p->bytes + doc->text_len > KG_PIPELINE_MAX_BYTES)))
        pthread_cond_wait(&p->room, &p->lock);
    int rc = KG_OK;
    if (p->failed) {
        *err = p->err;
        rc = err->code;
        kg_document_free(doc);
    } else {
        p->ring[p->tail % KG_PIPELINE_MAX_DOCS] = (slot){doc, NULL, tag, 0};
        p->tail++;
        p->bytes += doc->text_len;
        pthread_cond_signal(&p->work);
    }
    pthread_mutex_unlock(&p->lock);
    return rc;
}

int kg_pipeline_finish(kg_pipeline *p, kg_error *err)
{
    if (!p->finished && p->threads > 1) {
        pthread_mutex_lock(&p->lock);
        p->closed = 1;
        pthread_cond_broadcast(&p->work);
        pthread_cond_broadcast(&p->ready);
        pthread_mutex_unlock(&p->lock);
        for (size_t i = 0; i < p->n_workers; i++)
            pthread_join(p->workers[i], NULL);
        if (p->consumer_started)
            pthread_join(p->consumer, NULL);
    }
    p->finished = 1;
    if (p->failed) {
        if (err)
            *err = p->err;
        return p->err.code;
    }
    return KG_OK;
}

void kg_pipeline_free(kg_pipeline *p)
{
    if (!p)
        return;
    if (p->threads > 1) {
        kg_pipeline_finish(p, NULL);
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->work);
        pthread_cond_destroy(&p->ready);
        pthread_cond_destroy(&p->room);
    }
    free(p->workers);
    free(p);
}
