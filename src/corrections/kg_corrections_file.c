/* kg_corrections_file: `kg corrections export` and `import`: corrections as JSON lines, one
 * object a line, so that a team can share them and review them in a diff:
 *   {"op": "merge", "name": "Antony Blinken", "type": "person",
 *    "other": "Antony J. Blinken", "date": "2026-12-05T08:00:00Z"}
 * Fields besides op, name, type and date, by op: merge "other"; split "as" and either
 * "alias" or "documents" (a list of document ids); alias-add and alias-remove "alias";
 * retype "to" (a type); rename "to" (a name); ignore none. Import skips blank lines and
 * lines starting with '#'. */
#include "kg_corrections.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* The field that holds c->arg in the file for c's op, or NULL. */
static const char *arg_field(const char *op)
{
    if (strcmp(op, "merge") == 0)
        return "other";
    if (strcmp(op, "retype") == 0 || strcmp(op, "rename") == 0)
        return "to";
    if (strcmp(op, "ignore") == 0)
        return NULL;
    return "alias";
}

int kg_corrections_export(FILE *out, kg_store *st, kg_error *err)
{
    kg_correction *list = NULL;
    size_t n = 0;
    int rc = kg_corrections_list(&list, &n, st, 0, err);
    for (size_t i = 0; i < n && rc == KG_OK; i++) {
        const kg_correction *c = &list[i];
        json_t *o = json_object();
        json_object_set_new(o, "op", json_string(c->op));
        json_object_set_new(o, "name", json_string(c->name));
        json_object_set_new(o, "type", json_string(c->type));
        const char *f = arg_field(c->op);
        if (f && c->arg[0])
            json_object_set_new(o, f, json_string(c->arg));
        if (c->arg2[0])
            json_object_set_new(o, "as", json_string(c->arg2));
        if (c->documents[0]) {
            json_t *docs = json_array();
            for (const char *p = c->documents; *p;) {
                const char *nl = strchr(p, '\n');
                size_t len = nl ? (size_t)(nl - p) : strlen(p);
                json_array_append_new(docs, json_stringn(p, len));
                p += len + (nl ? 1 : 0);
            }
            json_object_set_new(o, "documents", docs);
        }
        json_object_set_new(o, "date", json_string(c->date));
        if (json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0 || fputc('\n', out) == EOF)
            rc = kg_error_set(err, KG_EIO, "cannot write corrections: %s", strerror(errno));
        json_decref(o);
    }
    kg_correction_list_free(list, n);
    if (rc == KG_OK && (fflush(out) != 0 || ferror(out)))
        rc = kg_error_set(err, KG_EIO, "cannot write corrections: %s", strerror(errno));
    return rc;
}

/* A string field of o, "" when absent; *bad set when present and not a non-empty string. */
static const char *field(json_t *o, const char *name, int *bad)
{
    json_t *v = json_object_get(o, name);
    if (!v)
        return "";
    if (!json_is_string(v) || json_string_length(v) == 0 ||
        strlen(json_string_value(v)) != json_string_length(v)) {
        *bad = 1;
        return "";
    }
    return json_string_value(v);
}

/* A correction as read from a line: strings borrowed from the JSON object. */
typedef struct line_correction {
    const char *op, *name, *type, *arg, *arg2, *documents, *date;
} line_correction;

/* Reads one line's object into c (strings borrowed from o, documents malloc'd into *docs).
 * Returns NULL, or what is wrong with it. */
static const char *read_correction(json_t *o, line_correction *c, char **docs)
{
    int bad = 0;
    *docs = NULL;
    if (!json_is_object(o))
        return "not a JSON object";
    c->op = field(o, "op", &bad);
    c->name = field(o, "name", &bad);
    c->type = field(o, "type", &bad);
    c->date = field(o, "date", &bad);
    c->arg2 = field(o, "as", &bad);
    if (bad)
        return "a field is not a string";
    if (!kg_corrections_op_valid(c->op))
        return "no known \"op\" (merge, split, alias-add, alias-remove, retype, rename, ignore)";
    if (!c->name[0])
        return "no \"name\"";
    if (!kg_corrections_type_valid(c->type))
        return "no known \"type\" (person, organisation, party, place, event)";
    const char *f = arg_field(c->op);
    c->arg = f ? field(o, f, &bad) : "";
    if (bad)
        return "a field is not a string";
    json_t *list = json_object_get(o, "documents");
    c->documents = "";
    if (strcmp(c->op, "split") == 0) {
        if (!c->arg2[0])
            return "a split without \"as\"";
        if (!c->arg[0] == !list)
            return "a split needs \"alias\" or \"documents\" (one of them)";
        if (list) {
            if (!json_is_array(list) || json_array_size(list) == 0)
                return "\"documents\" is not a list of document ids";
            kg_buf b = {0};
            size_t i;
            json_t *d;
            json_array_foreach(list, i, d)
            {
                if (!json_is_string(d) || json_string_length(d) == 0 ||
                    strchr(json_string_value(d), '\n')) {
                    kg_buf_free(&b);
                    return "\"documents\" is not a list of document ids";
                }
                kg_buf_printf(&b, "%s%s", i ? "\n" : "", json_string_value(d));
            }
            *docs = kg_buf_take(&b);
            c->documents = *docs;
        }
    } else if (f && !c->arg[0]) {
        return strcmp(f, "other") == 0 ? "a merge without \"other\""
               : strcmp(f, "to") == 0  ? "no \"to\""
                                       : "no \"alias\"";
    }
    /* a date as export writes it: YYYY-MM-DD, then optionally a time */
    const char *d = c->date;
    if (d[0] && (strlen(d) < 10 || strspn(d, "0123456789") != 4 || d[4] != '-' ||
                 strspn(d + 5, "0123456789") != 2 || d[7] != '-' ||
                 strspn(d + 8, "0123456789") != 2 || (d[10] && d[10] != 'T' && d[10] != ' ')))
        return "\"date\" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)";
    if (strcmp(c->op, "retype") == 0 && !kg_corrections_type_valid(c->arg))
        return "\"to\" is not a type (person, organisation, party, place, event)";
    return NULL;
}

int kg_corrections_import(kg_store *st, const char *path, size_t *added, long long *changes,
                          kg_error *err)
{
    size_t n_added = 0;
    long long n_changes = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return kg_error_set(err, KG_EIO, "cannot read '%s': %s", path, strerror(errno));
    int rc = kg_store_begin(st, err);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    size_t lineno = 0;
    while (rc == KG_OK && (len = getline(&line, &cap, f)) != -1) {
        lineno++;
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '#' || *p == '\n' || *p == '\r' || *p == '\0')
            continue;
        if (strlen(line) != (size_t)len) {
            rc = kg_error_set(err, KG_EFORMAT, "%s:%zu: a NUL byte", path, lineno);
            break;
        }
        json_error_t jerr;
        json_t *o = json_loads(line, JSON_REJECT_DUPLICATES, &jerr);
        if (!o) {
            rc = kg_error_set(err, KG_EFORMAT, "%s:%zu: not JSON: %s", path, lineno, jerr.text);
            break;
        }
        line_correction lc = {0};
        char *docs = NULL;
        const char *why = read_correction(o, &lc, &docs);
        if (why) {
            rc = kg_error_set(err, KG_EFORMAT, "%s:%zu: %s", path, lineno, why);
        } else {
            int add = 0;
            long long ch = 0;
            kg_correction c;
            kg_correction_init(&c, lc.op, lc.name, lc.type, lc.arg, lc.arg2, lc.documents);
            free(c.date);
            c.date = kg_xstrdup(lc.date);
            rc = kg_corrections_add_in_tx(st, &c, &add, &ch, err);
            kg_correction_clear(&c);
            n_added += (size_t)add;
            n_changes += ch;
        }
        free(docs);
        json_decref(o);
    }
    if (rc == KG_OK && ferror(f))
        rc = kg_error_set(err, KG_EIO, "cannot read '%s': %s", path, strerror(errno));
    free(line);
    fclose(f);
    if (rc == KG_OK)
        rc = kg_store_commit(st, err);
    if (rc != KG_OK) {
        kg_store_rollback(st);
        n_added = 0;
        n_changes = 0;
    }
    if (added)
        *added = n_added;
    if (changes)
        *changes = n_changes;
    return rc;
}
