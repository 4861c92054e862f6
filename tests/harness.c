/* harness: see harness.h. */
#define _GNU_SOURCE
#include "harness.h"

#include "../src/kg_mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *harness_data_path(const char *rel)
{
    return kg_xasprintf("%s/%s", KG_TEST_DATA, rel);
}

char *harness_source_path(const char *rel)
{
    return kg_xasprintf("%s/%s", KG_SOURCE_ROOT, rel);
}

char *harness_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char *tmpl = kg_xasprintf("%s/kgtest.XXXXXX", base && *base ? base : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(tmpl));
    return tmpl;
}

void harness_rmtree(const char *dir)
{
    char *cmd = kg_xasprintf("rm -rf '%s'", dir);
    int rc = system(cmd);
    (void)rc;
    free(cmd);
}

char *harness_read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    kg_buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kg_buf_append(&b, chunk, n);
    fclose(f);
    return kg_buf_take(&b);
}

void harness_write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    ck_assert_msg(f != NULL, "cannot write %s", path);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    fclose(f);
}

int harness_run(const char *cmd, char **out, char **err_out)
{
    char *dir = harness_tmpdir();
    char *o = kg_xasprintf("%s/out", dir), *e = kg_xasprintf("%s/err", dir);
    char *full = kg_xasprintf("(%s) >'%s' 2>'%s'", cmd, o, e);
    int st = system(full);
    *out = harness_read_file(o);
    if (err_out)
        *err_out = harness_read_file(e);
    harness_rmtree(dir);
    free(dir);
    free(o);
    free(e);
    free(full);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int harness_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed;
}

int harness_run_kg(const char *dir, const char *args, char **out, char **err_out)
{
    char *cmd = kg_xasprintf("cd '%s' && timeout 60 '%s' %s", dir, KG_BINARY, args);
    int rc = harness_run(cmd, out, err_out);
    free(cmd);
    return rc;
}
