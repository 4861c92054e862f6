/* kg_error: see kg_error.h. */
#include "kg_error.h"

#include <stdarg.h>
#include <stdio.h>

void kg_error_clear(kg_error *err)
{
    if (!err)
        return;
    err->code = KG_OK;
    err->msg[0] = '\0';
}

int kg_error_set(kg_error *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}
