/* kg_read_html: HTML pages through libxml2's HTML parser, network access and entity
 * expansion off. Title from <title>, og:title or <h1>; date from meta tags or <time>; body
 * text from <article> (else <main>, else <body>) with script, style, nav, header, footer,
 * aside, form and noscript dropped; block elements and <br> become line breaks. */
#include "../kg_mem.h"
#include "kg_document.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int is_dropped(const xmlChar *name)
{
    static const char *const dropped[] = {"script", "style",  "nav",      "header", "footer",
                                          "aside",  "form",   "noscript", "iframe", "svg",
                                          "button", "select", "template", NULL};
    for (size_t i = 0; dropped[i]; i++)
        if (xmlStrcasecmp(name, (const xmlChar *)dropped[i]) == 0)
            return 1;
    return 0;
}

static int is_block(const xmlChar *name)
{
    static const char *const blocks[] = {
        "p",  "div", "br", "h1",         "h2",      "h3",      "h4",     "h5",      "h6",
        "li", "ul",  "ol", "blockquote", "section", "article", "tr",     "table",   "dd",
        "dt", "pre", "hr", "figcaption", "main",    "address", "figure", "summary", NULL};
    for (size_t i = 0; blocks[i]; i++)
        if (xmlStrcasecmp(name, (const xmlChar *)blocks[i]) == 0)
            return 1;
    return 0;
}

/* Appends text with runs of white space collapsed to one space. */
static void append_collapsed(kg_buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
                kg_buf_putc(b, ' ');
        } else if (c == 0xC2 && (unsigned char)s[1] == 0xA0) { /* no-break space */
            if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
                kg_buf_putc(b, ' ');
            s++;
        } else {
            kg_buf_putc(b, (char)c);
        }
    }
}

static void paragraph_break(kg_buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
    if (b->len >= 2 && b->data[b->len - 1] == '\n' && b->data[b->len - 2] == '\n')
        return;
    if (b->len == 0)
        return;
    kg_buf_puts(b, b->data[b->len - 1] == '\n' ? "\n" : "\n\n");
}

static void collect_text(xmlNode *n, kg_buf *b)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                append_collapsed(b, (const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (is_dropped(n->name))
                continue;
            int block = is_block(n->name);
            if (block)
                paragraph_break(b);
            collect_text(n->children, b);
            if (block)
                paragraph_break(b);
        }
    }
}

static xmlNode *find_element(xmlNode *n, const char *name)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcasecmp(n->name, (const xmlChar *)name) == 0)
            return n;
        if (is_dropped(n->name))
            continue;
        xmlNode *f = find_element(n->children, name);
        if (f)
            return f;
    }
    return NULL;
}

/* Returns a malloc'd trimmed copy of the element's text, or NULL. */
static char *element_text(xmlNode *n)
{
    if (!n)
        return NULL;
    kg_buf b = {0};
    collect_text(n->children, &b);
    char *s = kg_buf_take(&b);
    char *start = s;
    while (*start == ' ' || *start == '\n')
        start++;
    size_t len = strlen(start);
    while (len && (start[len - 1] == ' ' || start[len - 1] == '\n'))
        len--;
    char *r = len ? kg_xstrndup(start, len) : NULL;
    free(s);
    return r;
}

/* Looks through <meta> elements for the first whose property or name is one of keys;
 * returns a malloc'd copy of its content, or NULL. */
static char *meta_content(xmlNode *n, const char *const *keys)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcasecmp(n->name, (const xmlChar *)"meta") == 0) {
            xmlChar *prop = xmlGetProp(n, (const xmlChar *)"property");
            if (!prop)
                prop = xmlGetProp(n, (const xmlChar *)"name");
            if (!prop)
                prop = xmlGetProp(n, (const xmlChar *)"itemprop");
            int hit = 0;
            for (size_t i = 0; prop && keys[i]; i++)
                if (xmlStrcasecmp(prop, (const xmlChar *)keys[i]) == 0)
                    hit = 1;
            xmlFree(prop);
            if (hit) {
                xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");
                if (c && *c) {
                    char *r = kg_xstrdup((const char *)c);
                    xmlFree(c);
                    return r;
                }
                xmlFree(c);
            }
        }
        char *r = meta_content(n->children, keys);
        if (r)
            return r;
    }
    return NULL;
}

int kg_read_html(kg_document_list *out, const char *source, const char *data, size_t len,
                 kg_error *err)
{
    int rc = kg_check_text(source, data, len, err);
    if (rc != KG_OK)
        return rc;
    if (len > (size_t)0x7fffffff)
        return kg_error_set(err, KG_EFORMAT, "%s: HTML document too large", source);
    htmlDocPtr doc = htmlReadMemory(data, (int)len, source, "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOBLANKS);
    if (!doc || !xmlDocGetRootElement(doc)) {
        if (doc)
            xmlFreeDoc(doc);
        return kg_error_set(err, KG_EFORMAT, "%s: cannot parse HTML", source);
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    static const char *const title_keys[] = {"og:title", "twitter:title", "title", NULL};
    static const char *const date_keys[] = {
        "article:published_time", "og:published_time", "date",         "pubdate", "publishdate",
        "datePublished",          "dc.date",           "dcterms.date", NULL};
    char *title = meta_content(root, title_keys);
    if (!title)
        title = element_text(find_element(root, "title"));
    if (!title)
        title = element_text(find_element(root, "h1"));

    xmlNode *body = find_element(root, "article");
    if (!body)
        body = find_element(root, "main");
    if (!body)
        body = find_element(root, "body");
    if (!body)
        body = root;
    kg_buf text = {0};
    collect_text(body->children == NULL ? body : body->children, &text);
    char *body_text = kg_buf_take(&text);
    char *b = body_text;
    while (*b == ' ' || *b == '\n')
        b++;

    char date[11] = "";
    char *meta_date = meta_content(root, date_keys);
    if (meta_date && !kg_parse_date_partial(meta_date, strlen(meta_date), 1, date))
        date[0] = '\0';
    free(meta_date);
    if (!date[0]) {
        xmlNode *t = find_element(root, "time");
        xmlChar *dt = t ? xmlGetProp(t, (const xmlChar *)"datetime") : NULL;
        if (dt && !kg_parse_date_partial((const char *)dt, (size_t)xmlStrlen(dt), 1, date))
            date[0] = '\0';
        xmlFree(dt);
        if (!date[0] && t) {
            char *tt = element_text(t);
            if (tt && !kg_parse_date_partial(tt, strlen(tt), 1, date))
                date[0] = '\0';
            free(tt);
        }
    }
    if (!date[0]) { /* a date printed near the top of the text */
        size_t head = strlen(b) < 400 ? strlen(b) : 400;
        if (!kg_parse_date(b, head, date))
            date[0] = '\0';
    }

    if (!*b && !title) {
        rc = kg_error_set(err, KG_EFORMAT, "%s: no text in HTML document", source);
    } else {
        kg_buf full = {0};
        if (title && strncmp(b, title, strlen(title)) != 0) {
            kg_buf_puts(&full, title);
            kg_buf_puts(&full, "\n\n");
        }
        kg_buf_puts(&full, b);
        kg_document_list_push(out, kg_document_new(source, title, date[0] ? date : NULL,
                                                   full.data ? full.data : "", full.len));
        kg_buf_free(&full);
    }
    free(body_text);
    free(title);
    xmlFreeDoc(doc);
    return rc;
}
