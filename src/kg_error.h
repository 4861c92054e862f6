/* kg_error: error codes and a caller-supplied error record with a fixed-size message.
 * The lowest layer that detects a failure writes the message; layers above pass it on. */
#ifndef KG_ERROR_H
#define KG_ERROR_H

enum {
    KG_OK = 0,
    KG_EIO = -1,       /* a file or stream could not be read or written */
    KG_EFORMAT = -2,   /* input is malformed, binary or not UTF-8 */
    KG_ESTORE = -3,    /* the SQLite store failed */
    KG_ENOTFOUND = -4, /* a named thing does not exist */
    KG_EUSAGE = -5,    /* the caller asked for something invalid */
    KG_EGRAPH = -6,    /* igraph failed */
};

#define KG_ERROR_MSG_MAX 512

typedef struct kg_error {
    int code;
    char msg[KG_ERROR_MSG_MAX];
} kg_error;

/* Clears err (code KG_OK, empty message). err may be NULL. */
void kg_error_clear(kg_error *err);

/* Sets err's code and printf-style message and returns code, so that
 * `return kg_error_set(err, KG_EIO, "cannot open '%s'", path);` works. err may be NULL. */
int kg_error_set(kg_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
