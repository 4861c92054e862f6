/* kx_rel_affiliations: affiliated-with, from the words around a person's name.
 *
 * Reads: the person, organisation, party and place mentions, rs->speaker.
 * Adds:  affiliated-with relations; the akimat an akim works for (an entity, made when the
 *        document has none); the role span of each person mention (rs->role_end,
 *        rs->role_start), which kx_rel_speech.c reads.
 * Patterns:
 * - apposition: "X, director of Y and editor of Z, said"; "X, a spokesman for President Y";
 * - a title before the name: "head of the Y X", "the Ambassador of K in R X", "The head of
 *   the X Committee, Y Z, said";
 * - inside a role: "Akim of X" works for the X akimat, "Ambassador of X" for the Embassy of
 *   X; of two bodies joined in a role ("director of the Y at the Z"), Y belongs to Z;
 * - "X from the Y Institute", "X of the Y Center", "X, of the Y Bureau,"; "X, who heads
 *   the Y", "Chairman X (D-FL) led the Y";
 * - a body named right after another's name and acronym is part of it: "the Organization for
 *   Security and Cooperation in Europe (OSCE) Office of ...";
 * - possessives: "X's Y party"; "his Y party" (of the sentence's speaker);
 * - a party or its member's word before the name: "Labour's X", "Liberal Democrat X";
 * - "its": "the X Party, as its leader Y said" (the nearest party or body before);
 * - "the X Party, led by Y", "X, the ruling party, headed by Y"; "VOA's Y", "the MDC's Y".
 * Roles a verb states ("X is a member of the Y") are kx_rel_predicates.c's. */
#include "kx_rel_affiliations.h"

#include "../../kg_mem.h"
#include "../../resolve/kg_normalize.h"

#include <stdlib.h>
#include <string.h>

/* The last organisation whose key equals name's key (or, with prefix, starts with it);
 * (size_t)-1 when none. */
static size_t find_organisation(const kx *x, const char *name, int prefix)
{
    char *key = kg_normalize_key(name, strlen(name));
    size_t found = (size_t)-1, kl = strlen(key);
    for (size_t k = 0; k < x->out->n_entities; k++)
        if (x->out->entities[k].type == KG_ORGANISATION &&
            (prefix ? strncmp(x->out->entities[k].key, key, kl)
                    : strcmp(x->out->entities[k].key, key)) == 0)
            found = k;
    free(key);
    return found;
}

/* Derived organisations: "Akim of X" works for the X akimat. */
static size_t akimat_of(kx_rel_state *rs, size_t place_entity)
{
    kx *x = rs->x;
    const char *pname = x->out->entities[place_entity].name;
    char *name = kg_xasprintf("%s akimat", pname);
    size_t found = find_organisation(x, name, 0);
    if (found == (size_t)-1) {
        found = kx_add_entity(x, name, strlen(name), KG_ORGANISATION);
        char *alias = kg_xasprintf("akimat of %s", pname);
        kx_add_alias(x, found, alias, strlen(alias), "akim's office");
        free(alias);
    }
    free(name);
    return found;
}

/* "Embassy of X" in the document, for "Ambassador of X". */
static size_t embassy_of(kx_rel_state *rs, size_t place_entity)
{
    char *name = kg_xasprintf("Embassy of %s", rs->x->out->entities[place_entity].name);
    size_t found = find_organisation(rs->x, name, 1);
    free(name);
    return found;
}

/* Affiliations in a role span [a, b) of person p: every organisation and party in it, the
 * akimat of an akim, the embassy of an ambassador; and between consecutive organisations
 * joined by "at the"/"of the"/",", the smaller's membership of the larger. */
void kx_rel_role_span_affiliations(kx_rel_state *rs, size_t p, size_t a, size_t b, size_t s)
{
    kx *x = rs->x;
    size_t prev_org = (size_t)-1, prev_end = 0;
    for (size_t i = a; i < b; i++) {
        size_t mi = rs->mention_at[i];
        if (!mi || kx_rel_mention(rs, mi - 1)->tok_start != i)
            continue;
        /* the whole name, not the parent named in front of it: "Senate Foreign Relations
         * Committee" over "Senate" */
        size_t longest = rs->org_at[i];
        if (longest &&
            kx_rel_mention(rs, longest - 1)->tok_end > kx_rel_mention(rs, mi - 1)->tok_end &&
            kx_rel_mention(rs, longest - 1)->tok_end <= b)
            mi = longest;
        const kg_x_mention *m = kx_rel_mention(rs, mi - 1);
        if (m->type == KG_ORGANISATION || m->type == KG_PARTY) {
            kx_add_relation(x, p, m->entity, KG_AFFILIATED_WITH, s);
            if (prev_org != (size_t)-1 && m->type == KG_ORGANISATION) {
                size_t gap = i - prev_end;
                int joined = (gap == 2 && (kx_is(x, prev_end, "at") || kx_is(x, prev_end, "of")) &&
                              kx_is(x, prev_end + 1, "the")) ||
                             (gap == 1 && (kx_is(x, prev_end, ",") || kx_is(x, prev_end, "at")));
                if (joined)
                    kx_add_relation(x, prev_org, m->entity, KG_AFFILIATED_WITH, s);
            }
            if (m->type == KG_ORGANISATION) {
                prev_org = m->entity;
                prev_end = m->tok_end;
            }
        } else if (m->type == KG_PLACE && i >= 2 && kx_is(x, i - 1, "of")) {
            if (kx_is_ci(x, i - 2, "akim"))
                kx_add_relation(x, p, akimat_of(rs, m->entity), KG_AFFILIATED_WITH, s);
            if (kx_is_ci(x, i - 2, "ambassador")) {
                size_t emb = embassy_of(rs, m->entity);
                if (emb != (size_t)-1)
                    kx_add_relation(x, p, emb, KG_AFFILIATED_WITH, s);
            }
        }
        i = m->tok_end - 1;
    }
}

/* Whether the lower-case word at i is a verb that a role phrase cannot hold: a past form
 * in -ed ("hosted", "welcomed") or a common irregular one ("met", "led", "is"). */
int kx_rel_is_finite_verb(const kx *x, size_t i)
{
    static const char *const verbs[] = {"met",  "led",  "held", "told", "gave",  "took",  "made",
                                        "sent", "is",   "was",  "are",  "were",  "has",   "have",
                                        "had",  "will", "said", "says", "meets", "hosts", NULL};
    if (!kx_is_lower_word(x, i) || kx_is_title(x, i))
        return 0;
    if (kx_is_any(x, i, verbs))
        return 1;
    size_t len;
    const char *w = kx_tok(x, i, &len);
    return len > 4 && strncmp(w + len - 2, "ed", 2) == 0;
}

/* Whether the quote mark at i opens or closes a quoted name ("Kasip Korgan"). */
static int quotes_a_name(kx_rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t before = i > 0 ? rs->mention_at[i - 1] : 0, after = rs->mention_at[i + 1];
    return (after && kx_rel_mention(rs, after - 1)->tok_start == i + 1) ||
           (before && kx_rel_mention(rs, before - 1)->tok_end == i && i + 1 < x->n &&
            kx_is_lower_word(x, i + 1));
}

/* Whether the apposition [a, b) opens with a role in the plural, after at most two
 * modifiers in lower case, and "of", "for" or "at" after it: "co-chairs of X", "senior
 * members of the Y". */
static int plural_role_opens(const kx *x, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < a + 3; k++) {
        if (kx_is_plural_title(x, k))
            return kx_is(x, k + 1, "of") || kx_is(x, k + 1, "for") || kx_is(x, k + 1, "at");
        if (!kx_is_lower_word(x, k))
            return 0;
    }
    return 0;
}

/* Whether the role span [a, b) after "A and B," is both people's: "Chairman and
 * Co-Chairman, respectively, of Z", or one opening with a role in the plural ("co-chairs of
 * X and senior members of Y"). */
static int joint_role(const kx *x, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (kx_is(x, k, "respectively"))
            return 1;
    return plural_role_opens(x, a, b);
}

/* The mention of the person joined to m by "and" right before it: A in "A (R-KS) and Rep.
 * B"; (size_t)-1 when none. */
static size_t mention_joined_before(kx_rel_state *rs, const kg_x_mention *m)
{
    kx *x = rs->x;
    size_t first = x->t->sentences[m->sentence].first_token, t = m->tok_start;
    while (t > first + 1 &&
           (kx_is_title(x, t - 1) || (kx_is(x, t - 1, ".") && kx_is_title(x, t - 2))))
        t--;
    if (t <= first + 1 || !kx_is(x, t - 1, "and"))
        return (size_t)-1;
    size_t k = t - 1;
    if (kx_is(x, k - 1, ")")) /* back over "(R-KS)" */
        for (size_t j = k - 1; j > first && j + 8 > k; j--)
            if (kx_is(x, j - 1, "(")) {
                k = j - 1;
                break;
            }
    size_t mk = rs->mention_at[k - 1];
    if (!mk || kx_rel_mention(rs, mk - 1)->type != KG_PERSON ||
        kx_rel_mention(rs, mk - 1)->tok_end != k)
        return (size_t)-1;
    return mk - 1;
}

/* The person (entity) of mention_joined_before, or (size_t)-1. */
static size_t person_joined_before(kx_rel_state *rs, const kg_x_mention *m)
{
    size_t j = mention_joined_before(rs, m);
    return j == (size_t)-1 ? j : kx_rel_mention(rs, j)->entity;
}

/* The token after an apposition that opens at token k with a comma and an article ("X,
 * the son of the first president, leads ..."), or k when none: the apposition closes with
 * a comma within 14 tokens of its sentence, and holds no other comma. */
static size_t after_apposition(const kx *x, size_t k)
{
    if (!kx_is(x, k, ",") ||
        !(kx_is_ci(x, k + 1, "the") || kx_is_ci(x, k + 1, "a") || kx_is_ci(x, k + 1, "an")))
        return k;
    for (size_t j = k + 2; j < x->n && j < k + 16 && kx_same_sentence(x, k, j); j++)
        if (kx_is(x, j, ","))
            return j + 1 < x->n && kx_same_sentence(x, k, j + 1) ? j + 1 : k;
    return k;
}

/* Person mention m belongs to the body or party whose name starts at token k, after an
 * optional "the" ("X from the Y Institute", "X, who heads the Y"); nothing when none does. */
static void affiliate_with_body_at(kx_rel_state *rs, const kg_x_mention *m, size_t k)
{
    kx *x = rs->x;
    if (kx_is(x, k, "the"))
        k++;
    /* "X of Belgrade's Center for ...": a place's possessive before the body */
    size_t pk = k < x->n ? rs->mention_at[k] : 0;
    if (pk && kx_rel_mention(rs, pk - 1)->type == KG_PLACE &&
        kx_rel_mention(rs, pk - 1)->tok_start == k) {
        size_t e = kx_rel_mention(rs, pk - 1)->tok_end;
        if (e + 1 < x->n && (x->t->tokens[e].flags & KG_TOKEN_POSSESSIVE) &&
            kx_same_sentence(x, k, e + 1))
            k = e + 1;
    }
    /* a party's leaning before its name: "X of the left-wing Y party", "of the ruling Y" */
    size_t a = k;
    while (a < k + 2 && a < x->n && kx_is_lower_word(x, a) && !rs->mention_at[a] &&
           kx_same_sentence(x, k, a) && (kx_has_hyphen(x, a) || kx_is(x, a, "ruling") ||
                                         kx_is(x, a, "governing") || kx_is(x, a, "opposition")))
        a++;
    size_t mk = a < x->n ? rs->mention_at[a] : 0;
    if (mk && a > k && kx_rel_mention(rs, mk - 1)->type != KG_PARTY)
        mk = 0;
    if (mk && kx_rel_mention(rs, mk - 1)->tok_start == a &&
        (kx_rel_mention(rs, mk - 1)->type == KG_ORGANISATION ||
         kx_rel_mention(rs, mk - 1)->type == KG_PARTY))
        kx_add_relation(x, m->entity, kx_rel_mention(rs, mk - 1)->entity, KG_AFFILIATED_WITH,
                        m->sentence);
}

/* Whether person mention m opens its clause: nothing but titles, "the", and the names of
 * bodies and places before it ("Kazakh Foreign Minister X", "Senate Chairman X"), from the
 * start of the sentence, a comma, "and", "that", a quotation mark or a verb of speech
 * ("Officials said X heads"); not the object of a preposition ("the policies of X led"). */
int kx_rel_opens_clause(kx_rel_state *rs, const kg_x_mention *m)
{
    kx *x = rs->x;
    size_t first = x->t->sentences[m->sentence].first_token, k = m->tok_start;
    while (k > first) {
        size_t mk = rs->mention_at[k - 1];
        int named = mk && (kx_rel_mention(rs, mk - 1)->type == KG_ORGANISATION ||
                           kx_rel_mention(rs, mk - 1)->type == KG_PLACE);
        static const char *const modifiers[] = {"former", "current",  "then", "incumbent",
                                                "acting", "outgoing", NULL};
        if (!(named || kx_is_title(x, k - 1) || kx_is_ci(x, k - 1, "the") ||
              kx_is_demonym(x, k - 1) || kx_is_any_ci(x, k - 1, modifiers) ||
              /* "Long-exiled X", "newly-elected X" */
              (kx_has_lower_hyphen_part(x, k - 1) && kx_has_hyphen(x, k - 1)) ||
              /* "prime minister", "Prime Minister": a title's first word */
              ((kx_is_lower_word(x, k - 1) || (kx_is_cap(x, k - 1) && !mk)) && kx_is_title(x, k))))
            break;
        k--;
    }
    return k == first || kx_is(x, k - 1, ",") || kx_is(x, k - 1, "and") ||
           kx_is(x, k - 1, "that") || x->t->tokens[k - 1].kind == KG_TOKEN_QUOTE ||
           kx_is_speech_verb(x, k - 1);
}

/* Whether the body named from token k is the object of a causative "led": "led the EU to
 * impose", "led the party to defeat" (a lower-case word after "to"). */
static int causative_after_body(kx_rel_state *rs, size_t k)
{
    kx *x = rs->x;
    if (kx_is(x, k, "the"))
        k++;
    size_t mk = k < x->n ? rs->mention_at[k] : 0;
    if (!mk)
        return 0;
    size_t e = kx_rel_mention(rs, mk - 1)->tok_end;
    /* "led the party to victory", "to power", "to a third term" say who leads it */
    static const char *const outcomes[] = {"victory", "defeat",  "power", "office", "a",
                                           "an",      "the",     "its",   "their",  "third",
                                           "second",  "another", "win",   "wins",   NULL};
    return kx_is(x, e, "to") && e + 1 < x->n && kx_is_lower_word(x, e + 1) &&
           !kx_is_any(x, e + 1, outcomes);
}

/* Whether key k names party entity e, by its name or an alias. */
static int party_has_key(const kg_x_entity *e, const char *k)
{
    if (strcmp(e->key, k) == 0)
        return 1;
    for (size_t a = 0; a < e->n_aliases; a++)
        if (strcmp(e->aliases[a].key, k) == 0)
            return 1;
    return 0;
}

/* The party whose member the capitalised words [a, b) call someone: the party's own name
 * ("Labour" of the Labour Party when the text calls it so), its name in the singular
 * ("Liberal Democrat" of the Liberal Democrats) or without the word "Party" ("Conservative"
 * of the Conservative Party); (size_t)-1 when no party of the document fits. */
static size_t party_of_member_words(const kx *x, size_t a, size_t b)
{
    const char *text = x->t->text;
    size_t from = x->t->tokens[a].start, to = x->t->tokens[b - 1].end;
    static const char *const endings[] = {"", "s", " Party", " party", NULL};
    size_t found = (size_t)-1;
    for (size_t f = 0; endings[f] && found == (size_t)-1; f++) {
        char *name = kg_xasprintf("%.*s%s", (int)(to - from), text + from, endings[f]);
        char *key = kg_normalize_key(name, strlen(name));
        for (size_t k = 0; k < x->out->n_entities; k++)
            if (x->out->entities[k].type == KG_PARTY && party_has_key(&x->out->entities[k], key)) {
                found = k;
                break;
            }
        free(key);
        free(name);
    }
    return found;
}

/* "Labour's Yvette Cooper", "Liberal Democrat Vince Cable", "Republican Senator X": a party,
 * or the word for its member, right before a person's name (and titles) says the person
 * belongs to it. */
static void party_members_by_prefix(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t parties = 0;
    for (size_t k = 0; k < x->out->n_entities; k++)
        parties += x->out->entities[k].type == KG_PARTY;
    if (!parties)
        return;
    for (size_t mi = 0; mi < x->out->n_mentions; mi++) {
        const kg_x_mention *m = kx_rel_mention(rs, mi);
        if (m->type != KG_PERSON || m->entity == (size_t)-1)
            continue;
        size_t first = x->t->sentences[m->sentence].first_token, t = m->tok_start;
        while (t > first && kx_is_title(x, t - 1) && kx_is_cap(x, t - 1))
            t--;
        if (t <= first)
            continue;
        size_t end = t;
        if (x->t->tokens[t - 1].flags & KG_TOKEN_POSSESSIVE)
            end--; /* "Labour's" */
        size_t mk = end > first ? rs->mention_at[end - 1] : 0;
        if (mk) {
            const kg_x_mention *p = kx_rel_mention(rs, mk - 1);
            if (p->type == KG_PARTY && p->tok_end == end)
                kx_add_relation(x, m->entity, p->entity, KG_AFFILIATED_WITH, m->sentence);
            continue;
        }
        /* one or two capitalised words of no mention: "Liberal Democrat", "Conservative" */
        size_t a = end;
        while (a > first && end - a < 2 && kx_is_cap(x, a - 1) && !rs->mention_at[a - 1] &&
               !kx_is_title(x, a - 1))
            a--;
        for (size_t s = a; s < end; s++) {
            size_t party = party_of_member_words(x, s, end);
            if (party != (size_t)-1) {
                kx_add_relation(x, m->entity, party, KG_AFFILIATED_WITH, m->sentence);
                break;
            }
        }
    }
}

/* "the United Conservative Party, as its leader X said", "the DPJ and its leader - ... -
 * X": a role after "its" is held in the nearest party or body named before it in the
 * sentence. */
static void roles_of_its(kx_rel_state *rs)
{
    kx *x = rs->x;
    for (size_t mi = 0; mi < x->out->n_mentions; mi++) {
        const kg_x_mention *m = kx_rel_mention(rs, mi);
        if (m->type != KG_PERSON || m->entity == (size_t)-1)
            continue;
        size_t first = x->t->sentences[m->sentence].first_token, t = m->tok_start;
        /* back over the role ("its leader", "its new chairman") and what stands between it
         * and the name ("- Japan's presumed next prime minister -") */
        static const char *const its[] = {"its", "Its", NULL};
        size_t k = t, titles = 0;
        while (k > first && t - k < 10 && !kx_is_any(x, k - 1, its) &&
               !(rs->mention_at[k - 1] &&
                 kx_rel_mention(rs, rs->mention_at[k - 1] - 1)->type == KG_PERSON) &&
               !kx_is(x, k - 1, ".") && !kx_is_speech_verb(x, k - 1)) {
            titles += kx_is_title(x, k - 1) != 0;
            k--;
        }
        /* "its leader", "its new chairman", "its newly elected political leader": a few
         * words of the role's own before its title */
        size_t role = k;
        while (role < k + 3 && role < t && kx_is_lower_word(x, role) && !kx_is_title(x, role))
            role++;
        if (k <= first || !titles || !kx_is_any(x, k - 1, its) || !kx_is_title(x, role))
            continue;
        /* (within 40 words: a sentence may be a whole pathological document) */
        for (size_t j = k - 1; j > first && j + 40 > k; j--) {
            size_t mk = rs->mention_at[j - 1];
            if (!mk)
                continue;
            const kg_x_mention *b = kx_rel_mention(rs, mk - 1);
            if (b->type == KG_PARTY || b->type == KG_ORGANISATION) {
                kx_add_relation(x, m->entity, b->entity, KG_AFFILIATED_WITH, m->sentence);
                break;
            }
            if (b->type == KG_PERSON || b->type == KG_PLACE)
                break; /* "Japan and its prime minister X": the country's */
        }
    }
}

/* The person "his" or "her" at token i stands for: the last person named before it in its
 * sentence, else the first named in the sentence before, in the same paragraph ("X won.
 * With most votes counted, his party led"). Entity + 1, or 0. */
static size_t person_before_pronoun(kx_rel_state *rs, size_t i)
{
    kx *x = rs->x;
    size_t s = x->t->tokens[i].sentence;
    const kg_sentence *sen = &x->t->sentences[s];
    for (size_t k = i; k > sen->first_token; k--) {
        size_t mk = rs->mention_at[k - 1];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON)
            return kx_rel_mention(rs, mk - 1)->entity + 1;
    }
    if (s == 0 || x->t->sentences[s - 1].paragraph != sen->paragraph)
        return 0;
    const kg_sentence *prev = &x->t->sentences[s - 1];
    for (size_t k = prev->first_token; k < prev->end_token; k++) {
        size_t mk = rs->mention_at[k];
        if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON)
            return kx_rel_mention(rs, mk - 1)->entity + 1;
    }
    return 0;
}

/* "United Russia, the ruling political party, led by Prime Minister X", "the People's
 * Party, headed by former Interior Minister X": the person after "led by", "headed by" or
 * "chaired by" (titles between) right after a body's or party's name (and an apposition set
 * off by commas) leads it. */
static void leaders_led_by(kx_rel_state *rs)
{
    static const char *const leading[] = {"led", "lead", "headed", "chaired", NULL};
    kx *x = rs->x;
    size_t n_mentions = x->out->n_mentions;
    for (size_t mi = 0; mi < n_mentions; mi++) {
        const kg_x_mention *m = &x->out->mentions[mi];
        if (m->type != KG_ORGANISATION && m->type != KG_PARTY)
            continue;
        size_t k = m->tok_end;
        if (kx_is(x, k, ",")) { /* over ", the ruling political party," */
            size_t j = k + 1;
            while (j < k + 8 && j < x->n && kx_same_sentence(x, k, j) &&
                   (kx_is_lower_word(x, j) || kx_is_ci(x, j, "the")) && !rs->mention_at[j] &&
                   !kx_is_any(x, j, leading))
                j++;
            k = kx_is(x, j, ",") && j > k + 1 ? j + 1 : k + 1;
        }
        if (k + 2 >= x->n || !kx_is_any(x, k, leading) || !kx_is(x, k + 1, "by") ||
            !kx_same_sentence(x, m->tok_start, k + 2))
            continue;
        for (size_t j = k + 2; j < k + 12 && j < x->n && kx_same_sentence(x, k, j); j++) {
            size_t mj = rs->mention_at[j];
            if (mj && kx_rel_mention(rs, mj - 1)->type == KG_PERSON) {
                kx_add_relation(x, kx_rel_mention(rs, mj - 1)->entity, m->entity,
                                KG_AFFILIATED_WITH, m->sentence);
                break;
            }
            /* titles, their bodies and places: "incumbent Prime Minister", "current Russian" */
            if (kx_is(x, j, ",") || kx_is(x, j, "and") ||
                !(kx_is_title(x, j) || kx_is_lower_word(x, j) || kx_is_cap(x, j)))
                break;
        }
    }
}

/* "VOA's Delia Robertson", "the MDC's secretary-general X": a person named right after a
 * body's or party's possessive (titles between) is of that body. */
static void persons_of_a_body_s(kx_rel_state *rs)
{
    kx *x = rs->x;
    size_t n_mentions = x->out->n_mentions;
    for (size_t mi = 0; mi < n_mentions; mi++) {
        const kg_x_mention *m = &x->out->mentions[mi];
        if (m->type != KG_PERSON)
            continue;
        size_t a = m->tok_start;
        while (a > 0 && a + 4 > m->tok_start && kx_is_title(x, a - 1) &&
               kx_same_sentence(x, a - 1, m->tok_start))
            a--;
        if (a < 2 || !(x->t->tokens[a - 1].flags & KG_TOKEN_POSSESSIVE) ||
            !kx_same_sentence(x, a - 2, a))
            continue;
        size_t mb = rs->mention_at[a - 2];
        if (!mb || kx_rel_mention(rs, mb - 1)->tok_end != a - 1)
            continue;
        const kg_x_mention *body = kx_rel_mention(rs, mb - 1);
        if (body->type == KG_ORGANISATION || body->type == KG_PARTY)
            kx_add_relation(x, m->entity, body->entity, KG_AFFILIATED_WITH, m->sentence);
    }
}

void kx_rel_find_affiliations(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n_mentions = e->n_mentions;
    for (size_t mi = 0; mi < n_mentions; mi++) {
        kg_x_mention *m = &e->mentions[mi];
        if (m->type != KG_PERSON)
            continue;
        const kg_sentence *sen = &x->t->sentences[m->sentence];
        /* apposition: "X, director of Y and editor of Z, said", "X (D-FL), Chairman of Y" */
        size_t comma = kx_after_parenthetical(x, m->tok_end, 6);
        if (kx_is(x, comma, ",")) {
            size_t b = comma + 1;
            /* a semicolon ends the item of a list: "A, Chairman of X; B, Chairman of Y" */
            while (b < sen->end_token && !kx_is_speech_verb(x, b) && !kx_is(x, b, ";") &&
                   (x->t->tokens[b].kind != KG_TOKEN_QUOTE || quotes_a_name(rs, b))) {
                size_t mk = rs->mention_at[b];
                if (mk && kx_rel_mention(rs, mk - 1)->type == KG_PERSON) {
                    /* "X, a spokesman for President Y, said": Y is whom X serves, in X's
                     * role; another person ends it */
                    /* over titles and adjectives of nationality only: in "Deputy
                     * Administrator of the Bureau for Europe Y", Y is the next name of a
                     * list, not whom X serves */
                    size_t t = b;
                    for (;;) {
                        if (t > comma + 1 && (kx_is_title(x, t - 1) || kx_is_demonym(x, t - 1)))
                            t--;
                        else if (t > comma + 2 && kx_after_honorific(x, t)) /* "for Ms. Y's" */
                            t -= kx_is(x, t - 1, ".") ? 2 : 1;
                        else
                            break;
                    }
                    if (!(kx_is(x, t - 1, "for") || kx_is(x, t - 1, "of") || kx_is(x, t - 1, "to")))
                        break;
                    b = kx_rel_mention(rs, mk - 1)->tok_end;
                    /* "X, son of Y, the Chairman of Z": the apposition after Y is Y's */
                    if (kx_is(x, b, ","))
                        break;
                    continue;
                }
                if (kx_is(x, b, ",") && kx_is_lower_word(x, b + 1) && !kx_is_title(x, b + 1) &&
                    !kx_is(x, b + 1, "a") && !kx_is(x, b + 1, "an") && !kx_is(x, b + 1, "the") &&
                    !kx_is(x, b + 1, "and") && !kx_is(x, b + 1, "former") &&
                    !kx_is(x, b + 1, "respectively") && !kx_is(x, b - 1, "respectively"))
                    break;
                b++;
            }
            /* "Ambassador A, Head of X, B, Director of Y, C": where the list puts titles
             * before names, the title after A's comma is B's */
            size_t mb =
                b < sen->end_token && b > comma + 1 && kx_is(x, b - 1, ",") ? rs->mention_at[b] : 0;
            int next_ones = mb && kx_rel_mention(rs, mb - 1)->type == KG_PERSON &&
                            m->tok_start > sen->first_token && kx_is_title(x, m->tok_start - 1) &&
                            kx_is_cap(x, m->tok_start - 1);
            /* "Administrator A, Deputy Administrator of the Bureau B, and ...": the titled
             * phrase runs into the next name straight from the body's name, so it is that
             * name's ("..., and Co-Chairman Senator B" gives A the part before "and") */
            int and_in = 0;
            for (size_t k = comma + 1; k < b; k++)
                and_in |= kx_is(x, k, "and");
            size_t mn = b < sen->end_token && b > comma + 1 && kx_is_cap(x, b - 1) &&
                                (!kx_is_title(x, b - 1) || !and_in)
                            ? rs->mention_at[b]
                            : 0;
            if (mn && kx_rel_mention(rs, mn - 1)->type == KG_PERSON &&
                kx_rel_mention(rs, mn - 1)->tok_start == b)
                next_ones = 1;
            /* "A and B, co-chairs of X and senior members of Y": a plural role opening the
             * apposition of two people joined by "and" */
            int plural = plural_role_opens(x, comma + 1, b) && person_joined_before(rs, m) !=
                                                                    (size_t)-1;
            if ((kx_rel_span_has_title(x, comma + 1, b) || plural) && !next_ones) {
                kx_rel_role_span_affiliations(rs, m->entity, comma + 1, b, m->sentence);
                rs->role_end[mi] = b;
                /* "A and B, Chairman and Co-Chairman, respectively, of Z", "A and B,
                 * co-chairs of Z": A's too */
                size_t joint =
                    joint_role(x, comma + 1, b) ? mention_joined_before(rs, m) : (size_t)-1;
                if (joint != (size_t)-1) {
                    kx_rel_role_span_affiliations(rs, kx_rel_mention(rs, joint)->entity, comma + 1,
                                                  b, m->sentence);
                    rs->role_end[joint] = b; /* A's role too: not what A talks about */
                }
            }
        }
        /* title before the name: "head of the Y X", "the Ambassador of K in R X" */
        size_t a = m->tok_start;
        while (a > sen->first_token && a + 30 > m->tok_start) {
            size_t k = a - 1;
            if (kx_is_speech_verb(x, k) || x->t->tokens[k].kind == KG_TOKEN_QUOTE ||
                kx_is(x, k, ";") || kx_is(x, k, ":"))
                break;
            size_t mk = rs->mention_at[k];
            const kg_x_entity *ev =
                mk ? &x->out->entities[kx_rel_mention(rs, mk - 1)->entity] : NULL;
            /* an election names a role ("the election observation mission"), a meeting or
             * another person ends it */
            if (mk && (kx_rel_mention(rs, mk - 1)->type == KG_PERSON ||
                       (kx_rel_mention(rs, mk - 1)->type == KG_EVENT &&
                        !(ev->event_kind && strcmp(ev->event_kind, "election") == 0))))
                break;
            /* a verb ends the role: "The State Department hosted Foreign Minister X" */
            if (kx_rel_is_finite_verb(x, k))
                break;
            /* "The head of the X Committee, Y Z, said": one comma right before the name
             * when a name ends there */
            int comma_before_name = k + 1 == m->tok_start && k > sen->first_token;
            if (kx_is(x, k, ",") && !comma_before_name &&
                !(rs->mention_at[k + 1] &&
                  kx_rel_mention(rs, rs->mention_at[k + 1] - 1)->type == KG_ORGANISATION))
                break;
            a = k;
        }
        if (a < m->tok_start && kx_rel_span_has_title(x, a, m->tok_start)) {
            kx_rel_role_span_affiliations(rs, m->entity, a, m->tok_start, m->sentence);
            rs->role_start[mi] = a + 1;
        }
    }
    /* "X, who heads the Y", "X, who chairs Y": a relative clause that gives X's office */
    static const char *const leading[] = {"leads",   "led",  "heads",   "headed",  "chairs",
                                          "chaired", "runs", "directs", "founded", NULL};
    static const char *const heading[] = {"heads",   "leads",   "chairs",  "directs",
                                          "runs",    "headed",  "led",     "chaired",
                                          "directed", "founded", "represents", NULL};
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        if (m->type != KG_PERSON)
            continue;
        /* "Chairman X led the Y", "X (D-FL) chairs the Y": the verb of its subject */
        size_t v = kx_after_parenthetical(x, m->tok_end, 6);
        v = after_apposition(x, v);
        if (kx_is(x, v, "also"))
            v++;
        if (kx_is_any(x, v, leading) && kx_same_sentence(x, m->tok_start, v + 1) &&
            kx_rel_opens_clause(rs, m) && !causative_after_body(rs, v + 1)) {
            affiliate_with_body_at(rs, m, v + 1);
            continue;
        }
        size_t k = m->tok_end;
        if (!kx_is(x, k, ",") || !kx_is(x, k + 1, "who"))
            continue;
        k += 2;
        if (kx_is(x, k, "now") || kx_is(x, k, "also") || kx_is(x, k, "currently"))
            k++;
        if (!kx_is_any(x, k, heading) || !kx_same_sentence(x, m->tok_start, k + 1))
            continue;
        affiliate_with_body_at(rs, m, k + 1);
    }
    /* "X from the Y Institute", "X of the Y Center", set off by a comma too ("Deputy
     * Secretary X, of the Bureau of Y, and ...") */
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        if (m->type == KG_PERSON && kx_is(x, k, ",") && kx_same_sentence(x, k, k + 1))
            k++;
        if (m->type != KG_PERSON || !(kx_is(x, k, "from") || kx_is(x, k, "of")))
            continue;
        affiliate_with_body_at(rs, m, k + 1);
    }
    /* "the Organization for Security and Cooperation in Europe (OSCE) Office of ...": a body
     * named right after another's name and acronym is part of it */
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        if (m->type != KG_ORGANISATION || !kx_is(x, k, "(") || k + 3 >= x->n ||
            !kx_is(x, k + 2, ")") || !kx_is_allcaps(x, k + 1) || !kx_same_sentence(x, k, k + 3))
            continue;
        size_t next = rs->org_at[k + 3];
        if (next && kx_rel_mention(rs, next - 1)->entity != m->entity)
            kx_add_relation(x, kx_rel_mention(rs, next - 1)->entity, m->entity, KG_AFFILIATED_WITH,
                            m->sentence);
    }
    /* possessives: "X's Y party", "X's former party Y" (what kind of body, and how the
     * person belongs to it, may come between) */
    static const char *const belonging[] = {"former", "own",   "ruling", "governing", "new",
                                            "party",  "movement", "bloc", "faction", NULL};
    static const char *const kinds[] = {"party", "movement", "bloc", "faction", NULL};
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        size_t k = m->tok_end;
        if (m->type != KG_PERSON || k + 1 >= x->n || !(x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE))
            continue;
        while (k + 2 < x->n && k + 3 > m->tok_end && kx_is_any(x, k + 1, belonging) &&
               !rs->mention_at[k + 1] && kx_same_sentence(x, k, k + 2))
            k++;
        /* "Manning's party, the People's National Movement (PNM),": the kind in apposition */
        if (k > m->tok_end && kx_is_any(x, k, kinds) && kx_is(x, k + 1, ",") && k + 3 < x->n &&
            kx_same_sentence(x, k, k + 3))
            k += kx_is(x, k + 2, "the") ? 2 : 1;
        size_t mk = rs->mention_at[k + 1];
        if (mk && kx_rel_mention(rs, mk - 1)->tok_start == k + 1 &&
            (kx_rel_mention(rs, mk - 1)->type == KG_PARTY ||
             kx_rel_mention(rs, mk - 1)->type == KG_ORGANISATION))
            kx_add_relation(x, m->entity, kx_rel_mention(rs, mk - 1)->entity, KG_AFFILIATED_WITH,
                            m->sentence);
    }
    /* possessives: "his Y party", "his party, Y," -> the sentence's speaker; a party's
     * also to the person the sentence or the one before it is about */
    for (size_t i = 0; i + 1 < x->n; i++) {
        if (!(kx_is(x, i, "his") || kx_is(x, i, "her") || kx_is(x, i, "His") || kx_is(x, i, "Her")))
            continue;
        size_t j = i + 1;
        if (kx_is_ci(x, j, "party") && kx_is(x, j + 1, ",") && kx_same_sentence(x, i, j + 2))
            j += 2;
        size_t mk = rs->mention_at[j];
        if (!mk || kx_rel_mention(rs, mk - 1)->tok_start != j)
            continue;
        const kg_x_mention *m = kx_rel_mention(rs, mk - 1);
        /* "his Conservative opponent": the party names the other side */
        static const char *const adversaries[] = {"opponent",   "opponents", "rival",
                                                  "rivals",     "challenger", "challengers",
                                                  "counterpart", "critics",  NULL};
        if (kx_is_any(x, m->tok_end, adversaries))
            continue;
        size_t sp = rs->speaker[x->t->tokens[i].sentence];
        if (!sp && m->type == KG_PARTY)
            sp = person_before_pronoun(rs, i);
        if (sp && (m->type == KG_PARTY || m->type == KG_ORGANISATION))
            kx_add_relation(x, sp - 1, m->entity, KG_AFFILIATED_WITH, m->sentence);
    }
    party_members_by_prefix(rs);
    roles_of_its(rs);
    leaders_led_by(rs);
    persons_of_a_body_s(rs);
}
