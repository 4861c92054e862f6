/* kx_rel_body_roles: affiliated-with from the roles a body gives the people named beside it.
 *
 * Reads: the person, organisation and party mentions (rs->mention_at), titles in the
 * singular and the plural. Adds: affiliated-with relations.
 * Patterns:
 * - a body's name, then its people's role in the plural, then the people: "COPE founders
 *   Mosiua Lekota and Mbhazima Shilowa", "Hamas leaders like Fawzi Barhoum", "the ANC's
 *   senior officials, including X";
 * - "the party's leader, X": the party the text named last;
 * - "chose X as its candidate": the body that opens the clause. */
#include "kx_rel_body_roles.h"

/* The person mention that starts at token k, or NULL. */
static const kg_x_mention *person_at(kx_rel_state *rs, size_t k)
{
    size_t mk = k < rs->x->n ? rs->mention_at[k] : 0;
    const kg_x_mention *p = mk ? kx_rel_mention(rs, mk - 1) : NULL;
    return p && p->tok_start == k && p->type == KG_PERSON ? p : NULL;
}

/* Whether mention m is a body: an organisation or a party. */
static int is_body(const kg_x_mention *m)
{
    return m->type == KG_ORGANISATION || m->type == KG_PARTY;
}

/* Links every person of the list that starts at token k ("X", "X and Y", "X, Y and Z") to
 * entity body, in the sentence of k; the role phrase from token role on is each person's
 * role span (so that reported speech takes no topic from it). */
static void affiliate_list(kx_rel_state *rs, size_t k, size_t body, size_t role)
{
    kx *x = rs->x;
    const kg_x_mention *p;
    while ((p = person_at(rs, k)) != NULL && kx_same_sentence(x, k, p->tok_end - 1)) {
        kx_add_relation(x, p->entity, body, KG_AFFILIATED_WITH, p->sentence);
        size_t mi = rs->mention_at[k] - 1;
        if (mi < rs->n_roles && !rs->role_start[mi])
            rs->role_start[mi] = role + 1;
        k = p->tok_end;
        if (kx_is(x, k, ",") && kx_is(x, k + 1, "and"))
            k += 2;
        else if (kx_is(x, k, ",") || kx_is(x, k, "and"))
            k++;
        else
            break;
    }
}

/* "COPE founders X and Y", "Hamas leaders like X", "the ANC's senior officials, including
 * X": after body mention m, at most two modifiers in lower case, a role in the plural, then
 * the people; "ANC members and COPE founders X and Y": the people of both bodies. Returns
 * the token where the people start, or 0 when none do. */
static size_t plural_roles_after(kx_rel_state *rs, const kg_x_mention *m, int depth)
{
    kx *x = rs->x;
    /* the modifiers of a role, not verbs ("The ANC sued lawyers X and Y") */
    static const char *const modifiers[] = {
        "senior",  "former", "top",   "fellow",     "founding", "leading", "prominent",
        "veteran", "other",  "local", "regional",   "national", "young",   "several",
        "two",     "three",  "party", "opposition", NULL};
    size_t k = m->tok_end;
    if (k < x->n && (x->t->tokens[k].flags & KG_TOKEN_POSSESSIVE))
        k++;
    for (size_t mods = 0;
         mods < 2 && kx_is_any(x, k, modifiers) && kx_same_sentence(x, m->tok_start, k); mods++)
        k++;
    /* roles toward a body that are no membership of it */
    static const char *const outsiders[] = {"voters",    "supporters", "observers", "critics",
                                            "opponents", "rivals",     "experts",   "analysts",
                                            "monitors",  NULL};
    if (!kx_is_plural_title(x, k) || kx_is_any(x, k, outsiders) ||
        !kx_same_sentence(x, m->tok_start, k + 1))
        return 0;
    k++;
    size_t mk = rs->mention_at[k + 1];
    if (depth == 0 && kx_is(x, k, "and") && mk && kx_rel_mention(rs, mk - 1)->tok_start == k + 1 &&
        is_body(kx_rel_mention(rs, mk - 1))) {
        size_t people = plural_roles_after(rs, kx_rel_mention(rs, mk - 1), 1);
        if (people)
            affiliate_list(rs, people, m->entity, m->tok_start);
        return people;
    }
    /* a comma only before "including" ("Hamas leaders, X said, ..." names a speaker) */
    if (kx_is(x, k, ",") && kx_is(x, k + 1, "including"))
        k++;
    if (kx_is(x, k, "like") || kx_is(x, k, "including"))
        k++;
    else if (kx_is(x, k, "such") && kx_is(x, k + 1, "as"))
        k += 2;
    if (!person_at(rs, k))
        return 0;
    affiliate_list(rs, k, m->entity, m->tok_start);
    return k;
}

/* The entity of the last party mention before token k in its sentence or the one before,
 * or (size_t)-1 when the last body there is no party ("the PAC said the party's leader"). */
static size_t last_party_before(kx_rel_state *rs, size_t k)
{
    kx *x = rs->x;
    size_t s = x->t->tokens[k].sentence;
    size_t from = x->t->sentences[s > 0 ? s - 1 : 0].first_token;
    for (size_t i = k; i > from; i--) {
        size_t mk = rs->mention_at[i - 1];
        if (mk && is_body(kx_rel_mention(rs, mk - 1)))
            return kx_rel_mention(rs, mk - 1)->type == KG_PARTY ? kx_rel_mention(rs, mk - 1)->entity
                                                                : (size_t)-1;
    }
    return (size_t)-1;
}

/* "the party's leader, X", "the party's general secretary X": the party the text named
 * last before "the party's" at token k, in its sentence or the one before. */
static void role_of_the_party(kx_rel_state *rs, size_t k)
{
    kx *x = rs->x;
    if (!(kx_is_ci(x, k, "the") && kx_is(x, k + 1, "party") && k + 2 < x->n &&
          (x->t->tokens[k + 2].flags & KG_TOKEN_POSSESSIVE)))
        return;
    /* at most two modifiers, then the title's words */
    size_t t = k + 3, titles = 0;
    for (size_t mods = 0; mods < 2 && kx_is_lower_word(x, t) && !kx_is_title(x, t); mods++)
        t++;
    while (t < k + 9 && kx_is_title(x, t) && kx_same_sentence(x, k, t))
        titles++, t++;
    if (!titles)
        return;
    if (kx_is(x, t, ","))
        t++;
    const kg_x_mention *p = person_at(rs, t);
    size_t party = last_party_before(rs, k);
    if (p && party != (size_t)-1 && kx_same_sentence(x, k, t))
        kx_add_relation(x, p->entity, party, KG_AFFILIATED_WITH, p->sentence);
}

/* "The VUP chose X as its candidate": person mention p, then "as its" and a title, is the
 * role of the body that opens the clause (the first body after the last comma before p). */
static void role_as_its(kx_rel_state *rs, const kg_x_mention *p)
{
    kx *x = rs->x;
    size_t k = p->tok_end;
    if (kx_is(x, k, ","))
        k++;
    if (!kx_is(x, k, "as") || !kx_is(x, k + 1, "its"))
        return;
    size_t t = k + 2;
    while (t < k + 5 && kx_is_lower_word(x, t) && !kx_is_title(x, t))
        t++;
    if (!kx_is_title(x, t) || !kx_same_sentence(x, p->tok_start, t))
        return;
    /* the clause: after the last comma before p ("According to the BBC, the ANC chose X") */
    const kg_sentence *sen = &x->t->sentences[p->sentence];
    size_t from = sen->first_token;
    for (size_t i = p->tok_start; i > sen->first_token; i--)
        if (kx_is(x, i - 1, ",")) {
            from = i;
            break;
        }
    for (size_t i = from; i < p->tok_start; i++) {
        size_t mk = rs->mention_at[i];
        if (mk && is_body(kx_rel_mention(rs, mk - 1))) {
            kx_add_relation(x, p->entity, kx_rel_mention(rs, mk - 1)->entity, KG_AFFILIATED_WITH,
                            p->sentence);
            return;
        }
    }
}

void kx_rel_find_body_roles(kx_rel_state *rs)
{
    kx *x = rs->x;
    kg_extraction *e = x->out;
    size_t n = e->n_mentions;
    for (size_t mi = 0; mi < n; mi++) {
        const kg_x_mention *m = kx_rel_mention(rs, mi);
        if (is_body(m))
            plural_roles_after(rs, m, 0);
        else if (m->type == KG_PERSON)
            role_as_its(rs, m);
    }
    for (size_t k = 0; k + 3 < x->n; k++)
        role_of_the_party(rs, k);
}
