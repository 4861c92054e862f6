/* kg_read_jsonl: JSON lines through jansson, one object per line: "text" required; "id",
 * "title", "date", "source" optional. Bad lines are skipped and the first is reported. */
#include "../kg_mem.h"
#include "kg_document.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *opt_string(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int kg_read_jsonl(kg_document_list *out, const char *source, const char *data, size_t len,
                  kg_error *err)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) /* a byte-order mark */
        data += 3, len -= 3;
    int rc = kg_check_text(source, data, len, err);
    if (rc != KG_OK)
        return rc;
    size_t line_no = 0, good = 0, pos = 0;
    int bad = 0;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        line_no++;
        size_t s = pos;
        while (s < end && (data[s] == ' ' || data[s] == '\t' || data[s] == '\r'))
            s++;
        if (s < end) {
            json_error_t jerr;
            json_t *obj = json_loadb(data + s, end - s, JSON_REJECT_DUPLICATES, &jerr);
            const char *reason = NULL;
            char reason_buf[256];
            if (!obj) {
                snprintf(reason_buf, sizeof reason_buf, "invalid JSON: %s", jerr.text);
                reason = reason_buf;
            } else if (!json_is_object(obj)) {
                reason = "not a JSON object";
            } else if (!json_is_string(json_object_get(obj, "text"))) {
                reason = "no \"text\" string";
            } else {
                const char *text = json_string_value(json_object_get(obj, "text"));
                const char *title = opt_string(obj, "title");
                const char *date_s = opt_string(obj, "date");
                const char *src = opt_string(obj, "source");
                const char *id = opt_string(obj, "id");
                char date[11] = "";
                if (date_s && !kg_parse_date_partial(date_s, strlen(date_s), 1, date))
                    date[0] = '\0';
                size_t tl = json_string_length(json_object_get(obj, "text"));
                if (memchr(text, '\0', tl)) {
                    reason = "\"text\" contains a NUL character";
                } else if (tl == 0) {
                    reason = "empty \"text\"";
                } else {
                    char *where = src  ? kg_xstrdup(src)
                                  : id ? kg_xasprintf("%s#%s", source, id)
                                       : kg_xasprintf("%s:%zu", source, line_no);
                    kg_buf full = {0};
                    if (title && strncmp(text, title, strlen(title)) != 0) {
                        kg_buf_puts(&full, title);
                        kg_buf_puts(&full, "\n\n");
                    }
                    kg_buf_append(&full, text, tl);
                    kg_document *d =
                        kg_document_new(where, title, date[0] ? date : NULL, full.data, full.len);
                    d->key = id && *id ? kg_xstrdup(id) : NULL; /* else the walk names it */
                    kg_document_list_push(out, d);
                    kg_buf_free(&full);
                    free(where);
                    good++;
                }
            }
            if (reason && !bad) {
                bad = 1;
                kg_error_set(err, KG_EFORMAT, "%s:%zu: %s", source, line_no, reason);
            }
            json_decref(obj);
        }
        pos = end + 1;
    }
    if (bad)
        return KG_EFORMAT;
    if (good == 0)
        return kg_error_set(err, KG_EFORMAT, "%s: no documents (empty JSON lines file)", source);
    return KG_OK;
}
