/* kg_period: see kg_period.h. */
#include "kg_period.h"

#include "../src/kg_mem.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

/* Reads exactly n digits of s at *i. */
static int digits(const char *s, size_t *i, size_t n)
{
    int v = 0;
    for (size_t k = 0; k < n; k++, (*i)++) {
        if (!isdigit((unsigned char)s[*i]))
            return -1;
        v = v * 10 + (s[*i] - '0');
    }
    return v;
}

int kg_period_bounds(const char *date, char lo[11], char hi[11])
{
    if (!date)
        return -1;
    size_t len = strlen(date), i = 0;
    if (len != 4 && len != 7 && len != 10)
        return -1;
    int y = digits(date, &i, 4), m = 0, d = 0;
    if (y < 1 || (len > 4 && date[i++] != '-'))
        return -1;
    if (len > 4) {
        m = digits(date, &i, 2);
        if (m < 1 || m > 12 || (len > 7 && date[i++] != '-'))
            return -1;
    }
    if (len > 7) {
        d = digits(date, &i, 2);
        if (d < 1 || d > days_in_month(y, m))
            return -1;
    }
    char buf[48]; /* each part has at most its digits read; room for the compiler's doubt */
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m ? m : 1, d ? d : 1);
    memcpy(lo, buf, 11);
    int hm = m ? m : 12;
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, hm, d ? d : days_in_month(y, hm));
    memcpy(hi, buf, 11);
    return 0;
}

int kg_period_set(kg_period *p, int end, const char *value, const char *option, kg_error *err)
{
    char lo[11], hi[11];
    if (kg_period_bounds(value, lo, hi) != 0)
        return kg_error_set(err, KG_EUSAGE,
                            "%s takes a date as YYYY-MM-DD, YYYY-MM or YYYY, not '%s'", option,
                            value ? value : "");
    memcpy(end ? p->until : p->since, end ? hi : lo, 11);
    return KG_OK;
}

int kg_period_check(const kg_period *p, kg_error *err)
{
    if (p->since[0] && p->until[0] && strcmp(p->since, p->until) > 0)
        return kg_error_set(err, KG_EUSAGE, "--since %s is after --until %s", p->since, p->until);
    return KG_OK;
}

int kg_period_active(const kg_period *p)
{
    return p && (p->since[0] || p->until[0]);
}

int kg_period_contains(const kg_period *p, const char *date)
{
    if (!kg_period_active(p))
        return 1;
    char lo[11], hi[11];
    if (kg_period_bounds(date, lo, hi) != 0)
        return 0;
    return (!p->since[0] || strcmp(lo, p->since) >= 0) &&
           (!p->until[0] || strcmp(hi, p->until) <= 0);
}

static void in_period(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const kg_period *p = sqlite3_user_data(ctx);
    const unsigned char *date = sqlite3_value_text(argv[0]);
    sqlite3_result_int(ctx, kg_period_contains(p, (const char *)date));
}

int kg_period_register(sqlite3 *db, const kg_period *p, kg_error *err)
{
    /* the function only reads p */
    union {
        const kg_period *c;
        void *v;
    } u = {.c = p};
    if (sqlite3_create_function_v2(db, "kg_in_period", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, u.v,
                                   in_period, NULL, NULL, NULL) != SQLITE_OK)
        return kg_error_set(err, KG_ESTORE, "cannot define kg_in_period: %s", sqlite3_errmsg(db));
    return KG_OK;
}

void kg_period_unregister(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "kg_in_period", 1, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
}

/* The day after date (YYYY-MM-DD) into next. */
static void next_day(const char *date, char next[11])
{
    int y = atoi(date), m = atoi(date + 5), d = atoi(date + 8);
    if (++d > days_in_month(y, m)) {
        d = 1;
        if (++m > 12) {
            m = 1;
            y++;
        }
    }
    char buf[48];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    memcpy(next, buf, 11);
}

static int by_start(const void *a, const void *b)
{
    const kg_spell *x = a, *y = b;
    int c = strcmp(x->start, y->start);
    return c ? c : strcmp(x->end, y->end);
}

size_t kg_period_spells(kg_spell **out, const char *const *dates, size_t n)
{
    *out = NULL;
    kg_spell *sp = kg_xmalloc((n + 1) * sizeof *sp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char month[8], lo[11], hi[11];
        const char *d = dates[i];
        if (d && strlen(d) >= 7) { /* a day stands for its month */
            memcpy(month, d, 7);
            month[7] = '\0';
            d = month;
        }
        if (kg_period_bounds(d, lo, hi) != 0)
            continue;
        memcpy(sp[k].start, lo, 11);
        memcpy(sp[k].end, hi, 11);
        k++;
    }
    qsort(sp, k, sizeof *sp, by_start);
    size_t m = 0;
    for (size_t i = 0; i < k; i++) {
        char after[11];
        if (m > 0) {
            next_day(sp[m - 1].end, after);
            if (strcmp(sp[i].start, after) <= 0) { /* overlaps or touches the previous one */
                if (strcmp(sp[i].end, sp[m - 1].end) > 0)
                    memcpy(sp[m - 1].end, sp[i].end, 11);
                continue;
            }
        }
        sp[m++] = sp[i];
    }
    if (m == 0) {
        free(sp);
        return 0;
    }
    *out = sp;
    return m;
}
