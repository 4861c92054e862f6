/* kg_document: one ingested document: content-hash id, source, title, date and UTF-8 text,
 * and the readers that make documents from plain text, HTML, RSS/Atom feeds and JSON lines. */
#ifndef KG_DOCUMENT_H
#define KG_DOCUMENT_H

#include "../kg_error.h"

#include <stddef.h>

typedef struct kg_document {
    char id[65];  /* hex SHA-256 of text */
    char *source; /* file path or URL it came from, with "#n" for the nth item of a file */
    char *key;    /* stable identity besides the content hash, NULL when none: the canonical
                     path of a text or HTML file, the "id" of a JSON line (else its file's
                     canonical path and line number), the guid or link of a feed item (else
                     the feed's canonical path and "#n"); set by the readers and the walk */
    char *title;  /* may be NULL */
    char *date;   /* ISO 8601 (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text gives)
                     when known, else NULL */
    char *text;   /* the full UTF-8 text extraction runs on; the title is its first line */
    size_t text_len;
} kg_document;

/* Frees the strings in d and d itself. Accepts NULL. */
void kg_document_free(kg_document *d);

/* Makes a document from parts (all copied; title, date may be NULL) and computes its id.
 * The text is normalised: CR LF -> LF, NUL-free. Returns the new document; caller frees. */
kg_document *kg_document_new(const char *source, const char *title, const char *date,
                             const char *text, size_t text_len);

/* A list of documents returned by a reader; the caller owns the list and its documents. */
typedef struct kg_document_list {
    kg_document **items;
    size_t n;
    size_t cap;
} kg_document_list;

void kg_document_list_push(kg_document_list *l, kg_document *d);
/* Frees every document and the array. Accepts NULL. */
void kg_document_list_free(kg_document_list *l);

/* Input formats. */
typedef enum kg_format {
    KG_FORMAT_AUTO,
    KG_FORMAT_TEXT,
    KG_FORMAT_HTML,
    KG_FORMAT_FEED, /* RSS 2.0 or Atom */
    KG_FORMAT_JSONL,
} kg_format;

/* Guesses a format from the file name's extension and, failing that, the first bytes. */
kg_format kg_format_detect(const char *name, const char *data, size_t len);

/* Parses "text", "html", "feed", "jsonl" or "auto". Returns KG_OK or KG_EUSAGE. */
int kg_format_parse(kg_format *out, const char *name, kg_error *err);

/* Readers. Each appends the documents found in data[0..len) (named source in messages) to
 * out. Returns KG_OK, or KG_EFORMAT with a message naming source and the reason when the
 * input is binary, not UTF-8, malformed or empty; documents appended before a failure stay.
 * The JSON lines reader skips bad lines: it reports the first bad line's number in err and
 * returns KG_EFORMAT after reading all the good ones. */
int kg_read_text(kg_document_list *out, const char *source, const char *data, size_t len,
                 kg_error *err);
int kg_read_html(kg_document_list *out, const char *source, const char *data, size_t len,
                 kg_error *err);
int kg_read_feed(kg_document_list *out, const char *source, const char *data, size_t len,
                 kg_error *err);
int kg_read_jsonl(kg_document_list *out, const char *source, const char *data, size_t len,
                  kg_error *err);

/* Checks that data is text: no NUL bytes and valid UTF-8. Returns KG_OK or KG_EFORMAT. */
int kg_check_text(const char *source, const char *data, size_t len, kg_error *err);

/* Finds a date in free text ("March 19, 2023", "19 March 2023", "2023-03-19",
 * "19.03.2023") and writes it as YYYY-MM-DD into out[11]. Returns 1 when found. */
int kg_parse_date(const char *s, size_t len, char out[11]);

/* Like kg_parse_date, and when the text gives no full date, the month it gives ("March
 * 2023", "2023-03") as YYYY-MM; with whole_field set (a metadata field: JSON "date", a feed's
 * pubDate, an HTML meta tag) also a year that is the whole field ("2023") as YYYY. Never
 * guesses a day or month the text does not give. Returns 1 when found. */
int kg_parse_date_partial(const char *s, size_t len, int whole_field, char out[11]);

#endif
