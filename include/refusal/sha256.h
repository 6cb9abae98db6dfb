/*
 * sha256.h - SHA-256 (FIPS 180-4), streaming. Used for suite content hashes
 * and cache keys.
 */
#ifndef RF_SHA256_H
#define RF_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct rf_sha256 {
    uint32_t h[8];
    uint64_t total;
    unsigned char block[64];
    size_t used;
} rf_sha256;

void rf_sha256_init(rf_sha256 *c);
void rf_sha256_update(rf_sha256 *c, const void *data, size_t len);
/* Finish into 32 bytes of digest; the context must be re-initialised to reuse. */
void rf_sha256_final(rf_sha256 *c, unsigned char out[32]);
/* Hex digest of a copy of the running state (does not disturb c). hex: 65 bytes. */
void rf_sha256_hex(const rf_sha256 *c, char hex[65]);

#endif
