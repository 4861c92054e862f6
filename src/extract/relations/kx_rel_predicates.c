/* kx_rel_predicates: affiliated-with stated by the verb of a person's clause: a role after a
 * copula ("X is a member of the Y", "X was elected chairman of the Y"), a role after "as" in
 * the predicate ("X keeps wide powers as head of the Y and chairman of the Z party"); a
 * membership a verb states ("X joined the Y", "X quit the Y", "X defected from the Y to the
 * Z", "X ran on the Y ticket"), and "X, whose Y won".
 *
 * Reads: the person, organisation and party mentions; the role spans' helpers of
 * kx_rel_affiliations.c. Adds: affiliated-with relations. Runs after kx_rel_find_affiliations. */
#include "kx_rel_predicates.h"

#include "kx_rel_affiliations.h"

/* The end of a copula after a person's name at k ("is", "was", "has been", "became",
 * "serves as", "was elected", "is also", "is now"), or k when none. */
static size_t copula_end(const kx *x, size_t k)
{
    static const char *const be[] = {"is", "was", "became", "becomes", "remains", "remained", NULL};
    static const char *const made[] = {"elected", "appointed", "named", NULL};
    static const char *const adverbs[] = {"also", "now", "currently", "still", NULL};
    size_t c = k;
    if ((kx_is(x, c, "has") || kx_is(x, c, "had")) && kx_is(x, c + 1, "been"))
        c += 2;
    else if ((kx_is(x, c, "serves") || kx_is(x, c, "served")) && kx_is(x, c + 1, "as"))
        c += 2;
    else if (kx_is_any(x, c, be))
        c++;
    else
        return k;
    if (kx_is_any(x, c, adverbs))
        c++;
    if (kx_is_any(x, c, made))
        c++;
    return c;
}

/* "X maintains significant powers as head of the Y", "X spoke as chairman of the Y": the
 * token after "as" when the words between the clause's subject X (ending before k) and "as"
 * are lower-case words of its predicate, no name, no clause of its own; k when there is none. */
static size_t as_role_start(kx_rel_state *rs, const kg_x_mention *m, size_t k)
{
    kx *x = rs->x;
    for (size_t v = k; v < k + 8 && v < x->n && kx_same_sentence(x, m->tok_start, v); v++) {
        if (kx_is(x, v, "as"))
            return v > k && kx_rel_opens_clause(rs, m) ? v + 1 : k;
        if (!kx_is_lower_word(x, v) || rs->mention_at[v] || kx_is(x, v, "that") ||
            kx_is(x, v, "who") || kx_is(x, v, "which") || kx_is(x, v, "and"))
            return k;
    }
    return k;
}

/* k, or the token after it when it is the word "party" of a body's name just read ("the
 * Nur Otan party", "on the Y party ticket"). */
static size_t past_party_word(const kx *x, size_t k)
{
    return kx_is(x, k, "party") || kx_is(x, k, "Party") ? k + 1 : k;
}

/* The end of a role that goes on after its first body: "head of the X and chairman of the Y
 * party" ends after Y ("and", a title, then lower-case words and "of" up to the next body). */
static size_t role_goes_on(kx_rel_state *rs, size_t body_end)
{
    kx *x = rs->x;
    size_t end = body_end;
    while (kx_is(x, end, "and") && kx_is_title(x, end + 1) && kx_same_sentence(x, end, end + 1)) {
        size_t b = end + 1;
        while (b < x->n && b < end + 8 && !rs->mention_at[b] && kx_same_sentence(x, end, b) &&
               (kx_is_lower_word(x, b) || kx_is_title(x, b)))
            b++;
        size_t mk = b < x->n ? rs->mention_at[b] : 0;
        const kg_x_mention *o = mk ? kx_rel_mention(rs, mk - 1) : NULL;
        if (!o || o->tok_start != b || (o->type != KG_ORGANISATION && o->type != KG_PARTY))
            break;
        end = o->tok_end;
        end = past_party_word(x, end);
    }
    return end;
}

/* "X is a member of the Y", "X has been chairman of the Y since 2001", "X was elected a
 * deputy of the Y": a role after a copula, up to the first body or party named (titles,
 * lower-case words and "of", "at", "for" between), gives the same affiliations as the role
 * in apposition; so does a role after "as" in the subject's predicate ("X maintains
 * significant powers as head of the Y and chairman of the Z party"). */
void kx_rel_find_predicate_roles(kx_rel_state *rs)
{
    kx *x = rs->x;
    const kg_extraction *e = x->out;
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        if (m->type != KG_PERSON)
            continue;
        size_t c = copula_end(x, m->tok_end);
        int as = 0;
        if (c == m->tok_end) {
            c = as_role_start(rs, m, m->tok_end);
            as = c != m->tok_end;
        }
        if (c == m->tok_end || !kx_same_sentence(x, m->tok_start, c))
            continue;
        if (kx_is(x, c, "a") || kx_is(x, c, "an") || kx_is(x, c, "the"))
            c++;
        size_t b = c, body = 0;
        for (; b < x->n && b < c + 12 && kx_same_sentence(x, c, b) && !body; b++) {
            size_t mk = rs->mention_at[b];
            if (mk && kx_rel_mention(rs, mk - 1)->tok_start == b) {
                const kg_x_mention *o = kx_rel_mention(rs, mk - 1);
                if (o->type == KG_ORGANISATION || o->type == KG_PARTY)
                    body = o->tok_end;
                else if (o->type == KG_PERSON || o->type == KG_EVENT)
                    break;
                b = o->tok_end - 1;
                continue;
            }
            if (!(kx_is_lower_word(x, b) || kx_is_title(x, b) ||
                  (x->t->tokens[b].flags & KG_TOKEN_POSSESSIVE)) ||
                kx_is_speech_verb(x, b) || kx_rel_is_finite_verb(x, b))
                break;
        }
        if (body && as)
            body = role_goes_on(rs, body);
        if (body && kx_rel_span_has_title(x, c, body))
            kx_rel_role_span_affiliations(rs, m->entity, c, body, m->sentence);
    }
}

/* The party or body named at token k (after "the"), or NULL. */
static const kg_x_mention *body_at(kx_rel_state *rs, size_t k)
{
    kx *x = rs->x;
    if (kx_is_ci(x, k, "the"))
        k++;
    size_t mk = k < x->n ? rs->mention_at[k] : 0;
    const kg_x_mention *o = mk ? kx_rel_mention(rs, mk - 1) : NULL;
    return o && o->tok_start == k && (o->type == KG_PARTY || o->type == KG_ORGANISATION) ? o : NULL;
}

void kx_rel_find_memberships(kx_rel_state *rs)
{
    static const char *const joining[] = {"joined",  "rejoined", "quit",   "left", "joins",
                                          "rejoins", "quits",    "leaves", NULL};
    static const char *const moving[] = {"defected", "defects", "switched", "switches",
                                         "resigned", "resigns", "moved",    NULL};
    kx *x = rs->x;
    const kg_extraction *e = x->out;
    for (size_t mi = 0; mi < e->n_mentions; mi++) {
        const kg_x_mention *m = &e->mentions[mi];
        if (m->type != KG_PERSON)
            continue;
        size_t k = kx_after_parenthetical(x, m->tok_end, 6), s = m->sentence;
        /* "X, whose Y won": the relative's possessive is X's */
        if (kx_is(x, k, ",") && kx_is(x, k + 1, "whose") && kx_same_sentence(x, k, k + 2)) {
            const kg_x_mention *o = body_at(rs, k + 2);
            if (o)
                kx_add_relation(x, m->entity, o->entity, KG_AFFILIATED_WITH, s);
            continue;
        }
        if (!kx_rel_opens_clause(rs, m))
            continue;
        if (kx_is(x, k, "has") || kx_is(x, k, "had") || kx_is(x, k, "have"))
            k++;
        const kg_x_mention *o = NULL;
        if (kx_is_any(x, k, joining) && kx_same_sentence(x, m->tok_start, k + 1)) {
            o = body_at(rs, k + 1);
            if (o)
                kx_add_relation(x, m->entity, o->entity, KG_AFFILIATED_WITH, s);
            continue;
        }
        /* "defected from the Y to the Z", "switched to the Z", "resigned from the Y" */
        if (kx_is_any(x, k, moving) && kx_same_sentence(x, m->tok_start, k + 1)) {
            size_t j = k + 1;
            for (int leg = 0; leg < 2; leg++) {
                if (!(kx_is(x, j, "from") || kx_is(x, j, "to")) || !kx_same_sentence(x, k, j + 1))
                    break;
                o = body_at(rs, j + 1);
                if (!o)
                    break;
                kx_add_relation(x, m->entity, o->entity, KG_AFFILIATED_WITH, s);
                j = o->tok_end;
                j = past_party_word(x, j);
            }
            continue;
        }
        /* "X ran on the Y ticket", "X, elected on the Y party ticket" */
        for (size_t v = k; v < k + 6 && v + 3 < x->n && kx_same_sentence(x, m->tok_start, v + 3);
             v++) {
            if (!kx_is(x, v, "on"))
                continue;
            o = body_at(rs, v + 1);
            if (!o)
                break;
            size_t t = o->tok_end;
            t = past_party_word(x, t);
            if (kx_is(x, t, "ticket"))
                kx_add_relation(x, m->entity, o->entity, KG_AFFILIATED_WITH, s);
            break;
        }
    }
}
