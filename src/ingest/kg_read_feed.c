/* kg_read_feed: RSS 2.0 and Atom feeds through libxml2's XML parser with network access and
 * entity expansion off (no XML_PARSE_NOENT, XML_PARSE_NONET on, DTDs not loaded). One
 * document per <item>/<entry>: title, link, date, and the text of its content, which feeds
 * carry as escaped HTML and is read with the HTML reader. */
#include "../kg_mem.h"
#include "kg_document.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

static xmlNode *child(xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, (const xmlChar *)name) == 0)
            return c;
    return NULL;
}

/* Returns a malloc'd copy of the element's text content, or NULL. */
static char *child_text(xmlNode *n, const char *name)
{
    xmlNode *c = child(n, name);
    if (!c)
        return NULL;
    xmlChar *t = xmlNodeGetContent(c);
    char *r = t && *t ? kg_xstrdup((const char *)t) : NULL;
    xmlFree(t);
    return r;
}

static void read_item(kg_document_list *out, const char *source, size_t index, xmlNode *item,
                      int atom)
{
    char *title = child_text(item, "title");
    char *link = NULL;
    if (atom) {
        xmlNode *l = child(item, "link");
        xmlChar *href = l ? xmlGetProp(l, (const xmlChar *)"href") : NULL;
        link = href ? kg_xstrdup((const char *)href) : NULL;
        xmlFree(href);
    } else {
        link = child_text(item, "link");
    }
    char *guid = child_text(item, atom ? "id" : "guid");
    char *date_s = child_text(item, atom ? "published" : "pubDate");
    if (!date_s)
        date_s = child_text(item, atom ? "updated" : "date");
    char *content = child_text(item, atom ? "content" : "encoded");
    if (!content)
        content = child_text(item, atom ? "summary" : "description");

    char date[11] = "";
    if (date_s && !kg_parse_date_partial(date_s, strlen(date_s), 1, date))
        date[0] = '\0';
    /* the content is HTML: reuse the HTML reader to turn it into text */
    kg_document_list tmp = {0};
    kg_error ignored;
    char *body = NULL;
    if (content && kg_read_html(&tmp, source, content, strlen(content), &ignored) == KG_OK && tmp.n)
        body = kg_xstrdup(tmp.items[0]->text);
    kg_document_list_free(&tmp);
    if (title || body) {
        kg_buf text = {0};
        if (title) {
            kg_buf_puts(&text, title);
            kg_buf_puts(&text, "\n\n");
        }
        if (body)
            kg_buf_puts(&text, body);
        char *src = link ? kg_xstrdup(link) : kg_xasprintf("%s#%zu", source, index + 1);
        kg_document *d = kg_document_new(src, title, date[0] ? date : NULL, text.data, text.len);
        /* the item's identity: its guid, else its link (else the walk names it) */
        d->key = guid ? kg_xstrdup(guid) : link ? kg_xstrdup(link) : NULL;
        kg_document_list_push(out, d);
        free(src);
        kg_buf_free(&text);
    }
    free(title);
    free(link);
    free(guid);
    free(date_s);
    free(content);
    free(body);
}

int kg_read_feed(kg_document_list *out, const char *source, const char *data, size_t len,
                 kg_error *err)
{
    int rc = kg_check_text(source, data, len, err);
    if (rc != KG_OK)
        return rc;
    if (len > (size_t)0x7fffffff)
        return kg_error_set(err, KG_EFORMAT, "%s: feed too large", source);
    xmlDocPtr doc = xmlReadMemory(data, (int)len, source, NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        rc = kg_error_set(err, KG_EFORMAT, "%s: malformed XML: %s", source,
                          e && e->message ? e->message : "parse error");
        /* libxml2 messages end with a newline */
        size_t l = strlen(err->msg);
        while (l && (err->msg[l - 1] == '\n' || err->msg[l - 1] == ' '))
            err->msg[--l] = '\0';
        return rc;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    size_t before = out->n, index = 0;
    if (root && xmlStrcmp(root->name, (const xmlChar *)"rss") == 0) {
        xmlNode *channel = child(root, "channel");
        for (xmlNode *c = channel ? channel->children : NULL; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, (const xmlChar *)"item") == 0)
                read_item(out, source, index++, c, 0);
    } else if (root && xmlStrcmp(root->name, (const xmlChar *)"feed") == 0) {
        for (xmlNode *c = root->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, (const xmlChar *)"entry") == 0)
                read_item(out, source, index++, c, 1);
    } else {
        rc = kg_error_set(err, KG_EFORMAT, "%s: not an RSS or Atom feed (root <%s>)", source,
                          root ? (const char *)root->name : "none");
    }
    if (rc == KG_OK && out->n == before)
        rc = kg_error_set(err, KG_EFORMAT, "%s: feed has no items with text", source);
    xmlFreeDoc(doc);
    return rc;
}
