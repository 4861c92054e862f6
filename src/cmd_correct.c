/* cmd_correct: the corrections by hand: `kg merge`, `kg split`, `kg alias add|remove`,
 * `kg retype`, `kg rename`, `kg ignore`. Each names entities as `kg query entity` does,
 * checks the correction makes sense (one clear line and exit 1 when not, nothing changed),
 * then stores it and applies it in one transaction (src/corrections/kg_corrections.h):
 * every later `kg build` applies it again. */
#include "../queries/kg_query.h"
#include "cli.h"
#include "corrections/kg_corr_graph.h"
#include "corrections/kg_corrections.h"
#include "kg_mem.h"
#include "resolve/kg_normalize.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define SYN_MERGE "kg merge <name> <other>"
#define SYN_SPLIT "kg split <name> (--alias <alias> | --document <doc>...) [--as <new-name>]"
#define SYN_ALIAS "kg alias (add | remove) <name> <alias>"
#define SYN_RETYPE "kg retype <name> <type>"
#define SYN_RENAME "kg rename <name> <new-name>"
#define SYN_IGNORE "kg ignore <name>"

#define TYPES "person, organisation, party, place, event"

#define NAMES_HELP                                                                                 \
    "A name is looked up as 'kg query entity' does: the canonical name or any alias, with\n"       \
    "case, accents and transliteration forgiven; a surname alone names the only person\n"          \
    "with it. The correction is stored in the store with its date and applied again after\n"       \
    "every 'kg build' ('kg corrections' lists them, 'kg query entity' shows those of an\n"         \
    "entity). Exit status: 0 done, 1 when a name names nothing or the correction does not\n"       \
    "fit (nothing is changed), 2 on a usage error.\n"

/* An entity named on the command line. */
typedef struct named {
    long long id;
    char *name; /* canonical */
    char *type;
} named;

static void named_free(named *e)
{
    free(e->name);
    free(e->type);
}

static int find(named *e, kg_store *st, const char *name, kg_error *err)
{
    e->name = e->type = NULL;
    int rc = kg_query_lookup(&e->id, st, name, err);
    if (rc == KG_OK)
        rc = kg_query_entity_name(st, e->id, &e->name, &e->type, err);
    return rc;
}

/* Whether entity id has an alias (or its own name) with the key of text. */
static int has_alias(kg_store *st, long long id, const char *text)
{
    char *key = kg_normalize_key(text, strlen(text));
    int yes =
        kg_corr_own_name_is(st, id, key) ||
        kg_corr_scalar(st, NULL, "SELECT count(*) FROM aliases WHERE entity = ?1 AND key = ?2",
                       "it", id, key) > 0;
    free(key);
    return yes;
}

/* Stores and applies the correction; prints what was done. */
static int record(kg_store *st, const char *op, const named *e, const char *arg, const char *arg2,
                  const char *documents, kg_error *err)
{
    kg_correction c;
    kg_correction_init(&c, op, e->name, e->type, arg, arg2, documents);
    int added = 0;
    long long changes = 0;
    int code = KG_EXIT_OK;
    if (kg_corrections_add(st, &c, &added, &changes, err) != KG_OK) {
        code = kg_cli_fail(err);
    } else {
        kg_buf b = {0};
        kg_correction_describe(&b, &c);
        if (added)
            printf("%s\n", b.data);
        else
            printf("%s: already recorded, nothing to do\n", b.data);
        kg_buf_free(&b);
    }
    kg_correction_clear(&c);
    return code;
}

/* Parses -h and exactly n positional arguments into pos; returns -1 after printing help,
 * 0, or a usage exit code. */
static int positional(int argc, char **argv, int n, const char **pos, const char *synopsis,
                      const char *help)
{
    int k = 0;
    int dashdash = 0;
    for (int i = 1; i < argc; i++) {
        if (!dashdash && kg_cli_is_help(argv[i])) {
            printf("usage: %s\n\n%s\n%s", synopsis, help, NAMES_HELP);
            return -1;
        }
        if (!dashdash && strcmp(argv[i], "--") == 0) {
            dashdash = 1;
            continue;
        }
        if (!dashdash && argv[i][0] == '-' && argv[i][1])
            return kg_cli_usage_error(synopsis, "unknown option '%s'", argv[i]);
        if (k == n)
            return kg_cli_usage_error(synopsis, "unexpected argument '%s'", argv[i]);
        if (!argv[i][0])
            return kg_cli_usage_error(synopsis, "an empty name");
        pos[k++] = argv[i];
    }
    if (k < n)
        return kg_cli_usage_error(synopsis, "missing argument");
    return 0;
}

static int open_store(kg_store **st, const kg_cli *cli, kg_error *err)
{
    return kg_store_open(st, cli->db_path, KG_STORE_OPEN, err);
}

int kg_cmd_merge(int argc, char **argv, const kg_cli *cli)
{
    const char *pos[2];
    int rc = positional(argc, argv, 2, pos, SYN_MERGE,
                        "Merges <other> into <name>: one node, named <name>, with the aliases,\n"
                        "mentions and evidence of both. Edges to a common neighbour of the same\n"
                        "type become one (the weight counts the evidence sentences of both);\n"
                        "an edge between the two is dropped. Both must have the same type\n"
                        "('kg retype' first).\n");
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    kg_store *st = NULL;
    kg_error err;
    named a = {0}, b = {0};
    int code = KG_EXIT_OK;
    if (open_store(&st, cli, &err) != KG_OK || find(&a, st, pos[0], &err) != KG_OK ||
        find(&b, st, pos[1], &err) != KG_OK) {
        code = kg_cli_fail(&err);
    } else if (a.id == b.id) {
        kg_cli_message("'%s' and '%s' are already one entity ('%s')", pos[0], pos[1], a.name);
        code = KG_EXIT_FAILURE;
    } else if (strcmp(a.type, b.type) != 0) {
        kg_cli_message("cannot merge '%s' (%s) and '%s' (%s): entities of different types; "
                       "'kg retype' one first",
                       a.name, a.type, b.name, b.type);
        code = KG_EXIT_FAILURE;
    } else {
        code = record(st, "merge", &a, b.name, NULL, NULL, &err);
    }
    named_free(&a);
    named_free(&b);
    kg_store_close(st);
    return code;
}

int kg_cmd_retype(int argc, char **argv, const kg_cli *cli)
{
    const char *pos[2];
    int rc = positional(argc, argv, 2, pos, SYN_RETYPE,
                        "Gives <name> another type: one of " TYPES ".\n"
                        "An entity of that type with the same name is merged with it.\n");
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    kg_store *st = NULL;
    kg_error err;
    named a = {0};
    int code = KG_EXIT_OK;
    if (open_store(&st, cli, &err) != KG_OK || find(&a, st, pos[0], &err) != KG_OK) {
        code = kg_cli_fail(&err);
    } else if (!kg_corrections_type_valid(pos[1])) {
        kg_cli_message("unknown type '%s' (types: " TYPES ")", pos[1]);
        code = KG_EXIT_FAILURE;
    } else if (strcmp(a.type, pos[1]) == 0) {
        kg_cli_message("'%s' is already of type %s", a.name, a.type);
        code = KG_EXIT_FAILURE;
    } else {
        code = record(st, "retype", &a, pos[1], NULL, NULL, &err);
    }
    named_free(&a);
    kg_store_close(st);
    return code;
}

int kg_cmd_rename(int argc, char **argv, const kg_cli *cli)
{
    const char *pos[2];
    int rc = positional(argc, argv, 2, pos, SYN_RENAME,
                        "Gives <name> a new canonical name; the old one stays an alias.\n"
                        "A name that already names another entity of the type is refused\n"
                        "('kg merge' them instead).\n");
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    kg_store *st = NULL;
    kg_error err;
    named a = {0};
    int code = KG_EXIT_OK;
    if (open_store(&st, cli, &err) != KG_OK || find(&a, st, pos[0], &err) != KG_OK) {
        code = kg_cli_fail(&err);
        goto done;
    }
    if (strcmp(a.name, pos[1]) == 0) {
        kg_cli_message("'%s' is already its name", a.name);
        code = KG_EXIT_FAILURE;
        goto done;
    }
    char *key = kg_normalize_key(pos[1], strlen(pos[1]));
    long long *ids = NULL;
    size_t n = 0;
    if (!key[0]) {
        kg_cli_message("'%s' is no name (nothing left after normalisation)", pos[1]);
        code = KG_EXIT_FAILURE;
    } else if (kg_corr_named(&ids, &n, st, a.type, key, &err) != KG_OK) {
        code = kg_cli_fail(&err);
    }
    for (size_t i = 0; i < n && code == KG_EXIT_OK; i++)
        if (ids[i] != a.id) {
            char *other = NULL;
            kg_query_entity_name(st, ids[i], &other, NULL, NULL);
            kg_cli_message("'%s' already names another %s ('%s'); 'kg merge' them instead", pos[1],
                           a.type, other ? other : "?");
            free(other);
            code = KG_EXIT_FAILURE;
        }
    free(ids);
    free(key);
    if (code == KG_EXIT_OK) {
        code = record(st, "rename", &a, pos[1], NULL, NULL, &err);
    }
done:
    named_free(&a);
    kg_store_close(st);
    return code;
}

int kg_cmd_ignore(int argc, char **argv, const kg_cli *cli)
{
    const char *pos[1];
    int rc = positional(argc, argv, 1, pos, SYN_IGNORE,
                        "Deletes <name> with its aliases, mentions and edges, and keeps it out\n"
                        "of the graph: after every later build, an entity whose own name is\n"
                        "this one (of any type) is deleted again.\n");
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    kg_store *st = NULL;
    kg_error err;
    named a = {0};
    int code;
    if (open_store(&st, cli, &err) != KG_OK || find(&a, st, pos[0], &err) != KG_OK) {
        code = kg_cli_fail(&err);
    } else {
        code = record(st, "ignore", &a, NULL, NULL, NULL, &err);
    }
    named_free(&a);
    kg_store_close(st);
    return code;
}

int kg_cmd_alias(int argc, char **argv, const kg_cli *cli)
{
    int add = argc > 1 && strcmp(argv[1], "add") == 0;
    int remove = argc > 1 && strcmp(argv[1], "remove") == 0;
    if (argc > 1 && kg_cli_is_help(argv[1])) {
        argc = 2;
    } else if (!add && !remove) {
        return kg_cli_usage_error(SYN_ALIAS,
                                  argc > 1 ? "unknown action '%s' (add or remove)"
                                           : "name an action: add or remove",
                                  argc > 1 ? argv[1] : "");
    } else {
        argc--;
        argv++;
    }
    const char *pos[2];
    int rc = positional(argc, argv, 2, pos, SYN_ALIAS,
                        "add: <alias> names <name> from now on (documents that write it resolve\n"
                        "to it). remove: <name> loses the alias (its mentions stay; 'kg split\n"
                        "--alias' moves them to an entity of their own). An entity's own name\n"
                        "is no alias to remove ('kg rename').\n");
    if (rc)
        return rc < 0 ? KG_EXIT_OK : rc;
    kg_store *st = NULL;
    kg_error err;
    named a = {0};
    int code = KG_EXIT_OK;
    char *akey = kg_normalize_key(pos[1], strlen(pos[1]));
    if (open_store(&st, cli, &err) != KG_OK || find(&a, st, pos[0], &err) != KG_OK) {
        code = kg_cli_fail(&err);
    } else if (!akey[0]) {
        kg_cli_message("'%s' is no name (nothing left after normalisation)", pos[1]);
        code = KG_EXIT_FAILURE;
    } else if (add && has_alias(st, a.id, pos[1])) {
        kg_cli_message("'%s' already has the alias '%s'", a.name, pos[1]);
        code = KG_EXIT_FAILURE;
    } else if (remove && kg_corr_own_name_is(st, a.id, akey)) {
        kg_cli_message("'%s' is the name of '%s', not an alias; 'kg rename' it instead", pos[1],
                       a.name);
        code = KG_EXIT_FAILURE;
    } else if (remove && !has_alias(st, a.id, pos[1])) {
        kg_cli_message("'%s' has no alias '%s'", a.name, pos[1]);
        code = KG_EXIT_FAILURE;
    } else {
        code = record(st, add ? "alias-add" : "alias-remove", &a, pos[1], NULL, NULL, &err);
    }
    free(akey);
    named_free(&a);
    kg_store_close(st);
    return code;
}

/* The id of the document doc names: its id, its source as stored, or a prefix of at least 8
 * characters of one id. Returns 1 found, 0 not, -1 ambiguous. */
static int find_document(char **id, kg_store *st, const char *doc)
{
    *id = NULL;
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(kg_store_sqlite(st),
                       "SELECT id FROM documents WHERE id = ?1 OR source = ?1 UNION"
                       " SELECT id FROM documents WHERE length(?1) >= 8 AND"
                       " substr(id, 1, length(?1)) = ?1 LIMIT 2",
                       -1, &s, NULL);
    sqlite3_bind_text(s, 1, doc, -1, SQLITE_TRANSIENT);
    int n = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        if (n++ == 0)
            *id = kg_xstrdup((const char *)sqlite3_column_text(s, 0));
    }
    sqlite3_finalize(s);
    if (n > 1) {
        free(*id);
        *id = NULL;
        return -1;
    }
    return n;
}

/* Checks each --document and joins their ids, one a line, into *ids. */
static int split_documents(char **ids, kg_store *st, const named *e, char **docs, size_t n)
{
    kg_buf b = {0};
    *ids = NULL;
    for (size_t i = 0; i < n; i++) {
        char *id = NULL;
        int found = find_document(&id, st, docs[i]);
        if (found <= 0) {
            kg_cli_message(found < 0 ? "'%s' names several documents; give more of the id"
                                     : "no document '%s' in the store (give its id or source)",
                           docs[i]);
            kg_buf_free(&b);
            return KG_EXIT_FAILURE;
        }
        if (kg_corr_scalar(st, NULL,
                           "SELECT count(*) FROM mentions WHERE entity = ?1 AND document ="
                           " (SELECT num FROM documents WHERE id = ?2)",
                           "it", e->id, id) == 0) {
            kg_cli_message("document '%s' does not mention '%s'", docs[i], e->name);
            free(id);
            kg_buf_free(&b);
            return KG_EXIT_FAILURE;
        }
        kg_buf_printf(&b, "%s%s", b.len ? "\n" : "", id);
        free(id);
    }
    *ids = kg_buf_take(&b);
    return KG_EXIT_OK;
}

int kg_cmd_split(int argc, char **argv, const kg_cli *cli)
{
    static const struct option options[] = {{"alias", required_argument, NULL, 'a'},
                                            {"document", required_argument, NULL, 'd'},
                                            {"as", required_argument, NULL, 'n'},
                                            {"help", no_argument, NULL, 'h'},
                                            {0}};
    const char *alias = NULL, *as = NULL;
    char **docs = kg_xcalloc((size_t)argc + 1, sizeof *docs);
    size_t n_docs = 0;
    optind = 1;
    int c, code = KG_EXIT_OK;
    while ((c = getopt_long(argc, argv, "a:d:n:h", options, NULL)) != -1) {
        if (c == 'a' && !alias) {
            alias = optarg;
        } else if (c == 'd') {
            docs[n_docs++] = optarg;
        } else if (c == 'n' && !as) {
            as = optarg;
        } else if (c == 'h') {
            printf("usage: " SYN_SPLIT "\n\n"
                   "Undoes a wrong merge: part of <name> becomes an entity of its own, of the\n"
                   "same type, named <new-name> (an existing entity of that name and type\n"
                   "receives it instead).\n"
                   "  --alias <alias>    by alias: the mentions written <alias> and the alias\n"
                   "                     itself move (<new-name> defaults to <alias>)\n"
                   "  --document <doc>   by document (repeatable): <name>'s mentions in these\n"
                   "                     documents move, with the aliases only they use;\n"
                   "                     <doc> is a document id, a unique prefix of one (8\n"
                   "                     characters or more) or its source path as built;\n"
                   "                     needs --as\n"
                   "  --as <new-name>    the name of the entity split off\n"
                   "Evidence moves with the mentions: a relation stated in a sentence where\n"
                   "only moved mentions name <name> (or, when no mention in the sentence\n"
                   "does, in a document where only moved ones do) moves to the new entity.\n\n%s",
                   NAMES_HELP);
            goto done;
        } else {
            code = kg_cli_usage_error(SYN_SPLIT, c == 'a'   ? "--alias given twice"
                                                 : c == 'n' ? "--as given twice"
                                                            : "unknown option");
            goto done;
        }
    }
    if (optind + 1 != argc || !argv[optind][0]) {
        code = kg_cli_usage_error(SYN_SPLIT, "name one entity");
        goto done;
    }
    if (!alias == !n_docs) {
        code = kg_cli_usage_error(SYN_SPLIT, "split by --alias or by --document (one of them)");
        goto done;
    }
    if (n_docs && (!as || !as[0])) {
        code = kg_cli_usage_error(SYN_SPLIT, "a split by document needs --as <new-name>");
        goto done;
    }
    if (!as)
        as = alias;
    kg_store *st = NULL;
    kg_error err;
    named e = {0};
    char *ids = NULL;
    char *nkey = kg_normalize_key(as, strlen(as));
    char *akey = alias ? kg_normalize_key(alias, strlen(alias)) : NULL;
    if (open_store(&st, cli, &err) != KG_OK || find(&e, st, argv[optind], &err) != KG_OK) {
        code = kg_cli_fail(&err);
    } else if (!nkey[0]) {
        kg_cli_message("'%s' is no name (nothing left after normalisation)", as);
        code = KG_EXIT_FAILURE;
    } else if (kg_corr_own_name_is(st, e.id, nkey)) {
        kg_cli_message("'%s' is the name of '%s' itself; split it off under another name (--as)",
                       as, e.name);
        code = KG_EXIT_FAILURE;
    } else if (alias && kg_corr_own_name_is(st, e.id, akey)) {
        kg_cli_message("'%s' is the name of '%s', not an alias; 'kg rename' it instead", alias,
                       e.name);
        code = KG_EXIT_FAILURE;
    } else if (alias && !has_alias(st, e.id, alias)) {
        kg_cli_message("'%s' has no alias '%s'", e.name, alias);
        code = KG_EXIT_FAILURE;
    } else if (n_docs) {
        code = split_documents(&ids, st, &e, docs, n_docs);
    }
    if (code == KG_EXIT_OK)
        code = record(st, "split", &e, alias, as, ids, &err);
    free(ids);
    free(nkey);
    free(akey);
    named_free(&e);
    kg_store_close(st);
done:
    free(docs);
    return code;
}
