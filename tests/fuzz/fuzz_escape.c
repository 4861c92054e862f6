/* fuzz_escape: libFuzzer harness for kg_escape: whatever the bytes, the result is valid
 * UTF-8 without a control character (C0, DEL or C1), so it is safe on one terminal line. */
#include "../../src/text/kg_escape.h"
#include "../../src/text/kg_utf8.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = kg_xstrndup((const char *)data, size);
    char *e = kg_escape(s);
    size_t n = strlen(e);
    assert(kg_utf8_valid(e, n, NULL));
    for (size_t i = 0; i < n;) {
        uint32_t cp = kg_utf8_next(e, n, &i);
        assert(cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F));
    }
    free(e);
    free(s);
    return 0;
}
