/* kg_sha256: SHA-256 (FIPS 180-4), used for content-addressed document ids. */
#ifndef KG_SHA256_H
#define KG_SHA256_H

#include <stddef.h>

/* Writes the lowercase hex SHA-256 of data[0..n) into hex (65 bytes incl. NUL). */
void kg_sha256_hex(const void *data, size_t n, char hex[65]);

#endif
