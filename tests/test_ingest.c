/* test_ingest: the document readers (text, HTML, RSS/Atom, JSON lines), date parsing, format
 * detection and content-hash ids (the path walker: test_walk.c). */
#define _GNU_SOURCE /* strcasestr */
#include "../src/ingest/kg_document.h"
#include "../src/ingest/kg_ingest.h"
#include "../src/kg_mem.h"
#include "../src/text/kg_sha256.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Runs a reader on a string; returns its code and leaves the documents in *l. */
typedef int (*reader_fn)(kg_document_list *, const char *, const char *, size_t, kg_error *);

static int read_str(reader_fn fn, kg_document_list *l, const char *source, const char *data,
                    kg_error *err)
{
    memset(l, 0, sizeof *l);
    kg_error_clear(err);
    return fn(l, source, data, strlen(data), err);
}

/* The first line of s (static buffer). */
static const char *first_line(const char *s)
{
    static char buf[512];
    size_t n = strcspn(s, "\n");
    ck_assert_uint_lt(n, sizeof buf);
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

static void assert_id_of(const kg_document *d, const char *normalised_text)
{
    char hex[65];
    kg_sha256_hex(normalised_text, strlen(normalised_text), hex);
    ck_assert_str_eq(d->id, hex);
}

/* ---- plain text ------------------------------------------------------------------------- */

START_TEST(test_ingest_text_title_and_date)
{
    const char *in = "Election Results Discussed in Moscow\nMarch 19, 2023\n\n"
                     "A round table was held at the Embassy. Experts spoke.\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_text, &l, "news/a.txt", in, &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    kg_document *d = l.items[0];
    ck_assert_str_eq(d->title, "Election Results Discussed in Moscow");
    ck_assert_ptr_nonnull(d->date);
    ck_assert_str_eq(d->date, "2023-03-19");
    ck_assert_str_eq(d->source, "news/a.txt");
    /* the text keeps the title as its first line; the final newline is trimmed */
    const char *want = "Election Results Discussed in Moscow\nMarch 19, 2023\n\n"
                       "A round table was held at the Embassy. Experts spoke.";
    ck_assert_str_eq(d->text, want);
    ck_assert_uint_eq(d->text_len, strlen(want));
    assert_id_of(d, want);
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_text_source_line_is_credit)
{
    /* a last "Source: ..." line credits the publisher and is left out of the text; one in
     * the middle of the text is kept */
    const char *in = "Vote Count Ends\n\nThe count ended.\nSource: a wire service\n\n"
                     "Observers left.\n\nSource: Voice of America\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_text, &l, "s.txt", in, &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0]->text, "Vote Count Ends\n\nThe count ended.\nSource: a wire "
                                       "service\n\nObservers left.");
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_text_leading_blank_bom_no_date)
{
    const char *in = "\xEF\xBB\xBF\n\n  \nKISI Experts Met\r\nThe experts met in Zhezkazgan.\r\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_text, &l, "b.txt", in, &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0]->title, "KISI Experts Met"); /* no \r, no BOM */
    ck_assert_ptr_null(l.items[0]->date);
    ck_assert_str_eq(l.items[0]->text, "KISI Experts Met\nThe experts met in Zhezkazgan.");
    kg_document_list_free(&l);

    /* a date deep in the body is not the document's date */
    kg_buf b = {0};
    kg_buf_puts(&b, "A Title\n");
    for (int i = 0; i < 12; i++)
        kg_buf_puts(&b, "Some body line without any date in it.\n");
    kg_buf_puts(&b, "March 19, 2023\n");
    ck_assert_int_eq(read_str(kg_read_text, &l, "c.txt", b.data, &err), KG_OK);
    ck_assert_ptr_null(l.items[0]->date);
    kg_document_list_free(&l);
    kg_buf_free(&b);
}
END_TEST

START_TEST(test_ingest_text_errors_name_file)
{
    kg_document_list l;
    kg_error err;
    /* empty (white space only) */
    ck_assert_int_eq(read_str(kg_read_text, &l, "dir/empty.txt", " \n\t\n", &err), KG_EFORMAT);
    ck_assert_int_eq(err.code, KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "dir/empty.txt"));
    ck_assert_ptr_nonnull(strstr(err.msg, "empty"));
    ck_assert_uint_eq(l.n, 0);
    kg_document_list_free(&l);
    ck_assert_int_eq(read_str(kg_read_text, &l, "dir/zero.txt", "", &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "dir/zero.txt"));
    kg_document_list_free(&l);
    /* binary: a NUL byte */
    memset(&l, 0, sizeof l);
    kg_error_clear(&err);
    ck_assert_int_eq(kg_read_text(&l, "dir/blob.bin", "PK\x03\x04\0\0abc", 9, &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "dir/blob.bin"));
    ck_assert_ptr_nonnull(strstr(err.msg, "binary"));
    ck_assert_ptr_nonnull(strstr(err.msg, "offset 4"));
    ck_assert_uint_eq(l.n, 0);
    /* not UTF-8: Latin-1 bytes */
    ck_assert_int_eq(read_str(kg_read_text, &l, "dir/latin1.txt", "Title\nCaf\xE9 au lait", &err),
                     KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "dir/latin1.txt"));
    ck_assert_ptr_nonnull(strstr(err.msg, "UTF-8"));
    ck_assert_ptr_nonnull(strstr(err.msg, "offset 9"));
    ck_assert_uint_eq(l.n, 0);
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_check_text)
{
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_check_text("s", "Қазақстан", strlen("Қазақстан"), &err), KG_OK);
    ck_assert_int_eq(kg_check_text("s", "a\0b", 3, &err), KG_EFORMAT);
    ck_assert_int_eq(kg_check_text("s", "\xED\xA0\x80", 3, &err), KG_EFORMAT);
    ck_assert_int_eq(kg_check_text("s", "", 0, &err), KG_OK);
}
END_TEST

START_TEST(test_ingest_document_id_crlf_stable)
{
    const char *lf = "Title\nFirst line.\nSecond line.\n";
    const char *crlf = "Title\r\nFirst line.\r\nSecond line.\r\n";
    kg_document_list a, b;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_text, &a, "lf.txt", lf, &err), KG_OK);
    ck_assert_int_eq(read_str(kg_read_text, &b, "crlf.txt", crlf, &err), KG_OK);
    ck_assert_str_eq(a.items[0]->id, b.items[0]->id);
    ck_assert_str_eq(a.items[0]->text, b.items[0]->text);
    assert_id_of(a.items[0], "Title\nFirst line.\nSecond line.");
    ck_assert_uint_eq(strlen(a.items[0]->id), 64);
    kg_document_list_free(&a);
    kg_document_list_free(&b);

    /* kg_document_new: same text -> same id; NULs dropped; lone CR -> LF; trailing space */
    kg_document *d1 = kg_document_new("x", "T", NULL, "T\nbody", 6);
    kg_document *d2 = kg_document_new("y", NULL, "2023-01-01", "T\r\nbo\0dy \n\n", 11);
    kg_document *d3 = kg_document_new("z", "", "", "T\rbody", 6);
    kg_document *d4 = kg_document_new("w", NULL, NULL, "T\nbody!", 7);
    ck_assert_str_eq(d1->id, d2->id);
    ck_assert_str_eq(d1->id, d3->id);
    ck_assert_str_ne(d1->id, d4->id);
    ck_assert_str_eq(d2->text, "T\nbody");
    ck_assert_str_eq(d2->date, "2023-01-01");
    ck_assert_ptr_null(d3->title); /* empty strings become NULL */
    ck_assert_ptr_null(d3->date);
    ck_assert_str_eq(d1->title, "T");
    kg_document_free(d1);
    kg_document_free(d2);
    kg_document_free(d3);
    kg_document_free(d4);
    kg_document_free(NULL);
    kg_document_list_free(NULL);
}
END_TEST

/* ---- HTML ------------------------------------------------------------------------------- */

static const char html_page[] =
    "<!DOCTYPE html><html><head><title>Page Title | Site</title>"
    "<meta property=\"og:title\" content=\"Experts Met in Zhezkazgan\">"
    "<meta property=\"article:published_time\" content=\"2023-03-03T10:00:00+06:00\">"
    "<style>.x { color: red; }</style><script>var secret = 'SCRIPT';</script></head>"
    "<body><nav>Home | News | NAVIGATION</nav><header>SITE HEADER</header>"
    "<div class=\"sidebar\">SIDEBAR outside the article</div>"
    "<article><h1>Experts Met</h1><p>The meeting was held in Zhezkazgan &amp; Satpayev.</p>"
    "<script>alert('INLINE');</script><p>Second&nbsp;paragraph   with   spaces.</p>"
    "<aside>ASIDE box</aside></article>"
    "<footer>FOOTER copyright</footer></body></html>";

START_TEST(test_ingest_html_og_title_meta_date_article)
{
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_html, &l, "page.html", html_page, &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    kg_document *d = l.items[0];
    ck_assert_str_eq(d->title, "Experts Met in Zhezkazgan"); /* og:title over <title> */
    ck_assert_ptr_nonnull(d->date);
    ck_assert_str_eq(d->date, "2023-03-03");
    ck_assert_str_eq(first_line(d->text), "Experts Met in Zhezkazgan");
    ck_assert_ptr_nonnull(strstr(d->text, "The meeting was held in Zhezkazgan & Satpayev."));
    ck_assert_ptr_nonnull(strstr(d->text, "Second paragraph with spaces."));
    ck_assert_ptr_nonnull(strstr(d->text, "Experts Met\n"));
    /* paragraphs are separated by line breaks */
    ck_assert_ptr_nonnull(strstr(d->text, "Satpayev.\n"));
    static const char *const dropped[] = {"SCRIPT",     "INLINE",      "color",
                                          "NAVIGATION", "SITE HEADER", "SIDEBAR",
                                          "ASIDE",      "FOOTER",      NULL};
    for (size_t i = 0; dropped[i]; i++)
        ck_assert_msg(strstr(d->text, dropped[i]) == NULL, "'%s' in text: %s", dropped[i], d->text);
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_html_title_tag_and_time_datetime)
{
    const char *page = "<html><head><title>  Round Table in Moscow </title></head><body>"
                       "<nav>menu</nav><p>Posted <time datetime=\"2023-03-19T08:00\">"
                       "Sunday</time></p><p>The round table discussed the elections.</p>"
                       "<footer>(c) 2021</footer></body></html>";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_html, &l, "rt.htm", page, &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0]->title, "Round Table in Moscow");
    ck_assert_ptr_nonnull(l.items[0]->date);
    ck_assert_str_eq(l.items[0]->date, "2023-03-19");
    ck_assert_str_eq(first_line(l.items[0]->text), "Round Table in Moscow");
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "The round table discussed the elections."));
    ck_assert_ptr_null(strstr(l.items[0]->text, "menu"));
    kg_document_list_free(&l);

    /* the <time> element's text when it has no datetime */
    const char *page2 = "<html><body><h1>Headline Only</h1><time>March 3, 2023</time>"
                        "<p>Body.</p></body></html>";
    ck_assert_int_eq(read_str(kg_read_html, &l, "t2.html", page2, &err), KG_OK);
    ck_assert_str_eq(l.items[0]->title, "Headline Only"); /* <h1> when no <title> */
    ck_assert_str_eq(l.items[0]->date, "2023-03-03");
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_html_main_over_body)
{
    const char *page = "<html><head><title>T</title></head><body><div>OUTSIDE main</div>"
                       "<main><p>Inside main.</p></main></body></html>";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_html, &l, "m.html", page, &err), KG_OK);
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "Inside main."));
    ck_assert_ptr_null(strstr(l.items[0]->text, "OUTSIDE"));
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_html_malformed_still_text)
{
    const char *page = "<html><head><title>Broken page</head><body><p>Unclosed <b>bold <i>and "
                       "italic<p>Next para &amp; more</div></span><td>cell</body>";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_html, &l, "broken.html", page, &err), KG_OK);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "Unclosed bold and italic"));
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "Next para & more"));
    kg_document_list_free(&l);

    /* a fragment without any html/body element */
    ck_assert_int_eq(read_str(kg_read_html, &l, "frag.html", "just <em>some</em> words", &err),
                     KG_OK);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "just some words"));
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_html_errors)
{
    kg_document_list l;
    kg_error err;
    memset(&l, 0, sizeof l);
    ck_assert_int_eq(kg_read_html(&l, "bin.html", "<html>\0</html>", 14, &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "bin.html"));
    ck_assert_int_eq(read_str(kg_read_html, &l, "empty.html",
                              "<html><body><script>x()</script></body></html>", &err),
                     KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "empty.html"));
    ck_assert_uint_eq(l.n, 0);
    kg_document_list_free(&l);
}
END_TEST

/* ---- feeds ------------------------------------------------------------------------------ */

static const char rss_feed[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\"><channel><title>KISI news</title><link>https://kisi.kz</link>\n"
    "<item><title>Experts met in Zhezkazgan</title>"
    "<link>https://example.org/news/1</link>"
    "<pubDate>Fri, 03 Mar 2023 09:00:00 +0600</pubDate>"
    "<description>&lt;p&gt;The experts discussed &lt;b&gt;electoral culture&lt;/b&gt;."
    "&lt;/p&gt;</description></item>\n"
    "<item><title>Round table in Moscow</title>"
    "<link>https://example.org/news/2</link>"
    "<pubDate>Sun, 19 Mar 2023 12:00:00 +0000</pubDate>"
    "<description><![CDATA[<p>The round table discussed the results.</p>]]></description>"
    "</item>\n</channel></rss>\n";

static const char atom_feed[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed</title>\n"
    "<entry><title>First entry</title><link href=\"https://example.org/a\"/>"
    "<published>2023-03-03T09:00:00Z</published>"
    "<content type=\"html\">&lt;p&gt;Alpha text here.&lt;/p&gt;</content></entry>\n"
    "<entry><title>Second entry</title><link href=\"https://example.org/b\"/>"
    "<updated>2022-11-20T10:00:00Z</updated>"
    "<summary>Beta summary text.</summary></entry>\n"
    "</feed>\n";

START_TEST(test_ingest_feed_rss)
{
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_feed, &l, "kisi.rss", rss_feed, &err), KG_OK);
    ck_assert_uint_eq(l.n, 2);
    ck_assert_str_eq(l.items[0]->title, "Experts met in Zhezkazgan");
    ck_assert_str_eq(l.items[0]->source, "https://example.org/news/1");
    ck_assert_str_eq(l.items[0]->date, "2023-03-03");
    ck_assert_str_eq(first_line(l.items[0]->text), "Experts met in Zhezkazgan");
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "The experts discussed electoral culture."));
    ck_assert_ptr_null(strstr(l.items[0]->text, "<b>")); /* the HTML was read, not copied */
    ck_assert_str_eq(l.items[1]->title, "Round table in Moscow");
    ck_assert_str_eq(l.items[1]->source, "https://example.org/news/2");
    ck_assert_str_eq(l.items[1]->date, "2023-03-19");
    ck_assert_ptr_nonnull(strstr(l.items[1]->text, "The round table discussed the results."));
    ck_assert_str_ne(l.items[0]->id, l.items[1]->id);
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_feed_atom)
{
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_feed, &l, "x.atom", atom_feed, &err), KG_OK);
    ck_assert_uint_eq(l.n, 2);
    ck_assert_str_eq(l.items[0]->title, "First entry");
    ck_assert_str_eq(l.items[0]->source, "https://example.org/a");
    ck_assert_str_eq(l.items[0]->date, "2023-03-03");
    ck_assert_ptr_nonnull(strstr(l.items[0]->text, "Alpha text here."));
    ck_assert_str_eq(l.items[1]->title, "Second entry");
    ck_assert_str_eq(l.items[1]->source, "https://example.org/b");
    ck_assert_str_eq(l.items[1]->date, "2022-11-20"); /* <updated> when no <published> */
    ck_assert_ptr_nonnull(strstr(l.items[1]->text, "Beta summary text."));
    kg_document_list_free(&l);

    /* an item without a link is named after the file and its position */
    const char *nolink = "<rss version=\"2.0\"><channel><item><title>A</title>"
                         "<description>one</description></item><item><title>B</title>"
                         "<description>two</description></item></channel></rss>";
    ck_assert_int_eq(read_str(kg_read_feed, &l, "f.xml", nolink, &err), KG_OK);
    ck_assert_uint_eq(l.n, 2);
    ck_assert_str_eq(l.items[0]->source, "f.xml#1");
    ck_assert_str_eq(l.items[1]->source, "f.xml#2");
    ck_assert_ptr_null(l.items[0]->date);
    kg_document_list_free(&l);
}
END_TEST

static void assert_no_passwd(const kg_document_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ck_assert_msg(strstr(l->items[i]->text, "root:") == NULL, "entity expanded: %s",
                      l->items[i]->text);
        ck_assert(l->items[i]->title == NULL || strstr(l->items[i]->title, "root:") == NULL);
        ck_assert(strstr(l->items[i]->source, "root:") == NULL);
    }
}

START_TEST(test_ingest_feed_no_external_entities)
{
    struct stat st;
    ck_assert_msg(stat("/etc/passwd", &st) == 0, "needs /etc/passwd to prove nothing leaks");
    static const char *const feeds[] = {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "
        "\"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><item>"
        "<title>Leak &xxe; here</title><link>https://example.org/&xxe;</link>"
        "<description>Body &xxe; text</description></item></channel></rss>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM "
        "\"file:///etc/passwd\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
        "<title>Atom &xxe;</title><summary>S &xxe;</summary></entry></feed>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % p SYSTEM \"file:///etc/passwd\">"
        " %p;]>\n<rss version=\"2.0\"><channel><item><title>Param</title>"
        "<description>text</description></item></channel></rss>",
    };
    for (size_t i = 0; i < sizeof feeds / sizeof feeds[0]; i++) {
        kg_document_list l;
        kg_error err;
        int rc = read_str(kg_read_feed, &l, "xxe.rss", feeds[i], &err);
        /* refusing the feed or reading it without the entity are both safe */
        ck_assert(rc == KG_OK || rc == KG_EFORMAT);
        assert_no_passwd(&l);
        ck_assert(strstr(err.msg, "root:") == NULL);
        kg_document_list_free(&l);
    }
}
END_TEST

START_TEST(test_ingest_feed_errors)
{
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_feed, &l, "bad/feed.xml",
                              "<rss><channel><item><title>x</item></channel></rss>", &err),
                     KG_EFORMAT);
    ck_assert_int_eq(err.code, KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "bad/feed.xml"));
    ck_assert_ptr_nonnull(strstr(err.msg, "malformed XML"));
    ck_assert(err.msg[strlen(err.msg) - 1] != '\n');
    ck_assert_uint_eq(l.n, 0);
    kg_document_list_free(&l);
    /* well-formed XML that is not a feed */
    ck_assert_int_eq(read_str(kg_read_feed, &l, "svg.xml", "<svg><g/></svg>", &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "svg.xml"));
    ck_assert_ptr_nonnull(strstr(err.msg, "svg"));
    kg_document_list_free(&l);
    /* a feed without items */
    ck_assert_int_eq(read_str(kg_read_feed, &l, "none.rss",
                              "<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
                              &err),
                     KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "none.rss"));
    ck_assert_uint_eq(l.n, 0);
    kg_document_list_free(&l);
}
END_TEST

/* ---- JSON lines ------------------------------------------------------------------------- */

START_TEST(test_ingest_jsonl_good_and_bad_lines)
{
    const char *in = "{\"id\": \"d1\", \"title\": \"First\", \"date\": \"March 3, 2023\", "
                     "\"text\": \"Alpha happened.\"}\n"
                     "{\"text\": \"Beta happened.\", \"source\": \"https://example.org/b\"}\n"
                     "{not json at all\n"
                     "\n"
                     "{\"title\": \"no text\"}\n"
                     "{\"text\": \"Gamma happened.\"}\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "dump.jsonl", in, &err), KG_EFORMAT);
    /* the good lines are all read, around the bad ones */
    ck_assert_uint_eq(l.n, 3);
    /* the first bad line is named by its number */
    ck_assert_ptr_nonnull(strstr(err.msg, "dump.jsonl:3"));
    ck_assert_ptr_nonnull(strstr(err.msg, "invalid JSON"));
    kg_document *a = l.items[0], *b = l.items[1], *c = l.items[2];
    ck_assert_str_eq(a->title, "First");
    ck_assert_str_eq(a->date, "2023-03-03");
    ck_assert_str_eq(a->source, "dump.jsonl#d1");
    ck_assert_str_eq(a->text, "First\n\nAlpha happened."); /* the title becomes line one */
    ck_assert_str_eq(b->source, "https://example.org/b");
    ck_assert_str_eq(b->text, "Beta happened.");
    ck_assert_ptr_null(b->title);
    ck_assert_str_eq(c->source, "dump.jsonl:6");
    ck_assert_str_eq(c->text, "Gamma happened.");
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_jsonl_missing_text)
{
    const char *in = "{\"text\": \"Good one.\"}\n{\"title\": \"T\", \"body\": \"wrong key\"}\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "m.jsonl", in, &err), KG_EFORMAT);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_ptr_nonnull(strstr(err.msg, "m.jsonl:2"));
    ck_assert_ptr_nonnull(strstr(err.msg, "\"text\""));
    kg_document_list_free(&l);
    /* not an object; text of the wrong type; empty text */
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "n.jsonl", "[1, 2]\n", &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "n.jsonl:1"));
    kg_document_list_free(&l);
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "n.jsonl", "{\"text\": 5}\n", &err), KG_EFORMAT);
    kg_document_list_free(&l);
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "n.jsonl", "\n{\"text\": \"\"}\n", &err),
                     KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "n.jsonl:2"));
    ck_assert_uint_eq(l.n, 0);
    kg_document_list_free(&l);
    /* an empty file */
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "e.jsonl", "\n\n", &err), KG_EFORMAT);
    ck_assert_ptr_nonnull(strstr(err.msg, "e.jsonl"));
    kg_document_list_free(&l);
    /* all good: KG_OK, CRLF line ends accepted */
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "g.jsonl",
                              "{\"text\": \"One.\"}\r\n{\"text\": \"Two.\"}\r\n", &err),
                     KG_OK);
    ck_assert_uint_eq(l.n, 2);
    ck_assert_str_eq(l.items[1]->text, "Two.");
    kg_document_list_free(&l);
}
END_TEST

/* Was a bug, fixed: kg_read_jsonl (src/ingest/kg_read_jsonl.c, start of kg_read_jsonl) does not
 * skip a UTF-8 byte-order mark the way kg_read_text does, although kg_format_detect skips one to
 * recognise JSON lines: the first line of a .jsonl saved with a BOM is reported as
 * "invalid JSON" and its document is lost. Not registered in the suite until fixed. */
START_TEST(test_ingest_jsonl_bom)
{
    const char *in = "\xEF\xBB\xBF{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(kg_format_detect(NULL, in, strlen(in)), KG_FORMAT_JSONL);
    int rc = read_str(kg_read_jsonl, &l, "bom.jsonl", in, &err);
    ck_assert_msg(rc == KG_OK, "rc %d: %s", rc, err.msg);
    ck_assert_uint_eq(l.n, 2);
    ck_assert_str_eq(l.items[0]->text, "First.");
    kg_document_list_free(&l);
}
END_TEST

/* ---- dates and formats ------------------------------------------------------------------ */

START_TEST(test_ingest_parse_date_variants)
{
    static const struct {
        const char *in;
        const char *out; /* NULL: no date */
    } cases[] = {
        {"March 19, 2023", "2023-03-19"},
        {"19 March 2023", "2023-03-19"},
        {"2023-03-19", "2023-03-19"},
        {"2023/03/19", "2023-03-19"},
        {"19.03.2023", "2023-03-19"},
        {"3.3.2023", "2023-03-03"},
        {"Mar. 3, 2023", "2023-03-03"},
        {"Sept 5, 2022", "2022-09-05"},
        {"5 Sep 2022", "2022-09-05"},
        {"december 31, 1999", "1999-12-31"},
        {"Fri, 03 Mar 2023 09:00:00 +0600", "2023-03-03"},
        {"2023-03-19T10:00:00+06:00", "2023-03-19"},
        {"Published on 1 January 2020 in Astana", "2020-01-01"},
        {"no date here", NULL},
        {"March 2023", NULL},
        {"2023-13-45", NULL},
        {"19 March 1700", NULL},
        {"Mayor Smith, 2023", NULL},
        {"", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[11] = "unchanged";
        int found = kg_parse_date(cases[i].in, strlen(cases[i].in), out);
        if (cases[i].out) {
            ck_assert_msg(found == 1, "no date found in '%s'", cases[i].in);
            ck_assert_msg(strcmp(out, cases[i].out) == 0, "'%s' -> '%s', want '%s'", cases[i].in,
                          out, cases[i].out);
        } else {
            ck_assert_msg(found == 0, "'%s' gave a date '%s'", cases[i].in, out);
        }
    }
    /* the length bounds the search */
    char out[11];
    ck_assert_int_eq(kg_parse_date("2023-03-19", 7, out), 0);
}
END_TEST

/* Partial dates: the month or year a field gives, never a guessed day. */
START_TEST(test_ingest_parse_date_partial)
{
    static const struct {
        const char *in;
        int whole_field;
        const char *out;
    } cases[] = {
        {"March 19, 2023", 1, "2023-03-19"}, /* a full date stays full */
        {"March 2023", 1, "2023-03"},
        {"Mar. 2023", 0, "2023-03"},
        {"2023-03", 1, "2023-03"},
        {"2023/11", 0, "2023-11"},
        {"Updated September, 2021", 0, "2021-09"},
        {"2023", 1, "2023"},
        {" 2023 ", 1, "2023"},
        {"2023", 0, NULL}, /* a year in running text is not a date */
        {"the 2023 elections", 1, NULL},
        {"2023-13", 1, NULL},
        {"1700", 1, NULL},
        {"20230", 1, NULL},
        {"May", 1, NULL},
        {"Mayor 2023", 0, NULL},
        {"", 1, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[11] = "unchanged";
        int found =
            kg_parse_date_partial(cases[i].in, strlen(cases[i].in), cases[i].whole_field, out);
        if (cases[i].out) {
            ck_assert_msg(found == 1, "no date found in '%s'", cases[i].in);
            ck_assert_msg(strcmp(out, cases[i].out) == 0, "'%s' -> '%s', want '%s'", cases[i].in,
                          out, cases[i].out);
        } else {
            ck_assert_msg(found == 0, "'%s' gave a date '%s'", cases[i].in, out);
        }
    }
    /* the readers keep what the field gives */
    const char *in = "{\"date\": \"March 2023\", \"text\": \"Alpha.\"}\n"
                     "{\"date\": \"2021\", \"text\": \"Beta.\"}\n"
                     "{\"date\": \"soon\", \"text\": \"Gamma.\"}\n";
    kg_document_list l;
    kg_error err;
    ck_assert_int_eq(read_str(kg_read_jsonl, &l, "d.jsonl", in, &err), KG_OK);
    ck_assert_uint_eq(l.n, 3);
    ck_assert_str_eq(l.items[0]->date, "2023-03");
    ck_assert_str_eq(l.items[1]->date, "2021");
    ck_assert_ptr_null(l.items[2]->date);
    kg_document_list_free(&l);
    ck_assert_int_eq(read_str(kg_read_text, &l, "t.txt", "Title\nApril 2022\n\nBody.\n", &err),
                     KG_OK);
    ck_assert_str_eq(l.items[0]->date, "2022-04");
    kg_document_list_free(&l);
}
END_TEST

START_TEST(test_ingest_format_detect)
{
    ck_assert_int_eq(kg_format_detect("a.html", "x", 1), KG_FORMAT_HTML);
    ck_assert_int_eq(kg_format_detect("a.HTM", "x", 1), KG_FORMAT_HTML);
    ck_assert_int_eq(kg_format_detect("a.xhtml", "x", 1), KG_FORMAT_HTML);
    ck_assert_int_eq(kg_format_detect("a.rss", "x", 1), KG_FORMAT_FEED);
    ck_assert_int_eq(kg_format_detect("a.atom", "x", 1), KG_FORMAT_FEED);
    ck_assert_int_eq(kg_format_detect("a.xml", "x", 1), KG_FORMAT_FEED);
    ck_assert_int_eq(kg_format_detect("a.jsonl", "x", 1), KG_FORMAT_JSONL);
    ck_assert_int_eq(kg_format_detect("a.ndjson", "x", 1), KG_FORMAT_JSONL);
    ck_assert_int_eq(kg_format_detect("a.txt", "<html>", 6), KG_FORMAT_TEXT); /* name wins */
    ck_assert_int_eq(kg_format_detect("a.md", "{", 1), KG_FORMAT_TEXT);
    /* by content when the name says nothing */
    const char *rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">";
    ck_assert_int_eq(kg_format_detect("feed", rss, strlen(rss)), KG_FORMAT_FEED);
    const char *atom = "  <?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">";
    ck_assert_int_eq(kg_format_detect(NULL, atom, strlen(atom)), KG_FORMAT_FEED);
    const char *html = "<!DOCTYPE html><html><body>x</body></html>";
    ck_assert_int_eq(kg_format_detect("page", html, strlen(html)), KG_FORMAT_HTML);
    const char *json = "\xEF\xBB\xBF\n  {\"text\": \"x\"}";
    ck_assert_int_eq(kg_format_detect("-", json, strlen(json)), KG_FORMAT_JSONL);
    ck_assert_int_eq(kg_format_detect("notes", "Just text.", 10), KG_FORMAT_TEXT);
    ck_assert_int_eq(kg_format_detect(NULL, "", 0), KG_FORMAT_TEXT);

    kg_format f = KG_FORMAT_AUTO;
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(kg_format_parse(&f, "html", &err), KG_OK);
    ck_assert_int_eq(f, KG_FORMAT_HTML);
    ck_assert_int_eq(kg_format_parse(&f, "jsonl", &err), KG_OK);
    ck_assert_int_eq(f, KG_FORMAT_JSONL);
    ck_assert_int_eq(kg_format_parse(&f, "auto", &err), KG_OK);
    ck_assert_int_eq(f, KG_FORMAT_AUTO);
    ck_assert_int_eq(kg_format_parse(&f, "pdf", &err), KG_EUSAGE);
    ck_assert_int_eq(f, KG_FORMAT_AUTO); /* unchanged on error */
    ck_assert_ptr_nonnull(strstr(err.msg, "pdf"));
}
END_TEST

START_TEST(test_ingest_buffer_auto)
{
    kg_document_list l = {0};
    kg_error err;
    kg_error_clear(&err);
    ck_assert_int_eq(
        kg_ingest_buffer(&l, "feed.xml", KG_FORMAT_AUTO, rss_feed, strlen(rss_feed), &err), KG_OK);
    ck_assert_uint_eq(l.n, 2);
    /* the format forces the reader: the feed read as text is one document */
    ck_assert_int_eq(
        kg_ingest_buffer(&l, "feed.xml", KG_FORMAT_TEXT, rss_feed, strlen(rss_feed), &err), KG_OK);
    ck_assert_uint_eq(l.n, 3);
    ck_assert_ptr_nonnull(strstr(l.items[2]->text, "<rss"));
    kg_document_list_free(&l);
}
END_TEST

static Suite *ingest_suite(void)
{
    Suite *s = suite_create("ingest");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_ingest_text_title_and_date);
    tcase_add_test(tc, test_ingest_text_leading_blank_bom_no_date);
    tcase_add_test(tc, test_ingest_text_source_line_is_credit);
    tcase_add_test(tc, test_ingest_text_errors_name_file);
    tcase_add_test(tc, test_ingest_check_text);
    tcase_add_test(tc, test_ingest_document_id_crlf_stable);
    tcase_add_test(tc, test_ingest_html_og_title_meta_date_article);
    tcase_add_test(tc, test_ingest_html_title_tag_and_time_datetime);
    tcase_add_test(tc, test_ingest_html_main_over_body);
    tcase_add_test(tc, test_ingest_html_malformed_still_text);
    tcase_add_test(tc, test_ingest_html_errors);
    tcase_add_test(tc, test_ingest_feed_rss);
    tcase_add_test(tc, test_ingest_feed_atom);
    tcase_add_test(tc, test_ingest_feed_no_external_entities);
    tcase_add_test(tc, test_ingest_feed_errors);
    tcase_add_test(tc, test_ingest_jsonl_good_and_bad_lines);
    tcase_add_test(tc, test_ingest_jsonl_missing_text);
    tcase_add_test(tc, test_ingest_parse_date_variants);
    tcase_add_test(tc, test_ingest_parse_date_partial);
    tcase_add_test(tc, test_ingest_format_detect);
    tcase_add_test(tc, test_ingest_buffer_auto);
    tcase_add_test(tc, test_ingest_jsonl_bom);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return harness_run_suite(ingest_suite()) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
